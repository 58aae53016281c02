"""From blocks to a dataset: outline, items, clauses, metadata, units — every line placed or reported.

The outline is inferred from the numbering the notice uses (第一章 / 一、 / (一) / 1. / (1) / ①): a deeper
style opens a new level only under a heading-only line; under an item with text it is an enumeration
inside that item. One to three levels become sections, items and sub-items (ids S.I and S.I.J).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .. import limits
from ..bodies import bare, region_parts
from ..dates import first_date
from ..deadlines import arabic_years
from ..errors import DataError
from ..ids import chinese_number
from ..matching import to_simplified
from ..model import SENTENCE_ENDS, split_sentences
from ..namelists import LEVELS
from ..output.layout import text_width
from .clauses import (
    ASIDE,
    CHIEF,
    CLOSE,
    COMMON_OPENERS,
    FIRST_RULE,
    HANZI,
    LABEL_WORDS,
    LEADER_TITLES,
    LEVELLED_ENDS,
    LONGEST_ADVERBS,
    NAMED_OPENERS,
    NOTE_LABEL,
    OPEN,
    OWNED,
    SETTING_UP,
    STRONG_ENDS,
    TASK_VERBS,
    TIMING,
    UNIT_ENDS,
    VAGUE,
    Clause,
    as_time,
    bodies_label,
    body_aside,
    bracket_groups,
    canonical,
    column_office,
    cut_role_word,
    deed_after_body,
    ends_as_body,
    find_clauses,
    has_role_word,
    is_unit,
    leader_label,
    leads_beside_support,
    looks_like_body,
    merged,
    names_of,
    names_the_responsible,
    notes_apart,
    only_bodies,
    only_people,
    parse_clause,
    people_apart,
    prefix_role,
    remark,
    role_label,
    role_line,
    role_suffix,
    role_word,
    split_prefixed,
    split_top,
    strip_etc,
    task_led,
    timing,
    when_piece,
    without_role,
    without_unopened,
)
from .clauses import plain_unit as unit_alone
from .metadata import PLAN_WORDS as PLAN_NAMING
from .metadata import (
    damaged_date,
    is_date_line,
    is_issuer,
    names_plan,
    period,
    region_of,
)
from .numbering import CN_RANK, DECIMAL3_RANK, DECIMAL_RANK, DOT_RANK, DUTIES, article_number, marker
from .readers import (
    CARRIED,
    MEASURE_NOTE,
    TABLE_NOTE,
    Block,
    Line,
    Table,
    glued_table,
    group_line,
    page_kept_out,
    page_mark,
    short,
    skipped_line,
    table_caption,
    total,
    unpinyined,
    yeared,
)
from .tables import (
    DUTIES_FIELDS,
    GROUP_STYLES,
    MEASURE_ALTERNATION,
    OTHERS,
    QUANTITY,
    SCORING,
    cell_kind,
    column_of,
    fields_of,
    header_note,
    is_generic,
    is_named,
    names_in,
)
from .units import Registry

MAX_DEPTH = 4  # outline levels read; a fourth is an item's text unless its points are items (`counted_on`)
TABLE_DEPTH = 3  # levels of headings, a table's heading rows among them
UNIT_ROLES = ("lead", "support", "undetermined")
ANSWERING = (*UNIT_ROLES, "leaders")  # who answers for an item: its bodies in any role, or its leaders
NOT_UNITS = ("number", "date", "task")  # kinds of cell a unit column holds by mistake: kept as text
DASH_HEADING = re.compile(r"[—－]{1,2}[^。;；—－]{2,38}")  # ——坚持推进长江大保护: a report's sub-heading
NO_CLAUSE = "没有找到责任单位"
DEADLINE_WORDS = (
    "完成时限",
    "完成时间",
    "时间节点",
    "时间安排",
    "时限要求",
    "完成期限",
    "责任时限",
    "整改时限",  # 整改清单: 问题整改责任单位:市科技馆 整改时限:3天
    "整改期限",
    "整改时间",
    "办结时限",
    "截止时间",
    "截止日期",
    "时限",
)
TITLE_COLON = 20  # a colon this early in an item ends its title
SENTENCE_STOPS = "。;；)）"
PROJECT_KEYS = {
    "牵头领导": "lead_leaders",
    "配合领导": "support_leaders",
    "牵头部门": "lead_departments",
    "配合部门": "support_departments",
}
PROJECT_KEY = re.compile(r"(牵头领导|配合领导|牵头部门|配合部门)[:：]([^;；]*)")
DAMAGE = (  # checked in order; a span already reported is not reported again
    (re.compile(r"(?:19|20)\d{2}(?:19|20)\d{2}"), "两个年份连在一起 (two years run together): 缺了连接号?"),
    (
        re.compile(r"(?<![\d年-])20\d{5,6}(?!\d)"),
        "像丢了年月日的日期 (digits that look like a date with 年/月/日 lost)",
    ),
    (
        re.compile(r"(?<![\d月])(?:3[2-9]|[4-9]\d|[1-9]\d\d)日"),
        "日数大于31 (a day number over 31): 缺了“月”?",
    ),
    (re.compile(r"[(（]\s{0,8}[)）]"), "空括号 (empty brackets): 缺字?"),
)
FIRST_IS_LEAD = (
    re.compile(  # 列第一位的为牵头单位; 第一责任单位为牵头单位; 首位单位为牵头单位; 由排名首位的部门牵头负责
        r"(?:排|列|位)[^。,，]{0,6}(?:第一|首)[^。,，]{0,8}牵头(?:或[\u4e00-\u9fff]{1,4})?(?:单位|部门|负责)"
        r"|(?:第一|首位|首个)(?:个|位)?(?:责任)?(?:单位|部门)?(?:为|是)牵头"
        rf"|{FIRST_RULE}"  # 由排在第一位的单位牵头, 由首个责任单位牵头
    )
)
NAMED_LEAD = re.compile(  # 工作要求:由市发改委牵头,并负责报进度; not 不再由X牵头, 去年由X牵头的
    r"(?<!不再)(?<!不)(?<!原)(?<!曾)(?<!去年)由([^,，。;；、:：由]{2,24}?)(?:负责)?牵头(?!的)"
)


@dataclass(frozen=True)
class Warning:
    """Something a curator should look at, with where it is in the notice (line, page, table cell)."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


RUN_IN_STOP = re.compile(rf"[{SENTENCE_STOPS}]\s*")  # a stop, and the spaces a pasted page puts after it
CN_DIGITS = "一二三四五六七八九十"
RUN_IN_BREAK = re.compile(  # where a pasted notice's next number may start: after a stop, a space, or glued
    rf"[{SENTENCE_STOPS}]\s*|\s+|(?<=[\u4e00-\u9fff])(?=[(（][{CN_DIGITS}]|[0-9]{{1,3}}[.、．])|[:：]"
)  # (after a colon only to see an item's own list begin: 分三步实施:1.调研;2.试点)
RUN_IN_SKIP = 3  # an excerpt's count may skip this many items ahead
FULL_STOPS = "。;；!！?？"  # what closes a sentence (a bracket closes a clause, and a heading's number)
RUN_IN_HEADING = 30  # characters: a heading on a pasted line, before its first item with only a space
LABEL_START = re.compile(r"(?:\s|(?<=[。;；]))(?=[\u4e00-\u9fff]{2,8}[:：])")  # one space: no backtracking
# a date goes on (9月底前…, 年底前全面完成; not 每季度报送进展情况)
DATED = re.compile(
    r"\s*(?:(?:\d{4}\s*年)?\s*\d{1,2}\s*月|(?:年底|年内|年中|上半年|下半年)前?(?:全面)?完成?[^,，;；。]{0,4}(?=[,，;；。]|$))"
)
WORDS_AFTER = re.compile(r"[^\s。]")  # any words left after a place in a line
SENTENCE_STOP = re.compile("[。；;]")
VALUE_END = re.compile("[,，;；。]|(?=[(（])")  # where a label's value run on in a sentence ends
COMMA_LABEL = re.compile(r"(?<=[，,])(?=[\u4e00-\u9fff]{2,8}[:：])")
OPENING = re.compile(r"[(（]")
LABEL_REACH = 12  # characters a label is looked for in
ROSTER_LABEL = re.compile(CHIEF.pattern + "[:：]")  # a chief's roster (河长制) …
GLUED_LABEL = re.compile(ROSTER_LABEL.pattern + "|协助[:：]")  # … whose labels run on after a post


CONTINUED = re.compile(r"\s*[\[【(（]?(?:接上页|续上页|上接第\d+页|续表)[\]】)）]?\s*")


def spaced_cells(line: Line) -> list[Line]:
    """`1.召开全市政务公开工作推进会    市政府办公室    2024年6月底`: a row of a table the copy set out with
    spaces and no header — the item, then its units, date or leader as the notice's label lines say them
    (责任单位: no role is written). A line whose words after the task are anything else stays whole."""
    found = marker(line.text)
    if found is None or not found[3]:
        return [line]
    task, *tail = SPACE_RUN.split(found[3].strip())
    if not tail or len(tail) > SPACED_TAIL:
        return [line]
    # (…  常年, …  周末: when, no one, though two characters that open with a surname; 周前进 is someone)
    kinds = [
        "date" if kind == "person" and all_when(part) else kind for part in tail for kind in [cell_kind(part)]
    ]
    # words right after the task that open with a surname but name no one (places, 李子园; words, 高质量)
    # are the task's own, set apart: the units and date after them are still the row's
    moved = 0
    while moved < len(tail) and nameless(tail[moved], kinds[moved], len(task) <= SPACED_TASK):
        moved += 1  # (全面推进  城市更新  区住建局: a bare verb and its object set apart)
    task, tail, kinds = "  ".join([task, *tail[:moved]]), tail[moved:], kinds[moved:]
    # such words further on (已完成, 续建: a status; 城关镇: a place) are the item's text, and so are all
    # dates but the last (开工 2024年3月 / 2024年12月底: the last is when it is due)
    dates = [k for k, kind in enumerate(kinds) if kind == "date"]
    aside = {k for k, (p, kind) in enumerate(zip(tail, kinds, strict=True)) if nameless(p, kind)}
    aside |= set(dates[:-1])
    words = [part for k, part in enumerate(tail) if k in aside]
    tail, kinds = (
        [p for k, p in enumerate(tail) if k not in aside],
        [c for k, c in enumerate(kinds) if k not in aside],
    )
    people = [part for part, kind in zip(tail, kinds, strict=True) if kind == "person"]
    # a body named, or people beside a date or several of them (…    王明    2021年6月底, …    李强、张华);
    # a heading's words set apart (（一）重点  任务) are none of these
    listed = any(len(names_in(part)) > 1 for part in people)
    row = (
        bool({"units", "staffed"} & set(kinds))
        or (bool(people) and ("date" in kinds or listed))
        or ((moved > 0 or bool(words)) and kinds == ["date"])
    )
    if not all(kind in SPACED_LABELS for kind in kinds) or not row or (words and len(task) < SPACED_TASK):
        return [line]  # (协调  区人民医院  扩建  区卫健局: a task's own words set apart, a verb first)
    head = Line(line.text[: len(line.text) - len(found[3])] + task, line.where)
    return [
        head,
        *(Line(f"{SPACED_LABELS[k]}:{part}", line.where) for part, k in zip(tail, kinds, strict=True)),
        *([Line("  ".join(words), line.where)] if words else []),
    ]


def signed_apart(line: Line) -> list[Block]:
    """A 落款 set on one line, the issuer and the date apart (某区人民政府办公室  2024年3月1日): two lines,
    as the 落款 is read; anything else, none."""
    issuer, _, date = line.text.strip().rpartition("  ")
    issuer, date = issuer.strip(), date.strip()
    alone = bool(issuer) and "  " not in issuer and marker(issuer) is None  # (1.任务  单位  日期: a row)
    if alone and is_issuer(issuer) and signing_date(date) and not date.endswith("印发"):  # (…印发: the 版记)
        return [Line(issuer, line.where), Line(date, line.where)]
    return []


def nameless(part: str, kind: str, words: bool = True) -> bool:
    """A spaced row's cell that is no label's value: a word opening with a surname but naming no one,
    or (`words`) another short word (序时推进: a status; 城关镇: a place)."""
    return (kind == "person" and not named(part)) or (words and kind in ("name", "short"))


def all_when(part: str) -> bool:
    """Words that say when and nothing else (常年, 周末, 季末; not 周前进, a name that opens like 周前)."""
    return timing(part) and TIMING.fullmatch(to_simplified(part)) is not None


def named(part: str) -> bool:
    """People's names (王明, 李强、张华, 李晓峰), not places or words that open with a surname (高家村、李家庄,
    严格、高效, 高质量): a word of three characters, or one of several, that ends as places and words do
    and given names hardly ever (a name of two, 张家, alone is a name)."""
    names = names_in(part)
    return is_named(part) and not any(
        n[-1] in NO_GIVEN_NAME_END and (len(n) >= 3 or len(names) > 1) for n in names
    )


NO_GIVEN_NAME_END = set(
    "村庄屯寨镇乡街路巷港湾岛沟坝塘坪庙寺观宫区县市省州界厂场站馆院校局委办处所家格效准求率性量点位查管贴牌规"
)
"""Characters that end places (高家村, 孔庙, 徐州) and words (严格, 高标准, 严督查) but hardly ever a person's
given name (峰, 洲, 桥, 岭, 园, 化, 传, 品, 河, 湖 end many: 张峰, 王海洲, 王长河)."""
SPACE_RUN = re.compile(r"(?:[ \u3000]{2,}|\t)+")  # cells set apart: two spaces or more, or a tab
SPACED_TAIL = 4  # cells after a task: units, support, a leader, a date
SPACED_TASK = 4  # characters a task's cell holds at least
SPACED_LABELS = {"units": "责任单位", "staffed": "责任单位及责任人", "date": "完成时限", "person": "责任领导"}


def split_run_in(line: Line, continued: bool = False) -> list[Line]:
    """`(一)甲。(二)乙。(三)丙。` on one line → three lines. A line that opens with prose is a whole notice
    pasted as one line (`…请认真抓好落实。 一、主要目标 1、甲(…)。 2、乙(…)。 二、主要任务 (一)丙。 11、丁…`): it
    splits before every outline number that goes on its style's count (or opens a new style at 1) after a
    stop, after a short heading and a space, or glued to a short heading (`(一)…行动1.甲`, as a page's
    paragraphs run together when copied). A count may skip ahead a little: an excerpt leaves items out
    (`1.甲(…)2.乙(…)4.丙`). A line opened by a number splits at a deeper style only while the part before
    is a heading: an item's own list (`1.甲:(1)乙;(2)丙`) stays in the item. A `continued` page
    ([接上页]) goes on with a count begun on a page not shown."""
    text = line.text
    first = None if continued else marker(text)
    parts: list[Line] = []
    start, last, opened, word = 0, dict[str, int](), list[str](), 0
    own: dict[str, int] = {}  # the count of a list inside the current item, by style
    if first:
        last[first[0]], opened = first[2], [first[0]]
    stopped = False  # whether the words since the last break follow a full stop (…。工作要求:1.甲)
    for m in RUN_IN_BREAK.finditer(text):
        found = marker(text[m.end() : m.end() + 12])
        before, word = word, m.end()  # the words since the last break: a heading or a plan's title
        after_stop, stopped = stopped, m.group()[:1] in FULL_STOPS
        if found is None or found[0] == "circled" or not found[3] or found[3][0] in CN_DIGITS:
            continue  # 一、二季度: numbers counted, not an outline
        style, n = found[0], found[2]
        colon = m.group() in (":", "：")
        if m.group().startswith((")", "）")):  # a closing bracket (the item's clause) ends a list inside
            own.clear()
        if style in own and n == own[style] + 1:  # an item's own list goes on: 1.调研;2.试点;3.推广
            own[style] = n
            continue
        # …:1.调研 — a list inside the item; but after a sentence, a heading's colon opens a list of its own
        if (
            n == 1
            and last.get(style, 0) >= 1
            and style in opened
            and not (colon and after_stop and not first)
        ):
            own[style] = 1
            continue
        if colon:  # 主要任务:1.甲;2.乙 — a list opened after a short heading's colon, the heading numbered
            # above it or not ((一)重点任务:1.甲;2.乙; but 1.推进改革:1.调研 is an item's), or after the
            # sentence that closed the last list (…;2.乙。工作要求:1.丙)
            if (
                (first and not (first[1] < DOT_RANK and own_clause(text, m.end())))
                or n != 1
                or (style in opened and not after_stop)
                or not heading_between(text, before, m.start())
            ):
                continue
            heading = False  # the colon stays with its heading, which stands apart from the sentence
            if after_stop and before > start:  # before it (…乙。 / 工作要求: / 1.丙): no item's words
                parts.append(Line(text[start:before].rstrip(), line.where))
                start = before
        else:
            heading = not RUN_IN_STOP.match(m.group())  # a space alone, or nothing: after a short heading
            if heading and not heading_between(text, before, m.start()):
                continue
            if heading and (first or not m.group()) and not opens_above(text, start, found[1]):
                continue  # 1.增长8%,其中2、3季度: a number glued to words is an item's only under a heading
            counted = style in last and last[style] < n <= last[style] + RUN_IN_SKIP  # 1…4 under (一), 5…
            if style in opened:
                if not counted:
                    continue
            elif not (counted or n == 1 or continued) or (
                first and not heading_between(text, start, m.start())
            ):
                continue
        if style in opened:
            del opened[opened.index(style) + 1 :]
        else:
            opened.append(style)
        last[style] = n
        own.clear()
        parts.append(Line(text[start : m.start() if heading else m.end()].rstrip(), line.where))
        start = m.end()
    parts.append(Line(text[start:], line.where))
    return [piece for part in parts if part.text for piece in split_labels(part)]


def own_clause(text: str, start: int) -> bool:
    """Whether an item of a list from `start`, not its last (or its only one), names its own units
    ((一)重点任务:1.加强统筹;2.推进改革,区政府办牵头;3.…): then the list is the heading's items; with one
    clause after the last (1.治理黑臭水体;2.推进垃圾分类。(区水务局牵头)) it is one item's measures."""
    *items, last = LIST_ITEM.split(text[start : start + RUN_IN_CLAUSE])
    return any(has_clause(item) or clause_sentence(item)[1] is not None for item in items or [last])


LIST_ITEM = re.compile(
    r"(?<=[。;；,，\s)）])(?=[(（]?[0-9]{1,3}[.、．)）])"
)  # before 2. in 1.甲;2.乙 / 1.甲,2.乙
RUN_IN_CLAUSE = 600  # characters: how far a list's items are looked at for their own clauses


def opens_above(text: str, start: int, rank: float) -> bool:
    """Whether the part of a line from `start` opens with an outline number of a higher level than
    `rank` (`(一)…行动` above `1.`): the heading a glued item number may follow."""
    found = marker(text[start : start + 12])
    return found is not None and found[1] < rank


def heading_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a short heading (一、主要目标), its outline number aside; its length is
    measured before it is sliced (a long line of candidates would cost n²)."""
    if end - start > 2 * RUN_IN_HEADING:
        return False
    piece = text[start:end]
    found = marker(piece)
    return short_heading(found[3] if found else piece)


def short_heading(piece: str) -> bool:
    """A heading on a pasted line (一、主要目标), before its first item with only a space between."""
    piece = piece.strip()
    return len(piece) <= RUN_IN_HEADING and not RUN_IN_STOP.search(piece)


def split_labels(line: Line) -> list[Line]:
    """`1.甲。 牵头领导:张三 责任单位:市公安局 完成时限:6月` → the item, then one line per label (labels
    after a space or a full stop on one line, as a page pasted into one paragraph writes them)."""
    text = line.text
    inside = bracketed(text)
    cuts = [
        m.start()
        for m in LABEL_START.finditer(text)
        if is_label(text[m.end() : m.end() + LABEL_REACH])
        and not LABEL_NUMBER.fullmatch(text, 0, m.end())
        and not (
            inside[m.start()] and text[m.start() - 1] == "。"
        )  # (牵头单位:X。配合单位:Y): whole (its lead
        # had been lost in the item's open bracket; labels a space parts in a bracket are cut as before)
    ]  # 01 项目名称:… keeps its list number
    # 完成时限:2024年底,牵头单位:区应急局 — a label line's (or a bracket's of labels: (牵头单位:X,完成时限:Y))
    # next label after a comma: the first one's value had taken the next in, a unit or a deadline lost
    opened = (
        0
        if is_label(text[:LABEL_REACH])
        else next(
            (m.end() for m in OPENING.finditer(text) if is_label(text[m.end() : m.end() + LABEL_REACH])), None
        )
    )
    if opened is not None:
        after = [
            (m.start(), text[m.end() : m.end() + LABEL_REACH]) for m in COMMA_LABEL.finditer(text, opened)
        ]
        # a bracket is cut only when all its labels are read ones: (牵头单位:X,备注:Y,完成时限:Z) cut at
        # 完成时限 alone left its unit in an open bracket, unread
        if not opened or all(is_label(words) for _, words in after):
            cuts += [at for at, words in after if is_label(words) or (not opened and NOTE_LABEL.match(words))]
            cuts.sort()
    timed: set[int] = set()  # cuts at a time's label run on after a comma, and after its value
    # 推进旧城改造,区住建局牵头,完成时限:2024年底: a time's label run on after a comma (or opening the line,
    # or after a stop), its value ending at the next comma or stop (…2024年6月底前, 区住建局牵头: the clause
    # goes on after it)
    commas = {m.start() for m in COMMA_LABEL.finditer(text)} if opened is None else set()
    opening = {at for at in [0, *cuts] if at == 0 or text[at - 1] in "。."}  # a line's or sentence's first
    made = set(cuts)  # (looked up once a label: a list's `in` was n² over a line of labels)
    for start in sorted(commas | opening):
        if deadline_line(text[start : start + 40]):
            if start and start not in made:
                cuts.append(start)
                timed.add(start)
                made.add(start)
            colon = next(k for k in range(start, len(text)) if text[k] in ":：")
            end = VALUE_END.search(text, colon)
            while end is not None and end.group() in ",，" and DATED.match(text, end.end()):
                end = VALUE_END.search(text, end.end())  # 6月底前完成初稿,9月底前完成终稿: one value
            if end is None or end.end() in made or not WORDS_AFTER.search(text, end.end()):
                continue
            # opening a line, cut only before roles (完成时限:2024年底,区住建局牵头; 时间安排:1月至6月,开展调研
            # is the value's own words), read in the value's sentence, not the line's rest
            stop = SENTENCE_STOP.search(text, end.end())
            if start in commas or clause_sentence(text[end.end() : stop.start() if stop else None])[1]:
                cuts.append(end.end())
                timed.add(end.end())
                made.add(end.end())
    cuts.sort()
    simple = to_simplified(text)
    if len(simple) == len(text) and ROSTER_LABEL.search(simple):  # 河长:某某 省委书记副河长:某某 省长协助:…
        cuts += [
            m.start()
            for m in GLUED_LABEL.finditer(simple)
            if m.start() and "\u4e00" <= simple[m.start() - 1] <= "\u9fff"
        ]
        cuts.sort()
    if cuts and any(c in OPEN for c in text):  # (区住建局牵头；联系人：王伟): a contact inside a bracket
        depth = list(itertools.accumulate((c in OPEN) - (c in CLOSE) for c in text))  # stays in it, as text
        cuts = [at for at in cuts if not (depth[at] > 0 and CONTACT_LABEL.match(text, at))]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(text)]
    pieces = ((text[a:b].strip(), b) for a, b in itertools.pairwise(bounds))  # a comma before a time's label
    return [  # or after its value is no piece's (推进旧城改造,区住建局牵头, / 完成时限:2024年底, / 区财政局配合)
        Line(piece.rstrip(",，") if b in timed else piece, line.where)
        for piece, b in pieces
        if piece.strip(",，")
    ]


def bare_label(text: str) -> bool:
    """A label with nothing after its colon (项目内容: / 责任单位:): its value is on the next line."""
    key = LABEL_NUMBER.sub("", text, count=1).strip()
    if key[-1:] not in (":", "：") or len(key) > 10:
        return False
    word = to_simplified(key[:-1].strip())  # a named label only: 区政府各部门: is an addressee
    return word.endswith("领导") or word in LABEL_WORDS + TASK_LABELS + DEADLINE_WORDS + PROGRESS_LABELS


def label_word(text: str) -> bool:
    """A line that is a label's name alone, without its colon (具体任务, 责任单位, 完成时限)."""
    word = to_simplified(text.strip())
    return 2 <= len(word) <= 8 and word in LABEL_WORDS + TASK_LABELS + DEADLINE_WORDS


def is_label(text: str) -> bool:
    """Whether `text` opens with a label this grammar reads: a role, a task, a deadline or a progress."""
    return (
        role_line(text) is not None
        or text.startswith(PERSON_LABELS)
        or task_label(text) is not None
        or bool(deadline_line(text))
        or progress_label(text) is not None
    )


@dataclass
class Node:
    """One numbered line of the outline with the lines under it (or a table row, with its cells)."""

    rank: float
    number: int
    numeral: str
    head: str
    where: str
    body: list[Line] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    cells: dict[str, Line] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    clause_seen: bool = False  # kept for top-level lines only: see may_hold
    labelled: bool = False  # opened by, or already holding, a 具体任务: line
    owner: str = ""  # the body a 工作分工 line opens with (办公室:负责…): the item's lead, as written
    line: str = ""  # such a line as written, its name with its head (the words if it goes on an item's)
    duty: bool = False  # one body's duty line under a heading dividing the duties (`duty_line`)
    heading_row: bool = False  # a table's heading row (| 一、扩大投资 | | |): it heads rows, is none
    # an attachment's title (附件 / 成员单位职责分工) over a list of one rank: a section of the notice's top
    # rank, whose lines of that rank (1.区应急管理局：…) are its items
    part: bool = False

    def may_hold(self, depth: int) -> bool:
        """Whether a deeper numbering opens a level under this node rather than enumerating inside it.

        A heading-only line may; so may a top-level 一、 line with text (一、稳增长。全年增长6%。) as long as
        no clause has made it an item of its own. A flat list's 1. item keeps its (1) points as text."""
        top_style = depth == 1 and self.rank <= 1  # 一、 or 第一章: the styles sections use
        return bool(self.children) or self.heading_like() or (top_style and not self.clause_seen)

    def heading_like(self) -> bool:
        """A heading-only line: short, no clause, no sentence inside it; it may head a deeper level. A
        dash sub-heading under it (——坚持推进长江大保护) is no text of its own, nor is a note (注:以下任务按季度
        调度) over the table it heads, nor who answers for its items and by when (牵头单位:…, 完成时限:…)."""
        return (
            self.cells is None
            and heading_words(self.head)
            and not (self.head.rstrip().endswith((":", "：")) and LEAD_IN.search(self.head.rstrip()))
            # (…重点检查以下内容: its own list follows; 优化营商环境: heads items)
            and find_clauses(self.head)[1] is None
            and all(
                isinstance(b, Line)
                and (
                    DASH_HEADING.fullmatch(b.text)
                    or owner_line(b)
                    or skipped_line(b.text)
                    or deadline_line(b.text)
                )
                for b in self.body
            )
        )


def sub_heading(stack: list[Node]) -> Line | None:
    """The one short line under a heading that holds nothing else, just above its table (二、民生保障 /
    就业社保 / table): taken out of the heading's text, as a heading row of the table's (its rows had
    fallen out of every section, ids 0.x)."""
    node = stack[-1] if stack else None
    if node is None or node.cells is not None or node.children or len(node.body) != 1:
        return None
    text = node.body[0].text.strip()
    if not heading_words(node.head) or marker(text) is not None or not reads_as_heading(text, HEADING_MAX):
        return None
    return node.body.pop()


def next_heading_at(stack: list[Node], found: tuple[str, float, int, str] | None) -> int | None:
    """Where in the open headings a table's heading row is the next one of a level: its style's rank,
    and the number after that heading's (二、 after 一、), or None."""
    if found is None:
        return None
    return next(
        (
            k
            for k, n in enumerate(stack)
            if n.cells is None and n.rank == found[1] and n.number + 1 == found[2]
        ),
        None,
    )


def opens_under(outer: Node, found: tuple[str, float, int, str] | None) -> bool:
    """Whether a heading row of a deeper numbering style goes under the heading row above: a list under
    it begins at one ((一)旧区改造 under 一、城市更新) or has begun; `一 | 优化营商环境` then `(二) | 保障改善
    民生` goes on counting at the first level, in another style."""
    return found is not None and (found[2] == 1 or any(n.cells is None for n in outer.children))


def first_entry_kind(text: str) -> str:
    """The cell kind of a unit cell's first entry (区住建局 of 区住建局 王伟 2024年底前), "" when it has none
    (a cell of marks alone: 、)."""
    first = split_top(text, "、,，;； ")[:1]
    return cell_kind(first[0]) if first else ""


def not_units(text: str) -> bool:
    """A unit column's cell that holds no unit: a number, a date, a task (2.推进垃圾分类: its number;
    1.区财政局 2.各街道 is a numbered list of units)."""
    found = marker(text)
    numbered = found is not None and found[1] >= DOT_RANK and bool(found[3])
    if not numbered and first_entry_kind(text) in ("units", "staffed"):
        return False  # 区住建局 王伟 2024年底前: a body first, a time after it
    return cell_kind(text) in NOT_UNITS or (numbered and cell_kind(LISTED_NUMBER.sub("", text)) != "units")


LISTED_NUMBER = re.compile(r"(?:^|(?<=[\s;；,，、]))\d{1,2}[.、．]\s*(?=\D)")  # 1.区财政局 2.各街道


def heading_words(text: str) -> bool:
    """Words a heading is made of: short, and no sentence."""
    words = text.rstrip("。")
    return len(words) <= 40 and "。" not in words


