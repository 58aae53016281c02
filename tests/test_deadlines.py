"""Deadlines and milestones from an item's words, and the curator's overrides."""

from __future__ import annotations

import datetime

import pytest

from workplan.corpus import Corpus
from workplan.deadlines import Milestone, compute, curated, of_record, period_end
from workplan.errors import DataError

D = datetime.date


def test_item_5_1_runs_to_the_quarter_end_with_two_milestones(corpus: Corpus) -> None:
    record = corpus.record("5.1")
    deadline = of_record(record, corpus.document(record.document).meta)
    assert (deadline.date, deadline.source) == (D(2020, 6, 30), "quarter_end")
    assert [(m.date, m.phrase) for m in deadline.milestones] == [
        (D(2020, 4, 27), "4月27日"),
        (D(2020, 5, 6), "5月6日前"),
    ]
    assert deadline.milestones[1].sentence == "在5月6日前做好其他学段和年级分批返校开学的准备。"
    assert deadline.to_json()["milestones"][1]["date"] == "2020-05-06"


def test_a_half_year_report_is_not_a_half_year_deadline(corpus: Corpus) -> None:
    """2.1 drafts the 上半年 review: 上半年 names a period there, not a date to finish by."""
    record = corpus.record("2.1")
    deadline = of_record(record, corpus.document(record.document).meta)
    assert deadline.source == "quarter_end"
    assert deadline.milestones == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5月20日前完成。", D(2020, 5, 20)),
        ("五月二十日前完成。", D(2020, 5, 20)),
        ("５月２０日前完成。", D(2020, 5, 20)),
        ("6月底前完成。", D(2020, 6, 30)),
        ("二月底前完成。", D(2020, 2, 29)),
        ("5月上旬启动。", D(2020, 5, 10)),
        ("5月中旬启动。", D(2020, 5, 20)),
        ("5月下旬启动。", D(2020, 5, 31)),
        ("年底前完成。", D(2020, 12, 31)),
        ("二季度末前完成。", D(2020, 6, 30)),
        ("第三季度末完成。", D(2020, 9, 30)),
        ("本季度末完成。", D(2020, 6, 30)),
        ("上半年完成。", D(2020, 6, 30)),
        ("2021年3月底前完成。", D(2021, 3, 31)),
        # a year's end with its year written: that year's, not the plan's (it was the plan's, silently)
        ("2021年底前完成。", D(2021, 12, 31)),
        ("2022年年底前完成。", D(2022, 12, 31)),
        ("2021年末建成。", D(2021, 12, 31)),
        ("年内完成。", D(2020, 12, 31)),
        ("2021年内建成。", D(2021, 12, 31)),
        # pass 68: a year written goes on to the dates after it in the sentence (it was the plan's year)
        ("2021年6月底前启动,年底前全面完成。", D(2021, 12, 31)),
        ("6月底前启动,年内完成。", D(2020, 12, 31)),
        ("年内全部完成。", D(2020, 12, 31)),  # pass 71: 年内 before any words but a word's own (内容, 内科)
        ("2021年内交付使用。", D(2021, 12, 31)),
    ],
)
def test_each_phrase_names_its_date(sentence: str, expected: datetime.date) -> None:
    """One sentence: its date governs the whole item."""
    deadline = compute("某项工作", sentence, 2020, 2)
    assert (deadline.date, deadline.source) == (expected, "explicit")


@pytest.mark.parametrize(
    "sentence",
    [
        *("2月30日前完成。", "13月底前完成。", "上半年主要工作回顾。", "彻底整改到位。", "三年内建成。"),
        *("半年内完成整改。", "建设老年内科病区。", "开展2020年内部审计。", "明年内建成。"),  # passes 69, 70
        *("开展2020年内涝防治。", "次年内建成。"),  # pass 72
    ],
)
def test_no_date_where_there_is_none(sentence: str) -> None:
    deadline = compute("某项工作", sentence, 2020, 2)
    assert (deadline.date, deadline.source, deadline.milestones) == (D(2020, 6, 30), "quarter_end", ())


