"""Measuring the extractors against the annotated corpus: loading annotations, checking them,
scoring predictions, drafting new annotations and keeping the quality floors."""

from ingest.evaluate.annotations import Annotation, default_corpus, load_annotation
from ingest.evaluate.checks import CheckReport, check_corpus
from ingest.evaluate.runner import EvalReport, evaluate
from ingest.evaluate.scorer import Counts, score_article

__all__ = ["Annotation", "CheckReport", "Counts", "EvalReport", "check_corpus", "default_corpus",
           "evaluate", "load_annotation", "score_article"]