class Parser:
    """One notice's blocks → sections, projects and metadata, collecting warnings as it goes."""

    def __init__(self, blocks: list[Block], registry: Registry, allow_empty: bool = False) -> None:
        self.blocks = blocks
        self.allow_empty = allow_empty
        self.registry = registry
        self.warnings: list[Warning] = []
        self.unlisted = 0  # warnings past limits.MAX_WARNINGS: counted, not kept
        self.unnumbered: set[int] = set()  # lines that are tasks with no number (`unnumbered_tasks`)
        self.bullet_heads: set[int] = set()  # short lines heading a bulleted list's items (`bulleted`)
        self.owned: dict[int, tuple[str, str]] = {}  # lines that open with their body (`owned_lines`)
        self.announced: set[int] = set()  # of those, the duties a line above announced (`owned_lines`)
        self.field_nodes: set[int] = set()  # items made of field paragraphs (党建工作:…)
        # chapters numbered 1 总则 (`spaced_chapters`)
        self.spaced: dict[int, tuple[str, float, int, str]] = {}
        self.reporting = False  # the page reports on a plan (现通报如下): its items say what was done
        self.attached: set[int] = set()  # lines listing the documents the notice sends (`attachment_list`)
        self.captions: set[int] = set()  # lines that head a table of their own (`captions`)
        self.opened: dict[int, list[tuple[float, Node]]] = {}  # heading rows open under a heading (`table`)
        self.standing_lines: dict[int, list[str]] = {}  # a section's own standing note's bodies (`standing`)
        self.headed: set[int] = set()  # tables' captions under the notice's own headings, kept out
        self.withdrawn: set[str] = set()  # items whose "no clause" warning a later clause withdrew
        self.damaged = 0  # warnings about damaged text, which come first
        self.numbering: dict[tuple[int, str], tuple[set[int], int]] = {}  # (section, group): used, highest
        self.items = 0  # made so far: bounded like lines, whatever one line holds
        self.first_is_lead = False
        # 区, 县, 市 or 省: the level of the government whose plan this is, if the heading says
        self.level = ""
        self.region = ""  # the notice's region as its metadata names it (虹口区): its bodies' full names

    def warn(self, where: str, message: str) -> None:
        if len(self.warnings) >= limits.MAX_WARNINGS:  # one page made two million (208 MB of stderr)
            self.unlisted += 1
            return
        self.warnings.append(Warning(where, message))

    # --- the whole notice -------------------------------------------------------------------------

    def parse(self) -> dict[str, Any]:
        """The notice as a dataset's data, the plan's level known to the sentence readers while it reads
        (`PLAN_LEVEL`: a 市 body is a superior in a 区's plan, the plan's own in a 市's)."""
        token = PLAN_LEVEL.set("")
        try:
            return self.read()
        finally:
            PLAN_LEVEL.reset(token)

    def read(self) -> dict[str, Any]:
        lines = [b for b in self.blocks if isinstance(b, Line) and b.text]
        self.scan_damage(lines)
        self.damaged = len(self.warnings)
        self.first_is_lead = any(FIRST_IS_LEAD.search(to_simplified(line.text)) for line in lines)
        self.level = next((m.group(1) for line in lines[:8] if (m := LEVEL.search(line.text))), "")
        PLAN_LEVEL.set(next(filter(None, (titled_level(line.text) for line in lines[:8])), self.level))
        kept = []  # — 2 —, 第 4 页 共 5 页, Page 3 between a page's lines: the page's, said
        for b in self.blocks:
            if isinstance(b, Line) and page_mark(b.text):
                self.warn(b.where, page_kept_out(b.text))
            else:
                kept.append(b)
        kept = self.unwrapped(self.without_contents(self.unglued(self.site_pages(kept))))
        blocks = self.page_numbered(
            self.join_labels(
                [piece for b in kept if not isinstance(b, Line) or b.text for piece in self.expand(b)]
            )
        )
        if blocks and isinstance(blocks[-1], Line):
            blocks[-1] = self.uncut(blocks[-1])
        self.spaced = spaced_chapters(blocks)
        if not any(map(self.opens_body, blocks)):
            if (listed := bulleted(blocks)) is not None:
                blocks, self.unnumbered, self.bullet_heads = listed
            else:
                self.unnumbered = unnumbered_tasks(blocks)
        self.owned, self.announced = owned_lines(blocks)
        self.attached = attachment_list(blocks)
        self.captions, self.headed = captions(blocks)
        after = cover_end(blocks, self.opens_body) + 1
        start = next((i for i, b in enumerate(blocks) if i >= after and self.opens_body(b)), None)
        issued = False
        if start is None and after:
            # nothing after the 落款: the notice's own numbered paragraphs are its plan if they name units
            # (通知如下: 一、…(牵头单位:X)); else `cover_only` refuses it. A notice that says it issues a
            # plan (现将…印发给你们) and then holds it before its 落款 must name units in most of them:
            # a cover's instructions (一、各处室要强化协同配合…) may name one in passing
            start = next((i for i, b in enumerate(blocks) if self.opens_body(b)), None)
            issued = any(ISSUES.search(to_simplified(b.text)) for b in blocks[:after] if isinstance(b, Line))
        if start is None:
            return self.no_plan(COVER_ONLY if after else NO_ITEM, blocks)
        head = [b for b in blocks[:start] if isinstance(b, Line)]
        for table in (b for b in blocks[:start] if isinstance(b, Table)):  # never dropped without a word
            self.warn(
                table.where,
                "计划开始之前的表格,没有可识别的表头,未收入 (a table before the plan, no usual header: kept out)",
            )
        body = blocks[start:]
        cut = closing(body)
        tail = [b for b in body[cut:] if isinstance(b, Line)]
        body = body[:cut]
        first = next((i for i, b in enumerate(body) if not isinstance(b, Line) or marker(b.text)), len(body))
        projects_at = next(  # after the work points: a title naming 攻坚 before any item is the plan's
            (
                i
                for i, b in enumerate(body)
                if i > first and isinstance(b, Line) and is_projects_heading(b.text)
            ),
            len(body),
        )
        meta = self.meta(head, tail)
        self.registry.scope(meta["region"])  # names are checked against their own region's registry
        self.region = meta["region"] or ""
        # (a bulletin's 区商务委按照序时进度推进 reports, asks nothing)
        self.reporting = reports(blocks[:start])
        sections = self.sections(self.outline(body[:projects_at]))
        self.standing(sections)
        said = tuple(f"{rid}: {NO_CLAUSE}" for rid in self.withdrawn)
        self.warnings = [w for w in self.warnings if not (said and w.message.startswith(said))]
        projects = self.projects(body[projects_at + 1 :]) if projects_at < len(body) else []
        if projects_at < len(body) and isinstance(heading := body[projects_at], Line):
            meta["projects_title"] = heading.text
        if not any(s["tasks"] for s in sections) and not projects:
            tabled = any(isinstance(b, Table) for b in body)  # a page that kept a table's frame alone
            return self.no_plan(EMPTY_TABLE if tabled else NO_ITEM, blocks)
        head_lines = [to_simplified(b.text) for b in blocks[:start] if isinstance(b, Line)]  # 關于印發 too
        titled = (
            any(ISSUING_TITLE.search(t) for t in head_lines)
            and any(INSTRUCTING.search(t) for t in head_lines)
            and not any(map(is_date_line, head_lines))
        )
        retitled = (
            0 < after < start and retitled_plan(blocks[:after], blocks[after:start]) and not links(sections)
        )  # (…分解表 / 1、…完成情况的通报 / 2、市发改委召开…推进会: the page's links under its name)
        planned = plan_page(meta["plan_title"]) and not any(
            "关于" in t or "《" in t for t in head_lines
        )  # (no 通知 titled, no plan cited: 现就贯彻落实《…方案》有关事项通知如下 is a cover's, pass 150)
        if not retitled and self.cover_only(blocks[:start], body, sections, issued, titled, planned):
            return self.no_plan(ABOUT_A_PLAN if reports(blocks[:start]) else COVER_ONLY, blocks)
        return {"meta": meta, "sections": sections, "projects": projects}

    def asked(self, node: Node) -> bool:
        """Whether what a body shall do, in an item's own words, charges it (`duty_sentences`): in a numbered
        item below the top level of a plan, not of a bulletin reporting on one."""
        return node.rank >= 2 and not self.reporting

    def standing(self, sections: list[dict[str, Any]]) -> None:
        """A clause that names bodies for every item after it (以下均需各涉河办事处落实,不再列出): they support
        each later item, as the notice says they do without writing it again (said once) — or, beside an
        item's bodies with no role written (责任单位:A、B), join them; words that name no body (以下均需认真
        落实) are no such clause. A section's own line of it (kept out as its text) counts from its first
        item."""
        bodies: list[str] = []
        for s in sections:
            if listed := self.standing_lines.get(id(s), []):
                bodies = listed
                self.said_standing(f"section {s['number']}", listed)
            for t in s["tasks"]:
                r = t["responsibility"]
                named = r.get("lead", []) + r.get("support", []) + r.get("undetermined", [])
                if missing := [b for b in bodies if b not in named]:
                    role = "support" if r.get("lead") or r.get("support") else "undetermined"
                    r[role] = [*r.get(role, []), *missing]  # 责任单位:A、B, no role: the list it adds to
                # in its clause, or where a clause it alone made left it (a cell, a line, a bracket)
                found = STANDING.search(to_simplified(r.get("raw", "")))
                listed = standing_bodies(found.group(1)) if found else []
                listed = listed or standing_note(t["title"]) or standing_note(t["text"])
                if listed:
                    bodies = listed
                    self.said_standing(f"item {t['id']}", listed)

    def said_standing(self, where: str, listed: list[str]) -> None:
        self.warn(
            where,
            f"以下各项均由 {'、'.join(listed)} 落实,记为配合单位或随各项未写明角色的单位 "
            f"(bodies named for every later item: support, or beside units with no role)",
        )

    def no_plan(self, reason: str, blocks: list[Block]) -> dict[str, Any]:
        """A notice with no plan in it is refused; with `allow_empty`, its metadata alone is kept and every
        line is reported (the warnings of this parse so far are replaced: no item was made)."""
        if not self.allow_empty:
            raise DataError(reason)
        del self.warnings[self.damaged :]  # what the outline said of lines that meta now reports
        self.warn("line 1", reason)
        lines = [b for b in blocks if isinstance(b, Line)]
        return {"meta": self.meta(lines, []), "sections": [], "projects": []}

    @staticmethod
    def cover_only(
        head: list[Block],
        body: list[Block],
        sections: list[dict[str, Any]],
        issued: bool = False,
        titled: bool = False,
        planned: bool = False,
    ) -> bool:
        """A cover notice cut before its 落款 (or with none): it says it issues a plan, and its numbered
        paragraphs name no unit and no leader (`issued`: no more than half of them name one), and hold no
        table: instructions, not a plan. `titled`: the page is titled 关于印发…的通知 and no 落款 comes
        before its numbered lines (a plan after its cover's 落款 is the plan, clauses or none). `planned`:
        the page is titled as a plan, which may notify its own points (现将防汛方案通知如下: 一、…)."""
        if any(isinstance(b, Table) for b in body):
            return False
        said = (
            titled
            or any(
                isinstance(b, Line) and (SENDING if planned else COVER_CUES).search(to_simplified(b.text))
                for b in head + body
            )
            or reports(head)
        )
        tasks = [t for s in sections for t in s["tasks"]]
        named = sum(  # 五、市政府 — a paragraph the page cut after its first name names no one responsible
            any(t["responsibility"].get(role) for role in ANSWERING)
            and t["title"] + t["text"] != t["responsibility"].get("raw")
            for t in tasks
        )
        # 第一件实事…第十件实事: a plan's list — unless the items stand in a cover that issues a plan, before
        # any 落款 (`issued`, `titled`): a plan after its cover's 落款 is the plan (关于印发… / 落款 / 清单)
        lines = [to_simplified(b.text) for b in head if isinstance(b, Line)]
        within = issued or titled or (any(map(ISSUES.search, lines)) and not any(map(is_date_line, lines)))
        listed = not within and any(len(s["tasks"]) >= LISTED_ITEMS for s in sections)
        return said and not listed and (named * 2 <= len(tasks) if issued else not named)

    def expand(self, block: Block) -> list[Block]:
        if isinstance(block, Table):
            return [
                Table(tuple(tuple(self.without_pinyin(c) for c in row) for row in block.rows), block.where)
            ]
        line = self.without_pinyin(block)
        if continued := CONTINUED.match(line.text):  # [接上页]: furniture, and the count goes on from it
            self.warn(
                line.where,
                f"接上页的页面,编号接续前页 (a continued page: numbering goes on): {continued.group()}",
            )
            line = Line(line.text[continued.end() :], line.where)
        if signed := signed_apart(line):  # 某区人民政府办公室  2024年3月1日: the 落款 on one line
            return signed
        pieces = split_run_in(line, continued is not None)
        out: list[Block] = [cell for piece in pieces for cell in spaced_cells(piece)]
        if len(out) > len(pieces):
            self.warn(
                line.where,
                "用空格隔开的单位、时限或领导,按责任单位/完成时限/责任领导读入 "
                "(units, dates or leaders set apart by spaces after the task: read as its labels)",
            )
        return out

    def unglued(self, blocks: list[Block]) -> list[Block]:
        """Tables whose cells a document site glued into one text, read as tables; said line by line."""
        out: list[Block] = []
        for block in blocks:
            glued = glued_table(block) if isinstance(block, Line) else None
            if glued is None:
                out.append(block)
                continue
            table, last = glued
            self.warn(
                block.where,
                "单元格连在一起的表格,按行号和每行末句拆分 "
                "(a table whose cells are glued together: rows parted at their numbers, cells after each row's last sentence)",
            )
            if last is not None:
                self.warn(
                    block.where,
                    f"第 {last} 行之后还有行号 {last + 1},但前一格读不出单位或时限,没有切开,其后的文字都在第 {last} 行 "
                    f"(a number {last + 1} stands after row {last}, the cell before it no bodies or time: not parted, "
                    f"the words after it kept in row {last})",
                )
            out += table
        return out

    def site_pages(self, blocks: list[Block]) -> list[Block]:
        """A document site's preview (`1、<a page's text>` / `2、<the next page's>` …, each page cut where its
        characters ran out, mid-word): the pages are one text, their numbers no items'. Taken only under
        the site's furniture (由会员分享, 文档简介, .docx) or where the first page opens with the plan's title,
        where every page but the last is a page's length and ends cut (no sentence closed, no label's value
        last), and where the text they make holds an outline; said line by line."""
        lines = [(k, b) for k, b in enumerate(blocks) if isinstance(b, Line) and b.text.strip()]
        for at in range(len(lines)):
            pages: list[tuple[int, Line, re.Match[str]]] = []
            for k, line in lines[at:]:
                number = SITE_PAGE.match(line.text)
                if number is None or int(number[1]) != len(pages) + 1:
                    break
                pages.append((k, line, number))
            if len(pages) < 2 or not all(page_cut(line.text) for _, line, _ in pages[:-1]):
                continue
            furnished = any(SITE_FURNITURE.search(line.text) for _, line in lines[max(0, at - 4) : at])
            titled = SITE_TITLE.match(SITE_PAGE.sub("", pages[0][1].text, count=1)) is not None and not all(
                OWN_CLAUSE.search(line.text) for _, line, _ in pages
            )
            if not (furnished or titled):
                return blocks  # (1、/2、 items of a plain list, each long, with its clause: passes 146–147)
            joined = Line("".join(line.text[n.end() :] for _, line, n in pages), pages[0][1].where)
            if len(split_run_in(joined)) < 2 and glued_table(joined) is None:
                return blocks  # (cells glued with no outline and no table's header: the numbers are all)
            out = list(blocks)
            for k, line, number in pages:
                self.warn(
                    line.where,
                    f"文档网站的页码,未收入 (a document site's page number, kept out): {number[0]}",
                )
                out[k] = Line("", line.where)
            out[pages[0][0]] = joined
            return out  # (one preview a page)
        return blocks

    def page_numbered(self, blocks: list[Block]) -> list[Block]:
        """A document site's page number opening the next page (`…(责任单位:` / `2、农业综合服务中心)(二)…`):
        the clause the page break cut goes on after it, the number is no item's; the lines are joined, with
        a warning."""
        out: list[Block] = []
        for block in blocks:
            last = out[-1] if out else None
            if (
                isinstance(block, Line)
                and isinstance(last, Line)
                and (at := unclosed_at(last.text)) is not None
                and role_label(last.text[at + 1 :].strip()) is not None
                and (page := PAGE_NUMBER.match(block.text)) is not None
            ):
                self.warn(block.where, f"页码,未收入;括号接上一页 (a page number, kept out): {page.group(1)}")
                out[-1] = Line(last.text + block.text[page.end(1) :], last.where)
                continue
            out.append(block)
        return out

    def uncut(self, line: Line) -> Line:
        """The page's last line, cut inside a list of units (责任单位:市发改委、市税务局、市协): the piece
        after the last separator is no body's name; it is kept out, with a warning that quotes it."""
        text = line.text.rstrip()
        if text.endswith(("(", "（")) and len(text) > 1:  # 责任单位:各镇( — cut at a name's aside
            self.warn(
                line.where, f"页尾截断的括号,未收入 (a bracket the page cut off, kept out): {text[-8:]}"
            )
            text = text[:-1]
            line = Line(text, line.where)
        if (at := unclosed_at(text)) is not None and (piece := cut_in_bracket(text[at + 1 :])):
            # …公开。(国务院审改办、人力 — the page ended inside the item's clause, and inside a name
            self.warn(line.where, f"页尾截断的名称,未收入 (a name the page cut off, kept out): {piece}")
            return Line(text[: len(text) - len(piece) - 1], line.where)
        found = None if text.endswith(FINISHED) else role_line(text)
        if found is None or found.leaders or found.support_leaders or not any(s in text for s in "、,，"):
            return line  # not a unit list the page cut (people's names are whole: 王明、李强)
        at = max(text.rfind(s) for s in "、,，")
        piece = text[at + 1 :].strip()
        if (
            not piece
            or looks_like_body(piece)
            or len(piece.split()) > 1
            or len(piece) > CUT_NAME
            or not to_simplified(piece).startswith(LEVEL_CHARS)  # 海关, 中石化: whole names of their own
        ):
            return line  # a run-on line holds more than a name after its last separator
        self.warn(line.where, f"页尾截断的名称,未收入 (a name the page cut off, kept out): {piece}")
        return Line(text[:at], line.where)

    def without_pinyin(self, line: Line) -> Line:
        """建設(shè): a mirror site's reading aid, not the notice's words; taken out, with a warning."""
        text, said = unpinyined(line.text)
        if said:
            self.warn(line.where, said)
        return Line(text, line.where) if said else line

    def without_contents(self, blocks: list[Block]) -> list[Block]:
        """The blocks without a table of contents (目  录 over the headings the text repeats below: read, the
        headings became sections twice over, the second set holding every word), each of its lines said. A
        list under 目录 that no later line repeats, or that holds a sentence, is the text's and stays."""
        start = next(
            (k for k, b in enumerate(blocks) if isinstance(b, Line) and contents_entry(b.text) == "目录"),
            None,
        )
        if start is None:  # (the lines under it are read only when there is one)
            return blocks
        listed = blocks[start : start + 2 + CONTENTS_MAX]
        entries = [contents_entry(b.text) if isinstance(b, Line) else None for b in listed]
        if len(entries) < 2 or not (opening := entries[1]):
            return blocks
        end = next(
            (
                k
                for k in range(2, len(entries))
                if (entry := entries[k]) is None or entry == opening or SENTENCE.search(entry)
            ),
            None,
        )
        if end is None or entries[end] != opening:
            return blocks
        end += start
        for b in blocks[start:end]:
            if isinstance(b, Line):
                self.warn(b.where, f"目录,未收入 (a table of contents, kept out): {b.text.strip()}")
        return blocks[:start] + blocks[end:]

    def unwrapped(self, blocks: list[Block]) -> list[Block]:
        """A copy whose lines were broken at a fixed width (a 文库 page, a PDF's text pasted: 1.完善…体制机制,优 /
        化决策程序,…; 协办单位:…、园区党工 / 委、各街道党工委): each line as long as the page's lines, not
        closed by a stop, goes on with the next, unless that one opens an item, a label, a clause or
        the 落款 (see `wraps_into`). Said once."""
        lines = [b for b in blocks if isinstance(b, Line)]
        width = wrap_width([line.text for line in lines])
        if width is None:
            return blocks
        out: list[Block] = []
        pieces: list[str] = []  # the physical lines of the paragraph being joined, joined once at its end

        def close() -> None:
            if len(pieces) > 1:
                out[-1] = Line("".join(pieces), out[-1].where)

        joined = 0
        for k, block in enumerate(blocks):
            last = blocks[k - 1] if k else None
            after = blocks[k + 1] if k + 1 < len(blocks) else None
            if (
                pieces
                and isinstance(block, Line)
                and isinstance(last, Line)
                and wraps_into(last, block, after, width, title=last is lines[0])
                and not (len(pieces) == 1 and heads_a_paragraph(last, blocks[k:], width))
            ):
                pieces.append(("、" if names_apart(last.text, block.text) else "") + block.text.strip())
                joined += 1
                continue
            close()
            pieces = [block.text.rstrip()] if isinstance(block, Line) else []
            out.append(block)
        close()
        if joined:
            self.warn(
                lines[0].where,
                f"{joined} 处按固定宽度折断的行已接回 (lines broken at a fixed width joined again)",
            )
        return out

    @staticmethod
    def join_labels(blocks: list[Block]) -> list[Block]:
        """`责任单位:` alone on its line, its value on the next: one line, as the notice means it; so is
        `责任单位` without its colon (a two-column form copied one cell per line: 具体任务 / … / 责任单位 /
        卫健局、文旅局 / 完成时限 / …), when the next line is a value and not another label."""
        out: list[Block] = []
        for block in blocks:
            last = out[-1] if out else None
            if isinstance(block, Line) and isinstance(last, Line) and bare_label(last.text):
                if marker(block.text) is not None and task_label(last.text + "甲") is not None:
                    out.append(block)  # 主要任务: / 1.推进… — the heading of a list of items, not one's words
                else:
                    out[-1] = Line(last.text + block.text, block.where)  # warnings point at the words
            elif isinstance(block, Line) and isinstance(last, Line) and label_word(last.text):
                if label_word(block.text) or marker(block.text) is not None:
                    out.append(block)
                else:
                    out[-1] = Line(f"{last.text.strip()}:{block.text}", block.where)
            else:
                out.append(block)
        return out

    def opens_body(self, block: Block) -> bool:
        if isinstance(block, Table):
            return columns(block) is not None
        if id(block) in self.unnumbered or id(block) in self.bullet_heads:
            return True
        if (
            id(block) in self.owned
        ):  # 县自然资源局:负责… / 县农业农村局:负责…, no heading over them (a page's)
            return opens_duty(self.owned[id(block)][1])
        if id(block) in self.captions or id(block) in self.spaced:
            return True
        found = marker(block.text)
        if FILE_NAME.search(block.text) or id(block) in self.attached:
            return False  # 2、县各单位创城主要工作任务.docx: an attachment the notice lists, not an item
        return (found is not None and bool(found[3])) or task_label(block.text) is not None

    def scan_damage(self, lines: list[Line]) -> None:
        for line in lines:
            reported: set[int] = set()
            for pattern, message in DAMAGE:
                for m in pattern.finditer(line.text):
                    if reported.isdisjoint(range(*m.span())):
                        reported.update(range(*m.span()))
                        self.warn(line.where, f"{m.group()!r}: {message}")

    # --- outline ----------------------------------------------------------------------------------

    def outline(self, body: list[Block]) -> list[Node]:
        """Numbered lines into a tree of at most three levels, by the rank of their numbering style."""
        roots: list[Node] = []
        stack: list[Node] = []
        articles = 0  # the last article's number: 第一条, 第二条… count on
        attached_title = -1  # where the title under an 附件 label stands: it heads a part of its own
        for k, block in enumerate(body):
            prev = body[k - 1] if k else None
            if isinstance(block, Table):
                self.table(block, roots, stack)
                continue
            if ATTACHMENT_LABEL.fullmatch(block.text):  # 附件2 over the next table: no item's text
                self.warn(block.where, f"附件标记,未收入 (an attachment's label, kept out): {block.text}")
                attached_title = k + 1
                continue
            if MEASURE_NOTE.fullmatch(block.text) or (
                TABLE_NOTE.fullmatch(block.text)
                and prev is not None
                and id(prev) in self.captions | self.headed
            ):
                self.warn(block.where, f"表格说明,未收入 (a table's note, kept out): {block.text}")
                continue  # (单位:万元) under a caption: no clause of its section
            if id(block) in self.headed:  # 一、经济发展 / 经济发展重点工作任务表: the heading heads the table
                self.warn(
                    block.where, f"表题,未收入 (a table's title under its heading, kept out): {block.text}"
                )
                continue
            found = marker(block.text)
            if found is not None and GENERATION.match(block.text) and not counts_on(found[2], stack):
                found = None  # (1.推进网络建设 / 5.5G基站…: a figure; 1.5G基站建设 first: item 1)
            if found is not None and found[0].startswith("decimal") and not decimal_under(block.text, stack):
                found = None  # (1.2公里断头路…, 3.15前完成… under 1.推进… / 三、时间安排: a figure, a date)
            if found is None and id(block) in self.spaced:  # 1 总则 / 1.1 编制目的: a 预案's chapter, no dot
                found = self.spaced[id(block)]
            if (number := article_number(block.text)) is not None:  # articles count on, headings or prose
                # (第一条 为…，制定本规定。 counts, and where the notice's opening took it, 第二条 or 第三条
                # opens the count: pass 120)
                if number in (1, articles + 1) or (not articles and number <= FIRST_ARTICLES):
                    articles = number
                    if found is None and CLOSING_ARTICLE.search(block.text):  # 第十二条 本规定自…起施行。
                        self.warn(
                            block.where,
                            f"结尾条款,未收入 (the notice's closing article, kept out): {block.text}",
                        )
                        continue  # (the last item's words it had gone on: pass 121)
                elif found is not None and found[0] == "article":
                    found = None  # (第九十条有关要求开展检查: a law's article a wrap left at a line's start)
            if id(block) in self.captions:  # 附件2 / 2022年…重点工作任务分解表: its table's section
                found = ("caption", 0, len(roots) + 1, ATTACHMENT_PREFIX.sub("", block.text))
            elif id(block) in self.attached:
                found = None
            elif (
                k == attached_title
                and found is None
                and reads_as_heading(block.text, HEADING_MAX)
                and flat_list(body[k + 1 :])
            ):
                stack.clear()  # (附件 / 成员单位职责分工 / 1.区应急管理局：…: its own part)
                found = ("part", min((r.rank for r in roots), default=0.0), len(roots) + 1, block.text)
            elif found is None and stack and unnumbered_heading(block, body[k + 1 :], stack[0]):
                title = ATTACHMENT_PREFIX.sub("", block.text).rstrip(":：")
                found = ("caption", stack[0].rank, len(roots) + 1, title)
            field = None
            if id(block) in self.unnumbered:  # a task with no number, its label lines below it
                found = ("label", LABEL_RANK, len(label_siblings(stack, roots)) + 1, block.text)
                if (
                    field := FIELD_LABEL.match(block.text.strip())
                ) is not None:  # 党建工作:…: its label, its words
                    found = (*found[:3], field.group(1))
            elif id(block) in self.bullet_heads:  # a bulleted list's heading: a section over the items
                found = ("bullet", 1, len(roots) + 1, block.text)
            owner, duty = self.owned.get(id(block), ("", ""))
            if (
                found is None and owner
            ):  # 办公室:负责… — one body's share, an item with it as lead (区住建局负责…:
                # the body opens its sentence, which stays whole)
                words = block.text.strip() if block.text.strip() == owner + duty else duty
                found = ("label", LABEL_RANK, len(label_siblings(stack, roots)) + 1, words)
            # 三、职责分工 / 区绿化市容局负责…。 / 区城管执法局依法对…: each body's duty an item, under the
            # heading past the duty before it
            heading = next((n for n in reversed(stack) if n.rank < LABEL_RANK), None)
            charged = None if found is not None or heading is None else duty_line(block.text, heading)
            if charged is not None and heading is not None and not heading.children:
                heading.children += own_duty(heading)  # ((一)压实属地责任。各街道负责…: its own, first)
            if charged is not None:
                found = ("label", LABEL_RANK, len(label_siblings(stack, roots)) + 1, block.text)
                owner = owner or charged
            dashed = found is None and DASH_HEADING.fullmatch(block.text)
            if dashed and (holder := next((n for n in reversed(stack) if n.children), None)) is not None:
                while stack[-1] is not holder:  # ——持续打好污染防治攻坚战 between items: the heading's
                    stack.pop()  # sub-heading, not the item's text (the items go on under the heading)
                holder.body.append(block)
                continue
            if found is None and (labelled := task_label(block.text)) is not None:
                top = stack[-1] if stack else None
                numbered_item = top is not None and (top.rank >= DOT_RANK or not top.heading_like())
                own_text = top is not None and (
                    (numbered_item and top.numeral and top.cells is None and not top.labelled)
                    or (top.labelled and not top.body and labelled_content(block.text))
                )
                if top is not None and own_text:
                    top.labelled = True  # 1.推进… / 具体任务:…, 项目名称:… / 项目内容:… — the item's text
                else:
                    found = ("label", LABEL_RANK, len(label_siblings(stack, roots)) + 1, labelled)
            if found is not None:
                _, rank, n, rest = found
                while stack and stack[-1].rank > rank:
                    stack.pop()
                if stack and stack[-1].rank == rank and not stack[-1].part:
                    stack.pop()
                if not stack or (
                    (stack[-1].may_hold(len(stack)) or owned_under(owner, stack[-1]) or charged is not None)
                    and len(stack) < MAX_DEPTH
                ):
                    numeral = "" if found[0] == "label" else block.text[: len(block.text) - len(rest)].strip()
                    node = Node(
                        rank,
                        n,
                        numeral,
                        rest,
                        block.where,
                        labelled=found[0] == "label",
                        owner=owner,
                        line=block.text if owner else "",
                        duty=charged is not None or id(block) in self.announced,
                        part=found[0] == "part",
                    )
                    # 一、扩大有效投资(牵头领导:王明): leaders alone still head the items below, and so does
                    # a clause closing a heading's words (二、民生保障(区民政局牵头) / 3.…)
                    if not stack:
                        words, closing = find_clauses(rest)
                        headed = closing is not None and heading_words(words)
                        node.clause_seen = not headed and has_clause(
                            rest, units="。" not in rest.rstrip("。")
                        )
                    (stack[-1].children if stack else roots).append(node)
                    stack.append(node)
                    if field is not None:
                        node.body.append(Line(field.group(2), block.where))
                        self.field_nodes.add(id(node))
                    continue
            # 区人大、区政协负责监督检查。 after a body's closed duty: the heading's words, no more of that body's
            # (a line it wrapped, or one going on — 同时负责… — stays its)
            if stack and stack[-1].duty and ended(stack[-1]) and not going_on(block.text):
                stack.pop()
            if stack and id(stack[-1]) in self.field_nodes and FIELD_LABEL.match(block.text.strip()):
                stack.pop()  # (民生工作:… / 保障措施:… — a label of no field ends the field's item: said below)
            if stack:
                stack[-1].body.append(block)
                if len(stack) == 1 and not stack[-1].clause_seen:
                    stack[-1].clause_seen = has_clause(block.text, units=True)  # (分管领导: alone: no item)
            else:
                self.warn(
                    block.where, "条目之外的文字,未收入 (text outside any item: kept out of the dataset)"
                )
        return roots

    def table(self, table: Table, roots: list[Node], stack: list[Node]) -> None:
        """A 任务分解表: each row an item under the open heading; a row of one repeated value is a heading."""
        cols = columns(table)
        if cols is None:
            for row in table.rows:
                for cell in row:
                    if cell.text:
                        self.warn(
                            cell.where,
                            "表格没有可识别的表头,未收入 (a table without the usual header: kept out)",
                        )
            return
        sub = sub_heading(stack)  # 二、民生保障 / 就业社保 / the table: a heading row of it, unnumbered
        while stack and not (stack[-1].heading_like() or stack[-1].children):
            stack.pop()
        parent = stack[-1] if stack else None
        siblings = parent.children if parent else roots
        groups = sum(1 for n in siblings if n.cells is None)  # counted once: heading rows are numbered on
        group: Node | None = None
        # the numbered heading rows open under this heading, outermost first, by rank — kept across its
        # tables (| 一、扩大投资 | in one, | 二、促进消费 | in the next: one list)
        opened = self.opened.setdefault(id(parent), [])
        headers = {name: table.rows[0][k].text for name, k in cols.items()}

        def open_group(title: str, where: str, bare: bool = True) -> Node | None:
            """`bare`: the row holds its heading alone (no words in another cell)."""
            nonlocal groups, parent, siblings
            found = marker(title)
            numeral, rest = "", title
            if found is not None and found[3]:  # 一、稳增长 as a heading row
                numeral, rest = title[: len(title) - len(found[3])].strip(), found[3]
            if parent is not None and rest == parent.head and numeral == parent.numeral and not opened:
                self.warn(
                    where, f"表格中重复的分节标题,未收入 (the heading above repeated in the table): {title}"
                )
                return None  # 一、经济发展 / | 一、经济发展 |: the table's rows are that heading's
            listed = any(
                found is not None and r == found[1] for r, _ in opened
            )  # (一、扩大投资 | 二、促进消费)
            at = next_heading_at(stack, found) if numeral and not listed else None
            if at is not None:
                # 一、经济发展 over the table, | 二、民生保障 | in it (or (一)扩大投资 over it, then | 二、… |):
                # the next heading of that rank, not one below (| 一、扩大投资 | restarts a list under
                # it); the rows go under it, and so does what follows the table
                assert found is not None
                node = Node(stack[at].rank, found[2], numeral, rest, where)
                (stack[at - 1].children if at else roots).append(node)
                del stack[at:]
                stack.append(node)
                parent, siblings, groups = node, node.children, 0
                opened.clear()
                return None
            rank = found[1] if found is not None and numeral else None
            while opened and (rank is None or opened[-1][0] >= rank or not opens_under(opened[-1][1], found)):
                opened.pop()  # | 一、城市更新 | … | (一)旧区改造 | … | 二、…: a heading row closes those at
                # its level and below; one without a numeral (民生实事) stands at the table's first level
            if len(stack) + len(opened) >= TABLE_DEPTH - 1:
                self.warn(where, f"表格分类行过深,未收入 (a heading row too deep: kept out): {title[:20]}")
                return opened[-1][1] if opened else None
            # numbered as headings are (一、 / （一）): a heading row, though no row follows it (a row with
            # its task alone, | 1.推进旧改 | | |, or a last row the page cut, is one with nothing under it)
            heading = bare and found is not None and found[0] in GROUP_STYLES and bool(numeral)
            if opened:
                outer = opened[-1][1]
                number = sum(1 for n in outer.children if n.cells is None) + 1
                node = Node(outer.rank + 0.25, number, numeral, rest, where, heading_row=heading)
                outer.children.append(node)
            else:
                groups += 1
                level = -1 if parent is None else parent.rank + 0.5
                node = Node(level, groups, numeral, rest, where, heading_row=heading)
                siblings.append(node)
            if rank is not None:
                opened.append((rank, node))
            return node

        group = open_group(sub.text, sub.where) if sub is not None else None
        for cell in table.rows[0]:
            if note := header_note(cell.text):
                self.warn(cell.where, f"表头中的说明文字,未收入 (a note in the header kept out): {note}")
        merged = [c for row in table.rows[1:] for c in row if c.where.endswith(CARRIED)]
        if merged:
            where = merged[0].where.removesuffix(CARRIED)
            self.warn(
                where,
                f"{len(merged)} 个空单元格按合并单元格读作上一行的值,请核对 "
                f"(empty cells of 牵头单位/领导/时限 read as merged with the row above: check them)",
            )
        headings: list[Node] = []  # the heading rows this table opens
        read = 0  # its rows read as items
        for row in table.rows[1:]:  # the header row is read by `columns`
            values = [c.text for c in row if c.text and not c.where.endswith(CARRIED)]
            if not values:
                continue
            cells = with_people(
                {name: row[k] for name, k in cols.items() if k < len(row)}, table.rows[0], cols
            )
            if "number" in cells and values == [cells["number"].text] and values[0].rstrip(".、．").isdigit():
                self.warn(
                    cells["number"].where,
                    f"表格行只有序号 {values[0]},未收入 (a row with its number only: cut off?)",
                )
                continue
            unnumbered = "number" not in cells or not cells["number"].text.strip()
            if (
                unnumbered and "title" in cells and total(cells["title"].text)
            ):  # | | 合计 | 13000 | |: the sum
                self.warn(
                    row[0].where, f"表格的合计行,未收入 (a table's total row, kept out): {'、'.join(values)}"
                )
                continue
            if sorted(cols, key=cols.__getitem__) in DUTIES_FIELDS and not duties_body(cells["lead"].text):
                self.warn(  # 单位 | 职责分工 / 合计, 备注, 万元: no body's row
                    row[0].where,
                    f"职责表中不是单位的一行,未收入 (a duties table's row naming no body, kept out): "
                    f"{'、'.join(values)}",
                )
                continue
            if self.group_row(values, row, cells):
                group = open_group(group_title(values, cells), row[0].where, len(set(values)) == 1)
                headings += [group] if group is not None else []
                continue
            category = cells["category"].text if "category" in cells else ""
            if category and (group is None or group.head != category):
                group = open_group(category, cells["category"].where)
            number = chinese_number(cells["number"].text.rstrip(".、．")) if "number" in cells else None
            if "number" in cells and (words := NUMBER_MARKS.sub("", cells["number"].text)):
                self.warn(
                    cells["number"].where, f"序号格中的文字,未收入 (words in a 序号 cell, kept out): {words}"
                )
            node = Node(99, number or 0, "", "", row[0].where, cells=cells, headers=headers)
            owner = group or parent
            (owner.children if owner else roots).append(node)
            read += 1
        if not read and any(QUANTITY.search(node.head) for node in headings):
            for node in headings:  # | 一、推进消费升级,全年增长8% | | |, and no other row: tasks numbered as
                node.heading_row = False  # headings, a count set in them, no unit written (a frame's
                # heading rows name fields: 一、紧扣开好局,深化政务公开)

    @staticmethod
    def group_row(values: list[str], row: tuple[Line, ...], cells: dict[str, Line]) -> bool:
        """A heading inside a table: one value across a row (merged cells), or a row that names no unit,
        leader or date and opens with a section number (一、 / (二)) where an item has its 序号. A row that
        takes cells merged with the row above is an item (（2）建立例会制度 under its units, pass 119)."""
        if any(c.where.endswith(CARRIED) for c in row):
            return False
        if len(set(values)) == 1 and len(row) > 2:
            return True
        number = cells["number"].text.strip("、.． ") if "number" in cells else ""
        numeral = bool(number) and not number.isdigit() and chinese_number(number) is not None
        others = {c.text for c in row if c.text and c is not cells.get("number")}
        if numeral and len(others) == 1 and len(row) > 2 and clause_sentence(next(iter(others)))[1] is None:
            return True  # 二 | 公共服务 (merged across the row's other cells, repeated in each; …,X牵头: an item)
        if any(cells[f].text for f in ("lead", "support", "leaders", "deadline") if f in cells):
            return False
        if numeral:
            return True  # 一 | 优化营商环境 | | : a Chinese numeral where items have 1, 2, 3
        found = marker(values[0])
        numbered = (marker(v) for v in values[1:] if v)  # (三)… | 6.认真贯彻…: the row's own item, cut off
        return (
            found is not None
            and found[0] in GROUP_STYLES
            and not any(m and m[1] >= DOT_RANK for m in numbered)
        )

    # --- sections and items -----------------------------------------------------------------------

    def sections(self, roots: list[Node]) -> list[dict[str, Any]]:
        if not roots:
            return []
        for root in roots:  # a fourth level is its item's text, as the outline read it before it had one,
            for child in root.children:  # unless its points count on across their groups (`counted_on`)
                if not counted_on(child):
                    for group in child.children:
                        if group.children:
                            absorb(group)
        top = min(r.rank for r in roots)
        grouped = [r for r in roots if r.rank == top and r.children] if top >= DOT_RANK else []
        closed = [points_of_one_item(r) for r in grouped]
        if closed and all(closed[:-1]) and (closed[-1] or not any_clause(grouped[-1])) and any(closed):
            for root in grouped:  # 1. 市科技馆 / (1)… (2)… / 责任单位:市科技馆: items, not sections of points
                absorb(root)  # (the last group may have lost its clause to the end of the page)
        for root in roots:  # 一、经济 / ● 推进改革(X牵头) / ● 深化改革(Y牵头): the section's items
            fresh = root.rank == top and not root.children and root.cells is None
            if fresh and (points := numbered_points(root)) is not None:
                root.body, root.children = points
        nested = any(r.children for r in roots if r.rank == top)
        sections: list[dict[str, Any]] = []
        loose: dict[str, Any] | None = None
        used: set[int] = set()
        highest = 0
        if not nested:
            only: dict[str, Any] = {"number": 1, "numeral": "", "title": "", "tasks": []}
            self.fill(only, roots, "")
            return [only]
        for root in roots:
            if root.rank != top:
                if loose is None:
                    loose = {"number": 0, "numeral": "", "title": "", "tasks": []}
                    sections.append(loose)
                    self.warn(
                        root.where, "第一个分节之前的条目,编为 0.x (items before the first section: ids 0.n)"
                    )
                self.fill(loose, [root], "")
                continue
            number = root.number if root.number not in used else highest + 1
            highest = max(highest, number)
            if number != root.number:
                self.warn(root.where, f"分节编号重复,改编为 {number} (duplicate section number)")
            used.add(number)
            title, _, rest = root.head.partition("。")
            section: dict[str, Any] = {
                "number": number,
                "numeral": root.numeral.strip("、．第章部分篇:： "),
                "title": title.strip(),
                "tasks": [],
            }
            sections.append(section)
            if (
                not root.children
                and not root.heading_row  # (a section with no item: said so below)
                and root.cells is None
                and (own := own_item(root, self.region)) is not None
            ):
                self.fill(section, [own], "")  # a section with no item under it that is one itself
                if own.head is root.head:
                    section["title"] = section["tasks"][0]["title"]
                else:
                    self.led_by(section["tasks"], title)
                continue
            kept = "分节标题下的说明文字,未收入 (section text kept out)"
            if rest.strip():
                self.warn(root.where, f"{kept}: {rest[:20]}")
            if notes := [n for line in root.body if (n := standing_note(line.text))]:
                # 以下各项工作均需X落实,不再列出, a line of its own: from the section's first item
                self.standing_lines[id(section)] = notes[-1]
            if root.children:
                self.fill(section, root.children, "")
                self.led_by(section["tasks"], title)
                if DIVIDING.search(title.strip("（）()")):
                    self.named_duties(section["tasks"])
                self.answer(section["tasks"], title, root.body, kept, root.where)
                continue
            for line in root.body:
                self.warn(line.where, f"{kept}: {line.text[:20]}")
            if root.cells is None and root.heading_like():
                self.warn(root.where, f"分节 {section['title']} 没有条目 (section has no items)")
        return sections

    def heads_nothing(self, node: Node) -> bool:
        """A table's heading row with no row under it (the next heading row follows, or the table
        ends): said, and no item — it was one, with no unit."""
        if not node.heading_row or node.children or any_clause(node):
            return False
        said = "表格中的分类行下没有事项 (a table's heading row with no row under it: no item)"
        self.warn(node.where, f"{said}: {short(node.head)}")
        return True

    def fill(self, section: dict[str, Any], nodes: list[Node], prefix: str) -> None:
        """Items of a section (or of a sub-heading when `prefix` is its id); numbers kept unique."""
        used, highest = self.numbering.setdefault((id(section), prefix), (set(), 0))
        base = f"{section['number']}{prefix}"
        for node in nodes:
            number = node.number if node.number and node.number not in used else highest + 1
            highest = max(highest, number)
            if node.number and number != node.number:
                self.warn(
                    node.where,
                    f"{base}.{node.number}: 编号重复,改编为 {base}.{number} (duplicate item number)",
                )
            used.add(number)
            self.numbering[(id(section), prefix)] = (used, highest)  # the loose section fills root by root
            if self.heads_nothing(node):
                continue
            if not node.children and not prefix and not node.body:
                node.head, node.body = ordinals_apart(node.head, node.where)
            if not node.children and not prefix and (points := numbered_points(node)) is not None:
                node.body, node.children = points
            if not node.children and not prefix and (pieces := clause_pieces(node)):
                node.head, node.body, node.children = pieces
            if node.children and points_of_one_item(node):
                absorb(node)
            if node.children and not prefix:
                groups = counted_on(node)  # (1)…(16) under 1./2./3.: the points are the items
                if groups:
                    node.children = [point for group in node.children for point in group.children]
                before = len(section["tasks"])
                self.fill(section, node.children, f".{number}")
                heads = groups or [node.head] * len(node.children)
                for task, head in zip(section["tasks"][before:], heads, strict=False):
                    if head:
                        task["group"] = head.rstrip("。")
                # (三、工作职责 / (一)街道消防安全委员会 / 1.组织领导…: a body's duties under its name, no level)
                duties = DIVIDING.search(section["title"].strip("（）()")) is not None
                self.led_by(section["tasks"][before:], node.head, duties)
                self.answer(
                    section["tasks"][before:],
                    node.head,
                    node.body,
                    "小标题下的说明文字,未收入 (sub-heading text kept out)",
                    node.where,
                )
                continue
            if node.children:  # no id is deeper than S.I.J: a fourth level stays in its item's text
                absorb(node)
            shared = [line for line in node.body if shared_clause(line.text)]
            taken = {id(line) for line in shared}
            node.body = [line for line in node.body if id(line) not in taken]
            section["tasks"].append(self.item(f"{base}.{number}", node))
            unused = [line for line in shared if not self.share(section["tasks"], line)]
            if unused:  # every item before them names its own: the sentences stay as text
                last = section["tasks"][-1]
                last["text"] += "".join(line.text.strip() for line in unused)
                last["sentences"] = split_sentences(last["text"])
                for line in unused:
                    self.warn(
                        line.where,
                        f"{last['id']}: 前面的事项都已写明责任单位,这句收入正文 (a shared clause with no "
                        f"item left to give it to: kept in the text): {line.text[:20]}",
                    )

    def share(self, tasks: list[dict[str, Any]], line: Line) -> bool:
        """`4项目标的责任单位均为市发改委。` after items 1–4: the clause of the last n items that name none
        of their own (`该目标责任单位为X`: the last one); their "no clause" warnings are withdrawn. False
        when every one of them names its own clause already."""
        count, role, units = shared_clause(line.text) or (0, "", "")
        given = 0
        for task in tasks[-count:]:
            r = task["responsibility"]
            if r["raw"] or r["lead"] or r.get("undetermined"):
                continue
            clause = parse_clause(units, default=role)
            if clause is not None:
                clause.raw = clause.written = line.text.strip()  # the sentence as written, for each item
                task["responsibility"] = self.responsibility(task["id"], clause, line.where)
                self.withdrawn.add(task["id"])
                given += 1
        return given > 0

    def answer(
        self, tasks: list[dict[str, Any]], heading: str, lines: list[Line], kept: str, where: str
    ) -> None:
        """Who answers for the items under a heading: its own clause (1.完善养老服务,区民政局牵头。 / ●
        …,各街道配合。) and the lines under it (牵头单位:区民政局 / 配合单位:各街道, 分管领导:王五副区长,
        任务分工:吕维峰副省长负责), as one clause (（二）牵头单位:X;配合单位:Y, cut at its ; — Y had been
        left out), lent to each item that names none of its own, and by when (完成时限:…), to each that says
        no time of its own; any other line is kept out, and said."""
        own = (
            None
            if heading_owner(heading, self.region)
            else find_clauses(heading)[1] or clause_sentence(heading)[1] or opening_duty(heading)
        )  # ((二)压实属地责任。各街道负责…: its own body, lent or said)
        # (各乡镇(街道): a group's name, its bracket no clause)
        clauses: list[Clause] = [own] if own is not None else []
        for line in lines:
            if when := deadline_line(
                line.text
            ):  # 完成时限:年底前 under the heading: each item's that says none
                for task in tasks:
                    if not task.get("deadline"):
                        task["deadline"], task["deadline_label"] = when, label_of(line.text)
                continue
            if (found := owner_clause(line)) is None:
                self.warn(line.where, f"{kept}: {line.text[:20]}")
                continue
            clauses.append(found)
        clause = merged(clauses)
        self.lend(tasks, clause, where)
        people = [p for p in getattr(clause, "leaders", []) if person(p)]
        for task in tasks if people else []:
            task["responsibility"].setdefault("leaders", people)

    def lend(self, tasks: list[dict[str, Any]], clause: Clause | None, where: str) -> None:
        """A heading's clause for the items under it: the whole of it to an item that names no unit, its
        lead to one that names only support (…,各街道配合。); the units it names that no item then has
        are said (each point naming its own lead: the heading's stays only in the group's title)."""
        if clause is None or not (clause.lead or clause.support or clause.undetermined):
            return
        for task in tasks:
            r = task["responsibility"]
            if r["lead"] or r.get("undetermined") or ((r["raw"] or r["support"]) and not clause.lead):
                continue
            if r["raw"] or r["support"]:
                r["lead"], r["raw"] = self.recognise(list(clause.lead), ""), r["raw"] or clause.raw
            else:
                task["responsibility"] = self.responsibility(task["id"], copy.deepcopy(clause), where)
                if r.get("leaders"):  # the heading's leaders, lent before
                    task["responsibility"]["leaders"] = r["leaders"]
            self.withdrawn.add(task["id"])
        held = {n for t in tasks for role in UNIT_ROLES for n in t["responsibility"].get(role, [])}
        left = [
            n for n in dict.fromkeys([*clause.lead, *clause.support, *clause.undetermined]) if n not in held
        ]
        if tasks and left:
            self.warn(
                where,
                f"{'…'.join(dict.fromkeys([tasks[0]['id'], tasks[-1]['id']]))}: 标题写明的责任单位没有分到任何条目,只留在标题里 (units "
                f"the heading names that no item under it has): {'、'.join(left)}",
            )

    def named_duties(self, tasks: list[dict[str, Any]]) -> None:
        """Under a section dividing the duties (五、责任分工 / （一）党政办 / 负责策划宣传…), an item titled by a
        body's name alone whose words open with its duty is that body's: it leads (its "no responsibility
        clause" warning withdrawn) — unless it names a kind the plan governs (物业公司); one titled by a
        leader's post and its duties (组长职责) is the post's: its holder answers, as a leader."""
        for task in tasks:
            r = task["responsibility"]
            post = DUTIES.sub("", title := task["title"].strip())
            if (
                post != title
                and not any(r.get(role) for role in ANSWERING)
                and leader_label(to_simplified(post))
            ):  # (组长职责: a post's duties, whoever holds it answers for them)
                r["leaders"], r["raw"] = [post], r["raw"] or title
                self.withdrawn.add(task["id"])
                continue
            if r["lead"] or r.get("undetermined") or r.get("support") or not opens_duty(task["text"]):
                continue
            names = bodies_alone(task["title"], self.region, levelled=False, duty=True)
            if len(names) == 1 and not (governed(names[0]) and not named_firm(to_simplified(names[0]))):
                # (（三）城管科 / 配合做好…: it helps, the lead unnamed)
                role = "support" if to_simplified(task["text"]).lstrip().startswith(HELPING_WORDS) else "lead"
                r[role], r["raw"] = self.recognise(names, ""), r["raw"] or task["title"]
                self.withdrawn.add(task["id"])

    def led_by(self, tasks: list[dict[str, Any]], heading: str, duties: bool = False) -> None:
        """The heading's leader, or its lead body, for each task that names none of its own (its "no
        responsibility clause" warning is then withdrawn: the heading is the clause); leaders a heading
        names in its own clause (一、…工作目标(牵头领导:成坤、柯相国)) answer for each task under it. Under a
        section dividing the duties (`duties`), a body named alone heads its own (街道消防安全委员会)."""
        owner = heading_owner(heading, self.region)
        if owner is None and duties and len(owned := bodies_alone(heading, self.region, levelled=False)) == 1:
            owner = ("lead", owned[0])
        role, name = owner or ("", "")
        if role == "lead" and any(
            to_simplified(name) in to_simplified(t["title"] + t["text"]) for t in tasks
        ):
            role = ""  # (三)区人民医院 / 1.完成区人民医院改扩建…: what its items work on, not who does them
        leaders = [name] if role == "leader" else []
        if not role and (found := find_clauses(heading)[1]) is not None:
            leaders = found.leaders
        for task in tasks:
            r = task["responsibility"]
            if leaders and not r.get("leaders"):
                r["leaders"] = list(leaders)
            elif role == "lead" and not (r["lead"] or r.get("undetermined")):  # (配合单位:…) adds support
                r["lead"], r["raw"] = self.recognise([name], ""), r["raw"] or heading
                self.withdrawn.add(task["id"])

    def item(self, rid: str, node: Node) -> dict[str, Any]:
        if node.cells is not None:
            return self.row_item(rid, node.cells, node.headers)
        lines_found: list[Clause] = []
        generic: list[str] = []  # names the 责任单位 lines gave
        supported = False  # whether a 配合单位 line is written
        text_lines: list[str] = []
        deadline = label = ""
        depth = 0 if node.head.rstrip().endswith("。") else open_brackets(node.head, 0)  # as for body lines
        # whether a lead is named so far, the head's (…(区发改委牵头)) included: a 责任单位 line under it
        # supports it (one lead lent is enough to say so; lending them all cost n² on a flood of lines)
        lead_named = head_clause.lead[:1] if (head_clause := find_clauses(node.head)[1]) else []
        for line in node.body:
            context = Clause(lead=lead_named)
            found = role_line(line.text, context) if depth == 0 else None  # a wrapped line inside (…) is text
            said = role_label(line.text.strip().lstrip("(（")) if depth == 0 else None
            supported = supported or (said is not None and said[0] == "support")  # (配合单位:无 too)
            # a line closed by a stop closes its sentence: a bracket it left open ((8.8%0.2个百分点。) is
            # a typo, not a clause wrapped onto the next lines (they would all be read as text)
            depth = 0 if line.text.rstrip().endswith("。") else open_brackets(line.text, depth)
            if found is None and depth == 0 and (when := deadline_line(line.text)):
                deadline, label = when, label_of(line.text)
                first, _, after = when.partition("。")  # (完成时限:2024年底。推进…: the task after its time;
                bare = TIMING.fullmatch(to_simplified(first.strip())) is not None  # (2024年底, 长期坚持)
                if (
                    after.strip(" 。")
                    and bare
                    and (DATED_PIECE.search(first) or not DATED_PIECE.search(after))
                    # (6月底。年底前全面完成。: a further stage, its own time first: one staged time, whole)
                    and not timing(after.strip().partition("。")[0])
                ):
                    deadline = first  # 6月底前完成方案。年底前完成改造。: one staged time, whole)
                    text_lines.append(
                        after.strip() + ("" if after.rstrip().endswith(tuple(FULL_STOPS)) else "。")
                    )
            elif found is None and depth == 0 and progress_label(line.text) is not None:
                self.warn(
                    line.where, f"进展情况不是计划,未收入 (a progress report: kept out): {line.text[:20]}"
                )
            elif found is None and depth == 0 and (helped := measure_clause(line.text)) is not None:
                text_lines.append(helped[0])  # ● 推进医养结合,区卫健委指导。: a measure of the item, and who
                lines_found.append(helped[1])  # helps with it (measures that name who does them are points)
            elif found is None:
                text_lines.append(task_label(line.text) or line.text)
            else:
                lines_found.append(found)  # merged once below: one by one, each merge re-read them all
                lead_named = lead_named or found.lead[:1]
                if said is not None and names_the_responsible(said[1]):
                    generic += found.undetermined  # 责任单位:A / 配合单位:B on lines of their own
        clause = merged(lines_found)
        if clause is not None and supported:
            leads_beside_support(clause, generic)
        while text_lines and LIST_HEADING.fullmatch(text_lines[-1].strip()):  # …。 / 工作要求: / 1.丙:
            heading = text_lines.pop().strip()  # the heading of the list after the item, no words of it
            self.warn(
                node.where,
                f"{rid}: 其后列表的小标题,未收入 (the heading of the list after it, kept out): {heading}",
            )
        head = node.head
        if open_brackets(head, 0):  # the first line was wrapped inside a bracket: it is no heading
            head, text_lines = head + "".join(text_lines), []
        # a body's name with its other name (公安青浦分局（交警支队）) is a heading, its bracket no clause
        name, stop, after = head.partition("。")
        if bodies_alone(head, self.region):
            head_clause = None
        elif (
            stop and NAMED_ASIDE.fullmatch(name) and bodies_alone(name, self.region, levelled=False) == [name]
        ):
            after, head_clause = find_clauses(after)  # (一)区建管委（区水务局）。负责…: its words' clauses
            head = name + stop + after
        else:
            head, head_clause = find_clauses(head)
        if head_clause is not None and SEMICOLON.search(head):  # 推进改革(区发改委牵头);区财政局配合。: a
            head, more = closing_clauses(head)  # ;-part that is only a clause goes on the bracket's
            if more is not None:
                head_clause.merge(more)
        own = own_sentence(head)  # (a first line that is no sentence of its own is wrapped: it goes on)
        rest, body_clause = find_clauses("".join(text_lines))
        rest = words_or_nothing(rest)  # （区财政局配合）。 — the clause taken, its stop is no text
        if clause is None and head_clause is None and body_clause is None and rest:
            rest, body_clause = clause_sentence(rest)
            if body_clause is None and broken(head):  # (一)市食安办负责,…宣传贯彻《 / 食品安全法》,…:
                joined, body_clause = clause_sentence(head + rest, opening=True, asked=self.asked(node))
                head, rest = (joined, "") if body_clause is not None else (head, rest)
            elif body_clause is None and len(head.rstrip("。")) <= TITLE_SENTENCE and not COMMAS.search(head):
                # (一)加强日常监管 / 区绿化市容局、区房管局负责…。 / 区绿化市容局、区建设管理委负责…: a short
                # heading over paragraphs that each open with the bodies charged
                body_clause = duty_sentences(
                    [opening[0] for t in text_lines if (opening := split_sentences(t))]
                )
            if (
                body_clause is None
                and len(text_lines) == 1
                and "。" not in head.rstrip("。")
                and not later_bodies(rest)
            ):
                # (一)因地制宜,制定发展规划 / 各任务村要按照…: the body its one paragraph opens by asking to act
                # carries it out (not where a later sentence asks another: 区财政局要保障资金, roles unsaid)
                rest, body_clause = clause_sentence(rest, opening=True, asked=self.asked(node))
        if head_clause is None and (not rest or own):
            # 深化改革,区发改委牵头。 over a line of its text, or of its other units (完善机制(区商务委配合)。
            # / 配合单位:…): the head's own sentence names them too; words that open it (市国资办负责…)
            # only when nothing else names a unit
            head, head_clause = clause_sentence(
                head, opening=clause is None and body_clause is None, asked=self.asked(node)
            )
        for found in (head_clause, body_clause):
            if found is not None and clause is None:
                clause = found
            elif found is not None and clause is not None:
                clause.merge(found)
        # (its text a numbered list: 扩大有效投资(牵头单位:区发改委) / 2.完成… — the head is the title)
        listed = bool(text_lines) and marker(text_lines[0].strip()) is not None
        if "。" not in head.rstrip("。") and rest and (head_clause is None or own or listed):
            title, text = HAN_PERIOD.sub("", head.rstrip("。;；!！")), rest
        else:
            title, text = split_title(head + rest)
        if open_brackets("".join([node.head, *(line.text for line in node.body)]), 0):
            self.warn(
                node.where, f"{rid}: 括号没有闭合,文字可能在页尾被截断 (a bracket is never closed: cut off?)"
            )
        # (城运中心 / 负责…: its duty follows; 负责人：张三 names a person, pass 113)
        text_opens = to_simplified(text).lstrip()
        duty = text_opens.startswith(DUTY_WORDS) and not text_opens.startswith(NOT_DUTY)
        owner = ("lead", node.owner) if node.owner else heading_owner(node.head, self.region, duty)
        if node.owner and len(named := names_of(node.owner)) > 1 and (clause is None or node.duty):
            clause = Clause(raw=node.owner, written=node.owner)  # 各镇政府、街道办事处:…: each of them, roles
            owner = None  # not written — unless its duty says it leads (房管所、规建生态办负责牵头…; set 86)
            leading = to_simplified(node.head).removeprefix(node.owner).lstrip("：: ").startswith(LEADING)
            names = [canonical(n) for n in named]
            if leading:
                clause.lead = names
            elif (closing := closing_lead(node.head.removeprefix(node.owner), names)) is not None:
                # (县公安局、县交通局：负责…，县公安局牵头: the one its words say leads)
                clause.lead = closing
                clause.support = [n for n in names if n not in closing]
            else:
                clause.undetermined = names
        if owner is None and title != node.head.strip():  # (一)县应急管理局。负责… / 县住建局:负责…: a
            owner = heading_owner(title, self.region)  # body's duties under its name, on one line
            if owner is None and (duty or len(title) <= OFFICE_TITLE or text_opens.startswith(DUTY_MANNERS)):
                named = [  # ((一)城运中心：负责…: a town's
                    n
                    for n in bodies_alone(title, self.region, levelled=False)
                    if not governed(n) or named_firm(to_simplified(n))  # ((三)物业公司。负责…: a kind)
                ]
                owner = ("lead", named[0]) if len(named) == 1 else None  # office, its level unwritten;
                # 1.服务办。牵头…, 4.建管中心。积极依托…: a street's office, its short name alone)
        named = bodies_alone(title, self.region, duty=duty)
        opening = names_of(title)[:1] if not named and title != node.head.strip() else []
        if opening and bodies_alone(opening[0], self.region):
            named = bodies_alone(title, self.region, levelled=False)  # (四)区商务委、外滩投资集团。按照…
        if owner is None and clause is None and len(named) > 1:
            clause = Clause(raw=title, written=title)  # (五)区发改委和区财政局 / 保障…: both, roles not
            clause.undetermined = [canonical(n) for n in named]  # written
        # (区财政局：负责…，区审计局配合…: a share's words, its title; its head when a clause took them all)
        share = (text or title or node.head).lstrip()
        pair = duty_pair(node, owner[1], share) if owner is not None else None  # (区民政局：负责协助各街镇…)
        # (区公安分局：会同区交通委负责…: the grammar took the partner for the lead)
        share_pair = pair if PAIRING_VERB.match(to_simplified(share)) else None
        opens_paired = (
            share_pair is not None
            and (
                clause is None or not clause.lead or PAIRING_VERB.match(to_simplified(clause.raw)) is not None
            )
        )  # (…（区建管委牵头）: a role written out stands; 会同区交通委负责: the share's words, read without it)
        if (
            owner is not None
            and owner[0] == "lead"
            and (opens_paired or not (clause and (clause.lead or clause.undetermined)))
        ):  # (一)省监察厅牵头的工作 / 加强行政监察工作…: the item's own heading names its lead; 区公安分局：会同
            # 区交通委负责…: its share's words name the partner, the body is the share's
            written = node.owner or node.head  # (区公安分局：参加…: the name as written is its clause)
            helpers = list(clause.support) if clause is not None and opens_paired else []  # (…，各街镇配合)
            clause = (
                clause if clause is not None and not opens_paired else Clause(raw=written, written=written)
            )
            # (區房管局 as 区房管局, as every clause names it)
            clause.lead, clause.support = [canonical(owner[1])], helpers or clause.support
            if pair is None and to_simplified(share).startswith(DUTY_WORDS) and not clause.support:
                clause.support = duty_helpers(clause.lead[0], share)  # (市文化执法总队:负责会同公安…)
            elif pair is not None:  # (区卫健委：配合区市场监管局…; …，各街镇配合: theirs too)
                clause.lead = list(pair.lead)
                clause.support = list(dict.fromkeys([*pair.support, *clause.support]))
        elif (
            owner is not None
            and owner[0] == "lead"
            and clause
            and clause.lead
            and duty
            and owned_apart(owner[1], clause)
        ):  # (四)区绿化市容局 / 负责…,由区城管局牵头: it works with the lead (a place inspected, 市图书馆 /
            clause.support.append(canonical(owner[1]))  # (1)…问题;责任单位:…, does no work)
        if share_pair is not None and not opens_paired and clause is not None and clause.lead:
            # 区水务局：会同区建管委做好…（区建管委牵头）/ …，由区水务局牵头: the share's partners help the lead
            # its words write out
            held = {*clause.lead, *clause.support}
            clause.support += [n for n in share_pair.units() if n not in held]
        if clause is not None and clause.support and not (clause.lead or clause.undetermined):
            # 1.区水务局（区城管执法局配合）负责…, 区教育局（区卫健委配合）组织开展…: the body its words open with
            # leads those its clause names as helping
            for words in (title, text):  # (2.校园卫生。区教育局（区卫健委配合）组织…: its text opens with it)
                first = COMMAS.split(re.split("[。；;]", words)[0])[0] if words else ""
                charged = duty_sentences([first], self.asked(node)) if first else None
                if charged is not None and charged.lead and charged.support:  # (A联合B开展…，各街镇配合)
                    clause.lead = list(charged.lead)
                    clause.support = list(dict.fromkeys([*charged.support, *clause.support]))
                elif charged is not None and not charged.support:
                    clause.lead = [*charged.lead, *charged.undetermined]
                elif charged is None and (
                    m := WORK_BY.search(simple := to_simplified(first)) or BY_WHOM.search(simple)
                ):
                    worked = charged_with(first, simple, m)  # (执法工作由区城管执法局统筹，区市场监管局配合)
                    clause.lead = (  # (由区发改委、区财政局统筹，区审计局配合: both lead those helping)
                        [*worked.lead, *worked.undetermined]
                        if worked is not None and names_bodies(worked)
                        else []
                    )
                elif charged is None and (openers := verb_bodies(first)):
                    clause.lead = [canonical(n) for n in openers]
                if clause.lead:
                    break
        if clause is not None and len(clause.undetermined) > 1 and not (clause.lead or clause.support):
            clause.lead = leading_one(clause.undetermined, re.split("[。；;!！?？]", f"{title}。{text}"))
            clause.undetermined = [n for n in clause.undetermined if n not in clause.lead]
        if clause is not None:  # (…,备注:滚动推进,完成时限:…): the notes are text, the deadline its own
            notes, due = labelled_pieces(clause.raw)
            kept = [piece for piece in clause.kept if not any(piece in note for note in notes)]  # (once)
            if due and not deadline:
                deadline, label = deadline_line(due), label_of(due)
            elif not deadline:
                kept, dated = clause_due(kept)
                if dated:  # (区住建局牵头,2024年底前): the clause's time is its due
                    deadline, label = dated, CLAUSE_TIME
            text = "".join([text, *(f"{piece}。" for piece in [*kept, *notes])])
        text = words_or_nothing(text)  # (…(X配合),Y牵头(Z配合)。: the clauses' stop is no text)
        if not title.strip() and text.strip() and role_label(node.head.strip()) is not None:
            title, text = split_title(text)  # (牵头单位:X,配合单位:Y。 / 推进…: the task after its labels)
        if not title.strip():  # 1.城关镇负责(区住建局配合)。: its words are its clause, and its title as
            title = node.head.strip().rstrip("。;；")  # written
        task = self.task(rid, title.strip(), text.strip(), clause, node.where)
        if deadline:
            task["deadline"], task["deadline_label"] = deadline, label
        held = {to_simplified(n) for n in clause.units()} if clause is not None else set()
        if node.duty and (others := other_bodies(task["text"], held, asked=True)):  # (区应急局要…。各街镇要…)
            self.warn(
                node.where,
                f"{rid}: 这一行还写了{'、'.join(others)}的职责,收入本项正文,未作为单位 (another body's duty on "
                f"the line: kept in its text, not as a unit): {task['text'][:20]}",
            )
        if node.owner and (helping := helped_bodies(node.head, held)):  # (区卫健委：负责…；配合区民政局做好…)
            self.warn(
                node.where,
                f"{rid}: 这一行还写了本单位配合{'、'.join(helping)}的工作,收入本项正文,未作为单位 (work the body "
                f"helps another with: kept in its text, not as a unit): {node.head[:20]}",
            )
        for line in node.body:  # (（四）…区财政局负责…。 / 区发改委负责项目审批。: another body's duty)
            others = other_bodies(line.text, held)
            if others:
                self.warn(
                    line.where,
                    f"{rid}: 这一行写的是{'、'.join(others)}的职责,收入本项正文,未作为单位 (another body's "
                    f"duty under the item: kept in its text, not as a unit): {line.text[:20]}",
                )
        return task

    def row_item(self, rid: str, cells: dict[str, Line], headers: dict[str, str]) -> dict[str, Any]:
        """A table row: the columns say what each cell is; unit cells are read with their header as prefix."""
        text = cells["text"].text if "text" in cells else ""
        if text and yeared(headers.get("text", "")) and not HAN.search(text):  # 2024年目标 | 9: a figure
            text = f"{headers['text']}:{text}"  # under its year, not a task's words
        title = cells["title"].text if "title" in cells else ""
        if not title:
            title, _, text = text.partition("。")
        # 1. 生产总值增长7.5%以上: a table with no 序号 column numbers its task cells; under one, a task cell
        # listing its points (1. 强化…机制 / 2. 紧扣…) is titled by the first
        numbered = marker(title)
        if numbered is not None and numbered[3] and ("number" not in cells or numbered[1:3] == (DOT_RANK, 1)):
            title = numbered[3]
        clause: Clause | None = None
        for key in ("lead", "support", OTHERS, "leaders"):
            if key in cells and cells[key].text:
                if key != "leaders" and not_units(cells[key].text):
                    self.warn(  # a score or a date fell in the unit column: no body, said so
                        cells[key].where,
                        f"{rid}: {headers[key]} 一栏写的不是单位, 收入正文 (not a unit: kept in the text): "
                        f"{cells[key].text[:20]}",
                    )
                    text = labelled(text, "", cells[key].text)
                    continue
                field = ("support" if clause and clause.lead else "lead") if key == OTHERS else key
                text_of = LISTED_NUMBER.sub("", cells[key].text)
                found = cell_clause(field, headers[key], text_of, paired="support" in headers)
                if (
                    key != "leaders"
                    and found is not None
                    and not (found.units() or found.by_division or found.lead_by_division)
                ):  # (推进村庄整治, 建设工程质量监督站 王伟 in a unit column: no body read — never lost)
                    named = [*found.leaders, *found.support_leaders, *found.kept]  # (its people stay theirs)
                    found = None if found.empty() and not found.kept else found
                    if (left := unread(cells[key].text, named, title)) and left not in text:
                        self.warn(
                            cells[key].where,
                            f"{rid}: {headers[key]} 一栏没有可识别的单位, 收入正文 (no body named: kept in the "
                            f"text): {left[:20]}",
                        )
                        text = labelled(text, headers[key], left)
                    if found is None:
                        continue
                if found is None and STANDING.search(to_simplified(cells[key].text)):
                    # 以下各项均需各区政府落实,不再列出: a note, no name — kept, for `standing` (a /, 无, 按职责分工
                    # or a page's mark in the cell says nothing)
                    self.warn(
                        cells[key].where,
                        f"{rid}: {headers[key]} 一栏没有单位名称, 收入正文 (no body named: kept in the text): "
                        f"{cells[key].text[:20]}",
                    )
                    text = labelled(text, headers[key], cells[key].text)
                elif found is None:
                    continue
                elif clause is None:
                    clause = found
                else:
                    clause.merge(found)
        if clause is not None and len(clause.lead) == 1 and "support" not in cells and not clause.support:
            # 区财政局 | 负责落实资金，区审计局配合做好审计 / 区卫健委 | 会同区教育局做好…: who helps it, in its duty
            clause.support = duty_helpers(clause.lead[0], f"{title}。{text}" if text else title)
        kept = list(clause.kept) if clause is not None else []  # (区住建局 王伟 13812345678: the phone)
        due = "deadline" in cells and cells["deadline"].text
        kept, dated = (kept, "") if due else clause_due(kept)  # (区住建局,2024年底前)
        text = "".join([text, *(f"{piece}。" for piece in kept)])
        where = next(iter(cells.values())).where
        for key, cell in cells.items():
            if cell.text and key.startswith("extra:") and not title:  # 内容 merged from the row above |
                title, _, rest = cell.text.partition("。")  # 2024年工作任务: the row's own work titles it
                text = labelled(text, headers[key], rest) if rest else text
            elif cell.text and (key.startswith("extra:") or key in ("note", SCORING)):
                text = labelled(text, headers[key], cell.text)
            elif cell.text and key == "progress":
                self.warn(
                    cell.where,
                    f"{rid}: {headers[key]} 一栏是进展,不是计划,未收入 (a progress column: kept out): {cell.text[:20]}",
                )
        task = self.task(rid, title, text, clause, where)
        if due:
            task["deadline"], task["deadline_label"] = cells["deadline"].text, headers["deadline"]
        elif dated:
            task["deadline"], task["deadline_label"] = dated, CLAUSE_TIME
        return task

    def task(self, rid: str, title: str, text: str, clause: Clause | None, where: str) -> dict[str, Any]:
        self.items += 1
        # one line can hold 150,000 run-together items: 1.2 GB, not a notice
        if self.items > limits.MAX_LINES:
            raise DataError(
                f"超过 {limits.MAX_LINES} 个条目,不像是一份通知 (more than {limits.MAX_LINES} items: not one notice)"
            )
        if clause is None:
            self.warn(
                where, f"{rid}: {NO_CLAUSE},按无责任单位收录 (no responsibility clause; kept with none)"
            )
            clause = Clause()
        return {
            "id": rid,
            "title": title,
            "text": text,
            "sentences": split_sentences(text),
            "responsibility": self.responsibility(rid, clause, where, text),
        }

    def responsibility(self, rid: str, clause: Clause, where: str, text: str = "") -> dict[str, Any]:
        """An item's responsibility from its clause: this level's own units among the counterparts, the
        lead its text names among units listed without roles (责任单位:A B C … 由A牵头), the first unit
        as lead where the notice says so, the names recognised."""
        own = [n for n in clause.counterparts if self.level and n.startswith(self.level)]
        if own:  # 区牵头单位:区发改局 in a district's plan: its own lead, beside the 省牵头单位 counterpart
            mine = set(own)
            clause.counterparts = [n for n in clause.counterparts if n not in mine]
            (clause.support if clause.lead else clause.lead).extend(own)
        named = {m.group(1) for m in NAMED_LEAD.finditer(text)} if clause.undetermined else set()
        if not clause.lead and (lead := [n for n in clause.undetermined if n in named]):
            clause.lead = lead
            clause.support += [n for n in clause.undetermined if n not in named]
            clause.undetermined = []
        # 责任单位 | 牵头单位 columns: the lead listed among all the units is not its own support
        if clause.lead:
            leads = set(clause.lead)  # (a clause may name thousands: a list here was quadratic, 40 s)
            clause.support = [n for n in clause.support if n not in leads]
        if clause.undetermined and self.first_is_lead and not clause.lead:
            clause.lead, clause.support = clause.undetermined[:1], clause.undetermined[1:] + clause.support
            clause.undetermined, clause.lead_inferred = [], True
        elif clause.listed_leads and self.first_is_lead and len(clause.lead) > 1:  # 责任单位:A、B;配合单位:C
            clause.lead, clause.support = clause.lead[:1], clause.lead[1:] + clause.support  # under the
            clause.lead_inferred = True  # page's rule: its first leads
        if clause.undetermined:
            self.warn(
                where,
                f"{rid}: 未写明牵头或配合,记为未定 (roles not written): {'、'.join(clause.undetermined)}",
            )
        for role in UNIT_ROLES:
            setattr(clause, role, self.recognise(getattr(clause, role), where))
        responsibility: dict[str, Any] = {
            "raw": clause.raw,
            "lead": clause.lead,
            "support": clause.support,
            "lead_by_division": clause.lead_by_division,
        }
        if clause.lead_inferred:
            responsibility["lead_inferred"] = True
        for name in ("undetermined", "leaders", "support_leaders", "counterparts"):
            if getattr(clause, name):
                responsibility[name] = getattr(clause, name)
        return responsibility

    def recognise(self, names: list[str], where: str) -> list[str]:
        out: dict[str, None] = {}  # ordered and O(1) to test: a clause may name 80,000 units
        for name in names:
            if message := self.registry.check(name):
                self.warn(where, message)
            out.setdefault(name)
        return list(out)

    # --- special projects -------------------------------------------------------------------------

    def projects(self, body: list[Block]) -> list[dict[str, Any]]:
        projects: list[dict[str, Any]] = []
        style: str | None = None
        for block in body:
            if isinstance(block, Table):
                self.warn(block.where, "攻坚专项部分的表格,未收入 (a table in the projects part: kept out)")
                continue
            found = marker(block.text)
            if found and (style is None or found[0] == style) and not PROJECT_KEY.search(block.text):
                style = found[0]
                projects.append(
                    {
                        "id": f"G{len(projects) + 1}",
                        "title": found[3],
                        "text": "",
                        "sentences": [],
                        "lead_leaders": [],
                        "support_leaders": [],
                        "lead_departments": [],
                        "support_departments": [],
                        "where": block.where,
                    }
                )
            elif not projects:
                self.warn(
                    block.where, "第一个专项之前的文字,未收入 (text before the first project: kept out)"
                )
            elif keys := PROJECT_KEY.findall(block.text):
                for key, names in keys:
                    found_clause = parse_clause(names, "lead")
                    listed = found_clause.lead if found_clause else []
                    projects[-1][PROJECT_KEYS[key]] += (
                        listed if key.endswith("领导") else self.recognise(listed, block.where)
                    )
            else:
                projects[-1]["text"] += block.text
        for p in projects:
            p["sentences"] = split_sentences(p["text"])
            if not p["lead_departments"] and not p["lead_leaders"]:
                self.warn(p["where"], f"{p['id']}: 没有牵头领导或牵头部门 (no 牵头领导 or 牵头部门 found)")
            del p["where"]
        return projects

    # --- metadata ---------------------------------------------------------------------------------

    def meta(self, head: list[Line], tail: list[Line]) -> dict[str, Any]:
        """Title, issuer and dates from the heading and the 落款; every other heading line is reported."""
        used: set[int] = set()
        title_at = next(
            (
                i
                for i, h in enumerate(head[:6])
                if "通知" in h.text
                and len(h.text) <= 100
                and h.text.strip("。 ") != "特此通知"
                and ">" not in h.text
            ),
            None,
        )
        notice_title = published = None
        if title_at is not None:
            used.add(title_at)
            first = head[title_at].text  # at most 100 characters: the trailing-date pattern stays cheap
            published = found.isoformat() if (found := first_date(first)) else None
            notice_title = re.sub(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*$", "", first).strip()
        plan_at = next(  # the last line naming a plan: after a cover notice, the plan's own title
            (
                i
                for i in range(len(head) - 1, -1, -1)
                if i not in used
                and names_plan(head[i].text)
                and marker(head[i].text) is None  # 2.重点工作进展情况报送表: an attachment list's line
                and not any(c in head[i].text for c in "。,，:：>")  # not a sentence, nor a breadcrumb
                and names_plan(head[i].text.rsplit("》", 1)[-1])  # 《政府工作报告》2018年目标任务责任分解
            ),
            None,
        )
        issuer, signed = "", None
        lines = head + tail
        for i, line in enumerate(lines):
            if i not in used and is_date_line(line.text):
                date = found.isoformat() if (found := first_date(line.text)) else None
                if date is None and (date := damaged_date(line.text)):
                    self.warn(
                        line.where,
                        f"签发日期 {line.text!r} 读作 {date} (signing date read as {date}): 请核对",
                    )
                if date and "发布" in line.text:
                    published = date
                    used.add(i)
                elif date:
                    signed = date
                    used.add(i)
                    if i > 0 and (i - 1) not in used and is_issuer(lines[i - 1].text):
                        issuer = lines[i - 1].text
                        used.add(i - 1)
            elif (
                i not in used
                and MONTH_LINE.fullmatch(line.text.strip())
                and i > 0
                and is_issuer(lines[i - 1].text)
            ):
                # 某区…办公室 / 2024年3月: the issuer; no day to sign on, none made up
                issuer = lines[i - 1].text
                used.add(i - 1)
        if not issuer:
            at = next(
                (i for i, h in enumerate(head) if i not in used and i != plan_at and is_issuer(h.text)), None
            )
            if at is not None:
                issuer = head[at].text
                used.add(at)
        plan_title = ""
        preamble: list[str] = []
        if plan_at is not None:
            before = plan_at - 1
            prev = head[before].text if before >= 0 else ""
            joined = (  # 上海市杨浦区人民政府 / 2020年第二季度工作要点, 立山区2023年重点工作 / 任务分解方案
                before >= 0
                and before not in used
                and len(prev) <= 30
                and not is_date_line(prev)
                and marker(prev) is None
                and not any(c in prev for c in "。,，:：;；>")
                and (
                    head[plan_at].text[:1].isdigit()
                    or names_plan(prev)
                    or title_goes_on(prev, head[plan_at].text)
                )
            )
            plan_title = "".join(h.text for h in head[before if joined else plan_at : plan_at + 1])
            used.update(range(before if joined else plan_at, plan_at + 1))
            for i in range(plan_at + 1, len(head)):
                if i not in used:
                    preamble.append(head[i].text)
                    used.add(i)
        for i, line in enumerate(lines):
            if i not in used:
                self.warn(line.where, f"通知正文或页面文字,未收入 (heading text kept out): {line.text[:20]}")
        if signed is None:
            self.warn(
                head[0].where if head else "line 1",
                "没有找到签发日期,signed 记为空 (no signing date: signed is null)",
            )
        title = plan_title or notice_title or ""
        year, quarter = period(title)
        if year is None:
            year = next((y for line in lines if (y := stated_year(line.text)) is not None), None)
        if year is None:
            year = int((signed or published or "0")[:4]) or None
        if year is None:  # never today's: a deadline in a guessed year would be silently wrong
            self.warn(
                head[0].where if head else "line 1",
                "没有找到年份,year 记为空 (no year found: year is null); 只写月日的完成时限不换算成日期",
            )
        return {
            "id": "",
            "notice_title": notice_title or plan_title,
            "plan_title": plan_title or notice_title or "",
            "issuer": issuer,
            "signed": signed,
            "published": published or signed,
            "region": region_of(issuer, plan_title, notice_title or ""),
            "year": year,
            "quarter": quarter,
            "projects_title": "",
            "preamble": "".join(preamble),
            "source": "",
        }


CUT_NAME = 2  # characters: a body's name the page cut (市发, 区财): a level and one character
LEVEL_CHARS = tuple("省市州县区乡镇")  # a cut name still shows its level
FINISHED = ("。", "；", ";", "等", ".", *CLOSE)  # a last line that ends so was not cut by the page
LEVEL = re.compile(r"([省市县区州旗])(?:\d{4}年|人民政府|政府)")
NO_ITEM = "没有找到任何编号条目 (no numbered item or task table found): 这是工作要点通知吗?"
EMPTY_TABLE = "任务表只有表头和分类行,没有事项 (a task table with its header and heading rows only: no item)"
COVER_ONLY = (
    "只有印发通知,没有计划正文 (the page holds only the cover notice; the plan is not in it): "
    "请导入附件 (import the attachment)"
)
ABOUT_A_PLAN = (
    "这是通报或政策解读,不是计划正文 (a bulletin or an explainer about a plan, not the plan): "
    "请导入计划原文 (import the plan itself)"
)
REPORTS = re.compile(r"(?:通报|解读)如下")  # 现通报如下, 现将主要内容解读如下: it reports on a plan


def reports(head: list[Block]) -> bool:
    """Whether the words before a page's first item say it reports on a plan (现通报如下 / 解读如下): a
    bulletin or an explainer speaks of a plan it does not hold (in an item's words, a plan speaks of its
    own reports)."""
    return any(isinstance(b, Line) and REPORTS.search(to_simplified(b.text)) for b in head)


ISSUES = re.compile(  # the plan is a document it sends (印发, 转发, 下达, 下发)
    r"(?:印发|转发|下达|下发|发)给你们|现印发|现予印发|现将.{0,80}(?:印发|转发|下达|下发)"
)
SENDING = re.compile(ISSUES.pattern + r"|^附件?[:：]")  # 附:1、….docx: it sends the plan
COVER_CUES = re.compile(SENDING.pattern + r"|通知如下|如下通知|特此通知")  # …or tells what to do


def plan_page(title: str) -> bool:
    """Whether a page's title names a plan (街道防汛抗旱工作实施方案), not a notice about one (…关于印发…
    的通知): its own words may notify its points (现将…方案通知如下), as a plan's, not a cover's."""
    simple = to_simplified(title)
    return names_plan(simple) and not NOTICE_WORDS.search(simple)


NOTICE_WORDS = re.compile("通知|通报|关于|函|批复|决定")
ISSUING_TITLE = re.compile(r"关于(?:印发|转发)")  # a page titled so, with no 落款 before its numbered lines
INSTRUCTING = re.compile(r"以下要求|如下要求|请认真|请结合|抓好落实|认真贯彻")  # …and telling what to do


def cover_end(blocks: list[Block], opens: Callable[[Block], bool]) -> int:
    """Where the cover notice ends: its 落款 date, when the text before the first numbered line reads as
    a cover notice (现将《…》印发给你们 / 通知如下); -1 when the notice has no cover before its plan (a
    特此通知 after the items closes the plan itself). What the cover numbers (一、高度重视… / 附件:1.…)
    is the notice's own instruction, never an item."""
    cue = numbered = False
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            return -1  # a table before any 落款 is the plan itself
        if not numbered:
            cue = cue or COVER_CUES.search(to_simplified(block.text)) is not None
            numbered = opens(block)
        if cue and is_date_line(block.text):
            return i
    return -1


STATED_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:年(?!\d{1,2}月\d)|〕|\])")


