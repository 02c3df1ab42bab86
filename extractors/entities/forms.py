"""How a name is written: casefolded keys, legal suffixes and possessives.

Language-independent; the suffix list is data (``extractors/lang/entity_forms.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.lang import entity_forms, words

APOSTROPHES = "'’‘`"
HYPHENS = "-‐‑–"  # hyphen-minus, hyphen, non-breaking hyphen, en dash: all join a compound
HYPHEN = re.compile(f"[{HYPHENS}]")
# "Nvidia's", "Nvidia’s", "Meta’s", and the bare apostrophe after an s ("Mercedes'").
_POSSESSIVE = re.compile(r"(?:['’‘`][sS]|(?<=[sSxXzZ])['’])$")
_POSSESSIVE_LAST = frozenset("sS'’")  # what every possessive ending ends in


def casefold_key(text: str) -> str:
    """A lookup key: case, accents, curly quotes and spacing do not matter."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’‘`]", "'", text)
    return " ".join(text.casefold().split())


def possessive_length(text: str) -> int:
    """How many characters at the end of ``text`` are a possessive ending (0 if none)."""
    if text[-1:] not in _POSSESSIVE_LAST:
        return 0  # most words: no need to search
    match = _POSSESSIVE.search(text)
    return len(match.group(0)) if match and match.start() > 0 else 0


def strip_possessive(text: str) -> str:
    n = possessive_length(text)
    return text[:-n] if n else text


@lru_cache(maxsize=1)
def legal_suffixes() -> tuple[str, ...]:
    """Legal forms, longest first, so that "S.A.S." is tried before "S.A."."""
    return tuple(sorted(words(entity_forms.LEGAL_SUFFIXES), key=len, reverse=True))


def legal_suffix_at_end(text: str) -> str | None:
    """The legal form ``text`` ends with ("Meta Platforms, Inc." -> "Inc."), if any."""
    for suffix in legal_suffixes():
        if text.endswith(suffix) and len(text) > len(suffix):
            before = text[: -len(suffix)]
            if before.endswith((" ", ",")) and before.strip(" ,"):
                return suffix
    return None


def strip_legal_suffix(text: str) -> str:
    """``text`` without trailing legal forms and the comma before them."""
    while (suffix := legal_suffix_at_end(text)) is not None:
        text = text[: -len(suffix)].rstrip(" ,")
    return text
