"""Finding an annotation's strings in the text: free-standing occurrences, the n-th listing at
the n-th occurrence, evidence sentences across line breaks."""

from __future__ import annotations

import re


def bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands on its own: "20%" is not inside "120%" or "2,20%",
    "Meta" is not inside "Metaverse"."""
    if text[start].isalnum() and start > 0:
        before = text[start - 1]
        if before.isalnum() or (before in ".," and text[start].isdigit()
                                and start > 1 and text[start - 2].isdigit()):
            return False
    if text[end - 1].isalnum() and end < len(text):
        after = text[end]
        if after.isalnum() or (after in ".," and text[end - 1].isdigit()
                               and end + 1 < len(text) and text[end + 1].isdigit()):
            return False
    return True


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of every free-standing occurrence of ``surface`` in ``text``."""
    if not surface:
        return []
    found, at = [], text.find(surface)
    while at != -1:
        if bounded(text, at, at + len(surface)):
            found.append(at)
        at = text.find(surface, at + 1)
    return found


def locate(text: str, surfaces: list[str], claimed: list[tuple[int, int]] | None = None
           ) -> list[tuple[int, int] | None]:
    """A span per listing: the n-th listing of a surface text at its n-th occurrence.

    Occurrences inside a longer listed text ("$27 billion" inside "roughly $27 billion") belong
    to that listing and are skipped, so an annotator counts only the amounts a reader sees.
    Longer texts are therefore placed first. ``claimed`` spans (required listings, when placing
    optional ones) are skipped the same way.
    """
    spans: list[tuple[int, int] | None] = [None] * len(surfaces)
    taken = list(claimed or [])
    for surface in sorted(set(surfaces), key=len, reverse=True):
        free = [s for s in occurrences(text, surface)
                if not any(a <= s and s + len(surface) <= b for a, b in taken)]
        listings = [i for i, s in enumerate(surfaces) if s == surface]
        for i, start in zip(listings, free):
            spans[i] = (start, start + len(surface))
        taken += [spans[i] for i in listings if spans[i] is not None]
    return spans


def find_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """The evidence sentence in the text, allowing a line break where the YAML has a space."""
    if not evidence:
        return None
    at = text.find(evidence)
    if at != -1:
        return at, at + len(evidence)
    pattern = r"\s+".join(re.escape(w) for w in evidence.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None