def title_goes_on(first: str, second: str) -> bool:
    """A title broken over two lines (2019年区《政府工作报告》确定的主要 / 目标任务责任分解方案): the first
    names the year and the second does not, or the first leaves a quote or a 《 open."""
    if ISSUE.search(first) and first.rstrip(")）] ").endswith("期"):  # 政府公报 2020年第5期: an issue line
        return False
    opened = any(first.count(a) > first.count(b) for a, b in ("《》", "“”", "〈〉"))
    return opened or (period(first)[0] is not None and period(second)[0] is None)


ISSUE = re.compile(r"(?:\d{4}\s*年\s*)?第\s*\d+\s*期(?:\s*[(（]?总第\s*\d+\s*期[)）]?)?")


def stated_year(text: str) -> int | None:
    """A year the heading states: 2023年重点工作 or a 文号 (鞍立政发〔2023〕2号); not a full date, which
    is the 落款's and read as such."""
    m = STATED_YEAR.search(text)
    return int(m.group(1)) if m else None


AFTER_SIGNATURE = (
    "抄送",
    "印发",
    "(此件",
    "（此件",
    "此件",
    "附件",
    "联系人",
    "联系电话",
    "扫一扫",
    "分享",
    "本文来源",
    "来源:",
    "来源：",
    "【",
)
STAMP = re.compile(r"[\d\s.:\-/]{8,20}")  # 01.06.2015 21:28: a page's own time stamp under the 落款
CLOSING_REACH = 12  # lines from the end searched for the 落款 date
FILE_NAME = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)\s*$", re.IGNORECASE)
ATTACHED = ("附件", "附:", "附：")  # 附件:1.…表 / 附:1、….docx — the list of what the notice sends


