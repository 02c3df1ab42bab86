"""A picture of the deal network around one entity: nodes sized by exposure, edges labelled
with deal type and amount, the entity in the middle and its counterparties in rings around it."""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import networkx as nx
import sqlite_utils

from ingest.errors import BadQuery
from kb.fx import FxTable, reference_fx
from kb.queries import number, resolve_entity

FORMATS = (".png", ".svg")
SIZE_CURRENCY = "USD"
_TYPE_COLOURS = {
    "investment": "#1f77b4", "stake": "#17becf", "guarantee": "#d62728", "financing": "#ff7f0e",
    "joint_venture": "#9467bd", "acquisition": "#2ca02c", "lease": "#8c564b",
    "purchase_commitment": "#e377c2", "issuance": "#7f7f7f",
}
_MIXED = "#444444"  # an arrow standing for deals of several types
_LABEL_COLOURS = {"ORG": "#aec7e8", "PERSON": "#98df8a", "GPE": "#ffbb78"}
_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K"))


def short_amount(amount: Decimal | None, currency: str | None) -> str:
    """3200000000 USD as ``3.2B USD``; empty when there is no amount."""
    if amount is None:
        return ""
    for size, suffix in _SCALES:
        if abs(amount) >= size:
            text = f"{amount / size:.3g}{suffix}"
            break
    else:
        text = f"{amount:.3g}"
    return f"{text} {currency or '?'}"


def _touching(db: sqlite_utils.Database, ids: list[int]) -> list[tuple]:
    """(id, type, source_id, target_id, amount, currency, status) of the deals between two named
    parties of which one is in ``ids``."""
    rows = []
    for start in range(0, len(ids), 400):
        chunk = ids[start: start + 400]
        marks = ", ".join("?" * len(chunk))
        rows += db.execute(
            f"""SELECT id, type, source_id, target_id, amount, currency, status FROM deals
                WHERE source_id IN ({marks}) AND target_id IS NOT NULL
                UNION SELECT id, type, source_id, target_id, amount, currency, status FROM deals
                WHERE target_id IN ({marks}) AND source_id IS NOT NULL""", chunk + chunk).fetchall()
    return rows


def _legible(rows: list[tuple], distance: dict[int, int], center: int, max_edges: int, value) -> list[tuple]:
    """At most ``max_edges`` deals: for every entity the largest deal linking it to a ring
    inside its own (so that nothing floats unconnected), then the entity's own deals, then the
    rest, largest first."""
    by_size = sorted(rows, key=lambda r: (-value(r[4], r[5]), r[0]))
    chosen: dict[int, tuple] = {}
    linked = set()
    for row in by_size:
        for node, other in ((row[2], row[3]), (row[3], row[2])):
            if node not in linked and distance[other] < distance[node]:
                linked.add(node)
                chosen[row[0]] = row
    for row in by_size:
        if len(chosen) >= max_edges:
            break
        if center in row[2:4]:
            chosen.setdefault(row[0], row)
    for row in by_size:
        if len(chosen) >= max_edges:
            break
        chosen.setdefault(row[0], row)
    return sorted(chosen.values())


