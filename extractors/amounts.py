"""Money amounts, percentages and basis points in Dutch and English text.

``amounts_in_text(text, lang)`` finds them in plain text; ``extract_amounts(doc)`` in a spaCy
``Doc`` (``doc.text``, ``doc.lang_``); the ``"amounts"`` pipeline component stores them in
``doc._.amounts`` and as ``doc.spans["amounts"]``. Results are ``Amount``s, sorted by start and
never overlapping, with exact decimal values in base units (3,2 miljard -> 3200000000).

What is read, in words of the language data (``extractors/lang/<lang>/``; none are in code):

- money: a number with an optional scale ("miljard", "bn") and a currency written before it
  (symbol, ISO code, "C$") or after it (symbol, code, currency word, coin: "50 cent" is 0.50);
- percent: a number before a percent sign or word ("80%", "13 pct", "percentage van 30");
  percentage points are read as percent;
- basis_points: a number before a basis-point word ("50bp");
- ranges ("2.500 tot 6.700 miljard dollar", "tussen 10 en 12 procent", "$2.5-6.7 trillion"):
  ``low`` and ``high``, ``value == low``;
- vague amounts ("miljarden", "tientallen miljarden", "billions of dollars"): money with
  ``value`` None and ``vague`` True. A plural scale of a billion and up stands alone; below that
  it needs a multiplier ("honderden miljoenen") or a currency, since "millions" alone is as
  often people as money;
- an approximation cue directly before the number ("circa", "more than") sets ``approximate``
  and belongs to the span.

A number with a scale word but no currency ("de investering van 5 miljard") is money with
``currency`` None only when a money cue of the language data stands directly before it
("investeert", "ter waarde van", "worth"; an approximation cue may sit in between) and no count
noun follows it. The annotators write amounts with the currency as the text gives it and the
extractor never guesses a currency from elsewhere in the document; without such a cue a bare
scaled number is more often a count ("160 miljoen aandelen", "5 miljard mensen") and is not
reported. Bare numbers without a scale are never money.

Never amounts: numbers without a unit (years, counts, ratings "9 / 12", "7 op de 10", section
numbers), numbers inside URLs, e-mail addresses, times, numeric dates and phone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from extractors.amount_lexicon import (
    NUM,
    SIGN,
    WORD,
    Lexicon,
    Token,
    Unit,
    combine,
    gap,
    lexicon,
    tokenize,
)
from extractors.numbers import document_decimal_mark, exact, is_year, parse_digits
from extractors.types import Amount

__all__ = ["amounts_in_text", "extract_amounts", "AmountsComponent"]

_DASHES = frozenset("-–—")
_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
_ONE = Decimal(1)
# Spans no amount may overlap: URLs, e-mail addresses, times, numeric dates, phone numbers.
_BLOCKED = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|(?<![\d.,])\d{1,2}([/-])\d{1,2}\1\d{2,4}(?![\d.,]*\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}(?!\d)"
)


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A number and its scale, from token ``first`` to before token ``end``."""

    first: int
    end: int
    value: Decimal  # the number with its scale applied
    exponent: int  # the scale's power of ten, 0 when none
    word: bool  # written in words
    article: bool  # "a"/"an": only a number before a scale word or coin
    year: bool


@dataclass(frozen=True, slots=True)
class _Found:
    """An amount being built, in tokens: [first, end)."""

    first: int
    end: int
    kind: str | None  # None: a number with no unit yet
    value: Decimal | None
    currency: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    approximate: bool = False
    vague: bool = False
    quantity: _Quantity | None = None
    prefixed: bool = False  # the currency stood before the number


