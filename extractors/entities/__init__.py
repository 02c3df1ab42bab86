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

from extractors.entities.knowledge import EntityKnowledge, EntityRecord

__all__ = ["EntityKnowledge", "EntityRecord", "EntitiesComponent", "extract_entities"]

_COMPONENT = frozenset({"EntitiesComponent", "extract_entities"})


def __getattr__(name: str):
    # The component, and spaCy with it, is imported on first use: a process that only reads
    # entity knowledge (the main process of `ingest add --jobs N`, which writes while worker
    # processes extract) starts a second sooner without it.
    if name in _COMPONENT:
        from extractors.entities import component

        return getattr(component, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
