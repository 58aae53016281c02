"""The one table model: which column is which, and how a table that lost its grid becomes rows again.

A 任务分解表 reaches the importer as a real table (.docx, HTML, pipe or tab rows) or, copied from a web
page or a PDF, as one cell per line: 序号 / 工作任务 / 牵头单位 / 完成时限, then 1 / the task / a unit / a
date… The header names the columns (`fields_of`). A cell stream is put back into rows by `align`: every
line is given the column whose kind it fits best (a unit list, a date, a name, prose), in header order,
with a new row where the order starts again. It is a Viterbi pass over (line, column) — linear in lines,
quadratic only in the handful of columns — so a cell broken over two lines, a merged cell written only
on its group's first row, or an empty cell dropped by the page all still land in the right column.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from ..matching import to_simplified
from ..namelists import LEVELS
from .clauses import (
    ASIDE,
    LEADER_TITLES,
    OFFICE_ENDS,
    OWNED,
    SETTING_UP,
    TASK_VERBS,
    TIMING,
    WORDY_ENDS,
    WORDY_SURNAMES,
    WORK_VERBS,
    a_body,
    a_named_person,
    as_time,
    body_and_person,
    cut_role_word,
    is_unit,
    split_top,
    surnamed,
    timing,
)
from .numbering import DOT_RANK, marker

COLUMNS = (  # header words → field, the longest found wins, then the first; a header cell is short (see HEADER_MAX)
    ("number", ("序号", "编号")),
    ("progress", ("进展情况", "完成情况", "进展", "推进情况", "执行情况", "落实情况")),
    ("category", ("类别", "领域", "板块", "类型", "方面", "任务分类", "任务类别")),
    (
        "leaders",
        ("责任领导", "分管领导", "牵头领导", "区领导", "市领导", "县领导", "省领导", "领导", "责任人"),
    ),
    (
        "support",
        (
            "配合单位",
            "协办单位",
            "配合部门",
            "参与单位",
            "参与部门",
            "协作单位",
            "协作部门",
            "协同单位",
            "协助单位",
            "协助部门",
            "协办部门",
            "配合科室",
            "配合处室",
            "配合股室",
        ),
    ),
    (
        "lead",
        (
            "牵头单位",
            "主办单位",  # X主办, Y协办: the main handlers lead
            "主办部门",
            "牵头责任单位",
            "牵头负责部门",
            "牵头负责单位",  # not a 责任单位 column: it names the lead
            "牵头责任部门",
            "主要责任单位",
            "责任单位",
            "主责单位",
            "责任部门",
            "牵头部门",
            "主责部门",
            "牵头协调部门",
            "责任科室",
            "责任处室",
            "责任股室",
            "牵头处室",
            "牵头科室",
            "牵头股室",
            "负责单位",
            "责任清单",  # 任务清单 | 责任清单 | 时限清单: the three lists of a 清单 table
            "承办单位",
            "实施单位",
            "实施主体",  # (beside 牵头部门: those who carry it out with the lead)
            "责任分工",  # (目标任务 | 执行措施 | … | 责任分工 | 监督方式: the bodies a row is shared out to)
            "处室",
            "科室",
            "股室",
        ),
    ),
    (
        "deadline",
        (
            "完成时限",
            "完成时间",
            "时间节点",
            "时间安排",
            "时限",
            "进度安排",
            "完成期限",
            "整改时限",
            "办结时限",
            "时间进度",  # (全年推进, 年内完成: when, as a 完成时限 says it; 时间要求 stays text: 每月5日前)
        ),
    ),
    (
        "title",
        (
            "工作任务",
            "重点工作",
            "重点任务",
            "任务名称",
            "工作事项",
            "项目名称",
            "主要任务",
            "具体任务",
            "工作名称",
            "计划名称",
            "指标名称",
            "考核指标",
            "民生实事",
            "实事项目",
            "事项",
            "任务",
            "问题描述",  # 整改清单: a problem is the item, its 整改措施 the text
            "存在问题",
            "主要问题",
            "问题",
        ),
    ),
    (
        "text",
        (
            "具体内容",
            "具体工作",  # (重点任务 | 具体工作: the group's name, then each row's work)
            "工作目标",
            "工作措施",
            "主要内容",
            "目标任务",
            "任务内容",
            "工作内容",
            "具体措施",
            "具体要求",
            "工作举措",
            "举措",
            "指标要求",
            "内容与要求",
            "整改措施",
            "整改要求",
            "细化措施",
            "项目内容",
            "内容",
            "措施",
            "目标",
            "要求",
        ),
    ),
    ("note", ("备注", "监督方式", "监督电话")),  # (监督方式: a phone number to report to)
)
HEADER_MAX = 12  # characters: a header cell names a column; a longer cell is data
PEOPLE = ("负责人", "责任人")  # a column of people whatever body its header names first
GROUP_STYLES = ("chapter", "cn-comma", "paren-cn")  # numbers that head a group of rows, not a row


@functools.lru_cache(maxsize=4096)
def column_of(text: str) -> str | None:
    """The field a header cell names (牵头单位 → lead), or None; spaces inside (目 标 任 务) do not count.
    Remembered: the search for a header looks at each line up to forty times (a page of header words
    cost a millisecond a line: 50,000 lines, a minute)."""
    squeezed = "".join(to_simplified(text).split()).strip("|｜")
    squeezed, _ = split_note(squeezed)  # 重点工作任务(杭州市2项配合工作): the word before its aside
    squeezed = without_period(squeezed)
    if not squeezed or len(squeezed) > HEADER_MAX or ":" in squeezed or "：" in squeezed:
        return None  # 具体任务:修建道路 is a label line with its value, not a column
    if (numbered := marker(squeezed)) is not None and numbered[3]:
        return None  # 一、区长陈立牵头重点工作: a numbered heading, never a header cell
    if squeezed.endswith(PEOPLE) and len(squeezed) > 3 and not any(c in squeezed for c in "及和与、/／"):
        # 牵头单位负责人: people, not bodies (责任单位及责任人 holds both: read as the bodies' column)
        return "leaders"
    if SUPPORTERS.fullmatch(
        squeezed
    ):  # 配合责任单位, 协同责任单位: helpers, though 责任单位 is a lead's word
        return "support"
    if found := header_word(squeezed):
        return found[1]
    if squeezed == "项目":  # an indicator table's row name (项目名称 is matched above; 项目内容 is text)
        return "title"
    if squeezed.startswith("被") and OVERSEERS.fullmatch(
        squeezed[1:]
    ):  # 被督查单位: the one overseen does it
        return "lead"
    if SCORERS.fullmatch(squeezed) or OVERSEERS.fullmatch(squeezed):  # 评分部门, 督办单位 (评分标准 is text)
        return SCORING
    if UNIT_HEADER.fullmatch(squeezed) and squeezed not in MEASURE_UNITS:  # 监考单位, 考核部门: bodies
        return "lead"  # named in a role the table does not say (计量单位: 个, 万元 — no body)
    return None


def header_note(text: str) -> str:
    """The aside of a header cell too long to be a header word with it (重点工作任务(杭州市2项配合工作)):
    the column is named by the word before it, and the aside is a note, said when the table is read."""
    return split_note("".join(to_simplified(text).split()).strip("|｜"))[1]


def split_note(squeezed: str) -> tuple[str, str]:
    """(header word, aside) of a squeezed header cell; the aside is "" unless the cell is too long."""
    aside = HEADER_ASIDE.fullmatch(squeezed) if len(squeezed) > HEADER_MAX else None
    return (aside.group(1), aside.group(2)) if aside else (squeezed, "")


def without_period(squeezed: str) -> str:
    """A header cell's words after the period it opens with (2023年10-12月份进展情况 → 进展情况)."""
    found = HEADER_PERIOD.match(squeezed)
    return squeezed[found.end() :] if found and found.end() < len(squeezed) else squeezed


