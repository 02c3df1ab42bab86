"""Query commands over the knowledge base: entities, entity, deals, search, exposure, export, graph, serve, reprocess.

Each command parses its arguments, calls one library function (``kb.KnowledgeBase`` methods,
``kb.serve``, ``ingest.reprocess``) and prints what it returns: ``--json`` a list of objects
with stable keys, ``--csv`` the same flattened, a readable table otherwise.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from ingest.cli_common import CsvOption, DbOption, JsonOption, QuietOption, fail, open_kb, print_rows
from ingest.errors import IngestError

_ALL = "(all)"  # the counterparty column of an exposure total in a table


@contextmanager
def _kb(db: Path | None):
    """The knowledge base, read-only, and every named failure as one line and exit 1."""
    kb = open_kb(db, readonly=True)
    try:
        yield kb
    except IngestError as exc:
        fail(str(exc))
    finally:
        kb.close()


def _flat(row: dict) -> dict:
    """A row for CSV: lists joined by ``;``, mappings as ``key=value;...``."""
    flat = {}
    for key, value in row.items():
        if isinstance(value, list):
            value = ";".join(map(str, value))
        elif isinstance(value, dict):
            value = ";".join(f"{k}={v}" for k, v in value.items())
        flat[key] = value
    return flat


def _csv(rows: list[dict]) -> None:
    print_rows([_flat(row) for row in rows], False, True, list(rows[0]) if rows else [])


def _amount(value, currency=None) -> str:
    if value is None:
        return ""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{text} {currency}" if currency else text


def _deal_line(deal: dict) -> str:
    parties = f"{deal['source'] or '?'} → {deal['target'] or '?'}"
    parts = [f"#{deal['id']}", deal["type"], parties, _amount(deal["amount"], deal["currency"] or "?")
             if deal["amount"] is not None else "(no amount)"]
    if deal.get("direction"):
        parts.insert(1, deal["direction"])
    if deal["status"]:
        parts.append(deal["status"])
    if deal["as_of"]:
        parts.append(f"as of {deal['as_of']}")
    parts.append(f"{deal['source_count']} source{'s' if deal['source_count'] != 1 else ''}")
    lines = ["  ".join(parts)]
    for source in deal["sources"]:
        lines.append(f"    [{source['document_id']}] {source['date']} {source['path']}: {source['sentence']}")
    return "\n".join(lines)


def _deal_rows_for_csv(deals: list[dict]) -> list[dict]:
    """One CSV row per deal and reporting document."""
    rows = []
    for deal in deals:
        base = {k: v for k, v in deal.items() if k != "sources"}
        for source in deal["sources"] or [None]:
            source = source or {}
            rows.append({**base, **{f"document_{k}" if k in ("title", "path", "published", "date") else k:
                                    source.get(k) for k in ("document_id", "title", "path", "published", "date",
                                                            "sentence", "start", "end", "confidence",
                                                            "extractor_version")}})
    return rows


class _Bar:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, label: str, quiet: bool = False):
        self.label, self.quiet = label, quiet
        self._progress = self._task = None

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def total(self, count: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        if self.quiet or not count or not sys.stderr.isatty():
            return
        self._progress = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), transient=True, console=Console(stderr=True))
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=count)

    def advance(self, _item=None) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""

    @app.command("entities")
    def entities_cmd(
        type: Annotated[Optional[str], typer.Option("--type", help="Only this label: ORG, PERSON, GPE, ...")] = None,
        search: Annotated[Optional[str], typer.Option("--search", help="Only names or aliases containing this text.")] = None,
        db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False,
    ) -> None:
        """List canonical entities with their mention, document and deal counts."""
        with _kb(db) as kb:
            rows = [row.to_dict() for row in kb.entities(type=type, search=search)]
        print_rows(rows, as_json, as_csv, ["id", "name", "label", "parent", "mentions", "documents", "deals"])

    def entity_profile(
        name: Annotated[str, typer.Argument(help="The entity's name or any alias, case-insensitive.")],
        limit: Annotated[int, typer.Option("--limit", help="Documents to list, latest added first.")] = 100,
        db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False,
    ) -> None:
        """One entity's profile: aliases, identifiers, parent, deals both ways, documents.
        --json prints one object; --csv prints its deals."""
        with _kb(db) as kb:
            profile = kb.entity(name, document_limit=limit)
        if as_json:
            typer.echo(json.dumps(profile, ensure_ascii=False, indent=2))
        elif as_csv:
            _csv(_deal_rows_for_csv(profile["deals"]))
        else:
            typer.echo(_describe_profile(profile))

    # ``ingest entity NAME``, unless the entity-corrections module made ``entity`` a group:
    # then the profile is that group's ``show`` command, so that neither hides the other.
    group = next((g for g in app.registered_groups if g.name == "entity"), None)
    if group is None:
        app.command("entity")(entity_profile)
    else:
        group.typer_instance.command("show")(entity_profile)

    @app.command("deals")
    def deals_cmd(
        entity: Annotated[Optional[str], typer.Option("--entity", help="Deals in which this entity is either party.")] = None,
        type: Annotated[Optional[str], typer.Option("--type", help="investment, stake, guarantee, financing, joint_venture, acquisition, lease, purchase_commitment, issuance.")] = None,
        since: Annotated[Optional[str], typer.Option("--since", help="Reported on or after this date (YYYY-MM-DD).")] = None,
        min_amount: Annotated[Optional[float], typer.Option("--min-amount", help="At least this amount, in the deal's currency.")] = None,
        currency: Annotated[Optional[str], typer.Option("--currency", help="Only deals in this currency (USD, EUR, ...).")] = None,
        db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False,
    ) -> None:
        """List deals with their parties, amount and the evidence sentence of every source.
        --csv prints one row per deal and reporting document."""
        with _kb(db) as kb:
            rows = [deal.to_dict() for deal in kb.deals(entity=entity, type=type, since=since,
                                                        min_amount=min_amount, currency=currency)]
        if as_json:
            print_rows(rows, True, False)
        elif as_csv:
            _csv(_deal_rows_for_csv(rows))
        else:
            typer.echo("\n".join(_deal_line(row) for row in rows) if rows else "(nothing found)")

    @app.command("search")
    def search_cmd(
        text: Annotated[str, typer.Argument(help="Words that must all occur (any characters are fine).")],
        limit: Annotated[int, typer.Option("--limit", help="At most this many documents.")] = 20,
        raw: Annotated[bool, typer.Option("--raw", help='TEXT is FTS5 query syntax: "a phrase", garan*, a OR b, NEAR(a b).')] = False,
        db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False,
    ) -> None:
        """Full-text search over the stored documents, with highlighted snippets."""
        with _kb(db) as kb:
            rows = [hit.to_dict() for hit in kb.search(text, limit=limit, raw=raw)]
        if as_json or as_csv:
            print_rows(rows, as_json, as_csv, ["document_id", "title", "path", "published", "snippet", "rank",
                                               "matches"])
            return
        if not rows:
            typer.echo("(nothing found)")
        elif rows[0]["matches"] > len(rows):
            typer.echo(f"{rows[0]['matches']:,} documents match; the first {len(rows)}:")
        for hit in rows:
            where = ", ".join(x for x in (hit["path"], hit["published"]) if x)
            typer.echo(f"[{hit['document_id']}] {hit['title'] or '(untitled)'} ({where})\n    {hit['snippet']}")

    @app.command("exposure")
    def exposure_cmd(
        name: Annotated[Optional[str], typer.Argument(help="An entity (any alias); every entity when left out.")] = None,
        rollup: Annotated[bool, typer.Option("--rollup", help="Count divisions' deals as their parent's (Google Cloud into Google).")] = False,
        fx: Annotated[Optional[Path], typer.Option("--fx", help="Convert with this FX table (CSV, see kb/README.md).")] = None,
        fx_reference: Annotated[bool, typer.Option("--fx-reference", help="Convert with the shipped, dated reference table.")] = False,
        to: Annotated[str, typer.Option("--to", help="Currency to convert into, with --fx or --fx-reference.")] = "USD",
        db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False,
    ) -> None:
        """Totals per entity, counterparty, deal type and direction (given, received, partner),
        per currency; converted only with an FX table, which the output then states."""
        from kb.fx import load_fx, reference_fx

        if fx and fx_reference:
            fail("give either --fx FILE or --fx-reference, not both", 2)
        try:
            table = load_fx(fx) if fx else reference_fx() if fx_reference else None
        except IngestError as exc:
            fail(str(exc))
        with _kb(db) as kb:
            rows = [row.to_dict() for row in kb.exposure(name, rollup=rollup, fx=table, to=to.upper())]
        if table is not None:
            missing = sorted({c for r in rows if r["fx_rates"] is None for c in r["by_currency"]} - {to.upper()})
            if missing:
                typer.echo(f"warning: {table.source}: no rate for {', '.join(missing)}: "
                           "those amounts are shown in their own currency", err=True)
        if as_json:
            print_rows(rows, True, False)
            return
        if as_csv:
            _csv(rows)
            return
        if table is not None:
            typer.echo(f"Amounts {table.describe(to.upper())}.")
        for row in rows:
            row["counterparty"] = _ALL if row["scope"] == "total" else row["counterparty"] or "?"
            row["total"] = _amount(row["total"])
            row["documents"] = len(row["documents"])
        print_rows(rows, False, False, ["entity", "type", "direction", "counterparty", "currency",
                                        "total", "deals", "deals_without_amount", "documents"])

    @app.command("export")
    def export_cmd(
        output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for standard output.")] = "-",
        format: Annotated[Optional[str], typer.Option("--format", help="json, csv or graphml (default: from the file name, else json).")] = None,
        db: DbOption = None,
    ) -> None:
        """Write the deal network as an edge list (source, target, type, amount, currency,
        status, as-of date, document ids) for exposure models and graph tools."""
        suffix = Path(output).suffix.lower().lstrip(".")
        chosen = format or (suffix if suffix in ("json", "csv", "graphml") else "json")
        with _kb(db) as kb:
            text = kb.export(chosen, None if output == "-" else output)
        if output == "-":
            sys.stdout.write(text)
        else:
            typer.echo(f"wrote {output} ({chosen})", err=True)

    @app.command("graph")
    def graph_cmd(
        name: Annotated[str, typer.Argument(help="The entity at the centre (any alias).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="A .png or .svg file.")],
        depth: Annotated[int, typer.Option("--depth", min=1, help="Steps of deals away from the entity.")] = 2,
        max_nodes: Annotated[int, typer.Option("--max-nodes", min=2, help="Draw at most this many entities.")] = 30,
        max_edges: Annotated[int, typer.Option("--max-edges", min=1, help="Draw at most this many deals.")] = 40,
        db: DbOption = None,
    ) -> None:
        """Draw the deal network around an entity: nodes sized by exposure, edges labelled
        with deal type and amount."""
        with _kb(db) as kb:
            kb.graph(name, output, depth=depth, max_nodes=max_nodes, max_edges=max_edges)
        typer.echo(f"wrote {output}", err=True)

    @app.command("serve")
    def serve_cmd(
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8001,
        host: Annotated[str, typer.Option("--host", help="Address to bind; 0.0.0.0 makes it reachable from other machines.")] = "127.0.0.1",
        immutable: Annotated[bool, typer.Option("--immutable", help="Open the file as immutable (only when nothing writes to it).")] = False,
        db: DbOption = None,
    ) -> None:
        """Browse and search the knowledge base in Datasette, read-only, with canned queries
        for deals and exposure by entity."""
        from kb.serve import serve

        kb = open_kb(db, readonly=True)  # a clear error for a missing or broken file
        path = kb.path
        kb.close()
        typer.echo(f"serving {path} read-only at http://{host}:{port}/ (Ctrl-C stops)", err=True)
        try:
            serve(path, host=host, port=port, immutable=immutable)
        except IngestError as exc:
            fail(str(exc))

    @app.command("reprocess")
    def reprocess_cmd(
        all_: Annotated[bool, typer.Option("--all", help="Every stored document.")] = False,
        outdated: Annotated[bool, typer.Option("--outdated", help="Documents extracted by another extractor version (the default).")] = False,
        quiet: QuietOption = False,
        db: DbOption = None,
    ) -> None:
        """Run the current extractors again over stored documents and replace their facts,
        each document in one transaction."""
        from ingest.reprocess import reprocess

        if all_ and outdated:
            fail("give either --all or --outdated, not both", 2)
        open_kb(db, readonly=True).close()  # a missing file is an error, not a new empty one
        kb = open_kb(db)
        with _Bar("reprocessing", quiet=quiet) as bar:
            report = reprocess(kb.db, outdated=not all_, on_total=bar.total, on_document=bar.advance)
        kb.close()
        for document_id, reason in report.failed:
            typer.echo(f"error: document {document_id}: {reason}", err=True)
        typer.echo(f"{len(report.documents)} reprocessed, {len(report.failed)} failed "
                   f"in {report.seconds:.1f} s", err=True)
        if report.failed:
            raise typer.Exit(1)


def _describe_profile(profile: dict) -> str:
    lines = [f"{profile['name']} ({profile['label']})"]
    if profile["aliases"]:
        lines.append(f"  also: {', '.join(profile['aliases'])}")
    identifiers = {k: v for k, v in profile["identifiers"].items() if v}
    if identifiers:
        lines.append("  " + ", ".join(f"{k}: {v}" for k, v in identifiers.items()))
    if profile["parent"]:
        lines.append(f"  part of: {profile['parent']}")
    if profile["divisions"]:
        lines.append(f"  divisions: {', '.join(profile['divisions'])}")
    lines.append(f"  {profile['mentions']} mentions in {profile['document_count']} documents")
    lines.append(f"\nDeals ({len(profile['deals'])}):")
    lines += [_deal_line(deal) for deal in profile["deals"]] or ["  (none)"]
    lines.append("\nDocuments:")
    for doc in profile["documents"]:
        lines.append(f"  [{doc['id']}] {doc['published'] or '          '} {doc['title'] or ''} ({doc['source']}), "
                     f"{doc['mentions']} mentions")
    if len(profile["documents"]) < profile["document_count"]:
        lines.append(f"  ... {profile['document_count'] - len(profile['documents'])} more (--limit)")
    return "\n".join(lines)
