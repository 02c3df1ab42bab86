"""What a reader returns: the text we store and extract from, with what the file says of itself."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    source: str  # the path as given, or "-" for standard input
    format: str  # "text" | "pdf" | "html"
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, when the document states one
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())
