"""A document's tokens as plain Python values, read once and shared by the components.

spaCy makes a new ``Token`` object at every ``doc[i]`` and every step of ``for token in doc``,
and ``doc.text`` joins all tokens again at every access; the entity and deal extractors read
each token many times over. ``token_view(doc)`` reads every token once into a ``PlainToken``
with the same attribute names as spaCy's ``Token`` (``text``, ``lower_``, ``i``, ``idx``,
``whitespace_``, ``is_sent_start``, ...), so that code written against tokens reads the same,
and keeps the view with the ``Doc``.

The view is a snapshot: it is made the first time a component asks for it, which must be
after the sentence boundaries are set (the pipeline's sentencizer), and no component changes
tokens or sentence starts after that.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import (
    IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, LOWER, SENT_START, SPACY,
)
from spacy.tokens import Doc

_KEY = "extractors.token_view"  # in doc.user_data
_TEXT_KEY = "extractors.text"
_ATTRS = [IDX, LENGTH, SPACY, IS_ALPHA, IS_SPACE, IS_PUNCT, LIKE_NUM, SENT_START]
_SENT_START = {1: True, -1: False, 0: None}  # Token.is_sent_start


@dataclass(slots=True)
class PlainToken:
    """The attributes of a spaCy ``Token`` that our components read, as plain values."""

    text: str
    lower_: str
    i: int
    idx: int
    whitespace_: str
    is_alpha: bool
    is_space: bool
    is_punct: bool
    like_num: bool
    is_sent_start: bool | None

    def __len__(self) -> int:
        return len(self.text)


class TokenView:
    """``tokens`` (a list of ``PlainToken``), ``sentences`` (token ranges, as ``doc.sents``)
    and ``text`` (``doc.text``) of one ``Doc``."""

    def __init__(self, doc: Doc):
        self.text = text = document_text(doc)
        strings = doc.vocab.strings
        self.tokens: list[PlainToken] = []
        if len(doc):
            # One array of all attributes (uint64; read as int64 for SENT_START's -1), and
            # the lowercase forms by their string hashes.
            rows = doc.to_array(_ATTRS).view("int64").tolist()
            lowers = doc.to_array(LOWER).tolist()
            self.tokens = [
                PlainToken(text[idx:idx + length], strings[lower], i, idx, " " if space else "",
                           bool(alpha), bool(is_space), bool(punct), bool(num), _SENT_START[start])
                for i, ((idx, length, space, alpha, is_space, punct, num, start), lower)
                in enumerate(zip(rows, lowers))
            ]
        self._starts = [t.idx for t in self.tokens]
        self.sentences: list[tuple[int, int]] = []
        if doc.has_annotation("SENT_START"):
            first = 0
            for token in self.tokens[1:]:
                if token.is_sent_start:
                    self.sentences.append((first, token.i))
                    first = token.i
            if first != len(self.tokens):
                self.sentences.append((first, len(self.tokens)))

    def __len__(self) -> int:
        return len(self.tokens)

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char``; -1 if none."""
        if char < 0 or char >= len(self.text):
            return -1
        return bisect_right(self._starts, char) - 1

    def char_span(self, start: int, end: int, expand: bool = False) -> tuple[int, int] | None:
        """The tokens [first, last) of characters [start, end), as ``Doc.char_span`` finds them
        ("strict" alignment, or "expand" to the tokens the characters touch); None if none."""
        first = self.token_at(start)
        if first < 0 or (not expand and start != self.tokens[first].idx):
            return None
        last = self.token_at(end - 1)
        if last < 0:
            return None
        token = self.tokens[last]
        if not expand and end != token.idx + len(token.text):
            return None
        first_token = self.tokens[first]
        if expand and start == first_token.idx + len(first_token.text):
            first += 1  # the character is the trailing space of the token before
        return first, last + 1


def token_view(doc: Doc) -> TokenView:
    """The view of ``doc``, made on first use (see the module's docstring)."""
    view = doc.user_data.get(_KEY)
    if view is None:
        view = doc.user_data[_KEY] = TokenView(doc)
    return view


def document_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once (tokens never change after tokenization)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
