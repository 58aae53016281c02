"""Exact output of every format for the commands people pipe most, and every format for every report.

The golden files in tests/golden/ are the reviewed output; after an intended change, regenerate them with
`WORKPLAN_UPDATE_GOLDEN=1 pytest tests/test_render.py` and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workplan.cli.testing import invoke
from workplan.corpus import Corpus
from workplan.render import Column, Format, Report, Table, render, visible
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