def test_a_date_for_one_sentence_of_several_is_a_milestone() -> None:
    deadline = compute("某项工作", "5月底前启动试点。推进其余工作。", 2020, 2)
    assert (deadline.date, deadline.source) == (D(2020, 6, 30), "quarter_end")
    assert deadline.milestones == (Milestone(D(2020, 5, 31), "5月底前", "5月底前启动试点。"),)


def test_the_whole_item_said_done_by_a_date_is_explicit() -> None:
    deadline = compute("某项工作", "5月底前启动试点。6月20日前全部完成。", 2020, 2)
    assert (deadline.date, deadline.source) == (D(2020, 6, 20), "explicit")
    assert [m.date for m in deadline.milestones] == [D(2020, 5, 31)]


def test_a_date_in_the_title_is_explicit() -> None:
    deadline = compute("5月底前完成道路整治", "推进道路整治。落实养护。", 2020, 2)
    assert (deadline.date, deadline.source, deadline.milestones) == (D(2020, 5, 31), "explicit", ())


def test_a_fourth_quarter_plan_looks_into_next_january() -> None:
    deadline = compute("某项工作", "1月底前完成。", 2020, 4)
    assert deadline.date == D(2021, 1, 31)
    assert compute("某项工作", "2020年1月底前完成。", 2020, 4).date == D(2020, 1, 31)
    assert compute("某项工作", "1月底前完成。", 2020, 1).date == D(2020, 1, 31)


def test_an_annual_plan_ends_with_the_year() -> None:
    assert period_end(2020, None) == D(2020, 12, 31)
    assert compute("某项工作", "推进。落实。", 2020, None).date == D(2020, 12, 31)


def test_curated_values_override() -> None:
    computed = compute("某项工作", "5月底前启动试点。推进其余工作。", 2020, 2)
    set_deadline = curated(computed, deadline="2020-06-15")
    assert (set_deadline.date, set_deadline.source) == (D(2020, 6, 15), "curated")
    assert set_deadline.milestones == computed.milestones
    set_marks = curated(computed, milestones=[{"date": "2020-04-30", "phrase": "4月底前"}])
    assert (set_marks.date, set_marks.source) == (computed.date, "quarter_end")
    assert set_marks.milestones == (Milestone(D(2020, 4, 30), "4月底前", ""),)
    assert curated(computed) == computed
    with pytest.raises(DataError, match="2020-06-31"):
        curated(computed, deadline="2020-06-31")


@pytest.mark.parametrize(
    ("sentence", "quarter", "expected"),
    [  # pass 69: a past year written is history, not the year of the dates after it
        ("延续2023年底政策,6月底前出台新政。", 2, D(2024, 6, 30)),
        ("较2023年12月底增长10%,年底前完成。", 2, D(2024, 12, 31)),
        # a later year carried on is no fourth quarter's: its 3月 is its own, not the next year's
        ("2025年1月底前完成方案,3月底前全面完成。", 4, D(2025, 3, 31)),
        ("2025年6月底前启动,年底前全面完成。", 2, D(2025, 12, 31)),
    ],
)
def test_a_year_goes_on_only_forward(sentence: str, quarter: int, expected: datetime.date) -> None:
    assert compute("某项工作", sentence, 2024, quarter).date == expected


CELL_PERIODS = {  # a 完成时限 cell's period → the month and day it ends, in the plan's year (2024)
    "三季度完成": (9, 30),
    "第二季度": (6, 30),
    "上半年": (6, 30),
    "下半年完成": (12, 31),
    "全年推进": (12, 31),
    "年内完成": (12, 31),
}


@pytest.mark.parametrize("cell", sorted(CELL_PERIODS))
def test_a_deadline_cell_naming_a_period_is_due_at_its_end(cell: str) -> None:
    """Set 69: a 时间进度 / 完成时限 cell of 三季度完成 or 全年推进 named no date — the item's text kept
    it, no deadline for the supervision office to count. Only a cell's whole words are read so."""
    from workplan.deadlines import latest_date

    assert latest_date(cell, 2024, None) == D(2024, *CELL_PERIODS[cell])
    assert latest_date("2025年上半年", 2024, None) == D(2025, 6, 30)  # a year written is its own
    assert latest_date("持续推进", 2024, None) is None and latest_date("第五季度", 2024, None) is None
    assert latest_date("三季度完成", None, None) is None  # a plan of no stated year: no date invented
