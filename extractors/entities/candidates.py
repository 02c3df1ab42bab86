"""A proposed entity span before overlaps are resolved, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass

# Sources, strongest first: what the user taught the knowledge base, reference data, rules,
# the statistical model, and short forms of names found earlier in the same document.
USER, GAZETTEER, RULE, MODEL, SHORT_FORM = 0, 1, 2, 3, 4
SOURCE_NAMES = {USER: "user", GAZETTEER: "gazetteer", RULE: "rule", MODEL: "model",
                SHORT_FORM: "short_form"}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # character offsets into doc.text, end exclusive
    end: int
    label: str
    source: int
    canonical: str | None = None  # known when reference data or a short form named it
    rule: str = ""  # which rule proposed it, for debugging

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end
