"""Long texts in pieces: spaCy holds a whole document in memory, token by token, so a book or
a 1 MB single line is processed in chunks cut at paragraph, line, sentence or word boundaries.
Facts found in a chunk get their offsets shifted back into the whole text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

CHUNK_CHARS = 100_000
# spaCy's tokenizer strips prefixes and suffixes off a token one by one, which costs time
# quadratic in the token's length; no real word is this long, so a longer run is cut.
LONGEST_RUN = 1_000
_LONG_RUN = re.compile(r"\S{%d,}" % LONGEST_RUN)
# Where to cut, best first: a blank line, a line break, the end of a sentence, a space.
_BOUNDARIES = [re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s")]


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``size`` characters
    and none holding a run of more than ``LONGEST_RUN`` characters without a space."""
    for offset, piece in _pieces(text, size):
        yield from _cut_long_runs(offset, piece)


def _cut_long_runs(offset: int, piece: str) -> Iterator[tuple[int, str]]:
    start = 0
    for run in _LONG_RUN.finditer(piece):
        for cut in range(run.start() + LONGEST_RUN, run.end(), LONGEST_RUN):
            yield offset + start, piece[start:cut]
            start = cut
    yield offset + start, piece[start:]


def _pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
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
