"""Extracting several documents at once gives what extracting them one by one gives, and a
failing document in a batch costs only itself."""

from __future__ import annotations

from pathlib import Path

from ingest.add import _tasks, process_batch
from ingest.pipeline import Pipeline, _batches
from ingest.readers import RawDocument

ROOT = Path(__file__).resolve().parents[1]


def _documents() -> list[RawDocument]:
    articles = sorted(ROOT.glob("corpus/dev/*/*.txt"))[::10]
    documents = [RawDocument(p.name, "text", p.read_text(encoding="utf-8-sig")) for p in articles]
    # A long document, extracted in chunks, and one in a language that is not extracted.
    documents.append(RawDocument("long", "text", "\n\n".join(d.text for d in documents[:6]) * 6))
    documents.append(RawDocument("de", "text", "Die großen Cloud-Anbieter investieren in diesem "
                                               "Jahr erneut Milliarden in Rechenzentren."))
    return documents


def _facts(extraction) -> tuple:
    return (extraction.language, extraction.extracted, extraction.entities, extraction.amounts,
            extraction.deals)


def test_pipeline_extract_many_same_as_one_by_one(pipeline):
    documents = _documents()
    together = pipeline.extract_many(documents)
    alone = [pipeline.extract(document) for document in documents]
    assert [_facts(e) for e in together] == [_facts(e) for e in alone]
    assert [e.document for e in together] == documents
    assert together[-1].language == "de" and not together[-1].extracted
    assert {e.language for e in together[:-2]} == {"nl", "en"}
    # The long document, six times the first six, was read in full, chunk by chunk.
    assert len(together[-2].entities) > 5 * sum(len(e.entities) for e in together[:6]) > 0


def test_pipeline_batches_bounded_by_characters():
    pieces = [(None, 0, "x" * n) for n in (50, 60, 10, 200, 30)]
    batches = list(_batches(pieces, 100))
    assert [[len(p[2]) for p in batch] for batch in batches] == [[50], [60, 10], [200], [30]]


class _FailingPipeline(Pipeline):
    """Fails on documents whose text holds "BOOM", as an extractor bug would."""

    def extract_many(self, documents, language=None):
        if any("BOOM" in d.text for d in documents):
            raise RuntimeError("extractor bug")
        return super().extract_many(documents, language)


def test_process_batch_failure_costs_only_its_document(tmp_path):
    items = []
    for name, text in [
        ("a.txt", "Nvidia investeert $5 miljard in Intel, meldde het bedrijf op maandag."),
        ("b.txt", "BOOM"),
        ("c.txt", "Google guaranteed $3.2 billion of debt for TeraWulf, the company said."),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        items.append((name, tmp_path / name, None))
    items.append(("missing.txt", tmp_path / "missing.txt", None))
    results = process_batch(items, _FailingPipeline(), None, None)
    assert [name for name, _, _ in results] == ["a.txt", "b.txt", "c.txt", "missing.txt"]
    (_, a, _), (_, b, b_failed), (_, c, _), (_, missing, missing_failed) = results
    assert a.amounts and c.amounts
    assert b is None and "extractor bug" in b_failed.message
    assert missing is None and missing_failed.status == "failed"


def test_add_tasks_cover_every_input_in_order_and_shrink_at_the_end():
    items = list(range(1000))
    tasks = list(_tasks(items, 2))
    assert [item for task in tasks for item in task] == items
    assert max(len(t) for t in tasks) == len(tasks[0])
    assert len(tasks[-2]) <= 4  # the workers finish together
