"""HTML: the article text only, through trafilatura, with the page's title and date."""

from __future__ import annotations

import logging

import trafilatura

from ingest.errors import NoArticleText
from ingest.readers.decode import decode_bytes
from ingest.readers.document import RawDocument
from ingest.readers.meta import find_date, first_line_title
from ingest.readers.normalize import normalize_text

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


# Stray words from <noscript> or a button are not an article: a sentence at least, or nothing.
_MIN_WORDS = 5


def read_html(data: bytes, source: str) -> RawDocument:
    markup, warnings = decode_bytes(data)
    doc = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_recall=True,
        with_metadata=True,
    )
    text = normalize_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text:
        # Short pages fall under trafilatura's size threshold; its baseline keeps paragraphs.
        _, baseline_text, _ = trafilatura.baseline(markup)
        text = normalize_text(baseline_text or "")
    if len(text.split()) < _MIN_WORDS:
        text = ""
    if not text:
        raise NoArticleText("no article text found (only markup, scripts or navigation)")
    title = normalize_text(doc.title) if doc is not None and doc.title else None
    published = doc.date if doc is not None and doc.date else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline is part of the article we store
    return RawDocument(
        source=source,
        format="html",
        text=text,
        title=title or first_line_title(text),
        published=(published or find_date(text)),
        warnings=warnings,
    )
