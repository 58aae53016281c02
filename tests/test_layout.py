"""Tables and paragraphs that break like Chinese text (issue 16): properties over random cells and widths,
exact strings for small tables, and the shipped data at the widths people use."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workplan.corpus import Corpus
from workplan.errors import UsageError
from workplan.output.layout import (
    WORD_BREAK,
    Col,
    count_lines,
    fit_columns,
    layout_table,
    text_width,
    wrap_lines,
    wrap_paragraph,
    wrap_text,
)

from .conftest import ROOT

# The rules as the issue states them, written out here rather than taken from the module under test.
OPENING = "（「『《“‘("
CLOSING = "、，。；：？！）」』》”’,;:)?!"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CJK = "区委局办公室防控疫情发展改革商务"


def cells(text: str) -> int:
    """Terminal cells of a line, counted independently of the module under test."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def ink(text: str) -> str:
    """The characters a reader sees: everything but whitespace, in order."""
    return "".join(text.split())


def columns_of(line: str, plan: Sequence[tuple[int, int]]) -> list[str]:
    """Cut one table line at the column positions (2 spaces between columns); a wide character belongs
    to the column where it starts."""
    at, starts = 0, []
    for c in line:
        starts.append((at, c))
        at += cells(c)
    out, left = [], 0
    for _, w in plan:
        out.append("".join(c for pos, c in starts if left <= pos < left + w))
        left += w + 2
    return out


# --- random tables -------------------------------------------------------------------------------------

ANY_TEXT = st.text(alphabet=CJK + "aZ09.%" + CLOSING + OPENING + "—… \n", max_size=40)
KINDS = st.sampled_from(["text", "names", "ids"])
COLUMN = st.builds(
    Col,
    header=st.text(alphabet=CJK + "ab", min_size=1, max_size=6),
    min_width=st.integers(1, 12),
    ratio=st.integers(1, 4),
    kind=KINDS,
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[Col], list[list[str]], int]:
    cols = draw(st.lists(COLUMN, min_size=1, max_size=7))
    rows = draw(st.lists(st.lists(ANY_TEXT, min_size=len(cols), max_size=len(cols)), max_size=6))
    return cols, rows, draw(st.integers(20, 200))


def assert_nothing_lost(cols: list[Col], rows: list[list[str]], width: int, out: str) -> None:
    """Every line fits without trailing spaces; read top to bottom, each shown column is its header and
    then its cells in order; empty columns go, the rest stay in order, and hiding is announced."""
    lines = out.split("\n")
    assert lines.pop() == ""
    for line in lines:
        assert cells(line) <= width, line
        assert line == line.rstrip(), repr(line)
    plan = fit_columns(cols, rows, width)
    filled = [j for j in range(len(cols)) if any(r[j].strip() for r in rows)] or list(range(len(cols)))
    assert [j for j, _ in plan] == filled[: len(plan)]
    assert sum(w for _, w in plan) + 2 * (len(plan) - 1) <= width
    hidden = len(filled) - len(plan)
    assert ("columnshidden" in ink(out)) == bool(hidden)
    if hidden:
        note = wrap_paragraph(
            f"({hidden} 列未显示，请加宽终端或用 --width；{hidden} columns hidden, use --width)", width
        )
        assert lines[-len(note.split("\n")) :] == note.split("\n")
        lines = lines[: -len(note.split("\n"))]
    rule = next(i for i, line in enumerate(lines) if line and set(line) == {"─"})
    head, body = lines[:rule], lines[rule + 1 :]
    for k, (j, _) in enumerate(plan):
        assert ink("".join(columns_of(line, plan)[k] for line in head)) == ink(cols[j].header)
        assert ink("".join(columns_of(line, plan)[k] for line in body)) == ink("".join(r[j] for r in rows))


@settings(max_examples=300, deadline=None)
@given(tables())
def test_any_table_fits_and_loses_nothing(table: tuple[list[Col], list[list[str]], int]) -> None:
    cols, rows, width = table
    assert_nothing_lost(cols, rows, width, layout_table(cols, rows, width))


