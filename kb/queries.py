"""Read-only questions to the knowledge base, answered as plain dicts."""

from __future__ import annotations

import sqlite_utils


def _rows(db: sqlite_utils.Database, sql: str, params: list) -> list[dict]:
    cursor = db.execute(sql, params)
    keys = [c[0] for c in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def find_document(db: sqlite_utils.Database, ref: str) -> dict | None:
    """A document by id, or by the source path it was added from (the newest such)."""
    if ref.isdigit():
        rows = _rows(db, "SELECT * FROM documents WHERE id = ?", [int(ref)])
    else:
        rows = _rows(db, "SELECT * FROM documents WHERE source = ? ORDER BY id DESC LIMIT 1", [ref])
    return rows[0] if rows else None


def document_facts(db: sqlite_utils.Database, document_id: int) -> dict:
    """What was found in one stored document: mentions, amounts and deals with their sources."""
    mentions = _rows(
        db,
        """SELECT m.text, m.label, m.start, m."end", e.name AS canonical FROM mentions m
           LEFT JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start""",
        [document_id],
    )
    amounts = _rows(
        db,
        """SELECT text, kind, value, currency, low, high, approximate, vague, start, "end"
           FROM amounts WHERE document_id = ? ORDER BY start""",
        [document_id],
    )
    deals = _rows(
        db,
        """SELECT d.id, d.type, s.name AS source, t.name AS target, d.amount, d.currency, d.status,
                  ds.sentence, ds.start, ds."end", ds.confidence
           FROM deal_sources ds JOIN deals d ON d.id = ds.deal_id
           LEFT JOIN entities s ON s.id = d.source_id LEFT JOIN entities t ON t.id = d.target_id
           WHERE ds.document_id = ? ORDER BY ds.start""",
        [document_id],
    )
    return {"entities": mentions, "amounts": amounts, "deals": deals}
