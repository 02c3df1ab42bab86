"""Writing one document and its facts, in one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

import sqlite_utils

from extractors.types import Deal, Mention
from kb.connection import transaction
from kb.entities import reference_record

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
    """The canonical entity named ``name`` (or known by that alias), created when new.

    A new entity takes its identifiers (ticker, ISIN, country), parent and aliases from the
    reference data shipped with the package when that knows it under the same label; another
    form of a known entity ("Alphabet") is the known entity (Google)."""
    # Ordered by a.entity_id (the same as e.id), so that SQLite reads the alias's rows by the
    # aliases index: ordered by e.id it walked every entity of the label, a cost growing with
    # the knowledge base (70 µs a name at 700 entities, and half of the time of storing).
    row = db.execute(
        """SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
           WHERE a.alias = ? AND e.label = ? ORDER BY a.entity_id LIMIT 1""",
        [name, label],
    ).fetchone()
    if row:
        return row[0]
    row = db.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND label = ?", [name, label]
    ).fetchone()
    if row:
        return row[0]
    record = reference_record(name, label)
    if record is not None and record.name.casefold() != name.casefold():
        # Another form of a known entity ("Alphabet"): the entity is the canonical one.
        known = entity_id(db, record.name, label)
        db.execute("INSERT OR IGNORE INTO aliases (alias, entity_id) VALUES (?, ?)", [name, known])
        return known
    if record is None:
        cursor = db.execute("INSERT INTO entities (name, label) VALUES (?, ?)", [name, label])
        db.execute("INSERT OR IGNORE INTO aliases (alias, entity_id) VALUES (?, ?)",
                   [name, cursor.lastrowid])
        return cursor.lastrowid
    parent_id = None
    if record.parent and record.parent.casefold() != name.casefold():
        parent = reference_record(record.parent, None)
        parent_id = entity_id(db, record.parent, parent.label if parent else label)
    cursor = db.execute(
        """INSERT INTO entities (name, label, ticker, isin, country, parent_id, source)
           VALUES (?, ?, ?, ?, ?, ?, 'reference')""",
        [name, label, record.ticker, record.isin, record.country, parent_id],
    )
    # In this order, not a set's: aliases are unique whatever their case ("Pimco", "PIMCO"),
    # and the first written stays, the same in every run.
    for alias in dict.fromkeys([name, record.name, *record.aliases]):
        db.execute("INSERT OR IGNORE INTO aliases (alias, entity_id, source) VALUES (?, ?, ?)",
                   [alias, cursor.lastrowid, "extraction" if alias == name else "reference"])
    return cursor.lastrowid


def _insert_mentions(db, document_id: int, mentions: list[Mention]) -> dict[str, int]:
    ids: dict[str, int] = {}
    aliases: set[tuple[str, int]] = set()
    rows = []
    for mention in mentions:
        key = mention.canonical
        if key not in ids:
            ids[key] = entity_id(db, mention.canonical, mention.label)
        # Written at once (entity_id reads aliases, so those are written as they come).
        alias = (mention.text, ids[key])
        if mention.text != mention.canonical and alias not in aliases:
            aliases.add(alias)
            db.execute("INSERT OR IGNORE INTO aliases (alias, entity_id) VALUES (?, ?)", alias)
        rows.append((document_id, ids[key], mention.text, mention.label, mention.start,
                     mention.end))
    # The mentions are read by nothing above: one statement for all of them.
    db.conn.executemany(
        """INSERT INTO mentions (document_id, entity_id, text, label, start, "end")
           VALUES (?, ?, ?, ?, ?, ?)""",
        rows,
    )
    return ids


def _party(db, name: str | None, known: dict[str, int]) -> int | None:
    if name is None:
        return None
    if name in known:
        return known[name]
    return entity_id(db, name, "ORG")


def _amounts_agree(stored: str | None, currency: str | None, deal: Deal) -> bool | None:
    """True: the same amount (within rounding); None: one side has no amount, which fits any;
    False: different amounts or currencies, so a different deal."""
    if deal.amount is None or stored is None:
        return None
    if currency != deal.currency:
        return False
    value = Decimal(stored)
    return abs(value - deal.amount) <= _SAME_AMOUNT * max(abs(value), abs(deal.amount))


def _same_deal(db, deal: Deal, source_id, target_id) -> int | None:
    """The stored deal this one restates: same type, same parties (either way round for a
    joint venture), and amounts that agree or are missing on one side. An amount that agrees
    beats a missing one; a deal without an amount that could be any of several stored deals
    is not guessed at."""
    pairs = [(source_id, target_id)]
    if deal.type == "joint_venture":
        pairs.append((target_id, source_id))
    rows = []
    for first, second in pairs:
        rows += db.execute(
            """SELECT id, amount, currency FROM deals
               WHERE type = ? AND source_id IS ? AND target_id IS ? ORDER BY id""",
            [deal.type, first, second],
        ).fetchall()
    agreeing = [row_id for row_id, amount, currency in rows if _amounts_agree(amount, currency, deal)]
    if agreeing:
        return agreeing[0]
    open_ended = [row_id for row_id, amount, currency in rows
                  if _amounts_agree(amount, currency, deal) is None]
    return open_ended[0] if len(open_ended) == 1 else None


def _complete_deal(db, deal_id: int, deal: Deal) -> None:
    """A later source may state what the first left out: the amount, share, status, asset,
    instrument or horizon. What is stored already is kept."""
    db.execute(
        """UPDATE deals SET
             amount = COALESCE(amount, ?), amount_num = COALESCE(amount_num, ?),
             currency = CASE WHEN amount IS NULL THEN ? ELSE currency END,
             share = COALESCE(share, ?), status = COALESCE(status, ?), asset = COALESCE(asset, ?),
             instrument = COALESCE(instrument, ?), horizon = COALESCE(horizon, ?)
           WHERE id = ?""",
        [_text(deal.amount), _real(deal.amount), deal.currency, _text(deal.share), deal.status,
         deal.asset, deal.instrument, deal.horizon, deal_id],
    )


def _insert_deals(db, document_id: int, deals: list[Deal], known: dict[str, int], version: str) -> None:
    """Each deal once in ``deals``, each statement of it in ``deal_sources`` with its sentence
    and offsets; a statement already recorded for this document is not recorded twice."""
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
        else:
            _complete_deal(db, deal_id, deal)
        recorded = db.execute(
            """SELECT 1 FROM deal_sources WHERE deal_id = ? AND document_id = ? AND start = ?
               AND "end" = ?""",
            [deal_id, document_id, deal.start, deal.end],
        ).fetchone()
        if recorded:
            continue
        db.execute(
            """INSERT INTO deal_sources (deal_id, document_id, sentence, start, "end", confidence,
               extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [deal_id, document_id, deal.text, deal.start, deal.end, deal.confidence, version],
        )


