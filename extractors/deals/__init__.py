"""Deals between the parties a document names: typed, directed, with amounts and evidence.

``extract_deals(doc)`` reads a ``Doc`` whose ``doc._.entities`` and ``doc._.amounts`` are set;
the ``"deals"`` pipeline component stores the result in ``doc._.deals``. The words it reads are
language data (``extractors/lang/<lang>/deal_cues.py``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.deals.extract import extract_deals, merge_repeats

__all__ = ["extract_deals", "merge_repeats", "make_deals"]


@Language.factory("deals", assigns=["doc._.deals"], requires=["doc._.entities", "doc._.amounts"])
def make_deals(nlp: Language, name: str):
    if not Doc.has_extension("deals"):
        Doc.set_extension("deals", default=None)

    def component(doc: Doc) -> Doc:
        doc._.deals = extract_deals(doc)
        return doc

    return component