# the period a progress table's header cell opens with (2023年10-12月份进展情况, 2024年1-3月份进度安排)
HEADER_PERIOD = re.compile(
    r"(?:\d{4,5}年度?)?\d{1,2}(?:[-—~至]\d{1,2})?月份?"  # (months: 2023年经开区重点工作 is a title)
)
HEADER_ASIDE = re.compile(r"([\u4e00-\u9fff]{2,8})[(（]([^()（）]{1,20})[)）]")
SCORERS = re.compile(r"[\u4e00-\u9fff]{0,4}(?:评分|打分|评价|考评)(?:单位|部门|科室|处室)")
# 督办单位, 监督方式 (区委、区政府): bodies that oversee the work beside who does it — or, in a table with
# no other column of bodies (| 工作任务 | 督导单位 |), who does it
OVERSEEING = r"[\u4e00-\u9fff]{0,4}(?:督办|督查|督导|监督)"
OVERSEERS = re.compile(OVERSEEING + "(?:单位|部门|科室|处室|方式|主体)")
OVERSEER_BODIES = re.compile(OVERSEEING + "(?:单位|部门|科室|处室)")  # (not 方式, 主体: no body named)
SCORING = "scoring"  # a column of bodies that score the work: placed like a unit column, read as text
SUPPORTERS = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:支持|配合|协助|协办|参与|协作|协同)[\u4e00-\u9fff]{0,4}(?:单位|部门|科室|处室|股室)"
)
MEASURE_UNITS = ("计量单位", "计算单位", "度量单位", "数量单位")
UNIT_HEADER = re.compile(r"[\u4e00-\u9fff]{1,4}(?:单位|部门|科室|处室|股室)")


@functools.lru_cache(maxsize=4096)
def header_word(squeezed: str) -> tuple[str, str] | None:
    """(word, field) of the longest header word in a header cell: 目标任务 is text, though it holds
    任务 (a title); among words as long, the field listed first. Remembered: a header's pieces are
    weighed in pairs at every line of a run (a page of header words, 150 KB, took 16 s)."""
    found = [
        (len(w), -rank, w, field)
        for rank, (field, words) in enumerate(COLUMNS)
        for w in words
        if w in squeezed
    ]
    return (max(found)[2], max(found)[3]) if found else None


OTHERS = "others"  # a second column of units (牵头单位 | 参与单位 | 责任单位): those who carry the work
# out with the lead, or the responsible units of a row that names no lead


def duties_columns(cells: Sequence[str]) -> list[str] | None:
    """The fields of a header naming the bodies and their duties (单位 | 职责分工, 成员单位 | 主要职责, with a
    序号 first or not), else None: 单位 alone is elsewhere a figure's unit (万元), beside 职责 the bodies'."""
    numbered = len(cells) == 3 and column_of(cells[0]) == "number"
    named = cells[1:] if numbered else cells
    if len(named) == 2 and named[0] in BODY_COLUMN and named[1] in DUTY_COLUMN:
        return list(DUTIES_FIELDS[numbered])
    return None


DUTIES_FIELDS = (["lead", "text"], ["number", "lead", "text"])  # a duties table's columns, 序号 first or not


BODY_COLUMN = frozenset(
    {
        "单位",
        "部门",
        "成员单位",
        "单位名称",
        "部门名称",
        "责任单位",
        "责任部门",
        "涉及部门",
        "相关部门",
        "职能部门",
    }
)
DUTY_COLUMN = frozenset({"职责", "职责分工", "工作职责", "主要职责", "具体职责", "职责任务"})


