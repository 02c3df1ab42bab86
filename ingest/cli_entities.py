"""``ingest entity ...`` corrections and ``ingest train``: entity knowledge and the statistical model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from ingest.cli_common import DbOption, fail, open_kb

_ROOT = Path(__file__).resolve().parents[1]  # the repository, for an editable install

# ``ingest add`` and ``ingest extract``: an installed spaCy pipeline for entity recognition.
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="An installed spaCy pipeline (e.g. nl_core_news_md) whose entity "
                                 "recogniser replaces the shipped one.", show_default=False),
]


def entity_pipeline(kb, model: str | None):
    """The extraction pipeline with the knowledge base's entity corrections (when ``kb`` is
    given) and the ``--model`` pipeline (checked now: one-line error when not installed)."""
    from ingest.pipeline import Pipeline
    from kb.entities import load_knowledge

    if model is not None:
        from extractors.entities.model import ModelNotFound, load_user_model  # imports spaCy

        try:
            load_user_model(model)
        except ModelNotFound as exc:
            fail(str(exc), 2)
    return Pipeline(knowledge=load_knowledge(kb.db) if kb is not None else None, model=model)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.add_typer(entity_app, name="entity")
    app.add_typer(train_app, name="train")


# -- ingest entity ------------------------------------------------------------------------------

class _EntityGroup(TyperGroup):
    """``ingest entity NAME`` is ``ingest entity show NAME`` (the profile, from the query
    commands); the other words are the corrections."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands \
                and "show" in self.commands:
            args = ["show", *args]
        return super().parse_args(ctx, args)


entity_app = typer.Typer(
    cls=_EntityGroup,
    help="Correct the knowledge base's entities: aliases, merges, types and identifiers; "
         "later extractions use the corrections. `ingest entity NAME` shows one entity.",
    no_args_is_help=True,
)


def _correct(db, action) -> None:
    from kb.entities import EntityError

    kb = open_kb(db)
    try:
        message = action(kb.db)
    except EntityError as exc:
        kb.close()
        fail(str(exc))
    kb.close()
    typer.echo(message)


@entity_app.command("alias")
def alias_command(
    alias: Annotated[str, typer.Argument(help="Another way the text writes the entity.")],
    canonical: Annotated[str, typer.Argument(help="The entity's canonical name (or a known alias).")],
    db: DbOption = None,
    label: Annotated[Optional[str], typer.Option("--type", help="Label of a new entity (default ORG).")] = None,
) -> None:
    """Make ALIAS a form of CANONICAL; stored mentions written ALIAS move to it."""
    from kb.entities import add_alias

    _correct(db, lambda d: add_alias(d, alias, canonical, label))


@entity_app.command("merge")
def merge_command(
    name: Annotated[str, typer.Argument(help="The entity to merge away (it becomes an alias).")],
    into: Annotated[str, typer.Argument(help="The entity that stays.")],
    db: DbOption = None,
) -> None:
    """Merge entity A into entity B: A's mentions, aliases and deals become B's."""
    from kb.entities import merge_entities

    _correct(db, lambda d: merge_entities(d, name, into))


@entity_app.command("set")
def set_command(
    name: Annotated[str, typer.Argument(help="The entity (canonical name or alias).")],
    db: DbOption = None,
    label: Annotated[Optional[str], typer.Option("--type", help="ORG, PERSON, GPE, PRODUCT, FACILITY, LAW or FUND.")] = None,
    ticker: Annotated[Optional[str], typer.Option("--ticker")] = None,
    isin: Annotated[Optional[str], typer.Option("--isin")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO 3166 alpha-2 code.")] = None,
    parent: Annotated[Optional[str], typer.Option("--parent", help="Parent entity, for divisions.")] = None,
) -> None:
    """Set an entity's type and identifiers (creating it when new)."""
    from kb.entities import set_entity

    _correct(db, lambda d: set_entity(d, name, label=label, ticker=ticker, isin=isin,
                                      country=country, parent=parent))


# -- ingest train --------------------------------------------------------------------------------

train_app = typer.Typer(help="Train the statistical models shipped with the package.",
                        no_args_is_help=True)


@train_app.command("ner")
def train_ner_command(
    lang: Annotated[str, typer.Option("--lang", help="nl or en.")],
    out: Annotated[Optional[Path], typer.Option("--out", help="Model directory. Default: the package's extractors/models/ner-LANG.")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    epochs: Annotated[Optional[int], typer.Option("--epochs", min=1, help="Default: 14 for en, 25 for nl.")] = None,
    max_minutes: Annotated[float, typer.Option("--max-minutes", help="Stop after the epoch that would pass this.")] = 9.0,
    corpus: Annotated[Path, typer.Option("--corpus", help="The annotated corpus.")] = _ROOT / "corpus",
    shared: Annotated[Path, typer.Option("--shared", help="../shared with ner-data/.")] = _ROOT.parent / "shared",
    nl_open: Annotated[bool, typer.Option("--nl-open", help="Also train on the CC0 Dutch OCR set.")] = False,
    corpus_weight: Annotated[Optional[int], typer.Option("--corpus-weight", help="Times the corpus lines are repeated.")] = None,
) -> None:
    """Train the entity recogniser for one language from the corpus dev split and
    ../shared/ner-data, and write it (with TRAINING.md) into the package."""
    from extractors.entities.training import TrainingError, train_ner

    if lang not in ("nl", "en"):
        fail(f"--lang must be nl or en, not {lang!r}", 2)
    try:
        result = train_ner(lang, corpus, shared, out=out, seed=seed, epochs=epochs,
                           max_minutes=max_minutes, use_nl_open=nl_open,
                           corpus_weight=corpus_weight,
                           progress=lambda line: typer.echo(line, err=True))
    except TrainingError as exc:
        fail(str(exc))
    for name, score in result.scores.items():
        if score:
            per = ", ".join(f"{k} {v['f']:.3f}" for k, v in sorted(score["per_label"].items()))
            typer.echo(f"{name}: P {score['p']:.3f} R {score['r']:.3f} F1 {score['f']:.3f} ({per})")
    typer.echo(f"wrote {result.path} ({result.size_bytes / 1e6:.1f} MB, {result.epochs} epochs, "
               f"{result.seconds:.0f} s)")
