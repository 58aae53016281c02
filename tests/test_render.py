"""Exact output of every format for the commands people pipe most, and every format for every report.

The golden files in tests/golden/ are the reviewed output; after an intended change, regenerate them with
`WORKPLAN_UPDATE_GOLDEN=1 pytest tests/test_render.py` and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan.cli.testing import invoke
from workplan.corpus import Corpus
from workplan.output.render import (
    BATCH,
    Column,
    Format,
    Report,
    Rows,
    Table,
    json_chunks,
    json_text,
    render,
    render_chunks,
    visible,
)
from workplan.reports import records_report

GOLDEN = Path(__file__).parent / "golden"
COMMANDS = {"list": ["list"], "by-unit": ["by-unit", "区商务委"], "search": ["search", "旧改"]}


@pytest.mark.parametrize("fmt", [f.value for f in Format])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_exact_output(name: str, fmt: str) -> None:
    result = invoke(*COMMANDS[name], "--format", fmt, "--width", "80") if fmt == "table" else None
    result = result or invoke(*COMMANDS[name], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{name}.{fmt}"
    if os.environ.get("WORKPLAN_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_every_format_renders_every_kind_of_report(corpus: Corpus) -> None:
    """A new Format member without a renderer fails here (and in mypy, through assert_never)."""
    reports = [
        records_report(corpus, corpus.records[:3]),
        Report([Table("a", [{"x": 1}], [Column("x", "X")]), Table("b", [{"y": "二"}], [Column("y", "Y")])]),
        Report([Table("one", [{"k": "v"}], [Column("k", "K")])], data={"k": "v", "n": [1, 2]}),
    ]
    for report in reports:
        for fmt in Format:
            text = render(report, fmt)
            assert text.strip(), (fmt, report)


def test_json_is_compact_in_pipes_and_indented_for_people(corpus: Corpus) -> None:
    report = records_report(corpus, corpus.records[:1])
    compact, pretty = render(report, Format.json, pretty=False), render(report, Format.json, pretty=True)
    assert "\n" not in compact.rstrip("\n") and "\n  " in pretty
    assert json.loads(compact) == json.loads(pretty)


def test_jsonl_of_grouped_tables_names_the_group() -> None:
    report = Report([Table("a", [{"x": 1}], [Column("x", "X")]), Table("b", [{"x": 2}], [Column("x", "X")])])
    assert render(report, Format.jsonl) == '{"group": "a", "x": 1}\n{"group": "b", "x": 2}\n'


def test_delimited_formats_flatten_lists_and_never_break_rows() -> None:
    rows = [{"units": ["甲", "乙"], "text": "a\tb\nc", "flag": True}]
    report = Report([Table("t", rows, [Column("units", "U")])])
    assert render(report, Format.tsv) == "units\ttext\tflag\n甲、乙\ta b c\ttrue\n"
    assert render(report, Format.csv) == 'units,text,flag\n甲、乙,"a\tb\nc",true\n'


def test_markdown_escapes_cells() -> None:
    report = Report([Table("t", [{"x": "a|b\\c\nd"}], [Column("x", "X|Y")], title="标题")])
    assert render(report, Format.markdown) == "### 标题\n\n| X\\|Y |\n|---|\n| a\\|b\\\\c<br>d |\n"


def test_control_characters_never_reach_a_terminal() -> None:
    hostile = "a\x1b]0;pwned\x07\x1b[2J\u202eb\x85"
    assert visible(hostile) == "a\\u001b]0;pwned\\u0007\\u001b[2J\\u202eb\\u0085"
    report = Report([Table("t", [{"x": hostile}], [Column("x", "X")], title=hostile)])
    for fmt in (Format.table, Format.json, Format.jsonl, Format.markdown):
        out = render(report, fmt)
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\x85" not in out, fmt


def cells(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


FORBIDDEN_STARTS = tuple("、,，。;；:：)）」』》")


@pytest.mark.parametrize(
    "args",
    [["list"], ["by-unit", "殷行街道"], ["show", "G4"], ["show", "5.1"], []],
    ids=lambda a: " ".join(a) or "overview",
)
def test_tables_follow_chinese_line_breaking_at_80_columns(args: list[str]) -> None:
    """Issue 16: at COLUMNS=80 no line starts with 、 or ), none exceeds 80 cells, none ends in spaces."""
    out = invoke(*args, env={"COLUMNS": "80"}).stdout
    assert out.strip()
    for line in out.splitlines():
        assert cells(line) <= 80, line
        assert not line.lstrip(" ").startswith(FORBIDDEN_STARTS), line
        assert line == line.rstrip(), line


@pytest.mark.parametrize("args", [["list"], ["by-unit", "殷行街道"], ["show", "G4"]], ids=" ".join)
def test_nothing_is_cropped_at_40_columns(corpus: Corpus, args: list[str]) -> None:
    """Folded to 40 columns, every character of what the table shows is still there (no … and no cut):
    the layout's own tests read each column back top to bottom; here the whole command's output holds
    every character of every title, unit list and text it lists."""
    from collections import Counter

    out = invoke(*args, env={"COLUMNS": "40"}).stdout
    wide = invoke(*args, env={"COLUMNS": "300"}).stdout
    assert "…" not in out and "列未显示" not in out

    def ink(text: str) -> Counter[str]:
        return Counter(c for c in "".join(text.split()) if c != "─")  # the rule under the header

    assert ink(out) == ink(wide) and len(out.splitlines()) > len(wide.splitlines())


ROW_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='区商务委\x1b\u202e"\\\n ab'),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)


@given(st.lists(st.dictionaries(st.text(max_size=4), ROW_VALUES, max_size=4), max_size=600), st.booleans())
def test_json_written_row_by_row_is_the_json_of_the_whole(rows: list[dict], pretty: bool) -> None:
    """Streaming changes when bytes are written, not what they say: across batch boundaries the pieces
    join into one JSON value equal to the rows; indented, exactly one json.dumps(indent=2); compact,
    one row per line (what `head -1` and `grep` read)."""
    report = Report([Table("records", Rows(rows, dict), [])])
    joined = "".join(json_chunks(report, pretty))
    assert json.loads(joined) == rows
    if pretty:
        assert joined == json_text(rows, indent=2) + "\n"
    else:
        lines = joined.splitlines()
        assert len(lines) == max(1, len(rows))
        assert [json.loads(line.strip(" [],")) for line in lines if rows] == rows
    assert render(report, Format.jsonl) == "".join(json_text(r) + "\n" for r in rows)


def test_a_long_listing_is_written_before_it_is_all_read() -> None:
    """The first piece of JSON leaves before the rows past the first batch are even made: `| head`
    ends the command there, and memory holds one batch."""
    made: list[int] = []

    def row(n: int) -> dict:
        made.append(n)
        return {"n": n}

    report = Report([Table("records", Rows(range(100_000), row), [])])
    for fmt in (Format.json, Format.jsonl):
        made.clear()
        first = next(render_chunks(report, fmt, pretty=False))
        assert first.startswith('[{"n": 0},\n' if fmt is Format.json else '{"n": 0}\n')
        assert len(made) == BATCH < 100_000


FORMAT_CHARACTERS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
FILLERS = [
    "\u115f",
    "\u1160",
    "\u3164",
    "\uffa0",
    "\u034f",
    "\u17b4",
    "\u17b5",
]  # letters, marks: nothing drawn


@pytest.mark.parametrize("char", [*FORMAT_CHARACTERS, *FILLERS, "\x1b", "\u2028", "\u2029"])
def test_every_invisible_format_character_is_shown_as_an_escape(char: str) -> None:
    """U+061C (a bidi mark), word joiners, the BOM, tag characters reached terminals and Markdown raw,
    then (pass 58) Arabic number signs, musical and shorthand format controls and the Hangul fillers:
    every character of Unicode's format category, and those that draw nothing, is an escape, in tables
    and files alike."""
    from workplan.output.render import markdown_cell, visible

    shown = visible(f"区商务委{char}牵头")
    assert char not in shown and json.loads(f'"{shown}"') == f"区商务委{char}牵头"  # (a JSON escape)
    assert char not in markdown_cell(f"区商务委{char}牵头")


def test_markdown_cells_hold_html_and_links_as_text() -> None:
    """A note's `<img onerror=…>` or `[x](javascript:…)` was live markup in a Markdown viewer: the
    brackets and the ampersand are written as text, the table's own marks escaped, the words kept."""
    from workplan.output.render import markdown_cell

    cell = markdown_cell("已完成<img src=x onerror=alert(1)>[点此](javascript:alert(1))&|")
    assert "<img" not in cell and "](" not in cell.replace("\\](", "")
    assert cell == "已完成&lt;img src=x onerror=alert(1)&gt;\\[点此\\](javascript:alert(1))&amp;\\|"


