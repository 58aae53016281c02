"""A 任务分解表 published as a spreadsheet (.xlsx, .ods, .xls) or saved as CSV is read as the table it is,
by the bounded reader a returned 台账 is read by: it had been refused (a zip, not a .docx; no numbered
item or task table found)."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from workplan import limits
from workplan.errors import DataError
from workplan.importing import detect, import_notice, read_size

from ..office import convert
from ..test_hostile_office import with_part
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
    monkeypatch.setattr(limits, "MAX_SHEET_TEXT", 100)
    with pytest.raises(DataError, match="表格文字超过 100 字"):
        import_notice(saved(workbook()), "t.xlsx")


def test_a_workbook_is_read_in_a_bounded_child_whatever_its_size() -> None:
    """Pass 97: an 84 KB workbook said 7.8 million characters (one long cell merged down 3,900 rows, or a
    shared string on every row) and was parsed in this process, past 45 s; a text of its size is not."""
    assert read_size(saved(workbook()))[1] == 0
    assert read_size(b"1.\xe6\x8e\xa8\xe8\xbf\x9b")[1] == limits.READ_HERE_BYTES


def test_a_long_merged_cell_is_repeated_within_the_notices_bound_and_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pass 97: each row a long merged cell covers had its copy parsed again (6,000 copies: minutes);
    past MAX_REPEATED_TEXT it stands in its first cell only, as in a Word or web table."""
    monkeypatch.setattr(limits, "MAX_REPEATED_TEXT", 1000)
    wb = workbook(draft=False)
    ws = wb["任务分解表"]
    many = "、".join(f"区第{k}局" for k in range(50))  # 300 characters: past MAX_REPEATED
    first = ws.max_row + 1
    for k in range(10):
        ws.append([5 + k, f"任务{k}", "区发改委", many if k == 0 else None, "2024年12月底"])
    ws.merge_cells(f"D{first}:D{first + 9}")
    result = import_notice(saved(wb), "t.xlsx")
    supports = {t: support for _, t, _, _, support, _ in records(result)}
    assert len(supports["任务0"]) == 50 and len(supports["任务1"]) == 50  # short of the bound: repeated
    assert supports["任务9"] == []  # past it: not repeated
    assert any("a long merged cell is read in its first cell only" in str(w) for w in result.warnings)


def zh_builtin_date(number_format: str, builtin: int, value: Any = None) -> bytes:
    """A workbook whose deadline cell is shown by one of Excel's Chinese built-in date formats, saved as
    Excel in Chinese saves it: the format's number alone, no <numFmt> written for it."""
    wb = workbook(draft=False)
    if value is not None:
        wb["任务分解表"]["E4"] = value
    wb["任务分解表"]["E4"].number_format = number_format
    raw = saved(wb)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        styles = z.read("xl/styles.xml").decode()
    code = number_format.replace('"', "&quot;")
    custom = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(code)}"/>', styles)
    assert custom is not None
    styles = styles.replace(custom.group(0), "").replace(
        f'numFmtId="{custom.group(1)}"', f'numFmtId="{builtin}"'
    )
    return with_part(raw, "xl/styles.xml", lambda _: styles.encode())


@pytest.mark.parametrize(
    ("number_format", "builtin", "shown"),
    [('yyyy"年"m"月"d"日"', 31, "2024年6月30日"), ('yyyy"年"m"月"', 57, "2024年6月")],
)
def test_a_date_in_a_chinese_built_in_format_reads_as_the_date_it_shows(
    number_format: str, builtin: int, shown: str
) -> None:
    """Pass 97: openpyxl knows only the English built-ins, and read such a date as General 45473: the
    deadline lost, its serial number put in the text."""
    result = import_notice(zh_builtin_date(number_format, builtin), "t.xlsx")
    assert records(result)[0][5]["deadline"] == "2024-06-30"
    assert f"deadline_phrase: {shown}" in result.yaml_text and "45473" not in result.yaml_text


def test_a_number_no_date_has_stays_a_number_under_a_chinese_built_in_format() -> None:
    """Pass 98: a negative serial read as 1899-12-29, a deadline; 1e308 was written out in 309 digits."""
    for value, shown in ((-5, "-5"), (1e308, "1e+308")):
        result = import_notice(zh_builtin_date('yyyy"年"m"月"d"日"', 31, value), "t.xlsx")
        assert "deadline" not in records(result)[0][5] and "1899" not in result.yaml_text
        assert any(f"完成时限 '{shown}'" in str(w) for w in result.warnings)


def test_a_date_shown_as_its_year_is_that_year_not_its_first_day() -> None:
    """Pass 97: 2024年 (yyyy"年") had read as 2024年1月1日, a deadline eleven months early, unsaid."""
    wb = workbook(draft=False)
    wb["任务分解表"]["E4"].number_format = 'yyyy"年"'
    result = import_notice(saved(wb), "t.xlsx")
    assert "deadline" not in records(result)[0][5] and "2024年1月1日" not in result.yaml_text
    assert any("完成时限 '2024年'" in str(w) for w in result.warnings)


def test_a_notices_addressees_split_by_commas_are_no_csv_header() -> None:
    """Pass 97: 各街道,区各部门,各单位,各有关企业: names bodies (column words) and no task: the notice was
    refused as a CSV with no table."""
    notice = "各街道,区各部门,各单位,各有关企业:\n一、城市建设\n1.新建公园3个。(牵头单位:区城管局)\n"
    assert detect(notice.encode()) == "text"
    assert detect((",".join(HEADER) + "\n1,新建公园3个,区城管局,,\n").encode()) == "csv"


