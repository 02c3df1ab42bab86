"""Tokens and per-language lexicons for the amount extractor.

The text is cut once into tokens (digit numbers, words, single signs) with their offsets; every
later step matches phrases on that token list, so matching stays linear in the text length.
The words come from ``extractors/lang/<lang>/{numbers,currencies,amount_cues}.py`` and
``extractors/lang/common.py``; this module only reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from extractors.lang import common, language_data, words

# A digit number: grouped with dots, commas or spaces ("1.234.567,89", "1,234,567.89",
# "1 234 567,89"), or plain with at most one decimal mark ("3,2", "27"). Grouped forms must not
# run on into more digits, so "1.2345" is read plainly.
_SPACE = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|[.,]\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d+)?(?![\d]|[.,]\d)"
    r"|\d+(?:[.,]\d+)?"
)
_TOKEN = re.compile(rf"(?P<num>{_DIGITS})|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)|(?P<sign>\S)")
NUM, WORD, SIGN = "num", "word", "sign"


class Token(NamedTuple):
    kind: str
    text: str
    low: str  # lower-cased text, for matching
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        # tuple.__new__ builds the named tuple without the Python-level ``Token.__new__``:
        # a third of the time of this function, which sees every token of every document.
        tokens.append(_new_tuple(Token, (m.lastgroup, word, word.lower(), start, end)))
    return tokens


_new_tuple = tuple.__new__


def gap(text: str, tokens: list[Token], i: int) -> str | None:
    """What stands between token ``i - 1`` and token ``i``: "" when glued, the spaces when
    they sit on one line, None when there is no such pair or a line break parts them."""
    if i <= 0 or i >= len(tokens):
        return None
    between = text[tokens[i - 1].end : tokens[i].start]
    if len(between) > 3 or "\n" in between or "\r" in between:
        return None
    return between


class PhraseSet:
    """Phrases over tokens, each with a value, matched longest first at a token position."""

    def __init__(self, entries: dict[str, object], case_sensitive: bool = False):
        self.case_sensitive = case_sensitive
        self._forward: dict[tuple[str, ...], object] = {}
        self._backward: dict[tuple[str, ...], object] = {}
        for phrase, value in entries.items():
            key = tuple(t.text if case_sensitive else t.low for t in tokenize(phrase))
            if key:
                self._forward[key] = value
                self._backward[key[::-1]] = value
        self.longest = max((len(k) for k in self._forward), default=0)
        self.firsts = frozenset(k[0].lower() for k in self._forward)
        self._first_keys = frozenset(k[0] for k in self._forward)
        self._last_keys = frozenset(k[0] for k in self._backward)

    def __bool__(self) -> bool:
        return bool(self._forward)

    def _key(self, tok: Token) -> str:
        return tok.text if self.case_sensitive else tok.low

    def match(self, text: str, tokens: list[Token], i: int) -> tuple[object, int] | None:
        """The longest phrase starting at token ``i``: (value, index after it)."""
        if i >= len(tokens) or self._key(tokens[i]) not in self._first_keys:
            return None
        best = None
        key: list[str] = []
        for j in range(i, min(i + self.longest, len(tokens))):
            if j > i and gap(text, tokens, j) is None:
                break
            key.append(self._key(tokens[j]))
            value = self._forward.get(tuple(key))
            if value is not None:
                best = (value, j + 1)
        return best

    def match_before(self, text: str, tokens: list[Token], i: int) -> tuple[object, int] | None:
        """The longest phrase ending just before token ``i``: (value, index of its start)."""
        if not 0 < i <= len(tokens) or self._key(tokens[i - 1]) not in self._last_keys:
            return None
        best = None
        key: list[str] = []
        for j in range(i - 1, max(i - 1 - self.longest, -1), -1):
            if j < i - 1 and gap(text, tokens, j + 1) is None:
                break
            key.append(self._key(tokens[j]))
            value = self._backward.get(tuple(key))
            if value is not None:
                best = (value, j)
        return best


def table(text: str) -> dict[str, list[str]]:
    """A data table ``KEY: phrase, phrase`` (one key a line, '#' starts a comment)."""
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, rest = line.partition(":")
        rows.setdefault(key.strip(), []).extend(p.strip() for p in rest.split(",") if p.strip())
    return rows


def phrases(text: str) -> list[str]:
    """A comma-separated phrase list."""
    return [p.strip() for p in text.replace("\n", " ").split(",") if p.strip()]


def _invert(rows: dict[str, list[str]], convert=lambda k: k) -> dict[str, object]:
    return {phrase: convert(key) for key, forms in rows.items() for phrase in forms}


@dataclass(frozen=True)
class Unit:
    """What a currency form stands for: a currency and the share of its main unit."""

    currency: str | None
    factor: Decimal = Decimal(1)


@dataclass
class Lexicon:
    lang: str
    decimal_mark: str
    group_mark: str
    number_words: dict[str, int]
    number_part: re.Pattern  # one part of a (glued) number word
    joiners: frozenset[str]
    one_articles: frozenset[str]
    number_phrases: PhraseSet
    negative_words: frozenset[str]
    scales: PhraseSet  # value: power of ten
    scale_abbreviations: PhraseSet
    vague_scales: PhraseSet
    vague_multipliers: PhraseSet
    symbols: PhraseSet  # value: Unit; written before or after the number
    codes: PhraseSet  # value: Unit; capitals only
    dollar_prefixes: PhraseSet  # value: currency code, before "$"
    spaced_dollar_prefixes: frozenset[str]
    currency_words: PhraseSet  # value: Unit
    ambiguous_currency_words: PhraseSet  # value: tuple of the currencies the word may be
    scaled_currency_words: PhraseSet  # value: Unit; only after a scale word
    subunits: PhraseSet  # value: Unit
    cent_currencies: frozenset[str]
    cents_joiners: frozenset[str]
    currency_linkers: frozenset[str]
    approximate: PhraseSet
    range_words: frozenset[str]
    change_cues: PhraseSet  # value: False for a change ("from"), True for a range ("ranging from")
    between: frozenset[str]
    between_joiners: frozenset[str]
    percent: PhraseSet
    percent_of: PhraseSet
    basis_points: PhraseSet
    count_nouns: frozenset[str]
    money_cues: PhraseSet
    starts: frozenset[str] = frozenset()  # lower-cased tokens an amount can begin with
    _word_cache: dict[str, int | None] = field(default_factory=dict)

    def word_number(self, word: str) -> int | None:
        """The value of one number word, glued parts included ("vijfentwintig" -> 25)."""
        if word in self._word_cache:
            return self._word_cache[word]
        value = None
        if len(word) < 60:
            parts = [m.group() for m in self.number_part.finditer(word)]
            if (
                parts
                and "".join(parts) == word
                and parts[0] not in self.joiners
                and parts[-1] not in self.joiners
            ):
                value = combine([self.number_words[p] for p in parts if p not in self.joiners])
        if len(self._word_cache) < 100_000:
            self._word_cache[word] = value
        return value


def combine(values: list[int]) -> int | None:
    """Number-word values to one number: [2, 100, 50, 1000] -> 250000."""
    if not values:
        return None
    total, current = 0, 0
    for v in values:
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current


def _units(rows: dict[str, list[str]], with_factor: bool = False) -> dict[str, Unit]:
    def unit(key: str) -> Unit:
        code, _, factor = key.partition(" ")
        return Unit(code, Decimal(factor) if with_factor and factor else Decimal(1))

    return _invert(rows, unit)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language ("nl", "en"); built once per process."""
    numbers = language_data(lang, "numbers")
    currencies = language_data(lang, "currencies")
    cues = language_data(lang, "amount_cues")
    number_words = _invert(table(numbers.NUMBER_WORDS), int)
    joiners = words(numbers.NUMBER_JOINERS)
    parts = sorted(set(number_words) | joiners, key=len, reverse=True)
    part = re.compile("|".join(map(re.escape, parts)))
    lex = Lexicon(
        lang=lang,
        decimal_mark=numbers.DECIMAL_MARK,
        group_mark=numbers.GROUP_MARK,
        number_words=number_words,
        number_part=part,
        joiners=joiners,
        one_articles=words(numbers.ONE_ARTICLES),
        number_phrases=PhraseSet(_invert(table(numbers.NUMBER_PHRASES), Decimal)),
        negative_words=words(numbers.NEGATIVE_WORDS),
        scales=PhraseSet(_invert(table(numbers.SCALE_WORDS), int)),
        scale_abbreviations=PhraseSet(_invert(table(numbers.SCALE_ABBREVIATIONS), int)),
        vague_scales=PhraseSet(_invert(table(numbers.VAGUE_SCALE_WORDS), int)),
        vague_multipliers=PhraseSet(dict.fromkeys(phrases(cues.VAGUE_MULTIPLIERS), True)),
        symbols=PhraseSet(_units(table(common.CURRENCY_SYMBOLS)), case_sensitive=True),
        codes=PhraseSet(_units(table(common.ISO_CODES)), case_sensitive=True),
        dollar_prefixes=PhraseSet(_invert(table(common.DOLLAR_PREFIXES))),
        spaced_dollar_prefixes=frozenset(w.lower() for w in common.SPACED_DOLLAR_PREFIXES.split()),
        currency_words=PhraseSet(_units(table(currencies.CURRENCY_WORDS))),
        ambiguous_currency_words=PhraseSet(
            _invert(table(currencies.AMBIGUOUS_CURRENCY_WORDS), lambda k: tuple(k.split()))
        ),
        scaled_currency_words=PhraseSet(_units(table(currencies.SCALED_CURRENCY_WORDS))),
        subunits=PhraseSet(_units(table(currencies.SUBUNIT_WORDS), with_factor=True)),
        cent_currencies=words(common.CENT_CURRENCIES),
        cents_joiners=words(currencies.CENTS_JOINERS),
        currency_linkers=words(currencies.CURRENCY_LINKERS),
        approximate=PhraseSet(dict.fromkeys(phrases(cues.APPROXIMATE_CUES), True)),
        range_words=words(cues.RANGE_WORDS),
        change_cues=PhraseSet(
            dict.fromkeys(phrases(cues.CHANGE_CUES), False)
            | dict.fromkeys(phrases(cues.RANGE_CUES), True)
        ),
        between=words(cues.BETWEEN_WORDS),
        between_joiners=words(cues.BETWEEN_JOINERS),
        percent=PhraseSet(
            dict.fromkeys(phrases(cues.PERCENT_WORDS) + common.PERCENT_SIGNS.split(), True)
        ),
        percent_of=PhraseSet(dict.fromkeys(phrases(cues.PERCENT_OF), True)),
        basis_points=PhraseSet(dict.fromkeys(phrases(cues.BASIS_POINT_WORDS), True)),
        count_nouns=frozenset(w.lower() for w in words(cues.COUNT_NOUNS)),
        money_cues=PhraseSet(dict.fromkeys(phrases(cues.MONEY_CUES), True)),
    )
    lex.starts = frozenset().union(
        *(
            p.firsts
            for p in (
                lex.number_phrases,
                lex.vague_scales,
                lex.vague_multipliers,
                lex.symbols,
                lex.codes,
                lex.dollar_prefixes,
                lex.percent_of,
            )
        ),
        lex.one_articles,
        lex.negative_words,
        lex.between,
        {"-", "−", "–", "+"},
    )
    return lex
