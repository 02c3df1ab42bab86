"""Relative clauses: which party a relative clause is about, and whose clause it is.

- "QTS, which it took private": a subject of its own after the relative pronoun makes the
  pronoun the verb's object, so the antecedent is what the deal is about;
- "ESMC, a joint venture in which TSMC holds 70%", "Stargate Norway, waarin beide partijen elk
  50% houden": a relative opened by a preposition holds the deal in its antecedent;
- the antecedent stands right before the comma, before an apposition ("TSB, its British
  subsidiary, which") or as the subject of a copula ("OpenAI Group wordt een public benefit
  corporation, waarin").
"""

from __future__ import annotations

from extractors.deals.cues import DealCues
from extractors.deals.triggers import Found
from extractors.deals.view import Party, Sentence

_APPOSITION_REACH = 6  # words of an apposition between a party and its relative clause


def antecedent(sentence: Sentence, comma: int, cues: DealCues | None = None) -> Party | None:
    """The party a relative clause after the comma at ``comma`` is about: the one right before
    it, the one before an apposition ("TSB, its British subsidiary, which ..."), or the subject
    of a copula ("OpenAI Group wordt een public benefit corporation, waarin ...")."""
    if comma < 1:
        return None
    if sentence.words[comma - 1] == ")":  # "Copenhagen Infrastructure Partners (CIP), die"
        opening = next((k for k in range(comma - 2, max(comma - _APPOSITION_REACH, 0) - 1, -1)
                        if sentence.words[k] == "("), None)
        if opening is not None and sentence.party_at(opening - 1) is not None:
            return sentence.party_at(opening - 1)
    before = sentence.party_at(comma - 1)
    if before is not None:
        return before
    for k in range(comma - 1, max(comma - _APPOSITION_REACH, 0) - 1, -1):
        if sentence.words[k] == ",":
            between = [sentence.party_at(j) for j in range(k + 1, comma)]
            if all(p is None or p.possessive for p in between):
                return sentence.party_at(k - 1)
            return None
        if sentence.party_at(k) is not None and not sentence.party_at(k).possessive:
            return None
        if cues is not None and sentence.words[k] in cues.passive_aux and k >= 1:
            return sentence.party_at(k - 1)
    return None


_RELATIVE_REACH = 12  # words between a prepositional relative and the deal word in its clause


def prepositional_relative(sentence: Sentence, cues: DealCues, found: Found) -> tuple[Party | None, int] | None:
    """A relative clause opened by a preposition that holds the deal word ("ESMC, a joint venture
    in which TSMC holds 70%", "Stargate Norway, waarin beide partijen elk 50% houden"): its
    antecedent, what the deal is in, and where the clause's own words start."""
    found_start = prepositional_relative_start(sentence, cues, found)
    if found_start is None:
        return None
    start, words = found_start
    return antecedent_before(sentence, cues, start), words


def prepositional_relative_start(sentence: Sentence, cues: DealCues, found: Found) -> tuple[int, int] | None:
    """Where a relative clause opened by a preposition that holds the deal word starts, and
    where its own words start (after "waarin", "in which")."""
    for k in range(found.first - 1, max(found.scope[0], found.first - _RELATIVE_REACH) - 1, -1):
        word = sentence.words[k]
        if word in cues.prepositional_relatives:
            return k, k + 1
        if word in cues.relative_pronouns and k > 0 and sentence.words[k - 1] in cues.all_preps:
            return k - 1, k + 1
    return None


def antecedent_before(sentence: Sentence, cues: DealCues, start: int) -> Party | None:
    """The party a relative clause starting at ``start`` is about: right before it, before its
    comma, or before a description in apposition ("ESMC, a joint venture in which")."""
    if start < 1:
        return None
    if sentence.words[start - 1] == ",":
        return antecedent(sentence, start - 1, cues)
    if sentence.party_at(start - 1) is not None:
        return sentence.party_at(start - 1)
    for k in range(start - 1, max(start - _APPOSITION_REACH, 0), -1):
        if sentence.party_at(k) is not None:
            return None
        if sentence.words[k] == ",":
            return sentence.party_at(k - 1) if k >= 1 else None
    return None


def own_subject(cues: DealCues, inner: Party) -> bool:
    """Whether the party right after a relative pronoun is the clause's own subject. In English
    it is ("QTS, which Blackstone took private"); in a verb-final relative clause a named party
    may as well be the object ("AWS, dat OpenAI servers levert"), a pronoun hardly ("die het
    had gekocht")."""
    return not cues.verb_second or inner.resolved


def object_relative(sentence: Sentence, cues: DealCues, found: Found) -> Party | None:
    """The antecedent of a relative clause whose pronoun is the deal verb's object, because a
    subject of its own follows it: "Blackstone owns QTS, which it took private in 2021", or
    because a preposition opens it: "a joint venture in which TSMC holds 70%"."""
    relative = prepositional_relative(sentence, cues, found)
    if relative is not None:
        return relative[0]
    lo = found.scope[0]
    for k in range(found.first - 1, lo, -1):
        if sentence.words[k - 1] == ",":
            inner = sentence.party_at(k + 1)
            if sentence.words[k] in cues.relative_pronouns and inner is not None and inner.prep is None \
                    and inner.end <= found.first and own_subject(cues, inner):
                return antecedent(sentence, k - 1)
            return None
    return None


def asset_held(sentence: Sentence, cues: DealCues, found: Found) -> Party | None:
    """The project a holding with no company is in: the one a relative clause opened by a
    preposition is about ("onder de naam Stargate Norway, waarin beide partijen elk 50% houden"),
    or the one named before "the project" in the holding's clause ("joint venture met Blue Owl,
    die 80% van het project bezit", with Hyperion named before)."""
    start = prepositional_relative_start(sentence, cues, found)
    named = []
    if start is not None and start[0] >= 2 and sentence.words[start[0] - 1] == ",":
        named = [a for a in sentence.assets if a[2] == start[0] - 1]
    lo, hi = found.scope
    if not named and any(sentence.words[k] in cues.project_words and sentence.words[k - 1] in
                         cues.description_determiners for k in range(max(lo, 1), hi)):
        named = [a for a in sentence.assets if a[2] <= found.first][-1:]
    if not named:
        return None
    name, first, end = named[0]
    return Party(name, "FACILITY", first, end)
