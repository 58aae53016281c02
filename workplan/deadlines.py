"""Deadlines and milestones read from a work item's words (完成时限), or set by the curator.

The supervision office asks "by when", so every record gets one deadline. A date in the text governs
the whole item only when the item says so: the date is in the title, the text is one sentence, or the
sentence says 全部/整体/本项 … 完成. Otherwise each dated sentence is a milestone and the item runs to
the end of the plan's period (the quarter, or the year for an annual plan): item 5.1's "5月6日前" governs
one sentence of nine, so 5.1 is due 2020-06-30 with milestones on 4-27 and 5-06.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import DataError
from .ids import chinese_number
from .model import Deadline, DeadlineSource, Meta, Milestone, Record, split_sentences

WHOLE_ITEM = re.compile(r"(全部|整体|本项|全面)[^。!?！？]{0,12}(完成|办结|落实到位|建成)")
TRIGGER = re.compile("月|季度|半年|年底|年末|年内")  # every dated phrase contains one of these
_N = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_Q = r"[一二三四1-4]"
YEAR_IN_WORDS = re.compile(r"([〇零○一二三四五六七八九]{4})年")
YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def arabic_years(text: str) -> str:
    """二〇二〇年 → 2020年: a year written in numerals, as formal documents write it, in digits."""
    return YEAR_IN_WORDS.sub(lambda m: m.group(1).translate(YEAR_DIGITS) + "年", text)


# 年内 as a time (年内完成, 今年内, …,年内): not a span (三年内, 半年内), another year (明年内) or a word's
# characters (青少年内容, 老年内科, 年内部审计)
WITHIN_AS_TIME = "(?![容科部外涵在务需地蒙阁河陆港控审生化存心网核伤饰衣镜江湖涝])"  # (内容, 内科, 内部 …)
WITHIN_YEAR = (
    "(?<![0-9一二三四五六七八九十百千两几半数近多学个周少老成幼童青中晚早每明去前后次上〇零○])年内"
    + WITHIN_AS_TIME
)
MONTH_ONLY = re.compile(rf"(?:(?P<year>\d{{4}})年)?(?P<month>{_N})月(?:底|末|份)?")


@functools.cache
def date_phrase() -> re.Pattern[str]:
    """One pattern for every dated phrase; compiled on first use, linear (no nested repetition)."""
    return re.compile(
        rf"(?P<yearly>\d{{4}})年(?:年底|年末|底|末|内{WITHIN_AS_TIME})(?:前)?"  # 2024年底: that year's, not the plan's
        rf"|(?:(?P<year>\d{{4}})年)?(?:"
        rf"(?P<month>{_N})月(?:(?P<day>{_N})[日号]|(?P<end>底|末)|(?P<third>上旬|中旬|下旬))(?P<before>前|之前)?"
        rf"|(?:第?(?P<quarter>{_Q})|本)?季度(?:末|底)(?:前)?"
        rf"|(?P<half>上半年)(?=底|末|内|前|完成|基本完成|全面完成)"
        rf"|(?P<year_end>年底|年末|{WITHIN_YEAR})(?:前)?"
        rf")"
    )


def period_end(year: int, quarter: int | None) -> datetime.date:
    """The last day of the plan's quarter; of the year for an annual plan (quarter None)."""
    month = quarter * 3 if quarter else 12
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _number(text: str) -> int | None:
    import unicodedata

    return chinese_number(unicodedata.normalize("NFKC", text))


def phrase_date(m: re.Match[str], year: int | None, quarter: int | None) -> datetime.date | None:
    """The date a matched phrase names, in the plan's year unless it writes its own; None if invalid.

    A fourth-quarter plan's "1月底前" is next January: its period has no earlier January to mean."""
    if m["yearly"]:
        return datetime.date(int(m["yearly"]), 12, 31)
    y = int(m["year"]) if m["year"] else year
    if y is None:
        return None  # 6月底前 in a plan of no stated year names no date
    if m["month"]:
        month = _number(m["month"])
        if month is None or not 1 <= month <= 12:
            return None
        if quarter == 4 and month <= 3 and not m["year"]:
            y += 1
        last = calendar.monthrange(y, month)[1]
        if m["day"]:
            day = _number(m["day"])
            return datetime.date(y, month, day) if day and 1 <= day <= last else None
        if m["third"]:
            return datetime.date(y, month, {"上旬": 10, "中旬": 20, "下旬": last}[m["third"]])
        return datetime.date(y, month, last)
    if m["quarter"]:
        return period_end(y, _number(m["quarter"]))
    if m["half"]:
        return datetime.date(y, 6, 30)
    if m["year_end"]:
        return datetime.date(y, 12, 31)
    return period_end(y, quarter)  # 季度末 / 本季度末: the plan's own quarter


