"""FX tables: converting deal amounts between currencies only with rates the output states.

A table is a CSV file with a few ``# key: value`` header lines and two columns::

    # date: 2024-12-31            the day the rates are for (stated in every converted figure)
    # base: EUR                   the currency the rates are quoted against (required)
    # source: ECB reference rates where the rates come from (optional; default: the file name)
    currency,rate
    USD,1.0389                    units of the currency per 1 unit of the base currency
    GBP,0.82918

``kb/data/fx_reference.csv`` is the shipped, dated reference table.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from ingest.errors import FxTableError

_CODE = re.compile(r"[A-Z]{3}")
_HEADER = re.compile(r"#\s*(\w+)\s*:\s*(.*)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class FxTable:
    base: str
    date: str | None
    source: str
    rates: dict[str, Decimal]  # units of each currency per 1 unit of ``base``

    def rate(self, currency: str, to: str) -> Decimal | None:
        """Units of ``to`` per 1 unit of ``currency``, or None when the table lacks either."""
        if currency not in self.rates or to not in self.rates:
            return None
        return self.rates[to] / self.rates[currency]

    def convert(self, amount: Decimal, currency: str, to: str) -> Decimal | None:
        rate = self.rate(currency, to)
        return None if rate is None else amount * rate

    def describe(self, to: str) -> str:
        """The sentence every converted figure is printed with."""
        return f"converted to {to} at rates of {self.date or 'an unstated date'} ({self.source})"


def parse_fx(text: str, name: str) -> FxTable:
    """An FX table from the text of a file called ``name`` (for the error messages)."""
    meta: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        header = _HEADER.match(line.strip())
        if header:
            meta[header.group(1).lower()] = header.group(2).strip()
        elif line.strip() and not line.lstrip().startswith("#"):
            body.append(line)
    base = meta.get("base", "").upper()
    if not _CODE.fullmatch(base):
        raise FxTableError(f"{name}: needs a '# base: EUR' line naming the currency the rates are quoted against")
    date = meta.get("date") or None
    if date is not None and not _DATE.fullmatch(date):
        raise FxTableError(f"{name}: '# date:' must be a date like 2024-12-31, not {date!r}")
    reader = csv.DictReader(io.StringIO("\n".join(body)))
    fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
    if "currency" not in fields or "rate" not in fields:
        raise FxTableError(f"{name}: needs the columns 'currency,rate'")
    rates = {base: Decimal(1)}
    for number, row in enumerate(reader, start=2):
        code = (row[fields["currency"]] or "").strip().upper()
        try:
            rate = Decimal((row[fields["rate"]] or "").strip())
        except InvalidOperation:
            rate = Decimal(0)
        if not _CODE.fullmatch(code) or not rate.is_finite() or rate <= 0:
            raise FxTableError(f"{name}: data row {number - 1} is not a currency code and a positive rate")
        if code == base and rate != 1:
            raise FxTableError(f"{name}: the base currency {base} must have rate 1")
        rates[code] = rate
    return FxTable(base=base, date=date, source=meta.get("source") or name, rates=rates)


def load_fx(path: str | Path) -> FxTable:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FxTableError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FxTableError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    return parse_fx(text, str(path))


def reference_fx() -> FxTable:
    """The shipped reference table (its date and source are in its header)."""
    text = resources.files("kb").joinpath("data", "fx_reference.csv").read_text(encoding="utf-8")
    return parse_fx(text, "fx_reference.csv")