def fields_of(cells: Sequence[str]) -> list[str] | None:
    """The field of every column when `cells` is a task table's header (a task column and a unit or
    leader column); a column named twice, or not at all, is `extra` (its cells go to the item's text)."""
    if (duties := duties_columns(cells)) is not None:
        return duties
    fields: list[str] = []
    for cell in cells:
        field = column_of(cell)
        if field in ("lead", "support") and field in fields and OTHERS not in fields:
            at = fields.index(field)
            if field == "lead" and is_generic(cells[at]) and not is_generic(cell):
                fields[at] = OTHERS  # 责任单位 | 牵头单位: the explicit lead column leads
            else:
                field = OTHERS
        fields.append("extra" if field is None or field in fields else field)
    fields = [  # 内容 | 2024年工作任务 | 2025年工作计划: one year's work is its column, the task the other
        # (a year's 目标 beside a 指标名称 stays the item's text: its target)
        "extra" if f == "title" and dated_header(c) and worded(fields, cells) else f
        for f, c in zip(fields, cells, strict=True)
    ]
    if "title" not in fields:  # 指标 | 单位 | 基期值 | 目标值: an indicator table names its rows by 指标,
        # the deepest of 一级指标 … 五级指标 (the last)
        names = next(
            (k for k in range(len(cells) - 1, -1, -1) if fields[k] == "extra" and "指标" in cells[k]), None
        )
        if names is not None:
            fields[names] = "title"
    if not set(fields) & {"lead", "support", OTHERS, "leaders"}:  # no body or person but the overseers'
        fields = [
            "lead" if f == SCORING and OVERSEER_BODIES.fullmatch("".join(to_simplified(c).split())) else f
            for f, c in zip(fields, cells, strict=True)
        ]
    named = set(fields)
    if named & {"title", "text"} and named & {"lead", "support", "leaders"}:
        return fields
    return None


def dated_header(cell: str) -> bool:
    """A header cell naming one year's work (2024年工作任务, 2025年计划): a column of that year's part."""
    return YEAR_LED.match("".join(to_simplified(cell).split())) is not None


YEAR_LED = re.compile(r"(?:19|20)\d\d年")


def worded(fields: Sequence[str], cells: Sequence[str]) -> bool:
    """Whether another column names the task with no year (内容 or 重点任务 beside 2024年工作任务): the task is
    there, and a year's column is its part; with none (2023年重点工作 alone, or beside 主要措施, the task's
    measures: pass 116), the year's column is the task."""
    return any(
        (f == "title" or (f == "text" and CONTENT.fullmatch("".join(to_simplified(c).split()))))
        and not dated_header(c)
        for f, c in zip(fields, cells, strict=True)
    )


CONTENT = re.compile("(?:主要|具体|工作|任务)?内容")  # a text column that is the task's own words


def is_generic(cell: str) -> bool:
    """A unit column whose header writes no role: 责任单位, or one named only by what the table is
    for (监考单位); its cells read like an unprefixed clause."""
    squeezed = "".join(to_simplified(cell).split())
    found = header_word(squeezed)  # the longest word: 主要责任单位 names the lead, 责任单位 no role
    if found is not None and found[0] in GENERIC_LEAD:  # 责任单位或牵头单位, 牵头组织实施单位 name the lead
        return not any(word in squeezed for word in EXPLICIT_LEAD) and not any(
            w in squeezed for w in LEAD_MARKS
        )
    return UNIT_HEADER.fullmatch(squeezed) is not None and found is None


GENERIC_LEAD = (
    "责任单位",
    "责任部门",
    "责任科室",
    "责任处室",
    "责任股室",
    "实施单位",
    "实施主体",
    "承办单位",
    "责任清单",
)
LEAD_MARKS = ("牵头", "主责", "主办")  # a role word anywhere in a unit column's header: its units lead
EXPLICIT_LEAD = tuple(  # lead words that no generic word holds (责任科室 holds 科室)
    w for field, words in COLUMNS if field == "lead" for w in words if not any(w in g for g in GENERIC_LEAD)
)


def implied_number(cells: Sequence[str], fields: list[str]) -> list[str]:
    """Fields with a 序号 column the header did not name (its cell left blank) but the rows carry: bare
    numbers 1, 2, 3… in the stream. It stands where the first number stands in the first row."""
    if "number" in fields:
        return fields
    numbers = [t for t, c in enumerate(cells) if NUMBER.fullmatch(c)]
    if len(numbers) < 2 or [int(cells[t].rstrip(".、．")) for t in numbers[:2]] != [1, 2]:
        return fields
    at = min(numbers[0], len(fields))
    return [*fields[:at], "number", *fields[at:]]


