"""Throughput and memory of `ingest add` on a generated folder of articles and PDFs.

Generates text articles of about 700 words by recombining paragraphs of the corpus (dev and
test articles of both languages) and multi-page PDFs, then runs the real `ingest add` command
into an empty knowledge base for several sizes and job counts, and reports documents/s, words/s,
PDF pages/s, the peak resident memory of the whole process tree (main process and workers), and
its CPU time: in all processes, and in the main process alone (which reads the results of the
workers and writes). CPU seconds hardly depend on what else the machine runs; wall-clock
seconds do.

    python bench/ingest_throughput.py [--sizes 250 500 1000] [--jobs 1 2] [--pdfs 50]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from pdf_factory import make_pdf  # noqa: E402

WORDS_PER_ARTICLE = 700
PAGES_PER_PDF = 6


def corpus_paragraphs() -> dict[str, list[str]]:
    paragraphs: dict[str, list[str]] = {"nl": [], "en": []}
    for path in sorted((ROOT / "corpus").glob("*/*/*.txt")):
        lang = path.parent.name
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if len(block.split()) >= 25:
                paragraphs[lang].append(block.strip())
    return paragraphs


def make_articles(folder: Path, count: int, seed: int = 7) -> int:
    """``count`` articles of about 700 words, half Dutch, half English; returns total words."""
    rng = random.Random(seed)
    paragraphs = corpus_paragraphs()
    total = 0
    for i in range(count):
        lang = "nl" if i % 2 == 0 else "en"
        body, words = [f"Artikel {i}" if lang == "nl" else f"Article {i}"], 0
        while words < WORDS_PER_ARTICLE:
            paragraph = rng.choice(paragraphs[lang])
            body.append(paragraph)
            words += len(paragraph.split())
        total += words
        (folder / f"article-{i:04d}.txt").write_text("\n\n".join(body), encoding="utf-8")
    return total


def make_pdfs(folder: Path, count: int, seed: int = 11) -> int:
    """``count`` PDFs of ``PAGES_PER_PDF`` pages of wrapped corpus text; returns total pages."""
    rng = random.Random(seed)
    paragraphs = corpus_paragraphs()["en"] + corpus_paragraphs()["nl"]
    for i in range(count):
        pages = []
        for _ in range(PAGES_PER_PDF):
            words = " ".join(rng.choice(paragraphs) for _ in range(4)).split()
            lines, line = [], []
            for word in words:
                line.append(word)
                if len(" ".join(line)) > 80:
                    lines.append(" ".join(line))
                    line = []
            pages.append([(60.0, 740.0 - 14 * n, text) for n, text in enumerate(lines[:48])])
        (folder / f"report-{i:03d}.pdf").write_bytes(make_pdf(pages))
    return count * PAGES_PER_PDF


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_ingest(folder: Path, jobs: int) -> tuple[float, float, float, float]:
    """Seconds, peak RSS (MB), CPU seconds of all processes and of the main process of
    `ingest add folder` into a new knowledge base."""
    db = folder.parent / f"kb-{folder.name}-{jobs}.db"
    exe = Path(sys.executable).with_name("ingest")
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe), "add", str(folder), "--db", str(db), "--jobs", str(jobs), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    main_cpu = 0.0
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            peak = max(peak, rss)
            times = parent.cpu_times()
            main_cpu = times.user + times.system  # the last reading before it ends
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        print(proc.stderr.read().decode()[-2000:], file=sys.stderr)
        raise SystemExit(f"ingest add failed with exit code {proc.returncode}")
    # The workers are reaped by the main process, the main process by us: all their CPU time.
    return seconds, peak / 1e6, _children_cpu() - cpu_before, main_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pdfs", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        print(f"{'input':<22}{'jobs':>5}{'docs':>7}{'seconds':>9}{'docs/s':>9}{'words/s':>10}"
              f"{'pages/s':>9}{'peak MB':>9}{'CPU s':>8}{'main CPU s':>11}")
        for size in args.sizes:
            folder = work / f"text-{size}"
            folder.mkdir()
            words = make_articles(folder, size)
            for jobs in args.jobs:
                seconds, peak, cpu, main_cpu = run_ingest(folder, jobs)
                print(f"{f'{size} text articles':<22}{jobs:>5}{size:>7}{seconds:>9.1f}"
                      f"{size / seconds:>9.1f}{words / seconds:>10,.0f}{'':>9}{peak:>9.0f}"
                      f"{cpu:>8.1f}{main_cpu:>11.1f}", flush=True)
        if args.pdfs:
            folder = work / "pdf"
            folder.mkdir()
            pages = make_pdfs(folder, args.pdfs)
            for jobs in args.jobs:
                seconds, peak, cpu, main_cpu = run_ingest(folder, jobs)
                print(f"{f'{args.pdfs} PDFs ({pages} pages)':<22}{jobs:>5}{args.pdfs:>7}{seconds:>9.1f}"
                      f"{args.pdfs / seconds:>9.1f}{'':>10}{pages / seconds:>9.1f}{peak:>9.0f}"
                      f"{cpu:>8.1f}{main_cpu:>11.1f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
