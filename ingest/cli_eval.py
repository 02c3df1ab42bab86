"""``ingest eval`` and ``ingest corpus``: measuring the extractors against the annotated corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ingest.cli_common import JsonOption, LangOption, check_lang, fail
from ingest.errors import IngestError

CorpusArgument = Annotated[
    Optional[Path],
    typer.Argument(help="The corpus directory. Default: the repository's corpus/.", show_default=False),
]

corpus_app = typer.Typer(help="Check the annotated corpus and draft new annotations.", no_args_is_help=True)


def _corpus(corpus: Path | None) -> Path:
    from ingest.evaluate import default_corpus

    return corpus if corpus is not None else default_corpus()


def _shown(path: Path) -> str:
    """A path relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def eval_command(
    corpus: CorpusArgument = None,
    split: Annotated[str, typer.Option("--split", help="dev (tune here), test (floors, never tuned on) or all.")] = "dev",
    lang: Annotated[Optional[str], typer.Option("--lang", help="Score only the articles in this language (nl or en).")] = None,
    as_json: JsonOption = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List false positives and negatives per article.")] = False,
    raise_floors: Annotated[bool, typer.Option("--raise-floors", help="Raise corpus/floors.yaml to the scores measured (test split).")] = False,
    allow_lower: Annotated[bool, typer.Option("--allow-lower", help="With --raise-floors: also lower floors. Never to make a test pass.")] = False,
) -> None:
    """Score the extractors on the annotated corpus: precision, recall and F1 per layer and language."""
    from ingest.evaluate import evaluate
    from ingest.evaluate.floors import floors_path, load_floors, shortfalls
    from ingest.evaluate.runner import SPLIT_CHOICES
    from ingest.evaluate.table import format_report

    check_lang(lang)
    if split not in SPLIT_CHOICES:
        fail(f"--split must be one of {', '.join(SPLIT_CHOICES)}, not {split!r}", 2)
    if allow_lower and not raise_floors:
        fail("--allow-lower only goes with --raise-floors", 2)
    path = _corpus(corpus)
    try:
        report = evaluate(path, split, lang)
        floors = load_floors(floors_path(path))
    except IngestError as exc:
        fail(str(exc))
    for file, reason in report.skipped:
        typer.echo(f"note: {_shown(file)}: skipped, {reason}", err=True)
    for file, reason in report.broken:
        typer.echo(f"warning: {_shown(file)}: not scored, {reason} (see ingest corpus check)", err=True)
    if as_json:
        typer.echo(json.dumps(report.to_json(show_errors), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, show_errors))
    if raise_floors:
        _raise_floors(report, floors, floors_path(path), allow_lower)
    elif split == "test":
        for s in shortfalls(report, floors):
            typer.echo(f"warning: {s.layer} {s.lang} F1 {s.new:.3f} is below its floor {s.old:.2f}", err=True)


def _raise_floors(report, floors, path: Path, allow_lower: bool) -> None:
    from ingest.evaluate.floors import raise_floors, shortfalls, write_floors

    try:
        new, changes = raise_floors(report, floors, allow_lower)
    except IngestError as exc:
        fail(str(exc), 2)
    if changes:
        write_floors(path, new)
    for c in changes:
        kind = "raised" if c.new > c.old else "LOWERED"
        typer.echo(f"{'warning: ' if c.new < c.old else ''}floor {c.layer} {c.lang} {kind} "
                   f"{c.old:.2f} -> {c.new:.2f}", err=True)
    if not changes:
        typer.echo(f"{_shown(path)}: no floor changed", err=True)
    below = shortfalls(report, new)
    for s in below:
        typer.echo(f"error: {s.layer} {s.lang} F1 {s.new:.3f} is below its floor {s.old:.2f}; "
                   "floors are not lowered without --allow-lower", err=True)
    if below:
        raise typer.Exit(1)


@corpus_app.command("check")
def check_command(corpus: CorpusArgument = None, as_json: JsonOption = False) -> None:
    """Validate every annotation in the corpus and report its size."""
    from ingest.evaluate import check_corpus

    try:
        report = check_corpus(_corpus(corpus))
    except IngestError as exc:
        fail(str(exc))
    for file, reason in report.errors:
        typer.echo(f"error: {_shown(file)}: {reason}", err=True)
    for file, reason in report.warnings:
        typer.echo(f"warning: {_shown(file)}: {reason}", err=True)
    for file, reason in report.skipped:
        typer.echo(f"note: {_shown(file)}: skipped, {reason}", err=True)
    if as_json:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_sizes(report)
    if report.errors:
        raise typer.Exit(1)


def _print_sizes(report) -> None:
    columns = ("articles", "words", "entities", "amounts", "deals")
    typer.echo(f"{'split':<6} {'lang':<4} " + " ".join(f"{c:>8}" for c in columns))
    rows = [(s, l, size) for (s, l), size in sorted(report.sizes.items())]
    rows.append(("all", "all", report.size()))
    for split, lang, size in rows:
        typer.echo(f"{split:<6} {lang:<4} " + " ".join(f"{getattr(size, c):>8}" for c in columns))
    by_lang = ", ".join(f"{report.size(lang=l).articles} {l}" for l in ("nl", "en"))
    typer.echo(f"{report.valid} valid articles ({by_lang}), {len(report.errors)} errors, "
               f"{len(report.warnings)} warnings")


@corpus_app.command("draft")
def draft_command(
    article: Annotated[Path, typer.Argument(help="The article text (.txt, .md, .pdf, .html).")],
    lang: LangOption = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write. Default: ARTICLE with .yaml.", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing annotation.")] = False,
) -> None:
    """Write a draft annotation from the current extractors, for a person to correct."""
    from ingest.evaluate.draft import write_draft

    check_lang(lang)
    if not article.is_file():
        fail(f"{article}: no such file")
    try:
        written = write_draft(article, output, lang, force)
    except IngestError as exc:
        fail(f"{article}: {exc}")
    typer.echo(f"wrote {_shown(written)}: a machine draft, correct it before it joins the corpus", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("eval")(eval_command)
    app.add_typer(corpus_app, name="corpus")
