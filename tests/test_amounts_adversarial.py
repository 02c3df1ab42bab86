"""Adversarial inputs: long runs of digits, marks, signs and words must come back quickly and
well-formed. The assertions are on the output; the timing (linear growth) is measured in
``bench/amounts_vs_quantulum.py``. A quadratic or backtracking regression shows here as a test
run that takes minutes instead of seconds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.amounts import amounts_in_text

N = 10_000

ADVERSARIAL = {
    "digits": "1" * (5 * N),
    "dotted": "1." * N,
    "commas_digits": "1," * N,
    "dollars": "$" * (5 * N),
    "commas": "," * (5 * N),
    "dashes": "-" * (5 * N) + "5%",
    "dash_ranges": "1-" * N,
    "space_groups": "1 000 " * N,
    "scale_words": "miljard billion " * N,
    "vague_words": "tientallen tens of " * N,
    "glued_number_words": "vijf" * N,
    "number_words": "vijfentwintig twenty-five " * N,
    "negatives": "min minus " * N + "5%",
    "cues": "meer dan more than " * N,
    "signs": "+-" * N + "5%",
    "currency_codes": "USD EUR " * N,
    "mixed_marks": "$1.1,1.1,1 " * (N // 5),
    "url": "https://x.com/" + "9%" * N,
    "percent_signs": "%" * (5 * N),
    "newlines": "5\n" * N,
}


def _well_formed(text: str, found: list) -> None:
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.kind in ("money", "percent", "basis_points")
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_amounts_adversarial_input_is_well_formed(lang, name):
    text = ADVERSARIAL[name]
    _well_formed(text, amounts_in_text(text, lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_huge_number_is_not_an_amount(lang):
    assert amounts_in_text("$" + "9" * 100_000, lang) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_dollar_run_before_number_reads_last_sign(lang):
    found = amounts_in_text("$$$$5", lang)
    assert [(a.text, a.value) for a in found] == [("$5", Decimal(5))]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_comma_run_after_percent(lang):
    found = amounts_in_text("5%,,,,,,,,", lang)
    assert [(a.text, a.value) for a in found] == [("5%", Decimal(5))]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_percent_run_counts_each(lang):
    text = "5% " * 1000
    found = amounts_in_text(text, lang)
    assert len(found) == 1000 and all(a.value == Decimal(5) for a in found)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_url_hides_its_percentages(lang):
    assert amounts_in_text(ADVERSARIAL["url"], lang) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amounts_adversarial_control_and_odd_characters(lang):
    text = "\x00€\u200b5\ufeff miljard\u202e $ \t\t 5 % \u00a0€\u00a05"
    _well_formed(text, amounts_in_text(text, lang))
