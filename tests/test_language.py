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
