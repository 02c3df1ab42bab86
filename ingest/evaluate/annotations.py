"""Gold annotations: an article's YAML and its text, with every amount located in that text.

The text is read with the pipeline's own reader, so gold spans and predicted spans index the
same normalised string; gold strings get the same one-for-one replacements (``Meta’s`` and
``Meta's`` are one form). The format is documented in ``corpus/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ingest.errors import AnnotationError, AnnotationTextMissing, CorpusNotFound, IngestError
from ingest.evaluate.locate import find_evidence, locate
from ingest.readers import RawDocument, read_path
from ingest.readers.normalize import normalize_fragment

SPLITS = ("dev", "test", "seeds")
FLOORS_FILE = "floors.yaml"

TOP_KEYS = {"language", "genre", "text", "entities", "amounts", "deals", "optional"}
ENTITY_KEYS = {"name", "label", "forms"}
AMOUNT_KEYS = {"text", "kind", "value", "currency", "low", "high", "approximate", "vague"}
DEAL_KEYS = {"type", "source", "target", "amount", "currency", "share", "status", "asset",
             "instrument", "evidence"}


@dataclass(frozen=True)
class GoldEntity:
    name: str
    label: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class GoldAmount:
    text: str
    kind: str
    value: float | None
    currency: str | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    start: int | None = None  # None: the listing was not found in the text
    end: int | None = None


@dataclass(frozen=True)
class GoldDeal:
    type: str
    source: str | None
    target: str | None
    amount: float | None = None
    currency: str | None = None
    share: float | None = None
    status: str | None = None
    asset: str | None = None
    instrument: str | None = None
    evidence: str = ""
    start: int | None = None  # the evidence sentence in the text; None when not found
    end: int | None = None


@dataclass
class Items:
    entities: list[GoldEntity] = field(default_factory=list)
    amounts: list[GoldAmount] = field(default_factory=list)
    deals: list[GoldDeal] = field(default_factory=list)


@dataclass
class Annotation:
    """One annotated article. ``problems`` are shape errors met while loading (a value that is
    not a number, a key nobody reads); ``ingest corpus check`` reports them with its own."""

    path: Path
    text_path: Path
    split: str | None
    language: str
    genre: str | None
    document: RawDocument
    gold: Items
    optional: Items
    problems: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def all_entities(self) -> list[GoldEntity]:
        return self.gold.entities + self.optional.entities


def default_corpus() -> Path:
    """The repository's ``corpus/`` directory, beside the ``ingest`` package (an installed wheel
    has none: ``find_annotations`` then says so)."""
    return Path(__file__).resolve().parents[2] / "corpus"


def find_annotations(corpus: Path, split: str = "all", lang: str | None = None) -> list[Path]:
    """The annotation files of ``corpus`` in ``split`` (dev, test, seeds or all), sorted."""
    if not corpus.is_dir() or not any((corpus / s).is_dir() for s in SPLITS):
        raise CorpusNotFound(f"{corpus}: no dev/, test/ or seeds/ directory")
    found = []
    for path in sorted(corpus.rglob("*.yaml")):
        rel = path.relative_to(corpus)
        if rel.parts == (FLOORS_FILE,) or any(p.startswith(".") for p in rel.parts):
            continue
        if split != "all" and rel.parts[0] != split:
            continue
        if lang is not None and len(rel.parts) > 2 and rel.parts[1] in ("nl", "en") and rel.parts[1] != lang:
            continue
        found.append(path)
    return found


def split_of(corpus: Path, path: Path) -> str | None:
    first = path.relative_to(corpus).parts[0]
    return first if first in SPLITS else None


def load_annotation(path: Path, corpus: Path | None = None) -> Annotation:
    """Read one annotation and its text; raises ``AnnotationError`` when that cannot be done and
    ``AnnotationTextMissing`` when a ``text:`` pointer leads to a file that is not there."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise AnnotationError(f"YAML does not parse{where}: {getattr(exc, 'problem', None) or exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotationError(f"cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise AnnotationError("YAML is not a mapping of language, entities, amounts, deals")
    problems = [f"unknown key {k!r}" for k in data if k not in TOP_KEYS]
    text_path = _text_path(path, data.get("text"))
    try:
        document = read_path(text_path)
    except IngestError as exc:
        raise AnnotationError(f"text {text_path}: {exc}") from exc
    return build_annotation(data, document, path, split_of(corpus, path) if corpus else None,
                            text_path, problems)


def build_annotation(data: dict, document: RawDocument, path: Path = Path("<annotation>"),
                     split: str | None = None, text_path: Path | None = None,
                     problems: list[str] | None = None) -> Annotation:
    """An annotation from its parsed YAML and the document it annotates (no file is read)."""
    problems = problems if problems is not None else []
    language = data.get("language")
    if not isinstance(language, str):
        raise AnnotationError("language is missing (nl or en)")
    optional = data.get("optional") or {}
    if not isinstance(optional, dict):
        problems.append("optional is not a mapping of entities, amounts, deals")
        optional = {}
    problems += [f"unknown key 'optional.{k}'" for k in optional if k not in ("entities", "amounts", "deals")]
    gold = _items(data, "", problems)
    spare = _items(optional, "optional ", problems)
    text = document.text
    _place_amounts(text, gold.amounts, spare.amounts)
    gold.deals = [_place_deal(text, d) for d in gold.deals]
    spare.deals = [_place_deal(text, d) for d in spare.deals]
    genre = data.get("genre")
    return Annotation(path, text_path or Path(document.source), split, language,
                      genre if isinstance(genre, str) else None, document, gold, spare, problems)


def load_corpus(corpus: Path, split: str = "all", lang: str | None = None
                ) -> Iterator[tuple[Path, Annotation | None, IngestError | None]]:
    """``(path, annotation, None)`` per loadable article, else ``(path, None, error)``."""
    for path in find_annotations(corpus, split, lang):
        try:
            annotation = load_annotation(path, corpus)
        except AnnotationError as exc:
            yield path, None, exc
            continue
        if lang is None or annotation.language == lang:
            yield path, annotation, None


def _text_path(path: Path, pointer) -> Path:
    if pointer is None:
        text_path = path.with_suffix(".txt")
        if not text_path.exists():
            raise AnnotationError(f"no text file {text_path.name} beside the annotation")
        return text_path
    if not isinstance(pointer, str) or not pointer:
        raise AnnotationError("text: must be a path relative to the annotation")
    text_path = (path.parent / pointer).resolve()
    if not text_path.exists():
        raise AnnotationTextMissing(f"text {pointer} is not present")
    return text_path


# --- building items from YAML -------------------------------------------------------------

def _items(data: dict, where: str, problems: list[str]) -> Items:
    items = Items()
    for key, build in (("entities", _entity), ("amounts", _amount), ("deals", _deal)):
        listed = data.get(key) or []
        if not isinstance(listed, list):
            problems.append(f"{where}{key} is not a list")
            continue
        for n, raw in enumerate(listed, 1):
            label = f"{where}{key[:-1] if key != 'entities' else 'entity'} {n}"
            if not isinstance(raw, dict):
                problems.append(f"{label} is not a mapping")
                continue
            known = {"entities": ENTITY_KEYS, "amounts": AMOUNT_KEYS, "deals": DEAL_KEYS}[key]
            problems += [f"{label}: unknown key {k!r}" for k in raw if k not in known]
            item = build(raw, label, problems)
            if item is not None:
                getattr(items, key).append(item)
    return items


def _text(raw: dict, key: str, label: str, problems: list[str], required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            problems.append(f"{label}: {key} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.append(f"{label}: {key} is not text")
        return None
    return normalize_fragment(str(value)).strip()


def _num(raw: dict, key: str, label: str, problems: list[str]) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"{label}: {key} {value!r} is not a number")
        return None
    return float(value)


def _entity(raw: dict, label: str, problems: list[str]) -> GoldEntity | None:
    name = _text(raw, "name", label, problems, required=True)
    kind = _text(raw, "label", label, problems, required=True)
    forms = raw.get("forms")
    if not isinstance(forms, list) or not forms:
        problems.append(f"{label} ({name}): forms must be a non-empty list")
        forms = []
    forms = tuple(normalize_fragment(str(f)).strip() for f in forms if f is not None)
    if name is None or kind is None:
        return None
    return GoldEntity(name, kind, forms)


def _amount(raw: dict, label: str, problems: list[str]) -> GoldAmount | None:
    text = _text(raw, "text", label, problems, required=True)
    kind = _text(raw, "kind", label, problems, required=True)
    if text is None or kind is None:
        return None
    return GoldAmount(
        text=text, kind=kind,
        value=_num(raw, "value", label, problems),
        currency=_text(raw, "currency", label, problems),
        low=_num(raw, "low", label, problems),
        high=_num(raw, "high", label, problems),
        approximate=bool(raw.get("approximate", False)),
        vague=bool(raw.get("vague", False)),
    )


def _deal(raw: dict, label: str, problems: list[str]) -> GoldDeal | None:
    kind = _text(raw, "type", label, problems, required=True)
    if kind is None:
        return None
    return GoldDeal(
        type=kind,
        source=_text(raw, "source", label, problems),
        target=_text(raw, "target", label, problems),
        amount=_num(raw, "amount", label, problems),
        currency=_text(raw, "currency", label, problems),
        share=_num(raw, "share", label, problems),
        status=_text(raw, "status", label, problems),
        asset=_text(raw, "asset", label, problems),
        instrument=_text(raw, "instrument", label, problems),
        evidence=_text(raw, "evidence", label, problems, required=True) or "",
    )


# --- placing items in the text -----------------------------------------------------------

def _place_amounts(text: str, gold: list[GoldAmount], spare: list[GoldAmount]) -> None:
    spans = locate(text, [a.text for a in gold])
    gold[:] = [replace(a, start=s[0], end=s[1]) if s else a for a, s in zip(gold, spans)]
    spare_spans = locate(text, [a.text for a in spare], claimed=[s for s in spans if s])
    spare[:] = [replace(a, start=s[0], end=s[1]) if s else a for a, s in zip(spare, spare_spans)]


def _place_deal(text: str, deal: GoldDeal) -> GoldDeal:
    span = find_evidence(text, deal.evidence)
    return replace(deal, start=span[0], end=span[1]) if span else deal
