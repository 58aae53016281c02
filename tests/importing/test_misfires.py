"""Where the open-world rules must not fire: an attacker's pass over them (issue 22) found each of these
reading a notice wrong; the notices here are written for the tests, in the shapes it used."""

from __future__ import annotations

from typing import Any

import pytest

from workplan.importing import import_notice

from .helpers import records

HEAD = "南川市2021年重点工作安排\n"
ECONOMY = "(一)扩大投资。投资增长9%。(责任单位:市发改委)\n(二)提振消费。办好购物节。(责任单位:市商务局)\n"
LIVING = "二、改善民生\n(一)稳定就业。新增就业3万人。(责任单位:市人社局)\n"
SECTIONS = [
    ("1.1", "扩大投资", "投资增长9%。", ["市发改委"], [], {}),
    ("1.2", "提振消费", "办好购物节。", ["市商务局"], [], {}),
    ("2.1", "稳定就业", "新增就业3万人。", ["市人社局"], [], {}),
]


def imported(body: str) -> Any:
    return import_notice((HEAD + body).encode(), "t.txt")


@pytest.mark.parametrize(
    "body",
    [
        # prose whose words, one space apart, hold header words is no table header
        "各单位要做到:\n一是压实任务 二是明确责任单位 三是严守时限\n一、稳定增长\n" + ECONOMY + LIVING,
        # 一、二季度 counts quarters; it opens no section in a line of prose
        "一、稳定增长\n" + ECONOMY + "全年运行平稳。一、二季度增长较快,三、四季度有所回落。\n" + LIVING,
    ],
    ids=["spaced prose", "一、二季度"],
)
def test_prose_opens_no_table_and_no_section(body: str) -> None:
    got = records(imported(body))
    assert [r[:5] for r in got][:1] == [SECTIONS[0][:5]] and [r[0] for r in got] == ["1.1", "1.2", "2.1"]


def test_a_label_word_alone_before_a_section_heading_does_not_swallow_it() -> None:
    result = imported(
        "一、总体要求\n坚持稳中求进。\n主要任务\n二、稳定增长\n" + ECONOMY + LIVING.replace("二、", "三、")
    )
    assert [r[0] for r in records(result)] == ["2.1", "2.2", "3.1"]
    assert any("主要任务" in w.message for w in result.warnings)


def test_sections_closed_by_one_clause_line_stay_sections() -> None:
    body = (
        "一、稳定增长\n(一)扩大投资。投资增长9%。\n(二)提振消费。办好购物节。\n责任单位:市发改委、市商务局\n"
        "二、改善民生\n(一)稳定就业。新增就业3万人。\n(二)扩大养老。新增床位800张。\n责任单位:市人社局、市民政局\n"
    )
    assert [r[0] for r in records(imported(body))] == ["1.1", "1.2", "2.1", "2.2"]


@pytest.mark.parametrize(
    "sentence",
    [
        "整改措施:由于各街道落实不到位,问题反复出现。",
        "由市政府负责同志牵头协调,加快进度。",
        "由市财政局保障资金,市人社局牵头组织实施。",
    ],
)
def test_prose_that_says_by_whom_is_no_clause_unless_a_label_introduces_it(sentence: str) -> None:
    result = imported("一、稳定增长\n1.推进改革。\n" + sentence + "\n")
    (task,) = result.data["sections"][0]["tasks"]
    assert task["responsibility"]["lead"] == [] and sentence.rstrip("。") in task["text"]
    assert any("没有找到责任单位" in w.message for w in result.warnings)


def test_an_explicit_lead_column_leads_after_a_generic_one() -> None:
    table = "序号 | 工作任务 | 责任单位 | 牵头单位\n1 | 推进旧城改造 | 各区政府 | 市住建局\n"
    assert [r[3:5] for r in records(imported(table))] == [(["市住建局"], ["各区政府"])]


def test_a_shared_clause_with_no_item_left_stays_in_the_text_with_a_warning() -> None:
    body = "一、经济目标\n1.生产总值增长8%;(市发改委)\n2.投资增长10%;(市统计局)\n2项目标的责任单位均为市财政局。\n"
    result = imported(body)
    assert [r[3] for r in records(result)] == [["市发改委"], ["市统计局"]]
    assert records(result)[1][2] == "2项目标的责任单位均为市财政局。"
    assert [w.where for w in result.warnings if "shared clause" in w.message] == ["line 5"]


@pytest.mark.parametrize(
    ("sentence", "lead", "support"),
    [
        ("以上两项目标的责任单位均为市发改委。", ["市发改委"], []),
        ("以上两项目标的责任单位均为市发改委,配合单位为市统计局。", ["市发改委"], ["市统计局"]),
    ],
)
def test_shared_clauses_in_words_and_with_a_support_unit(
    sentence: str, lead: list[str], support: list[str]
) -> None:
    got = records(imported("一、经济目标\n1.生产总值增长8%;\n2.投资增长10%;\n" + sentence + "\n"))
    assert [r[3:5] for r in got] == [(lead, support)] * 2
