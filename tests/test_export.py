"""Ledger exports: files opened back with openpyxl and csv, filters, formula safety, no clobbering."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import json
import os
import re
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from workplan.corpus import Corpus
from workplan.errors import OutputError
from workplan.export import (
    FONT_SIZE,
    HEADERS,
    PAGE_WIDTH,
    ExportFormat,
    Progress,
    SheetTitles,
    ledger,
    render,
    to_csv,
    to_json,
    to_markdown,
)
from workplan.model import (
    DatasetFile,
    Meta,
    Responsibility,
    Section,
    Status,
    Task,
    Unit,
)
from workplan.records import build_document

from .office import column_layout


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
    assert sum(visible_widths(ws)) == PAGE_WIDTH
    assert rows[1][header.index("完成时限")] == datetime.datetime(2020, 6, 30)
    assert rows[1][header.index("完成情况")] is None


def test_xlsx_full_export_has_a_sheet_per_unit_and_a_cover(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export(run, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["封面", "台账"]
    assert wb["台账"].max_row == 42
    notes = {row[1]: row[-1] for row in wb["台账"].iter_rows(min_row=2, values_only=True)}
    assert notes["5.1"].startswith(
        "节点 4月27日、5月6日前;"
    )  # the milestones, watched by status, are on paper too
    assert [c.value for c in wb["区商务委"]["B"][1:]] == ["2.3", "2.6", "2.7", "G4"]
    assert [c.value for c in wb["殷行街道"]["F"][1:]] == ["配合"] * 6
    assert (
        "殷行街道" in wb.sheetnames
    )  # through 各街道, which is a group and gets no sheet, like 相关成员单位
    assert "各街道" not in wb.sheetnames and "相关成员单位" not in wb.sheetnames
    assert {c.value for c in wb["殷行街道"]["O"][1:]} == {"经各街道配合"}
    cover = {row[0].value: row[1].value for row in wb["封面"].iter_rows()}
    assert cover["标题"] == "上海市杨浦区人民政府2020年第二季度工作要点"
    assert cover["C5"].startswith("5.1: 427日 → 4月27日")


def test_columns_empty_on_a_whole_sheet_are_hidden_and_give_their_room(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    optional = {"配合单位", "牵头领导", "配合领导"}

    def sheet(*args: str) -> tuple[dict[str, Any], set[str]]:
        out = tmp_path / f"{len(args)}.xlsx"
        export(run, out, "--unit", "区商务委", *args)
        ws = load_workbook(out)["区商务委台账"]
        header = [c.value for c in ws[1]]
        assert header == [*HEADERS[:5], "本单位角色", *HEADERS[5:]]  # one layout for progress import
        assert sum(visible_widths(ws)) == PAGE_WIDTH
        data = list(ws.iter_rows(min_row=2, values_only=True))
        empty = {name for i, name in enumerate(header) if not any(row[i] for row in data)}
        dims = dict(zip(header, column_layout(ws), strict=True))
        hidden = {name for name, d in dims.items() if d.hidden}
        assert hidden == empty & optional
        return dims, hidden

    tasks, hidden_tasks = sheet("--section", "2")  # tasks only: no leaders
    mixed, hidden_mixed = sheet()  # with G4, a project with leaders
    assert hidden_tasks == optional and "牵头领导" not in hidden_mixed
    room = sum(tasks[n].width for n in hidden_tasks) - sum(mixed[n].width for n in hidden_mixed)
    assert tasks["具体内容"].width == mixed["具体内容"].width + room


def test_deadline_from_the_text(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "s5.xlsx"
    export(run, out, "--section", "5")
    ws = load_workbook(out)["台账"]
    deadlines = {
        ws.cell(row=i, column=2).value: ws.cell(row=i, column=10).value for i in range(2, ws.max_row + 1)
    }
    assert deadlines["5.1"] == datetime.datetime(2020, 6, 30)  # 5月6日前 governs one sentence of nine
    assert deadlines["5.2"] == datetime.datetime(2020, 6, 30)


def test_csv_file_has_a_bom_and_chinese_headers(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "l.csv"
    export(run, out, "--leader", "赵亮")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["编号"] for r in rows] == ["G4", "G5", "G6", "G8", "G9"] and rows[0]["牵头领导"] == "赵亮"


def test_csv_on_stdout_has_no_bom(run: Callable[..., Any]) -> None:
    assert not run("list", "--format", "csv").stdout.startswith("\ufeff")
    exported = run("export", "-", "--format", "csv")
    assert exported.exit_code == 0 and exported.stdout.startswith("序号,编号")


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
    contradiction = run("export", str(tmp_path / "ledger.xlsx"), "--format", "csv")
    assert contradiction.exit_code == 2 and "矛盾" in contradiction.stderr
    assert not (tmp_path / "ledger.xlsx").exists()


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


# --- the ledger as a library: layout for print, progress, hostile text, cost --------------------------

A4_LONG, A4_SHORT = 297 / 25.4, 210 / 25.4  # inches
UNIT_PX = 7.43  # the widest digit unit an office suite uses for Calibri 11 (LibreOffice's Carlito)


def visible_widths(ws: Any) -> list[float]:
    return [d.width for d in column_layout(ws) if not d.hidden]


def text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def full_workbook(corpus: Corpus, progress: Progress | None = None) -> Any:
    rows = ledger(corpus, corpus.records, progress=progress)
    return load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, rows, None, progress)))


def fit_to_pages(ws: Any) -> tuple[int, int]:
    """Pages wide and tall to fit to; an attribute left out of the file is 1, the format's default."""
    setup = ws.page_setup
    return (
        1 if setup.fitToWidth is None else setup.fitToWidth,
        1 if setup.fitToHeight is None else setup.fitToHeight,
    )


