"""One language's entity cues, read from its language data into sets the rules use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.util import get_lang_class

from extractors.entities.reference import given_names
from extractors.lang import entity_forms, language_data, words


def _table_forms(table: str) -> set[str]:
    """Every form of a ``KEY: form, form`` table, lowercased, one word per form."""
    out: set[str] = set()
    for line in table.strip().splitlines():
        _, _, forms = line.partition(":")
        for form in forms.split(","):
            out.update(form.lower().split())
    return out


@dataclass(frozen=True)
class EntityCues:
    roles: frozenset[str]  # lowercase
    titles: frozenset[str]  # lowercase, without a full stop
    particles: frozenset[str]  # lowercase, inside surnames
    connectors: frozenset[str]  # lowercase words allowed inside any name
    list_joiners: frozenset[str]  # lowercase words joining names in a list
    never: frozenset[str]  # lowercase: never an entity nor part of a name
    stop_words: frozenset[str]  # lowercase: not a name when it opens a sentence
    not_entity_phrases: frozenset[str]  # casefolded
    headings: frozenset[str]  # lowercase
    org_heads: frozenset[str]  # exact case, after the name: make an organisation
    org_name_words: frozenset[str]  # exact case, after the name: only extend one
    place_adjectives: frozenset[str]  # exact case: open a phrase, never a name
    org_heads_before: frozenset[str]  # exact case, before the name
    institution_heads: frozenset[str]  # lowercase: "ministerie", "department"
    institution_links: frozenset[str]  # lowercase: "van", "of"
    acronyms: frozenset[str]  # exact case: never an entity alone
    place_heads: frozenset[str]  # exact case, last word of a place's name
    place_heads_before: frozenset[str]  # exact case, first word of a place's name
    law_heads: frozenset[str]  # exact case, last word of a law's name
    domain_endings: tuple[str, ...]
    given_names: frozenset[str]  # exact case
    legal_suffixes: frozenset[str]  # exact case
    org_descriptors: frozenset[str]  # lowercase, before a name: "the networking group Infinera"
    org_descriptor_heads: frozenset[str]  # lowercase, heads of closed compounds: "chipmaker", "supermarktketen"
    apposition_articles: frozenset[str] = frozenset()  # lowercase: "Infinera, the ... firm"
    owned_phrases: tuple[tuple[str, ...], ...] = ()  # lowercase: "Rothesay, owned by GIC"
    owned_relatives: frozenset[str] = frozenset()  # lowercase: "Parkwind, dat ... in handen is van"
    state_nouns: frozenset[str] = frozenset()  # lowercase, ending a state's name or alone: "Deense staat"
    home_state_nouns: frozenset[str] = frozenset()  # exact case, alone: "Staat", "Rijk"
    home_state: str | None = None  # a form of the state those name


@lru_cache(maxsize=None)
def entity_cues(lang: str) -> EntityCues:
    cues = language_data(lang, "entity_cues")
    dates = language_data(lang, "dates")
    currencies = language_data(lang, "currencies")
    states = language_data(lang, "nationalities")
    stop_words = set(get_lang_class(lang).Defaults.stop_words)
    calendar = set(dates.MONTHS) | words(dates.DAYS)
    money = _table_forms(currencies.CURRENCY_WORDS)
    return EntityCues(
        roles=words(cues.ROLE_WORDS),
        titles=words(cues.TITLES),
        particles=words(cues.NAME_PARTICLES),
        connectors=words(cues.NAME_CONNECTORS),
        list_joiners=words(cues.NAME_LIST_JOINERS),
        never=frozenset(words(cues.NOT_ENTITIES) | calendar | money | words(cues.HEADING_WORDS)),
        stop_words=frozenset(stop_words),
        not_entity_phrases=frozenset(
            p.strip().casefold() for p in cues.NOT_ENTITY_PHRASES.split("|") if p.strip()
        ),
        headings=words(cues.HEADING_WORDS),
        org_heads=words(cues.ORG_HEADS) | words(entity_forms.ORG_HEADS),
        org_name_words=words(cues.ORG_NAME_WORDS) | words(entity_forms.ORG_NAME_WORDS),
        place_adjectives=words(cues.PLACE_ADJECTIVES),
        org_heads_before=words(cues.ORG_HEADS_BEFORE),
        institution_heads=words(cues.INSTITUTION_HEADS),
        institution_links=words(cues.INSTITUTION_LINKS),
        acronyms=words(entity_forms.NOT_ENTITY_ACRONYMS),
        place_heads=words(entity_forms.PLACE_HEADS),
        place_heads_before=words(entity_forms.PLACE_HEADS_BEFORE),
        law_heads=words(entity_forms.LAW_HEADS),
        domain_endings=tuple(words(entity_forms.DOMAIN_ENDINGS)),
        given_names=given_names(),
        legal_suffixes=words(entity_forms.LEGAL_SUFFIXES),
        org_descriptors=words(getattr(cues, "ORG_DESCRIPTORS", "")),
        org_descriptor_heads=words(getattr(cues, "ORG_DESCRIPTOR_HEADS", "")),
        apposition_articles=words(getattr(cues, "APPOSITION_ARTICLES", "")),
        owned_phrases=tuple(tuple(p.split()) for p in getattr(cues, "OWNED_PHRASES", "").lower().split(",")
                            if p.strip()),
        owned_relatives=words(getattr(cues, "OWNED_RELATIVES", "")),
        state_nouns=words(states.STATE_NOUNS),
        home_state_nouns=words(states.HOME_STATE_NOUNS),
        home_state=states.HOME_STATE,
    )


_WORDLIKE = re.compile(r"^[^\W\d_][\w.'’&-]*$")


def heads_a_place(cues: EntityCues, head: str, link: str) -> bool:
    """An organisation's head word, then a link word: "Bank of", so the place after it is part
    of the name ("State Bank of India", "Bank of Japan")."""
    return head in cues.org_heads and link.lower() in cues.institution_links


_MIN_COMPOUND_START = 3  # letters before a compound's head ("zakenbank", not "bank" itself)


def describes_org(cues: EntityCues, word: str) -> bool:
    """A lowercase noun that describes an organisation, alone or as a compound's head:
    "group", "lender", "belegger", "windparkbouwer", "chipmaker"."""
    if not word.islower():
        return False
    return word in cues.org_descriptors or any(
        word[k:] in cues.org_descriptor_heads for k in range(_MIN_COMPOUND_START, len(word)))


def is_capitalised(text: str) -> bool:
    """Starts with an uppercase letter, or is a name written with an inner capital ("xAI",
    "iFood", "eBay")."""
    if not text or not _WORDLIKE.match(text):
        return False
    if text[0].isupper():
        return True
    return text[0].islower() and any(c.isupper() for c in text[1:3])
