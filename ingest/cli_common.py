"""What every command shares: options defined once, one-line failures, table/JSON/CSV output."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ingest.errors import IngestError

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
MaxBytesOption = Annotated[
    Optional[int],
    typer.Option("--max-bytes", help="Refuse larger files. Default: 25 MB for text and HTML, 250 MB for PDF.",
                 show_default=False, min=1),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or per-file lines.")]

PROGRESS_MIN_FILES = 4


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def check_lang(lang: str | None) -> str | None:
    from extractors.lang import SUPPORTED

    if lang is not None and lang not in SUPPORTED:
        fail(f"--lang must be one of {', '.join(SUPPORTED)}, not {lang!r}", 2)
    return lang


def open_kb(db: Path | None, readonly: bool = False):
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
