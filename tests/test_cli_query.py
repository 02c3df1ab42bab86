import csv
import io
import json
from pathlib import Path

import pytest
from deal_kb import PERCENT, QUOTED, build

from kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["entities", "entity", "deals", "search", "exposure", "export", "graph", "serve", "reprocess"]


@pytest.fixture
def db(kb_path):
    with KnowledgeBase(kb_path) as kb:
        build(kb)
    return kb_path


def _json(result):
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _csv(result):
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_cli_entities_json_csv_table(cli, db):
    rows = _json(cli("entities", "--db", db, "--json"))
    assert list(rows[0]) == ["id", "name", "label", "parent", "mentions", "documents", "deals"]
    assert rows[0]["name"] == "TeraWulf"
    assert [r["name"] for r in _csv(cli("entities", "--db", db, "--csv", "--search", "%"))] == [PERCENT]
    table = cli("entities", "--db", db, "--type", "ORG")
    assert table.exit_code == 0 and "Google Cloud" in table.stdout and "mentions" in table.stdout.splitlines()[0]


def test_cli_entity_profile(cli, db):
    profile = _json(cli("entity", "google CLOUD", "--db", db, "--json"))
    assert profile["name"] == "Google Cloud" and profile["parent"] == "Google"
    assert {d["direction"] for d in profile["deals"]} == {"given", "received"}
    rows = _csv(cli("entity", "Google", "--db", db, "--csv"))
    assert {r["target"] for r in rows} == {"TeraWulf", "Cipher Mining"} and len(rows) == 3  # one per source
    text = cli("entity", "Google", "--db", db).stdout
    assert "divisions: Google Cloud" in text and "Google garandeerde $3,2 miljard" in text


def test_cli_deals_of_google_with_evidence(cli, db):
    deals = _json(cli("deals", "--entity", "Google", "--db", db, "--json"))
    assert [(d["target"], d["amount"], d["currency"]) for d in deals] == [
        ("TeraWulf", 3200000000, "USD"), ("Cipher Mining", 1400000000, "USD")]
    assert all(d["sources"] and all(s["sentence"] for s in d["sources"]) for d in deals)
    assert set(deals[0]) >= {"id", "type", "source", "target", "amount", "currency", "status", "as_of",
                             "source_count", "sources"}


def test_cli_deals_filters_and_csv(cli, db):
    assert len(_json(cli("deals", "--entity", "Nvidia", "--type", "investment", "--db", db, "--json"))) == 4
    rows = _csv(cli("deals", "--min-amount", "1e9", "--currency", "usd", "--since", "2025-10-01", "--db", db, "--csv"))
    assert {(r["source"], r["target"]) for r in rows} == {
        ("Google", "TeraWulf"), ("Nvidia", "xAI"), ("Nvidia", "Anthropic"), ("Blue Owl Capital", "Meta")}
    assert {"sentence", "document_id", "document_path"} <= set(rows[0])
    table = cli("deals", "--entity", "Nvidia", "--db", db).stdout
    assert "#6  investment  Nvidia → OpenAI  (no amount)" in table


def test_cli_search(cli, db):
    hits = _json(cli("search", "garandeerde", "--db", db, "--json"))
    assert {h["path"] for h in hits} == {"a.txt", "f.txt"} and "[garandeerde]" in hits[0]["snippet"]
    assert _csv(cli("search", "garandeerde", "--limit", "1", "--db", db, "--csv"))[0]["document_id"]
    assert "[garandeerde]" in cli("search", "garandeerde", "--db", db).stdout
    assert cli("search", 'AND "(', "--db", db).exit_code == 0
    bad = cli("search", '"open', "--raw", "--db", db)
    assert bad.exit_code == 1 and bad.stderr.startswith("error: search")


def test_cli_exposure_google(cli, db):
    rows = _json(cli("exposure", "Google", "--db", db, "--json"))
    [total] = [r for r in rows if r["scope"] == "total" and r["type"] == "guarantee" and r["direction"] == "given"]
    assert (total["total"], total["currency"], total["deals"]) == (4600000000, "USD", 2)
    table = cli("exposure", "Google", "--rollup", "--db", db).stdout
    assert "(all)" in table and "EUR" in table and "USD" in table


