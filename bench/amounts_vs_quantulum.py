"""Benchmark: our amount extractor against quantulum3 on the same English sentences.

    python bench/amounts_vs_quantulum.py [--repeat N]

Sentences: the English corpus articles (corpus/dev/en, corpus/test/en, where present) cut into
sentences, with their gold amounts, plus the English currency and percent cases of the peer
suite in ../shared/peer-suites/recognizers-text/. Per category (money, percent) it prints
recall (gold amounts found with the right value and currency), precision and F1, then
throughput in sentences per second after a warm-up run, then a linear-time check of our
extractor on adversarial strings of doubling length.

A gold amount is found when a reported amount of the same category overlaps it, its value is
within 0.5% (ranges: the low end) and, for money, its currency agrees (a peer-suite currency
of null accepts any). Vague gold amounts have no value and are left out. quantulum3 is a
bench-only dependency (``pip install -e .[bench]``); it needs nothing downloaded at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from extractors.amounts import amounts_in_text  # noqa: E402

PEER = ROOT.parent / "shared" / "peer-suites" / "recognizers-text" / "cases.jsonl"
COIN_FACTORS = {"Cent": "0.01", "Pence": "0.01", "Penny": "0.01"}
CATEGORIES = ("money", "percent")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9$€£])|\n+")


@dataclass
class Gold:
    start: int
    end: int
    kind: str
    value: Decimal
    currency: str | None
    any_currency: bool = False  # peer suite: null means "not given"


@dataclass
class Sentence:
    text: str
    gold: list[Gold] = field(default_factory=list)
    categories: tuple[str, ...] = CATEGORIES  # what is annotated: a peer case has one model


@dataclass
class Found:
    start: int
    end: int
    kind: str
    value: Decimal
    currency: str | None


def _place(text: str, surfaces: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of each gold surface: the first free occurrence, in listing order."""
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int] | None] = []
    for surface in surfaces:
        spot = None
        for m in re.finditer(re.escape(surface), text):
            s, e = m.span()
            glued = (s > 0 and text[s - 1].isalnum() and surface[0].isalnum()) or (
                e < len(text) and text[e].isalnum() and surface[-1].isalnum()
            )
            if not glued and not any(s < te and ts < e for ts, te in taken):
                spot = (s, e)
                break
        if spot:
            taken.append(spot)
        out.append(spot)
    return out


def corpus_sentences() -> list[Sentence]:
    sentences = []
    for split in ("dev", "test"):
        for path in sorted((ROOT / "corpus" / split / "en").glob("*.yaml")):
            ann = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            txt = (path.parent / ann["text"]) if ann.get("text") else path.with_suffix(".txt")
            if not txt.exists():
                continue
            text = txt.read_text(encoding="utf-8")
            items = [a for a in ann.get("amounts") or [] if a.get("kind") in CATEGORIES]
            spots = _place(text, [a["text"] for a in items])
            bounds, start = [], 0
            for m in _SENTENCE_END.finditer(text):
                bounds.append((start, m.start()))
                start = m.end()
            bounds.append((start, len(text)))
            for s, e in bounds:
                if not text[s:e].strip():
                    continue
                sent = Sentence(text[s:e])
                for item, spot in zip(items, spots):
                    if spot and s <= spot[0] and spot[1] <= e and item.get("value") is not None:
                        value = item["low"] if item.get("low") is not None else item["value"]
                        sent.gold.append(
                            Gold(
                                spot[0] - s,
                                spot[1] - s,
                                item["kind"],
                                Decimal(str(value)),
                                item.get("currency"),
                            )
                        )
                sentences.append(sent)
    return sentences


def peer_sentences() -> list[Sentence]:
    if not PEER.exists():
        return []
    out = []
    for line in PEER.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["lang"] != "en" or case["model"] not in ("currency", "percent"):
            continue
        kind = "money" if case["model"] == "currency" else "percent"
        sent = Sentence(case["input"], categories=(kind,))
        for e in case["expected"]:
            value = Decimal(str(e["value"])) * Decimal(COIN_FACTORS.get(e.get("unit"), "1"))
            sent.gold.append(
                Gold(
                    e["start"],
                    e["end"],
                    kind,
                    value,
                    e["currency"],
                    any_currency=e["currency"] is None,
                )
            )
        out.append(sent)
    return out


