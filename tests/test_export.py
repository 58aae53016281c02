"""Ledger exports: files opened back with openpyxl and csv, filters, formula safety, no clobbering."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from workplan.export import HEADERS, PAGE_WIDTH


def export(run: Callable[..., Any], path: Path, *args: str) -> Any:
    result = run("export", str(path), *args)
    assert result.exit_code == 0, result.output
    return result


def test_xlsx_ledger_for_one_unit(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "人社局.xlsx"
    export(run, out, "--unit", "人社局")
    wb = load_workbook(out)
    assert wb.sheetnames == ["封面", "区人力资源社会保障局台账"]
    ws = wb["区人力资源社会保障局台账"]
    header = [c.value for c in ws[1]]
    assert header == [*HEADERS[:5], "本单位角色", *HEADERS[5:]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r[1] for r in rows] == ["3.3", "4.2", "G2", "G3"]
    assert {r[5] for r in rows} == {"牵头"} and rows[0][0] == 1
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws["E2"].alignment.wrap_text and ws["A1"].font.name == "宋体" and ws["A1"].font.bold
    assert sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(header) + 1)) == PAGE_WIDTH
    assert rows[1][header.index("完成时限")] == datetime.datetime(2020, 6, 30)
    assert rows[1][header.index("完成情况")] is None


def test_xlsx_full_export_has_a_sheet_per_unit_and_a_cover(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export(run, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["封面", "台账"]
    assert wb["台账"].max_row == 42
    assert [c.value for c in wb["区商务委"]["B"][1:]] == ["2.3", "2.6", "2.7", "G4"]
    assert [c.value for c in wb["殷行街道"]["F"][1:]] == ["配合"] * 6
    assert "殷行街道" in wb.sheetnames  # through 各街道, which is a group and gets no sheet, like 相关成员单位
    assert "各街道" not in wb.sheetnames and "相关成员单位" not in wb.sheetnames
    assert {c.value for c in wb["殷行街道"]["N"][1:]} == {"经各街道配合"}
    cover = {row[0].value: row[1].value for row in wb["封面"].iter_rows()}
    assert cover["标题"] == "上海市杨浦区人民政府2020年第二季度工作要点"
    assert cover["C5"].startswith("5.1: 427日 → 4月27日")


def test_deadline_from_the_text(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "s5.xlsx"
    export(run, out, "--section", "5")
    ws = load_workbook(out)["台账"]
    deadlines = {
        ws.cell(row=i, column=2).value: ws.cell(row=i, column=10).value for i in range(2, ws.max_row + 1)
    }
    assert deadlines["5.1"] == datetime.datetime(2020, 5, 6)  # 在5月6日前
    assert deadlines["5.2"] == datetime.datetime(2020, 6, 30)


def test_csv_file_has_a_bom_and_chinese_headers(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "l.csv"
    export(run, out, "--leader", "赵亮")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["编号"] for r in rows] == ["G4", "G5", "G6", "G8", "G9"] and rows[0]["牵头领导"] == "赵亮"


def test_csv_on_stdout_has_no_bom(run: Callable[..., Any]) -> None:
    assert not run("list", "--format", "csv").stdout_bytes.startswith(b"\xef\xbb\xbf")


def test_markdown_has_a_table_per_section(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "l.md"
    export(run, out, "--unit", "区规划资源局")
    text = out.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 综合经济",
        "## 创新转型",
        "## 城市规划、建设和管理",
        "## 攻坚专项",
    ]


def test_json_export_with_search_filter(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    export(run, out, "--search", "旧改")
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == ["4.1", "G7"]


def test_format_option_overrides_the_extension(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "ledger.txt"
    export(run, out, "--format", "csv")
    assert out.read_bytes().startswith("\ufeff序号".encode())
    bad = run("export", str(tmp_path / "ledger.doc"))
    assert bad.exit_code == 2 and "cannot tell the format" in bad.stderr


def test_existing_file_is_not_clobbered(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"precious")
    result = run("export", str(out))
    assert result.exit_code == 4 and "already exists" in result.stderr
    assert out.read_bytes() == b"precious"
    export(run, out, "--force")
    assert load_workbook(out).sheetnames[0] == "封面"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_failed_write_leaves_the_old_file(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "keep.csv"
    out.write_bytes(b"old")

    def boom(*_: Any, **__: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", boom)
    result = run("export", str(out), "--force")
    assert result.exit_code == 4 and "No space left" in result.stderr
    assert out.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]


def test_no_match_writes_nothing(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "none.xlsx"
    assert run("export", str(out), "--search", "火星基地").exit_code == 1
    assert not out.exists()


def test_formula_like_values_are_never_formulas(
    run: Callable[..., Any], tmp_path: Path, edited_dataset: Callable[..., Path]
) -> None:
    path = edited_dataset(
        ("title: 消费拉动", 'title: "=HYPERLINK(\\"http://x\\")"'), ("title: 对外开放", 'title: "@SUM(A1)"')
    )
    xlsx, csv_out = tmp_path / "e.xlsx", tmp_path / "e.csv"
    assert run("--data", str(path), "export", str(xlsx), "--unit", "区商务委").exit_code == 0
    assert run("--data", str(path), "export", str(csv_out), "--unit", "区商务委").exit_code == 0
    ws = load_workbook(xlsx)["区商务委台账"]
    cell = next(c for c in ws["D"] if c.value and "HYPERLINK" in str(c.value))
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")' and cell.quotePrefix
    rows = list(csv.reader(io.StringIO(csv_out.read_text(encoding="utf-8-sig"))))
    titles = [r[3] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in titles and "'@SUM(A1)" in titles
