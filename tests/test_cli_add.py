import json
import os
import subprocess
import sys

import pytest
from conftest import RESOURCES, shared_path
from pdf_factory import make_pdf

from kb import KnowledgeBase

CONTRACT = {
    "source", "language", "title", "entities", "amounts", "deals",
}
AMOUNT_KEYS = {"text", "kind", "value", "currency", "low", "high", "approximate", "start", "end"}


def _pdf_article(tmp_path):
    lines = [(72.0, 700.0 - 14 * i, t) for i, t in enumerate([
        "Nvidia investeert in CoreWeave",
        "De chipreus stak $100 miljoen in de neocloud en belooft ongebruikte",
        "capaciteit af te nemen. Analisten vinden het een slimme manier om de",
        "vraag naar chips op peil te houden, al kleven er risico's aan.",
    ])]
    path = tmp_path / "artikel.pdf"
    path.write_bytes(make_pdf([lines]))
    return path


def _html_article(tmp_path):
    path = tmp_path / "artikel.html"
    path.write_text(
        "<html><head><title>Google steunt TeraWulf</title></head><body><nav>Menu Home</nav>"
        "<article><p>Google garandeerde $3,2 miljard aan schulden voor TeraWulf en kreeg daarvoor "
        "warrants terug. Het bedrijf verwerft zo ook voorrang op toekomstige capaciteit in de "
        "datacenters van de voormalige bitcoinminer.</p></article></body></html>",
        encoding="utf-8",
    )
    return path


def test_cli_add_seeds_twice_stores_two_dutch_documents_once(cli, kb_path):
    seeds = shared_path("seeds")
    first = cli("add", seeds, "--db", kb_path)
    assert first.exit_code == 0, first.stderr
    assert "2 added, 0 skipped as duplicate, 0 failed" in first.stderr
    second = cli("add", seeds, "--db", kb_path)
    assert second.exit_code == 0
    assert "0 added, 2 skipped as duplicate" in second.stderr
    with KnowledgeBase(kb_path) as kb:
        assert [d["language"] for d in kb.documents()] == ["nl", "nl"]


