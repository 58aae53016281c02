"""Calendar dates as offices write them, read by one set of rules wherever they come in: an option a
person types, a cell of a returned 台账, a notice's 落款. Deadline phrases (6月底前, 年内) are
`deadlines`' affair; this module reads days.

    parse_date("2020/6/30") == parse_date("2020年6月30日") == parse_date("二〇二〇年六月三十日")
    first_date("…人民政府办公室 2020年4月20日印发") == datetime.date(2020, 4, 20)
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from .ids import chinese_number

# written out in full: 2020-06-30, 2020/6/30, 2020.6.30, 2020年6月30日 (spaces between the parts let be)
TYPED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
IN_WORDS = re.compile(r"(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")  # inside running text
IN_FIGURES = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
# 二〇二〇年六月三十日, with the Latin O or zero many offices type for 〇
IN_NUMERALS = re.compile(
    r"([〇零○ＯOo0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
YEAR_DIGITS = str.maketrans("〇零○ＯOo0一二三四五六七八九", "0000000123456789")


def day(year: int, month: int, day_of_month: int) -> datetime.date | None:
    """The date, or None when there is no such day (2月30日)."""
    try:
        return datetime.date(year, month, day_of_month)
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """A text that is a date and nothing more: 2020-06-30, 2020/6/30, 2020.6.30, 2020年6月30日, 20200630,
    二〇二〇年六月三十日 (full-width digits too); None for anything else, or a day that does not exist."""
    text = unicodedata.normalize("NFKC", text).strip()
    if len(text) == 8 and text.isdecimal():  # (isdigit takes ፩፪… and superscripts, which int() refuses)
        return day(int(text[:4]), int(text[4:6]), int(text[6:]))
    if m := TYPED.fullmatch(text):
        return day(int(m[1]), int(m[2]), int(m[3]))
    if m := IN_NUMERALS.fullmatch(text):
        return in_numerals(m)
    return None


def first_date(text: str) -> datetime.date | None:
    """A date written in a line: in words (2020年4月20日) first, then figures (2020-04-20), then
    numerals (二〇二〇年三月五日); full-width digits as well. Eight digits alone are not taken for a date
    inside running text (a 文号, a phone number)."""
    text = unicodedata.normalize("NFKC", text)
    for pattern in (IN_WORDS, IN_FIGURES):
        if m := pattern.search(text):
            return day(int(m[1]), int(m[2]), int(m[3]))
    if m := IN_NUMERALS.search(text):
        return in_numerals(m)
    return None


def in_numerals(m: re.Match[str]) -> datetime.date | None:
    month, day_of_month = chinese_number(m[2]), chinese_number(m[3])
    return day(int(m[1].translate(YEAR_DIGITS)), month, day_of_month) if month and day_of_month else None