# 截止时间:…, 完成时限  2024年12月31日: an item's deadline, whatever its label, no 落款's date
DEADLINE_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:时限|时间|期限|截止|节点)[\u4e00-\u9fff]{0,3}(?:\s*[:：]|\s+)"
)


SIGNED_LABEL = re.compile(r"(?:成文|印发|发布|签发|落款|发文)(?:时间|日期)")  # the notice's own dates


def closing(body: list[Block]) -> int:
    """Where the 落款 begins: the last date line near the end with only after-matter behind it (抄送,
    印发 line, 此件公开发布, page furniture), moved back over its issuer, 特此通知 and an 附件 list;
    len(body) when there is none. What it holds is metadata or reported, never the last item's text."""
    date_at = None
    for i in range(len(body) - 1, max(len(body) - CLOSING_REACH, 0) - 1, -1):
        block = body[i]
        if not isinstance(block, Line):
            break
        signing = signing_date(block.text)
        labelled = DEADLINE_LABEL.match(block.text.lstrip()) and not SIGNED_LABEL.match(block.text.lstrip())
        if signing and not labelled:
            date_at = i  # (完成时限:2024年12月31日 closing the last item is its deadline, no 落款; a 落款 may
            break  # give its month alone: 2024年3月, 二〇二四年三月)
        if not after_signature(block.text):
            break
    if date_at is None:  # 抄送:… / …2024年3月1日印发 after the last item, no 落款 above them: no item's text
        start = len(body)
        while start > 0 and isinstance(b := body[start - 1], Line) and printing_line(b.text):
            start -= 1
        return start
    start = date_at
    while start > 0 and isinstance(prev := body[start - 1], Line) and signature_head(prev.text):
        start -= 1
    attachment = next(
        (
            i
            for i in range(start - 1, max(start - CLOSING_REACH, 0) - 1, -1)
            if isinstance(b := body[i], Line) and b.text.startswith(ATTACHED)
        ),
        None,
    )
    if attachment is not None and all(
        isinstance(b, Line) and len(b.text) <= 40 and "。" not in b.text for b in body[attachment:start]
    ):
        start = attachment  # 附件:1.…分解表 / 2.…报送表: the list of attachments, not an item
    return start


def after_signature(text: str) -> bool:
    return (
        text.lstrip("(（ ").startswith(AFTER_SIGNATURE)  # (联系人:王明,电话:…) in brackets too
        or (len(text) <= 12 and "公开" in text)
        or "印发" in text[-4:]
        or STAMP.fullmatch(text) is not None
    )


def printing_line(text: str) -> bool:
    """A line of the 版记 at a notice's foot (抄送:…, …2024年3月1日印发, 联系人:…), never an item's
    (联系人民群众…, …并正式印发。: an item's words)."""
    stripped = text.strip()
    return PRINTING_LABEL.match(stripped) is not None or PRINTED_ON.search(stripped) is not None


CONTACT = "联系人|联系电话|联系方式|联系同志"  # the office's contact, above a 落款 or in its 版记
PRINTING_LABEL = re.compile(rf"[(（]?(?:抄送|{CONTACT})\s*[:：]")
CONTACT_LABEL = re.compile(rf"[\s,，;；]*(?:具体)?(?:{CONTACT}|电话|联系电话)\s*[:：]")
PRINTED_ON = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。；;]{1,8}日\s*印发$")


def signature_head(text: str) -> bool:
    """Lines that stand just above a 落款 date: the issuer, 特此通知, and the office's own lines (审核:…,
    联系人:…)."""
    return is_issuer(text) or text.strip("。 ") == "特此通知" or OFFICE_LINE.match(text.lstrip()) is not None


OFFICE_LINE = re.compile(rf"[(（]?(?:审核|审稿|校对|核稿|拟稿|签发|{CONTACT})[:：]")


NUMBER_MARKS = re.compile(r"[0-9０-９零一二三四五六七八九十百.、．()（）\s]+")  # what a 序号 cell is made of


def group_title(values: list[str], cells: dict[str, Line]) -> str:
    """A heading row's text: one value repeated across merged cells once; a numeral alone in the 序号
    cell written as the numbered heading it is (一 | 优化营商环境 → 一、优化营商环境)."""
    values = [v for k, v in enumerate(values) if k == 0 or v != values[k - 1]]  # a merged cell's repeats
    if len(values) == 1:
        return values[0]
    number = cells["number"].text.strip() if "number" in cells else ""
    if number == values[0] and marker(number) is None:
        return f"{number.rstrip('、.． ')}、{''.join(values[1:])}"
    return "".join(values)


def cell_clause(field: str, header: str, text: str, paired: bool = False) -> Clause | None:
    """A unit or leader cell read with its column's role: 牵头单位 cells lead, 配合单位 cells support, a
    generic 责任单位 cell reads like an unprefixed clause (one unit leads, several are undetermined) —
    unless the table has a 配合单位 column (`paired`): beside it, 责任单位 is the lead's column."""
    if field == "leaders":
        return parse_clause(f"领导:{text}")
    role = "any" if field == "lead" and is_generic(header) else field
    rest, inner = find_clauses(text)  # 区住建局牵头(区财政局配合): a bracket's roles, the words' own
    if inner is None or not has_role_word(inner.raw):
        rest, inner = text, None  # (区商务委(区粮食局): one body's other name)
    people: list[str] = []
    aside: list[str] = []
    staffed = first_entry_kind(rest) == "staffed"  # (区水利局王伟 2024年底前)
    if staffed or bodies_label(label := "".join(header.split())) != label:  # 责任单位及责任人: people parted
        rest, people, aside = people_apart(rest)
    found = parse_clause(cut_role_word(rest), role) if rest.strip(" 。,，;；") else None
    if found is not None and inner is not None and not all(map(is_unit, found.units())):
        found = None  # 加强部门配合(区财政局参与): the words before the bracket name no body
    found = merged([c for c in (found, inner) if c is not None])  # (…医保中心按职责分工落: the page cut it)
    if found is None and (people or aside):
        found = Clause()
    if found is None:
        return None
    (found.support_leaders if role == "support" else found.leaders).extend(people)
    found.kept += aside  # (区住建局 王伟 13812345678: the phone is the item's text)
    for kind in ("lead", "support", "undetermined"):  # 推进旧城改造,各镇街负责 in a unit column: a task's
        named = [
            n
            for n in getattr(found, kind)
            if not task_led(simple := to_simplified(ASIDE.sub("", n))) or column_office(simple)
        ]  # (建设管理委（交通委）: a body with its other name, as the name without it reads)
        setattr(found, kind, named)
    found.raw = found.written = text.strip()
    if paired and role == "any" and not found.lead and not found.lead_by_division:
        found.lead, found.undetermined = found.undetermined, []  # (区住建局(牵头)、X: the cell's own word)
    return found


TASK_LABELS = (
    "重点工作",  # 重点工作: 135.统筹… — a progress table's row, copied as a form
    "具体任务",
    "工作任务",
    "工作内容",
    "任务内容",
    "重点任务",
    "主要任务",
    "目标任务",
    "具体内容",
    "项目名称",
    "项目内容",
)
LIST_HEADING = re.compile(r"[\u4e00-\u9fff]{2,10}[:：]")  # 工作要求: alone, a list's heading
LISTED_ITEMS = (
    8  # items under one heading: a list of tasks, where a cover's instructions are a few paragraphs
)
LABEL_NUMBER = re.compile(r"^\d{1,3}\s+")  # 01 项目名称:… — a list number before a label (at the start only)
LABEL_RANK = 3.5  # an item opened by its label line sits under the sections, beside numbered items


def other_bodies(line: str, named: set[str], asked: bool = False) -> list[str]:
    """The bodies a line under an item charges with a duty of their own (区发改委负责项目审批。; `asked`: 各街镇要
    落实…, as a duty line's words ask) that the item's clause does not name."""
    found = [  # (2.做好人员转移。区民政局负责转移安置。: a point's sentences, each)
        n
        for sentence in re.split("[。；;]", line)
        if (said := duty_sentences([sentence.strip()], asked)) is not None
        for n in said.units()
        if to_simplified(n) not in named
    ]
    return list(dict.fromkeys(found))


def closing_lead(duty: str, names: list[str]) -> list[str] | None:
    """Those of a duty line's bodies its closing words say lead (…，县公安局牵头), when fewer than all of them."""
    found = closing_clauses(duty.lstrip("：: "))[1]
    lead = [canonical(n) for n in found.lead] if found is not None else []
    return lead if lead and set(lead) < set(names) else None


def helped_bodies(duty: str, named: set[str]) -> list[str]:
    """The bodies a duty's later piece says its body helps (负责医疗救治；配合区民政局做好安置), that the item's
    clause does not name: that work is theirs to lead, this body's to help."""
    found = []
    for piece in re.split("[，,；;。]", to_simplified(duty))[1:]:
        if (m := PAIRING_VERB.match(piece.strip())) is not None and m[0].endswith(HELPING):
            found += [n for n in partner_run(piece.strip()[m.end() :]).split("、") if n and n not in named]
    return list(dict.fromkeys(found))


def opening_duty(heading: str) -> Clause | None:
    """The bodies a heading's words after its title charge ((二)压实属地责任。各街道负责辖区防汛工作。), None
    for a heading of a title alone: only a sentence after the title says who does the heading's work."""
    _, stop, rest = heading.partition("。")
    return duty_sentences([rest.strip()]) if stop and rest.strip() else None


def duty_pair(node: Node, owner: str, said: str) -> Clause | None:
    """Who helps whom where a body's duty line, or its duty under its name, says so (区卫健委：配合区市场监管局…:
    区市场监管局 leads, helped); None where it names no other body."""
    for words in (duty_text(node.line or node.head), owner + said):
        if PAIRING_VERB.search(to_simplified(words)) and (pair := paired(words)) is not None and pair.lead:
            return pair
    return None


def duty_helpers(body: str, duty: str) -> list[str]:
    """Those a body's duty, written under its name, names as working with it (区财政局 | 负责落实资金，区审计局
    配合做好审计; 市文化执法总队:负责会同公安、城管部门查处…), as its clause names them."""
    said = duty_sentences([body + duty.removeprefix(body)], asked=True)
    return list(said.support) if said is not None and said.lead == [body] else []


def leading_one(listed: list[str], sentences: list[str]) -> list[str]:
    """The one of the bodies a clause lists with no roles (责任单位：A、B、C) that the item's own words charge
    with leading it (A负责统筹协调…，牵头制定…), as a reader takes it; [] when they charge none of them, or
    several (A负责…；B负责…: each its part)."""
    charged = [  # (不再由市财政局牵头: a role no more; 区财政局负责落实资金: its part, no lead's)
        c
        for sentence in sentences
        if not any(w in sentence for w in FORMER)
        and any(w in sentence for w in LEADS_IT)
        and (c := duty_sentences([sentence])) is not None
    ]
    named = {to_simplified(n) for c in charged for n in (*c.lead, *c.undetermined)}
    found = [n for n in listed if to_simplified(n) in named]
    return found if len(found) == 1 and len(named) == 1 else []


LEADS_IT = ("牵头", "统筹")  # what a body charged among those listed does when it leads them


def own_duty(heading: Node) -> list[Node]:
    """A dividing heading's own body's duty after its title ((一)压实属地责任。各街道负责辖区防汛工作。, body
    lines of other bodies' duties under it): the first of its items, as the lines below are — it had been
    the group's words, and the body lost. [] when its words after the title charge no body."""
    title, stop, rest = heading.head.partition("。")
    if not stop or not rest.strip() or (owner := duty_line(rest, heading)) is None:
        return []
    heading.head = title + stop
    return [Node(LABEL_RANK, 1, "", rest, heading.where, labelled=True, owner=owner, line=rest, duty=True)]


def label_siblings(stack: list[Node], roots: list[Node]) -> list[Node]:
    """The items an unnumbered item (a label line, a body's share) is counted among: those of the
    nearest heading above it, past the unnumbered item before it."""
    return next((n.children for n in reversed(stack) if n.rank < LABEL_RANK), roots)


def counted_on(node: Node) -> list[str]:
    """Under a heading, numbered groups of points whose numbers go on from one group to the next (（二）重点
    落实五张清单 / 1.落实规划保护清单… / （1）…（3） / 2.落实内涵挖掘清单… / （4）…): the points are the items,
    each under the heading's and its group's words (重点落实五张清单 / 落实规划保护清单…) — one per point, in
    order; [] for any other list (points counted from 1 again in each group are each group's own list, its
    item's text)."""
    groups = node.children
    if len(groups) < 2 or any(g.body or not g.children or g.cells is not None for g in groups):
        return []
    if any(bodies_alone(g.head, levelled=False) or heading_owner(g.head) or body_led(g.head) for g in groups):
        return []  # (1.县水利局 / (1)… (2)… / 2.县应急局 / (3)…: each body's duties, led by it; 1.县水利局负责以下
        # 工作, 1.县水利局（牵头）: the same, said more)
    points = [p for g in groups for p in g.children]
    numbers = [p.number for p in points]
    if any(p.children or p.cells is not None for p in points) or numbers != list(range(1, len(points) + 1)):
        return []
    if any(p.head.rstrip().endswith(("；", ";")) or any(has_clause(b.text) for b in p.body) for p in points):
        return []  # ((1)排查…；(2)更换…；: one item's list; a 责任单位 line after a group's points: the group's)
    outer = f"{node.head.rstrip('。')} / " if node.head else ""  # (both headings' words: a path)
    return [outer + g.head for g in groups for _ in g.children]


def body_led(head: str) -> bool:
    """Whether a group's heading opens with the body that does its points (县水利局负责以下工作, 县水利局（牵头）,
    县水利局承担的任务)."""
    simple = to_simplified(head.strip())
    found = DUTY.match(simple) or ROLE_HEADED.match(simple)
    return found is not None and looks_like_body(found["units"])


ROLE_HEADED = re.compile(
    r"(?P<units>.{2,15}?)(?:[(（](?:牵头|负责)[)）]|承担)"
)  # 县水利局（牵头）, …承担的任务


def points_of_one_item(node: Node) -> bool:
    """`1.完善应急预案体系` / (1)… (2)… (3)… / `(责任单位:…)` on its own line after the last point (a
    deadline line may follow it): the points are one item's text and the clause is that item's, not only
    the last point's."""
    *points, last = node.children
    if node.cells is not None or not points or any(c.children or c.cells is not None for c in node.children):
        return False
    if any(has_clause(c.head) or any(has_clause(line.text) for line in c.body) for c in points):
        return False
    tail = [line.text.strip() for line in last.body if not deadline_line(line.text)]  # 整改时限:3天 after it
    closing = tail[-1] if tail else ""
    alone = closing[:1] in OPEN and closing[-1:] in CLOSE and bracket_groups(closing) == [(0, len(closing))]
    return (alone and find_clauses(closing)[1] is not None) or role_line(closing) is not None


def any_clause(node: Node) -> bool:
    """Whether a clause stands anywhere in the node or under it (a group a page cut off has none)."""
    return any(has_clause(line.text) for line in flattened(node))


def absorb(node: Node) -> None:
    """The node's children become lines of its own text: one item, not items of their own."""
    node.body += [line for child in node.children for line in flattened(child)]
    node.children = []


def flattened(node: Node) -> list[Line]:
    """A node and everything under it as lines, its numeral kept: `(1)新开工项目10个。(区发改委牵头)`."""
    return [
        Line(node.line or node.numeral + node.head, node.where),
        *node.body,
        *(line for child in node.children for line in flattened(child)),
    ]


def clause_pieces(node: Node) -> tuple[str, list[Line], list[Node]] | None:
    """Several items run together in one paragraph, each closed by its own clause next to a full stop
    (`常住人口控制在1150万人。(市公安局牵头)能耗降低20%。(市经委牵头)…`): the heading that stays, and
    one child per item. None when the paragraph holds fewer than two such clauses."""
    if node.cells is not None or any(role_line(line.text) or deadline_line(line.text) for line in node.body):
        return None
    titled = bool(node.body) and find_clauses(node.head)[1] is None
    body = "".join(line.text for line in node.body)
    text = body if titled else node.head + body
    ends = [
        end + (text[end : end + 1] in "。;；")
        for start, end in bracket_groups(text)
        if (text[start - 1 : start] == "。" or text[end : end + 1] in ("。", ";", "；"))
        and parse_clause(text[start + 1 : end - 1], in_text=True) is not None
    ]
    if len(ends) < 2 or not text[ends[0] :].strip():
        return None
    cuts = [0, *ends]
    if text[ends[-1] :].strip():
        cuts.append(len(text))
    children = [
        Node(node.rank + 0.25, k, "", text[a:b].strip(), node.where)
        for k, (a, b) in enumerate(itertools.pairwise(cuts), start=1)
        if text[a:b].strip()
    ]
    return (node.head if titled else ""), [], children


def labelled_content(text: str) -> bool:
    """项目内容: / 工作内容: — the text of the item its 项目名称: line opened, not an item of its own."""
    words = LABEL_NUMBER.sub("", text, count=1)[:5]
    return any(words.startswith(label) for label in TASK_LABELS if label.endswith("内容"))


def task_label(text: str) -> str | None:
    """`具体任务:推进…` — the task's words after its label, or None when the line has no task label."""
    if m := LABEL_NUMBER.match(text):
        text = text[m.end() :]
    value = labelled_value(text, TASK_LABELS, 7)
    numbered = marker(value) if value else None  # 重点工作:135.统筹…: the item's number is no word of it
    return (numbered[3] if numbered is not None and numbered[3] else value) or None


LEADER_HEADING = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?(?:常务)?副?(?:省|市|区|县|州|旗)长|[\u4e00-\u9fff]{2,4}?副?(?:书记|秘书长)"
    r"|[\u4e00-\u9fff]{2,4}?(?:(?:省|市|区|县|州|旗)政府)?(?:党组成员|党组副书记|(?:省|市|区|县)长助理)"
    r"|(?:常务)?副?(?:省|市|区|县|州|旗)长[\u4e00-\u9fff]{2,3}?)"  # 区长陈兴立牵头: the title first
    r"(?:同志)?(?:牵头|负责|分管|联系|领衔|主抓|挂帅)"
)


UNIT_HEADING = re.compile(  # 县水利局负责以下工作, 县水利局承担的任务 too
    r"^(.{2,30}?)(?:牵头|负责|主抓|承担)的?(?:以下|如下|下列)?(?:重点)?(?:工作|事项|任务)"
)


def retitled_plan(cover: list[Block], between: list[Block]) -> bool:
    """Whether the plan follows its cover's 落款 under its own title: the title the cover issues
    (现将《…2017年工作要点》印发给你们) on a line of its own (附件1: before it, 审议通过 or a date under it,
    its opening paragraphs), right over the first item. A page's links after a cover, whatever they name
    (一图读懂《…》, 附件下载: ….doc, 上一篇:…), are no plan: their list has no title the cover issues."""
    issued = {  # what the cover says it issues: 《…》, or its own title's 关于印发…的通知
        bare_title(m.group(1))
        for b in cover
        if isinstance(b, Line)
        for m in (
            *QUOTED_TITLE.finditer(to_simplified(b.text)),
            *ISSUED_TITLE.finditer(to_simplified(b.text)),
        )
    }
    unread: list[str] = []  # lines under the title that are none of those: a subtitle, 目录, a title's half
    for block in reversed(between):
        if not isinstance(block, Line):
            return False
        text = to_simplified(block.text.strip())
        if ELSEWHERE.search(text):
            return False  # (全文详见附件): the plan is not on the page
        if bare_title(text) in issued or (unread and bare_title(text + unread[-1]) in issued):
            return True  # (the caller tells a cover's flat list of headlines from a plan)
        if not (FOREWORD.search(text) or is_date_line(text) or is_issuer(text) or TABLE_NOTE.fullmatch(text)):
            unread.append(text)
            if len(unread) > UNREAD_UNDER_TITLE:
                return False  # 相关链接 / 1.…: a list under another heading
    return False


UNREAD_UNDER_TITLE = 2  # lines: ——聚焦高质量发展, 目录


