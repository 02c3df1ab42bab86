"""Plain text and Markdown."""

from __future__ import annotations

from ingest.readers.decode import decode_bytes
from ingest.readers.document import RawDocument
from ingest.readers.meta import find_date, first_line_title
from ingest.readers.normalize import normalize_text
from ingest.errors import EmptyDocument


def read_text(data: bytes, source: str) -> RawDocument:
    text, warnings = decode_bytes(data)
    text = normalize_text(text)
    if not text:
        raise EmptyDocument("file holds only whitespace")
    return RawDocument(
        source=source,
        format="text",
        text=text,
        title=first_line_title(text),
        published=find_date(text),
        warnings=warnings,
    )
