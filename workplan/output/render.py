"""The one output layer: a command's Report becomes a string in the chosen format.

Renderers never print. JSON/JSONL/CSV/TSV/Markdown are built with the standard library only; rich is
imported only when a table is actually drawn, so the machine-readable paths start fast.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from typing_extensions import assert_never

from .layout import WORD_BREAK, CellKind

Span = tuple[int, int]
R = TypeVar("R")
# C0/C1 controls, and every invisible character a terminal or a viewer acts on or draws as nothing: all
# of Unicode's format characters (category Cf: zero-width and bidi marks, overrides and isolates, word
# joiners and invisible operators, the BOM, Arabic and Syriac number signs, interlinear annotation,
# shorthand and musical format controls, tag characters), the line and paragraph separators, and
# DRAWN_AS_NOTHING
# in two classes: one holding characters past U+FFFF made every search of a 40 MB answer 5 times slower
# (0.51 s against 0.11 s), so those are looked for only in text that has any (`_ASTRAL`, one range: fast)
DRAWN_AS_NOTHING = "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0"  # the combining grapheme joiner, Khmer's
# inherent vowels (pass 150) and the Hangul
# fillers: printable (str.isprintable), yet they show nothing — every other character escaped is not
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    f"\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb{DRAWN_AS_NOTHING}]"
)
_CONTROL_ASTRAL = re.compile(
    "[\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e007f]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _escape_controls(text: str) -> str:
    if text.isprintable() and not any(c in text for c in DRAWN_AS_NOTHING):
        return text  # (most text: one pass in C, where the patterns took two — a fifth of a 9,000-row answer)
    text = _CONTROL.sub(lambda m: escaped(m.group()), text)
    return _CONTROL_ASTRAL.sub(lambda m: escaped(m.group()), text) if _ASTRAL.search(text) else text


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"


def format_name(text: str) -> str:
    """A --format value as typed (any case, spaces, `md` as the file extension says it) → its name."""
    name = text.strip().lower()
    return "markdown" if name == "md" else name


@dataclass(slots=True)
class Column:
    key: str
    header: str
    cell: Callable[[dict[str, Any]], str] | None = None  # table/markdown text when not the plain value
    min_width: int | None = None
    ratio: int | None = None
    kind: CellKind = "text"  # "names": a 、-list that breaks between names; "ids": never folded


@dataclass(slots=True)
class Table:
    key: str
    rows: Sequence[dict[str, Any]]  # a list, or `Rows` made as they are read
    columns: list[Column]
    title: str = ""
    highlights: Mapping[tuple[int, str], list[Span]] = field(default_factory=dict)
    group: Callable[[dict[str, Any]], str] | None = None  # in a terminal: a heading row per group
    # each row's compact JSON (`json_text(row)`), made without the row where a faster way exists (the
    # record's JSON as the index stored it): what compact JSON and JSONL write instead of the rows
    encoded: Sequence[str] | None = None


class Rows(Sequence[R]):
    """Rows made from a sequence of values as they are read, and not kept: a table of a million records
    streams to JSON holding one batch at a time, and still knows its length."""

    def __init__(self, source: Sequence[Any], row: Callable[[Any], R]) -> None:
        self.source = source
        self.row = row

    def __len__(self) -> int:
        return len(self.source)

    def __iter__(self) -> Iterator[R]:
        return map(self.row, self.source)

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[R]: ...
    def __getitem__(self, i: int | slice) -> R | Sequence[R]:
        if isinstance(i, slice):
            return Rows(self.source[i], self.row)
        return self.row(self.source[i])


@dataclass(slots=True)
class Report:
    """What a command produced: tables for people, `data` for JSON (default: the rows)."""

    tables: list[Table]
    data: Any = None
    found: bool = True
    nothing: str = "没有匹配的记录 (no matching records)"  # said on stderr when nothing was found
    spliced: bool = False  # `data` holds Fragments: compact JSON splices their texts (`spliced_json`)

    def json_data(self) -> Any:
        if self.data is not None:
            return self.data
        if len(self.tables) == 1:
            return self.tables[0].rows
        return {t.key: t.rows for t in self.tables}

    def encoded_rows(self) -> Sequence[str] | None:
        """The compact JSON of `json_data`'s rows, one text per row, where the table made them."""
        return self.tables[0].encoded if self.data is None and len(self.tables) == 1 else None


