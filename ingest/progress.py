"""What ``ingest add`` shows while it works: a progress bar on a terminal, one line per file
otherwise, and every failure or warning as one line on stderr."""

from __future__ import annotations

import sys

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class AddPrinter:
    def __init__(self, quiet: bool = False, min_files: int = 4, stream=None):
        self.quiet = quiet
        self.min_files = min_files
        self.stream = stream or sys.stderr
        self._progress: Progress | None = None
        self._task = None

    def __enter__(self) -> AddPrinter:
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def total(self, count: int) -> None:
        if not self.quiet and count >= self.min_files and self.stream.isatty():
            self._progress = Progress(
                TextColumn("adding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                transient=True, console=None,
            )
            self._progress.console.stderr = True
            self._progress.start()
            self._task = self._progress.add_task("add", total=count)

    def _line(self, text: str, err: bool) -> None:
        if self._progress is not None:
            self._progress.console.print(text, highlight=False, markup=False)
        else:
            typer.echo(text, err=err)

    def outcome(self, outcome) -> None:
        if outcome.status == "failed":
            self._line(f"error: {outcome.source}: {outcome.message}", err=True)
        for warning in outcome.warnings:
            self._line(f"warning: {outcome.source}: {warning}", err=True)
        if not self.quiet and self._progress is None and outcome.status != "failed":
            self._line(_summary(outcome), err=False)
        if self._progress is not None:
            self._progress.advance(self._task)


def _summary(outcome) -> str:
    if outcome.status == "duplicate":
        return f"duplicate  {outcome.source}: already stored as document {outcome.document_id}"
    ex = outcome.extraction
    facts = (f"{len(ex.entities)} entities, {len(ex.amounts)} amounts, {len(ex.deals)} deals"
             if ex.extracted else "not extracted")
    return (f"added      {outcome.source}: document {outcome.document_id}, {ex.language}, "
            f"{ex.document.words} words; {facts}")
