"""Language per document with langdetect, made deterministic.

langdetect samples n-grams at random; a fixed seed, reset before every call, makes the same
text always give the same answer regardless of what was detected before.
"""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

from extractors.lang import SUPPORTED

_SAMPLE = 20_000  # characters; more text does not change the answer, only the time
UNKNOWN = "unknown"


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("nl", "en", "de", ...) or ``"unknown"`` for text without language."""
    sample = text[:_SAMPLE]
    DetectorFactory.seed = 0
    try:
        candidates = detect_langs(sample)
    except LangDetectException:
        return UNKNOWN
    if not candidates:
        return UNKNOWN
    # langdetect may split Dutch text between nl and af; prefer a supported language when it
    # holds a fair share of the probability.
    for candidate in candidates:
        if candidate.lang in SUPPORTED and candidate.prob >= 0.3:
            return candidate.lang
    return candidates[0].lang


def is_supported(language: str) -> bool:
    return language in SUPPORTED
