import sqlite3
from decimal import Decimal

import pytest

from extractors.types import Amount, Deal, Mention
from ingest.errors import DatabaseError
from ingest.pipeline import Extraction
from ingest.readers import RawDocument
from kb import KnowledgeBase, resolve_db_path
from kb.schema import MIGRATIONS


def _extraction(text="Google garandeerde $3,2 miljard voor TeraWulf.", source="a.txt"):
    doc = RawDocument(source=source, format="text", text=text, title="Kop")
    return Extraction(
        doc,
        "nl",
        extracted=True,
        entities=[Mention("Google", 0, 6, "ORG", "Google"), Mention("TeraWulf", 37, 45, "ORG", "TeraWulf")],
        amounts=[Amount("$3,2 miljard", 19, 31, "money", Decimal("3200000000"), "USD")],
        deals=[Deal("guarantee", "Google", "TeraWulf", text, 0, len(text), 0.9,
                    amount=Decimal("3200000000"), currency="USD")],
    )


def test_kb_migrations_are_recorded(kb):
    names = [row[0] for row in kb.db.execute("SELECT name FROM migrations")]
    assert names == [name for name, _ in MIGRATIONS]


def test_kb_reopening_applies_no_migration_twice(kb_path):
    KnowledgeBase(kb_path).close()
    again = KnowledgeBase(kb_path)
    assert again.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def test_kb_add_stores_document_and_facts(kb):
    stored = kb.add(_extraction())
    assert stored.added
    row = kb.db.execute("SELECT title, language, chars, words, extractor_version, hash FROM documents").fetchone()
    assert row[0] == "Kop" and row[1] == "nl" and row[2] == 46 and row[3] == 6
    assert row[4] and len(row[5]) == 64
    assert kb.count("mentions") == 2 and kb.count("amounts") == 1
    assert kb.count("deals") == 1 and kb.count("deal_sources") == 1
    value = kb.db.execute("SELECT value FROM amounts").fetchone()[0]
    assert Decimal(value) == Decimal("3200000000")


def test_kb_same_text_twice_stores_nothing_new(kb):
    first = kb.add(_extraction(source="a.txt"))
    second = kb.add(_extraction(source="copy-of-a.txt"))
    assert not second.added and second.document_id == first.document_id
    assert kb.count("documents") == 1 and kb.count("mentions") == 2 and kb.count("deal_sources") == 1


def test_kb_failed_write_leaves_no_partial_document(kb, monkeypatch):
    import kb.store as store

    def broken(*args, **kwargs):
        raise RuntimeError("disk went away halfway")

    monkeypatch.setattr(store, "_insert_deals", broken)
    with pytest.raises(RuntimeError):
        kb.add(_extraction())
    assert kb.count("documents") == 0
    assert kb.count("mentions") == 0 and kb.count("amounts") == 0
    assert kb.db.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 0
    monkeypatch.undo()
    assert kb.add(_extraction()).added  # and the next attempt works


def test_kb_full_text_search(kb):
    kb.add(_extraction())
    kb.add(_extraction(text="Nvidia investeert in OpenAI en in xAI.", source="b.txt"))
    hits = kb.db.execute(
        "SELECT d.source FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ?",
        ["garandeerde"],
    ).fetchall()
    assert hits == [("a.txt",)]


def test_kb_deal_reported_twice_has_two_sources(kb):
    kb.add(_extraction(source="a.txt"))
    kb.add(_extraction(text="Google garandeerde $3,2 miljard voor TeraWulf. Bron twee.", source="b.txt"))
    assert kb.count("deals") == 1 and kb.count("deal_sources") == 2


def test_kb_aliases_link_possessive_forms(kb):
    text = "Meta's datacenter."
    doc = RawDocument(source="m.txt", format="text", text=text)
    kb.add(Extraction(doc, "nl", True, entities=[Mention("Meta's", 0, 6, "ORG", "Meta")]))
    assert kb.db.execute("SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
                         "WHERE a.alias = ?", ["meta's"]).fetchone() == ("Meta",)


def test_kb_db_path_from_flag_then_env_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("INGEST_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(tmp_path / "flag.db") == tmp_path / "flag.db"
    assert resolve_db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("INGEST_DB")
    assert str(resolve_db_path(None)) == "knowledge.db"


def test_kb_corrupt_file_is_a_named_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="corrupt.db"):
        KnowledgeBase(path)


def test_kb_uses_wal(kb):
    assert kb.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_kb_readonly_refuses_writes(kb_path):
    KnowledgeBase(kb_path).close()
    ro = KnowledgeBase(kb_path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        ro.db.execute("INSERT INTO entities (name, label) VALUES ('x', 'ORG')")
