"""The ``"entities"`` pipeline component and ``extract_entities``, over a ``Doc`` of the
pipeline (see the package's docstring)."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_lang_class

from extractors.entities.cues import entity_cues
from extractors.entities.gazetteer import Gazetteer
from extractors.entities.knowledge import EntityKnowledge
from extractors.entities.linking import link
from extractors.entities.recognise import Recogniser
from extractors.token_view import token_view
from extractors.types import Mention


@lru_cache(maxsize=None)
def _tokenizer(lang: str):
    return get_lang_class(lang)().tokenizer


_GAZETTEERS: dict[tuple[str, int], tuple[EntityKnowledge, str, Gazetteer]] = {}


def gazetteer_for(lang: str, knowledge: EntityKnowledge, tokenizer=None) -> Gazetteer:
    """One gazetteer per language and knowledge, rebuilt when the knowledge changes. Known
    names are cut into tokens by ``tokenizer``, which must follow the language's default
    rules (a blank pipeline's), or else by one made for the purpose."""
    key = (lang, id(knowledge))
    stamp = knowledge.stamp
    cached = _GAZETTEERS.get(key)
    if cached is None or cached[1] != stamp:
        if len(_GAZETTEERS) > 16:
            _GAZETTEERS.clear()
        tokenizer = tokenizer or _tokenizer(lang)
        gazetteer = Gazetteer(knowledge, lambda text: [t.text for t in tokenizer(text)])
        cached = _GAZETTEERS[key] = (knowledge, stamp, gazetteer)
    return cached[2]


@lru_cache(maxsize=1)
def _reference() -> EntityKnowledge:
    return EntityKnowledge.reference()


def extract_entities(doc: Doc, knowledge: EntityKnowledge | None = None,
                     tokenizer=None) -> list[Mention]:
    """``tokenizer``: one with the language's default rules, for the known names (see
    ``gazetteer_for``)."""
    lang = doc.lang_
    knowledge = knowledge if knowledge is not None else _reference()
    cues = entity_cues(lang)
    gazetteer = gazetteer_for(lang, knowledge, tokenizer)
    candidates = Recogniser(doc, cues, gazetteer, knowledge)()
    return link(token_view(doc).text, candidates, knowledge, cues)


class EntitiesComponent:
    """Sets ``doc._.entities``; ``knowledge`` may be replaced (the user's corrections).
    ``default_tokenizer`` may be set to the pipeline's tokenizer when that follows the
    language's default rules (a blank pipeline's): the known names are then cut into tokens by
    it, instead of by a tokenizer made for the purpose (a third of a second)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.knowledge: EntityKnowledge | None = None
        self.default_tokenizer = None

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.knowledge, self.default_tokenizer)
        return doc


@Language.factory("entities", assigns=["doc._.entities"], requires=["token.is_sent_start"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", default=None)
    return EntitiesComponent(nlp, name)
