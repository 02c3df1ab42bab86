"""The token view holds what spaCy's tokens hold, and finds the token spans ``Doc.char_span``
finds."""

from __future__ import annotations

import pytest
import spacy

from extractors.token_view import TokenView, token_view

_ATTRIBUTES = ["text", "lower_", "i", "idx", "whitespace_", "is_alpha", "is_space", "is_punct",
               "like_num", "is_sent_start"]
TEXTS = {
    "nl": "Nvidia’s topman zei: \"We investeren $5 mld.\"\n\nASML-klanten  (o.a. TSMC) 3,2%\tmeer.\n",
    "en": "Alphabet Inc. said on Monday it will invest $2.5bn.\nMr. Huang's firm — Nvidia — 80% up!",
}


def _doc(lang: str, text: str):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_token_view_same_attributes_as_spacy_tokens(lang):
    doc = _doc(lang, TEXTS[lang])
    view = TokenView(doc)
    assert view.text == doc.text
    assert len(view) == len(doc)
    for plain, token in zip(view.tokens, doc):
        for name in _ATTRIBUTES:
            assert getattr(plain, name) == getattr(token, name), (token.text, name)
        assert len(plain) == len(token)
    assert view.sentences == [(sent.start, sent.end) for sent in doc.sents]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_token_view_char_span_as_doc_char_span(lang):
    doc = _doc(lang, TEXTS[lang])
    view = TokenView(doc)
    n = len(doc.text)
    for start in range(-1, n + 2):
        for end in range(start + 1, min(start + 12, n + 2)):
            for mode in ("strict", "expand"):
                span = doc.char_span(start, end, alignment_mode=mode)
                expected = None if span is None else (span.start, span.end)
                assert view.char_span(start, end, expand=mode == "expand") == expected, \
                    (start, end, mode, doc.text[start:end])


def test_token_view_made_once_per_doc():
    doc = _doc("en", TEXTS["en"])
    assert token_view(doc) is token_view(doc)


def test_token_view_empty_doc():
    view = TokenView(_doc("en", ""))
    assert view.tokens == [] and view.sentences == [] and view.char_span(0, 1) is None