def ledger_sheets(wb: Any) -> list[Any]:
    return [ws for ws in wb.worksheets if ws.title != "封面"]


def test_every_row_is_as_tall_as_its_wrapped_text(corpus: Corpus) -> None:
    for ws in ledger_sheets(full_workbook(corpus)):
        widths = [d.width for d in column_layout(ws)]
        for row in ws.iter_rows():
            texts = [(str(c.value), w) for c, w in zip(row, widths, strict=True) if isinstance(c.value, str)]
            # a line holds at most `width` digit units; a CJK character takes two
            fewest = max(-(-text_width(t) // w) for t, w in texts)
            most = max(-(-text_width(t) // (w - 3)) for t, w in texts)
            height = ws.row_dimensions[row[0].row].height
            assert fewest * FONT_SIZE * 1.2 <= height <= most * FONT_SIZE * 1.6 + 6, (ws.title, row[1].value)


def test_several_quarters_refs_take_the_width_their_rows_need() -> None:
    """A ledger of two quarters names each row `yangpu-2020q2:1.1`: in the 5-unit 编号 column the ref
    takes five lines, and where the rows' text is short every row was five lines tall. 编号 is as
    wide as the rows need fewest lines at (具体内容 giving up what it takes, never below TEXT_LEAST):
    each row as tall as in the one quarter's ledger. Where the text is long, as in the shipped plan,
    it stays 5 units, which costs no line."""
    from workplan.api import load
    from workplan.export import TEXT_LEAST

    root = Path(__file__).resolve().parents[1]
    q2, q3 = root / "data" / "workplan_2020q2.yaml", root / "tests" / "fixtures" / "yangpu_2020q3.yaml"

    def ledger_sheet(files: list[Path], short: bool) -> tuple[dict[str, float], dict[str, Any]]:
        corpus = load(files)
        rows = ledger(corpus, corpus.records)
        if short:
            for row in rows:
                row.record = dataclasses.replace(row.record, text="按期推进。")
        wb = load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, rows, None, None)))
        for sheet in ledger_sheets(wb):  # a unit's sheet has its 本单位角色 column too (pass 94's review)
            widths = dict(zip([c.value for c in sheet[1]], column_layout(sheet), strict=True))
            assert widths["具体内容"].width >= TEXT_LEAST and sum(visible_widths(sheet)) == PAGE_WIDTH
        ws = wb["台账"]
        heights = {row[1].value: ws.row_dimensions[row[0].row].height for row in ws.iter_rows(min_row=2)}
        return heights, dict(zip([c.value for c in ws[1]], column_layout(ws), strict=True))

    alone, _ = ledger_sheet([q2], short=True)
    both, dims = ledger_sheet([q2, q3], short=True)
    assert dims["编号"].width > 5 and dims["具体内容"].width >= TEXT_LEAST
    assert {ref.removeprefix("yangpu-2020q2:"): h for ref, h in both.items() if "2020q2:" in ref} == alone
    _, dims = ledger_sheet([q2, q3], short=False)
    assert dims["编号"].width == 5  # the long text's lines decide: a wider 编号 only adds to them


def test_the_page_width_fits_at_full_size(corpus: Corpus) -> None:
    wb = full_workbook(corpus)
    for ws in ledger_sheets(wb):
        m = ws.page_margins
        printable_px = (A4_LONG - m.left - m.right) * 96
        assert sum(visible_widths(ws)) * UNIT_PX <= printable_px, ws.title  # fit-to-width: nothing to shrink
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        # one page wide; a page per row at most, a bound that never binds (0 lets LibreOffice shrink)
        assert fit_to_pages(ws) == (1, ws.max_row)
        assert ws.print_title_rows == "$1:$1" and ws.freeze_panes == "A2"
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert min(c.font.sz for row in ws.iter_rows() for c in row) >= FONT_SIZE
    cover = wb["封面"]
    m = cover.page_margins
    assert cover.page_setup.orientation == "portrait" and fit_to_pages(cover) == (1, 1)
    widths = [cover.column_dimensions[c].width for c in "AB"]
    assert sum(widths) * UNIT_PX <= (A4_SHORT - m.left - m.right) * 96
    heights = sum(cover.row_dimensions[i].height for i in range(1, cover.max_row + 1))
    assert heights <= (A4_LONG - m.top - m.bottom) * 72  # the form fits one page without shrinking
    labels = [cover.cell(row=i, column=1).value for i in range(2, cover.max_row + 1)]
    assert all(labels) and all(
        cover.cell(row=i, column=2).value is not None for i in range(2, cover.max_row + 1)
    )


def test_status_column_has_a_drop_down_and_is_filled_from_progress(corpus: Corpus) -> None:
    doc = corpus.documents[0].meta.id
    progress: Progress = {
        (doc, "2.3", "区商务委"): (Status.done, "招商签约已完成", datetime.date(2020, 6, 10)),
        (doc, "2.3", "区发展改革委"): (Status.delayed, "项目审批滞后", datetime.date(2020, 6, 12)),
        (doc, "1.1", "区疫情防控工作领导小组办公室"): (
            Status.in_progress,
            "按周研判",
            datetime.date(2020, 6, 1),
        ),
    }
    wb = full_workbook(corpus, progress)
    for ws in ledger_sheets(wb):
        header = [c.value for c in ws[1]]
        at = header.index("进展状态")
        assert header[at - 1] == "完成情况"
        (pick,) = ws.data_validations.dataValidation
        assert pick.type == "list" and all(s.label in pick.formula1 for s in Status)
        col = get_column_letter(at + 1)
        assert str(pick.sqref) == (f"{col}2:{col}{ws.max_row}" if ws.max_row > 2 else f"{col}2")

    def cells(sheet: str, rid: str) -> tuple[Any, Any]:
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == rid)
        return row[header.index("进展状态")], row[header.index("完成情况")]

    assert cells("区商务委", "2.3") == ("已完成", "招商签约已完成")
    assert cells("区发展改革委", "2.3") == ("滞后", "项目审批滞后")
    # the main sheet speaks for the task: one lead unit late makes it late, each note under its unit
    assert cells("台账", "2.3") == ("滞后", "区发展改革委: 项目审批滞后\n区商务委: 招商签约已完成")
    assert cells("台账", "1.1") == ("推进中", "按周研判")
    assert cells("台账", "1.2") == (None, None)
    unit_rows = ledger(corpus, [], corpus.by_unit("区商务委"), unit="区商务委", progress=progress)
    csv_rows = list(csv.DictReader(io.StringIO(to_csv(corpus, unit_rows, True).decode("utf-8-sig"))))
    row = next(r for r in csv_rows if r["编号"] == "2.3")
    assert (row["进展状态"], row["完成情况"]) == ("已完成", "招商签约已完成")
    markdown = to_markdown(corpus, unit_rows, True).decode()
    assert "| 完成情况 | 进展状态 |" in markdown and "| 招商签约已完成 | 已完成 |" in markdown
    item = next(i for i in json.loads(to_json(corpus, unit_rows)) if i["id"] == "2.3")
    assert (item["status"], item["note"]) == ("done", "招商签约已完成")