def fragments_joined(cells: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of cells to read as one: short pieces of one name broken over lines (市政 / 府办 / 公厅),
    none of which stands as a cell of its own (各科室 and 年底前 are two cells, not one name)."""
    spans: list[tuple[int, int]] = []
    t = 0
    while t < len(cells):
        end = t
        while end < len(cells) and is_fragment(cells[end]):
            end += 1
        if end - t > 1 and cell_kind("".join(cells[t:end])) == "units":
            spans.append((t, end))
        else:  # a run that makes no name stays cells of its own: each piece is looked at once
            spans += [(k, k + 1) for k in range(t, max(end, t + 1))]
        t = max(end, t + 1)
    return points_of_a_cell(cells, listed_on(cells, spans))


def points_of_a_cell(cells: Sequence[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A cell's own list of points, a line each ((1)成立工作专班。 / (2)建立月度例会制度。 / (3)…): one cell —
    (2) had opened a row of its own, a phantom item taking the row's units (pass 117)."""
    out: list[tuple[int, int]] = []
    last = 0  # the number of the (n) the span before ends with
    for start, end in spans:
        found = marker(cells[start].strip()) if end - start == 1 else None
        n = found[2] if found is not None and found[0] == "paren-num" and found[3] else 0
        if n and n == last + 1 and out and last:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        last = n
    return out


def listed_on(cells: Sequence[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list of units a line broke after its 、 (区财政局、 / 区统计局) is one cell: the names after it had
    taken the next column (配合 read as a second lead); so is a name a line broke (区土方工作 / 专班)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        before = "".join(cells[out[-1][0] : out[-1][1]]) if out else ""
        if before.endswith("、") and cell_kind(before.rstrip("、")) == cell_kind(cells[start]) == "units":
            out[-1] = (out[-1][0], end)
        elif broken_name(before, "".join(cells[start:end])):
            out[-1] = (out[-1][0], end)  # 区土方工作 / 专班: a body's name its last characters broke off
        else:
            out.append((start, end))
    return out


def broken_name(before: str, piece: str) -> bool:
    """A piece of a few characters that ends the name before it: together a body, apart none, or a body's
    last word after a name that opens with its level (区城管执法 / 大队) — 团委 after a task's title is a
    body of its own (青少年关爱行动 / 团委: two cells)."""
    return (
        is_fragment(piece)
        and (cell_kind(piece) != "units" or before[:1] in (*LEVELS, "各"))  # (市公安局交警 / 支队)
        and cell_kind(before) == "name"
        and cell_kind(before + piece) == "units"
    )


def is_fragment(cell: str) -> bool:
    """A piece too short to be a cell alone: two characters (府办 may end like a body and still be a
    piece), or three that are no body (各街道 is a cell of its own)."""
    kind = cell_kind(cell)
    return (
        len(cell) <= FRAGMENT and kind not in ("number", "date") and (len(cell) < FRAGMENT or kind != "units")
    )


FRAGMENT = 3  # characters: a line this short inside a table is a piece of a cell


# --- the kind of a cell, and how well it fits a column --------------------------------------------

NUMBER = re.compile(r"[0-9]{1,3}[.、．]?")
BLANK = re.compile(r"\s*(?:[—－―-]{1,4}|[/／])\s*")  # a cell marked empty: ——, —, -, /
DATE_WORDS = (
    "年底",
    "年内",
    "全年",
    "长期",
    "持续",
    "常态",
    "季度",
    "月底",
    "月前",
    "日前",
    "年前",
    "底前",
    "每月",
    "每年",
    "上半年",
    "下半年",
    "月",
)


MEASURES = (  # a figure's measure words, longest first: one list for every rule that reads a count
    "个百分点", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "公里", "公顷", "千米", "人次", "户次", "场次",
    "座次", "架次", "分钟", "小时", "个", "家", "所", "项", "处", "场", "次", "户", "人", "名", "元", "米",
    "吨", "辆", "条", "座", "套", "张", "间", "件", "台", "只", "批", "天", "亩", "倍", "栋", "幢", "头",
    "羽", "斤", "根", "片", "部", "届", "期", "支", "位", "床", "篇", "本", "宗", "类", "级", "列",
)  # fmt: skip
MEASURE_ALTERNATION = "|".join(MEASURES)
QUANTITY = re.compile(  # 0.2, 6.5%, 1,200; 3所, 12个, 40公里: a count with its measure word is no unit (…所)
    r"\d{1,12}(?:[.,]\d{1,6})+%?|\d{1,12}%|\d{1,12}(?:[.,]\d{1,6})?[余多]?(?:万|千|亿)?"
    f"(?:{MEASURE_ALTERNATION})"
)
COUNTED = re.compile(  # a name ending in a count (加装电梯50部); 中国电科38所 is an institute
    "\\d(?:" + "|".join(m for m in MEASURES if m != "所") + ")$"
)
MEASURE = re.compile(  # a column's unit of measure: 万亩, 万元/人, %
    f"[万亿千百十]?(?:{MEASURE_ALTERNATION})(?:/[^/]{{1,3}})?|%|‰"
)
FIGURE_TAIL = re.compile(  # what a line broke off a figure: 家，改造…, 万平方米。, 余场, 个以上。 (never 家政, 人才, 家、校、社)
    f"[余多]?[万亿千百]?(?:{MEASURE_ALTERNATION}|%)(?:以上|以下|左右|以内|余)?(?=$|[\\s，。；,;.)）])"
)

YEAR = re.compile(r"(?:19|20)\d\d")
BRACKET_SPACE = re.compile(r"\s+(?=[(（])")  # a space before a bracket parts nothing from it


CELLS_KEPT = 1 << 14  # cells whose kind is remembered
DASH_LED = re.compile(
    r"(?:——|—|－－|--)[\u4e00-\u9fff]"
)  # a sub-target or measure led by a dash (— 2 —: a page's)


@functools.lru_cache(maxsize=CELLS_KEPT)
def cell_kind(text: str) -> str:
    """number, blank, measure, value, units, staffed, date, person, name, task, long or short: what a
    cell looks like, whatever column it is in (remembered: the aligner asks for each cell many times, and
    reading a body with its person is dear)."""
    if NUMBER.fullmatch(text):
        return "number"
    if BLANK.fullmatch(text):
        return "blank"
    if MEASURE.fullmatch(text.strip()):
        return "measure"  # 万亩, 万元/人, %: an indicator's unit of measure
    if QUANTITY.fullmatch(text.strip()):
        return "value"  # 0.2, 6.5%, 1,200: a target or a weight, never a row's 序号
    simple = BRACKET_SPACE.sub("", to_simplified(text).rstrip("。.;；"))  # 相关镇 (街道): one name
    parts = [  # …按职责分工落: cut by the page; 区商务委牵头(各镇街配合): a body, its bracket set apart
        cut_role_word(ASIDE.sub("", p) or p) for p in split_top(simple, "、,，;； ")
    ]
    if (
        parts
        and all(is_unit(p) or is_place(p) or (len(parts) > 1 and with_person(p)) for p in parts)
        and (len(parts) > 1 or is_unit(parts[0]))
        and (not text.endswith("。") or all(p.startswith(OWNED) for p in parts))
        and COUNTED.search(simple) is None  # (加装电梯50部: a count's measure word, no body's 部)
    ):
        return "units"  # 建设区文化中心。 is a sentence, 区投资促进中心。 a body a clerk closed with a stop
    if len(parts) == 1 and not text.endswith("。") and with_person(parts[0]):
        return "staffed"  # 区交通局王伟: a 责任单位及责任人 cell, or (less often) a leader's with its body
    if (
        len(simple) <= 20
        and (
            any(w in simple for w in DATE_WORDS)
            or re.search(r"\d{4}[.\-/年]", simple)
            or YEAR.fullmatch(simple)
        )
        and not time_led_task(simple)
    ):
        return "date"  # 2025年6月, 年底前, and a year alone (建设时间: 2025)
    people = split_top(simple, "、,，;；")
    if people and not text.endswith("。") and all(is_person(p) for p in people):
        return "person"
    if (
        len(simple) <= 12
        and not text.endswith("。")
        and all("\u4e00" <= c <= "\u9fff" or c in "、,， " for c in simple)
    ):
        return "name"  # 抓好环境整治工作。 ends as a sentence does: no name
    if len(POINTS.findall(text)) > 1:
        return "long"  # (1)成立专班。(2)建立例会。: a cell's list of points, no task's title
    # 15.推进学校塑胶运动场地建设: an item's number before its words (1.民生保障: a category)
    if (found := marker(text)) is not None and found[1] >= DOT_RANK and len(found[3]) >= TASK_WORDS:
        return "task"
    if len(simple) > 30 or "。" in simple or DASH_LED.match(simple):
        return "long"  # (——低出生体重儿发生率控制在4%以下: a target's line, never a category's name)
    return "short"


POINTS = re.compile(r"[(（][0-9]{1,2}[)）]")  # a point's number inside a cell: (1), （2）


def time_led_task(simple: str) -> bool:
    """A task whose words open with how long it goes on (持续开展绿色低碳出行月活动, 常态化开展巡查): the
    work's cell, not a 时间进度 one (持续推进, 年底前完成, 全年完成100个 are times)."""
    found = TIMING.match(time := as_time(simple))
    if found is None or timing(simple) or len(time) - found.end() < TASK_AFTER_TIME:
        return False
    rest = time[found.end() :]  # (持续推进至2025年底, 2024年起持续推进: a time all through)
    return not re.search(r"\d", rest) and not any(w in rest for w in DATE_WORDS if w != "月")


TASK_AFTER_TIME = 4  # characters after a time's words: a task's (绿色低碳出行月活动), not its deed (调度)


def with_person(part: str) -> bool:
    """A body written with its person (区教体局王伟, 东风社区 李强): a 责任单位及责任人 column's entry; a
    place's is none (城关镇王庄 names a village as often: a project's place)."""
    parted = body_and_person(part) if len(part) <= PERSON_ENTRY else None
    return (  # (举办活动 is a task: 活动 is no one's name)
        parted is not None
        and bool(parted[1])
        and a_body(parted[0])
        and (not parted[0].endswith((*LEVELS, "村")) or parted[0].endswith("社区"))  # (东风社区李强;
        # 东关村张庄 is a hamlet, 城关镇刘楼 a place, 城关镇镇长王伟 a leader column's as often)
        and all(map(a_named_person, parted[1]))
    )


PERSON_ENTRY = 40  # characters: a body's name, a title and a name


def is_person(part: str) -> bool:
    """A leader as a table names one: a name of two or three characters (周 斐, spaced to line up), or a
    title with one (张某副县长); four characters are more often a category (文化产业)."""
    squeezed = "".join(part.split())
    return all("\u4e00" <= c <= "\u9fff" for c in squeezed) and (
        2 <= len(squeezed) <= 3 or (len(squeezed) <= 10 and squeezed.endswith(LEADER_TITLES))
    )


def is_named(part: str) -> bool:
    """People's names for sure, each with a common surname first (王明, 王明、李强, 欧阳红, 张某副县长) —
    where a spaced row's words after a task could as well be a status (已完成), a kind (续建) or a role
    (牵头)."""
    names = names_in(to_simplified(part))  # (華明: 华明)
    if not names or not all(is_person(n) and surnamed(n) for n in names):
        return False
    return any(
        n[0] not in WORDY_SURNAMES or n.endswith(LEADER_TITLES) or (len(n) == 3 and n[-1] not in WORDY_ENDS)
        for n in names
    )


def names_in(part: str) -> list[str]:
    """The names a cell lists (王明、李强), spaces inside them taken out."""
    return [n for n in re.split("[、,，]", "".join(part.split())) if n]


def is_place(part: str) -> bool:
    """黄埔区, 荔湾区: a district (or county, town) a city's table lists beside its bodies, meaning its
    government."""
    return 3 <= len(part) <= 6 and part[-1] in LEVELS and all("\u4e00" <= c <= "\u9fff" for c in part)


FIT: dict[str, dict[str, float]] = {  # kind → field → score; a missing field is FIT_DEFAULT
    "number": {"number": 6.0, "extra": 0.5, "lead": -4.0, "support": -4.0, "leaders": -4.0},  # 分值 3
    "units": {
        "lead": 3.0,
        "support": 3.0,
        "leaders": -1.0,
        "deadline": -3.0,
        "title": -1.0,
        "text": -0.5,
        "progress": -0.5,
    },
    "date": {"deadline": 3.0, "title": -0.5, "text": -1.0, "lead": -3.0, "support": -3.0, "leaders": -2.0},
    "person": {"leaders": 3.0, "title": 0.3, "category": 0.2, "note": 0.5, "lead": -1.0, "support": -1.0},
    # —— or / in a cell: nothing written there, as a table marks an empty unit, leader or date cell
    "blank": {"support": 1.0, "lead": 0.5, "leaders": 0.5, "deadline": 0.5, "title": -3.0, "text": -3.0},
    "staffed": {"lead": 2.5, "support": 2.5, "leaders": 1.5, "deadline": -3.0, "title": -1.0, "text": -0.5},
    "name": {
        "leaders": 0.5,
        "title": 0.5,
        "category": 0.3,
        "note": 0.5,
        "progress": 0.3,
        "lead": -1.0,
        "support": -1.0,
        "deadline": -2.0,
    },
    "long": {
        "text": 2.0,
        "title": 0.5,
        "progress": 1.0,
        "extra": 1.0,
        "lead": -4.0,
        "support": -4.0,
        "leaders": -4.0,
        "deadline": -4.0,
        "category": -1.0,
    },
    "measure": {"extra": 1.0, "title": -1.0, "text": -0.5, "lead": -3.0, "support": -3.0, "leaders": -3.0},
    "value": {  # a number under 序号 that is no row's: a count or a target in a column of its own
        "extra": 1.0,
        "text": 1.0,
        "title": -1.0,
        "lead": -3.0,
        "support": -3.0,
        "leaders": -3.0,
        "deadline": -2.0,
    },
    "task": {"title": 3.0, "text": 1.0, "category": -2.0, "lead": -3.0, "support": -3.0, "leaders": -3.0},
    "short": {
        "title": 1.5,
        "text": 1.0,
        "progress": 0.5,
        "note": 0.5,
        "category": 1.0,
        "extra": 0.5,
        "lead": -1.0,
        "support": -1.0,
        "leaders": -1.0,
        "deadline": -1.0,
    },
}
FIT_DEFAULT = 0.0
NOT_A_NUMBER = -math.inf  # only a number goes in the 序号 column, and a number goes nowhere else
NUMBER_ELSEWHERE = -4.0
SKIP = {  # a column left empty in a row (a merged or blank cell)
    "number": -6.0,
    "category": -0.2,
    "title": -2.0,
    "text": -1.0,
    "lead": -1.5,
    "support": -0.7,
    "leaders": -0.7,
    "deadline": -0.7,
    "progress": -0.3,
    "note": -0.1,
    "extra": -0.2,
}
AGAIN = {  # one more line in the same cell (a cell broken over lines)
    "number": -math.inf,
    "lead": -1.3,
    "support": -1.0,
    "leaders": -1.5,
    "deadline": -2.0,
    "category": -1.0,
}
AGAIN_DEFAULT = -0.3
for _table in (*FIT.values(), SKIP, AGAIN):  # a third unit column, or the scorers' one, fits and misses
    if "support" in _table:  # as the support one does
        _table[OTHERS] = _table[SCORING] = _table["support"]
AGAIN[SCORING] = -1.5  # two lines of units after a unit cell: the second unit column, not one cell


def fit(text_kind: str, field: str) -> float:
    if text_kind == "number":
        return FIT["number"]["number"] if field == "number" else NUMBER_ELSEWHERE
    if field == "number":
        return NOT_A_NUMBER
    return FIT[text_kind].get(field, FIT_DEFAULT)


def counted(cells: Sequence[str], kinds: list[str], fields: Sequence[str]) -> list[str]:
    """Under a 序号 column, a number opens a row only where it goes on the count — the next, or a later
    one (an extract skips rows: 69, 73) when the cell after it fits a column after 序号, or 1 again for
    a new group when 2 follows; another (a 年度目标 of 0, 1 or 9 before its unit cell, a 抽查户数 of 3
    while row 2 is still to come) is a value in its row."""
    at = list(fields).index("number")
    after = fields[at + 1 : at + 3]  # the column after 序号, or the one after that when it is merged
    kinds = [  # a figure and the measure word a line broke off it (3 / 家。): no 序号 (the caller's list kept)
        "value" if kind == "number" and t + 1 < len(cells) and broken_figure(cells[t + 1]) else kind
        for t, kind in enumerate(kinds)
    ]
    out = list(kinds)
    numbers = [(t, int(cells[t].rstrip(".、．"))) for t, kind in enumerate(kinds) if kind == "number"]
    expected: int | None = None
    last_at = {n: k for k, (_, n) in enumerate(numbers)}  # where each number is seen last in the stream
    opened = -1  # where the last row opened
    # a cell that reads like a name (建成) is a leader only where a column takes one
    leaders = "leaders" in fields
    for k, (t, n) in enumerate(numbers):
        following = numbers[k + 1][1] if k + 1 < len(numbers) else None
        opens = t + 1 == len(kinds) or any(fit(kinds[t + 1], f) >= 0 for f in after)  # or the page ends
        # the next number a whole row after the last (创建特色小镇 reads like a body, yet row 2 it opens)
        opens = opens or (n == expected and t - opened == len(fields))
        # a jump past the next number (an extract skips rows) needs its task after it, not a unit cell
        leaps = t + 1 == len(kinds) or any(fit(kinds[t + 1], f) > 0 for f in after if f in ("title", "text"))
        before = kinds[t - 1] if t else ""  # a name-like cell is a leader where a column takes one, and not
        person = before == "person" and leaders and opened != t - 2 and not verb(cells[t - 1])  # (建成)
        closed = (  # the cell before ends a row's cell, not a piece of a sentence a line broke
            t == 0
            or cells[t - 1].rstrip().endswith(("。", ";", "；"))
            or whole_cell(cells[t - 1], before if before != "person" or person else "short")
        )
        # a figure a line broke off before its measure word (新建 / 30 / 家社区长者食堂。, or 200 / 家食堂…
        # with no unit after it): no row; 25 / 家庭医生签约… after a whole row, its units after it, is one
        broke = t + 1 < len(cells) and opens_with_measure(cells[t + 1])
        leaps = leaps and not (broke and (not closed or not filled(kinds, t)))  # (举办活动 / 50 / 余场)
        # a figure between a task a line broke and a short closed tail (新建中小学 / 3 / 所学校。): even
        # the next number is no row (家政。 after a whole cell is a task, its number a row's)
        if broke and not closed and short_tail(cells[t + 1]) and t - opened <= TASK_CELLS:
            out[t] = "value"
            continue
        # the next number where the row's own figure column stands, a unit after it (1 / 完成地块征收 / 2 /
        # 区旧改办 under 序号 | 工作任务 | 数量 | 牵头单位): the row's figure, no row
        off = t - opened
        if (
            opened >= 0
            and at + off + 1 < len(fields)
            and fields[at + off] == "extra"
            and t + 1 < len(kinds)
            and fit(kinds[t + 1], fields[at + off + 1]) > max(fit(kinds[t + 1], f) for f in after)
        ):
            out[t] = "value"
            continue
        # a new group's 1 is followed by its 2 (or another 1), or is the last group's only row; not a figure a
        # line broke (建成 / 1 / 个城市综合体。)
        restart = n == 1 and (following in (1, 2) or (following is None and opens)) and (closed or not broke)
        awaited = expected is not None and last_at.get(expected, -1) > k  # 2 comes: 3 is a value
        jump_ok = n == expected or (leaps and not awaited)
        # a leap past SKIPPED_ROWS (a bureau's extract of a report's rows: 145, 249) a whole row after
        # the last opened (a value inside a row comes before its row is full)
        far = t - opened >= len(fields) and closed  # (全年服务 / 120 / 万人次。: a figure a line broke off)
        reach = expected is not None and (n <= expected + SKIPPED_ROWS or far)
        if expected is None or restart or (expected <= n and reach and opens and jump_ok):
            expected, opened = n + 1, t
        else:
            out[t] = "value"  # a value in its row (a count, a target): its own column, not a title's tail
    return out


MEASURE_WORDS = (
    "个家所项处场次户人名万亿千百元米吨辆条座套张间件台只批天余分亩倍多%"  # how a figure's tail may open
)


def verb(text: str) -> bool:
    """A cell that is a task's verb (建成, 完成), which reads like a two-character name."""
    return to_simplified("".join(text.split())).startswith(TASK_VERBS)


def work_led(text: str) -> bool:
    """A cell that opens with a task's verb, or one offices are named for as well (清理临时堆放点; 整治办 is
    a body, a cell of units already): a table's line between two rows' units that opens so is a task."""
    return to_simplified("".join(text.split())).startswith(
        (*TASK_VERBS, *WORK_VERBS, *SETTING_UP, *TABLE_VERBS)
    )


def titled_task(cell: str, kind: str) -> bool:
    """A cell read as units that opens with a task's verb and names no level (整治城乡接合部, 优化服务中心,
    探索建立社区服务站): after a row's number, where the table's task column is, the row's title — a unit
    there (建设管理委) would leave the task's cell empty. Pass 101: such titles had led their rows."""
    return kind == "units" and work_led(cell) and level(cell.strip()) == ""


OFFICES = (*OFFICE_ENDS, "委", "委员会", "局", "中心")  # an office's last word, as offices named for work end


TABLE_VERBS = (  # verbs a task opens with that offices are named for too (整治办, 严打整治办, 巩固…领导小组)
    *("清理", "清除", "整治", "排查", "查处", "严查", "严打", "严管", "严处", "严格", "制定", "修订", "出台"),
    *("巩固", "拓展", "探索"),
)


def opens_with_measure(text: str) -> bool:
    """A cell that may be a figure's tail: it opens with a measure word's character (家社区…) or with a
    measure word of more (公里道路, 平方公里, 小时服务: 公共, 平台, 小微 open tasks)."""
    words = text.strip()
    return words[:1] in MEASURE_WORDS or words.startswith(LONG_MEASURES)


LONG_MEASURES = tuple(m for m in MEASURES if len(m) > 1 and m[0] not in MEASURE_WORDS)


def short_tail(text: str) -> bool:
    """A closed cell of a measure word and a word or two (所学校。, 个商圈。, 公里道路。): a figure's tail."""
    words = text.strip()
    return words.endswith(("。", ";", "；")) and len(words) <= SHORT_TAIL


def broken_figure(text: str) -> bool:
    """A cell that opens with the tail of a figure a line broke (家。, 万户, 余场, 家，改造助餐点10个。, 公顷。):
    its measure word then a stop or nothing; no task opens so (人才, 家政, 项目, 个人所得税 do)."""
    return FIGURE_TAIL.match(text.strip()) is not None


def filled(kinds: list[str], t: int) -> bool:
    """Whether the cells after number `t`, up to the next number, hold more than a task's words (its
    units, a date, a leader): a row, not a figure of the text. At the page's end, any."""
    for kind in kinds[t + 1 :]:
        if kind == "number":
            return False
        if kind in ("units", "date", "person"):
            return True
    return True


def whole_cell(text: str, kind: str) -> bool:
    """A cell a row may end with, no piece of a sentence a line broke: units, a leader, a date with its
    figures or a time alone (2021年6月底前, 年底前; 全年服务 is words), or a cell marked empty (——)."""
    when = kind == "date" and (
        any(c.isdigit() for c in text) or TIMING.fullmatch(to_simplified(text.strip()))
    )
    return kind in ("units", "person", "blank") or bool(when)  # (年底前, 全年: whole; 全年服务 words)


SKIPPED_ROWS = 50  # rows an extract may leave out between two it keeps
SHORT_TAIL = 5  # characters of a closed tail, its stop included: 所学校。, 公里道路。
TASK_CELLS = 3  # cells after a row's 序号 that may still be its task's lines (新建社区 / 长者食堂 / 3 / 家。)
TASK_WORDS = 8  # characters after an item's number: a task has its words, a category its few


ASIDE_LINE = re.compile(r"[(（][^()（）]{1,20}[)）]")  # a bracketed aside on a line of its own


def body_aside(cell: str) -> bool:
    """A bracketed aside naming bodies ((街道办事处), (区人防办)): the unit's other name a line broke off;
    (配合), (待定) and (2023年12月底前) are no name."""
    return ASIDE_LINE.fullmatch(cell.strip()) is not None and cell_kind(cell.strip()[1:-1]) == "units"


LISTED = -1.0  # a list of units written on one line going on the one-unit lines above it: likely two cells
LIST_MARK = re.compile("[、,，]")
UNIT_TAIL = -2.0  # a unit cell going on past a whole name with words that name none: likely the next row's
ASIDE_STAYS = 3.0  # a bracketed line after a unit's name ((区网信办), (牵头), (2023年底前)): its cell's
UNIT_COLUMNS = ("lead", "support", OTHERS)
LEVEL_SHIFT = -0.5  # one cell's units going on at another level (州规划局 / 县规划局): likely two cells


def level(cell: str) -> str:
    """The level a unit's name opens with (州, 县), or "" for a name that says none (农委)."""
    return cell[:1] if cell[:1] in LEVELS else ""


def among_units(cells: Sequence[str], kinds: Sequence[str], t: int, listed: bool = False) -> bool:
    """Whether cell `t`, a name the page cut short (省人口计生) or one that reads as a person's but opens
    with a level (省医保), is a unit: it stands between units — or, `listed` (the lines of one cell),
    before a unit that opens its own name with its level (省人口计生 / 省公安厅; 市发展和 / 改革委员会 is
    one name wrapped)."""
    if not (kinds[t] == "name" or (kinds[t] == "person" and cells[t][:1] in LEVELS)) or work_led(cells[t]):
        return False  # (落实消纳场所备案 between two rows' units: a task, no name cut short)
    after = t + 1 < len(kinds) and kinds[t + 1] == "units"
    if listed and after and cells[t + 1].startswith((*LEVELS, "各")):
        return True
    return after and t > 0 and kinds[t - 1] == "units"


def align(cells: Sequence[str], fields: Sequence[str], whole: bool = False) -> list[list[list[int]]]:
    """Rows of a cell stream: for each row, the column of each of its cells' indices, as lists of cell
    indices per column (`rows[r][c]` lists the cells joined into column c of row r). `whole`: the cells
    were delimited (a pipe row), so none is a piece of another: each goes to a column of its own."""
    k, m = len(fields), len(cells)
    if not m or not k:
        return []
    kinds = [cell_kind(c) for c in cells]
    kinds = counted(cells, kinds, fields) if "number" in fields else kinds
    kinds = [  # 建成 / 12 / 个城市综合体。: a task's verb before its figure, no leader (新建 alone in a 建设性质
        "short"
        if kind == "person" and t + 1 < len(kinds) and kinds[t + 1] == "value" and verb(cells[t])
        else kind
        for t, kind in enumerate(kinds)  # column is the column's value)
    ]
    kinds = ["units" if among_units(cells, kinds, t) else kind for t, kind in enumerate(kinds)]
    titled = "number" in fields and fields[fields.index("number") + 1 :][:1] in (["title"], ["text"])
    numbers = [t for t, kind in enumerate(kinds) if kind == "number"]
    width = {  # the cells of the row each number opens, up to the next
        t: end - t for t, end in zip(numbers, [*numbers[1:], m][: len(numbers)], strict=True)
    }
    kinds = [  # 1 / 整治城乡接合部 / 区住建局: a row's title, though it ends as a body's name does — an
        "name"  # office's (建设管理委, 整治办) only in a row with every cell (2 / 建设管理委 / 三季度完成: the
        if titled  # task merged from the row above, the unit is the row's lead)
        and t
        and kinds[t - 1] == "number"
        and titled_task(cells[t], kind)
        and (width[t - 1] >= k or not to_simplified(cells[t].strip()).endswith(OFFICES))
        else kind
        for t, kind in enumerate(kinds)
    ]
    kinds = [  # 各镇人民政府 / （街道办事处）: the name's aside a line broke off, its own
        "units" if t and kinds[t - 1] == "units" and body_aside(cells[t]) else kind
        for t, kind in enumerate(kinds)
    ]
    shift = [  # 州交通局 州发改委 县交通局 县发改委: two unit columns part where the level changes
        t > 0 and kinds[t] == kinds[t - 1] == "units" and "" != level(cells[t]) != level(cells[t - 1]) != ""
        for t in range(m)
    ]
    tails = [  # 区生态环境局 / 落实消纳场所属地管理: words after a whole unit's name are no more of it
        t > 0
        and kinds[t - 1] == "units"
        and kinds[t] in ("name", "short", "long", "task")
        and not cells[t - 1].rstrip().endswith(("、", ",", "，"))
        and not cells[t].lstrip().startswith(("(", "（"))  # (各镇人民政府 / （街道办事处）: its aside)
        for t in range(m)
    ]
    aside = [  # 区委宣传部 / （区网信办） / 区公安分局: a bracket after a unit is that unit's aside
        t > 0 and kinds[t - 1] == "units" and ASIDE_LINE.fullmatch(cells[t].strip()) is not None
        for t in range(m)
    ]
    listed = [  # 区发改委 / 区商务局 / 区财政局、区城投公司: a list on a line of its own is a cell of its own
        t > 0
        and kinds[t - 1] == "units"
        and kinds[t] in ("units", "long", "short")
        and LIST_MARK.search(cells[t]) is not None
        and LIST_MARK.search(cells[t - 1]) is None
        for t in range(m)
    ]
    # a table with no 标题 column has its task in the text one: a row leaving it empty is no row
    skip = [SKIP["title"] if f == "text" and "title" not in fields else SKIP.get(f, -0.5) for f in fields]
    before = [sum(skip[:c]) for c in range(k + 1)]  # cost of leaving columns 0..c-1 empty
    after = [before[k] - before[c + 1] for c in range(k)]  # columns c+1..k-1 empty
    score = [before[c] + fit(kinds[0], fields[c]) for c in range(k)]
    back: list[list[tuple[int, bool]]] = [[(-1, True)] * k]
    for t in range(1, m):
        new, links = [], []
        for c in range(k):
            emit = fit(kinds[t], fields[c])
            best, link = -math.inf, (-1, True)
            for p in range(k):
                if p < c:  # the same row, columns p+1..c-1 empty
                    s = score[p] + before[c] - before[p + 1]
                    if s > best:
                        best, link = s, (p, False)
                elif p == c and not whole:  # the same cell, one more line
                    s = (
                        score[p]
                        + AGAIN.get(fields[c], AGAIN_DEFAULT)
                        + LEVEL_SHIFT * shift[t]
                        + LISTED * listed[t]
                        + UNIT_TAIL * (tails[t] and fields[c] in UNIT_COLUMNS)
                        + ASIDE_STAYS * aside[t]
                    )
                    if s > best:
                        best, link = s, (p, False)
                # a new row: the rest of p's row empty, columns before c empty in the new one
                s = score[p] + after[p] + before[c]
                if s > best:
                    best, link = s, (p, True)
            new.append(best + emit)
            links.append(link)
        score = new
        back.append(links)
    c = max(range(k), key=lambda c: score[c] + after[c])
    path: list[tuple[int, bool]] = []
    for t in range(m - 1, -1, -1):
        p, starts = back[t][c]
        path.append((c, starts or t == 0))
        c = p
    path.reverse()
    rows: list[list[list[int]]] = []
    for t, (c, starts) in enumerate(path):
        if starts or not rows:
            rows.append([[] for _ in range(k)])
        rows[-1][c].append(t)
    return rows
