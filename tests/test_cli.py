"""Every command and format through the CLI (in-process), with the JSON contract and exit codes."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workplan.loader import shipped_data
from workplan.output.render import Format

RECORD_KEYS = {
    "document",
    "id",
    "kind",
    "section",
    "title",
    "text",
    "lead_units",
    "support_units",
    "lead_by_division",
    "lead_leaders",
    "support_leaders",
}


def test_list_json_contract(run_json: Callable[..., Any]) -> None:
    records = run_json("list")
    assert len(records) == 41
    assert [r["id"] for r in records[:2]] == ["1.1", "1.2"] and records[-1]["id"] == "G9"
    for r in records:
        assert set(r) >= RECORD_KEYS
        assert isinstance(r["lead_by_division"], bool)
        assert all(
            isinstance(r[k], list) for k in ("lead_units", "support_units", "lead_leaders", "support_leaders")
        )
    g5 = next(r for r in records if r["id"] == "G5")
    assert (g5["kind"], g5["section"], g5["lead_leaders"], g5["support_leaders"]) == (
        "project",
        None,
        ["赵亮"],
        ["徐建华"],
    )


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--section", "2"], ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]),
        (["--section", "民生"], ["4.1", "4.2", "4.3"]),
        (["--kind", "project", "--leader", "王浩"], ["G8", "G9"]),
        (["--unit", "商务委"], ["2.3", "2.6", "2.7", "G4"]),
        (["--unit", "区规划资源局", "--kind", "task"], ["2.5", "3.1", "7.1"]),
    ],
)
def test_list_filters(run_json: Callable[..., Any], args: list[str], ids: list[str]) -> None:
    assert [r["id"] for r in run_json("list", *args)] == ids


def test_by_unit_with_roles(run_json: Callable[..., Any]) -> None:
    rows = run_json("by-unit", "区商务委")
    assert [(r["id"], r["role"]) for r in rows] == [
        ("2.3", "lead"),
        ("2.6", "lead"),
        ("2.7", "lead"),
        ("G4", "lead"),
    ]
    rows = run_json("by-unit", "殷行街道", "--role", "support")
    assert {r["via"] for r in rows} == {"各街道"} and len(rows) == 6


def test_by_unit_grouping(run_json: Callable[..., Any]) -> None:
    groups = run_json("by-unit")
    by_name = {g["unit"]: g for g in groups}
    assert by_name["区商务委"]["lead"] == ["2.3", "2.6", "2.7", "G4"]
    assert "各街道" not in by_name and "相关成员单位" not in by_name  # collectives are groups, not units
    assert by_name["殷行街道"]["support"] == ["4.2", "4.3", "5.2", "6.1", "6.2", "7.4"]  # via 各街道
    assert by_name["殷行街道"]["mentioned"] == ["8.1"]
    leads = [len(g["lead"]) for g in groups]
    assert leads == sorted(leads, reverse=True)
    assert run_json("units") == groups


def test_by_leader(run_json: Callable[..., Any]) -> None:
    rows = run_json("by-leader", "赵亮")
    assert [(r["id"], r["role"]) for r in rows][:2] == [("G4", "lead"), ("G5", "lead")]
    groups = run_json("leaders")
    assert {g["leader"] for g in groups} == {"周海鹰", "李雅平", "赵亮", "徐建华", "王浩"}


def test_show_accepts_every_id_form(run_json: Callable[..., Any]) -> None:
    for typed in ("2.6", "二(六)", "二（六）"):
        assert run_json("show", typed)["title"] == "消费拉动"
    g4 = run_json("show", "攻坚四")
    assert g4["id"] == "G4" and g4["lead_units"] == ["区商务委"]


def test_show_lists_the_corrections_that_touch_the_record(run: Callable[..., Any]) -> None:
    result = run("show", "5.1", "--json")
    data = json.loads(result.stdout)
    assert [c["received"] for c in data["corrections"]] == ["427日", "56日"]
    table = run("show", "5.1").stdout
    assert "427日 → 4月27日" in table and "区教育局" in table


def test_search_ranks_title_hits_first(run_json: Callable[..., Any]) -> None:
    hits = run_json("search", "旧改")
    assert [h["id"] for h in hits][:2] == ["G7", "4.1"]
    assert hits[0]["score"] > hits[1]["score"]
    assert hits[0]["matches"][0] == {"term": "旧改", "field": "title", "kind": "exact", "spans": [[2, 4]]}


def test_search_short_forms_traditional_and_exclusions(run_json: Callable[..., Any]) -> None:
    assert {h["id"] for h in run_json("search", "人社局")} == {"3.3", "4.2", "G2", "G3"}
    assert [h["id"] for h in run_json("search", "舊改")] == [h["id"] for h in run_json("search", "旧改")]
    with_streets = {h["id"] for h in run_json("search", "就业")}
    without = {h["id"] for h in run_json("search", "就业", "-街道")}
    assert without and without < with_streets
    assert all("各街道" not in h["support_units"] for h in run_json("search", "就业", "-街道"))


def test_search_abbreviations_and_exact(run_json: Callable[..., Any]) -> None:
    default = {h["id"] for h in run_json("search", "稳就业")}
    assert "4.2" in default  # 稳定就业
    exact = {h["id"] for h in run_json("search", "稳就业", "--exact")}
    assert exact <= default and "4.2" not in exact


def test_search_every_term_must_match(run_json: Callable[..., Any]) -> None:
    both = {h["id"] for h in run_json("search", "滨江", "规划")}
    first, second = (
        {h["id"] for h in run_json("search", "滨江")},
        {h["id"] for h in run_json("search", "规划")},
    )
    assert both == first & second == {"3.1"}
    assert first - both and second - both  # each term alone finds more: the second one really narrowed


def test_stats(run_json: Callable[..., Any]) -> None:
    data = run_json("stats")
    assert [s["tasks"] for s in data["sections"]] == [5, 8, 3, 3, 3, 2, 4, 4]
    assert {t["kind"]: t["count"] for t in data["totals"]} == {"task": 32, "project": 9}
    zhao = next(x for x in data["leaders"] if x["leader"] == "赵亮")
    assert (zhao["lead_count"], zhao["support_count"]) == (2, 3)
    units = {u["unit"] for u in data["units"]}
    assert "各街道" not in units and "相关成员单位" not in units  # collectives are not units


def test_docs(run_json: Callable[..., Any]) -> None:
    (doc,) = run_json("docs")
    assert (doc["id"], doc["tasks"], doc["projects"], doc["signed"]) == ("yangpu-2020q2", 32, 9, "2020-04-20")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["by-unit", "区商务局"], 2, "did you mean: 区税务局、区商务委"),
        (["by-unit", "街道"], 2, "ambiguous"),
        (["show", "9.9"], 2, "no record '9.9'"),
        (["list", "--section", "九"], 2, "没有板块"),
        (["by-leader", "张三"], 2, "unknown leader"),
        (["search", "--jsn", "旧改"], 2, "(no such option): --jsn"),
        (["search", "-旧改"], 2, "at least one term"),
        (["list", "--width", "5"], 2, "5 小于 20 (must be at least 20)"),
        (["list", "-w", "wide"], 2, "'wide' 不是整数"),
        (["import", "x.txt", "--timeout", "0"], 2, "0 小于 0.1"),
    ],
)
def test_usage_errors(run: Callable[..., Any], args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_no_match_exits_1_with_empty_json(run: Callable[..., Any]) -> None:
    result = run("search", "火星基地", "--json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []
    assert run("search", "火星基地").exit_code == 1


def test_bad_data_file_exits_3(run: Callable[..., Any], tmp_path: Any) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [1\n", encoding="utf-8")
    result = run("--data", str(bad), "list")
    assert result.exit_code == 3 and f"{bad}:2:1" in result.stderr
    assert run("validate", str(bad)).exit_code == 3


def test_validate_ok(run: Callable[..., Any]) -> None:
    result = run("validate")
    assert result.exit_code == 0 and "32 项工作要点, 9 项攻坚专项" in result.stdout


def test_validate_reads_a_dataset_from_stdin(run: Callable[..., Any]) -> None:
    """`validate -` looked for a file named '-'; a dataset piped from another program is checked as read."""
    good = run("validate", "-", input=shipped_data().read_bytes())
    assert good.exit_code == 0 and good.stdout.startswith("ok: <stdin> (32 项工作要点, 9 项攻坚专项")
    bad = run("validate", "-", input="id: [\n")
    assert bad.exit_code == 3 and bad.stderr.startswith("<stdin>:2:1: YAML 语法错误")
    assert run("validate", "-", input=b"\xff").stderr.startswith("<stdin>: 不是 UTF-8 编码")


def test_data_from_environment(
    run: Callable[..., Any], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKPLAN_DATA", str(tmp_path / "nope.yaml"))
    result = run("list")
    assert result.exit_code == 3 and "no such file" in result.stderr


@pytest.mark.parametrize("fmt", [f.value for f in Format])
@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["by-unit", "区商务委"],
        ["by-unit"],
        ["by-leader"],
        ["search", "旧改"],
        ["stats"],
        ["show", "G4"],
        ["docs"],
    ],
)
def test_every_command_renders_every_format(run: Callable[..., Any], command: list[str], fmt: str) -> None:
    result = run(*command, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.strip()
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(r) for r in rows}) == 1 and len(rows) >= 2
    elif fmt == "markdown":
        assert "|---|" in out
    else:
        assert "\x1b[" not in out  # not a terminal: no escape codes


def test_csv_keeps_lists_readable(run: Callable[..., Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(run("by-unit", "区商务委", "--format", "csv").stdout)))
    assert (
        rows[0]["id"] == "2.3"
        and rows[0]["lead_units"] == "区发展改革委、区商务委"
        and rows[0]["role"] == "lead"
    )


def test_table_shows_chinese_headers_and_folds_long_cells(run: Callable[..., Any]) -> None:
    out = run("by-unit", "殷行街道", env={"COLUMNS": "80"}).stdout
    assert "编号" in out and "角色" in out and "配合(经各街道)" in out
    assert "…" not in out
    assert (
        max(
            sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
            for line in out.splitlines()
        )
        <= 80
    )


def test_markup_in_data_is_printed_literally(
    run: Callable[..., Any], edited_dataset: Callable[..., Any]
) -> None:
    path = edited_dataset(("title: 消费拉动", 'title: "[bold]消费[/]拉动\\e[31m"'))
    out = run("--data", str(path), "show", "2.6").stdout
    assert "[bold]消费[/]拉动\\u001b[31m" in out


def test_overview_without_a_command(run: Callable[..., Any]) -> None:
    result = run()
    assert result.exit_code == 0
    assert "上海市杨浦区人民政府2020年第二季度工作要点" in result.stdout and "by-unit" in result.stdout


def test_version(run: Callable[..., Any]) -> None:
    from workplan import __version__

    assert run("--version").stdout.strip() == f"workplan {__version__}"


def test_schema_command(run: Callable[..., Any]) -> None:
    assert json.loads(run("schema").stdout)["title"] == "workplan dataset"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("workplan by-unit 区商", "区商务委"),
        ("workplan by-unit 人社", "人社局"),
        ("workplan by-leader 赵", "赵亮"),
        ("workplan list --section 综合", "综合经济"),
        ("workplan show G", "G4"),
    ],
)
def test_completion_by_prefix(words: str, expected: str) -> None:
    import os
    import subprocess

    from tests.test_process import EXE

    env = {
        **os.environ,
        "_WORKPLAN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    done = subprocess.run([EXE], capture_output=True, env=env, timeout=60)
    suggestions = done.stdout.decode().split()
    assert expected in suggestions
    typed = words.split()[-1]
    assert all(s.startswith(typed) for s in suggestions)


def test_help_brackets_survive_rich_markup() -> None:
    import subprocess

    from tests.test_process import EXE

    out = subprocess.run([EXE, "list", "--help"], capture_output=True, timeout=60).stdout.decode()
    assert "table|json|jsonl|csv|tsv|markdown" in out


def test_app_is_the_console_script() -> None:
    from importlib.metadata import entry_points

    (ep,) = [e for e in entry_points(group="console_scripts") if e.name == "workplan"]
    assert ep.value == "workplan.cli:main"
    from workplan.cli import main

    assert callable(main)


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["by-unit", "区商务委"], "by-unit"),
        (["--data", "list", "show", "G4"], "show"),  # a folder called "list" is --data's value
        (["-d", "x.yaml", "--json"], None),
        (["--version"], None),
        (["--", "list"], None),
        ([], None),
    ],
)
def test_invoked_command(args: list[str], name: str | None) -> None:
    from workplan.cli.entry import invoked_command

    assert invoked_command(args) == name


def test_issue_12_options_take_effect_or_are_refused(
    run: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    """The front-door issue's checks, each against the real command line."""
    for group in run_json("by-unit", "--section", "2"):
        assert all(ref.startswith("2.") for key in ("lead", "support", "mentioned") for ref in group[key])
    assert any(g["lead"] for g in run_json("by-unit", "--section", "2"))
    leaders = run_json("by-leader", "--role", "lead")
    assert leaders and all(not g["support"] for g in leaders) and any(g["lead"] for g in leaders)
    conflict = run("list", "--json", "--format", "csv")
    assert conflict.exit_code == 2 and conflict.stdout == ""
    exported = run("export", "-", "--format", "csv")
    assert exported.exit_code == 0 and exported.stdout.splitlines()[0].startswith("序号,编号")
    assert run("list", env={"COLUMNS": "abc"}).exit_code == 0
    assert run("by-unit", "--role", "lead", "--kind", "project", "--json").exit_code == 0
    alone = run("list", "--role", "lead")
    assert alone.exit_code == 2 and "--role" in alone.stderr


