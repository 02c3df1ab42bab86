"""``ingest add``: read, extract and store every document a list of paths stands for."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import IngestError, TooLarge, UnsupportedFormat
from ingest.pipeline import Extraction, Pipeline
from ingest.readers import DEFAULT_MAX_BYTES, expand_paths, read_bytes, read_path, sniff_format
from kb import KnowledgeBase


@dataclass
class Outcome:
    """What happened to one input."""

    source: str
    status: str  # "added" | "duplicate" | "failed" | "flagged"
    message: str = ""
    document_id: int | None = None
    extraction: Extraction | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class AddReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0


def read_input(name: str, path: Path | None, max_bytes: int, stdin=None):
    if path is None:  # standard input
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"input is {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
        return read_bytes(data, "-", sniff_format(data))
    return read_path(path, max_bytes=max_bytes)


def process(name: str, path: Path | None, pipeline: Pipeline, language: str | None,
            max_bytes: int, stdin=None) -> tuple[Extraction | None, Outcome | None]:
    """Read and extract one input; a user-facing failure becomes a ``failed`` outcome."""
    try:
        document = read_input(name, path, max_bytes, stdin)
        return pipeline.extract(document, language), None
    except IngestError as exc:
        return None, Outcome(name, "failed", str(exc))
    except RecursionError:
        return None, Outcome(name, "failed", "document is too deeply nested to read")
    except MemoryError:
        return None, Outcome(name, "failed", "document is too large to process in memory")


def extract_one(argument: str, language: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                pipeline: Pipeline | None = None, stdin=None) -> Extraction:
    """Read and extract one file (or ``-``) without storing it; raises ``IngestError``."""
    if argument != "-" and Path(argument).is_dir():
        raise UnsupportedFormat("is a directory; extract reads one file")
    name, path, error = next(expand_paths([argument]))
    if error is not None:
        raise error
    document = read_input(name, path, max_bytes, stdin)
    return (pipeline or Pipeline()).extract(document, language)


def add_paths(
    arguments: list[str],
    kb: KnowledgeBase,
    pipeline: Pipeline | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    stdin=None,
) -> AddReport:
    """Add every document the arguments stand for; one failure never stops the others."""
    pipeline = pipeline or Pipeline()
    inputs = list(expand_paths(arguments))
    if on_total:
        on_total(len(inputs))
    report = AddReport()
    for name, path, error in inputs:
        if error is not None:
            outcome = Outcome(name, "failed", str(error))
        else:
            extraction, outcome = process(name, path, pipeline, language, max_bytes, stdin)
            if outcome is None:
                outcome = _store(name, extraction, kb)
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return report


def _store(name: str, extraction: Extraction, kb: KnowledgeBase) -> Outcome:
    stored = kb.add(extraction)
    warnings = list(extraction.document.warnings)
    if not stored.added:
        return Outcome(name, "duplicate", "already in the knowledge base", stored.document_id,
                       extraction, warnings)
    if not extraction.extracted:
        warnings.append(f"language {extraction.language!r} is not supported (nl, en): "
                        "stored and flagged, not extracted")
        return Outcome(name, "flagged", "", stored.document_id, extraction, warnings)
    return Outcome(name, "added", "", stored.document_id, extraction, warnings)
