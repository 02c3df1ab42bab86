"""Abbreviations a document defines: "Vanguard International Semiconductor (VIS)", "Public
Investment Fund (PIF)", "Amazon Web Services (AWS)".

A name found, followed by a capitalised short form in brackets, defines that short form for the
whole document: the bracketed form and every use of it are mentions of the name, in a headline
above the definition too. The short form must be an abbreviation of the name: its letters appear
in the name in order, the first at the start of a word ("Florida Ice & Farm Company (FIFCO)"),
and it has at least two capitals, so "Intel (Hold)" defines nothing. A use inside another name
found, or one that reference data or the user named, stays as it is.
"""

from __future__ import annotations

from extractors.entities.candidates import GAZETTEER, SHORT_FORM, USER, Candidate
from extractors.entities.knowledge import EntityKnowledge
from extractors.entities.linking import canonical_name
from extractors.token_view import TokenView

_LABELS = frozenset({"ORG", "GPE", "FACILITY"})
_MAX_LENGTH = 8


def defined_abbreviations(view: TokenView, chosen: list[Candidate],
                          knowledge: EntityKnowledge) -> tuple[list[Candidate], list[Candidate]]:
    """The mentions of abbreviations to add, and the candidates they replace."""
    tokens, text = view.tokens, view.text
    defined: dict[str, Candidate] = {}  # abbreviation -> the entity it names (label, canonical)
    for c in chosen:
        if c.label not in _LABELS:
            continue
        span = view.char_span(c.start, c.end)
        if span is None or span[1] + 2 >= len(tokens):
            continue
        opening, short, closing = tokens[span[1]:span[1] + 3]
        form = short.text
        if opening.text == "(" and closing.text == ")" and form not in defined \
                and _abbreviates(form, text[c.start:c.end]):
            name, label = canonical_name(text[c.start:c.end], c, knowledge)
            defined[form] = Candidate(0, 0, label, SHORT_FORM, name, "abbreviation")
    if not defined:
        return [], []
    added: list[Candidate] = []
    replaced: list[Candidate] = []
    for token in tokens:
        entity = defined.get(token.text)
        if entity is None:
            continue
        end = token.idx + len(token.text)
        inside = [c for c in chosen if c.start < end and token.idx < c.end]
        if any(c.source in (USER, GAZETTEER) or not (token.idx <= c.start and c.end <= end)
               for c in inside):
            continue
        replaced += inside
        added.append(Candidate(token.idx, end, entity.label, SHORT_FORM, entity.canonical,
                               "abbreviation"))
    return added, replaced


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: "VSMC" of "VisionPower Semiconductor
    Manufacturing Company", "FIFCO" of "Florida Ice & Farm Company"."""
    if not 2 <= len(short) <= _MAX_LENGTH or not short[0].isupper() \
            or sum(ch.isupper() for ch in short) < 2 or not short.isalnum() \
            or " " not in name and len(name) <= len(short):
        return False
    words = name.split()
    if short[0].lower() != words[0][0].lower():
        return False
    # The other letters in order after the first, matched from the end (Schwartz and
    # Hearst's simple algorithm for abbreviations in biomedical text).
    low, at = name.lower(), len(name)
    for ch in reversed(short[1:].lower()):
        at = low.rfind(ch, 1, at)
        if at < 0:
            return False
    return True
