"""Exposure: what each entity committed to others and what others committed to it.

Totals are kept per currency: amounts in different currencies are never added, unless an FX
table is given, and then every converted row states the rates, their date and their source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import sqlite_utils

from kb.fx import FxTable
from kb.queries import direction, number, plain, resolve_entity

_CENT = Decimal("0.01")
_CHUNK = 500  # bound parameters per query, under SQLite's limit


@dataclass(frozen=True)
class ExposureRow:
    """One entity's deals of one type and direction, with one counterparty (``scope`` is
    ``"counterparty"``) or with all of them (``scope`` is ``"total"``, ``counterparty`` None),
    totalled in one currency.

    ``direction``: ``given`` (the entity is the guarantor, investor, lender, acquirer, ...),
    ``received`` (others committed it to the entity) or ``partner`` (joint ventures).
    ``total`` is None when no deal in the row states an amount. ``by_currency`` holds the
    totals in the currencies the deals were reported in; with an FX table, ``total`` is their
    sum converted into ``currency`` at ``fx_rates`` (units of ``currency`` per unit of each).
    """

    entity: str
    counterparty: str | None
    scope: str
    type: str
    direction: str
    currency: str | None
    total: int | float | None
    deals: int
    deals_without_amount: int
    counterparties: int
    documents: list[int]
    by_currency: dict[str, int | float]
    fx_rates: dict[str, float] | None = None
    fx_date: str | None = None
    fx_source: str | None = None

    def to_dict(self) -> dict:
        return plain(self)


@dataclass
class _Bucket:
    total: Decimal | None = None
    deals: int = 0
    without_amount: int = 0
    documents: set[int] = field(default_factory=set)
    counterparties: set[int] = field(default_factory=set)
    by_currency: dict[str, Decimal] = field(default_factory=dict)
    rates: dict[str, Decimal] = field(default_factory=dict)

    def add(self, amount: Decimal | None, currency: str | None, converted: Decimal | None,
            rate: Decimal | None, documents: list[int], counterparty: int | None) -> None:
        self.deals += 1
        self.documents.update(documents)
        if counterparty is not None:
            self.counterparties.add(counterparty)
        if amount is None:
            self.without_amount += 1
            return
        value = amount if converted is None else converted
        self.total = value if self.total is None else self.total + value
        key = currency or "?"
        self.by_currency[key] = self.by_currency.get(key, Decimal(0)) + amount
        if rate is not None:
            self.rates[key] = rate


def _parents(db: sqlite_utils.Database) -> dict[int, int]:
    return dict(db.execute("SELECT id, parent_id FROM entities WHERE parent_id IS NOT NULL").fetchall())


def _root(entity_id: int, parents: dict[int, int]) -> int:
    """The top of an entity's parent chain (Google for Google Cloud); a cycle stops the walk."""
    seen = {entity_id}
    while entity_id in parents and parents[entity_id] not in seen:
        entity_id = parents[entity_id]
        seen.add(entity_id)
    return entity_id


def _descendants(entity_id: int, parents: dict[int, int]) -> set[int]:
    return {child for child in parents if _root_within(child, entity_id, parents)}


def _root_within(child: int, ancestor: int, parents: dict[int, int]) -> bool:
    seen = {child}
    while child in parents and parents[child] not in seen:
        child = parents[child]
        if child == ancestor:
            return True
        seen.add(child)
    return False


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start: start + _CHUNK]


def _deals(db: sqlite_utils.Database, members: set[int] | None) -> list[tuple]:
    """(id, type, source_id, target_id, amount, currency) of every deal a member is party to."""
    if members is None:
        return db.execute("SELECT id, type, source_id, target_id, amount, currency FROM deals").fetchall()
    rows: dict[int, tuple] = {}
    for ids in _chunks(sorted(members)):
        marks = ", ".join("?" * len(ids))
        for row in db.execute(
            f"""SELECT id, type, source_id, target_id, amount, currency FROM deals
                WHERE id IN (SELECT id FROM deals WHERE source_id IN ({marks})
                             UNION SELECT id FROM deals WHERE target_id IN ({marks}))""",
            ids + ids,
        ):
            rows[row[0]] = row
    return [rows[key] for key in sorted(rows)]


