from decimal import Decimal

import pytest
from deal_kb import PERCENT, QUOTED, build

from extractors.types import Deal, Mention
from ingest.errors import BadQuery, UnknownEntity
from ingest.pipeline import Extraction
from ingest.readers import RawDocument


@pytest.fixture
def deal_kb(kb):
    build(kb)
    return kb


def test_kb_queries_entities_have_mention_document_and_deal_counts(deal_kb):
    rows = {row.name: row for row in deal_kb.entities()}
    assert rows["TeraWulf"].mentions == 3 and rows["TeraWulf"].documents == 3
    assert rows["TeraWulf"].deals == 2  # one from Google, one from Google Cloud
    assert rows["Nvidia"].deals == 4 and rows["Google Cloud"].parent == "Google"
    assert list(rows)[0] == "TeraWulf"  # most mentioned first


def test_kb_queries_entities_filter_by_label_and_search(deal_kb):
    assert [r.name for r in deal_kb.entities(search="cloud")] == ["Google Cloud"]
    assert deal_kb.entities(type="PERSON") == []
    assert len(deal_kb.entities(type="org")) == len(deal_kb.entities())


@pytest.mark.parametrize("text, expected", [("%", [PERCENT]), ("_", []), ("'", [QUOTED]), (";", [PERCENT])])
def test_kb_queries_entities_search_treats_like_characters_as_text(deal_kb, text, expected):
    assert [r.name for r in deal_kb.entities(search=text)] == expected


def test_kb_queries_entity_found_by_alias_case_insensitive(kb):
    text = "Alphabet en Google."
    doc = RawDocument(source="x.txt", format="text", text=text)
    kb.add(Extraction(doc, "nl", True, entities=[Mention("Alphabet", 0, 8, "ORG", "Google"),
                                                  Mention("Google", 12, 18, "ORG", "Google")]))
    profile = kb.entity("ALPHABET")
    assert profile["name"] == "Google" and "Alphabet" in profile["aliases"]
    assert "Google" not in profile["aliases"]  # the canonical name is not repeated as an alias
    assert profile["mentions"] == 2 and profile["document_count"] == 1


def test_kb_queries_entity_profile_parent_and_deals_both_ways(deal_kb):
    profile = deal_kb.entity("google cloud")
    assert profile["parent"] == "Google" and profile["label"] == "ORG"
    assert set(profile["identifiers"]) >= {"ticker", "isin", "country"}
    directions = {(d["direction"], d["type"], d["source"], d["target"]) for d in profile["deals"]}
    assert directions == {("given", "guarantee", "Google Cloud", "TeraWulf"),
                          ("received", "lease", "Fluidstack", "Google Cloud")}
    assert [doc["source"] for doc in profile["documents"]] == ["c.txt"]
    assert deal_kb.entity("Google")["divisions"] == ["Google Cloud"]


def test_kb_queries_entity_profile_lists_latest_added_documents_up_to_limit(deal_kb):
    profile = deal_kb.entity("TeraWulf", document_limit=2)
    assert profile["document_count"] == 3
    assert [doc["source"] for doc in profile["documents"]] == ["f.txt", "c.txt"]
    assert [doc["source"] for doc in deal_kb.entity("TeraWulf", document_limit=None)["documents"]] == [
        "f.txt", "c.txt", "a.txt"]


def test_kb_queries_unknown_entity_is_a_named_error(deal_kb):
    with pytest.raises(UnknownEntity, match="Googol"):
        deal_kb.deals(entity="Googol")
    with pytest.raises(UnknownEntity):
        deal_kb.entity("Googol")


def test_kb_queries_deals_of_entity_with_evidence_per_source(deal_kb):
    deals = deal_kb.deals(entity="google")
    assert [(d.target, d.amount, d.currency) for d in deals] == [
        ("TeraWulf", 3200000000, "USD"), ("Cipher Mining", 1400000000, "USD")]
    terawulf = deals[0]
    assert terawulf.source_count == 2 and terawulf.as_of == "2025-11-01"
    assert [s.path for s in terawulf.sources] == ["a.txt", "f.txt"]
    first = terawulf.sources[0]
    text = deal_kb.document(first.document_id)["text"]
    assert text[first.start:first.end] == first.sentence
    assert first.sentence == "Google garandeerde $3,2 miljard aan schuld voor TeraWulf."
    assert first.extractor_version and first.confidence == pytest.approx(0.9)


