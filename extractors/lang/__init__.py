"""Language data, one folder per language, one module per kind of data.

Extractor code holds no Dutch or English words: it asks for a language's data by kind,
``language_data("nl", "currencies").CURRENCY_WORDS``. A new language is a new folder with the
same modules.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("nl", "en")


def language_data(lang: str, kind: str) -> ModuleType:
    """The module holding ``kind`` data for ``lang`` (``extractors/lang/<lang>/<kind>.py``)."""
    if lang not in SUPPORTED:
        raise ValueError(f"no language data for {lang!r}; supported: {', '.join(SUPPORTED)}")
    return importlib.import_module(f"{__name__}.{lang}.{kind}")


def words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words in a triple-quoted string."""
    return frozenset(text.split())
