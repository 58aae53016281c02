"""The wheel carries the dataset: a non-editable install answers from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (found,) = out.glob("workplan-*.whl")
    return found


def test_wheel_contains_the_dataset_and_its_source(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"workplan/data/workplan_2020q2.yaml", "workplan/data/source/yangpu_2020q2_notice.txt"} <= names
    assert "workplan/cli.py" in names


def test_installed_wheel_answers_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "WORKPLAN_NO_CACHE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "workplan", "list", "--json"],
        capture_output=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 41
    located = subprocess.run(
        [sys.executable, "-c", "import workplan.loader as l; print(l.shipped_data())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert located.stdout.startswith(str(target))
