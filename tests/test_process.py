"""The installed command in real processes: pipes, terminals, encodings, exit codes."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from workplan.loader import shipped_data

BIN = Path(sys.executable).parent / "workplan"
EXE = str(BIN) if BIN.exists() else shutil.which("workplan") or "workplan"


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("COLUMNS", None)
    return subprocess.run([EXE, *args], capture_output=True, env=full_env, cwd=cwd, timeout=60)


def test_json_from_another_folder(tmp_path: Path) -> None:
    result = run("list", "--json", cwd=tmp_path)
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 41


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    shell = f"'{EXE}' list --format jsonl | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60, cwd=tmp_path)
    assert json.loads(result.stdout.decode().splitlines()[0])["id"] == "1.1"
    assert result.stderr.decode().strip() == "status=0"


@pytest.mark.parametrize("args", [["list", "--json"], ["list"], [], ["schema"]])
def test_a_reader_that_reads_nothing_is_not_an_error(args: list[str], tmp_path: Path) -> None:
    """`| true` closes the pipe before anything is read: the write fails with EPIPE, quietly, status 0."""
    shell = " ".join([f"'{EXE}'", *args]) + ' | true; echo "status=${PIPESTATUS[0]}" >&2'
    result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60, cwd=tmp_path)
    assert result.stderr.decode().strip() == "status=0"


@pytest.mark.parametrize("args", [["list", "--help"], ["--help"], ["list"]])
def test_a_pipe_whose_reader_has_gone_is_a_quiet_success(args: list[str], tmp_path: Path) -> None:
    """Pass 58: help written into a pipe whose reader had gone exited 1 (Typer's own EPIPE exit); the
    reader is gone before the command starts here, so every write fails."""
    import os

    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([EXE, *args], stdout=write, stderr=subprocess.PIPE, timeout=60, cwd=tmp_path)
    finally:
        os.close(write)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--format", "xml"], "workplan: error: 取值无效 invalid value for --format: 'xml'"),
        (["lst"], "workplan: error: 没有这个命令 no such command 'lst'. 是否指 did you mean 'list'?"),
        (["search"], "workplan: error: 缺少参数 missing argument 'TERM...'. (see: workplan search --help)"),
        (["by-unit", "区商务委", "--bogus"], "workplan: error: 没有这个选项 no such option: --bogus"),
    ],
)
def test_command_line_mistakes_are_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    err = result.stderr.decode()
    assert result.returncode == 2 and err.startswith(message) and err.count("\n") == 1


def test_help_still_works_through_main() -> None:
    result = run("by-unit", "--help")
    assert result.returncode == 0 and b"Example: workplan by-unit" in result.stdout


def test_table_through_a_pipe_has_no_escape_codes() -> None:
    out = run("by-unit", "区商务委").stdout.decode()
    assert "区商务委" in out and "\x1b[" not in out


def read_tty(args: list[str], env: dict[str, str]) -> str:
    leader, follower = pty.openpty()
    proc = subprocess.Popen([EXE, *args], stdout=follower, stderr=follower, env={**os.environ, **env})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_terminal_gets_colour_and_no_color_turns_it_off() -> None:
    env = {"TERM": "xterm", "COLUMNS": "100"}
    env_clean = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = read_tty(["search", "旧改"], {**env_clean, **env})
    assert "\x1b[" in coloured
    plain = read_tty(["search", "旧改"], {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "旧改" in plain


@pytest.mark.parametrize(
    "env", [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}]
)
def test_non_utf8_stdout(env: dict[str, str]) -> None:
    result = run("by-unit", "区商务委", "--json", env=env)
    assert result.returncode == 0
    assert json.loads(result.stdout.decode("utf-8"))[0]["lead_units"] == ["区发展改革委", "区商务委"]
    table = run("by-unit", "区商务委", env=env)
    assert table.returncode == 0 and b"Traceback" not in table.stderr
    assert b"2.6" in table.stdout


def cells(line: str) -> int:
    """Terminal columns a line takes: Chinese characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


@pytest.mark.parametrize("width", [20, 300])
def test_extreme_widths(width: int) -> None:
    env = {**os.environ, "COLUMNS": str(width)}
    result = subprocess.run([EXE, "list"], capture_output=True, env=env, timeout=60)
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and any(line.lstrip().startswith("2.6") for line in lines)
    assert max(cells(line) for line in lines) <= width


def test_arguments_in_a_c_locale_are_read_as_utf8() -> None:
    result = run("by-unit", "区商务委", "--json", env={"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"})
    assert result.returncode == 0 and json.loads(result.stdout)[0]["id"] == "2.3"


def test_exit_codes_in_a_real_process(tmp_path: Path) -> None:
    assert run("search", "火星基地").returncode == 1
    bad = run("by-unit", "区商务局")
    assert bad.returncode == 2 and bad.stderr.decode().startswith("workplan: error: 未知单位")
    (tmp_path / "x.yaml").write_text("a: [", encoding="utf-8")
    assert run("--data", str(tmp_path / "x.yaml"), "list").returncode == 3


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workplan", "show", "G4", "--json"], capture_output=True, timeout=60
    )
    assert json.loads(result.stdout)["title"] == "加快打造一批特色商业街区"


