import pytest

from ingest.language import UNKNOWN, detect_language

NL = "De hyperscalers investeren dit jaar opnieuw miljarden in datacenters, blijkt uit de cijfers."
EN = "The hyperscalers are again investing billions in data centres this year, the figures show."
DE = "Die großen Cloud-Anbieter investieren in diesem Jahr erneut Milliarden in Rechenzentren."


def test_detect_language_dutch_and_english():
    assert detect_language(NL) == "nl"
    assert detect_language(EN) == "en"


def test_detect_language_other_language():
    assert detect_language(DE) == "de"


def test_detect_language_is_deterministic():
    mixed = NL + " " + EN  # an ambiguous text gives the same answer every time
    first = detect_language(mixed)
    assert all(detect_language(mixed) == first for _ in range(20))
    assert detect_language(EN) == "en"
    assert detect_language(mixed) == first  # and does not depend on what ran before


def test_detect_language_no_letters():
    assert detect_language("12345 67,8 %") == UNKNOWN


# langdetect's own Detector is the reference: the fast one must give the same probabilities,
# bit for bit, and fail the same way.
_DETECTOR_TEXTS = {
    "dutch": NL * 3,
    "english": EN * 3,
    "german": DE,
    "mixed": NL + " " + EN,
    "capitals": "NVIDIA EN AMD: DE KOERS VAN ASML Stijgt Met 5 PROCENT, zegt ING-analist",
    "urls and e-mail": "Zie https://example.com/a?b=1 of mail pers@example.nl voor het rapport.",
    "spaces": "  De   cijfers\n\n\tvan  Nvidia  ",
    "accents and other scripts": "Société Générale en Banco Santander; 日本語のテキスト; Москва; ș ț",
    "vietnamese marks": "Ngân hàng Nhà nước Việt Nam tăng lãi suất",
    "short": "ok",
}


@pytest.mark.parametrize("text", list(_DETECTOR_TEXTS.values()), ids=list(_DETECTOR_TEXTS))
def test_fast_detector_same_probabilities_as_langdetect(text):
    from langdetect import DetectorFactory, LangDetectException, detector_factory
    from langdetect.detector import Detector

    from ingest.langdetect_fast import create_detector

    DetectorFactory.seed = 0
    fast = create_detector()
    reference = Detector(detector_factory._factory)
    results = []
    for detector in (reference, fast):
        detector.append(text)
        try:
            results.append(([(c.lang, c.prob) for c in detector.get_probabilities()],
                            detector.text, detector.langprob))
        except LangDetectException as exc:
            results.append(("error", exc.code))
    assert results[0] == results[1]


def test_fast_detector_no_features_fails_like_langdetect():
    from langdetect import LangDetectException

    from ingest.langdetect_fast import create_detector

    detector = create_detector()
    detector.append("12345 67,8 % ...")
    with pytest.raises(LangDetectException):
        detector.get_probabilities()
