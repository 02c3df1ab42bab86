"""Sentence starts at line breaks, before the punctuation-based sentencizer runs.

Headlines, section titles, list items and bylines end without a full stop; a line break is
where they end, so a deal's evidence sentence never runs on into the next heading.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