def test_kb_queries_deals_filters(deal_kb):
    assert len(deal_kb.deals(entity="Nvidia", type="investment")) == 4
    assert [d.target for d in deal_kb.deals(type="guarantee", currency="eur")] == ["TeraWulf"]
    assert {d.target for d in deal_kb.deals(min_amount=5e9)} == {"Anthropic", "Meta"}
    assert {d.target for d in deal_kb.deals(since="2025-10-16")} >= {"Meta", "TeraWulf"}
    assert "CoreWeave" not in {d.target for d in deal_kb.deals(since="2025-10-16")}
    assert [d.target for d in deal_kb.deals(since="2024")][:1] == ["TeraWulf"]


def test_kb_queries_since_must_be_a_date(deal_kb):
    with pytest.raises(BadQuery, match="since"):
        deal_kb.deals(since="yesterday'; DROP TABLE deals; --")
    assert deal_kb.count("deals") == 10


@pytest.mark.parametrize("name", [QUOTED, PERCENT, QUOTED.upper()])
def test_kb_queries_names_with_quotes_percent_and_semicolons(deal_kb, name):
    deals = deal_kb.deals(entity=name)
    assert [(d.source, d.target, d.currency) for d in deals] == [(QUOTED, PERCENT, "GBP")]
    assert deal_kb.entity(name)["deals"][0]["id"] == deals[0].id


def test_kb_queries_search_highlights_matches(deal_kb):
    hits = deal_kb.search("Garandeerde schuld")
    assert [h.path for h in hits] == ["f.txt", "a.txt"] or [h.path for h in hits] == ["a.txt", "f.txt"]
    assert all("[garandeerde]" in h.snippet and "[schuld]" in h.snippet for h in hits)
    assert deal_kb.search("garandeerde", limit=1)[0].rank <= 0


def test_kb_queries_search_needs_every_word(deal_kb):
    assert [h.path for h in deal_kb.search("Nvidia Anthropic")] == ["b.txt"]
    assert deal_kb.search("Nvidia TeraWulf") == []


@pytest.mark.parametrize("text", ['"', 'O\'Reilly "Media', "AND", "a OR", "(", "*", "NEAR(", "-x", "col:umn",
                                  "100%", "x; DROP TABLE documents"])
def test_kb_queries_search_syntax_characters_are_text(deal_kb, text):
    deal_kb.search(text)  # no FTS5 syntax error
    assert deal_kb.count("documents") == 6


def test_kb_queries_search_finds_names_with_apostrophes(deal_kb):
    assert [h.path for h in deal_kb.search("O'Reilly")] == ["d.txt"]


def test_kb_queries_search_raw_fts_syntax(deal_kb):
    assert {h.path for h in deal_kb.search("garand*", raw=True)} == {"a.txt", "c.txt", "f.txt"}
    assert {h.path for h in deal_kb.search("garandeerd*", raw=True)} == {"a.txt", "f.txt"}
    assert {h.path for h in deal_kb.search("xAI OR Hyperion", raw=True)} == {"b.txt", "e.txt"}
    with pytest.raises(BadQuery, match="search"):
        deal_kb.search('"unbalanced', raw=True)


def test_kb_queries_empty_search_is_a_named_error(deal_kb):
    with pytest.raises(BadQuery, match="empty"):
        deal_kb.search("   ")


def test_kb_queries_use_indexes(deal_kb):
    def plan(sql, params):
        return " ".join(row[3] for row in deal_kb.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))

    assert "deals_source" in plan("SELECT id FROM deals WHERE source_id = ?", [1])
    assert "deals_target" in plan("SELECT id FROM deals WHERE target_id = ?", [1])
    assert "deals_type" in plan("SELECT id FROM deals WHERE type = ? AND amount_num >= ?", ["x", 1])
    assert "COVERING INDEX mentions_entity_document" in plan(
        "SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?", [1])
    assert "entities_label" in plan("SELECT id FROM entities WHERE label = ?", ["ORG"])
    assert "deal_sources_deal" in plan("SELECT * FROM deal_sources WHERE deal_id = ?", [1])


def test_kb_queries_deal_without_parties_is_listed(kb):
    text = "Er werd $5 miljard aan obligaties uitgegeven."
    doc = RawDocument(source="o.txt", format="text", text=text)
    kb.add(Extraction(doc, "nl", True, deals=[Deal("issuance", None, None, text, 0, len(text), 0.5,
                                                    amount=Decimal("5000000000"), currency="USD")]))
    [deal] = kb.deals()
    assert deal.source is None and deal.target is None and deal.amount == 5000000000


def test_kb_queries_search_with_very_many_matches_lists_latest_added_first(deal_kb, monkeypatch):
    import kb.queries

    ranked = deal_kb.search("Google")
    assert {h.path for h in ranked} == {"a.txt", "c.txt", "f.txt"} and ranked[0].matches == 3
    monkeypatch.setattr(kb.queries, "RANKED_MATCHES", 2)
    assert [h.document_id for h in deal_kb.search("Google")] == [6, 3, 1]
