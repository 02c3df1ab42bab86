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


def build_nlp(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` with our components; needs no downloaded model."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("line_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("amounts")
    nlp.add_pipe("entities")
    nlp.add_pipe("deals")
    return nlp


class Pipeline:
    """Builds one spaCy pipeline per language on first use and keeps it."""

    def __init__(self) -> None:
        self._nlp: dict[str, Language] = {}

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlp:
            self._nlp[lang] = build_nlp(lang)
        return self._nlp[lang]

    def extract(self, document: RawDocument, language: str | None = None) -> Extraction:
        lang = language or detect_language(document.text)
        if lang not in SUPPORTED:
            return Extraction(document, lang, extracted=False)
        doc = self.nlp(lang)(document.text)
        return Extraction(
            document,
            lang,
            extracted=True,
            entities=list(doc._.entities or []),
            amounts=list(doc._.amounts or []),
            deals=list(doc._.deals or []),
        )