@given(
    st.lists(
        st.dictionaries(st.sampled_from(["a", "b", "c", "编号"]), st.text(max_size=5), max_size=4),
        max_size=600,
    )
)
def test_csv_written_row_by_row_is_the_csv_of_the_whole(rows: list[dict[str, str]]) -> None:
    """Pass 87: CSV and TSV were made whole (two million reports: out of memory, exit 70); they are
    written a batch of rows at a time, with the header every row's keys make, and read back as the rows."""
    import csv
    import io

    report = Report([Table("records", Rows(rows, dict), [])])
    chunks = list(render_chunks(report, Format.csv))
    header = list(dict.fromkeys(k for row in rows for k in row))
    assert len(chunks) == 1 + -(-len(rows) // BATCH)  # the header, then a piece per batch
    from workplan.output.render import csv_text, flat_row

    cells = [[flat_row(r, None).get(k, "") for k in header] for r in rows]
    assert "".join(chunks) == csv_text(header, cells)  # the whole, as one writer makes it
    if rows and header:
        assert next(csv.reader(io.StringIO("".join(chunks), newline=""))) == header
    tsv = render(report, Format.tsv).split("\n")
    assert len(tsv) == 2 + len(rows) and tsv[0].split("\t") == (header or [""])


def test_a_table_of_more_rows_than_anyone_reads_draws_the_first_and_says_how_many_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pass 87: a table or Markdown of two million reports ran out of memory (exit 70). The first
    MAX_TABLE_ROWS are drawn, over tables in order, and a last line says how many more rows CSV, JSONL
    and --json would write (pass 88: refusing had made an import that stored 499,996 reports exit 2)."""
    from workplan import limits

    monkeypatch.setattr(limits, "MAX_TABLE_ROWS", 3)
    columns = [Column("a", "甲")]
    small = Report([Table("records", [{"a": "1"}] * 3, columns)])
    assert "more rows" not in render(small, Format.table) + render(small, Format.markdown)
    big = Report([Table("one", [{"a": "一"}] * 2, columns), Table("two", [{"a": "二"}] * 3, columns)])
    for fmt in (Format.table, Format.markdown):
        drawn = render(big, fmt)
        assert drawn.count("一") == 2 and drawn.count("二") == 1 and "另有 2 行未画出" in drawn
    assert render(big, Format.csv).count("\n") == 6  # every row


def test_a_table_of_more_characters_than_memory_holds_draws_the_first_rows_and_says_how_many_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pass 97: 500,000 reports naming a 32-character plan, item and unit ran progress log's table out
    of memory (a drawn character costs ~40 bytes), under MAX_TABLE_ROWS: the rows drawn are bounded by
    their characters too, over tables in order, and the rest said."""
    from workplan import limits

    monkeypatch.setattr(limits, "MAX_TABLE_CHARS", 25)
    columns = [Column("a", "甲"), Column("b", "乙")]
    short = Report([Table("records", [{"a": "一二", "b": "三"}] * 8, columns)])
    assert "more rows" not in render(short, Format.table)  # 24 characters: every row
    wide = Report(
        [
            Table("one", [{"a": "长" * 10, "b": "一"}] * 2, columns),
            Table("two", [{"a": "长" * 10, "b": "二"}] * 3, columns),
        ]
    )
    for fmt in (Format.table, Format.markdown):
        drawn = render(wide, fmt)
        assert drawn.count("一") == 2 and "二" not in drawn and "另有 3 行未画出" in drawn
    assert render(wide, Format.jsonl).count("\n") == 5  # every row


def test_compact_json_is_json_dumps_with_or_without_the_c_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compact writer keeps the C encoder's iterator once; a Python without it (PyPy) encodes
    through json's own encoder: both write exactly json.dumps(value, ensure_ascii=False), a
    Fragment as its value."""
    from workplan.output import render

    value = {
        "title": "区商务委\u3000牵头\n",
        "n": [1, 2.5, -0.0, True, None],
        "nested": [{"a": "“引号”", "b": []}],
        "kind": render.Format.json,
        "frag": render.Fragment(lambda: {"x": 1}, lambda: '{"x": 1}'),
    }
    plain = json.dumps({**value, "frag": {"x": 1}}, ensure_ascii=False)
    assert render.compact_encoder()(value) == plain
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    assert render.compact_encoder()(value) == plain