def imported_modules(*args: str, env: dict[str, str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "workplan", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }


def test_warm_json_path_imports_neither_rich_nor_yaml_nor_pydantic(tmp_path: Path) -> None:
    """Regression guard for start-up: JSON never draws a table, and a warm start reads the cache, not YAML."""
    env = {"WORKPLAN_CACHE_DIR": str(tmp_path)}
    cold = imported_modules("by-unit", "区商务委", "--json", env=env)
    assert "yaml" in cold  # the first run parsed the file and filled the cache
    warm = imported_modules("by-unit", "区商务委", "--json", env=env)
    assert not {m for m in warm if m == "rich" or m.startswith("rich.")}
    assert "yaml" not in warm and "workplan.validation" not in warm
    assert "openpyxl" not in warm and "opencc" not in warm
    # nor pydantic: Typer coerces through it, and importing it was most of a bare Typer app's start-up
    options = ["-r", "lead", "-k", "task", "-s", "2", "--doc", "yangpu*", "-f", "csv"]
    given = imported_modules("--data", str(shipped_data()), "by-unit", "区商务委", *options, env=env)
    assert not {m for m in warm | given if m == "pydantic" or m.startswith("pydantic.")}


STDOUT_COMMANDS = [
    [],
    ["--version"],
    ["list"],
    ["list", "--json"],
    ["show", "2.6"],
    ["search", "旧改"],
    ["by-unit", "区商务委"],
    ["by-leader"],
    ["units"],
    ["leaders", "--format", "csv"],
    ["stats"],
    ["docs"],
    ["schema"],
    ["validate"],
    ["export", "-", "--format", "csv"],
    ["list", "--help"],
]


@pytest.mark.parametrize("target", ["closed", "full"])
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=lambda a: " ".join(a) or "overview")
def test_a_closed_or_full_stdout_is_exit_4_with_one_line(args: list[str], target: str) -> None:
    """Issue 18: write failures on stdout exit 4 with one line, never 70 or a silent 0."""
    redirect = ">&-" if target == "closed" else ">/dev/full"
    words = " ".join(f"'{w}'" for w in [EXE, *args])
    result = subprocess.run(["bash", "-c", f"{words} {redirect}"], capture_output=True, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 4, err
    assert err.count("\n") == 1 and err.startswith("workplan: error:"), err


@pytest.mark.parametrize("target", ["closed", "full"])
def test_a_report_stored_before_stdout_failed_says_so(target: str, tmp_path: Path) -> None:
    """`progress set` stored its report, then could not print it: exit 4 said only that stdout failed,
    and a person would retry (harmless, but they must know the store has it)."""
    redirect = ">&-" if target == "closed" else ">/dev/full"
    db = tmp_path / "p.db"
    words = " ".join(
        f"'{w}'"
        for w in [EXE, "progress", "set", "2.6", "--unit", "区商务委", "--status", "已完成", "--db", str(db)]
    )
    result = subprocess.run(["bash", "-c", f"{words} {redirect}"], capture_output=True, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 4 and err.count("\n") == 1 and "the reports were stored" in err, err
    again = subprocess.run(
        [EXE, "progress", "set", "2.6", "--unit", "区商务委", "--status", "已完成", "--db", str(db)],
        capture_output=True,
        timeout=60,
    )
    assert again.returncode == 1 and "already recorded" in again.stderr.decode()
