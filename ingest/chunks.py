"""Long texts in pieces: spaCy holds a whole document in memory, token by token, so a book or
a 1 MB single line is processed in chunks cut at paragraph, line, sentence or word boundaries.
Facts found in a chunk get their offsets shifted back into the whole text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

CHUNK_CHARS = 100_000
# Where to cut, best first: a blank line, a line break, the end of a sentence, a space.
_BOUNDARIES = [re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s")]


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``size`` characters."""
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        cut = None
        for boundary in _BOUNDARIES:
            found = [m.end() for m in boundary.finditer(window)]
            if found:
                cut = start + size // 2 + found[-1]
                break
        cut = cut or start + size  # one unbroken run of characters: cut anywhere
        yield start, text[start:cut]
        start = cut
    if start < len(text):
        yield start, text[start:]


def shifted(facts: list, offset: int) -> list:
    """Facts (frozen dataclasses with ``start`` and ``end``) moved by ``offset`` characters."""
    if not offset:
        return list(facts)
    return [dataclasses.replace(f, start=f.start + offset, end=f.end + offset) for f in facts]
