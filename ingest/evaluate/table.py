"""The terminal view of an evaluation: a score table and, on request, the errors per article."""

from __future__ import annotations

from pathlib import Path

from ingest.evaluate.runner import LANGUAGES, EvalReport
from ingest.evaluate.scorer import LAYERS, Counts


def _header(first: str) -> str:
    return f"{first:<18} {'lang':<4} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"


def _score(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _row(name: str, lang: str, c: Counts) -> str:
    return (f"{name:<18} {lang:<4} {_score(c.precision):>6} {_score(c.recall):>6} {_score(c.f1):>6} "
            f"{c.tp:>5} {c.fp:>5} {c.fn:>5}")


def format_report(report: EvalReport, show_errors: bool = False) -> str:
    counts = {lang: sum(a.language == lang for a in report.articles) for lang in LANGUAGES}
    lines = [f"{report.corpus} split {report.split}: "
             + ", ".join(f"{n} {lang}" for lang, n in counts.items()) + " articles", "", _header("layer")]
    langs = (report.lang,) if report.lang else (*LANGUAGES, "all")
    for layer in LAYERS:
        lines += [_row(layer, lang, report.counts(layer, lang)) for lang in langs]
    lines += ["", "entity labels (the entities layer counts ORG, PERSON and GPE):", _header("label")]
    lines += [_row(label, report.lang or "all", c) for label, c in report.label_counts().items()]
    if show_errors:
        lines += format_errors(report)
    return "\n".join(lines)


def format_errors(report: EvalReport) -> list[str]:
    lines: list[str] = []
    for article in report.articles:
        if not article.score.errors:
            continue
        lines += ["", _relative(article.path, report.corpus)]
        for error in article.score.errors:
            lines.append(f"  {error['layer']:<18} {error['kind'].upper()}  {_describe(error['layer'], error['item'])}")
    return lines


def _relative(path: Path, corpus: Path) -> str:
    try:
        return str(path.relative_to(corpus))
    except ValueError:
        return str(path)


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _describe(layer: str, item: dict) -> str:
    if layer == "entities":
        forms = item.get("forms") or item.get("texts") or []
        return f"{item['name']} [{item['label']}]" + (f" {forms}" if forms != [item["name"]] else "")
    if layer == "amounts":
        if item.get("low") is not None and item.get("high") is not None:
            value = f"{_number(item['low'])}–{_number(item['high'])}"
        else:
            value = "?" if item["value"] is None else _number(item["value"])
        where = "not found" if item["start"] is None else f"@{item['start']}"
        return f"{item['text']!r} {where} {item['kind']} {value} {item['currency'] or ''}".rstrip()
    amount = "" if item["amount"] is None else f" {_number(item['amount'])} {item['currency'] or ''}".rstrip()
    evidence = (item.get("evidence") or "")[:90]
    return f"{item['type']} {item['source']} -> {item['target']}{amount} | {evidence}"