def shown_workbook() -> openpyxl.Workbook:
    """The workbook with what an office suite's file keeps apart from its values: a lead, support and
    deadline merged down two rows, a date shown as a month, a percent."""
    wb = workbook(draft=False)
    ws = wb["任务分解表"]
    ws.append([5, "第一批", "区民政局", "区财政局", datetime.date(2024, 6, 1)])
    ws.cell(ws.max_row, 5).number_format = 'yyyy"年"m"月"'
    ws.append([6, "第二批", None, None, None])
    for column in "CDE":
        ws.merge_cells(f"{column}{ws.max_row - 1}:{column}{ws.max_row}")
    ws.append([7, "覆盖率达到目标", "区卫健委", "", 0.85])
    ws.cell(ws.max_row, 5).number_format = "0%"
    return wb


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_task_table_saved_by_an_office_suite_as_ods_or_xls_is_read(tmp_path: Path, fmt: str) -> None:
    """As LibreOffice saves it (WPS and old Excel write .xls). An .xls says no hidden rows to the reader
    (SECURITY.md): its draft row is read as shown to no one, so the table here hides none. Pass 97: an
    .ods's merged cells were lost (calamine gives no ranges for it: the second row had no lead, support
    or deadline) and its month and percent read as a day and a fraction; an .xls gives no number formats
    to its reader: said."""
    path = tmp_path / "t.xlsx"
    shown_workbook().save(path)
    raw = convert(path, fmt, tmp_path).read_bytes()
    assert detect(raw) == fmt
    result = import_notice(raw, f"t.{fmt}")
    said = [str(w) for w in result.warnings]
    found = [(t, lead, support, e.get("deadline")) for _, t, _, lead, support, e in records(result)]
    month = "2024-06-30" if fmt == "ods" else "2024-06-01"
    assert found[:3] == EXPECTED and found[3:5] == [
        ("第一批", ["区民政局"], ["区财政局"], month),
        ("第二批", ["区民政局"], ["区财政局"], month),
    ]
    assert ("完成时限:85%" if fmt == "ods" else "完成时限:0.85") in result.yaml_text
    assert (fmt == "xls") == any("an .xls says no hidden rows or columns" in w for w in said)
    assert (fmt == "xls") == any("an .xls gives no number formats" in w for w in said)


ODS_NS = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"'
    for prefix, name in (("office", "office"), ("table", "table"), ("text", "text"), ("style", "style"))
)


def ods(*sheets: str) -> bytes:
    """An .ods of these sheets' table:table elements, as little as calamine and LibreOffice read."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(sheets)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return out.getvalue()


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_row(*cells: str, attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{''.join(cells)}</table:table-row>"


def ods_cell(text: object, attributes: str = "") -> str:
    kind = "float" if isinstance(text, int) else "string"
    value = f' office:value="{text}"' if kind == "float" else ""
    return f'<table:table-cell office:value-type="{kind}"{value}{attributes}><text:p>{text}</text:p></table:table-cell>'


def ods_sheet(name: str, *rows: str) -> str:
    head = ods_row(*(ods_cell(h) for h in HEADER))
    return f'<table:table table:name="{name}">{head}{"".join(rows)}</table:table>'


def ods_item(number: int, task: str, lead: str, attributes: str = "") -> str:
    return ods_row(ods_cell(number), ods_cell(task), ods_cell(lead), attributes=attributes)


def test_an_ods_calamine_cannot_read_whole_is_refused_not_read_in_part() -> None:
    """Pass 98: a table nested in a cell ended calamine's sheet there (four of six items lost unsaid);
    two sheets of one name were the second one twice; a row repeated 0 times lost its words to calamine
    and put the merges below it a row off; rows past the bound counted from the data's first row, not
    A1, and their hidden rows and merges went unread."""
    nested = ods_row(
        ods_cell(1),
        '<table:table-cell><table:table table:name="x">'
        f"{ods_row(ods_cell('子表'))}</table:table></table:table-cell>",
    )
    cases = {
        "单元格里嵌有子表格": ods(ods_sheet("表", nested, ods_item(2, "新建公园", "区城管局"))),
        "有两个工作表同名": ods(ods_sheet("表", ods_item(1, "甲", "区甲局")), ods_sheet("表", ods_item(1, "乙", "区乙局"))),
        "重复次数无效": ods(ods_sheet("表", ods_row(ods_cell("一、城市建设"), attributes=' table:number-rows-repeated="0"'))),
        "全部工作表超过": ods(
            ods_sheet("表", ods_row(attributes=f' table:number-rows-repeated="{limits.MAX_ROWS}"'),
                      ods_item(1, "新建公园", "区城管局"))
        ),
    }  # fmt: skip
    for message, raw in cases.items():
        with pytest.raises(DataError, match=message):
            import_notice(raw, "t.ods")


def test_a_sheet_name_with_a_line_break_keeps_its_merges_and_hidden_rows() -> None:
    """Pass 98: a sheet name with a line break is another name in content.xml than calamine's (its
    hidden row was imported, its merge lost): sheets are matched by their place."""
    merged = ' table:number-rows-spanned="2"'
    rows = (
        ods_row(ods_cell(1), ods_cell("新建公园"), ods_cell("区城管局", merged)),
        ods_row(ods_cell(2), ods_cell("改造道路"), "<table:covered-table-cell/>"),
        ods_item(3, "草稿任务", "区草稿局", attributes=' table:visibility="collapse"'),
    )
    for name in ("表", "任务\n分解表"):  # (a line break as written, as XML reads it: a space)
        result = import_notice(ods(ods_sheet(name, *rows)), "t.ods")
        assert [(t, lead) for _, t, _, lead, *_ in records(result)] == [
            ("新建公园", ["区城管局"]),
            ("改造道路", ["区城管局"]),
        ]
        assert any("隐藏的行未导入" in str(w) and "草稿任务" in str(w) for w in result.warnings)
