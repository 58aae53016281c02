"""The XLSX parts written by output/xlsx.py read back (openpyxl) exactly as xlsxwriter's for the same
calls: xlsxwriter wrote the ledgers until our own writer took over for speed, and its output is what
Excel, WPS and LibreOffice were tested with. The oracle below is the xlsxwriter code that was replaced."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Sequence
from typing import Any

import pytest
import xlsxwriter  # a test dependency (.[test]): the oracle
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from workplan.errors import OutputError
from workplan.output import xlsx
from workplan.output.xlsx import BODY, CENTRE, DATE, HEAD, LABEL, TITLE, VALUE, Book


class Oracle:
    """The Book/Sheet calls made through xlsxwriter in constant-memory mode."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(
            self.buffer, {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
        )
        self.formats: dict[tuple[str, bool, str | None], Any] = {}

    def look(self, name: str, quoted: bool = False, shape: str | None = None) -> Any:
        key = (name, quoted, shape)
        if key not in self.formats:
            props = {"font_name": xlsx.FONT, "font_size": xlsx.FONT_SIZE, "text_wrap": True} | xlsx.LOOKS[
                name
            ]
            props |= {"quote_prefix": True} if quoted else {}
            props |= {"num_format": shape} if shape else {}
            self.formats[key] = self.book.add_format(props)
        return self.formats[key]

    def sheet(self, title: str) -> OracleSheet:
        return OracleSheet(self, self.book.add_worksheet(title))

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()


class OracleSheet:
    def __init__(self, book: Oracle, ws: Any) -> None:
        self.book, self.ws = book, ws

    def columns(self, widths: Sequence[float], hidden: Sequence[int] = ()) -> None:
        for i, w in enumerate(widths):
            self.ws.set_column_pixels(i, i, round(w * 7), None, {"hidden": True} if i in hidden else {})

    def row(
        self, n: int, values: Sequence[Any], looks: Sequence[str], height: float, shapes: Any = None
    ) -> None:
        r, shapes, look = n - 1, shapes or {}, self.book.look
        values = [xlsx.cell_text(v) if isinstance(v, str) else v for v in values]
        self.ws.set_row(r, height)
        for c, (v, name) in enumerate(zip(values, looks, strict=True)):
            shape = shapes.get(c)
            if isinstance(v, str) and v:
                self.ws.write_string(r, c, v, look(name, v.startswith(xlsx.FORMULA_START), shape))
            elif v is None or v == "":
                self.ws.write_blank(r, c, None, look(name, False, shape))
            elif isinstance(v, datetime.date):
                dated = shape or (None if "num_format" in xlsx.LOOKS[name] else xlsx.ISO_DATE)
                self.ws.write_datetime(r, c, v, look(name, False, dated))
            else:
                self.ws.write_number(r, c, v, look(name, False, shape))

    def title_row(self, text: str, span: int, height: float) -> None:
        self.ws.set_row(0, height)
        self.ws.merge_range(0, 0, 0, span - 1, xlsx.cell_text(text), self.book.look(TITLE))

    def table_furniture(self, columns: int, rows: int) -> None:
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, rows, columns - 1)
        self.ws.repeat_rows(0)

    def pick_list(self, column: int, first: int, last: int, choices: Sequence[str], title: str) -> None:
        message = "请从下拉列表中选择 (choose from the list): " + "、".join(choices)
        self.ws.data_validation(
            first - 1, column, last - 1, column,
            {"validate": "list", "source": list(choices), "ignore_blank": True, "error_type": "warning",
             "error_title": title, "error_message": message},
        )  # fmt: skip

    def print_setup(self, landscape: bool, pages_tall: int, headings: Sequence[str] = ()) -> None:
        (self.ws.set_landscape if landscape else self.ws.set_portrait)()
        self.ws.set_paper(xlsx.A4)
        self.ws.fit_to_pages(1, pages_tall)
        self.ws.set_margins(left=xlsx.MARGIN, right=xlsx.MARGIN, top=0.7, bottom=0.7)
        self.ws.center_horizontally()
        header = "&C" + xlsx.page_header(*headings) if headings else ""
        self.ws.set_header(header, {"margin": xlsx.MARGIN})
        self.ws.set_footer("&C第 &P 页 / 共 &N 页", {"margin": xlsx.MARGIN})


TEXTS = [
    "推进旧城改造", "=SUM(A1:A2)", "-3", "  前后有空格  ", "第一行\r\n第二行", "A & B <c> \"d\"",
    "_x0041_ 字面", "\x1b[2J 控制", "\u202e 反向", "𠀀 扩展B", "区文化局/区体育局", "x" * 40_000,
]  # fmt: skip


