"""A readable account of one extraction, for people at a terminal."""

from __future__ import annotations

from collections import Counter


def _amount(a) -> str:
    flags = [f for f, on in (("approximate", a.approximate), ("vague", a.vague)) if on]
    value = "?" if a.value is None else f"{a.value:,}"
    if a.low is not None and a.high is not None:
        value = f"{a.low:,} – {a.high:,}"
    unit = a.currency or ("%" if a.kind == "percent" else "bp" if a.kind == "basis_points" else "")
    return f"  {a.text!r:40} {a.kind:12} {value} {unit}" + (f" ({', '.join(flags)})" if flags else "")


def _entity_lines(pairs) -> list[str]:
    """One line per canonical entity, with how often it is mentioned: ``(canonical, label)``."""
    counts = Counter(pairs)
    return [f"  {name} [{label}] ×{n}" for (name, label), n in counts.items()]


def describe_extraction(extraction) -> str:
    doc = extraction.document
    lines = [
        f"{doc.source}: {doc.title or '(no title)'}",
        f"  language {extraction.language}, {doc.words} words, format {doc.format}"
        + (f", {doc.pages} pages" if doc.pages else "")
        + (f", published {doc.published}" if doc.published else ""),
    ]
    if not extraction.extracted:
        lines.append("  not extracted: language not supported")
        return "\n".join(lines)
    lines.append(f"entities ({len(extraction.entities)}):")
    lines += _entity_lines((m.canonical, m.label) for m in extraction.entities)
    lines.append(f"amounts ({len(extraction.amounts)}):")
    lines += [_amount(a) for a in extraction.amounts]
    lines.append(f"deals ({len(extraction.deals)}):")
    for d in extraction.deals:
        amount = f" {d.amount:,} {d.currency or ''}" if d.amount is not None else ""
        lines.append(f"  {d.type}: {d.source or '?'} → {d.target or '?'}{amount}  [{d.confidence:.2f}]")
        lines.append(f"    “{d.text.strip()}”")
    return "\n".join(lines)


def describe_stored(document: dict) -> str:
    """A stored document (``KnowledgeBase.document``) for a person at a terminal."""
    lines = [
        f"document {document['id']}: {document['title'] or '(no title)'}",
        f"  {document['source']}, language {document['language']}, {document['words']} words"
        + (f", published {document['published']}" if document["published"] else ""),
        f"entities ({len(document['entities'])} mentions):",
    ]
    lines += _entity_lines((m["canonical"], m["label"]) for m in document["entities"])
    lines.append(f"amounts ({len(document['amounts'])}):")
    for a in document["amounts"]:
        value = a["value"] if a["value"] is not None else "?"
        if a["low"] is not None and a["high"] is not None:
            value = f"{a['low']} – {a['high']}"
        flags = " (approximate)" if a["approximate"] else " (vague)" if a["vague"] else ""
        lines.append(f"  {a['text']!r:40} {a['kind']:12} {value} {a['currency'] or ''}{flags}")
    lines.append(f"deals ({len(document['deals'])}):")
    for d in document["deals"]:
        amount = f" {d['amount']} {d['currency'] or ''}" if d["amount"] is not None else ""
        lines.append(f"  {d['type']}: {d['source'] or '?'} → {d['target'] or '?'}{amount}")
        lines.append(f"    “{d['sentence'].strip()}”")
    return "\n".join(lines)
