"""The extraction pipeline: a document's text through spaCy to entities, amounts and deals."""

from __future__ import annotations

from dataclasses import dataclass, field

import spacy
from spacy.language import Language

import extractors.amounts  # noqa: F401 - registers the "amounts" factory
import extractors.deals  # noqa: F401 - registers the "deals" factory
import extractors.entities  # noqa: F401 - registers the "entities" factory
import extractors.sentences  # noqa: F401 - registers the "line_breaks" component
from extractors import EXTRACTOR_VERSION
from extractors.lang import SUPPORTED
from extractors.types import Amount, Deal, Mention
from ingest.chunks import chunks, shifted
from ingest.language import detect_language
from ingest.readers import RawDocument


@dataclass
class Extraction:
    """What one document holds: its text and metadata, and the facts found in it."""

    document: RawDocument
    language: str
    extracted: bool  # False when the language is not supported: stored, flagged, not extracted
    entities: list[Mention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    def to_json(self) -> dict:
        doc = self.document
        return {
            "source": doc.source,
            "language": self.language,
            "title": doc.title,
            "entities": [m.to_json() for m in self.entities],
            "amounts": [a.to_json() for a in self.amounts],
            "deals": [d.to_json() for d in self.deals],
            "published": doc.published,
            "format": doc.format,
            "pages": doc.pages,
            "chars": len(doc.text),
            "words": doc.words,
            "extracted": self.extracted,
            "extractor_version": self.extractor_version,
            "warnings": list(doc.warnings),
        }


def build_nlp(lang: str, model: str | None = None) -> Language:
    """A spaCy pipeline for ``lang`` with our components; needs no downloaded model.

    The entity recogniser shipped in the package (``extractors/models/ner-<lang>``) runs before
    "entities" when there is one; ``model`` names an installed spaCy pipeline (package or path)
    whose recogniser is used instead (``ModelNotFound`` when it is not installed)."""
    from extractors.entities.model import add_shipped_ner, load_user_model

    if model is None:
        nlp = spacy.blank(lang)
        nlp.add_pipe("line_breaks")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("amounts")
        add_shipped_ner(nlp, before=None)
    else:
        nlp = load_user_model(model)
        nlp.add_pipe("line_breaks", first=True)
        nlp.add_pipe("sentencizer", after="line_breaks")
        nlp.add_pipe("amounts", after="sentencizer")
    nlp.add_pipe("entities")
    nlp.add_pipe("deals")
    return nlp


class Pipeline:
    """Builds one spaCy pipeline per language on first use and keeps it.

    ``knowledge`` (an ``EntityKnowledge``, e.g. ``kb.entities.load_knowledge``) carries the
    user's entity corrections; ``model`` an installed spaCy pipeline for entity recognition.
    A ``Pipeline`` pickles without its built spaCy pipelines (for worker processes)."""

    def __init__(self, knowledge=None, model: str | None = None) -> None:
        self.knowledge = knowledge
        self.model = model
        self._nlp: dict[str, Language] = {}

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlp:
            nlp = build_nlp(lang, self.model)
            nlp.get_pipe("entities").knowledge = self.knowledge
            self._nlp[lang] = nlp
        return self._nlp[lang]

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_nlp": {}}

    def extract(self, document: RawDocument, language: str | None = None) -> Extraction:
        lang = language or detect_language(document.text)
        if lang not in SUPPORTED:
            return Extraction(document, lang, extracted=False)
        extraction = Extraction(document, lang, extracted=True)
        pieces = list(chunks(document.text))
        docs = self.nlp(lang).pipe(piece for _, piece in pieces)
        for (offset, _), doc in zip(pieces, docs):
            extraction.entities += shifted(doc._.entities or [], offset)
            extraction.amounts += shifted(doc._.amounts or [], offset)
            extraction.deals += shifted(doc._.deals or [], offset)
        return extraction
