"""Office exports: the work ledger (工作台账) as XLSX, CSV for Excel, Markdown and JSON files.

A unit keeps a ledger of what it leads or supports and reports progress in it (完成情况, 进展状态), so
the columns are the ones a ledger has. The XLSX is laid out for print, because LibreOffice and WPS
compute no row heights and a clerk prints it: every row gets the height its wrapped text needs and the
columns add up to an A4 landscape page at 五号 (10.5 pt), so nothing is cut off or shrunk. The sheets are
written row by row through xlsx.py.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typing_extensions import assert_never

from .corpus import Corpus, Hit
from .deadlines import of_record
from .errors import UsageError
from .model import Document, Record, Role, Status, joint_note, lead_names
from .output.layout import count_lines, text_width
from .output.render import visible
from .output.xlsx import (
    BODY,
    CENTRE,
    DATE,
    FONT_SIZE,
    FORMULA_START,
    HEAD,
    LABEL,
    TITLE_SIZE,
    VALUE,
    Book,
    Sheet,
    fit16,
)

Progress = Mapping[tuple[str, str, str], tuple[Status, str, datetime.date]]
"""The latest report per (document, record id, unit): its status, 完成情况 text and 填报日期."""

# (header, width in Excel's character units); 具体内容 takes what the page leaves (see `widths`).
COLUMNS = [
    ("序号", 4),
    ("编号", 5),
    ("板块", 6),
    ("工作任务", 10),
    ("具体内容", 0),
    ("牵头单位", 11),
    ("配合单位", 10),
    ("牵头领导", 6),
    ("配合领导", 6),
    ("完成时限", 8),
    ("完成情况", 18),  # room to write a sentence by hand on the printed sheet
    ("进展状态", 7),
    ("填报日期", 10),
    ("备注", 7),
]
HEADERS = [name for name, _ in COLUMNS]
COVER_DOCUMENT = "文档"  # the cover's label for each document the ledger is of
COVER_SCOPE = "导出范围"  # the cover's label for the unit a ledger was exported for (or 全部单位)
OWN_UNIT = "本单位"  # a one-unit CSV's last column: the unit whose ledger it is (ledger_read's "unit")
# the cover's other labels, after each 文档 row: a sheet with one of them beside a 文档 row is a cover
COVER_LABELS = ("标题", "通知", "发文机关", "签发日期", "发布日期")
ROLE_HEADER, ROLE_WIDTH, ROLE_AT = "本单位角色", 7, 5
ROLE_NAMES = {role: role.label for role in (Role.lead, Role.responsible, Role.support)}
# A4 landscape is 297 mm; less 2 × 7.6 mm margins that is 281.8 mm = 1065 px at 96 dpi. A width unit
# is the digit of the workbook's default font, Calibri 11: 7 px in Excel and WPS, 7.43 px in LibreOffice
# (Carlito), so 139 units leave LibreOffice 3% to spare and the page prints at 100%.
PAGE_WIDTH = 139
# Beyond this many units a sheet each helps no one (LibreOffice opens at most 10,000 sheets, and each is
# a temporary file while the workbook is written): the cover says so and points to --unit.
MAX_UNIT_SHEETS = 300
TEXT_LEAST = 24  # 具体内容's narrowest when 编号 widens for long refs: a longer ref wraps instead
REF_SAMPLE = 200  # rows whose line counts choose 编号's width
REF_AT = HEADERS.index("编号")
MAX_ROW_HEIGHT = 409  # points: Excel's limit (about 29 lines; longer text stays in the cell, unprinted)
LINE_HEIGHT = FONT_SIZE * 1.5  # the tallest line of a Chinese desktop's fonts: SimSun 1.23 em, WenQuanYi
# 1.26 em, Noto Sans/Serif CJK 1.45 em; a row sized for one is clipped in another
DATE_FORMAT = 'm"月"d"日"'  # as ledgers write 完成时限; the year is the plan's, on the cover
SHEET_NAME_BAD = re.compile("[\\[\\]:*?/\\\\\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
CENTRED = {"序号", ROLE_HEADER, "完成时限", "进展状态", "填报日期"}
# Data columns empty on a whole sheet (no project, so no leaders) are hidden, not dropped: the sheet
# keeps one layout for `progress import`, and 具体内容 gets the room on paper.
HIDE_WHEN_EMPTY = {"配合单位": "support_units", "牵头领导": "lead_leaders", "配合领导": "support_leaders"}
STATUS_LABELS = [s.label for s in Status]
FILL_IN = (
    "在“完成情况”栏填写进展, 在“进展状态”栏下拉选择: "
    + "、".join(STATUS_LABELS)
    + "; 在“填报日期”栏写进展所到的日期(如 6月20日), 不写则按导入当天计, 更新已填的进展时请一并改填报日期; "
    + "请勿改动“编号”栏。"
)


class ExportFormat(str, enum.Enum):
    """File formats of `workplan export` (the extension picks one)."""

    xlsx = "xlsx"
    csv = "csv"
    markdown = "markdown"
    json = "json"
    docx = "docx"  # the bulletin only: a 通报 is issued as a Word document


NOT_A_LEDGER = (
    "台账导出为 .xlsx、.csv、.md 或 .json; .docx 只用于 --bulletin (a Word file is for the bulletin)"
)


EXTENSIONS = {
    ".xlsx": ExportFormat.xlsx,
    ".csv": ExportFormat.csv,
    ".md": ExportFormat.markdown,
    ".markdown": ExportFormat.markdown,
    ".json": ExportFormat.json,
    ".docx": ExportFormat.docx,
}


@dataclass(slots=True)
class LedgerRow:
    """One record as a ledger line; `role`, `via` and the progress are those of the unit the sheet is for
    (on the main sheet: of the record's lead units)."""

    record: Record
    role: Role | None
    via: str | None
    deadline: datetime.date | None  # None: a plan of unknown year that writes no date for the item
    fixes: list[str]
    status: Status | None = None
    progress_note: str = ""
    reported: datetime.date | None = None  # the 填报日期 of the progress filled in, kept when returned

    @property
    def notes(self) -> str:
        """备注: the milestones (节点) before the deadline, the collective a unit supports through, and
        the repairs of the text (the 完成时限 cell stays a date, so the sheet still sorts by it)."""
        marks = self.record.deadline.milestones if self.record.deadline else ()
        notes = ["节点 " + "、".join(m.phrase for m in marks)] if marks else []
        notes += [f"经{self.via}配合"] if self.via else []
        if self.fixes:
            notes.append("含勘误 " + "、".join(self.fixes))
        return ";".join(notes)

    def cells(self, corpus: Corpus, index: int, with_role: bool) -> list[Any]:
        r = self.record
        lead = lead_names(r.lead_units, r.responsible_units, r.lead_by_division)
        cells = [
            index,
            corpus.ref(r),
            r.section or r.kind.label,
            r.title,
            r.text,
            lead,
            "、".join(r.support_units),
            "、".join(r.lead_leaders),
            "、".join(r.support_leaders),
            self.deadline or "",
            self.progress_note,
            self.status.label if self.status else "",
            # 填报日期: that of the report filled in (so a row returned as it is stays that report), else
            # for the unit to write, so a report is dated when it was true, not when imported
            self.reported.isoformat() if self.reported else "",
            self.notes,
        ]
        if with_role:
            cells.insert(ROLE_AT, ROLE_NAMES.get(self.role, "") if self.role else "")
        return cells


def combined(
    reports: Sequence[tuple[str, tuple[Status, str, datetime.date]]],
) -> tuple[Status | None, str, datetime.date | None]:
    """The main sheet's progress of a record from its lead units' reports: one report as it is; several
    give the status the task as a whole has (滞后 if any unit is late, 已完成 only when all are done, 未启动
    only when none has started), each unit's note under its name, and the latest of their dates."""
    if not reports:
        return None, "", None
    if len(reports) == 1:
        return reports[0][1]
    status = Status.whole({status for _, (status, _, _) in reports})
    note = joint_note([(unit, note) for unit, (_, note, _) in reports])
    return status, note, max(reported for _, (_, _, reported) in reports)


def ledger(
    corpus: Corpus,
    records: Sequence[Record],
    hits: Sequence[Hit] | None = None,
    *,
    unit: str | None = None,
    progress: Progress | None = None,
) -> list[LedgerRow]:
    """Ledger rows for records, or for `unit`'s hits (which carry its role in each); 完成情况 and 进展状态
    come from `progress`, the unit's own report (or, without a unit, the lead units' reports)."""
    documents = {d.meta.id: d for d in corpus.documents}
    fixes: dict[tuple[str, str], list[str]] = {}
    for d in corpus.documents:
        for c in d.corrections:
            fixes.setdefault((d.meta.id, c.where), []).append(c.id)
    reports = progress or {}
    rows = []
    for item in hits if hits is not None else records:
        record = item.record if isinstance(item, Hit) else item
        doc_id, rid = record.document, record.id
        found = of_record(record, documents[doc_id].meta)  # the record's own, read or curated
        deadline = found.date if found else None  # a plan of unknown year may have none
        row = LedgerRow(record, None, None, deadline, fixes.get((doc_id, rid), []))
        if isinstance(item, Hit):
            row.role, row.via = item.role, item.via
        units = [unit] if unit else record.lead_ids
        row.status, row.progress_note, row.reported = combined(
            [(u, reports[(doc_id, rid, u)]) for u in units if (doc_id, rid, u) in reports]
        )
        rows.append(row)
    return rows


def unit_sheets(
    corpus: Corpus, rows: Sequence[LedgerRow], progress: Progress | None
) -> list[tuple[str, list[LedgerRow]]]:
    """Each registered unit's rows (lead or support, directly or through a collective such as 各街道), in
    one pass over the rows: the cost is the number of (row, unit) pairs that exist, not units × rows.
    Collectives are groups, not units, and get no sheet of their own."""
    claims: dict[str, dict[int, tuple[Role, str | None]]] = {}
    for i, row in enumerate(rows):
        r = row.record
        named: list[tuple[str, Role, str | None]] = [(u, Role.lead, None) for u in r.lead_ids]
        named += [(u, Role.responsible, None) for u in r.responsible_ids]
        named += [(u, Role.support, None) for u in r.support_ids]
        named += [(m, Role.support, c) for c in r.support_ids for m in corpus.collectives.get(c, ())]
        for name, role, via in named:
            claims.setdefault(name, {}).setdefault(i, (role, via))  # lead, then direct support, first
    reports = progress or {}
    sheets = []
    for name, unit in corpus.units.items():
        if unit.kind == "collective" or name not in claims:
            continue
        unit_rows = []
        for i, (role, via) in sorted(claims[name].items()):
            row = rows[i]
            report = reports.get((row.record.document, row.record.id, name))
            status, note, reported = report if report else (None, "", None)
            unit_rows.append(
                dataclasses.replace(
                    row, role=role, via=via, status=status, progress_note=note, reported=reported
                )
            )
        sheets.append((name, unit_rows))
    return sheets


def safe_text(value: Any) -> Any:
    """CSV cells are data a person reads: a leading = + - @ gets a ' so spreadsheets never run it
    (CWE-1236), and control and bidi characters are shown as escapes, as on a terminal."""
    if not isinstance(value, str):
        return value
    value = visible(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def headers(with_role: bool) -> list[str]:
    return [*HEADERS[:ROLE_AT], ROLE_HEADER, *HEADERS[ROLE_AT:]] if with_role else HEADERS


def widths(with_role: bool, hidden: Iterable[int] = (), ref: int = 0) -> list[int]:
    """Column widths whose visible ones add up to PAGE_WIDTH: 具体内容 gets what the others leave,
    including the room of `hidden` columns (which keep their width for whoever shows them again);
    编号 is `ref` wide when that is more than its own width and 具体内容 keeps TEXT_LEAST (see
    `ref_width`)."""
    fixed = [w for _, w in COLUMNS]
    if with_role:
        fixed.insert(ROLE_AT, ROLE_WIDTH)
    text_at = HEADERS.index("具体内容")  # (before ROLE_AT, as 编号 is)
    text = PAGE_WIDTH - sum(fixed) + sum(fixed[i] for i in set(hidden))
    grown = min(max(ref - fixed[REF_AT], 0), max(text - TEXT_LEAST, 0))
    fixed[REF_AT] += grown
    fixed[text_at] = text - grown
    return fixed


def ref_width(corpus: Corpus, rows: Sequence[LedgerRow], heights: Heights, with_role: bool) -> int:
    """编号's width for a ledger of several documents, whose refs name theirs (yangpu-2020q2:1.1): in
    the 5 units one quarter's refs need, such a ref takes five lines, and every row of short text
    was that tall. The width, up to the longest ref's, at which REF_SAMPLE rows spread over the
    ledger (every document's) are shortest, 具体内容 giving up what 编号 takes; the narrowest of equals."""
    base = COLUMNS[REF_AT][1]
    sample = list(table_cells(corpus, rows[:: max(len(rows) // REF_SAMPLE, 1)][:REF_SAMPLE], with_role))
    wanted = max((text_width(cells[REF_AT]) + 1 for cells in sample), default=base)
    room = widths(with_role)[HEADERS.index("具体内容")] - TEXT_LEAST

    def height(width: int) -> float:
        at = widths(with_role, ref=width)
        return sum(heights.row(cells, at) for cells in sample)

    return min(range(base, max(min(wanted, base + room), base) + 1), key=height)


def table_cells(corpus: Corpus, rows: Iterable[LedgerRow], with_role: bool) -> Iterator[list[Any]]:
    """The rows' cells, made as they are written."""
    return (row.cells(corpus, i, with_role) for i, row in enumerate(rows, start=1))


def to_csv(corpus: Corpus, rows: Sequence[LedgerRow], unit: str | None) -> bytes:
    """UTF-8 with a BOM and CRLF line ends: Excel on a Chinese Windows machine opens it as written. Its
    last columns name each row's document (a CSV has no cover): returned with another plan loaded, a Q2
    ledger's 编号 are not read as Q3's items of the same numbers; and, exported for one unit, the unit (a
    CSV has no sheet named for it): returned, its rows are that unit's reports without --unit."""
    from .output.render import csv_text

    cells = table_cells(corpus, rows, unit is not None)
    own = [safe_text(unit)] if unit is not None else []
    safe = (
        [
            *(safe_text(c.isoformat() if isinstance(c, datetime.date) else c) for c in row),
            safe_text(r.record.document),
            *own,
        ]
        for row, r in zip(cells, rows, strict=True)
    )
    header = [*headers(unit is not None), COVER_DOCUMENT, *([OWN_UNIT] if unit is not None else [])]
    return csv_text(header, safe, "\r\n").encode("utf-8-sig")


def to_markdown(corpus: Corpus, rows: Sequence[LedgerRow], with_role: bool) -> bytes:
    from .output.render import markdown_cell, markdown_table

    cols = headers(with_role)
    parts = []
    groups: dict[str, list[list[Any]]] = {}
    for cells, row in zip(table_cells(corpus, rows, with_role), rows, strict=True):
        groups.setdefault(row.record.section or row.record.kind.label, []).append(cells)
    for title, group in groups.items():
        lines = [f"## {markdown_cell(title)}", "", *markdown_table(cols, group)]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts).encode("utf-8")


def to_json(corpus: Corpus, rows: Sequence[LedgerRow]) -> bytes:
    items = []
    for row in rows:
        item = row.record.to_json() | {
            "ref": corpus.ref(row.record),
            "deadline": row.deadline.isoformat() if row.deadline else None,
            "status": row.status.value if row.status else None,
            "note": row.progress_note,
            "reported": row.reported.isoformat() if row.reported else None,
        }
        if row.role:
            item |= {"role": row.role, "via": row.via}
        items.append(item)
    from .output.render import json_text

    return (json_text(items, indent=2) + "\n").encode("utf-8")  # the one JSON writer, as the views


RESERVED_SHEETS = ("history",)  # Excel keeps it for change tracking and refuses a file that has it


class SheetTitles:
    """Unique sheet titles (Excel compares them case-insensitively, at most 31 UTF-16 units), with a
    counter per clashing name so that n clashes cost n steps, not n² probes; a title cut or cleaned into
    another unit's name is numbered too, so no sheet reads back as another unit's."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.taken: set[str] = set(RESERVED_SHEETS)
        self.next: dict[str, int] = {}
        self.names = {n.casefold() for n in names}  # units' names: no other sheet may be titled one

    def __call__(self, name: str) -> str:
        # a bidi override or zero-width mark shown as its escape, as in the page header (a tab had kept
        # an RLO raw), then what Excel refuses in a title put as _
        base = fit16(SHEET_NAME_BAD.sub("_", visible(name)), 31).strip("'") or "sheet"
        title = base
        while title.casefold() in self.taken or (title != name and title.casefold() in self.names):
            n = self.next.get(base.casefold(), 2)
            self.next[base.casefold()] = n + 1
            suffix = f"~{n}"
            title = fit16(base, 31 - len(suffix)) + suffix
        self.taken.add(title.casefold())
        return title


HEIGHTS_KEPT = 100_000  # wrapped cells remembered (about 15 MB), then forgotten all at once


class Heights:
    """Row heights, in points, from the lines each cell needs when wrapped by the CJK line-breaking rules
    (no line opens with 、，。）》”), one unit of padding kept free: office suites break the same way and
    compute no heights on opening. A record's cells come again on every sheet of a unit it involves, at
    the same widths, so each (text, width) is wrapped once per workbook."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, int], int] = {}

    def lines(self, value: Any, width: int) -> int:
        if not isinstance(value, str):
            return 1
        room = max(width - 1, 2)
        if "\n" not in value and 2 * len(value) <= room:
            return 1  # most cells: counted, not measured
        key = (value, width)
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= HEIGHTS_KEPT:
                self.known.clear()
            if "\n" not in value and text_width(value) <= room:
                found = 1
            else:
                found = sum(max(count_lines(p, room), 1) for p in value.split("\n"))
            self.known[key] = found
        return found

    def row(self, cells: Iterable[Any], column_widths: Sequence[int]) -> float:
        lines = max(  # a one-line cell of at most half its room in characters fits whatever they are
            self.lines(v, w) if isinstance(v, str) and (2 * len(v) > w - 1 or "\n" in v) else 1
            for v, w in zip(cells, column_widths, strict=False)
        )
        return min(round(lines * LINE_HEIGHT + 4, 1), MAX_ROW_HEIGHT)


def put_row(
    sheet: Sheet,
    n: int,
    values: Sequence[Any],
    looks: Sequence[str],
    column_widths: Sequence[int],
    number_formats: Mapping[int, str] | None = None,
    heights: Heights | None = None,
) -> None:
    """Row n, as tall as its wrapped text needs."""
    measure = heights or Heights()
    sheet.row(n, values, looks, lambda cells: measure.row(cells, column_widths), number_formats)


def put_table(
    sheet: Sheet,
    cols: Sequence[str],
    table: Iterable[Sequence[Any]],
    column_widths: Sequence[int],
    centred: Iterable[int] = (),
    hidden: Iterable[int] = (),
    number_formats: Mapping[int, str] | None = None,
    heights: Heights | None = None,
) -> int:
    """A bordered table from row 1 (a ledger, the bulletin's tables), written as `table` yields its rows:
    column widths, the header row frozen, filtered and repeated on every printed page, each row as tall
    as its wrapped text. Returns the number of data rows."""
    middle, heights = set(centred), heights or Heights()
    sheet.columns(column_widths, hidden)
    looks = [CENTRE if i in middle else BODY for i in range(len(cols))]
    put_row(sheet, 1, cols, [HEAD] * len(cols), column_widths, heights=heights)
    count = 0
    for count, values in enumerate(table, start=1):
        put_row(
            sheet,
            count + 1,
            values,
            [DATE if isinstance(v, datetime.date) else s for v, s in zip(values, looks, strict=True)],
            column_widths,
            number_formats,
            heights,
        )
    sheet.table_furniture(len(cols), count)
    return count


def write_ledger_sheet(
    sheet: Sheet,
    corpus: Corpus,
    rows: Sequence[LedgerRow],
    with_role: bool,
    plan: str,
    title: str,
    heights: Heights,
    ref: int = 0,
) -> None:
    cols = headers(with_role)
    hidden = {
        cols.index(name)
        for name, field in HIDE_WHEN_EMPTY.items()
        if not any(getattr(r.record, field) for r in rows)
    }
    dated = cols.index("填报日期")  # text, so Excel does not turn 6/20 into a date of this year
    put_table(
        sheet,
        cols,
        table_cells(corpus, rows, with_role),
        widths(with_role, hidden, ref),
        {i for i, name in enumerate(cols) if name in CENTRED},
        hidden,
        {dated: "@", cols.index("编号"): "@"},  # and 1.10 stays 1.10 when a clerk retypes it
        heights,
    )
    sheet.pick_list(cols.index("进展状态"), 2, len(rows) + 1, STATUS_LABELS, "进展状态")
    # the plan and the sheet, or the sheet alone where several documents' titles make it too long
    headings = (f"{plan} 工作台账 · {title}", f"工作台账 · {title}", "工作台账")
    sheet.print_setup(landscape=True, pages_tall=len(rows) + 1, headings=headings)


def to_xlsx(
    corpus: Corpus, rows: Sequence[LedgerRow], unit: str | None, progress: Progress | None = None
) -> bytes:
    """The ledger workbook: a cover, the ledger, and (for a full export) one sheet per unit, each
    written row by row (see xlsx.py)."""
    title_of = SheetTitles(corpus.units)  # progress import reads a unit sheet's unit from its title
    exported = {r.record.document for r in rows}
    documents = [d for d in corpus.documents if d.meta.id in exported] or corpus.documents
    plan = "、".join(d.meta.plan_title for d in documents)
    sheets = unit_sheets(corpus, rows, progress) if unit is None else []
    with Book() as book:
        write_cover(book.sheet(title_of("封面")), documents, unit, len(rows), plan, len(sheets))
        main = title_of(f"{unit}台账" if unit else "台账")
        heights = Heights()
        ref = ref_width(corpus, rows, heights, unit is not None)
        write_ledger_sheet(book.sheet(main), corpus, rows, unit is not None, plan, main, heights, ref)
        if len(sheets) <= MAX_UNIT_SHEETS:
            ref = ref_width(corpus, rows, heights, True)  # one for the units' sheets: their refs are alike
            for name, unit_rows in sheets:
                title = title_of(name)
                write_ledger_sheet(book.sheet(title), corpus, unit_rows, True, plan, title, heights, ref)
        return book.close()


COVER_WIDTHS = (13, 82)  # A4 portrait: 210 mm less 2 × 7.6 mm margins = 736 px: 95 units, 4% spare


def put_title(sheet: Sheet, text: str, column_widths: Sequence[int]) -> None:
    """A form's title across its columns, as tall as it needs in the title's larger font."""

    def height(cut: str) -> float:
        lines = Heights().lines(cut, sum(column_widths) * 2 // 3)
        return min(round(lines * LINE_HEIGHT * TITLE_SIZE / FONT_SIZE + 4, 1), MAX_ROW_HEIGHT)

    sheet.title_row(text, len(column_widths), height)


def write_cover(
    sheet: Sheet, documents: Sequence[Document], unit: str | None, count: int, plan: str, units: int
) -> None:
    """The cover as a form: labels left, values right, long values wrapped in rows as tall as they need.
    Its 文档 rows name the documents the ledger is of: `progress import` reads them back."""
    sheet.columns(COVER_WIDTHS)
    put_title(sheet, f"{plan} 工作台账", COVER_WIDTHS)
    rows: list[tuple[str, Any]] = []
    for d in documents:
        m = d.meta
        rows += [
            (COVER_DOCUMENT, m.id),
            *zip(COVER_LABELS, (m.plan_title, m.notice_title, m.issuer, m.signed, m.published), strict=True),
        ]
    rows += [(COVER_SCOPE, unit or "全部单位"), ("事项数", count)]
    if units > MAX_UNIT_SHEETS:
        rows.append(
            (
                "分单位台账",
                f"涉及 {units} 个单位, 超过 {MAX_UNIT_SHEETS} 个, 未逐单位分表; 请按“牵头单位”筛选, 或用 --unit 导出单个单位的台账",
            )
        )
    elif units:
        rows.append(("分单位台账", f"{units} 个单位, 每个单位一张表 (含配合事项)"))
    rows.append(("填报说明", FILL_IN))
    corrections = [c for d in documents for c in d.corrections]
    if corrections:
        rows.append(("勘误记录", f"共 {len(corrections)} 处, 逐条如下"))
        rows += [
            (c.id, f"{c.where}: {c.received} → {c.repaired} (可信度 {c.confidence}; {c.evidence})")
            for c in corrections
        ]
    for n, (label, value) in enumerate(rows, start=2):
        put_row(sheet, n, [label, value], [LABEL, VALUE], COVER_WIDTHS)
    sheet.print_setup(landscape=False, pages_tall=1)


def export_format(output: str, fmt: str | ExportFormat | None) -> ExportFormat:
    """The format asked for, checked against the file's extension (`-`: none); one that contradicts
    it is refused."""
    from .output.render import format_name

    suffix = Path(output).suffix.lower() if output != "-" else ""
    by_extension = EXTENSIONS.get(suffix)
    if fmt is None:
        if by_extension is None:
            raise UsageError(
                f"无法判断 {output} 的格式 (cannot tell the format; use .xlsx, .csv, .md, .json or .docx, or --format)"
            )
        return by_extension
    try:
        chosen = ExportFormat(format_name(fmt.value if isinstance(fmt, ExportFormat) else fmt))
    except ValueError:
        raise UsageError(f"--format {fmt!r} 不是可选格式 (not one of): xlsx|csv|markdown|json|docx") from None
    if by_extension is not None and by_extension != chosen:
        raise UsageError(
            f"--format {chosen.value} 与文件扩展名 {suffix} 矛盾 (contradicts the extension of {output})"
        )
    return chosen


def render(
    fmt: ExportFormat,
    corpus: Corpus,
    rows: Sequence[LedgerRow],
    unit: str | None,
    progress: Progress | None = None,
) -> bytes:
    """The file's bytes; `progress` fills 完成情况 and 进展状态 of the per-unit sheets of a full XLSX."""
    if fmt is ExportFormat.xlsx:
        return to_xlsx(corpus, rows, unit, progress)
    if fmt is ExportFormat.csv:
        return to_csv(corpus, rows, unit)
    if fmt is ExportFormat.markdown:
        return to_markdown(corpus, rows, unit is not None)
    if fmt is ExportFormat.json:
        return to_json(corpus, rows)
    if fmt is ExportFormat.docx:
        raise UsageError(NOT_A_LEDGER)
    assert_never(fmt)
