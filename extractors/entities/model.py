"""The statistical recogniser: finding and loading the model shipped in the package, or an
installed spaCy pipeline named by the user.

Shipped models live in ``extractors/models/ner-<lang>/`` (a spaCy pipeline directory whose
``ner`` component embeds its own token-to-vector layer), built by ``ingest train ner --lang
<lang>``. Loading reads only that directory: nothing is downloaded.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

MODELS_DIR = Path(resources.files("extractors") / "models")


class ModelNotFound(Exception):
    """A named spaCy pipeline is not installed, or has no entity recogniser."""


def shipped_model_path(lang: str) -> Path | None:
    """The directory of the model shipped for ``lang``, or None when there is none."""
    path = MODELS_DIR / f"ner-{lang}"
    return path if (path / "config.cfg").exists() else None


def shipped_pipeline(lang: str) -> Language:
    """A spaCy pipeline for ``lang`` with the shipped recogniser as its only component, or a
    blank one when no model is shipped for the language (the rules and reference data still
    work). Its tokenizer has the language's default rules, as ``spacy.blank``'s."""
    path = shipped_model_path(lang)
    if path is None:
        return spacy.blank(lang)
    # The network's matrix products go through numpy's OpenBLAS rather than thinc's default,
    # BLIS, which does these (tokens x 256 by 256 x 192) products at a third of the speed
    # (bench/ingest_throughput.py: the recogniser is a third of the time of `ingest add`).
    # One BLAS thread per process: `ingest add --jobs N` runs a process per core, and
    # OpenBLAS's own threads would only compete with them (costing twice the CPU time for
    # the same wall time). This limit holds for the whole process.
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        # The tokenizer the model was saved with is the default one; it is made from the
        # language's rules, not read from disk as well (a third of a second).
        return spacy.load(path, exclude=["tokenizer"])


def load_user_model(name: str) -> Language:
    """An installed spaCy pipeline (package name or path) with only what NER needs enabled;
    a fresh copy each time, since our components are added to it."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        if "/" in name or "\\" in name or Path(name).exists():
            raise ModelNotFound(f"{name}: not a spaCy pipeline directory (no config.cfg)") from exc
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (install its package, e.g. with "
            f"`python -m spacy download {name}` where there is network, or pass a directory)"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy pipeline {name!r} has no entity recogniser (ner)")
    keep = {"ner", "tok2vec", "transformer"}
    for pipe in list(nlp.pipe_names):
        if pipe not in keep:
            nlp.disable_pipe(pipe)
    return nlp
