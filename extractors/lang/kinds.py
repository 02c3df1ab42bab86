"""Groups of reference-data kinds that a description noun names in every language.

A kind is what ``extractors/reference/private_market.yaml`` says an organisation is ("bank",
"private credit"); ``lang/<lang>/kinds.py`` maps each language's description nouns to kinds,
and uses these groups where a noun covers several ("investor", "investeerder").
"""

BANKS = ("bank", "central bank", "development bank")
LENDERS = ("bank", "private credit", "development bank")
ASSET_MANAGERS = ("asset manager", "private equity", "private credit", "private markets")
INVESTORS = ("investor", "private equity", "sovereign investor", "pension investor", "venture capital",
             "hedge fund", "infrastructure investor", "asset manager", "private credit", "private markets",
             "state holding")
CLOUD_PROVIDERS = ("neocloud", "big tech", "division")
