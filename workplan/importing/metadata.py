"""Metadata from the right lines: title, issuer and dates, from the heading and the 落款 at either end."""

from __future__ import annotations

import re

from ..dates import day, first_date
from ..deadlines import arabic_years
from ..ids import chinese_number
from ..matching import to_simplified
from .clauses import ASIDE

DATE_RUN = re.compile(r"^(20\d{2})(\d{2,4})$")
TITLE_PERIOD = re.compile(r"(?<!\d)(\d{4})年(?:第?([一二三四1-4])季度|度)?")
PLAN_WORDS = (
    "工作要点",
    "重点工作",
    "工作任务",
    "重点任务",
    "任务分解",
    "工作计划",
    "工作安排",
    "任务清单",
    "责任分工",
    "任务分工",
    "责任分解",
    "分解表",
    "工作方案",
    "实施方案",
    "分工方案",
    "行动计划",
    "实施意见",
    "民生实事",
)
ISSUER_ENDS = (
    "人民政府",
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "管委会",
    "领导小组",
    "局",
    "委",
    "办",
    "厅",
    "中心",
    "办事处",  # a street's 落款: 新河街道办事处
)
REGION = re.compile(  # a place name (CJK only: never 2023年区) before its government or a year
    r"^([\u4e00-\u9fff]{1,15}?(?:省|市|区|县|州|旗|盟|镇|乡|街道))"
    r"(?=人民政府|政府|委员会|办公室|办事处|\d{4}年|二[〇○OＯ零]|关于)"
)
TITLE_LEAD = ("关于印发", "关于", "印发", "《")


def damaged_date(text: str) -> str | None:
    """2020420 → 2020-04-20 when exactly one reading of the lost 年月日 is a real date."""
    m = DATE_RUN.match(text)
    if not m:
        return None
    year, rest = int(m.group(1)), m.group(2)
    readings = {
        d.isoformat() for cut in range(1, len(rest)) if (d := day(year, int(rest[:cut]), int(rest[cut:])))
    }
    return readings.pop() if len(readings) == 1 else None


def is_date_line(text: str) -> bool:
    """A line that is a date and nothing else, as a 落款 writes it."""
    return len(text) <= 20 and (first_date(text) is not None or damaged_date(text) is not None)


def is_issuer(text: str) -> bool:
    """A short line naming a body (…人民政府办公室, …委员会): the 落款's first line."""
    return (
        2 <= len(text) <= 30
        and to_simplified(text).endswith(ISSUER_ENDS)
        and not any(c in text for c in "。,，:：;；")
    )


def names_plan(text: str) -> bool:
    return len(text) <= 80 and any(w in to_simplified(text) for w in PLAN_WORDS)


def period(title: str) -> tuple[int | None, int | None]:
    """(year, quarter) a plan title names: 2020年第二季度 → (2020, 2), 二〇二一年度 → (2021, None); of
    several years, the one its plan's words follow (《…（2021—2025年）》2024年工作要点: 2024)."""
    title = arabic_years(title)
    found = list(TITLE_PERIOD.finditer(title))
    m = next((m for m in found if PLANNED.match(title, m.end())), found[0] if found else None)
    if not m:
        return None, None
    quarter = chinese_number(m.group(2)) if m.group(2) else None
    for span in SPAN.finditer(title):  # 2024年至2025年…工作方案: a plan of two years is dated by its first
        if span.start(2) == m.start():
            return int(span[1]), quarter
    return int(m.group(1)), quarter


PLANNED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工作要点|工作计划|工作安排|重点工作|行动计划|计划|要点|方案)")
SUMMED = re.compile(r"[\u4e00-\u9fff]{0,6}?总结")  # 2023年工作总结: a year summed up beside the planned one
JOINED = re.compile(r"(?<!\d)\d{4}\s*年\s*[和及与、,，]\s*\d{4}\s*年")  # 2023年和2024年重点工作: both
SPAN = re.compile(r"(?<!\d)(\d{4})\s*年?\s*[—–\-－~～至到]+\s*(\d{4})\s*年")  # 2023—2025年, 2023年至2025年
DATED_SPAN = re.compile(  # （2024年3月—2025年6月）: a plan's period from a month of one year to another's
    r"(?<!\d)(\d{4})\s*年\s*\d{1,2}\s*月(?:份|\d{1,2}日)?\s*[—–\-－~～至到]+\s*(\d{4})\s*年"
)


def spans_years(title: str) -> bool:
    """A title of several years (三年行动计划（2023—2025年）, 2023年工作总结及2024年工作计划): a 完成时限 of
    6月底 or 三季度 in it names no one year, so it is no date. One year the plan's words follow, with no
    other summed up, is the plan's (巩固2023年创卫成果2024年工作方案, 《…（2021—2025年）》2024年工作要点)."""
    title = arabic_years(title)
    bare = ASIDE.sub("", title)  # (…方案（2023年12月修订）: a year the bracket only dates)
    if SPAN.search(bare) or JOINED.search(bare) or any(m[1] != m[2] for m in DATED_SPAN.finditer(title)):
        return True
    found = list(TITLE_PERIOD.finditer(bare))
    planned = {m[1] for m in found if PLANNED.match(bare, m.end())}
    if len(planned) == 1 and not any(SUMMED.match(bare, m.end()) for m in found):
        return False
    return SPAN.search(title) is not None or len({m[1] for m in found}) > 1


def region_of(*names: str) -> str:
    """The place whose plan this is, from the issuer, then the titles: 北湖区人民政府办公室 → 北湖区;
    "" when none names a place (区政府办公室, 2023年区政府工作要点): never a guess."""
    for name in names:
        simple = to_simplified(name).strip()
        for lead in TITLE_LEAD:
            simple = simple.removeprefix(lead)
        if (m := REGION.match(simple)) and m.group(1) not in LEVEL_WORDS:
            return m.group(1)
    return ""


LEVEL_WORDS = {"区", "县", "市", "州", "省", "旗", "盟", "镇", "乡", "街道"}