def test_control_characters_are_escaped_not_a_crash(corpus: Corpus) -> None:
    rows = ledger(corpus, corpus.records[:2])
    rows[0].record = dataclasses.replace(
        rows[0].record, title="清屏\x1b[2J响铃\x07空\x00", text="甲\x0b乙\u202e倒序\x85\u2028"
    )
    ws = load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, rows, None)))["台账"]
    # one rule for what a person reads: the same escapes as CSV, Markdown and the terminal (RLO, C1 and
    # U+2028 went into cells raw)
    assert (ws["D2"].value, ws["E2"].value) == (
        "清屏\\u001b[2J响铃\\u0007空\\u0000",
        "甲\\u000b乙\\u202e倒序\\u0085\\u2028",
    )
    csv_text = to_csv(corpus, rows, False).decode("utf-8-sig")  # a file a person reads, as a terminal
    assert "\x1b" not in csv_text and "清屏\\u001b[2J响铃\\u0007空\\u0000" in csv_text


def test_a_huge_text_is_cut_visibly_in_the_tallest_row_excel_allows(corpus: Corpus) -> None:
    rows = ledger(corpus, corpus.records[:1])
    rows[0].record = dataclasses.replace(rows[0].record, text="很长的文字。" * 20_000)
    ws = load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, rows, None)))["台账"]
    value = ws["E2"].value
    # the tallest row Excel allows, to the pixel (0.75 pt) the file stores it in
    assert ws.row_dimensions[2].height == pytest.approx(409, abs=0.75) and len(value) == 32767
    assert value.startswith("很长的文字。" * 100) and value.endswith(
        "[截断: 全文 120000 字, 单元格最多 32767 字, 全文见 CSV/JSON 导出 (truncated)]"
    )
    assert ("很长的文字。" * 20_000) in to_csv(corpus, rows, False).decode("utf-8-sig")


