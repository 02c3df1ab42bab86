"""Title and publication date as the document states them."""

from __future__ import annotations

import datetime as dt
import re

from extractors.lang import SUPPORTED, language_data

_HEAD_LINES = 12  # a byline or dateline sits near the top...
_BYLINE_CHARS = 200  # ...on a short line of its own, not inside a paragraph of the body
_MAX_TITLE = 300


def _month_table() -> dict[str, int]:
    months: dict[str, int] = {}
    for lang in SUPPORTED:
        months.update(language_data(lang, "dates").MONTHS)
    return months


_MONTHS = _month_table()
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_DATE_PATTERNS = [
    # 2025-11-03
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"), None),
    # 3 november 2025, 3 Nov. 2025
    (re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I), "mon"),
    # November 3, 2025
    (re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I), "mon"),
    # 03-11-2025, 3/11/2025 (day first, as in Dutch and British usage)
    (re.compile(r"\b(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.](?P<y>(?:19|20)\d\d)\b"), None),
]


def find_date(text: str) -> str | None:
    """The first date in the document's head, as an ISO string; None when it states none."""
    head = "\n".join(
        line for line in text.splitlines()[:_HEAD_LINES] if len(line) <= _BYLINE_CHARS
    )
    found: list[tuple[int, str]] = []
    for pattern, month_group in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            month = _MONTHS[match["mon"].lower()] if month_group else int(match["m"])
            try:
                date = dt.date(int(match["y"]), month, int(match["d"]))
            except ValueError:
                continue
            found.append((match.start(), date.isoformat()))
    return min(found)[1] if found else None


def first_line_title(text: str) -> str | None:
    """The first non-empty line, without Markdown heading marks."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if sum(ch.isalpha() for ch in line) >= 3:  # not a rule, an ellipsis or a date alone
            return line[:_MAX_TITLE]
    return None
