"""Names listed with organisations: "Other participants included Nvidia, Andreessen Horowitz,
Bpifrance and General Catalyst", "samen met Accel en Orbis".

A list is two or more items joined by commas and a list word ("and", "en"). When some of its
items are organisations already found and the others are capitalised words nothing found, or a
place or person that only the statistical model guessed, those are organisations too. A list
with a person or place found otherwise (a given name, reference data) adds nothing, nor does
one without its list word ("Nvidia, Santa Clara" is an apposition), nor one on a line in title
case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extractors.entities.candidates import MODEL, Candidate
from extractors.entities.rules import Rules
from extractors.token_view import PlainToken, TokenView

_MAX_WORDS = 4  # words of an unknown item ("Andreessen Horowitz", "General Catalyst")


def listed_organisations(view: TokenView, rules: Rules, chosen: list[Candidate],
                         title_case: Callable[[PlainToken], bool]
                         ) -> tuple[list[Candidate], list[Candidate]]:
    """The organisations to add, and the candidates they replace."""
    tokens = view.tokens
    found_at: dict[int, tuple[int, Candidate]] = {}  # first token -> (end token, candidate)
    inside: set[int] = set()  # tokens an entity found covers, in part too ("ChatGPT-maker")
    for c in chosen:
        span = view.char_span(c.start, c.end)
        if span is not None:
            found_at[span[0]] = (span[1], c)
        touched = view.char_span(c.start, c.end, expand=True)
        if touched is not None:
            inside.update(range(*touched))
    added: list[Candidate] = []
    replaced: list[Candidate] = []
    i = 0
    while i < len(tokens):
        if i not in found_at and tokens[i].text.islower():
            i += 1  # no item starts at a lowercase word: a quick test, most words are
            continue
        items, joined, end = _list_at(tokens, rules, found_at, inside, i)
        if len(items) < 2 or not joined:
            i = max(end, i + 1)
            continue
        unknown = [item for item in items if item[2] is None or _guessed(tokens, rules, *item)]
        labels = [item[2].label for item in items if item not in unknown]
        if unknown and labels and all(label == "ORG" for label in labels) \
                and not title_case(tokens[items[0][0]]):
            replaced += [c for _, _, c in unknown if c is not None]
            added += [_span(tokens, rules, first, last) for first, last, _ in unknown]
        i = end
    return added, replaced


def _guessed(tokens: list[PlainToken], rules: Rules, first: int, end: int, candidate: Candidate) -> bool:
    """A place or person only the statistical model proposed, with no given name: a guess that
    a list of organisations overrules ("Nvidia, Microsoft en Vorlanx")."""
    return candidate.source == MODEL and candidate.label in ("GPE", "PERSON") \
        and tokens[first].text not in rules.cues.given_names


def _span(tokens: list[PlainToken], rules: Rules, first: int, end: int) -> Candidate:
    """The item's span; a one-letter name closing the sentence keeps no full stop the
    tokenizer left on it ("Volg ons op LinkedIn en X.")."""
    span = rules.span(first, end, "ORG", "listed")
    last = tokens[end - 1].text
    closes = end == len(tokens) or tokens[end].is_sent_start or not rules.same_line(end)
    if len(last) == 2 and last[0].isupper() and last[1] == "." and closes:
        span = replace(span, end=span.end - 1)
    return span


def _list_at(tokens: list[PlainToken], rules: Rules, found_at: dict, inside: set[int],
             i: int) -> tuple[list[tuple[int, int, Candidate | None]], bool, int]:
    """The items of a list starting at token ``i`` (first token, end token, the entity found
    there or None), whether a list word joins them, and the token after the list."""
    items: list[tuple[int, int, Candidate | None]] = []
    joined = joiner = False  # a list word joins two items; one stands before the next item
    while True:
        item = _item_at(tokens, rules, found_at, inside, i)
        if item is None:
            break  # "Nvidia, Vorlanx and the others": a list word before no item joins nothing
        items.append(item)
        joined = joined or joiner
        end = item[1]
        if end >= len(tokens) or not rules.same_line(end):
            return items, joined, end
        step, joiner = 1, False
        if tokens[end].text == "," and end + 1 < len(tokens) \
                and tokens[end + 1].lower_ in rules.cues.list_joiners:
            step, joiner = 2, True  # "Nvidia, Bpifrance, and General Catalyst"
        elif tokens[end].lower_ in rules.cues.list_joiners:
            joiner = True
        elif tokens[end].text != ",":
            return items, joined, end
        i = end + step
    return items, joined, (items[-1][1] if items else i)


def _item_at(tokens: list[PlainToken], rules: Rules, found_at: dict, inside: set[int],
             i: int) -> tuple[int, int, Candidate | None] | None:
    if i >= len(tokens) or not rules.same_line(i):
        return None
    if i in found_at:
        end, candidate = found_at[i]
        return i, end, candidate
    if i in inside or tokens[i].text in rules.cues.given_names:
        return None
    end = i
    while end < len(tokens) and end - i < _MAX_WORDS and end not in inside \
            and rules.name_word(tokens[end]) \
            and (end == i or (rules.same_line(end) and not tokens[end].is_sent_start)):
        end += 1
    return (i, end, None) if end > i else None
