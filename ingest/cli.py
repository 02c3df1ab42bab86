"""The ``ingest`` command. Each command parses its arguments, calls one library function and
prints what it returns; failures are one line on stderr and a non-zero exit."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ingest.errors import IngestError

app = typer.Typer(
    help="Turn Dutch and English market commentary into a queryable knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Options shared by every command, defined once.
DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="Knowledge base file. Default: $INGEST_DB, else ./knowledge.db.",
                 show_default=False),
]
LangOption = Annotated[
    Optional[str],
    typer.Option("--lang", help="Document language (nl or en) instead of detecting it."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or per-file lines.")]

PROGRESS_MIN_FILES = 4


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _check_lang(lang: str | None) -> str | None:
    from extractors.lang import SUPPORTED

    if lang is not None and lang not in SUPPORTED:
        fail(f"--lang must be one of {', '.join(SUPPORTED)}, not {lang!r}", 2)
    return lang


def _open_kb(db: Path | None, readonly: bool = False):
    from kb import KnowledgeBase

    try:
        return KnowledgeBase(db, readonly=readonly)
    except IngestError as exc:
        fail(str(exc), 2)


def print_rows(rows: list[dict], as_json: bool, as_csv: bool, columns: list[str] | None = None) -> None:
    """Rows as JSON (a list of objects), CSV, or an aligned table."""
    columns = columns or (list(rows[0]) if rows else [])
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return
    if not rows:
        typer.echo("(nothing found)")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    typer.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for r in cells:
        typer.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())


def _cell(value, limit: int = 60) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for standard input.")],
    db: DbOption = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this.")] = 100 * 1024 * 1024,
) -> None:
    """Read, extract and store documents (.txt, .md, .pdf, .html, .htm)."""
    from ingest.add import add_paths
    from ingest.progress import AddPrinter

    _check_lang(lang)
    kb = _open_kb(db)
    printer = AddPrinter(quiet=quiet, min_files=PROGRESS_MIN_FILES)
    with printer:
        report = add_paths(paths, kb, language=lang, max_bytes=max_bytes,
                           on_outcome=printer.outcome, on_total=printer.total)
    kb.close()
    typer.echo(
        f"{report.count('added') + report.count('flagged')} added, "
        f"{report.count('duplicate')} skipped as duplicate, {report.count('failed')} failed",
        err=True,
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A file, or - for standard input.")],
    lang: LangOption = None,
    as_json: JsonOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this.")] = 100 * 1024 * 1024,
) -> None:
    """Read and extract one document without storing it."""
    from ingest.add import extract_one
    from ingest.report import describe_extraction

    _check_lang(lang)
    try:
        extraction = extract_one(path, language=lang, max_bytes=max_bytes)
    except IngestError as exc:
        fail(f"{path}: {exc}")
    for warning in extraction.document.warnings:
        typer.echo(f"warning: {path}: {warning}", err=True)
    if not extraction.extracted:
        typer.echo(f"warning: {path}: language {extraction.language!r} is not supported (nl, en): "
                   "not extracted", err=True)
    if as_json:
        typer.echo(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(describe_extraction(extraction))


@app.command()
def documents(db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """List the stored documents with their fact counts."""
    kb = _open_kb(db)
    rows = kb.documents()
    kb.close()
    print_rows(rows, as_json, as_csv, ["id", "title", "language", "published", "words",
                                       "mentions", "amounts", "deals", "source"])


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="Document id, or the path it was added from.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one stored document and everything found in it."""
    from ingest.report import describe_stored

    kb = _open_kb(db, readonly=True)
    found = kb.document(document)
    kb.close()
    if found is None:
        fail(f"no stored document {document!r}")
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(describe_stored(found))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
