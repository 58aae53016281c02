"""Terminal text that breaks like Chinese: wrapped table cells, whole tables and paragraphs.

Pure functions over strings (no terminal, no rich): the renderer passes the width it found and gets text
back. Widths are terminal cells (East Asian wide and fullwidth characters count 2, combining marks 0).
Lines break by the Chinese rules (kinsoku): closing punctuation never starts a line, opening
punctuation never ends one, unit names in a list break between names, ASCII words and numbers stay
whole, and nothing is ever cropped. Text must already be escaped for the terminal (`visible`): control
characters here would be measured, not neutralised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from workplan.errors import UsageError

CellKind = Literal["text", "names", "ids"]
Span = tuple[int, int]
Highlights = Mapping[tuple[int, int], Sequence[Span]]
Line = tuple[int, int, int]  # start, end (a slice of the cell's text) and its width in cells

NO_START = frozenset("、，。．；：？！）」』》〉】〕〗］｝”’%‰,;:)?!]}./")
"""Characters a line may not begin with (closing punctuation, Chinese and ASCII; a path breaks after its /)."""
NO_END = frozenset("（「『《〈【〔〖［｛“‘([{")
"""Characters a line may not end with (opening punctuation)."""
INSEPARABLE = frozenset("—…")
"""Doubled dashes and ellipses (—— ……) are one mark and stay on one line."""

WORD_BREAK = "\u200b"
"""Where a column header may break between words (逾期\u200b未办结: 逾期 / 未办结, never 逾期未 / 办结); never drawn."""
GAP = 2
"""Spaces between two table columns."""
FLOOR = 4
"""The narrowest a column is folded to (two Chinese characters) before columns are hidden."""
MIN_WIDTH = FLOOR
"""The narrowest width accepted: one folded column."""
RULE = "─"
BOLD, BOLD_RED, RESET = "\x1b[1m", "\x1b[1;31m", "\x1b[0m"

HAN = "\u4e00-\u9fff\u3400-\u4dbf"  # CJK ideographs (unified and extension A): two cells, no rule between two
_TOKEN = re.compile(
    r"(?P<newline>\n)|(?P<space>[^\S\n]+)|(?P<word>[0-9A-Za-z]+(?:[.,:+\-_&'|][0-9A-Za-z]+)*%?)"
    f"|(?P<han>[{HAN}]{{3,}})|.",
    re.S,
)
_HAN = re.compile(f"[{HAN}]")
_NAME = re.compile(r"[(（][^)）、]*[)）]?、?|[^、(（]+、?|、")
_BLANK = re.compile(r"\s")
_SPACE, _NEWLINE, _TEXT, _RUN = 0, 1, 2, 3
"""Token types; a _RUN is ideographs a line may break between, two cells each, [start, end, total width]."""


@dataclass(frozen=True, slots=True)
class Col:
    """A table column: `ratio` shares spare width, `kind` picks where its cells may break.

    "names" cells are units joined by 、 and break between names; "ids" cells (编号, counts) stay whole."""

    header: str
    min_width: int = 4
    ratio: int = 1
    kind: CellKind = "text"

    def __post_init__(self) -> None:
        if self.min_width < 1 or self.ratio < 1:
            raise ValueError(f"column {self.header!r}: min_width and ratio must be at least 1")


@lru_cache(maxsize=8192)
def char_width(char: str) -> int:
    """Cells one character takes in a terminal: 2 for wide/fullwidth, 0 for marks and format characters."""
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Cells a one-line string takes in a terminal."""
    if text.isascii():
        return len(text)
    if _PLAIN.fullmatch(text):  # printable ASCII and wide CJK only (most cells): a wide one is two
        return 2 * len(text) - len(text.encode("ascii", "ignore"))
    return sum(map(char_width, text))


_PLAIN = re.compile(
    "[\x20-\x7e\u3000-\u3029\u3030-\u303e\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff"
    "\uff01-\uff60\uffe0-\uffe6]*"
)
"""Characters that are printable ASCII (one cell) or East Asian wide or fullwidth (two; no mark among them)."""


