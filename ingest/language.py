"""Language per document with langdetect, made deterministic.

langdetect samples n-grams at random; a fixed seed, reset before every call, makes the same
text always give the same answer regardless of what was detected before.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException

from extractors.lang import SUPPORTED, language_data
from ingest.langdetect_fast import create_detector

# Characters read: langdetect's cost grows with the text, its answer stops changing long before
# (a few paragraphs decide it). Skipping the head leaves out headline and byline boilerplate.
_SAMPLE = 3_000
_SKIP_HEAD = 200
UNKNOWN = "unknown"
# A supported language whose own function words make up this share of the words wins over the
# detector's guess of a neighbour language (Dutch read as Afrikaans, repetitive text).
_FUNCTION_WORD_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")


def _function_word_share(text: str) -> dict[str, float]:
    tokens = [t.lower() for t in _WORD.findall(text)]
    if not tokens:
        return {}
    shares = {}
    for lang in SUPPORTED:
        function_words = language_data(lang, "function_words").FUNCTION_WORDS
        shares[lang] = sum(t in function_words for t in tokens) / len(tokens)
    return shares


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("nl", "en", "de", ...) or ``"unknown"`` for text without language."""
    sample = text[_SKIP_HEAD : _SKIP_HEAD + _SAMPLE] if len(text) > _SKIP_HEAD + _SAMPLE else text[:_SAMPLE]
    DetectorFactory.seed = 0
    try:
        detector = create_detector()  # langdetect.detect_langs, faster
        detector.append(sample)
        candidates = detector.get_probabilities()
    except LangDetectException:
        return UNKNOWN
    if not candidates:
        return UNKNOWN
    # langdetect may split Dutch text between nl and af; prefer a supported language when it
    # holds a fair share of the probability.
    for candidate in candidates:
        if candidate.lang in SUPPORTED and candidate.prob >= 0.3:
            return candidate.lang
    shares = _function_word_share(sample)
    best = max(shares, key=shares.get, default=None)
    if best is not None and shares[best] >= _FUNCTION_WORD_SHARE:
        return best
    return candidates[0].lang


def is_supported(language: str) -> bool:
    return language in SUPPORTED
