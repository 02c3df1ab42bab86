"""Where sentences start and end in the pipeline both languages share (``extractors.sentences``)."""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp


@pytest.fixture(scope="module", params=["nl", "en"])
def nlp(request):
    return build_nlp(request.param)


def _sentences(nlp, text: str) -> list[str]:
    with nlp.select_pipes(disable=["entities", "deals"]):
        return [s.text.strip() for s in nlp(text).sents]


def test_sentences_end_after_a_name_ending_in_a_capital(nlp):
    text = "Three investors buy into the grid of TenneT. A stake of 46% is sold."
    assert _sentences(nlp, text) == ["Three investors buy into the grid of TenneT.", "A stake of 46% is sold."]


@pytest.mark.parametrize("name", ["KKR", "ING", "BV"])
def test_sentences_end_after_an_acronym_in_capitals(nlp, name):
    text = f"The money comes from Vela and {name}. The two investors take preferred shares."
    assert _sentences(nlp, text) == [f"The money comes from Vela and {name}.", "The two investors take preferred shares."]


@pytest.mark.parametrize("word", ["U.S.", "J.", "N.V."])
def test_sentences_keep_abbreviations_and_initials_whole(nlp, word):
    with nlp.select_pipes(disable=["entities", "deals"]):
        doc = nlp(f"Shares of {word} Steel rose.")
    assert word in [t.text for t in doc]


def test_sentences_start_at_a_line_break(nlp):
    assert _sentences(nlp, "Nvidia invests in Intel\nThe deal is worth $5 billion.") == [
        "Nvidia invests in Intel", "The deal is worth $5 billion."]