def visible(text: str) -> str:
    """Control and bidi characters shown as escapes, so data can never drive the terminal; one past
    U+FFFF (a tag character) as its surrogate pair, \\udb40\\udc00, which a JSON reader takes back whole
    (\\ue0000 read as U+E000 and a 0)."""
    return _escape_controls(text)


def escaped(char: str) -> str:
    """One character as a \\u escape: the form JSON and Python both read back."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def one_line(text: str) -> str:
    """`visible`, and a newline shown as \\n too: a name or a message that must stay one line (a file
    named with a newline would forge a line of its own)."""
    return visible(text).replace("\n", "\\n")


def plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, list):
        return "、".join(plain(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cell_text(row: dict[str, Any], col: Column) -> str:
    return col.cell(row) if col.cell else plain(row.get(col.key))


def flat_row(row: dict[str, Any], group: str | None) -> dict[str, str]:
    out = {"group": group} if group else {}
    for k, v in row.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            out[k] = json.dumps(v, ensure_ascii=False)
        else:
            out[k] = plain(v) if not isinstance(v, bool) else ("true" if v else "false")
    return out


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON with Chinese unescaped, but every control character escaped: valid JSON, inert in a terminal."""
    if indent is None:
        text = _compact(value)
    else:
        text = json.dumps(value, ensure_ascii=False, indent=indent, default=_fragment_value)
    return _escape_controls(text)


@dataclass(frozen=True)
class Fragment:
    """A value whose compact JSON is made already (a record's stored text, its `ref` spliced in): written
    as that text where JSON is compact, built as `value()` where it is indented."""

    value: Callable[[], Any]
    text: Callable[[], str]


def _fragment_value(o: Any) -> Any:
    if isinstance(o, Fragment):
        return o.value()
    raise TypeError(f"{type(o).__name__} is not JSON")


def spliced_json(value: Any) -> str:
    """`json_text(value)` for a value holding Fragments: each one's text as it stands, the rest encoded
    (a diff of 60,000 records spent a quarter of its time encoding records stored encoded already)."""
    if isinstance(value, Fragment):
        return value.text()
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {spliced_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list) and any(isinstance(x, (Fragment, dict, list)) for x in value):
        return "[" + ", ".join(map(spliced_json, value)) + "]"
    return json_text(value)  # (a list of plain values encoded at once)


def _key(key: Any) -> str:
    """A key as JSON writes it: a plain name quoted as it is, any other through the encoder."""
    return f'"{key}"' if isinstance(key, str) and key.isascii() and key.isidentifier() else json_text(key)


