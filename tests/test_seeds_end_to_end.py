"""The seed articles through the whole tool: add them, then ask the knowledge base (issue 7)."""

import json

import pytest
from conftest import shared_path


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    from typer.testing import CliRunner

    from ingest.cli import app

    db = tmp_path_factory.mktemp("seeds") / "kb.db"
    result = CliRunner().invoke(app, ["add", str(shared_path("seeds")), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


def test_seeds_google_guarantees_with_evidence(cli, seeded_db):
    deals = json.loads(cli("deals", "--entity", "Google", "--type", "guarantee", "--json",
                           "--db", seeded_db).stdout)
    found = {(d["target"], d["amount"], d["currency"]) for d in deals}
    assert ("TeraWulf", 3200000000, "USD") in found
    assert ("Cipher Mining", 1400000000, "USD") in found
    for deal in deals:
        assert all("garandeerde" in s["sentence"] for s in deal["sources"])


def test_seeds_google_exposure_is_4_6_billion_of_guarantees_given(cli, seeded_db):
    rows = json.loads(cli("exposure", "Google", "--json", "--db", seeded_db).stdout)
    [total] = [r for r in rows if r["scope"] == "total" and r["type"] == "guarantee"
               and r["direction"] == "given"]
    assert (total["total"], total["currency"]) == (4600000000, "USD")


def test_seeds_nvidia_four_investments(cli, seeded_db):
    deals = json.loads(cli("deals", "--entity", "Nvidia", "--type", "investment", "--json",
                           "--db", seeded_db).stdout)
    targets = {(d["target"], d["amount"]) for d in deals if d["source"] == "Nvidia"}
    assert targets == {("CoreWeave", 100000000), ("OpenAI", 100000000000), ("xAI", 2000000000),
                       ("Intel", 5000000000)}
