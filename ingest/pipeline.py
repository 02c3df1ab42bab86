"""The extraction pipeline: a document's text through spaCy to entities, amounts and deals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors import EXTRACTOR_VERSION
from extractors.lang import SUPPORTED
from extractors.types import Amount, Deal, Mention
from ingest.chunks import chunks, shifted
from ingest.language import detect_language
from ingest.readers import RawDocument

if TYPE_CHECKING:
    from spacy.language import Language

# Characters per batch of ``nlp.pipe`` (pieces: documents, or chunks of a long one): the
# recogniser runs faster over many documents at once, and its activations, a few kilobytes a
# token, stay within some hundreds of megabytes.
PIPE_CHARS = 200_000


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
    # Imported here, not above: the main process of `ingest add --jobs N` never extracts, and
    # starts its workers a second sooner without spaCy. The imports register the factories.
    import extractors.amounts  # noqa: F401
    import extractors.deals  # noqa: F401
    import extractors.entities.component  # noqa: F401
    from extractors.entities.model import load_user_model, shipped_pipeline
    from extractors.sentences import split_stops_after_names  # also registers "line_breaks"

    nlp = shipped_pipeline(lang) if model is None else load_user_model(model)
    split_stops_after_names(nlp)
    nlp.add_pipe("line_breaks", first=True)
    nlp.add_pipe("sentencizer", after="line_breaks")
    nlp.add_pipe("amounts", after="sentencizer")
    entities = nlp.add_pipe("entities")
    if model is None:
        entities.default_tokenizer = nlp.tokenizer  # the language's default rules
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

    @property
    def languages(self) -> set[str]:
        """The languages whose spaCy pipeline has been built."""
        return set(self._nlp)

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlp:
            nlp = build_nlp(lang, self.model)
            nlp.get_pipe("entities").knowledge = self.knowledge
            self._nlp[lang] = nlp
        return self._nlp[lang]

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_nlp": {}}

    def extract(self, document: RawDocument, language: str | None = None) -> Extraction:
        return self.extract_many([document], language)[0]

    def extract_many(self, documents: list[RawDocument], language: str | None = None
                     ) -> list[Extraction]:
        """``extract`` over several documents at once: the pieces of all documents of one
        language go through ``nlp.pipe`` together, so the recogniser's network runs over
        batches (a fifth faster than one document at a time). The facts are the same."""
        extractions = []
        pieces: dict[str, list[tuple[Extraction, int, str]]] = {}
        for document in documents:
            lang = language or detect_language(document.text)
            extraction = Extraction(document, lang, extracted=lang in SUPPORTED)
            extractions.append(extraction)
            if extraction.extracted:
                pieces.setdefault(lang, []).extend(
                    (extraction, offset, piece) for offset, piece in chunks(document.text))
        for lang, of_language in pieces.items():
            for batch in _batches(of_language, PIPE_CHARS):
                docs = self.nlp(lang).pipe((piece for _, _, piece in batch), batch_size=len(batch))
                for (extraction, offset, _), doc in zip(batch, docs):
                    extraction.entities += shifted(doc._.entities or [], offset)
                    extraction.amounts += shifted(doc._.amounts or [], offset)
                    extraction.deals += shifted(doc._.deals or [], offset)
        return extractions


def _batches(pieces: list[tuple[Extraction, int, str]], chars: int
             ) -> Iterator[list[tuple[Extraction, int, str]]]:
    """Consecutive pieces, in batches of at most ``chars`` characters (or one piece)."""
    batch: list[tuple[Extraction, int, str]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[2]) > chars:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[2])
    if batch:
        yield batch
