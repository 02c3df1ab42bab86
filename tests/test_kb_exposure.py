from decimal import Decimal

import pytest
from deal_kb import build

from extractors.types import Deal, Mention
from ingest.errors import FxTableError, UnknownEntity
from ingest.pipeline import Extraction
from ingest.readers import RawDocument
from kb.fx import load_fx, parse_fx, reference_fx


@pytest.fixture
def deal_kb(kb):
    build(kb)
    return kb


def _rows(rows, scope="total", **match):
    return [r for r in rows if r.scope == scope and all(getattr(r, k) == v for k, v in match.items())]


def _fx(tmp_path, body="currency,rate\nEUR,0.8\n", header="# date: 2025-06-30\n# base: USD\n# source: test desk\n"):
    path = tmp_path / "rates.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_kb_exposure_guarantees_given_total_per_currency(deal_kb):
    rows = deal_kb.exposure("Google")
    [total] = _rows(rows, type="guarantee", direction="given")
    assert (total.currency, total.total, total.deals, total.counterparties) == ("USD", 4600000000, 2, 2)
    assert total.documents == [1, 6] and total.by_currency == {"USD": 4600000000}
    per = {(r.counterparty, r.currency): r.total for r in _rows(rows, "counterparty")}
    assert per == {("TeraWulf", "USD"): 3200000000, ("Cipher Mining", "USD"): 1400000000}


def test_kb_exposure_never_adds_currencies_without_fx(deal_kb):
    rows = deal_kb.exposure("Google", rollup=True)
    totals = {r.currency: r.total for r in _rows(rows, type="guarantee", direction="given")}
    assert totals == {"USD": 4600000000, "EUR": 100000000}
    assert all(r.fx_rates is None and r.fx_date is None for r in rows)
    assert all(len(r.by_currency) <= 1 for r in rows)


def test_kb_exposure_rollup_counts_divisions_as_parent(deal_kb):
    plain = deal_kb.exposure("Google")
    assert not _rows(plain, type="lease")  # Google Cloud's lease is its own without --rollup
    rolled = deal_kb.exposure("Google", rollup=True)
    [lease] = _rows(rolled, type="lease")
    assert (lease.entity, lease.direction, lease.total, lease.currency) == ("Google", "received", 500000000, "EUR")
    # Seen from the other side, the counterparty is rolled up too.
    [terawulf] = _rows(deal_kb.exposure("TeraWulf", rollup=True), "counterparty", currency="EUR")
    assert terawulf.counterparty == "Google" and terawulf.direction == "received"
    everyone = {r.entity for r in deal_kb.exposure(rollup=True)}
    assert "Google Cloud" not in everyone and "Google" in everyone


def test_kb_exposure_rollup_leaves_out_deals_within_a_group(deal_kb):
    text = "Google leent Google Cloud $1 miljard."
    doc = RawDocument(source="g.txt", format="text", text=text)
    deal_kb.add(Extraction(doc, "nl", True,
                           entities=[Mention("Google", 0, 6, "ORG", "Google"),
                                     Mention("Google Cloud", 13, 25, "ORG", "Google Cloud")],
                           deals=[Deal("financing", "Google", "Google Cloud", text, 0, len(text), 0.8,
                                       amount=Decimal("1000000000"), currency="USD")]))
    assert _rows(deal_kb.exposure("Google"), type="financing")
    assert not _rows(deal_kb.exposure("Google", rollup=True), type="financing")


def test_kb_exposure_directions(deal_kb):
    rows = deal_kb.exposure("TeraWulf")
    assert {(r.type, r.direction, r.currency, r.total) for r in _rows(rows)} == {
        ("guarantee", "received", "USD", 3200000000), ("guarantee", "received", "EUR", 100000000)}
    [meta] = _rows(deal_kb.exposure("Meta"))
    [owl] = _rows(deal_kb.exposure("Blue Owl Capital"))
    assert meta.direction == owl.direction == "partner"