def bare_title(text: str) -> str:
    """A title as a cover and a plan both name it: no 附件 label, no title marks (《》, 〈〉, and the <> a
    cover types for the marks inside its 《》: 《2024年区<政府工作报告>…》), bracketed asides ((征求意见
    稿), (2024—2026年)), colon or spaces, its years in figures (二〇二四年)."""
    text = TITLE_ASIDE.sub("", ATTACHMENT_PREFIX.sub("", arabic_years(text))).strip(":：。 ")
    return "".join(TITLE_MARKS.sub("", text).split())


TITLE_MARKS = re.compile(r"[《》〈〉<>＜＞]")


def standing_note(text: str) -> list[str]:
    """The bodies a standing note in running words names: a sentence of its own (not 删去…以下各项均由…列出
    等表述), words quoted in a task (删去“以下均由…”) being no rule."""
    written = to_simplified(QUOTED.sub("", text))
    for m in STANDING.finditer(written):
        if (m.start() == 0 or written[m.start() - 1] in OPENS) and (listed := standing_bodies(m.group(1))):
            return listed
    return []


def standing_bodies(words: str) -> list[str]:
    """The bodies a standing clause names (各区政府、市财政局), each a body's name, or none at all (认真)."""
    found = parse_clause(words)  # as a clause reads them: 各县、区人民政府(管委会) is one name
    names = [*found.lead, *found.support, *found.undetermined] if found is not None else []
    return names if names and all(is_unit(n) for n in names) else []


# words quoted in a task (no opener inside a quote: found in linear time)
QUOTED = re.compile(r"[“「『\"][^“”「」『』\"]*[”」』\"]")
OPENS = "。；;，,:：(（)）[【 "  # what a sentence of its own follows (or a label)
STANDING = re.compile(  # 以下各项工作均需X落实,不再列出; 以下政策措施均需X、Y落实,不再单独列出
    r"以下[^,，。;；均]{0,6}均(?:需|由|要)?([^,，。;；]{2,30}?)(?:负责)?(?:落实|配合|参与)[,，]?"
    r"不再(?:单独|一一|重复)?列出"
)
QUOTED_TITLE = re.compile(r"[《〈]([^《》〈〉]{4,60})[》〉]")
ISSUED_TITLE = re.compile(r"关于印发(.{4,60}?)的通知")
ELSEWHERE = re.compile(r"见附件|附件下载|点击下载|全文下载")
TITLE_ASIDE = re.compile(r"[(（][^()（）]{1,14}[)）]")  # （2024年）, （征求意见稿）, （2024—2026年）
FOREWORD = re.compile(  # a plan's opening paragraphs, its lead-in (…如下:), a note or month under its title
    r"。|[^链接阅读新闻信息文章]{8,}[:：]$|^[(（].{1,80}[)）]$|^\d{4}\s*年\s*\d{1,2}\s*月$"
)


def links(sections: list[dict[str, Any]]) -> bool:
    """Whether the items after a cover's title are the page's links: every one a headline under no
    heading or link headings only, or, naming no unit, news (我市召开…推进会, …获评全省先进)."""
    tasks = [t for s in sections for t in s["tasks"]]
    texts = [to_simplified(t["title"] + t["text"]) for t in tasks]
    if not all(not s["title"] or link_heading(s["title"]) for s in sections):
        return False  # 一、重点任务: a plan's own heading
    if all(map(headline, texts)):
        return True
    clauses = any(ROLE_WORDS.search(to_simplified(t["responsibility"].get("raw", ""))) for t in tasks)
    news = sum(1 for text in texts if is_news(text))
    return not clauses and news * 2 >= len(texts)  # half of them news, none with a role word's clause


FULL_DATE = re.compile(r"\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})")  # a news item's date
NEWS = re.compile(r"召开|举行|推进会|座谈会|——")  # news when a task's verb does not open it
STRONG_NEWS = re.compile(  # news whatever opens it: 我市…, …获评…, …，市发改委召开推进会
    r"我[市区县省](?:召开|举行|荣?获|入选|再|又|首|成功|出台|发布|启动|部署)|获评|获批"
    r"|[，,\s][^，,\s]{2,12}(?:召开|举行|部署)"
)
ACTION_VERBS = (
    *TASK_VERBS,
    "召开",
    "举办",
    "举行",
    "组织",
    "开通",
    "制定",
    "出台",
    "修订",
    "编制",
    "发布",
    "印发",
)


def link_heading(title: str) -> bool:
    """A heading over a page's links (相关新闻, 政务要闻), not a plan's (加强信息公开 opens with a task's verb)."""
    return LINK_HEADINGS.search(title) is not None and not to_simplified(title).startswith(ACTION_VERBS)


def is_news(text: str) -> bool:
    """A news headline: its own words (我市…, …获评全省先进), or, when it does not open with what a task
    does, a meeting (…召开…推进会), a dash (——) or a date at its end with no unit beside it (…再出新举措
    2024年03月01日); 召开全市政务公开工作推进会, 深化政务公开——以公开促落实 are tasks."""
    if "。" in text:
        return False
    if STRONG_NEWS.search(text):
        return True
    if text.startswith(ACTION_VERBS):
        return False
    pieces = text.split()
    dated = (
        len(pieces) > 1 and FULL_DATE.fullmatch(pieces[-1]) is not None and not any(map(is_unit, pieces[:-1]))
    )
    return NEWS.search(text) is not None or dated


def headline(text: str) -> bool:
    """An item that reads like a link's headline, not a task: no stop, and not opening with what a task
    does (市发改委召开政务公开推进会, …检查情况的通报; 深化…, 推进… are tasks). A page whose every item is
    one after its cover, under no heading or link headings only, is the cover's links."""
    simple = to_simplified(text)
    if len(text) > HEADLINE or any(c in text for c in "。；;") or ROLE_WORDS.search(simple):
        return False  # (…，牵头单位：区民政局: a task with its clause)
    last = simple.split()[-1] if len(simple.split()) > 1 else ""
    if last and not FULL_DATE.fullmatch(last) and (YEAR_MARK.search(last) or is_unit(last)):
        return False  # 政府信息主动公开目录编制    市政务公开办    2024年6月底: a table row set out by spaces
    return not simple.startswith(ACTION_VERBS) or is_news(simple)


HEADLINE = 60  # characters
ROLE_WORDS = re.compile(r"牵头|配合|责任单位|负责|协办")
YEAR_MARK = re.compile(r"\d{4}\s*年|年底|月底")
LINK_HEADINGS = re.compile(
    r"相关|新闻|链接|阅读|解读|推荐|动态|图解|专题|要闻|信息|公告|资讯"
)  # a page's link lists


def attachment_list(blocks: list[Block]) -> set[int]:
    """The numbered lines that go on a notice's list of attachments (附件:1.…目标任务分解表 / 2.…重点工作
    任务分解表, each on a line of its own): titles of the documents it sends, never items."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if not (isinstance(block, Line) and block.text.startswith(ATTACHED)):
            continue
        listed = block.text[len("附件") :].lstrip(":： ")
        if listed and marker(listed) is None:
            continue  # (附件: / 1.…, split apart already, or 附件:1.… / 2.…)
        for later in blocks[i + 1 : i + 1 + ATTACHMENTS]:
            if not (isinstance(later, Line) and document_title(later.text)):
                break
            out.add(id(later))
    return out


ATTACHMENTS = 20  # documents one notice lists at most


def document_title(text: str) -> bool:
    """A line (numbered, or an item's words) that names a document: short, no sentence, ending in what
    documents are (…表, …方案, …清单, …的通报)."""
    found = marker(text)
    words = found[3] if found else text
    return 0 < len(words) <= 60 and "。" not in words and words.rstrip(";；,，").endswith(DOCUMENT_ENDS)


DOCUMENT_ENDS = (
    *("表", "清单", "方案", "要点", "计划", "名单", "细则", "办法", "目录", "通知", "意见"),
    *("通报", "报告", "总结", "纪要", "公告", "简报"),
)


def spaced_chapters(blocks: list[Block]) -> dict[int, tuple[str, float, int, str]]:
    """The lines that number a 预案's chapters with no dot (1 总则 … 4 应急响应), by id, as `marker` would."""
    found: dict[int, tuple[str, float, int, str]] = {}
    last = 0
    for k, block in enumerate(blocks):
        if (
            isinstance(block, Line)
            and (chapter := spaced_chapter(block.text, blocks[k + 1 :], last)) is not None
        ):
            found[id(block)] = chapter
            last = chapter[2]
    return found


def spaced_chapter(text: str, after: list[Block], last: int) -> tuple[str, float, int, str] | None:
    """A 预案's chapter numbered with no dot (1 总则, 3 预警发布: a heading alone on its line), as a dotted one
    ranks: the next chapter after the last, or one whose first section (1.1 编制目的) follows it; None for
    any other line (3 家企业完成改造)."""
    found = SPACED_CHAPTER.fullmatch(text.strip())
    if found is None:
        return None
    number = int(found[1])
    numbered = (
        m for b in after[:CHAPTER_REACH] if isinstance(b, Line) and (m := DECIMAL_NUMBER.match(b.text))
    )
    opens = next(numbered, None)
    if number != last + 1 and not (opens is not None and opens[0].replace("．", ".") == f"{number}.1"):
        return None
    return "spaced-num", DOT_RANK, number, found[2]


SPACED_CHAPTER = re.compile(
    r"([0-9]{1,2})[ \u3000]+((?![个家名所条次户座批件万千亿元]|处(?![置理])|人(?![员民])|项(?!目))"
    r"[\u4e00-\u9fff][^，。；,;：:]{1,20})"
)  # (1 家企业…, 2 个工作组…: a count and what it counts)
CHAPTER_REACH = 3  # lines between a chapter and its first section


def counts_on(number: int, stack: list[Node]) -> bool:
    """Whether a dotted number counts on from the item before it at its rank (or opens the count at 1)."""
    before = next((n for n in reversed(stack) if n.rank == DOT_RANK), None)
    return number == (before.number + 1 if before is not None else 1)


GENERATION = re.compile(r"[0-9]{1,3}\.[0-9]G")  # 1.5G…: item 1 on 5G, or the figure 5.5G


def decimal_under(text: str, stack: list[Node]) -> bool:
    """Whether a two- or three-part number (2.1编制目的, 3.2.1组织准备) numbers a section of the open one: under
    2.组织体系 or 二、保障措施 (or 3.2启用准备), counted from 1 and on (2.1, 2.3: a number skipped) — not a figure
    (1.2公里…) or a date (3.15前…) that only looks like one."""
    number = DECIMAL_NUMBER.match(text)
    parts = [int(p) for p in re.findall("[0-9]+", number[0])] if number else []
    ranks = (CN_RANK, DOT_RANK) if len(parts) == 2 else (DECIMAL_RANK,)
    own = DECIMAL_RANK if len(parts) == 2 else DECIMAL3_RANK
    parent = next((n for n in reversed(stack) if n.rank in ranks), None)
    if len(parts) < 2 or parent is None or parent.number != parts[-2]:
        return False
    siblings = [c.number for c in parent.children if c.rank == own]  # (its duty lines are none of them)
    # (2.1, 2.3: a number skipped; 2.1, 2.5天内…: a figure)
    return siblings[-1] < parts[-1] <= siblings[-1] + SKIPPED if siblings else parts[-1] == 1


DECIMAL_NUMBER = re.compile(r"[0-9]{1,2}(?:[.．][0-9]{1,2}){1,2}")
SKIPPED = 2  # sections a count may skip (2.1, 2.3) before a number is a figure's


def flat_list(blocks: list[Block]) -> bool:
    """Whether the numbered lines up to the next attachment (or the end) are of one numbering style: a list
    of items (1.区应急管理局：… / 2.…), not a document with headings of its own (一、概念定义 / (一)…)."""
    ranks = set()
    for b in blocks:
        if not isinstance(b, Line) or ATTACHMENT_LABEL.fullmatch(b.text):
            break
        if (found := marker(b.text)) is not None:
            ranks.add(found[1])
    return len(ranks) <= 1  # (附件2 / 工作进度安排 / lines with no number: a part of its own too)


def unnumbered_heading(block: Line, after: list[Block], section: Node) -> bool:
    """一、经济发展 / its table / 民生保障 / 注:… / the next table: a heading that lost its numeral, between
    two tables under numbered headings — the next section, not words of the one before. A table that
    numbers its rows anew (1, 2 after 1, 2) is strong sign of one (续建项目, 民生保障:, up to 20
    characters); rows that count on take a line that reads only as a heading (no table's or page's
    words: 说明, 承上页, 内部资料, 制表人…; not the section's own title again)."""
    if not (section.numeral and section.children and section.children[-1].cells is not None):
        return False
    following = (b for b in after if not (isinstance(b, Line) and skipped_line(b.text)))
    if not isinstance(nxt := next(following, None), Table) or (cols := columns(nxt)) is None:
        return False
    text = ATTACHMENT_PREFIX.sub("", block.text.strip())
    furniture = (
        text in FURNITURE_WORDS
        or text.startswith(FURNITURE_OPENERS)
        or COUNT_LINE.match(text) is not None
        or FURNITURE_LINE.fullmatch(text) is not None
        or ((signer := SIGNED_BY.fullmatch(text)) is not None and is_named(signer.group(1)))
    )  # (联系群众, 责任分工, 审核把关 are headings: no one named after the word)
    if CONTINUED_TABLE.search(text) or furniture or text == section.head:
        return False
    if table_caption(text):
        return True  # 附件:某区2024年民生实事项目表 over a table of its own
    anew = first_number(nxt, cols) == 1
    words = text.rstrip(":：") if anew else text
    return reads_as_heading(words, HEADING_MAX if anew else HEADING_KEPT) and not looks_like_body(words)


def reads_as_heading(text: str, longest: int) -> bool:
    """Words that read as a heading whose numeral was lost: a few, no clause, no figure, bracket or stop."""
    return (
        len(text) <= longest
        and heading_words(text)
        and not has_clause(text, units=True)
        and not NOT_A_HEADING.search(text)
    )


def first_number(table: Table, cols: dict[str, int]) -> int | None:
    """The 序号 of a table's first numbered row."""
    if "number" not in cols:
        return None
    for row in table.rows[1:]:
        if cols["number"] < len(row) and (cell := row[cols["number"]].text.strip(".、． ")).isdigit():
            return int(cell)
    return None


HEADING_MAX = 20  # characters of a heading that lost its numeral, over a table numbered anew
HEADING_KEPT = 12  # … over rows that count on
NOT_A_HEADING = re.compile(r"[()（）\[\]【】\d０-９,，。:：;；、]|[表单]$")
CONTINUED_TABLE = re.compile(
    r"^续(?![建办])|续$|[(（]续|续前|续表|续上|待续|接上|上接|承上|见下|接下|前接|下转|转下|下页|上页"
)
FURNITURE_WORDS = (  # a table's or a page's own words, the whole line (各类民生实事, 共同富裕 are headings)
    "说明", "备注", "填表说明", "附表", "同上", "其他", "略", "内部资料", "非涉密", "公开", "机密", "秘密", "加急",
    "特急", "重要", "空白", "空白页", "此处空白", "此页无正文", "本页无正文", "责任人", "联系人", "分管领导",
    "单位", "日期",
)  # fmt: skip
FURNITURE_OPENERS = (
    "此页", "本页", "此件", "此处", "注:", "注：", "以下为", "以上为", "填表", "制表", "审核人", "签发人", "核稿",
    "共计", "公开方式", "内部资料", "分管领导", "重要提示", "空白处",
)  # fmt: skip
FURNITURE_LINE = re.compile(  # 秘密级, 特急件, 单位:万元, 以下空白, 日期待定
    r"(?:秘密|机密|绝密)级?(?:★.*)?|[特加]急件?|单位\s*[:：]?\s*[万亿千百]?元|以下(?:空白|无正文)|日期待定"
)
# 审核 张三, 签发王五: a signer's line (its name a person's: see unnumbered_heading)
SIGNED_BY = re.compile(r"(?:审核|签发|制表|填表|核稿|联系|责任)人?\s*[:：]?\s*([\u4e00-\u9fff]{2,3})")
COUNT_LINE = re.compile(r"共\s*[\d一二三四五六七八九十两]+\s*[页项条个件]")  # 共三页, 共2项


class Wrap(NamedTuple):
    """The width a page's lines were broken at, in characters and in terminal cells: a copy may have
    turned its full-width punctuation narrow (counted in characters, the lines stay alike), or kept it
    and broken the lines where a figure did not fit (counted in cells)."""

    chars: int
    cells: int

    def full(self, text: str, room: int) -> bool:
        """Whether a line reaches the width, `room` characters short at most."""
        return len(text) >= self.chars - room or text_width(text) >= self.cells - 2 * room


def wrap_width(lines: list[str]) -> Wrap | None:
    """The width a page's lines were broken at: most of its long lines, each its own words, are that
    long give or take one character; None when its lines are paragraphs, each as long as it is."""
    long = {  # a page's plain lines, each once (a numbered line or a table's row tells no wrapping)
        text
        for text in map(str.strip, lines)
        if len(text) >= WRAP_MIN and marker(text) is None and not any(c in text for c in "|｜\t")
    }
    if len(long) < WRAP_LINES:
        return None
    counts = Counter(map(len, long))
    # ties to the width most lines have, then the widest (never to a set's order, which each run's string
    # hashes change)
    best = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], counts[w], w))
    if counts[best - 1] + counts[best] + counts[best + 1] < WRAP_SHARE * len(long):
        return None
    cells = Counter(text_width(text) for text in long)
    return Wrap(best, max(cells, key=lambda w: (sum(cells[w + d] for d in range(-2, 3)), cells[w], w)))


WRAP_MIN = 20  # characters: a shorter line is a heading or a cell, whatever the page's width
WRAP_LINES = 12  # long lines a page needs before its width is told
WRAP_SLACK = 1  # a character a broken line may fall short of the width (a wide one did not fit)
WRAP_SHARE = 0.5  # of the long lines at the width: a page broken at it


def wraps_into(line: Line, nxt: Line, following: Block | None, width: Wrap, title: bool = False) -> bool:
    """Whether `nxt` carries on `line` (one physical line, as long as the page's and not closed), a page
    broken at `width`. Never when `nxt` opens an item, a known label (完成时限:…), a clause, a sub-heading
    or the 落款 (a signing office, an issuer over its date, a date); nor when it is a line of its own that
    only looks like one (附件…, 第十条…, …: at its end, 【…】, a bracketed aside) — a line as long as the
    page's goes on with its paragraph whatever it opens with. The notice's title goes on only with a
    short tail (…工作要点的通知), never with the addressee."""
    text, after = line.text.rstrip(), nxt.text.strip()
    if not after or (text.endswith(PARAGRAPH_ENDS) and not LABEL_END.search(text)):
        return False  # (…。责任单位: / 区发改委、区财政局: the label's value broken onto the next line)
    if heading_tail(text, after, width):
        return True
    if not width.full(text, room_for(after)):
        return False
    alone = not width.full(after, WRAP_SLACK)  # a short line: its paragraph's last, or a line of its own
    if title and (not alone or after.endswith(("：", ":"))):
        return False
    figure = FIGURE_START.match(after) is not None  # (…总额 / 1.25万亿元: a figure, no item's number)
    if (
        (marker(after) is not None and not figure)
        or after.startswith(KNOWN_LABELS)
        or task_label(after) is not None
        or role_line(after) is not None
        or bare_label(after)
        or is_date_line(after)
        or DASH_HEADING.match(after)
        or (is_issuer(after) and "、" not in after and not text.endswith("、") and signature_after(following))
    ):
        return False
    return not (
        alone
        and (
            after.endswith(("：", ":"))
            or after.startswith(OPENING_MARKS)
            or (LABEL_OPENING.match(after) is not None and not figure)
            or ASIDE_LINE.fullmatch(after) is not None
        )
    )


def heads_a_paragraph(line: Line, rest: list[Block], width: Wrap) -> bool:
    """一、加强事中事后监管,营造公平公正透明的市场秩序和法治环境 (as long as the page's lines) over a paragraph
    of its own: a section's heading, when the next numbered line is of a deeper level (1., (一)) — its
    paragraph is no words of it. A task of that style ((一)推进…) goes on into its sentence: the next
    numbered line is its sibling ((二)…)."""
    found = marker(line.text)
    after = rest[0].text.strip() if rest and isinstance(rest[0], Line) else ""
    if found is None or found[0] not in GROUP_STYLES or heading_tail(line.text, after, width):
        return False
    if "。" in line.text or open_brackets(line.text, 0) or not width.full(after, WRAP_SLACK):
        return False  # a run-in heading (标题。句子…), a clause it broke, or its last words on a short line
    words, ended, numbered = [], False, False  # the lines after it up to a short one or the next
    for block in itertools.islice(rest, PARAGRAPH_LINES):  # numbered line: the rest of the heading, when
        if not isinstance(block, Line) or marker(block.text) is not None:  # no sentence is in them
            numbered = True
            break
        words.append(block.text.strip())
        if not width.full(block.text.strip(), WRAP_SLACK):
            ended = True
            break
    run = "".join(words)
    # a heading's words hold no sentence, few commas (a paragraph strings its clauses on them)
    if (
        not any(stop in run for stop in "。；;")
        and sum(map((line.text + run).count, "，,")) <= HEADING_COMMAS
    ):
        lead_in = LEAD_IN.search(run) is not None  # …重点抓好以下工作: a paragraph's last words
        if ended and not (lead_in and len(words) >= LEAD_IN_LINES):
            return False  # …推动经济 / 实现质的有效提升和量的合理增长: the heading's own words
        leads_on = lead_in or run.endswith((":", "："))  # …主要任务是: right before the first item
        if numbered and not leads_on and len(line.text.strip()) + len(run) <= HEADING_CHARS:
            return False  # its last line as full as the rest, then its first item
    nxt = next(
        (m for b in itertools.islice(rest, PARAGRAPH_REACH) if isinstance(b, Line) and (m := marker(b.text))),
        None,
    )
    return nxt is not None and nxt[1] > found[1]


PARAGRAPH_REACH = 40  # lines looked at for the numbered line after a heading's paragraph
HEADING_CHARS = 100  # a heading broken over lines is no longer: past it, a paragraph with no stop
HEADING_COMMAS = 3  # commas a heading holds at most (坚持…,加快构建…,推动…)
LEAD_IN = re.compile(
    r"(?:以下|如下|包括)[^，,。；;]{0,10}[:：]?$"
)  # …重点抓好以下工作: a paragraph's last words
LEAD_IN_LINES = 3  # lines up to a lead-in that make a paragraph (a heading's second line and a lead-in
# line are the heading and its paragraph: the heading's unwrapping stops before a lead-in line)
PARAGRAPH_LINES = 8  # lines read on for the end of what follows a heading (a heading is never longer)


def heading_tail(text: str, after: str, width: Wrap) -> bool:
    """一、提高基层党建工作水平,加强党对基层治理的全面 / 领导: a heading (set in a larger type, it breaks a
    few characters earlier than the page's lines) and the last words it broke off — a few, no stop."""
    found = marker(text)
    return (
        found is not None
        and found[0] in GROUP_STYLES
        and width.full(text, HEADING_ROOM)
        and len(after) <= width.chars // 4
        and marker(after) is None
        and not any(c in after for c in "。；;:：,，、()（）")
    )


HEADING_ROOM = 3  # characters a heading's line may end short of the page's width


def room_for(after: str) -> int:
    """How far short of the width a line broken before `after` may end: a character, and the figure or
    Latin word that did not fit (…全年改造老旧小区 / 120个…), and a stop no line may open with (…6%以上 /
    ，工业投资…)."""
    word = LEADING_WORD.match(after)
    return WRAP_SLACK + (len(word.group()) if word else 0) + (after[0] in NO_LINE_START)


LEADING_WORD = re.compile(r"[0-9A-Za-z.%]{1,12}")
FIGURE_START = re.compile(f"\\d+\\.\\d+\\s*(?:[万亿千百十]|%|{MEASURE_ALTERNATION})")  # 1.25万亿元, 1.5%
NO_LINE_START = "，。、；：？！）」』》〉”,.;:?!)"


def signature_after(following: Block | None) -> bool:
    """What follows an issuer's line in a 落款: the end, a date (2024年3月1日, 2024年3月) or another issuer."""
    if following is None:
        return True
    text = following.text.strip() if isinstance(following, Line) else ""
    if text.startswith(DEADLINE_WORDS):
        return False  # (…、区住建局 / 完成时限:…: a list, then its item's deadline)
    return signing_date(text) or is_issuer(text)


def signing_date(text: str) -> bool:
    """A 落款's date line: a day (2024年3月1日), or a month alone (2024年3月, 二〇二四年三月)."""
    return is_date_line(text) or MONTH_LINE.fullmatch(text.strip()) is not None


def names_apart(line: str, nxt: str) -> bool:
    """A list of names broken between two of them (…、区住建局 / 区交通运输局、…): joined by 、, where a
    name broken inside (园区党工 / 委, 区委 / 宣传部, 各镇 / 人民政府) joins as it stands: both pieces
    whole bodies by their own words (not by 各/有关 alone), and not one body together."""
    head, _, last = line.rstrip().rpartition("、")
    first = re.split("[、,，。;；]", nxt.strip(), maxsplit=1)[0]
    whole = is_unit(last) and is_unit(first) and not last.startswith(VAGUE) and not first.startswith(VAGUE)
    return bool(head) and whole and not is_unit(last + first)


LABEL_OPENING = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[:：]|附件|抄送|第[一二三四五六七八九十百]+条|\d+\.\d+")
OPENING_MARKS = ("【", "★", "☆", "●", "◆", "■", "□", "※")  # lines that open with their own mark
ASIDE_LINE = re.compile(r"[(（][^()（）]{1,30}[)）]")  # (此件公开发布)
MONTH_LINE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|十?[一二三四五六七八九十])\s*月"
)


PARAGRAPH_ENDS = ("。", "！", "？", "；", "!", "?", ";", ":", "：", ")", "）")  # (…牵头) ends its item


def captions(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """Captions of a notice's tables: when it holds more than one (附件1 / 2022年…预期目标任务分解表 /
    table, 附件2 / …重点工作任务分解表 / table), each heads a section of its own (the rows had run on from
    one table into the next, renumbered); a single table's caption stays out, as the plan's title. A
    caption right under the notice's own heading (一、经济发展 / …任务表 / table) is the heading's: the
    second set, kept out, said."""
    found, headed = [], set()
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        k = i - 1
        while (
            k >= 0
            and isinstance(line := blocks[k], Line)
            and (ATTACHMENT_LABEL.fullmatch(line.text) or TABLE_NOTE.fullmatch(line.text))
        ):
            k -= 1  # 附件2 over its caption, (单位:万元) under it
        before = blocks[k] if k >= 0 else None
        if isinstance(before, Line) and table_caption(before.text):
            if k > 0 and isinstance(above := blocks[k - 1], Line) and group_line(above.text):
                headed.add(id(before))
            else:
                found.append(id(before))
    return (set(found) if len(found) > 1 else set()), headed


ATTACHMENT_LABEL = re.compile(r"附件\s*[0-9一二三四五六七八九十]{0,2}[:：]?")
ATTACHMENT_PREFIX = re.compile(r"^附件\s*[0-9一二三四五六七八九十]{0,2}(?:\s*[:：]|\s+)\s*")  # 附件1：…


def unnumbered_tasks(blocks: list[Block]) -> set[int]:
    """In a notice with no numbered item and no task table, the lines that are tasks written without a
    number: each followed by a responsibility label line (全区集团化办学覆盖率达到60% / 责任单位:区教委 /
    完成期限:…), at least two of them; or paragraphs led by a label of their field (党建工作:完善…,
    经济工作:坚持…), at least two of them. The ids of those Line blocks."""
    found = {
        id(line)
        for line, after in itertools.pairwise(blocks)
        if isinstance(line, Line)
        and isinstance(after, Line)
        and len(line.text) >= MIN_TASK
        and not bare_label(line.text)
        and role_line(line.text) is None
        and not deadline_line(line.text)
        and role_line(after.text) is not None
    }
    if len(found) >= 2:
        return found
    labelled = [k for k, b in enumerate(blocks) if isinstance(b, Line) and field_paragraph(b.text)]
    before = [b.text for b in blocks[: labelled[0]] if isinstance(b, Line)] if labelled else []
    if len(labelled) < 2 or any(REPORTED.search(to_simplified(t)) for t in before):
        return set()  # (青石街道2024年工作总结 / 党建工作：全年新建…: what was done, no plan)
    return {id(blocks[k]) for k in labelled}


# a page reporting work done or said, above its paragraphs (工作总结, 工作报告, 召开…会议), not a plan that
# carries out a meeting's spirit (贯彻落实…会议精神, 经…会议研究同意)
REPORTED = re.compile("总结|工作报告|述职|汇报|召开|会议(?!精神|研究|审议|通过|部署)")


FIELD_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8})[:：](?=.*[,，。；;])(.{30,})")  # 党建工作:完善…,…。
# what a field's label ends with (党建工作, 平安建设, 民生保障; not 索引号, 指导思想, 工作目标, 会议指出, 王强)
FIELD_WORDS = (
    *("工作", "建设", "发展", "治理", "服务", "保障", "管理", "改革", "事业", "党建", "稳定", "创建"),
    *("整治", "振兴", "生产", "环境", "安全", "民生", "经济"),
)


def field_paragraph(text: str) -> bool:
    """A paragraph led by the field it plans for (党建工作:完善党建引领机制,…): a short label in words, a
    colon, then a paragraph of sentences — not a page's 来源:X 发布时间:… (no sentence), a role or date
    label, nor a body's duty line (区民政局:负责…)."""
    found = FIELD_LABEL.match(text.strip())
    return (
        found is not None
        and found.group(1).endswith(FIELD_WORDS)
        and role_line(text) is None
        and not deadline_line(text)
        and not bare_label(text)
        and not looks_like_body(found.group(1))
    )


MIN_TASK = 8  # characters: a task has its words, a heading or a label its few


def bulleted(blocks: list[Block]) -> tuple[list[Block], set[int], set[int]] | None:
    """A notice with no number whose items are led by bullets (`● 甲。(X牵头) ● 乙。(Y牵头)`, as news pages
    reprint a 分工意见, often on one line): the lines parted at the bullets, with the ids of the items
    (every piece after a bullet but a short heading over items: `◆ 提升创新能力`) and of the headings.
    None unless two pieces or more close with their own clause: elsewhere bullets are page furniture."""
    out: list[Block] = []
    pieces: list[tuple[Line, bool]] = []  # each bullet's piece, and whether it closes with a clause
    for block in blocks:
        # a piece the page wrapped onto this line: one piece
        if isinstance(block, Line) and wrapped_piece(block, pieces, out):
            joined = Line(pieces[-1][0].text + block.text.strip(), pieces[-1][0].where)
            pieces[-1] = joined, names_its_units(joined.text)
            out[-1] = joined
            continue
        if not isinstance(block, Line) or not BULLET.search(block.text):
            out.append(block)
            continue
        first, *rest = BULLET.split(block.text)
        if first.strip():
            out.append(Line(first.strip(), block.where))
        for piece in filter(None, map(str.strip, rest)):
            pieces.append((Line(piece, block.where), names_its_units(piece)))
            out.append(pieces[-1][0])
    if sum(clause for _, clause in pieces) < 2:
        return None
    heads = {
        id(line)
        for (line, clause), after in itertools.zip_longest(pieces, pieces[1:])
        if not clause
        and short_heading(line.text)
        and after is not None
        and (after[1] or not short_heading(after[0].text))
    }  # (a short piece with no item after it is an item the page cut short: 加强知识产权保护)
    return out, {id(line) for line, _ in pieces} - heads, heads


def names_its_units(piece: str) -> bool:
    """Whether a bulleted piece closes with its own clause, bracketed or a sentence (…,区人社局负责。)."""
    return has_clause(piece, units=True) or clause_sentence(piece)[1] is not None


def wrapped_piece(line: Line, pieces: list[tuple[Line, bool]], out: list[Block]) -> bool:
    """Whether a line goes on the bulleted piece just before it: it has no bullet, and the piece no end."""
    return (
        bool(pieces)
        and out[-1] is pieces[-1][0]
        and not BULLET.search(line.text)
        and not pieces[-1][0].text.rstrip().endswith(WRAP_ENDS)
    )


WRAP_ENDS = ("。", ";", "；", "!", "！", "?", "？", ")", "）")  # a bulleted piece closed: no line wraps it
BULLETS = "●•◆◇■▪▶►★☆"
BULLET = re.compile(rf"\s*[{BULLETS}]+\s*|(?:^|\s+)\?+\s+")  # (a lone ? is a bullet the page's encoding lost)


def owned_under(owner: str, node: Node) -> bool:
    """Whether a body's own line (区房管局:细化…) opens an item under a numbered item with words of its own
    that names no one ((五)明确各方工作职责。坚持…，落实管理职能。 / 区房管局:… / 区财政局:…; set 85)."""
    return bool(owner) and node.rank < LABEL_RANK and node.cells is None and not has_clause(node.head)


def duty_line(text: str, node: Node) -> str | None:
    """The bodies an unnumbered line charges with its duty under a heading dividing the duties (三、职责分工,
    （二）细化职责分工 / 房管所负责…； / 城运中心结合…，协同做好…), as written: each of its duties' (区市场监管局负责…；
    区教育局负责…); where others help it, its one lead (区交通委（区审计局配合）负责…: the item's own clause may
    read only the helpers), or "" (由区住建局、区水务局负责…，区交通委配合: its clause says how);
    None for any other line — the document's own (本方案由…负责解释), the group dividing the duties (区安委会
    办公室根据职责，将各项任务分解…), a kind of firm or people (物业公司, 各网格员)."""
    if (
        not DIVIDING.search(node.head.partition("。")[0].strip().strip("（）()"))  # ((三)强化部门协同。加强…:
        # its title; 第四条（责任分工）: in brackets)
        or node.cells is not None
        or has_clause(node.head)
        or len(text) < MIN_DUTY
    ):
        return None
    if DOCUMENTS_OWN.match(text) or ("分解" in text and "负责" not in text):  # (…根据职责，将任务分解到…)
        return None
    text = duty_text(CONNECTIVE.sub("", text))  # (同时，区卫健委负责…: another body's duty)
    openings = [COMMAS.split(piece)[0] for piece in re.split("[。；;]", text) if piece.strip()]
    if (clause := duty_sentences(openings, asked=True)) is not None:
        if clause.support:
            return clause.lead[0] if len(clause.lead) == 1 else ""
        names = [*clause.lead, *clause.undetermined]
    else:
        simple = to_simplified(openings[0]) if openings else ""
        names = next(  # (…工作领导小组根据职责，…: no body's duty)
            (
                named
                for pattern in (DUTY, ASKED_DUTY)
                if (found := pattern.match(simple)) is not None and len(found["units"]) <= DUTY_NAME
                if (
                    named := bodies_alone(
                        as_written(openings[0], simple, found, "units"), levelled=False, duty=True
                    )
                )
            ),
            [],
        ) or verb_bodies(openings[0] if openings else "")
    if not names or any(
        dividing_group(n) or (governed(n) and not named_firm(to_simplified(n))) for n in names
    ):
        return None
    return "、".join(names)


