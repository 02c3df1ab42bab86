"""PDF through pdfplumber: reading order, columns, running headers and hyphenation.

Pages are read column by column (a column is found from a vertical gutter that no word
crosses), running headers and footers that repeat on most pages are dropped with the page
numbers, and words broken at the end of a line are joined again.
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pdfplumber

from ingest.errors import BrokenPDF, EncryptedPDF, NoTextLayer
from ingest.readers.document import RawDocument
from ingest.readers.meta import find_date, first_line_title
from ingest.readers.normalize import normalize_text

_GUTTER_MIN_WIDTH = 6  # points; narrower gaps are spaces between words
_EDGE_LINES = 3  # lines at the top and bottom of a page that may be a running header/footer
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:\w{1,8}\.?\s+)?\d{1,4}(?:\s*(?:/|\w{1,4})\s*\d{1,4})?(?:\s*[-–—])?\s*$"
)
# A word broken at the end of a line: "kapitaal-\nuitgaven". A capital or digit before the
# hyphen ("AI-\ndatacenters") marks a real compound hyphen, which is kept.
_BROKEN_WORD = re.compile(r"([a-zà-ÿ])-\n([a-zà-ÿ])")
_LIST_ITEM = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s")
_COMPOUND_BREAK = re.compile(r"([A-Z0-9])-\n([a-zà-ÿA-Z])")


def _is_encrypted(exc: BaseException) -> bool:
    seen = exc
    for _ in range(5):
        if seen is None:
            return False
        name = type(seen).__name__
        if "Password" in name or "Encrypt" in name:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _gutters(words: list[dict], x0: float, x1: float) -> list[float]:
    """x positions of vertical gaps that split the page into columns of text.

    A gutter is a run of at least ``_GUTTER_MIN_WIDTH`` points, in the middle 70% of the page,
    that almost no word covers (a running head or a footnote may cross it).
    """
    if len(words) < 40:
        return []
    bins = [0] * (int(x1 - x0) + 2)
    for word in words:
        for i in range(max(0, int(word["x0"] - x0)), min(len(bins), int(word["x1"] - x0) + 1)):
            bins[i] += 1
    allowed = max(2, len(words) // 200)
    lo, hi = int(len(bins) * 0.15), int(len(bins) * 0.85)
    cuts, run_start = [], None
    for i in range(lo, hi + 1):
        empty = i < hi and bins[i] <= allowed
        if empty and run_start is None:
            run_start = i
        elif not empty and run_start is not None:
            # A gap running into the edge of the search band is a ragged margin, not a gutter.
            if i - run_start >= _GUTTER_MIN_WIDTH and run_start > lo and i < hi:
                cuts.append(x0 + (run_start + i) / 2)
            run_start = None
    if not cuts:
        return []
    # Each column must hold a real share of the words, or the gap is just a ragged margin.
    edges = [x0, *cuts, x1]
    counts = [sum(1 for w in words if a <= (w["x0"] + w["x1"]) / 2 < b) for a, b in zip(edges, edges[1:])]
    if min(counts) < len(words) * 0.1:
        return []
    return cuts


def _page_text(page) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    x0, top, x1, bottom = page.bbox
    cuts = _gutters(words, x0, x1)
    if not cuts:
        return page.extract_text() or ""
    # Lines crossing a gutter are read whole: a headline above the columns, a footer below.
    height = bottom - top
    crossing = [w for w in words if any(w["x0"] < c < w["x1"] for c in cuts)]
    head = [w for w in crossing if w["bottom"] <= top + height * 0.35]
    foot = [w for w in crossing if w["top"] >= top + height * 0.85]
    if len(head) + len(foot) < len(crossing):
        return page.extract_text() or ""  # words cross the gutter mid-page: not columns
    body_top = max((w["bottom"] for w in head), default=top) + (0.5 if head else 0)
    body_bottom = min((w["top"] for w in foot), default=bottom) - (0.5 if foot else 0)
    parts = []
    if head:
        parts.append(page.crop((x0, top, x1, body_top)).extract_text() or "")
    edges = [x0, *cuts, x1]
    for a, b in zip(edges, edges[1:]):
        parts.append(page.crop((a, body_top, b, body_bottom)).extract_text() or "")
    if foot:
        parts.append(page.crop((x0, body_bottom, x1, bottom)).extract_text() or "")
    return "\n".join(p for p in parts if p.strip())


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and header/footer lines that repeat on most pages."""
    edge_shapes = Counter()
    for lines in pages:
        edges = set(lines[:_EDGE_LINES] + lines[-_EDGE_LINES:])
        edge_shapes.update({_shape(line) for line in edges if line.strip()})
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {s for s, n in edge_shapes.items() if n >= threshold} if len(pages) >= 2 else set()
    cleaned = []
    for lines in pages:
        keep = []
        for i, line in enumerate(lines):
            at_edge = i < _EDGE_LINES or i >= len(lines) - _EDGE_LINES
            if at_edge and (_shape(line) in repeated or _PAGE_NUMBER.match(line)):
                continue
            keep.append(line)
        cleaned.append(keep)
    return cleaned


