"""Quality floors: the lowest F1 each layer may score per language on the test split.

Floors only go up. ``ingest eval --split test --raise-floors`` lifts a floor to the measured F1
(rounded down to two decimals) and never lowers one unless told to with ``--allow-lower``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import yaml

from ingest.errors import FloorsError
from ingest.evaluate.runner import LANGUAGES, EvalReport
from ingest.evaluate.scorer import LAYERS

Floors = dict[str, dict[str, float]]  # layer -> language -> minimum F1

HEADER = """\
# Minimum F1 per layer and language on the test split (corpus/test/), checked by
# tests/test_eval_floors.py. Floors only go up: raise them with
#   ingest eval --split test --raise-floors
# and never lower one to make a test pass.
"""


@dataclass(frozen=True)
class Change:
    layer: str
    lang: str
    old: float
    new: float


def floors_path(corpus: Path) -> Path:
    return corpus / "floors.yaml"


def load_floors(path: Path) -> Floors:
    """The floors in ``path``; a layer or language it does not name has floor 0."""
    floors: Floors = {layer: {lang: 0.0 for lang in LANGUAGES} for layer in LAYERS}
    if not path.exists():
        return floors
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise FloorsError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise FloorsError(f"{path}: not a mapping of layer to language to F1")
    for layer, langs in data.items():
        if layer not in floors or not isinstance(langs, dict):
            raise FloorsError(f"{path}: unknown layer {layer!r} (layers: {', '.join(LAYERS)})")
        for lang, value in langs.items():
            if lang not in LANGUAGES or isinstance(value, bool) or not isinstance(value, (int, float)) \
                    or not 0 <= value <= 1:
                raise FloorsError(f"{path}: {layer}.{lang} must be a language with an F1 between 0 and 1")
            floors[layer][lang] = float(value)
    return floors


def write_floors(path: Path, floors: Floors) -> None:
    path.write_text(HEADER + yaml.safe_dump(floors, sort_keys=False), encoding="utf-8")


def measured(report: EvalReport, layer: str, lang: str) -> float:
    """The F1 a floor is held against; a layer with nothing to score counts as 0."""
    return report.f1(layer, lang) or 0.0


def shortfalls(report: EvalReport, floors: Floors) -> list[Change]:
    """Every (layer, language) whose F1 is below its floor, as ``Change(old=floor, new=F1)``."""
    return [Change(layer, lang, floor, measured(report, layer, lang))
            for layer, langs in floors.items() for lang, floor in langs.items()
            if report.lang in (None, lang) and measured(report, layer, lang) < floor]


def round_down(score: float) -> float:
    # round() first so that 0.29 measured as 0.28999999999 is not taken down a step
    return math.floor(round(score * 100, 6)) / 100


def raise_floors(report: EvalReport, floors: Floors, allow_lower: bool = False
                 ) -> tuple[Floors, list[Change]]:
    """New floors from a test-split report, and the changes made. A floor above the measured
    score is kept unless ``allow_lower``."""
    if report.split != "test":
        raise FloorsError("floors hold for the test split: run with --split test")
    new = {layer: dict(langs) for layer, langs in floors.items()}
    changes = []
    for layer, langs in new.items():
        for lang, floor in langs.items():
            if not _covers(report, lang):
                continue
            score = round_down(measured(report, layer, lang))
            if score > floor or (allow_lower and score < floor):
                langs[lang] = score
                changes.append(Change(layer, lang, floor, score))
    return new, changes


def _covers(report: EvalReport, lang: str) -> bool:
    return report.lang in (None, lang) and any(a.language == lang for a in report.articles)
