"""The scorer on hand-made annotations and predictions: no pipeline, no files."""

from __future__ import annotations

import pytest

from ingest.evaluate.annotations import build_annotation
from ingest.evaluate.scorer import Counts, match, score_article
from ingest.readers import RawDocument

TEXT = (
    "Meta’s Hyperion deal: Meta Platforms and Blue Owl form a joint venture worth roughly $27 billion. "
    "Blue Owl will hold 80% of it. Pimco bought $18 billion of bonds. "
    "Google backed $3.2 billion of TeraWulf's debt. Margins rose between 10 and 12 percent, "
    "and investors poured tens of billions into AI. Alphabet also invested in TeraWulf. "
    "Reporting by Jane Doe in Louisiana; Hyperion is the campus. Another $18 billion came later."
)


def _span(text: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = TEXT.index(text, at + 1)
    return at, at + len(text)


GOLD = {
    "language": "en",
    "genre": "news_report",
    "entities": [
        {"name": "Meta", "label": "ORG", "forms": ["Meta’s", "Meta Platforms"]},
        {"name": "Blue Owl Capital", "label": "ORG", "forms": ["Blue Owl"]},
        {"name": "Pimco", "label": "ORG", "forms": ["Pimco"]},
        {"name": "Google", "label": "ORG", "forms": ["Google", "Alphabet"]},
        {"name": "TeraWulf", "label": "ORG", "forms": ["TeraWulf", "TeraWulf's"]},
        {"name": "Jane Doe", "label": "PERSON", "forms": ["Jane Doe"]},
        {"name": "Louisiana", "label": "GPE", "forms": ["Louisiana"]},
        {"name": "Hyperion", "label": "FACILITY", "forms": ["Hyperion"]},
    ],
    "amounts": [
        {"text": "roughly $27 billion", "kind": "money", "value": 27e9, "currency": "USD", "approximate": True},
        {"text": "80%", "kind": "percent", "value": 80, "currency": None},
        {"text": "$18 billion", "kind": "money", "value": 18e9, "currency": "USD"},
        {"text": "$3.2 billion", "kind": "money", "value": 3.2e9, "currency": "USD"},
        {"text": "between 10 and 12 percent", "kind": "percent", "value": 10, "low": 10, "high": 12,
         "currency": None},
        {"text": "tens of billions", "kind": "money", "value": None, "currency": None, "vague": True},
        {"text": "$18 billion", "kind": "money", "value": 18e9, "currency": "USD"},
    ],
    "deals": [
        {"type": "joint_venture", "source": "Meta", "target": "Blue Owl Capital", "amount": 27e9,
         "currency": "USD", "evidence": "Meta Platforms and Blue Owl form a joint venture worth roughly $27 billion."},
        {"type": "financing", "source": "Pimco", "target": None, "amount": 18e9, "currency": "USD",
         "evidence": "Pimco bought $18 billion of bonds."},
        {"type": "guarantee", "source": "Google", "target": "TeraWulf", "amount": 3.2e9, "currency": "USD",
         "evidence": "Google backed $3.2 billion of TeraWulf's debt."},
        {"type": "stake", "source": "Blue Owl Capital", "target": None, "share": 80,
         "evidence": "Blue Owl will hold 80% of it."},
    ],
    "optional": {
        "entities": [{"name": "AI", "label": "ORG", "forms": ["AI"]}],
        "amounts": [],
        "deals": [{"type": "investment", "source": "Google", "target": "TeraWulf",
                   "evidence": "Alphabet also invested in TeraWulf."}],
    },
}


def annotation(gold: dict | None = None):
    return build_annotation(gold or GOLD, RawDocument(source="a.txt", format="text", text=TEXT))


def mention(text: str, label: str, canonical: str, occurrence: int = 1) -> dict:
    start, end = _span(text, occurrence)
    return {"text": text, "label": label, "start": start, "end": end, "canonical": canonical}


def amount(text: str, kind: str, value, currency=None, low=None, high=None, occurrence: int = 1) -> dict:
    start, end = _span(text, occurrence)
    return {"text": text, "kind": kind, "value": value, "currency": currency, "low": low, "high": high,
            "approximate": False, "vague": value is None, "start": start, "end": end}


def deal(type_: str, source, target, amount_=None, currency=None) -> dict:
    return {"type": type_, "source": source, "target": target, "amount": amount_, "currency": currency,
            "text": "", "start": 0, "end": 0, "confidence": 0.9}


def perfect() -> dict:
    return {
        "entities": [
            mention("Meta", "ORG", "Meta"), mention("Meta Platforms", "ORG", "Meta"),
            mention("Blue Owl", "ORG", "Blue Owl Capital"), mention("Pimco", "ORG", "Pimco"),
            mention("Google", "ORG", "Google"), mention("TeraWulf", "ORG", "TeraWulf"),
            mention("Jane Doe", "PERSON", "Jane Doe"), mention("Louisiana", "GPE", "Louisiana"),
            mention("Hyperion", "FACILITY", "Hyperion"),
        ],
        "amounts": [
            amount("roughly $27 billion", "money", 27e9, "USD"),
            amount("80%", "percent", 80),
            amount("$18 billion", "money", 18e9, "USD"),
            amount("$3.2 billion", "money", 3.2e9, "USD"),
            amount("between 10 and 12 percent", "percent", 10, low=10, high=12),
            amount("tens of billions", "money", None),
            amount("$18 billion", "money", 18e9, "USD", occurrence=2),
        ],
        "deals": [
            deal("joint_venture", "Meta", "Blue Owl Capital", 27e9, "USD"),
            deal("financing", "Pimco", None, 18e9, "USD"),
            deal("guarantee", "Google", "TeraWulf", 3.2e9, "USD"),
            deal("stake", "Blue Owl Capital", None),
        ],
    }


def layer(score, name: str) -> tuple[int, int, int]:
    c = score.layers[name]
    return c.tp, c.fp, c.fn


def test_scorer_perfect_output_scores_one_everywhere():
    score = score_article(annotation(), perfect())
    assert layer(score, "entities") == (7, 0, 0)  # FACILITY is scored per label only
    assert layer(score, "amounts") == (7, 0, 0)
    assert layer(score, "deals") == (4, 0, 0)
    assert layer(score, "deals_with_amount") == (3, 0, 0)
    assert score.entity_labels["FACILITY"].tp == 1
    assert all(c.f1 == 1.0 for c in score.layers.values())
    assert score.errors == []


def test_scorer_empty_output_has_no_precision_and_zero_recall():
    score = score_article(annotation(), {"entities": [], "amounts": [], "deals": []})
    for name, gold in (("entities", 7), ("amounts", 7), ("deals", 4), ("deals_with_amount", 3)):
        c = score.layers[name]
        assert (c.tp, c.fp, c.fn) == (0, 0, gold)
        assert c.precision is None and c.recall == 0.0 and c.f1 == 0.0
    # the errors also list the FACILITY, which is scored per label
    assert sum(e["kind"] == "fn" for e in score.errors) == 8 + 7 + 4 + 3


def test_scorer_empty_layer_is_null_not_perfect():
    empty = Counts()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    assert empty.to_json() == {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    score = score_article(annotation({"language": "en"}), {"entities": [], "amounts": [], "deals": []})
    assert all(c.f1 is None for c in score.layers.values())


def test_scorer_counts_precision_recall_f1():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75 and c.recall == 0.6
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


def test_scorer_amount_partial_overlap_matches():
    predicted = perfect()
    predicted["amounts"][0] = amount("$27 billion", "money", 27e9, "USD")  # without "roughly"
    assert layer(score_article(annotation(), predicted), "amounts") == (7, 0, 0)


def test_scorer_amount_at_other_occurrence_is_fp_and_fn():
    predicted = perfect()
    del predicted["amounts"][6]  # the second "$18 billion"
    predicted["amounts"].append(amount("$18 billion", "money", 18e9, "USD"))  # the first, twice
    assert layer(score_article(annotation(), predicted), "amounts") == (6, 1, 1)


@pytest.mark.parametrize("value, ok", [(3.2e9, True), (3.21e9, True), (3.25e9, False), (3.2e6, False)])
def test_scorer_amount_value_within_half_percent(value, ok):
    predicted = perfect()
    predicted["amounts"][3] = amount("$3.2 billion", "money", value, "USD")
    assert layer(score_article(annotation(), predicted), "amounts") == ((7, 0, 0) if ok else (6, 1, 1))


@pytest.mark.parametrize("change", [{"kind": "percent"}, {"currency": "EUR"}, {"currency": None}])
def test_scorer_amount_kind_and_currency_must_agree(change):
    predicted = perfect()
    predicted["amounts"][3] |= change
    assert layer(score_article(annotation(), predicted), "amounts") == (6, 1, 1)


@pytest.mark.parametrize("low, high, ok", [(10, 12, True), (10, 12.04, True), (10, 13, False),
                                           (None, None, False), (11, 12, False)])
def test_scorer_ranges_compare_low_and_high(low, high, ok):
    predicted = perfect()
    predicted["amounts"][4] = amount("between 10 and 12 percent", "percent", low or 10, low=low, high=high)
    assert layer(score_article(annotation(), predicted), "amounts") == ((7, 0, 0) if ok else (6, 1, 1))


def test_scorer_range_prediction_for_single_value_is_wrong():
    predicted = perfect()
    predicted["amounts"][1] = amount("80%", "percent", 80, low=80, high=90)
    assert layer(score_article(annotation(), predicted), "amounts") == (6, 1, 1)


def test_scorer_vague_amount_needs_no_value():
    predicted = perfect()
    predicted["amounts"][5] = amount("tens of billions", "money", 2e10)
    assert layer(score_article(annotation(), predicted), "amounts") == (6, 1, 1)


def test_scorer_entity_forms_match_case_and_quote_insensitively():
    predicted = perfect()
    # canonical unlike the gold name; the surface text, in capitals and with a straight quote,
    # equals a gold form written with a typographic one
    predicted["entities"][:2] = [mention("Meta", "ORG", "Meta Platforms Inc")]
    predicted["entities"][0]["text"] = "META's"
    score = score_article(annotation(), predicted)
    assert layer(score, "entities") == (7, 0, 0)


def test_scorer_entity_label_must_agree():
    predicted = perfect()
    predicted["entities"][7] = mention("Louisiana", "ORG", "Louisiana")
    score = score_article(annotation(), predicted)
    assert layer(score, "entities") == (6, 1, 1)
    assert score.entity_labels["GPE"].fn == 1 and score.entity_labels["ORG"].fp == 1


def test_scorer_entities_match_one_to_one():
    predicted = perfect()
    # a second predicted entity whose surface text is also a form of Meta
    predicted["entities"].append(mention("Meta Platforms", "ORG", "Meta Platforms"))
    assert layer(score_article(annotation(), predicted), "entities") == (7, 1, 0)


def test_scorer_match_finds_maximum_not_greedy():
    # prediction 0 fits both golds, prediction 1 only gold 0: greedy would pair 0-0 and lose one
    fits = {(0, 0), (1, 0), (0, 1)}  # (gold, pred)
    assert match(2, 2, lambda g, p: (g, p) in fits) == {0: 1, 1: 0}


def test_scorer_optional_items_count_neither_way():
    predicted = perfect()
    predicted["entities"].append(mention("AI", "ORG", "AI"))
    predicted["deals"].append(deal("investment", "Alphabet", "TeraWulf", 1e9, "USD"))
    score = score_article(annotation(), predicted)
    assert layer(score, "entities") == (7, 0, 0)
    assert layer(score, "deals") == (4, 0, 0)
    assert layer(score, "deals_with_amount") == (3, 0, 0)


def test_scorer_optional_gold_is_never_a_false_negative():
    predicted = perfect()
    score = score_article(annotation(), predicted)
    assert not any(e["item"].get("name") == "AI" for e in score.errors)


def test_scorer_symmetric_deal_ignores_direction():
    predicted = perfect()
    predicted["deals"][0] = deal("joint_venture", "Blue Owl Capital", "Meta", 27e9, "USD")
    assert layer(score_article(annotation(), predicted), "deals") == (4, 0, 0)


def test_scorer_directed_deal_reversed_is_wrong():
    predicted = perfect()
    predicted["deals"][2] = deal("guarantee", "TeraWulf", "Google", 3.2e9, "USD")
    score = score_article(annotation(), predicted)
    assert layer(score, "deals") == (3, 1, 1)
    assert layer(score, "deals_with_amount") == (2, 1, 1)


def test_scorer_deal_parties_resolve_through_gold_forms():
    predicted = perfect()
    # "Blue Owl" is a form of the gold Blue Owl Capital; "Alphabet" a form of Google
    predicted["deals"][0] = deal("joint_venture", "Meta Platforms", "Blue Owl", 27e9, "USD")
    predicted["deals"][2] = deal("guarantee", "alphabet", "TeraWulf", 3.2e9, "USD")
    assert layer(score_article(annotation(), predicted), "deals") == (4, 0, 0)


def test_scorer_deal_party_resolves_through_predicted_surface_texts():
    predicted = perfect()
    predicted["entities"].append(mention("Pimco", "ORG", "Pacific Investment Management"))
    predicted["deals"][1] = deal("financing", "Pacific Investment Management", None, 18e9, "USD")
    assert layer(score_article(annotation(), predicted), "deals") == (4, 0, 0)


def test_scorer_deals_with_amount_needs_amount_and_currency():
    predicted = perfect()
    predicted["deals"][1] = deal("financing", "Pimco", None, 28e9, "USD")  # wrong amount
    predicted["deals"][2] = deal("guarantee", "Google", "TeraWulf", 3.2e9, "EUR")  # wrong currency
    predicted["deals"][3] = deal("stake", "Blue Owl Capital", None, 5e9, "USD")  # gold has none
    score = score_article(annotation(), predicted)
    assert layer(score, "deals") == (4, 0, 0)
    assert layer(score, "deals_with_amount") == (1, 3, 2)


def test_scorer_deal_without_amount_is_outside_deals_with_amount():
    predicted = perfect()
    predicted["deals"][0] = deal("joint_venture", "Meta", "Blue Owl Capital")
    score = score_article(annotation(), predicted)
    assert layer(score, "deals") == (4, 0, 0)
    assert layer(score, "deals_with_amount") == (2, 0, 1)


def test_scorer_errors_name_the_items():
    predicted = perfect()
    predicted["amounts"][3] = amount("$3.2 billion", "money", 3.2e6, "USD")
    errors = score_article(annotation(), predicted).errors
    assert {(e["layer"], e["kind"], e["item"]["value"]) for e in errors} == {
        ("amounts", "fp", 3.2e6), ("amounts", "fn", 3.2e9)}
