"""Opening the knowledge base file: WAL, a busy timeout, foreign keys, explicit transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from ingest.errors import DatabaseError

BUSY_TIMEOUT_MS = 30_000
_RETRIES = 5


def open_database(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    path = Path(path)
    for attempt in range(_RETRIES):
        try:
            return sqlite_utils.Database(_connect(path, readonly))
        except sqlite3.OperationalError as exc:
            # two processes creating one file at once: switching it to WAL can fail at once,
            # without waiting on the busy timeout
            if not _contended(exc) or attempt == _RETRIES - 1:
                raise DatabaseError(f"knowledge base {path} cannot be opened: {exc}") from exc
            time.sleep(0.1 * 2**attempt)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"knowledge base {path} cannot be opened: {exc}") from exc
        except OSError as exc:
            raise DatabaseError(f"knowledge base {path} cannot be opened: {exc.strerror}") from exc
    raise AssertionError("unreachable")  # the last attempt returns or raises


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not path.exists():
            raise DatabaseError(f"knowledge base {path} does not exist")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
    try:
        conn.isolation_level = None  # transactions are begun and committed explicitly
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly:
            _check_writable(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _contended(exc: sqlite3.OperationalError) -> bool:
    """Another connection holds the lock: worth trying again shortly."""
    return "locked" in str(exc) or "busy" in str(exc)


def _check_writable(conn: sqlite3.Connection, path: Path) -> None:
    """Fail at once on a knowledge base we may not write, not halfway through a batch."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE migrations SET name = name WHERE 0")  # a write that changes nothing
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc):
            raise DatabaseError(f"knowledge base {path} is read-only") from exc
        raise
    finally:
        conn.execute("ROLLBACK")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction, taken with ``BEGIN IMMEDIATE`` so that two writers queue on the
    busy timeout instead of failing halfway; rolled back whole on any error."""
    for attempt in range(_RETRIES):
        try:
            db.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not _contended(exc) or attempt == _RETRIES - 1:
                raise
            time.sleep(0.1 * 2**attempt)
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
