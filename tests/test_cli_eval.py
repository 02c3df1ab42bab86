"""``ingest eval``, ``ingest corpus check`` and ``ingest corpus draft`` on tiny corpora written in
tmp_path: exit codes first, then the result through the library."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import yaml

from ingest.evaluate import check_corpus, load_annotation
from ingest.evaluate.floors import load_floors

ROOT = Path(__file__).resolve().parents[1]
FILLER = " Analysts expect demand for computing power to keep rising through next year." * 30

EN = ("Nvidia invests in CoreWeave\n\nNvidia invested $100 million in CoreWeave and holds about 7% "
      "of the company, while margins widened to 12%." + FILLER)
NL = ("Google staat garant voor TeraWulf\n\nGoogle garandeerde $3,2 miljard aan schulden van TeraWulf "
      "en krijgt zo 14% van het bedrijf."
      + " Analisten verwachten dat de vraag naar rekenkracht volgend jaar verder stijgt." * 30)


def _amount(text: str, kind: str, value: float, currency: str | None = None, **extra) -> dict:
    return {"text": text, "kind": kind, "value": value, "currency": currency, **extra}


def tiny_corpus(root: Path) -> Path:
    """Two test articles, one per language, with the annotation a reader would write."""
    articles = {
        ("en", "nvidia"): (EN, {
            "language": "en", "genre": "news_report",
            "entities": [{"name": "Nvidia", "label": "ORG", "forms": ["Nvidia"]},
                         {"name": "CoreWeave", "label": "ORG", "forms": ["CoreWeave"]}],
            "amounts": [_amount("$100 million", "money", 1e8, "USD"),
                        _amount("about 7%", "percent", 7, approximate=True),
                        _amount("12%", "percent", 12)],
            "deals": [{"type": "investment", "source": "Nvidia", "target": "CoreWeave", "amount": 1e8,
                       "currency": "USD", "evidence": EN.split("\n\n")[1].split(" Analysts")[0]}],
        }),
        ("nl", "google"): (NL, {
            "language": "nl", "genre": "newsletter",
            "entities": [{"name": "Google", "label": "ORG", "forms": ["Google"]},
                         {"name": "TeraWulf", "label": "ORG", "forms": ["TeraWulf"]}],
            "amounts": [_amount("$3,2 miljard", "money", 3.2e9, "USD"), _amount("14%", "percent", 14)],
            "deals": [{"type": "guarantee", "source": "Google", "target": "TeraWulf", "amount": 3.2e9,
                       "currency": "USD", "evidence": NL.split("\n\n")[1].split(" Analisten")[0]}],
        }),
    }
    for (lang, slug), (text, data) in articles.items():
        folder = root / "test" / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
        (folder / f"{slug}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def test_cli_eval_json_has_every_layer_and_language(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    result = cli("eval", corpus, "--split", "test", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["corpus"] == str(corpus) and report["split"] == "test"
    assert report["articles"] == {"nl": 1, "en": 1}
    assert set(report["layers"]) == {"entities", "amounts", "deals", "deals_with_amount"}
    for layer in report["layers"].values():
        assert set(layer) == {"nl", "en", "all"}
        for scores in layer.values():
            assert set(scores) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    amounts = report["layers"]["amounts"]
    assert amounts["en"]["tp"] + amounts["en"]["fn"] == 3
    assert amounts["all"]["tp"] + amounts["all"]["fn"] == 5
    assert report["entity_labels"]["ORG"]["tp"] + report["entity_labels"]["ORG"]["fn"] == 4
    assert "errors" not in report


def test_cli_eval_show_errors_lists_them_per_article(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    as_json = json.loads(cli("eval", corpus, "--split", "test", "--json", "--show-errors").stdout)
    listed = [(e["layer"], e["kind"]) for a in as_json["errors"] for e in a["errors"]]
    for layer in ("amounts", "deals", "deals_with_amount"):
        totals = as_json["layers"][layer]["all"]
        assert listed.count((layer, "fp")) == totals["fp"] and listed.count((layer, "fn")) == totals["fn"]
    table = cli("eval", corpus, "--split", "test", "--show-errors")
    assert table.exit_code == 0
    assert "P" in table.stdout.splitlines()[2] and "deals_with_amount" in table.stdout
    for article in as_json["errors"]:
        assert Path(article["file"]).relative_to(corpus).as_posix() in table.stdout


def test_cli_eval_lang_restricts_the_articles(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    report = json.loads(cli("eval", corpus, "--split", "test", "--lang", "nl", "--json").stdout)
    assert report["articles"] == {"nl": 1, "en": 0}
    assert report["layers"]["amounts"]["en"]["tp"] == 0


@pytest.mark.parametrize("args, code", [(["--split", "train"], 2), (["--lang", "de"], 2),
                                        (["--allow-lower"], 2)])
def test_cli_eval_refuses_bad_options(cli, tmp_path, args, code):
    result = cli("eval", tiny_corpus(tmp_path / "corpus"), *args)
    assert result.exit_code == code
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_cli_eval_missing_corpus_is_one_line(cli, tmp_path):
    result = cli("eval", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "nowhere" in result.stderr


def _two_decimals_down(counts: dict) -> float:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return math.floor(round(200 * tp / (2 * tp + fp + fn), 6)) / 100 if tp else 0.0


def test_cli_eval_raise_floors_only_goes_up(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    # a gold amount over a word no amounts extractor reads as one keeps the English F1 below 1
    path = corpus / "test" / "en" / "nvidia.yaml"
    data = yaml.safe_load(path.read_text())
    data["amounts"].append(_amount("CoreWeave", "money", 5, "USD"))
    path.write_text(yaml.safe_dump(data))
    (corpus / "floors.yaml").write_text("amounts: {en: 1.0, nl: 0.0}\n")
    scores = json.loads(cli("eval", corpus, "--split", "test", "--json").stdout)["layers"]["amounts"]
    assert scores["en"]["f1"] < 1.0

    result = cli("eval", corpus, "--split", "test", "--raise-floors")
    assert result.exit_code == 1 and "error: amounts en" in result.stderr
    floors = load_floors(corpus / "floors.yaml")
    assert floors["amounts"]["en"] == 1.0  # never lowered without --allow-lower
    assert floors["amounts"]["nl"] == _two_decimals_down(scores["nl"])  # raised to the score

    lowered = cli("eval", corpus, "--split", "test", "--raise-floors", "--allow-lower")
    assert lowered.exit_code == 0 and "warning: floor amounts en LOWERED" in lowered.stderr
    assert load_floors(corpus / "floors.yaml")["amounts"]["en"] == _two_decimals_down(scores["en"])


def test_cli_eval_raise_floors_needs_the_test_split(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    result = cli("eval", corpus, "--split", "all", "--raise-floors")
    assert result.exit_code == 2 and "--split test" in result.stderr
    assert not (corpus / "floors.yaml").exists()


def test_cli_corpus_check_exit_codes(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    good = cli("corpus", "check", corpus)
    assert good.exit_code == 0, good.stderr
    assert "2 valid articles (1 nl, 1 en)" in good.stdout
    bad = corpus / "test" / "en" / "nvidia.yaml"
    bad.write_text(bad.read_text().replace("label: ORG", "label: COMPANY", 1))
    result = cli("corpus", "check", corpus)
    assert result.exit_code == 1
    assert f"error: {bad}: entity" in result.stderr and "'COMPANY'" in result.stderr
    assert check_corpus(corpus).valid == 1


def test_cli_corpus_check_json(cli, tmp_path):
    report = json.loads(cli("corpus", "check", tiny_corpus(tmp_path / "corpus"), "--json").stdout)
    assert report["valid"] == 2 and report["errors"] == []
    assert {(s["split"], s["language"]) for s in report["sizes"]} == {("test", "en"), ("test", "nl")}


def test_cli_corpus_draft_writes_an_annotation_check_accepts(cli, tmp_path):
    corpus = tiny_corpus(tmp_path / "corpus")
    article = corpus / "test" / "en" / "fresh.txt"
    article.write_text(EN.replace("Nvidia invested", "Nvidia put"), encoding="utf-8")
    result = cli("corpus", "draft", article, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    draft = article.with_suffix(".yaml")
    assert draft.read_text().startswith("# Machine draft")
    annotation = load_annotation(draft, corpus)
    assert annotation.language == "en" and annotation.problems == []
    assert all(a.start is not None for a in annotation.gold.amounts)
    assert "$100 million" in [a.text for a in annotation.gold.amounts]  # the amounts extractor's find
    report = check_corpus(corpus)
    assert [r for p, r in report.errors if p == draft] == []
    assert report.valid == 3


def test_cli_corpus_draft_refuses_to_overwrite(cli, tmp_path):
    article = tmp_path / "piece.txt"
    article.write_text(NL, encoding="utf-8")
    assert cli("corpus", "draft", article).exit_code == 0
    again = cli("corpus", "draft", article)
    assert again.exit_code == 1 and "--force" in again.stderr
    assert cli("corpus", "draft", article, "--force").exit_code == 0


def test_cli_corpus_draft_elsewhere_points_to_its_text(cli, tmp_path):
    article = tmp_path / "in" / "piece.txt"
    article.parent.mkdir()
    article.write_text(NL, encoding="utf-8")
    out = tmp_path / "corpus" / "dev" / "nl" / "piece-draft.yaml"
    out.parent.mkdir(parents=True)
    assert cli("corpus", "draft", article, "-o", out).exit_code == 0
    annotation = load_annotation(out, tmp_path / "corpus")
    assert annotation.text_path == article.resolve() and annotation.language == "nl"


def test_cli_corpus_draft_missing_article(cli, tmp_path):
    result = cli("corpus", "draft", tmp_path / "absent.txt")
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


@pytest.mark.parametrize("command", [["eval"], ["corpus"], ["corpus", "check"], ["corpus", "draft"]])
def test_cli_eval_commands_have_help_and_readme_rows(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"`ingest {' '.join(command)}" in (ROOT / "README.md").read_text()