def test_cli_add_directory_recursive_by_extension(cli, kb_path, tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_bytes((RESOURCES / "article_nl.txt").read_bytes())
    (tmp_path / "in" / "sub" / "b.md").write_bytes((RESOURCES / "article_en.txt").read_bytes())
    (tmp_path / "in" / "notes.docx").write_bytes(b"ignored")
    result = cli("add", tmp_path / "in", "--db", kb_path)
    assert result.exit_code == 0, result.stderr
    with KnowledgeBase(kb_path) as kb:
        assert sorted(d["language"] for d in kb.documents()) == ["en", "nl"]


def test_cli_add_bad_inputs_each_one_line_and_rest_processed(cli, kb_path, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((RESOURCES / "article_nl.txt").read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    unsupported = tmp_path / "sheet.xlsx"
    unsupported.write_bytes(b"PK\x03\x04")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(make_pdf([[(72.0, 700.0, "Tekst")]])[:50])
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(make_pdf([[]], image_only=True))
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "readme.rtf").write_bytes(b"{\\rtf1}")
    missing = tmp_path / "missing.txt"
    result = cli("add", good, empty, binary, unsupported, broken, scanned, nothing, missing,
                 "--db", kb_path)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    expected = {
        "empty.txt": "empty", "binary.txt": "binary", "sheet.xlsx": "unsupported file type",
        "broken.pdf": "damaged", "scan.pdf": "OCR", "nothing": "no supported files",
        "missing.txt": "no such file",
    }
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in errors), (name, errors)
    assert "Traceback" not in result.stderr + result.stdout
    assert "1 added, 0 skipped as duplicate, 7 failed" in result.stderr
    with KnowledgeBase(kb_path) as kb:
        assert kb.count("documents") == 1


def test_cli_add_unsupported_language_is_stored_flagged_and_warned(cli, kb_path, tmp_path):
    german = tmp_path / "de.txt"
    german.write_text("Die großen Cloud-Anbieter investieren in diesem Jahr erneut Milliarden in "
                      "neue Rechenzentren, wie aus den Zahlen hervorgeht.", encoding="utf-8")
    result = cli("add", german, "--db", kb_path)
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "'de' is not supported" in result.stderr
    with KnowledgeBase(kb_path) as kb:
        [doc] = kb.documents()
        assert doc["language"] == "de" and doc["language_supported"] == 0


def test_cli_add_lang_overrides_detection(cli, kb_path, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((RESOURCES / "article_en.txt").read_bytes())
    assert cli("add", path, "--lang", "nl", "--db", kb_path).exit_code == 0
    with KnowledgeBase(kb_path) as kb:
        assert kb.documents()[0]["language"] == "nl"


def test_cli_add_rejects_unknown_lang(cli, kb_path, tmp_path):
    result = cli("add", RESOURCES / "article_en.txt", "--lang", "fr", "--db", kb_path)
    assert result.exit_code == 2 and "--lang" in result.stderr


def test_cli_add_standard_input(cli, kb_path):
    result = cli("add", "-", "--db", kb_path, input=(RESOURCES / "article_en.txt").read_bytes())
    assert result.exit_code == 0, result.stderr
    with KnowledgeBase(kb_path) as kb:
        assert kb.documents()[0]["source"] == "-"


def test_cli_add_max_bytes(cli, kb_path):
    result = cli("add", RESOURCES / "article_en.txt", "--max-bytes", "100", "--db", kb_path)
    assert result.exit_code == 1
    assert "over the limit of 100" in result.stderr


def test_cli_add_database_from_environment(cli, tmp_path):
    db = tmp_path / "from-env.db"
    result = cli("add", RESOURCES / "article_nl.txt", env={"INGEST_DB": str(db)})
    assert result.exit_code == 0
    assert db.exists()


def test_cli_add_corrupt_database_is_one_line(cli, tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 1000)
    result = cli("add", RESOURCES / "article_nl.txt", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "bad.db" in result.stderr


@pytest.mark.parametrize("maker", ["txt", "pdf", "html"])
def test_cli_extract_json_contract(cli, tmp_path, maker):
    path = {"txt": lambda: RESOURCES / "article_nl.txt", "pdf": lambda: _pdf_article(tmp_path),
            "html": lambda: _html_article(tmp_path)}[maker]()
    result = cli("extract", path, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert CONTRACT <= set(data)
    assert data["source"] == str(path)
    assert data["language"] == "nl"
    assert data["title"]
    for amount in data["amounts"]:
        assert AMOUNT_KEYS <= set(amount)
    assert all(isinstance(data[k], list) for k in ("entities", "amounts", "deals"))


def test_cli_extract_stores_nothing(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("extract", RESOURCES / "article_nl.txt", "--json").exit_code == 0
    assert not (tmp_path / "knowledge.db").exists()


def test_cli_extract_bad_file_is_one_line(cli, tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf at all")
    result = cli("extract", bad, "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {bad}:") and result.stderr.count("\n") == 1


def test_cli_documents_lists_what_was_added(cli, kb_path):
    cli("add", RESOURCES / "article_nl.txt", "--db", kb_path)
    result = cli("documents", "--db", kb_path, "--json")
    [doc] = json.loads(result.stdout)
    assert doc["title"] == "Nebius haalt miljard op voor datacenter in Finland"
    assert doc["published"] == "2025-03-12"


def test_cli_installed_command_runs_without_traceback(tmp_path):
    """The console script itself: a user error is one line and exit 1, no traceback."""
    exe = os.path.join(os.path.dirname(sys.executable), "ingest")
    if not os.path.exists(exe):
        pytest.skip("ingest console script not installed in this environment")
    result = subprocess.run([exe, "add", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "k.db")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
