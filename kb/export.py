"""The deal network as an edge list for exposure models and graph tools: JSON, CSV or GraphML.

One edge per deal, from its source party to its target party (investor to investee, guarantor
to guaranteed, lender to borrower; see ``corpus/README.md``), with the documents reporting it.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import sqlite_utils

from ingest.errors import BadQuery
from kb.queries import DOC_DATE, number

FORMATS = ("json", "csv", "graphml")
EDGE_KEYS = ["deal_id", "source", "target", "source_id", "target_id", "type", "amount", "currency",
             "status", "share", "as_of", "documents"]
_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def edges(db: sqlite_utils.Database) -> list[dict]:
    """Every deal as an edge with the keys ``EDGE_KEYS``; ``documents`` lists the ids of the
    documents reporting it and ``as_of`` is the latest of their dates."""
    cursor = db.execute(
        f"""SELECT d.id, s.name, t.name, d.source_id, d.target_id, d.type, d.amount, d.currency,
                   d.status, d.share, max({DOC_DATE}), group_concat(ds.document_id)
            FROM deals d LEFT JOIN entities s ON s.id = d.source_id
            LEFT JOIN entities t ON t.id = d.target_id
            LEFT JOIN deal_sources ds ON ds.deal_id = d.id
            LEFT JOIN documents doc ON doc.id = ds.document_id
            GROUP BY d.id ORDER BY d.id"""
    )
    result = []
    for row in cursor.fetchall():
        edge = dict(zip(EDGE_KEYS, row))
        edge["amount"] = number(edge["amount"])
        edge["share"] = number(edge["share"])
        edge["documents"] = sorted({int(i) for i in edge["documents"].split(",")}) if edge["documents"] else []
        result.append(edge)
    return result


def to_csv(rows: list[dict]) -> str:
    """CSV with ``documents`` as ids joined by ``;``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EDGE_KEYS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "documents": ";".join(map(str, row["documents"]))})
    return out.getvalue()


def to_graphml(db: sqlite_utils.Database, rows: list[dict]) -> str:
    """A directed multigraph: entities as nodes (name, label, parent), deals as edges. A deal
    with a party the text did not name has no node to attach to and is left out."""
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    keys = [("node", "name", "string"), ("node", "label", "string"), ("node", "parent", "string"),
            ("edge", "deal_id", "long"), ("edge", "type", "string"), ("edge", "amount", "double"),
            ("edge", "currency", "string"), ("edge", "status", "string"), ("edge", "share", "double"),
            ("edge", "as_of", "string"), ("edge", "documents", "string")]
    for scope, name, kind in keys:
        ET.SubElement(root, f"{{{_GRAPHML_NS}}}key",
                      {"id": name, "for": scope, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph", {"id": "deals", "edgedefault": "directed"})
    linked = [row for row in rows if row["source_id"] is not None and row["target_id"] is not None]
    ids = sorted({row["source_id"] for row in linked} | {row["target_id"] for row in linked})
    nodes = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start: start + 500]
        nodes.update({row[0]: row[1:] for row in db.execute(
            f"""SELECT e.id, e.name, e.label, p.name FROM entities e
                LEFT JOIN entities p ON p.id = e.parent_id
                WHERE e.id IN ({", ".join("?" * len(chunk))})""", chunk)})
    for entity_id in ids:
        node = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}node", {"id": f"e{entity_id}"})
        for key, value in zip(("name", "label", "parent"), nodes[entity_id]):
            _data(node, key, value)
    for row in linked:
        edge = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}edge", {
            "id": f"d{row['deal_id']}", "source": f"e{row['source_id']}", "target": f"e{row['target_id']}"})
        for key in ("deal_id", "type", "amount", "currency", "status", "share", "as_of"):
            _data(edge, key, row[key])
        _data(edge, "documents", ";".join(map(str, row["documents"])))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _data(parent: ET.Element, key: str, value) -> None:
    if value is not None and value != "":
        ET.SubElement(parent, f"{{{_GRAPHML_NS}}}data", {"key": key}).text = str(value)


def export(db: sqlite_utils.Database, format: str, path: str | Path | None = None) -> str:
    """The deal network in ``format``; written to ``path`` when given, and returned."""
    if format not in FORMATS:
        raise BadQuery(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    rows = edges(db)
    if format == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif format == "csv":
        text = to_csv(rows)
    else:
        text = to_graphml(db, rows)
    if path is not None:
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadQuery(f"{path}: cannot be written ({exc.strerror})") from None
    return text
