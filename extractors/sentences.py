"""Sentence starts at line breaks, before the punctuation-based sentencizer runs.

Headlines, section titles, list items and bylines end without a full stop; a line break is
where they end, so a deal's evidence sentence never runs on into the next heading.

A full stop after a name is split off too, where spaCy's rules keep it on the word as in an
abbreviation and the sentence runs on: after a name ending in a capital after a small letter
("van TenneT."), and after an acronym that is also a Dutch abbreviation in capitals ("bij Apollo
en KKR.", "ING."; the Dutch rules list each abbreviation in capitals too).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_CAPITAL_THEN_STOP = r"(?<=[a-z][A-Z])\."  # "TenneT.", not "U.S." nor "J."


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def split_stops_after_names(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a full stop off a word ending in a small letter and a
    capital, on top of the suffix rules it has (a user's model may bring its own), and drop its
    special cases for abbreviations written in capitals without inner stops ("KKR.", "ING.",
    "BV."): in financial text those are names at the end of a sentence ("U.S." and "N.V." stay)."""
    rules = nlp.tokenizer.rules or {}
    kept = {text: tokens for text, tokens in rules.items() if not _capital_abbreviation(text)}
    if len(kept) < len(rules):
        nlp.tokenizer.rules = kept
    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if pattern is None:  # a tokenizer without suffix rules of its own: leave it as it is
        return
    nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_CAPITAL_THEN_STOP}$").search


def _capital_abbreviation(text: str) -> bool:
    word = text[:-1]
    return text.endswith(".") and len(word) > 1 and word.isalpha() and word.isupper()