def milestones_in(sentences: Iterable[str], year: int | None, quarter: int | None) -> list[Milestone]:
    """Every dated phrase of the sentences, in order; impossible dates (2月30日) are not dates."""
    found = []
    for sentence in sentences:
        if not TRIGGER.search(sentence):
            continue  # most sentences name no date: skip the regex scan (a tenth of the time)
        stated = year  # 2025年6月底前,年底前全面完成: a later year written goes on to the dates after it
        for m in date_phrase().finditer(sentence):  # (a past one is history: 较2023年底增长10%,年底前完成)
            carried = stated != year and (m["month"] or m["year_end"] or m["half"])
            when = phrase_date(m, stated, None) if carried else phrase_date(m, year, quarter)
            if when is not None:  # (a carried year is no fourth quarter's: its 1月 is its own)
                found.append(Milestone(when, m.group(0), sentence))
            written = int(m["year"] or m["yearly"] or 0)
            stated = written if year is not None and written > year else stated
    return found


# a 完成时限 cell naming a period, whole: 三季度完成, 第二季度, 下半年, 2024年上半年, 全年推进, 年内完成 — due at
# its end (in running text these words say when a thing happens, not a deadline: only a cell's are read)
CELL_PERIOD = re.compile(
    rf"(?:(?P<year>\d{{4}})年)?(?:第?(?P<quarter>{_Q})季度|(?P<half>[上下])半年|(?P<whole>全年|年内))"
    r"(?:末|底|内|前)?(?:基本完成|全面完成|完成|推进|实施|办结|持续推进)?"
)


def period_date(m: re.Match[str], year: int | None) -> datetime.date | None:
    """The last day of the period a `CELL_PERIOD` cell names, in the plan's year unless it writes one."""
    y = int(m["year"]) if m["year"] else year
    if y is None:
        return None
    if m["quarter"]:
        return period_end(y, _number(m["quarter"]))
    return datetime.date(y, 6, 30) if m["half"] == "上" else datetime.date(y, 12, 31)


def latest_date(phrase: str, year: int | None, quarter: int | None) -> datetime.date | None:
    """The date a 完成时限 cell or line states (6月底前, 2020年6月30日, 二季度末), or None."""
    found = milestones_in([phrase], year, quarter)
    if found:
        return max(m.date for m in found)
    if (period := CELL_PERIOD.fullmatch(phrase.strip())) is not None:
        return period_date(period, year)
    month = MONTH_ONLY.fullmatch(phrase.strip().rstrip("前"))  # a 完成时限 cell: "2021年6月" is its end
    n = _number(month.group("month")) if month else None
    if month is None or n is None or not 1 <= n <= 12:
        return None
    y = int(month.group("year")) if month.group("year") else year
    return None if y is None else datetime.date(y, n, calendar.monthrange(y, n)[1])


def compute(title: str, text: str, year: int | None, quarter: int | None) -> Deadline | None:
    """The deadline and milestones of an item from its words.

    Explicit (the latest date, when several) if a date is in the title, the text is one sentence, or a
    dated sentence says the whole item is done by then; else the end of the period, with every dated
    sentence a milestone. A date that became the deadline is not listed again as a milestone."""
    in_title = milestones_in([title], year, quarter)
    sentences = split_sentences(text)
    dated = milestones_in(sentences, year, quarter)
    governing = [*in_title]
    if len(sentences) == 1:
        governing += dated
    else:
        governing += [m for m in dated if WHOLE_ITEM.search(m.sentence)]
    if governing:
        rest = tuple(m for m in dated if m not in governing)
        return Deadline(max(m.date for m in governing), "explicit", rest)
    if year is None:
        return None  # a plan of no stated year: only the dates it writes in full, never a guessed period
    return Deadline(period_end(year, quarter), "quarter_end", tuple(dated))


def _iso(value: datetime.date | str, what: str) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise DataError(f"{what} 日期无效 {value!r} (not an ISO date YYYY-MM-DD)") from None


def curated(
    computed: Deadline | None,
    deadline: datetime.date | str | None = None,
    milestones: Iterable[Mapping[str, Any]] | None = None,
) -> Deadline | None:
    """Apply the curator's YAML values (plain data, ISO strings or dates) over the computed ones.

    Either may be set alone: a curated deadline keeps the computed milestones, curated milestones keep
    the computed deadline and its source. Milestones are {"date", "phrase", "sentence"}; phrase and
    sentence may be left out."""
    source: DeadlineSource
    if deadline is not None:
        date, source = _iso(deadline, "deadline"), "curated"
    elif computed is not None:
        date, source = computed.date, computed.source
    else:
        return None  # a plan of unknown year with no date written and none curated
    marks = computed.milestones if computed is not None else ()
    if milestones is not None:
        marks = tuple(
            Milestone(
                _iso(m.get("date", ""), "milestone"), str(m.get("phrase", "")), str(m.get("sentence", ""))
            )
            for m in milestones
        )
    return Deadline(date, source, marks)


def of_record(record: Record, meta: Meta) -> Deadline | None:
    """A record's deadline: the one it carries (read and curated when its document was loaded), else
    read from its words in its document's period (a record built by hand)."""
    return record.deadline or compute(record.title, record.text, meta.year, meta.quarter)
