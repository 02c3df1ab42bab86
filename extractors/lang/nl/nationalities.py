"""Dutch adjectives of nationality and the country (ISO 3166 alpha-2) they name.

A description with one ("de Japanse investeerder", "het Australische IREN") refers back to a
company of that country. Source: the country adjectives of Dutch financial news, written down by
hand. Misses regions ("Scandinavische", "Europese") and cities ("het Amsterdamse"), which name no
single country.
"""

NATIONALITIES = {
    "amerikaanse": "US", "amerikaans": "US", "britse": "GB", "brits": "GB", "engelse": "GB",
    "duitse": "DE", "duits": "DE", "franse": "FR", "frans": "FR", "nederlandse": "NL",
    "nederlands": "NL", "belgische": "BE", "belgisch": "BE", "japanse": "JP", "japans": "JP",
    "chinese": "CN", "chinees": "CN", "taiwanese": "TW", "taiwanees": "TW", "zuid-koreaanse": "KR",
    "koreaanse": "KR", "indiase": "IN", "australische": "AU", "canadese": "CA", "zwitserse": "CH",
    "zweedse": "SE", "noorse": "NO", "deense": "DK", "finse": "FI", "spaanse": "ES", "italiaanse": "IT",
    "ierse": "IE", "oostenrijkse": "AT", "luxemburgse": "LU", "saoedische": "SA", "saudische": "SA",
    "emiraatse": "AE", "qatarese": "QA", "koeweitse": "KW", "singaporese": "SG", "braziliaanse": "BR",
    "mexicaanse": "MX", "zuid-afrikaanse": "ZA", "israëlische": "IL", "turkse": "TR", "poolse": "PL",
}

# Nouns for a country's state after its adjective ("de Deense staat", "de Amerikaanse overheid"):
# the phrase names the country (``entities.reference``). Capitalised forms are added.
STATE_NOUNS = """
staat overheid regering
"""

# A state noun after an article only ("de overheid", "de regering") names the state the text has
# just named as one ("de Deense staat", "de regering van Letland"), else ``HOME_STATE``. The
# ``HOME_STATE_NOUNS`` (exact case) always name it: "de Staat", "het Rijk", "het kabinet" are
# the Dutch state in Dutch financial news, whatever other state the text has named.
STATE_ARTICLES = """
de het
"""
HOME_STATE_NOUNS = """
Staat Rijk kabinet
"""
HOME_STATE = "Nederland"
