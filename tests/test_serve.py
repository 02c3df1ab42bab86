"""``ingest serve``: Datasette started on a free loopback port in a subprocess, asked over HTTP."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from deal_kb import QUOTED, build

from kb import KnowledgeBase
from kb.serve import metadata

STARTUP_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str, **params) -> tuple[int, dict | list]:
    url = f"http://127.0.0.1:{port}{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "kb.sqlite"
    with KnowledgeBase(path) as kb:
        build(kb)
    port = _free_port()
    log = path.with_suffix(".log").open("wb")  # a file, not a pipe that could fill and block the server
    process = subprocess.Popen(
        [sys.executable, "-c", "from ingest.cli import main; main()", "serve", "--db", str(path),
         "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while True:
            try:
                if _get(port, "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.flush()
                pytest.fail(f"datasette did not start: {path.with_suffix('.log').read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield port, path
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def test_serve_metadata_has_canned_queries_and_fts(tmp_path):
    meta = metadata(tmp_path / "my-kb.sqlite")["databases"]["my-kb"]
    assert {"deals_by_entity", "exposure_by_entity"} <= set(meta["queries"])
    assert meta["tables"]["documents"]["fts_table"] == "documents_fts"
    assert not any(query.get("write") for query in meta["queries"].values())


def test_serve_deals_by_entity(server):
    port, path = server
    status, rows = _get(port, f"/{path.stem}/deals_by_entity.json", entity="GOOGLE", _shape="array")
    assert status == 200
    assert [(r["target"], r["amount"], r["currency"], r["sources"]) for r in rows] == [
        ("TeraWulf", 3.2e9, "USD", 2), ("Cipher Mining", 1.4e9, "USD", 1)]
    assert "Google garandeerde $3,2 miljard aan schuld voor TeraWulf." in rows[0]["evidence"]


def test_serve_exposure_by_entity_matches_the_library(server):
    port, path = server
    status, rows = _get(port, f"/{path.stem}/exposure_by_entity.json", entity="TeraWulf", _shape="array")
    assert status == 200
    served = {(r["counterparty"], r["type"], r["direction"], r["currency"], r["total"]) for r in rows}
    with KnowledgeBase(path, readonly=True) as kb:
        library = {(r.counterparty, r.type, r.direction, r.currency, r.total)
                   for r in kb.exposure("TeraWulf") if r.scope == "counterparty"}
    assert served == library


def test_serve_exposure_totals_by_entity(server):
    port, path = server
    _, rows = _get(port, f"/{path.stem}/exposure_totals_by_entity.json", entity="google", _shape="array")
    assert [(r["type"], r["direction"], r["currency"], r["total"], r["counterparties"]) for r in rows] == [
        ("guarantee", "given", "USD", 4.6e9, 2)]


def test_serve_names_with_quotes(server):
    port, path = server
    _, rows = _get(port, f"/{path.stem}/deals_by_entity.json", entity=QUOTED, _shape="array")
    assert [r["source"] for r in rows] == [QUOTED]


def test_serve_full_text_search(server):
    port, path = server
    status, rows = _get(port, f"/{path.stem}/documents.json", _search="garandeerde", _shape="array")
    assert status == 200 and {r["source"] for r in rows} == {"a.txt", "f.txt"}


@pytest.mark.parametrize("sql", ["DELETE FROM deals", "UPDATE entities SET name = 'x'",
                                 "SELECT 1; DELETE FROM deals", "DROP TABLE deals"])
def test_serve_refuses_writes(server, sql):
    port, path = server
    status, _ = _get(port, f"/{path.stem}.json", sql=sql)
    assert status >= 400
    _, rows = _get(port, f"/{path.stem}.json", sql="SELECT count(*) AS n FROM deals", _shape="array")
    assert rows == [{"n": 10}]


def test_serve_binds_loopback_only_by_default(server):
    port, _ = server
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        pytest.skip("this machine has no address besides loopback")
    if address.startswith("127."):
        pytest.skip("this machine has no address besides loopback")
    with pytest.raises(OSError):
        socket.create_connection((address, port), timeout=5).close()


def test_serve_missing_file_is_one_line_error(cli, tmp_path):
    result = cli("serve", "--db", tmp_path / "nope.sqlite", "--port", "0")
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0 and "nope.sqlite" in result.stderr
