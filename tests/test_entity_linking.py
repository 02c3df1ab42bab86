"""Canonical names: legal suffixes, possessives, knowledge lookups, short forms, parents."""

from __future__ import annotations

import pytest

from extractors.entities.candidates import MODEL, Candidate
from extractors.entities.cues import entity_cues
from extractors.entities.forms import casefold_key, possessive_length, strip_legal_suffix
from extractors.entities.knowledge import EntityKnowledge, EntityRecord
from extractors.entities.linking import link
from extractors.entities.short_forms import short_forms_of


@pytest.mark.parametrize("name,expected", [
    ("Meta Platforms, Inc.", "Meta Platforms"),
    ("ASML Holding N.V.", "ASML Holding"),
    ("Kroonvaart B.V.", "Kroonvaart"),
    ("Barclays plc", "Barclays"),
    ("Deutsche Bank AG", "Deutsche Bank"),
    ("Inc.", "Inc."),  # a suffix alone is not stripped to nothing
    ("Blue Owl Capital", "Blue Owl Capital"),
])
def test_entity_linking_strip_legal_suffix(name, expected):
    assert strip_legal_suffix(name) == expected


@pytest.mark.parametrize("text,n", [("Nvidia's", 2), ("Nvidia’s", 2), ("Meta’s", 2),
                                    ("Mercedes'", 1), ("Nvidia", 0), ("'s", 0)])
def test_entity_linking_possessive_length(text, n):
    assert possessive_length(text) == n


def test_entity_linking_casefold_key_ignores_case_accents_and_quotes():
    assert casefold_key("Société  Générale") == casefold_key("societe generale")
    assert casefold_key("Moody’s") == casefold_key("MOODY'S")


@pytest.mark.parametrize("form,canonical", [
    ("Alphabet", "Google"), ("Alphabet Inc.", "Google"), ("NVIDIA", "Nvidia"),
    ("Meta Platforms, Inc.", "Meta"), ("Blue Owl", "Blue Owl Capital"), ("Cipher", "Cipher Mining"),
    ("JP Morgan", "JPMorgan"), ("AWS", "Amazon Web Services"), ("Verenigde Staten", "United States"),
    ("ING Groep", "ING"),
])
def test_entity_linking_reference_forms(form, canonical):
    assert EntityKnowledge.reference().lookup(form).name == canonical


@pytest.mark.parametrize("division,parent", [
    ("Google Cloud", "Google"), ("Amazon Web Services", "Amazon"), ("Microsoft Azure", "Microsoft"),
    ("Oracle Cloud Infrastructure", "Oracle"),
])
def test_entity_linking_division_has_parent(division, parent):
    knowledge = EntityKnowledge.reference()
    record = knowledge.lookup(division)
    assert record.name == division and record.parent == parent
    assert knowledge.get(parent) is not None


def test_entity_linking_listed_companies_carry_identifiers():
    nvidia = EntityKnowledge.reference().lookup("Nvidia")
    assert (nvidia.ticker, nvidia.isin, nvidia.country) == ("NVDA", "US67066G1040", "US")
    asml = EntityKnowledge.reference().lookup("ASML Holding N.V.")
    assert asml.name == "ASML" and asml.isin.startswith("NL")


def test_entity_linking_common_word_company_is_known_but_not_looked_for():
    block = EntityKnowledge.reference().lookup("Block")
    assert block is not None and not block.listed


@pytest.mark.parametrize("name,label,forms", [
    ("Suzanna Ellard", "PERSON", ["Ellard"]),
    ("Joost van der Meer", "PERSON", ["van der Meer", "Van der Meer"]),
    ("Cipher Mining", "ORG", ["Cipher"]),
    ("Kestrel Park Capital Markets", "ORG", ["Kestrel Park Capital", "Kestrel Park"]),
    ("Nvidia", "ORG", []),
])
def test_entity_linking_short_forms_of(name, label, forms):
    assert short_forms_of(name, label, entity_cues("en")) == forms


def test_entity_linking_user_alias_wins_over_reference():
    knowledge = EntityKnowledge.reference()
    knowledge.add(EntityRecord("Kroonvaart", "ORG", source="user"))
    knowledge.alias("KV", "Kroonvaart")
    assert knowledge.lookup("kv").name == "Kroonvaart"
    knowledge.alias("Alphabet", "Kroonvaart")  # a user may move a reference form
    assert knowledge.lookup("Alphabet").name == "Kroonvaart"
    assert EntityKnowledge.reference().lookup("Alphabet").name == "Google"  # reference untouched


