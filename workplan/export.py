"""Office exports: the work ledger (工作台账) as XLSX, CSV for Excel, Markdown and JSON files.

A unit keeps a ledger of what it leads or supports and reports progress in it, so the columns are the
ones a ledger has, with 完成情况 left empty to fill in. openpyxl is imported only here.
"""

from __future__ import annotations

import calendar
import csv
import datetime
import enum
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .corpus import Corpus, Hit
from .model import Document, Record, Role

HEADERS = [
    "序号",
    "编号",
    "板块",
    "工作任务",
    "具体内容",
    "牵头单位",
    "配合单位",
    "牵头领导",
    "配合领导",
    "完成时限",
    "完成情况",
    "备注",
]
WIDTHS = [6, 8, 12, 22, 60, 24, 20, 10, 10, 14, 30, 16]
ROLE_HEADER = "本单位角色"
ROLE_NAMES = {Role.lead: "牵头", Role.support: "配合"}
DEADLINE = re.compile(r"(\d{1,2})月(?:(\d{1,2})日|底)前")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FONT = "宋体"
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class ExportFormat(str, enum.Enum):
    """File formats of `workplan export` (the extension picks one)."""

    xlsx = "xlsx"
    csv = "csv"
    markdown = "markdown"
    json = "json"


EXTENSIONS = {
    ".xlsx": ExportFormat.xlsx,
    ".csv": ExportFormat.csv,
    ".md": ExportFormat.markdown,
    ".markdown": ExportFormat.markdown,
    ".json": ExportFormat.json,
}


@dataclass(slots=True)
class LedgerRow:
    record: Record
    role: Role | None
    via: str | None
    deadline: datetime.date
    notes: str

    def cells(self, corpus: Corpus, index: int) -> list[Any]:
        r = self.record
        lead = "、".join(r.lead_units) + ("(按分工)" if r.lead_by_division else "")
        return [
            index,
            corpus.ref(r),
            r.section or "攻坚专项",
            r.title,
            r.text,
            lead,
            "、".join(r.support_units),
            "、".join(r.lead_leaders),
            "、".join(r.support_leaders),
            self.deadline,
            "",
            self.notes,
        ]


def deadline(record: Record, document: Document) -> datetime.date:
    """The first 'N月M日前' / 'N月底前' in the text, else the end of the plan's quarter (or year)."""
    year = document.meta.year
    if m := DEADLINE.search(record.text):
        month = int(m.group(1))
        if 1 <= month <= 12:
            day = int(m.group(2)) if m.group(2) else calendar.monthrange(year, month)[1]
            try:
                return datetime.date(year, month, day)
            except ValueError:
                pass
    quarter = document.meta.quarter
    month = quarter * 3 if quarter else 12
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def ledger(corpus: Corpus, records: Sequence[Record], hits: Sequence[Hit] | None = None) -> list[LedgerRow]:
    """Ledger rows for records, or for a unit's hits (which carry its role in each)."""
    rows = []
    for item in hits if hits is not None else records:
        record = item.record if isinstance(item, Hit) else item
        role = item.role if isinstance(item, Hit) else None
        via = item.via if isinstance(item, Hit) else None
        notes = []
        if via:
            notes.append(f"经{via}配合")
        if fixes := corpus.corrections_for(record):
            notes.append("含勘误 " + "、".join(c.id for c in fixes))
        rows.append(
            LedgerRow(record, role, via, deadline(record, corpus.document(record.document)), ";".join(notes))
        )
    return rows


def safe_text(value: Any) -> Any:
    """CSV cells are data: a leading = + - @ gets a ' so spreadsheets never run it (CWE-1236)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def keep_as_text(cell: Any) -> None:
    """XLSX cells are data: strings are stored as text, and formula-like ones quote-prefixed (CWE-1236)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        cell.quotePrefix = cell.value.startswith(FORMULA_START)


def headers(with_role: bool) -> list[str]:
    return [*HEADERS[:5], ROLE_HEADER, *HEADERS[5:]] if with_role else HEADERS


def table_cells(corpus: Corpus, rows: Sequence[LedgerRow], with_role: bool) -> list[list[Any]]:
    out = []
    for i, row in enumerate(rows, start=1):
        cells = row.cells(corpus, i)
        if with_role:
            cells.insert(5, ROLE_NAMES.get(row.role, "") if row.role else "")
        out.append(cells)
    return out


