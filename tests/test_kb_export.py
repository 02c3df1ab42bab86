import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from deal_kb import PERCENT, QUOTED, build

from ingest.errors import BadQuery
from kb.export import EDGE_KEYS

NS = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def deal_kb(kb):
    build(kb)
    return kb


def test_kb_export_json_edge_list_keys(deal_kb, tmp_path):
    path = tmp_path / "deals.json"
    deal_kb.export("json", path)
    edges = json.loads(path.read_text(encoding="utf-8"))
    assert len(edges) == deal_kb.count("deals")
    assert all(list(edge) == EDGE_KEYS for edge in edges)
    first = edges[0]
    assert (first["source"], first["target"], first["type"], first["amount"], first["currency"]) == (
        "Google", "TeraWulf", "guarantee", 3200000000, "USD")
    assert first["documents"] == [1, 6] and first["as_of"] == "2025-11-01" and first["status"] == "announced"


def test_kb_export_csv_keys_and_document_ids(deal_kb):
    rows = list(csv.DictReader(io.StringIO(deal_kb.export("csv"))))
    assert list(rows[0]) == EDGE_KEYS and len(rows) == deal_kb.count("deals")
    assert rows[0]["documents"] == "1;6"
    assert {(r["source"], r["target"]) for r in rows} >= {(QUOTED, PERCENT)}


def test_kb_export_graphml_parses(deal_kb, tmp_path):
    path = tmp_path / "deals.graphml"
    deal_kb.export("graphml", path)
    root = ET.parse(path).getroot()
    graph = root.find(f"{NS}graph")
    nodes = {n.get("id"): {d.get("key"): d.text for d in n} for n in graph.findall(f"{NS}node")}
    edges = graph.findall(f"{NS}edge")
    assert len(edges) == deal_kb.count("deals") and len(nodes) == 14
    names = {n["name"] for n in nodes.values()}
    assert {QUOTED, PERCENT, "Google Cloud"} <= names
    cloud = next(n for n in nodes.values() if n["name"] == "Google Cloud")
    assert cloud["parent"] == "Google"
    first = {d.get("key"): d.text for d in edges[0]}
    assert nodes[edges[0].get("source")]["name"] == "Google"
    assert first["type"] == "guarantee" and float(first["amount"]) == 3.2e9 and first["documents"] == "1;6"


def test_kb_export_graphml_reads_in_networkx(deal_kb, tmp_path):
    path = tmp_path / "deals.graphml"
    deal_kb.export("graphml", path)
    graph = nx.read_graphml(path)
    assert graph.is_directed() and graph.number_of_edges() == deal_kb.count("deals")
    names = nx.get_node_attributes(graph, "name")
    nvidia = next(node for node, name in names.items() if name == "Nvidia")
    assert graph.out_degree(nvidia) == 4


def test_kb_export_unknown_format(deal_kb):
    with pytest.raises(BadQuery, match="format"):
        deal_kb.export("xlsx")


def test_kb_export_unwritable_path_is_a_named_error(deal_kb, tmp_path):
    with pytest.raises(BadQuery, match="cannot be written"):
        deal_kb.export("json", tmp_path / "missing-dir" / "x.json")
