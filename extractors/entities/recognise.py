"""Recognition: the statistical model's spans, reference data and rules, combined.

Every source proposes ``Candidate`` spans: the ``gazetteer`` (reference data and the user's
corrections), the ``rules``, and the model (``model_spans``, cleaned). Overlaps are resolved by
the strength of the source (the user's corrections, then reference data, rules, the model),
longer spans first within one source; an organisation that extends a known name with
capitalised words ("Morgan Stanley Research", "Meiji Yasuda") outranks the shorter known name,
and a person found by a given name outranks a place inside it ("Jordan Pike"). A known place
written against an unknown capitalised word is part of a longer name ("Massachusetts Mutual")
and dropped; phrases such as "Big Tech" block every candidate. Then ``lists`` adds the names
listed with organisations, ``abbreviations`` the short forms a document defines in brackets
("Public Investment Fund (PIF)"), and ``short_forms`` the short forms of the names found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from extractors.entities.abbreviations import defined_abbreviations
from extractors.entities.candidates import GAZETTEER, MODEL, RULE, USER, Candidate
from extractors.entities.cues import EntityCues, heads_a_place, is_capitalised
from extractors.entities.forms import HYPHENS
from extractors.entities.gazetteer import Gazetteer
from extractors.entities.knowledge import EntityKnowledge
from extractors.entities.lists import listed_organisations
from extractors.entities.model_spans import ModelSpans
from extractors.entities.repeats import find_repeats
from extractors.entities.rules import Rules
from extractors.entities.short_forms import find_short_forms
from extractors.token_view import PlainToken, TokenView, token_view

_TITLE_CASE_SHARE = 0.75  # share of capitalised longer words that makes a line a title
_SEPARATORS = frozenset("|·•")  # between the parts of a byline


def initial_tokens(view: TokenView) -> set[int]:
    """Indices of the first word of every sentence, list item and line."""
    initial = set()
    for first, end in view.sentences:
        for token in view.tokens[first:end]:
            if token.is_alpha or any(c.isalpha() for c in token.text):
                initial.add(token.i)
                break
    return initial


class Recogniser:
    def __init__(self, doc: Doc, cues: EntityCues, gazetteer: Gazetteer,
                 knowledge: EntityKnowledge):
        self.doc = doc
        self.view = token_view(doc)
        self.tokens = self.view.tokens
        self.text = self.view.text
        self.cues = cues
        self.gazetteer = gazetteer
        self.knowledge = knowledge
        self._initial = initial_tokens(self.view)
        # Capitalised words written somewhere other than at the start of a sentence.
        self._inner_words = {t.text for t in self.tokens
                             if t.i not in self._initial and t.text.istitle()}
        self._title_lines: dict[int, bool] = {}

    def is_initial(self, token: PlainToken) -> bool:
        return token.i in self._initial

    def __call__(self) -> list[Candidate]:
        candidates = [c for c in self.gazetteer(self.view, self.is_initial)
                      if not self.inside_longer_name(c)]
        rules = Rules(self.tokens, self.cues, self.is_initial)
        candidates += [c for c in rules()
                       if self.keep_rule(c)]
        candidates += ModelSpans(self.doc, self.text, self.cues, self._initial)()
        blocked = [m.span() for m in _phrases(self.cues).finditer(self.text)]
        if blocked:  # "Big Tech", and any part of it
            candidates = [c for c in candidates if c.source == USER
                          or not any(s < c.end and c.start < e for s, e in blocked)]
        chosen = resolve(candidates, self.text)
        listed, replaced = listed_organisations(self.view, rules, chosen, self.title_case_line)
        chosen = [c for c in chosen if c not in replaced] + listed
        abbreviated, replaced = defined_abbreviations(self.view, chosen, self.knowledge)
        chosen = [c for c in chosen if c not in replaced] + abbreviated
        # Adds to ``chosen``, replacing model spans inside a short form.
        find_short_forms(self.tokens, self.text, chosen, self.cues, self.knowledge, self._initial)
        find_repeats(self.text, chosen, self.cues)  # adds to ``chosen`` the names written again
        return sorted(chosen, key=lambda c: (c.start, c.end))

    def inside_longer_name(self, candidate: Candidate) -> bool:
        """A place written right before or after an unknown capitalised word is part of a
        longer name: "Florida Ice & Farm Company", "Massachusetts Mutual", "Fermi America"; so
        is one after a head word and "of": "State Bank of India"."""
        if candidate.label != "GPE" or candidate.source == USER:
            return False
        tokens = self.tokens
        span = self.view.char_span(candidate.start, candidate.end)
        if span is None:
            return False
        first, end = span
        if end < len(tokens):
            after = tokens[end]
            if tokens[end - 1].whitespace_ == " " and not after.is_sent_start \
                    and self._plain_name(after):
                return True
        if first > 1 and heads_a_place(self.cues, tokens[first - 2].text, tokens[first - 1].text):
            return True
        if first > 0 and not tokens[first].is_sent_start:
            before = tokens[first - 1]
            if before.whitespace_ == " " and self._plain_name(before) \
                    and self.knowledge.lookup(before.text) is None \
                    and (before.i not in self._initial or before.text in self._inner_words):
                return True
        return False

    def _plain_name(self, token: PlainToken) -> bool:
        cues = self.cues
        low = token.lower_
        return (is_capitalised(token.text) and low not in cues.stop_words and low not in cues.never
                and token.text not in cues.acronyms and low not in cues.roles
                and token.text not in cues.place_adjectives)

    # -- rules -------------------------------------------------------------------------------

    def keep_rule(self, candidate: Candidate) -> bool:
        """Head-word rules read capitals; a headline in title case has capitals on every word.
        (People are found by given names and roles, which title case does not fake.)"""
        if candidate.rule not in ("org_head", "head_before"):
            return True
        span = self.view.char_span(candidate.start, candidate.end, expand=True)
        return span is not None and not self.title_case_line(self.tokens[span[0]])

    def title_case_line(self, token: PlainToken) -> bool:
        """Whether the line (or the part of a byline between separators) is in title case."""
        tokens = self.tokens
        start = token.i
        while start > 0 and "\n" not in tokens[start - 1].whitespace_ \
                and not tokens[start - 1].is_space and tokens[start - 1].text not in _SEPARATORS:
            start -= 1
        if start in self._title_lines:
            return self._title_lines[start]
        longer = capitals = 0
        i = start
        while i < len(tokens) and not tokens[i].is_space and tokens[i].text not in _SEPARATORS:
            t = tokens[i]
            if t.is_alpha and len(t.text) >= 4:
                longer += 1
                capitals += t.text[0].isupper()
            if "\n" in t.whitespace_:
                break
            i += 1
        result = longer >= 4 and capitals >= _TITLE_CASE_SHARE * longer
        self._title_lines[start] = result
        return result


@lru_cache(maxsize=None)
def _phrases(cues: EntityCues) -> re.Pattern:
    """The phrases that are never an entity, in any case, as whole words."""
    options = "|".join(re.escape(p) for p in sorted(cues.not_entity_phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{options})(?!\w)" if options else r"(?!x)x", re.IGNORECASE)


def _plain_extension(text: str, longer: Candidate, known: Candidate) -> bool:
    """The words ``longer`` adds to ``known`` are capitalised words, not a compound's tail."""
    extra = text[longer.start:known.start] + " " + text[known.end:longer.end]
    return all(w[:1].isupper() or w in "&," for w in extra.split()) and \
        not any(h in text[known.end:known.end + 1] for h in HYPHENS)


