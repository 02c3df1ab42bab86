"""Deals between the parties a document names.

The deal extractor lands with the deals issue; until then no deal is found, and the
pipeline component only sets an empty list.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.types import Deal


def extract_deals(doc: Doc) -> list[Deal]:
    return []


@Language.factory("deals", assigns=["doc._.deals"], requires=["doc._.entities", "doc._.amounts"])
def make_deals(nlp: Language, name: str):
    if not Doc.has_extension("deals"):
        Doc.set_extension("deals", default=None)

    def component(doc: Doc) -> Doc:
        doc._.deals = extract_deals(doc)
        return doc

    return component