def opens_duty(words: str) -> bool:
    """Whether a body's words after its name open with its duty (负责…, 牵头…, 依法…, 配合…, 组织协调…), not
    with what was done (县水利局：汇报了…, 开展了…: minutes)."""
    duty = to_simplified(words).lstrip()
    if (aside := HELPER_ASIDE.match(duty)) is not None:  # (（县水利局配合）负责…: its helpers, then its duty)
        duty = duty[aside.end() :]
    verb = DUTY_VERB.match(duty)
    return (
        duty.startswith((*DUTY_WORDS, *LEADING, *DUTY_MANNERS))
        or PAIRING_VERB.match(duty) is not None
        or (verb is not None and not duty.startswith("了", verb.end()))
    )


def duty_text(line: str) -> str:
    """A duty line with the colon after its body's name taken out (区建管委：负责道路建设。, 区卫健委：配合区市场
    监管局…): its name, then its duty, as the clause grammar reads a sentence."""
    name, colon, duty = line.partition("：" if "：" in line[: DUTY_NAME * 2] else ":")
    opens = duty.lstrip().startswith(DUTY_WORDS) or PAIRING_VERB.match(duty.lstrip()) is not None
    if colon and opens and bodies_alone(name, levelled=False, duty=True):
        return name + duty.lstrip()
    return line


CONNECTIVE = re.compile(r"^(?:(?:同时|另外|此外|并且)(?:[,，]|(?=[区市县镇街各]))|并[,，]|并请|请)")
GOING_ON = ("同时", "并", "另外", "此外", "还", "负责", "牵头", "配合", "参与", "协助")  # 同时负责…: its duty


def going_on(line: str) -> bool:
    """Whether a line after a body's closed duty goes on with it (同时负责…, 牵头做好…), not another's
    opening with a body's word (牵头部门负责定期通报: the heading's words, kept out)."""
    m = DUTY.match(simple := to_simplified(line.strip()))
    return simple.startswith(GOING_ON) and not (m and looks_like_body(m["units"]))


def duties_body(cell: str) -> bool:
    """Whether a duties table's first cell names a body (not 合计, 备注, 其他单位)."""
    body = to_simplified(ASIDE.sub("", cell))
    return (
        is_unit(body) and not body.startswith(("其他", *VAGUE)) and (not governed(body) or named_firm(body))
    )  # (物业公司: a kind of firm, as in duty lines; 上海城投集团 is one)


def ended(node: Node) -> bool:
    """Whether a node's last line closes its sentence (…工作。 / …保障；): the next line is a new one."""
    last = (node.body[-1].text if node.body else node.head).rstrip()
    return last.endswith(tuple(f"{SENTENCE_ENDS}；;"))


def verb_bodies(opening: str) -> list[str]:
    """The bodies a line opens with before what they do or are (区应急局强化…, 区水务局是…总牵头单位), the
    longest name that reads whole: 区委组织部组织开展… is 区委组织部's, not 区委's (pass 127)."""
    # (区教育局（区卫健委配合）组织开展…: its clause names the helpers)
    opening = HELPER_ASIDE.sub("", opening)
    simple = to_simplified(opening)
    verbs = [  # (区委组织部…: the 组织 of its name is no verb)
        v for v in DUTY_VERB.finditer(simple, 2, DUTY_NAME + 1) if not names_office(simple, v.start())
    ]
    for found in reversed(verbs):  # (区委社会组织工作部指导社会…: a body, then its verb, inside: too long)
        spans_a_duty = any(  # (区教育局组织区教师进修学院…: 组织 before another body is its verb)
            v.start() < found.start() and bodies_alone(opening[: v.start()], levelled=False) for v in verbs
        )
        prefix = opening[: found.start()]
        if spans_a_duty or open_brackets(prefix, 0) or ASIDE.search(prefix) or BETWEEN_BODIES.search(prefix):
            continue  # (区交通委（区审计局配合）, 村民委员会在镇人民政府…: no one name)
        if named := bodies_alone(prefix, levelled=False, duty=True):
            return named
    return []


DUTY_VERB = re.compile(
    "加强|强化|指导|做好|落实|开展|组织|推进|协调|督促|配合|参与|协助|统筹|承担|履行|是|为|联合|会同|协同"
)
NAME_VERBS = ("组织", "推进", "协调", "合作")  # verbs that name offices too (区委组织部, 区推进办, 区协调办)
OFFICE_AFTER = re.compile("[\u4e00-\u9fff]{0,2}?(?:部|办|中心|处|科|股|室|局|委|站)")  # (组织部, 合作交流办)


def names_office(text: str, at: int) -> bool:
    """Whether the verb at `at` is an office's name's (区委组织部, 区推进办): no deed."""
    return text[at : at + 2] in NAME_VERBS and OFFICE_AFTER.match(text, at + 2) is not None


# 村民委员会在镇人民政府指导下…: two bodies, no name; 执法工作由区城管执法局统筹: no one name (自由 is a word)
BETWEEN_BODIES = re.compile("[在将对向把与和及]|(?<!自)由")


def dividing_group(name: str) -> bool:
    """Whether a name is the group dividing the duties (镇领导小组, 区工作专班) or people (各网格员, 志愿者)."""
    simple = to_simplified(name)
    stem = simple.lstrip(LEVELS + "各")  # (各部门, 成员单位: kinds; 区规划资源部门 is a department)
    return (GENERIC_KIND.fullmatch(stem) is not None and len(stem) <= KIND_NAME) or simple.endswith(
        DIVIDING_GROUPS
    )


KIND_NAME = 4  # characters of a kind of body's name (成员单位, 有关部门)
DIVIDING_GROUPS = ("领导小组", "工作小组", "员", "者")
DOCUMENTS = "办法|规定|方案|细则|意见|制度|规则|条例|预案|计划|决定"  # what a notice calls itself (本办法…)
# a line of the document's own: who reads it, what changes it
DOCUMENTS_OWN = re.compile(f"(?:本(?:{DOCUMENTS}|通知)|上述|以上|如有)")
DIVIDING = re.compile(  # a heading over each body's duties (not 落实工作职责，…)
    "(?:职责|分工|(?:属地|管理|主体|各方)责任|部门协同)(?:如下)?[:：。]?$"
)
MIN_DUTY = 8  # characters of a body's duty line (区财政局负责资金保障)


def owned_lines(blocks: list[Block]) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """A 工作分工 written body by body, each line opening with the body's name and a colon or a gap
    (办公室:组织、协调… / 法规处  负责规范性文件的法律审核…), two or more such lines in a row — or, under
    words that say the duties follow (…任务作如下明确:) before any numbered line, each opening with its
    bodies and their duty (区住建局负责…, 区委农办要结合…) up to the next numbered line, date or 落款: the ids of
    those Line blocks, with (body, its share); and the ids of the announced ones (a line after one's
    closed duty that does not go on with it is none of it)."""
    found: dict[int, tuple[str, str]] = {}
    announced_ids: set[int] = set()
    run: list[tuple[int, tuple[str, str]]] = []
    announced = numbered = False  # the duties follow, announced; a numbered line came first
    for block in [*blocks, None]:
        text = block.text if isinstance(block, Line) else ""
        share = owned_share(text) if text else None
        if share is None and announced and text and (share := charged_share(text)) is not None:
            announced_ids.add(id(block))
        if share is not None and block is not None:
            run.append((id(block), share))
            continue
        if announced and text and marker(text) is None and not is_date_line(text) and not is_issuer(text):
            continue  # (同时，要会同…; 各有关单位要按照上述分工…: between or after them, not the end of them)
        if len(run) >= 2 or (announced and run):
            found.update(run)
        run = []
        numbered = numbered or (bool(text) and marker(text) is not None)
        announced = not numbered and DUTIES_FOLLOW.search(to_simplified(text)) is not None
    return found, announced_ids & set(found)


# …的任务作如下明确: / 现将职责分工明确如下: / 具体分工如下: — each body's duty on the lines below (有关责任要求
# 如下: what is asked of them, no division of the work)
DUTIES_FOLLOW = re.compile(r"(?:任务|职责|分工)[^。；;要]{0,12}(?:如下明确|明确如下|如下)[:：]\s*$")


def charged_share(text: str) -> tuple[str, str] | None:
    """(bodies, their duty) for a line that opens with the bodies' names and their duty (区住建局负责…,
    区委农办要结合…, 县水利局、县生态环境局负责…, 县住建局（县水利局配合）负责…: the helpers' aside goes with
    the duty), as a list of duties announced above it writes them; None for what was done (县财政局负责
    的资金已拨付到位), or a numbered line."""
    simple = to_simplified(text.strip())
    if marker(simple) is not None or PAST.search(simple) or DOCUMENTS_OWN.search(simple):
        return None  # (7.村委会负责…: a numbered item, read as such or not at all; a fact; the notice's own)
    for pattern in (DUTY, ASKED_DUTY):
        found = pattern.match(simple)
        if found is None or len(HELPER_ASIDE.sub("", found["units"])) > DUTY_NAME:
            continue  # (its name, its helpers' aside aside, no longer than a body's)
        written = as_written(text.strip(), simple, found, "units")
        name = HELPER_ASIDE.split(written)[0]  # (县住建局（县水利局配合）: the aside goes with the duty)
        if announcing(simple, found):
            return None  # (县政府将把整治工作纳入…考核: the government announcing the list, what it will do)
        if bodies_alone(name, levelled=False, duty=True):
            return name, text.strip()[len(name) :]
    return None


def announcing(simple: str, m: re.Match[str]) -> bool:
    """Whether the bodies a sentence opens with are the plan's government saying what it will do
    (县委县政府将把…纳入考核, 区政府将…列入预算): no duty it is charged with, whoever carries it out."""
    return GOVERNMENT.fullmatch(m["units"].strip()) is not None and simple.startswith("将", m.end())


# the government whose offices a list charges, with its party committee (县委县政府, 县委、县政府, 区委区政府)
GOVERNMENT = re.compile("(?:[省市州县区旗乡镇]委、?)?[省市州县区旗乡镇](?:人民)?政府")
HAN = re.compile(r"[\u4e00-\u9fff]")
PHONE = re.compile(r"\d{7,}|\d{3,4}-\d{7,8}|1\d{2}[-\s]\d{4}[-\s]\d{4}")  # a telephone (not 2021-2023)
OWNED_LINE = re.compile(r"\s*([\u4e00-\u9fff()（）、]{2,40}?)(?:\s*[:：]\s*|\s{2,})(\S.*)")


def owned_share(text: str) -> tuple[str, str] | None:
    """(body, share) when a line opens with a body's name alone before a colon or a gap, and the rest is
    a task's words (not a label line: 责任单位:…, 完成时限:…)."""
    m = OWNED_LINE.fullmatch(text)
    if m is None or marker(text) is not None or len(HAN.findall(m.group(2))) < MIN_TASK:
        return None  # 区发展改革委  张三  副主任  65431234: a contact list names people, no task
    if PHONE.search(m.group(2)):
        return None
    name = m.group(1)  # (区经委（商务委）: its other name aside; 各镇政府、街道办事处、头桥集团: several)
    names = names_of(name) if len(name) <= BODY_HEADING or "、" in name else []
    if not names or not all(body_aside(n) for n in names):
        return None
    if prefix_role(name + ":") is not None:
        return None
    if role_line(text) is not None or task_label(text) is not None or deadline_line(text):
        return None
    return name, m.group(2)


def numbered_points(node: Node) -> tuple[list[Line], list[Node]] | None:
    """A heading with words of its own ((一)实施城乡空间优化行动 / 坚持…。), or none, over numbered or bulleted
    lines that each name their own units (1.优化城乡结构布局 / …。(牵头单位:X) / 2.…; ● 甲(X牵头) / ● 乙(Y牵头)):
    its lines before them, and the points as its items. None when the points share one clause (only the last names it: the item's own list) or the
    heading names it."""
    intro: list[Line] = []
    points: list[Node] = []
    style = ""
    for line in node.body:
        found = marker(line.text) or bullet_point(line.text, len(points) + 1)
        if (
            found is not None
            and found[3]
            and found[1] > node.rank
            # counted from 1, or on from the heading before (（一）… 1. 2. / （二）… 3. 4.)
            and found[2] == (points[-1].number + 1 if points else found[2])
            and found[0] == (style or found[0])
        ):
            style = found[0]
            points.append(
                Node(found[1], found[2], line.text[: len(line.text) - len(found[3])], found[3], line.where)
            )
        elif points:
            points[-1].body.append(line)
        else:
            intro.append(line)
    if not points:  # (most items: no clause of the head is looked for)
        return None
    # 领导小组工作职责： / 1.召集… / 2.确定…: a body's duties, each its item, the body leading
    if intro and len(points) >= 2 and (owner := duties_owner(intro[-1].text)):
        # (成员单位职责： / 1.县水利局：负责…: a point naming its own body is that body's)
        for point in points:
            if not point_clause(point):
                point.owner = owner
        return intro, points
    # (一)…,实施如下重点项目: / 2.… / 3.…: a list it announces, counted on from the section before
    announced = LEAD_IN.search((intro[-1].text if intro else node.head).rstrip()) is not None
    if points[0].number != 1 and (
        has_clause(node.head) or any(map(names_units, intro)) or not (heading_words(node.head) or announced)
    ):
        return None  # （一）…。 / 牵头单位:… / 2.… : an item of its own, its count shared with the next ones
    if has_clause(node.head) or clause_sentence(node.head)[1] is not None:
        # 1.完善养老服务体系,区民政局牵头。 / ● …,各街道配合。: an item with its measures; its points are its
        # sub-items when any names who does it (the last one too: the heading's clause is not theirs)
        return (intro, points) if any(map(point_leads, points)) else None
    if style == "bullet" and len(points) == 1:  # 二、社会民生 / ● 办好实事(区民政局牵头): its one item
        return (intro, points) if point_clause(points[0]) else None
    if announced and all(map(point_clause, points)):  # (二)…,实施以下项目: / 4.…(牵头单位:X): its one item
        return intro, points
    if len(points) < 2 or not any(map(point_clause, points[:-1])):
        return None
    return intro, points


def duties_owner(line: str) -> str:
    """The body a line names as the owner of the duties listed under it (领导小组工作职责：, 区级指挥部主要职责如下：,
    项管办的职责：), as written; "" for any other line."""
    found = DUTIES_LABEL.fullmatch(line.strip())
    name = found[1] if found else ""
    if not name or KIND_OF_BODIES.fullmatch(to_simplified(name)):
        return ""  # (成员单位职责：, 牵头单位职责：, 各部门职责：: whose duties, by kind — each point names its own)
    return name if looks_like_body(name) and not deed_after_body(name) else ""


KIND_OF_BODIES = re.compile("[\u4e00-\u9fff]{0,4}(?:单位|部门|机构)")


DUTIES_LABEL = re.compile(r"(.{2,15}?)(?:的)?(?:主要)?(?:工作)?职责(?:是|为|如下|包括)?[:：]")


def names_units(line: Line) -> bool:
    """A role line naming bodies (牵头单位:区发改委), not only people (责任领导:李强)."""
    clause = role_line(line.text)
    return clause is not None and bool(clause.lead or clause.support or clause.undetermined)


def point_leads(point: Node) -> bool:
    """Whether a point names who does it (● 推进一网通办,区政务服务中心负责。; 1.县水利局负责水库安全。), not
    only who helps."""
    text = "".join(line.text for line in flattened(point))
    return any(  # (its opening words read without its numeral)
        c is not None and bool(c.lead or c.undetermined)
        for c in (
            find_clauses(text)[1],
            clause_sentence(text)[1],
            clause_sentence(point.head, opening=True)[1],
        )
    )


def measure_clause(text: str) -> tuple[str, Clause] | None:
    """A bulleted measure under an item closed by who helps with it (● 新建食堂5家,区国资委、各街道配合。):
    its words without the clause, and the clause; None for any other line."""
    if not (LEADING_BULLET.match(text) or ORDINAL_POINT.match(text)):
        return None
    kept, found = clause_sentence(text)
    return (
        (kept, found)
        if found is not None and found.support and not (found.lead or found.undetermined)
        else None
    )


def point_clause(point: Node) -> bool:
    """Whether a point names its own units, in brackets, a label line or a sentence (● 推进改革,X牵头。)."""
    # (1、试点推进。区城管执法局联合属地街镇…遴选…: its opening words; 1.县水利局负责… and 1.县水利局：负责…:
    # read without its numeral)
    openings = (duty_text(point.head), *(line.text for line in flattened(point)))
    return any_clause(point) or any(clause_sentence(text, opening=True)[1] is not None for text in openings)


def ordinals_apart(head: str, where: str) -> tuple[str, list[Line]]:
    """An item's one line holding its points run in after its sentence (推进旧区改造,区旧改办牵头。一是完成…,
    区房管局负责;二是启动…,区征收中心负责。): the head, and each point a line of its own — as they are when
    written on lines of their own; the head alone otherwise. Two points or more, counted from 一是."""
    starts = [m.start(1) for m in INLINE_ORDINAL.finditer(head)]
    counted = [k for k, at in enumerate(starts) if chinese_number(head[at : head.index("是", at)]) == k + 1]
    if len(starts) < 2 or len(counted) != len(starts):
        return head, []
    last = head[starts[-1] :]
    stop = next((k + 1 for k, c in enumerate(last) if c in "。!！"), len(last))  # the item's own words after
    tail = last[stop:]  # its last point ((区旧改办牵头,6月底前完成), 全年完成征收2000户。) stay the item's;
    point = last[:stop]  # a sentence naming its own units goes on with a last point that names none
    if clause_sentence(tail)[1] is not None and not has_clause(point) and clause_sentence(point)[1] is None:
        stop, tail = len(last), ""  # (二是启动前期工作。做好安置,区房管局负责。: one point)
    ends = [*starts[1:], starts[-1] + stop]
    return head[: starts[0]] + tail, [Line(head[a:b], where) for a, b in zip(starts, ends, strict=True)]


INLINE_ORDINAL = re.compile(r"[。;；]\s*([一二三四五六七八九十]{1,3}是)")


def bullet_point(text: str, n: int) -> tuple[str, float, int, str] | None:
    """A line led by a bullet (● 推进改革(区发改委牵头)), a dash (——推进…) or its ordinal (一是推进…, 第二,…),
    as `marker` says a numbered one: the n-th point."""
    if found := LEADING_BULLET.match(text):
        return ("bullet", BULLET_RANK, n, text[found.end() :].strip())
    if found := ORDINAL_POINT.match(text):
        counted = found["is"] or found["th"]
        if counted is not None and chinese_number(counted) != n:
            return None  # 一是…、三是…: a count that skips is no list of points
        style = "dash" if counted is None else "ordinal" if found["is"] else "第"
        return (style, BULLET_RANK, n, text[found.end() :].strip())
    return None


ORDINAL_POINT = re.compile(
    r"\s*(?:[—－]{2}|(?P<is>[一二三四五六七八九十]{1,3})是|第(?P<th>[一二三四五六七八九十]{1,3})[,，、:：])"
)


LEADING_BULLET = re.compile(
    rf"\s*(?:[{BULLETS}➢➤▸◦○◎▲△□❖✓✔Ø·\ue000-\uf8ff]+|-)\s*"
)  # (a Word symbol font's too)
BULLET_RANK = 4.5  # under any numbered line: a bullet never heads a level of its own


def cut_in_bracket(inside: str) -> str:
    """The last piece of a list of bodies in a bracket the page never closed, when it is no body's name
    (国务院审改办、人力: 人力资源社会保障部 cut), or ""."""
    names, _, piece = inside.rpartition("、")
    whole = names and all(looks_like_body(n) for n in names.split("、"))
    return piece if whole and 0 < len(piece) <= CUT_PIECE and not looks_like_body(piece) else ""


CUT_PIECE = 4  # characters: what is left of a name a page cut inside a bracket


def own_item(root: Node, region: str) -> Node | None:
    """The one item a section with none under it is: its lines' task when its heading names who does it
    (三、省委政法委 / 深入开展…); itself when its heading or a clause of its own names its units
    (二、做好防汛工作(区应急局牵头)。, or 一、主要目标 / … / 由…负责落实。). None for a section of words only
    (一、总体要求 / …): no task."""
    if heading_owner(root.head, region) is not None and root.body:
        first, *rest = root.body
        return Node(LABEL_RANK, 1, "", first.text, first.where, body=rest)
    if (
        any_clause(root)
        or clause_sentence(root.head)[1] is not None
        or any(map(all_clause, root.body))
        or (article_number(root.numeral.strip()) is not None and any(map(charges, root.body)))
    ):  # (第四条　备案管理 / …由建管中心牵头，营商办…参与审核…: an article's duties, one item)
        return Node(LABEL_RANK, 1, "", root.head, root.where, body=list(root.body))
    return None  # (一、总体要求 / …,各部门要切实负责。: a paragraph's closing words are no task's clause)


def charges(line: Line) -> bool:
    """Whether a paragraph says which bodies do its work, as an item's words would (X负责…, 由X牵头，Y参与…)."""
    found = clause_sentence(line.text, opening=True)[1]
    return found is not None and bool(found.lead or found.support or found.undetermined)


def owner_line(line: Line) -> bool:
    """A line under a heading that names who answers for its items, and nothing else."""
    return owner_clause(line) is not None


def owner_clause(line: Line) -> Clause | None:
    """The clause of a line under a heading that names who answers for its items and nothing else
    (牵头单位:区民政局, 配合单位:各街道, 分管领导:王五副区长, 由…负责落实。); None for any other line."""
    found = role_line(line.text)
    if found is not None and (
        found.lead or found.support or found.undetermined or any(map(person, found.leaders))
    ):
        return found
    return clause_sentence(line.text)[1] if all_clause(line) else None


def person(name: str) -> bool:
    """A leader's name as written (王五副区长, 王五(常务副区长)), not a body's (责任领导:区政府办公室)."""
    kept = [0, *(i for span in bracket_groups(name) for i in span), len(name)]  # a post in brackets, of
    bare = "".join(name[a:b] for a, b in zip(kept[::2], kept[1::2], strict=True))  # any length, is no name
    return PERSON_NAME.fullmatch(bare) is not None and not looks_like_body(name)


def all_clause(line: Line) -> bool:
    """A line that is a clause sentence and nothing else: 由市人民政府各相关部门…负责落实。"""
    if not line.text.lstrip().startswith("由") and role_line(line.text) is None:
        return False  # (各部门要积极配合。, 各街道、各部门要切实负责。: an exhortation, no one's task)
    kept, found = clause_sentence(line.text)
    return found is not None and bool(found.lead or found.undetermined) and not kept.strip("。;；,， ")


def heading_owner(heading: str, region: str = "", duty: bool = False) -> tuple[str, str] | None:
    """("leader" or "lead", name) when a heading groups tasks under a leader (三、李某副区长牵头事项) or a
    body (一、县示范区管委会牵头工作(8项), or its name alone: 五、省发改委, 区住房保障和房屋管理局, or under
    the notice's region in full: 虹口区绿化和市容管理局), as written; None otherwise."""
    simple = to_simplified(heading)  # 王浩省長牽頭: matched simplified, the name kept as written
    written = heading if len(simple) == len(heading) else simple
    if m := LEADER_HEADING.match(simple):
        return "leader", written[m.start(1) : m.end(1)]
    if (
        (m := UNIT_HEADING.match(simple))
        and looks_like_body(m.group(1))
        and not LISTED.search(m.group(1))
        and not m.group(1).endswith(KINDS_OF_BODIES)  # (县直部门承担的任务, 各成员单位负责以下工作: pass 146)
    ):
        return "lead", written[m.start(1) : m.end(1)]  # 省监察厅、省审计厅牵头的工作 names two: no one lead
    if len(names := bodies_alone(heading, region, duty=duty)) == 1:
        return "lead", names[0]  # 五、省发改委: a department's share of the plan, under its name
    if (
        (m := MEMBERS_NAMED.fullmatch(simple.strip()))
        and not GENERIC_KIND.fullmatch(m[1].lstrip(LEVELS + "各"))  # (牵头单位（区建管委…）, 相关部门（…）)
        and all(looks_like_body(n) for n in (m[1], *names_of(m[2])))
    ):  # 七、属地街镇（镇人民政府、街道办事处）: one body, the bodies it is in its aside
        return "lead", written.strip()
    return None


KINDS_OF_BODIES = ("部门", "单位")  # a heading's bodies of a kind (县直部门, 各成员单位): no one body leads
MEMBERS_NAMED = re.compile(r"([^()（）、，,。]{2,15})[(（]([^()（）]{2,40}、[^()（）]{2,40})[)）]")


CLOSING_ARTICLE = re.compile(  # an article that closes the notice: when it takes effect, who reads it
    rf"^第[^条]{{1,5}}条\s*本(?:[\u4e00-\u9fff]{{0,4}}(?:{DOCUMENTS}))"
    r"(?:自.{0,30}(?:施行|实施|执行|生效)|由.{1,30}负责解释)"
)
FIRST_ARTICLES = 3  # the article the body may open with, the first taken as the notice's opening words
OFFICE_TITLE = 6  # characters of a street's or a town's office named alone before its duty (街道消委办)
DUTY_WORDS = ("负责", "主要负责", "承担", "具体负责")  # a body's duty under its name opens so
HELPING_WORDS = ("配合", "协助", "参与", "协同")  # a duty that opens so helps another
NOT_DUTY = ("负责人", "负责同志")  # (a person's label)
LEADING = ("负责牵头", "牵头负责", "牵头")  # a duty that opens so: its bodies lead
DUTY_MANNERS = ("依据", "依照", "依法", "按照", "根据")  # (综合行政执法队：依据…规定，对…查处; set 85)


def owned_apart(name: str, clause: Clause) -> bool:
    """Whether a body whose duties stand under its name is none of the bodies its clause names."""
    simple = to_simplified(name)
    return all(simple not in to_simplified(n) and to_simplified(n) not in simple for n in clause.units())


def bodies_alone(heading: str, region: str = "", levelled: bool = True, duty: bool = False) -> list[str]:
    """The bodies a heading names and nothing more (五、省发改委; 区住房保障和房屋管理局 is one; 区发改委和区财政局
    two; under the notice's region in full, 虹口区绿化和市容管理局; 乡镇消防安全委员会职责: its duties), as
    written; [] for a heading of other words (一、各县区民生工程实施进度综合排名, 推进社区服务中心). `levelled`:
    each name opens with its level (区…, 各…); a town's own offices (城运中心, 规建办) write none, and are
    read so only where their duty follows (城运中心：负责…)."""
    parts = region_parts(region)  # (上海市虹口区 → 虹口: its bodies' full names open so)
    stem = bare(parts[-1]) if parts and len(parts[-1]) > 2 else ""
    words = DUTIES.sub("", heading.strip().rstrip("。:："))
    # a body's duties under its name (消防安全管理办公室职责, 居(村)委职责): the body a town or a street has,
    # named without a level
    dutied = words != heading.strip().rstrip("。:：")
    levelled = levelled and not dutied
    names = names_of(words) if len(words) <= BODY_HEADING * BODIES else []
    if (
        all(not RANKED.match(to_simplified(name).removeprefix(stem)) for name in names)
        and all(
            len(name) <= BODY_HEADING
            and not any(verb in name for verb in SETTING_UP)  # (各乡镇设立消防安全委员会: a task, no name)
            and not deed_after_body(name)  # (1.区商务委举办跨境电商博览会。: a task, no heading of a body)
            and not (dutied and task_led(to_simplified(name)))  # (强化党政领导干部责任: a task's words)
            and not BUILT.search(to_simplified(ASIDE.sub("", name)))  # (区图书馆新馆: a building, pass 115)
            # (区教育局（2024年底前）, 区财政局（区国资委配合）: a time or who helps, no other name)
            and not any(
                when_piece(aside[1:-1]) or ROLE_IN_ASIDE.search(aside) for aside in ASIDE.findall(name)
            )
            and to_simplified(name) not in ALL_SIDES  # (二、各方职责: the parties, no body)
            and body_aside(name)
            and ends_as_body(ASIDE.sub("", to_simplified(name)))  # (各乡镇(街道) is one)
            and (
                not levelled
                or to_simplified(name).startswith(NAMED_OPENERS)  # (相关街镇 too)
                # 虹口区绿化和市容管理局: under the district's full name, an office (青浦区体育中心 is a place)
                or (
                    to_simplified(name).removeprefix(stem).startswith(OWNED)
                    and (duty or not to_simplified(ASIDE.sub("", name)).endswith(FACILITIES))
                )
                # 公安青浦分局: the district's own branch, its name inside (青浦区体育中心, 青浦站 are places)
                # (with its duty under it, any body: 青浦新城管委会, 团青浦区委, 上海市青浦区人民政府办公室)
                or (
                    bool(stem)
                    and stem in name
                    and (duty or to_simplified(ASIDE.sub("", name)).endswith(BRANCHES))
                )
                # a street's or a town's government named by its place, its duty under it (五角场街道办事处)
                or (duty and to_simplified(name).endswith(LOCAL_GOVERNMENTS))
                or (duty and named_firm(to_simplified(name)))  # 上海城投集团, 申浦公司: with their duties
            )
            and (levelled or not generic_kind(to_simplified(ASIDE.sub("", name)), duty))
            for name in names
        )
    ):
        return names
    return []


# 区建管委（区水务局）: a name and its other name — not a list, nor a role ((区国资委配合): a clause)
NAMED_ASIDE = re.compile(  # (a time, (2024年底前), is none either)
    r"[^()（）]+[(（](?![^()（）]*(?:牵头|配合|协办|参与|负责|会同|[、，,；;0-9０-９]))[^()（）]+[)）]"
)


def named_firm(name: str) -> bool:
    """Whether a name is one firm's own (上海城投集团, 申浦公司), not a kind of firm (物业公司, 相关企业,
    区属国有企业): a firm a plan charges with duties of its own, as it does a department."""
    stem = FIRM_END.sub("", name)
    return (
        stem != name
        and len(stem) >= 2
        and not stem.startswith((*FIRM_KINDS, *VAGUE, *FIRM_POINTERS))
        and not stem[1:].startswith(FIRM_KINDS)
    )


FIRM_POINTERS = (  # a firm that names a kind: which ones (这些公司, 第三方公司), or what service (物业公司)
    *("各", "其他", "下属", "所属", "这些", "上述", "该", "本", "第三方", "中标", "承包", "施工", "监理"),
    *("物业", "保洁", "保安", "绿化", "养护", "维修", "运营"),
)
FIRM_END = re.compile("(?:集团)?(?:有限)?公司$|集团$")
ROLE_IN_ASIDE = re.compile("牵头|配合|协办|参与|负责|会同|协助")  # an aside saying who helps: no name
ALL_SIDES = frozenset({"各方", "各类", "各项", "各种", "各级", "各方面", "有关方面", "相关方面", "各相关方"})
BUILT = re.compile(r"新(?:馆|院|址|楼|校区)$|[一二三四五六七八九十\d]期$|(?:工程|项目)$")  # a body's building
BRANCHES = ("分局", "支队", "大队", "分院", "分行", "支行")  # a branch named for the place it serves
LOCAL_GOVERNMENTS = ("街道办事处", "镇人民政府", "乡人民政府", "镇政府", "乡政府")
FACILITIES = ("中心", "馆", "站", "院", "场", "园", "学校", "大厦", "新城")  # a place named for its district
# a kind of body, no body: 部门职责, 行业主管部门职责, 成员单位职责 (消防安全管理办公室 is one; 领导小组职责, under
# its duties, the plan's one group)
KINDS_OF_MANY = "[\u4e00-\u9fff]{0,6}(?:部门|单位|机构)"  # (成员单位, 有关部门: many bodies, never one)
GENERIC_KIND = re.compile(f"{KINDS_OF_MANY}|领导小组|委员会|办公室|工作专班|专班|小组")


def generic_kind(name: str, duty: bool = False) -> bool:
    """A kind of body, no one body's name (部门, 领导小组) — though with its duties under it, a kind there is
    one of in a plan (领导小组职责: the plan's own group) names that one; a kind of many never does."""
    return re.fullmatch(KINDS_OF_MANY, name) is not None if duty else GENERIC_KIND.fullmatch(name) is not None


RANKED = re.compile("[省市区县镇乡村]级")  # 区级应急指挥中心: a facility of a rank, no body's name
BODY_HEADING = 20  # characters: a heading that is a body's name alone (…旧区改造和房屋征收工作指挥部)
BODIES = 3  # names at most a heading of bodies' names holds
LISTED = re.compile("[、,，和及与]")  # names joined in a heading: several bodies, no one name


PERSON_LABELS = (
    "项目责任人:",
    "项目责任人：",
    "责任人:",
    "责任人：",
    "联系人:",
    "联系人：",
)  # a person: item text

PROGRESS_LABELS = (
    "实际完成情况",
    "完成情况",
    "进展情况",
    "工作进展",
    "推进情况",
    "落实情况",
    "执行情况",
    "进展与成效",
    "进展成效",
    "工作成效",
)
# labels a line opens with, which no wrapped line goes on into (完成时限:2024年12月底前)
KNOWN_LABELS = tuple(
    f"{w}{c}"
    for w in (*DEADLINE_WORDS, *PROGRESS_LABELS, "工作内容", "工作目标", "主要措施", "备注", "联系人")
    for c in ":："
)
# a line ending in a label whose value the page broke onto the next line (…;责任领导: / 张伟;…)
LABEL_END = re.compile(
    f"(?:{'|'.join(sorted({*LABEL_WORDS, *DEADLINE_WORDS, '责任领导', '分管领导', '牵头领导'}, key=len, reverse=True))})\\s*[:：]$"
)


def progress_label(text: str) -> str | None:
    """`进展情况:已完成…` — a report on the item, not the plan: its words, or None."""
    return labelled_value(text, PROGRESS_LABELS, 9)


