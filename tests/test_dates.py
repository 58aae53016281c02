"""One reading of dates: a typed option, a returned 台账's cell and a notice's 落款 agree (there were
three parse_dates, each knowing other forms: --as-of refused 二〇二〇年六月二十日 and 20200620)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan.cli.testing import invoke
from workplan.dates import first_date, parse_date
from workplan.progress.ledger_read import cell_date

NUMERALS = "〇一二三四五六七八九"


def in_numerals(day: datetime.date) -> str:
    """二〇二〇年六月三十日, as a 落款 writes a date."""

    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (
            ("" if tens < 2 else NUMERALS[tens]) + ("十" if tens else "") + (NUMERALS[ones] if ones else "")
        )

    return "".join(NUMERALS[int(c)] for c in str(day.year)) + f"年{small(day.month)}月{small(day.day)}日"


def forms(day: datetime.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [
        day.isoformat(),
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
        f"{y}年{m}月{d}日",
        f" {y} 年 {m} 月 {d} 日 ",
        f"{y:04d}{m:02d}{d:02d}",
        f"{y}－{m:02d}－{d:02d}",  # full-width, as an input method types it
        in_numerals(day),
        in_numerals(day).replace("〇", "O"),  # the Latin O many offices type
    ]


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_every_way_offices_write_a_day_reads_as_that_day_everywhere(day: datetime.date) -> None:
    for written in forms(day):
        assert parse_date(written) == day, written
        assert cell_date(written) == day, written  # a returned 台账's cell
        in_a_line = first_date(f"某某区人民政府办公室 {written.strip()}")
        assert in_a_line == (None if written.isdigit() else day), written  # 20200630 in text: no date


@pytest.mark.parametrize(
    "text", ["2020-02-30", "2020年13月1日", "二〇二〇年二月三十日", "6月底前", "2020", ""]
)
def test_what_is_no_day_is_none(text: str) -> None:
    assert parse_date(text) is None


def test_an_option_takes_a_day_in_numerals_as_a_ledger_cell_does() -> None:
    for written in ("二〇二〇年六月二十五日", "20200625", "2020年6月25日"):
        result = invoke("status", "--as-of", written, "--db", "/nonexistent/p.db", "--json")
        assert result.exit_code in (0, 1), (written, result.stderr)
    refused = invoke("status", "--as-of", "6月25日", "--db", "/nonexistent/p.db")
    assert refused.exit_code == 2 and "不是日期" in refused.stderr


@pytest.mark.parametrize("text", ["፩፪፫፬፩፪፫፬", "\U00010a40" * 8])
def test_digits_that_are_no_decimal_are_no_date(text: str) -> None:
    """Pass 26: eight Ethiopic or Kharosthi digits passed isdigit() and int() raised (a
    returned ledger's date cell: exit 70)."""
    assert parse_date(text) is None