def test_an_option_a_command_would_not_use_is_refused(run: Callable[..., Any], tmp_path: Path) -> None:
    """--timeout for a file (or a list of files), --force with nothing to overwrite, --data beside
    validate's PATH or for schema and init, `-o -` for a list (a folder named -), stdin named twice:
    each was accepted and did nothing."""
    from .conftest import SOURCE

    listing = tmp_path / "list.txt"
    listing.write_text(f"{SOURCE}\n", encoding="utf-8")
    data = ["--data", str(SOURCE.parent.parent / "workplan_2020q2.yaml")]
    for args, said in (
        (["import", str(SOURCE), "--timeout", "5"], "--timeout 只用于"),
        (
            ["import", "--from-list", str(listing), "-o", str(tmp_path / "o"), "--timeout", "5"],
            "--timeout 只用于",
        ),
        (["import", str(SOURCE), "--force"], "--force 只用于"),
        (["import", str(SOURCE), "-o", "-", "--force"], "--force 只用于"),
        (["export", "-", "--format", "csv", "--force"], "--force 只用于"),
        ([*data, "validate", str(SOURCE)], "--data 与 PATH 只能给一个"),
        ([*data, "schema"], "schema 不读数据集"),
        ([*data, "init", str(tmp_path / "plans")], "init 不读数据集"),
        (["import", "--from-list", str(listing), "-o", "-"], "--from-list 需要 -o 文件夹"),
        (["validate", "-", "-"], "标准输入只能读一次"),
    ):
        refused = run(*args)
        assert (refused.exit_code, refused.stdout) == (2, ""), args
        assert refused.stderr.startswith(f"workplan: error: {said}"), refused.stderr
    assert not (tmp_path / "plans").exists() and not Path("-").exists()
    assert run("import", str(SOURCE)).exit_code == 0  # without them, the same import goes through


