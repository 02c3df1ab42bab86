"""Repeats: an organisation the document names is the same organisation wherever the document
writes its name again, as in a heading ("Zeevonk: de banken staan in de rij") where a
capitalised word at the start of a line tells the model little."""

from __future__ import annotations

import re

from extractors.entities.candidates import SHORT_FORM, Candidate
from extractors.entities.cues import EntityCues


def find_repeats(text: str, chosen: list[Candidate], cues: EntityCues) -> list[Candidate]:
    """Other whole-word occurrences, written exactly alike, of the organisation names in
    ``chosen`` that no candidate covers; appended to ``chosen`` and returned."""
    names: dict[str, Candidate] = {}
    for c in chosen:
        name = text[c.start:c.end]
        if c.label == "ORG" and _is_name(name, cues):
            names.setdefault(name, c)
    if not names:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    covered = bytearray(len(text))  # the characters a candidate already covers
    for c in chosen:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(covered[start:end]):
            continue
        # the same text links as the name found did ("canonical" stays unknown when it was)
        found.append(Candidate(start, end, "ORG", SHORT_FORM, names[match.group()].canonical, "repeat"))
    chosen.extend(found)
    return found


def _is_name(name: str, cues: EntityCues) -> bool:
    """A name worth looking for again: capitalised, and not a word that is also common."""
    return name[:1].isupper() and name.lower() not in cues.stop_words and name.lower() not in cues.never \
        and name not in cues.acronyms and name not in cues.place_adjectives \
        and len(name) > 2
