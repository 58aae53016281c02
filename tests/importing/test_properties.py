"""Generated notices come back whole, and hostile input costs linear time (proved by doubling, not a clock)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan.importing import import_notice

from .helpers import records, unaccounted

CN = "一二三四五六七八九十"
ITEM_STYLES = ("({})", "（{}）", "{}.", "{}、", "({n})")
UNITS = ("区发改委", "区财政局", "区商务委", "区科委", "区民政局", "各街道", "区教育局")
WORDS = ("推进", "建设", "优化", "服务", "管理", "改革", "民生", "项目", "环境", "创新", "产业", "城市")
FURNITURE = ("- 设为首页", "当前位置:首页 > 政务公开 > 计划总结", "字号:大 中 小")
HEAD = "关于印发某某区2021年第一季度工作要点的通知\n\n某某区人民政府办公室\n2021年1月10日\n\n某某区2021年第一季度工作要点\n\n"


def clause_lines(form: str, lead: str, support: list[str]) -> tuple[str, list[str]]:
    """(what ends the item's line, lines after it) for each way notices write the responsibility."""
    sup = "、".join(support)
    if form == "end":
        return (f"(责任单位:{lead}牵头,{sup}配合)" if support else f"(责任单位:{lead})"), []
    if form == "square":
        return (f"[牵头单位:{lead};配合单位:{sup}]" if support else f"[牵头单位:{lead}]"), []
    if form == "bare":
        return (f"({lead}牵头,{sup}配合)" if support else f"({lead}牵头)"), []
    return "", [f"牵头单位:{lead}"] + ([f"配合单位:{sup}"] if support else [])


item_strategy = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    st.sampled_from(("end", "square", "bare", "lines")),
    st.permutations(UNITS).map(lambda units: units[:3]),
    st.integers(0, 2),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    furniture=st.lists(st.sampled_from(FURNITURE), max_size=3, unique=True),
    style=st.sampled_from(ITEM_STYLES),
    sections=st.lists(st.lists(item_strategy, min_size=1, max_size=4), min_size=1, max_size=3),
)
def test_generated_notices_come_back_whole(furniture: list[str], style: str, sections: list[Any]) -> None:
    lines = [*furniture, HEAD]
    expected = []
    for s, items in enumerate(sections, start=1):
        lines.append(f"{CN[s - 1]}、第{s}部分")
        for i, (title_words, text_words, form, units, n_support) in enumerate(items, start=1):
            title, text = "".join(title_words), "完成" + "".join(text_words) + "工作。"
            lead, support = units[0], list(units[1 : 1 + n_support])
            end, after = clause_lines(form, lead, support)
            number = style.format(CN[i - 1], n=i) if "{n}" not in style else style.format(n=i)
            if style in ("{}.", "{}、"):
                number = style.format(i)
            lines.append(f"{number}{title}。{text}{end}")
            lines += after
            expected.append((f"{s}.{i}", title, text, [lead], support, {}))
    notice = "\n".join(lines) + "\n"
    result = import_notice(notice.encode("utf-8"), "generated.txt")
    assert records(result) == expected
    assert unaccounted(notice, result) == []


def cost(make: Any, n: int) -> float:
    """The best of three runs, in this process's CPU time: the least disturbed by other work on the
    machine (wall time on a loaded CI machine once read 9.6× for a linear parse)."""
    best = float("inf")
    for _ in range(3):
        raw = make(n)
        start = time.process_time()
        try:
            import_notice(raw, "hostile.txt")
        except Exception as e:  # only the project's own errors may come out
            assert type(e).__name__ == "DataError", e
        best = min(best, time.process_time() - start)
    return best


