"""Shared fixtures: knowledge bases, pipelines, the CLI runner and ../shared when present."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESOURCES = Path(__file__).resolve().parent / "resources"

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests' own helper modules


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when a clone does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is only beside the project's own checkout)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from ingest.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def kb_path(tmp_path) -> Path:
    return tmp_path / "kb.sqlite"


@pytest.fixture
def kb(kb_path):
    from kb import KnowledgeBase

    base = KnowledgeBase(kb_path)
    yield base
    base.close()


@pytest.fixture
def cli():
    """Run ``ingest`` in-process: ``cli("add", path, "--db", db)`` -> result with stdout/stderr."""
    from ingest.cli import app

    runner = CliRunner()

    def run(*args: str, input: bytes | str | None = None, env: dict | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return run
