"""Bad input, two writers at once, a killed ingest, adversarial strings and odd path names."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import RESOURCES, ROOT, shared_path
from pdf_factory import make_pdf

from ingest.pipeline import Pipeline
from ingest.readers import RawDocument
from kb import KnowledgeBase

INGEST = str(Path(sys.executable).with_name("ingest"))
needs_console_script = pytest.mark.skipif(not os.path.exists(INGEST), reason="ingest not installed")


def _corpus_texts(count: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*/*/*.txt"))]
    assert texts, "the corpus has articles"
    # Distinct documents: each copy gets its own first line, so each hashes differently.
    return [f"Document {i}\n\n{texts[i % len(texts)]}" for i in range(count)]


def _folder(tmp_path: Path, name: str, count: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i, text in enumerate(_corpus_texts(count)):
        (folder / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([INGEST, *map(str, args)], capture_output=True, text=True, timeout=600, **kwargs)


@needs_console_script
def test_reliability_two_writers_at_once(tmp_path):
    folder = _folder(tmp_path, "in", 24)
    db = tmp_path / "kb.db"
    procs = [subprocess.Popen([INGEST, "add", str(folder), "--db", str(db), "-q"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower() and "Traceback" not in err
    with KnowledgeBase(db) as kb:
        assert kb.count("documents") == 24  # none lost, none twice
        assert kb.db.execute("SELECT count(DISTINCT hash) FROM documents").fetchone()[0] == 24
    added = sum(int(err.split(" added")[0].split()[-1]) for _, err in results)
    assert added == 24


def test_reliability_open_waits_out_a_lock_but_not_other_errors(tmp_path, monkeypatch):
    """Two processes creating one knowledge base at once: switching the new file to WAL may fail
    at once with "database is locked"; opening tries again shortly. Any other error fails at once."""
    from ingest.errors import DatabaseError
    from kb import connection

    real, calls = connection._connect, []

    def locked_once(path, readonly):
        calls.append(path)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(path, readonly)

    monkeypatch.setattr(connection, "_connect", locked_once)
    db = connection.open_database(tmp_path / "kb.db")
    assert len(calls) == 2 and db.execute("SELECT count(*) FROM migrations").fetchone() == (0,)

    def broken(path, readonly):
        calls.append(path)
        raise sqlite3.OperationalError("disk I/O error")

    calls.clear()
    monkeypatch.setattr(connection, "_connect", broken)
    with pytest.raises(DatabaseError, match="cannot be opened: disk I/O error"):
        connection.open_database(tmp_path / "other.db")
    assert len(calls) == 1


@needs_console_script
def test_reliability_killed_ingest_leaves_whole_documents_and_resumes(tmp_path):
    folder = _folder(tmp_path, "in", 120)
    db = tmp_path / "kb.db"
    proc = subprocess.Popen([INGEST, "add", str(folder), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; use more documents"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 < count < 120
        # Whole documents only: every stored document has all the amounts its text holds.
        pipeline = Pipeline()
        for doc_id, text, lang in conn.execute("SELECT id, text, language FROM documents LIMIT 10"):
            expected = len(pipeline.extract(RawDocument("x", "text", text), lang).amounts)
            stored_amounts = conn.execute("SELECT count(*) FROM amounts WHERE document_id = ?",
                                          [doc_id]).fetchone()[0]
            assert stored_amounts == expected
    again = _run("add", folder, "--db", db, "-q")
    assert again.returncode == 0, again.stderr
    with KnowledgeBase(db) as kb:
        assert kb.count("documents") == 120
        assert kb.db.execute("SELECT count(DISTINCT hash) FROM documents").fetchone()[0] == 120


def _battery(tmp_path: Path) -> dict[str, str]:
    """Bad inputs by file name, each with the words its one-line message must contain."""
    d = tmp_path / "battery"
    d.mkdir()
    (d / "good.txt").write_bytes((RESOURCES / "article_nl.txt").read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(os.urandom(4096))
    with open(d / "huge.txt", "wb") as f:  # 50 MB: over the default text limit
        line = b"De markt steeg vandaag opnieuw fors door de AI-hausse. " * 20 + b"\n"
        while f.tell() < 50 * 1024 * 1024:
            f.write(line)
    (d / "invalid-utf8.txt").write_bytes(
        "Meta’s joint venture met Blue Owl kost $27 miljard.".encode() + b" \xff\xfe kapot " * 3 + b"\n"
        + (RESOURCES / "article_nl.txt").read_bytes())
    (d / "nul-bytes.txt").write_bytes((RESOURCES / "article_en.txt").read_bytes().replace(b" the ", b" the\x00 "))
    paragraph = " ".join((RESOURCES / "article_nl.txt").read_text(encoding="utf-8").split()) + " "
    (d / "one-line.txt").write_text(paragraph * (1024 * 1024 // len(paragraph) + 1), encoding="utf-8")
    (d / "only-scripts.html").write_bytes(b"<html><head><script>var x=1;</script></head>"
                                          b"<body><script>run()</script><noscript>JS</noscript></body></html>")
    (d / "image-only.pdf").write_bytes(make_pdf([[]], image_only=True))
    (d / "truncated.pdf").write_bytes(make_pdf([[(72.0, 700.0, "Tekst")]])[:70])
    (d / "german.txt").write_text("Die großen Cloud-Anbieter investieren in diesem Jahr erneut Milliarden in "
                                  "neue Rechenzentren, wie aus den veröffentlichten Zahlen hervorgeht. " * 3,
                                  encoding="utf-8")
    (d / "boilerplate.txt").write_text("Abonneer nu voor € 9,95 per maand.\nVolg ons op LinkedIn en X.\n"
                                       "Beleggen brengt risico's met zich mee.", encoding="utf-8")
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    return {
        "empty.txt": "error: .*empty",
        "binary.txt": "error: .*binary",
        "huge.txt": "error: .*over the limit",
        "invalid-utf8.txt": "warning: .*cp1252",
        "nul-bytes.txt": "warning: .*NUL",
        "only-scripts.html": "error: .*no article text",
        "image-only.pdf": "error: .*OCR",
        "truncated.pdf": "error: .*damaged",
        "german.txt": "warning: .*not supported",
        "boilerplate.txt": "warning: .*not an article",
        "loop-a.txt": "error: .*symlink loop",
        "loop-b.txt": "error: .*symlink loop",
    }


def test_reliability_bad_input_battery(tmp_path, cli):
    import re

    expected = _battery(tmp_path)
    peer = []
    for name in ("08_password-example.pdf", "10_empty.pdf", "13_congress.pdf"):
        try:
            peer.append(shared_path("peer-suites", "pdfs", name))
        except pytest.skip.Exception:
            break
    db = tmp_path / "kb.db"
    result = cli("add", tmp_path / "battery", *peer, "--db", db)
    output = result.stderr
    assert result.exit_code == 1
    assert "Traceback" not in output + result.stdout
    lines = output.splitlines()
    for name, pattern in expected.items():
        matching = [line for line in lines if name in line and re.search(pattern, line)]
        assert matching, f"{name}: no line matching {pattern!r} in:\n{output}"
    for path, reason in zip(peer, ("encrypted", "damaged", "OCR")):
        assert any(path.name in line and reason in line for line in lines), (path.name, output)
    with KnowledgeBase(db) as kb:
        sources = {Path(d["source"]).name for d in kb.documents()}
    assert {"good.txt", "invalid-utf8.txt", "nul-bytes.txt", "one-line.txt", "german.txt"} <= sources
    assert not sources & {"empty.txt", "binary.txt", "huge.txt", "only-scripts.html", "image-only.pdf"}


def test_reliability_max_bytes_is_configurable(tmp_path, cli):
    path = tmp_path / "a.txt"
    path.write_bytes((RESOURCES / "article_nl.txt").read_bytes())
    result = cli("add", path, "--max-bytes", "200", "--db", tmp_path / "kb.db")
    assert result.exit_code == 1
    assert f"error: {path}: file is {path.stat().st_size:,} bytes, over the limit of 200 (--max-bytes)" in result.stderr


def test_reliability_unreadable_file(tmp_path, cli, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_bytes((RESOURCES / "article_nl.txt").read_bytes())
    if os.geteuid() == 0:  # root reads any file: make the read itself fail as it would for a user
        original = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if self.name == "secret.txt" else original(self))
    else:
        path.chmod(0)
    result = cli("add", path, RESOURCES / "article_en.txt", "--db", tmp_path / "kb.db")
    assert result.exit_code == 1
    assert f"error: {path}: permission denied" in result.stderr
    assert "1 added" in result.stderr


def test_reliability_read_only_database(tmp_path, cli, monkeypatch):
    db = tmp_path / "kb.db"
    KnowledgeBase(db).close()
    if os.geteuid() == 0:  # root writes any file: open it read-only as a user's lack of rights would
        import kb.connection as connection

        real_connect = sqlite3.connect
        monkeypatch.setattr(connection.sqlite3, "connect",
                            lambda target, **kw: real_connect(f"file:{target}?mode=ro", uri=True, **kw)
                            if not str(target).startswith("file:") else real_connect(target, **kw))
    else:
        db.chmod(0o444)
    result = cli("add", RESOURCES / "article_en.txt", "--db", db)
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "kb.db" in line and ("read" in line.lower())


@pytest.mark.parametrize("name", ["$(touch pwned).txt", "'; DROP TABLE documents; --.txt", "-dash.txt",
                                  "100% zeker.txt"])
def test_reliability_paths_are_only_paths(tmp_path, cli, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / name
    path.write_bytes((RESOURCES / "article_en.txt").read_bytes())
    result = cli("add", "--db", tmp_path / "kb.db", "--", f"./{name}")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "pwned").exists()
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        assert Path(kb.documents()[0]["source"]).name == name


# Long runs of what the extractors look for; the bench (bench/adversarial.py) shows that the
# time they take grows linearly with their length.
ADVERSARIAL = [
    "9" * 50_000,
    "1." * 20_000,
    "1," * 20_000,
    "$" * 20_000,
    "€ " * 20_000,
    "$1" * 20_000,
    "Groot " * 8_000,
    "A-B-C-" * 8_000,
    "1.234,5 " * 5_000,
    "miljard " * 5_000,
    "((((" * 5_000,
    "Nvidia investeert in " * 2_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_reliability_adversarial_strings_finish(pipeline, text):
    extraction = pipeline.extract(RawDocument("x", "text", text), "nl")
    for fact in extraction.amounts + extraction.entities:
        assert text[fact.start : fact.end] == fact.text


def test_reliability_jobs_workers_use_the_knowledge_base_corrections(tmp_path, cli):
    """With --jobs, worker processes extract with the same entity corrections as one process."""
    from ingest.add import add_paths
    from ingest.pipeline import Pipeline
    from kb.entities import load_knowledge

    folder = _folder(tmp_path, "in", 20)
    (folder / "zz-alias.txt").write_text(
        "Zeeuwse Datahaven wint contract\n\nDe start-up ZDH tekende een huurcontract met Microsoft "
        "voor een datacenter in Vlissingen. Volgens ZDH gaat het om een belangrijke stap.",
        encoding="utf-8")
    db = tmp_path / "kb.db"
    assert cli("entity", "alias", "ZDH", "Zeeuwse Datahaven", "--type", "ORG", "--db", db).exit_code == 0
    with KnowledgeBase(db) as kb:
        pipeline = Pipeline(knowledge=load_knowledge(kb.db))
        report = add_paths([str(folder)], kb, pipeline=pipeline, jobs=2)
    [outcome] = [o for o in report.outcomes if o.source.endswith("zz-alias.txt")]
    canonical = {m.canonical for m in outcome.extraction.entities if m.text == "ZDH"}
    assert canonical == {"Zeeuwse Datahaven"}
