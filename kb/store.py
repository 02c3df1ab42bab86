"""Writing one document and its facts, in one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

import sqlite_utils

from extractors.types import Deal, Mention
from kb.connection import transaction

# Amounts of the same deal reported by two documents may be rounded differently.
_SAME_AMOUNT = Decimal("0.01")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Stored:
    document_id: int
    added: bool  # False: the same text was already stored, nothing new was written


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _real(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def entity_id(db: sqlite_utils.Database, name: str, label: str) -> int:
    """The canonical entity named ``name`` (or known by that alias), created when new."""
    row = db.execute(
        """SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
           WHERE a.alias = ? AND e.label = ? ORDER BY e.id LIMIT 1""",
        [name, label],
    ).fetchone()
    if row:
        return row[0]
    row = db.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND label = ?", [name, label]
    ).fetchone()
    if row:
        return row[0]
    cursor = db.execute("INSERT INTO entities (name, label) VALUES (?, ?)", [name, label])
    db.execute("INSERT OR IGNORE INTO aliases (alias, entity_id) VALUES (?, ?)", [name, cursor.lastrowid])
    return cursor.lastrowid


def _insert_mentions(db, document_id: int, mentions: list[Mention]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for mention in mentions:
        key = mention.canonical
        if key not in ids:
            ids[key] = entity_id(db, mention.canonical, mention.label)
        if mention.text != mention.canonical:
            db.execute(
                "INSERT OR IGNORE INTO aliases (alias, entity_id) VALUES (?, ?)",
                [mention.text, ids[key]],
            )
        db.execute(
            'INSERT INTO mentions (document_id, entity_id, text, label, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
            [document_id, ids[key], mention.text, mention.label, mention.start, mention.end],
        )
    return ids


def _party(db, name: str | None, known: dict[str, int]) -> int | None:
    if name is None:
        return None
    if name in known:
        return known[name]
    return entity_id(db, name, "ORG")


def _same_deal(db, deal: Deal, source_id, target_id) -> int | None:
    rows = db.execute(
        """SELECT id, amount, currency FROM deals
           WHERE type = ? AND source_id IS ? AND target_id IS ?""",
        [deal.type, source_id, target_id],
    ).fetchall()
    for row_id, amount, currency in rows:
        if deal.amount is None or amount is None:
            if deal.amount is None and amount is None:
                return row_id
            continue
        if currency == deal.currency:
            stored = Decimal(amount)
            if abs(stored - deal.amount) <= _SAME_AMOUNT * max(abs(stored), abs(deal.amount)):
                return row_id
    return None


def _insert_deals(db, document_id: int, deals: list[Deal], known: dict[str, int], version: str) -> None:
    for deal in deals:
        source_id = _party(db, deal.source, known)
        target_id = _party(db, deal.target, known)
        deal_id = _same_deal(db, deal, source_id, target_id)
        if deal_id is None:
            deal_id = db.execute(
                """INSERT INTO deals (type, source_id, target_id, amount, amount_num, currency,
                   status, share, asset, instrument, horizon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [deal.type, source_id, target_id, _text(deal.amount), _real(deal.amount),
                 deal.currency, deal.status, _text(deal.share), deal.asset, deal.instrument,
                 deal.horizon],
            ).lastrowid
        db.execute(
            """INSERT INTO deal_sources (deal_id, document_id, sentence, start, "end", confidence,
               extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [deal_id, document_id, deal.text, deal.start, deal.end, deal.confidence, version],
        )


def write_facts(db, document_id: int, extraction) -> None:
    """Mentions, amounts and deals of one document (inside the caller's transaction)."""
    known = _insert_mentions(db, document_id, extraction.entities)
    for amount in extraction.amounts:
        db.execute(
            """INSERT INTO amounts (document_id, text, kind, value, value_num, currency, low, high,
               approximate, vague, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [document_id, amount.text, amount.kind, _text(amount.value), _real(amount.value),
             amount.currency, _text(amount.low), _text(amount.high), int(amount.approximate),
             int(amount.vague), amount.start, amount.end],
        )
    _insert_deals(db, document_id, extraction.deals, known, extraction.extractor_version)


def store_extraction(db: sqlite_utils.Database, extraction) -> Stored:
    """Store a document and its facts in one transaction; the same text twice stores nothing."""
    document = extraction.document
    digest = content_hash(document.text)
    with transaction(db):
        row = db.execute("SELECT id FROM documents WHERE hash = ?", [digest]).fetchone()
        if row:
            return Stored(row[0], added=False)
        document_id = db.execute(
            """INSERT INTO documents (hash, source, title, language, language_supported, published,
               format, pages, text, chars, words, ingested_at, extractor_version)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [digest, document.source, document.title, extraction.language,
             int(extraction.extracted), document.published, document.format, document.pages,
             document.text, len(document.text), document.words,
             dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
             extraction.extractor_version],
        ).lastrowid
        write_facts(db, document_id, extraction)
    return Stored(document_id, added=True)
