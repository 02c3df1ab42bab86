"""Plural references: "beide partners", "the two companies", "de drie Europese partners" stand
for the organisations last named together ("Aker en Nscale", "Bosch, Infineon en NXP").

A plural reference becomes one party that carries all its members; a deal made by it is made
by each of them ("Beide partners houden 50% van Glaspoort" is two stakes). Its members are as
many as the number it names ("beide" is two), looked for in this order: a list of organisations
in its own sentence before it; the organisations that sentence names before it ("Nvidia neemt 4%
van Intel, en de twee bedrijven"); a list in the two sentences before; the organisations of the
sentence before. With none of that size it stands for nothing.
"""

from __future__ import annotations

from extractors.deals.clauses import coordinated_with
from extractors.deals.cues import DealCues
from extractors.deals.view import POSSESSIVE_MARKS, Party, Sentence

_GROUP_SENTENCES = 2  # how far back a plural reference may look for its group
_MAX_ADJECTIVES = 2  # "de drie Europese partners"

Group = tuple[str, ...]


def plural_reference(sentence: Sentence, cues: DealCues, i: int) -> tuple[int, int] | None:
    """(end, size) of a plural reference starting at token ``i``: an optional article, a count
    word, up to two adjectives and a plural noun ("the two firms"); or a bare count word opening
    a clause right before a deal verb ("Both took part in ...")."""
    k = i + 1 if sentence.words[i] in cues.description_determiners else i
    if k >= len(sentence) or sentence.words[k] not in cues.plural_counts:
        return None
    size = cues.plural_counts[sentence.words[k]]
    opens_clause = k == 0 or sentence.words[k - 1] in (",", ";")
    if k == i and opens_clause and k + 1 < len(sentence) \
            and cues.is_deal_verb(sentence.words[k + 1], sentence.lemmas[k + 1]):
        return k + 1, size
    for end in range(k + 1, min(k + 2 + _MAX_ADJECTIVES, len(sentence))):
        if sentence.party_at(end) or sentence.amount_at(end) or not sentence.words[end].isalpha():
            return None
        if sentence.words[end] in cues.plural_nouns:
            return end + 1, size
    return None


def groups_before(sentence: Sentence, cues: DealCues, hi: int) -> list[Group]:
    """The lists of two or more organisations named in ``sentence`` before token ``hi``, in
    order: organisations joined by list words, with articles, modifiers and other kinds of names
    between them ("The Qatar Investment Authority and Singapore's GIC")."""
    groups: list[Group] = []
    current: list[Party] = []
    for party in sentence.parties:
        if party.label != "ORG" or party.resolved or party.end > hi:
            continue
        if current and _joined(sentence, cues, current[-1], party):
            current.append(party)
            continue
        if len(current) > 1:
            groups.append(tuple(p.canonical for p in current))
        current = [party]
    if len(current) > 1:
        groups.append(tuple(p.canonical for p in current))
    return groups


def _joined(sentence: Sentence, cues: DealCues, previous: Party, party: Party) -> bool:
    between = range(previous.end, party.first)
    if not any(sentence.words[k] in cues.list_joiners for k in between):
        return False
    if coordinated_with(sentence, cues, previous, party):
        return True
    return all(sentence.words[k] in cues.list_joiners or sentence.words[k] in cues.determiners
               or sentence.words[k] in POSSESSIVE_MARKS or sentence.party_at(k) is not None for k in between)


def group_of_size(groups: list[list[Group]], size: int) -> Group | None:
    """The latest group of ``size`` members; ``groups`` runs from the reference's own sentence
    back."""
    for here in groups:
        for group in reversed(here):
            if len(set(group)) == size:
                return group
    return None


class Groups:
    """The groups named in the sentences read so far, by sentence number."""

    def __init__(self) -> None:
        self._by_sentence: dict[int, list[Group]] = {}

    def add(self, number: int, groups: list[Group]) -> None:
        if groups:
            self._by_sentence[number] = groups

    def recent(self, number: int) -> list[list[Group]]:
        return [self._by_sentence.get(number - back, []) for back in range(1, _GROUP_SENTENCES + 1)]