@settings(max_examples=100, deadline=None)
@given(tables(), st.data())
def test_groups_and_title_fit_too(table: tuple[list[Col], list[list[str]], int], data: st.DataObject) -> None:
    cols, rows, width = table
    groups = data.draw(
        st.lists(st.sampled_from([None, "一、疫情防控", "攻坚专项"]), min_size=len(rows), max_size=len(rows))
    )
    out = layout_table(
        cols, rows, width, groups=groups, title="上海市杨浦区人民政府2020年第二季度工作要点" * 3
    )
    for line in out.split("\n"):
        assert cells(line) <= width and line == line.rstrip()
    heads = [g for i, g in enumerate(groups) if g is not None and (i == 0 or groups[i - 1] != g)]
    assert [line for line in out.split("\n") if line in ("一、疫情防控", "攻坚专项")] == heads


# --- cells whose unbreakable runs fit: the Chinese rules must then hold everywhere -------------------------

SEGMENT = st.tuples(
    st.sampled_from(["", *OPENING]),
    st.one_of(st.sampled_from(CJK), st.text(alphabet="aZ09", min_size=1, max_size=3)),
    st.sampled_from(["", *CLOSING]),
    st.sampled_from(["", "", " "]),
).map("".join)
PROSE = st.lists(SEGMENT, min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(PROSE, st.integers(12, 60))
def test_text_breaks_by_the_chinese_rules(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    assert ink("".join(lines)) == ink(text)
    for k, line in enumerate(lines):
        assert cells(line) <= width
        assert line == line.strip()
        if k:
            assert line[0] not in CLOSING, lines
        if k < len(lines) - 1:
            assert line[-1] not in OPENING, lines


@settings(max_examples=300, deadline=None)
@given(PROSE, st.integers(2, 60))
def test_counting_lines_gives_as_many_as_wrapping_them(text: str, width: int) -> None:
    """count_lines skips the balancing of lines, which must never change how many there are: a row
    sized by the count holds the wrapped text."""
    assert count_lines(text, width) == len(wrap_lines(text, width))


NAME = st.text(alphabet=CJK, min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=8), st.integers(4, 40))
def test_names_break_between_names_when_they_fit(names: list[str], width: int) -> None:
    text = "、".join(names)
    lines = wrap_lines(text, width, "names")
    assert "".join(text[s:e] for s, e, _ in lines) == text
    ends = {e for s, e, _ in lines[:-1]}
    at = 0
    for k, name in enumerate(names):
        unit = name + ("、" if k < len(names) - 1 else "")
        if cells(unit) <= width:
            assert not any(at < e < at + len(unit) for e in ends), (name, [text[s:e] for s, e, _ in lines])
        at += len(unit)
    for s, e, w in lines:
        assert w == cells(text[s:e]) <= width
        assert text[s] != "、"


@settings(max_examples=200, deadline=None)
@given(PROSE, st.integers(20, 120), st.integers(0, 30))
def test_paragraphs_wrap_with_a_hanging_indent(text: str, width: int, indent: int) -> None:
    out = wrap_paragraph("  " + text, width, indent).split("\n")
    assert ink("".join(out)) == ink(text)
    assert out[0].startswith("  ")
    for k, line in enumerate(out):
        assert cells(line) <= width and line == line.rstrip()
        if k:
            assert line.startswith(" " * min(indent, width - 4))
            assert line.strip()[0] not in CLOSING


def test_a_chinese_first_line_indent_is_kept() -> None:
    assert wrap_paragraph("\u3000\u3000进一步促进创业就业联动。", 16).split("\n") == [
        "\u3000\u3000进一步促进创",
        "业就业联动。",
    ]


# --- exact output --------------------------------------------------------------------------------------

GOLDEN_COLUMNS = [
    Col("编号", kind="ids"),
    Col("工作任务", min_width=8, ratio=2),
    Col("牵头单位", min_width=8, ratio=2, kind="names"),
    Col("牵头领导", kind="names"),
]
GOLDEN_ROWS = [
    ["2.6", "消费拉动", "区商务委", ""],
    ["3.2", "加快创新街区和园区建设", "科创集团、区科委、区城管执法局(按分工)", ""],
]
GOLDEN_GROUPS = ["综合经济", "创新转型"]


GOLDEN = {
    80: [  # everything fits: natural widths, the empty 牵头领导 left out, 板块 as headings
        "编号  工作任务                牵头单位",
        "─" * 68,
        "综合经济",
        "2.6   消费拉动                区商务委",
        "创新转型",
        "3.2   加快创新街区和园区建设  科创集团、区科委、区城管执法局(按分工)",
    ],
    40: [  # widths by ratio; names break between names; 工作任务 balanced over two lines
        "编号  工作任务          牵头单位",
        "─" * 40,
        "综合经济",
        "2.6   消费拉动          区商务委",
        "创新转型",
        "3.2   加快创新街区      科创集团、",
        "      和园区建设        区科委、",
        "                        区城管执法局",
        "                        (按分工)",
    ],
}


@pytest.mark.parametrize("width", sorted(GOLDEN))
def test_a_small_table_exactly(width: int) -> None:
    out = layout_table(GOLDEN_COLUMNS, GOLDEN_ROWS, width, groups=GOLDEN_GROUPS)
    assert out == "\n".join(GOLDEN[width]) + "\n"


def test_closing_punctuation_never_starts_and_opening_never_ends_a_line() -> None:
    text = "坚持“外防输入、内防反弹”，进一步增强防控境外输入的力量。"
    assert wrap_text(text, 6) == [
        "坚持",
        "“外防",
        "输入、",
        "内防反",
        "弹”，",
        "进一步",
        "增强防",
        "控境外",
        "输入的",
        "力量。",
    ]
    assert wrap_text("区财政局(按分工)", 6) == ["区财政", "局(按", "分工)"]


def test_numbers_and_ascii_words_stay_whole() -> None:
    assert wrap_text("完成2020年目标12.5%", 8) == ["完成", "2020年目", "标12.5%"]
    assert wrap_text("G4", 4, "ids") == ["G4"]
    assert wrap_text("x 1.2.3", 5, "ids") == ["x", "1.2.3"]
    long_id = [["1.2.3.4.5", "推进" * 60]]  # an id column gets its whole width, a text one shares by ratio
    assert fit_columns([Col("编号", kind="ids"), Col("内容", ratio=9)], long_id, 40) == [(0, 9), (1, 29)]
    assert fit_columns([Col("编号"), Col("内容", ratio=9)], long_id, 40) == [(0, 7), (1, 31)]


def test_doubled_dashes_and_ellipses_stay_together() -> None:
    assert wrap_text("区区区——区区", 7) == ["区区区", "——区区"]


def test_columns_that_cannot_fit_are_hidden_and_said_so() -> None:
    cols = [Col(f"列{k}", min_width=10) for k in range(5)]
    rows = [["一二三四五"] * 5]
    plan = fit_columns(cols, rows, 20)
    assert [j for j, _ in plan] == [0, 1, 2] and sum(w for _, w in plan) == 16
    out = layout_table(cols, rows, 20)
    assert "2列未显示" in ink(out) and "2columnshidden" in ink(out)
    assert "列3" not in out


def test_min_widths_fold_down_before_anything_is_hidden() -> None:
    cols = [Col("编号", kind="ids"), Col("标题", min_width=20), Col("单位", min_width=20, kind="names")]
    rows = [["1.1", "落实疫情防控各项决策部署", "区疫情防控工作领导小组办公室、相关成员单位"]]
    plan = fit_columns(cols, rows, 40)
    assert [j for j, _ in plan] == [0, 1, 2]
    assert sum(w for _, w in plan) + 4 == 40
    assert "hidden" not in layout_table(cols, rows, 40)


def test_short_columns_get_their_natural_width_first() -> None:
    cols = [Col("编号", kind="ids"), Col("内容", ratio=5), Col("合计数", ratio=1)]
    rows = [["G4", "推进" * 60, "12"]]
    assert fit_columns(cols, rows, 60) == [(0, 4), (1, 46), (2, 6)]


def test_colour_draws_a_bold_header_and_bold_red_highlights() -> None:
    cols = [Col("编号", kind="ids"), Col("工作任务")]
    rows = [["2.6", "消费拉动"]]
    out = layout_table(cols, rows, 40, highlights={(0, 1): [(2, 4)]}, color=True)
    assert out.split("\n")[0] == "\x1b[1m编号\x1b[0m  \x1b[1m工作任务\x1b[0m"
    assert out.split("\n")[2] == "2.6   消费\x1b[1;31m拉动\x1b[0m"
    assert ANSI.sub("", out) == layout_table(cols, rows, 40, highlights={(0, 1): [(2, 4)]})
    across = layout_table([Col("任务")], [["消费拉动消费拉动"]], 8, highlights={(0, 0): [(2, 6)]}, color=True)
    assert across.split("\n")[2:4] == ["消费\x1b[1;31m拉动\x1b[0m", "\x1b[1;31m消费\x1b[0m拉动"]


def test_bad_widths_and_shapes_are_refused_plainly() -> None:
    with pytest.raises(UsageError, match="宽度"):
        layout_table([Col("a")], [["x"]], 3)
    with pytest.raises(ValueError):
        layout_table([Col("a"), Col("b")], [["x"]], 40)
    with pytest.raises(ValueError):
        layout_table([Col("a")], [["x"]], 40, groups=[])
    with pytest.raises(ValueError):
        Col("a", ratio=0)


def test_importing_the_module_leaves_rich_alone() -> None:
    code = "import sys, workplan.output.layout; print('rich' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout == "False\n"


# --- the shipped data ----------------------------------------------------------------------------------


SHIPPED_COLUMNS = [
    Col("编号", kind="ids"),
    Col("工作任务", min_width=8, ratio=3),
    Col("牵头单位", min_width=8, ratio=3, kind="names"),
    Col("配合单位", min_width=6, ratio=2, kind="names"),
    Col("牵头领导", kind="names"),
]


@pytest.fixture(scope="module")
def shipped(corpus: Corpus) -> tuple[list[list[str]], list[str | None]]:
    """The rows `workplan list` shows, and each row's 板块 as its group."""
    rows = [
        [
            r.id,
            r.title,
            "、".join(r.lead_units) + ("(按分工)" if r.lead_by_division else ""),
            "、".join(r.support_units),
            "、".join(r.lead_leaders),
        ]
        for r in corpus.records
    ]
    return rows, [r.section or "攻坚专项" for r in corpus.records]


@pytest.mark.parametrize("width", [80, 60, 40, 20])
def test_the_shipped_plan_breaks_like_chinese_at_common_widths(
    shipped: tuple[list[list[str]], list[str | None]], width: int
) -> None:
    rows, groups = shipped
    assert_nothing_lost(SHIPPED_COLUMNS, rows, width, layout_table(SHIPPED_COLUMNS, rows, width))
    plan = fit_columns(SHIPPED_COLUMNS, rows, width)
    if width >= 40:
        assert len(plan) == len(SHIPPED_COLUMNS)
    out = layout_table(SHIPPED_COLUMNS, rows, width, groups=groups)
    body = out.split("─" * (sum(w for _, w in plan) + 2 * (len(plan) - 1)) + "\n", 1)[1].split("\n")
    for line in body:
        assert cells(line) <= width and line == line.rstrip()
        for part in columns_of(line, plan):
            assert part.strip()[:1] not in ("、", ")", "）") and part.strip()[-1:] not in ("(", "（"), line
    assert sum(1 for line in body if line in set(groups)) == len(set(groups))


def test_the_readme_example_shows_its_real_output(capsys: pytest.CaptureFixture[str]) -> None:
    doc = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
    code, shown = re.findall(r"```(?:python)?\n(.*?)```", doc, re.S)[:2]
    exec(compile(code, "layout.md", "exec"), {})
    assert capsys.readouterr().out == shown


def test_headers_fold_between_their_words_and_counts_stay_narrow() -> None:
    """`逾期​未办结` folds as 逾期 / 未办结 (never 逾期未 / 办结), a column of counts is as wide as its
    widest header word while text still wants room, and the mark is never drawn."""
    columns = [
        Col("单位", ratio=3, kind="names"),
        Col(WORD_BREAK.join(["逾期", "未办结"]), kind="ids"),
        Col(WORD_BREAK.join(["配合", "已报送"]), kind="ids"),
    ]
    rows = [["区疫情防控工作领导小组办公室、区政府办公室、区发展改革委", "5", "12"]]
    text = layout_table(columns, rows, 30)
    head = text.splitlines()[:2]
    assert [line.split() for line in head] == [["单位", "逾期", "配合"], ["未办结", "已报送"]], text
    assert WORD_BREAK not in text
    wide = layout_table(columns, rows, 120)
    assert wide.splitlines()[0].split() == ["单位", "逾期未办结", "配合已报送"]


def test_markdown_headers_drop_the_word_breaks() -> None:
    from workplan.output.render import Column, Format, Report, Table, render

    report = Report([Table("t", [{"n": 1}], [Column("n", WORD_BREAK.join(["逾期", "未办结"]), kind="ids")])])
    assert render(report, Format.markdown).splitlines()[0] == "| 逾期未办结 |"


def test_docs_at_80_columns_gives_the_title_the_room(tmp_path: object) -> None:
    """The counts keep two-character columns and the title takes the width (it folded into four lines
    while 32 and 9 sat in eight cells each)."""
    from workplan.cli.testing import invoke

    result = invoke("docs", "--width", "80")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    body = lines[next(k for k, line in enumerate(lines) if line.startswith("─")) + 1 :]
    assert len([line for line in body if line.strip()]) <= 3, result.stdout
    assert body[0].rstrip().endswith("32    9"), body[0]


@settings(max_examples=300, deadline=None)
@given(PROSE, st.integers(1, 40), st.integers(1, 40))
def test_a_run_of_ideographs_fills_as_its_characters_would(text: str, width: int, first: int) -> None:
    """The tokenizer keeps the middle of a run of ideographs as one token (a long cell is counted fast);
    filling lines with it must give the lines its characters give one by one."""
    from workplan.output.layout import _RUN, _TEXT, _fill, _tokens

    tokens = _tokens(text, 0, len(text))
    apart = [[i, i + 1, 2, _TEXT] for s, e, _, kind in tokens if kind == _RUN for i in range(s, e)]
    one_by_one = sorted([t for t in tokens if t[3] != _RUN] + apart)
    assert _fill(text, tokens, width, first) == _fill(text, one_by_one, width, first)


def test_a_line_breaks_inside_a_run_only_where_it_is_full() -> None:
    assert count_lines("区" * 10, 6) == 4
    assert count_lines("区" * 9 + "。", 6) == 4  # 区。 stays together: the third line holds two
    assert wrap_text("（区区区区区区区）", 6) == ["（区区", "区区区", "区区）"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(CJK + "，。（）ab 1\u3000\u302a\u200b"),
            st.characters(exclude_categories=("Cc", "Cs")),
        ),
        max_size=20,
    )
)
def test_text_width_is_the_sum_of_its_characters(text: str) -> None:
    """The fast count for plain CJK and ASCII text agrees with measuring each character (text here is
    already escaped: no control characters)."""
    from workplan.output.layout import char_width

    assert text_width(text) == sum(map(char_width, text))
