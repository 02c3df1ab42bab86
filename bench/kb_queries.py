"""Query latency on a large synthetic knowledge base.

Builds a knowledge base of 100,000 documents, 1,000,000 mentions and 100,000 deals (through the
real schema and migrations, filled with ``executemany`` in large transactions rather than the
extractors), then reports the median latency of ``deals --entity``, ``entity``, ``exposure`` and
``search`` through the library, each once through the CLI, and the size of the file on disk.

    python bench/kb_queries.py                 # full size, a few minutes
    python bench/kb_queries.py --scale 0.05    # a quick look
    python bench/kb_queries.py --db big.sqlite --keep   # keep the file (reused when present)

Entities are drawn from a Zipf-like distribution, so a few are in many documents and deals (as
Nvidia or Google are) and most in few; the "typical" rows sample entities with at least one
deal, the "100 most mentioned" rows sample the entities people ask about most (hundreds of deals
each), the "largest" row is the most-mentioned entity (about 1,700 deals, all returned with their
evidence). Targets: under 20 ms for one entity's
deals, profile and exposure; under 100 ms for a full-text search.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb import KnowledgeBase  # noqa: E402
from kb.connection import transaction  # noqa: E402

DOCUMENTS = 100_000
MENTIONS_PER_DOCUMENT = 10
DEALS = 100_000
ENTITIES = 20_000
VOCABULARY = 8_000
WORDS_PER_DOCUMENT = 120
TYPES = ["investment", "stake", "guarantee", "financing", "joint_venture", "acquisition", "lease",
         "purchase_commitment", "issuance"]
CURRENCIES = ["USD"] * 14 + ["EUR"] * 4 + ["GBP", None]
SYLLABLES = "ka ro mi ten vas lu pre dor sen ta chi bel war fin ox qua ne li mo ru sta gen".split()


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _zipf(count: int, exponent: float, offset: int = 10) -> list[float]:
    return list(accumulate(1 / (i + offset) ** exponent for i in range(count)))


def build(path: Path, scale: float, seed: int = 7) -> dict:
    """Fill a new knowledge base at ``path``; return the row counts."""
    rng = random.Random(seed)
    documents = int(DOCUMENTS * scale)
    deals = int(DEALS * scale)
    entities = max(100, int(ENTITIES * scale))
    vocabulary = sorted({_word(rng, rng.randint(2, 4)) for _ in range(VOCABULARY * 2)})[:VOCABULARY]
    rng.shuffle(vocabulary)
    names = [f"{_word(rng, 2).capitalize()} {_word(rng, 3).capitalize()} {i}" for i in range(entities)]
    word_weights = _zipf(len(vocabulary), 1.0, 2)
    entity_weights = _zipf(entities, 0.9)

    kb = KnowledgeBase(path)
    db = kb.db
    db.execute("PRAGMA cache_size = -200000")
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO entities (id, name, label, ticker, parent_id) VALUES (?, ?, ?, ?, ?)",
            [(i + 1, name, "ORG" if i % 10 else "PERSON", None, None) for i, name in enumerate(names)],
        )
        db.conn.executemany("UPDATE entities SET parent_id = ? WHERE id = ?",
                       [(rng.randint(1, 50), i) for i in rng.sample(range(51, entities + 1), entities // 50)])
        db.conn.executemany("INSERT INTO aliases (alias, entity_id) VALUES (?, ?)",
                       [(alias, i + 1) for i, name in enumerate(names)
                        for alias in (name, name.rsplit(" ", 1)[0] + f" Holdings {i}")])

    for start in range(0, documents, 10_000):
        doc_rows, mention_rows = [], []
        for doc_id in range(start + 1, min(start + 10_000, documents) + 1):
            mentioned = rng.choices(range(1, entities + 1), cum_weights=entity_weights, k=MENTIONS_PER_DOCUMENT)
            words = rng.choices(vocabulary, cum_weights=word_weights, k=WORDS_PER_DOCUMENT)
            for k, entity_id in enumerate(mentioned):  # entity names inside the text, as in articles
                words.insert(k * 12, names[entity_id - 1])
            text = " ".join(words) + "."
            published = f"20{rng.randint(23, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            doc_rows.append((doc_id, f"{doc_id:064x}", f"articles/{doc_id}.txt", " ".join(words[:6]), "nl", 1,
                             published, "text", None, text, len(text), len(words), "2025-11-01T00:00:00", "0.1.0"))
            offset = 0
            for entity_id in mentioned:
                name = names[entity_id - 1]
                offset = text.find(name, offset)
                mention_rows.append((doc_id, entity_id, name, "ORG", offset, offset + len(name)))
        with transaction(db):
            db.conn.executemany(
                """INSERT INTO documents (id, hash, source, title, language, language_supported, published,
                   format, pages, text, chars, words, ingested_at, extractor_version)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", doc_rows)
            db.conn.executemany('INSERT INTO mentions (document_id, entity_id, text, label, start, "end") '
                           "VALUES (?, ?, ?, ?, ?, ?)", mention_rows)
        print(f"  documents {min(start + 10_000, documents):,}/{documents:,}", file=sys.stderr)

    deal_rows, source_rows = [], []
    for deal_id in range(1, deals + 1):
        source, target = rng.choices(range(1, entities + 1), cum_weights=entity_weights, k=2)
        amount = None if rng.random() < 0.1 else round(10 ** rng.uniform(6, 10.5), -5)
        currency = rng.choice(CURRENCIES) if amount is not None else None
        deal_rows.append((deal_id, rng.choice(TYPES), source, None if target == source else target,
                          None if amount is None else str(int(amount)), amount, currency, "announced"))
        for _ in range(1 if rng.random() < 0.85 else 2):
            doc_id = rng.randint(1, documents)
            source_rows.append((deal_id, doc_id, f"{names[source - 1]} and {names[target - 1]} agreed a deal.",
                                0, 60, 0.8, "0.1.0"))
    with transaction(db):
        db.conn.executemany("""INSERT INTO deals (id, type, source_id, target_id, amount, amount_num, currency, status)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", deal_rows)
        db.conn.executemany("""INSERT INTO deal_sources (deal_id, document_id, sentence, start, "end", confidence,
                          extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)""", source_rows)
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: kb.count(table) for table in ("documents", "mentions", "deals", "deal_sources", "entities")}
    kb.close()
    return counts


def _median_ms(function, arguments: list) -> tuple[float, float]:
    times = []
    for argument in arguments:
        started = time.perf_counter()
        function(argument)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def _cli_ms(path: Path, *args: str) -> float:
    command = shutil.which("ingest", path=str(Path(sys.executable).parent)) or "ingest"
    started = time.perf_counter()
    subprocess.run([command, *args, "--db", str(path), "--json"], check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def measure(path: Path, samples: int, seed: int = 11) -> list[tuple[str, float, float]]:
    rng = random.Random(seed)
    kb = KnowledgeBase(path, readonly=True)
    with_deals = [row[0] for row in kb.db.execute(
        "SELECT name FROM entities WHERE id IN (SELECT source_id FROM deals UNION SELECT target_id FROM deals)")]
    typical = rng.sample(with_deals, min(samples, len(with_deals)))
    known = [row[0] for row in kb.db.execute(
        """SELECT e.name FROM entities e JOIN (SELECT entity_id, count(*) AS n FROM mentions
           GROUP BY entity_id ORDER BY n DESC LIMIT 100) m ON m.entity_id = e.id""")]
    well_known = rng.sample(known, min(samples, len(known)))
    largest = kb.db.execute("""SELECT e.name FROM entities e JOIN (SELECT entity_id, count(*) AS n FROM mentions
                               GROUP BY entity_id ORDER BY n DESC LIMIT 1) m ON m.entity_id = e.id""").fetchone()[0]
    words = [row[0] for row in kb.db.execute(
        "SELECT title FROM documents WHERE id IN (SELECT abs(random()) % (SELECT max(id) FROM documents) + 1 "
        "FROM documents LIMIT ?)", [samples])]
    one_word = [title.split()[-1] for title in words if title]
    two_words = [" ".join(title.split()[-2:]) for title in words if title]
    rows = []
    top = _mentions(kb, largest)
    for label, function in (("deals --entity", lambda n: kb.deals(entity=n)),
                            ("entity", lambda n: kb.entity(n)),
                            ("exposure", lambda n: kb.exposure(n))):
        rows.append((f"{label} (typical entity)", *_median_ms(function, typical)))
        rows.append((f"{label} (one of the 100 most mentioned)", *_median_ms(function, well_known)))
        rows.append((f"{label} (largest entity, {top:,} mentions)",
                     *_median_ms(function, [largest] * 5)))
    picture = Path(tempfile.mkdtemp(prefix="kb-bench-graph-")) / "graph.png"
    rows.append(("graph --depth 2 to PNG (largest entity)", *_median_ms(lambda n: kb.graph(n, picture), [largest])))
    shutil.rmtree(picture.parent)
    rows.append(("search, one word", *_median_ms(lambda t: kb.search(t), one_word)))
    rows.append(("search, two words", *_median_ms(lambda t: kb.search(t), two_words)))
    kb.close()
    name = typical[0]
    for label, args in (("CLI deals --entity (incl. start-up)", ["deals", "--entity", name]),
                        ("CLI entity (incl. start-up)", ["entity", name]),
                        ("CLI exposure (incl. start-up)", ["exposure", name]),
                        ("CLI search (incl. start-up)", ["search", one_word[0]])):
        elapsed = _cli_ms(path, *args)
        rows.append((label, elapsed, elapsed))
    return rows


def _mentions(kb: KnowledgeBase, name: str) -> int:
    return kb.db.execute("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                         "WHERE e.name = ?", [name]).fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="Knowledge base file (built when absent).")
    parser.add_argument("--keep", action="store_true", help="Keep the file afterwards.")
    parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the full size.")
    parser.add_argument("--samples", type=int, default=50, help="Queries per measurement.")
    args = parser.parse_args()
    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.mkdtemp(prefix="kb-bench-")
        path = Path(tmp) / "bench.sqlite"
    if not path.exists():
        started = time.perf_counter()
        counts = build(path, args.scale)
        print(f"built {path} in {time.perf_counter() - started:.0f} s: "
              + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    rows = measure(path, args.samples)
    print(f"\ndatabase on disk: {size / 2**20:,.0f} MiB ({path.name} and its WAL files)\n")
    print("| query | median ms | max ms |\n| --- | ---: | ---: |")
    for label, median, worst in rows:
        print(f"| {label} | {median:.1f} | {worst:.1f} |")
    if tmp and not args.keep:
        shutil.rmtree(tmp)
    elif tmp:
        print(f"\nkept {path}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