def reflow(lines: list[str]) -> list[str]:
    """Lines wrapped by the layout joined into paragraphs; short lines (headings, the last line
    of a paragraph, list items) keep their line break."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 5:  # too few lines to tell a wrapped line from a short one
        return [line.strip() for line in lines]
    full = lengths[int(len(lengths) * 0.75)] * 0.6  # a line this long ran to the column edge
    out: list[str] = []
    joining = False
    for line in lines:
        stripped = line.strip()
        if joining and stripped and not _LIST_ITEM.match(stripped):
            out[-1] = out[-1] + ("" if out[-1].endswith("-") else " ") + stripped
        else:
            out.append(stripped)
        joining = len(stripped) >= full and not stripped.endswith((":", ".", "?", "!")) or (
            stripped.endswith("-") and len(stripped) >= full)
    return out


def join_broken_words(text: str) -> str:
    text = _BROKEN_WORD.sub(r"\1\2", text)
    return _COMPOUND_BREAK.sub(r"\1-\2", text)


def read_pdf(data: bytes, source: str, max_pages: int | None = None) -> RawDocument:
    warnings: list[str] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's errors, but not all of them
        if _is_encrypted(exc):
            raise EncryptedPDF() from exc
        raise BrokenPDF(f"PDF is damaged or not a PDF ({_reason(exc)})") from exc
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise BrokenPDF(f"PDF is damaged: its page tree cannot be read ({_reason(exc)})") from exc
        if not pages:
            raise BrokenPDF("PDF has no pages")
        texts, failed = [], 0
        for number, page in enumerate(pages, start=1):
            if max_pages and number > max_pages:
                warnings.append(f"only the first {max_pages} pages read")
                break
            try:
                texts.append(_page_text(page))
            except Exception:
                failed += 1
                texts.append("")
            finally:
                page.close()  # pdfplumber caches every page it reads otherwise
        page_count = len(pages)
    finally:
        try:
            pdf.close()
        except Exception:
            pass
    if failed == len(texts):
        raise BrokenPDF("PDF is damaged: no page could be read")
    if failed:
        warnings.append(f"{failed} of {len(texts)} pages could not be read")
    if not any(t.strip() for t in texts):
        raise NoTextLayer()
    pages = _drop_running_lines([join_broken_words(t).splitlines() for t in texts])
    text = normalize_text("\n\n".join("\n".join(reflow(p)) for p in pages if p))
    return RawDocument(
        source=source,
        format="pdf",
        text=text,
        title=first_line_title(text),
        published=find_date(text),
        pages=page_count,
        warnings=warnings,
    )


def _reason(exc: BaseException) -> str:
    message = str(exc).strip() or type(exc).__name__
    return message.splitlines()[0][:120]