def write_facts(db, document_id: int, extraction) -> None:
    """Mentions, amounts and deals of one document (inside the caller's transaction)."""
    known = _insert_mentions(db, document_id, extraction.entities)
    db.conn.executemany(
        """INSERT INTO amounts (document_id, text, kind, value, value_num, currency, low, high,
           approximate, vague, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(document_id, amount.text, amount.kind, _text(amount.value), _real(amount.value),
          amount.currency, _text(amount.low), _text(amount.high), int(amount.approximate),
          int(amount.vague), amount.start, amount.end) for amount in extraction.amounts],
    )
    _insert_deals(db, document_id, extraction.deals, known, extraction.extractor_version)


def _insert_document(db: sqlite_utils.Database, extraction) -> Stored:
    """Insert one document and its facts inside the caller's transaction, unless stored already."""
    document = extraction.document
    digest = content_hash(document.text)
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


def store_extraction(db: sqlite_utils.Database, extraction) -> Stored:
    """Store a document and its facts in one transaction; the same text twice stores nothing."""
    with transaction(db):
        return _insert_document(db, extraction)


def store_batch(db: sqlite_utils.Database, extractions: list) -> list[Stored | Exception]:
    """Several documents in one transaction, each inside its own savepoint: a document that
    cannot be stored is rolled back alone and reported, never left half-written, and an
    interruption rolls back the whole batch."""
    results: list[Stored | Exception] = []
    with transaction(db):
        for extraction in extractions:
            db.execute("SAVEPOINT document")
            try:
                results.append(_insert_document(db, extraction))
            except Exception as exc:  # one bad document must not cost the others
                db.execute("ROLLBACK TO document")
                results.append(exc)
            finally:
                db.execute("RELEASE document")
    return results
