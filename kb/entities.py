"""Entity knowledge in the knowledge base: reference identifiers for new entities, the user's
corrections (alias, merge, set), and reading those corrections back for later extractions.

A correction is stored with ``source = 'user'`` (``aliases.source``, ``entities.source``,
migration ``0002_entity_knowledge``); ``load_knowledge(db)`` turns them into an
``EntityKnowledge`` that the pipeline's recogniser and linker use: a user's alias is looked for
in the text and linked to its entity, a merged name links to the entity that stayed, and a type
or parent set by the user wins over reference data.
"""

from __future__ import annotations

from functools import lru_cache

import sqlite_utils

from extractors.entities.knowledge import EntityKnowledge, EntityRecord
from ingest.errors import IngestError
from kb.connection import transaction

LABELS = ("ORG", "PERSON", "GPE", "PRODUCT", "FACILITY", "LAW", "FUND")


class EntityError(IngestError):
    """A correction that cannot be applied: unknown entity, unknown label, a clash."""

    reason = "cannot correct the entity"


@lru_cache(maxsize=1)
def _reference() -> EntityKnowledge:
    return EntityKnowledge.reference()


def reference_record(name: str, label: str | None) -> EntityRecord | None:
    """The reference data's entity named ``name`` (any form), when its label is ``label``."""
    record = _reference().lookup(name)
    if record is None or (label is not None and record.label != label):
        return None
    return record


def _find(db: sqlite_utils.Database, name: str) -> tuple[int, str, str] | None:
    """(id, name, label) of the entity called ``name``, by name first, then by alias."""
    row = db.execute(
        "SELECT id, name, label FROM entities WHERE name = ? COLLATE NOCASE "
        "ORDER BY label = 'ORG' DESC, id LIMIT 1", [name]).fetchone()
    if row is None:
        row = db.execute(
            """SELECT e.id, e.name, e.label FROM aliases a JOIN entities e ON e.id = a.entity_id
               WHERE a.alias = ? ORDER BY a.source = 'user' DESC, e.id LIMIT 1""", [name]).fetchone()
    return tuple(row) if row else None


def _check_label(label: str | None) -> str | None:
    if label is None:
        return None
    label = label.upper()
    if label not in LABELS:
        raise EntityError(f"unknown type {label!r}; use one of {', '.join(LABELS)}")
    return label


def _create(db: sqlite_utils.Database, name: str, label: str) -> int:
    from kb.store import entity_id

    entity = entity_id(db, name, label)
    db.execute("UPDATE entities SET source = 'user' WHERE id = ?", [entity])
    return entity


def add_alias(db: sqlite_utils.Database, alias: str, canonical: str, label: str | None = None) -> str:
    """Make ``alias`` a form of ``canonical`` (created when new); stored mentions written
    ``alias`` move to it."""
    label = _check_label(label)
    if not alias.strip() or not canonical.strip():
        raise EntityError("alias and canonical name must not be empty")
    with transaction(db):
        found = _find(db, canonical)
        entity = found[0] if found else _create(db, canonical, label or "ORG")
        name, entity_label = db.execute("SELECT name, label FROM entities WHERE id = ?",
                                        [entity]).fetchone()
        db.execute("DELETE FROM aliases WHERE alias = ? AND entity_id != ?", [alias, entity])
        db.execute("INSERT OR REPLACE INTO aliases (alias, entity_id, source) VALUES (?, ?, 'user')",
                   [alias, entity])
        moved = db.execute(
            "UPDATE mentions SET entity_id = ?, label = ? WHERE text = ? COLLATE NOCASE "
            "AND entity_id IS NOT ?", [entity, entity_label, alias, entity]).rowcount
    return f"{alias!r} is now an alias of {name} ({entity_label}); {moved} stored mentions moved"


