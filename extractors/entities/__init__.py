"""Entities: organisations, people and places in Dutch and English, linked to canonical names.

``extract_entities(doc, knowledge=None) -> list[Mention]`` over a ``Doc`` of the pipeline
(sentences set; the statistical recogniser, when the pipeline has one, has filled
``doc.ents``); the ``"entities"`` component stores the result in ``doc._.entities``, sorted by
start. Stages: ``recognise`` (model spans + ``gazetteer`` + ``rules``, overlaps resolved) and
``linking`` (canonical names, ``knowledge``). ``Mention.text == doc.text[start:end]`` always;
a possessive is never part of a mention ("Nvidia’s" -> "Nvidia"), nor the tail of a hyphen
compound ("Nvidia-CEO" -> "Nvidia").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_lang_class

from extractors.entities.cues import entity_cues
from extractors.entities.gazetteer import Gazetteer
from extractors.entities.knowledge import EntityKnowledge, EntityRecord
from extractors.entities.linking import link
from extractors.entities.recognise import Recogniser
from extractors.types import Mention

__all__ = ["EntityKnowledge", "EntityRecord", "EntitiesComponent", "extract_entities"]


@lru_cache(maxsize=None)
def _tokenizer(lang: str):
    return get_lang_class(lang)().tokenizer


_GAZETTEERS: dict[tuple[str, int], tuple[EntityKnowledge, str, Gazetteer]] = {}


def gazetteer_for(lang: str, knowledge: EntityKnowledge) -> Gazetteer:
    """One gazetteer per language and knowledge, rebuilt when the knowledge changes."""
    key = (lang, id(knowledge))
    stamp = knowledge.stamp
    cached = _GAZETTEERS.get(key)
    if cached is None or cached[1] != stamp:
        if len(_GAZETTEERS) > 16:
            _GAZETTEERS.clear()
        tokenizer = _tokenizer(lang)
        gazetteer = Gazetteer(knowledge, lambda text: [t.text for t in tokenizer(text)])
        cached = _GAZETTEERS[key] = (knowledge, stamp, gazetteer)
    return cached[2]


@lru_cache(maxsize=1)
def _reference() -> EntityKnowledge:
    return EntityKnowledge.reference()


def extract_entities(doc: Doc, knowledge: EntityKnowledge | None = None) -> list[Mention]:
    lang = doc.lang_
    knowledge = knowledge if knowledge is not None else _reference()
    cues = entity_cues(lang)
    candidates = Recogniser(doc, cues, gazetteer_for(lang, knowledge), knowledge)()
    return link(doc.text, candidates, knowledge, cues)


class EntitiesComponent:
    """Sets ``doc._.entities``; ``knowledge`` may be replaced (the user's corrections)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.knowledge: EntityKnowledge | None = None

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.knowledge)
        return doc


@Language.factory("entities", assigns=["doc._.entities"], requires=["token.is_sent_start"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", default=None)
    return EntitiesComponent(nlp, name)
