"""Linear time on adversarial input: each pathological string at growing lengths through the
whole pipeline, with the time per 1,000 characters, which stays flat when the cost is linear.

    python bench/adversarial.py [--sizes 10000 20000 40000 80000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.pipeline import Pipeline  # noqa: E402
from ingest.readers import RawDocument  # noqa: E402

PATTERNS = {
    "digits": "9",
    "dots": "1.",
    "commas": "1,",
    "dollar signs": "$",
    "euro signs": "€ ",
    "dollar-one": "$1",
    "capitalised words": "Groot ",
    "hyphen chain": "A-B-C-",
    "dutch numbers": "1.234,5 ",
    "scale words": "miljard ",
    "brackets": "((((",
    "deal cue": "Nvidia investeert in ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000])
    args = parser.parse_args()
    pipeline = Pipeline()
    pipeline.extract(RawDocument("warm-up", "text", "Nvidia investeert $5 miljard in Intel."), "nl")
    print(f"{'pattern':<20}" + "".join(f"{n:>12,}" for n in args.sizes) + "   (ms per 1,000 chars)  growth")
    for name, unit in PATTERNS.items():
        per_k = []
        for size in args.sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            started = time.perf_counter()
            pipeline.extract(RawDocument("adversarial", "text", text), "nl")
            per_k.append((time.perf_counter() - started) * 1e6 / size)
        growth = per_k[-1] / per_k[0] if per_k[0] else float("nan")
        print(f"{name:<20}" + "".join(f"{ms:>12.2f}" for ms in per_k) + f"   {growth:>20.2f}x", flush=True)


if __name__ == "__main__":
    main()
