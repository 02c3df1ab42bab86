"""Digit numbers to exact decimals, with the decimal mark resolved.

"3,2" and "1.234.567,89" say by their shape which mark is the decimal one. "1.500" and "1,500"
do not: a mark followed by exactly three digits is read with the document's style, which is
the language's convention ("," decimal in Dutch, "." in English) unless the document's own
unambiguous numbers all use the other one (an English text quoting Dutch figures).
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext

_SPACES = " \u00a0\u202f\u2009"
MAX_DIGITS = 24  # longer digit runs are ids, hashes or noise, never amounts

# Unambiguous evidence of a style: a lone mark followed by other than three digits, a mark
# after a leading zero, or several group marks in a row. Each opens with "(?=\d)": the same
# matches, but a position that holds no digit is passed without trying the look-behind (the
# searches took four times as long without it, and read every document).
_DECIMAL_COMMA = re.compile(
    r"(?=\d)(?<![\d.,])(?:\d+,\d{1,2}|0,\d+|\d+,\d{4,}|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,})(?![\d.,]*\d)"
)
_DECIMAL_DOT = re.compile(
    r"(?=\d)(?<![\d.,])(?:\d+\.\d{1,2}|0\.\d+|\d+\.\d{4,}|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,})(?![\d.,]*\d)"
)


def document_decimal_mark(text: str, default: str) -> str:
    """The decimal mark a document uses for its ambiguous numbers ("," or ".")."""
    other = "." if default == "," else ","
    own = _DECIMAL_COMMA if default == "," else _DECIMAL_DOT
    foreign = _DECIMAL_DOT if default == "," else _DECIMAL_COMMA
    if foreign.search(text) and not own.search(text):
        return other
    return default


def parse_digits(raw: str, decimal_mark: str) -> Decimal | None:
    """A digit number as written ("1.234.567,89", "3,2", "1 500") to an exact decimal.

    ``decimal_mark`` decides only a lone mark followed by exactly three digits."""
    s = raw
    for space in _SPACES:
        s = s.replace(space, "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
    elif dots + commas == 0:
        decimal = None
    elif dots + commas > 1:
        decimal = None  # "1.234.567": group marks only
    else:
        mark = "." if dots else ","
        whole, frac = s.split(mark)
        if len(frac) != 3 or whole == "0" or raw != s:
            decimal = mark  # "3,2", "0,125"; after space groups a mark is the decimal one
        else:
            decimal = mark if mark == decimal_mark else None
    if decimal is None:
        digits = s.replace(".", "").replace(",", "")
    else:
        group = "," if decimal == "." else "."
        whole, _, frac = s.rpartition(decimal)
        digits = whole.replace(group, "") + "." + frac
    if len(digits.split(".")[0]) > MAX_DIGITS or not digits.replace(".", "").isdigit():
        return None
    return Decimal(digits)


def exact(value: Decimal) -> Decimal:
    """The canonical form of a value: no exponent, no trailing zeros ("3.2E+9" -> 3200000000)."""
    with localcontext() as ctx:
        ctx.prec = 80
        value = value.normalize()
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value


def is_year(raw: str) -> bool:
    """A bare four-digit number that reads as a year (1900-2099)."""
    return len(raw) == 4 and raw.isdigit() and raw[:2] in ("19", "20")
