"""The facts an extractor finds, tied to character offsets in the document text.

Offsets are Python ``str`` offsets into the stored document text, end exclusive, so a fact
survives a change of tokenizer. Values are exact decimals in base units (3,2 miljard dollar
is ``Decimal("3200000000")``; 80% is ``Decimal("80")``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


def _number(value: Decimal | None) -> int | float | None:
    """A JSON number for an exact decimal: an int when whole, else a float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class Amount:
    text: str
    start: int
    end: int
    kind: str  # "money" | "percent" | "basis_points"
    value: Decimal | None
    currency: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    approximate: bool = False
    vague: bool = False

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "kind": self.kind,
            "value": _number(self.value),
            "currency": self.currency,
            "low": _number(self.low),
            "high": _number(self.high),
            "approximate": self.approximate,
            "vague": self.vague,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    label: str  # "ORG" | "PERSON" | "GPE" | ...
    canonical: str

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
        }


@dataclass(frozen=True, slots=True)
class Deal:
    type: str
    source: str | None
    target: str | None
    text: str  # the evidence sentence
    start: int  # offsets of the evidence sentence
    end: int
    confidence: float
    amount: Decimal | None = None
    currency: str | None = None
    status: str | None = None  # announced | planned | rumoured | completed
    share: Decimal | None = None  # percentage of the target or project
    asset: str | None = None
    instrument: str | None = None
    horizon: str | None = None
    amount_text: str | None = None
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "amount": _number(self.amount),
            "currency": self.currency,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "share": _number(self.share),
            "asset": self.asset,
            "instrument": self.instrument,
            "horizon": self.horizon,
            "amount_text": self.amount_text,
        }
