"""One sentence as the deal extractor sees it: words, lemmas, parties and amounts by token.

Parties are the entity mentions that can take part in a deal (organisations, people, places)
plus the descriptions and pronouns that ``context`` resolved to an earlier organisation. Token
positions are local to the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span

from extractors.deals.cues import DealCues, Phrase
from extractors.types import Amount, Mention

# People are left out: in market commentary a person next to a deal word is nearly always an
# analyst, a strategist or a chief executive speaking, not a party.
PARTY_LABELS = frozenset({"ORG", "GPE", "FUND"})
# A place invests (a state taking a stake) but is not invested in: "in België" is where.
SOURCE_ONLY_LABELS = frozenset({"GPE"})
ASSET_LABELS = frozenset({"FACILITY", "PRODUCT", "PROJECT", "FAC", "LOC"})
POSSESSIVE_MARKS = ("'s", "’s")  # a possessive as its own token ("Meta 's")
_POSSESSIVE = POSSESSIVE_MARKS + ("'", "’")


@dataclass(slots=True)
class Party:
    canonical: str
    label: str
    first: int  # first token, local to the sentence
    end: int  # one past the last token
    possessive: bool = False
    resolved: bool = False  # a description or pronoun resolved by context
    gov: str | None = None  # role of the preposition before it: target:<type> | agent | ...
    prep: Phrase | None = None  # the preposition itself
    # the preposition a pronominal adverb carries in itself ("daarin" = "in" + it)
    own_prep: Phrase | None = None
    # the organisations a plural reference stands for ("beide partners"); ``canonical`` is the first
    members: tuple[str, ...] = ()


@dataclass(slots=True)
class AmountAt:
    amount: Amount
    first: int
    end: int
    excluded: bool = False  # a price, valuation or revenue: never a deal's amount
    valuation: bool = False  # excluded as a valuation: a whole takeover with no price may take it


@dataclass
class Sentence:
    span: Span
    words: list[str]  # lower-cased token texts
    lemmas: list[str]
    heads: list[str]  # the last part of a hyphenated word ("14%-belang" -> "belang")
    parties: list[Party] = field(default_factory=list)
    amounts: list[AmountAt] = field(default_factory=list)
    assets: list[tuple[str, int, int]] = field(default_factory=list)
    # makers named with their product ("Nvidia H100 chips", "Nvidia-chips"): no party, but the
    # supplier of goods bought (``objects.goods_supplier``)
    makers: list[Party] = field(default_factory=list)
    # organisations of the sentences before (``context.Antecedents``), the text's topic first
    topics: list[str] = field(default_factory=list)
    # the organisation named most often in the text before this sentence
    most_named: str | None = None
    paragraph: int = 0  # the number of the paragraph the sentence is in
    # token -> party / amount, rebuilt by ``reindex`` whenever the lists change
    _party_of: dict[int, Party] = field(default_factory=dict, repr=False)
    _amount_of: dict[int, AmountAt] = field(default_factory=dict, repr=False)

    def reindex(self) -> None:
        """Index parties and amounts by token, so a lookup costs the same in a long sentence."""
        self.parties.sort(key=lambda p: p.first)
        self._party_of = {k: p for p in self.parties for k in range(p.first, p.end)}
        self._amount_of = {k: a for a in self.amounts for k in range(a.first, a.end)}

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text

    def __len__(self) -> int:
        return len(self.words)

    def matches(self, i: int, phrase: Phrase) -> bool:
        """Whether ``phrase`` starts at token ``i`` (each word as form or lemma)."""
        if i < 0 or i + len(phrase) > len(self.words):
            return False
        return all(w in (self.words[i + k], self.lemmas[i + k]) for k, w in enumerate(phrase))

    def phrase_ending_at(self, i: int, phrases: tuple[Phrase, ...]) -> Phrase | None:
        """The first of ``phrases`` (callers list the longest first) whose last word is token ``i``."""
        if i < 0 or i >= len(self.words):
            return None
        by_last = _last_words(phrases)
        candidates = by_last.get(self.words[i], ())
        if self.lemmas[i] != self.words[i]:
            candidates += by_last.get(self.lemmas[i], ())
        if not candidates:
            return None
        for phrase in phrases:  # in the callers' order
            if phrase in candidates and self.matches(i - len(phrase) + 1, phrase):
                return phrase
        return None

    def find(self, phrases: tuple[Phrase, ...], lo: int = 0, hi: int | None = None) -> list[int]:
        """Token positions in [lo, hi) where one of ``phrases`` starts."""
        hi = len(self.words) if hi is None else hi
        firsts = _first_words(phrases)
        return [i for i in range(max(lo, 0), hi)
                if (self.words[i] in firsts or self.lemmas[i] in firsts)
                and any(self.matches(i, p) for p in firsts.get(self.words[i], ()) + firsts.get(self.lemmas[i], ()))]

    def party_at(self, i: int) -> Party | None:
        return self._party_of.get(i)

    def amount_at(self, i: int) -> AmountAt | None:
        return self._amount_of.get(i)


@cache
def _first_words(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    """Phrases by their first word: a sentence is scanned once per list, not once per phrase."""
    by_first: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in by_first.items()}


@cache
def _last_words(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    """Phrases by their last word, for ``Sentence.phrase_ending_at``."""
    by_last: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        by_last.setdefault(phrase[-1], []).append(phrase)
    return {word: tuple(group) for word, group in by_last.items()}


def _token_range(span: Span, start: int, end: int) -> tuple[int, int] | None:
    """Local token range covering characters [start, end) of the document."""
    start, end = max(start, span.start_char), min(end, span.end_char)
    if start >= end:
        return None
    covering = span.doc.char_span(start, end, alignment_mode="expand")
    if covering is None or len(covering) == 0:
        return None
    first = max(covering.start, span.start) - span.start
    last = min(covering.end, span.end) - span.start
    return (first, last) if first < last else None


def build_sentence(span: Span, cues: DealCues, mentions: list[Mention], amounts: list[Amount]) -> Sentence:
    words = [t.text.lower() for t in span]
    lemmas = [cues.lemma(w) for w in words]
    heads = [cues.lemma(w.rsplit("-", 1)[-1]) if "-" in w.strip("-") else lemmas[i]
             for i, w in enumerate(words)]
    sentence = Sentence(span, words, lemmas, heads)
    placed = [(m, _token_range(span, m.start, m.end)) for m in mentions
              if m.end > span.start_char and m.start < span.end_char]
    products = {rng[0] for m, rng in placed if rng is not None and m.label == "PRODUCT"}
    for mention, rng in placed:
        if rng is None:
            continue
        if mention.label in PARTY_LABELS and rng[1] in products:
            # "secured on Nvidia H100 chips": the maker of a product, not a party
            sentence.makers.append(Party(mention.canonical, mention.label, rng[0], rng[1]))
            continue
        last = span[rng[1] - 1]
        inside = last.idx + len(last.text) > mention.end and last.text[mention.end - last.idx:][:1] == "-"
        joined = (rng[1] < len(span) and not last.whitespace_ and span[rng[1]].text == "-")
        if inside or joined:
            # "London-based", "Nvidia-chips": a modifier inside a word, not a party
            if mention.label in PARTY_LABELS:
                sentence.makers.append(Party(mention.canonical, mention.label, rng[0], rng[1]))
            continue
        if mention.label in PARTY_LABELS:
            possessive = mention.text.endswith(_POSSESSIVE) or (
                rng[1] < len(words) and words[rng[1]] in _POSSESSIVE) or (
                words[rng[1] - 1].endswith(POSSESSIVE_MARKS) and not mention.text.lower().endswith("s"))
            sentence.parties.append(Party(mention.canonical, mention.label, rng[0], rng[1], possessive))
        elif mention.label in ASSET_LABELS:
            sentence.assets.append((mention.canonical, rng[0], rng[1]))
    for amount in amounts:
        if amount.end <= span.start_char or amount.start >= span.end_char:
            continue
        rng = _token_range(span, amount.start, amount.end)
        if rng is not None:
            sentence.amounts.append(AmountAt(amount, rng[0], rng[1]))
    sentence.amounts += _fraction_shares(sentence, cues)
    sentence.amounts.sort(key=lambda a: a.first)
    sentence.reindex()
    return sentence


def _fraction_shares(sentence: Sentence, cues: DealCues) -> list[AmountAt]:
    """Fractions stating a share ("a fifth of Morgan Stanley", "de helft van de aandelen"), as
    percentages of the deal view only: the amounts layer lists figures, not fractions."""
    found: list[AmountAt] = []
    taken = {k for a in sentence.amounts for k in range(a.first, a.end)}
    words = sentence.words
    firsts = {phrase[0] for phrase, _ in cues.fractions}
    i = 0
    while i < len(words):
        match = next((item for item in cues.fractions if sentence.matches(i, item[0])), None) \
            if words[i] in firsts or sentence.lemmas[i] in firsts else None
        if match is None or i in taken:
            i += 1
            continue
        end = i + len(match[0])
        if end < len(words) and words[end] in cues.fraction_preps and _of_a_whole(sentence, cues, end + 1):
            span = sentence.span
            start, stop = span[i].idx, span[end - 1].idx + len(span[end - 1].text)
            text = span.doc.text[start:stop]
            found.append(AmountAt(Amount(text, start, stop, "percent", match[1]), i, end))
        i = end
    return found


def _of_a_whole(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """Whether the words from ``k`` name what a fraction is taken of, not a period ("half of
    2026", "de helft van het jaar")."""
    while k < len(sentence) and sentence.words[k] in cues.determiners:
        k += 1
    if k >= len(sentence):
        return False
    word = sentence.words[k]
    return not (word[:1].isdigit() or word in cues.time_words or sentence.lemmas[k] in cues.time_words)
