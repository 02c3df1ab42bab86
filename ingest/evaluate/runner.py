"""``ingest eval``: the full pipeline on every annotated article, scored and summed per layer and
language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import AnnotationTextMissing
from ingest.evaluate.annotations import Annotation, load_corpus
from ingest.evaluate.scorer import LAYERS, ArticleScore, Counts, score_article

LANGUAGES = ("nl", "en")
SPLIT_CHOICES = ("dev", "test", "all")


@dataclass
class ArticleResult:
    path: Path
    language: str
    split: str | None
    score: ArticleScore


@dataclass
class EvalReport:
    corpus: Path
    split: str
    lang: str | None = None
    articles: list[ArticleResult] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # text elsewhere and absent
    broken: list[tuple[Path, str]] = field(default_factory=list)  # annotations that do not load

    def counts(self, layer: str, lang: str = "all") -> Counts:
        total = Counts()
        for article in self.articles:
            if lang in ("all", article.language):
                total += article.score.layers[layer]
        return total

    def label_counts(self) -> dict[str, Counts]:
        labels: dict[str, Counts] = {}
        for article in self.articles:
            for label, counts in article.score.entity_labels.items():
                labels.setdefault(label, Counts())
                labels[label] += counts
        return dict(sorted(labels.items()))

    def f1(self, layer: str, lang: str) -> float | None:
        return self.counts(layer, lang).f1

    def to_json(self, show_errors: bool = False) -> dict:
        result = {
            "corpus": str(self.corpus),
            "split": self.split,
            "articles": {lang: sum(a.language == lang for a in self.articles) for lang in LANGUAGES},
            "layers": {layer: {lang: self.counts(layer, lang).to_json() for lang in (*LANGUAGES, "all")}
                       for layer in LAYERS},
            "entity_labels": {label: c.to_json() for label, c in self.label_counts().items()},
            "skipped": [{"file": str(p), "reason": r} for p, r in self.skipped],
            "broken": [{"file": str(p), "reason": r} for p, r in self.broken],
        }
        if show_errors:
            result["errors"] = [{"file": str(a.path), "language": a.language, "errors": a.score.errors}
                                for a in self.articles if a.score.errors]
        return result


def evaluate(corpus: Path, split: str = "dev", lang: str | None = None, pipeline=None) -> EvalReport:
    """Score the current extractors on ``split`` of ``corpus`` (``lang`` restricts to one
    language). Raises ``CorpusNotFound`` when ``corpus`` is not a corpus."""
    from ingest.pipeline import Pipeline

    if split not in SPLIT_CHOICES:
        raise ValueError(f"split must be one of {', '.join(SPLIT_CHOICES)}, not {split!r}")
    pipeline = pipeline or Pipeline()
    report = EvalReport(corpus, split, lang)
    for path, annotation, error in load_corpus(corpus, split, lang):
        if error is not None:
            target = report.skipped if isinstance(error, AnnotationTextMissing) else report.broken
            target.append((path, str(error)))
            continue
        report.articles.append(score_one(annotation, pipeline))
    return report


def score_one(annotation: Annotation, pipeline) -> ArticleResult:
    extraction = pipeline.extract(annotation.document, language=annotation.language)
    return ArticleResult(annotation.path, annotation.language, annotation.split,
                         score_article(annotation, extraction.to_json()))
