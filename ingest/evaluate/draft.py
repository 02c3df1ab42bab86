"""``ingest corpus draft``: the current extractors' output written as an annotation for a person
to correct. Correcting a draft is much faster than annotating from nothing, and the corrections
show where the extractors fail."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import yaml

from ingest.errors import AnnotationError
from ingest.evaluate.locate import occurrences

HEADER = """\
# Machine draft written by `ingest corpus draft` (extractor version {version}) from {article}.
# It is what the extractors found, not gold: correct it against corpus/README.md before it joins
# the corpus (add what was missed, delete what is wrong, set genre, move doubtful items to
# optional), then run `ingest corpus check`.
"""


class _Flow(list):
    """A list written on one line, as the corpus writes ``forms: [Meta, Meta's]``."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:
        return True


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def draft_annotation(extraction, text_pointer: str | None = None) -> str:
    """The YAML of an annotation for ``extraction`` (an ``ingest.pipeline.Extraction``)."""
    text = extraction.document.text
    entities = _entities(extraction.entities)
    names = {e["name"] for e in entities}
    deals = []
    for deal in extraction.deals:
        parties = []
        for party in (deal.source, deal.target):
            if party is not None and party not in names:
                if not occurrences(text, party):
                    party = None  # the text never writes this name: left for the annotator
                else:
                    entities.append({"name": party, "label": "ORG", "forms": _Flow([party])})
                    names.add(party)
            parties.append(party)
        deals.append({
            "type": deal.type, "source": parties[0], "target": parties[1],
            "amount": _number(deal.amount), "currency": deal.currency, "share": _number(deal.share),
            "status": deal.status, "asset": deal.asset, "instrument": deal.instrument,
            "evidence": deal.text,
        })
    data: dict = {"language": extraction.language, "genre": None}
    if text_pointer is not None:
        data["text"] = text_pointer
    data |= {
        "entities": entities,
        "amounts": [_amount(a) for a in sorted(extraction.amounts, key=lambda a: a.start)],
        "deals": deals,
        "optional": {"entities": [], "amounts": [], "deals": []},
    }
    header = HEADER.format(version=extraction.extractor_version, article=Path(extraction.document.source).name)
    return header + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**6)


def write_draft(article: Path, output: Path | None = None, lang: str | None = None,
                force: bool = False, pipeline=None) -> Path:
    """Extract ``article`` and write its draft annotation (default: beside it, ``.yaml``)."""
    from ingest.pipeline import Pipeline
    from ingest.readers import read_path

    output = output or article.with_suffix(".yaml")
    if output.exists() and not force:
        raise AnnotationError(f"{output} exists; --force overwrites it")
    extraction = (pipeline or Pipeline()).extract(read_path(article), language=lang)
    if not extraction.extracted:
        raise AnnotationError(f"language {extraction.language!r} is not supported (nl, en); use --lang")
    # The corpus finds <slug>.txt beside <slug>.yaml; anything else needs a pointer.
    beside = output.parent.resolve() == article.parent.resolve() and article.suffix == ".txt" \
        and output.stem == article.stem
    pointer = None if beside else os.path.relpath(article.resolve(), output.parent.resolve())
    output.write_text(draft_annotation(extraction, pointer), encoding="utf-8")
    return output


def _entities(mentions) -> list[dict]:
    """One entry per canonical name, its forms in order of appearance, its most frequent label."""
    forms: dict[str, list[str]] = {}
    labels: dict[str, Counter] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        known = forms.setdefault(m.canonical, [])
        if m.text not in known:
            known.append(m.text)
        labels.setdefault(m.canonical, Counter())[m.label] += 1
    return [{"name": name, "label": labels[name].most_common(1)[0][0], "forms": _Flow(texts)}
            for name, texts in forms.items()]


def _amount(a) -> dict:
    item = {"text": a.text, "kind": a.kind, "value": _number(a.value), "currency": a.currency}
    if a.low is not None and a.high is not None and a.low != a.high:
        item |= {"low": _number(a.low), "high": _number(a.high)}
    if a.approximate:
        item["approximate"] = True
    if a.vague:
        item["vague"] = True
    return item


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
