"""Sentence starts at line breaks, before the punctuation-based sentencizer runs.

Headlines, section titles, list items and bylines end without a full stop; a line break is
where they end, so a deal's evidence sentence never runs on into the next heading.

A full stop after a name ending in a capital after a small letter ("van TenneT.") is split off
too: spaCy's rules keep it on the word, as in an abbreviation, and the sentence runs on.
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


def split_stop_after_capital(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a full stop off a word ending in a small letter and a
    capital, on top of the suffix rules it has (a user's model may bring its own)."""
    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if pattern is None:  # a tokenizer without suffix rules of its own: leave it as it is
        return
    nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_CAPITAL_THEN_STOP}$").search
