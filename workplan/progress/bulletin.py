"""The supervision bulletin (督查通报): totals, a table per unit with its rate, and the overdue list.

The same facts go out as Markdown (to paste into a draft), as an xlsx laid out like the 台账, and as
the Word document a 通报 is issued in; all are built from one `Bulletin`, so they cannot disagree.
Counts say what they count: 项工作 are items, 牵头责任 are (item, lead unit) pairs, since an item with
three lead units holds three units to account; 配合责任 are (item, supporting unit) pairs.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from typing_extensions import assert_never

from ..errors import UsageError
from .status import ANSWERING, TOTAL, Light, StatusRow, UnitStats, tally, unit_stats

if TYPE_CHECKING:
    from ..export import ExportFormat

UNIT_HEADERS = [
    "单位",
    "牵头事项",
    "按期办结",
    "逾期办结",
    "未到期",
    "逾期未办结",
    "无明确时限",
    "按期办结率",
    "配合事项",
    "配合已报送",
]
OVERDUE_HEADERS = ["编号", "工作任务", "牵头单位", "完成时限", "逾期天数", "最新状态", "填报日期", "完成情况"]
WHOLE = {
    "区": "全区合计",
    "县": "全县合计",
    "市": "全市合计",
    "旗": "全旗合计",
    "省": "全省合计",
    "镇": "全镇合计",
}
NEXT_STEPS = "(请填写下步工作安排。)"


@dataclass(frozen=True, slots=True)
class Bulletin:
    """Everything a 通报 says, as of one date."""

    as_of: datetime.date
    works: int  # items (项工作) with at least one unit answering for them
    total: UnitStats  # over every row: 牵头责任 in `items`, 配合责任 in `supported`
    units: list[UnitStats]  # lowest rate first (units with nothing due last), then by name
    lights: dict[Light, int]  # of the 牵头责任
    overdue: list[StatusRow]  # answering rows, longest overdue first, then in document order
    multi: bool  # several documents: ids are shown as DOC:ID
    whole: str = TOTAL  # the total row's label: 全区合计 for one district's plans

    def ref(self, row: StatusRow) -> str:
        return row.ref if self.multi else row.id

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "works": self.works,
            "total_label": self.whole,
            "total": self.total.to_json(),
            "units": [u.to_json() for u in self.units],
            "lights": {light.value: n for light, n in self.lights.items()},
            "overdue": [r.to_json() for r in self.overdue],
        }


def bulletin(rows: list[StatusRow], as_of: datetime.date, region: str | None = None) -> Bulletin:
    """The bulletin of status rows computed as of `as_of` (see `status.status_rows`); `region`, when the
    rows are of one region's plans, names the total row (杨浦区 → 全区合计)."""
    answering = [r for r in rows if r.role in ANSWERING]
    units = sorted(unit_stats(rows), key=lambda u: (u.rate is None, u.items == 0, u.rate or 0.0, u.unit))
    lights = Counter(row.light for row in answering)
    overdue = sorted((r for r in answering if r.overdue), key=lambda r: r.days_left or 0)  # stable
    return Bulletin(
        as_of,
        len({(r.document, r.id) for r in answering}),
        tally(TOTAL, rows),
        units,
        {light: lights[light] for light in Light},
        overdue,
        len({r.document for r in rows}) > 1,
        WHOLE.get(region[-1:], TOTAL) if region else TOTAL,
    )


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def unit_cells(u: UnitStats, label: str | None = None) -> list[Any]:
    return [
        label or u.unit,
        u.items,
        u.done_on_time,
        u.done_late,
        u.open_not_due,
        u.overdue,
        u.no_explicit_deadline,
        percent(u.rate),
        u.supported,
        u.supported_reported,
    ]


def unit_table(b: Bulletin) -> list[list[Any]]:
    """Each unit, then the total row."""
    return [unit_cells(u) for u in b.units] + [unit_cells(b.total, b.whole)]


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
    lights = "、".join(f"{light.label} {n} 个" for light, n in b.lights.items())
    return [
        f"截至 {b.as_of.isoformat()},共 {b.works} 项工作、{t.items} 个牵头责任"
        f"(一项工作有几个牵头单位的,每个单位各计一个):按期办结 {t.done_on_time} 个,"
        f"逾期办结 {t.done_late} 个,未到期 {t.open_not_due} 个,逾期未办结 {t.overdue} 个。",
        f"按期办结率 {percent(t.rate)}(按期办结 {t.done_on_time} / 应办结 {t.due});"
        f"无明确时限 {t.no_explicit_deadline} 个(以季度末为限)。",
        f"配合责任 {t.supported} 个,配合单位已报送 {t.supported_reported} 个。",
        f"牵头责任中 {lights}。",
    ]


def title(b: Bulletin) -> str:
    return f"督查通报(截至 {b.as_of.isoformat()})"


SECTIONS = ("一、总体情况", "二、各单位推进情况", "三、逾期未办结事项", "四、下步工作")


def overdue_heading(b: Bulletin) -> str:
    return f"{SECTIONS[2]}({len(b.overdue)} 个)"


