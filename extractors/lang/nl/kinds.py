"""What Dutch description nouns say a company is, as kinds of the reference data.

"De bank", "de chipreus", "de vermogensbeheerder" refer back to a company of that kind
(``kind`` in ``extractors/reference/private_market.yaml``) before one that is not. A closed
compound is looked up whole, then by its longest listed ending ("hypotheekbank": "bank").
Generic nouns ("bedrijf", "concern", "groep") name no kind. Source: the description nouns of
Dutch financial news, written down by hand. Misses kinds of listed companies outside that file.
"""

from extractors.lang.kinds import ASSET_MANAGERS, BANKS, CLOUD_PROVIDERS, INVESTORS, LENDERS

KINDS = {
    "bank": BANKS,
    "bankverzekeraar": ("bank", "insurer"),
    "geldschieter": LENDERS,
    "kredietverstrekker": LENDERS,
    "verzekeraar": ("insurer",),
    "chipreus": ("chips",),
    "chipmaker": ("chips",),
    "chipfabrikant": ("chips",),
    "chipontwerper": ("chips",),
    "chipconcern": ("chips",),
    "chipmachinemaker": ("chips",),
    "miner": ("miner",),
    "neocloud": ("neocloud",),
    "cloudaanbieder": CLOUD_PROVIDERS,
    "hyperscaler": ("big tech",),
    "techreus": ("big tech",),
    "techgigant": ("big tech",),
    "cloudgigant": ("big tech",),
    "ai-ontwikkelaar": ("AI lab",),
    "ai-bedrijf": ("AI lab",),
    "datacenterbouwer": ("data-centre developer",),
    "vermogensbeheerder": ASSET_MANAGERS,
    "investeerder": INVESTORS,
    "belegger": INVESTORS,
    "staatsfonds": ("sovereign investor",),
    "maaltijdbezorger": ("food delivery",),
    "netwerkleverancier": ("networking",),
    "maatschappij": ("airline", "insurer"),
    "luchtvaartmaatschappij": ("airline",),
    "verzekeringsmaatschappij": ("insurer",),
    "netbeheerder": ("grid operator",),
    "netbedrijf": ("grid operator",),
    "lessor": ("lessor",),
}