def compact_encoder() -> Callable[[Any], str]:
    """json.dumps(value, ensure_ascii=False) made once, not per call: the encoder (a third of its time
    for the small objects written once per row), and where the C one is there, its iterator too — the
    encoder makes one per call (a third of what is left: 3.4 µs against 2.2 µs for a search hit's extras).
    Another Python (PyPy: no C encoder) gets the encoder's own `encode`, the same text."""
    encoder = json.JSONEncoder(ensure_ascii=False, default=_fragment_value)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return encoder.encode
    once = make(None, _fragment_value, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(once(value, 0))


_compact = compact_encoder()


def _items(data: Any) -> Sequence[Any] | None:
    """The rows of a JSON value that is a list of them (a list, or a lazy Sequence of rows)."""
    if isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
        return data
    return None


def json_chunks(report: Report, pretty: bool = True) -> Iterator[str]:
    """JSON written as it is made: a list of rows row by row, so `| head` stops the command early and
    memory does not grow with the answer. Indented (for people) it is exactly json.dumps(indent=2);
    compact, one row per line."""
    data = report.json_data()
    rows = _items(data)
    if rows is None:
        compact = spliced_json if report.spliced else json_text
        yield (json_text(data, indent=2) if pretty else compact(data)) + "\n"
        return
    if not rows:
        yield "[]\n"
        return
    encoded = report.encoded_rows()
    if pretty:  # json.dumps(list, indent=2): each row indented one level, ",\n" between them
        first, between, last = "[\n", ",\n", "\n]\n"
        encode: Callable[[Any], str] = lambda row: "  " + json_text(row, 2).replace("\n", "\n  ")  # noqa: E731
    elif encoded is not None:  # the same, each row's text made already
        first, between, last, encode, rows = "[", ",\n ", "]\n", str, encoded
    else:  # one row per line, as sqlite-utils writes: `| head -1` and `| grep` see whole rows
        first, between, last, encode = "[", ",\n ", "]\n", json_text
    for n, batch in enumerate(batched(rows)):
        yield (first if n == 0 else between) + between.join(map(encode, batch))
    yield last


def jsonl_chunks(report: Report) -> Iterator[str]:
    """One JSON value per line: the rows of a list, or every table's rows labelled with its key."""
    data = report.json_data()
    if isinstance(data, dict) and report.data is None:
        items: Iterable[Any] = ({"group": k, **row} for k, rows in data.items() for row in rows)
    elif (encoded := report.encoded_rows()) is not None:
        for batch in batched(encoded):
            yield "".join(text + "\n" for text in batch)
        return
    else:
        rows = _items(data)
        items = [data] if rows is None else rows
    for batch in batched(items):
        yield "".join(json_text(item) + "\n" for item in batch)


BATCH = 256  # rows per write: few system calls, and a closed pipe is noticed soon


def batched(items: Iterable[Any], size: int = BATCH) -> Iterator[list[Any]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def delimited_chunks(report: Report, delimiter: str) -> Iterator[str]:
    """CSV or TSV written as its rows are made, in batches: the header (every key any row has) from a
    first pass over them, so a listing of millions holds one batch, not every row (exit 70 before)."""
    grouped = len(report.tables) > 1

    def flat() -> Iterator[dict[str, str]]:
        return (flat_row(r, t.key if grouped else None) for t in report.tables for r in t.rows)

    header = list(dict.fromkeys(k for row in flat() for k in row))
    if delimiter == "\t":  # TSV has no quoting: tabs and newlines inside values become spaces
        yield "\t".join(header) + "\n"
        for batch in batched(flat()):
            yield "".join(
                "\t".join(re.sub(r"[\t\r\n]", " ", row.get(k, "")) for k in header) + "\n" for row in batch
            )
        return
    yield csv_text(header, ())
    for batch in batched(flat()):
        yield csv_text(None, ([row.get(k, "") for k in header] for row in batch))


def csv_text(header: Sequence[str] | None, rows: Iterable[Sequence[Any]], line_end: str = "\n") -> str:
    """CSV with the standard quoting, a header row first (None: rows that follow one already written):
    the one CSV writer of the views and the 台账."""
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=line_end)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def markdown_cell(value: Any) -> str:
    """One Markdown table cell for every Markdown the tool writes (views, the 台账, the 通报): control
    and bidi characters shown as escapes (a file is read in a terminal too: `cat 通报.md`), the table's
    own marks escaped, HTML and link brackets as text (a note's `<img onerror=…>` or
    `[x](javascript:…)` is data, never markup in a viewer), line breaks as <br>; a date as ISO."""
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    text = visible(text).translate(MARKDOWN_TEXT)
    return text.replace("\n", "<br>")


MARKDOWN_TEXT = str.maketrans(
    {"\\": "\\\\", "|": "\\|", "[": "\\[", "]": "\\]", "&": "&amp;", "<": "&lt;", ">": "&gt;"}
)


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """The lines of one Markdown table, every cell (headers too) through `markdown_cell`: the one table
    writer of the views, the 台账 and the 通报."""
    return [
        "| " + " | ".join(map(markdown_cell, headers)) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(map(markdown_cell, row)) + " |" for row in rows),
    ]


