"""Text normalisation that is safe for offsets: we store the normalised text and every offset
points into it, so facts and evidence sentences always line up with what was stored.

Only one-for-one character replacements and deletions of invisible characters are made; words,
numbers and line structure are kept as written.
"""

from __future__ import annotations

import re

# One character for one: typographic quotes become their ASCII twins, so "Meta’s" and "Meta's"
# are the same name; exotic spaces become a space so that "1 234 567,89" stays one number.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ",
        "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
        "\u200a": " ", "\u3000": " ", "\t": " ",
        "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    }
)
# The same as a pattern, replaced where found: far faster than str.translate with a table of
# non-ASCII characters, which copies the text character by character.
_ONE_FOR_ONE_CHARS = {chr(code): to for code, to in _ONE_FOR_ONE.items()}
_ONE_FOR_ONE_PATTERN = re.compile("[" + re.escape("".join(_ONE_FOR_ONE_CHARS)) + "]")
# Invisible characters that only break words apart: soft hyphen, zero-width (non-)joiners, BOMs.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """The text to store: one newline style, plain quotes and spaces, no invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _one_for_one(text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def normalize_fragment(text: str) -> str:
    """The same character replacements for a short string (an annotation, a query)."""
    return _one_for_one(_INVISIBLE.sub("", text))


def _one_for_one(text: str) -> str:
    return _ONE_FOR_ONE_PATTERN.sub(lambda m: _ONE_FOR_ONE_CHARS[m.group()], text)
