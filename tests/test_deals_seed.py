"""The deals of the seed article ``000_0cf27d951c3b3ffd.txt`` (../shared/seeds/).

MODE: this test runs in **oracle-entity mode** while the entity recogniser finds nothing: the
parties the acceptance list is about are marked as entity mentions by hand (their canonical
names and the forms the article writes), so it checks the deal extractor alone. Once the
pipeline's own recogniser finds entities in the seed, the same checks run on the real pipeline
(``real`` mode) and the hand-made mentions are no longer used.

Acceptance list (issue 6): the Meta–Blue Owl joint venture; Nvidia's four investments with
their four amounts; Google's two guarantees ($3.2B TeraWulf, $1.4B Cipher Mining); TeraWulf's
$3.2B bond issue; no deal from Morgan Stanley's $800 billion forecast or the €19 subscription
offer.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from conftest import shared_path

from extractors.deals import extract_deals
from extractors.types import Mention
from ingest.pipeline import build_nlp

SEED = "000_0cf27d951c3b3ffd.txt"

# Canonical name -> the forms the seed writes it in (possessives included).
ORACLE = {
    "Meta": ["Meta", "Meta’s"], "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl", "Blue Owl’s"],
    "Nvidia": ["Nvidia", "Nvidia’s"], "CoreWeave": ["CoreWeave"], "OpenAI": ["OpenAI"],
    "xAI": ["xAI"], "Intel": ["Intel"], "Google": ["Google", "Google’s"], "TeraWulf": ["TeraWulf"],
    "Cipher Mining": ["Cipher Mining", "Cipher"], "Fluidstack": ["Fluidstack"],
    "Morgan Stanley": ["Morgan Stanley"], "Pimco": ["Pimco"], "Blackstone": ["Blackstone"],
    "Apollo": ["Apollo"], "KKR": ["KKR"], "Amazon": ["Amazon"], "Microsoft": ["Microsoft"],
    "Oracle": ["Oracle"], "USMarkets.nl": ["USMarkets.nl"],
}
B = 10**9


def _oracle_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    forms = sorted(((f, name) for name, fs in ORACLE.items() for f in fs), key=lambda x: -len(x[0]))
    for form, name in forms:
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(form, match.start(), match.end(), "ORG", name))
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def seed_deals():
    text = shared_path("seeds", SEED).read_text(encoding="utf-8")
    nlp = build_nlp("nl")
    doc = nlp(text)
    mode = "real" if doc._.entities else "oracle"
    if mode == "oracle":
        with nlp.select_pipes(disable=["entities", "deals"]):
            doc = nlp(text)
        doc._.entities = _oracle_mentions(text)
        doc._.deals = extract_deals(doc)
    return mode, doc._.deals, text


def _has(deals, type_, source, target, amount=None):
    for deal in deals:
        parties = {deal.source, deal.target} if type_ == "joint_venture" else None
        if deal.type != type_:
            continue
        if parties is not None and parties != {source, target}:
            continue
        if parties is None and (deal.source, deal.target) != (source, target):
            continue
        if amount is None or (deal.amount is not None and deal.currency == "USD"
                              and abs(deal.amount - Decimal(amount)) <= Decimal(amount) / 200):
            return True
    return False


def test_deals_seed_meta_blue_owl_joint_venture(seed_deals):
    mode, deals, _ = seed_deals
    assert _has(deals, "joint_venture", "Meta", "Blue Owl Capital"), mode


@pytest.mark.parametrize("target, amount", [
    ("CoreWeave", 100 * 10**6), ("OpenAI", 100 * B), ("xAI", 2 * B), ("Intel", 5 * B)])
def test_deals_seed_nvidia_four_investments(seed_deals, target, amount):
    mode, deals, _ = seed_deals
    assert _has(deals, "investment", "Nvidia", target, amount), mode


@pytest.mark.parametrize("target, amount", [("TeraWulf", 3.2 * B), ("Cipher Mining", 1.4 * B)])
def test_deals_seed_google_two_guarantees(seed_deals, target, amount):
    mode, deals, _ = seed_deals
    assert _has(deals, "guarantee", "Google", target, int(amount)), mode


def test_deals_seed_terawulf_bond_issue(seed_deals):
    mode, deals, _ = seed_deals
    assert _has(deals, "issuance", "TeraWulf", None, int(3.2 * B)), mode


def test_deals_seed_no_deal_from_forecast_or_subscription(seed_deals):
    mode, deals, text = seed_deals
    forecast = text.index("Volgens Morgan Stanley")
    offer = re.search(r"€\s*19", text).start()
    for deal in deals:
        assert not deal.start <= forecast < deal.end, (mode, deal)
        assert not deal.start <= offer < deal.end, (mode, deal)
        assert deal.amount not in (Decimal(800 * B), Decimal(19)), (mode, deal)


def test_deals_seed_evidence_points_into_the_text(seed_deals):
    _, deals, text = seed_deals
    assert deals
    for deal in deals:
        assert text[deal.start:deal.end] == deal.text
