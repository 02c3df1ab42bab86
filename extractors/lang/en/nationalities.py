"""English adjectives of nationality and the country (ISO 3166 alpha-2) they name.

A description with one ("the Japanese investor", "the Finnish group") refers back to a company of
that country. Source: the country adjectives of English financial news, written down by hand.
Misses regions ("Nordic", "European") and cities ("the Amsterdam-based group").
"""

NATIONALITIES = {
    "american": "US", "us": "US", "u.s.": "US", "british": "GB", "uk": "GB", "german": "DE",
    "french": "FR", "dutch": "NL", "belgian": "BE", "japanese": "JP", "chinese": "CN",
    "taiwanese": "TW", "south korean": "KR", "korean": "KR", "indian": "IN", "australian": "AU",
    "canadian": "CA", "swiss": "CH", "swedish": "SE", "norwegian": "NO", "danish": "DK",
    "finnish": "FI", "spanish": "ES", "italian": "IT", "irish": "IE", "austrian": "AT",
    "saudi": "SA", "emirati": "AE", "qatari": "QA", "kuwaiti": "KW", "singaporean": "SG",
    "brazilian": "BR", "mexican": "MX", "south african": "ZA", "israeli": "IL", "turkish": "TR",
    "polish": "PL", "colombian": "CO",
}

# Nouns for a country's government after its adjective ("the Dutch government"): the phrase
# names the country (``entities.reference``). Not "state": "the German state of Hesse" is a region.
STATE_NOUNS = """
government
"""

# A state noun after an article only ("the government") names the state the text last named as
# one ("the Dutch government", "the government of Latvia"). English financial news has no one
# state it means by default: no ``HOME_STATE_NOUNS`` and no ``HOME_STATE``.
STATE_ARTICLES = """
the
"""
HOME_STATE_NOUNS = ""
HOME_STATE = None
