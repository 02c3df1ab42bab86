"""Loading annotations, locating their strings in the text, and ``corpus check`` on small
corpora written in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.errors import AnnotationError, AnnotationTextMissing, CorpusNotFound
from ingest.evaluate import check_corpus, evaluate, load_annotation
from ingest.evaluate.annotations import find_annotations
from ingest.evaluate.locate import locate, occurrences

FILLER = " Analysts expect the market to keep growing next year." * 40  # a commentary's length

TEXT = ("Meta’s $5 billion bond\n\nMeta Platforms sold $5 billion of notes, about $5 billion more "
        "than planned, and a further $5 billion followed. Yields rose 120% and then 20%." + FILLER)

GOOD = {
    "language": "en",
    "genre": "news_report",
    "entities": [{"name": "Meta", "label": "ORG", "forms": ["Meta’s", "Meta Platforms"]}],
    "amounts": [
        {"text": "$5 billion", "kind": "money", "value": 5e9, "currency": "USD"},
        {"text": "$5 billion", "kind": "money", "value": 5e9, "currency": "USD"},
        {"text": "about $5 billion", "kind": "money", "value": 5e9, "currency": "USD", "approximate": True},
        {"text": "$5 billion", "kind": "money", "value": 5e9, "currency": "USD"},
        {"text": "120%", "kind": "percent", "value": 120, "currency": None},
        {"text": "20%", "kind": "percent", "value": 20, "currency": None},
    ],
    "deals": [{"type": "issuance", "source": "Meta", "target": None, "amount": 5e9, "currency": "USD",
               "evidence": "Meta Platforms sold $5 billion of notes, about $5 billion more than planned, "
                           "and a further $5 billion followed."}],
    "optional": {"entities": [], "amounts": [], "deals": []},
}


def write_article(folder: Path, slug: str, data: dict, text: str | None = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if text is not None:
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{slug}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_annotations_load_normalises_quotes_like_the_reader(tmp_path):
    path = write_article(tmp_path / "dev" / "en", "meta", GOOD)
    annotation = load_annotation(path, tmp_path)
    assert annotation.split == "dev" and annotation.language == "en"
    assert annotation.gold.entities[0].forms == ("Meta's", "Meta Platforms")
    assert annotation.text.startswith("Meta's $5 billion")
    assert annotation.problems == []


def test_annotations_nth_listing_at_nth_occurrence(tmp_path):
    annotation = load_annotation(write_article(tmp_path / "dev" / "en", "meta", GOOD), tmp_path)
    text = annotation.text
    starts = [a.start for a in annotation.gold.amounts]
    fives = [i for i in range(len(text)) if text.startswith("$5 billion", i)]
    about = text.index("about $5 billion")
    # the occurrence inside "about $5 billion" belongs to that listing, not to a bare "$5 billion"
    assert fives == [7, text.index("$5 billion of"), about + 6, text.rindex("$5 billion")]
    assert starts[:4] == [fives[0], fives[1], about, fives[3]]
    assert [text[a.start:a.end] for a in annotation.gold.amounts] == [a["text"] for a in GOOD["amounts"]]


def test_annotations_occurrences_stand_on_word_boundaries():
    text = "Up 120% and 20%; miljardenmachine, miljarden; 2,5% not 5%; Metaverse and Meta."
    assert occurrences(text, "20%") == [text.index(" 20%") + 1]
    assert occurrences(text, "miljarden") == [text.index(" miljarden;") + 1]
    assert occurrences(text, "5%") == [text.index("not 5%") + 4]
    assert occurrences(text, "Meta") == [text.rindex("Meta")]


def test_annotations_locate_reports_a_missing_listing():
    assert locate("one $1 bn here", ["$1 bn", "$1 bn"]) == [(4, 9), None]


def test_annotations_text_pointer_resolves_elsewhere(tmp_path):
    shared = tmp_path / "shared" / "seeds"
    shared.mkdir(parents=True)
    (shared / "seed.txt").write_text(TEXT, encoding="utf-8")
    path = write_article(tmp_path / "corpus" / "seeds", "seed",
                         GOOD | {"text": "../../shared/seeds/seed.txt"}, text=None)
    annotation = load_annotation(path, tmp_path / "corpus")
    assert annotation.split == "seeds"
    assert annotation.text_path == (shared / "seed.txt").resolve()
    assert annotation.gold.amounts[0].start == 7


def test_annotations_absent_seed_text_is_skipped_not_an_error(tmp_path, pipeline):
    corpus = tmp_path / "corpus"
    path = write_article(corpus / "seeds", "seed", GOOD | {"text": "../../shared/seeds/gone.txt"}, text=None)
    write_article(corpus / "dev" / "en", "meta", GOOD)
    with pytest.raises(AnnotationTextMissing):
        load_annotation(path, corpus)
    report = check_corpus(corpus)
    assert report.errors == [] and [p for p, _ in report.skipped] == [path]
    assert report.valid == 1
    evaluated = evaluate(corpus, "all", pipeline=pipeline)
    assert [p for p, _ in evaluated.skipped] == [path] and len(evaluated.articles) == 1


def test_annotations_missing_own_text_is_an_error(tmp_path):
    path = write_article(tmp_path / "dev" / "en", "meta", GOOD, text=None)
    with pytest.raises(AnnotationError, match="no text file meta.txt"):
        load_annotation(path, tmp_path)


def test_annotations_find_refuses_a_directory_that_is_no_corpus(tmp_path):
    with pytest.raises(CorpusNotFound):
        find_annotations(tmp_path)


def test_annotations_find_skips_floors_and_filters_split(tmp_path):
    write_article(tmp_path / "dev" / "en", "a", GOOD)
    write_article(tmp_path / "test" / "en", "b", GOOD)
    (tmp_path / "floors.yaml").write_text("amounts: {nl: 0.5}\n")
    assert [p.stem for p in find_annotations(tmp_path)] == ["a", "b"]
    assert [p.stem for p in find_annotations(tmp_path, "test")] == ["b"]
    assert find_annotations(tmp_path, "dev", lang="nl") == []


def test_check_accepts_a_good_corpus_and_counts_it(tmp_path):
    write_article(tmp_path / "dev" / "en", "meta", GOOD)
    report = check_corpus(tmp_path)
    assert report.errors == []
    size = report.size("dev", "en")
    assert (size.articles, size.entities, size.amounts, size.deals) == (1, 1, 6, 1)


BROKEN = [
    ({"entities": [{"name": "Meta", "label": "COMPANY", "forms": ["Meta’s"]}]}, "label 'COMPANY'"),
    ({"entities": [{"name": "Meta", "label": "ORG", "forms": ["Facebook"]}]}, "form 'Facebook' is not in the text"),
    ({"amounts": GOOD["amounts"] + [GOOD["amounts"][0]]}, "'$5 billion'): not in the text"),
    ({"amounts": [{"text": "20%", "kind": "percentage", "value": 20}]}, "kind 'percentage'"),
    ({"amounts": [{"text": "20%", "kind": "percent", "value": 20, "currency": "USD"}]}, "has no currency"),
    ({"amounts": [{"text": "20%", "kind": "percent", "value": 20, "low": 25, "high": 30}]}, "value == low <= high"),
    ({"amounts": [{"text": "20%", "kind": "percent", "value": None}]}, "not marked vague"),
    ({"amounts": [{"text": "20%", "kind": "percent", "value": 20, "vague": True}]}, "a vague amount"),
    ({"amounts": [{"text": "$5 billion", "kind": "money", "value": "5 bn", "currency": "USD"}]}, "is not a number"),
    ({"amounts": [{"text": "$5 billion", "kind": "money", "value": 5e9, "currency": "dollar"}]}, "ISO 4217"),
    ({"deals": [GOOD["deals"][0] | {"type": "merger"}]}, "type 'merger'"),
    ({"deals": [GOOD["deals"][0] | {"target": "Blue Owl"}]}, "party 'Blue Owl' is not an annotated entity"),
    ({"deals": [GOOD["deals"][0] | {"evidence": "Meta bought Blue Owl."}]}, "evidence is not in the text"),
    ({"deals": [GOOD["deals"][0] | {"ammount": 5}]}, "unknown key 'ammount'"),
    ({"language": "de"}, "language 'de'"),
]


@pytest.mark.parametrize("change, reason", BROKEN, ids=[r for _, r in BROKEN])
def test_check_reports_each_broken_annotation(tmp_path, change, reason):
    path = write_article(tmp_path / "dev" / "en", "meta", GOOD | change)
    write_article(tmp_path / "dev" / "en", "fine", GOOD)
    report = check_corpus(tmp_path)
    assert report.errors and all(p == path for p, _ in report.errors)
    assert any(reason in r for _, r in report.errors), report.errors
    assert report.valid == 1  # the good article still counts


def test_check_reports_yaml_that_does_not_parse(tmp_path):
    folder = tmp_path / "test" / "nl"
    folder.mkdir(parents=True)
    (folder / "kapot.txt").write_text(TEXT)
    (folder / "kapot.yaml").write_text("language: nl\nentities: [\n")
    report = check_corpus(tmp_path)
    assert len(report.errors) == 1 and "YAML does not parse" in report.errors[0][1]


def test_check_wants_the_language_folder_to_match(tmp_path):
    write_article(tmp_path / "dev" / "nl", "meta", GOOD)
    assert any("belongs in dev/en/" in r for _, r in check_corpus(tmp_path).errors)


def test_check_warns_on_length_and_unannotated_text(tmp_path):
    write_article(tmp_path / "dev" / "en", "short", GOOD, text=TEXT[:300])
    (tmp_path / "dev" / "en" / "bare.txt").write_text(TEXT)
    report = check_corpus(tmp_path)
    reasons = [r for _, r in report.warnings]
    assert any("outside 250–900" in r for r in reasons)
    assert any("no annotation" in r for r in reasons)