def test_kb_exposure_counts_deals_without_amount(deal_kb):
    rows = _rows(deal_kb.exposure("Nvidia"), type="investment")
    by_currency = {r.currency: r for r in rows}
    assert by_currency["USD"].total == 12100000000 and by_currency["USD"].deals == 3
    assert by_currency[None].total is None and by_currency[None].deals_without_amount == 1


def test_kb_exposure_of_every_entity_has_both_sides(deal_kb):
    rows = deal_kb.exposure()
    sides = {(r.entity, r.direction) for r in _rows(rows, type="investment")}
    assert ("Nvidia", "given") in sides and ("CoreWeave", "received") in sides
    assert len(_rows(rows, "counterparty")) == 2 * deal_kb.count("deals")


def test_kb_exposure_fx_conversion_is_stated(deal_kb, tmp_path):
    fx = load_fx(_fx(tmp_path))
    rows = deal_kb.exposure("Google", rollup=True, fx=fx, to="USD")
    [total] = _rows(rows, type="guarantee", direction="given")
    # 100 million EUR at 0.8 EUR per USD is 125 million USD.
    assert (total.currency, total.total) == ("USD", 4725000000)
    assert total.by_currency == {"EUR": 100000000, "USD": 4600000000}
    assert total.fx_rates == {"EUR": 1.25, "USD": 1.0}
    assert (total.fx_date, total.fx_source) == ("2025-06-30", "test desk")


def test_kb_exposure_fx_into_another_currency(deal_kb, tmp_path):
    fx = load_fx(_fx(tmp_path))
    [total] = _rows(deal_kb.exposure("Google", fx=fx, to="EUR"), type="guarantee")
    assert (total.currency, total.total) == ("EUR", 3680000000)


def test_kb_exposure_fx_without_a_rate_keeps_the_currency(deal_kb, tmp_path):
    fx = load_fx(_fx(tmp_path, body="currency,rate\nGBP,0.75\n"))
    rows = _rows(deal_kb.exposure("Google", rollup=True, fx=fx), type="guarantee")
    assert {(r.currency, r.total, r.fx_rates is None) for r in rows} == {
        ("USD", 4600000000, False), ("EUR", 100000000, True)}


def test_kb_exposure_fx_target_must_be_in_table(deal_kb, tmp_path):
    with pytest.raises(FxTableError, match="JPY"):
        deal_kb.exposure("Google", fx=load_fx(_fx(tmp_path)), to="JPY")


def test_kb_exposure_unknown_entity(deal_kb):
    with pytest.raises(UnknownEntity):
        deal_kb.exposure("Nobody Inc")


def test_fx_reference_table_is_dated_and_sourced():
    table = reference_fx()
    assert table.base == "EUR" and table.date == "2024-12-31" and "ECB" in table.source
    assert table.rate("USD", "USD") == 1
    assert Decimal("0.9") < table.rate("USD", "EUR") < Decimal("1")
    assert "2024-12-31" in table.describe("USD")


@pytest.mark.parametrize("text, reason", [
    ("currency,rate\nEUR,1\n", "base"),
    ("# base: USD\ncurrency,value\nEUR,1\n", "columns"),
    ("# base: USD\ncurrency,rate\nEUR,-1\n", "row 1"),
    ("# base: USD\ncurrency,rate\nEUR,0.9\neuro,x\n", "row 2"),
    ("# base: USD\n# date: last week\ncurrency,rate\n", "date"),
    ("# base: USD\ncurrency,rate\nUSD,2\n", "rate 1"),
])
def test_fx_bad_table_is_a_named_error(text, reason):
    with pytest.raises(FxTableError, match=reason) as info:
        parse_fx(text, "rates.csv")
    assert "rates.csv" in str(info.value)


def test_fx_missing_file_names_it(tmp_path):
    with pytest.raises(FxTableError, match="nope.csv: no such file"):
        load_fx(tmp_path / "nope.csv")