def repeated(prefix: str, piece: str, size: int, suffix: str = "") -> Callable[[int], bytes]:
    """A notice whose hostile part is `piece` repeated: n characters' worth, `size` characters a piece."""
    return lambda n: (HEAD + prefix + piece * (n // size) + suffix).encode()


def scaled(make: Callable[[int], bytes], factor: int = 12) -> Callable[[int], bytes]:
    """A hostile notice `factor` times larger: a cost that grows with the square of a list shows past the
    linear work only at a megabyte (the pieces of a note, figures set apart)."""
    return lambda n: make(factor * n)


HOSTILE = {
    "spaces in a clause": lambda n: (HEAD + "一、经济\n(一)甲。乙。(责任单位:" + " " * n + "x\n").encode(),
    "full-width spaces in a clause": lambda n: (
        HEAD + "一、经济\n(一)甲。乙。(责任单位:" + "\u3000" * n + "x\n"
    ).encode(),
    "one long line of heading words": lambda n: (
        HEAD + "一、经济\n(一)甲。乙。\n" + "攻坚重点" * n + "方案\n"
    ).encode(),
    "brackets opened and never closed": lambda n: (HEAD + "一、经济\n(一)甲。" + "(" * n + "\n").encode(),
    "separators in a clause": lambda n: (
        HEAD + "一、经济\n(一)甲。乙。(责任单位:" + "、," * n + "区商务委)\n"
    ).encode(),
    "prefix-like words": repeated("一、经济\n(一)甲。乙。(", "牵头单位:区商务委,", 10, ")\n"),
    "spaces in a table row": lambda n: (
        HEAD + "序号\t重点工作\t牵头单位\t完成时限\n1" + " " * n + "x\n"
    ).encode(),
    "html nesting and stray end tags": lambda n: (
        "<html><body><p>"
        + HEAD.replace("\n", "<br>")
        + "一、经济<br>(一)甲。乙。</p>"
        + "<div>" * (n // 5)
        + "</span>" * (n // 7)
    ).encode(),
    "html inline tags in one line": lambda n: (
        "<html><body><p>"
        + HEAD.replace("\n", "<br>")
        + "一、经济<br>(一)甲。"
        + "<b>乙</b>" * (n // 8)
        + "</p>"
    ).encode(),
    "pieces of names in a table of one cell per line": repeated(
        "序号\n重点工作\n牵头单位\n1\n甲。\n", "甲乙\n", 20
    ),
    "rows of a table of one cell per line": lambda n: (
        HEAD
        + "序号\n重点工作\n牵头单位\n完成时限\n"
        + "".join(f"{k}\n推进甲。\n区商务委\n6月底前\n" for k in range(n // 100))
    ).encode(),
    "labels after spaces on one line": repeated("一、经济\n(一)甲。", " 牵头单位:区商务委", 10, "\n"),
    "labels with their values on the next line": repeated("一、经济\n(一)甲。\n", "责任单位:\n", 10),
    "labels run together on one line, each another body": lambda n: (
        HEAD + "一、经济\n(一)甲。" + "".join(f"牵头单位:区第{k}局;" for k in range(n // 5)) + "\n"
    ).encode(),
    "a list closed by generic words": repeated("一、经济\n(一)甲。(责任单位:区商务委", "、单位", 3, ")\n"),
    "lead lines under one item, each another body": lambda n: (
        HEAD + "一、经济\n(一)甲。\n" + "".join(f"牵头单位:区第{k}局\n" for k in range(n // 5))
    ).encode(),
    "clauses run together in a paragraph": repeated("一、经济\n1.指标。\n", "甲。(区商务委牵头)", 12, "\n"),
    "outline numbers after spaces on a line of prose": repeated("各单位现将任务分解如下", " 1、甲", 4, "\n"),
    "one long row of a table whose cells stand one space apart": repeated(
        "一、经济\n序号 主要任务 具体措施 牵头单位\n1 ", "推进 ", 3, "区商务委\n"
    ),
    "shared clauses after one item": repeated("一、经济\n1.增长8%;\n", "该目标责任单位为区财政局。\n", 14),
    "shared clauses that withdraw warnings": lambda n: (
        HEAD
        + "一、经济\n"
        + "".join(f"{k}.甲增长;\n该目标责任单位为区财政局。\n" for k in range(1, n // 22 + 1))
    ).encode(),
    "lines of header words that never make a table": repeated(
        "", "牵头单位\n完成时限\n序号\n工作任务\n配合单位\n", 25
    ),
    "numbers glued to words after a numbered line": lambda n: (
        HEAD + "一、经济" + "甲乙丙丁1.戊" * (n // 8) + "\n"
    ).encode(),
    "run-in markers": lambda n: (
        HEAD + "一、经济\n" + "".join(f"({CN[k % 9]})甲。" for k in range(n // 6)) + "\n"
    ).encode(),
    # pass 18: each ;-part that is only a clause re-read every clause before it (88 KB: over 300 s)
    "semicolon parts that are only clauses": lambda n: (
        HEAD
        + "一、经济\n1.推进改革,区发改委牵头"
        + "".join(f";区{CN[k % 9]}局配合" for k in range(n // 7))
        + "。\n"
    ).encode(),
    # pass 58: the support list was filtered against the lead list by a list lookup (3.5 MB: 40 s)
    "one lead and one support named thousands of times": scaled(
        repeated("一、经济\n1. 推进", "区商务委牵头,区发展改革委配合,", 16, "\n")
    ),
    # pass 57: a note's pieces were joined one by one onto a growing string (9.6 MB: 160 s)
    "a note of many pieces in a bracket": scaled(
        repeated("一、经济\n1.甲。（牵头单位：区住建局，备注：", "分批实施，", 5, "）\n")
    ),
    # pass 57: figures set apart were joined one by one onto a growing cell (1 MB: 9 s)
    "figures set apart in a flattened table": scaled(
        repeated(
            "序号 工作内容 责任单位 完成时限 1 推进 区住建局 2024年12月 2 推进 区住建局 2024年12月  ",
            "3 项 ",
            4,
            "\n",
        )
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_costs_linear_time(name: str) -> None:
    """Four times the hostile part costs about four times as much when parsing is linear, sixteen times
    when it is quadratic: the bound of eight separates the two whatever the machine's speed."""
    make = HOSTILE[name]
    n = 20_000
    small, large = cost(make, n), cost(make, 4 * n)
    assert large < 8.0 * small + 0.05, (small, large)


PIECES = [
    *"一二三、(（)）[]【】1.2:：;；,，。牵头配合负责责任单位领导区局委街道各 \t\f\u3000▲第章①\n",
    "(一)",
    "一、",
    "1.",
    "(1)",
    "牵头单位:",
    "分管领导:",
    "2021年1月1日",
    "序号\t重点工作\t牵头单位\n",
    "攻坚专项方案\n",
    "牵头领导:",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_any_text_gives_a_dataset_or_a_data_error(parts: list[str]) -> None:
    from workplan.errors import DataError

    try:
        result = import_notice("".join(parts).encode(), "fuzz.txt")
    except DataError as e:
        assert "\n" not in e.message
        return
    assert result.yaml_text.startswith("# 由 workplan 从")


@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x3100), st.characters()), max_size=60))
def test_clean_maps_every_blank_and_control_character_to_a_space(text: str) -> None:
    """The translate table must hold every white space (all below U+3001) and control character,
    as the character-by-character definition says."""
    from workplan.importing.readers import clean

    by_character = "".join(" " if (c.isspace() or c < " " or "\x7f" <= c <= "\x9f") else c for c in text)
    assert clean(text) == by_character.strip()


def test_clean_agrees_with_its_definition_on_every_character_up_to_the_last_blank() -> None:
    """Exhaustive where the blanks are (U+0000 to U+3000, and a margin past it)."""
    from workplan.importing.readers import clean

    chars = [chr(c) for c in range(0x3100)]
    expected = [
        ("x" + (" " if (c.isspace() or c < " " or "\x7f" <= c <= "\x9f") else c) + "x") for c in chars
    ]
    assert [clean("x" + c + "x") for c in chars] == expected
