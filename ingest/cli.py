"""The ``ingest`` command. Each command parses its arguments, calls one library function and
prints what it returns; failures are one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ingest import cli_entities, cli_eval, cli_query
from ingest.cli_common import (
    PROGRESS_MIN_FILES,
    DbOption,
    JsonOption,
    CsvOption,
    LangOption,
    MaxBytesOption,
    QuietOption,
    check_lang,
    open_kb,
    fail,
    print_rows,
)
from ingest.errors import IngestError

app = typer.Typer(
    help="Turn Dutch and English market commentary into a queryable knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for standard input.")],
    db: DbOption = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
    max_bytes: MaxBytesOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for reading and extraction.")] = 1,
    model: cli_entities.ModelOption = None,
) -> None:
    """Read, extract and store documents (.txt, .md, .pdf, .html, .htm)."""
    from ingest.add import add_paths
    from ingest.progress import AddPrinter

    check_lang(lang)
    kb = open_kb(db)
    pipeline = cli_entities.entity_pipeline(kb, model)  # the user's entity corrections
    printer = AddPrinter(quiet=quiet, min_files=PROGRESS_MIN_FILES)
    with printer:
        report = add_paths(paths, kb, pipeline=pipeline, language=lang, max_bytes=max_bytes, jobs=jobs,
                           on_outcome=printer.outcome, on_total=printer.total)
    kb.close()
    rate = report.documents / report.seconds if report.seconds else 0.0
    typer.echo(
        f"{report.count('added') + report.count('flagged')} added, "
        f"{report.count('duplicate')} skipped as duplicate, {report.count('failed')} failed; "
        f"{report.documents} documents, {report.words:,} words in {report.seconds:.1f} s "
        f"({rate:.1f} documents/s)",
        err=True,
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A file, or - for standard input.")],
    lang: LangOption = None,
    as_json: JsonOption = False,
    max_bytes: MaxBytesOption = None,
    model: cli_entities.ModelOption = None,
) -> None:
    """Read and extract one document without storing it."""
    from ingest.add import extract_one
    from ingest.report import describe_extraction

    check_lang(lang)
    pipeline = cli_entities.entity_pipeline(None, model)
    try:
        extraction = extract_one(path, language=lang, max_bytes=max_bytes, pipeline=pipeline)
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
    kb = open_kb(db)
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

    kb = open_kb(db, readonly=True)
    found = kb.document(document)
    kb.close()
    if found is None:
        fail(f"no stored document {document!r}")
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(describe_stored(found))


# Command groups that live in their own modules.
cli_eval.register(app)
cli_entities.register(app)
cli_query.register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