def merge_entities(db: sqlite_utils.Database, name: str, into: str) -> str:
    """Merge entity ``name`` into ``into``: its mentions, deals, aliases and divisions move, and
    its name becomes an alias of ``into``."""
    with transaction(db):
        source, target = _find(db, name), _find(db, into)
        if source is None:
            raise EntityError(f"no entity {name!r} in the knowledge base")
        if target is None:
            raise EntityError(f"no entity {into!r} in the knowledge base")
        if source[0] == target[0]:
            raise EntityError(f"{name!r} and {into!r} are already the same entity ({target[1]})")
        old, new = source[0], target[0]
        mentions = db.execute("UPDATE mentions SET entity_id = ?, label = ? WHERE entity_id = ?",
                              [new, target[2], old]).rowcount
        db.execute("UPDATE deals SET source_id = ? WHERE source_id = ?", [new, old])
        db.execute("UPDATE deals SET target_id = ? WHERE target_id = ?", [new, old])
        db.execute("UPDATE entities SET parent_id = ? WHERE parent_id = ?", [new, old])
        db.execute("UPDATE entities SET parent_id = NULL WHERE id = ? AND parent_id = ?", [new, new])
        db.execute(
            """INSERT OR IGNORE INTO aliases (alias, entity_id, source)
               SELECT alias, ?, source FROM aliases WHERE entity_id = ?""", [new, old])
        db.execute("DELETE FROM aliases WHERE entity_id = ?", [old])
        db.execute("INSERT OR REPLACE INTO aliases (alias, entity_id, source) VALUES (?, ?, 'user')",
                   [source[1], new])
        db.execute("DELETE FROM entities WHERE id = ?", [old])
    return f"merged {source[1]} into {target[1]}: {mentions} mentions moved"


def set_entity(db: sqlite_utils.Database, name: str, label: str | None = None,
               ticker: str | None = None, isin: str | None = None, country: str | None = None,
               parent: str | None = None) -> str:
    """Set an entity's type, identifiers or parent (the entity is created when new)."""
    from kb.store import entity_id

    label = _check_label(label)
    with transaction(db):
        found = _find(db, name)
        entity = found[0] if found else _create(db, name, label or "ORG")
        current_name, current_label = db.execute(
            "SELECT name, label FROM entities WHERE id = ?", [entity]).fetchone()
        if label and label != current_label:
            clash = db.execute("SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND label = ?",
                               [current_name, label]).fetchone()
            if clash:
                raise EntityError(f"{current_name} already exists as {label}: "
                                  f"use `ingest entity merge` to join the two")
            db.execute("UPDATE entities SET label = ? WHERE id = ?", [label, entity])
            db.execute("UPDATE mentions SET label = ? WHERE entity_id = ?", [label, entity])
        updates = {"ticker": ticker, "isin": isin, "country": country.upper() if country else None}
        for column, value in updates.items():
            if value is not None:
                db.execute(f"UPDATE entities SET {column} = ? WHERE id = ?", [value, entity])
        if parent is not None:
            parent_id = (_find(db, parent) or (entity_id(db, parent, "ORG"),))[0]
            if parent_id == entity:
                raise EntityError(f"{current_name} cannot be its own parent")
            db.execute("UPDATE entities SET parent_id = ? WHERE id = ?", [parent_id, entity])
        db.execute("UPDATE entities SET source = 'user' WHERE id = ?", [entity])
        row = db.execute("SELECT name, label, ticker, isin, country FROM entities WHERE id = ?",
                         [entity]).fetchone()
    fields = ", ".join(f"{k} {v}" for k, v in zip(("type", "ticker", "isin", "country"), row[1:]) if v)
    return f"{row[0]}: {fields}" + (f", parent {parent}" if parent else "")


def load_knowledge(db: sqlite_utils.Database) -> EntityKnowledge:
    """Reference data plus the user's corrections stored in ``db``, for the pipeline."""
    knowledge = EntityKnowledge.reference()
    rows = db.execute(
        """SELECT e.id, e.name, e.label, e.ticker, e.isin, e.country, p.name, e.source
           FROM entities e LEFT JOIN entities p ON p.id = e.parent_id
           WHERE e.source = 'user'
              OR e.id IN (SELECT entity_id FROM aliases WHERE source = 'user')""").fetchall()
    for _id, name, label, ticker, isin, country, parent, source in rows:
        known = knowledge.get(name) or knowledge.lookup(name)
        aliases = tuple(known.forms) if known is not None and known.name != name else ()
        if known is not None and known.name == name:
            aliases = known.aliases
        user = source == "user"
        knowledge.add(EntityRecord(
            name=name, label=label,
            aliases=tuple(a for a in aliases if a != name),
            ticker=ticker if user or known is None else ticker or known.ticker,
            isin=isin if user or known is None else isin or known.isin,
            country=country if user or known is None else country or known.country,
            parent=parent if user or known is None else parent or known.parent,
            source="user",
        ))
    for alias, name in db.execute(
        """SELECT a.alias, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
           WHERE a.source = 'user'"""):
        knowledge.alias(alias, name)
    return knowledge