def to_markdown(b: Bulletin) -> str:
    from ..output.render import markdown_table

    lines = [f"# {title(b)}", "", f"## {SECTIONS[0]}", "", *summary(b), ""]
    lines += [f"## {SECTIONS[1]}", "", *markdown_table(UNIT_HEADERS, unit_table(b))]
    lines += ["", f"## {overdue_heading(b)}", ""]
    lines += (
        markdown_table(OVERDUE_HEADERS, [overdue_cells(b, r) for r in b.overdue]) if b.overdue else ["无。"]
    )
    lines += ["", f"## {SECTIONS[3]}", "", NEXT_STEPS]
    return "\n".join(lines) + "\n"


# Excel width units (see export.PAGE_WIDTH): the unit table fits A4 portrait (95), the overdue list
# A4 landscape (139), 工作任务 and 完成情况 taking the room.
UNIT_WIDTHS = [23, 7, 7, 7, 7, 7, 7, 9, 7, 9]
OVERDUE_WIDTHS = [8, 30, 16, 11, 7, 9, 11, 47]
UNIT_CENTRED = range(1, len(UNIT_HEADERS))  # the counts
OVERDUE_CENTRED = (0, 3, 4, 5, 6)  # 编号, the dates, 逾期天数, 最新状态


def to_xlsx(b: Bulletin) -> bytes:
    """Three sheets laid out like the 台账 (总体情况, 各单位, 逾期事项): widths, borders, rows as tall
    as their text, A4 with page numbers and the header row repeated on every page."""
    from ..export import COVER_WIDTHS, put_row, put_table, put_title
    from ..output.xlsx import LABEL, VALUE, Book

    with Book() as book:
        head = book.sheet("总体情况")
        head.columns(COVER_WIDTHS)
        put_title(head, title(b), COVER_WIDTHS)
        lines = [
            ("截至日期", b.as_of),
            *(("总体情况" if i == 0 else "", s) for i, s in enumerate(summary(b))),
        ]
        lines.append(("下步工作", NEXT_STEPS))
        for n, (label, text) in enumerate(lines, start=2):
            put_row(head, n, [label, text], [LABEL, VALUE], COVER_WIDTHS)
        head.print_setup(landscape=False, pages_tall=1)
        units = book.sheet("各单位")
        rate_at, rows = UNIT_HEADERS.index("按期办结率"), [*b.units, b.total]
        table = unit_table(b)
        for cells, stats in zip(table, rows, strict=True):  # a number to sort by; — when nothing is due
            cells[rate_at] = "—" if stats.rate is None else stats.rate
        put_table(units, UNIT_HEADERS, table, UNIT_WIDTHS, UNIT_CENTRED, number_formats={rate_at: "0.0%"})
        units.print_setup(landscape=False, pages_tall=len(b.units) + 2, headings=[title(b)])
        late = book.sheet("逾期事项")
        put_table(
            late, OVERDUE_HEADERS, [overdue_cells(b, r) for r in b.overdue], OVERDUE_WIDTHS, OVERDUE_CENTRED
        )
        late.print_setup(landscape=True, pages_tall=len(b.overdue) + 1, headings=[title(b)])
        return book.close()


UNIT_CM = [3.3] + [1.2] * 6 + [1.8, 1.3, 2.0]  # 按期办结率 holds 100.0% on one line
OVERDUE_CM = [1.1, 2.8, 2.2, 1.6, 1.7, 1.7, 1.6, 2.9]  # 逾期天数 and 最新状态 on one line


def to_docx(b: Bulletin) -> bytes:
    """The 通报 as it is issued (`output.docx`: A4, GB/T 9704 margins and fonts, page numbers): its
    title, summary, the per-unit table with its total row, the overdue list, a 下步工作 paragraph to
    fill in."""
    from ..output.docx import OfficialDocument

    doc = OfficialDocument()
    doc.title("督查通报")
    doc.text(f"(截至 {b.as_of.year}年{b.as_of.month}月{b.as_of.day}日)", centred=True)
    doc.heading(SECTIONS[0])
    doc.text("".join(summary(b)), indent=True)
    doc.heading(SECTIONS[1])
    doc.table(UNIT_HEADERS, unit_table(b), UNIT_CM, UNIT_CENTRED, b.as_of.year, bold_last=True)
    doc.heading(overdue_heading(b))
    if b.overdue:
        rows = [overdue_cells(b, r) for r in b.overdue]
        doc.table(OVERDUE_HEADERS, rows, OVERDUE_CM, OVERDUE_CENTRED, b.as_of.year)
    else:
        doc.text("无。", indent=True)
    doc.heading(SECTIONS[3])
    doc.text(NEXT_STEPS, indent=True)
    return doc.bytes()


def render(b: Bulletin, fmt: ExportFormat) -> bytes:
    """The bulletin as a file of the format (every export format but CSV, which has one table only)."""
    from ..export import ExportFormat as Format
    from ..output.render import json_text

    if fmt is Format.docx:
        return to_docx(b)
    if fmt is Format.xlsx:
        return to_xlsx(b)
    if fmt is Format.markdown:
        return to_markdown(b).encode("utf-8")
    if fmt is Format.json:
        return (json_text(b.to_json(), indent=2) + "\n").encode("utf-8")
    if fmt is Format.csv:
        raise UsageError(
            "通报导出为 .docx、.xlsx、.md 或 .json (the bulletin is docx, xlsx, markdown or json)"
        )
    assert_never(fmt)