def labelled_value(text: str, labels: tuple[str, ...], reach: int) -> str | None:
    """What follows `label:` when the line opens with one of `labels` (simplified or traditional, colon
    within `reach` characters); None otherwise."""
    colon = next((i for i, c in enumerate(text[:reach]) if c in ":："), -1)
    if colon < 2 or to_simplified(text[:colon].strip()) not in labels:
        return None
    return text[colon + 1 :].strip()


def words_or_nothing(text: str) -> str:
    """The text, or "" when it is only the marks its clauses left (。, ；, a comma)."""
    return text if text.strip("。;；,， ") else ""


# a clause's time that names a date (2024年底前, 6月底, 三季度), not a way of working (持续推进)
DATED_PIECE = re.compile(r"\d|[一二三四五六七八九十]{1,3}月|季度|年底|年末|年内|半年|月底|月末")
# the deadline label of a time a clause names: back in the text as it was written when it names no date
CLAUSE_TIME = "(clause)"


def unread(cell: str, named: list[str], title: str) -> str:
    """A unit cell's words that no name or note read from it holds and that do not restate the row's title
    (建设工程质量监督站 of `建设工程质量监督站 王伟`, 做好群众工作 of `推进旧城改造，做好群众工作`), or "": an entry
    holding a name read goes whole (执法大队大队长王伟), a scrap of the title is none (工作, 推进旧城)."""
    pieces = [p for p in re.split(r"[\s、,，;；]+", cell) if p]
    kept = [p for p in pieces if not any(n in p or p in n for n in named)]
    left = (cell if len(kept) == len(pieces) else "，".join(kept)).strip(" ,，、;；。:：")
    if title and title in left:
        left = left.replace(title, " ", 1).strip(" ,，、;；。:：")
        return left if len(HANZI.findall(left)) >= RESTATED_MIN else ""
    return "" if not HANZI.search(left) or (title and left in title) else left


RESTATED_MIN = 3  # characters a restated title's cell adds to be kept (推进旧城改造工作: 工作 is none)


def clause_due(kept: list[str]) -> tuple[list[str], str]:
    """(the clause's kept pieces left, the one that is the item's deadline or "") — the first time in them
    that names a date, taken out of what goes to the item's text."""
    dated = next((p for p in kept if clause_time(p)), "")
    left = list(kept)
    if dated:
        left.remove(dated)
    return left, dated


def clause_time(piece: str) -> bool:
    """A clause's piece that is a time and names a date (2024年底前, 6月底前完成), nothing to be done by then
    (年内完成一期工程 is a task's words) and no way of working (持续推进): the item's deadline."""
    return DATED_PIECE.search(piece) is not None and TIMING.fullmatch(as_time(piece.strip())) is not None


def labelled_pieces(raw: str) -> tuple[list[str], str]:
    """The notes and the deadline piece of a clause that holds a note label (牵头单位:X,备注:滚动推进,
    完成时限:2024年底 → [备注:滚动推进], 完成时限:2024年底): the clause reads no names in them, so they
    are the item's text and its deadline, never lost; ([], "") for any other clause."""
    rest, notes = notes_apart(raw.strip("(（)） "))
    if not notes:
        return [], ""
    return notes, next((p for p in map(str.strip, re.split("[,，;；]", rest)) if deadline_line(p)), "")


def label_of(text: str) -> str:
    """The label a label line opens with (完成时限 of 完成时限：年底前)."""
    return re.split("[:：]", text, maxsplit=1)[0].strip()


def deadline_line(text: str) -> str:
    """`完成时限：2021年6月底` on its own line: the deadline as written, else ""."""
    colon = next((i for i, c in enumerate(text[:7]) if c in ":："), -1)
    if colon <= 0 or text[:colon].strip() not in DEADLINE_WORDS:
        return ""
    # (…;完成时限:2024年12月): the brackets it closes that it never opened are the clause's
    return without_unopened(text[colon + 1 :].strip(" 。"), "(（", ")）", " 。")


SHARED = re.compile(
    r"(?:以上|上述|前)?(?:([0-9]{1,2}|[一二三四五六七八九十两]{1,3})项|该项?)(?:目标|任务|工作|指标)?的?"
    r"(责任单位|牵头单位|责任部门|牵头部门)(?:均|都)?为[:：]?(.+?)[。.;；]?"
)


def shared_clause(text: str) -> tuple[int, str, str] | None:
    """(items, role, units) of a sentence that gives the clause of the items before it, as target lists
    write it: `4项目标的责任单位均为市发改委。`, `该目标责任单位为市经委。` (one item)."""
    written = text.strip()
    simple = to_simplified(written)
    m = SHARED.fullmatch(simple)
    if m is None:
        return None
    count = chinese_number(m.group(1).replace("两", "二")) if m.group(1) else 1
    role = "lead" if "牵头" in m.group(2) else "any"
    units = re.sub("(单位|部门)为", r"\1:", as_written(written, simple, m, 3))  # X,配合单位为Y: a prefix
    return (count, role, units) if count else None


def labelled(text: str, label: str, value: str) -> str:
    """A table cell added to an item's text under its column's name, parted from what stands before it
    (`明码标价；计划开展时间:4月—10月`, not `明码标价计划开展时间:…`)."""
    piece = f"{label}:{value}" if label else value
    return f"{text}；{piece}" if text and not text.endswith(PARTED) else text + piece


PARTED = ("。", ";", "；", "!", "！", "?", "？")


def as_written(text: str, simple: str, m: re.Match[str], group: int | str) -> str:
    """A group matched on the simplified text, taken from the text as written (its offsets are the same
    unless simplifying changed the length)."""
    return text[m.start(group) : m.end(group)] if len(simple) == len(text) else m.group(group)


def has_clause(text: str, units: bool = False) -> bool:
    """Whether the text holds a clause (one that names units, with `units`: not leaders alone)."""
    found = role_line(text) or find_clauses(text)[1]
    if units and found is not None and not (found.lead or found.support or found.undetermined):
        found = None
    return found is not None or bool(shared_clause(text))


def split_title(body: str) -> tuple[str, str]:
    """The title is the first sentence, or what stands before a colon early in it (稳定增长：加快…。)."""
    stop = body.find("。")
    colon = next(
        (i for i, c in enumerate(body[:TITLE_COLON]) if c in ":：" and not open_brackets(body[:i], 0)), -1
    )  # a colon inside an unclosed bracket (新建学校2所(责任单位:区, cut at a page end) ends no title
    if colon > 0 and (stop < 0 or colon < stop) and (comma := run_in_label(body, colon, roles=True)) > 0:
        return body[:comma].rstrip(",，、"), body[
            comma + 1 :
        ]  # 推进旧城改造,完成时限:年底: a label, no title's
    if (
        colon > 0
        and (stop < 0 or colon < stop)
        and (find_clauses(body[:colon])[1] is None or bodies_alone(body[:colon]) == [body[:colon]])
    ):  # (各区县政府(地区管委会):落实…: a body's other name in its aside, no clause)
        return body[:colon], body[colon + 1 :]
    if stop < 0:
        # 1.地区生产总值增长9%; — an item of a list closed by a semicolon; 1.甲,(责任单位:…) — by its clause
        return body.rstrip(";；,，、"), ""
    return body[:stop].rstrip(",，、"), body[stop + 1 :]  # 推进改革,深化改革,(X牵头)。: no comma left


def run_in_label(body: str, colon: int, roles: bool = False) -> int:
    """Where the comma stands before a label that ends at `colon` — a time's, a note's or a contact's
    (…区住建局牵头,完成时限:, …,备注:), or with `roles` a role's (…目录编制,牵头单位:) — run on in the item's
    sentence; -1 when the colon ends no such label."""
    comma = max(body.rfind(c, max(colon - LABEL_REACH, 0), colon) for c in ",，")  # (a label is short:
    if comma <= 0:  # looking back to every earlier comma cost n² on a long item)
        return -1
    label = body[comma + 1 : colon + 1]
    named = run_on_label(label[:-1]) or (roles and prefix_role(label) is not None)
    return comma if named else -1


def contents_entry(text: str) -> str:
    """A line as a table of contents lists it: no spaces, no dotted leader or gap and page number (一、总则……1,
    一、总则⇥1); a line longer than any entry as it is (no pattern is tried along a page-long line)."""
    if len(text) > CONTENTS_LINE:
        return text
    return re.sub(r"\s+", "", CONTENTS_PAGE.sub("", text.strip()))


CONTENTS_PAGE = re.compile(r"(?:[.．·…\-—–]{2,}|…|\s)[\s.．·…\-—–]*[0-9０-９]{1,3}$")
CONTENTS_LINE = 60  # characters of a table of contents' line
CONTENTS_MAX = 400  # lines a table of contents may hold
# a stop or comma, or a colon but an attachment's (附件：成员单位职责分工): a sentence's or a label's (牵头单位：…),
# never a heading's listed in contents
SENTENCE = re.compile(  # (…（区政务服务中心牵头）: a clause; 二、组织指挥与部门配合 is a heading)
    "[。，,；;]|^(?!附件|附表).*[：:]|[（(][^）)]*(?:牵头|负责|配合)"
)


def run_in_tail(sentence: str, roles: bool = False) -> int:
    """Where the comma stands before the first such label in a sentence, outside any bracket (a contact
    inside one is the bracket's: …上报区督查组(办公室设在…,联系电话:…)), or -1."""
    for m in RUN_IN_COLON.finditer(sentence):
        if (comma := run_in_label(sentence, m.start(), roles)) > 0 and not open_brackets(sentence[:comma], 0):
            return comma
    return -1


def labelled_run(text: str) -> tuple[str, str]:
    """(labels and the names under them, the words after): pieces parted by commas go on while each opens
    with a role's label or names bodies only."""
    pieces = re.split(r"(?<=[,，])", text)
    k = 0
    while k < len(pieces) and (
        k == 0 or prefix_role(pieces[k]) is not None or only_bodies(pieces[k].rstrip(",，"))
    ):
        k += 1
    return "".join(pieces[:k]).rstrip(",，"), "".join(pieces[k:])


def run_on_label(words: str) -> bool:
    """A time's, a note's or a contact's label (完成时限, 备注, 联系人), as a piece of a sentence names it."""
    label = to_simplified(words).strip()
    return label in DEADLINE_WORDS or any(p.fullmatch(label + "：") for p in (NOTE_LABEL, CONTACT_LABEL))


RUN_IN_COLON = re.compile("[:：]")


def bracketed(text: str) -> list[bool]:
    """For each place in the text, whether it stands inside a bracket that opened before it and closes
    after it: one never closed (PM2.5<35, a typo's （) holds nothing — its labels had stayed uncut, the
    item's lead and deadline lost."""
    depth = [0] * (len(text) + 1)
    opened: list[int] = []
    for at, c in enumerate(text):
        if c in OPEN:
            opened.append(at)
        elif c in CLOSE and opened:
            start = opened.pop()
            depth[start + 1] += 1
            depth[at + 1] -= 1
    return [d > 0 for d in itertools.accumulate(depth[: len(text)])]


def open_brackets(text: str, depth: int) -> int:
    """How many brackets are still open after `text`, starting from `depth` (a line wrapped mid-clause)."""
    for c in text:
        if c in OPEN:
            depth += 1
        elif c in CLOSE and depth:
            depth -= 1
    return depth


SITE_PAGE = re.compile(r"\s*(\d{1,3})、")  # 2、 before a document site's next page
SITE_PAGE_TEXT = 200  # characters of a document site's preview page, at least (most show 300)
SITE_FURNITURE = re.compile(
    "由会员分享|文档简介|资源描述|免费预览|页珍藏版|下载本文档"
)  # a document site's own words
# a preview's first page opening with the plan's dated title (乡镇2023年工作要点 2023年是…), not an item's words
SITE_TITLE = re.compile(
    r"[^，,。;；:：《》“”]{0,20}?(?:\d{4}|[〇零一二三四五六七八九○O]{4})年[^，,。;；:：《》“”]{0,20}?"
    r"(?:工作要点|实施方案|工作方案|工作计划|行动方案|任务分解|重点工作|任务清单)"
)
OWN_CLAUSE = re.compile("牵头|配合|责任单位|责任部门|负责")  # words of an item's own clause


def page_cut(text: str) -> bool:
    """A preview page: a page's length of text, cut with no sentence closed (…狠抓秸秆禁烧工) and not after a
    label's value (…完成时限：2025年12月底, …配合单位：县财政局: an item of a plain list, whole)."""
    tail = text.rstrip()
    return (
        len(tail) >= SITE_PAGE_TEXT
        and tail[-1:] not in FULL_STOPS + ")）"
        and (LABEL_VALUE.search(tail[-LABEL_TAIL:]) is None or unclosed_at(tail) is not None)
    )  # (…。（责任单位： a clause the page cut: pass 147)


LABEL_TAIL = 40  # characters at a page's end where a label's value would stand
LABEL_VALUE = re.compile(r"(?:单位|部门|时限|时间|期限|领导)[:：][^:：]+$")


PAGE_NUMBER = re.compile(r"\s*(\d{1,3}、)(?=[^()（）]{1,40}[)）])")  # 2、农业综合服务中心)


def unclosed_at(text: str) -> int | None:
    """Where the bracket opens that the text never closes (the page ended inside it), or None."""
    opened: list[int] = []
    for k, c in enumerate(text):
        if c in OPEN:
            opened.append(k)
        elif c in CLOSE and opened:
            opened.pop()
    return opened[0] if opened else None


def broken(head: str) -> bool:
    """A first line the page broke inside its sentence: it ends on a comma or leaves a 《, “ or ( open."""
    line = head.rstrip()
    return line.endswith((",", "，", "、")) or any(line.count(a) > line.count(b) for a, b in PAIRS)


PAIRS = (("《", "》"), ("“", "”"), ("‘", "’"), ("(", ")"), ("（", "）"))


def own_sentence(head: str) -> bool:
    """An item's first line that is a sentence of its own: closed by a stop (an ASCII one after a hanzi
    too), or by a role word (1.推进改革,区发改委牵头 over a line of its text, the page's full stop lost)."""
    line = HAN_PERIOD.sub("。", head.rstrip())
    if line.endswith(("。", ";", "；", "!", "！")) or clause_words(
        line.rsplit(",", 1)[-1].rsplit("，", 1)[-1]
    ):
        return True
    cut = run_in_tail(line, roles=True)  # 推进旧城改造,牵头单位:区住建局 (its 完成时限:… on the next line)
    return cut > 0 and prefix_role(line[cut + 1 :]) is not None


HAN_PERIOD = re.compile(r"(?<=[\u4e00-\u9fff])\.$")  # 区商务委牵头. — a full stop typed in ASCII
SEMICOLON = re.compile("[;；]")


def clause_sentence(text: str, opening: bool = False, asked: bool = False) -> tuple[str, Clause | None]:
    """A clause written as a sentence, without brackets: the last sentence (`…。各有关部门按职责分工负责。`),
    of any length, the opening words of a sentence (`由张某副市长负责,市建委牵头,相关部门配合,尽快…`)
    or its closing words (`消防安全专项整治,由公安部门负责,有关部门配合。`); in an item's `opening`
    words, the bodies that open it and are charged with what follows (`市国资办负责市属企业的招商。`)."""
    text = text.rstrip(",，")  # 推进旧城改造,区住建局牵头, / 完成时限:…: a label's line after it
    sentences = split_sentences(text)
    if not sentences:
        return text, None
    last = HAN_PERIOD.sub("", sentences[-1].rstrip("。;；!！"))  # (1.推进改革,区政府办牵头;2.…: closed by ;)
    last = duty_text(last)  # (1.区交通委：负责…，区公安分局配合。: the body's duty, not a label over both)
    before = text[: len(text) - len(sentences[-1])]
    if (cut := run_in_tail(last, roles=True)) > 0 and prefix_role(last[cut + 1 :]) is not None:
        named, after = labelled_run(last[cut + 1 :])  # 目录编制,牵头单位:X,配合单位:Y: from the label on,
        kept, earlier = clause_sentence(before + last[:cut].rstrip(",，"))  # …,X牵头,涉及镇街:Y: X too
        found = parse_clause(named, in_text=True, into=earlier)  # up to words that name no one (,年底前…)
        if found is not None and names_bodies(found):
            if earlier is None:
                kept = before + last[:cut]
            return kept + ("。" + after if after else ""), merged([c for c in (earlier, found) if c]) or found
    elif cut > 0:  # …,区住建局牵头,完成时限:年底: the closing words before the label
        kept, found = clause_sentence(before + last[:cut].rstrip(",，"))
        if found is not None:  # (the label's words stay, a sentence of their own)
            stop = "" if not kept or kept.endswith(("。", ";", "；", "!", "！")) else "。"
            return kept + stop + last[cut + 1 :] + sentences[-1][
                len(sentences[-1].rstrip("。;；!！")) :
            ], found
    if (at := unclosed_at(last)) is not None:  # …以上(省发改委牵头,省经信委… — the page ends inside it
        found = parse_clause(cut_role_word(last[at + 1 :]), in_text=True, at_end=True)
        if found is not None and names_bodies(found):
            found.raw = found.written = last[at + 1 :]  # as the page has it, the cut word included
            return text[: len(text) - len(sentences[-1]) + at], found
    found = None if dated_deed(last) else parse_clause(last, in_text=True)
    # with a comma in it and no 由 before it, each name must open as a body's does (its level, 各, 有关):
    # the words before the comma are often the task (优化产业布局,区发改委牵头 — 布局 ends like a body)
    strict = bool(COMMAS.search(last)) and not last.startswith("由")
    if (
        found is not None
        and names_bodies(found, strict=strict)
        and (not strict or ends_as_bodies(found))
        and not any(len(n) > EACH_NAME and not ends_as_named(n) for n in found.units())
    ):  # (由区发改委牵头，会同区财政局、各街镇研究制定…: a group, then what it does, is no name)
        return text[: len(text) - len(sentences[-1])], found
    first = sentences[0].rstrip("。;；!！")  # 农村道路畅通工程,牵头部门:市交通局。建设进度…: the item's first
    cut = run_in_tail(first, roles=True) if len(sentences) > 1 and marker(first) is None else -1  # sentence
    if (cut > 0 and role_label(first[:cut].strip()) is not None) or (
        cut < 0 and len(sentences) > 1 and marker(first) is None and role_label(first.strip()) is not None
    ):
        cut = 0  # (牵头单位:X,配合单位:Y。推进…, 牵头单位:X。推进…: labels from its start, the task after it)
    labels, words = labelled_run(first[cut + 1 if cut else 0 :]) if cut >= 0 else ("", "")
    if labels and plain_labels(labels):  # closed by a label over bodies' names only
        found = parse_clause(labels, in_text=True)
        if found is not None and names_bodies(found):
            end = sentences[0][len(first) :] or "。"
            before = first[:cut] + end if cut else ""
            return before + (words + end if words else "") + text[len(sentences[0]) :], found
    done = 0
    for sentence in sentences:
        segments = re.split(r"(?<=[,，])", sentence)
        lead = 0
        while lead < len(segments) and clause_words(segments[lead].rstrip(",，。")):
            lead += 1
        found = parse_clause("".join(segments[:lead]).rstrip(",，。"), in_text=True) if lead else None
        if found is not None and names_bodies(found):
            # (由区水务局牵头，会同区建管委等部门，推进…: the partners stay in the text)
            if lead < len(segments) and (helping := partners_after(segments[lead].rstrip(",，。"))):
                found.merge(helping)
            start = done
            return text[:start] + "".join(segments[lead:]) + text[start + len(sentence) :], found
        done += len(sentence)
    done = 0
    for sentence in sentences:
        kept, found = closing_clauses(sentence)
        if found is not None:
            return text[:done] + kept + text[done + len(sentence) :], found
        done += len(sentence)
    titled = len(sentences) > 1 and len(sentences[0]) <= TITLE_SENTENCE and not COMMAS.search(sentences[0])
    if opening and (found := duty_sentences(sentences[: 2 if titled else 1], asked, titled)) is not None:
        return text, found  # the sentence stays: it is the item's task, said with its bodies
    for sentence in sentences:  # 由发展改革委会同农业部、财政部等部门研究提出落实意见。
        if m := JOINT.search(simple := to_simplified(sentence)) or WORK_BY.search(simple):
            found = charged_with(sentence, simple, m)  # (…管理工作由军队各级防化业务部门负责。)
            if found is not None and names_bodies(found):
                return text, found  # the sentence stays: what is done, and by whom with whom
    # …现象，区建管委牵头，针对…; …的要求，由区市政办牵头，会同区建管委、公安分局等部门，…
    for sentence in sentences:
        if (found := amid_clause(sentence)) is not None:
            return text, found  # the sentence stays: what is done, and by whom with whom
    for sentence in sentences:  # 整改措施:由县住建局督促商户更换。 / 措施:由包片单位县文广局负责整治。
        m = BY_BODY.match(simple := to_simplified(sentence))
        found = (
            parse_clause(as_written(sentence, simple, m, "units"), in_text=True, at_end=True) if m else None
        )
        if found is not None and names_bodies(found):
            return text, found  # the sentence stays in the text: it says what is done, too
    if opening and asked and (found := acting(sentences[0])) is not None:
        return text, found  # the sentence stays: the body doing it is its subject
    if opening and asked and (found := only_asked(sentences)) is not None:
        return text, found  # the sentence stays: the one body the item's words ask to act
    return text, None


def only_asked(sentences: Sequence[str]) -> Clause | None:
    """The bodies the one sentence of an item that asks any to act names (…实行行政首长负责制。自然资源和规划局要
    结合督查室检查…): where no other sentence asks a body, the item is theirs; where two do, none is."""
    asked = {
        tuple(c.units()): (c, sentence)
        for sentence in sentences
        if (c := duty_sentences([sentence], asked=True)) is not None
    }  # (two sentences asking the same body: one body asked)
    if len(asked) != 1:
        return None
    ((found, sentence),) = asked.values()
    names = found.units()
    simple = to_simplified(sentence)
    last = to_simplified(names[-1]) if names else ""
    duty = simple[simple.find(last) + len(last) :] if last in simple else ""
    if HELPING_DUTY.match(duty) or not all(
        opens_as_named(n) and ends_as_body(to_simplified(n)) for n in names
    ):  # (县公安局要积极配合…: it helps; 全面排查整治林区违规用火行为: no body's name — pass 148)
        return None
    return found


HELPING_DUTY = re.compile(r"(?:要|应|需|负责)?(?:积极|主动|全力|认真)?(?:配合|协助|协同|参与|支持)")


def acting(sentence: str) -> Clause | None:
    """The bodies a sentence opens with as the subject of what a government does itself (区政府颁发森林防火令,
    区森林防火指挥部组织巡查组…), after a short circumstance (清明节期间，视天气情况，): one body leads; several,
    or bodies doing it 联合/共同, are responsible with no role written."""
    simple = to_simplified(sentence.strip())
    pieces = COMMAS.split(simple, maxsplit=1)
    start = len(pieces[0]) + 1 if len(pieces) > 1 and CIRCUMSTANCE.fullmatch(pieces[0]) else 0
    m = ACTED.match(simple, start)
    if m is None or PAST.search(simple) or MENTIONED.match(simple, m.end()):
        return None  # (今年以来，区政府召开了…: what was done; 区政府印发的《…》明确…: a body mentioned)
    names = names_of(as_written(sentence.strip(), simple, m, "units"))
    if not names or not all(
        len(n) <= DUTY_NAME
        and opens_as_named(n)
        and not above_plan(n)  # (市政府印发…, 省政府召开… in a 区's plan)
        and looks_like_body(n)
        and is_unit(n)
        and ends_as_body(to_simplified(n))
        and role_suffix(n) is None
        and MANNER.search(n) is None  # (各区按市里统一部署: how, not who)
        and not any(word in n for word in ("联合", "共同", "会同"))  # (区民政局联合社会组织…: a partner)
        and not deed_inside(to_simplified(n))  # (区委社会组织工作部指导社会组织…)
        and not any(word in n for word in (*LEADING, *DUTY_WORDS))
        for n in names
    ):
        return None
    joint = len(names) > 1 or m["joint"] is not None
    return Clause(
        raw=sentence, written=sentence, lead=[] if joint else names, undetermined=names if joint else []
    )


def deed_inside(name: str) -> bool:
    """Whether a run read as a name holds a deed past its first characters (区委社会组织工作部指导社会: 指导),
    a verb that names offices too (区委组织部, 区推进办) aside."""
    return PARTNER_DEED.search(name, 1) is not None or any(
        not names_office(name, v.start()) for v in DUTY_VERB.finditer(name, 2)
    )


MENTIONED = re.compile(  # 区政府印发的…, 县应急局组织开展的… (not 组织林区的防火巡查: pass 148)
    r"(?:联合|共同)?(?:[\u4e00-\u9fff]{2}|组织开展|部署开展|牵头组织|组织召开)的"
)
# a time or condition before the subject (清明节期间, 视天气情况, 节前): no body's words (由市财政局保障资金)
CIRCUMSTANCE = re.compile(r"(?!由)[^由]{0,10}(?:期间|前后|之际|以来|情况|前|后|时|起|内)")
ACTED = re.compile(  # 区政府颁发…, 区森林防火指挥部、区教育局联合印发…
    r"(?P<units>[^,，。;；:：()（）]{2,40}?)(?P<joint>联合|共同)?(?=组织(?![\u4e00-\u9fff]{0,4}部)|颁发|印发|发布|下发|召开|部署)"
)


def amid_clause(sentence: str) -> Clause | None:
    """The pieces of a sentence, between its commas, that are only names and a role word (区建管委牵头, 由区市政办
    牵头, 区市政办、各街道办事处牵头), with those they work with in the piece after (会同区建管委、公安分局等部门…,
    区财政局配合): the bodies that answer for the sentence's work, where a paragraph says so in passing (set 86).
    Not a role that was (原由区建管委牵头, pass 126), nor a person's (区委常委、常务副区长牵头)."""
    segments = [piece.strip() for piece in COMMAS.split(sentence.rstrip("。;；!！"))]
    found: list[Clause] = []
    for k, whole in enumerate(segments[1:], start=1):
        segment, _, joined = whole.partition("牵头会同")  # (由区市政办牵头会同区建管委、公安分局: one piece)
        segment += "牵头" if joined else ""
        if segment.startswith(FORMER) or not clause_words(segment):
            continue
        led = parse_clause(segment, in_text=True, at_end=True)
        if led is None or led.leaders or not names_bodies(led, strict=True):  # (加强部门协同: a task's)
            continue
        after = f"会同{joined}" if joined else segments[k + 1] if k + 1 < len(segments) else ""
        if (helping := partners_after(after)) is not None:
            led.merge(helping)
        found.append(led)
    return merged(found)


def partners_after(after: str) -> Clause | None:
    """Those the piece after a role names as working with it (会同区建管委、公安分局等部门, 会同Y研究制定…,
    区财政局配合 — not 推动区电信公司参与), or None."""
    simple = to_simplified(after)  # (會同區財政局…: read as 会同, named as written)
    written = after if len(simple) == len(after) else simple
    if (partners := WITH.match(simple)) or (partners := JOINED.match(simple)):
        run = written[partners.start(1) : partners.end(1)]
        helping = parse_clause(f"{strip_etc(partner_run(run) or '')}配合", in_text=True)
    elif (helped := HELPING_PIECE.match(after)) and (names := partner_run(helped[1])):
        helping = parse_clause(f"{names}配合", in_text=True)  # (营商办、城运中心等部门参与审核…)
    elif clause_words(after) and (role := role_suffix(after)) is not None and role[1] == "support":
        helping = parse_clause(after, in_text=True, at_end=True)
        helping = helping if helping is not None and names_bodies(helping, strict=True) else None
    else:
        helping = None
    return helping if helping is not None and names_bodies(helping) else None


# 原由区建管委牵头，现…: no longer (原则上 is)
FORMER = ("原由", "原来", "原先", "曾", "已不", "不再", "此前")


def plain_labels(run: str) -> bool:
    """Whether a run of labelled pieces is role labels as written alone (牵头单位:, 配合部门:, 责任领导:) over
    bodies' names (or people's) and nothing more: in a sentence before others, `去年的责任单位:X`,
    `市场监管部门牵头单位:各街道办事处开展了专项检查` and `牵头单位:各街道对辖区小区进行摸排` are prose."""
    for segment in split_prefixed(run):
        labelled = role_label(segment.strip(",， "))
        if labelled is not None and labelled[0] in ("leader", "support_leader"):
            if not only_people(labelled[2]):
                return False
            continue
        if labelled is not None and to_simplified(labelled[1].strip()) not in LABEL_WORDS:
            return False
        names = names_of(labelled[2] if labelled is not None else segment)  # (…,区财政局: names go on)
        bare = [ASIDE.sub("", n).strip() for n in names]  # (区教育局(牵头): its own role word)
        if not bare or not all(unit_alone(n) and ends_as_body(to_simplified(n)) for n in bare):
            return False
    return True


def dated_deed(sentence: str) -> bool:
    """A piece of the sentence that is a date and the task due by then (区发改委牵头,3月底前制定稳增长若干措施):
    the sentence is the task with its clause, never a clause alone (the task was read as the clause's
    timing, and lost)."""
    for piece in COMMAS.split(sentence):
        simple = to_simplified(piece.strip())
        if timing(simple) and (when := TIMING.match(simple)) is not None and len(simple) - when.end() > DEED:
            return True
    return False


DEED = 6  # characters after a date that are a task, not its 完成/办结 (年底前完成改造 is a timing)


TITLE_SENTENCE = (
    16  # characters of a first sentence that is the item's title (坚决取缔非法运输。), no task said
)


def duty_sentences(sentences: Sequence[str], asked: bool = False, titled: bool = False) -> Clause | None:
    """The bodies charged with the work by the sentences, or their comma-parted pieces, that open with
    them (区绿化市容局、区建设管理委负责对…开展抽查; 区统计局负责…，区市容局负责…), as one clause: an item whose
    title is a few words and whose text says who does what (set 71). Several charging their own: all
    responsible, roles not written. A fact (区财政局负责的资金已拨付, …牵头开展了…), a body set up
    (区政府成立…领导小组负责) or a name longer than a body's is none. `asked`: the words of a numbered item
    below the notice's top level, where a body asked to act (（一）市安全监管部门要…) is charged with it; a
    cover's 一、… and a heading's paragraphs (县政府督查室要定期督查) only ask. `titled`: the first sentence is
    a short title, the second the item's first words."""
    found: list[Clause] = []
    for index, sentence in enumerate(sentences):
        if PAST.search(sentence):
            continue
        for k, piece in enumerate(COMMAS.split(sentence)):
            piece = PARTNER_ASIDE.sub(r"会同\1", piece)  # 区财政局（会同区审计局）按规定…: its partner
            helpers = HELPER_ASIDE.search(piece)  # 区交通委（区审计局、区统计局配合）负责…: who helps it
            piece = HELPER_ASIDE.sub("", piece)
            m = DUTY.match(simple := to_simplified(piece.strip()))
            # what a body shall do (应当, 按规定, 要, 会同…) charges it as the item's own first words only —
            # its title's, or its text's first sentence under a short title that names no one (加强拆房工地
            # 监督管理。区房管局要…): later, it is how the measure is done
            shall = m is None and asked and (index == 0 or (titled and index == 1 and not found))
            going = piece.strip().lstrip("并並")  # (…，并协同区应急局开展演练: the body charged before)
            verb = to_simplified(going[:2])  # (，並會同區建管委…: traditional too)
            if (
                found
                and found[-1].lead
                and verb in ("会同", "协同", "联合")
                and (partner := partner_run(going[2:]))
                # (联合执法大队负责…: a name opening 联合; 联合区卫健委: a partner opening as bodies' names do)
                and not (
                    verb == "联合"
                    and looks_like_body("联合" + partner)
                    and not (opens_as_named(partner) or named_firm(to_simplified(partner)))
                )  # (联合上海城投集团: a firm named whole)
            ):
                piece = found[-1].lead[0] + going
            if (pair := paired(piece.strip())) is not None and (found or pair.lead):  # (X配合做好…: a
                # helper only after the piece naming whom it helps)
                found.append(pair)  # (区公安分局配合区交通委开展…, …，区审计局配合做好审计: who helps whom)
                continue
            m = ASKED_DUTY.match(simple) if shall else m
            if m and relayed(simple, m):
                continue  # (市政府要求各区每月报送…: a superior's instruction relayed, the plan's own to do)
            if not m or simple.startswith(("由", "的"), m.end()) or simple.startswith("由"):
                if k == 0 and CIRCUMSTANCE.fullmatch(simple):
                    continue  # (今冬明春森林防火期内，各乡镇要…: when, then who)
                if k == 0:
                    break  # (a sentence opening otherwise — 由市财政局保障资金,… — is read elsewhere)
                continue  # (负责的资金: what, not who)
            units, aside_role = unit_words(as_written(piece.strip(), simple, m, "units"))
            names = names_of(units)
            if "负责" in units or not all(
                len(bare := ASIDE.sub("", n)) <= DUTY_NAME
                and is_unit(bare)
                and not any(v in n for v in SETTING_UP)
                and not (shall and (governed(n) or n.startswith(AREAS) or UNDER_ANOTHER.search(n)))
                for n in names
            ):
                continue  # (区政府成立由区长任组长的领导小组: a body set up, no name; 负责同志: a post)
            role = ROLE_AFTER.match(simple, m.end())  # (X负责牵头, Z负责配合: the role it writes)
            written = role[1] if role else aside_role  # (区财政局(牵头)按规定…: the role its aside writes)
            clause = (
                parse_clause(units + written, in_text=True, at_end=True)
                if written
                else charged_with(piece.strip(), simple, m, units)
            )
            if (  # (会同公安、城管部门: those it works with as the notice names them, no level)
                clause is not None
                and (
                    names_bodies(dataclasses.replace(clause, support=[]), strict=True)
                    or (shall and all(own_office(n) for n in clause.lead + clause.undetermined))
                )
                and names_bodies(clause)
            ):
                helping = (
                    parse_clause(helpers[1] + helpers[2], in_text=True, at_end=True) if helpers else None
                )
                if helping is not None and names_bodies(helping):
                    clause.lead += [n for n in clause.undetermined if n not in clause.lead]  # (it leads them)
                    clause.undetermined = []
                    clause.merge(helping)
                found.append(clause)
    out = merged(found)
    if out is not None and len(found) > 1 and not out.support and len(out.lead + out.undetermined) > 1:
        out.undetermined, out.lead = list(dict.fromkeys(out.lead + out.undetermined)), []
    return out