def draw(book: Any, height: Callable[[float], Any]) -> bytes:
    """One workbook touching every call: a form with a merged title, a table with every cell kind,
    hidden and shaped columns, a table with no rows, titles that need quoting in references."""
    cover = book.sheet("封面")
    cover.columns((13, 82))
    cover.title_row("某某区 2024 年工作台账 & 附表", 2, height(30.2))
    for n, (label, value) in enumerate([("标题", "工作要点"), ("事项数", 41), ("签发日期", None)], start=2):
        cover.row(n, [label, value], [LABEL, VALUE], height(15.75))
    cover.print_setup(landscape=False, pages_tall=1)
    table = book.sheet("各乡镇（街道）'s 表")
    table.columns((4, 31, 10, 8, 7), hidden=[3])
    table.row(1, ["序号", "工作任务", "完成时限", "隐藏", "比例"], [HEAD] * 5, height(20))
    for n, text in enumerate(TEXTS, start=2):
        values = [n - 1, text, datetime.date(2024, 12, 31), "", 0.625 if n % 2 else 1.5e-7]
        table.row(n, values, [CENTRE, BODY, DATE, BODY, CENTRE], height(15 + n * 7.3), {4: "0.0%", 0: "@"})
    table.row(len(TEXTS) + 2, [None, "", datetime.date(1900, 3, 1), None, -2], [BODY] * 5, height(409))
    table.table_furniture(5, len(TEXTS) + 1)
    table.pick_list(3, 2, len(TEXTS) + 2, ["未启动", "推进中", "已完成"], "进展状态")
    table.print_setup(
        landscape=True, pages_tall=len(TEXTS) + 2, headings=["A&&G 表头 " + "长" * 300, "短表头 _x0041_"]
    )
    empty = book.sheet("空表")
    empty.columns((10, 10))
    empty.row(1, ["甲", "乙"], [HEAD, HEAD], height(15.75))  # 15, the default, xlsxwriter leaves out
    empty.table_furniture(2, 0)
    empty.pick_list(1, 2, 1, ["是", "否"], "选择")
    empty.print_setup(landscape=True, pages_tall=1, headings=["空"])
    return bytes(book.close())


def read(data: bytes) -> dict[str, Any]:
    """Everything of a workbook a person sees or prints, as openpyxl reads it."""
    wb = load_workbook(io.BytesIO(data))
    seen: dict[str, Any] = {"sheets": wb.sheetnames}
    for ws in wb.worksheets:
        ps, m, dv = ws.page_setup, ws.page_margins, ws.data_validations.dataValidation
        seen[ws.title] = {
            "cols": {k: (v.width, v.hidden) for k, v in ws.column_dimensions.items() if v.customWidth},
            "rows": {k: v.height for k, v in ws.row_dimensions.items()},
            "merged": sorted(map(str, ws.merged_cells.ranges)),
            "view": (ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows, ws.print_options.horizontalCentered),
            "check": [(v.type, v.errorStyle, v.allow_blank, v.errorTitle, v.error, str(v.sqref), v.formula1) for v in dv],
            "page": (ps.orientation, ps.paperSize, ps.fitToHeight, ps.fitToWidth, ws.sheet_properties.pageSetUpPr.fitToPage),
            "margins": (m.left, m.right, m.top, m.bottom, m.header, m.footer),
            "header": (ws.oddHeader.center.text, ws.oddFooter.center.text),
            "cells": [
                (c.coordinate, c.value, c.data_type, c.font.name, c.font.sz, c.font.b, c.fill.fill_type,
                 c.fill.fgColor.rgb if c.fill.fill_type else None, c.border.left.style, c.border.bottom.style,
                 c.alignment.horizontal, c.alignment.vertical, c.alignment.wrap_text, c.number_format, c.quotePrefix)
                for row in ws.iter_rows() for c in row
            ],
        }  # fmt: skip
    return seen


def test_the_workbook_reads_back_as_xlsxwriters_for_the_same_calls() -> None:
    with Book() as book:
        ours = draw(book, lambda points: lambda *_: points)
    theirs = read(draw(Oracle(), lambda points: points))
    assert read(ours) == theirs
    table = theirs["各乡镇（街道）'s 表"]
    assert table["view"][:3] == ("A2", "A1:E14", "$1:$1") and table["cols"]["D"][1]  # the oracle saw it all
    # openpyxl leaves Excel's own escapes as written; calamine reads them as Excel does
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(ours)).get_sheet_by_name("各乡镇（街道）'s 表")
    texts = [row[1] for row in sheet.to_python()]
    assert "_x0041_ 字面" in texts and "第一行\r\n第二行" in texts and "  前后有空格  " in texts


def test_the_same_workbook_gives_the_same_bytes() -> None:
    """No clock in the file: an export made twice can be compared, or deduplicated, byte for byte."""

    def made() -> bytes:
        with Book() as book:
            return draw(book, lambda points: lambda *_: points)

    assert made() == made()


def test_a_sheet_past_excels_rows_is_refused_not_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """xlsxwriter ignored a write past row 1,048,576 and the workbook lost the rows without a word."""
    monkeypatch.setattr(xlsx, "SHEET_ROWS", 3)
    with Book() as book:
        sheet = book.sheet("台账")
        for n in (1, 2, 3):
            sheet.row(n, ["x"], [BODY], lambda _: 15)
        with pytest.raises(OutputError) as refused:
            sheet.row(4, ["x"], [BODY], lambda _: 15)
    assert refused.value.exit_code == 4 and "3 行" in str(refused.value)


def test_excels_own_escapes_in_text_read_back_as_written() -> None:
    """Excel reads `_xHHHH_` in a cell or a page header as a character: every underscore that opens one
    is escaped, also where two overlap (`_x0041_x0041_`, which xlsxwriter turned into `_x0041A`), and a
    date Excel cannot count (before 1900-03-01) is written as text, not a negative day number, and so is a
    number that is none (NaN: `<v>NAN</v>` is no number Excel reads)."""
    texts = ["见_x0041_x0041_号文", "_x202E_ 反向", "尾_x0041_", "_x005F_"]
    with Book() as book:
        sheet = book.sheet("表")
        for n, text in enumerate(texts, start=1):
            sheet.row(n, [text, datetime.date(1899, 12, 30), float("nan")], [BODY, DATE, BODY], lambda _: 15)
        sheet.print_setup(landscape=False, pages_tall=1, headings=["计划_x202E_甲_x0041_"])
        data = book.close()
    rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name("表").to_python()
    assert [row[0] for row in rows] == texts and {row[1:] for row in map(tuple, rows)} == {
        ("1899-12-30", "nan")
    }
    assert load_workbook(io.BytesIO(data))["表"].oddHeader.center.text == "计划_x202E_甲_x0041_"