def test_issue_16_option_values_in_chinese_and_any_case(
    run_json: Callable[..., Any], run: Callable[..., Any]
) -> None:
    assert {r["kind"] for r in run_json("list", "--kind", "攻坚")} == {"project"}
    assert {r["role"] for r in run_json("by-unit", "区商务委", "--role", "牵头")} == {"lead"}
    upper = run("list", "-f", "JSON")
    assert upper.exit_code == 0 and upper.stdout.startswith("[")
    bad = run("list", "--kind", "攻坚战")
    assert bad.exit_code == 2 and "task|工作要点" in bad.stderr and "pydantic" not in bad.stderr


@pytest.mark.parametrize("typed", ["md", "MD", " Markdown "])
def test_md_names_markdown_as_the_extension_does(run: Callable[..., Any], typed: str) -> None:
    """`--format md` is what a user types after writing `通报.md`: the same output as markdown, for
    queries and for export; against another extension it is still a contradiction."""
    assert run("list", "--format", typed).stdout == run("list", "--format", "markdown").stdout
    exported = run("export", "-", "--format", typed)
    assert exported.exit_code == 0 and exported.stdout == run("export", "-", "--format", "markdown").stdout
    assert run("export", "x.csv", "--format", typed).exit_code == 2


def test_help_shows_every_summary_whole_and_every_argument_as_typed() -> None:
    """`workplan --help` lists each command's first paragraph whole (click cut them mid-word, `CSV(带...`),
    and `validate --help` writes its many paths `[PATH]...` (it printed `[PATH]...]`)."""
    import os
    import subprocess

    from tests.test_process import EXE

    def help_of(*args: str) -> str:
        env = {**os.environ, "COLUMNS": "100"}
        return subprocess.run(
            [EXE, *args, "--help"], capture_output=True, text=True, env=env, check=True
        ).stdout

    top = help_of()
    flat = "".join(top.split())
    assert (
        "CSV(带BOM)、Markdown或JSON;--bulletin导出督查通报" in flat and "returnedledgers,seehistory." in flat
    )
    assert "..." not in top.split("Commands:")[1]
    validate = help_of("validate")
    assert "[PATH]..." in validate and "[PATH]...]" not in validate


def test_a_group_with_no_subcommand_shows_its_help_as_written() -> None:
    """`workplan progress` is a usage error (exit 2) that shows the group's help on stderr as help is
    written, over several lines, not folded into one error line."""
    from workplan.cli.testing import invoke

    done = invoke("progress")
    assert done.exit_code == 2 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0].startswith("Usage: workplan progress") and len(lines) > 8
    assert any(line.strip().startswith("import") for line in lines) and "error:" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "", ""],
        ["list", "--doc", ""],
        ["import", "tests/importing/notices/broken_header.txt", "--id", ""],
        ["progress", "import", "tests/fixtures/none.csv", "--unit", " "],
    ],
    ids=["diff", "doc", "id", "unit"],
)
def test_an_empty_name_is_a_usage_error_not_no_name(run: Callable[..., Any], args: list[str]) -> None:
    """`diff '' ''` compared the one document with itself, `--doc ""` named them all, `--id ""` and
    `--unit ""` were taken as not given: an empty value is refused, as an empty unit is elsewhere."""
    result = run(*args)
    assert result.exit_code == 2 and "为空" in result.stderr, result.stderr
