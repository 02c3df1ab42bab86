"""``ingest add``: read, extract and store every document a list of paths stands for.

Reading and extraction run in worker processes with ``jobs > 1``; the main process alone
writes, in batched transactions where every document sits in its own savepoint, so a crash or
an interruption leaves only whole documents and re-running the same command completes the batch.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from ingest.errors import IngestError, TooLarge, UnsupportedFormat
from ingest.pipeline import Extraction, Pipeline
from ingest.readers import (
    DEFAULT_MAX_BYTES,
    RawDocument,
    expand_paths,
    read_bytes,
    read_path,
    size_limit,
    sniff_format,
)
from kb import KnowledgeBase

BATCH_SIZE = 32  # documents per write transaction
# Documents read and extracted together (one task of a worker process), so that the
# recogniser runs over batches of them; more would leave one worker idle longer at the end.
EXTRACT_BATCH = 32
_FLUSH_SECONDS = 2.0  # ...or fewer, so that slow inputs still land regularly
_SHORT_DOCUMENT_WORDS = 40
# Starting a worker costs a second or two (spaCy and the models load in each); below this many
# documents per worker one process is faster.
_MIN_ITEMS_PER_JOB = 8


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
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    @property
    def documents(self) -> int:
        return sum(1 for o in self.outcomes if o.extraction is not None)

    @property
    def words(self) -> int:
        return sum(o.extraction.document.words for o in self.outcomes if o.extraction is not None)


def read_input(name: str, path: Path | None, max_bytes: int | None, data: bytes | None = None):
    """A ``RawDocument`` from a path, or from bytes already read from standard input."""
    if path is None:
        fmt = sniff_format(data)
        limit = size_limit(fmt, max_bytes)
        if len(data) > limit:
            raise TooLarge(f"input is over the limit of {limit:,} bytes (--max-bytes)")
        return read_bytes(data, "-", fmt)
    return read_path(path, max_bytes=max_bytes)


def process_batch(items: list[tuple[str, Path | None, bytes | None]], pipeline: Pipeline,
                  language: str | None, max_bytes: int | None
                  ) -> list[tuple[str, Extraction | None, Outcome | None]]:
    """Read and extract several inputs together (``Pipeline.extract_many``, which batches the
    recogniser); a failure becomes a ``failed`` outcome of its own input, never an exception."""
    results: list[tuple[str, Extraction | None, Outcome | None]] = []
    read: list[tuple[int, RawDocument]] = []  # (index in results, document)
    for name, path, data in items:
        try:
            document = read_input(name, path, max_bytes, data)
        except Exception as exc:  # a bug must cost one document, not the batch
            results.append((name, None, _failed(name, exc)))
            continue
        read.append((len(results), document))
        results.append((name, None, None))
    languages = pipeline.languages
    extracted = _extract_each(pipeline, [document for _, document in read], language)
    if pipeline.languages != languages:
        _freeze_long_lived()
    for (k, _), extraction in zip(read, extracted):
        name = results[k][0]
        if isinstance(extraction, Extraction):
            results[k] = (name, extraction, None)
        else:
            results[k] = (name, None, _failed(name, extraction))
    return results


def _extract_each(pipeline: Pipeline, documents: list[RawDocument], language: str | None
                  ) -> list[Extraction | Exception]:
    """The extraction of every document, or the exception extracting it raised."""
    try:
        return pipeline.extract_many(documents, language)
    except Exception:  # one document at fault: extracted one by one, it fails alone
        pass
    extracted: list[Extraction | Exception] = []
    for document in documents:
        try:
            extracted.append(pipeline.extract(document, language))
        except Exception as exc:
            extracted.append(exc)
    return extracted


def _freeze_long_lived() -> None:
    """Exempt every object alive now from garbage collection: called when a language's
    pipeline has been built and has extracted, so has loaded its data. The reference names,
    lexicons, lemma tables and langdetect's profiles (a quarter of a million objects) live as
    long as the process, and the collector walked them all at every full collection: a
    twentieth of the extraction time. Garbage is collected first, so that none is kept. Done
    here, not in the library: `ingest add` ends with its run, while a program that made and
    dropped pipelines would keep their frozen reference cycles."""
    gc.collect()
    gc.freeze()


def _failed(name: str, exc: Exception) -> Outcome:
    if isinstance(exc, IngestError):
        return Outcome(name, "failed", str(exc))
    if isinstance(exc, RecursionError):
        return Outcome(name, "failed", "document is too deeply nested to read")
    if isinstance(exc, MemoryError):
        return Outcome(name, "failed", "document is too large to process in memory")
    return Outcome(name, "failed", f"internal error ({type(exc).__name__}: {exc})")


def extract_one(argument: str, language: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                pipeline: Pipeline | None = None, stdin=None) -> Extraction:
    """Read and extract one file (or ``-``) without storing it; raises ``IngestError``."""
    if argument != "-" and Path(argument).is_dir():
        raise UnsupportedFormat("is a directory; extract reads one file")
    name, path, error = next(expand_paths([argument]))
    if error is not None:
        raise error
    data = _read_stdin(stdin, max_bytes) if path is None else None
    document = read_input(name, path, max_bytes, data)
    return (pipeline or Pipeline()).extract(document, language)


def _read_stdin(stdin, max_bytes: int | None) -> bytes:
    return (stdin or sys.stdin.buffer).read(size_limit("pdf", max_bytes) + 1)


# Worker processes build their own pipeline once and keep it.
_WORKER: dict = {}


def _init_worker(pipeline: Pipeline, language: str | None, max_bytes: int | None) -> None:
    # The pipeline arrives pickled without its spaCy pipelines (they are built on first use),
    # but with the user's entity corrections and model choice.
    _WORKER.update(pipeline=pipeline, language=language, max_bytes=max_bytes)


def _work(items: list[tuple[str, Path | None, bytes | None]]
          ) -> list[tuple[str, Extraction | None, Outcome | None]]:
    return process_batch(items, _WORKER["pipeline"], _WORKER["language"], _WORKER["max_bytes"])


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _tasks(items: list, jobs: int) -> Iterator[list]:
    """The inputs in tasks for ``jobs`` workers: ``EXTRACT_BATCH`` at a time, fewer as the end
    nears (half a worker's share of what is left, at least four), so that the workers finish
    together instead of one waiting for the other's last batch."""
    start = 0
    while start < len(items):
        size = max(4, min(EXTRACT_BATCH, (len(items) - start) // (jobs * 2)))
        yield items[start:start + size]
        start += size


def _extractions(items: list[tuple[str, Path | None, bytes | None]], pipeline: Pipeline | None,
                 language: str | None, max_bytes: int | None, jobs: int
                 ) -> Iterator[tuple[str, Extraction | None, Outcome | None]]:
    """Each input read and extracted, in input order, sequentially or in ``jobs`` processes."""
    if jobs <= 1 or len(items) < jobs * _MIN_ITEMS_PER_JOB:
        pipeline = pipeline or Pipeline()
        for batch in _batches(items, EXTRACT_BATCH):
            yield from process_batch(batch, pipeline, language, max_bytes)
        return
    done = 0
    context = get_context("spawn")  # a clean interpreter: no inherited locks or threads
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                             initargs=(pipeline or Pipeline(), language, max_bytes)) as pool:
        try:
            for results in pool.map(_work, _tasks(items, jobs)):
                for result in results:
                    done += 1
                    yield result
        except BrokenProcessPool:
            for name, _, _ in items[done:]:
                yield name, None, Outcome(name, "failed", "worker process died while reading it")


def add_paths(
    arguments: list[str],
    kb: KnowledgeBase,
    pipeline: Pipeline | None = None,
    language: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    stdin=None,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> AddReport:
    """Add every document the arguments stand for; one failure never stops the others."""
    started = time.perf_counter()
    report = AddReport()
    items: list[tuple[str, Path | None, bytes | None]] = []
    early: list[Outcome] = []
    for name, path, error in expand_paths(arguments):
        if error is not None:
            early.append(Outcome(name, "failed", str(error)))
        else:
            items.append((name, path, _read_stdin(stdin, max_bytes) if path is None else None))
    if on_total:
        on_total(len(items) + len(early))

    def emit(outcomes: Iterable[Outcome]) -> None:
        for outcome in outcomes:
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)

    emit(early)
    pending: list[tuple[str, Extraction]] = []
    last_flush = time.monotonic()
    for name, extraction, outcome in _extractions(items, pipeline, language, max_bytes, jobs):
        if outcome is not None:
            emit([outcome])
            continue
        pending.append((name, extraction))
        if len(pending) >= batch_size or time.monotonic() - last_flush > _FLUSH_SECONDS:
            emit(_store(pending, kb))
            pending, last_flush = [], time.monotonic()
    emit(_store(pending, kb))
    report.seconds = time.perf_counter() - started
    return report


def _store(pending: list[tuple[str, Extraction]], kb: KnowledgeBase) -> list[Outcome]:
    if not pending:
        return []
    results = kb.add_batch([extraction for _, extraction in pending])
    return [_outcome(name, extraction, result) for (name, extraction), result in zip(pending, results)]


def _outcome(name: str, extraction: Extraction, stored) -> Outcome:
    if isinstance(stored, Exception):
        return Outcome(name, "failed", f"could not be stored ({type(stored).__name__}: {stored})")
    warnings = list(extraction.document.warnings)
    if not stored.added:
        return Outcome(name, "duplicate", "already in the knowledge base", stored.document_id,
                       extraction, warnings)
    if extraction.document.words < _SHORT_DOCUMENT_WORDS:
        warnings.append(f"only {extraction.document.words} words: boilerplate or a fragment, "
                        "not an article?")
    if not extraction.extracted:
        warnings.append(f"language {extraction.language!r} is not supported (nl, en): "
                        "stored and flagged, not extracted")
        return Outcome(name, "flagged", "", stored.document_id, extraction, warnings)
    return Outcome(name, "added", "", stored.document_id, extraction, warnings)
