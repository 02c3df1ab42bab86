from decimal import Decimal

import pytest

import ingest.reprocess as reprocess_module
from extractors import EXTRACTOR_VERSION
from extractors.types import Deal, Mention
from ingest.pipeline import Extraction
from ingest.readers import RawDocument
from ingest.reprocess import replace_facts, reprocess, select_documents

TEXT = "Google garandeerde $3,2 miljard aan schuld voor TeraWulf. Het aandeel steeg."


def _stale(text=TEXT, source="a.txt", version="0.0.1") -> Extraction:
    """What an older extractor made of ``text``: a wrong mention and a wrong deal."""
    doc = RawDocument(source=source, format="text", text=text, title="Kop")
    return Extraction(doc, "nl", True, entities=[Mention("Het", 58, 61, "ORG", "Het")],
                      deals=[Deal("acquisition", "Het", None, text, 0, len(text), 0.3)],
                      extractor_version=version)


def _facts(kb, document_id):
    return {table: kb.db.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [document_id]).fetchone()[0]
            for table in ("mentions", "amounts", "deal_sources")}


def _version(kb, document_id):
    return kb.db.execute("SELECT extractor_version FROM documents WHERE id = ?", [document_id]).fetchone()[0]


def test_reprocess_replaces_facts_with_current_extraction(kb, pipeline):
    document_id = kb.add(_stale()).document_id
    report = reprocess(kb.db, pipeline=pipeline)
    assert report.documents == [document_id] and report.failed == []
    assert _version(kb, document_id) == EXTRACTOR_VERSION
    fresh = pipeline.extract(RawDocument(source="a.txt", format="text", text=TEXT), "nl")
    assert _facts(kb, document_id) == {"mentions": len(fresh.entities), "amounts": len(fresh.amounts),
                                       "deal_sources": len(fresh.deals)}
    stored = {row[0] for row in kb.db.execute("SELECT text FROM mentions WHERE document_id = ?", [document_id])}
    assert stored == {m.text for m in fresh.entities}
    # The stale deal had no other source: it is gone with its evidence.
    assert kb.db.execute("SELECT count(*) FROM deals WHERE type = 'acquisition'").fetchone()[0] == 0


def test_reprocess_outdated_selects_only_other_versions(kb, pipeline):
    old = kb.add(_stale()).document_id
    current = kb.add(_stale(text=TEXT + " Nog een zin.", source="b.txt", version=EXTRACTOR_VERSION)).document_id
    assert select_documents(kb.db, outdated=True) == [old]
    assert select_documents(kb.db, outdated=False) == [old, current]
    assert reprocess(kb.db, outdated=True, pipeline=pipeline).documents == [old]
    assert select_documents(kb.db, outdated=True) == []
    assert _facts(kb, current)["mentions"] == 1  # untouched: still the stale fact


def test_reprocess_all_includes_current_documents(kb, pipeline):
    document_id = kb.add(_stale(version=EXTRACTOR_VERSION)).document_id
    assert reprocess(kb.db, outdated=False, pipeline=pipeline).documents == [document_id]


def test_reprocess_failure_rolls_back_the_whole_document(kb, pipeline, monkeypatch):
    document_id = kb.add(_stale()).document_id
    before = _facts(kb, document_id)
    real = reprocess_module.write_facts

    def half_then_fail(db, doc_id, extraction):
        real(db, doc_id, extraction)  # everything written, then the transaction fails
        raise RuntimeError("disk went away")

    monkeypatch.setattr(reprocess_module, "write_facts", half_then_fail)
    report = reprocess(kb.db, pipeline=pipeline)
    assert report.documents == [] and report.failed[0][0] == document_id
    assert "disk went away" in report.failed[0][1]
    assert _facts(kb, document_id) == before and _version(kb, document_id) == "0.0.1"
    assert kb.db.execute("SELECT count(*) FROM deals WHERE type = 'acquisition'").fetchone()[0] == 1


def test_reprocess_deal_found_again_keeps_its_id(kb):
    def extraction(version):
        doc = RawDocument(source="a.txt", format="text", text=TEXT)
        return Extraction(doc, "nl", True,
                          entities=[Mention("Google", 0, 6, "ORG", "Google"), Mention("TeraWulf", 48, 56, "ORG", "TeraWulf")],
                          deals=[Deal("guarantee", "Google", "TeraWulf", TEXT[:57], 0, 57, 0.9,
                                      amount=Decimal("3200000000"), currency="USD")],
                          extractor_version=version)

    document_id = kb.add(extraction("0.0.1")).document_id
    [deal_id] = [row[0] for row in kb.db.execute("SELECT id FROM deals")]
    replace_facts(kb.db, document_id, extraction("9.9.9"))
    assert [row[0] for row in kb.db.execute("SELECT id FROM deals")] == [deal_id]
    assert kb.count("deal_sources") == 1 and kb.count("mentions") == 2
    assert _version(kb, document_id) == "9.9.9"


def test_reprocess_keeps_deals_other_documents_report(kb):
    first = kb.add(_stale()).document_id
    kb.add(_stale(text=TEXT + " Tweede bron.", source="b.txt"))
    doc = RawDocument(source="a.txt", format="text", text=TEXT)
    replace_facts(kb.db, first, Extraction(doc, "nl", True))
    assert kb.db.execute("SELECT count(*) FROM deals WHERE type = 'acquisition'").fetchone()[0] == 1
    assert kb.count("deal_sources") == 1


def test_cli_reprocess_summary_and_flags(cli, kb_path):
    from kb import KnowledgeBase

    with KnowledgeBase(kb_path) as kb:
        kb.add(_stale())
    result = cli("reprocess", "--db", kb_path)
    assert result.exit_code == 0, result.stderr
    assert "1 reprocessed, 0 failed" in result.stderr
    assert "0 reprocessed" in cli("reprocess", "--outdated", "--db", kb_path).stderr
    assert "1 reprocessed" in cli("reprocess", "--all", "--db", kb_path).stderr
    both = cli("reprocess", "--all", "--outdated", "--db", kb_path)
    assert both.exit_code == 2 and "either" in both.stderr


@pytest.mark.parametrize("flag", ["--all", "--outdated"])
def test_cli_reprocess_missing_knowledge_base_is_an_error(cli, tmp_path, flag):
    result = cli("reprocess", flag, "--db", tmp_path / "new.db")
    assert result.exit_code == 2 and "new.db does not exist" in result.stderr
    assert not (tmp_path / "new.db").exists()
