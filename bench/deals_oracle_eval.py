"""Score the deal extractor on the annotated corpus with gold ("oracle") entities.

``ingest eval`` measures the whole pipeline, so its deal scores also carry the entity
recogniser's misses. This script measures the deal extractor alone: each document goes through
the real pipeline's tokenizer, sentences and amounts, then its entities are set from the gold
annotation (every form of every annotated entity found in the text, longest first) and the deal
extractor runs on that. Scoring is ``ingest eval``'s own (ingest/evaluate/scorer.py, the rules
of corpus/README.md "Checking and scoring"), so the two sets of numbers compare directly.

    python bench/deals_oracle_eval.py [--split dev] [--lang nl] [--show-errors]

Never tune against --split test: run it once, to report.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.deals import extract_deals  # noqa: E402
from extractors.types import Mention  # noqa: E402
from ingest.evaluate.annotations import load_corpus  # noqa: E402
from ingest.evaluate.runner import evaluate  # noqa: E402
from ingest.pipeline import Extraction, build_nlp  # noqa: E402

DEAL_LAYERS = ("deals", "deals_with_amount")


def oracle_mentions(text: str, entities) -> list[Mention]:
    """Every form of every gold entity in ``text``, longest first, never overlapping."""
    forms = sorted(((form, e) for e in entities for form in {*e.forms, e.name}), key=lambda x: -len(x[0]))
    found: list[Mention] = []
    for form, entity in forms:
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            start, end = match.span()
            if not any(m.start < end and start < m.end for m in found):
                found.append(Mention(form, start, end, entity.label, entity.name))
    return sorted(found, key=lambda m: m.start)


class OraclePipeline:
    """Stands in for ``ingest.pipeline.Pipeline`` in ``ingest eval``: real tokenizer, sentences
    and amounts, gold entities, then the deal extractor."""

    def __init__(self, entities_by_text: dict[str, list]) -> None:
        self._entities = entities_by_text
        self._nlp: dict = {}

    def extract(self, document, language: str | None = None) -> Extraction:
        lang = language or "nl"
        if lang not in self._nlp:
            self._nlp[lang] = build_nlp(lang)
        nlp = self._nlp[lang]
        with nlp.select_pipes(disable=[n for n in ("entities", "deals") if n in nlp.pipe_names]):
            doc = nlp(document.text)
        doc._.entities = oracle_mentions(document.text, self._entities.get(document.text, []))
        return Extraction(document, lang, extracted=True, entities=list(doc._.entities),
                          amounts=list(doc._.amounts or []), deals=extract_deals(doc))


def oracle_report(corpus: Path, split: str, lang: str | None):
    entities = {}
    for _, annotation, error in load_corpus(corpus, split, lang):
        if error is None:
            entities[annotation.text] = annotation.all_entities
    return evaluate(corpus, split, lang, pipeline=OraclePipeline(entities))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--lang", choices=["nl", "en"])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    report = oracle_report(args.corpus, args.split, args.lang).to_json(show_errors=args.show_errors)
    print(f"{args.split} split, oracle entities: {report['articles']} articles")
    print(f"{'layer':18} {'lang':4} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for layer in DEAL_LAYERS:
        for lang, c in report["layers"][layer].items():
            print(f"{layer:18} {lang:4} {c['precision'] or 0:6.3f} {c['recall'] or 0:6.3f} "
                  f"{c['f1'] or 0:6.3f} {c['tp']:5} {c['fp']:5} {c['fn']:5}")
    if args.show_errors:
        for article in report.get("errors", []):
            name = Path(article["file"]).stem
            for error in article["errors"]:
                if error["layer"] in DEAL_LAYERS:
                    item = error["item"]
                    print(f"  {error['layer']:17} {error['kind'].upper()} {name}: {item['type']} "
                          f"{item['source']} -> {item['target']} {item['amount']} {item['currency']} "
                          f"| {item['evidence'][:120]}")


if __name__ == "__main__":
    main()
