"""Linking: every recognised span to one canonical entity.

In order: a form the knowledge knows (any case, with or without a legal suffix: "Alphabet" ->
Google, "Meta Platforms, Inc." -> Meta, a user's alias); a short form of a name the same
document wrote in full ("Cipher" -> Cipher Mining, "Ellard" -> Suzanna Ellard); else the
name itself without its legal suffix. A state noun alone is the language's home state when
it always names that ("de Staat", "het Rijk"), else the state the document last named as one
("de Deense staat"), else the home state. Possessives are never part of a span (the recogniser
ends names before them), so "Nvidia's" and "Nvidia’s" are the mention "Nvidia". A division
keeps its own canonical name ("Google Cloud"); its parent is a property of the entity
(``EntityRecord.parent``), used by the knowledge base to roll exposure up.
"""

from __future__ import annotations

from extractors.entities.candidates import Candidate
from extractors.entities.cues import EntityCues
from extractors.entities.forms import casefold_key, strip_legal_suffix
from extractors.entities.knowledge import EntityKnowledge, EntityRecord
from extractors.entities.short_forms import short_forms_of
from extractors.lang import entity_forms, words
from extractors.types import Mention


def link(text: str, candidates: list[Candidate], knowledge: EntityKnowledge,
         cues: EntityCues) -> list[Mention]:
    mentions: list[Mention] = []
    resolved: list[tuple[Candidate, str, str]] = []
    document_forms: dict[str, tuple[str, str]] = {}  # casefolded short form -> (canonical, label)
    for c in candidates:
        surface = text[c.start:c.end]
        canonical, label = canonical_name(surface, c, knowledge)
        resolved.append((c, canonical, label))
        if " " in surface and (c.canonical is None or label == "PERSON"):
            forms = short_forms_of(surface, label, cues)
            if label == "PERSON":
                forms.append(surface.split()[-1])  # "Wit" of "Marloes de Wit", "Musk"
            for form in forms:
                document_forms.setdefault(casefold_key(form), (canonical, label))
    state: str | None = None  # the state the document last named as one
    for c, canonical, label in resolved:
        surface = text[c.start:c.end]
        if c.canonical is None and knowledge.lookup(surface) is None:
            found = document_forms.get(casefold_key(surface))
            if found is not None and found[0] != canonical:
                canonical, label = found
        if surface in cues.home_state_nouns:
            canonical, label = _home_state(knowledge, cues) or canonical, "GPE"
        elif surface.casefold() in cues.state_nouns:
            canonical, label = state or _home_state(knowledge, cues) or canonical, "GPE"
        elif surface.casefold().split()[-1] in cues.state_nouns and _is_country(knowledge, canonical):
            state = canonical  # "Deense staat", "Dutch government"
        mentions.append(Mention(surface, c.start, c.end, label, canonical))
    return mentions


def _home_state(knowledge: EntityKnowledge, cues: EntityCues) -> str | None:
    """The canonical name of the state a bare state noun means when the text named none."""
    record = knowledge.lookup(cues.home_state) if cues.home_state else None
    return record.name if record is not None else None


def _is_country(knowledge: EntityKnowledge, canonical: str) -> bool:
    record = knowledge.get(canonical)
    return record is not None and record.kind == "country"


def canonical_name(surface: str, c: Candidate, knowledge: EntityKnowledge) -> tuple[str, str]:
    """The canonical name and label of the candidate ``c`` written as ``surface``."""
    if c.canonical is not None:
        record = knowledge.get(c.canonical)
        return c.canonical, record.label if record is not None else c.label
    record = knowledge.lookup(surface)
    if record is not None and _label_agrees(record.label, c.label):
        return record.name, record.label
    name = " ".join(strip_legal_suffix(surface).split())
    group = _known_group(name, knowledge) if c.label == "ORG" else None
    if group is not None:
        return group.name, group.label
    return name, c.label


_GROUP_HEADS = words(entity_forms.GROUP_HEADS)


def _known_group(name: str, knowledge: EntityKnowledge) -> EntityRecord | None:
    """"OpenAI Group PBC" is the known "OpenAI": a group head word after a known company."""
    head = name.rsplit(" ", 1)
    if len(head) < 2 or head[1] not in _GROUP_HEADS:
        return None
    record = knowledge.lookup(head[0])
    return record if record is not None and record.label == "ORG" else None


def _label_agrees(known: str, proposed: str) -> bool:
    """Reference data names the entity unless the span is a person and the known entity is
    not: "Jordan Pike" is a person even if "Jordan" is a country."""
    return known == proposed or proposed != "PERSON" or known == "PERSON"