def _glued(text: str, prev: list[int], start: int) -> bool:
    """Whether the token at `start` may not be separated from the cluster `prev` ends with."""
    last, char = text[prev[1] - 1], text[start]
    return (
        char in NO_START
        or last in NO_END
        or (char in INSEPARABLE and last == char)
        or (
            "0" <= last <= "9" and _HAN.match(char) is not None
        )  # 2020年, 10家: a number keeps its measure word
    )


def _tokens(text: str, start: int, end: int) -> list[list[int]]:
    """Unbreakable clusters of text[start:end] as [start, end, width, type], kinsoku already applied.

    Inside a run of ideographs a line may break anywhere, so its middle is one _RUN token, not a token
    per character (a long cell's row height was a third of an export's time); its first and last
    characters stay tokens of their own, to glue to what comes before (（发) and after (展。)."""
    out: list[list[int]] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if m.lastgroup == "newline":
            out.append([s, e, 0, _NEWLINE])
            continue
        if m.lastgroup == "space":
            out.append([s, e, e - s if m.group().isascii() else text_width(m.group()), _SPACE])
            continue
        run_end = e
        if m.lastgroup == "han":
            e = s + 1
        w = e - s if m.lastgroup == "word" else char_width(text[s])
        prev = out[-1] if out else None
        if prev is not None and prev[3] == _TEXT and (w == 0 or _glued(text, prev, s)):
            prev[1], prev[2] = e, prev[2] + w
        elif (  # a space between two glued clusters does not open a break: "word )" stays together
            prev is not None
            and prev[3] == _SPACE
            and len(out) > 1
            and out[-2][3] == _TEXT
            and (text[s] in NO_START or text[out[-2][1] - 1] in NO_END)
        ):
            out.pop()
            out[-1][1], out[-1][2] = e, out[-1][2] + prev[2] + w
        else:
            out.append([s, e, w, _TEXT])
        if run_end > e:
            if run_end - e > 1:
                out.append([e, run_end - 1, 2 * (run_end - 1 - e), _RUN])
            out.append([run_end - 1, run_end, 2, _TEXT])
    return out


def _clusters(text: str, width: int, kind: CellKind) -> list[list[int]]:
    """Break units for one cell: a whole name when it fits the width, else the text rules.

    An id needs no rule of its own here: it is one piece whenever its column is as wide as it, which
    `fit_columns` gives it."""
    if kind != "names":
        return _tokens(text, 0, len(text))
    out: list[list[int]] = []
    for s, e in (m.span() for m in _NAME.finditer(text)):
        w = text_width(text[s:e])
        if w <= width and not _BLANK.search(text, s, e):
            out.append([s, e, w, _TEXT])
        else:
            out.extend(_tokens(text, s, e))
    return out


def _fold(text: str, start: int, end: int, room: int, width: int) -> list[Line]:
    """Hard-break one cluster wider than the column by characters (the only place a rule may yield)."""
    cuts = [start]
    used = 0
    for i in range(start, end):
        w = char_width(text[i])
        if used + w > (room if len(cuts) == 1 else width) and i > cuts[-1]:
            cut = i - 1 if text[i] in NO_START and i - 1 > cuts[-1] else i
            cuts.append(cut)
            used = text_width(text[cut:i])
        used += w
    lines: list[Line] = []
    for s, e in zip(cuts, [*cuts[1:], end], strict=True):
        piece = text[s:e]
        s, e = s + len(piece) - len(piece.lstrip()), e - len(piece) + len(piece.rstrip())
        if s < e:  # a space kept inside a cluster ("word )") may fall on a fold
            lines.append((s, e, text_width(text[s:e])))
    return lines


