"""``KnowledgeBase``: the one object that reads and writes the SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

from kb.connection import open_database
from kb.queries import document_facts, find_document
from kb.schema import migrate
from kb.store import Stored, store_extraction

DEFAULT_DB = Path("knowledge.db")
ENV_VAR = "INGEST_DB"
_COUNTS = {
    table: f"SELECT count(*) FROM {table}"  # fixed table names, never user input
    for table in ("documents", "entities", "aliases", "mentions", "amounts", "deals", "deal_sources")
}


def resolve_db_path(explicit: str | Path | None = None) -> Path:
    """``--db`` if given, else ``$INGEST_DB``, else ``knowledge.db`` in the current directory."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return DEFAULT_DB


class KnowledgeBase:
    def __init__(self, path: str | Path | None = None, readonly: bool = False):
        self.path = resolve_db_path(path)
        self.db = open_database(self.path, readonly=readonly)
        if not readonly:
            migrate(self.db)

    def add(self, extraction) -> Stored:
        """Store one extracted document (see ``kb.store.store_extraction``)."""
        return store_extraction(self.db, extraction)

    def documents(self) -> list[dict]:
        rows = self.db.execute(
            """SELECT d.id, d.title, d.source, d.language, d.language_supported, d.published,
                      d.words, d.ingested_at,
                      (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions,
                      (SELECT count(*) FROM amounts a WHERE a.document_id = d.id) AS amounts,
                      (SELECT count(*) FROM deal_sources s WHERE s.document_id = d.id) AS deals
               FROM documents d ORDER BY d.id"""
        )
        keys = [c[0] for c in rows.description]
        return [dict(zip(keys, row)) for row in rows.fetchall()]

    def document(self, ref: str | int) -> dict | None:
        """One stored document (by id or source path) with everything found in it."""
        document = find_document(self.db, str(ref))
        if document is None:
            return None
        return {**document, **document_facts(self.db, document["id"])}

    def count(self, table: str) -> int:
        """Rows in one of the fact tables."""
        return self.db.execute(_COUNTS[table]).fetchone()[0]

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