def paired(piece: str) -> Clause | None:
    """A body and the one it works with, as a sentence opens (区公安分局配合区交通委开展…: 区交通委 leads, helped;
    区卫健委联合区市场监管局开展…: 区卫健委 leads, with a partner), or a body helping (区审计局配合做好…) where an
    earlier piece named the lead. None unless every name is a body's."""
    simple = to_simplified(piece)
    m = next(  # (区残疾人联合会配合区民政局…: the verb after a whole name, not the 联合 inside it)
        (
            found
            for at in PAIRING_VERB.finditer(simple, 2, DUTY_NAME + 2)
            if (found := PAIRING.match(simple[: at.end()])) is not None
            and all(is_unit(n) and len(n) <= DUTY_NAME for n in names_of(found["units"]))
        ),
        None,
    )
    if m is None:
        return None
    units = without_role(as_written(piece, simple, m, "units"))  # (区城管执法局负责会同…: its name)
    rest = piece[m.end() :]
    helping = m["verb"].endswith(HELPING)
    if not rest or PARTNER_NEXT.match(rest):  # (区审计局配合做好…: it helps whoever leads)
        return parse_clause(units + "配合", in_text=True, at_end=True) if helping else None
    other = partner_run(rest)
    if not other or other == rest.strip():  # (区公安分局配合区交通委: a name and no deed — a heading's words)
        return None
    if m["verb"] == "协同" and rest.removeprefix(other).startswith(("负责", "牵头", "負責", "牽頭")):
        return None  # (A、B协同C负责…: the role is C's, as the clause grammar reads it; A会同C负责: A's)
    helped, partner = (other, units) if helping else (units, other)
    clause = parse_clause(f"{helped}牵头，{partner}配合", in_text=True, at_end=True)
    if clause is None or not names_bodies(clause) or any(map(kind_of_body, clause.units())):
        return None  # (配合用人单位, 配合学校, 联合高校: no body; 协同交警支队, 会同城投集团 are)
    clause.raw = clause.written = piece[: m.end() + len(other)]  # (as written: 区公安分局配合区交通委)
    return clause


def kind_of_body(name: str) -> bool:
    """A kind of body or of those a plan governs (用人单位, 学校, 高校, 社会组织), no body a duty line pairs
    with another."""
    simple = to_simplified(name)
    return (
        bool(GENERIC_KIND.fullmatch(simple))
        or (governed(simple) and not named_firm(simple))
        or simple in KINDS
    )


KINDS = ("高校", "社会", "社会组织")  # (联合高校, 联合社会组织: those it works with; 企业, 群众 are governed)
PAIRING_VERB = re.compile("(?:支持|积极|主动|全力)?(?:协助配合|配合|协助|支持)|会同|协同|联合")
PAIRING = re.compile(rf"(?P<units>[^,，。;；:：()（）]{{2,30}}?)(?P<verb>{PAIRING_VERB.pattern})$")
HELPING = ("配合", "协助", "支持")  # A配合B, A积极支持B, A协助配合B: B leads; A会同/协同/联合B: A leads


# a duty done (已拨付, 开展了): a fact — 了解, 为了, 已建成, 已发现的 (what, not when) are none
PAST = re.compile(
    "已(?![\u4e00-\u9fff]{0,3}的|建成|有)|(?<![为除])了(?!解)|被|获评|荣获"
)  # (被评为优秀: a fact)
# whom a plan's "shall" speaks to that is no body of the government: firms, people, schools, funds, projects
# (区属国有企业应当…, 区管干部要…, 区级财政资金应当…), or what lies in an area (区域内各类学校, 区内重点企业)
GOVERNED = ("干部", "人员", "代表", "学校", "资金", "项目", "群众", "居民")
FIRM_WORDS = ("企业", "公司")  # a firm's name's last word, as a "shall" names firms


def governed(name: str) -> bool:
    """Whether a name a "shall" speaks to is no body of the government: people, schools, funds — and
    firms of a kind (区属国有企业, 各物业公司, 相关公司, 施工企业), not one a level names (区城投公司, 区供电公司
    act as 区地产集团 does; pass 115)."""
    if name.endswith(FIRM_WORDS):
        stem = name[:-2]
        return not (stem[:1] in LEVELS and not stem[1:].startswith(FIRM_KINDS) and len(stem) > 1)
    return name.endswith(GOVERNED)


# 区城乡统筹发展办公室: a place's words before 统筹, no body (吴泾镇 is one)
PLACE_ENDS = ("城乡", "村", "城")
FIRM_KINDS = (  # after a level: firms it owns or holds (区属, 市管, 区内), or a kind of them (区国有企业, 县直企业)
    *("属", "管", "内", "域", "级", "直"),
    *("国有", "国资", "重点", "民营", "规上", "中小", "建筑", "施工", "物业", "各类", "相关"),
)
AREAS = ("区域", "区内", "县域", "县内", "市域", "市内", "镇域", "辖区")
MANNER = re.compile(  # words of how a body does its duty, between its name and 负责
    "按照|按规定|按职责|根据|依据|依照|依法|应当|应该|需要|结合|统筹|在职责|在各自"
)
ROLE_ASIDE = re.compile(r"[(（](牵头|配合|协办|参与)(?:单位|部门)?[)）]")  # 区财政局(牵头): its role
NOTE_ASIDE = re.compile(r"[(（](?:含|包括|以下简称|简称|负责|[^()（）]*\d)[^()（）]*[)）]")  # no other name
HELPER_ASIDE = re.compile(r"[(（]([^()（）]{2,30}?)(配合|协助|协办|参与)[)）]")
PARTNER_ASIDE = re.compile(r"[(（]并?会同([^()（）]{2,30})[)）]")
ASIDE_WORDS = re.compile(r"[(（]([^()（）]{1,20})[)）]")
OPTION_KINDS = ("社区", "居", "村", "镇", "乡", "街道", "园区", "开发区", "居委会", "村委会", "乡镇")


def option(kinds: list[str]) -> bool:
    """Whether an aside names kinds of place the name before it may be instead (各村(社区), 各街道(镇)):
    part of the name."""
    return all(k in OPTION_KINDS for k in kinds)


def unit_words(units: str) -> tuple[str, str]:
    """(the names, the role an aside writes) of the bodies a duty opens with: an aside that is a role
    (区财政局(牵头)) gives it, one that is a note (（含区体育局）, （以下简称区卫健委）, (2024年新组建)) is no
    part of the name, nor one naming no body ((监管企业)); one of other names (区经委(区商务委、区粮食局)) stays."""
    role = ROLE_ASIDE.search(units)
    names = NOTE_ASIDE.sub("", ROLE_ASIDE.sub("", units)).strip()
    names = ASIDE_WORDS.sub(  # 区国资委（监管企业）: what it oversees, no other name; 各村(社区): an option
        lambda m: (
            "" if (parts := names_of(m[1])) and not any(map(is_unit, parts)) and not option(parts) else m[0]
        ),
        names,
    )
    adverb = next((a for a in LONGEST_ADVERBS if names.endswith(a)), "")
    names = names[: len(names) - len(adverb)]  # (市质监部门要负责: 要 is how)
    # 区交通委按照职责分工负责, 区教育局依法负责: how, not who — unless the words are a body's whole name
    # (区委依法治区办, 区城乡统筹发展办公室, 区医养结合服务中心 hold such words)
    manner = MANNER.search(names, 2)
    head = names[: manner.start()] if manner is not None else ""
    if manner is not None and not (is_unit(head) and ends_as_body(head) and not head.endswith(PLACE_ENDS)):
        manner = None  # (区城乡统筹发展办公室, 区医养结合服务中心: no body before the word)
    rest = names[manner.end() :] if manner is not None else ""
    # (区委依法治区办: a body named for ruling by law; 区卫健委结合疾控中心 is two, pass 115)
    if manner is not None and manner[0] == "依法" and rest.startswith("治") and ends_as_body(rest):
        manner = None
    return (names[: manner.start()] if manner else names), role[1] if role else ""


DUTY_NAME = 15  # characters of a body's name charged in a duty sentence
# 村集体经济组织在镇人民政府指导下…: a body at work under another, not one name
UNDER_ANOTHER = re.compile("在(?=[省市区县镇乡街村各])")


def relayed(simple: str, m: re.Match[str]) -> bool:
    """Whether X要求… is an instruction relayed from above, charging no one in the plan: X is above the plan's
    level (市委市政府要求各级党委政府… in a 区's plan), or, the levels unknown, X speaks to governments of a
    level, the plan's own among them (…要求各区/各地…). 区应急局要求各街镇… is the office's own item."""
    if not simple.startswith("要求", m.end()):
        return False
    names = names_of(m["units"])
    return (bool(names) and all(map(above_plan, names))) or RELAYED.match(simple, m.end()) is not None


RELAYED = re.compile(  # 各区, 各区县, 各地, 各级党委政府: a level's governments, not 各区域, 各市场主体, 各级各类学校
    "要求各(?:区(?![域属内划块间直])|县(?![域属内直])|市(?![场民属内直])|省(?![际属内直])|地(?![块段])|州|盟|旗"
    "|级(?=党委|政府|人民政府|党组织))"
)
PLAN_LEVEL: ContextVar[str] = ContextVar("plan_level", default="")
"""The level of the government whose plan is being read (区, 县, 市…; "" unknown): set by `Parser.parse`."""
LEVEL_RANK = {"国": 0, "省": 1, "市": 2, "州": 2, "区": 3, "县": 3, "旗": 3, "镇": 4, "乡": 4}
OPENING_LEVEL = re.compile("国务院|中央|国家|省(?!际)|市(?![场民])|州|区(?![域属])|县(?![域属])|旗|镇|乡")


def titled_level(line: str) -> str:
    """The level of the government a line names a plan of (东江县森林防火工作方案 → 县, 上海市杨浦区2020年…工作要点
    → 区: the last level before the plan's words), or "" for a line that names none or only cites one
    (根据《南江市人民政府…》: pass 148 had read a 县's plan as a 市's)."""
    simple = to_simplified(line.strip())
    if simple.startswith(("根据", "按照", "依据", "为", "《", "关于")) or not names_plan(simple):
        return ""
    words = min((simple.index(w) for w in PLAN_NAMING if w in simple), default=len(simple))
    levels = [m[0] for m in TITLE_LEVEL.finditer(simple, 0, words)]
    return levels[-1] if levels else ""


TITLE_LEVEL = re.compile("[省市州县区旗镇乡](?![场民域属内级直际])")


def above_plan(name: str) -> bool:
    """Whether a body's name opens with a level above the plan's (市政府, 省政府 in a 区's plan; 市场监管局 opens
    with none). The plan's level unknown: a 市's, 省's or the state's body is taken as above, as most plans
    read are a district's or a county's."""
    found = OPENING_LEVEL.match(to_simplified(name))
    if found is None:
        return False
    level = found[0] if found[0] in LEVEL_RANK else "国"
    plan = PLAN_LEVEL.get()
    return (
        LEVEL_RANK[level] < LEVEL_RANK[plan] if plan in LEVEL_RANK else LEVEL_RANK[level] <= LEVEL_RANK["市"]
    )


ROLE_AFTER = re.compile("(牵头|配合|协助|协同|参与)")  # a role word right after 负责


def charged_with(sentence: str, simple: str, m: re.Match[str], units: str = "") -> Clause | None:
    """The clause of a sentence whose `units` (or the names given for them) are charged with the work and
    whose `with` (if any) work with them (X会同Y负责), the names as the sentence writes them."""
    # (the partners' run from where it opens: the pattern's shortest name cuts 区委督查室 to 区委; the
    # shortest as the pattern found it where the run reads no partner's name: 区财政局（牵头）研究…,
    # 区公安分局依法查处…违法行为)
    partners = ""
    if m.groupdict().get("with"):
        at = m.start("with")
        rest = sentence[at:] if len(simple) == len(sentence) else simple[at:]
        run = partner_run(rest)
        if not run or deed_in(run):  # (区公安分局依法查处…违法行为: a deed)
            run = partner_names(rest) or partner_run(as_written(sentence, simple, m, "with"))
        partners = f"会同{run}"
    return parse_clause(
        (units or as_written(sentence, simple, m, "units")) + partners + "负责", in_text=True, at_end=True
    )


def later_bodies(text: str) -> bool:
    """Whether a sentence after the first opens with a body asked to act or charged (…。区财政局要保障资金。)."""
    for sentence in split_sentences(text)[1:]:
        simple = to_simplified(sentence.strip())
        found = ASKED_DUTY.match(simple) or DUTY.match(simple)
        if found is not None and len(found["units"]) <= DUTY_NAME and is_unit(found["units"]):
            return True
    return False


def partner_names(words: str) -> str:
    """The partners a 会同 run names when no verb the run knows follows them (会同区委督查室每季度开展…,
    会同区委宣传部、区委统战部培训…): whole names set apart by 、, then the longest name before what they do
    (区政府法制办, not 区政府), never one that runs over a deed (区民政局检查各村卫生室 is 区民政局); "" when
    none reads so."""
    names: list[str] = []
    for piece in split_top(words.strip(), "、"):
        if piece.strip()[:1] in OPEN:
            break  # (（区交通委）开展: an aside, read elsewhere)
        if body_aside(piece.strip()) and not deed_in(piece):
            names.append(piece.strip())
            continue
        if found := longest_partner(piece.strip()):
            names.append(found)
        break
    return "、".join(names)


def deed_in(names: str) -> bool:
    """Whether a deed stands inside a run of names, past each name's first character (各街道 opens as a group
    does; 区民政局走访各村 holds one)."""
    return any(PARTNER_DEED.search(to_simplified(p.strip()), 1) for p in split_top(names, "、"))


def longest_partner(piece: str) -> str:
    """The longest body's name the piece opens with, grown from the shortest only while no deed comes
    between (区委 → 区委督查室; 区民政局 → not 区民政局检查各村卫生室)."""
    simple = to_simplified(piece)
    best = 0
    if simple[:1] in OPEN:
        return ""  # (（区交通委）: an aside, no name opening the run)
    for end in range(2, min(len(piece), PARTNER_NAME) + 1):
        if not ends_as_partner(simple, end) or not body_aside(piece[:end]):
            continue
        if best and PARTNER_DEED.search(simple, best, end):
            break
        best = end
    return piece[:best]


def ends_as_partner(simple: str, end: int) -> bool:
    """Whether a body's name can end at `end` of the simplified words: an office's last word, or a people's
    body's whole (区总工会, 区妇联, 区科协) — never a verb's first character after a name (区财政局协力…,
    区消防救援支队联防联控: pass 146)."""
    return simple[:end].endswith(PARTNER_ENDS) or simple[:end].endswith(PEOPLE_BODIES)


PEOPLE_BODIES = (  # a people's body's last words (区总工会, 区红十字会, 区妇联, 区工商联, 区科协, 区政协)
    *("工会", "红十字会", "联合会", "慈善总会", "慈善会", "商会", "协会", "促会"),
    *(
        "妇联",
        "残联",
        "工商联",
        "侨联",
        "台联",
        "青联",
        "文联",
        "社科联",
        "科协",
        "政协",
        "作协",
        "计生协",
        "消协",
    ),
)
PARTNER_NAME = 20  # characters of a partner's name
# what a partner does, between a name and a longer run ending as names do (检查各村卫生室)
PARTNER_DEED = re.compile(
    "检查|改造|新建|规范|整治|排查|配备|设立|清理|审核|培训|化解(?!中心)|更新|处置|核查|开展|加强|做好|落实|推进|"
    "完善|举办|主办|召开|组织开展|依法(?!治)|查处|各|[,，。;；:：]"  # (区委依法治区办, 调处化解中心: names; 各…:
    # a deed on a group after a name — 区民政局走访各村卫生室, 区教育局协调各处室)
)


# 会同 whom: a name's last word
PARTNER_ENDS = (
    "队",  # 区消防救援支队
    "部门",
    "单位",
    "部",
    "局",
    "委",
    "办",
    "厅",
    "署",
    "院",
    "政府",
    "街道",
    "中心",
    "处",
    "科",
    "站",
    "所",
    "室",  # 区委督查室
)
BY_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,6}[:：]由(?!于)(?:包片|属地|主管|责任)?(?:单位|部门)?"
    r"(?P<units>[^,，。;；:：]{2,40}?)(?:具体负责|牵头负责|负责(?!同志)|督促|牵头|组织|协调|落实)"
)


PARTNER = rf"[^、,，。;；:：()（）]{{1,20}}?(?:{'|'.join((*PARTNER_ENDS, *PEOPLE_BODIES))})"
PARTNERS = rf"{PARTNER}(?:、{PARTNER})*"  # (names set apart by 、: 区公安分局依法查处 is one and a verb)
# partners' words, short asides in brackets among them (会同各街道（镇）、区司法局; 区经委（区商务委）)
PARTNER_WORDS = r"(?:[^,，。;；:：()（）]|[(（][^()（）]{1,10}[)）])"
WITH = re.compile(  # 会同区建管委、公安分局等部门(研究制定…), 会同国网东江供电公司营销中心、各街镇
    f"会同({PARTNER_WORDS}{{2,400}}?)(?:$|等(?:有关|相关)?(?:部门|单位))"
)
HELPING_PIECE = re.compile(
    "([^,，。;；:：()（）]{2,60}?)(?:参与|配合|协助)(?=[\u4e00-\u9fff])"
)  # X、Y参与审核…
JOINED = re.compile(f"会同({PARTNER_WORDS}{{2,400}})")  # 会同Y、Z研究制定…, 会同上海城投集团、某某镇共同推进
JOINT = re.compile(  # 由X会同Y、Z等部门<what>: X leads, Y and Z work with it, whatever the verb
    r"(?<![不原曾])由(?P<units>[^,，。;；:：()（）由、]{2,24}?)会同"
    rf"(?P<with>{PARTNER_WORDS}{{2,400}})"
)
PARTNER_NEXT = re.compile(  # what follows the last partner's name: what they do together
    f"{DUTY_VERB.pattern}|共同|研究|制定|制订|实施|负责|编制|完成|建立|起草|提出|推动|做|进行|联合|查处|对|按|等"
    "|保障|抓好|筹措|提供|发布|调拨|保证|维护|抢修"  # (配合县应急局保障…; pass 139)
    "|定期|及时|举办|主办|召开"  # (会同区委督查室定期开展考核)
)


def partner_run(words: str) -> str:
    """The names a 会同 run gives before what they do (区规划资源局研究制定… → 区规划资源局; 上海城投集团、某某镇共同
    推进 → both; 城管执法部门查处A、B… → 城管执法部门), as written: the names set apart by 、 up to the one a
    verb follows, that one the longest that reads whole before it (区城镇燃气管理处开展… is not 区城镇; 等部门
    is none of it); "" when a piece before it is no body's name."""
    simple = to_simplified(words.strip())
    written = words.strip() if len(simple) == len(words.strip()) else simple
    pieces: list[str] = []
    at = 0
    for piece in split_top(simple, "、"):  # (区建管委（区交通委、区水务局）: one name, its members aside)
        cuts = [  # (区委宣传部组织…: the longest name before a verb, never one cut inside a name)
            v.start()
            for v in PARTNER_NEXT.finditer(piece, 2, DUTY_NAME + 1)
            if body_aside(piece[: v.start()])
            and role_suffix(piece[: v.start()]) is None  # (…等部门负责)
            and not (piece.startswith("各") and PARTNER_NEXT.search(piece, 2, v.start()))  # (各街镇研究制定…)
        ]
        # (区城管执法局指导街镇加强…: a body, its verb and whom it guides — the first whole name, no longer)
        plain = [c for c in cuts if not names_office(piece, c)]
        end = min(plain) if plain else len(piece)  # (区委组织部每年…: no cut but inside its name)
        name = strip_etc(written[at : at + end])
        if (short := longest_partner(name)) and (
            PARTNER_DEED.search(to_simplified(name), len(short))
            or to_simplified(short).endswith(PEOPLE_BODIES)
        ):  # (区总工会走访困难职工: a people's body's whole name, whatever it does)
            name = short  # (区民政局改造各村养老院: the name, then its deed on a place that ends as names do)
        bare, aside = closing_aside(name)  # (区财政局（按职责分工）: a remark, off; 各街道（镇）: whole)
        pieces.append(bare if aside and remark(aside) else name)
        if plain:
            break
        at += len(piece) + 1
    whole = all(  # (公安、城管部门; 区经委（区商务委）: its other name aside)
        body_aside(p) or shares_tail(p, pieces[-1]) for p in pieces
    )
    return "、".join(pieces) if whole else ""


# 负责人 as a post (负责人：张三, 负责人为…, 负责人要…); 负责人才/人民调解/人员培训 are duties
HEAD_OF = r"人(?:$|[^\u4e00-\u9fff]|[为是要和与及应须对制签的])"
# 这项工作由外交部和总参谋部统一归口管理; 其…管理工作由X负责: the work, then who does it
WORK_BY = re.compile(
    r"(?:工作|任务|事项)(?:统一|均|分别|主要)?由(?!于)(?P<units>[^,，。;；:：()（）由]{2,30}?)"
    rf"(?:统一归口管理|归口管理|具体负责|牵头负责|负责(?!同志|{HEAD_OF})|牵头|组织实施|统筹)"
)
BY_WHOM = re.compile(  # 项目审批由区发改委统筹: who does the work named before it
    r"(?<![不原曾自])由(?P<units>[^,，。;；:：()（）由]{2,30}?)(?:共同)?(?:统筹|牵头负责|负责(?!同志|人)|牵头)"
)
DUTY_UNITS = (
    r"(?P<units>(?:[^,，。;；:：()（）]|[(（][^()（）,，。;；:：]{1,30}[)）]){2,60}?)"  # (区经委(区商务委…))
)
DUTY = re.compile(  # X、Y负责(并会同有关部门)做好…: the bodies charged, and those they work with
    DUTY_UNITS
    + rf"(?:牵头负责|负责|牵头)(?!同志|{HEAD_OF}|单位|部门(?!预算|决算)|领导(?!干部)|制)"  # (负责人, 负责制:
    + r"(?:并?(?:会同|协同)(?P<with>[^,，。;；:：()（）]{2,400}))?"  # nouns; 负责人才引进, 负责领导干部考核:
)
ASKED_DUTY = re.compile(  # a body opening its duty with what it shall do, as a 责任制 lists them
    # (区发展改革委应当将…, 区司法局将…纳入…, 区财政局按规定…, X会同Y落实…, （一）市安全监管部门要…); 将 alone
    # (县政府办公室将定期调度) is what a cover or a bulletin says will be done; 主要 (各单位主要负责同志要…),
    # 要点 and a 要求 that ends its words (按照改革要求，…) are no 要 of a duty (需要, X要求Y… are)
    DUTY_UNITS
    + r"(?=并?会同|应当|应该|应(?![急用对收付])|(?<![主重必只])要(?!点|求[,，。;；]|求$)|按规定|按照|根据|依据|依法|结合|将[^,，。;；]{1,30}?(?:纳入|列入))"
    + rf"(?:(?:应当|应该|应|要)?并?会同(?P<with>{PARTNERS}))?"  # (X应当会同Y…: Y works with it, pass 115)
)


def names_bodies(clause: Clause, strict: bool = False) -> bool:
    """Every unit a sentence-clause names is a body (…局, 各街道, 相关部门): prose that happens to end in
    负责 or 落实 names none. `strict`, for words no 由 marks as a clause: each name also opens as a body's
    name does, with its level, 各 or 有关/相关 (推动县人民医院牵头组建…, 加强部门协同 are prose)."""
    return all(
        (body_aside(n) or (k + 1 < len(names) and shares_tail(n, names[-1])))
        and (not strict or opens_as_named(n) or (k > 0 and opens_as_named(names[0]) and ends_as_named(n)))
        for names in (clause.lead, clause.support, clause.undetermined)
        for k, n in enumerate(names)
    )  # (区经济和信息化局、中小企业局、财贸办等部门负责…: the first name's level is the list's)


def own_office(name: str) -> bool:
    """An office a town, a street or a bureau names without its level (国土所, 村建服务中心, 局办公室),
    asked by a numbered item's first words to act (国土所要依法做好…): its duty, as the item's body."""
    simple = to_simplified(ASIDE.sub("", name))
    return OWN_OFFICE[0] <= len(simple) <= OWN_OFFICE[1] and simple.endswith(OWN_OFFICE_ENDS)


OWN_OFFICE = (3, 7)  # characters of an office named without its level (派出所, 乡村振兴办公室)
OWN_OFFICE_ENDS = (
    "所",
    "办",
    "办公室",
    "局",
    "委",
)  # (not 中心, 站, 队: 购物中心, 加油站, 施工队 — pass 150)


def opens_as_named(name: str) -> bool:
    """A name that opens as a body's does (its level, 各, 有关), or a town's or street's own (米山镇负责…)."""
    simple = to_simplified(name)
    town = TOWN_NAME.fullmatch(simple)
    return (simple.startswith(NAMED_OPENERS) and not ALONG_STREETS.match(simple)) or (
        town is not None and not town[1].endswith(KINDS_OF_TOWN)
    )


ALONG_STREETS = re.compile(
    "街道(?:两侧|两旁|沿线|沿街|周边|路面|[内外上边旁口])"
)  # (街道两侧单位: streets, no level)


TOWN_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,4})(?:镇|乡|街道|街道办事处)(?:人民政府)?"
)  # (城镇, 乡镇: one character)
# what a town is, not its place (小城镇, 特色小镇, 美丽街道, 新型城镇, 中心镇, 全县重点镇)
KINDS_OF_TOWN = (  # (新城街道, 东城, 王集镇, 平安镇: places)
    *(
        "小城",
        "特色小",
        "新型城",
        "中心",
        "重点",
        "特色",
        "美丽",
        "示范",
        "文明",
        "卫生",
        "智慧",
        "生态",
    ),
)  # (扬名街道, 永强镇: places too — a 名 or 强 closing a stem says nothing)


def shares_tail(name: str, last: str) -> bool:
    """公安、交通部门: a short name before its list's last one, which ends in 部门/单位, shares that tail
    (公安部门). Given the last name, not the rest of the list: a clause may name 80,000 units."""
    return len(name) <= 6 and last.endswith(("部门", "单位", "机关"))


COMMAS = re.compile("[,，]")


EACH_NAME = 6  # characters of a group named with no body's ending (各街镇, 各园区, 各居委会)


def ends_as_bodies(clause: Clause) -> bool:
    """Every name ends as a body's does (…局, …街道, …部门): 各项改革 and 有关政策落地 open as groups do,
    and are a task's words before its comma (各项改革落实,区财政局牵头)."""
    return all(map(ends_as_named, (*clause.lead, *clause.support, *clause.undetermined)))


def ends_as_named(name: str) -> bool:
    """A name that ends as a body's does before the brackets closing it: its other name (区经委（区商务委）), an
    option (各街道（镇）) or its members (区建管委（区交通委、区水务局）); a remark there is no part of a name
    (see `remark`)."""
    return to_simplified(closing_aside(name)[0]).endswith(UNIT_ENDS)


def closing_aside(name: str) -> tuple[str, str]:
    """A name before the brackets that close it, and their words (区经委（区商务委） → 区经委, 区商务委); the name
    and "" when no brackets close it (各居（村）委会)."""
    aside = ASIDE_WORDS.search(name)
    return (name[: aside.start()], aside[1]) if aside is not None and aside.end() == len(name) else (name, "")


def closing_clauses(sentence: str) -> tuple[str, Clause | None]:
    """A sentence's closing words that name bodies (`消防安全专项整治,由公安部门负责,有关部门配合。`), in each
    of its ;-parts (`一是加强领导,区发改委牵头;二是完善机制,区财政局牵头` names both: only the last had been
    read, the other left in the text unsaid): the sentence without them, and their clauses as one."""
    kept: list[str] = []
    found: list[Clause] = []
    before: Clause | None = None  # the clause of the part before, when it closed with one
    said = ""  # and its role word
    for part in re.split(r"(?<=[;；])", sentence):
        words = HAN_PERIOD.sub("", part.rstrip("。;；!！"))
        segments = PIECES.split(words)
        deadline = len(segments) > 2 and timing(segments[-1])
        when = segments.pop() if deadline else ""
        tail = len(segments)  # (…,区发改委牵头,6.30前完成: the deadline after the clause stays in the text)
        # a part after the first may be only a clause: it goes on the one before it (…,区发改委牵头;区财政局
        # 配合。 is one clause: 推进改革;区财政局配合 names its unit); bodies listed before a role word's
        # piece are its names too (公安部门,交通部门负责)
        levelled = True  # whether the clause's last names open with their level: then bodies before it must
        while tail > (0 if kept else 1):
            piece = segments[tail - 1].rstrip(",，").lstrip(DASHES)
            if clause_words(piece):
                if tail == len(segments):
                    levelled = to_simplified(without_role(piece)).startswith(NAMED_OPENERS)
            elif tail == len(segments) or not all(plain_unit(n, levelled) for n in piece.split("、")):
                break
            tail -= 1
        closing = ",".join(p.strip(",，").lstrip(DASHES) for p in segments[tail:])
        # X牵头;Y负责: Y works with X, read in X's clause's light; X负责;Y负责: each says its own
        goes_on = before if tail == 0 and role_word(closing) != said else None
        clause = parse_clause(closing, in_text=True, into=goes_on) if tail < len(segments) else None
        before = None
        if clause is not None and names_bodies(
            clause, strict=not closing.startswith("由") and not listed(clause) and goes_on is None
        ):
            found.append(clause)
            before, said = (clause if goes_on is None else goes_on), role_word(closing)
            if tail == 0:
                kept[-1] = kept[-1].rstrip(";；")
            part = "".join(segments[:tail]).rstrip(",，") + ("," + when if when else "") + part[len(words) :]
        kept.append(part)
    return "".join(kept), merged(found)


PERSON_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()（）/、 ]{1,20}")  # 王五(常务副区长); no label
DASHES = "—–~～/ -"
PIECES = re.compile(rf"(?<=[,，])|(?<=[\u4e00-\u9fff])(?=[{re.escape(DASHES)}]+(?:由)?[{LEVELS}各])")
# a sentence's pieces: after each comma, and before a dash or a space that sets off a clause whose body
# opens with its level (推进改革——区发改委牵头, 推进改革 区发改委牵头; not 区发改委 牵头, 杨浦—虹口文化中心)


def plain_unit(name: str, levelled: bool) -> bool:
    """A body's name listed before its clause's role word (公安部门,交通部门负责): with its level when the
    clause's names have theirs (办好第四届进博会,区商务委牵头 — 会 ends as a body does — is the task), else a
    short name with no figure in it (新增幼儿园3所 is a task)."""
    simple = to_simplified(without_role(name))
    if not is_unit(name) or any(c.isdigit() for c in simple):
        return False  # (区级养老服务中心1所: what is done, not who does it)
    if simple.startswith(COMMON_OPENERS):  # 市民驿站, 乡镇卫生院, 区块链…中心, 省级文明单位
        return False
    if simple.startswith(NAMED_OPENERS):  # (三大集团, 各级领导干部: no body's name)
        return simple.endswith(LEVELLED_ENDS) and len(simple) <= LEVELLED_NAME  # (区城市网格化综合管理中心)
    return not levelled and simple.endswith(STRONG_ENDS) and len(simple) <= PLAIN_NAME


PLAIN_NAME = 6  # characters: a body's name without its level (公安部门, 市场监管局)
LEVELLED_NAME = 12  # and with it (区绿化市容局, 区住房保障房屋管理局)


def listed(clause: Clause) -> bool:
    """A clause of several names, each a body's (公安部门、交通部门负责, 农业局牵头,财政局配合): no task's
    words are a list of bodies, so their names need no level (a single 财政局配合 might be prose's)."""
    names = (*clause.lead, *clause.support, *clause.undetermined)
    return len(names) > 1 and all(is_unit(name) for name in names)


def clause_words(segment: str) -> bool:
    """A comma-separated piece that is only names and a role word: 市建委牵头 / 由张某副市长负责, each name a
    body's or a leader's (各项改革协同推进 is the task's words). In running text a bare 落实 is a verb
    (高效督办落实), not a role: a cell or bracket may use it so."""
    found = role_suffix(segment)
    if found is None or not found[0] or len(found[0]) > 60 or role_word(segment) == "落实":
        return False
    names = [n.removeprefix("由") for part in re.split("[/／]", found[0]) for n in names_of(part) if n]
    return bool(names) and all(
        looks_like_body(n) or n.endswith(LEADER_TITLES) or (k + 1 < len(names) and shares_tail(n, names[-1]))
        for k, n in enumerate(names)
    )  # (安监、公安部门: 安监 shares the last one's 部门)


def is_projects_heading(text: str) -> bool:
    """二季度攻坚专项工作方案: a short unnumbered line naming the special projects; not a plan's own title
    (小康攻坚重点工作责任分工方案 divides work: it is the plan)."""
    return (
        len(text) <= 40
        and marker(text) is None
        and ("攻坚" in text or "专项" in text)
        and text.endswith(("方案", "项目", "清单"))
        and not any(word in text for word in PLAN_WORDS)
    )


PLAN_WORDS = ("分工", "分解", "要点")  # a plan's title, never the special projects' heading


def with_people(cells: dict[str, Line], header: tuple[Line, ...], cols: dict[str, int]) -> dict[str, Line]:
    """A row's cells, a second column of people (责任领导 | 责任单位 | 责任人) joined to the first: both
    name who answers for the row (陈宗 had been kept in the text, 责任人:陈宗, no leader). A cell there
    that names bodies (各街道办事处) names no person: it stays the item's words under its column's name."""
    if "leaders" not in cells:
        return cells
    people = [
        name
        for name, k in cols.items()
        if name.startswith("extra:")
        and name in cells
        and column_of(header[k].text) == "leaders"
        and cell_kind(cells[name].text.strip()) != "units"
    ]
    named = [cells["leaders"], *(cells.pop(name) for name in people)]
    if len(named) == 1:
        return cells
    texts = [c.text for c in named if c.text]
    cells["leaders"] = Line("、".join(texts), next((c.where for c in named if c.text), named[0].where))
    return cells


def columns(table: Table) -> dict[str, int] | None:
    """Field → column index when the first row is a 任务分解表 header (a task column and a unit or leader
    column); `extra` columns (named twice, or unknown) are listed under their index as `extra:K`."""
    if not table.rows:
        return None
    fields = fields_of([c.text for c in table.rows[0]])
    if fields is None:
        return None
    found: dict[str, int] = {}
    for k, name in enumerate(fields):
        found.setdefault(f"extra:{k}" if name == "extra" else name, k)
    return found
