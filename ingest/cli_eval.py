"""``ingest eval`` and ``ingest corpus``: measuring the extractors against the annotated corpus."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
