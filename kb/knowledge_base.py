"""``KnowledgeBase``: the one object that reads and writes the SQLite file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kb import queries
from kb.connection import open_database
from kb.queries import DealRow, EntityRow, SearchHit, document_facts, find_document
from kb.schema import migrate

if TYPE_CHECKING:
    from kb.store import Stored

# kb.store is imported where it is used: it loads the entity knowledge and with it spaCy
# (seconds), which the read-only query commands never need.

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
        from kb.store import store_extraction

        return store_extraction(self.db, extraction)

    def documents(self) -> list[dict]:
        """The stored documents with their fact counts, oldest first."""
        return queries.list_documents(self.db)

    def add_batch(self, extractions: list) -> list:
        """Store several documents in one transaction, each whole or not at all; a list of
        ``Stored`` or, for a document that could not be stored, the exception."""
        from kb.store import store_batch

        return store_batch(self.db, extractions)

    def document(self, ref: str | int) -> dict | None:
        """One stored document (by id or source path) with everything found in it."""
        document = find_document(self.db, str(ref))
        if document is None:
            return None
        return {**document, **document_facts(self.db, document["id"])}

    # -- questions (kb/queries.py, kb/exposure.py, kb/export.py, kb/graph.py) ---------------

    def entities(self, type: str | None = None, search: str | None = None) -> list[EntityRow]:
        """Canonical entities with mention, document and deal counts, most mentioned first."""
        return queries.entities(self.db, type=type, search=search)

    def entity(self, name: str, document_limit: int | None = 100) -> dict:
        """One entity's profile; ``name`` may be any alias. Raises ``UnknownEntity``."""
        return queries.entity_profile(self.db, name, document_limit=document_limit)

    def deals(self, entity: str | None = None, type: str | None = None, since: str | None = None,
              min_amount: float | None = None, currency: str | None = None) -> list[DealRow]:
        """Deals with their parties, amount and the evidence of every document reporting them."""
        return queries.deals(self.db, entity=entity, type=type, since=since,
                             min_amount=min_amount, currency=currency)

    def search(self, text: str, limit: int = 20, raw: bool = False) -> list[SearchHit]:
        """Full-text search over the documents, best match first, with highlighted snippets."""
        return queries.search(self.db, text, limit=limit, raw=raw)

    def exposure(self, name: str | None = None, rollup: bool = False, fx=None,
                 to: str = "USD") -> list:
        """Totals per entity, counterparty, deal type, direction and currency
        (``kb.exposure.ExposureRow``); ``fx`` is a ``kb.fx.FxTable`` to convert with."""
        from kb.exposure import exposure

        return exposure(self.db, name, rollup=rollup, fx=fx, to=to)

    def export(self, format: str = "json", path: str | Path | None = None) -> str:
        """The deal network as an edge list (json, csv) or a graph (graphml)."""
        from kb.export import export

        return export(self.db, format, path)

    def graph(self, name: str, path: str | Path, depth: int = 2, max_nodes: int = 30,
              max_edges: int = 40) -> Path:
        """Draw the deal network around ``name`` to a .png or .svg file."""
        from kb.graph import graph

        return graph(self.db, name, path, depth=depth, max_nodes=max_nodes, max_edges=max_edges)

    def count(self, table: str) -> int:
        """Rows in one of the fact tables."""
        return self.db.execute(_COUNTS[table]).fetchone()[0]

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
