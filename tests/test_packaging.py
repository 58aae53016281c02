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

pytestmark = pytest.mark.slow  # whole processes


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a clean copy of the tree: a build/ folder left in the checkout would otherwise carry
    modules that the package list forgets into the wheel, and hide the omission."""
    import shutil

    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "workplan"
    junk = shutil.ignore_patterns("build", "dist", "*.egg-info", ".venv", "__pycache__", ".git", ".*_cache")
    shutil.copytree(ROOT, source, ignore=junk)
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
            str(source),
        ],
        check=True,
        timeout=300,
    )
    (found,) = out.glob("workplan-*.whl")
    return found


def test_wheel_contains_the_dataset_and_its_source(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"workplan/data/workplan_2020q2.yaml", "workplan/data/source/yangpu_2020q2_notice.txt"} <= names
    packages = {p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "workplan").rglob("__init__.py")}
    assert packages and {f"{package}/__init__.py" for package in packages} <= names  # every subpackage
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "workplan").rglob("*.py")}
    assert modules <= names


@pytest.fixture(scope="module")
def site(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a folder of its own, as pip would install it."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    return target


def test_the_installed_wheel_imports_a_notice(site: Path, tmp_path: Path) -> None:
    """A command whose code sits in a subpackage, run from the wheel rather than the source tree."""
    target = site
    env = {**os.environ, "PYTHONPATH": str(target), "WORKPLAN_NO_CACHE": "1"}
    notice = ROOT / "data" / "source" / "yangpu_2020q2_notice.txt"
    result = subprocess.run(
        [sys.executable, "-m", "workplan", "import", str(notice), "--id", "copy"],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"#") and b"id: copy" in result.stdout


def test_installed_wheel_answers_from_another_folder(site: Path, tmp_path: Path) -> None:
    target = site
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
