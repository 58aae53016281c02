"""Validation closes the gaps: every problem in one run, located, with did-you-mean; nothing it passes
can crash a later command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workplan.errors import DataError
from workplan.loader import shipped_data
from workplan.validation import validate_file

SHIPPED = shipped_data().read_text(encoding="utf-8")
Edit = tuple[str, str]


def problems(edited_dataset: Callable[..., Path], *edits: Edit) -> list[str]:
    with pytest.raises(DataError) as info:
        validate_file(edited_dataset(*edits))
    return info.value.problems


def line_of(text: str, nth: int = 1) -> int:
    """1-based line of the nth line of the shipped file that starts with `text` (after indentation)."""
    found = [i + 1 for i, line in enumerate(SHIPPED.splitlines()) if line.lstrip().startswith(text)]
    return found[nth - 1]


def test_three_kinds_of_problem_in_one_run(edited_dataset: Callable[..., Path]) -> None:
    found = problems(
        edited_dataset,
        ("  year: 2020\n", "  year: 2020\n  yaer: 2020\n"),  # an unknown field …
        ("lead: [区商务委]", "lead: [区商务局]"),  # … must hide neither an unknown unit …
        ('id: "2.6"', 'id: "2.5"'),  # … nor a duplicate id
    )
    assert len(found) == 3, found
    for expected in (
        "未知字段 'yaer' (unknown field)",
        "未知单位 '区商务局' (unknown unit; add it to units); 是否指: 区商务委",
        "编号 '2.5' 重复",
    ):
        assert sum(expected in p for p in found) == 1, (expected, found)


def test_a_duplicate_id_points_at_both_places(edited_dataset: Callable[..., Path]) -> None:
    path = edited_dataset(('id: "2.6"', 'id: "2.5"'))
    with pytest.raises(DataError) as info:
        validate_file(path)
    (problem,) = info.value.problems
    second = line_of('- id: "2.6"')
    first = line_of('- id: "2.5"')
    assert problem == f"{path}:{second}:5: 编号 '2.5' 重复 (id already used at line {first})"


def test_an_alias_suggests_the_registered_name(edited_dataset: Callable[..., Path]) -> None:
    (problem,) = problems(edited_dataset, ("lead: [区政府办公室", "lead: [区府办"))
    assert problem.endswith("未知单位 '区府办' (unknown unit; add it to units); 是否指: 区政府办公室?")


def test_a_body_registered_as_only_mentioned_cannot_be_responsible(
    edited_dataset: Callable[..., Path],
) -> None:
    found = problems(edited_dataset, ("lead: [区投资促进办]", "lead: [区委组织部]"))
    assert found and all("登记为仅提及, 却是责任单位" in p and "task 2.4" in p for p in found), found


def test_units_named_with_no_role_must_be_registered(edited_dataset: Callable[..., Path]) -> None:
    (problem,) = problems(
        edited_dataset, ("lead: [区投资促进办]", "lead: [区投资促进办]\n      undetermined: [区某某局]")
    )
    assert "未知单位 '区某某局'" in problem


def test_a_leader_typo_gets_a_suggestion(edited_dataset: Callable[..., Path]) -> None:
    found = problems(edited_dataset, ("lead_leaders: [周海鹰]", "lead_leaders: [周海英]"))
    assert any("未知领导 '周海英' (unknown leader; add it to leaders); 是否指: 周海鹰?" in p for p in found)


@pytest.mark.parametrize("separator", list("、，,；;"))
def test_separators_are_refused_inside_unit_names(
    edited_dataset: Callable[..., Path], separator: str
) -> None:
    name = f"区商务委{separator}区财政局"
    found = problems(
        edited_dataset,
        ("- name: 区商务委\n", f"- name: '{name}'\n"),
        ("lead: [区商务委]", f"lead: ['{name}']"),
    )
    assert any(f"名称中不能含分隔符 、，,；; (name {name!r} contains a separator)" in p for p in found)


def test_separators_are_refused_inside_leader_names(edited_dataset: Callable[..., Path]) -> None:
    found = problems(
        edited_dataset,
        ("- name: 周海鹰\n", "- name: 周海鹰、赵亮\n"),
        ("lead_leaders: [周海鹰]", "lead_leaders: [周海鹰、赵亮]"),
    )
    assert any("leaders.周海鹰、赵亮: 名称中不能含分隔符" in p for p in found)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("year: 2020", "year: 10000"), "meta.year: 年份超出范围 (year must be 1949-2100, got 10000)"),
        (("year: 2020", "year: 1948"), "meta.year: 年份超出范围"),
        (("year: 2020", "year: -" + "9" * 29), "meta.year: 年份超出范围"),
        (("quarter: 2", "quarter: 5"), "meta.quarter: 季度超出范围 (quarter must be 1-4 or null, got 5)"),
        (("quarter: 2", "quarter: 0"), "meta.quarter: 季度超出范围"),
        (("year: 2020", "year: " + "9" * 5000), "整数位数过多 (an integer of 5000 digits)"),
        (("id: yangpu-2020q2", 'id: ""'), "meta.id: 文档编号无效"),
        (("id: yangpu-2020q2", "id: yangpu:2020"), "meta.id: 文档编号无效"),
        (("id: yangpu-2020q2", "id: yangpu 2020"), "meta.id: 文档编号无效"),
        (("id: yangpu-2020q2", "id: " + "x" * 65), "meta.id: 文档编号无效"),
        (("- number: 2\n", "- number: 1000\n"), "section 1000: 板块序号超出范围"),
    ],
)
def test_values_out_of_range_are_refused(
    edited_dataset: Callable[..., Path], edit: Edit, expected: str
) -> None:
    found = problems(edited_dataset, edit)
    assert any(expected in p for p in found), found


@pytest.mark.parametrize(
    "edit",
    [
        ("year: 2020", "year: 2100"),
        ("year: 2020", "year: 1949"),
        ("quarter: 2", "quarter: null"),
        ("id: yangpu-2020q2", "id: 杨浦区-2020.q2_v1"),
    ],
)
def test_values_at_the_edges_are_accepted(edited_dataset: Callable[..., Path], edit: Edit) -> None:
    assert validate_file(edited_dataset(edit)).meta.source


@pytest.mark.parametrize(
    "edit",
    [
        ("year: 2020", "year: 2100"),
        ("quarter: 2", "quarter: null"),
        ("id: yangpu-2020q2", "id: 杨浦区-2100"),
    ],
)
def test_what_validate_passes_every_command_can_use(
    edited_dataset: Callable[..., Path], run: Callable[..., Any], tmp_path: Path, edit: Edit
) -> None:
    path = edited_dataset(edit)
    validate_file(path)
    for args in (["list"], ["show", "2.6"], ["by-unit", "区商务委"], ["stats"], ["search", "消费"]):
        result = run("--data", str(path), *args)
        assert result.exit_code == 0, (args, result.output)
    for name in ("out.xlsx", "out.csv", "out.md", "out.json"):
        result = run("--data", str(path), "export", str(tmp_path / name))
        assert result.exit_code == 0 and (tmp_path / name).stat().st_size > 0, (name, result.output)


def test_many_projects_and_leaders_check_correctly(tmp_path: Path) -> None:
    """The leader registry is checked against the projects through one map, not a scan per leader."""
    n = 2000
    projects = "".join(
        f"- id: G{i}\n  title: 项目{i}\n  text: 做事。\n  sentences: [做事。]\n"
        f"  lead_leaders: [领导{i % n}]\n  support_leaders: [领导{(i + 1) % n}]\n  lead_departments: [区商务委]\n"
        for i in range(1, n + 1)
    )
    leaders = "".join(
        f"- name: 领导{i % n}\n  lead: [G{i}]\n  support: [G{i - 1 if i > 1 else n}]\n"
        for i in range(1, n + 1)
    )
    head = SHIPPED.split("projects:\n")[0]
    units = "units:\n- name: 区商务委\n  kind: department\n"
    sections = "sections:\n- number: 1\n  numeral: 一\n  title: 经济\n  tasks: []\n"
    text = head.split("sections:\n")[0] + sections + "projects:\n" + projects + units + "leaders:\n" + leaders
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    data = validate_file(path)
    assert len(data.projects) == n and len(data.leaders) == n
    path.write_text(text.replace("  support: [G1]\n", "  support: [G2]\n", 1), encoding="utf-8")
    with pytest.raises(DataError, match=r"leaders\.领导2: 与攻坚专项不一致"):
        validate_file(path)


def test_a_value_longer_than_any_plan_writes_is_refused_where_it_starts(
    edited_dataset: Callable[..., Path],
) -> None:
    """An 8 MiB title passed validate, and then `search` ran out of memory: what validate passes, every
    command can use. 100,000 characters pass; one more is refused, at the value's line."""
    from workplan import limits

    long = "旧" * limits.MAX_SCALAR
    validate_file(edited_dataset(("title: 产业培育", f"title: {long}")))
    (found,) = problems(edited_dataset, ("title: 产业培育", f"title: {long}旧"))
    assert f":{line_of('title: 产业培育')}:" in found and "值过长 (a value of 100,001 characters" in found
