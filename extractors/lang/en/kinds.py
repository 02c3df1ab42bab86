"""What English description nouns say a company is, as kinds of the reference data.

"The bank", "the chipmaker", "the asset manager" refer back to a company of that kind
(``kind`` in ``extractors/reference/private_market.yaml``) before one that is not. A noun is
looked up with the word before it first ("asset manager", "cloud provider"), then alone. Generic
nouns ("company", "group", "firm") name no kind. Source: the description nouns of English
financial news, written down by hand. Misses kinds of listed companies outside that file.
"""

from extractors.lang.kinds import ASSET_MANAGERS, BANKS, CLOUD_PROVIDERS, INVESTORS, LENDERS

KINDS = {
    "bank": BANKS,
    "lender": LENDERS,
    "moneylender": LENDERS,
    "insurer": ("insurer",),
    "chipmaker": ("chips",),
    "chip designer": ("chips",),
    "chip giant": ("chips",),
    "miner": ("miner",),
    "bitcoin miner": ("miner",),
    "neocloud": ("neocloud",),
    "cloud provider": CLOUD_PROVIDERS,
    "hyperscaler": ("big tech",),
    "tech giant": ("big tech",),
    "ai developer": ("AI lab",),
    "ai lab": ("AI lab",),
    "start-up": ("AI lab", "neocloud"),
    "startup": ("AI lab", "neocloud"),
    "data-centre developer": ("data-centre developer",),
    "data center developer": ("data-centre developer",),
    "asset manager": ASSET_MANAGERS,
    "investor": INVESTORS,
    "broker": ("broker",),
    "airline": ("airline",),
    "carrier": ("airline",),
    "grid operator": ("grid operator",),
    "lessor": ("lessor",),
}