def ours(text: str) -> list[Found]:
    return [
        Found(a.start, a.end, a.kind, a.low if a.low is not None else a.value, a.currency)
        for a in amounts_in_text(text, "en")
        if a.kind in CATEGORIES and a.value is not None
    ]


def quantulum(text: str) -> list[Found]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit
        if unit.entity.name == "currency":
            kind = "money"
        elif unit.name in ("percentage", "percent"):
            kind = "percent"
        else:
            continue
        value = Decimal(str(q.value))
        if not value.is_finite():  # quantulum can return NaN
            continue
        out.append(Found(q.span[0], q.span[1], kind, value, getattr(unit, "currency_code", None)))
    return out


def _hit(f: Found, g: Gold) -> bool:
    if f.kind != g.kind or not (f.start < g.end and g.start < f.end):
        return False
    if abs(f.value - g.value) > abs(g.value) * Decimal("0.005"):
        return False
    return g.kind != "money" or g.any_currency or f.currency == g.currency


def score(system, sentences: list[Sentence]) -> dict[str, tuple[int, int, int]]:
    """Per category: (gold found, gold total, system reported)."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    for sent in sentences:
        found = [f for f in system(sent.text) if f.kind in sent.categories]
        for f in found:
            counts[f.kind][2] += 1
        left = list(found)
        for g in sent.gold:
            counts[g.kind][1] += 1
            hit = next((f for f in left if _hit(f, g)), None)
            if hit is not None:
                left.remove(hit)
                counts[g.kind][0] += 1
    return {c: tuple(v) for c, v in counts.items()}


def throughput(system, texts: list[str], repeat: int) -> float:
    for t in texts:  # warm-up: imports, compiled patterns, caches
        system(t)
    start = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            system(t)
    return repeat * len(texts) / (time.perf_counter() - start)


def linear_check() -> list[tuple[str, int, float]]:
    rows = []
    for name, unit in (
        ("digits", "1"),
        ("dotted", "1."),
        ("dollars", "$"),
        ("mixed", "$1,5 miljard 5% "),
    ):
        for n in (20_000, 40_000, 80_000):
            text = unit * (n // len(unit))
            best = float("inf")
            for _ in range(3):  # the best of three: a busy machine adds noise, never speed
                start = time.perf_counter()
                amounts_in_text(text, "en")
                best = min(best, time.perf_counter() - start)
            rows.append((name, len(text), best))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=5, help="timed runs of our extractor")
    opts = args.parse_args(argv)
    warnings.filterwarnings("ignore")  # quantulum3 warns that its optional classifier is absent
    sets = {"corpus": corpus_sentences(), "peer": peer_sentences()}
    sets["all"] = sets["corpus"] + sets["peer"]
    print(f"English sentences: corpus {len(sets['corpus'])}, peer suite {len(sets['peer'])}")
    print()
    header = f"{'set':7} {'category':8} {'gold':>5} | {'ours R':>7} {'P':>6} {'F1':>6} | {'quantulum R':>11} {'P':>6} {'F1':>6}"
    print(header)
    print("-" * len(header))
    for set_name, sentences in sets.items():
        a, b = score(ours, sentences), score(quantulum, sentences)
        for cat in CATEGORIES:
            cells = []
            for found, total, reported in (a[cat], b[cat]):
                r = found / total if total else 0.0
                p = found / reported if reported else 0.0
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                cells.append((r, p, f1))
            (r1, p1, f1), (r2, p2, f2) = cells
            print(
                f"{set_name:7} {cat:8} {a[cat][1]:5d} | {r1:7.3f} {p1:6.3f} {f1:6.3f} | {r2:11.3f} {p2:6.3f} {f2:6.3f}"
            )
    texts = [s.text for s in sets["all"]]
    ours_rate = throughput(ours, texts, opts.repeat)
    theirs_rate = throughput(quantulum, texts, 1)
    print()
    print(
        f"throughput (sentences/s, after warm-up): ours {ours_rate:,.0f}, "
        f"quantulum3 {theirs_rate:,.0f}, ratio {ours_rate / theirs_rate:.1f}x"
    )
    print()
    print("linear-time check (ours, adversarial strings):")
    rows = linear_check()
    for i, (name, size, secs) in enumerate(rows):
        growth = f"  x{secs / rows[i - 1][2]:.2f} for x2 input" if i % 3 else ""
        print(f"  {name:8} {size:7d} chars {secs:7.3f} s{growth}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