def test_sheet_titles_are_unique_as_excel_compares_them() -> None:
    title = SheetTitles()
    long = "区" * 40
    names = [title(n) for n in ("台账", "Abc", "abc", "a/b", long, long, long, "'引号'", "HISTORY")]
    assert names[:4] == ["台账", "Abc", "abc~2", "a_b"] and names[8] == "HISTORY~2"
    assert names[4] == "区" * 31 and names[5] == "区" * 29 + "~2" and names[6] == "区" * 29 + "~3"
    assert names[7] == "引号" and len({n.casefold() for n in names}) == len(names)
    # pass 85: a bidi override or zero-width mark in a unit's name is shown as its escape, as in the
    # page header (a tab kept the RLO raw and showed the name reversed)
    assert title("区\u202e委\u200b") == "区_u202e委_u200b"


def big_corpus(n: int, plan_title: str = "计划") -> Corpus:
    """n units, each leading one task and supporting the next one."""
    units = [Unit(name=f"单位{i:05d}", kind="department") for i in range(n)]
    tasks = [
        Task(
            id=f"1.{i + 1}",
            title=f"任务{i}",
            text="推进某项工作。" * 3,
            sentences=["推进某项工作。"] * 3,
            responsibility=Responsibility(raw="", lead=[units[i].name], support=[units[(i + 1) % n].name]),
        )
        for i in range(n)
    ]
    meta = Meta(
        id="big", notice_title="通知", plan_title=plan_title, issuer="机关", signed="2020-04-20",
        published="2020-04-24", region="区", year=2020, quarter=2,
    )  # fmt: skip
    section = Section(number=1, numeral="一", title="综合", tasks=tasks)
    return Corpus.of(
        [build_document(DatasetFile(schema_version=1, meta=meta, sections=[section], units=units), "")]
    )


def test_xlsx_cost_is_linear_in_units_and_rows() -> None:
    """Counts Python and C function calls (ours and xlsxwriter's), which are exact, instead of timing:
    for a cost a + b·n the call counts of n, 2n and 4n units have differences in the ratio 2 exactly,
    while any n² step (units × rows, scanning every cell or row written) breaks it. xlsxwriter's own
    check of a new sheet's title against every earlier one is left out: it is n², but at most
    MAX_UNIT_SHEETS² / 2 = 45,000 string comparisons."""

    def calls(n: int) -> int:
        c, count = big_corpus(n), 0

        def profile(frame: Any, event: str, _arg: Any) -> None:
            nonlocal count
            inside = frame.f_code.co_name == "_check_sheetname" and event == "c_call"
            count += event in ("call", "c_call") and not inside

        rows = ledger(c, c.records)
        sys.setprofile(profile)
        try:
            render(ExportFormat.xlsx, c, rows, None)
        finally:
            sys.setprofile(None)
        return count

    calls(4)  # warm-up: first-time imports and caches
    small, medium, large = (calls(n) for n in (20, 40, 80))
    # 2.02: the wrapping of a cell's text costs a little more or less with the text (unit names grow a
    # digit), 0.5% here; one extra call per (unit, row) pair gives 2.03
    assert (large - medium) / (medium - small) < 2.02


