"""The tool on the path a Windows office PC takes: no uids, no fork, no fcntl/resource/pwd/termios, no
SIGHUP/SIGXCPU, no O_NOFOLLOW. Each command runs in a child Python from which these are removed before
workplan is imported (`os.getuid` alone had made `workplan.load()` raise and the CLI exit 70)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SOURCE

WINDOWS = """
import os, signal, sys
for name in ("getuid", "geteuid", "getgid", "getegid", "fork", "O_NOFOLLOW"):
    if hasattr(os, name):
        delattr(os, name)
for name in ("SIGHUP", "SIGXCPU"):
    if hasattr(signal, name):
        delattr(signal, name)
for module in ("fcntl", "resource", "pwd", "grp", "termios"):
    sys.modules[module] = None  # import fails, as it does on Windows
from workplan.cli import main
sys.argv[0] = "workplan"
main()
"""


pytestmark = pytest.mark.slow  # whole processes


def windows(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "WORKPLAN_CACHE_DIR": str(tmp_path / "cache"),
        "WORKPLAN_DB": str(tmp_path / "进展.db"),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-c", WINDOWS, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=300,
    )


def test_the_prelude_removes_what_windows_lacks(tmp_path: Path) -> None:
    """The simulation is real: in the child, os.getuid is gone and fcntl cannot be imported."""
    probe = WINDOWS.replace("from workplan.cli import main", "import importlib.util")
    probe = probe.replace("main()", "print(hasattr(os, 'getuid'), hasattr(os, 'fork'))\nimport fcntl")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "False False" and "ModuleNotFoundError" in result.stderr


REPORT = ["progress", "set", "2.6", "--unit", "区商务委", "--status", "已完成", "--date", "2020-06-20"]


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["search", "旧改"],
        ["by-unit", "区商务委"],
        ["show", "2.6"],
        ["stats"],
        ["validate"],
        ["export", "区商务委台账.xlsx", "--unit", "区商务委"],
        REPORT,
        ["status", "--as-of", "2020-06-25"],
        ["export", "通报.docx", "--bulletin", "--as-of", "2020-07-01"],
        ["import", "notice.txt", "-o", "q2.yaml"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_every_kind_of_command_runs_where_posix_calls_are_missing(tmp_path: Path, args: list[str]) -> None:
    """Queries (cached twice: the second run reads the cache it wrote), files written all or nothing,
    the progress store, an import: exit 0 with nothing on stderr but what the command says."""
    (tmp_path / "notice.txt").write_bytes(SOURCE.read_bytes())
    if args[0] == "status" or "--bulletin" in args:  # a report in the store first
        assert windows(tmp_path, *REPORT).returncode == 0
    first = windows(tmp_path, *args)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr and "internal error" not in first.stderr
    if args[0] in ("list", "search", "by-unit", "show", "stats"):
        again = windows(tmp_path, *args)
        assert again.returncode == 0 and again.stdout == first.stdout, again.stderr
        assert any((tmp_path / "cache").iterdir())  # the cache was written and used without uids
    if args == ["list", "--json"]:
        assert len(json.loads(first.stdout)) == 41
