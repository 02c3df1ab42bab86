"""Query commands over the knowledge base: entities, entity, deals, search, exposure, export, graph, serve, reprocess."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
