"""Shared fixtures: the shipped dataset, its source text, and a CLI runner with an isolated cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from workplan.cli.testing import Result, invoke
from workplan.corpus import Corpus
from workplan.loader import load_documents, shipped_data
from workplan.model import DatasetFile
from workplan.validation import validate_file

# No wall-clock deadline for any property test: on a busy CI machine one example can take longer than
# Hypothesis's default 200 ms without anything being wrong (the standards forbid timing assertions).
settings.register_profile("workplan", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("workplan")

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "source" / "yangpu_2020q2_notice.txt"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache folder and no inherited dataset override."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("WORKPLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("WORKPLAN_DATA", raising=False)
    monkeypatch.delenv("WORKPLAN_NO_CACHE", raising=False)
    return folder


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dataset() -> DatasetFile:
    return validate_file(shipped_data())


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return Corpus.of(load_documents())


@pytest.fixture()
def edited_dataset(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the shipped dataset with (old, new) replacements, each of which must apply."""

    def make(*edits: tuple[str, str]) -> Path:
        text = shipped_data().read_text(encoding="utf-8")
        for old, new in edits:
            assert old in text, old
            text = text.replace(old, new, 1)
        path = tmp_path / "edited.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return make


@pytest.fixture()
def run() -> Callable[..., Result]:
    """Invoke the CLI in-process against a fake terminal; returns a Result."""
    return invoke


@pytest.fixture()
def run_json(run: Callable[..., Any]) -> Callable[..., Any]:
    def invoke(*args: str) -> Any:
        result = run(*args, "--json")
        assert result.exit_code in (0, 1), result.output
        return json.loads(result.stdout)

    return invoke
