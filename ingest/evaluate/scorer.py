"""Scoring one article: its gold annotation against a prediction in the ``ingest extract --json``
format. Pure functions: no spaCy, no files. The rules are those of corpus/README.md, "Checking
and scoring"; every layer matches one-to-one (a maximum bipartite matching, so the order of the
predictions never changes a score).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.evaluate.annotations import Annotation, GoldAmount, GoldDeal, GoldEntity
from ingest.readers.normalize import normalize_fragment

LAYERS = ("entities", "amounts", "deals", "deals_with_amount")
# The overall entity layer counts these; other labels (FACILITY, PRODUCT, ...) are scored per
# label only, because the README leaves annotating them to the annotator's judgement.
SCORED_LABELS = ("ORG", "PERSON", "GPE")
SYMMETRIC_DEALS = frozenset({"joint_venture"})
TOLERANCE = 0.005  # values agree within 0.5%: rounding in "$1.4 trillion" is not an error


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when there is nothing to score, so an empty layer never looks perfect."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def to_json(self) -> dict:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {"precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class ArticleScore:
    layers: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in LAYERS})
    entity_labels: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)  # {"layer", "kind": "fp"|"fn", "item"}


@dataclass(frozen=True)
class PredictedEntity:
    canonical: str
    label: str
    texts: tuple[str, ...]


def name_key(name: str) -> str:
    """Names compare case-insensitively, with typographic quotes and odd spaces made plain."""
    return " ".join(normalize_fragment(name).split()).casefold()


def close(predicted: float | None, gold: float | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= TOLERANCE * abs(gold)


def match(n_gold: int, n_pred: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching, ``{pred index: gold index}`` (Kuhn's augmenting paths;
    articles hold tens of items, so the quadratic cost does not matter)."""
    options = [[g for g in range(n_gold) if fits(g, p)] for p in range(n_pred)]
    owner: dict[int, int] = {}  # gold -> pred

    def augment(p: int, seen: set[int]) -> bool:
        for g in options[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return {p: g for g, p in owner.items()}


def _layer(gold: Sequence, optional: Sequence, predicted: Sequence, fits: Callable,
           excused: Callable | None = None) -> tuple[dict[int, int], list[int], list[int]]:
    """Matched pairs, false-positive prediction indices and false-negative gold indices.
    A prediction left unmatched that fits an optional item (by ``excused``, default ``fits``)
    counts neither way."""
    excused = excused or fits
    pairs = match(len(gold), len(predicted), lambda g, p: fits(gold[g], predicted[p]))
    matched_gold = set(pairs.values())
    fps = [p for p in range(len(predicted))
           if p not in pairs and not any(excused(o, predicted[p]) for o in optional)]
    fns = [g for g in range(len(gold)) if g not in matched_gold]
    return pairs, fps, fns


# --- entities -----------------------------------------------------------------------------

def predicted_entities(mentions: list[dict]) -> list[PredictedEntity]:
    """Mentions deduplicated by (canonical, label), keeping every surface text."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        texts = grouped.setdefault((m.get("canonical") or m["text"], m["label"]), [])
        if m["text"] not in texts:
            texts.append(m["text"])
    return [PredictedEntity(c, label, tuple(t)) for (c, label), t in grouped.items()]


def _gold_keys(entity: GoldEntity) -> set[str]:
    return {name_key(entity.name), *(name_key(f) for f in entity.forms)}


def _pred_keys(entity: PredictedEntity) -> set[str]:
    return {name_key(entity.canonical), *(name_key(t) for t in entity.texts)}


def entity_fits(gold: GoldEntity, pred: PredictedEntity) -> bool:
    return gold.label == pred.label and bool(_gold_keys(gold) & _pred_keys(pred))


def score_entities(annotation: Annotation, predicted: dict, score: ArticleScore) -> None:
    gold, preds = annotation.gold.entities, predicted_entities(predicted.get("entities") or [])
    pairs, fps, fns = _layer(gold, annotation.optional.entities, preds, entity_fits)

    def count(label: str) -> Counts:
        return score.entity_labels.setdefault(label, Counts())

    for g in pairs.values():
        count(gold[g].label).tp += 1
    for p in fps:
        count(preds[p].label).fp += 1
        score.errors.append({"layer": "entities", "kind": "fp", "item": {
            "name": preds[p].canonical, "label": preds[p].label, "texts": list(preds[p].texts)}})
    for g in fns:
        count(gold[g].label).fn += 1
        score.errors.append({"layer": "entities", "kind": "fn", "item": {
            "name": gold[g].name, "label": gold[g].label, "forms": list(gold[g].forms)}})
    for label in SCORED_LABELS:
        score.layers["entities"] += score.entity_labels.get(label, Counts())


# --- amounts ------------------------------------------------------------------------------

def _is_range(low, high) -> bool:
    return low is not None and high is not None and low != high


def amount_fits(gold: GoldAmount, pred: dict) -> bool:
    if gold.start is None or not (pred["start"] < gold.end and gold.start < pred["end"]):
        return False
    if gold.kind != pred.get("kind") or _currency(gold.currency) != _currency(pred.get("currency")):
        return False
    if gold.vague:
        return pred.get("value") is None
    if _is_range(gold.low, gold.high):
        return close(pred.get("low"), gold.low) and close(pred.get("high"), gold.high)
    return not _is_range(pred.get("low"), pred.get("high")) and close(pred.get("value"), gold.value)


def _currency(code: str | None) -> str | None:
    return code.upper() if code else None


def _amount_item(a: GoldAmount | dict) -> dict:
    get = a.get if isinstance(a, dict) else lambda k: getattr(a, k)
    return {k: get(k) for k in ("text", "start", "kind", "value", "currency", "low", "high")}


def score_amounts(annotation: Annotation, predicted: dict, score: ArticleScore) -> None:
    gold, preds = annotation.gold.amounts, predicted.get("amounts") or []
    pairs, fps, fns = _layer(gold, annotation.optional.amounts, preds, amount_fits)
    counts = score.layers["amounts"]
    counts.tp, counts.fp, counts.fn = len(pairs), len(fps), len(fns)
    score.errors += [{"layer": "amounts", "kind": "fp", "item": _amount_item(preds[p])} for p in fps]
    score.errors += [{"layer": "amounts", "kind": "fn", "item": _amount_item(gold[g])} for g in fns]


# --- deals --------------------------------------------------------------------------------

def party_resolver(annotation: Annotation, predicted: dict) -> Callable[[str | None], str | None]:
    """Maps a predicted party to the key of the gold entity it names, by the entity rules: its
    own name first, then the surface texts the prediction found for that canonical name."""
    surfaces: dict[str, set[str]] = {}
    for m in predicted.get("entities") or []:
        surfaces.setdefault(name_key(m.get("canonical") or m["text"]), set()).add(name_key(m["text"]))
    entities = [(name_key(e.name), _gold_keys(e)) for e in annotation.all_entities]

    def resolve(name: str | None) -> str | None:
        if name is None:
            return None
        key = name_key(name)
        for gold_name, keys in entities:
            if key in keys:
                return gold_name
        texts = surfaces.get(key, set())
        for gold_name, keys in entities:
            if keys & texts:
                return gold_name
        return key

    return resolve


def _parties_agree(gold: GoldDeal, source: str | None, target: str | None) -> bool:
    want = (_key(gold.source), _key(gold.target))
    if (source, target) == want:
        return True
    return gold.type in SYMMETRIC_DEALS and (target, source) == want


def _key(name: str | None) -> str | None:
    return None if name is None else name_key(name)


def _deal_item(d: GoldDeal | dict) -> dict:
    get = d.get if isinstance(d, dict) else lambda k: getattr(d, k)
    evidence = get("text") if isinstance(d, dict) else d.evidence
    return {"type": get("type"), "source": get("source"), "target": get("target"),
            "amount": get("amount"), "currency": get("currency"), "evidence": evidence}


def score_deals(annotation: Annotation, predicted: dict, score: ArticleScore) -> None:
    resolve = party_resolver(annotation, predicted)
    # each prediction with its parties resolved once: (deal, source key, target key)
    preds = [(d, resolve(d.get("source")), resolve(d.get("target"))) for d in predicted.get("deals") or []]

    def deal_fits(gold: GoldDeal, pred: tuple) -> bool:
        deal, source, target = pred
        return gold.type == deal.get("type") and _parties_agree(gold, source, target)

    def amount_deal_fits(gold: GoldDeal, pred: tuple) -> bool:
        deal = pred[0]
        return (deal_fits(gold, pred) and gold.amount is not None
                and _currency(gold.currency) == _currency(deal.get("currency"))
                and close(deal.get("amount"), gold.amount))

    layers = (
        ("deals", annotation.gold.deals, preds, deal_fits),
        ("deals_with_amount", [d for d in annotation.gold.deals if d.amount is not None],
         [p for p in preds if p[0].get("amount") is not None], amount_deal_fits),
    )
    for layer, gold, chosen, fits in layers:
        # An optional deal excuses a prediction of its type and parties, whatever its amount.
        pairs, fps, fns = _layer(gold, annotation.optional.deals, chosen, fits, excused=deal_fits)
        counts = score.layers[layer]
        counts.tp, counts.fp, counts.fn = len(pairs), len(fps), len(fns)
        score.errors += [{"layer": layer, "kind": "fp", "item": _deal_item(chosen[p][0])} for p in fps]
        score.errors += [{"layer": layer, "kind": "fn", "item": _deal_item(gold[g])} for g in fns]


def score_article(annotation: Annotation, predicted: dict) -> ArticleScore:
    """Counts per layer (and per entity label) for one article, with its errors."""
    score = ArticleScore()
    score_entities(annotation, predicted, score)
    score_amounts(annotation, predicted, score)
    score_deals(annotation, predicted, score)
    return score
