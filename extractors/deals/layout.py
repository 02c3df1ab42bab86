"""Where a sentence stands in the layout of its text: does it open a paragraph, is it a section
heading, and which organisation does a heading say its section is about ("Applied Digital:
preferred equity and junk bonds"). Readers keep paragraphs as line breaks and headings as short
lines between blank lines.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.deals.view import Sentence

_HEADING_TOKENS = 15  # a section heading is short


def _line_breaks(doc: Doc, first: int, step: int) -> int | None:
    """Line breaks between token ``first`` and the next word in direction ``step`` (-1 or 1);
    None at the start or the end of the text."""
    breaks = doc[first].whitespace_.count("\n") if step == 1 else 0
    k = first + step
    while 0 <= k < len(doc) and doc[k].is_space:
        breaks += doc[k].text.count("\n") + doc[k].whitespace_.count("\n")
        k += step
    if not 0 <= k < len(doc):
        return None
    return breaks + (doc[k].whitespace_.count("\n") if step == -1 else 0)


def _words(span: Span) -> list[Token]:
    return [t for t in span if not t.is_space]


def opens_paragraph(span: Span) -> bool:
    words = _words(span)
    before = _line_breaks(span.doc, words[0].i, -1) if words else 0
    return before is None or before >= 1


def is_heading(span: Span) -> bool:
    """A short line standing alone between blank lines, not ending like a sentence."""
    words = _words(span)
    if not words or len(words) > _HEADING_TOKENS or words[-1].text in (".", "!", "?", '"', "”"):
        return False
    before, after = _line_breaks(span.doc, words[0].i, -1), _line_breaks(span.doc, words[-1].i, 1)
    return (before is None or before >= 2) and (after is None or after >= 2)


def named_section(sentence: Sentence) -> str | None:
    """The organisation a heading opens with before a colon ("Applied Digital: preferred equity
    and junk bonds"): what its section is about."""
    first = sentence.party_at(0)
    if first is None or first.label != "ORG" or first.end >= len(sentence) or sentence.words[first.end] != ":":
        return None
    return first.canonical