def _lookup(db: sqlite_utils.Database, sql: str, ids: list[int]) -> list[tuple]:
    found = []
    for chunk in _chunks(ids):
        found += db.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk).fetchall()
    return found


def exposure(
    db: sqlite_utils.Database,
    name: str | None = None,
    rollup: bool = False,
    fx: FxTable | None = None,
    to: str = "USD",
) -> list[ExposureRow]:
    """Exposure of the entity ``name`` (any alias), or of every entity.

    ``rollup`` counts the deals of divisions (entities whose ``parent_id`` leads up to another)
    as their top parent's, on both sides, and leaves out deals within one group. ``fx``
    converts every amount it has a rate for into ``to``; amounts in a currency it lacks stay in
    rows of their own currency, with ``fx_rates`` None.
    """
    if fx is not None and fx.rate(to, to) is None:
        from ingest.errors import FxTableError

        raise FxTableError(f"{fx.source}: has no rate for {to}, the currency to convert into")
    parents = _parents(db) if rollup else {}
    ref = resolve_entity(db, name) if name is not None else None
    members = None
    if ref is not None:
        members = {ref.id} | (_descendants(ref.id, parents) if rollup else set())
    rows = _deals(db, members)
    documents: dict[int, list[int]] = {}
    deal_ids = [row[0] for row in rows]
    sql = "SELECT deal_id, document_id FROM deal_sources WHERE deal_id IN ({marks})"
    for deal_id, document_id in (_lookup(db, sql, deal_ids) if members is not None
                                 else db.execute("SELECT deal_id, document_id FROM deal_sources")):
        documents.setdefault(deal_id, []).append(document_id)

    buckets: dict[tuple, _Bucket] = {}
    for deal_id, deal_type, source_id, target_id, amount_text, currency in rows:
        amount = None if amount_text is None else Decimal(amount_text)
        rate = None if fx is None or currency is None else fx.rate(currency, to)
        converted = None if rate is None or amount is None else amount * rate
        key_currency = to if rate is not None else currency
        for party, other, is_source in ((source_id, target_id, True), (target_id, source_id, False)):
            if party is None or (members is not None and party not in members):
                continue
            entity = ref.id if ref is not None else (_root(party, parents) if rollup else party)
            counterparty = None if other is None else (_root(other, parents) if rollup else other)
            if counterparty == entity or (members is not None and other in members):
                continue  # a deal within the entity (or, rolled up, within its group)
            side = direction(deal_type, is_source)
            for scope_key in ((entity, counterparty, "counterparty"), (entity, None, "total")):
                key = (*scope_key, deal_type, side, key_currency)
                bucket = buckets.get(key)
                if bucket is None:
                    bucket = buckets[key] = _Bucket()
                bucket.add(amount, currency, converted, rate, documents.get(deal_id, []), counterparty)

    ids = sorted({key[0] for key in buckets} | {key[1] for key in buckets if key[1] is not None})
    names = dict(_lookup(db, "SELECT id, name FROM entities WHERE id IN ({marks})", ids))
    result = [_row(key, bucket, names, fx) for key, bucket in buckets.items()]
    result.sort(key=lambda r: (r.entity.casefold(), r.type, r.direction, r.scope != "total",
                               -(r.total or 0), r.currency or "", (r.counterparty or "").casefold()))
    return result


def _row(key: tuple, bucket: _Bucket, names: dict[int, str], fx: FxTable | None) -> ExposureRow:
    entity, counterparty, scope, deal_type, side, currency = key
    total = bucket.total
    converted = bool(bucket.rates)
    if converted and total is not None:
        total = total.quantize(_CENT)
    return ExposureRow(
        entity=names[entity],
        counterparty=None if counterparty is None else names[counterparty],
        scope=scope,
        type=deal_type,
        direction=side,
        currency=currency,
        total=number(total),
        deals=bucket.deals,
        deals_without_amount=bucket.without_amount,
        counterparties=len(bucket.counterparties),
        documents=sorted(bucket.documents),
        by_currency={c: number(v) for c, v in sorted(bucket.by_currency.items())},
        fx_rates={c: float(r) for c, r in sorted(bucket.rates.items())} if converted else None,
        fx_date=fx.date if converted and fx else None,
        fx_source=fx.source if converted and fx else None,
    )
