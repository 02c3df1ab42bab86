"""Training the statistical recogniser shipped in ``extractors/models/ner-<lang>/``.

``train_ner(lang, ...)`` builds the training data, trains a small spaCy NER (the language's
blank tokenizer and an ``ner`` component with its own hash-embedding CNN, CPU, fixed seed),
scores it on held-out data and writes the model with ``TRAINING.md`` and ``training.json``
beside it. Data:

- the corpus's development split (``corpus/dev/<lang>/*.yaml``): every entity form is found in
  the article text to make spans; one article in five (by a hash of its name) is held out for
  scoring, never ``corpus/test``;
- public annotated data from ``../shared/ner-data`` whose licence allows redistributing a
  model trained on it: English ``en/train.jsonl`` (UNER English-EWT, CC BY-SA 4.0, and
  wikigold, CC BY 4.0), scored on ``en/dev.jsonl``; Dutch ``nl-open`` (Europeana Newspapers,
  CC0) only when asked (``--nl-open``): 19th-century OCR does not help modern financial news
  (measured on the held-out corpus articles: F1 0.809 with it, 0.823 without).
Labels: ORG, PERSON (PER), GPE (LOC). Other corpus labels (PRODUCT, FACILITY, ...) are taught
as not-ORG/PERSON/GPE; optional entities and names inside a longer token ("Nvidia-CEO") are
left unannotated (missing), not negative.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from extractors.entities.forms import possessive_length
from extractors.entities.model import MODELS_DIR

LABELS = ("ORG", "PERSON", "GPE")
# spaCy's small NER architecture, narrowed (width 64, depth 3 instead of 96 and 4): twice as fast
# at run time for a point or two of F1, which reference data and rules make up for.
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 64,
        "depth": 3,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}
SHARED_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
HELD_OUT_EVERY = 5  # one corpus article in five is held out for scoring

SOURCES = {
    "corpus": {
        "what": "the project's annotated corpus, development split (corpus/dev)",
        "licence": "MIT, with the project's code",
    },
    "en": {
        "what": "UNER English-EWT (Mayhew et al., NAACL 2024) and wikigold (Balasuriya et al. "
                "2009), as converted in ../shared/ner-data/en",
        "licence": "CC BY-SA 4.0 (UNER English-EWT) and CC BY 4.0 (wikigold)",
    },
    "nl-open": {
        "what": "Europeana Newspapers NER corpora, Dutch part (Europeana Newspapers Project, "
                "2012-2015, https://github.com/EuropeanaNewspapers/ner-corpora/), as converted in "
                "../shared/ner-data/nl-open",
        "licence": "CC0 1.0",
    },
}


class TrainingError(Exception):
    """Training data is missing or unusable."""


@dataclass
class TrainingData:
    train: list[Example] = field(default_factory=list)  # every epoch
    public: list[Example] = field(default_factory=list)  # a fresh sample every epoch
    held_out: dict[str, list[Example]] = field(default_factory=dict)  # name -> examples
    counts: dict[str, int] = field(default_factory=dict)  # data set -> sentences
    sources: list[str] = field(default_factory=list)


# -- the corpus -------------------------------------------------------------------------------


def held_out(article: Path) -> bool:
    return int(hashlib.sha1(article.stem.encode()).hexdigest(), 16) % HELD_OUT_EVERY == 0


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w&]){re.escape(form)}(?![\w&])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def corpus_spans(text: str, annotation: dict) -> tuple[list[tuple[int, int, str]],
                                                        list[tuple[int, int]]]:
    """(entity spans, spans to leave unannotated) of one article, in characters."""
    forms: list[tuple[str, str | None]] = []
    for entity in annotation.get("entities") or []:
        label = entity["label"] if entity["label"] in LABELS else None
        for form in {entity["name"], *(entity.get("forms") or [])}:
            forms.append((form, label))
    missing_forms = [f for e in (annotation.get("optional") or {}).get("entities") or []
                     for f in {e["name"], *(e.get("forms") or [])}]
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    for form, label in sorted(forms, key=lambda f: -len(f[0])):
        for start, end in _occurrences(text, form):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            if label is not None:
                spans.append((start, end - possessive_length(form), label))
    for form in missing_forms:
        for start, end in _occurrences(text, form):
            if not any(s < end and start < e for s, e in taken):
                missing.append((start, end))
    return spans, missing


def _reference_doc(nlp: Language, text: str, spans: list[tuple[int, int, str]],
                   missing: list[tuple[int, int]]) -> Doc:
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    unknown: list[Span] = []
    for start, end, label in sorted(spans):
        span = doc.char_span(start, end, label=label)
        if span is None:  # a name inside a longer token ("Nvidia-CEO", "Meta's")
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                unknown.append(span)
            continue
        if not any(span.start < e.end and e.start < span.end for e in ents):
            ents.append(span)
    for start, end in missing:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            unknown.append(span)
    doc.set_ents(ents, missing=_apart(unknown, ents), default="outside")
    return doc


def _apart(unknown: list[Span], ents: list[Span]) -> list[Span]:
    """Unknown spans that overlap neither an entity nor each other."""
    kept: list[Span] = []
    for u in sorted(unknown, key=lambda s: (s.start, -len(s))):
        if not any(u.start < x.end and x.start < u.end for x in [*ents, *kept]):
            kept.append(u)
    return kept


def corpus_examples(nlp: Language, corpus: Path, lang: str) -> tuple[list[Example], list[Example]]:
    """(training, held-out) examples: one per non-empty line of every dev article."""
    train: list[Example] = []
    held: list[Example] = []
    for path in sorted((corpus / "dev" / lang).glob("*.yaml")):
        annotation = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        text_path = path.with_suffix(".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8-sig")
        spans, missing = corpus_spans(text, annotation)
        target = held if held_out(path) else train
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            inside = [(s - start, e - start, label) for s, e, label in spans
                      if start <= s and e <= end]
            unknown = [(s - start, e - start) for s, e in missing if start <= s and e <= end]
            reference = _reference_doc(nlp, line, inside, unknown)
            target.append(Example(nlp.make_doc(line), reference))
    return train, held


# -- shared public data -----------------------------------------------------------------------


def shared_examples(nlp: Language, path: Path, limit: int | None = None) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            spans = [(s, e, SHARED_LABELS[label]) for s, e, label in record["entities"]
                     if label in SHARED_LABELS]
            doc = nlp.make_doc(record["text"])
            ents, unknown = [], []
            for s, e, label in spans:
                span = doc.char_span(s, e, label=label)
                if span is None:  # e-mail headers and signatures the tokenizer cuts otherwise
                    span = doc.char_span(s, e, alignment_mode="expand")
                    if span is not None:
                        unknown.append(span)
                    continue
                ents.append(span)
            ents = [x for i, x in enumerate(ents)
                    if not any(x.start < y.end and y.start < x.end for y in ents[:i])]
            doc.set_ents(ents, missing=_apart(unknown, ents), default="outside")
            examples.append(Example(nlp.make_doc(record["text"]), doc))
            if limit is not None and len(examples) >= limit:
                break
    return examples


def training_data(nlp: Language, lang: str, corpus: Path, shared: Path,
                  use_nl_open: bool = False, corpus_weight: int = 4) -> TrainingData:
    data = TrainingData()
    train, held = corpus_examples(nlp, corpus, lang)
    if not train:
        raise TrainingError(f"{corpus / 'dev' / lang}: no annotated articles to train on")
    data.train = train * corpus_weight  # the domain is what the model must learn most
    data.counts["corpus dev (train lines)"] = len(train)
    data.counts["corpus dev (held-out lines)"] = len(held)
    data.counts["corpus weight (times repeated)"] = corpus_weight
    data.held_out["corpus dev held-out"] = held
    data.sources.append("corpus")
    public = "en" if lang == "en" else "nl-open" if lang == "nl" and use_nl_open else None
    if public is not None:
        _add_public(data, nlp, shared / "ner-data" / public, public)
    return data


def _add_public(data, nlp, folder, name: str) -> None:
    """One public NER set: its train file to learn from, its dev file held out for scoring."""
    train_file, dev_file = folder / "train.jsonl", folder / "dev.jsonl"
    if not train_file.exists():
        raise TrainingError(f"{train_file}: not found (../shared/ner-data is needed)")
    data.public = shared_examples(nlp, train_file)
    data.counts[f"{name}/train.jsonl"] = len(data.public)
    data.held_out[f"{name}/dev.jsonl"] = shared_examples(nlp, dev_file)
    data.counts[f"{name}/dev.jsonl"] = len(data.held_out[f"{name}/dev.jsonl"])
    data.sources.append(name)


# -- training ---------------------------------------------------------------------------------


@dataclass
class TrainingResult:
    path: Path
    scores: dict[str, dict]
    epochs: int
    seconds: float
    size_bytes: int


def _scores(nlp: Language, examples: list[Example]) -> dict:
    if not examples:
        return {}
    scored = nlp.evaluate(examples)
    per_type = {label: {k: round(v, 3) for k, v in s.items()}
                for label, s in (scored.get("ents_per_type") or {}).items()}
    return {"p": round(scored["ents_p"], 3), "r": round(scored["ents_r"], 3),
            "f": round(scored["ents_f"], 3), "per_label": per_type}


# Epochs per language: the Dutch model learns from the corpus alone, a few hundred lines.
EPOCHS = {"en": 14, "nl": 25}


def train_ner(lang: str, corpus: Path, shared: Path, out: Path | None = None, seed: int = 0,
              epochs: int | None = None, max_minutes: float = 9.0, use_nl_open: bool = False,
              corpus_weight: int | None = None, public_per_epoch: int = 4000,
              progress: Callable[[str], None] = lambda _: None) -> TrainingResult:
    """Train, score and write the model for ``lang``; returns where it went and its scores.

    Every epoch sees all corpus lines (``corpus_weight`` times) and a fresh random sample of
    ``public_per_epoch`` public sentences, so that a time budget still covers many epochs and,
    over them, most of the public data."""
    fix_random_seed(seed)
    epochs = epochs or EPOCHS.get(lang, 12)
    started = time.monotonic()
    nlp = spacy.blank(lang)
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL})  # its own tok2vec: no listener
    for label in LABELS:
        ner.add_label(label)
    weight = corpus_weight if corpus_weight is not None else (3 if lang == "en" else 1)
    data = training_data(nlp, lang, corpus, shared, use_nl_open, weight)
    progress(f"{len(data.train)} corpus and {len(data.public)} public examples: {data.counts}")
    optimizer = nlp.initialize(lambda: data.train + data.public[:2000])
    rng = random.Random(seed)
    done = 0
    for epoch in range(epochs):
        sample = rng.sample(data.public, min(public_per_epoch, len(data.public)))
        examples = data.train + sample
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        done = epoch + 1
        held = data.held_out.get("corpus dev held-out", [])
        f = _scores(nlp, held).get("f", 0.0)
        minutes = (time.monotonic() - started) / 60
        progress(f"epoch {done}: loss {losses.get('ner', 0.0):.1f}, corpus held-out F1 {f:.3f}, "
                 f"{minutes:.1f} min")
        if minutes * (done + 1) / done > max_minutes:
            break
    scores = {name: _scores(nlp, examples) for name, examples in data.held_out.items()}
    path = out or MODELS_DIR / f"ner-{lang}"
    if path.exists():
        shutil.rmtree(path)
    nlp.meta.update({
        "name": f"marketkb_ner_{lang}", "version": "1.0.0",
        "description": f"Small {lang} NER (ORG, PERSON, GPE) for financial market commentary",
        "license": "CC BY-SA 4.0" if "en" in data.sources else "MIT",
        "sources": [SOURCES[s] for s in data.sources],
    })
    nlp.to_disk(path)
    _copy_licences(shared / "ner-data", data.sources, path / "LICENSES")
    seconds = time.monotonic() - started
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    data.counts["public sentences per epoch"] = min(public_per_epoch, len(data.public))
    record = {
        "lang": lang, "seed": seed, "epochs": done, "seconds": round(seconds),
        "spacy_version": spacy.__version__, "size_bytes": size, "counts": data.counts,
        "sources": {s: SOURCES[s] for s in data.sources}, "scores": scores,
        "trained_at": dt.date.today().isoformat(),
        # The epochs actually run, without a time limit: the command that rebuilds this model.
        "command": f"ingest train ner --lang {lang} --seed {seed} --epochs {done} --max-minutes 120"
                   + (" --nl-open" if use_nl_open else "")
                   + (f" --corpus-weight {corpus_weight}" if corpus_weight is not None else ""),
    }
    (path / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    (path / "TRAINING.md").write_text(training_note(record), encoding="utf-8")
    return TrainingResult(path, scores, done, seconds, size)


def _copy_licences(ner_data: Path, sources: list[str], out: Path) -> None:
    """The licence texts of the public data the model was trained on ship beside it."""
    files = []
    if "en" in sources:
        files += sorted((ner_data / "LICENSES").glob("*"))
    if "nl-open" in sources:
        files.append(ner_data / "nl-open" / "LICENSE.md")
    for file in files:
        if file.is_file():
            out.mkdir(parents=True, exist_ok=True)
            target = out / ("nl-open.LICENSE.md" if file.parent.name == "nl-open" else file.name)
            shutil.copyfile(file, target)


def training_note(record: dict) -> str:
    lang = record["lang"]
    licence = ("This model is distributed under **CC BY-SA 4.0** (it is trained on CC BY-SA data), "
               "separately from the code's MIT licence."
               if "en" in record["sources"] else
               "This model is distributed under the project's MIT licence.")
    lines = [
        f"# ner-{lang}: the statistical entity recogniser shipped with marketkb", "",
        f"Built by `{record['command']}` on {record['trained_at']} with spaCy "
        f"{record['spacy_version']}: blank `{lang}` tokenizer + `ner` (its own hash-embedding CNN "
        f"tok2vec, width 64, depth 3), CPU, seed {record['seed']}, "
        f"{record['epochs']} epochs, {record['seconds']} s, {record['size_bytes'] / 1e6:.1f} MB.", "",
        "## Licence and attribution", "", licence, "",
    ]
    for source in record["sources"].values():
        lines.append(f"- {source['what']}: {source['licence']}.")
    if set(record["sources"]) - {"corpus"}:
        lines += ["", "The licence texts of the public data are in `LICENSES/` beside this file."]
    lines += ["", "## Data (sentences or lines)", ""]
    lines += [f"- {name}: {n}" for name, n in record["counts"].items()]
    lines += ["", "Held out for scoring: one corpus dev article in five (by a hash of its file name) "
              "and the public data's own dev file. The corpus test split is never used.", "",
              "## Scores on held-out data", "", "| data | P | R | F1 | ORG F1 | PERSON F1 | GPE F1 |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, s in record["scores"].items():
        if not s:
            continue
        per = s.get("per_label", {})
        cells = [f"{per.get(label, {}).get('f', 0):.3f}" for label in LABELS]
        lines.append(f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | " + " | ".join(cells) + " |")
    lines += ["", "These are the model's own scores; the shipped recogniser combines it with "
              "reference data and rules (see `ingest eval`).", ""]
    return "\n".join(lines)
