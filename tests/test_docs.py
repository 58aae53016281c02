"""The documentation is part of the product: help for every command, a README that matches the code."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from workplan.cli.app import build_command

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(build_command().commands)  # type: ignore[attr-defined]


def load_gen_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = build_command().commands[name]  # type: ignore[attr-defined]
    assert command.help and "Example:" in command.help, name


SUBCOMMANDS = [
    [name, *sub]
    for name in COMMANDS
    for sub in [[], *([s] for s in getattr(build_command().commands[name], "commands", {}))]
]  # type: ignore[attr-defined]


@pytest.mark.parametrize("words", [[], *SUBCOMMANDS], ids=lambda w: " ".join(w) or "workplan")
def test_help_shows_no_python_types_and_fits_80_columns(words: list[str]) -> None:
    """Help reads as a person's: no <bool>, <str>, list[...], {ID} or [x>=20], and no line wider than 80
    terminal columns, Chinese counted two wide (issue 16)."""
    import subprocess
    import sys
    import unicodedata

    args = [sys.executable, "-m", "workplan", *words, "--help"]
    env = {"COLUMNS": "80", "PATH": "/usr/bin:/bin"}
    text = subprocess.run(args, capture_output=True, timeout=60, env=env).stdout.decode()
    assert text.startswith("Usage: workplan"), text
    for noise in ("<bool>", "<str>", "<int>", "list[", "{", "[x>=", "<table|", "Path]", " None "):
        assert noise not in text, (words, noise)
    for line in text.splitlines():
        assert sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) <= 80, line


@pytest.mark.parametrize("words", [[], *SUBCOMMANDS], ids=lambda w: " ".join(w) or "workplan")
def test_every_help_string_is_chinese_first(words: list[str]) -> None:
    """Users read Chinese first: every argument's and option's help, those click and Typer add
    (--help, --install-completion) included, opens with Chinese (it had read `Show this message and
    exit.`, and export's OUT only English)."""
    import subprocess
    import sys

    env = {"COLUMNS": "200", "PATH": "/usr/bin:/bin"}
    args = [sys.executable, "-m", "workplan", *words, "--help"]
    text = subprocess.run(args, capture_output=True, timeout=60, env=env).stdout.decode()
    listed = "".join(re.findall(r"^(?:Arguments|Options):\n((?:  .*\n)+)", text, re.M))
    rows = re.findall(r"^  (\S.*?)  +(\S.*)$", listed, re.M)
    assert rows, text  # --help at least
    for name, help_text in rows:
        assert re.match(r"[\u4e00-\u9fff]", help_text), (words, name, help_text)


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_every_command(name: str) -> None:
    assert f"`workplan {name}" in README


def test_readme_examples_are_the_real_output() -> None:
    assert load_gen_docs().rendered_readme() == README, "run: python scripts/gen_docs.py"


def quickstart(marker: str) -> str:
    m = re.search(rf"<!-- {marker} -->\n```bash\n(.+?)\n```", README)
    assert m, marker
    return m.group(1)


def test_quick_start_has_two_single_line_commands() -> None:
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert quickstart("quickstart-run") == venv + "pip install . && workplan by-unit 区商务委"
    assert quickstart("quickstart-test") == venv + 'pip install -e ".[test]" && pytest'


def test_ci_runs_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "quickstart-test" in ci and "quickstart-run" in ci


def test_screenshots_exist() -> None:
    for name in load_gen_docs().SCREENSHOTS:
        svg = Path(ROOT / "docs" / f"{name}.svg").read_text(encoding="utf-8")
        assert svg.startswith("<svg") and f"docs/{name}.svg" in README


EXAMPLES = re.findall(r"<!-- python-example -->\n```python\n(.+?)```\n\n```text\n(.+?)```", README, re.S)


@pytest.mark.parametrize(("code", "output"), EXAMPLES, ids=[f"example {k + 1}" for k in range(len(EXAMPLES))])
def test_the_python_examples_print_what_the_readme_says(tmp_path: Path, code: str, output: str) -> None:
    """Each of the README's Python API examples, run from another folder as a notebook user would."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == output


def test_every_use_case_of_the_command_line_has_a_python_example() -> None:
    """The library's front door, shown: each call the CLI's commands make appears in a run example."""
    code = "\n".join(c for c, _ in EXAMPLES)
    for call in (
        "load(",
        "select(",
        "search(",
        "export_file(",
        "report(",
        "status(",
        "import_notice(",
        "save_dataset(",
        "validate(",
        ".diff(",
        "check_ledger(",
        "overdue(",
        "completion_rates(",
        "progress_log(",
    ):
        assert call in code, call


def test_the_readme_module_table_names_every_module_and_only_those() -> None:
    """The table of modules is read against the code: each top-level module in the first column, each
    subpackage as `name/` with each of its modules named in its row; nothing named that is gone."""
    table = README.split("| 模块 | 职责 |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split(" | ", 1) for line in table.splitlines()[2:]]
    first = " ".join(cells[0] for cells in rows)
    package = ROOT / "workplan"
    top = {p.name for p in package.glob("*.py")}
    named_top = set(re.findall(r"`([\w]+\.py)`", first))
    assert named_top == top
    for sub in sorted(p for p in package.iterdir() if (p / "__init__.py").exists()):
        [row] = [cells[1] for cells in rows if f"`{sub.name}/`" in cells[0]]
        modules = {p.stem for p in sub.glob("*.py")} - {"__init__"}
        named = {m for m in modules if f"`{m}`" in row}
        assert named == modules, (sub.name, modules - named)
