import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from deal_kb import build

from ingest.errors import BadQuery, UnknownEntity
from kb.graph import neighbourhood, short_amount


@pytest.fixture
def deal_kb(kb):
    build(kb)
    return kb


def _names(graph):
    return {data["name"] for _, data in graph.nodes(data=True)}


def test_kb_graph_png_written(deal_kb, tmp_path):
    path = deal_kb.graph("TeraWulf", tmp_path / "terawulf.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_kb_graph_svg_written(deal_kb, tmp_path):
    path = deal_kb.graph("Nvidia", tmp_path / "nvidia.svg", depth=1)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(list(root)) > 0


def test_kb_graph_depth(deal_kb):
    one = neighbourhood(deal_kb.db, "TeraWulf", depth=1)
    assert _names(one) == {"TeraWulf", "Google", "Google Cloud"}
    two = neighbourhood(deal_kb.db, "TeraWulf", depth=2)
    assert _names(two) == {"TeraWulf", "Google", "Google Cloud", "Cipher Mining", "Fluidstack"}
    assert two.number_of_edges() == 4


def test_kb_graph_nodes_sized_by_exposure_and_edges_labelled(deal_kb):
    graph = neighbourhood(deal_kb.db, "Nvidia", depth=1)
    exposure = {data["name"]: data["exposure"] for _, data in graph.nodes(data=True)}
    assert exposure["Nvidia"] == 12100000000 and exposure["OpenAI"] == 0
    labels = {data["label"] for _, _, data in graph.edges(data=True)}
    assert "investment 10B USD" in labels and "investment" in labels
    assert "2024-12-31" in graph.graph["fx"]


def test_kb_graph_drops_farthest_smallest_nodes_past_the_limit(deal_kb):
    graph = neighbourhood(deal_kb.db, "Nvidia", depth=1, max_nodes=3)
    assert _names(graph) == {"Nvidia", "Anthropic", "xAI"} and graph.graph["hidden"] == 2


def test_kb_graph_refuses_other_formats(deal_kb, tmp_path):
    with pytest.raises(BadQuery, match=".png or .svg"):
        deal_kb.graph("Nvidia", tmp_path / "nvidia.jpg")


def test_kb_graph_unknown_entity(deal_kb, tmp_path):
    with pytest.raises(UnknownEntity):
        deal_kb.graph("Nobody", tmp_path / "x.png")


@pytest.mark.parametrize("amount, currency, text", [
    ("3200000000", "USD", "3.2B USD"), ("450000000", "EUR", "450M EUR"), ("1500", "GBP", "1.5K GBP"),
    ("12", None, "12 ?"), ("2000000000000", "USD", "2T USD")])
def test_kb_graph_short_amount(amount, currency, text):
    assert short_amount(Decimal(amount), currency) == text


def test_kb_graph_keeps_every_entity_linked_when_deals_are_capped(deal_kb):
    from extractors.types import Deal, Mention
    from ingest.pipeline import Extraction
    from ingest.readers import RawDocument

    text = "Google leent Google Cloud $9 miljard."
    deal_kb.add(Extraction(RawDocument(source="g.txt", format="text", text=text), "nl", True,
                           entities=[Mention("Google", 0, 6, "ORG", "Google"),
                                     Mention("Google Cloud", 13, 25, "ORG", "Google Cloud")],
                           deals=[Deal("financing", "Google", "Google Cloud", text, 0, len(text), 0.8,
                                       amount=Decimal("9000000000"), currency="USD")]))
    everything = neighbourhood(deal_kb.db, "TeraWulf", depth=1)
    assert everything.number_of_edges() == 3 and everything.graph["hidden_deals"] == 0
    capped = neighbourhood(deal_kb.db, "TeraWulf", depth=1, max_edges=2)
    # The largest deal (the 9 billion between the two Googles) goes: each needs its link to TeraWulf.
    assert {d["type"] for _, _, d in capped.edges(data=True)} == {"guarantee"}
    assert capped.graph["hidden_deals"] == 1
