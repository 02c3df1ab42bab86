"""Reference-data matching: every form of every known entity, looked up token by token.

A trie keyed on lowercased token texts finds the longest known form starting at each token.
Case decides the rest: a form matches in its exact case; a form of four characters or more
also matches written with a capital first letter in another case ("NVIDIA" for "Nvidia"; a
three-letter form only in capitals, "AXA" for "Axa"), and
a strict form (a common word too: "Shell", "Lambda") only in its exact case and never as the
first word of a sentence. The last token of a match may be the name part of a hyphen compound
("Nvidia-CEO", "D.A. Davidson-analist") or carry a possessive ("Meta's" in Dutch tokenization):
the match then ends inside the token, so offsets always point at the name alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.entities.candidates import GAZETTEER, USER, Candidate
from extractors.entities.forms import HYPHEN, possessive_length
from extractors.entities.knowledge import EntityKnowledge, EntityRecord
from extractors.token_view import PlainToken, TokenView

_END = "\0"  # trie key of the forms ending at a node
_NUMBERED = frozenset({"FACILITY", "PRODUCT"})


@dataclass(frozen=True, slots=True)
class _Form:
    text: str
    record: EntityRecord


def _case_ok(surface: str, form: _Form, sentence_initial: bool) -> bool:
    if surface == form.text:
        return not (form.record.strict and sentence_initial)
    if form.record.strict or not surface[:1].isupper():
        return False
    if len(form.text) < 4 and not (surface.isupper() and len(surface) == 3):
        return False  # "Axa" listed, "AXA" written; never "Ing" for "ING"
    # Each word keeps its capital: "NVIDIA" is Nvidia, "Principal financial officer" is not
    # Principal Financial.
    initials = [w[:1].isupper() for w in surface.split()]
    return initials == [w[:1].isupper() for w in form.text.split()] and \
        surface.casefold() == form.text.casefold()


def name_parts(token: PlainToken) -> tuple[tuple[str, int], ...]:
    """(text, length) of the parts of ``token`` that may end a name inside it: the part
    before a hyphen ("Nvidia" of "Nvidia-CEO"), the token without a possessive, and without a
    sentence's full stop that the tokenizer left attached."""
    return _name_parts(token.text)


@lru_cache(maxsize=1 << 16)  # asked for every token, often several times: most words recur
def _name_parts(text: str) -> tuple[tuple[str, int], ...]:
    parts = []
    n = possessive_length(text)
    if n:
        parts.append((text[:-n], len(text) - n))
    if text.endswith(".") and len(text) > 2 and text[-2].isalnum():
        parts.append((text[:-1], len(text) - 1))  # "KKR." at the end of a sentence, one token
    hyphen = HYPHEN.search(text, 1, len(text) - 1)  # the first one inside the token
    if hyphen is not None:
        i = hyphen.start()
        part = text[:i]
        parts.append((part, i))
        n = possessive_length(part)
        if n:
            parts.append((part[:-n], i - n))
    return tuple(parts)


class Gazetteer:
    """Finds the known forms of ``knowledge`` in a ``Doc`` of one language."""

    def __init__(self, knowledge: EntityKnowledge, tokenize: Callable[[str], list[str]]):
        self._trie: dict = {}
        for record in knowledge.records.values():
            if not record.listed:
                continue
            for form in record.forms:
                if knowledge.owner(form) is not record:
                    continue  # the form was given to another entity (a merge, a user's alias)
                tokens = tokenize(form)
                if not tokens:
                    continue
                node = self._trie
                for token in tokens:
                    node = node.setdefault(token.lower(), {})
                node.setdefault(_END, []).append(_Form(form, record))

    def __call__(self, view: TokenView, is_initial: Callable[[PlainToken], bool]
                 ) -> list[Candidate]:
        found = []
        tokens, text = view.tokens, view.text
        n = len(tokens)
        i = 0
        while i < n:
            best = self._longest(tokens, text, i, is_initial(tokens[i]))
            if best is None:
                i += 1
                continue
            candidate, i = best
            if candidate.label in _NUMBERED and i < n and tokens[i].like_num and \
                    tokens[i - 1].whitespace_ == " " and not tokens[i].whitespace_.strip():
                # "Colossus 2", "Polaris Forge 1": a numbered facility or product
                candidate = replace(candidate, end=tokens[i].idx + len(tokens[i]))
                i += 1
            found.append(candidate)
        return found

    def _longest(self, tokens: list[PlainToken], text: str, i: int, initial: bool
                 ) -> tuple[Candidate, int] | None:
        node = self._trie
        start = tokens[i].idx
        best: tuple[Candidate, int] | None = None
        j = i
        while j < len(tokens):
            token = tokens[j]
            if j > i and (tokens[j - 1].whitespace_.count("\n") or token.is_space):
                break
            for part, length in name_parts(token):
                child = node.get(part.lower())
                if child and _END in child:
                    hit = self._candidate(text, start, token.idx + length, child[_END], initial)
                    if hit is not None:
                        best = (hit, j + 1)
            node = node.get(token.lower_)
            if node is None:
                break
            if _END in node:
                hit = self._candidate(text, start, token.idx + len(token), node[_END], initial)
                if hit is not None:
                    best = (hit, j + 1)
            j += 1
        return best

    @staticmethod
    def _candidate(text: str, start: int, end: int, forms: list[_Form],
                   initial: bool) -> Candidate | None:
        surface = text[start:end]
        for form in sorted(forms, key=lambda f: f.text != surface):  # exact case first
            if _case_ok(surface, form, initial):
                record = form.record
                source = USER if record.source == "user" else GAZETTEER
                return Candidate(start, end, record.label, source, record.name, "gazetteer")
        return None