def neighbourhood(db: sqlite_utils.Database, name: str, depth: int = 2, max_nodes: int = 30,
                  fx: FxTable | None = None, max_edges: int = 40) -> nx.MultiDiGraph:
    """The deals within ``depth`` steps of the entity ``name``, as a graph whose nodes carry
    ``name``, ``label``, ``distance`` and ``exposure`` (the amounts of the drawn deals touching
    the node, in ``SIZE_CURRENCY`` at ``fx``, by default the shipped reference rates).

    At most ``max_nodes`` entities: each ring keeps the counterparties with the largest amounts
    towards the rings inside it (a share of what is left, so that outer rings have room) and only
    those are followed further, so that a hub with thousands of deals is still drawn at once;
    ``graph.graph["hidden"]`` says how many entities were left out. Of the deals between the
    entities drawn, at most ``max_edges`` are drawn (see ``_legible``); ``hidden_deals`` counts
    the others."""
    if depth < 1:
        raise BadQuery("--depth must be at least 1")
    fx = fx or reference_fx()

    def value(amount: str | None, currency: str | None) -> Decimal:
        return (fx.convert(Decimal(amount), currency, SIZE_CURRENCY) or Decimal(0)) if amount and currency else Decimal(0)

    center = resolve_entity(db, name)
    distance = {center.id: 0}
    seen = {center.id}
    deals: dict[int, tuple] = {}
    frontier = [center.id]
    for step in range(1, depth + 1):
        weight: dict[int, list] = defaultdict(lambda: [Decimal(0), 0])
        for row in _touching(db, frontier):
            deals[row[0]] = row
            for party in row[2:4]:
                if party not in seen:
                    weight[party][0] += value(row[4], row[5])
                    weight[party][1] += 1
        budget = max_nodes - len(distance)
        share = budget if step == depth else max(1, budget // (depth - step + 1))
        ranked = sorted(weight, key=lambda n: (-weight[n][0], -weight[n][1], n))
        frontier = ranked[:max(share, 0)]
        distance.update((node, step) for node in frontier)
        seen.update(weight)
        if not frontier:
            break
    # The deals among the outermost ring itself.
    deals.update((row[0], row) for row in _touching(db, frontier)
                 if row[2] in distance and row[3] in distance)
    drawn = _legible(sorted(row for row in deals.values() if row[2] in distance and row[3] in distance),
                     distance, center.id, max_edges, value)
    exposure: dict[int, Decimal] = defaultdict(Decimal)
    for _, _, source, target, amount, currency, _ in drawn:
        exposure[source] += value(amount, currency)
        exposure[target] += value(amount, currency)
    between = sum(1 for row in deals.values() if row[2] in distance and row[3] in distance)
    graph = nx.MultiDiGraph(center=center.id, hidden=len(seen) - len(distance), fx=fx.describe(SIZE_CURRENCY),
                            hidden_deals=between - len(drawn))
    ids = sorted(distance)
    for start in range(0, len(ids), 500):
        chunk = ids[start: start + 500]
        for entity_id, entity_name, label in db.execute(
                f"SELECT id, name, label FROM entities WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            graph.add_node(entity_id, name=entity_name, label=label, distance=distance[entity_id],
                           exposure=number(exposure[entity_id]))
    for deal_id, deal_type, source, target, amount, currency, status in drawn:
        label = f"{deal_type} {short_amount(amount and Decimal(amount), currency)}".strip()
        graph.add_edge(source, target, key=deal_id, type=deal_type, currency=currency, status=status,
                       amount=number(amount), label=label)
    return graph


def _layout(graph: nx.MultiDiGraph) -> dict:
    """Rings by distance from the entity; each ring ordered after the ring inside it, so that
    a counterparty's own counterparties sit beside it."""
    rings: dict[int, list] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        rings[data["distance"]].append(node)
    order = {graph.graph["center"]: 0.0}
    positions = {graph.graph["center"]: (0.0, 0.0)}
    radius = 0.0
    for distance in sorted(d for d in rings if d > 0):
        # A crowded ring moves outwards, so that its nodes and the labels of the edges
        # running into it keep apart.
        radius += max(2.0, len(rings[distance]) / 5) if distance == 1 else max(1.3, len(rings[distance]) / 10)
        def angle(node):
            inner = [order[n] for n in nx.all_neighbors(graph, node) if n in order]
            return (sum(inner) / len(inner) if inner else 0.0, -(graph.nodes[node]["exposure"] or 0), node)
        ring = sorted(rings[distance], key=angle)
        for index, node in enumerate(ring):
            theta = 2 * math.pi * index / len(ring) + (0.3 if distance % 2 == 0 else 0.0)
            order[node] = index / len(ring) + distance
            positions[node] = (radius * math.cos(theta), radius * math.sin(theta))
    return positions


def draw(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Render ``graph`` (from ``neighbourhood``) to a PNG or SVG file."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise BadQuery(f"{path}: the picture must be a .png or .svg file")
    positions = _layout(graph)
    largest = max((d["exposure"] or 0 for _, d in graph.nodes(data=True)), default=0) or 1
    sizes = [350 + 3000 * math.sqrt((d["exposure"] or 0) / largest) for _, d in graph.nodes(data=True)]
    colours = ["#ff9896" if n == graph.graph["center"] else _LABEL_COLOURS.get(d["label"], "#dddddd")
               for n, d in graph.nodes(data=True)]
    pairs: dict[tuple, list] = defaultdict(list)  # parallel deals share one arrow and one label
    for source, target, data in graph.edges(data=True):
        pairs[(source, target)].append(data)
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes(data=True))
    for (source, target), items in pairs.items():
        types = {d["type"] for d in items}
        labels = [d["label"] for d in items][:3] + ([f"+{len(items) - 3} more"] if len(items) > 3 else [])
        simple.add_edge(source, target, label="\n".join(labels),
                        colour=_TYPE_COLOURS.get(types.pop(), _MIXED) if len(types) == 1 else _MIXED)

    figure = Figure(figsize=(14, 11), dpi=100)
    ax = figure.add_subplot()
    ax.set_axis_off()
    edge_colours = [d["colour"] for _, _, d in simple.edges(data=True)]
    nx.draw_networkx_edges(simple, positions, ax=ax, edge_color=edge_colours, width=2, arrows=True,
                           arrowsize=18, node_size=sizes, connectionstyle="arc3,rad=0.08")
    nx.draw_networkx_nodes(simple, positions, ax=ax, node_size=sizes, node_color=colours,
                           edgecolors="#333333", linewidths=1)
    nx.draw_networkx_labels(simple, positions, ax=ax, font_size=9, font_weight="bold",
                            labels={n: d["name"] for n, d in graph.nodes(data=True)})
    # Labels sit nearer the outer end of an edge: edges converge on the centre, their outer
    # ends are spread out. (For curved edges networkx measures label_pos from the source.)
    inward = {}
    for u, v, d in simple.edges(data=True):
        outer_is_head = graph.nodes[v]["distance"] >= graph.nodes[u]["distance"]
        inward.setdefault(0.6 if outer_is_head else 0.4, {})[(u, v)] = d["label"]
    for label_pos, edge_labels in inward.items():
        nx.draw_networkx_edge_labels(simple, positions, ax=ax, font_size=7, label_pos=label_pos,
                                     connectionstyle="arc3,rad=0.08", edge_labels=edge_labels,
                                     bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85})
    used = sorted({d["type"] for _, _, d in graph.edges(data=True)})
    handles = [Line2D([0], [0], color=_TYPE_COLOURS.get(t, _MIXED), lw=3, label=t) for t in used]
    if _MIXED in edge_colours:
        handles.append(Line2D([0], [0], color=_MIXED, lw=3, label="several types"))
    ax.legend(handles=handles,
              loc="upper left", fontsize=9, frameon=False, title="deal type (arrow: source → target)")
    center = graph.nodes[graph.graph["center"]]["name"]
    ax.set_title(f"Deal network around {center}", fontsize=15)
    caption = f"Node size: amounts of the deals drawn touching the entity, {graph.graph['fx']}."
    if graph.graph["hidden"]:
        caption += f" {graph.graph['hidden']} more entities not shown."
    if graph.graph.get("hidden_deals"):
        caption += f" {graph.graph['hidden_deals']} smaller deals between the entities shown not drawn."
    figure.text(0.5, 0.02, caption, ha="center", fontsize=8, color="#555555", wrap=True)
    ax.margins(0.12)
    try:
        figure.savefig(path, format=path.suffix.lower()[1:], bbox_inches="tight")
    except OSError as exc:
        raise BadQuery(f"{path}: cannot be written ({exc.strerror})") from None
    return path


def graph(db: sqlite_utils.Database, name: str, path: str | Path, depth: int = 2,
          max_nodes: int = 30, max_edges: int = 40) -> Path:
    """Draw the deal network around ``name`` to ``path`` (.png or .svg)."""
    if Path(path).suffix.lower() not in FORMATS:
        raise BadQuery(f"{path}: the picture must be a .png or .svg file")
    return draw(neighbourhood(db, name, depth, max_nodes, max_edges=max_edges), path)
