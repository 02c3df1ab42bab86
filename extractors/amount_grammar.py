"""Amounts from their parts: a unit with its number, ranges, vague amounts, cues.

``find_amounts(text, lang)`` walks the tokens left to right; at each token that can begin an
amount it tries, in order, a "between" range, a reversed percentage ("percent of 10"), a vague
amount, then a number with its unit, widened into a range when a second number follows, and
finally an approximation cue before it. An amount found is never overlapped by a later one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from extractors.amount_lexicon import NUM, SIGN, WORD, Unit
from extractors.amount_reader import DASHES, AmountReader, Quantity
from extractors.numbers import exact
from extractors.types import Amount

# Spans no amount may overlap: URLs, e-mail addresses, times, numeric dates, phone numbers.
# "(?=\d)" before a look-behind only saves trying it where no digit is (the same matches).
_BLOCKED = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?=\d)(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|(?=\d)(?<![\d.,])\d{1,2}([/-])\d{1,2}\1\d{2,4}(?![\d.,]*\d)"
    r"|(?=\d)(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}(?!\d)"
)


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
    quantity: Quantity | None = None
    prefixed: bool = False  # the currency stood before the number


class AmountParser(AmountReader):
    """Puts numbers and units together into amounts, for one text."""

    def simple(self, i: int) -> _Found | None:
        """A number with its unit starting at token ``i`` (a currency sign may come first)."""
        before = self.currency_before(i)
        q = self.quantity(before[1] if before else i, after_currency=before is not None)
        if q is None:
            return None
        after = self.unit_after(q.end, q.word, bool(q.exponent))
        if before is not None:
            unit, end = before[0], q.end
            if (
                after
                and after[0] == "money"
                and after[1].currency == unit.currency
                and not after[3]
            ):
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

    def _money(self, i: int, end: int, q: Quantity, unit: Unit, prefixed: bool = False) -> _Found:
        dash = self.tok(end)
        if (
            dash is not None
            and dash.text == ","
            and self.glued(end)
            and self.tok(end + 1)
            and self.tokens[end + 1].text in DASHES
            and self.glued(end + 1)
        ):
            end += 2  # "€ 24,-"
        return _Found(
            i, end, "money", q.value * unit.factor, unit.currency, quantity=q, prefixed=prefixed
        )

    def cents(self, found: _Found, unit: Unit) -> _Found:
        """Cents after a whole amount in a currency word: "5 euro 50", "3 euro en 50 cent"."""
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
            if (
                nxt is not None
                and self.spaced(end)
                and nxt.kind != SIGN
                and nxt.low not in self.lex.cents_joiners
            ):
                return found
            if nxt is not None and self.spaced(end) and (
                self.lex.percent.match(self.text, self.tokens, end)
                or self.lex.symbols.match(self.text, self.tokens, end)
            ):
                return found  # "5 euro en 10 %": the 10 is a percentage
        return replace(found, end=end, value=found.value + read[0] / 100 * unit.factor)

    def ranged(self, a: _Found) -> _Found:
        """Widen ``a`` into a range when a second number follows ("10 tot 12 procent").

        A dash or range word joins two numbers; two amounts with their own units are not
        joined after a change cue ("rose from $5bn to $7bn": two amounts)."""
        r = a.end
        t = self.tok(r)
        if t is None or not self.spaced(r) or not self.spaced(r + 1) or a.quantity is None:
            return a
        dash = t.kind == SIGN and t.text in DASHES
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
        if not qa.exponent and qb.exponent and (a.kind is None or a.prefixed):
            low = low.scaleb(qb.exponent)  # "2.500 tot 6.700 miljard", "$2.5-6.7 trillion"
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
        if not (
            self.tok(j)
            and self.tokens[j].low in self.lex.between_joiners
            and self.spaced(j)
            and self.spaced(j + 1)
        ):
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
        k = (
            end + 1
            if link is not None and link.low in lex.currency_linkers and self.spaced(end)
            else end
        )
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
        if (
            cue is not None
            and cue[1] >= floor
            and self.spaced(found.first)
            and not self.glued(found.first)
        ):
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
        lex, tokens = self.lex, self.tokens
        while i < len(tokens):
            t = tokens[i]
            if (
                t.kind != NUM
                and t.low not in lex.starts
                and (t.kind != WORD or lex.word_number(t.low) is None)
            ):
                i += 1
                continue
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
            if found.kind == "money" and found.currency:
                self.last_currency = found.currency
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


def find_amounts(text: str, lang: str) -> list[Amount]:
    return AmountParser(text, lang).amounts()