def render_markdown(report: Report) -> str:
    parts = []
    for t in report.tables:
        lines = [f"### {markdown_cell(t.title)}", ""] if t.title else []
        headers = [c.header.replace(WORD_BREAK, "") for c in t.columns]
        lines += markdown_table(headers, ([cell_text(r, c) for c in t.columns] for r in t.rows))
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def render_table(report: Report, width: int, color: bool) -> str:
    """Tables for a terminal, laid out by Chinese line-breaking rules (layout.py); a table's `group`
    becomes heading rows instead of a column repeated on every row."""
    from .layout import Col, layout_table

    parts = []
    for t in report.tables:
        columns = [Col(c.header, c.min_width or 4, c.ratio or 1, c.kind) for c in t.columns]
        rows, highlights = [], {}
        for i, row in enumerate(t.rows):
            cells = []
            for j, col in enumerate(t.columns):
                raw = cell_text(row, col)
                shown = visible(raw)
                if shown == raw and (i, col.key) in t.highlights:  # escapes would shift the spans
                    highlights[(i, j)] = t.highlights[(i, col.key)]
                cells.append(shown)
            rows.append(cells)
        groups = [visible(t.group(row)) for row in t.rows] if t.group else None
        parts.append(
            layout_table(
                columns,
                rows,
                width,
                groups=groups,
                title=visible(t.title),
                highlights=highlights,
                color=color,
            )
        )
    return "\n".join(parts)


def drawn_part(report: Report) -> tuple[Report, int]:
    """The report cut to the rows a table or Markdown can hold in memory, and how many rows were left out
    (then said under what is drawn): at most MAX_TABLE_ROWS rows (two million reports ran out of it,
    exit 70) and MAX_TABLE_CHARS characters of cells (a drawn character costs ~40 bytes: 500,000
    reports naming a 32-character unit, item and plan did, pass 97)."""
    from .. import limits

    room, chars, tables = limits.MAX_TABLE_ROWS, limits.MAX_TABLE_CHARS, []
    for t in report.tables:
        taken = 0
        for row in t.rows[:room]:
            chars -= sum(len(cell_text(row, col)) for col in t.columns)
            if chars < 0:
                room = 0
                break
            taken += 1
        tables.append(dataclasses.replace(t, rows=t.rows[:taken], encoded=None))
        room = max(room - taken, 0)
    left = sum(len(t.rows) for t in report.tables) - sum(len(t.rows) for t in tables)
    return (dataclasses.replace(report, tables=tables) if left else report), left


def left_out(left: int) -> str:
    return (
        f"\n… 另有 {left:,} 行未画出; 全部内容请用 --format csv、jsonl 或 --json "
        f"({left:,} more rows not drawn: those formats stream every row)\n"
        if left
        else ""
    )


def render(report: Report, fmt: Format, width: int = 80, color: bool = False, pretty: bool = True) -> str:
    """The report as text in one format."""
    return "".join(render_chunks(report, fmt, width, color, pretty))


def render_chunks(
    report: Report, fmt: Format, width: int = 80, color: bool = False, pretty: bool = True
) -> Iterator[str]:
    """The report as text, piece by piece: JSON, JSONL, CSV and TSV as their rows are read, the other
    formats in one piece. Every format is handled here or mypy fails (assert_never)."""
    if fmt is Format.json:
        yield from json_chunks(report, pretty)
    elif fmt is Format.jsonl:
        yield from jsonl_chunks(report)
    elif fmt is Format.csv:
        yield from delimited_chunks(report, ",")
    elif fmt is Format.tsv:
        yield from delimited_chunks(report, "\t")
    elif fmt is Format.markdown:
        part, left = drawn_part(report)
        yield render_markdown(part) + left_out(left)
    elif fmt is Format.table:
        part, left = drawn_part(report)
        yield render_table(part, width, color) + left_out(left)
    else:
        assert_never(fmt)
