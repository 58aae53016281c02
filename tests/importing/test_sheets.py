"""A 任务分解表 published as a spreadsheet (.xlsx, .ods, .xls) or saved as CSV is read as the table it is,
by the bounded reader a returned 台账 is read by: it had been refused (a zip, not a .docx; no numbered
item or task table found)."""

from __future__ import annotations

import datetime
import io
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from workplan.errors import DataError
from workplan.importing import detect, import_notice

from ..office import convert
from .helpers import records

TITLE = "某区2024年重点工作任务分解表"
HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
EXPECTED = [
    ("新建公园3个", ["区城管局"], ["区财政局", "区规划局"], "2024-06-30"),
    ("改造道路5条", ["区住建局"], ["区交通局"], "2024-12-31"),
    ("新增托育位500个", ["区卫健委"], ["区教育局"], "2024-09-30"),
]


def workbook(draft: bool = True) -> openpyxl.Workbook:
    """A title merged across the table, the header, group rows merged across it, numbers as numbers and
    a date as a date (as a spreadsheet stores them), a hidden draft row, and a hidden sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.append([TITLE])
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    ws.append(["一、城市建设"])
    ws.merge_cells("A3:E3")
    ws.append([1, "新建公园3个", "区城管局", "区财政局、区规划局", datetime.date(2024, 6, 30)])
    ws.append([2, "改造道路5条", "区住建局", "区交通局", "2024年12月底"])
    if draft:
        ws.append([3, "草稿任务", "区草稿局", "", ""])
        ws.row_dimensions[6].hidden = True
    ws.append(["二、民生保障"])
    ws.merge_cells(f"A{ws.max_row}:E{ws.max_row}")
    ws.append([4, "新增托育位500个", "区卫健委", "区教育局", datetime.datetime(2024, 9, 30)])
    old = wb.create_sheet("旧稿")
    old.append(HEADER)
    old.append([1, "旧稿任务", "区旧稿局", "", ""])
    old.sheet_state = "hidden"
    return wb


def read(raw: bytes, name: str) -> tuple[list[tuple[Any, ...]], list[str], dict[str, Any]]:
    result = import_notice(raw, name)
    found = [(t, lead, support, extras.get("deadline")) for _, t, _, lead, support, extras in records(result)]
    return found, [str(w) for w in result.warnings], result.data


def saved(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_task_table_published_as_xlsx_is_read() -> None:
    raw = saved(workbook())
    assert detect(raw) == "xlsx"
    found, warnings, data = read(raw, "t.xlsx")
    assert found == EXPECTED
    assert [s["title"] for s in data["sections"]] == ["城市建设", "民生保障"]
    assert data["meta"]["year"] == 2024 and data["meta"]["plan_title"] == TITLE
    assert any("row 6: 隐藏的行未导入 (a hidden row left out): 3 草稿任务 区草稿局" in w for w in warnings)
    assert any("sheet 旧稿: 隐藏的工作表未导入" in w for w in warnings)


def test_a_task_table_saved_as_csv_is_read() -> None:
    """UTF-8 (with or without a BOM) or GBK, a title line above, a quoted cell holding a comma."""
    lines = [
        TITLE + ",,,,",
        ",".join(HEADER),
        "一、城市建设,,,,",
        '1,新建公园3个,区城管局,"区财政局,区规划局",2024年6月30日',
        "2,改造道路5条,区住建局,区交通局,2024年12月底",
        "二、民生保障,,,,",
        "4,新增托育位500个,区卫健委,区教育局,2024年9月30日",
    ]
    text = "\r\n".join(lines) + "\r\n"
    for raw in (text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("gbk")):
        assert detect(raw) == "csv"
        assert read(raw, "t.csv")[0] == EXPECTED
    # pass 96: a European locale's semicolons, and the header under a note of several lines
    noted = "\r\n".join(["说明:"] * 7 + [line.replace(",", ";") for line in lines]) + "\r\n"
    assert detect(noted.encode()) == "csv" and read(noted.encode(), "t.csv")[0] == EXPECTED
    # a text notice whose unit lists are split by half-width commas stays text
    notice = (
        "一、城市建设\n1.新建公园3个。(牵头单位:区城管局,区财政局,区规划局)\n2.改造道路5条,完成时限:年底。\n"
    )
    assert detect(notice.encode()) == "text"


def test_what_a_sheet_does_not_show_is_left_out_and_said_and_cells_read_as_shown() -> None:
    """Pass 96: a hidden column (配合单位) was dropped unsaid, a cell whose format shows nothing (;;;) read
    as if shown, a date shown as a month read as its 1st (a deadline a month early), a percent as 0.85."""
    wb = workbook()
    ws = wb["任务分解表"]
    ws.column_dimensions["D"].hidden = True
    ws["B5"].number_format = ";;;"
    ws.append([5, "完成率达到目标", "区统计局", "", datetime.date(2024, 6, 1)])
    ws.cell(ws.max_row, 5).number_format = 'yyyy"年"m"月"'
    ws.append([6, "覆盖率", "区卫健委", "", 0.85])
    ws.cell(ws.max_row, 5).number_format = "0%"
    ws.append([7, "全覆盖", "区卫健委", "", 1])  # a whole percent is an int in the file
    ws.cell(ws.max_row, 5).number_format = "0%"
    ws.append([8, "完成率", "区卫健委", "", 85.5])  # a percent sign written as a word: no percent
    ws.cell(ws.max_row, 5).number_format = '0.0"%"'
    ws.append([9, "第一批", "区民政局", "", datetime.date(2024, 3, 31)])  # a deadline merged down two rows
    ws.cell(ws.max_row, 5).number_format = "yyyy/m/d"
    ws.append([10, "第二批", "区民政局", "", None])
    ws.merge_cells(f"E{ws.max_row - 1}:E{ws.max_row}")
    result = import_notice(saved(wb), "t.xlsx")
    said = [str(w) for w in result.warnings]
    rows = records(result)
    assert all(support == [] for *_, support, _ in rows)  # the hidden 配合单位 column
    assert any("column 4: 隐藏的列未导入 (a hidden column left out)" in w and "配合单位" in w for w in said)
    assert "改造道路5条" not in [t for _, t, *_ in rows]
    assert any("row 5 cell 2: 格式设为不显示的单元格未导入" in w and "改造道路5条" in w for w in said)
    texts = {t: (text, extras.get("deadline")) for _, t, text, _, _, extras in rows}
    assert texts["完成率达到目标"][1] == "2024-06-30"  # 2024年6月: the month's end, as a notice means it
    assert texts["覆盖率"][1] is None and "85%" in result.yaml_text
    assert "完成时限:100%" in result.yaml_text and "完成时限:85.5\n" in result.yaml_text  # (not 8550%)
    assert (
        texts["第一批"][1] == texts["第二批"][1] == "2024-03-31"
    )  # (the merge's format carried, not a month)


def test_a_workbook_past_what_is_read_in_this_process_is_read() -> None:
    """Pass 96: past 256 KiB a notice is read in a bounded child, and the workbook's own bounded reader
    could not start another inside it: every real workbook of some size was refused (AssertionError)."""
    wb = workbook(draft=False)
    ws = wb["任务分解表"]
    seed = 1
    for k in range(5, 3005):
        words = ""
        for _ in range(60):  # words of their own, as a real table's are: the file does not shrink away
            seed = seed * 1103515245 + 12345 & 0x7FFFFFFF
            words += chr(0x4E00 + seed % 20000)
        ws.append([k, f"推进{words}", "区发改委", "区财政局", "2024年12月底"])
    raw = saved(wb)
    assert len(raw) > 256 * 1024
    found = read(raw, "t.xlsx")[0]
    assert len(found) == 3003 and found[:2] == EXPECTED[:2]


def test_a_workbook_too_large_in_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A merged range carries its text into every cell it covers: a workbook's text is bounded."""
    from workplan import limits

    monkeypatch.setattr(limits, "MAX_SHEET_TEXT", 100)
    with pytest.raises(DataError, match="表格文字超过 100 字"):
        import_notice(saved(workbook()), "t.xlsx")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_task_table_saved_by_an_office_suite_as_ods_or_xls_is_read(tmp_path: Path, fmt: str) -> None:
    """As LibreOffice saves it (WPS and old Excel write .xls). An .xls says no hidden rows to the reader
    (SECURITY.md): its draft row is read as shown to no one, so the table here hides none."""
    wb = workbook(draft=False)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    raw = convert(path, fmt, tmp_path).read_bytes()
    assert detect(raw) == fmt
    found, said, _ = read(raw, f"t.{fmt}")
    assert found == EXPECTED
    assert (fmt == "xls") == any("an .xls says no hidden rows or columns" in w for w in said)
