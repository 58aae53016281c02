"""The supervision bulletin (督查通报): totals, a table per lead unit with its rate, and the overdue list.

The same facts go out as Markdown (to paste into a 通报 draft) and as an xlsx a clerk prints; both are
built from one `Bulletin`, so the two cannot disagree.
"""

from __future__ import annotations

import datetime
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .status import TOTAL, Light, StatusRow, UnitStats, tally, unit_stats

UNIT_HEADERS = [
    "牵头单位",
    "事项",
    "按期办结",
    "逾期办结",
    "未到期",
    "逾期未办结",
    "无明确时限",
    "按期办结率",
]
OVERDUE_HEADERS = ["编号", "工作任务", "牵头单位", "完成时限", "逾期天数", "最新状态", "填报日期", "完成情况"]


@dataclass(frozen=True, slots=True)
class Bulletin:
    """Everything a 通报 says, as of one date."""

    as_of: datetime.date
    total: UnitStats
    units: list[UnitStats]  # lowest rate first (units with nothing due last), then by name
    lights: dict[Light, int]
    overdue: list[StatusRow]  # longest overdue first, then in document order
    multi: bool  # several documents: ids are shown as DOC:ID

    def ref(self, row: StatusRow) -> str:
        return row.ref if self.multi else row.id

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "total": self.total.to_json(),
            "units": [u.to_json() for u in self.units],
            "lights": {light.value: n for light, n in self.lights.items()},
            "overdue": [r.to_json() for r in self.overdue],
        }


def bulletin(rows: list[StatusRow], as_of: datetime.date) -> Bulletin:
    """The bulletin of status rows computed as of `as_of` (see `status.status_rows`)."""
    units = sorted(unit_stats(rows), key=lambda u: (u.rate is None, u.rate or 0.0, u.unit))
    lights = Counter(row.light for row in rows)
    overdue = sorted((r for r in rows if r.overdue), key=lambda r: r.days_left or 0)  # stable: document order
    return Bulletin(
        as_of,
        tally(TOTAL, rows),
        units,
        {light: lights[light] for light in Light},
        overdue,
        len({r.document for r in rows}) > 1,
    )


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def unit_cells(u: UnitStats) -> list[Any]:
    return [
        u.unit,
        u.items,
        u.done_on_time,
        u.done_late,
        u.open_not_due,
        u.overdue,
        u.no_explicit_deadline,
        percent(u.rate),
    ]


def overdue_cells(b: Bulletin, r: StatusRow) -> list[Any]:
    u = r.latest
    return [
        b.ref(r),
        r.title,
        r.unit,
        r.deadline.date if r.deadline else "",
        -(r.days_left or 0),  # overdue rows have a deadline: the 0 is never used
        u.status.label if u else "未报送",
        u.as_of if u else "",
        u.note if u else "",
    ]


def summary(b: Bulletin) -> list[str]:
    """The totals as sentences, for the head of the bulletin."""
    t = b.total
    lights = "、".join(f"{light.label} {n} 项" for light, n in b.lights.items())
    return [
        f"截至 {b.as_of.isoformat()},共 {t.items} 项(按牵头单位计):按期办结 {t.done_on_time} 项,"
        f"逾期办结 {t.done_late} 项,未到期 {t.open_not_due} 项,逾期未办结 {t.overdue} 项。",
        f"按期办结率 {percent(t.rate)}(按期办结 {t.done_on_time} / 应办结 {t.due});"
        f"无明确时限 {t.no_explicit_deadline} 项(以季度末为限)。",
        f"{lights}。",
    ]


def md_cell(value: Any) -> str:
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def md_table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return lines + ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]


def to_markdown(b: Bulletin) -> str:
    lines = [f"# 督查通报(截至 {b.as_of.isoformat()})", "", "## 总体情况", "", *summary(b), ""]
    lines += ["## 各牵头单位情况", "", *md_table(UNIT_HEADERS, [unit_cells(u) for u in b.units])]
    lines += ["", f"## 逾期未办结事项({len(b.overdue)} 项)", ""]
    if b.overdue:
        lines += md_table(OVERDUE_HEADERS, [overdue_cells(b, r) for r in b.overdue])
    else:
        lines.append("无。")
    return "\n".join(lines) + "\n"


def to_xlsx(b: Bulletin) -> bytes:
    """Three sheets (总体情况, 各单位, 逾期事项), A4 landscape, header rows repeated on every page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ..export import FONT, cell_text, keep_as_text

    wb = Workbook()
    body, bold = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
    head = wb.active
    head.title = "总体情况"
    head.append([f"督查通报(截至 {b.as_of.isoformat()})"])
    for line in summary(b):
        head.append([cell_text(line)])
    head.column_dimensions["A"].width = 100
    tables = [
        ("各单位", UNIT_HEADERS, [unit_cells(u) for u in b.units]),
        ("逾期事项", OVERDUE_HEADERS, [overdue_cells(b, r) for r in b.overdue]),
    ]
    for title, headers, rows in tables:
        ws = wb.create_sheet(title)
        ws.append(headers)
        for cells in rows:
            ws.append([cell_text(c) if isinstance(c, str) else c for c in cells])
        ws.print_title_rows = "1:1"
        ws.freeze_panes = "A2"
        ws.page_setup.orientation = "landscape"
    for ws in wb.worksheets:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        for row in ws.iter_rows():
            for cell in row:
                cell.font = bold if cell.row == 1 else body
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                keep_as_text(cell)
                if isinstance(cell.value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
