"""Hostile data, hostile queries and odd outputs: a clear message and a documented exit code, never a crash."""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan.errors import DataError, UsageError, WorkplanError
from workplan.importing import import_notice
from workplan.matching import ABBREV_MAX, abbreviation_pattern, find, normalise, normalise_query, resolve_name
from workplan.validation import validate_text

LONGEST_PATTERN = len(abbreviation_pattern("旧" * ABBREV_MAX).pattern)
HOSTILE_QUERIES = [
    "[bold]",
    "[/]",
    "[red]旧改[/red]",
    "(.*)",
    ".*",
    "\\",
    "\\d+",
    "a\x00b",
    "\x1b[31m旧改",
    "%s%n",
    "'; DROP TABLE",
    "旧" * 5000,
    "\u202e旧改",
    "𠀀𠀁",
    "-",
    "--",
    "\t",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
@pytest.mark.parametrize("command", ["search", "by-unit", "by-leader", "show"])
def test_hostile_queries_get_a_clean_answer(
    run: Callable[..., Any], command: str, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cost is bounded by structure, not by a clock: no pattern workplan compiles grows with the
    argument (re.compile, re.search and the rest all go through re._compile; libraries' own patterns,
    compiled on their first import, are not counted)."""
    compiled: list[str] = []
    real = re._compile  # type: ignore[attr-defined]

    def recording(pattern: Any, flags: int) -> Any:
        caller = sys._getframe(1)
        while caller.f_back and caller.f_globals["__name__"].split(".")[0] == "re":
            caller = caller.f_back
        if caller.f_globals["__name__"].startswith("workplan"):
            compiled.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "_compile", recording)
    result = run(command, query)
    assert all(len(p) <= LONGEST_PATTERN for p in compiled), max(compiled, key=len)[:200]
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("workplan: error:") or "Usage" in result.stderr


def test_empty_names_are_usage_errors(run: Callable[..., Any]) -> None:
    for command in ("by-unit", "by-leader", "show"):
        result = run(command, "")
        assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_regex_metacharacters_are_literal(run_json: Callable[..., Any]) -> None:
    assert run_json("search", ".*") == []
    assert [h["id"] for h in run_json("search", "(上海)")] == ["3.3"]  # 百度(上海)创新中心


def test_control_characters_in_data_never_reach_the_terminal(
    run: Callable[..., Any], edited_dataset: Callable[..., Path]
) -> None:
    path = edited_dataset(("title: 消费拉动", 'title: "消费\\e]0;pwned\\a\\x9b拉动"'))
    for fmt in ("table", "markdown", "json", "jsonl"):
        out = run("--data", str(path), "show", "2.6", "--format", fmt).stdout
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out, fmt
    data = json.loads(run("--data", str(path), "show", "2.6", "--json").stdout)
    assert data["title"] == "消费\x1b]0;pwned\x07\x9b拉动"  # JSON keeps the data, escaped


def test_deep_nesting_is_refused_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="nested deeper"):
        validate_text("[" * 100_000 + "]" * 100_000, "deep.yaml")


def test_huge_alias_fanout_is_refused_at_the_first_anchor() -> None:
    """Refused where the anchor stands (line 1), before any alias is expanded: no clock needed."""
    text = "a: &a [x]\n" + "".join(f"k{i}: *a\n" for i in range(10_000))
    with pytest.raises(DataError, match="aliases") as refused:
        validate_text(text, "fan.yaml")
    assert refused.value.problems == [
        "fan.yaml:1:4: 数据文件中不允许锚点和别名 (anchors and aliases are not allowed)"
    ]


def test_directory_as_data_file(run: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    result = run("--data", str(tmp_path), "list")
    assert result.exit_code == 3 and "no dataset files" in result.stderr


def test_unreadable_data_file(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1")

    def denied(self: Path, *args: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    monkeypatch.setattr("workplan.validation.opened", denied)  # a data file is opened as a regular one
    result = run("--data", str(path), "list")
    assert (
        result.exit_code == 3
        and result.stderr == f"workplan: error: {path}: 无法读取 (cannot read: Permission denied)\n"
    )


# --- fuzzing: arbitrary input raises only the tool's own errors -----------------------------------

yamlish = st.text(
    alphabet=st.sampled_from(list("ab: -[]{}&*!|>'\"#\n\t 0123456789区商务委,:?%@`\\")), max_size=200
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(yamlish, st.text(max_size=200)))
def test_loader_raises_only_data_errors(text: str) -> None:
    with contextlib.suppress(DataError):
        validate_text(text, "fuzz.yaml")


notice_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "一、经济",
                "(一)标题。内容。(责任单位:区商务委)",
                "1.甲。乙。",
                "牵头领导:张三",
                "攻坚专项工作方案",
                "(责任单位:)",
                "2020420",
                "（二）",
                "牵头部门:",
                "",
                "二、",
                "(1)",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=30,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(notice_lines)
def test_importer_raises_only_data_errors(lines: list[str]) -> None:
    try:
        result = import_notice("\n".join(lines).encode("utf-8"), "fuzz")
    except DataError:
        return
    assert result.data["meta"]["id"] == "fuzz"


@settings(max_examples=300)
@given(st.text(max_size=60), st.text(max_size=200))
def test_matcher_never_raises(term: str, text: str) -> None:
    find(normalise_query(term), normalise(text))
    find(normalise_query(term), normalise(text), exact_only=True)


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_name_resolution_raises_only_usage_errors(query: str) -> None:
    with contextlib.suppress(UsageError):
        resolve_name(query, {"区商务委": ["商务委"], "殷行街道": []}, "unit")


def test_tool_errors_share_a_base_class() -> None:
    assert issubclass(DataError, WorkplanError) and issubclass(UsageError, WorkplanError)


def test_the_overview_never_sends_data_controls_to_the_terminal(edited_dataset: Any, run: Any) -> None:
    """Issue 18: a plan title holding OSC and CSI sequences is shown escaped, on stdout and stderr."""
    path = edited_dataset(
        ("plan_title: 上海市杨浦区人民政府2020年第二季度工作要点", 'plan_title: "计划\\e]0;pwned\\a\\e[2J"'),
        ("issuer: 上海市杨浦区人民政府办公室", 'issuer: "机关\\u202e"'),
    )
    result = run("--data", str(path))
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert "计划\\u001b]0;pwned" in result.stdout
    missing = run("--data", str(path), "by-unit", "区商务委\x1b[2J")
    assert missing.exit_code == 2 and "\x1b" not in missing.stderr
