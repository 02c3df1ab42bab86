"""The amount extractor's behaviour table, Dutch and English side by side.

Each input marks the expected amounts with ⟦ ⟧: the marks give the expected surface text and
offsets, the expectations list gives kind, value, currency and flags in the same order. An
input without marks expects no amount at all.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extractors.amounts import amounts_in_text, extract_amounts
from extractors.numbers import document_decimal_mark, parse_digits
from extractors.types import Amount

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def money(value, currency=None, approximate=False):
    return {"kind": "money", "value": value, "currency": currency, "approximate": approximate}


def pct(value, approximate=False):
    return {"kind": "percent", "value": value, "approximate": approximate}


def bp(value):
    return {"kind": "basis_points", "value": value}


def rng(kind, low, high, currency=None, approximate=False):
    return {
        "kind": kind,
        "value": low,
        "low": low,
        "high": high,
        "currency": currency,
        "approximate": approximate,
    }


def vague(currency=None):
    return {"kind": "money", "value": None, "currency": currency, "vague": True}


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, start = "", [], None
    for ch in marked:
        if ch == "⟦":
            start = len(text)
        elif ch == "⟧":
            spans.append((start, len(text)))
        else:
            text += ch
    return text, spans


def check(lang: str, marked: str, expected: list[dict]) -> None:
    text, spans = unmark(marked)
    found = amounts_in_text(text, lang)
    assert len(spans) == len(expected), "table error: marks and expectations differ"
    got = [(a.text, a.kind, a.value, a.currency) for a in found]
    assert len(found) == len(expected), f"{text!r}: {got}"
    for a, (start, end), exp in zip(found, spans, expected):
        assert (a.start, a.end, a.text) == (start, end, text[start:end]), got
        assert a.kind == exp["kind"]
        want = exp["value"]
        assert a.value == (Decimal(str(want)) if want is not None else None), got
        if a.kind == "money" and "currency" in exp:
            assert a.currency == exp["currency"], got
        if a.kind != "money":
            assert a.currency is None
        assert a.low == (Decimal(str(exp["low"])) if "low" in exp else None), got
        assert a.high == (Decimal(str(exp["high"])) if "high" in exp else None), got
        assert a.approximate == exp.get("approximate", False), got
        assert a.vague == exp.get("vague", False), got


# (Dutch input, English input, expectations): the same behaviour in both languages.
PARALLEL = [
    # currencies: symbols, codes, words, prefixed dollars
    (
        "De bouw kost ⟦€ 1,5 miljoen⟧.",
        "The build costs ⟦EUR 1.5 million⟧.",
        [money(1500000, "EUR")],
    ),
    ("Kostenplaatje: ⟦$27 miljard⟧.", "Price tag: ⟦$27 billion⟧.", [money(27e9, "USD")]),
    ("een lening van ⟦US$ 5 miljoen⟧", "a loan of ⟦US$5 million⟧", [money(5e6, "USD")]),
    ("⟦£ 8 miljoen⟧ aan boetes", "⟦£8 million⟧ in fines", [money(8e6, "GBP")]),
    ("⟦¥500 miljard⟧ aan steun", "⟦¥500 billion⟧ of support", [money(5e11, "JPY")]),
    ("⟦CHF 100 miljoen⟧ winst", "⟦CHF 100 million⟧ profit", [money(1e8, "CHF")]),
    ("kost ⟦200 EUR⟧ per maand", "costs ⟦200 EUR⟧ a month", [money(200, "EUR")]),
    ("een obligatie van ⟦USD 5 mld⟧", "a bond of ⟦USD 5bn⟧", [money(5e9, "USD")]),
    ("⟦5 miljard USD⟧ opgehaald", "raised ⟦5 billion USD⟧", [money(5e9, "USD")]),
    ("⟦CNY 3 miljard⟧ aan leningen", "⟦CNY 3 billion⟧ in loans", [money(3e9, "CNY")]),
    ("ter waarde van ⟦8,1 miljard euro⟧", "worth ⟦8.1 billion euros⟧", [money(8.1e9, "EUR")]),
    (
        "financiering van ⟦29 miljard dollar⟧",
        "financing of ⟦29 billion dollars⟧",
        [money(29e9, "USD")],
    ),
    ("⟦2 miljard Amerikaanse dollar⟧", "⟦2 billion US dollars⟧", [money(2e9, "USD")]),
    ("⟦300 miljoen pond⟧ winst", "⟦300 million pounds⟧ profit", [money(3e8, "GBP")]),
    ("⟦5 miljard yen⟧", "⟦5 billion yen⟧", [money(5e9, "JPY")]),
    ("⟦10 miljoen Zwitserse frank⟧", "⟦10 million Swiss francs⟧", [money(1e7, "CHF")]),
    ("⟦C$5 miljoen⟧", "⟦C$5 million⟧", [money(5e6, "CAD")]),
    ("⟦A$3 miljard⟧", "⟦A$3bn⟧", [money(3e9, "AUD")]),
    ("⟦HK$10 miljard⟧", "⟦HK$10bn⟧", [money(1e10, "HKD")]),
    ("⟦100 Canadese dollar⟧", "⟦100 Canadian dollars⟧", [money(100, "CAD")]),
    ("⟦3 miljard yuan⟧", "⟦3 billion yuan⟧", [money(3e9, "CNY")]),
    ("⟦100 €⟧ korting", "⟦100 €⟧ off", [money(100, "EUR")]),
    # scale words and abbreviations, attached and apart
    ("⟦€5 mln⟧ subsidie", "⟦€5mn⟧ subsidy", [money(5e6, "EUR")]),
    ("⟦27mrd euro⟧ schuld", "⟦27bn euros⟧ of debt", [money(27e9, "EUR")]),
    ("⟦$100bn⟧ in OpenAI", "⟦$100bn⟧ in OpenAI", [money(1e11, "USD")]),
    ("⟦$3,2B⟧ aan obligaties", "⟦$3.2B⟧ in bonds", [money(3.2e9, "USD")]),
    ("⟦€ 3 mld⟧", "⟦€3 bn⟧", [money(3e9, "EUR")]),
    ("⟦$1,5 biljoen⟧ nodig", "needs ⟦$1.5 trillion⟧", [money(1.5e12, "USD")]),
    ("⟦10 duizend euro⟧", "⟦10 thousand euros⟧", [money(10000, "EUR")]),
    ("⟦€500k⟧ bonus", "⟦€500k⟧ bonus", [money(500000, "EUR")]),
    ("⟦€5m⟧ ronde", "⟦€5m⟧ round", [money(5e6, "EUR")]),
    ("⟦duizend miljard dollar⟧", "⟦thousand billion dollars⟧", [money(1e12, "USD")]),
    # number formats
    ("⟦€ 2.500⟧ per jaar", "⟦€2,500⟧ a year", [money(2500, "EUR")]),
    ("⟦1.234.567,89 euro⟧", "⟦1,234,567.89 euros⟧", [money("1234567.89", "EUR")]),
    ("⟦1 234 567,89 euro⟧", "⟦1 234 567.89 euros⟧", [money("1234567.89", "EUR")]),
    ("⟦€ 4,25⟧ per aandeel", "⟦€4.25⟧ a share", [money("4.25", "EUR")]),
    ("⟦$3,2 miljard⟧ aan schulden", "⟦$3.2 billion⟧ of debt", [money(3.2e9, "USD")]),
    ("⟦$1.500 miljard⟧", "⟦$1,500 billion⟧", [money(1.5e12, "USD")]),
    ("⟦€ 0,125 miljard⟧", "⟦€0.125 billion⟧", [money(1.25e8, "EUR")]),
    ("⟦€ 1.000.000⟧", "⟦€1,000,000⟧", [money(1000000, "EUR")]),
    # ranges
    (
        "variëren van ⟦2.500 tot 6.700 miljard dollar⟧",
        "range from ⟦2,500 to 6,700 billion dollars⟧",
        [rng("money", 2.5e12, 6.7e12, "USD")],
    ),
    ("⟦tussen 10 en 12 procent⟧", "⟦between 10 and 12 percent⟧", [rng("percent", 10, 12)]),
    ("⟦$2,5-6,7 biljoen⟧", "⟦$2.5-6.7 trillion⟧", [rng("money", 2.5e12, 6.7e12, "USD")]),
    (
        "⟦tussen $10 miljard en $12 miljard⟧",
        "⟦between $10 billion and $12 billion⟧",
        [rng("money", 1e10, 1.2e10, "USD")],
    ),
    ("een stijging van ⟦10-12%⟧", "a rise of ⟦10-12%⟧", [rng("percent", 10, 12)]),
    ("⟦10 à 12 procent⟧", "⟦10 to 12 percent⟧", [rng("percent", 10, 12)]),
    (
        "capex van ⟦$70 miljard tot $72 miljard⟧",
        "capex of ⟦$70 billion to $72 billion⟧",
        [rng("money", 7e10, 7.2e10, "USD")],
    ),
    (
        "goed voor ⟦15% tot 20%⟧ van de omzet",
        "account for ⟦15% to 20%⟧ of revenue",
        [rng("percent", 15, 20)],
    ),
    ("⟦€ 5-10 miljoen⟧", "⟦€5-10 million⟧", [rng("money", 5e6, 1e7, "EUR")]),
    ("⟦$10bn-$12bn⟧", "⟦$10bn-$12bn⟧", [rng("money", 1e10, 1.2e10, "USD")]),
    ("⟦ruim 5 tot 10%⟧", "⟦more than 5 to 10%⟧", [rng("percent", 5, 10, approximate=True)]),
    ("steeg van ⟦10%⟧ naar ⟦12%⟧", "rose from ⟦10%⟧ to ⟦12%⟧", [pct(10), pct(12)]),
    (
        "⟦circa $1,4 biljoen⟧ tot 2028",
        "⟦about $1.4 trillion⟧ to 2028",
        [money(1.4e12, "USD", approximate=True)],
    ),
    # approximations
    ("⟦ca. € 5 miljoen⟧", "⟦approximately €5 million⟧", [money(5e6, "EUR", approximate=True)]),
    ("⟦ongeveer $800 miljard⟧", "⟦around $800 billion⟧", [money(8e11, "USD", approximate=True)]),
    ("⟦zo'n 29,6 procent⟧", "⟦roughly 29.6 percent⟧", [pct("29.6", approximate=True)]),
    ("⟦bijna € 2 miljard⟧", "⟦nearly €2bn⟧", [money(2e9, "EUR", approximate=True)]),
    ("⟦ruim $500 miljoen⟧", "⟦more than $500 million⟧", [money(5e8, "USD", approximate=True)]),
    ("⟦meer dan 75%⟧ van de markt", "⟦more than 75%⟧ of the market", [pct(75, approximate=True)]),
    ("⟦tot wel 80%⟧", "⟦up to 80%⟧", [pct(80, approximate=True)]),
    ("⟦rond de 5 procent⟧", "⟦some 5 percent⟧", [pct(5, approximate=True)]),
    (
        "⟦iets meer dan 1,7 miljard euro⟧",
        "⟦just over 1.7 billion euros⟧",
        [money(1.7e9, "EUR", approximate=True)],
    ),
    ("⟦circa 3 procent⟧", "⟦circa 3 percent⟧", [pct(3, approximate=True)]),
    # vague amounts: recognised, never given a value
    ("⟦miljarden⟧ aan schulden", "⟦billions⟧ in debt", [vague()]),
    ("⟦tientallen miljarden⟧ uit winst", "⟦tens of billions⟧ from profit", [vague()]),
    ("⟦honderden miljoenen euro's⟧", "⟦hundreds of millions of euros⟧", [vague("EUR")]),
    ("⟦miljarden dollars⟧", "⟦billions of dollars⟧", [vague("USD")]),
    ("⟦enkele miljarden euro⟧", "⟦several billion euros⟧", [vague("EUR")]),
    ("⟦honderden miljoenen⟧ aan kosten", "⟦hundreds of millions⟧ in costs", [vague()]),
    # percentages
    ("⟦80%⟧ van de investering", "⟦80%⟧ of the investment", [pct(80)]),
    ("⟦80 %⟧ van de investering", "⟦80 %⟧ of the investment", [pct(80)]),
    ("⟦80 procent⟧", "⟦80 percent⟧", [pct(80)]),
    ("gemiddeld ⟦13 pct⟧", "an average ⟦13 pct⟧", [pct(13)]),
    ("Meta’s ⟦20%⟧-belang", "a ⟦20%⟧-stake", [pct(20)]),
    ("⟦0,25 procentpunt⟧", "⟦0.25 percentage points⟧", [pct("0.25")]),
    ("daalde ⟦-5%⟧", "fell ⟦-5%⟧", [pct(-5)]),
    ("⟦+3,2%⟧ hoger", "⟦+3.2%⟧ higher", [pct("3.2")]),
    ("⟦min vijf procent⟧", "⟦minus five percent⟧", [pct(-5)]),
    ("⟦twintig procent⟧", "⟦twenty percent⟧", [pct(20)]),
    ("⟦percentage van 30⟧", "⟦percent of 30⟧", [pct(30)]),
    ("⟦12,5%⟧ rente", "⟦12.5%⟧ interest", [pct("12.5")]),
    ("(soms ⟦boven 12%⟧)", "(sometimes ⟦above 12%⟧)", [pct(12, approximate=True)]),
    ("⟦100 procent⟧", "⟦100 percent⟧", [pct(100)]),
    # basis points: their own kind
    ("⟦50 basispunten⟧", "⟦50 basis points⟧", [bp(50)]),
    ("⟦50bp⟧ hoger", "⟦50bp⟧ higher", [bp(50)]),
    ("⟦25 bps⟧", "⟦25 bps⟧", [bp(25)]),
    ("⟦-25bp⟧", "⟦-25bp⟧", [bp(-25)]),
    ("⟦ruim 100 basispunten⟧", "⟦more than 100 basis points⟧", [{**bp(100), "approximate": True}]),
    # numbers written as words
    ("⟦drie miljard euro⟧", "⟦three billion euros⟧", [money(3e9, "EUR")]),
    ("⟦twee biljoen dollar⟧", "⟦two trillion dollars⟧", [money(2e12, "USD")]),
    ("⟦anderhalf miljard dollar⟧", "⟦one and a half billion dollars⟧", [money(1.5e9, "USD")]),
    ("⟦vijf miljard dollar⟧", "⟦five billion dollars⟧", [money(5e9, "USD")]),
    ("⟦vijfentwintig miljoen euro⟧", "⟦twenty-five million euros⟧", [money(2.5e7, "EUR")]),
    ("⟦tweehonderd miljoen euro⟧", "⟦two hundred million euros⟧", [money(2e8, "EUR")]),
    ("⟦een miljard euro⟧", "⟦a billion euros⟧", [money(1e9, "EUR")]),
    ("⟦een half miljard euro⟧", "⟦half a billion euros⟧", [money(5e8, "EUR")]),
    ("⟦vijf euro⟧", "⟦five euros⟧", [money(5, "EUR")]),
    ("⟦tweeëntwintig procent⟧", "⟦twenty-two percent⟧", [pct(22)]),
    # a scaled number without currency: money only after a money cue
    (
        "Meta investeert ⟦5 miljard⟧ in Hyperion",
        "Meta invests ⟦5 billion⟧ in Hyperion",
        [money(5e9)],
    ),
    ("de investering van ⟦5 miljard⟧", "an investment of ⟦5 billion⟧", [money(5e9)]),
    (
        "een deal ter waarde van ⟦ruim 3 miljard⟧",
        "a deal worth ⟦about 3 billion⟧",
        [money(3e9, approximate=True)],
    ),
    ("Het fonds heeft 5 miljard onder beheer", "The fund manages 5 billion in assets", []),
    ("investeert 5 miljard aandelen", "invested 5 billion shares", []),
    # not amounts
    ("tot 2028", "by 2028", []),
    ("vandaag om 15:15", "today at 15:15", []),
    ("moeilijkheid: 9 / 12", "difficulty: 9 / 12", []),
    ("7 op de 10 retailbeleggers verliest geld", "7 out of 10 retail investors lose money", []),
    ("een netwerk van 33 datacenters", "a network of 33 data centres", []),
    ("160 miljoen aandelen", "160 million shares", []),
    ("2.500 werknemers", "2,500 employees", []),
    ("bel +31 20 123 4567", "call +1 212 555 1234", []),
    (
        "Bezoek https://www.test.com/search?q=30%25%2020%",
        "Visit https://www.test.com/search?q=30%25%2020%",
        [],
    ),
    ("mail ir2025@bank.nl of 100@x.nl", "mail ir2025@bank.com or 100@x.com", []),
    ("op 4-7-2025 en 2025-07-04", "on 7/4/2025 and 2025-07-04", []),
    ("Hoofdstuk 3.2", "Section 3.2", []),
    ("in Q3 2025", "in Q3 2025", []),
    ("Big Tech’s miljardenmachine", "a multibillion-dollar machine", []),
    ("miljarden mensen", "billions of people", []),
    ("miljoenen kijkers", "millions watched", []),
    ("De 3D-printer", "The 3D printer", []),
    ("tussen 2020 en 2025", "between 2020 and 2025", []),
    ("CO2-uitstoot daalde", "CO2 emissions fell", []),
    ("een van de 5 grootste", "one of the 5 largest", []),
    ("1. De AI-koorts", "1. The AI fever", []),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("nl, en, expected", PARALLEL, ids=[p[1][:40] for p in PARALLEL])
def test_extract_amounts_parallel(lang, nl, en, expected):
    check(lang, nl if lang == "nl" else en, expected)


NL = [
    ("Het bedrag is ⟦5 euro 50⟧", [money("5.5", "EUR")]),
    ("Het bedrag is ⟦vijf euro vijftig⟧", [money("5.5", "EUR")]),
    ("Het bedrag is ⟦3 euro en 50 cent⟧", [money("3.5", "EUR")]),
    ("⟦Een kwartje⟧ is ⟦25 cent⟧.", [money("0.25", "EUR"), money("0.25", "EUR")]),
    ("Hij is me nog ⟦€ 24,-⟧ schuldig.", [money(24, "EUR")]),
    ("het is aan te bevelen ⟦€ -12⟧ te schrijven", [money(-12, "EUR")]),
    ("De kosten zijn ⟦100元⟧!", [money(100, "CNY")]),
    ("een waarde van ⟦100.000 gulden⟧", [money(100000, "NLG")]),
    ("Nu tot 1 januari voor ⟦€ 19⟧", [money(19, "EUR")]),
    ("Nu tot 1 januari voor ⟦€\u00a019⟧", [money(19, "EUR")]),
    ("Het tekort is 27mrd", []),
    ("Het bedrijf investeert ⟦27mrd⟧ in chips", [money(27e9)]),
    ("⟦€ 1,500 miljard⟧", [money(1.5e9, "EUR")]),
    ("⟦2 biljard euro⟧", [money(2e15, "EUR")]),
    ("⟦5 mln. euro⟧ subsidie", [money(5e6, "EUR")]),
    ("Het kost ⟦€5 mln⟧. Daarna", [money(5e6, "EUR")]),
    ("pompen samen ⟦triljoenen⟧ in datacenters", [vague()]),
    (
        "verkocht voor ⟦35,9 miljoen dollar⟧, dat was ⟦zo'n 29,6 procent⟧",
        [money(3.59e7, "USD"), pct("29.6", approximate=True)],
    ),
    ("kunnen oplopen tot ⟦500 miljard dollar⟧ - fors hoger", [money(5e11, "USD")]),
    ("⟦€ 1 500 000⟧", [money(1500000, "EUR")]),
    ("⟦15 dollar en 15 cent⟧", [money("15.15", "USD")]),
    ("⟦50 dollar⟧ ⟦50 dollar⟧", [money(50, "USD"), money(50, "USD")]),
    ("⟦8,1 miljard euro⟧ en ⟦13%⟧", [money(8.1e9, "EUR"), pct(13)]),
    ("⟦€ 2 miljard⟧ in 2024 en ⟦€ 3 miljard⟧ in 2025", [money(2e9, "EUR"), money(3e9, "EUR")]),
    ("In 2023 ⟦$5 miljard⟧ opgehaald", [money(5e9, "USD")]),
    ("⟦duizend euro⟧", [money(1000, "EUR")]),
    ("⟦een paar miljard euro⟧", [vague("EUR")]),
    ("⟦vele miljarden⟧", [vague()]),
    ("⟦honderd procent⟧", [pct(100)]),
    ("⟦50 Britse pond⟧", [money(50, "GBP")]),
    ("⟦2 miljoen Zweedse kronen⟧", [money(2e6, "SEK")]),
    ("⟦ƒ 100⟧", [money(100, "NLG")]),
    ("⟦€ 5 - 6 miljoen⟧", [rng("money", 5e6, 6e6, "EUR")]),
    ("⟦tussen € 10 en € 12⟧", [rng("money", 10, 12, "EUR")]),
    ("⟦10–12 procent⟧", [rng("percent", 10, 12)]),
    ("groei van 4 tot 5 keer", []),
    ("⟦5 procentpunten⟧", [pct(5)]),
    ("rente ⟦-0,5%⟧", [pct("-0.5")]),
    ("een stijging van ⟦0,1234%⟧", [pct("0.1234")]),
    ("Ik vond laatst ⟦een cent⟧ op de grond", [money("0.01", "EUR")]),
    ("Ørsted haalt ⟦60 miljard kroon⟧ op, koers in Deense kroon", [money(6e10, "DKK")]),
    ("aandelen tegen ⟦66,6 kroon⟧ per stuk", [money("66.6", None)]),
    ("⟦$5⟧ per aandeel plus ⟦50 cent⟧", [money(5, "USD"), money("0.5", "USD")]),
]

EN = [
    ("it rose ⟦50 cents⟧", [money("0.5", "USD")]),
    ("a bid of ⟦470 pence⟧ a share", [money("4.7", "GBP")]),
    ("a ⟦12-cent⟧-a-share dividend", [money("0.12", "USD")]),
    ("its ⟦one-yen⟧ bid", [money(1, "JPY")]),
    ("it cost ⟦thirteen dollars and forty-five cents⟧", [money("13.45", "USD")]),
    ("it cost ⟦3 dollars 50 cents⟧.", [money("3.5", "USD")]),
    ("between ⟦c $ 16.4 million⟧", [money(1.64e7, "CAD")]),
    ("to ⟦hk $ 10.05 billion⟧", [money(1.005e10, "HKD")]),
    ("a ⟦us $ 150 million⟧ loan", [money(1.5e8, "USD")]),
    ("Sell ⟦Mex$ 10 million⟧ forward", [money(1e7, "MXN")]),
    ("⟦NZ$2bn⟧ deal", [money(2e9, "NZD")]),
    ("⟦S$1.2 billion⟧ deal", [money(1.2e9, "SGD")]),
    ("a ⟦$4 billion⟧ loan", [money(4e9, "USD")]),
    ("a ⟦$5m⟧ round", [money(5e6, "USD")]),
    ("a ⟦£2.5bn⟧ bond", [money(2.5e9, "GBP")]),
    ("a ⟦$3tn⟧ market", [money(3e12, "USD")]),
    ("⟦35 lakh rupees⟧", [money(3.5e6, "INR")]),
    ("a ⟦$1.500 billion⟧ plan", [money(1.5e9, "USD")]),
    ("rose from ⟦$5bn⟧ to ⟦$7bn⟧", [money(5e9, "USD"), money(7e9, "USD")]),
    ("ranging from ⟦$5bn to $7bn⟧", [rng("money", 5e9, 7e9, "USD")]),
    ("In 2023 ⟦$5 billion⟧ was raised", [money(5e9, "USD")]),
    ("⟦an estimated $5 billion⟧", [money(5e9, "USD", approximate=True)]),
    ("offering of ⟦$ 75 million⟧ of bonds", [money(7.5e7, "USD")]),
    ("⟦125 million Australian dollars⟧ of bonds", [money(1.25e8, "AUD")]),
    ("fined ⟦10,000 Swiss francs⟧", [money(10000, "CHF")]),
    ("for ⟦323 million euros⟧", [money(3.23e8, "EUR")]),
    ("estimated at ⟦£ 8.10 million⟧", [money(8.1e6, "GBP")]),
    ("a ⟦USD 1.2bn⟧ facility", [money(1.2e9, "USD")]),
    ("⟦thousands of dollars⟧", [vague("USD")]),
    ("thousands of jobs", []),
    ("thousands protested", []),
    ("a pound of flesh", []),
    ("ALL 5 solutions are wrong.", []),
    ("I tried to call Bob 3 times already.", []),
    ("⟦one hundred percent⟧", [pct(100)]),
    ("⟦per cent of twenty-two⟧", [pct(22)]),
    ("⟦one dollar and one⟧ and one point", [money("1.01", "USD")]),
    ("⟦50 dollar⟧ ⟦40 rmb⟧", [money(50, "USD"), money(40, "CNY")]),
    ("50 ⟦50 dollar⟧ bills", [money(50, "USD")]),
    ("a ⟦$5 billion to $7 billion⟧ swing", [rng("money", 5e9, 7e9, "USD")]),
    ("net interest income sank ⟦27 %⟧ to ⟦$ 254 million⟧.", [pct(27), money(2.54e8, "USD")]),
    ("a ⟦$2.5 to $6.7 trillion⟧ market", [rng("money", 2.5e12, 6.7e12, "USD")]),
    ("⟦a few billion dollars⟧", [vague("USD")]),
    ("⟦10 US dollar⟧", [money(10, "USD")]),
    ("⟦100 Chinese yuan⟧", [money(100, "CNY")]),
    ("it's ⟦$5⟧", [money(5, "USD")]),
    ("operating profit of ⟦11.4 trillion won⟧", [money(1.14e13, "KRW")]),
    ("the team won 5 games", []),
    (
        "a ⟦€2.5 billion⟧ dividend, or ⟦50 cents⟧ a share",
        [money(2.5e9, "EUR"), money("0.5", "EUR")],
    ),
    ("returns of ⟦9% to 11%⟧, up from ⟦6% to 8%⟧", [rng("percent", 9, 11), rng("percent", 6, 8)]),
    ("⟦5 billion Danish krone⟧ and ⟦2 billion krone⟧", [money(5e9, "DKK"), money(2e9, "DKK")]),
]


@pytest.mark.parametrize("marked, expected", NL, ids=[c[0][:40] for c in NL])
def test_extract_amounts_nl(marked, expected):
    check("nl", marked, expected)


@pytest.mark.parametrize("marked, expected", EN, ids=[c[0][:40] for c in EN])
def test_extract_amounts_en(marked, expected):
    check("en", marked, expected)


# Separators: the number's own shape first, then the document's style, then the language.
DIGITS = [
    ("3,2", ",", "3.2"),
    ("3,2", ".", "3.2"),
    ("3.2", ",", "3.2"),
    ("2.500", ",", "2500"),
    ("2.500", ".", "2.5"),
    ("1,500", ".", "1500"),
    ("1,500", ",", "1.5"),
    ("1.234.567,89", ".", "1234567.89"),
    ("1,234,567.89", ",", "1234567.89"),
    ("1.234.567", ".", "1234567"),
    ("1,234,567", ",", "1234567"),
    ("0,125", ".", "0.125"),
    ("0.125", ",", "0.125"),
    ("1 234 567,89", ".", "1234567.89"),
    ("12345", ",", "12345"),
    ("4,25", ".", "4.25"),
]


@pytest.mark.parametrize("raw, mark, value", DIGITS)
def test_parse_digits_separators(raw, mark, value):
    assert parse_digits(raw, mark) == Decimal(value)


def test_document_decimal_mark_english_text_with_dutch_numbers():
    assert document_decimal_mark("Revenue was 3,25 and costs 1.500", ".") == ","


def test_document_decimal_mark_keeps_language_default_when_mixed():
    assert document_decimal_mark("3,25 and 2.75 and 1.500", ".") == "."


def test_extract_amounts_nl_document_style_decides_ambiguous_separator():
    text = "Omzet $2.75 miljard; winst $1.500 miljoen."
    values = [a.value for a in amounts_in_text(text, "nl")]
    assert values == [Decimal("2750000000"), Decimal("1500000")]


def test_extract_amounts_nl_comma_decimal_with_scale_never_thousands():
    (a,) = amounts_in_text("$3,2 miljard", "nl")
    assert a.value == Decimal("3200000000")
    (b,) = amounts_in_text("$3,2 billion", "en")
    assert b.value == Decimal("3200000000")


def test_extract_amounts_value_is_canonical_decimal():
    (a,) = amounts_in_text("$3,2 miljard", "nl")
    assert str(a.value) == "3200000000"
    assert a.to_json()["value"] == 3200000000


def _seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("../shared/seeds is not beside the project")
    return path.read_text(encoding="utf-8")


def test_extract_amounts_seed_000_amounts():
    text = _seed_text("000_0cf27d951c3b3ffd.txt")
    found = {(a.text, a.value, a.currency) for a in amounts_in_text(text, "nl")}
    assert ("$1,5 biljoen", Decimal("1500000000000"), "USD") in found
    assert ("circa $1,4 biljoen", Decimal("1400000000000"), "USD") in found
    assert ("$3,2 miljard", Decimal("3200000000"), "USD") in found
    assert ("80%", Decimal("80"), None) in found
    assert ("13%", Decimal("13"), None) in found


def test_extract_amounts_seed_000_subscription_price_is_plain_money():
    text = _seed_text("000_0cf27d951c3b3ffd.txt")
    (price,) = [a for a in amounts_in_text(text, "nl") if "19" in a.text]
    assert (price.kind, price.value, price.currency) == ("money", Decimal("19"), "EUR")
    assert price.low is None and not price.approximate


def test_extract_amounts_seed_000_no_amounts_in_byline_or_disclaimer():
    text = _seed_text("000_0cf27d951c3b3ffd.txt")
    texts = [a.text for a in amounts_in_text(text, "nl")]
    assert not any(t in ("15", "9", "12", "7", "10", "33", "2028", "2023") for t in texts)


def test_extract_amounts_seed_002_amounts():
    text = _seed_text("002_4bc164017a09505f.txt")
    found = amounts_in_text(text, "nl")
    by_text = {a.text: a for a in found}
    r = by_text["2.500 tot 6.700 miljard dollar"]
    assert (r.value, r.low, r.high, r.currency) == (
        Decimal("2500000000000"),
        Decimal("2500000000000"),
        Decimal("6700000000000"),
        "USD",
    )
    assert by_text["8,1 miljard euro"].value == Decimal("8100000000")
    assert by_text["tientallen miljarden"].vague


@pytest.mark.parametrize("name", ["000_0cf27d951c3b3ffd.txt", "002_4bc164017a09505f.txt"])
def test_extract_amounts_seed_offsets_sorted_and_disjoint(name):
    text = _seed_text(name)
    found = amounts_in_text(text, "nl")
    assert found
    for a in found:
        assert text[a.start : a.end] == a.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_extract_amounts_spacy_doc_and_component():
    import spacy

    import extractors.amounts  # noqa: F401  registers the factory

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("amounts")
    doc = nlp("Google garandeerde $3,2 miljard. Meta houdt 20%.")
    assert [a.text for a in doc._.amounts] == ["$3,2 miljard", "20%"]
    assert all(isinstance(a, Amount) for a in doc._.amounts)
    assert [s.text for s in doc.spans["amounts"]] == ["$3,2 miljard", "20%"]
    assert [s.label_ for s in doc.spans["amounts"]] == ["money", "percent"]
    assert extract_amounts(doc) == doc._.amounts


def test_extract_amounts_spacy_english_pipeline():
    import spacy

    import extractors.amounts  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("amounts")
    doc = nlp("Meta sold $27 billion of bonds, about 80% of the cost.")
    assert [(a.text, a.value) for a in doc._.amounts] == [
        ("$27 billion", Decimal("27000000000")),
        ("about 80%", Decimal("80")),
    ]


def test_extract_amounts_unknown_language_raises():
    with pytest.raises(ValueError):
        amounts_in_text("€ 5", "de")


def test_extract_amounts_empty_text():
    assert amounts_in_text("", "nl") == []
    assert amounts_in_text("", "en") == []
