"""Readers: a file, a directory or standard input to ``RawDocument``s."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from ingest.errors import (
    IngestError,
    MissingPath,
    NoSupportedFiles,
    TooLarge,
    UnreadableFile,
    UnsupportedFormat,
)
from ingest.readers.document import RawDocument
from ingest.readers.text import read_text

__all__ = ["RawDocument", "read_bytes", "read_path", "expand_paths", "size_limit", "SUFFIXES"]

SUFFIXES = {".txt": "text", ".md": "text", ".pdf": "pdf", ".html": "html", ".htm": "html"}
# No article is 25 MB of text; a bigger .txt or .html is a dump or a log and would take minutes
# to extract. PDFs carry images and fonts, so they get more room. --max-bytes sets one limit.
FORMAT_LIMITS = {"text": 25 * 1024 * 1024, "html": 25 * 1024 * 1024, "pdf": 250 * 1024 * 1024}
DEFAULT_MAX_BYTES = None  # the limit of the file's format


def sniff_format(data: bytes) -> str:
    """The format of unnamed input (standard input) from its first bytes."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, fmt: str) -> RawDocument:
    # The PDF and HTML readers (pdfplumber, trafilatura) are imported when first needed: the
    # main process of `ingest add --jobs N` reads nothing itself.
    if fmt == "pdf":
        from ingest.readers.pdf import read_pdf

        return read_pdf(data, source)
    if fmt == "html":
        from ingest.readers.html import read_html

        return read_html(data, source)
    return read_text(data, source)


def size_limit(fmt: str, max_bytes: int | None) -> int:
    return max_bytes if max_bytes is not None else FORMAT_LIMITS[fmt]


def read_path(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> RawDocument:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(f"unsupported file type {path.suffix or '(none)'!r}; "
                                f"supported: {', '.join(sorted(SUFFIXES))}")
    try:
        size, limit = path.stat().st_size, size_limit(fmt, max_bytes)
        if size > limit:
            raise TooLarge(f"file is {size:,} bytes, over the limit of {limit:,} (--max-bytes)")
        data = path.read_bytes()
    except IngestError:
        raise
    except IsADirectoryError as exc:
        raise UnreadableFile("is a directory") from exc
    except PermissionError as exc:
        raise UnreadableFile("permission denied") from exc
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from exc
    return read_bytes(data, str(path), fmt)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return (exc.strerror or "cannot be accessed").lower()


def expand_paths(arguments: list[str]) -> Iterator[tuple[str, Path | None, IngestError | None]]:
    """Each argument as the files it stands for: ``(name, path, None)`` or ``(name, None, error)``.

    A directory yields its supported files, recursively and sorted; symlinked directories are
    not followed, so a symlink loop cannot trap the walk. ``-`` stands for standard input.
    """
    for argument in arguments:
        if argument == "-":
            yield "-", None, None
            continue
        path = Path(argument)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:  # a symlink loop, a path too long
            yield argument, None, UnreadableFile(_os_reason(exc))
            continue
        if not exists:
            yield argument, None, MissingPath()
            continue
        if not is_dir:
            try:
                path.stat()
            except OSError as exc:
                yield argument, None, UnreadableFile(_os_reason(exc))
                continue
            yield argument, path, None
            continue
        found = []
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if candidate.suffix.lower() in SUFFIXES and not name.startswith("."):
                    found.append(candidate)
        if not found:
            yield argument, None, NoSupportedFiles()
        for candidate in found:
            yield str(candidate), candidate, None