def _fill(text: str, clusters: list[list[int]], width: int, first: int) -> list[Line]:
    """Greedy line filling: as many clusters per line as fit; spaces at a break are dropped.

    `first` is the room on the first line (less than `width` after an indent)."""
    lines: list[Line] = []
    start = end = used = pending = 0
    open_line = False
    for s, e, w, kind in clusters:
        room = first if not lines else width
        if kind == _NEWLINE:
            lines.append((start, end, used) if open_line else (s, s, 0))
            open_line, used, pending = False, 0, 0
            first = width
            continue
        if kind == _SPACE:
            pending = w if open_line else 0
            continue
        if kind == _RUN:  # a run always follows an open line's character: what fits, then whole lines
            fit = min(max((room - used - pending) // 2, 0), e - s)
            if fit:
                end, used, pending = s + fit, used + pending + 2 * fit, 0
            per = max(width // 2, 1)
            for i in range(s + fit, e, per):
                lines.append((start, end, used))
                start, end = i, min(i + per, e)
                used = 2 * (end - start)
            continue
        if open_line and used + pending + w <= room:
            end, used, pending = e, used + pending + w, 0
            continue
        if open_line:
            lines.append((start, end, used))
            room = width
        open_line, pending = True, 0
        if w <= room:
            start, end, used = s, e, w
        else:
            *done, (start, end, used) = _fold(text, s, e, room, width)
            lines.extend(done)
    if open_line:
        lines.append((start, end, used))
    return lines


def wrap_lines(text: str, width: int, kind: CellKind = "text") -> list[Line]:
    """Lines of one cell as (start, end, cells) slices of `text`; [] for a blank cell.

    Slices keep offsets into the caller's text so highlight spans can be placed after wrapping."""
    return list(_wrap(text.replace("\t", " "), width, kind))


@lru_cache(maxsize=4096)
def _wrap(text: str, width: int, kind: CellKind) -> tuple[Line, ...]:
    """wrap_lines, remembered: unit lists and labels repeat from row to row (相关成员单位, 各街道)."""
    if "\n" not in text:  # most cells fit on one line: measure once, skip the breaking
        body = text.strip()
        w = text_width(body)
        if w <= width:
            start = len(text) - len(text.lstrip())
            return ((start, start + len(body), w),) if body else ()
    clusters = _clusters(text, width, kind)
    lines = _fill(text, clusters, width, width)
    if len(lines) < 2:
        return tuple(lines)
    # Balance: the narrowest width that needs no more lines, so a cell never ends on an orphan
    # character ("相关成员单 / 位" becomes "相关成 / 员单位"). Greedy line counts only fall as the width
    # grows, so a binary search finds it; no cluster that fitted is made to fold.
    low = max(
        max((c[2] for c in clusters if c[3] != _RUN and c[2] <= width), default=1),  # a run's are 2
        -(-sum(c[2] for c in clusters) // len(lines)),
    )
    high = width
    while low < high:
        mid = (low + high) // 2
        if len(_fill(text, clusters, mid, mid)) <= len(lines):
            high = mid
        else:
            low = mid + 1
    return tuple(_fill(text, clusters, high, high) if high < width else lines)


def count_lines(text: str, width: int, kind: CellKind = "text") -> int:
    """len(wrap_lines(text, width, kind)), without placing the lines: the greedy fill alone, since
    balancing them never changes their number (a spreadsheet row's height needs only the count)."""
    text = text.replace("\t", " ")
    if "\n" not in text:
        body = text.strip()
        if text_width(body) <= width:
            return 1 if body else 0
    return len(_fill(text, _clusters(text, width, kind), width, width))


def wrap_text(text: str, width: int, kind: CellKind = "text") -> list[str]:
    """The lines a cell of `width` cells shows (for a row's height in a spreadsheet, say)."""
    text = text.replace("\t", " ")
    return [text[s:e] for s, e, _ in wrap_lines(text, width, kind)]


def wrap_paragraph(text: str, width: int, indent: int = 0) -> str:
    """Prose wrapped to `width` by the same rules; continuation lines hang at `indent` spaces.

    Each line of `text` is a paragraph and keeps its own leading spaces, so an aligned list such as
    `  list     列出…` wraps under its description when `indent` is the description's column."""
    _check_width(width)
    indent = max(0, min(indent, width - FLOOR))
    out: list[str] = []
    for para in text.replace("\t", " ").split("\n"):
        body = para.lstrip(" \u3000")  # ASCII or ideographic (　　) indent of the first line
        lead = para[: len(para) - len(body)]
        if text_width(lead) > width - FLOOR:
            lead = " " * (width - FLOOR)
        lines = _fill(body, _tokens(body, 0, len(body)), width - indent, width - text_width(lead))
        out += [(lead if i == 0 else " " * indent) + body[s:e] for i, (s, e, _) in enumerate(lines)] or [""]
    return "\n".join(line.rstrip(" ") for line in out)


def _check_width(width: int) -> None:
    if width < MIN_WIDTH:
        raise UsageError(f"宽度至少为 {MIN_WIDTH} (width must be at least {MIN_WIDTH}): {width}")


def _natural(text: str) -> int:
    return max(map(text_width, text.replace("\t", " ").replace(WORD_BREAK, "").split("\n")))


def _header_word(header: str) -> int:
    """The width of a header's widest word: what its column needs at least, folded between words."""
    return max(map(_natural, header.split(WORD_BREAK)))


def _wrap_header(header: str, width: int) -> tuple[Line, ...]:
    """A header's lines as slices of the header without its word breaks: whole words packed greedily,
    a word wider than the column folded as text."""
    lines: list[Line] = []
    at = 0
    for word in header.split(WORD_BREAK):
        w = text_width(word)
        if lines and lines[-1][2] + w <= width:
            s, _, lw = lines[-1]
            lines[-1] = (s, at + len(word), lw + w)
        elif w <= width:
            lines.append((at, at + len(word), w))
        else:
            lines += [(at + s, at + e, lw) for s, e, lw in _wrap(word, width, "text")]
        at += len(word)
    return tuple(lines)


def _shares(widths: list[int], natural: list[int], ratios: list[int], extra: int) -> None:
    """Give `extra` cells to columns below their natural width, by ratio; a column that needs less than
    its share gets exactly its need and the rest goes round again, so short columns are never wrapped."""
    active = [j for j, w in enumerate(widths) if w < natural[j]]
    while extra > 0 and active:
        total = sum(ratios[j] for j in active)
        sated = [j for j in active if natural[j] - widths[j] <= extra * ratios[j] / total]
        if sated:
            for j in sated:
                extra -= natural[j] - widths[j]
                widths[j] = natural[j]
            active = [j for j in active if j not in sated]
            continue
        given = [extra * ratios[j] // total for j in active]
        left = extra - sum(given)
        for k, j in enumerate(active):
            widths[j] += given[k] + (1 if k < left else 0)
        return


def _shrink(widths: list[int], floors: list[int], excess: int) -> None:
    """Take `excess` cells from the widest columns first, never below their floor."""
    while excess > 0:
        j = max(range(len(widths)), key=lambda k: widths[k] - floors[k])
        widths[j] -= 1
        excess -= 1


def _widths(columns: Sequence[Col], natural: Sequence[int], least: Sequence[int], width: int) -> list[int]:
    """Widths for the leading columns that fit `width` with their gaps; columns beyond are to be hidden.

    Each column first gets its minimum (ids `least`: their cells whole, their header's widest word),
    spare width goes by ratio; when minimums do not fit, columns fold towards FLOOR; when floors do
    not fit, trailing columns go."""
    for count in range(len(columns), 0, -1):
        cols, nat = columns[:count], list(natural[:count])
        room = width - GAP * (count - 1)
        floors = [min(n, FLOOR) for n in nat]
        lows = [
            least_width if c.kind == "ids" else max(f, min(n, c.min_width))
            for c, n, f, least_width in zip(cols, nat, floors, least[:count], strict=True)
        ]
        if sum(floors) > room:
            continue
        widths = lows
        if sum(lows) > room:
            _shrink(widths, floors, sum(lows) - room)
        else:  # text first; an id column widens (to show its header on one line) only with room left
            ratios = [c.ratio for c in cols]
            _shares(
                widths,
                [lo if c.kind == "ids" else n for c, n, lo in zip(cols, nat, lows, strict=True)],
                ratios,
                room - sum(lows),
            )
            _shares(widths, nat, ratios, room - sum(widths))
        return widths
    return []


def _paint(text: str, start: int, end: int, spans: Sequence[Span]) -> str:
    """text[start:end] with the parts inside `spans` (offsets into `text`) in bold red."""
    out, at = [], start
    for a, b in sorted(spans):
        a, b = max(a, at), min(b, end)
        if a < b:
            out += [text[at:a], BOLD_RED, text[a:b], RESET]
            at = b
    out.append(text[at:end])
    return "".join(out)


def _join(parts: list[tuple[str, int]], widths: Sequence[int]) -> str:
    """One physical line: cells padded to their column, the gap between, nothing after the last text."""
    last = max((j for j, (_, w) in enumerate(parts) if w), default=-1)
    out = []
    for j in range(last + 1):
        text, w = parts[j]
        out.append(text + " " * (widths[j] - w + GAP) if j < last else text)
    return "".join(out)


def _filled(columns: Sequence[Col], rows: Sequence[Sequence[str]]) -> list[int]:
    """Indices of the columns with something to show: a column empty in every row is left out (unless
    all are, when the headers at least say what is empty)."""
    filled = [j for j in range(len(columns)) if any(row[j].strip() for row in rows)]
    return filled or list(range(len(columns)))


def fit_columns(columns: Sequence[Col], rows: Sequence[Sequence[str]], width: int) -> list[tuple[int, int]]:
    """(column index, width) of the columns `layout_table` draws, left to right, in `width` cells.

    Empty columns are left out; the ones missing beyond the last pair are the hidden ones."""
    _check_width(width)
    if any(len(row) != len(columns) for row in rows):
        raise ValueError("every row must have one cell per column")
    keep = _filled(columns, rows)
    cells = [max((_natural(r[j]) for r in rows), default=0) for j in keep]
    natural = [max(_natural(columns[j].header), c) for j, c in zip(keep, cells, strict=True)]
    # an id or count cell is never folded; its header folds between words
    least = [max(_header_word(columns[j].header), c) for j, c in zip(keep, cells, strict=True)]
    return list(zip(keep, _widths([columns[j] for j in keep], natural, least, width), strict=False))


def layout_table(
    columns: Sequence[Col],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    groups: Sequence[str | None] | None = None,
    title: str = "",
    highlights: Highlights | None = None,
    color: bool = False,
) -> str:
    """A table as text no wider than `width` cells, every line without trailing spaces, ending in "\\n".

    `groups` gives each row a group label: a change of label prints it as a heading row, in place of a
    column repeating it (None: no heading). `highlights` maps (row, column) to character spans of that
    cell, drawn bold red when `color` is on (as is the header, bold). Columns empty in every row are
    left out; columns that cannot fit even folded are hidden with a line saying how many."""
    if groups is not None and len(groups) != len(rows):
        raise ValueError("groups must give one label per row")
    plan = fit_columns(columns, rows, width)
    keep, widths = [j for j, _ in plan], [w for _, w in plan]
    hidden = len(_filled(columns, rows)) - len(plan)
    spans = highlights if color and highlights else {}

    style = BOLD if color else ""
    out = _styled(wrap_paragraph(title, width), style) if title else []
    head = [_wrap_header(columns[j].header.replace("\t", " "), w) for j, w in zip(keep, widths, strict=True)]
    headers = [columns[j].header.replace("\t", " ").replace(WORD_BREAK, "") for j in keep]
    for k in range(max(map(len, head), default=0)):
        parts = []
        for j, lines in enumerate(head):
            s, e, w = lines[k] if k < len(lines) else (0, 0, 0)
            text = headers[j][s:e]
            parts.append((style + text + RESET if style and text else text, w))
        out.append(_join(parts, widths))
    out.append(RULE * (sum(widths) + GAP * (len(widths) - 1)))

    group: object = object()  # no row has this label, so the first row opens its group
    for i, row in enumerate(rows):
        if groups is not None and groups[i] != group:
            group = groups[i]
            if group is not None:
                out += _styled(wrap_paragraph(group, width), style)
            elif i:
                out.append("")
        texts = [row[j].replace("\t", " ") for j in keep]
        cells = [_wrap(t, w, columns[j].kind) for t, w, j in zip(texts, widths, keep, strict=True)]
        for k in range(max(map(len, cells), default=0)):
            parts = []
            for j, lines in enumerate(cells):
                s, e, w = lines[k] if k < len(lines) else (0, 0, 0)
                marks = spans.get((i, keep[j]))
                parts.append((_paint(texts[j], s, e, marks) if marks else texts[j][s:e], w))
            out.append(_join(parts, widths))
    if hidden:
        note = f"({hidden} 列未显示，请加宽终端或用 --width；{hidden} columns hidden, use --width)"
        out.append(wrap_paragraph(note, width))
    return "\n".join(out) + "\n"


def _styled(text: str, style: str) -> list[str]:
    return [style + line + RESET if style and line else line for line in text.split("\n")]
