"""The quality gate: every layer's F1 on the held-out test split stays at or above its floor in
corpus/floors.yaml. Floors only go up (``ingest eval --split test --raise-floors``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import FloorsError
from ingest.evaluate import default_corpus, evaluate
from ingest.evaluate.floors import (
    floors_path,
    load_floors,
    raise_floors,
    round_down,
    shortfalls,
    write_floors,
)
from ingest.evaluate.runner import ArticleResult, EvalReport
from ingest.evaluate.scorer import LAYERS, ArticleScore, Counts

MIN_TEST_ARTICLES = 6  # per language: the size of the held-out set


@pytest.fixture(scope="module")
def test_report():
    from ingest.pipeline import Pipeline

    return evaluate(default_corpus(), "test", pipeline=Pipeline())


def test_eval_floors_test_split_is_complete(test_report):
    assert test_report.broken == [], "test articles that do not load: run ingest corpus check"
    for lang in ("nl", "en"):
        assert sum(a.language == lang for a in test_report.articles) >= MIN_TEST_ARTICLES


def test_eval_floors_hold_on_the_test_split(test_report):
    floors = load_floors(floors_path(default_corpus()))
    below = shortfalls(test_report, floors)
    assert not below, "; ".join(f"{s.layer} {s.lang}: F1 {s.new:.4f} is below its floor {s.old:.2f}"
                                for s in below)


def test_eval_floors_file_names_every_layer_and_language():
    floors = load_floors(floors_path(default_corpus()))
    assert set(floors) == set(LAYERS)
    assert all(set(langs) == {"nl", "en"} for langs in floors.values())


def _report(split: str = "test", **counts: tuple[int, int, int]) -> EvalReport:
    """A report with one article per language whose layers hold the given (tp, fp, fn)."""
    report = EvalReport(Path("corpus"), split)
    for lang in ("nl", "en"):
        score = ArticleScore()
        for key, (tp, fp, fn) in counts.items():
            layer, layer_lang = key.rsplit("_", 1)
            if layer_lang == lang:
                score.layers[layer] = Counts(tp, fp, fn)
        report.articles.append(ArticleResult(Path(f"{lang}.yaml"), lang, split, score))
    return report


def test_eval_floors_raise_goes_up_rounding_down():
    floors = load_floors(Path("/nonexistent/floors.yaml"))  # every floor 0
    report = _report(amounts_nl=(29, 0, 7), amounts_en=(1, 1, 0))  # F1 0.8923..., 0.6667
    new, changes = raise_floors(report, floors)
    assert new["amounts"] == {"nl": 0.89, "en": 0.66}
    assert {(c.layer, c.lang, c.new) for c in changes} == {("amounts", "nl", 0.89), ("amounts", "en", 0.66)}
    assert floors["amounts"]["nl"] == 0.0  # the input is not changed


def test_eval_floors_raise_never_lowers_without_permission():
    floors = load_floors(Path("/nonexistent/floors.yaml"))
    floors["deals"]["en"] = 0.5
    report = _report(deals_en=(1, 3, 3))  # F1 0.25
    new, changes = raise_floors(report, floors)
    assert new["deals"]["en"] == 0.5 and changes == []
    assert [(s.layer, s.lang) for s in shortfalls(report, new)] == [("deals", "en")]
    lowered, changes = raise_floors(report, floors, allow_lower=True)
    assert lowered["deals"]["en"] == 0.25 and changes[0].old == 0.5


def test_eval_floors_raise_only_on_the_test_split():
    with pytest.raises(FloorsError, match="--split test"):
        raise_floors(_report("dev"), load_floors(Path("/nonexistent/floors.yaml")))


def test_eval_floors_empty_layer_counts_as_zero():
    floors = load_floors(Path("/nonexistent/floors.yaml"))
    floors["entities"]["nl"] = 0.1
    assert [(s.layer, s.lang, s.new) for s in shortfalls(_report(), floors)] == [("entities", "nl", 0.0)]


@pytest.mark.parametrize("score, floor", [(0.29, 0.29), (0.2899, 0.28), (1.0, 1.0), (0.0, 0.0), (0.999, 0.99)])
def test_eval_floors_round_down(score, floor):
    assert round_down(score) == floor


def test_eval_floors_write_and_load_round_trip(tmp_path):
    floors = load_floors(tmp_path / "floors.yaml")
    floors["amounts"]["nl"] = 0.93
    write_floors(tmp_path / "floors.yaml", floors)
    assert load_floors(tmp_path / "floors.yaml") == floors
    assert (tmp_path / "floors.yaml").read_text().startswith("# Minimum F1")


@pytest.mark.parametrize("text", ["amounts: {nl: 1.5}\n", "amount: {nl: 0.5}\n", "amounts: {de: 0.5}\n",
                                  "amounts: [0.5]\n", "amounts: {nl: [\n"])
def test_eval_floors_load_rejects_bad_files(tmp_path, text):
    (tmp_path / "floors.yaml").write_text(text)
    with pytest.raises(FloorsError):
        load_floors(tmp_path / "floors.yaml")
