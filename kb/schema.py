"""The knowledge base schema, built by recorded migrations.

Each migration runs once, in order, inside a transaction, and is recorded in ``migrations``
with the time it was applied. A schema change is a new function appended to ``MIGRATIONS``;
an applied migration is never edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Statements one by one: ``executescript`` would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


_FTS = [
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content=[documents], content_rowid=[id],
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]


def _initial(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,          -- sha256 of the stored text
            source TEXT,                        -- path as given, or '-' for standard input
            title TEXT,
            language TEXT,
            language_supported INTEGER NOT NULL, -- 0: stored and flagged, not extracted
            published TEXT,                     -- ISO date the document states, if any
            format TEXT,                        -- text | pdf | html
            pages INTEGER,
            text TEXT NOT NULL,
            chars INTEGER NOT NULL,
            words INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            extractor_version TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_version ON documents(extractor_version);

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            ticker TEXT,
            isin TEXT,
            country TEXT,
            parent_id INTEGER REFERENCES entities(id)
        );
        CREATE UNIQUE INDEX entities_name ON entities(name COLLATE NOCASE, label);
        CREATE INDEX entities_parent ON entities(parent_id);

        CREATE TABLE aliases (
            alias TEXT NOT NULL COLLATE NOCASE,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (alias, entity_id)
        );
        CREATE INDEX aliases_entity ON aliases(entity_id);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id INTEGER REFERENCES entities(id),
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);

        CREATE TABLE amounts (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT,                         -- exact decimal, as text
            value_num REAL,                     -- the same, for sorting and filtering
            currency TEXT,
            low TEXT,
            high TEXT,
            approximate INTEGER NOT NULL,
            vague INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX amounts_document ON amounts(document_id);

        CREATE TABLE deals (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            source_id INTEGER REFERENCES entities(id),
            target_id INTEGER REFERENCES entities(id),
            amount TEXT,                        -- exact decimal, as text
            amount_num REAL,
            currency TEXT,
            status TEXT,
            share TEXT,
            asset TEXT,
            instrument TEXT,
            horizon TEXT
        );
        CREATE INDEX deals_source ON deals(source_id, type);
        CREATE INDEX deals_target ON deals(target_id, type);

        CREATE TABLE deal_sources (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            confidence REAL NOT NULL,
            extractor_version TEXT NOT NULL
        );
        CREATE INDEX deal_sources_deal ON deal_sources(deal_id);
        CREATE INDEX deal_sources_document ON deal_sources(document_id);
        """,
    )
    for statement in _FTS:
        db.execute(statement)


def _query_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the query commands (``kb/queries.py``, ``kb/exposure.py``): deals by type and
    amount, entities by label, and the documents an entity appears in read from the index alone
    (it replaces ``mentions_entity``, of which it is an extension)."""
    _run(
        db,
        """
        CREATE INDEX deals_type ON deals(type, amount_num);
        CREATE INDEX entities_label ON entities(label);
        CREATE INDEX mentions_entity_document ON mentions(entity_id, document_id);
        DROP INDEX IF EXISTS mentions_entity;
        """,
    )


def _entity_knowledge(db: sqlite_utils.Database) -> None:
    """Where an entity's type and identifiers, and each alias, came from: ``reference`` data
    shipped with the package, ``extraction``, or the ``user`` (``ingest entity alias|merge|set``).
    The user's corrections are read back into the recogniser (``kb.entities.load_knowledge``)."""
    _run(
        db,
        """
        ALTER TABLE entities ADD COLUMN source TEXT NOT NULL DEFAULT 'extraction';
        ALTER TABLE aliases ADD COLUMN source TEXT NOT NULL DEFAULT 'extraction';
        CREATE INDEX aliases_source ON aliases(source);
        CREATE INDEX entities_source ON entities(source)
        """,
    )


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("0001_initial", _initial),
    ("0003_query_indexes", _query_indexes),
    ("0002_entity_knowledge", _entity_knowledge),
]


# Migrations from different branches of work are appended in any order; they run by name.
MIGRATIONS.sort(key=lambda migration: migration[0])


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations ``db`` has not had yet; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM migrations")}
    applied = []
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            if name in {row[0] for row in db.execute("SELECT name FROM migrations")}:
                db.execute("ROLLBACK")  # another process applied it while we waited
                continue
            migration(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                [name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