class _Parser:
    def __init__(self, text: str, lang: str):
        self.text = text
        self.lex: Lexicon = lexicon(lang)
        self.tokens: list[Token] = tokenize(text)
        self.mark = document_decimal_mark(text, self.lex.decimal_mark)

    # -- small readers over the token list ---------------------------------------------------

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def spaced(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` on the same line, glued or after spaces."""
        return gap(self.text, self.tokens, i) is not None

    def glued(self, i: int) -> bool:
        return gap(self.text, self.tokens, i) == ""

    def is_number_start(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and (t.kind == NUM or self.lex.word_number(t.low) is not None)

    # -- numbers -----------------------------------------------------------------------------

    def number(self, i: int, after_currency: bool = False) -> tuple[Decimal, int, bool, bool] | None:
        """(value, end, in words, is article) of the number starting at token ``i``."""
        t = self.tok(i)
        if t is None:
            return None
        lex = self.lex
        if t.kind == SIGN and t.text in _SIGNS and self.glued(i + 1):
            before = self.tok(i - 1)
            if before is not None and before.kind == NUM and self.spaced(i):
                return None  # "10-12": a range dash, not a sign
            inner = self.number(i + 1, after_currency)
            if inner is None or inner[2]:
                return None
            return inner[0] * _SIGNS[t.text], inner[1], False, False
        if t.kind == NUM:
            before = self.tok(i - 1)
            if not after_currency and before is not None and before.kind == WORD and self.glued(i):
                return None  # "Q3", "H2O"
            value = parse_digits(t.text, self.mark)
            return (value, i + 1, False, False) if value is not None else None
        if t.kind != WORD:
            return None
        if t.low in lex.negative_words and self.spaced(i + 1):
            inner = self.number(i + 1)
            return (-inner[0], inner[1], inner[2], False) if inner and not inner[3] else None
        phrase = lex.number_phrases.match(self.text, self.tokens, i)
        if phrase:
            return phrase[0], phrase[1], True, False
        if t.low in lex.one_articles:
            return _ONE, i + 1, True, True
        values: list[int] = []
        j, end = i, i
        while (tj := self.tok(j)) is not None and (j == i or self.spaced(j)):
            if tj.kind == SIGN and tj.text == "-" and values and self.glued(j) and self.glued(j + 1):
                j += 1
                continue
            if tj.low in lex.joiners and values and values[-1] >= 100 and self.is_number_start(j + 1):
                j += 1
                continue
            v = lex.word_number(tj.low) if tj.kind == WORD else None
            if v is None:
                break
            values.append(v)
            j = end = j + 1
        if not values:
            return None
        return Decimal(combine(values)), end, True, False

    def quantity(self, i: int, after_currency: bool = False) -> _Quantity | None:
        """A number with up to two scale words ("2.500 miljard", "duizend miljard", "27mrd")."""
        read = self.number(i, after_currency)
        if read is None:
            return None
        value, j, word, article = read
        exponent = 0
        for _ in range(2):
            found = self.scale(j, after_currency)
            if found is None:
                break
            exponent += found[0]
            j = found[1]
        raw = self.tokens[i].text
        return _Quantity(i, j, value.scaleb(exponent), exponent, word, article, is_year(raw))

    def scale(self, j: int, after_currency: bool) -> tuple[int, int] | None:
        if not self.spaced(j):
            return None
        lex = self.lex
        found = lex.scales.match(self.text, self.tokens, j)
        if found:
            return found[0], found[1]
        found = lex.scale_abbreviations.match(self.text, self.tokens, j)
        if found:
            one_letter = len(self.tokens[j].text) == 1 and found[1] == j + 1
            if one_letter and not (self.glued(j) or after_currency):
                return None
            end = found[1]
            dot = self.tok(end)
            if dot is not None and dot.text == "." and self.glued(end) and self.currency_after(end + 1):
                end += 1  # "5 mln. euro"
            return found[0], end
        return None

    # -- units -------------------------------------------------------------------------------

    def currency_after(self, j: int) -> tuple[Unit, int, bool, bool] | None:
        """A currency written after a number: (unit, end, is a coin word, is a sign or code)."""
        if not self.spaced(j):
            return None
        lex = self.lex
        t = self.tokens[j]
        if t.kind == SIGN and t.text in _DASHES and self.glued(j) and self.glued(j + 1):
            found = self.currency_after(j + 1)  # "12-cent", "one-yen"
            return found if found and not found[3] and self.tokens[j + 1].kind == WORD else None
        for phrases, coin in ((lex.subunits, True), (lex.currency_words, False)):
            found = phrases.match(self.text, self.tokens, j)
            if found and not (len(t.text) == 1 and found[1] == j + 1 and not self.glued(j)):
                return found[0], found[1], coin, False
        for phrases in (lex.codes, lex.symbols):
            found = phrases.match(self.text, self.tokens, j)
            # a sign or code before the next number is that number's: "in 2023 $5 miljard"
            if found and not (self.spaced(found[1]) and self.number_follows(found[1])):
                return found[0], found[1], False, True
        return None

    def number_follows(self, j: int) -> bool:
        t = self.tok(j)
        if t is not None and t.kind == SIGN and t.text in _SIGNS:
            t = self.tok(j + 1)
        return t is not None and t.kind == NUM

    def currency_before(self, i: int) -> tuple[Unit, int] | None:
        """A currency written before a number at token ``i``: (unit, index of the number)."""
        lex = self.lex
        t = self.tok(i)
        if t is None or (self.glued(i) and self.tokens[i - 1].kind != SIGN):
            return None
        unit, end = None, i
        prefix = lex.dollar_prefixes.match(self.text, self.tokens, i)
        if prefix is not None:
            dollar = self.tok(prefix[1])
            written = self.text[t.start : self.tokens[prefix[1] - 1].end].lower()
            spaced_ok = written in lex.spaced_dollar_prefixes and self.spaced(prefix[1])
            if dollar is not None and dollar.text == "$" and (self.glued(prefix[1]) or spaced_ok):
                unit, end = Unit(str(prefix[0])), prefix[1] + 1
        if unit is None:
            for phrases in (lex.symbols, lex.codes):
                found = phrases.match(self.text, self.tokens, i)
                if found:
                    unit, end = found[0], found[1]
                    break
        if unit is None or not self.spaced(end):
            return None
        return unit, end

    def unit_after(self, j: int, word: bool) -> tuple[str, Unit | None, int, bool] | None:
        """(kind, unit, end, coin) of what follows a number: percent, basis points, currency.

        A currency sign or code after a number written in words is not read ("een $")."""
        if not self.spaced(j):
            return None
        lex = self.lex
        for kind, phrases in (("percent", lex.percent), ("basis_points", lex.basis_points)):
            found = phrases.match(self.text, self.tokens, j)
            if found:
                return kind, None, found[1], False
        found = self.currency_after(j)
        if found and not (word and found[3]):
            return "money", found[0], found[1], found[2]
        return None

    def count_noun_after(self, j: int) -> bool:
        t = self.tok(j)
        if t is not None and t.low in self.lex.currency_linkers:
            t = self.tok(j + 1)
        return t is not None and t.low in self.lex.count_nouns

    # -- amounts -----------------------------------------------------------------------------

    def simple(self, i: int) -> _Found | None:
        """A number with its unit starting at token ``i`` (a currency sign may come first)."""
        before = self.currency_before(i)
        q = self.quantity(before[1] if before else i, after_currency=before is not None)
        if q is None:
            return None
        after = self.unit_after(q.end, q.word)
        if before is not None:
            unit, end = before[0], q.end
            if after and after[0] == "money" and after[1].currency == unit.currency and not after[3]:
                end = after[2]  # "US$ 5 miljard dollar"
            if q.article:
                return None
            return self._money(i, end, q, unit, prefixed=True)
        if after is None:
            if q.article or q.word and not q.exponent:
                return None
            return _Found(i, q.end, None, q.value, quantity=q)
        kind, unit, end, coin = after
        if q.article and not (q.exponent or coin):
            return None
        if kind != "money":
            if q.article:
                return None
            return _Found(i, end, kind, q.value, quantity=q)
        found = self._money(i, end, q, unit)
        if not coin and not q.exponent and q.value == q.value.to_integral_value():
            found = self.cents(found, unit)
        return found

    def _money(self, i: int, end: int, q: _Quantity, unit: Unit, prefixed: bool = False) -> _Found:
        dash = self.tok(end)
        if dash is not None and dash.text == "," and self.glued(end) and self.tok(end + 1) \
                and self.tokens[end + 1].text in _DASHES and self.glued(end + 1):
            end += 2  # "€ 24,-"
        return _Found(i, end, "money", q.value * unit.factor, unit.currency, quantity=q,
                      prefixed=prefixed)

    def cents(self, found: _Found, unit: Unit) -> _Found:
        """"5 euro 50", "3 euro en 50 cent", "thirteen dollars and forty-five cents"."""
        j = found.end
        t = self.tok(j)
        if t is not None and t.low in self.lex.cents_joiners and self.spaced(j):
            j += 1
        if not self.spaced(j):
            return found
        read = self.number(j)
        if read is None or read[3] or not (0 < read[0] < 100) or read[0] != int(read[0]):
            return found
        if not read[2] and len(self.tokens[j].text) > 2:
            return found
        end = read[1]
        coin = self.currency_after(end)
        if coin and coin[2] and coin[0].factor == Decimal("0.01"):
            end = coin[1]
        else:
            nxt = self.tok(end)
            if nxt is not None and self.spaced(end) and nxt.kind != SIGN \
                    and nxt.low not in self.lex.cents_joiners:
                return found
            if nxt is not None and nxt.text in "%$€£" and self.spaced(end):
                return found
        return replace(found, end=end, value=found.value + read[0] / 100 * unit.factor)

    def ranged(self, a: _Found) -> _Found:
        """Widen ``a`` into a range when a second number follows ("10 tot 12 procent").

        A dash or range word joins two numbers; two amounts with their own units are not
        joined after a change cue ("rose from $5bn to $7bn": two amounts)."""
        r = a.end
        t = self.tok(r)
        if t is None or not self.spaced(r) or not self.spaced(r + 1) or a.quantity is None:
            return a
        dash = t.kind == SIGN and t.text in _DASHES
        if not dash and (t.kind != WORD or t.low not in self.lex.range_words):
            return a
        b = self.simple(r + 1)
        if not dash and a.kind is not None and b is not None and b.kind is not None:
            cue = self.lex.change_cues.match_before(self.text, self.tokens, a.first)
            if cue is not None and cue[0] is False:
                return a
        return self.join(a, b) or a

    def join(self, a: _Found, b: _Found | None) -> _Found | None:
        """One range from ``a`` (the low end, unit and scale maybe left to ``b``) and ``b``."""
        if b is None or b.quantity is None or a.quantity is None:
            return None
        qa, qb = a.quantity, b.quantity
        if qa.year and not qa.exponent or b.kind is None and a.kind is None:
            return None
        if b.kind is None and (qb.year or qa.exponent and not qb.exponent):
            return None  # "circa $1,4 biljoen tot 2028"
        kind = b.kind or a.kind
        currency = b.currency or a.currency
        if a.kind not in (None, kind) or b.kind not in (None, kind):
            return None
        if a.currency and b.currency and a.currency != b.currency:
            return None
        low, high = a.value, b.value
        if not qa.exponent and qb.exponent and a.kind in (None, "money") and not (
            a.kind == "money" and not a.prefixed
        ):
            low = low.scaleb(qb.exponent)
        if kind == "money" and a.kind is None and b.value is not None and qb.value:
            low = low * (b.value / qb.value)  # the coin factor of "10 tot 20 cent"
        if high is None or low > high:
            return None
        return _Found(a.first, b.end, kind, low, currency, low, high, quantity=qb)

    def between(self, i: int) -> _Found | None:
        t = self.tokens[i]
        if t.low not in self.lex.between or not self.spaced(i + 1):
            return None
        a = self.simple(i + 1)
        if a is None or a.vague:
            return None
        j = a.end
        if not (self.tok(j) and self.tokens[j].low in self.lex.between_joiners and self.spaced(j)
                and self.spaced(j + 1)):
            return None
        found = self.join(a, self.simple(j + 1))
        return replace(found, first=i) if found else None

    def percent_of(self, i: int) -> _Found | None:
        found = self.lex.percent_of.match(self.text, self.tokens, i)
        if found is None or not self.spaced(found[1]):
            return None
        read = self.number(found[1])
        if read is None or read[3]:
            return None
        return _Found(i, read[1], "percent", read[0])

    def vague(self, i: int) -> _Found | None:
        lex = self.lex
        multiplier = lex.vague_multipliers.match(self.text, self.tokens, i)
        scale = None
        if multiplier and self.spaced(multiplier[1]):
            j = multiplier[1]
            scale = lex.vague_scales.match(self.text, self.tokens, j) or lex.scales.match(
                self.text, self.tokens, j
            )  # "tientallen miljarden", "several billion"
        if scale is None:
            multiplier = None
            scale = lex.vague_scales.match(self.text, self.tokens, i)
        if scale is None:
            return None
        exponent, end = scale
        currency = None
        link = self.tok(end)
        k = end + 1 if link is not None and link.low in lex.currency_linkers and self.spaced(end) else end
        unit = self.currency_after(k)
        if unit is not None and not unit[2]:
            currency, end = unit[0].currency, unit[1]
        elif self.count_noun_after(end):
            return None
        if currency is None and (exponent < 6 or exponent < 9 and not multiplier):
            return None
        return _Found(i, end, "money", None, currency, vague=True)

    def amount_at(self, i: int, floor: int) -> _Found | None:
        t = self.tokens[i]
        found = None
        if t.kind == WORD:
            found = self.between(i) or self.percent_of(i) or self.vague(i)
        if found is None:
            found = self.simple(i)
            if found is not None:
                found = self.ranged(found)
            if found is not None and found.kind is None:
                found = self.bare_money(found, floor)
        if found is None or found.kind is None:
            return None
        cue = self.lex.approximate.match_before(self.text, self.tokens, found.first)
        if cue is not None and cue[1] >= floor and self.spaced(found.first) \
                and not self.glued(found.first):
            found = replace(found, first=cue[1], approximate=True)
        return found

    def bare_money(self, found: _Found, floor: int) -> _Found | None:
        """A scaled number with no currency, after a money cue ("investeert 5 miljard")."""
        q = found.quantity
        if q is None or not q.exponent or self.count_noun_after(found.end):
            return None
        start = found.first
        cue = self.lex.approximate.match_before(self.text, self.tokens, start)
        if cue is not None and cue[1] >= floor:
            start = cue[1]
        money = self.lex.money_cues.match_before(self.text, self.tokens, start)
        if money is None or money[1] < floor or not self.spaced(start):
            return None
        return replace(found, kind="money")

    def amounts(self) -> list[Amount]:
        blocked = [m.span() for m in _BLOCKED.finditer(self.text)]
        out: list[Amount] = []
        i, floor, b = 0, 0, 0
        while i < len(self.tokens):
            found = self.amount_at(i, floor)
            if found is None:
                i += 1
                continue
            start, end = self.tokens[found.first].start, self.tokens[found.end - 1].end
            while b < len(blocked) and blocked[b][1] <= start:
                b += 1
            if b < len(blocked) and blocked[b][0] < end:
                i += 1
                continue
            out.append(_amount(self.text, start, end, found))
            i = floor = found.end
        return out


def _amount(text: str, start: int, end: int, f: _Found) -> Amount:
    def value(v: Decimal | None) -> Decimal | None:
        return exact(v) if v is not None else None

    return Amount(
        text=text[start:end],
        start=start,
        end=end,
        kind=f.kind,
        value=value(f.value),
        currency=f.currency if f.kind == "money" else None,
        low=value(f.low),
        high=value(f.high),
        approximate=f.approximate,
        vague=f.vague,
    )


def amounts_in_text(text: str, lang: str) -> list[Amount]:
    """Every money amount, percentage and basis-point figure in ``text`` ("nl" or "en")."""
    return _Parser(text, lang).amounts()


def extract_amounts(doc: Doc) -> list[Amount]:
    """Every amount in a spaCy ``Doc``, read from ``doc.text`` in the language ``doc.lang_``."""
    return amounts_in_text(doc.text, doc.lang_)


class AmountsComponent:
    """Sets ``doc._.amounts`` (a list of ``Amount``) and ``doc.spans["amounts"]``."""

    def __init__(self, name: str = "amounts"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        amounts = extract_amounts(doc)
        doc._.amounts = amounts
        spans = [doc.char_span(a.start, a.end, label=a.kind, alignment_mode="expand") for a in amounts]
        doc.spans[self.name] = [s for s in spans if s is not None]
        return doc


@Language.factory("amounts", assigns=["doc._.amounts", "doc.spans"])
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    if not Doc.has_extension("amounts"):
        Doc.set_extension("amounts", default=None)
    return AmountsComponent(name)
