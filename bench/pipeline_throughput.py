"""Throughput of the whole extraction pipeline, in words per second per core, per language.

Runs ``nlp.pipe`` (n_process=1) over every corpus article of the language (dev and test
splits), after one warm-up pass, ``--repeat`` times, and reports the best pass in words per
wall-clock second and per CPU second (the second is what one core does, whatever else the
machine is running; the best pass is the one least slowed by other work on a shared machine).
Words are whitespace-separated tokens, as ``RawDocument.words`` counts them.

    python bench/pipeline_throughput.py [--repeat N] [--lang nl|en]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]


def texts(lang: str) -> list[str]:
    paths = sorted(ROOT.glob(f"corpus/*/{lang}/*.txt"))
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def measure(lang: str, repeat: int) -> dict:
    nlp = build_nlp(lang)
    corpus = texts(lang)
    for _ in nlp.pipe(corpus[:3]):  # warm-up: lazy loading, caches, gazetteer
        pass
    words = sum(len(t.split()) for t in corpus)
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(corpus, n_process=1):
            pass
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return {"lang": lang, "documents": len(corpus), "words": words,
            "words_per_s": words / best_wall, "words_per_cpu_s": words / best_cpu,
            "components": nlp.pipe_names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", choices=["nl", "en"], action="append")
    args = parser.parse_args()
    for lang in args.lang or ["nl", "en"]:
        r = measure(lang, args.repeat)
        print(f"{lang}: {r['documents']} documents, {r['words']:,} words: "
              f"{r['words_per_s']:,.0f} words/s wall, {r['words_per_cpu_s']:,.0f} words/s per core "
              f"(CPU time); components {', '.join(r['components'])}")


if __name__ == "__main__":
    main()
