"""Ledgers come back as the unit's office suite saves them: LibreOffice's .ods, WPS's and old Excel's
.xls. Each is made here by LibreOffice itself from a filled-in export, and must read as the .xlsx does.
Needs `soffice` (Debian: libreoffice-calc-nogui), which CI installs; skipped only where it is absent."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from workplan.corpus import Corpus
from workplan.errors import DataError
from workplan.progress.ledger_read import read_ledger

from ..office import convert
from .conftest import fill
from .test_ledger_read import TODAY

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"),
    pytest.mark.slow,
]


def converted(path: Path, fmt: str) -> Path:
    out = path.parent / fmt
    out.mkdir(exist_ok=True)
    return convert(path, fmt, out)


def said(path: Path, corpus: Corpus) -> set[tuple[str, str, str, str, object]]:
    read = read_ledger(path, corpus, TODAY)
    assert read.bad == []
    return {(u.id, u.unit, u.status.value, u.note, u.as_of) for u in read.updates}


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_ledger_saved_as_ods_or_xls_reads_as_the_xlsx(
    corpus: Corpus, ledger_copy: Callable[[str], Path], fmt: str
) -> None:
    path = ledger_copy(".xlsx")
    wb = openpyxl.load_workbook(path)
    fill(wb["台账"], 1, {"2.6": {"进展状态": "已完成", "完成情况": "已发放消费券", "填报日期": "6月18日"}})
    fill(wb["区商务委"], 1, {"2.7": {"进展状态": "推进中", "完成情况": "方案已报审"}})
    wb.save(path)
    expected = said(path, corpus)
    assert len(expected) == 2
    assert said(converted(path, fmt), corpus) == expected


def test_an_ods_sheet_with_a_far_cell_is_refused_before_its_cells_are_made(
    corpus: Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "far.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "进展状态"])
    ws.cell(150_001, 1, "x")
    wb.save(path)
    with pytest.raises(DataError, match="too many rows or cells"):
        read_ledger(converted(path, "ods"), corpus, TODAY)


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_percent_the_format_cannot_tell_is_asked_not_guessed(
    corpus: Corpus, ledger_copy: Callable[[str], Path], fmt: str
) -> None:
    """An .xls read through calamine keeps no number formats: a 60% cell is 0.6 and read as 60, 60 is
    60, but 100% and a plain 1 are the same number there, so that row is bad (saying why), never
    silently 1%. An .ods says which cells are percents (its content.xml, pass 97): read as the .xlsx."""
    path = ledger_copy(".xlsx")
    wb = openpyxl.load_workbook(path)
    rows = fill(
        wb["台账"],
        1,
        {
            "2.6": {"进展状态": "已完成", "完成进度": 1.0},
            "2.7": {"进展状态": "推进中", "完成进度": 0.6},
            "2.3": {"进展状态": "推进中", "完成进度": 60},
        },
    )
    for row in (rows["2.6"], rows["2.7"]):
        wb["台账"].cell(row, wb["台账"].max_column).number_format = "0%"
    wb.save(path)
    assert {u.id: u.percent for u in read_ledger(path, corpus, TODAY).updates} == {
        "2.6": 100,
        "2.7": 60,
        "2.3": 60,
    }
    read = read_ledger(converted(path, fmt), corpus, TODAY)
    if fmt == "ods":
        assert {u.id: u.percent for u in read.updates} == {"2.6": 100, "2.7": 60, "2.3": 60}
        assert read.bad == []
        return
    assert {u.id: u.percent for u in read.updates} == {"2.7": 60, "2.3": 60}
    [bad] = read.bad
    assert f":{rows['2.6']}:" in bad and "100%" in bad


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_report_merged_down_a_units_rows_is_each_rows_report(
    corpus: Corpus, ledger_copy: Callable[[str], Path], fmt: str
) -> None:
    """Pass 97: one 进展状态 / 完成情况 / 填报日期 merged down a unit's rows reads as each row's in an
    .xlsx and an .xls; an .ods gives calamine no merged ranges, and three of the four reports were
    counted as rows left unfilled."""
    path = ledger_copy(".xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["区商务委"]
    id_column = next(c.column for c in ws[1] if c.value == "编号")
    top, bottom = 2, 3  # the unit's first two items
    ids = [ws.cell(top, id_column).value, ws.cell(bottom, id_column).value]
    fill(ws, 1, {ids[0]: {"进展状态": "推进中", "完成情况": "方案已报审", "填报日期": "6月18日"}})
    for header in ("进展状态", "完成情况", "填报日期"):
        column = next(c.column_letter for c in ws[1] if c.value == header)
        ws.merge_cells(f"{column}{top}:{column}{bottom}")
    wb.save(path)
    expected = said(path, corpus)
    assert {i for i, *_ in expected} == set(ids)
    assert said(converted(path, fmt), corpus) == expected


@pytest.mark.parametrize("hide", ["row", "column"])
def test_a_report_hidden_in_an_ods_is_read_and_said(
    corpus: Corpus, ledger_copy: Callable[[str], Path], hide: str
) -> None:
    """calamine reads an .ods's hidden rows and columns as shown: a report out of sight was read in
    silence there (said for .xlsx). content.xml says what it collapses; .xls is still read as shown."""
    path = ledger_copy(".xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["台账"]
    rows = fill(ws, 1, {"2.6": {"完成情况": "已发放", "进展状态": "已完成"}, "2.7": {"进展状态": "推进中"}})
    if hide == "row":
        ws.row_dimensions[rows["2.6"]].hidden = True
    else:
        ws.column_dimensions[next(c.column_letter for c in ws[1] if c.value == "进展状态")].hidden = True
    wb.save(path)
    ods = converted(path, "ods")
    read = read_ledger(ods, corpus, TODAY)
    assert {u.id for u in read.updates} == {"2.6", "2.7"}
    if hide == "row":
        assert read.doubts == [f"{ods}:台账:{rows['2.6']}: 隐藏的行中的报告, 已读入 (hidden; read)"]
    else:
        assert sorted(read.doubts) == sorted(
            f"{ods}:台账:{rows[r]}: 隐藏的列中的报告, 已读入 (hidden column; read)" for r in ("2.6", "2.7")
        )