def test_too_many_units_for_a_sheet_each_is_said_on_the_cover(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_workbook_uncapped_sheets = full_workbook(corpus).sheetnames
    monkeypatch.setattr("workplan.export.MAX_UNIT_SHEETS", 5)
    wb = full_workbook(corpus)
    assert wb.sheetnames == ["封面", "台账"]
    cover = {row[0].value: row[1].value for row in wb["封面"].iter_rows()}
    found = re.fullmatch(r"涉及 (\d+) 个单位, 超过 5 个.*--unit.*", cover["分单位台账"])
    assert found and int(found.group(1)) == len(full_workbook_uncapped_sheets) - 2


def test_the_page_header_stays_within_what_excel_accepts() -> None:
    c = big_corpus(2, plan_title="R&D 计划" * 60)
    wb = load_workbook(io.BytesIO(render(ExportFormat.xlsx, c, ledger(c, c.records), None)))
    headings = [ws.oddHeader.center.text for ws in ledger_sheets(wb)]
    assert headings == ["工作台账 · 台账", "工作台账 · 单位00000", "工作台账 · 单位00001"]
    short = big_corpus(1, plan_title="R&D 计划")
    ws = load_workbook(io.BytesIO(render(ExportFormat.xlsx, short, ledger(short, short.records), None)))[
        "台账"
    ]
    assert ws.oddHeader.center.text == "R&&D 计划 工作台账 · 台账"


# --- found by an attacker's pass over the row-by-row writer -------------------------------------------


def test_text_past_u_ffff_is_cut_visibly_in_utf16_units_as_excel_counts(corpus: Corpus) -> None:
    rows = ledger(corpus, corpus.records[:1])
    rows[0].record = dataclasses.replace(rows[0].record, text="进" * 10_000 + "😀" * 15_000 + "尾")
    value = load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, rows, None)))["台账"]["E2"].value
    assert value.endswith("(truncated)]") and "全文 25001 字" in value  # not cut silently by the writer
    assert len(value.encode("utf-16-le")) // 2 <= 32767


def test_an_ampersand_before_g_keeps_the_page_header() -> None:
    c = big_corpus(1, plan_title="R&G区计划")  # &G is an image's place in a header; &&G is not
    ws = load_workbook(io.BytesIO(render(ExportFormat.xlsx, c, ledger(c, c.records), None)))["台账"]
    assert ws.oddHeader.center.text is not None and "R&&\u200bG区计划" in ws.oddHeader.center.text


def test_a_failed_export_leaves_no_temporary_rows_behind(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again

    def broken(*_: Any) -> None:
        raise RuntimeError("midway")

    monkeypatch.setattr("workplan.export.write_ledger_sheet", broken)
    with pytest.raises(RuntimeError):
        render(ExportFormat.xlsx, corpus, ledger(corpus, corpus.records), None)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    render(ExportFormat.xlsx, corpus, ledger(corpus, corpus.records), None)


def test_no_sheet_is_titled_with_another_units_name() -> None:
    """progress import reads a unit sheet's unit from its title: a name cut to 31 characters or cleaned
    of []:*?/ must not come out as another unit's name (its report would be filed under that unit)."""
    long, cleaned = "甲" * 31, "区文化局_区体育局"
    title_of = SheetTitles([long + "办", long, "区文化局/区体育局", cleaned])
    assert title_of(long + "办") != long and title_of(long) == long
    assert title_of("区文化局/区体育局") != cleaned and title_of(cleaned) == cleaned


def test_a_workbook_of_many_sheets_holds_one_temporary_file_and_none_is_one_line_and_exit_4(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every sheet's rows go to one temporary file (a sheet's file each had needed ulimit -n above the
    number of units); a temporary file that cannot be opened is one line and exit 4."""
    import errno
    import tempfile

    opened: list[Any] = []
    real = tempfile.TemporaryFile

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(real(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", counted)
    book = load_workbook(io.BytesIO(render(ExportFormat.xlsx, corpus, ledger(corpus, corpus.records), None)))
    assert len(book.sheetnames) > 10 and len(opened) == 1 and opened[0].closed

    def no_more_files(*_: Any, **__: Any) -> None:
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_more_files)
    with pytest.raises(OutputError) as raised:
        render(ExportFormat.xlsx, corpus, ledger(corpus, corpus.records), None)
    assert raised.value.exit_code == 4 and "TMPDIR" in str(raised.value) and "\n" not in str(raised.value)


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is a POSIX signal")
def test_a_terminated_export_removes_its_temporary_rows_and_dies_of_the_signal(tmp_path: Path) -> None:
    """SIGTERM mid-export (a supervisor stopping the job) unwinds like Ctrl-C: the row files go."""
    script = (
        "import os, signal, workplan.export as e\n"
        "from tests.test_export import big_corpus\n"
        "from workplan.export import ExportFormat, ledger, render\n"
        "def stop(*args):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "e.write_ledger_sheet = stop\n"
        "c = big_corpus(3)\n"
        "render(ExportFormat.xlsx, c, ledger(c, c.records), None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "TMPDIR": str(tmp_path)},
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGTERM, done.stderr
    assert list(tmp_path.iterdir()) == []