def test_cli_exposure_with_fx_states_the_rates(cli, db, tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("# base: USD\n# date: 2025-06-30\n# source: my desk\ncurrency,rate\nEUR,0.8\n")
    rows = _csv(cli("exposure", "Google", "--rollup", "--fx", rates, "--db", db, "--csv"))
    total = next(r for r in rows if r["scope"] == "total" and r["type"] == "guarantee")
    assert (total["total"], total["currency"], total["fx_date"], total["fx_source"]) == (
        "4725000000", "USD", "2025-06-30", "my desk")
    assert total["fx_rates"] == "EUR=1.25;USD=1.0"
    table = cli("exposure", "Google", "--rollup", "--fx-reference", "--db", db).stdout
    assert table.startswith("Amounts converted to USD at rates of 2024-12-31")


def test_cli_exposure_fx_errors_are_one_line(cli, db, tmp_path):
    missing = cli("exposure", "Google", "--fx", tmp_path / "nope.csv", "--db", db)
    assert missing.exit_code == 1 and missing.stderr.strip() == f"error: {tmp_path / 'nope.csv'}: no such file"
    rates = tmp_path / "rates.csv"
    rates.write_text("# base: USD\ncurrency,rate\nGBP,0.75\n")
    partial = cli("exposure", "Google", "--rollup", "--fx", rates, "--db", db, "--json")
    assert partial.exit_code == 0 and "no rate for EUR" in partial.stderr


@pytest.mark.parametrize("name", [QUOTED, PERCENT, "o'reilly \"media\""])
def test_cli_names_with_quotes_apostrophes_percent_semicolon(cli, db, tmp_path, name):
    assert [d["target"] for d in _json(cli("deals", "--entity", name, "--db", db, "--json"))] == [PERCENT]
    assert _json(cli("entity", name, "--db", db, "--json"))["deals"]
    assert _json(cli("exposure", name, "--db", db, "--json"))
    assert cli("graph", name, "-o", tmp_path / "g.svg", "--db", db).exit_code == 0
    assert [r["name"] for r in _json(cli("entities", "--search", "reilly \"", "--db", db, "--json"))] == [QUOTED]


def test_cli_unknown_entity_is_one_line_and_exit_1(cli, db):
    for args in (["entity", "Nobody"], ["deals", "--entity", "Nobody"], ["exposure", "Nobody"]):
        result = cli(*args, "--db", db)
        assert result.exit_code == 1
        assert result.stderr == "error: no entity called 'Nobody' in the knowledge base\n"


def test_cli_bad_date_and_missing_db(cli, db, tmp_path):
    result = cli("deals", "--since", "soon", "--db", db)
    assert result.exit_code == 1 and "--since" in result.stderr
    missing = cli("deals", "--db", tmp_path / "none.db")
    assert missing.exit_code == 2 and "none.db" in missing.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "graphml"])
def test_cli_export_formats(cli, db, tmp_path, fmt):
    out = tmp_path / f"deals.{fmt}"
    result = cli("export", "--format", fmt, "-o", out, "--db", db)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert {"json": "\"deal_id\"", "csv": "deal_id,source,target", "graphml": "<graphml"}[fmt] in text


def test_cli_export_format_from_file_name_and_stdout(cli, db, tmp_path):
    assert cli("export", "-o", tmp_path / "d.graphml", "--db", db).exit_code == 0
    assert (tmp_path / "d.graphml").read_text().startswith("<?xml")
    assert len(json.loads(cli("export", "--db", db).stdout)) == 10


def test_cli_graph_writes_picture(cli, db, tmp_path):
    result = cli("graph", "TeraWulf", "-o", tmp_path / "t.png", "--depth", "2", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    bad = cli("graph", "TeraWulf", "-o", tmp_path / "t.gif", "--db", db)
    assert bad.exit_code == 1 and ".png or .svg" in bad.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_query_commands_have_help_and_readme_rows(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"`ingest {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_entity_name_goes_to_show_unless_it_is_a_command(cli, db):
    direct = cli("entity", "Google", "--json", "--db", db)
    shown = cli("entity", "show", "Google", "--json", "--db", db)
    assert _json(direct) == _json(shown)
    assert "show" in cli("entity", "--help").stdout
