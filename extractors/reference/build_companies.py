"""Build ``companies.tsv`` from the index constituents that ``pytickersymbols`` ships.

Run once, by hand, when the reference list should be refreshed; the generated file is
committed and is what the extractor loads at run time (pytickersymbols is a development-only
dependency, never imported by the pipeline)::

    python -m extractors.reference.build_companies [--shared ../shared]

Index lists write long legal names ("Alphabet Inc.", "Swiss Reinsurance Company Ltd"). The
canonical name drops legal forms, share classes and parentheses; a shorter alias drops
"Holding(s)"/"Group"/"International" when what is left is still a name ("ING Group" -> "ING",
"Heineken International" -> "Heineken"). A single-word
name that is also an ordinary lowercase word of English or Dutch ("Block", "Target", "Match") is
flagged ``common``: the gazetteer then only takes it mid-sentence and in the exact case. The
common words are counted in the Universal Dependencies treebanks under ``../shared/ud``.
``private_market.yaml`` overrides every row it names.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "companies.tsv"
COLUMNS = ["name", "aliases", "ticker", "isin", "country", "indices", "common"]

# Legal forms and share classes stripped from the end of a listed name, longest first.
_TRAILING = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|N\.V\.|NV|S\.A\.|SA|S\.p\.A\.|SpA|A/S|ASA|AB|Oyj|KGaA|GmbH|& Co\.|"
    r"Class [ABC]|\(The\)))+\s*$"
)
_PARENS = re.compile(r"\s*\([^)]*\)")
_HOLDING = re.compile(r"\s+(?:Holding|Holdings|Group|International)$")

# ISO 3166 alpha-2 codes of the countries pytickersymbols names.
_COUNTRIES = {
    "United States": "US", "Germany": "DE", "Netherlands": "NL", "Belgium": "BE", "France": "FR",
    "United Kingdom": "GB", "Spain": "ES", "Italy": "IT", "Japan": "JP", "Switzerland": "CH",
    "Finland": "FI", "Sweden": "SE", "Ireland": "IE", "Luxembourg": "LU", "Denmark": "DK",
    "Norway": "NO", "Austria": "AT", "Portugal": "PT", "Canada": "CA", "China": "CN",
    "Israel": "IL", "Bermuda": "BM", "Jersey": "JE", "Guernsey": "GG", "Australia": "AU",
    "Taiwan": "TW", "South Korea": "KR", "Singapore": "SG", "Mexico": "MX", "Brazil": "BR",
    "India": "IN", "Russia": "RU", "Greece": "GR", "Poland": "PL", "Czech Republic": "CZ",
    "Puerto Rico": "PR", "Cayman Islands": "KY", "Panama": "PA", "Uruguay": "UY",
    "Argentina": "AR", "Chile": "CL", "Hong Kong": "HK", "South Africa": "ZA",
}


def clean_name(name: str) -> str:
    name = _PARENS.sub("", name).strip()
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING.sub("", name).strip().rstrip(",")
    if name.startswith("The ") and len(name.split()) > 1:
        name = name[4:]
    return name


def common_words(shared: Path) -> set[str]:
    """Lowercase words seen at least twice in lowercase in the UD treebanks."""
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted((shared / "ud").glob("*/*.conllu")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line or line[0] in "#\n":
                    continue
                form = line.split("\t", 2)[1]
                if form.isalpha() and form.islower():
                    counts[form] += 1
    return {word for word, n in counts.items() if n >= 2}


def rows(common: set[str]) -> list[dict[str, str]]:
    from pytickersymbols import PyTickerSymbols  # development-only dependency

    symbols = PyTickerSymbols()
    indices: dict[str, set[str]] = collections.defaultdict(set)
    stocks: dict[str, dict] = {}
    for index in symbols.get_all_indices():
        for stock in symbols.get_stocks_by_index(index):
            indices[stock["name"]].add(index)
            stocks.setdefault(stock["name"], stock)
    out: dict[str, dict[str, str]] = {}
    for raw, stock in sorted(stocks.items()):
        name = clean_name(raw)
        if len(name) < 2:
            continue
        aliases = {raw} if raw != name else set()
        short = _HOLDING.sub("", name)
        if short != name and len(short) > 1 and short.lower() not in common:
            aliases.add(short)
        aliases.discard(name)
        key = name.lower()
        if key in out:  # the same company listed twice under two names
            continue
        out[key] = {
            "name": name,
            "aliases": "|".join(sorted(aliases)),
            "ticker": stock.get("symbol") or "",
            "isin": (stock.get("isins") or [""])[0],
            "country": _COUNTRIES.get(stock.get("country") or "", ""),
            "indices": "|".join(sorted(indices[raw])),
            "common": "1" if " " not in name and name.lower() in common else "",
        }
    return sorted(out.values(), key=lambda row: row["name"].lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    args = parser.parse_args()
    table = rows(common_words(args.shared))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Generated by extractors/reference/build_companies.py from pytickersymbols "
                     "(MIT); do not edit, override in private_market.yaml.\n")
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"{OUT}: {len(table)} companies")


if __name__ == "__main__":
    main()
