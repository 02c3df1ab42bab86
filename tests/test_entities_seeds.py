"""The two seed articles in ../shared/seeds: every company, fund and analyst they name is found
and canonicalised, and no common word opening a sentence is reported as an entity."""

from __future__ import annotations

import pytest
from conftest import shared_path

from ingest.readers import read_path

SEEDS = {
    "000_0cf27d951c3b3ffd.txt": {
        ("Meta", "ORG"), ("Blue Owl Capital", "ORG"), ("Pimco", "ORG"), ("Nvidia", "ORG"),
        ("CoreWeave", "ORG"), ("OpenAI", "ORG"), ("xAI", "ORG"), ("Intel", "ORG"),
        ("TeraWulf", "ORG"), ("Cipher Mining", "ORG"), ("Fluidstack", "ORG"), ("Google", "ORG"),
        ("Blackstone", "ORG"), ("Apollo", "ORG"), ("KKR", "ORG"), ("Morgan Stanley", "ORG"),
        ("D.A. Davidson", "ORG"), ("Gil Luria", "PERSON"), ("Michael Green", "PERSON"),
        ("Elon Musk", "PERSON"), ("Amazon", "ORG"), ("Microsoft", "ORG"), ("Oracle", "ORG"),
        ("Cisco", "ORG"), ("Lucent", "ORG"), ("Louisiana", "GPE"),
    },
    "002_4bc164017a09505f.txt": {
        ("L&G", "ORG"), ("Barclays", "ORG"), ("Suzanna Ellard", "PERSON"), ("John Daly", "PERSON"),
        ("Amazon Web Services", "ORG"), ("Microsoft Azure", "ORG"), ("Google Cloud", "ORG"),
        ("Meta", "ORG"), ("Oracle", "ORG"), ("Microsoft", "ORG"), ("Amazon", "ORG"),
        ("Google", "ORG"), ("McKinsey", "ORG"), ("United States", "GPE"), ("Europe", "GPE"),
    },
}

# Capitalised words that open sentences, greetings or headings in the seeds.
NEVER = {"Beste", "Volgens", "Dankzij", "Deskundigen", "Big", "Tech", "Big Tech", "Kostenplaatje",
         "Hoewel", "Zoals", "Reageren", "Wat", "Omdat", "Toch", "Het", "De", "Een", "Dit", "Ook",
         "Zo", "Keerzijde", "Schuld", "Steun", "Toenemende", "Hyperscalers", "Datacenters"}


@pytest.fixture(scope="module")
def seed_mentions(pipeline):
    out = {}
    for name in SEEDS:
        document = read_path(shared_path("seeds", name))
        out[name] = pipeline.extract(document, "nl").entities
    return out


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_entities_seeds_named_parties_found_and_canonical(seed_mentions, name):
    found = {(m.canonical, m.label) for m in seed_mentions[name]}
    assert SEEDS[name] <= found, f"missing {sorted(SEEDS[name] - found)}"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_entities_seeds_no_sentence_opener_is_an_entity(seed_mentions, name):
    wrong = [m.text for m in seed_mentions[name] if m.text in NEVER or m.text.split()[0] in NEVER]
    assert wrong == []


def test_entities_seeds_short_forms_and_possessives_link(seed_mentions):
    mentions = seed_mentions["000_0cf27d951c3b3ffd.txt"]
    forms = {(m.text, m.canonical) for m in mentions}
    assert ("Cipher", "Cipher Mining") in forms
    assert ("Blue Owl", "Blue Owl Capital") in forms
    assert all("’" not in m.text and "'s" not in m.text for m in mentions)
    later = {(m.text, m.canonical) for m in seed_mentions["002_4bc164017a09505f.txt"]}
    assert {("Ellard", "Suzanna Ellard"), ("Daly", "John Daly")} <= later
