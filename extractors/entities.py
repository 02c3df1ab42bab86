"""Entities: organisations, people and places, linked to canonical names.

The recogniser lands with the entities issue; until then no mention is found, and the
pipeline component only sets an empty list so that the rest of the pipeline has its input.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.types import Mention


def extract_entities(doc: Doc) -> list[Mention]:
    return []


@Language.factory("entities", assigns=["doc._.entities"])
def make_entities(nlp: Language, name: str):
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", default=None)

    def component(doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc)
        return doc

    return component
