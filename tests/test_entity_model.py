"""The statistical recogniser ships inside the package and loads from there, offline."""

from __future__ import annotations

import json

import pytest
import spacy

from extractors.entities.model import ModelNotFound, load_user_model, shipped_model_path
from ingest.pipeline import build_nlp


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_entity_model_ships_and_loads_from_the_package(lang, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = shipped_model_path(lang)
    assert path is not None, f"no model in extractors/models/ner-{lang}"
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 40_000_000
    nlp = spacy.load(path)
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"ORG", "PERSON", "GPE"}
    assert "ner" in build_nlp(lang).pipe_names


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_entity_model_records_how_it_was_trained(lang):
    path = shipped_model_path(lang)
    record = json.loads((path / "training.json").read_text(encoding="utf-8"))
    assert record["lang"] == lang and isinstance(record["seed"], int)
    assert record["scores"]["corpus dev held-out"]["f"] > 0.5
    note = (path / "TRAINING.md").read_text(encoding="utf-8")
    assert "Licence and attribution" in note and "never used" in note
    if lang == "en":
        assert "CC BY-SA 4.0" in note and record["scores"]["en/dev.jsonl"]["f"] > 0.5
        assert any((path / "LICENSES").iterdir())


def test_entity_model_finds_a_name_no_list_holds():
    nlp = build_nlp("en")
    doc = nlp("Shares of Quillmore rose after Quillmore signed a lease with Fluidstack.")
    assert "Quillmore" in {m.text for m in doc._.entities if m.label == "ORG"}


def test_entity_model_user_model_by_path(tmp_path):
    path = shipped_model_path("en")
    nlp = build_nlp("en", model=str(path))
    assert nlp.pipe_names[:3] == ["line_breaks", "sentencizer", "amounts"]
    assert {"ner", "entities", "deals"} <= set(nlp.pipe_names)
    assert any(m.canonical == "Nvidia" for m in nlp("Nvidia invested.")._.entities)


def test_entity_model_missing_user_model_is_a_named_error(cli, tmp_path):
    with pytest.raises(ModelNotFound, match="not installed"):
        load_user_model("xx_no_such_pipeline_sm")
    note = tmp_path / "n.txt"
    note.write_text("Nvidia invests.", encoding="utf-8")
    result = cli("extract", note, "--model", "xx_no_such_pipeline_sm")
    assert result.exit_code == 2
    assert result.output.strip().startswith("error:") and "not installed" in result.output
    by_path = cli("extract", note, "--model", tmp_path / "no-model")
    assert by_path.exit_code == 2 and "not a spaCy pipeline directory" in by_path.output


def test_entity_model_train_command_writes_model_and_record(tmp_path, cli):
    corpus = tmp_path / "corpus" / "dev" / "nl"
    corpus.mkdir(parents=True)
    names = [("Kroonvaart", "Delft", "Anna Visser"), ("Zeewolde Capital", "Utrecht", "Bram Smit"),
             ("Lindeboom Bankiers", "Breda", "Eva Mulder"), ("Orion Forge", "Texas", "Tom Bakker"),
             ("Quillmore", "Londen", "Sara Jansen"), ("Maasbank", "Gent", "Ruud de Vries")]
    for i, (org, place, person) in enumerate(names):
        (corpus / f"a{i}.txt").write_text(
            f"Kop {i}\n\n{org} uit {place} kocht aandelen, zegt analist {person}.\n"
            f"Volgens {person} groeit {org} snel.\n", encoding="utf-8")
        (corpus / f"a{i}.yaml").write_text(
            "language: nl\nentities:\n"
            f"  - {{name: {org}, label: ORG, forms: [{org}]}}\n"
            f"  - {{name: {place}, label: GPE, forms: [{place}]}}\n"
            f"  - {{name: {person}, label: PERSON, forms: [{person}]}}\n", encoding="utf-8")
    out = tmp_path / "model"
    result = cli("train", "ner", "--lang", "nl", "--out", out, "--epochs", "2", "--seed", "3",
                 "--corpus", tmp_path / "corpus", "--shared", tmp_path / "no-shared")
    assert result.exit_code == 0, result.output
    record = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert record["seed"] == 3 and record["epochs"] == 2 and record["counts"]["corpus dev (train lines)"] > 0
    assert "MIT" in (out / "TRAINING.md").read_text(encoding="utf-8")
    assert spacy.load(out).get_pipe("ner").labels == ("GPE", "ORG", "PERSON")


def test_entity_model_train_without_corpus_is_a_one_line_error(tmp_path, cli):
    result = cli("train", "ner", "--lang", "en", "--out", tmp_path / "m",
                 "--corpus", tmp_path / "nothing", "--shared", tmp_path / "nothing")
    assert result.exit_code == 1
    assert result.output.strip().startswith("error:") and "no annotated articles" in result.output