def test_entity_linking_short_form_links_to_long_form_in_document():
    text = "Westmoor Bank Strategy Group wrote it. Westmoor Bank Strategy agrees."
    cands = [Candidate(0, 28, "ORG", MODEL), Candidate(39, 61, "ORG", MODEL)]
    mentions = link(text, cands, EntityKnowledge.reference(), entity_cues("en"))
    assert [m.canonical for m in mentions] == ["Westmoor Bank Strategy Group"] * 2


def test_entity_linking_person_span_is_not_linked_to_a_place():
    text = "Georgia Pike said so."
    mentions = link(text, [Candidate(0, 12, "PERSON", MODEL)], EntityKnowledge.reference(),
                    entity_cues("en"))
    assert [(m.canonical, m.label) for m in mentions] == [("Georgia Pike", "PERSON")]


@pytest.mark.parametrize("text,label,expected", [
    ("Greyfield Wire", "PERSON", "ORG"),  # a publication's head word
    ("Keizersgracht Equity Research", "PERSON", "ORG"),
    ("Shackelford County", "PERSON", "GPE"),
    ("Port Washington", "PERSON", "GPE"),
    ("CHIPS Act", "ORG", "LAW"),
    ("DigitalBridge", "GPE", "ORG"),  # no place has an inner capital
    ("Polaris Forge 1", "GPE", None),  # nor a digit
    ("Halfgeleiders VS", "PERSON", None),  # no person's name has a word in capitals
    ("Priya Raman", "PERSON", "PERSON"),
])
def test_entity_linking_model_label_follows_the_form_of_the_name(text, label, expected):
    import spacy

    from extractors.entities.model_spans import ModelSpans

    doc = spacy.blank("en")(text)
    spans = ModelSpans(doc, doc.text, entity_cues("en"), set())
    assert spans.relabel(text, label) == expected


def test_entity_linking_reference_countries_are_iso_codes():
    """YAML reads a bare NO (Norway) as false: every country in the reference data is a code."""
    from extractors.entities.reference import load_curated

    bad = [(r.name, r.country) for r in load_curated()
           if r.country is not None and not (isinstance(r.country, str) and len(r.country) == 2)]
    assert bad == []


def _linked(lang: str, text: str, *surfaces: str) -> list[tuple[str, str, str]]:
    """Link each of ``surfaces`` where it first occurs after the one before it."""
    cands, start = [], 0
    for surface in surfaces:
        start = text.index(surface, start)
        cands.append(Candidate(start, start + len(surface), "GPE", MODEL))
        start += len(surface)
    return [(m.text, m.label, m.canonical) for m in link(text, cands, EntityKnowledge.reference(), entity_cues(lang))]


def test_entity_linking_state_noun_alone_is_the_home_state():
    # "de Staat" is always the Dutch state; a lower-case "de staat" the state named before
    text = "De Deense staat houdt 20%. De Staat verkocht aandelen en de staat kocht ze terug."
    assert _linked("nl", text, "Deense staat", "Staat", "staat") == [
        ("Deense staat", "GPE", "Denmark"), ("Staat", "GPE", "Netherlands"), ("staat", "GPE", "Denmark")]


def test_entity_linking_english_state_noun_needs_a_state_named():
    text = "The Danish government sold shares. The Government bought them back."
    assert _linked("en", text, "Danish government", "Government") == [
        ("Danish government", "GPE", "Denmark"), ("Government", "GPE", "Denmark")]


@pytest.mark.parametrize("surface,canonical", [
    ("OpenAI Group PBC", "OpenAI"),  # a group head word and a legal form after a known company
    ("Nvidia Holdings", "Nvidia"),
    ("Westmoor Group", "Westmoor Group"),  # no known company before the head word
    ("Amazon Web Services", "Amazon Web Services"),  # a division is no group head word
])
def test_entity_linking_group_of_a_known_company_is_that_company(surface, canonical):
    text = f"{surface} said so."
    mentions = link(text, [Candidate(0, len(surface), "ORG", MODEL)], EntityKnowledge.reference(), entity_cues("en"))
    assert [m.canonical for m in mentions] == [canonical]


@pytest.mark.parametrize("text,span,expected", [
    ("By Eleanor Pike, Head of Technology Strategy, and Tom Reed.", "Technology Strategy", False),
    ("Digital Infrastructure", "Digital Infrastructure", False),  # a heading of weak name words
    ("Kestrel Infrastructure Partners bought it.", "Kestrel Infrastructure Partners", True),
])
def test_entity_linking_model_span_of_weak_name_words_only_is_a_desk(text, span, expected):
    import spacy

    from extractors.entities.model_spans import ModelSpans

    doc = spacy.blank("en")(text)
    spans = ModelSpans(doc, doc.text, entity_cues("en"), set())
    first = next(t.i for t in doc if t.idx == text.index(span))
    tokens = [t for t in spans.tokens if first <= t.i < first + len(span.split())]
    assert spans.is_name(tokens, span) is expected