def resolve(candidates: list[Candidate], text: str = "") -> list[Candidate]:
    """Non-overlapping candidates, the strongest source and then the longest first."""
    known = [c for c in candidates if c.source in (USER, GAZETTEER) and c.label == "ORG"]
    places = [c for c in candidates if c.source == GAZETTEER and c.label == "GPE"]

    def rank(c: Candidate) -> tuple:
        strength: float = c.source
        if c.label == "ORG" and c.rule in ("org_head", "model") and any(
            c.contains(k) and c.length > k.length and _plain_extension(text, c, k) for k in known
        ):
            # "Morgan Stanley Research" over "Morgan Stanley", "Meiji Yasuda" over "Meiji"
            strength = GAZETTEER - 0.5
        elif c.label == "PERSON" and c.source == RULE and any(
            c.contains(p) and c.length > p.length for p in places
        ):
            strength = GAZETTEER - 0.5  # "Jordan Pike", "Georgia Smith" are people
        elif c.rule in ("described", "camel_case"):
            strength = MODEL + 0.5  # "investor Warren Buffett": the model knows him better
        return (strength, -c.length, c.start)

    chosen: list[Candidate] = []
    for c in sorted(candidates, key=rank):
        if not any(c.overlaps(o) for o in chosen):
            chosen.append(c)
    return chosen