def to_csv(corpus: Corpus, rows: Sequence[LedgerRow], with_role: bool) -> bytes:
    """UTF-8 with a BOM: Excel on a Chinese Windows machine opens it without mojibake."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers(with_role))
    for cells in table_cells(corpus, rows, with_role):
        writer.writerow([safe_text(c.isoformat() if isinstance(c, datetime.date) else c) for c in cells])
    return buf.getvalue().encode("utf-8-sig")


def to_markdown(corpus: Corpus, rows: Sequence[LedgerRow], with_role: bool) -> bytes:
    def esc(value: Any) -> str:
        text = value.isoformat() if isinstance(value, datetime.date) else str(value)
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")

    cols = headers(with_role)
    parts = []
    groups: dict[str, list[list[Any]]] = {}
    for cells, row in zip(table_cells(corpus, rows, with_role), rows, strict=True):
        groups.setdefault(row.record.section or "攻坚专项", []).append(cells)
    for title, group in groups.items():
        lines = [f"## {esc(title)}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(esc(c) for c in cells) + " |" for cells in group]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts).encode("utf-8")


def to_json(corpus: Corpus, rows: Sequence[LedgerRow]) -> bytes:
    items = []
    for row in rows:
        item = row.record.to_json() | {"ref": corpus.ref(row.record), "deadline": row.deadline.isoformat()}
        if row.role:
            item |= {"role": row.role, "via": row.via}
        items.append(item)
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sheet_title(name: str, taken: set[str]) -> str:
    base = SHEET_NAME_BAD.sub("_", name)[:31] or "sheet"
    title, n = base, 2
    while title in taken:
        suffix = f"~{n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def to_xlsx(corpus: Corpus, rows: Sequence[LedgerRow], unit: str | None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    body_font, head_font = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", fgColor="DDEBF7")
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    taken = {"封面"}

    def write_sheet(title: str, sheet_rows: Sequence[LedgerRow], with_role: bool) -> None:
        ws = wb.create_sheet(sheet_title(title, taken))
        cols = headers(with_role)
        ws.append(cols)
        for cells in table_cells(corpus, sheet_rows, with_role):
            ws.append(cells)
        widths = [*WIDTHS[:5], 8, *WIDTHS[5:]] if with_role else WIDTHS
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width
        for row in ws.iter_rows():
            for cell in row:
                cell.font, cell.alignment = body_font, wrap
                keep_as_text(cell)
                if isinstance(cell.value, datetime.date):
                    cell.number_format = 'yyyy"年"m"月"d"日"'
        for cell in ws[1]:
            cell.font, cell.fill = head_font, fill
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    write_sheet(f"{unit}台账" if unit else "台账", rows, unit is not None)
    if unit is None:
        for name in corpus.units:
            roles = (corpus.unit_role(r.record, name) for r in rows)
            hits = [h for h in roles if h and h.role in (Role.lead, Role.support)]
            if hits:
                write_sheet(name, ledger(corpus, [], hits), True)
    write_cover(cover, corpus, unit, len(rows), body_font, head_font, wrap)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_cover(
    ws: Any, corpus: Corpus, unit: str | None, count: int, font: Any, bold: Any, wrap: Any
) -> None:
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 16, 90
    rows: list[tuple[str, Any]] = []
    for d in corpus.documents:
        m = d.meta
        rows += [
            ("文档", m.id),
            ("标题", m.plan_title),
            ("通知", m.notice_title),
            ("发文机关", m.issuer),
            ("签发日期", m.signed),
            ("发布日期", m.published),
            ("", ""),
        ]
    rows += [("导出范围", unit or "全部单位"), ("事项数", count), ("", ""), ("勘误记录", "")]
    for d in corpus.documents:
        rows += [
            (c.id, f"{c.where}: {c.received} → {c.repaired} (可信度 {c.confidence}; {c.evidence})")
            for c in d.corrections
        ]
    for key, value in rows:
        ws.append([key, value])
    for row in ws.iter_rows():
        row[0].font, row[1].font = bold, font
        row[1].alignment = wrap
        for cell in row:
            keep_as_text(cell)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


def render(fmt: ExportFormat, corpus: Corpus, rows: Sequence[LedgerRow], unit: str | None) -> bytes:
    if fmt is ExportFormat.xlsx:
        return to_xlsx(corpus, rows, unit)
    if fmt is ExportFormat.csv:
        return to_csv(corpus, rows, unit is not None)
    if fmt is ExportFormat.markdown:
        return to_markdown(corpus, rows, unit is not None)
    return to_json(corpus, rows)
