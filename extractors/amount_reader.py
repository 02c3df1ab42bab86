"""Reading one amount's parts at a token: its number, scale words and currency or unit.

``AmountReader`` holds one text cut into tokens and answers questions such as "which number
starts at token i?" or "which currency follows token j?"; ``extractors.amount_grammar`` puts
the answers together into amounts. All words come from the language data.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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
from extractors.numbers import document_decimal_mark, is_year, parse_digits

DASHES = frozenset("-–—")
SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
_ONE = Decimal(1)
# "one hundred and twenty-five thousand three hundred and forty-five" is 17 tokens
_MAX_WORD_NUMBER_TOKENS = 24


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and its scale, from token ``first`` to before token ``end``."""

    first: int
    end: int
    value: Decimal  # the number with its scale applied
    exponent: int  # the scale's power of ten, 0 when none
    word: bool  # written in words
    article: bool  # "a"/"an": only a number before a scale word or coin
    year: bool


class AmountReader:
    """Reads numbers, scales and units at a token position of one text."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lex: Lexicon = lexicon(lang)
        self.tokens: list[Token] = tokenize(text)
        self.mark = document_decimal_mark(text, self.lex.decimal_mark)
        self.last_currency: str | None = None  # of the last money amount found
        self._named: frozenset[str] | None = None

    def named_currencies(self) -> frozenset[str]:
        """Currencies the document names with a currency word ("Deense kroon")."""
        if self._named is None:
            words = self.lex.currency_words
            self._named = frozenset(
                found[0].currency
                for i in range(len(self.tokens))
                if (found := words.match(self.text, self.tokens, i)) is not None
            )
        return self._named

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

    def number(
        self, i: int, after_currency: bool = False
    ) -> tuple[Decimal, int, bool, bool] | None:
        """(value, end, in words, is article) of the number starting at token ``i``."""
        t = self.tok(i)
        if t is None:
            return None
        lex = self.lex
        if t.kind == SIGN and t.text in SIGNS and self.glued(i + 1):
            before = self.tok(i - 1)
            if before is not None and before.kind == NUM and self.spaced(i):
                return None  # "10-12": a range dash, not a sign
            if self.tokens[i + 1].kind != NUM:
                return None
            inner = self.number(i + 1, after_currency)
            if inner is None:
                return None
            return inner[0] * SIGNS[t.text], inner[1], False, False
        if t.kind == NUM:
            before = self.tok(i - 1)
            if not after_currency and before is not None and before.kind == WORD and self.glued(i):
                return None  # "Q3", "H2O"
            value = parse_digits(t.text, self.mark)
            return (value, i + 1, False, False) if value is not None else None
        if t.kind != WORD:
            return None
        if t.low in lex.negative_words and self.spaced(i + 1):
            nxt = self.tok(i + 1)
            if nxt is None or nxt.low in lex.negative_words or nxt.kind == SIGN:
                return None
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
            if j - i >= _MAX_WORD_NUMBER_TOKENS:
                return None
            if (
                tj.kind == SIGN
                and tj.text == "-"
                and values
                and self.glued(j)
                and self.glued(j + 1)
            ):
                j += 1
                continue
            if (
                tj.low in lex.joiners
                and values
                and values[-1] >= 100
                and self.is_number_start(j + 1)
            ):
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

    def quantity(self, i: int, after_currency: bool = False) -> Quantity | None:
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
        return Quantity(i, j, value.scaleb(exponent), exponent, word, article, is_year(raw))

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
            if (
                dot is not None
                and dot.text == "."
                and self.glued(end)
                and self.currency_after(end + 1)
            ):
                end += 1  # "5 mln. euro"
            return found[0], end
        return None

    # -- units -------------------------------------------------------------------------------

    def currency_after(self, j: int, scaled: bool = False) -> tuple[Unit, int, bool, bool] | None:
        """A currency written after a number: (unit, end, is a coin word, is a sign or code)."""
        if not self.spaced(j):
            return None
        lex = self.lex
        t = self.tokens[j]
        if t.kind == SIGN and t.text in DASHES and self.glued(j) and self.glued(j + 1):
            found = self.currency_after(j + 1)  # "12-cent", "one-yen"
            return found if found and not found[3] and self.tokens[j + 1].kind == WORD else None
        for phrases, coin in ((lex.subunits, True), (lex.currency_words, False)):
            found = phrases.match(self.text, self.tokens, j)
            if found and not (len(t.text) == 1 and found[1] == j + 1 and not self.glued(j)):
                unit = found[0]
                if (
                    coin
                    and unit.currency in lex.cent_currencies
                    and self.last_currency in lex.cent_currencies
                ):
                    unit = Unit(self.last_currency, unit.factor)  # "€2.5 billion, or 50 cents"
                return unit, found[1], coin, False
        found = lex.ambiguous_currency_words.match(self.text, self.tokens, j)
        if found:
            named = [c for c in found[0] if c in self.named_currencies()]
            return Unit(named[0] if len(named) == 1 else None), found[1], False, False
        if scaled:
            found = lex.scaled_currency_words.match(self.text, self.tokens, j)
            if found:
                return found[0], found[1], False, False
        for phrases in (lex.codes, lex.symbols):
            found = phrases.match(self.text, self.tokens, j)
            # a sign or code before the next number is that number's: "in 2023 $5 miljard"
            if found and not (self.spaced(found[1]) and self.number_follows(found[1])):
                return found[0], found[1], False, True
        return None

    def number_follows(self, j: int) -> bool:
        t = self.tok(j)
        if t is not None and t.kind == SIGN and t.text in SIGNS:
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

    def unit_after(
        self, j: int, word: bool, scaled: bool = False
    ) -> tuple[str, Unit | None, int, bool] | None:
        """(kind, unit, end, coin) of what follows a number: percent, basis points, currency.

        A currency sign or code after a number written in words is not read ("een $")."""
        if not self.spaced(j):
            return None
        lex = self.lex
        for kind, phrases in (("percent", lex.percent), ("basis_points", lex.basis_points)):
            found = phrases.match(self.text, self.tokens, j)
            if found:
                return kind, None, found[1], False
        found = self.currency_after(j, scaled)
        if found and not (word and found[3]):
            return "money", found[0], found[1], found[2]
        return None

    def count_noun_after(self, j: int) -> bool:
        t = self.tok(j)
        if t is not None and t.low in self.lex.currency_linkers:
            t = self.tok(j + 1)
        return t is not None and t.low in self.lex.count_nouns
