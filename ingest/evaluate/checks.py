"""``ingest corpus check``: every annotation validated against its text and the format of
corpus/README.md, and the size of the corpus per split and language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import AnnotationError, AnnotationTextMissing
from ingest.evaluate.annotations import (
    Annotation,
    GoldAmount,
    GoldDeal,
    GoldEntity,
    find_annotations,
    load_annotation,
    split_of,
)
from ingest.evaluate.locate import occurrences

LABELS = frozenset("ORG PERSON GPE FACILITY PRODUCT FUND LAW EVENT NORP MISC".split())
KINDS = frozenset({"money", "percent", "basis_points"})
DEAL_TYPES = frozenset({"investment", "stake", "guarantee", "financing", "joint_venture",
                        "acquisition", "lease", "purchase_commitment", "issuance"})
STATUSES = frozenset({"announced", "planned", "rumoured", "completed"})
GENRES = frozenset({"newsletter", "strategist_note", "news_report", "broker_research"})
LANGUAGES = ("nl", "en")
WORDS_MIN, WORDS_MAX = 250, 900  # the length of a market commentary; outside it is a warning
_CURRENCY = re.compile(r"^[A-Z]{3}$")  # ISO 4217-shaped


@dataclass
class Size:
    articles: int = 0
    words: int = 0
    entities: int = 0
    amounts: int = 0
    deals: int = 0

    def add(self, annotation: Annotation) -> None:
        self.articles += 1
        self.words += annotation.document.words
        self.entities += len(annotation.gold.entities)
        self.amounts += len(annotation.gold.amounts)
        self.deals += len(annotation.gold.deals)


@dataclass
class CheckReport:
    corpus: Path
    errors: list[tuple[Path, str]] = field(default_factory=list)
    warnings: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    sizes: dict[tuple[str, str], Size] = field(default_factory=dict)  # (split, lang) -> valid articles

    @property
    def valid(self) -> int:
        return sum(s.articles for s in self.sizes.values())

    def size(self, split: str = "all", lang: str = "all") -> Size:
        total = Size()
        for (s, l), size in self.sizes.items():
            if split in ("all", s) and lang in ("all", l):
                for key in vars(total):
                    setattr(total, key, getattr(total, key) + getattr(size, key))
        return total

    def to_json(self) -> dict:
        return {
            "corpus": str(self.corpus),
            "valid": self.valid,
            "errors": [{"file": str(p), "reason": r} for p, r in self.errors],
            "warnings": [{"file": str(p), "reason": r} for p, r in self.warnings],
            "skipped": [{"file": str(p), "reason": r} for p, r in self.skipped],
            "sizes": [{"split": s, "language": l, **vars(size)} for (s, l), size in sorted(self.sizes.items())],
        }


def check_corpus(corpus: Path) -> CheckReport:
    """Validate every annotation of ``corpus``; raises ``CorpusNotFound`` when it is none."""
    report = CheckReport(corpus)
    paths = find_annotations(corpus)
    for path in paths:
        try:
            annotation = load_annotation(path, corpus)
        except AnnotationTextMissing as exc:
            report.skipped.append((path, str(exc)))
            continue
        except AnnotationError as exc:
            report.errors.append((path, str(exc)))
            continue
        problems, warnings = check_annotation(annotation, corpus)
        report.errors += [(path, p) for p in problems]
        report.warnings += [(path, w) for w in warnings]
        if not problems:
            key = (annotation.split or "other", annotation.language)
            report.sizes.setdefault(key, Size()).add(annotation)
    annotated = {p.with_suffix(".txt") for p in paths}
    for text in sorted(corpus.rglob("*.txt")):
        if text not in annotated and split_of(corpus, text) in ("dev", "test"):
            report.warnings.append((text, "article has no annotation (.yaml) yet"))
    return report


def check_annotation(annotation: Annotation, corpus: Path | None = None) -> tuple[list[str], list[str]]:
    """(errors, warnings) for one loaded annotation."""
    problems = list(annotation.problems)
    warnings: list[str] = []
    text = annotation.text
    if annotation.language not in LANGUAGES:
        problems.append(f"language {annotation.language!r} is not one of {', '.join(LANGUAGES)}")
    if corpus is not None:
        rel = annotation.path.relative_to(corpus).parts
        if annotation.split is None:
            problems.append("annotation is not under dev/, test/ or seeds/")
        elif annotation.split != "seeds" and (len(rel) != 3 or rel[1] != annotation.language):
            problems.append(f"a {annotation.language} article belongs in {rel[0]}/{annotation.language}/")
    if annotation.genre is None:
        warnings.append(f"genre is missing ({', '.join(sorted(GENRES))})")
    elif annotation.genre not in GENRES:
        problems.append(f"genre {annotation.genre!r} is not one of {', '.join(sorted(GENRES))}")
    words = annotation.document.words
    if not WORDS_MIN <= words <= WORDS_MAX:
        warnings.append(f"{words} words, outside {WORDS_MIN}–{WORDS_MAX}")
    names = {e.name for e in annotation.all_entities}
    for where, items in (("", annotation.gold), ("optional ", annotation.optional)):
        problems += _entities(where, items.entities, text)
        problems += [p for n, a in enumerate(items.amounts, 1) for p in _amount(f"{where}amount {n}", a)]
        problems += [p for n, d in enumerate(items.deals, 1) for p in _deal(f"{where}deal {n}", d, names)]
    seen: set[str] = set()
    for entity in annotation.all_entities:
        if entity.name in seen:
            problems.append(f"entity {entity.name!r} is listed twice")
        seen.add(entity.name)
    return problems, warnings


def _entities(where: str, entities: list[GoldEntity], text: str) -> list[str]:
    problems = []
    for entity in entities:
        label = f"{where}entity {entity.name!r}"
        if entity.label not in LABELS:
            problems.append(f"{label}: label {entity.label!r} is not one of {', '.join(sorted(LABELS))}")
        problems += [f"{label}: form {form!r} is not in the text"
                     for form in entity.forms if not occurrences(text, form)]
    return problems


def _amount(label: str, a: GoldAmount) -> list[str]:
    problems = []
    label = f"{label} ({a.text!r})"
    if a.start is None:
        problems.append(f"{label}: not in the text (the n-th listing of a text is its n-th occurrence)")
    if a.kind not in KINDS:
        problems.append(f"{label}: kind {a.kind!r} is not one of {', '.join(sorted(KINDS))}")
    problems += _currency(label, a.currency)
    if a.kind in ("percent", "basis_points") and a.currency is not None:
        problems.append(f"{label}: a {a.kind} amount has no currency")
    if a.vague:
        if a.value is not None or a.low is not None or a.high is not None:
            problems.append(f"{label}: a vague amount has value, low and high null")
    elif a.value is None:
        problems.append(f"{label}: value is null but the amount is not marked vague")
    if (a.low is None) != (a.high is None):
        problems.append(f"{label}: a range gives both low and high")
    elif a.low is not None and not (a.value == a.low <= a.high):
        problems.append(f"{label}: a range needs value == low <= high")
    return problems


def _deal(label: str, d: GoldDeal, names: set[str]) -> list[str]:
    problems = []
    label = f"{label} ({d.type} {d.source} -> {d.target})"
    if d.type not in DEAL_TYPES:
        problems.append(f"{label}: type {d.type!r} is not one of {', '.join(sorted(DEAL_TYPES))}")
    problems += [f"{label}: party {party!r} is not an annotated entity"
                 for party in (d.source, d.target) if party is not None and party not in names]
    if d.source is None and d.target is None:
        problems.append(f"{label}: a deal names at least one party")
    problems += _currency(label, d.currency)
    if d.amount is not None and d.currency is None:
        problems.append(f"{label}: an amount needs its currency")
    if d.status is not None and d.status not in STATUSES:
        problems.append(f"{label}: status {d.status!r} is not one of {', '.join(sorted(STATUSES))}")
    if d.share is not None and not 0 < d.share <= 100:
        problems.append(f"{label}: share {d.share:g} is not a percentage")
    if d.start is None:
        problems.append(f"{label}: evidence is not in the text: {d.evidence[:80]!r}")
    return problems


def _currency(label: str, code: str | None) -> list[str]:
    if code is not None and not _CURRENCY.match(code):
        return [f"{label}: currency {code!r} is not an ISO 4217 code (USD, EUR, ...)"]
    return []
