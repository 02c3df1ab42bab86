"""``ingest entity ...`` corrections and ``ingest train``: entity knowledge and the statistical model."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
