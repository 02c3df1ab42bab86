"""``ingest reprocess``: run the current extractors again over stored documents.

After an extractor upgrade (``extractors.EXTRACTOR_VERSION`` is stored per document), each
selected document's stored text is extracted again and its facts are replaced in one
transaction: an interruption leaves every document with either its old facts or its new ones.
A deal that the new extraction reports again keeps its id; a deal no document reports any
more is deleted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from extractors import EXTRACTOR_VERSION
from extractors.lang import SUPPORTED
from ingest.pipeline import Extraction, Pipeline
from ingest.readers import RawDocument
from kb.connection import transaction
from kb.store import write_facts


@dataclass
class ReprocessReport:
    documents: list[int] = field(default_factory=list)  # ids re-extracted
    failed: list[tuple[int, str]] = field(default_factory=list)  # (id, reason)
    seconds: float = 0.0


def select_documents(db: sqlite_utils.Database, outdated: bool = True,
                     version: str = EXTRACTOR_VERSION) -> list[int]:
    """Ids of the documents to re-extract: those extracted by another version than
    ``version``, or all of them."""
    if outdated:
        rows = db.execute("SELECT id FROM documents WHERE extractor_version IS NOT ? ORDER BY id", [version])
    else:
        rows = db.execute("SELECT id FROM documents ORDER BY id")
    return [row[0] for row in rows]


def stored_document(db: sqlite_utils.Database, document_id: int) -> tuple[RawDocument, str]:
    """The stored text and metadata of a document as the reader gave them, and its language."""
    source, fmt, text, title, published, pages, language = db.execute(
        "SELECT source, format, text, title, published, pages, language FROM documents WHERE id = ?",
        [document_id],
    ).fetchone()
    return RawDocument(source=source, format=fmt, text=text, title=title, published=published,
                       pages=pages), language


def replace_facts(db: sqlite_utils.Database, document_id: int, extraction: Extraction) -> None:
    """One document's mentions, amounts and deal sources replaced by ``extraction``'s, in one
    transaction."""
    with transaction(db):
        old_deals = [row[0] for row in db.execute(
            "SELECT DISTINCT deal_id FROM deal_sources WHERE document_id = ?", [document_id])]
        for table in ("mentions", "amounts", "deal_sources"):  # fixed names, never user input
            db.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
        # New facts first, so that a deal found again is matched to its existing row and id.
        write_facts(db, document_id, extraction)
        for deal_id in old_deals:
            db.execute("""DELETE FROM deals WHERE id = ?
                          AND NOT EXISTS (SELECT 1 FROM deal_sources WHERE deal_id = ?)""", [deal_id, deal_id])
        db.execute(
            "UPDATE documents SET extractor_version = ?, language = ?, language_supported = ? WHERE id = ?",
            [extraction.extractor_version, extraction.language, int(extraction.extracted), document_id],
        )


def reprocess(
    db: sqlite_utils.Database,
    outdated: bool = True,
    pipeline: Pipeline | None = None,
    on_total: Callable[[int], None] | None = None,
    on_document: Callable[[int], None] | None = None,
) -> ReprocessReport:
    """Re-extract the outdated documents (or all with ``outdated=False``)."""
    started = time.perf_counter()
    report = ReprocessReport()
    ids = select_documents(db, outdated)
    if on_total:
        on_total(len(ids))
    pipeline = pipeline or Pipeline()
    for document_id in ids:
        document, language = stored_document(db, document_id)
        try:
            # A language detected as unsupported is detected again: the detector may have improved.
            extraction = pipeline.extract(document, language if language in SUPPORTED else None)
            replace_facts(db, document_id, extraction)
            report.documents.append(document_id)
        except Exception as exc:  # one document that fails keeps its old facts; the rest go on
            report.failed.append((document_id, f"{type(exc).__name__}: {exc}"))
        if on_document:
            on_document(document_id)
    report.seconds = time.perf_counter() - started
    return report
