"""Readers: the bytes of a notice (text, .docx, .html, .pdf) → lines and tables that remember their origin.

Each reader returns the same shape, so the outline and clause parsers never care where a line came from;
the origin (`line 12`, `page 2 line 3`, `table 1 row 3 cell 4`) is what every warning points at.
Heavy readers are imported inside the function that needs them.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import csv
import dataclasses
import datetime
import functools
import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .. import limits
from ..errors import DataError
from ..ids import chinese_number
from ..matching import to_simplified
from ..model import SENTENCE_ENDS
from ..namelists import LEVELS
from .clauses import (
    ALTERNATIVE,
    TIMING,
    UNIT_ENDS,
    ends_as_body,
    is_unit,
    names_of,
    split_top,
    task_led,
    timing,
)
from .metadata import is_date_line, is_issuer, names_plan
from .numbering import marker
from .tables import (
    COLUMNS,
    DASH_LED,
    GROUP_STYLES,
    HEADER_MAX,
    MEASURE,
    MEASURE_ALTERNATION,
    MEASURES,
    NUMBER,
    OTHERS,
    QUANTITY,
    SUPPORTERS,
    align,
    among_units,
    body_aside,
    broken_figure,
    cell_kind,
    column_of,
    duties_columns,
    fields_of,
    fit,
    fragments_joined,
    header_word,
    implied_number,
    titled_task,
    verb,
    whole_cell,
    without_period,
)
from .wordlists import WordLists

LINE_BREAK = re.compile(r"\r\n|\r|\n")  # not str.splitlines: a form feed (PDF page break) is no new line
TABLE_SPLIT = re.compile(r"\t|[|｜]| {2,}|\u3000{2,}")  # no two quantifiers side by side: linear


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text and where it came from."""

    text: str
    where: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cells, each cell a Line (its origin names the row and cell)."""

    rows: tuple[tuple[Line, ...], ...]
    where: str


Block = Line | Table


class Tally:
    """Lines and table cells read so far, and what the reader did not take as it stands (hidden text,
    a part it cannot read, a declared encoding it did not follow), for the import's warnings: nothing
    is left out or read otherwise without a word. Each line costs memory many times its bytes on the
    way to a dataset (a 3 MB text of 200,000 one-line items took 1.5 GB): past limits.MAX_LINES a file is
    refused as it is read, before the rest fills memory."""

    def __init__(self) -> None:
        self.count = 0
        self.embedded = 0  # bytes of parts a .docx embeds whole (altChunk), held to a notice's limit
        self.repeated = 0  # characters of long merged cells repeated in the cells they span
        self.cut_repeats = False  # whether a long merged cell was read in its first cell only
        self.warnings: list[tuple[str, str]] = []  # (where, message)
        self.unlisted = 0  # warnings past limits.MAX_WARNINGS: counted, not kept

    def warn(self, where: str, message: str) -> None:
        if len(self.warnings) >= limits.MAX_WARNINGS:  # a page may hide text in every element
            self.unlisted += 1
            return
        self.warnings.append((where, message))

    def again(self, text: str, times: int = 1) -> str:
        """A merged cell's text for the `times` more cells it spans: a short one always, a long one (a
        list of thirty units) while the document's repeated text stays within limits.MAX_REPEATED_TEXT,
        else "" — it stands once, in place (10 million characters merged down 200 rows ran out of memory)."""
        if len(text) <= MAX_REPEATED or times <= 0:
            return text
        if self.repeated + len(text) * times > limits.MAX_REPEATED_TEXT:
            if not self.cut_repeats:  # said once: the rows it spans read as having no such cell
                self.cut_repeats = True
                self.warn(
                    "tables",
                    "合并单元格的文字过长, 只在它的第一格读入 (a long merged cell is read in its first cell "
                    f"only: {short(text)}; the notice's merged text passed {limits.MAX_REPEATED_TEXT} characters)",
                )
            return ""
        self.repeated += len(text) * times
        return text

    def add(self, n: int = 1) -> None:
        self.count += n
        if self.count > limits.MAX_LINES:
            raise DataError(
                f"超过 {limits.MAX_LINES} 行和表格单元格,不像是一份通知,请拆分后导入 "
                f"(more than {limits.MAX_LINES} lines and table cells: not one notice; split it)"
            )


# every white space (all below U+3001) and control character, to a plain space: one C pass with
# str.translate, where a Python step per character took 4 s and 1 GB on a 10-million-character line
BLANKS = {c: " " for c in range(0x3001) if chr(c).isspace() or c < 0x20 or 0x7F <= c <= 0x9F}


def clean(text: str) -> str:
    """Spaces of every width and control characters become plain spaces; the ends are trimmed."""
    return text.translate(BLANKS).strip()


def is_rtf(raw: bytes) -> bool:
    """An RTF file, however it opens: in UTF-8 or UTF-16, behind any run of BOMs, spaces, NULs or
    zero-width characters, `{\\rtf` in any case (each escaped a look at the first bytes, and was read
    as text: items titled `}{\\dbch`). The run is skipped by one pattern: linear, whatever its length."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "ignore")
        head = text[TEXT_LEAD.match(text).end() :][:5]  # type: ignore[union-attr]
    else:
        start = BYTES_LEAD.match(raw).end()  # type: ignore[union-attr]
        head = raw[start : start + 5].decode("ascii", "ignore")
    return head.lower() == "{\\rtf"


BYTES_LEAD = re.compile(rb"(?:[\s\x00]|\xef\xbb\xbf|\xc2\xa0|\xe2\x80[\x8b-\x8f]|\xe2\x81\xa0)*")
TEXT_LEAD = re.compile(r"[\s\x00-\x1f\u200b-\u200f\u2060\ufeff]*")


HTML_TAG = re.compile(rb"<(?:html|head|body)[\s>]")  # a page with a long comment or a script first
# a part of a page's source saved alone (an article's `<p>…</p><p>…`, a site's database export): it
# opens with an element a page's body holds and closes one somewhere; a text notice opens with words
BODY_ELEMENT = (
    rb"<(?:p|div|table|tbody|tr|td|th|span|font|center|section|article|"
    rb"h[1-6]|ul|ol|li|strong|b|em|i|u|a|img|br|hr|blockquote|pre|style|script|meta|link|title)[\s>/]"
)
FRAGMENT_OPEN = re.compile(rb"(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*" + BODY_ELEMENT, re.DOTALL)
# a line of words before the source (a title copied from a database's own column), then the source
FRAGMENT_LINE = re.compile(rb"(?m)^[ \t]*" + BODY_ELEMENT)
FRAGMENT_CLOSES = 3  # closing tags in the head that make such a file a page: words never close three
# an element closed and the next opened with only white space between (`</p><p align="left">`), as a
# page's source runs wherever it sits (an SQL dump's `INSERT … VALUES ('10', …, '<p>…`); words that
# name tags (`用<p>分段,不再用</font>、</b>`) never join two (pass 94: such a notice had been read as a page)
FRAGMENT_JOINT = re.compile(
    rb"</(?:p|div|td|th|tr|li|table|h[1-6]|span|font)>\s*<(?:p|div|td|th|tr|li|table|h[1-6]|span|font|br)[\s>/]"
)
FRAGMENT_JOINTS = 2
# lines a page's source ends with a break (a CMS's content field, nl2br): `一、稳增长<br />` — no text
# notice ends its lines so (pass 95: read as text, every title and text ending in `<br />`)
BROKEN_BY_BR = re.compile(rb"(?im)<br\s*/?>[ \t]*\r?$")
BR_LINES = 3
FRAGMENT_CLOSE = re.compile(
    rb"</(?:p|div|table|tr|td|th|span|font|center|section|article|h[1-6]|li|strong|b|a|script|title)>"
)


def detect(raw: bytes) -> str:
    """The format by content, not by the file name: docx, doc, pdf, html or text."""
    head = raw[:2048].lstrip().lower()
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                names = set(z.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"  # a 任务分解表 published as a workbook
                if "content.xml" in names and ODS_MIME in raw[:200]:
                    return "ods"
        except (zipfile.BadZipFile, NotImplementedError):  # zipfile: "zip file version 6.4", a damaged head
            pass
        except UnicodeDecodeError:  # a member's name flagged UTF-8 that is not
            raise DataError(
                "压缩包中的部件名称无法读取 (a zip member's name is not valid UTF-8): 文件已损坏"
            ) from None
        raise DataError(
            "不是 Word 文档、Excel 表格或文本 (a zip file, not a .docx or .xlsx): 请另存为 .docx、.xlsx 或 .txt 后再导入"
        )
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # a compound file: old Word, or old Excel
        return "xls" if WORKBOOK_STREAM in raw and WORD_STREAM not in raw else "doc"
    if raw.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if is_rtf(raw):
        return "rtf"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # a page saved as UTF-16 (Notepad's "Unicode")
        head = raw[:4096].decode("utf-16", "ignore").lower().encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"<!doctype html", b"<html")) or HTML_TAG.search(head[:2048]):
        return "html"
    if FRAGMENT_OPEN.match(head) and FRAGMENT_CLOSE.search(head):
        return "html"
    if FRAGMENT_LINE.search(head) and len(FRAGMENT_CLOSE.findall(head)) >= FRAGMENT_CLOSES:
        return "html"
    if len(FRAGMENT_JOINT.findall(head)) >= FRAGMENT_JOINTS or len(BROKEN_BY_BR.findall(head)) >= BR_LINES:
        return "html"
    return "csv" if csv_header(raw[:CSV_HEAD]) else "text"


ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
WORKBOOK_STREAM = "Workbook".encode("utf-16-le")  # the streams a compound file names (in UTF-16)
WORD_STREAM = "WordDocument".encode("utf-16-le")
CSV_HEAD = 4096  # bytes looked at for a CSV's header line
CSV_HEADER_LINES = 10  # lines it may come after (a title row, 2024年重点工作任务分解表,,,,; notes)


def csv_header(head: bytes) -> bool:
    """Whether a text is a table saved as CSV (a 任务分解表 from a spreadsheet): one of its first lines
    is three short cells or more, split by commas, that head a task table (a task's column and a unit's
    or a leader's: 序号,工作任务,牵头单位). A notice's sentences, whatever commas they use, split into
    longer pieces (二、责任分解中,列第一位的为牵头单位,其他为配合单位。 names 牵头单位 and 配合单位 but is no
    header); its addressees (各街道,区各部门,各单位:) name bodies and no task (pass 97: refused as a CSV)."""
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as e:  # (a character cut at the head's end is no other encoding)
        text = (
            head[: e.start].decode("utf-8-sig")
            if e.start > len(head) - 4
            else head.decode("gb18030", "ignore")
        )
    lines = [line for line in LINE_BREAK.split(text)[:-1] if line.strip()][:CSV_HEADER_LINES]
    for line in lines:
        for delimiter in CSV_DELIMITERS:
            cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]
            if (
                len(cells) >= 3
                and all(len(c) <= CSV_HEADER_CELL and not c.endswith(tuple(SENTENCE_ENDS)) for c in cells)
                and fields_of(cells) is not None
            ):
                return True
    return False


CSV_DELIMITERS = ",;"  # Excel's own and a European locale's (tab-separated rows are the text's own tables)

CSV_HEADER_CELL = (
    8  # characters of a header cell (牵头责任单位); a sentence split at its commas has longer pieces
)


def decode(raw: bytes) -> str:
    """UTF-16 with a BOM, UTF-8 (with or without BOM), else GB18030: the encodings government files use."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DataError(f"UTF-16 文本有坏字节 (bad UTF-16 at offset {e.start})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first = e.start  # where UTF-8 fails is where a UTF-8 file was damaged
    try:
        return raw.removeprefix(GB18030_BOM).decode("gb18030")
    except UnicodeDecodeError:
        if utf16_without_bom(raw[:UTF16_SAMPLE]):
            raise DataError(
                "像是没有 BOM 的 UTF-16 文本 (looks like UTF-16 without a BOM); 请另存为 UTF-8 文本"
            ) from None
        raise DataError(
            f"无法识别的编码 (neither UTF-8 nor GB18030: not UTF-8 from byte {first}); 请另存为 UTF-8 文本"
        ) from None


def utf16_without_bom(head: bytes) -> bool:
    """Whether bytes that are neither UTF-8 nor GB18030 read as Chinese text in UTF-16 (Notepad's
    "Unicode" saved without its BOM): to say so, rather than only that the encoding is unknown."""
    for codec in ("utf-16-le", "utf-16-be"):
        text = head[: len(head) // 2 * 2].decode(codec, errors="replace")
        plain = all(c.isprintable() or c in "\r\n\t" for c in text)
        if text and plain and sum(1 for c in text if "\u4e00" <= c <= "\u9fff") * 4 >= len(text):
            return True
    return False


GB18030_BOM = b"\x84\x31\x95\x33"  # U+FEFF in GB18030, as some editors write it first
UTF16_SAMPLE = 400  # bytes looked at for UTF-16 without a BOM


PINYIN = re.compile(  # (shè) after a character: letters with a tone mark, as mirror sites insert them
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"
)


def unpinyined(text: str) -> tuple[str, str]:
    """The text without a mirror site's pinyin (建設(shè)), and what to warn of it ("" when none)."""
    if not PINYIN.search(text):
        return text, ""
    return PINYIN.sub("", text), f"去掉了网页插入的拼音注音 (pinyin annotations removed): {text[:20]}"


# format characters no notice means (soft hyphen, zero-width spaces and joiners, bidi controls, BOM):
# 区发\u00ad改委 is 区发改委, and an RLO turns a terminal's or an editor's text around
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)  # (and the fillers, variation selectors and tags that show nothing: ㅤ, ⠀, U+FE0F)


TERMINAL_CODES = re.compile(  # a terminal's escape sequences (colours, cursor moves, titles) and the other
    # controls no notice holds (backspace, bell): CSI (ESC [ or U+009B), strings (OSC, DCS, APC…), pairs
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]"
    r"|[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]"
)


def visible(text: str) -> tuple[str, str]:
    """The text without invisible format characters or a terminal's escape sequences (规范校外培训\x1b[1m had
    left ` [1m` in the title, pass 116), and what to warn of it ("" when none)."""
    if TERMINAL_CODES.search(text):
        text = TERMINAL_CODES.sub("", text).replace("\x1b", "")  # (a sequence, or ESC alone)
        cleaned, said = visible(text)
        return cleaned, said or f"去掉了终端控制序列 (terminal escape sequences removed): {cleaned[:20]}"
    if not INVISIBLE.search(text):
        return text, ""
    found = " ".join(sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(text)})[:4])
    text = INVISIBLE.sub("", text)
    return text, f"去掉了不可见的格式字符 (invisible format characters removed: {found}): {text[:20]}"


def made_visible(blocks: list[Block], tally: Tally) -> list[Block]:
    """Every line and cell `visible`, each change said where it was."""

    def seen(line: Line) -> Line:
        text, said = visible(line.text)
        if not said:
            return line
        tally.warn(line.where, said)
        return Line(text, line.where)

    return [
        Table(tuple(tuple(map(seen, row)) for row in b.rows), b.where) if isinstance(b, Table) else seen(b)
        for b in blocks
    ]


def text_blocks(text: str, tally: Tally | None = None) -> list[Block]:
    """Plain text: one Line per line; a task table is a Table, whether its rows are lines split into
    columns (tabs, pipes, wide spaces) or its cells come one per line under a header run (a web page's
    table, copied). Blank lines make no Line (the parser skips them): 16 MiB of newlines cost 3 GB as Lines."""
    lines = LINE_BREAK.split(text)
    # (a flattened table is a long line: the others are looked at no further, and no list is made per
    # line — 16 MiB of newlines are 16 million lines)
    flat = {
        n: rows
        for n, line in enumerate(lines)
        if len(line) >= FLAT_LINE and len(rows := unflattened(line)) > 1
    }
    raw = [piece for n, line in enumerate(lines) for piece in flat.get(n, (line,))] if flat else lines
    if "|" in text or "｜" in text:  # 牵头单位: | 市城管局 |: a form's label and value, a label line
        raw = [form_line(line) for line in raw]
    taken = quoted_cells(raw) if "\t" in text and '"' in text else set()  # lines a quoted cell went on over
    tally = tally or Tally()
    if flat:  # a flattened table's rows: every place said by the line it came from
        origin = [n for n, line in enumerate(lines) for _ in flat.get(n, (line,))]
        said = len(tally.warnings)
        out = table_lines(raw, taken, tally)
        renumber = functools.partial(WHERE_LINE.sub, lambda m: f"line {origin[int(m[1]) - 1] + 1}")
        tally.warnings[said:] = [(renumber(where), message) for where, message in tally.warnings[said:]]
        return [renumbered(b, renumber) for b in out]
    return table_lines(raw, taken, tally)


WHERE_LINE = re.compile(r"^line (\d+)")
FORM_ROW = re.compile(r"\s*([\u4e00-\u9fff][^|｜:：]{0,19}?)\s*[:：]\s*[|｜]\s*([^|｜]*?)\s*[|｜]?\s*")


def form_line(line: str) -> str:
    """`重点工作: | 135.统筹… |` — one row of a form copied with its cells set apart — as the label line it
    is (重点工作：135.统筹…); any other line as it stands."""
    found = FORM_ROW.fullmatch(line) if ":" in line or "：" in line else None
    return f"{found[1]}：{found[2]}" if found else line


def renumbered(block: Block, renumber: Callable[[str], str]) -> Block:
    if isinstance(block, Table):
        rows = tuple(tuple(Line(c.text, renumber(c.where)) for c in row) for row in block.rows)
        return Table(rows, renumber(block.where))
    return Line(block.text, renumber(block.where))


def table_lines(raw: list[str], taken: set[int], tally: Tally) -> list[Block]:
    """`text_blocks` over the text's lines."""
    for i, line in enumerate(
        raw
    ):  # before any table is looked for: 序號(hào), 序\u200b号 are no header words
        if not line:
            continue  # (blank: nothing to clean, and 16 MiB of newlines are 16 million of them)
        if "(" in line or "（" in line:
            raw[i], said = unpinyined(line)
            if said:
                tally.warn(f"line {i + 1}", said)
        raw[i], said = visible(raw[i])
        if said:
            tally.warn(f"line {i + 1}", said)
    out: list[Block] = []
    i = undrawn = 0  # lines before `undrawn` are known to draw no table
    while i < len(raw):
        if not raw[i] or raw[i].isspace():
            i += 1
            continue
        if i >= undrawn and BOX_LINE.match(raw[i]):
            boxed, undrawn = drawn_table(raw, i, tally)
            if boxed is not None:
                out += boxed
                i = undrawn
                continue
        header = cells_of(raw[i], f"line {i + 1}")
        if len(header) > 1 and (fields := fields_of([c.text for c in header])) is not None:
            j = i + 1
            if j < len(raw) and (under := header_below(raw[i], raw[j], f"line {j + 1}")):
                header, fields, j = under[0], under[1], j + 1  # 责任单位 over 牵头单位 | 配合单位
            rows = [header]
            drawn = drawn_like(raw, i)
            narrow: set[int] = set()  # rows with fewer cells than the header: merged cells left out
            span: tuple[int, int, int] | None = (
                None  # a row whose header cell spans cells: row, column, cells
            )
            noted = False  # under a note's row (注:): its lone rows are the note's
            tally.add(len(header))
            while j < len(raw):
                if j in taken:
                    j += 1  # a line a quoted cell above went on over
                    continue
                if (
                    raw[j].strip() in PIPES
                    and raw[j].strip()
                    and j + 1 < len(raw)
                    and len(cells_of(raw[j + 1], "")) > 1
                ):
                    j += 1  # a line of a pipe alone between two rows: the table goes on (a blank ends it)
                    continue
                row = cells_of(raw[j], f"line {j + 1}")
                if row and label_cell(row[0].text):
                    break  # 索引号: | … | 成文日期: | …: the page's own details below the table, no row of it
                marked = [c.text for c in row if c.text]
                if (
                    page_mark(raw[j])
                    or bare_page_number(raw, j)
                    or (len(marked) == 1 and page_mark(marked[0]))
                ):
                    tally.warn(f"line {j + 1}", page_kept_out(raw[j]))
                    j += 1  # — 2 — between two rows of a table that goes on over the page
                    continue
                if loose_caption(raw[j]) and rows_go_on(raw, next_row_line(raw, j)):
                    # 二、民生保障 / 民生保障重点工作任务表 / (单位:万元) / | 3 | …: the table's rows go on
                    tally.add(1)
                    tally.warn(
                        f"line {j + 1}",
                        f"表题或表格说明,未收入 (a table's caption or note, kept out): {short(raw[j])}",
                    )
                    j += 1
                    continue
                if row and all(RULE_CELL.fullmatch(c.text) for c in row):
                    j += 1  # |---|:---|: a Markdown table's rule under its header, no row
                    continue
                if [c.text for c in row] == [c.text for c in header]:  # the header again, after a page break
                    header_again(tally, j, len(row))
                    j += 1
                    continue
                if next_header(row):
                    break  # the header of the next table
                while len(row) > 1 and not row[-1].text:
                    row.pop()  # … | 监督电话 | |: an empty cell after the last is no column (the row's width)
                if span and span[0] == len(rows) - 1 and len(row) == span[2] < len(fields) and sub_cells(row):
                    rows[-1] = under_span(rows[-1], row, span[1], header[span[1]], tally)
                    j += 1  # the sub-cells of a spanning column (指标 | 目标值 | 分解) on a row of their own
                    continue
                if (placed := in_places(raw[j], row, len(fields), f"line {j + 1}", drawn)) is not row:
                    row = placed  # its empty places of a lead, leader or date are merged cells, said
                    narrow.add(len(rows))
                if drawn[1] and (following := broken_row(raw, j, row, len(fields))) is not None:
                    for k in range(j + 1, following[1]):  # a page's number inside the broken cell
                        if page_mark(raw[k]):
                            tally.warn(f"line {k + 1}", page_kept_out(raw[k]))
                    row, j = following  # a cell broken over two lines (市国土资源局 / 市农牧林业局 | …)
                if len(row) != 1:
                    noted = False
                elif (noted and not group_line(row[0].text)) or NOTE.match(row[0].text) or total(row[0].text):
                    # | | 合计:3项 | |, | | 注:以上任务…: the table's own words, no row or clause; the points
                    # under a 注: that ends in its colon are the note's (a group heading ends them)
                    noted = NOTE.fullmatch(row[0].text.rstrip()) is not None or (
                        noted and not total(row[0].text)
                    )
                    tally.add(1)
                    tally.warn(
                        f"line {j + 1}",
                        f"表格的合计或注释,未收入 (a table's total or note, kept out): {short(row[0].text)}",
                    )
                    j += 1
                    continue
                if len(row) == 1 and len(rows) > 1 and went_on(rows[-1], raw[j], row[0], drawn):
                    j += 1  # | | 完成征收 | | | under 推进旧区改造,: the cell above goes on
                    continue
                # a group heading the copy left without its pipes, between two of the table's rows, past
                # notes, page marks and captions (二、民生保障 over | 序号 | … heads the next table; over a
                # blank line or prose the table has ended)
                lone_heading = (
                    len(row) == 1
                    and group_line(row[0].text)
                    and unpiped(raw[j])
                    and rows_go_on(raw, nxt := next_row_line(raw, j))
                    and len(cells_of(raw[nxt], "")) > 1
                )
                if len(row) == 1 and (is_group_row(raw[j], row[0].text, drawn) or lone_heading):
                    # (…| / （一）旧区改造 / | 1 | …: a group heading the copy left without its pipes)
                    row += [Line("", row[0].where) for _ in fields[1:]]
                elif len(row) <= 1:
                    break
                tally.add(len(row))
                if len(row) < len(fields) and cut_off(raw, j):  # its cells as written, from the left
                    pad = [Line("", f"line {j + 1} cell -") for _ in fields[len(row) :]]
                    rows.append(list(cut_row(tuple(row + pad), fields, f"line {j + 1}", tally)))
                    j += 1
                    continue
                if len(row) < len(fields):
                    narrow.add(len(rows))
                # 一、… | (一)… | 1.… | 全年 | …: the groups a row opens with (merged cells shown on their
                # first row) are rows of their own, when the rest then falls in its columns
                peeled = range(leading_groups(row), 0, -1) if len(row) > len(fields) else range(0)
                fits = (k for k in peeled if in_place(row[k:], fields) or numbered_after(row[k:], fields))
                groups = next(fits, 0)  # the most that leave the rest in its columns
                while (
                    groups < len(row) - 1
                    and group_cell(row[groups].text)
                    and numbered_after(row[groups:], fields)
                ):
                    groups += 1  # 三、… | 6 | 建立健全…: a group heading before the row's 序号
                for cell in row[:groups]:
                    rows.append([cell, *(Line("", cell.where) for _ in fields[1:])])
                row = row[groups:]
                if (
                    len(row) == len(fields) + 1
                    and "number" not in fields
                    and cell_kind(row[0].text) == "number"
                ):
                    fields.insert(
                        0, "number"
                    )  # 3 | 科学确定… | 办公室牵头 under 具体要求 | 责任科室: the header
                    header.insert(0, Line("序号", header[0].where))  # lost its 序号 (as implied_number)
                    rows[1:] = [
                        [*r, Line("", r[0].where)] if group_row(r) else [Line("", r[0].where), *r]
                        for r in rows[1:]
                    ]
                span = None
                if len(row) > len(fields) and (wide := spanning_column(row, fields)) is not None:
                    span = (len(rows), wide, len(row) - len(fields) + 1)
                    row = joined_span(row, wide, span[2], header[wide], tally)
                extra = "、".join(c.text for c in row[len(fields) :] if c.text)
                if extra:  # cells past the header's last column: no column to put them in, said
                    tally.warn(
                        row[len(fields)].where,
                        f"这一行比表头多出单元格,未收入 (cells past the header's last column, kept out): "
                        f"{short(extra)}",
                    )
                rows.append(fitted(row, fields))
                j += 1
            body = carried([tuple(r) for r in rows[1:]], fields, {k - 1 for k in narrow})
            out.append(Table((tuple(rows[0]), *body), f"line {i + 1}"))
            i = j
            continue
        line = clean(raw[i].replace("\t", "  "))  # a tab parts cells as two spaces do (notice.spaced_cells)
        if not line.strip(PIPES + " "):  # a line of table pipes alone is no text, nor a header
            i += 1
            continue
        spaced = len(line.split()) >= 3  # 序号 类别 主要任务 牵头单位: a header, its cells one space apart
        stream = (
            (spaced and cell_stream(raw, i, tally, spaced=True))
            or cell_stream(raw, i, tally)
            or headerless_stream(raw, i, tally)
        )
        if stream is not None:
            table, i = stream
            out.append(table)
            continue
        tally.add()
        out.append(Line(line, f"line {i + 1}"))
        i += 1
    return out


# A table drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as law databases and old text tools
# print one: its lines and rules say where cells begin and end; their widths in characters do not
# (a web copy squeezes the spaces), so cells are found by counting, and a rule drawn whole by position.
RULE_CHARS = "─━┄┅┈┉╌╍═"
MIN_RULE = 3  # strokes of a rule drawn among a row's words (├────┤ under one cell); │─│ is a cell's dash
BOX_LINE = re.compile(r"\s*[\u2500-\u257f]")
JUNCTIONS = {chr(c) for c in range(0x2500, 0x2580)} - set(RULE_CHARS)
DOWN = {c for c in JUNCTIONS if re.search(r"\b(?:DOWN|VERTICAL)\b", unicodedata.name(c, ""))}
BOX_SPLIT = re.compile("[" + "".join(sorted(JUNCTIONS)) + "]")


@dataclass
class _Drawn:
    """One cell of a drawn table: its columns, the grid row it starts in, its text so far."""

    first: int
    last: int
    row: int
    line: int
    pieces: list[str]
    end: int = -1  # the grid row its bottom rule closes it in; -1 while open


def box_segments(line: str) -> list[tuple[int, str]]:
    """A drawn line's places between its vertical strokes and junctions, each with where it starts."""
    text = line.strip()
    out, start = [], 0
    for m in BOX_SPLIT.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    if out and not out[0][1].strip():
        out.pop(0)  # before the left border
    if out and not out[-1][1].strip():
        out.pop()  # after the right border
    return out


def is_rule(segment: str) -> bool:
    """A place drawn as a horizontal stroke: the cell above it ends there."""
    text = segment.strip()
    return bool(text) and all(c in RULE_CHARS for c in text)


def drawn_whole(line: str) -> bool:
    """A rule with no space in it: its characters, all of one width, stand where the table's columns do."""
    return all("\u2500" <= c <= "\u257f" for c in line.strip())


def spanned(rule: str, edges: list[int], parting: Collection[str]) -> list[tuple[int, int]]:
    """The first and last column of each place of a rule drawn whole, its places parted by `parting`
    junctions (those that go down part the places below it: ┬ ┼ ├, not ┴), each where it starts."""
    starts = [0] + [k + 1 for k, c in enumerate(rule) if 0 < k < len(rule) - 1 and c in parting] + [len(rule)]
    out = []
    for a, b in itertools.pairwise(starts):
        first, end = bisect.bisect_left(edges, a), bisect.bisect_left(edges, b)
        if first < end:
            out.append((first, end - 1))
    return out


def wrapped_text(pieces: list[str]) -> str:
    """A drawn cell's lines as one text: they wrap where the cell is full, mid-word (各县(市)人 / 民政府);
    a line that ends a body's name, before one that names a body, is the next entry of a list."""
    out = pieces[0] if pieces else ""
    for before, piece in itertools.pairwise(pieces):
        listed = before.endswith(UNIT_ENDS) and len(piece) >= 3 and is_unit(piece)
        out += ("、" if listed else "") + piece
    return out


def closed_row(open_at: dict[int, _Drawn], row: int) -> int:
    """Every open cell of a drawn table ended in `row`; the next row's number."""
    for cell in open_at.values():
        cell.end = row
    open_at.clear()
    return row + 1


def drawn_table(raw: list[str], i: int, tally: Tally) -> tuple[list[Block] | None, int]:
    """The drawn table starting at line `i`, as one Table whose merged cells repeat in the places they
    span (as a Word or web table's do), and the line after its drawn lines; None for the table when
    they draw none (fewer than two columns or three lines, or wider than any table)."""
    j = i
    while j < len(raw) and BOX_LINE.match(raw[j]):
        j += 1
        if raw[j - 1].strip()[0] in "└╚┗╘╙":
            break
    lines = [(n, box_segments(raw[n])) for n in range(i, j)]
    rules = [drawn_whole(raw[n]) for n in range(i, j)]  # (each line looked at once)
    whole = [s for (_, s), rule in zip(lines, rules, strict=True) if rule]
    widest = max(whole, key=len, default=[])
    width = len(widest) or max((len(s) for _, s in lines), default=0)
    if j - i < 3 or not 2 <= width <= limits.MAX_COLUMNS:
        return None, j
    # it opens with a rule across two columns or more, or one over a row of two places, or over a caption's
    # row and such a rule (├─ 区发改委 is a tree's branch, and a page drawn in a frame no table)
    opens = len(lines[0][1]) >= 2 or len(lines[1][1]) >= 2 or (rules[2] and len(lines[2][1]) >= 2)
    headed = len(lines[0][1]) >= 2 and rules[1] and len(lines[1][1]) >= 2  # (no top rule)
    if not ((rules[0] and opens) or headed):
        return None, j
    edges = [start for start, _ in widest]  # where each column starts, on a rule drawn whole
    cells: list[_Drawn] = []
    open_at: dict[int, _Drawn] = {}  # column → the cell covering it
    layout = [(k, k) for k in range(width)]
    row, filled = 0, False
    for (n, segments), rule in zip(lines, rules, strict=True):
        if edges and rule:  # a rule drawn whole: its places stand where they are drawn
            spans = spanned(raw[n].strip(), edges, JUNCTIONS)
        elif len(segments) == width:
            spans = [(k, k) for k in range(width)]
        elif len(segments) == len(layout):
            spans = layout
        elif len(segments) == 1:
            spans = [(0, width - 1)]
        else:
            tally.warn(
                f"line {n + 1}",
                "表格线对不齐, 按从左到右读入 (a drawn row out of line with its table's columns, read from "
                f"the left): {short(raw[n])}",
            )
            if len(segments) > width:  # the places past the last column go into it
                segments[width - 1 :] = [
                    (segments[width - 1][0], " ".join(t for _, t in segments[width - 1 :]))
                ]
            spans = [(k, k) for k in range(len(segments))]
        if not spans or not segments:
            continue  # (│ / ─┤. / │: a rule with no place drawn, no row's cells)
        worded = any(t.strip() and not is_rule(t) for _, t in segments)
        numbered = spans[0] == (0, 0) and NUMBER.fullmatch(segments[0][1].strip()) is not None
        if worded and numbered and (above := open_at.get(0)) is not None and above.pieces and filled:
            row, filled = closed_row(open_at, row), False  # │2 │… under │1 │… with no rule between
        ruled = False
        for (first, last), (_, text) in zip(spans, segments, strict=False):
            if is_rule(text) and (not worded or len(text.strip()) >= MIN_RULE):  # (│─│: a cell's dash)
                ruled = True
                for k in range(first, last + 1):
                    if (cell := open_at.pop(k, None)) is not None and cell.end < 0:
                        cell.end = row
                continue
            if not text.strip():
                continue
            cell = open_at.get(first)
            if cell is None or (cell.first, cell.last) != (first, last):
                covered = [open_at[k] for k in range(first, last + 1) if k in open_at]
                if any(c.row == row for c in covered):  # a place drawn otherwise under words of this
                    row = closed_row(open_at, row)  # row (│1│推进工作│ / │区住建局牵头│): the next row
                for ending in covered:  # …and it ends the cells it covers, merged down to here
                    ending.end = min(ending.end, row - 1) if ending.end >= 0 else row - 1
                    for k in range(ending.first, ending.last + 1):
                        open_at.pop(k, None)
                cell = _Drawn(first, last, row, n, [])
                cells.append(cell)
                for k in range(first, last + 1):
                    open_at[k] = cell
            cell.pieces.append(clean(text))
            filled = True
        if ruled and filled:
            row, filled = row + 1, False
        if edges and rule:  # a rule drawn whole: its junctions that go down, by
            layout = spanned(raw[n].strip(), edges, DOWN)  # position, say which columns the places below span
    rows = row + (1 if filled else 0)
    tally.add(rows * width)
    grid = [[Line("", f"line {i + 1} cell {k + 1}") for k in range(width)] for _ in range(rows)]
    for cell in cells:
        text = wrapped_text(cell.pieces)
        end = min(cell.end, rows - 1) if cell.end >= 0 else rows - 1  # (a rule under a rule closes no row)
        again = tally.again(text, (cell.last - cell.first + 1) * (end - cell.row + 1) - 1)
        for r in range(cell.row, end + 1):
            for k in range(cell.first, cell.last + 1):
                first = r == cell.row and k == cell.first
                grid[r][k] = Line(text if first else again, f"line {cell.line + 1} cell {k + 1}")
    return titled(Table(tuple(tuple(r) for r in grid if any(c.text for c in r)), f"line {i + 1}")), j


def unflattened(line: str) -> list[str]:
    """A task table a page flattened onto one line, its cells one space apart (…印发给你们。 二〇一〇年三月三十日
    …分解表 序号 工 作 内 容 责任部门 完成时限 一、… 1 推进… 各级…办公室 全年 2 出台… 四月份 3 …): its header,
    heading rows (一、…) and rows on lines of their own, as a page sets them — the rows found by their
    numbers counting on from 1, each alone between spaces, so a figure in a cell (新建学校 2 所) splits
    nothing unless it is the next row's. Any other line is itself."""
    if len(line) < FLAT_LINE or (start := flat_header(line)) is None:
        return [line]
    cuts = [start]
    expected, group = 1, 1
    since = start  # where the words before the next candidate begin: each stretch is looked at once
    for m in FLAT_BREAK.finditer(line, start):
        number, heading = m.group("n"), m.group("g")
        after, since = since, m.end()
        if number is not None and int(number) == expected and row_begins(line, m, after):
            expected += 1
        elif heading is not None and chinese_number(heading) == group:
            group += 1
        else:
            continue
        cuts.append(m.start() + 1)
    if expected <= FLAT_ROWS:
        return [line]  # (a long line that only names the header's words: no table)
    return [line[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(line)]) if line[a:b].strip()]


def row_begins(line: str, m: re.Match[str], since: int) -> bool:
    """Whether the next row's number at `m` begins a row: a figure that counts what follows it (每年组织 2 次,
    覆盖 4 个县区) does not, unless the row before has ended there — with its date or its unit (…全年 2 人才
    引进, …区人社局 3 项目建设). The word before is looked for back to `since`, the last candidate's end."""
    if DATE_AFTER.match(line, m.end()) is not None:
        return False  # 市法制办 3 月底前: a date, whatever ends before it
    if COUNTED.match(line, m.end()) is None:
        return True
    words = line[since : m.start()].split()
    before = words[-1] if words else ""
    return is_unit(before) or timing(before) or ROW_END.search(before) is not None


DATE_AFTER = re.compile(r"月(?:底|末|份|前|初|中|上旬|中旬|下旬|\s*\d)|[日号](?:前|之前|以前)?(?:\s|$)")
ROW_END = re.compile(r"(?:\d|[一二三四五六七八九十])(?:月|日|号)?(?:底|末|前|份)?$|季度$|全年$|长期$")


def flat_header(line: str) -> int | None:
    """Where a header flattened into a line begins: 序号 and at least two more header words after it."""
    for m in FLAT_NUMBER_WORD.finditer(line):
        words = spaced_words(line[m.end() : m.end() + FLAT_HEADER_REACH].split()[:FLAT_HEADER_WORDS])
        if sum(1 for w in words[:4] if column_of(w) is not None) >= 2:
            return m.start() + (line[m.start()] == " ")
    return None


FLAT_LINE = 200  # characters: a line shorter holds no flattened table
FLAT_ROWS = 2  # rows a flattened table has at least (1 and 2 found)
FLAT_HEADER_WORDS = 12  # words after 序号 looked at (a letter-spaced header word is several)
FLAT_HEADER_REACH = 80  # characters after 序号 they are looked for in (a line of 序号 after 序号: linear)
FLAT_NUMBER_WORD = re.compile(r"(?:^|\s)序\s?号\s")
# what a figure counts or dates when it stands before it: 次, 个, %, 月, 年 (新建学校 3 所, 3 月底前)
DATED = re.compile("[年月日号周季]")
COUNTED = re.compile(f"{DATED.pattern}|[万亿千百十]?(?:{MEASURE_ALTERNATION}|%)")
# a row's number alone between spaces (see row_begins), or a heading row's numeral
FLAT_BREAK = re.compile(r"\s(?:(?P<n>\d{1,3})\s|(?P<g>[一二三四五六七八九十])、)")


def unpiped(line: str) -> bool:
    return not any(c in line for c in PIPES)


def loose_caption(line: str) -> bool:
    """A caption or its note (民生保障重点工作任务表, (单位:万元)) on a line with no pipe."""
    text = line.strip()
    return unpiped(line) and (table_caption(text) or TABLE_NOTE.fullmatch(text) is not None)


def rows_go_on(raw: list[str], k: int) -> bool:
    """Whether line `k` is a row of the table above: piped, and no header of its own."""
    return k < len(raw) and not unpiped(raw[k]) and not next_header(cells_of(raw[k], ""))


def next_row_line(raw: list[str], j: int) -> int:
    """The line after `j` that may be a row: notes, page marks and a caption or its note under a group
    heading (二、民生保障 / 民生保障重点工作任务表 / (单位:万元) / | 3 | …) passed over; a few lines at most."""
    return next(
        (
            k
            for k in range(j + 1, min(j + 5, len(raw)))
            if not skipped_line(raw[k]) and not bare_page_number(raw, k) and not loose_caption(raw[k])
        ),
        len(raw),
    )


def bare_page_number(raw: list[str], j: int) -> bool:
    """`2` or `2/3` alone between two pipe rows: the page's number, no cell (a stream's 序号 is one, but a
    pipe table's rows carry their own)."""
    if not unpiped(raw[j]) or PAGE_NUMBER.fullmatch(raw[j].strip()) is None:
        return False
    after = next((line for line in raw[j + 1 : j + 3] if line.strip()), "")
    return not unpiped(after) and j > 0 and not unpiped(raw[j - 1])


PAGE_OF = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")  # 2/3: page 2 of 3
PAGE_NUMBER = re.compile(r"\d{1,3}(?:\s*/\s*\d{1,3})?")


def quoted_cells(out: list[str]) -> set[int]:
    """Rows copied from Excel or WPS: a cell holding a line break is a quoted field over several lines
    ("推进旧区改造， / 完成征收2000户。"). Each such row becomes one line of tab-separated cells, in place
    (its pieces joined as a cell's lines join: names by 、, words as they stand); the lines it took are
    left blank, so every later line keeps its number, and returned, so no table ends at them. Only a
    quote that opens a cell (after a tab, or first) opens a field: a stray " inside a cell (“一网通办")
    is its text."""
    taken: set[int] = set()
    k = 0
    while k < len(out):
        line, end = out[k], k
        if "\t" in line and QUOTED_CELL.search(line) and not open_field(line):
            fields = excel_fields(line)  # "推进""一网通办""改革。" on one line: its quotes undone
            if len(fields) > 1:
                out[k] = "\t".join(fields)
        elif "\t" in line and open_field(line):
            while open_field(line) and end + 1 < len(out) and end - k < QUOTED_LINES:
                if ROW_START.match(out[end + 1]):
                    break  # 2\t…: the next row, so the quote was a stray one (“一网通办"…)
                end += 1
                line += "\n" + out[end]
            fields = excel_fields(line)
            if end > k and not open_field(line) and len(fields) > 1:
                out[k] = "\t".join(cell_text([p.strip() for p in f.split("\n") if p.strip()]) for f in fields)
                out[k + 1 : end + 1] = [""] * (end - k)
                taken.update(range(k + 1, end + 1))
            else:
                end = k  # no field spans lines here: the line stays as written
        k = end + 1
    return taken


def excel_fields(line: str) -> list[str]:
    """The cells of a tab-separated line as Excel quotes them; none when it is not quoted so."""
    try:
        return next(csv.reader([line], dialect="excel-tab", strict=True), [])
    except csv.Error:
        return []


QUOTED_CELL = re.compile(r'(?:^|\t)"[^\t]*""')  # a quoted cell holding a quote mark, doubled


def open_field(text: str) -> bool:
    """Whether a quoted field opened at the start of a cell is still open at the end of `text`."""
    inside, k = False, 0
    while k < len(text):
        c = text[k]
        if not inside and c == '"' and (k == 0 or text[k - 1] in "\t\n"):
            inside = True
        elif inside and c == '"':
            if text[k + 1 : k + 2] == '"':
                k += 1  # "" inside a quoted field: a quote mark
            else:
                inside = False
        k += 1
    return inside


QUOTED_LINES = 20  # lines one quoted cell may span
ROW_START = re.compile(r"\s*\d{1,4}[.、]?\t")  # a numbered row of a tab-separated table

PIPES = "|｜"
RULE_CELL = re.compile(r":?-{3,}:?|={3,}")  # a Markdown or text table's rule under its header


def leading_groups(row: list[Line]) -> int:
    """How many cells a row opens with that are group headings with words of their own (一、民生保障 |
    (一)养老服务 | …), the last cell never among them."""
    count = 0
    while count < len(row) - 1 and group_cell(row[count].text) and worded(row[count].text):
        count += 1
    return count


def worded(text: str) -> bool:
    """A group cell with words of its own (一、民生保障), not a row's 序号 written as one ((二), 一、)."""
    found = marker(text)
    return found is not None and bool(found[3])


def in_place(cells: list[Line], fields: list[str]) -> bool:
    """Whether cells fall in their columns as written: no list of units in a task's column, no sentence
    in a unit's (the row without its group cell: 新增养老床位300张。 | 区民政局 | 各街道; not 1.实现… |
    区政务服务中心 | … under 工作任务 | 工作措施 | …, the group cell being the row's own task)."""
    for cell, field in zip(cells, fields, strict=False):
        kind = cell_kind(cell.text) if cell.text else ""
        when = kind == "date" and TIMING.fullmatch(to_simplified(cell.text.strip().rstrip("。")))
        if kind in MISPLACED.get(field, ()) or (when and field in ("title", "text")):
            return False  # (6月底前 alone is no task; 6月底前完成旧改地块征收1000户。 is one)
    return True


WORDY = ("long", "short", "task")  # kinds of cell no unit column holds
MISPLACED = {  # column → the kinds of cell it never holds (a task's column no units, dates or leaders)
    "title": ("units", "person", "number"),
    "text": ("units", "person", "number"),
    "lead": WORDY,
    "support": WORDY,
    "deadline": ("units", "long", "task"),
    "leaders": ("units", "long", "task"),
}


def header_below(line: str, below: str, where: str) -> tuple[list[Line], list[str]] | None:
    """A header's second row (`| | | 牵头单位 | 配合单位 |` under `| 序号 | 工作任务 | 责任单位 | |`, a
    merged cell split in two): the header with the lower cells in place of those above them, and its
    fields; None when the row is no header's (a cell of it is no header word, or it names none)."""
    upper, lower = places(line), places(below)
    if len(upper) < 2 or not split_header([c for c in lower if c]):
        return None
    merged = [b or u for u, b in itertools.zip_longest(upper, lower, fillvalue="")]
    fields = fields_of([c for c in merged if c])
    header = [Line(c, f"{where} cell {k + 1}") for k, c in enumerate(merged) if c]
    return (header, fields) if fields is not None and len(fields) == len(header) else None


def split_header(cells: list[str]) -> bool:
    """Whether the cells a header's second row adds are the parts of a merged header cell: two or more,
    each a header word and nothing else (牵头单位 | 配合单位; not 细化工作措施 | 各有关部门, a first row)."""

    def exact(text: str) -> bool:
        squeezed = CELL_ASIDE.sub("", "".join(to_simplified(text).split()))  # 配合单位(部门): the word
        return (found := header_word(squeezed)) is not None and found[0] == squeezed

    return len(cells) >= 2 and all(map(exact, cells))


CELL_ASIDE = re.compile(r"[(（][^()（）]{1,8}[)）]$")  # a header cell's aside: 配合单位(部门)


Borders = tuple[bool, bool]  # whether a table's rows open with a pipe, and whether they close with one
BORDERED: Borders = (True, True)


def borders(header: str) -> Borders:
    """How a pipe table's header is drawn (| 序号 | … |, 序号 | … |, or 序号 | … | 完成时限): its rows alike."""
    text = header.strip()
    return text.startswith(tuple(PIPES)), text.endswith(tuple(PIPES))


def drawn_like(raw: list[str], i: int) -> Borders:
    """How a pipe table's rows are drawn: as its header, or as its rows where they draw an end the header
    does not (a header that lost its closing pipe over | 1 | … | rows). Only lines of two cells or more
    count: a borderless table's lone group cell ( | 民生实事 |  |  | ) has a pipe at each end."""
    rows = [line.strip() for line in raw[i + 1 : i + 1 + DRAWN_REACH] if len(cells_of(line, "")) > 1]
    header = borders(raw[i])
    opens = header[0] or any(r.startswith(tuple(PIPES)) for r in rows)
    return opens, header[1] or any(r.endswith(tuple(PIPES)) for r in rows)


DRAWN_REACH = 5  # lines below a header looked at for a full row


def places(line: str, drawn: Borders = BORDERED) -> list[str]:
    """A pipe row's cells by place, empty ones kept (the place is what a second header row fills). A pipe
    at an end the table does not draw stands beside an empty place ( | 完成征收 |  |  | , borderless)."""
    if not any(p in line for p in PIPES):  # tab-separated: a tab at the start stands after an empty place
        return [c.strip() for c in line.strip(" \u3000\r\n").split("\t")] if "\t" in line else []
    line = line.strip()
    if drawn[0] and line.startswith(tuple(PIPES)):
        line = line[1:]
    if drawn[1] and line.endswith(tuple(PIPES)):
        line = line[:-1]
    return [c.strip() for c in re.split(f"[{PIPES}]", line)]


def numbered_after(row: list[Line], fields: list[str]) -> bool:
    """Whether a row's second cell is its 序号 (under a 序号 column, or in a row wider than a header that
    lost it) and its first a group's heading with words of its own (三、围绕公众参与… | 6 | 建立健全…;
    not 一、 | 300 | …, a 序号 and a target)."""
    return (
        len(row) > 1
        and (fields[0] == "number" or len(row) > len(fields))  # (a header that lost its 序号: wider rows)
        and cell_kind(row[1].text) == "number"
        and worded(row[0].text)
    )


def group_row(row: list[Line]) -> bool:
    """A row of one group heading and nothing else."""
    return group_cell(row[0].text) and not any(c.text for c in row[1:])


def label_cell(text: str) -> bool:
    """A label of the page's own details closed by a colon (索引号:, 发布机构:), as a page lists them
    below its text; not a category (民生保障:) or a row's label (目标:)."""
    words = to_simplified("".join(text.split()))
    return words.endswith((":", "：")) and words[:-1] in PAGE_DETAILS


PAGE_DETAILS = frozenset(
    {
        *(
            "索引号",
            "索取号",
            "发布机构",
            "发文机关",
            "发文单位",
            "成文日期",
            "发布日期",
            "发布时间",
            "生成日期",
        ),
        *("发文字号", "文号", "文件编号", "标题", "主题分类", "主题词", "体裁分类", "组配分类", "公开方式"),
        *("公开范围", "公开时限", "信息来源", "来源", "所属机构", "有效性", "生效日期", "浏览次数", "抄送"),
        *("主送", "印发", "发布单位", "分类", "时效"),
    }
)  # the labels of a page's details, and of the notice's 版记 (抄送:) below its table


def group_cell(text: str) -> bool:
    """A cell that is a group's heading (一、…, (二)…), as a row wider than its header opens with."""
    found = marker(text)
    return found is not None and found[0] in GROUP_STYLES


CUT_ROW = (
    "表格最后一行在页尾被截断,空单元格不按合并单元格读 (the table's last row is cut off at the page's end: its "
    "empty cells are left empty)"
)


def cut_off(raw: list[str], j: int) -> bool:
    """Whether pipe row `j` is the text's last and lacks the closing pipe the row above has: the page
    ended inside it (its missing cells were cut, not merged with the row above)."""
    last = all(not line.strip() for line in raw[j + 1 :])
    above = raw[j - 1].rstrip().endswith(tuple(PIPES)) if j > 0 else False
    return last and above and not raw[j].rstrip().endswith(tuple(PIPES))


def broken_row(raw: list[str], j: int, row: list[Line], width: int) -> tuple[list[Line], int] | None:
    """A pipe row whose last cell goes on over the next lines: the line lacks the closing pipe, the lines
    after it carry on the cell until one closes the row, and together they make exactly the header's
    cells (a name list's lines joined by a space, a sentence's as they stand). The cells and the index of
    the row's last line; None otherwise."""
    if j + 1 >= len(raw) or raw[j].rstrip().endswith(tuple(PIPES)):
        return None
    if unpiped(raw[j]):
        return None  # 二、民生保障 / 注:… / | 3 | …: a line without a pipe opens no row to go on
    if len(row) == 1 and NUMBER.fullmatch(row[0].text) and raw[j + 1].lstrip().startswith(tuple(PIPES)):
        # | 3 / | 推进消费升级。 | …: the row broke after its number
        rest = cells_of(raw[j + 1], f"line {j + 2}")
        if len(rest) == width - 1 and not NUMBER.fullmatch(rest[0].text):
            return [*row, *rest], j + 1
    if all(line.lstrip().startswith(tuple(PIPES)) for line in raw[j : j + 2]):
        return None  # (| | 完成征收2000户 / | 2 | …: the next line opens a row of its own)
    cells = list(row)
    for k in range(j + 1, min(j + 1 + BROKEN_LINES, len(raw))):
        if page_mark(raw[k]):
            continue  # — 2 — inside a broken cell: the page's (said by the caller)
        rest = cells_of(raw[k], f"line {k + 1}")
        if not cells or not rest or next_header(rest):
            return None  # (二、民生保障 / | 序号 | 工作任务 | …: a heading over the next table's header)
        names = cell_kind(cells[-1].text) == "units" and cell_kind(rest[0].text) == "units"
        joined = Line(cells[-1].text + (" " if names else "") + rest[0].text, cells[-1].where)
        cells = [*cells[:-1], joined, *rest[1:]]
        if len(cells) > width:
            return None
        if raw[k].rstrip().endswith(tuple(PIPES)):
            return (cells, k) if len(cells) == width else None
    return None


BROKEN_LINES = 8  # lines one pipe cell may be broken over
CELL_GAP = 100  # blank lines between two cells of a table at most (a page's break leaves a few)


def cell_lines(raw: list[str], i: int, spaced: bool = False) -> Iterator[tuple[int, str]]:
    """(line index, cell text) of the non-blank lines from `i` on, table pipes and blanks taken off;
    `spaced`: of each space-separated word of those lines (a table whose cells a page set one space
    apart: `1 加强水资源保 护 严守…红线 实施… 市水利局 市发展改革委、…`), which `align` puts back in columns.
    They end at a run of more than CELL_GAP blank lines: no table's (16 MiB of newlines after an item,
    gone through whole at each look for cells, took past 20 s)."""
    blank = 0
    for j in range(i, len(raw)):
        text = clean(raw[j]).strip(PIPES + " ")
        if not text:
            blank += 1
            if blank > CELL_GAP:
                return
            continue
        blank = 0
        if not spaced:
            yield j, text
            continue
        for word in figures_joined(spaced_words(text.split())):
            if word := word.strip(PIPES):
                yield j, word


def spaced_words(words: list[str]) -> list[str]:
    """工 作 任 务: a header cell set letter-spaced to fill its column is one word (a run of three or more
    single characters), not four cells."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
            run.append(word)
            continue
        if (
            len(run) == 1
            and out
            and len(out[-1]) >= BROKEN_WORD_MIN
            and not out[-1].isdigit()
            and run[0] not in CELL_CHARACTERS
        ):
            out[-1] += run[0]  # 加强水资源保 护: the last character of a word its narrow column broke
        else:
            out += ["".join(run)] if len(run) >= LETTER_SPACED else run
        run = []
        if word:
            out.append(word)
    return out


BROKEN_WORD_MIN = 2  # characters before a lone one that ends their word
CELL_CHARACTERS = frozenset("是否有无略空缺完")  # a cell of one character (是 / 否, 无): no word's end


LETTER_SPACED = 2  # single characters in a row: one spaced-out word (汪  峰, a name set to three places)


def figures_joined(words: list[str]) -> list[str]:
    """每年组织 2 次专项检查, 3 月底前: a figure a page set apart inside a cell (a PDF's text does) joined
    to the words around it — it counts what follows, no row's number."""
    out: list[list[str]] = []  # each word's pieces, joined once (3 项 3 项 … a million times: linear)
    k = 0
    while k < len(words):
        word = words[k]  # (a line's first figure is its row's number: 2 人才引进工作 区人社局 二季度)
        if k and word.isdigit() and k + 1 < len(words) and (counted := COUNTED.match(words[k + 1])):
            joined = word + words[k + 1]
            if out and not DATED.match(counted.group()):  # (市法制办 3 月底前: a date opens its cell)
                out[-1].append(joined)
            else:
                out.append([joined])
            k += 2
            continue
        out.append([word])
        k += 1
    return ["".join(pieces) for pieces in out]


def header_run(raw: list[str], i: int, spaced: bool = False) -> tuple[list[Line], list[str], int] | None:
    """A task table's header written one cell per line from line `i` (a cell broken over two lines,
    责任 / 领导, is joined): its cells, their fields and the index of the line after it. `spaced`: the
    header is line `i` alone, its cells one space apart, every word of it a header cell."""
    lines = cell_lines(raw, i, spaced)
    ahead = [x for _, x in zip(range(2 * MAX_HEADER_CELLS), lines, strict=False)]
    if (duties := duties_header(ahead)) is not None and (  # 单位 / 职责分工 / 区规划资源局 / 拟定…
        not spaced or [j for j, _ in ahead].count(i) == len(duties)  # (序号 涉及部门 职责分工: its line)
    ):
        width = len(duties)  # (each body's duties, 序号 first or not)
        return [Line(t, f"line {j + 1}") for j, t in ahead[:width]], duties, ahead[width - 1][0] + 1
    cells: list[Line] = []
    end, k = i, 0
    while k < len(ahead) and len(cells) < MAX_HEADER_CELLS:
        j, text = ahead[k]
        if spaced and j != i:
            break  # a spaced header is its line: the row under it (王波  分管领域…) is none of it
        second = ahead[k + 1][1] if k + 1 < len(ahead) else ""
        joined = text + second if second else ""
        if cells and ALTERNATIVE.fullmatch(text) and marker(text) is None:  # 责任股室 / (单位): one cell
            cells[-1] = Line(cells[-1].text + text, cells[-1].where)
            end, k = j + 1, k + 1
        elif (
            (column_of(text) is None or (len(text) <= 2 and len(second) <= 2 and longer_word(joined, text)))
            and joined
            and joins(joined, second)
            and len(joined) <= HEADER_MAX
            and marker(text) is None  # (一、重点任务 / 序号: the notice's heading over the header, no piece)
        ):  # (任务 / 分类: a header word broken after a word that is one too)
            cells.append(Line(joined, f"line {j + 1}"))
            end, k = ahead[k + 1][0] + 1, k + 2
        elif column_of(text) is not None or (cells and unnamed_column(text, ahead[k + 1 :])):
            cells.append(Line(text, f"line {j + 1}"))
            end, k = j + 1, k + 1
        elif (
            (trailing := unnamed_tail(cells, ahead[k:]))
            and row_width(raw, trailing[-1][0] + 1, spaced) != len(cells)
        ):  # 是否达序 / 说明, then row 1's number (经济发展 before a row exactly as wide as the header: a group)
            cells += [Line(t, f"line {n + 1}") for n, t in trailing]
            end, k = trailing[-1][0] + 1, k + len(trailing)
            break
        else:
            break
    if spaced and (
        any(j != i for j, _ in ahead[:k])
        or (k < len(ahead) and ahead[k][0] == i)
        or not all(whole_header_word(c.text, numbered=column_of(cells[0].text) == "number") for c in cells)
    ):
        return None  # 一是明确任务 二是落实责任单位: prose that holds header words is no header
    pieces = paired(cells)  # the row's width is counted only when pairing would change anything (200
    if pieces != cells and len(cells) > row_width(raw, end, spaced):  # cells looked at, for each line)
        cells = pieces  # more header pieces than a row has cells
    elif joinable(cells) and len(cells) > (width := row_width(raw, end, spaced)):
        cells = narrowed(cells, width) or cells
    fields = fields_of([c.text for c in cells]) if len(cells) >= 3 else None
    named = [column_of(c.text) for c in cells[:3]]
    if (
        named[:2] in (["title", "number"], ["text", "number"])
        and (named[2:] in (["title"], ["text"]) or cells[0].text.endswith(("表", "清单")))
    ) or (
        named[1:2] == ["title"] and cells[0].text.endswith(("表", "清单")) and len(cells[0].text) > CAPTION
    ):  # 2024年民生实事项目 / 序号 / 工作任务, 静安区排水改革任务时间表 / 项目序号 / 任务类型, 南江区消防
        # 重点任务清单 / 项目 / 主要任务: a caption above
        return None  # the header, which starts below it
    return (cells, fields, end) if fields is not None else None


CAPTION = 6  # characters of a caption ending 表/清单 (任务清单, 责任清单 are a column's words)


def duties_header(ahead: list[tuple[int, str]]) -> list[str] | None:
    """The fields when cells open a table of the bodies and their duties (单位 / 职责分工, 成员单位 / 主要职责,
    序号 first or not) over a body's name: its header, where 单位 alone is elsewhere a figure's unit (万元)."""
    for width in (2, 3):
        fields = duties_columns([t for _, t in ahead[:width]])
        if fields is not None and len(ahead) >= 2 * width and cell_kind(ahead[2 * width - 2][1]) == "units":
            return fields  # (the body's cell after the row's 序号, when there is one)
    return None


def row_width(raw: list[str], start: int, spaced: bool) -> int:
    """How many cells the first row under a header holds: from its 1 to the 2 after it (a row with a
    merged cell holds fewer, never more); a very large number when the rows are not numbered so."""
    seen: list[str] = []
    for _, text in itertools.islice(cell_lines(raw, start, spaced), WIDTH_REACH):
        seen.append(text.rstrip(".、．"))
    if "1" in seen and "2" in seen[seen.index("1") :]:
        first = seen.index("1")
        return seen.index("2", first) - first
    return WIDTH_REACH


WIDTH_REACH = 200  # cells looked at below a header for its first row


def paired(cells: list[Line]) -> list[Line]:
    """A header whose narrow columns broke every cell over two lines (检查对 / 范围 / 抽取 / 类型 / 抽查 /
    户数 …): a run of BROKEN_RUN or more pieces of up to PIECE characters, none of which names a column
    by itself, is read two pieces a cell when a pair ends in a header word (抽取 / 类型, 抽查 / 完成时限):
    分值 / 权重, and 指标 / 单位 / 基期值 / 目标值 / 分值 / 权重, stay cells of their own."""
    out: list[Line] = []
    k = 0
    while k < len(cells):
        run = k
        while (
            run < len(cells)
            and len(cells[run].text) <= PIECE
            and (column_of(cells[run].text) is None or (run > k and (run - k) % 2 == 1))
        ):
            run += 1
        pairs = range(k, run - 1, 2)
        if run - k >= BROKEN_RUN and any(column_of(cells[a + 1].text) is not None for a in pairs):
            for a in pairs:
                out.append(Line(cells[a].text + cells[a + 1].text, cells[a].where))
            if (run - k) % 2:
                out.append(cells[run - 1])
            k = run
        else:
            out.append(cells[k])
            k += 1
    return out


def narrowed(cells: list[Line], width: int) -> list[Line] | None:
    """A header with more pieces than its first numbered row has cells (攻坚目标 / 任务, 第二季度 / 完成情况:
    two cells broken over lines among whole ones): pieces joined, first where the two make a longer
    header word than either alone (攻坚目标任务), then where a piece naming nothing qualifies the header
    word after it (第二季度完成情况), until the header is as wide as the row; None when it cannot be."""
    out = list(cells)
    for rule in JOIN_RULES:
        k = 0
        while len(out) > width and k + 1 < len(out):
            a, b = out[k], out[k + 1]
            if rule(a, b):
                out[k : k + 2] = [Line(a.text + b.text, a.where)]
            k += 1
    return out if len(out) == width else None


@functools.lru_cache(maxsize=4096)
def word_length(text: str) -> int:
    found = header_word(to_simplified(text))
    return len(found[0]) if found else 0


def longer(a: Line, b: Line) -> bool:
    """Two header pieces that make a longer header word than either alone (攻坚目标 / 任务)."""
    joined = a.text + b.text
    return len(joined) <= HEADER_MAX and word_length(joined) > max(word_length(a.text), word_length(b.text))


def qualifies(a: Line, b: Line) -> bool:
    """A piece naming nothing before a header word it qualifies (第二季度 / 完成情况)."""
    return len(a.text + b.text) <= HEADER_MAX and column_of(a.text) is None and column_of(b.text) is not None


JOIN_RULES = (longer, qualifies)


def joinable(cells: list[Line]) -> bool:
    """Whether `narrowed` could join anything: the row's width is counted only then (200 cells looked
    at, for each header tried: a long line of header words tried one at every word)."""
    return any(rule(a, b) for rule in JOIN_RULES for a, b in itertools.pairwise(cells))


BROKEN_RUN = 6  # header pieces in a row: three broken cells
PIECE = 4  # characters: a piece of a broken header cell (抽查 / 完成时限)


MAX_HEADER_CELLS = 32  # a header broken over lines (抽取 / 类型) has more pieces than columns


def next_header(row: list[Line]) -> bool:
    """A table's header among a table's rows: every cell a header word (序号 | 工作任务 | 牵头单位), no
    data row (细化工作措施 | 各有关部门 holds header words in longer words)."""
    texts = [c.text for c in row]
    numbered = bool(texts) and column_of(texts[0]) == "number"
    return (
        len(texts) > 1 and fields_of(texts) is not None and all(whole_header_word(t, numbered) for t in texts)
    )


def whole_header_word(text: str, numbered: bool) -> bool:
    """A spaced header's cell is a header word itself (牵头单位), or a short unnamed one (分值); in a line
    that 序号 opens (no prose does), also a header word after or before a short qualifier (重点工作任务,
    协同配合单位, 重点工作任务分解)."""
    squeezed = without_period(to_simplified(text))  # (2023年10-12月份进展情况: a progress column)
    if SUPPORTERS.fullmatch(squeezed):  # 支持的州级部门: a column of helpers named in its own words
        return True
    for k in range(HEADER_QUALIFIER + 1 if numbered else 1):
        found = header_word(squeezed[k:])
        tail = len(squeezed) - k - len(found[0]) if found is not None else -1
        if tail == 0 or (numbered and 0 < tail <= HEADER_QUALIFIER):
            return True
    return short_word(text)


HEADER_QUALIFIER = 4  # characters before a header word in a spaced header's cell (重点, 协同配合 → 配合单位)


def joins(joined: str, second: str) -> bool:
    """A header cell broken over two lines (完成 / 时限, 责任 / 领导): joined, the two make a longer header
    word than the second line alone (分值 / 目标任务 are two cells: 目标任务 stands by itself)."""
    squeezed = "".join(to_simplified(second).split())
    first = "".join(to_simplified(joined[: len(joined) - len(second)]).split())
    if header_word(squeezed) is not None and (QUALIFIER.fullmatch(first) or ROLE_QUALIFIER.fullmatch(first)):
        return True  # 市政府 / 分管领导: whose leader; 主体 / 责任单位: in what role; one cell
    return longer_word("".join(to_simplified(joined).split()), squeezed)


QUALIFIER = re.compile(f"[{LEVELS}](?:级|人民政府|政府|委|直)?")  # a level that qualifies the header word
ROLE_QUALIFIER = re.compile("主体|配合|协同|协办|协作|协助|参与|牵头|主办|主责|直接")  # a role that does


def unnamed_tail(cells: list[Line], rest: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Short unnamed header cells closing a header whose first column is 序号 (是否达序, 说明): they are
    columns when the first row's number follows them; a table's last header words often name nothing
    the parser knows (投资额（亿元）: a figure's column, its measure in brackets). Up to four of them."""
    if not cells or column_of(cells[0].text) != "number":
        return []
    for n in range(1, min(4, len(rest) - 1) + 1):
        if all(short_word(t) or measured(t) for _, t in rest[:n]) and NUMBER.fullmatch(rest[n][1]):
            return rest[:n]
    return []


def short_word(text: str) -> bool:
    """A short header word of Chinese characters, spaced out or not (数 量)."""
    squeezed = "".join(text.split())
    return 1 <= len(squeezed) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in squeezed)


def longer_word(joined: str, part: str) -> bool:
    """Whether two lines joined make a longer header word than `part`, one of them, alone (任务 / 分类:
    任务分类, a category column, not 任务 and a column of its own; see `joins`)."""
    whole, alone = header_word(joined), header_word(part)
    return whole is not None and (alone is None or len(whole[0]) > len(alone[0]))


def unnamed_column(text: str, following: list[tuple[int, str]]) -> bool:
    """A header cell between named ones that names no field (分值, 权重), or a piece of one a narrow
    column broke over lines (抽取 / 类型): short words of Chinese characters up to a named header cell;
    its column's cells go to the item's text (a piece taken for a column of its own stays empty)."""
    if not (short_word(text) or measured(text) or yeared(text)):
        return False
    for k, (_, after) in enumerate(following[:UNNAMED_RUN]):
        broken = after + following[k + 1][1] if k + 1 < len(following) else ""  # (牵头 / 部门: one word)
        if column_of(after) is not None or (len(after) <= 2 and broken and column_of(broken) is not None):
            return True
        if not (short_word(after) or measured(after) or yeared(after)):
            return False
    return False


def yeared(text: str) -> bool:
    """A header word naming its column's year (2023年完成, 2024年计划, 2025年): an indicator table's."""
    return YEARED.fullmatch("".join(text.split())) is not None


YEARED = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,4}")


def measured(text: str) -> bool:
    """A header word with the measure of its column in brackets: 年度投资金额(万元), 长度 (公里)."""
    found = MEASURED.fullmatch("".join(text.split()))
    return found is not None and all("\u4e00" <= c <= "\u9fff" for c in found.group(1))


MEASURED = re.compile(
    r"(\w{1,8})[(（][^()（）]{1,4}[)）]"
)  # (数量（个）: the page's brackets are full-width)


UNNAMED_RUN = 24  # header pieces: a table's unnamed columns (and their pieces) before its next named one


def cell_stream(raw: list[str], i: int, tally: Tally, spaced: bool = False) -> tuple[Table, int] | None:
    """A table written one cell per line: the header run, then its cells put back into rows by `align`;
    a group line (一、… / (二)… / a lone (三) and the line after it) between rows is a heading row. The
    table ends at the 落款 (a date line) or an 附件 line."""
    found = header_run(raw, i, spaced)
    if found is None:
        return None
    header, fields, j = found
    again: list[int] = []
    texts = [c.text for c in header]
    lines = list(cell_lines_until_end(raw, j, "deadline" in fields, spaced, texts, again))
    # a cell's first line → its last (a cell of several lines ends the table at its last)
    last: dict[int, int] = {}
    if not spaced and (parted := blank_parted(raw, i, j, lines)) is not None:
        header, fields, runs = parted
        last = {run[0][0]: run[-1][0] for run in runs}
        lines = [(run[0][0], cell_text([t for _, t in run])) for run in runs]
    if not lines:
        return None  # a header with no row under it is no table: its lines are read as text
    for n in again:
        header_again(tally, n, len(header))
    dated = "deadline" in fields  # (without a 完成时限 column, 2/3 alone is the page's: 2 of 3)
    paged = [page_mark(text) or (not dated and PAGE_OF.fullmatch(text) is not None) for _, text in lines]
    pages = [line for line, page in zip(lines, paged, strict=True) if page]
    lines = [line for line, page in zip(lines, paged, strict=True) if not page]
    if not lines:
        return None  # a header over page numbers alone (第 1 页, then the header again on page 2)
    tally.add(len(header))
    for n, text in pages:  # 第 1 页 between rows had taken a cell's place, a unit lost
        tally.warn(f"line {n + 1}", page_kept_out(text))
    after = next(cell_lines(raw, last.get(lines[-1][0], lines[-1][0]) + 1, spaced), None)
    if is_issuer(lines[-1][1]) and after is not None and is_date_line(after[1]):
        lines.pop()  # the 落款's first line: the issuer above its date
    tally.add(len(lines))
    marks = numbered_by_marks(lines, fields)
    opens = opened_in_cells(lines, fields) if not marks else set()
    if marks:
        lines = marked_lines(lines, marks)
    elif "number" in fields:
        lines = serial_numerals(lines)
    pieces: list[Line | list[Line]] = [[]]  # runs of cells, with the group lines between them
    k = 0
    points: str | None = None  # the style of the points a task cell lists (推进三项改革： / （一）…)
    since, whole = 0, False  # cells since the last number (a group line comes after a full row)
    counted = 0  # the last row's number
    while k < len(lines):
        n, text = lines[k]
        found_marker = marker(text)
        before = lines[k - 1][1] if k else ""
        if found_marker is not None and (before.endswith(("：", ":")) or found_marker[0] == points):
            points = found_marker[0]  # a point of the task cell above, no group
        elif found_marker is not None and found_marker[0] in GROUP_STYLES:
            if not found_marker[3] and k + 1 < len(lines):  # (一) / 经济社会发展目标: one heading
                k += 1
                text += lines[k][1]
            pieces += [Line(text, f"line {n + 1}"), []]
            k += 1
            continue
        elif numbered_group(lines, k, fields, since, counted):  # 三 / 加快推进能源绿色低碳转型 / 11
            pieces += [Line(f"{text.strip()}、{lines[k + 1][1]}", f"line {n + 1}"), []]
            counted = 0 if lines[k + 2][1].strip().rstrip(".、．") == "1" else counted  # (each group from 1)
            k += 2
            continue
        elif unmarked_group(before, text, lines[k + 1][1] if k + 1 < len(lines) else "", fields, since):
            pieces += [Line(text, f"line {n + 1}"), []]
            k += 1
            continue
        if found_marker is None:
            points = None
        if (number := row_number(text)) is not None:
            since, whole = 0, False
            if number == counted + 1:  # (a figure, 30 or 10, goes on no count)
                counted += 1
        elif whole or whole_cell(text, cell_kind(text)) or since == 0:
            since += 1  # the task's lines count once, until its row's first unit, leader or date
            whole = whole or whole_cell(text, cell_kind(text))
        run = pieces[-1]
        assert isinstance(run, list)
        run.append(Line(text, f"line {n + 1}"))
        k += 1
    texts = [c.text for p in pieces if isinstance(p, list) for c in p]
    if "number" in fields and len(fields) > 2 and not any(NUMBER.fullmatch(t) for t in texts):
        del header[fields.index("number")]  # a 序号 column left empty in every row (a copy that lost them)
        fields = [f for f in fields if f != "number"]
    widened = implied_number(texts, fields)
    if widened != fields:
        at = widened.index("number")  # the header left the 序号 cell blank: it is named for the parser
        header.insert(at, Line("序号", header[min(at, len(header) - 1)].where))
    rows: list[tuple[Line, ...]] = [tuple(header)]
    cut = lines and cut_cell(raw, *lines[-1])
    for k, piece in enumerate(pieces):
        if isinstance(piece, Line):
            rows.append((piece, *(Line("", piece.where) for _ in widened[1:])))
            continue
        aligned = (
            realign_marked(piece, widened)
            if marks
            else realign_opened(piece, widened, opens)
            if opens
            else realign_parted(piece, widened)
            if last
            else realign(piece, widened)
        )
        if cut and k == len(pieces) - 1 and aligned:
            aligned[-1] = cut_row(aligned[-1], widened, f"line {lines[-1][0] + 1}", tally)
            rows += carried(aligned, widened, range(len(aligned) - 1))  # the cut row takes nothing
        else:
            rows += carried(aligned, widened)
    end = last.get(lines[-1][0], lines[-1][0]) + 1 if lines else j  # (no lines: the issuer was all)
    return Table(tuple(rows), f"line {i + 1}"), end


def line_runs(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Lines in runs of neighbours: a blank line ends a run."""
    runs: list[list[tuple[int, str]]] = []
    for n, text in lines:
        if runs and runs[-1][-1][0] == n - 1:
            runs[-1].append((n, text))
        else:
            runs.append([(n, text)])
    return runs


def blank_parted(
    raw: list[str], i: int, j: int, lines: list[tuple[int, str]]
) -> tuple[list[Line], list[str], list[list[tuple[int, str]]]] | None:
    """The header, fields and cells (runs of lines) of a one-cell-per-line table that sets a blank line
    between its cells, so that the lines of one run are one cell (区建设管理委 / （区水务局） / 上海城投集团; the
    header's 任务 / 类型): every row's number a run of its own, and some cell of more than one line. Its
    header goes on past its last named column, over words no row holds (所处区域), up to its first row or
    group (正式项目（67个）, 一 / 市政设施类). None for other tables."""
    runs = line_runs(lines)
    numbers = [run for run in runs if any(NUMBER.fullmatch(t) for _, t in run)]
    heads = line_runs([(n, clean(raw[n]).strip()) for n in range(i, j) if clean(raw[n]).strip()])
    parted = len(heads) >= PARTED_HEADER and all(len(run) == 1 for run in heads)  # (类别 / 项目 / 主要任务…)
    if (
        not (parted or len(numbers) >= 2)
        or any(len(run) > 1 for run in numbers)
        or all(len(run) == 1 for run in runs)
    ):
        return None
    header = [Line("".join(t for _, t in run), f"line {run[0][0] + 1}") for run in heads]
    width = parted_width(runs)  # (no wider than its first row: 市政设施类 over the rows is a group)
    while runs and len(runs[0]) == 1 and column_word(runs[0][0][1]) and len(header) < width:
        header.append(Line(runs[0][0][1], f"line {runs[0][0][0] + 1}"))
        runs = runs[1:]
    fields = fields_of([c.text for c in header])
    return (header, fields, runs) if fields is not None else None


PARTED_HEADER = 3  # header words, each set apart by blank lines, that show a table parts every cell so


def row_number(text: str) -> int | None:
    """A row's 序号 alone (3, 3., 3、), or None."""
    return int(text.rstrip(".、．")) if NUMBER.fullmatch(text) else None


def parted_width(runs: list[list[tuple[int, str]]]) -> int:
    """The cells of a blank-parted table's first row, from its 1 to the 2 that opens a row as wide; 0 when
    unnumbered so."""
    texts = [run[0][1].rstrip(".、．") if len(run) == 1 else "" for run in runs]
    if "1" not in texts:
        return 0
    one = texts.index("1")
    twos = [w for w in range(2, len(texts) - one) if texts[one + w] == "2"]
    threes = [w for w in twos if one + 2 * w < len(texts) and texts[one + 2 * w] == "3"]
    return (threes or twos or [0])[0]  # (the 2 whose row is as wide, its 3 after it: a figure 2 is none)


def column_word(text: str) -> bool:
    """A short word heading a column (所处区域, 备注), no row's number, group, figure or body."""
    return (
        len(text) <= PIECE * 2
        and not any(c.isdigit() for c in text)
        and marker(text) is None
        and text not in CHINESE_DIGITS
        and cell_kind(text) not in ("units", "date", "number", "person")
    )


SERIAL = re.compile(r"[*＊]?([0-9]{1,3})")  # a row's 序号 alone, starred where the page marks a key row (*1)
HEADERLESS_ROWS = 5  # rows of one width, counted 1, 2, 3…, before a table with no header is read as one
HEADERLESS_SHARE = 0.75  # of its rows as wide as most, and as many with units in one place
HEADERLESS_WIDTH = (4, 10)  # cells of such a row, its 序号 included
FIRMS = (  # what a firm's or a shop's name ends with
    *("公司", "厂", "集团", "合作社", "商行", "门市部", "酒店", "宾馆", "饭店"),
    *("店", "超市", "商场", "商厦", "百货大楼"),
)


def numbered_rows(cells: Iterable[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[int]]:
    """The cells read and where the rows' numbers stand among them — 1, 2, 3…, each a row's width after the
    last (a row's figure, 5 two cells after row 4's number, opens none) — read only while the next number
    may still come: each look at a bare 1 costs its own rows, never the rest of the notice."""
    lines: list[tuple[int, str]] = []
    counted: list[int] = []
    for n, text in cells:
        k = len(lines)
        if k - (counted[-1] if counted else 0) > GAP:
            break  # (no next number within a row's reach: the table, if any, ended)
        lines.append((n, text))
        if serial(text) == len(counted) + 1 and (not counted or k - counted[-1] >= HEADERLESS_WIDTH[0]):
            counted.append(k)
    return lines, counted


def headerless_rows(
    lines: list[tuple[int, str]], titled: bool
) -> tuple[list[list[tuple[int, str]]], dict[int, tuple[int, str]], list[str]] | None:
    """The rows, groups and column names of a table with no header (`headerless_stream`), or None."""
    lines, counted = numbered_rows(lines)
    if len(counted) < HEADERLESS_ROWS:
        return None
    runs = [lines[a:b] for a, b in zip(counted, [*counted[1:], len(lines)], strict=True)]
    width = collections.Counter(len(r) for r in runs[:-1]).most_common(1)[0][0]
    if not HEADERLESS_WIDTH[0] <= width <= HEADERLESS_WIDTH[1]:
        return None
    rows: list[list[tuple[int, str]]] = []
    groups: dict[int, tuple[int, str]] = {}  # a group's name, before the row it heads
    for r, run in enumerate(runs):
        if r == len(runs) - 1:  # the last row: as wide as most, up to the notice's next heading
            run = list(itertools.takewhile(lambda c: marker(c[1]) is None, run[:width]))
        elif titled and len(run) == width + 1 and group_name(run[-1][1]):
            groups[r + 1] = run[-1]  # (groups when the table opens with one: a note one row has is none)
            run = run[:-1]
        rows.append(run)
    full = [r for r in rows if len(r) == width]
    if len(full) < HEADERLESS_SHARE * len(rows):
        return None
    places = collections.Counter(
        j for r in full for j, (_, t) in enumerate(r) if j > 1 and cell_kind(t) == "units"
    ).most_common(1)
    if not places or places[0][1] < HEADERLESS_SHARE * len(full):
        return None
    units = places[0][0]
    kinds = [collections.Counter(row_kind(r[j][1]) for r in full) for j in range(width)]
    bodies = [j for j in range(2, width) if kinds[j]["units"] >= HEADERLESS_SHARE * len(full)]
    if (kinds[1]["person"] + kinds[1]["date"] + kinds[1]["number"] + kinds[1]["value"]) * 2 > len(full):
        return None  # (张三 / 区住建局 / 科长 / 电话: a contact list; 3月 / …: a schedule — no tasks)
    firms = sum(cell_kind(t := r[1][1]) == "units" or t.endswith(FIRMS) for r in full)
    if firms * 2 > len(full):
        return (
            None  # (华丰化工有限公司 / 滨江路100号 / 城东街道 / 区住建局: a list of firms, bodies — no tasks)
        )
    worded = [  # columns of words (a definition), not figures, measures or blanks
        j
        for j in range(2, width)
        if j not in bodies and (kinds[j]["long"] + kinds[j]["short"] + kinds[j]["name"]) * 2 > len(full)
    ]
    dated = [j for j in range(2, width) if kinds[j]["date"] * 2 > len(full)]
    words = ["序号", "项目名称"]
    words += [  # the first column of words is the task's content, of dates its deadline, the others notes
        "责任单位"
        if j == units
        else "具体内容"
        if worded[:1] == [j]
        else "完成时限"
        if dated[:1] == [j]
        else "说明"
        for j in range(2, width)
    ]
    for r, run in enumerate(rows):  # (区住建局 / 区水务局 in two columns: both responsible, which leads is
        if len(run) == width:  # not written — the second had been a note, no body)
            extra = [run[j][1] for j in bodies if j != units and run[j][1]]
            rows[r] = [
                (n, "、".join([t, *extra]) if j == units else "" if j in bodies else t)
                for j, (n, t) in enumerate(run)
            ]
    return rows, groups, words


def row_kind(text: str) -> str:
    """A cell's kind in a table with no header: a sentence that says a time (确保年内完成目标任务。) is
    words, no deadline's cell."""
    kind = cell_kind(text)
    return "long" if kind == "date" and text.rstrip().endswith(tuple(SENTENCE_ENDS)) else kind


GAP = HEADERLESS_WIDTH[1] + 1  # lines after a row's number within which the next row's stands


def headerless_stream(raw: list[str], i: int, tally: Tally) -> tuple[Table, int] | None:
    """A table copied one cell per line whose header the copy lost (an image, a page's top): rows
    numbered 1, 2, 3… (*1 for a key row), most of one width with a unit's cell in one place, and short
    group names between them (品质宜居 / *1 / 千人社区养老服务设施面积 / … / 区民政局 / 请提供…). Its columns
    are named from what the rows hold — 序号, the task, its content, 责任单位, the rest notes — and said;
    anything less regular is no table (its lines had run into one item's text)."""
    head = raw[i].strip()
    titled = serial(head) != 1  # (品质宜居 / *1: a group's name over the first row)
    if titled:
        after = next(cell_lines(raw, i + 1), None)
        if after is None or serial(after[1]) != 1 or not group_name(head) or marker(head) is not None:
            return None  # (一、重点任务 / 1 / …: the notice's heading over the table, no group of it)
    lines, _ = numbered_rows(cell_lines(raw, i))  # a cheap look first, then the table's end
    if (found := headerless_rows(lines, titled)) is None:
        return None
    clipped = list(itertools.islice(cell_lines_until_end(raw, i, False), len(lines)))  # (to a 落款, 附件)
    if len(clipped) < len(lines) and (found := headerless_rows(clipped, titled)) is None:
        return None
    rows, groups, words = found
    where = f"line {i + 1}"
    header = tuple(Line(w, where) for w in words)
    fields = fields_of(words)
    if fields is None:
        return None
    table: list[tuple[Line, ...]] = [header]
    if titled:
        table.append((Line(head, where), *(Line("", where) for _ in words[1:])))
    for r, run in enumerate(rows):
        if r in groups:
            n, name = groups[r]
            table.append((Line(name, f"line {n + 1}"), *(Line("", f"line {n + 1}") for _ in words[1:])))
        cells = [Line(t.lstrip("*＊") if k == 0 else t, f"line {n + 1}") for k, (n, t) in enumerate(run)]
        table += [tuple(cells)] if len(cells) == len(words) else realign(cells, fields)
    last = rows[-1][-1][0]
    tally.add(sum(len(r) for r in rows) + len(groups) + titled)
    tally.warn(
        where, "表格没有表头, 按各行的样子推定各栏 (a table with no header: its columns read from its rows)"
    )
    if starred := [r[0][1] for r in rows if r[0][1].startswith(("*", "＊"))]:
        tally.warn(
            where, f"序号前的 * 号未收入 (the * before row numbers, kept out): {'、'.join(starred)[:60]}"
        )
    return Table(tuple(table), where), last + 1


def serial(text: str) -> int | None:
    """The number of a row's 序号 written alone (3, *3), or None."""
    found = SERIAL.fullmatch(text.strip())
    return int(found[1]) if found else None


def group_name(text: str) -> bool:
    """A few words naming a group of rows (品质宜居, 安全韧性): no unit, figure, sentence or clause."""
    return (
        len(text) <= GROUP_WORDS
        and len(HAN_CHARS.findall(text)) >= 2
        and cell_kind(text) in ("name", "short")
        and not clause_like(text)
    )


def numbered_by_marks(lines: list[tuple[int, str]], fields: list[str]) -> set[int]:
    """The lines of a one-cell-per-line table that are its rows' 序号 written (一), (二)…: a table with a
    task column and a content column whose 序号 holds no digit, each lone (X) followed by its row's task
    name, its content (a sentence) and a unit's cell (工作任务 | 主要工作内容 | 牵头单位 | 配合单位): they had
    been read as headings over rows, each row's units a column to the left. A group's (一) is followed by
    the group's name, then a row's task name: no sentence. Two in three are so, at least (a page may cut
    its last row short)."""
    if fields[:3] != ["number", "title", "text"] or any(NUMBER.fullmatch(t) for _, t in lines):
        return set()
    kinds = [cell_kind(t) for _, t in lines]
    lone = [
        k
        for k, (_, t) in enumerate(lines)
        if (m := marker(t)) is not None and m[0] == "paren-cn" and not m[3]
    ]
    rowlike = [
        k
        for k in lone
        if k + 3 < len(lines)
        and (kinds[k + 1] in ("name", "short") or titled_task(lines[k + 1][1], kinds[k + 1]))
        and (kinds[k + 2] == "long" or lines[k + 2][1].rstrip().endswith("。"))
        and kinds[k + 3] != "long"
    ]
    return set(lone) if len(rowlike) >= 2 and 3 * len(rowlike) >= 2 * len(lone) else set()


def marked_lines(lines: list[tuple[int, str]], marks: set[int]) -> list[tuple[int, str]]:
    """The cells of a table whose rows open with (X) (`numbered_by_marks`), each (X) as its number
    (1, 2, …), and a Chinese numeral alone on a line before a group's name and the group's first (X) as
    that group's heading, its 、 written (二 / 构建…体系 / (一) → 二、构建…体系; a dash there is the 一 a
    page typed as one: — / 构建… / (一))."""
    out = []
    first = min(marks)
    for k, (n, text) in enumerate(lines):
        if k in marks:
            text = str(chinese_number(text.strip("()（） ")))
        elif k + 2 < len(lines) and k + 2 in marks and k + 1 not in marks and bare_numeral(text):
            dash = text.strip() in ONE_TYPED  # after the rows began, an empty cell (区市容局 / — / 执法监管)
            if not (dash and k > first):
                text = "一、" if dash else f"{text.strip()}、"
        out.append((n, text))
    return out


def bare_numeral(text: str) -> bool:
    """A Chinese numeral alone on a line (二), or a dash standing for 一: a group's number with its 、
    left out."""
    text = text.strip()
    return text in ONE_TYPED or (0 < len(text) <= 3 and all(c in CHINESE_DIGITS for c in text))


def numeral_only(text: str) -> bool:
    """A Chinese numeral alone on a line (二), not a dash (an empty cell as often as a typed 一)."""
    return bare_numeral(text) and text.strip() not in ONE_TYPED


CHINESE_DIGITS = "一二三四五六七八九十"
ONE_TYPED = ("—", "－", "-")  # 一 as pages type it


def serial_numerals(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The cells of a table whose 序号 is written 一, 二, 三 (one after another, the digits counting fewer
    rows from 1 than they): each numeral as its row's number. A digit there is a figure (一 / 新建口袋公园
    / 10: 10 parks), and groups of rows are numbered 一, 二 over rows 1, 2 (see `numbered_group`)."""
    numerals = [k for k, (_, t) in enumerate(lines) if numeral_only(t)]
    counts = [chinese_number(lines[k][1].strip()) for k in numerals]
    run = 0  # how far the digits count from 1, in order: rows numbered under groups 一, 二 (a figure 1,
    for _, t in lines:  # or 30, counts nothing)
        if NUMBER.fullmatch(t.strip()) and int(t.strip().rstrip(".、．")) == run + 1:
            run += 1
    if len(numerals) < 2 or counts != list(range(1, len(counts) + 1)) or run >= len(numerals):
        return lines
    rows = set(numerals)
    return [(n, str(chinese_number(t.strip())) if k in rows else t) for k, (n, t) in enumerate(lines)]


def numbered_group(lines: list[tuple[int, str]], k: int, fields: list[str], since: int, counted: int) -> bool:
    """Whether line `k` of a cell stream is a group's Chinese numeral alone (三 / 加快推进能源绿色低碳转型 /
    11), its 、 left out: the group's name follows it and a row's number that name — at the table's head
    or after a full row, as `unmarked_group` reads a name with no numeral. (A lone 三 had ended the row
    above, its units lost, and the first group had been an item titled 一.) The row after the name is
    numbered 1 or the one after `counted`, the last row's: 一 / 新建口袋公园 / 10 is a row numbered 一,
    its target 10."""
    text = lines[k][1].strip()
    if k + 2 >= len(lines) or not numeral_only(text):
        return False
    before, after = lines[k - 1][1] if k else "", lines[k + 2][1].strip()
    if NUMBER.fullmatch(after) is None or int(after.rstrip(".、．")) not in (1, counted, counted + 1):
        return False  # (counted: a row's figure, 5, may have gone on the count as the next row would)
    return unmarked_group(before, lines[k + 1][1], after, fields, since, numeral=True)


def unmarked_group(
    before: str, text: str, after: str, fields: list[str], since: int, numeral: bool = False
) -> bool:
    """A group's name on a line of its own in a cell stream, with no 一、 (… / 年底前 / 民生实事 / 3 / …):
    a few words, no clause, between a row's last cell and the next row's number — after a full row
    (`since` cells past its number), or after a cell that fits a last column of no units (… / 区旧改办 /
    县气象台 / 2: in a row that left a cell out, an unknown unit is no group). `numeral`: a group's numeral
    stands before the name (`numbered_group`), which may then head the table and open as a time does
    (持续推动节能降碳增效)."""
    together = "title" in fields and fields[fields.index("title") + 1 :][:1] == ["text"]
    task_lines = 2 if together else 1  # a title and its text after it: the task's lines, counted once
    ends = since >= len(fields) - task_lines or (
        fields[-1] not in UNIT_FIELDS and fit(cell_kind(before), fields[-1]) > 0
    )
    return (
        (
            (numeral and not before)
            or (bool(before) and ends and not before.endswith(("、", "，", ",")) and not numeral_only(before))
        )  # (二 / 改造老旧小区 / 30: a row numbered 二 and its task, when no group's numeral)
        # (区财政局、 / 临平新城: the list goes on)
        and not text.startswith(("(", "（"))  # (各乡镇 / （街道）: the name goes on)
        and fields[0] == "number"  # (工作任务 | 具体要求 | …: words before a number may open its row)
        and NUMBER.fullmatch(after.strip()) is not None
        and len(text) <= GROUP_WORDS
        and len(HAN_CHARS.findall(text)) >= 2
        and PAGE_MARK.search(text) is None  # — 2 —, 第 1 页, （续）: the page's, not the table's
        and cell_kind(text) in (("name", "short", "date") if numeral else ("name", "short"))
        and not clause_like(text)
    )


UNIT_FIELDS = ("lead", "support", "others")
HAN_CHARS = re.compile("[\u4e00-\u9fff]")
TABLE_NOTE = re.compile(r"[(（][^()（）]{1,20}[)）]")  # (单位:万元), (共2项) under a table's caption
# (单位:万元), (计量单位:万亩、%): a table's measure, wherever it stands — no clause naming a body 万元
MEASURE_NOTE = re.compile(
    rf"[(（]\s*(?:计量|金额)?单位\s*[:：]\s*(?:{MEASURE.pattern})(?:[、,，/]\s*(?:{MEASURE.pattern}))*\s*[)）]"
)
PAGE_MARK = re.compile(r"[第共]\s*\d+\s*页|^[(（]?续[)）]?$|续表")
PAGE_LINE = re.compile(  # a line that is only the page's: 第 1 页, 第二页/共3页, — 2 —, Page 2, （续）, 续表1, 表1（续）
    r"第\s*[\d一二三四五六七八九十]+\s*页(?:\s*[/，,]?\s*共\s*[\d一二三四五六七八九十]+\s*页)?|共\s*\d+\s*页"
    r"|[-—–－](?:\s*[-—–－])*\s*\d+\s*[-—–－](?:\s*[-—–－])*|[Pp]age\s*\d+(?:\s*of\s*\d+)?|[(（]续(?:表|上表)?[)）]|续表\s*\d*|表\s*\d+\s*[(（]续[)）]"
    # ・2・, ～2～, [2], 【2】, (第2页), P2, P.2, 续上表, 2 / 3 (a fraction set apart by spaces; 6/30 is a date)
    r"|([・·~～])\s*\d+\s*\1|[\[【]\d+[\]】]|[(（]第\s*\d+\s*页[)）]|[Pp]\.?\s?\d+|续上表|\d{1,3} / \d{1,3}"
)


def page_mark(line: str) -> bool:
    """A line that is only the page's (a number or a continuation mark), in a table or between a notice's
    lines: kept out, and said (`page_kept_out`)."""
    return PAGE_LINE.fullmatch(line.strip()) is not None


def page_kept_out(line: str) -> str:
    return f"页码或续表标记,未收入 (a page number or continuation mark, kept out): {line.strip()}"


def cut_cell(raw: list[str], last: int, text: str) -> bool:
    """Whether a cell stream's last line is the text's last and reads as cut off by the page's end: no
    whole cell (units, a leader, a date) and no stop at its end (…全产业链 / 沈: the page ended inside 沈阳…);
    `text` is the line as a cell (年底前 |: 年底前)."""
    if any(line.strip() for line in raw[last + 1 :]) or text.endswith(tuple(SENTENCE_ENDS + ";；")):
        return False
    piece = (split_top(text, "、,，;；") or [""])[-1]  # 沈, or …、区 (临平新城 is a name, whole)
    kind = cell_kind(text)  # (新增养老床位 / 300: a figure before its measure word)
    return not whole_cell(text, kind) and (
        len(piece) <= FRAGMENT or kind == "number" or text.endswith(("、", ",", "，"))
    )


FRAGMENT = 2  # characters: the piece of a name a page's end may leave (沈, 区); a longer one may be whole


def cut_row(row: tuple[Line, ...], fields: list[str], where: str, tally: Tally) -> tuple[Line, ...]:
    """The last row of a cell stream the page cut: said; its cut cell kept out when it stands in a column
    of units, leaders or dates (沈 is no unit), kept in the task's words otherwise."""
    tally.warn(where, CUT_ROW)
    cells = list(row)
    k = max(c for c, cell in enumerate(cells) if cell.text)
    if fields[k] in ("lead", "support", "others", "leaders", "deadline"):
        *whole, cut = split_top(cells[k].text, "、,，;；") or [""]  # …区统计局、区: the names before the cut
        if cut and (fields[k] == "deadline" or (not is_unit(cut) and len(cut) <= FRAGMENT)):
            tally.warn(where, f"页尾截断的单元格,未收入 (a cell the page cut off, kept out): {cut}")
            cells[k] = Line("、".join(whole), cells[k].where)
        elif cut and not is_unit(cut):
            tally.warn(
                where, f"页尾的单元格可能不完整,请核对 (the page may have cut this cell: check it): {cut}"
            )
    return tuple(cells)


MAX_REPEATED = 200  # characters of a merged cell repeated in the rows it spans: a unit list, a name, a date
MERGED = ("lead", "leaders", "deadline")  # columns every row fills: an empty one was merged with above
CARRIED = " (同上 as above)"


def carried(
    rows: list[tuple[Line, ...]], fields: list[str], merged: Collection[int] | None = None
) -> list[tuple[Line, ...]]:
    """A page's table copied one cell per line shows a cell merged down several rows once, on its first
    row: a row with no 牵头单位, 责任领导 or 完成时限 takes the one above it, its origin marked CARRIED
    (the parser says so). Within a group of rows only; the 配合单位, which many rows leave empty, only
    with the rest of the row's units: a row naming no body at all had all its unit cells merged.
    `merged`: the rows that left merged cells out (a pipe row shorter than its header); only they take."""
    out: list[tuple[Line, ...]] = []
    above: dict[int, Line] = {}
    bodies: dict[int, Line] = {}  # the unit cells of the last row that had any
    units = [k for k, field in enumerate(fields) if field in ("lead", "support", OTHERS)]
    for r, row in enumerate(rows):
        cells = list(row)
        if not any(c.text for c, field in zip(cells, fields, strict=False) if field != "number"):
            out.append(row)  # a number alone (a row the page cut off) takes nothing from above
            continue
        takes = merged is None or r in merged
        if any(k < len(cells) and cells[k].text for k in units):
            bodies = {k: cells[k] for k in units if k < len(cells) and cells[k].text}
        elif takes:
            for k, cell in bodies.items():
                if fields[k] not in MERGED and len(cell.text) <= MAX_REPEATED:
                    cells[k] = Line(cell.text, cells[k].where + CARRIED)
        for k, field in enumerate(fields):
            if field not in MERGED or k >= len(cells):
                continue
            if cells[k].text:
                if len(cells[k].text) <= MAX_REPEATED:
                    above[k] = cells[k]
                else:
                    above.pop(k, None)  # a long cell is no merged lead, leader or date: nothing to repeat
            elif takes and k in above:
                cells[k] = Line(above[k].text, cells[k].where + CARRIED)
        out.append(tuple(cells))
    return out


def cell_lines_until_end(
    raw: list[str],
    j: int,
    dated: bool,
    spaced: bool = False,
    header: Sequence[str] = (),
    again: list[int] | None = None,
) -> Iterator[tuple[int, str]]:
    """The cells of a one-cell-per-line table: up to the 落款, an 附件 line or another table's header.
    In a table with a 完成时限 column a date is a cell (2023年9月30日): only a date under an issuing
    office (…人民政府办公室 / 2023年3月1日) is the 落款 there. Its own header again (a page's break) is
    passed over, its line noted in `again`: the rows after it had been a table of their own, out of the
    group they go on in."""
    previous, line, past = "", -1, -1
    above = heading_above(raw, j)
    groups = above[1] if above is not None else 0  # the last number the table's own group rows took
    for n, text in cell_lines(raw, j, spaced):
        if n <= past:
            continue
        signature = is_date_line(text) and (not dated or is_signing_office(previous))
        starts = n != line  # a spaced line is looked at as a header once, at its first word
        line = n
        run = header_run(raw, n, spaced) if starts else None
        if run is not None and header and any(c.text == header[0] for c in run[0][1:]):
            run = None  # 推进第3项重点工作 / … / 序号: a row's cell holding a header word, before the header
        if run is not None and again is not None and repeated(run[0], header):
            again.append(n)
            # up to the line its last cell starts on, its cells broken over lines (牵头 / 单位) with it,
            # not the line the run took after it (配合单位 / （二）: a row's number)
            past = header_end(raw, n, run[2], header[-1], spaced)
            continue
        if signature or text.startswith("附件") or annex_table(raw, n, text, spaced) or run is not None:
            return  # (附表2 / 交通子行业…分配表: the next table, whose header may be no task table's)
        if starts and heads_next_table(raw, n, text, spaced):
            return  # 二、常务副区长姚珂军牵头重点工作 over the next table's header: that table's heading
        if starts and above is not None and (found := marker(text)) is not None and found[0] == above[0]:
            following = found[2] in (above[1] + 1, groups + 1)
            if following and next_heading(raw, n, text, spaced):
                return  # 一、重点任务 / the table / 二、保障措施 / (一)加强组织领导。…: the notice goes on
            if found[2] == groups + 1:  # 二、城市建设 / 推进…: the table's groups go on the numbering, and
                groups = found[2]  # 四、 after its 三、 is the notice's next (or 二、, as the heading's)
        yield n, text
        previous = text


def heading_above(raw: list[str], j: int) -> tuple[str, int] | None:
    """(style, number) of the notice's heading over a table from line `j` (一、重点任务 / 序号 / …), looked
    for among the few lines above it (its caption, its header): None when there is none so near."""
    for k in range(j - 1, max(j - HEADING_ABOVE, 0) - 1, -1):
        if (found := marker(raw[k].strip())) is not None and found[0] in ("chapter", "cn-comma"):
            return found[0], found[2]
    return None


HEADING_ABOVE = 40  # lines between a table's first cell and the heading over it (a caption, a header, blanks)


def next_heading(raw: list[str], n: int, text: str, spaced: bool) -> bool:
    """Whether line `n`, numbered next after the heading over the table (二、 after 一、), is the notice's
    next heading: the notice's own lines follow it — a numbered one ((一)加强组织领导。…) or a paragraph —
    not a row's cells, as under a group row of the table (二、民生保障 / 4 / …, or / 新建中小学校 / …)."""
    after = next(cell_lines(raw, n + 1, spaced), None)
    return after is None or (
        serial(after[1]) is None
        and (
            marker(after[1]) is not None
            or len(after[1]) > PARAGRAPH_CELL
            or after[1].endswith(tuple(SENTENCE_ENDS))
        )
    )


PARAGRAPH_CELL = 40  # characters: a line longer is a paragraph of the notice, no cell of a row

ANNEX_TABLE = re.compile(r"\s*附表\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?\s*")  # 附表2, 附表：


def annex_table(raw: list[str], n: int, text: str, spaced: bool) -> bool:
    """附表2 alone on a line over the next table's caption (交通子行业…分配表) or header: another table
    begins; in a 备注 cell (详见 / 附表1 / next row) it is a note."""
    if ANNEX_TABLE.fullmatch(text) is None:
        return False
    after = next(cell_lines(raw, n + 1, spaced), None)  # (or straight over its header)
    return after is not None and (table_caption(after[1]) or header_run(raw, after[0], spaced) is not None)


def header_again(tally: Tally, at: int, cells: int) -> None:
    """A table's header again after a page break, at line index `at`: counted and said, no row."""
    tally.add(cells)
    tally.warn(f"line {at + 1}", "重复的表头,未收入 (the header repeated, kept out)")


def header_end(raw: list[str], start: int, end: int, last: str, spaced: bool) -> int:
    """The last line a header run from `start` to `end` holds of the header whose last cell is `last` —
    the one before the run's last when that line is more than the header (配合单位 / （二）: the next row's
    number); a cell written on one line with its mark (完成时限（续）), or a piece of it (完成 / 时限), is the
    header's."""
    lines = [k for k, _ in itertools.takewhile(lambda c: c[0] < end, cell_lines(raw, start, spaced))]
    line = "".join(raw[lines[-1]].split())  # (完成 / 时限: the last cell broken, its piece the header's)
    more = len(lines) > 1 and not (line.startswith(last[:2]) or line in last)
    return lines[-2] if more else lines[-1]


def repeated(run: Sequence[Line], header: Sequence[str]) -> bool:
    """A header run that is the table's own header again, its last cell perhaps run on into the next
    line (配合单位 / （二）, a row's mark, read as the header cell's note)."""
    return len(run) == len(header) > 0 and all(
        c.text == h or (k == len(header) - 1 and c.text.startswith(h))
        for k, (c, h) in enumerate(zip(run, header, strict=True))
    )


def heads_next_table(raw: list[str], n: int, text: str, spaced: bool) -> bool:
    """A group line (二、…) or a caption (2022年重点工作任务分解表) over another table's header, with at most a
    caption and its note (单位:万元) between: it heads that table."""
    if not (table_caption(text) or group_line(text)):
        return False
    for at, line in itertools.islice(cell_lines(raw, n + 1, spaced), 3):
        if header_run(raw, at, spaced) is not None:
            return True
        if not (table_caption(line) or TABLE_NOTE.fullmatch(line)):
            return False
    return False


def table_caption(text: str) -> bool:
    """A line naming a table or a plan, no numbered line and no sentence (…重点工作任务分解表)."""
    named = names_plan(text) or text.endswith(("表", "清单"))
    return marker(text) is None and "。" not in text and len(text) <= CAPTION_MAX and named


CAPTION_MAX = 60  # characters of a table's caption


def group_line(text: str) -> bool:
    """A numbered heading of the kind that groups a plan's tasks (一、…, (一)…)."""
    found = marker(text)
    return found is not None and found[0] in GROUP_STYLES


def is_signing_office(text: str) -> bool:
    """An issuer a 落款 names (a government or its office), not a unit a cell may name (区发改委)."""
    return is_issuer(text) and any(word in text for word in SIGNING_WORDS)


SIGNING_WORDS = ("人民政府", "政府办", "办公室", "办公厅", "委员会", "管委会", "领导小组")


def realign_marked(cells: list[Line], fields: list[str]) -> list[tuple[Line, ...]]:
    """Rows of a cell stream whose rows open with their (X), read as numbers (`numbered_by_marks`): a
    number opens a row, its task's name follows, and the cells up to the next number are the rows of
    that task — one or more (推动设施建设… / 区发展改革委 / … / 建立健全… / 区建设管理委 / …), each with its
    content and units, the number and task merged over them (left empty)."""
    rows: list[tuple[Line, ...]] = []
    starts = [k for k, c in enumerate(cells) if NUMBER.fullmatch(c.text)]
    if not starts or starts[0]:
        rows += realign(cells[: starts[0] if starts else len(cells)], fields)
    for at, end in zip(starts, [*starts[1:], len(cells)][: len(starts)], strict=True):
        number, task = cells[at], cells[at + 1] if at + 1 < end else Line("", cells[at].where)
        under = realign(cells[at + 2 : end], fields[2:]) or [tuple(Line("", task.where) for _ in fields[2:])]
        rows.append((number, task, *under[0]))
        rows += [(Line("", r[0].where), Line("", r[0].where), *r) for r in under[1:]]
    return rows


def opened_in_cells(lines: list[tuple[int, str]], fields: list[str]) -> set[tuple[int, str]]:
    """The lines of a one-cell-per-line table with no 序号 column whose task cells number its rows, (1)
    to (35) straight through the table (| 1、改善城市道路环境 | （1）建设精品道路300条。 | …): each opens
    its row, so a row whose unit cells were merged with the one above (its next cell the next row's) is
    no longer read as the tail of the row before. Empty unless the numbers run on, three at least."""
    if "number" in fields or "title" not in fields:
        return set()
    at = {n: k for k, (n, _) in enumerate(lines)}
    found = [
        (n, text, m) for n, text in lines if (m := marker(text)) is not None and m[3] and m[0] == OPENING
    ]
    counted = [(n, text) for k, (n, text, m) in enumerate(found) if m[2] == k + 1]
    if len(counted) < OPENED_ROWS or len(counted) != len(found):
        return set()
    # most open a row with more cells than their task, units among them in half at least (a cell's own list of
    # measures, （1）成立专班 / （2）建立例会 / （3）落实督办, opens none: pass 116)
    ends = [at[n] for n, _ in counted[1:]] + [len(lines)]
    spans = [lines[at[n] + 1 : end] for (n, _), end in zip(counted, ends, strict=True)]
    with_units = sum(any(cell_kind(t) == "units" for _, t in span) for span in spans)
    filled = sum(1 for span in spans if span)  # (a row whose cells were all merged with the one above: none)
    return set(counted) if filled * 3 >= len(spans) * 2 and with_units * 2 >= len(spans) else set()


OPENING = "paren-num"  # （1）: the marker a task cell numbers its row with
OPENED_ROWS = 3


def realign_opened(
    cells: list[Line], fields: list[str], opens: set[tuple[int, str]]
) -> list[tuple[Line, ...]]:
    """Rows of a cell stream whose task cells open them (`opened_in_cells`): the cells after a task, up to
    the next, fill the columns after the task's; a short numbered line just before a task (1、改善城市道路
    环境, merged over its rows) is that row's cell in the column before the task's."""
    at = fields.index("title")
    starts = [k for k, c in enumerate(cells) if (int(c.where.removeprefix("line ")) - 1, c.text) in opens]
    if not starts:
        return realign(cells, fields)
    rows: list[tuple[Line, ...]] = []
    ahead = list(cells[: starts[0]])  # the first row's cells before its task
    for start, end in zip(starts, [*starts[1:], len(cells)], strict=True):
        span = list(cells[start + 1 : end])
        following = span.pop() if end < len(cells) and span and heads_rows(span[-1].text) else None
        empty = Line("", cells[start].where)
        before = [empty] * at
        for k, cell in enumerate(reversed(ahead[-at:] if at else [])):
            before[at - 1 - k] = cell
        width = len(fields) - at - 1
        under = [tuple(span)] if len(span) == width else realign(span, fields[at + 1 :]) if span else []
        after = [  # one row's cells, whatever rows the aligner saw in them
            Line(
                cell_text([r[c].text for r in under if r[c].text]),
                next((r[c].where for r in under if r[c].text), empty.where),
            )
            for c in range(width)
        ]
        rows.append((*before, cells[start], *after))
        ahead = [following] if following is not None else []
    return rows


def heads_rows(text: str) -> bool:
    """A short numbered cell (1、改善城市道路环境) before a row's task: a cell merged over the rows it heads."""
    found = marker(text)
    return found is not None and found[0] != OPENING and 0 < len(found[3]) <= HEADS_ROWS and "。" not in text


HEADS_ROWS = 20  # characters of such a cell's words


def realign(cells: list[Line], fields: list[str], whole: bool = False) -> list[tuple[Line, ...]]:
    """Rows of cells from a stream of cells, each row as wide as the header; pieces of one name broken
    over lines are read as one cell — unless the cells are `whole` (a table setting blank lines between
    them: 区城运中心、区大数据中心 / 12.加强… had been one unit)."""
    joined = (
        list(cells)
        if whole
        else [
            Line("".join(c.text for c in cells[start:end]), cells[start].where)
            for start, end in fragments_joined([c.text for c in cells])
        ]
    )
    rows = []
    for row in align([c.text for c in joined], fields, whole=whole):
        first = next(joined[t] for column in row for t in column)
        rows.append(
            tuple(
                Line(
                    cell_text([joined[t].text for t in column]),
                    joined[column[0]].where if column else first.where,
                )
                for column in row
            )
        )
    return rows


def realign_parted(cells: list[Line], fields: list[str]) -> list[tuple[Line, ...]]:
    """Rows of a table that sets a blank line between its cells, each of them whole: a row numbered on
    (its 序号 the last row's and one) with a cell for every column has them in place, where `realign`
    would move a project's name (物联网研发中心) to the units by its kind; other rows are aligned."""
    opener = row_number if "number" in fields else task_number
    starts = [0]
    counted = 0
    k = 0
    while k < len(cells):
        if (number := opener(cells[k].text)) is not None and (not counted or number == counted + 1):
            counted = number  # (a run under a group row goes on the count: 6, 7…)
            starts.append(k)
            full = k + len(fields)  # (a figure in the row that reads as the next row's number: 新建数量 2)
            if full < len(cells) and opener(cells[full].text) == counted + 1:
                k = full
                continue
        k += 1
    rows: list[tuple[Line, ...]] = []
    for a, b in itertools.pairwise([*dict.fromkeys(starts), len(cells)]):
        segment = cells[a:b]
        if len(segment) == len(fields) and opener(segment[0].text) is not None:  # (its 1 or its 1.做好…)
            rows.append(tuple(segment))
        elif segment:
            rows += realign(segment, fields, whole=True)
    return rows


def task_number(text: str) -> int | None:
    """The number a task cell opens with (1.做好规划配套, 12.加强…) in a table with no 序号 column: the
    row it opens (cells after it up to the next are its row's, or rows under it)."""
    found = marker(text)
    return found[2] if found is not None and found[0] == "dot-num" and found[3] else None


MAX_FITTED = 16  # header cells a short row is fitted to (align costs k² a cell): any task table's


def in_places(line: str, row: list[Line], width: int, where: str, drawn: Borders = BORDERED) -> list[Line]:
    """A pipe (or tab) row with a place for every column of its header, some of them empty (| 2 | 人才 | |
    区人社局 | | 年底前 |): its cells in their places, as written, where `fitted` would have moved them by
    their kinds (人才 had become the leader). Empty places past the header's are no columns. The row stays
    as it is when it may have lost its first cell and moved left (15.推进… | … | 刘福利 | |): its last
    place empty and no 序号 first."""
    at = places(line, drawn)
    while len(at) > width and not at[-1]:
        at.pop()
    shifted = not at or not (at[-1] or NUMBER.fullmatch(at[0]))
    if len(at) != width or shifted or not 1 < len(row) < width or sum(1 for p in at if p) != len(row):
        return row
    return [Line(clean(text), f"{where} cell {k}") for k, text in enumerate(at, start=1)]


def spanning_column(row: list[Line], fields: list[str]) -> int | None:
    """The column of a row wider than its header whose header cell spans the surplus (分解情况 over
    指标 | 目标值 | 分解到乡镇 — `… | 城镇新增就业人数 | 1300 | 元坝镇280… | 刘强 | 区人社局 | 陈宗` under
    `项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人`): the one that leaves the last cells in the last
    columns they fit, a person under 责任领导 and units under 责任单位, where as written a figure fell there;
    of those, the last (项目 and 目标 keep their cells). None when the row reads better as written."""
    surplus = len(row) - len(fields)
    kinds = [cell_kind(c.text) if c.text else "" for c in row]

    def fits(c: int) -> list[float]:
        """How the cells outside column c (which takes c..c+surplus) fit their columns."""
        outside = [*range(c), *range(c + surplus + 1, len(row))]
        columns = [*range(c), *range(c + 1, len(fields))]
        return [fit(kinds[t], fields[f]) for t, f in zip(outside, columns, strict=True) if kinds[t]]

    as_written = sum(fit(kinds[t], fields[t]) for t in range(len(fields)) if kinds[t])

    def listed(c: int) -> bool:
        """Units after units under a unit column (配合单位 over 区财政局 | 区规划资源局), people after people
        under 责任领导 (李四 | 王五): one cell of them, a list."""
        kind = {"leaders": "person"}.get(fields[c], "units" if fields[c] in UNIT_FIELDS else "")
        return bool(kind) and all(k == kind for k in kinds[c : c + surplus + 1])

    def score(c: int) -> float:
        """How the row fits with column c spanning the surplus; a list's column fits as its cells do."""
        return sum(fits(c)) + (fit(kinds[c], fields[c]) if listed(c) else 0.0)

    wordy = [  # a unit or a person is no sub-cell of a task's words (推进老旧小区改造 | 区住建局: a row's two)
        c
        for c in range(len(fields) - 1)
        if fields[c] not in UNSPANNED
        and all(k not in ("units", "person", "staffed") for k in kinds[c + 1 : c + surplus + 1])
    ]
    fitting = [
        c
        for c in sorted({*wordy, *filter(listed, range(len(fields) - 1))})
        if min(fits(c), default=0.0) >= 0 and score(c) >= as_written + SPAN_MARGIN
    ]  # (a unit past the last column, 区政务服务中心 | 区大数据中心 under 牵头单位, is kept out and said)
    return max(fitting, default=None)  # the last that fits: a task's figures are broken down after its words


UNSPANNED = ("number", "lead", "support", OTHERS, "leaders", "deadline")  # columns of one cell each
SPAN_MARGIN = 2.0  # how much better the last cells must fit their columns than as written


def joined_span(row: list[Line], column: int, cells: int, head: Line, tally: Tally) -> list[Line]:
    """A row whose header cell `column` spans `cells` of it: those joined into its column, said — as a
    list when they are units."""
    spanned = [c.text for c in row[column : column + cells] if c.text]
    listed = all(cell_kind(t) == "units" for t in spanned) or all(cell_kind(t) == "person" for t in spanned)
    joined = ("、" if listed else " ").join(spanned)
    tally.warn(
        row[column].where,
        f"表头「{short(head.text)}」一栏下有 {cells} 个单元格,合为一栏 "
        f"(the header's {short(head.text)} spans {cells} cells: joined in its column): {short(joined)}",
    )
    return [*row[:column], Line(joined, row[column].where), *row[column + cells :]]


def sub_cells(row: list[Line]) -> bool:
    """Cells that may be a spanning column's sub-cells (城镇失业人员再就业 | 250 | 白果乡8…): figures and
    words, not a row of its own — no 序号 first, no unit or person (2 | 新建公园 | 县城管局 had been
    joined to the row above, its item lost, pass 98)."""
    return not NUMBER.fullmatch(row[0].text) and all(
        cell_kind(c.text) not in ("units", "person", "staffed") for c in row if c.text
    )


def under_span(above: list[Line], row: list[Line], column: int, head: Line, tally: Tally) -> list[Line]:
    """A row of as many cells as the spanning column above holds, the rest merged down: more of that
    column's sub-cells (城镇失业人员再就业 | 250 | 白果乡8…), joined to the row above, said — no item."""
    joined = " ".join(c.text for c in row if c.text)
    tally.add(len(row))
    tally.warn(
        row[0].where,
        f"这一行是上一行「{short(head.text)}」一栏的分格,并入上一行 "
        f"(the sub-cells of the row above's {short(head.text)}: joined to it): {short(joined)}",
    )
    merged = Line(f"{above[column].text}；{joined}" if above[column].text else joined, above[column].where)
    return [*above[:column], merged, *above[column + 1 :]]


def fitted(row: list[Line], fields: list[str]) -> list[Line]:
    """A delimited row as wide as its header: a row with fewer cells lost its merged or empty ones
    (`2 | 扎实做好… | 疾控处 | 长期推进` under 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注),
    so its cells go to the columns their kinds fit (`align`), the others empty."""
    if len(row) >= len(fields) or len(fields) > MAX_FITTED:
        return row  # a header wider than any task table's: positions, as written (align is k² a cell)
    if (
        len(row) > 2
        and fields[:2] in (["number", "title"], ["number", "text"])
        and NUMBER.fullmatch(row[0].text)
    ):
        rest = fitted(row[2:], fields[2:])  # | 2 | 人才 | 区人社局 | …: the cell after the 序号 is the task
        return row[:2] + rest if len(rest) == len(fields) - 2 else row
    found = align([c.text for c in row], fields, whole=True)
    if len(found) != 1 or any(len(column) > 1 for column in found[0]):
        return row  # not one row of whole cells: kept as written
    where = row[0].where.rsplit(" cell ", 1)[0]
    return [row[column[0]] if column else Line("", f"{where} cell -") for column in found[0]]


def titled(table: Table) -> list[Block]:
    """A Word or web table whose first row is its title across every column (东江县…任务分解表), then its
    header: the title is a line above the table, and the table starts at its header (it had been read
    as a table with no header, before the plan, and dropped)."""
    rows = table.rows
    if len(rows) < 2 or fields_of([c.text for c in rows[1]]) is None:
        return [table]
    values = {c.text for c in rows[0] if c.text}
    if fields_of([c.text for c in rows[0]]) is not None:
        return [lower_header(table)]
    if len(values) != 1:
        return [table]
    return [Line(values.pop(), rows[0][0].where), *titled(Table(rows[1:], table.where))]


def lower_header(table: Table) -> Table:
    """A header in two rows (责任单位 merged over 牵头单位 | 配合单位; the cells a merge spans repeated):
    one row, each place named by its lower cell; the table as it is when its second row is no header's."""
    upper, lower, *rest = table.rows
    if not split_header([c.text for c, u in zip(lower, upper, strict=False) if c.text and c.text != u.text]):
        return table
    merged = tuple(c if c.text else u for u, c in itertools.zip_longest(upper, lower, fillvalue=Line("", "")))
    if fields_of([c.text for c in merged]) is None:
        return table
    return Table((merged, *rest), table.where)


def cell_text(pieces: list[str]) -> str:
    """The lines of one cell as one text: a unit or a person per line is a list (县水务局 / 县住建局 →
    县水务局、县住建局; 董贵波 / 郑敏强); anything else was wrapped mid-sentence and joins as it stands."""
    kinds = ["units" if t and body_aside(p) else cell_kind(p) for t, p in enumerate(pieces)]
    if "units" in kinds:  # 省卫生厅 / 人口计生 / 省公安厅: names the page cut short, among them
        kinds = ["units" if among_units(pieces, kinds, t, listed=True) else k for t, k in enumerate(kinds)]
    listed = kinds[:-1] if kinds[-1:] == ["number"] else kinds  # …省妇联 / 2: the next row's number, cut
    if len(pieces) > 1 and (set(listed) == {"units"} or set(listed) == {"person"}):
        joined = pieces[0]
        for piece in pieces[1:]:  # (各镇人民政府 / （街道办事处）: the name's aside, no name of its own)
            joined += piece if body_aside(piece) else f"、{piece}"
        return joined
    return "".join(pieces)


def is_group_row(line: str, cell: str, drawn: Borders = BORDERED) -> bool:
    """A delimited table's group row: its one cell a group heading (一、… / (二)…), or a few words
    (民生实事) with the row's other places empty (`| | 民生实事 | | |`); never a clause of a task, ended
    by ；or 。 or holding a figure (| | 完成适老化改造500户 | | |: 民生实事（10项） is a name)."""
    if not any(p in line for p in PIPES + "\t"):
        return False
    found = marker(cell)
    if found is not None:
        return found[0] in GROUP_STYLES
    at = places(line, drawn)
    words = len(cell) <= GROUP_WORDS and cell_kind(cell) in ("name", "short") and not clause_like(cell)
    wide = len(at) >= 3 or (len(at) == 2 and not at[0])  # (| | 民生实事, its closing pipes lost)
    return words and wide and cell in at[:2]  # (| | 完成二级旧里改造 | | |: a cell's next line)


GROUP_WORDS = 16  # characters: a group's name in a row of its own (民生实事（10项）, 优化营商环境专项行动)


def clause_like(cell: str) -> bool:
    """Words that are a piece of a task, no group's name: a stop in them or at their end, or a task's verb
    and a figure at the end (新建食堂10家；, 完成适老化改造500户; 重点项目30个, 民生实事10件 are names)."""
    bare = BRACKETED.sub("", cell)
    figure = FIGURE_END.search(bare) is not None and verb(bare)
    counting = TOTAL.match(cell) is None and cell.startswith(TOTAL_WORDS)  # 合计完成征收…: a clause
    return "。" in cell or cell.rstrip().endswith((";", "；")) or figure or counting


BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
FIGURE_END = re.compile(f"(?:{QUANTITY.pattern})[。；;，,]?\\s*$")  # …改造500户: 10件民生实事 is a name


def went_on(above: list[Line], line: str, cell: Line, drawn: Borders = BORDERED) -> bool:
    """Put a row's lone cell onto the cell above it, in its place, when that cell breaks off (at a comma
    or a colon; at ；when the lone cell is no group's name) or the lone cell is a clause (2000户；), and
    it is no group heading; whether it was."""
    at = next((k for k, text in enumerate(places(line, drawn)) if text), -1)
    if not 0 <= at < len(above):
        return False
    ending = above[at].text.rstrip()[-1:]
    found = marker(cell.text)
    listed = listing(above[at].text, found[0] if found else None, cell.text)
    if not ending or (found is not None and found[0] in GROUP_STYLES and not listed):
        return False  # | | （二）保障改善民生 | | |: a group, whatever ends the cell above
    broke = ending.isdigit() and broken_figure(cell.text)  # 新建5G基站300 / | | 个。 | |: the figure's tail
    note = NOTE.match(cell.text) is not None  # 注:…。 below a table: its own words, no clause of a cell
    clause = (clause_like(cell.text) and not note) or (
        ending in ";；" and not is_group_row(line, cell.text, drawn)
    )
    dashed = DASH_LED.match(cell.text) is not None  # | | ——低出生体重儿… | |: a target of the row above
    if ending not in UNFINISHED and not broke and not clause and not listed and not dashed:
        return False  # …10家； / | | 重点工作 | |: a group after a finished clause
    above[at] = Line(above[at].text + cell.text, above[at].where)
    return True


def listing(text: str, style: str | None, cell: str) -> bool:
    """Whether a cell lists its points after a colon (深化三项改革： or …：（一）国企改革；, …：征收2000户), so
    that `cell`, a point of the same style (numbered alike, or a figure's phrase as well) is its next
    point, not a group."""
    after = re.split("[：:]", text)
    if len(after) < 2:
        return False
    last = after[-1].strip()
    if not last:
        return True
    if style is not None:  # a group's style lists points only with a clause's stop ((三)民生保障 is a group)
        same = (found := marker(last)) is not None and found[0] == style
        return same and (style not in GROUP_STYLES or clause_like(cell))
    tail = FIGURE_END.search(cell)
    figures = FIGURE_END.search(last) is not None and tail is not None
    return (
        marker(last) is None and figures and not cell[: tail.start() if tail else 0].endswith(CATEGORY_WORDS)
    )


# 重点项目30个: a group's count
CATEGORY_WORDS = ("项目", "实事", "工程", "任务", "工作", "行动", "事项", "举措")  # fmt: skip


UNFINISHED = "，,、：:"
# 注:…, 注1:…, ※…: a table's note, no cell's words
NOTE = re.compile(r"(?:注|备注|说明)\s*\d*\s*[:：]|※|注\s")
TOTAL_WORDS = ("合计", "共计", "总计", "小计")
# 合计:3项, 共计3项任务: a table's count (not 总计划投资, a task)
TOTAL = re.compile(f"(?:{'|'.join(TOTAL_WORDS)})(?=$|[:：\\s\\d(（]|[项个件])")


def skipped_line(line: str) -> bool:
    """A note or a page mark between a pipe table's rows, kept out as its own."""
    return NOTE.match(line.strip()) is not None or page_mark(line)


def total(cell: str) -> bool:
    """A table's total row's words (合计, 小计:3项, 共计3项任务), not a clause that counts (共计30个，总投资…)."""
    return TOTAL.match(cell) is not None and len(cell) <= TOTAL_MAX and not any(c in cell for c in "，,。；;")


TOTAL_MAX = 12  # characters of a total row's words


def cells_of(text: str, where: str) -> list[Line]:
    """The columns of a line; past limits.MAX_COLUMNS the rest of the line is its last cell (no table is wider)."""
    parts = [clean(p) for p in TABLE_SPLIT.split(text.strip(), limits.MAX_COLUMNS)]
    return [Line(p, f"{where} cell {k}") for k, p in enumerate((p for p in parts if p), start=1)]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"  # Office Math: its text is m:t
# Subtrees whose text the reader does not see: deleted or moved-away revisions, and properties (of an
# mc:AlternateContent, one branch is read: see `branch`).
UNSEEN = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "sdtPr"}
# Text read after the paragraph that holds or refers to it, and what its lines are called.
ASIDES = {
    W + "txbxContent": "text box",
    W + "footnoteReference": "footnote",
    W + "endnoteReference": "endnote",
}
RUN_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}


def inline_text(element: Any, boxes: list[Any]) -> str:
    """The text a reader sees in a paragraph, text boxes and note references apart (appended to `boxes`).

    python-docx's `Paragraph.text` reads only the paragraph's direct runs and hyperlinks: text inside a
    content control, a tracked insertion, a smart tag or a simple field would be dropped without a word,
    and a text box's with it. This walks every descendant instead."""
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in UNSEEN:
            continue
        if tag in (W + "t", M + "t"):
            parts.append(child.text or "")
        elif tag == W + "br":
            parts.append("\n" if child.get(W + "type", "textWrapping") == "textWrapping" else "")
        elif tag in RUN_CHARS:
            parts.append(RUN_CHARS[tag])
        elif tag in ASIDES or (tag == W + "r" and hidden(child)):
            boxes.append(child)
        elif tag == MC + "AlternateContent":
            if (chosen := branch(child)) is not None:
                parts.append(inline_text(chosen, boxes))
        else:
            parts.append(inline_text(child, boxes))
    return "".join(parts)


def hidden(run: Any) -> bool:
    """A run formatted hidden (w:vanish): Word neither shows nor prints it, so it is no text of the
    notice, but leaving it out is said (see `DocxWalk.paragraph`)."""
    return vanished(run) is True


def branch(alternate: Any) -> Any:
    """The one branch of an mc:AlternateContent to read: the first mc:Choice holding text (Word's text
    box as DrawingML) that Word understands (`understood`), else the mc:Fallback (its VML copy, or the only copy: some writers keep no Choice,
    or a Choice without text), so the text is read once and never dropped."""
    branches = [c for c in alternate if c.tag == MC + "Choice" and understood(c)] + [
        c for c in alternate if c.tag == MC + "Fallback"
    ]
    for b in branches:
        if any((t.text or "").strip() for t in b.iter(W + "t")):
            return b
    return None


def understood(choice: Any) -> bool:
    """Whether a word processor reads this mc:Choice: every namespace it requires is one of Office's
    (wps, w14, a14 …). A Choice requiring another is skipped for the next, else the Fallback, as Word
    and LibreOffice do: its text is never shown."""
    return all(
        choice.nsmap.get(prefix) in OFFICE_NAMESPACES for prefix in (choice.get("Requires") or "").split()
    )


OFFICE_NAMESPACES = frozenset(  # what Word 2010 and later read inside an mc:Choice (wps, wpg, w14 …)
    "http://schemas.microsoft.com/office/" + path
    for path in (
        "word/2010/wordprocessingShape",
        "word/2010/wordprocessingGroup",
        "word/2010/wordprocessingCanvas",
        "word/2010/wordprocessingInk",
        "word/2010/wordprocessingDrawing",
        "word/2010/wordml",
        "word/2012/wordml",
        "word/2015/wordml/symex",
        "word/2016/wordml/cid",
        "word/2018/wordml",
        "word/2018/wordml/cex",
        "drawing/2010/main",
        "drawing/2014/chartex",
        "drawing/2015/9/8/chartex",
        "drawing/2016/ink",
        "drawing/2017/model3d",
        "mac/office/2008/main",
    )
)


def block_text(block: Block) -> str:
    """A block as plain lines: a table nested in a cell keeps its words, one cell a line."""
    if isinstance(block, Line):
        return block.text
    return "\n".join(cell.text for row in block.rows for cell in row)


class DocxWalk:
    """Paragraphs and tables in document order, through content controls, with each paragraph's text
    boxes, footnotes and endnotes read right after it (their place on the page is not in the text flow;
    their anchor is). `notes` holds the notes not read yet, by kind and id: each is read once."""

    def __init__(
        self,
        prefix: str = "",
        tally: Tally | None = None,
        notes: Notes | None = None,
        depth: int = 0,
        lists: WordLists | None = None,
    ) -> None:
        self.prefix = prefix
        self.depth = depth  # asides inside asides: a footnote that refers to the next, and so on
        self.tally = tally or Tally()
        self.notes: Notes = notes if notes is not None else {}
        self.lists = lists  # the numbers Word draws before list paragraphs, counted across the document
        self.out: list[Block] = []
        self.paragraphs = self.tables = self.chunks = 0

    def container(self, element: Any) -> list[Block]:
        for child in element:
            if not isinstance(child.tag, str):
                continue  # a comment or processing instruction: no text of the notice
            if child.tag == W + "p":
                self.paragraph(child)
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in WRAPPERS:
                self.container(child)
            elif child.tag == MC + "AlternateContent" and (chosen := branch(child)) is not None:
                self.container(chosen)
            elif child.tag == W + "altChunk":
                self.chunk(child)
        return self.out

    def chunk(self, element: Any) -> None:
        """An altChunk: a web page or text a program embedded whole (Word shows it in place). HTML and
        plain text are read there; any other kind is left out with a warning."""
        self.chunks += 1
        here = f"{self.prefix}chunk {self.chunks}"
        part = self.notes.pop(("chunk", element.get(R + "id")), None)
        kind = part.content_type if part is not None else "missing"
        if kind not in CHUNK_TYPES:
            self.tally.warn(here, f"嵌入的内容未导入 (an embedded altChunk of type {kind} left out)")
            return
        self.tally.embedded += len(part.blob)
        if self.tally.embedded > limits.MAX_EMBEDDED:  # a chunk inflates as far as the zip lets it (256 MiB)
            raise DataError(
                f"{here}: 嵌入的内容超过 {limits.MAX_EMBEDDED >> 20} MiB,不像是一份通知 (embedded content too large)"
            )
        said = len(self.tally.warnings)
        if CHUNK_TYPES[kind] == "html":
            blocks = html_blocks(part.blob, tally=self.tally)
        else:
            blocks = text_blocks(decode_as(part.blob, tally=self.tally), self.tally)
        self.out += [placed(b, here) for b in blocks]
        self.tally.warnings[said:] = [(f"{here} {w}", m) for w, m in self.tally.warnings[said:]]

    def paragraph(self, p: Any) -> None:
        self.paragraphs += 1
        here = f"{self.prefix}paragraph {self.paragraphs}"
        boxes: list[Any] = []
        words = inline_text(p, boxes)
        label = ""
        if self.lists is not None and not mark_gone(p):  # counted as Word counts it, shown before words:
            label = self.lists.label(p, style_of(p, PARAGRAPH_STYLE))  # an empty numbered paragraph (the
            label = label if clean(words) and marker(words.strip()) is None else ""  # Enter after a list's
            # last item) is no item, and a number typed as well (一、 一、优化营商环境) is shown once
        for k, part in enumerate(LINE_BREAK.split(label + words)):
            if text := clean(part):  # an empty paragraph makes no Line: the parser skips them
                self.tally.add()
                self.out.append(Line(text, here + (f" line {k + 1}" if k else "")))
        seen: dict[str, int] = {}
        for aside in boxes:
            if aside.tag == W + "r":
                if text := clean(inline_text(aside, [])):
                    self.tally.warn(here, f"隐藏文字未导入 (hidden text left out): {short(text)}")
                continue
            kind = ASIDES[aside.tag]
            seen[kind] = seen.get(kind, 0) + 1
            content = aside if kind == "text box" else self.notes.pop((kind, aside.get(W + "id")), None)
            if content is not None:
                self.out += self.inner(f"{here} {kind} {seen[kind]} ").container(content)

    def inner(self, prefix: str) -> DocxWalk:
        """A walk of what a paragraph or cell holds, counted with this one, one level deeper: past
        limits.MAX_ASIDE_DEPTH (a chain of footnotes each referring to the next recursed without bound) it is refused."""
        if self.depth >= limits.MAX_ASIDE_DEPTH:
            raise DataError(
                f"Word 文档嵌套超过 {limits.MAX_ASIDE_DEPTH} 层 (tables, text boxes or notes nested deeper than {limits.MAX_ASIDE_DEPTH})"
            )
        return DocxWalk(prefix, self.tally, self.notes, self.depth + 1, self.lists)

    def table(self, tbl: Any) -> None:
        """Rows and cells read from the XML, not python-docx's Table: its rows and cells skip those in a
        content control, and its merged cells cost memory by the claimed span (a gridSpan of 2**31)
        and time and stack by the height of a vertical merge. A cell spanning columns is repeated,
        and a vertically merged cell left empty repeats the one above, as python-docx did, within the
        document's budget for repeated text (`Tally.again`), as an HTML table's."""
        self.tables += 1
        here = f"{self.prefix}table {self.tables}"
        rows = []
        above: dict[int, str] = {}  # grid column → text of the cell starting there in the row above
        for r, tr in enumerate(wrapped(tbl, W + "tr"), start=1):
            cells: list[Line] = []
            starts: dict[int, str] = {}
            column = grid_number(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            for tc in wrapped(tr, W + "tc"):
                text = clean("\n".join(map(block_text, self.inner("").container(tc))))
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if not text and merge is not None and merge.get(W + "val", "continue") == "continue":
                    text = self.tally.again(above.get(column, ""))
                span = min(max(grid_number(tc.find(f"{W}tcPr/{W}gridSpan"), 1), 1), limits.MAX_COLUMNS)
                self.tally.add(span)
                again = self.tally.again(text, span - 1)
                cells += [
                    Line(text if k == 1 else again, f"{here} row {r} cell {len(cells) + k}")
                    for k in range(1, span + 1)
                ]
                starts[column] = text
                column += span
            above = starts
            rows.append(tuple(cells))
        self.out += titled(Table(tuple(rows), here))


WRAPPERS = (W + "sdt", W + "sdtContent", W + "customXml")
Notes = dict[tuple[str, str | None], Any]  # notes by kind and id, and altChunk parts as ("chunk", id)
CHUNK_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def placed(block: Block, prefix: str) -> Block:
    """A block read from an embedded part, its origin named inside the part's place."""
    if isinstance(block, Line):
        return Line(block.text, f"{prefix} {block.where}")
    rows = tuple(tuple(Line(c.text, f"{prefix} {c.where}") for c in row) for row in block.rows)
    return Table(rows, f"{prefix} {block.where}")


def short(text: str) -> str:
    """The opening of a passage a warning quotes."""
    return text if len(text) <= 30 else text[:30] + "…"


def wrapped(element: Any, tag: str) -> Iterator[Any]:
    """The `tag` children of an element, with those inside content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            yield from wrapped(child, tag)


def grid_number(element: Any, default: int) -> int:
    """The w:val of a gridSpan or gridBefore, or `default` when it is missing or not a number."""
    try:
        return int(element.get(W + "val")) if element is not None else default
    except (TypeError, ValueError):
        return default


def docx_blocks(raw: bytes, tally: Tally | None = None) -> list[Block]:
    """Paragraphs and tables of a .docx in document order (see `DocxWalk`)."""
    import docx  # python-docx

    from ..validation import check_unpacked

    check_unpacked(raw, "Word 文档 (.docx)", limits.MAX_UNPACKED_XML)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as e:  # python-docx raises many types for a damaged package
        raise DataError(f"Word 文档无法打开 (cannot open the .docx: {type(e).__name__})") from None
    try:  # parts of another kind where Word puts the document, its styles and its lists (their content
        # types changed): python-docx hands back a plain part, and the body, styles or numbering are missing
        parts = (document.element.body, document.styles.element, numbering_of(document))
    except AttributeError:
        parts = (None, None, None)
    if parts[0] is None or parts[1] is None:
        raise DataError(
            "Word 文档的结构不完整 (the .docx lacks its body, or its styles or lists are parts of another kind): "
            "请用 Word 另存后再导入"
        )
    related = (rel.target_part for rel in document.part.rels.values() if not rel.is_external)
    for root in (*parts, *(getattr(part, "_element", None) for part in related)):
        refuse_dtd(root)
    notes = docx_notes(document)
    styled_hidden(
        document, [document.element.body, *(v for (kind, _), v in notes.items() if kind != "chunk")]
    )
    walk = DocxWalk(tally=tally, notes=notes, lists=word_lists(document))
    for n, text in enumerate(header_texts(document), start=1):
        walk.tally.warn(
            f"header {n}", f"页眉页脚中的文字未导入 (page header or footer text left out): {short(text)}"
        )
    return walk.container(document.element.body)


def refuse_dtd(element: Any) -> None:
    """Refuse an XML part of a .docx (its parsed root; None for a part that is no XML) that declares a
    DTD, which Word never writes: its entities are left unexpanded, and the words after a reference
    were lost, said nowhere."""
    if element is not None and element.getroottree().docinfo.doctype:
        raise DataError(
            "Word 文档的部件带有 DTD 声明 (a part of the .docx declares a DTD, which Word never writes): "
            "请用 Word 另存后再导入"
        )


def mark_gone(p: Any) -> bool:
    """Whether a paragraph's mark is hidden or deleted in a tracked change: Word shows no number for it,
    nor counts it (its words, if any, run on into the next paragraph)."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None or bool(vanished(p.find(W + "pPr")))


def word_lists(document: Any) -> WordLists:
    """The document's list numbering (numbering.xml and the list styles), to draw each paragraph's label."""
    return WordLists(numbering_of(document), document.styles.element)


def numbering_of(document: Any) -> Any:
    """numbering.xml's root, or None for a document with no list numbering (AttributeError: a numbering
    part of another kind, which `docx_blocks` refuses)."""
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # python-docx: a document with no numbering part
        return None


def header_texts(document: Any) -> list[str]:
    """The text of each page header and footer that holds words: shown on every page, but no part of
    the notice's flow (a 公文 puts a page number there at most); said, not read."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    texts = []
    seen: set[int] = set()  # a part each relationship names, read once (one 2 MB header named 1,000
    for rel in document.part.rels.values():  # times was parsed 1,000 times)
        if rel.reltype not in (RT.HEADER, RT.FOOTER) or rel.is_external or id(rel.target_part) in seen:
            continue
        seen.add(id(rel.target_part))
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception:  # lxml raises several types for damaged XML: a header that cannot be read
            texts.append("(无法读取 unreadable)")
            continue
        refuse_dtd(root)  # (python-docx loads a header, footnotes, as bytes: parsed here, checked here)
        text = clean("".join(t.text or "" for t in root.iter(W + "t")))
        if WORDED.search(text):  # a page number (- 1 -) says nothing of the notice
            texts.append(text)
    return texts


def styled_hidden(document: Any, roots: list[Any]) -> None:
    """Runs Word does not show marked hidden as if formatted so, in the parsed tree only: `hidden` then
    leaves them out and says so, as for runs formatted hidden directly. A run is hidden by its own
    w:vanish, else by its character style, else its paragraph's style (the default one when it names
    none), else its table's style, else the document's defaults: the first that says either way (a
    style says through the style it is based on). The words of a field's code (between its begin and
    separate marks) are hidden too: Word shows the field's result."""
    from docx.oxml.parser import OxmlElement

    styles = document.styles.element
    by_id = {style.get(W + "styleId"): style for style in styles.iter(W + "style")}
    defaults = bool(vanished(styles.find(f"{W}docDefaults/{W}rPrDefault")))
    said: dict[str, bool | None] = {}
    for name in by_id:
        style_vanish(name, by_id, said)
    default = next(
        (
            n
            for n, st in by_id.items()
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true")
        ),
        None,
    )
    for root in roots:
        fields: list[bool] = []  # one per open field: True while its code is read (fields nest, and run on
        for p in root.iter(W + "p"):  # over paragraphs)
            table = next(p.iterancestors(W + "tbl"), None)
            styled = (
                style_of(p, PARAGRAPH_STYLE) or default,
                table_style(table) if table is not None else None,
            )
            for run in p.iter(W + "r"):
                marks = run.findall(W + "fldChar")  # a run may hold a whole field: begin … end
                for mark in marks:
                    kind = mark.get(W + "fldCharType")
                    if kind == "begin":
                        fields.append(True)
                    elif kind == "separate" and fields:
                        fields[-1] = False
                    elif kind == "end" and fields:
                        fields.pop()
                coded = not marks and any(fields)  # a field's code: never shown, whatever it says
                if vanished(run) is not None and not coded:
                    continue  # its own w:vanish says, either way
                chain = (style_of(run, RUN_STYLE), *styled)
                hides = next((said[n] for n in chain if n is not None and said.get(n) is not None), defaults)
                if not (hides or coded):
                    continue
                if (properties := run.find(W + "rPr")) is None:
                    properties = OxmlElement("w:rPr")
                    run.insert(0, properties)
                if (vanish := properties.find(W + "vanish")) is None:
                    properties.append(OxmlElement("w:vanish"))
                else:
                    vanish.attrib.pop(W + "val", None)  # w:val="0" on a field's code shows nothing


WORDED = re.compile(r"[^\W\d_]")  # a letter of any script: more than a page number
RUN_STYLE, PARAGRAPH_STYLE, TABLE_STYLE = f"{W}rPr/{W}rStyle", f"{W}pPr/{W}pStyle", f"{W}tblPr/{W}tblStyle"


def style_of(element: Any, path: str) -> str | None:
    """The style an element names at `path` (a run's rStyle, a paragraph's pStyle, a table's tblStyle)."""
    found = element.find(path)
    return found.get(W + "val") if found is not None else None


def table_style(table: Any) -> str | None:
    """A table's tblStyle, from its properties, which come first: a search of all its children (its rows)
    for each of its paragraphs was quadratic in its rows (40,000 rows, 20 s)."""
    first = next(iter(table), None)
    if first is None or first.tag != W + "tblPr":
        return None
    found = first.find(W + "tblStyle")
    return found.get(W + "val") if found is not None else None


def vanished(element: Any) -> bool | None:
    """What an element's run properties say of w:vanish: hidden, shown (w:val=0), or None (nothing)."""
    vanish = element.find(f"{W}rPr/{W}vanish") if element is not None else None
    return None if vanish is None else vanish.get(W + "val", "true").lower() not in ("0", "false", "off")


def style_vanish(name: str, by_id: dict[str, Any], said: dict[str, bool | None]) -> bool | None:
    """What a style says of hiding its text: its own w:vanish, else its basedOn's (followed one by one,
    each style once: a loop of basedOn ends); None when none of them says. `said` holds the answers so
    far, by style, and takes this chain's: 8,000 styles each based on the last were walked again for
    each (quadratic, 91 s)."""
    chain: list[str] = []
    seen: set[str] = set()
    answer: bool | None = None
    while name in by_id and name not in seen:
        if name in said:
            answer = said[name]
            break
        seen.add(name)
        chain.append(name)
        own = vanished(by_id[name])
        if own is not None:
            answer = own
            break
        based = by_id[name].find(W + "basedOn")
        name = based.get(W + "val") if based is not None else ""
    for walked in chain:
        said[walked] = answer
    return answer


def docx_notes(document: Any) -> Notes:
    """The footnotes and endnotes of a .docx by kind and id, and its altChunk parts. python-docx does
    not read them, and the paragraphs only refer to them: their text would be dropped without a warning."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    notes: Notes = {}
    seen: set[int] = set()  # a notes part named by many relationships is read once
    for rel in document.part.rels.values():
        if rel.reltype == RT.A_F_CHUNK and not rel.is_external:
            notes[("chunk", rel.rId)] = rel.target_part
            continue
        kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
        if kind is None or rel.is_external or id(rel.target_part) in seen:
            continue
        seen.add(id(rel.target_part))
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception as e:  # lxml raises several types for damaged XML
            raise DataError(
                f"Word 文档的脚注无法读取 (cannot read the .docx {kind}s: {type(e).__name__})"
            ) from None
        refuse_dtd(root)
        notes |= {(kind, note.get(W + "id")): note for note in root.iter(W + kind)}
    return notes


def pdf_blocks(raw: bytes) -> list[Block]:
    """The text layer of a PDF page by page, read in a child process held to CPU-time and memory
    limits (`bounded`): pdfminer and pdfplumber can loop or explode in ways no count kept from here
    sees. The CPU time grows with the file, so a small hostile one is stopped in seconds."""
    from .bounded import cpu_budget, run_bounded

    return run_bounded(pdf_blocks_here, raw, what="PDF", cpu_seconds=cpu_budget(len(raw)))


def pdf_blocks_here(raw: bytes) -> list[Block]:
    """`pdf_blocks` in this process: tables found by pdfplumber come out as tables; each page's
    objects are let go once read."""
    import pdfplumber

    from .bounded import out_of_memory

    out: list[Block] = []
    tables = 0
    tally = Tally()
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            for p, page in enumerate(pdf.pages, start=1):
                tally.add()  # a page costs time even without a line of text
                tables += page_blocks(page, p, tables, tally, out)
                page.close()
    except DataError:
        raise
    except Exception as e:  # pdfminer raises many types for a damaged file
        if out_of_memory(e):  # pdfplumber wraps what pdfminer raised, a MemoryError too
            raise MemoryError from None
        raise DataError(f"PDF 无法读取 (cannot read the PDF: {type(e).__name__})") from None
    if not any(isinstance(b, Line) and b.text for b in out) and not tables:
        raise DataError(
            "PDF 没有文字层 (scanned PDF, no text layer): 请先用 OCR 转成文字, 或改用 .docx/.txt 原件"
        )
    return out


def page_blocks(page: Any, p: int, tables: int, tally: Tally, out: list[Block]) -> int:
    """One PDF page's lines outside its tables, then its tables, appended to `out`; how many tables."""
    found = page.find_tables()
    text_page = page
    for t in found:
        text_page = text_page.outside_bbox(t.bbox)
    for n, part in enumerate(LINE_BREAK.split(text_page.extract_text() or ""), start=1):
        if line := clean(part):
            tally.add()
            out.append(Line(line, f"page {p} line {n}"))
    for k, t in enumerate(found, start=tables + 1):
        cells = t.extract()
        tally.add(sum(map(len, cells)))
        rows = tuple(
            tuple(
                Line(clean(cell or ""), f"table {k} row {r} cell {c}") for c, cell in enumerate(row, start=1)
            )
            for r, row in enumerate(cells, start=1)
        )
        out.append(Table(rows, f"table {k} (page {p})"))
    return len(found)


# Not <form>: an ASP.NET page wraps its whole body in one; a search form is found by its class or id.
SKIP_TAGS = frozenset({"script", "style", "nav", "header", "footer", "aside", "head"})
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "ul",
        "ol",
        "center",
        "blockquote",
        "pre",
    ]
)
VOID_TAGS = frozenset(["br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"])
MAIN_HINTS = ("content", "article", "zoom", "detail", "zw", "tpc", "main", "trs_editor")
FURNITURE_HINTS = (
    "nav",
    "menu",
    "header",
    "footer",
    "breadcrumb",
    "share",
    "sidebar",
    "banner",
    "login",
    "search",
)


@dataclass
class _Run:
    """Text collected for one line (or one table cell): parts, the source line, inside main content or not."""

    parts: list[str]
    line: int
    main: bool
    heading: bool = False  # inside <h1>–<h3>: a title, read even outside the marked content
    colspan: int = 1
    rowspan: int = 1
    # tables inside this cell, each after the parts before it: read in place where the table only lays
    # the page out (a layout cell's 三、…如下: / its task table / 四、…), before it where it holds data
    nested: list[tuple[int, list[list[_Run]]]] = dataclasses.field(default_factory=list)


def span(attrs: list[tuple[str, str | None]], name: str, most: int) -> int:
    """A cell's colspan or rowspan as a browser reads it: digits at the start, 1 when none, at most `most`."""
    value = next((v or "" for k, v in attrs if k == name), "").strip()
    digits = value[: len(value) - len(value.lstrip("0123456789"))][:6]
    return min(max(int(digits), 1), most) if digits else 1


def spread(rows: list[list[_Run]], tally: Tally) -> list[list[str]]:
    """The grid of an HTML table: a cell spanning columns is repeated across them, one spanning rows is
    repeated in the rows below (as a Word table's merged cells are, see DocxWalk.table), so every row
    is as wide as the header and each cell stands under its column."""
    covered: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text) of a rowspan above
    grid = []
    for at, row in enumerate(rows):
        below = len(rows) - at - 1  # the rows a rowspan can reach (it may claim 50,000 in a table of 3)
        out: list[str] = []
        cells = iter(row)
        while True:
            column = len(out)
            if column in covered:
                left, text = covered[column]
                out.append(text)
                if left > 1:
                    covered[column] = (left - 1, text)
                else:
                    del covered[column]
                continue
            cell = next(cells, None)
            if cell is None:
                if any(c > column for c in covered):  # a rowspan further right: this column is empty
                    out.append("")
                    continue
                break
            text = html_cell(cell)
            tally.add(cell.colspan - 1)
            again = tally.again(text, cell.colspan * min(cell.rowspan, below + 1) - 1)  # (or stand once)
            for k in range(cell.colspan):
                out.append(text if k == 0 else again)
                if cell.rowspan > 1:
                    covered[column + k] = (cell.rowspan - 1, again)
        tally.add(len(out) - len(row))
        grid.append(out)
    return grid


def html_blocks(raw: bytes, charset: str | None = None, tally: Tally | None = None) -> list[Block]:
    """The main content of a saved government web page: navigation, scripts and page furniture dropped.

    When the page marks its content (class or id like `article-content`, `zoom`, `TRS_Editor`), only that
    is read, and the headings above it (the notice's title is often an <h1> outside the content block);
    otherwise everything outside the furniture is."""
    from html.parser import HTMLParser

    class Walker(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main content)
            self.out: list[_Run | list[list[_Run]]] = []
            self.table: list[list[list[_Run]]] = []  # the open tables: rows of cells
            self.outer: list[_Run | None] = []  # for each open table, the cell it stands in (or None)
            self.line = _Run([], 0, False)
            self.cell: _Run | None = None
            self.tally = tally or Tally()
            self.hidden: int | None = None  # depth of the open element a browser does not show
            # where each open tag stands on the stack, nearest last: a stray end tag is found in O(1)
            self.at: dict[str, list[int]] = {}
            self.specials: list[int] = []  # where the open special elements (div, p, td …) stand
            self.hidden_text: list[tuple[int, bool, str, str]] = []  # (line, main, text, why) of each
            self.body = False  # a <head> tag once the body has begun is ignored, as browsers do
            self.implied: int | None = None  # where a table the rows imply (no <table> written) stands

        def parse_marked_section(self, i: int, report: int = 1) -> int:
            """`<![…` up to the next `>` is skipped, as browsers do: html.parser raises AssertionError
            on one it cannot name (`<![ x`)."""
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

        def state(self) -> tuple[bool, bool]:
            return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            """`<div hidden/>`: the slash closes nothing on an HTML element (a browser keeps the div
            open, its text hidden); void elements, and SVG's and MathML's, are whole in themselves."""
            self.handle_starttag(tag, attrs)
            if self.at.get("svg") or self.at.get("math"):
                self.handle_endtag(tag)

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "head" and self.body:
                return  # <head><p>…</p></head> in the body: a browser shows the text
            if not self.at.get("table") and (
                tag == "tr"
                or (tag in ("td", "th") and not self.out and not self.line.parts and self.cell is None)
            ):
                # rows saved without their <table> (a template's part): a table; a cell with no row,
                # only where it opens the file (one in running text is ignored, as a browser ignores it:
                # it had taken in the page after it)
                self.handle_starttag("table", [])
                self.implied = len(self.stack) - 1
            elif (
                self.implied is not None
                and self.cell is None
                and tag in BLOCK_TAGS
                and tag not in TABLE_PARTS
            ):
                self.handle_endtag("table")  # a paragraph after the rows, outside a cell: the rows have ended
            if tag in ("td", "th") and self.at.get("table") and not self.at.get("tr"):
                self.handle_starttag("tr", [])  # a cell with no row open opens one, as a browser does
            if tag not in BEFORE_BODY and self.at.get("head"):
                self.handle_endtag("head")  # <head>…<p>: the body begins, as a browser begins it
            kept = self.hidden is not None and self.stack[self.hidden][0] in FORMATTING  # re-made after it
            for closed in ("p",) * (tag in CLOSES_P and not kept) + SIBLINGS.get(tag, ()) * (not kept):
                if self.at.get(closed) and self.specials and self.specials[-1] == self.at[closed][-1]:
                    self.handle_endtag(closed)  # <p>…<p>, <p>…<h3>, <li>…<li>: the open one ends first
            self.body = self.body or tag not in BEFORE_BODY
            marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role")).lower()
            skip, main = self.state()
            furniture = tag in SKIP_TAGS or any(h in marks for h in FURNITURE_HINTS)
            if not skip and tag not in VOID_TAGS and tag not in NO_TEXT_TAGS:
                # an element a browser does not show, or furniture inside the marked content (a
                # <header> in an <article> holds the title): not read, but said if it holds text
                reason = "hidden" if unseen(tag, attrs) else "furniture" if main and furniture else ""
                if reason:
                    self.hidden, skip = len(self.stack), True
                    self.hidden_text.append((self.getpos()[0], main, "", reason))
            skip = skip or furniture
            main = main or any(h in marks for h in MAIN_HINTS)
            if tag in VOID_TAGS:
                if tag == "br" and not skip:
                    self.newline()
                    self.cell_break()
                return
            if len(self.stack) >= limits.MAX_NESTING:
                raise DataError(
                    f"网页嵌套超过 {limits.MAX_NESTING} 层,不像是一份通知 (HTML nested deeper than {limits.MAX_NESTING})"
                )
            self.stack.append((tag, skip, main))
            self.at.setdefault(tag, []).append(len(self.stack) - 1)
            if tag in SPECIAL:
                self.specials.append(len(self.stack) - 1)
            if skip:
                return
            if tag == "table":
                self.newline()
                self.table.append([])
                self.outer.append(self.cell)  # (a table inside a cell: its place in that cell)
                if self.cell is not None:
                    self.cell.nested.append((len(self.cell.parts), self.table[-1]))
                    self.cell.parts += [PARAGRAPH, " "]  # (in a cell of data, the words on either side
                self.cell = None  # stay apart: 推进旧区改造 年底前完成收尾, not glued)
            elif tag == "tr" and self.table:
                self.table[-1].append([])
            elif tag in ("td", "th") and self.table and self.table[-1]:
                self.tally.add()
                colspan, rowspan = (
                    span(attrs, "colspan", limits.MAX_COLUMNS),
                    span(attrs, "rowspan", limits.MAX_LINES),
                )
                self.cell = _Run([], self.getpos()[0], main, colspan=colspan, rowspan=rowspan)
                self.table[-1][-1].append(self.cell)
            elif tag in BLOCK_TAGS:
                self.newline()
                self.cell_break()

        def handle_endtag(self, tag: str) -> None:
            if not self.at.get(tag):
                return
            if tag not in SPECIAL and self.specials and self.specials[-1] > self.at[tag][-1]:
                return  # <span><div hidden></span>: an end tag closes no special element (div, p, td …)
            if (
                tag in SPECIAL
                and tag not in TABLE_PARTS
                and any(self.at.get(b) and self.at[b][-1] > self.at[tag][-1] for b in SCOPE)
            ):
                return  # <div><td>…</div>: out of scope behind a cell or an object, ignored
            while self.stack:
                t, skip, _ = self.stack.pop()
                self.at[t].pop()
                if self.specials and self.specials[-1] == len(self.stack):
                    self.specials.pop()
                if t == "table" and not skip and self.table:  # closed, or left open inside what closes
                    done, self.cell = self.table.pop(), self.outer.pop()
                    if self.cell is None:  # (one inside a cell is that cell's: `nested`)
                        self.out.append(done)
                if t == tag:
                    break
            if self.hidden is not None and len(self.stack) <= self.hidden:
                self.hidden = None
            if self.implied is not None and len(self.stack) <= self.implied:
                self.implied = None
            if skip:
                return
            if tag in ("td", "th"):
                self.cell = None
            elif tag in BLOCK_TAGS:
                self.newline()
                self.cell_break()

        def handle_data(self, data: str) -> None:
            if data.strip() and self.at.get("head") and self.stack and self.stack[-1][0] == "head":
                self.handle_endtag("head")  # words in the head: a browser begins the body with them
                self.body = True
            skip, main = self.state()
            if skip:
                if self.hidden is not None and len(self.hidden_text[-1][2]) < 40:
                    line, in_main, text, why = self.hidden_text[-1]
                    self.hidden_text[-1] = (line, in_main, text + clean(data), why)
                return
            if self.table and self.cell is not None:
                self.cell.parts.append(data.replace(PARAGRAPH, " "))  # (a page's own NUL parts nothing)
                return
            if not self.line.parts and data.strip():
                heading = any(self.at.get(h) for h in HEADINGS)
                self.line = _Run([], self.getpos()[0], main, heading)
            if self.line.parts or data.strip():
                self.line.parts.append(data)

        def newline(self) -> None:
            if self.line.parts:
                self.tally.add()
                self.out.append(self.line)
            self.line = _Run([], 0, False)

        def cell_break(self) -> None:
            """A paragraph's end inside a cell: a space in a table's cell, a line where the table only
            lays the page out (`layout`)."""
            if self.table and self.cell is not None:
                self.cell.parts.append(PARAGRAPH)

    walker = Walker()
    walker.feed(defuse(decode_html(raw, charset, walker.tally)))
    walker.close()
    walker.newline()
    # tables the page never closed, as a browser shows them (one inside another's cell is that cell's)
    walker.out += [
        rows for rows, outer in reversed(list(zip(walker.table, walker.outer, strict=True))) if outer is None
    ]
    marked = any(isinstance(v, _Run) and v.main for v in walker.out)
    for line, main, text, why in walker.hidden_text:
        if text and (main or not marked):
            walker.tally.warn(f"line {line}", f"{LEFT_OUT[why]}: {short(text)}")
    out: list[Block] = []
    tables = 0
    content_seen = False

    def table(value: list[list[_Run]]) -> list[Block]:
        """A table's blocks: its paragraphs, the tables inside them in place, where it lays the page out;
        else the tables inside its cells, then itself. A stack, not recursion: tables nest thousands deep
        in a hostile page."""
        nonlocal tables
        blocks: list[Block] = []
        todo: list[tuple[str, Any]] = [("table", value)]
        while todo:
            kind, item = todo.pop()
            if kind == "block":
                blocks.append(item)
            elif kind == "table" and layout(item):
                pieces = [piece for row in item for cell in row for piece in cell_pieces(cell)]
                todo += [("table", p) if isinstance(p, list) else ("block", p) for p in reversed(pieces)]
            elif kind == "table":
                inner = [rows for row in item for cell in row for _, rows in cell.nested]
                todo += [("own", item), *(("table", rows) for rows in reversed(inner))]
            elif any(c.parts and html_cell(c) for row in item for c in row):  # (a frame's table whose
                tables += 1  # cells hold only tables has no words of its own)
                rows = tuple(
                    tuple(
                        Line(text, f"table {tables} row {r} cell {k}") for k, text in enumerate(row, start=1)
                    )
                    for r, row in enumerate(spread(item, walker.tally), start=1)
                )
                blocks += titled(Table(rows, f"table {tables}"))
        return blocks

    for value in walker.out:
        if isinstance(value, _Run):
            # a heading before the marked content is the page's title (<h1> above <div class="content">)
            if value.main or not marked or (value.heading and not content_seen):
                out.append(Line(clean("".join(value.parts)), f"line {value.line}"))
            content_seen = content_seen or value.main
            continue
        if marked and not any(c.main for row in value for c in row):
            continue
        out += table(value)
    return out


def layout(rows: list[list[_Run]]) -> bool:
    """Whether a table only lays the page out (an old gov.cn page: the notice's whole body in one cell, <p>
    after <p>): a few rows, no header, and one cell holding most of its words in LAYOUT_PARAGRAPHS
    paragraphs or more — read as one cell, its items had run into one line and the page was refused as
    holding no item."""
    written = [[paragraphs for cell in row if (paragraphs := cell_paragraphs(cell))] for row in rows]
    cells = [paragraphs for row in written for paragraphs in row]
    if not cells or sum(1 for row in written if row) > LAYOUT_ROWS:
        return False
    most = max(cells, key=lambda ps: sum(map(len, ps)))
    if len(most) < LAYOUT_PARAGRAPHS or sum(map(len, most)) * 2 < sum(len(t) for ps in cells for t in ps):
        return False
    return not any(fields_of([html_cell(c) for c in row]) is not None for row in rows[:2])  # (a header:
    # a table of data, whatever its cells hold)


def cell_pieces(cell: _Run) -> list[Line | list[list[_Run]]]:
    """A layout cell's paragraphs as lines, and the tables inside it in their places."""
    pieces: list[Line | list[list[_Run]]] = []
    start = 0
    for at, rows in [*cell.nested, (len(cell.parts), [])]:
        text = "".join(cell.parts[start:at])
        pieces += [Line(t, f"line {cell.line}") for part in text.split(PARAGRAPH) if (t := clean(part))]
        pieces += [rows] if rows else []
        start = at
    return pieces


def html_cell(cell: _Run) -> str:
    """A table cell's text: its paragraphs as one (县水务局 / 县住建局 in two <p> a list, 县水务局、县住建局),
    joined as the page wrote them."""
    paragraphs = cell_paragraphs(cell)
    if len(paragraphs) > 1 and (listed := cell_text(paragraphs)) != "".join(paragraphs):
        return listed
    return clean("".join(cell.parts).replace(PARAGRAPH, ""))


def cell_paragraphs(cell: _Run) -> list[str]:
    """A cell's paragraphs as its <p>, <div> and <br> part them."""
    return [text for part in "".join(cell.parts).split(PARAGRAPH) if (text := clean(part))]


PARAGRAPH = "\x00"  # a paragraph's end inside a cell (a control character: a space wherever else it is read)
LAYOUT_ROWS = 3  # rows with words in a table that lays a page out
LAYOUT_PARAGRAPHS = 3  # paragraphs of the cell that holds its body


HEADINGS = ("h1", "h2", "h3")
NO_TEXT_TAGS = frozenset({"script", "style", "head"})  # never a notice's words
LEFT_OUT = {
    "hidden": "网页中隐藏的文字未导入 (hidden text left out)",
    "furniture": "网页正文中的导航、页眉页脚类部分未导入 (left out as page furniture)",
}
HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.I)


def unseen(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """An element a browser does not show: `hidden`, a style of display:none or visibility:hidden (or
    collapse, comments inside it ignored), SVG's display="none", the elements never drawn (NOT_DRAWN), a
    <dialog> or <details> not open (a closed <details> is left out whole, its summary too)."""
    if tag in NOT_DRAWN and (tag != "object" or any(k == "data" and v for k, v in attrs)):
        return True  # an object with nothing to embed shows its fallback
    if tag in ("dialog", "details") and all(k != "open" for k, _ in attrs):
        return True
    return any(
        k == "hidden"
        or (k == "style" and v and HIDING.search(uncommented(v)))
        or (k == "display" and (v or "").strip().lower() == "none")
        for k, v in attrs
    )


NOT_DRAWN = frozenset(  # outside <head> too; and the fallback a browser that plays or embeds never draws
    {
        "template",
        "title",
        "rp",
        "noframes",
        "noembed",
        "datalist",
        "canvas",
        "video",
        "audio",
        "iframe",
        "object",
        "noscript",  # what a browser running scripts never draws (pass 93: it had been left out unsaid)
        "select",  # a list drawn as the one choice made
    }
)


def tags(names: str) -> frozenset[str]:
    """A set of HTML tag names written as the standard lists them, one space apart."""
    return frozenset(names.split())


# the elements an end tag of another never closes (WHATWG's "special" category): `<span><div hidden></span>`
# leaves the div open, `</p>` or `</div>` closes what is open inside
SPECIAL = tags(
    "address applet area article aside base basefont bgsound blockquote body br button caption center "
    "col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame "
    "frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing "
    "main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script "
    "search section select source style summary table tbody td template textarea tfoot th thead title "
    "tr track ul wbr xmp"
)
CLOSES_P = tags(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li dd dt listing main menu nav ol p pre search "
    "section summary table ul xmp"
)
SIBLINGS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}  # a list item ends the one open
SCOPE = ("td", "th", "caption", "table", "object", "applet", "marquee", "template")  # scope walls
TABLE_PARTS = tags("table tbody thead tfoot tr td th caption")  # their end tags look only at the table
# a hidden one of these that an implied end closes, a browser makes again after it: its text stays hidden
FORMATTING = tags("a b big code em font i nobr s small strike strong tt u")
BEFORE_BODY = frozenset({"html", "head", "meta", "title", "link", "style", "script", "base", "noscript"})


def uncommented(css: str) -> str:
    """A style without its /* comments */ (display:/**/none hides as display:none does), in one pass."""
    out, at = [], 0
    while (start := css.find("/*", at)) >= 0:
        out.append(css[at:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(out)
        at = end + 2
    return "".join(out) + css[at:]


# A start tag and 64 KiB of its attribute text (and the rest of it): matched in linear time, since
# each try stops at the next < or >.
LONG_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]{0,31})[^<>]{65536}[^<>]*")
# The openers html.parser knows, most specific first, and what closes each.
CLOSERS = (("<!--", "-->"), ("<![", ">"), ("<", ">"))
LONE_LT = re.compile(
    r"<(?![A-Za-z/!?])"
)  # a `<` that opens nothing: html.parser reads it as text, one by one


def defuse(text: str) -> str:
    """The page with every opener that nothing after it can close (see CLOSERS) written as text,
    as html.parser would have read it: for each, html.parser rescans to the end of the page (CPython
    before 3.13.4 and 3.12.11: 600 KB of `<!--a>` took 69 s, 20 MB of `<?x` over 120 s). A `<` that
    opens nothing is written as text at once too (20 MB of them took 30 s, one by one). A tag whose
    attributes run past 64 KiB keeps its name only: html.parser makes a tuple per attribute (a tag of
    ten million took 5 GB), and no page needs them (the reader looks at class, id and role)."""
    text = LONE_LT.sub("&lt;", text)
    text = LONG_TAG.sub(r"<\1", text)
    for opener, closer in CLOSERS:
        last = max(text.rfind(closer), 0)
        if text.find(opener, last) >= 0:
            text = text[:last] + text[last:].replace(opener, "&lt;" + opener[1:])
    return text


CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{1,20})""", re.I)


def decode_html(raw: bytes, charset: str | None = None, tally: Tally | None = None) -> str:
    """The charset the server sent, else the one the page declares, else the text rule (UTF-8,
    GB18030), as `decode_as` reads them."""
    declared = CHARSET.search(raw[:4096])
    return decode_as(raw, charset, declared.group(1).decode("ascii") if declared else None, tally=tally)


CODECS = {  # charset names → the codec that reads them (GB2312 and GBK pages are read as GB18030)
    "utf-8": "utf-8-sig",
    "utf8": "utf-8-sig",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "big5",
    "big5-hkscs": "big5hkscs",
    "utf-16": "utf-16",
}


def known_codec(name: str | None) -> str | None:
    return CODECS.get(name.strip().lower()) if name else None


def read_blocks(raw: bytes, charset: str | None = None) -> tuple[str, list[Block], Tally]:
    """The format found, the blocks of the notice, and the reader's tally, with what it has to say of
    what it did not read as it stands; .doc and scanned PDFs are refused with what to do.
    `charset`: what a web server said the text is in (HTTP Content-Type), tried first."""
    kind = detect(raw)
    tally = Tally()
    if kind == "doc":
        raise DataError(
            "不支持旧版 Word (.doc) 文件 (old binary Word format): 请在 Word/WPS 中另存为 .docx 后再导入"
        )
    if kind == "rtf":  # its text is markup and escapes: read as text it became items titled }{\dbch
        raise DataError("不支持 RTF 文件 (Rich Text Format): 请在 Word/WPS 中另存为 .docx 后再导入")
    if kind == "docx":
        blocks = made_visible(docx_blocks(raw, tally), tally)
    elif kind in ("xlsx", "ods", "xls", "csv"):
        blocks = made_visible(sheet_blocks(raw, tally), tally)
    elif kind == "pdf":
        blocks = made_visible(pdf_blocks(raw), tally)
    elif kind == "html":
        blocks = made_visible(html_blocks(raw, charset, tally), tally)
    else:
        blocks = text_blocks(decode_as(raw, charset, tally=tally), tally)
    sentences_within_limit(blocks)
    return kind, blocks, tally


def sheet_blocks(raw: bytes, tally: Tally) -> list[Block]:
    """Each sheet of a workbook (.xlsx, .ods, .xls) or a CSV as a table, read by the one bounded reader a
    returned 台账 is read by (merged cells carried into the cells they cover): a 任务分解表 is often
    published as a spreadsheet, and had been refused (a zip, not a .docx; no numbered item). What a
    person does not see — a hidden sheet, row or column, a cell whose number format shows nothing — is
    left out and said (an .xls says none of it to the reader: said too); cells read as they are shown
    (see `sheet_cell`)."""
    from pathlib import Path

    from ..progress.ledger_read import OLE, office_tables

    if raw.startswith(OLE):
        tally.warn(
            "workbook",
            "旧版 .xls 不说明哪些行列隐藏,全部导入 (an .xls says no hidden rows or columns: all read)",
        )
    out: list[Block] = []
    chars = 0
    unformatted = False
    for sheet in office_tables(raw, Path("workbook")):
        name = sheet.sheet or "csv"
        if sheet.sheet_hidden:
            tally.warn(f"sheet {name}", "隐藏的工作表未导入 (a hidden sheet left out)")
            continue
        rows: list[tuple[Line, ...]] = []
        unseen: dict[int, list[str]] = {k: [] for k in sorted(sheet.hidden_columns)}
        for number, cells in sheet.rows:
            texts = []
            for k, cell in enumerate(cells):
                text = sheet_cell(cell.value, cell.percent, cell.shape)
                if cell.percent is None and not unformatted and formatted_kind(cell.value):
                    unformatted = True  # an .xls: said once, at the first such cell
                    tally.warn(
                        f"sheet {name} row {number} cell {k + 1}",
                        f"旧版 .xls 不带数字格式,日期按年月日、小数按原值读入,请核对 (an .xls gives no number "
                        f"formats: a date shown as a month reads as its 1st, a percent as a fraction): {text}",
                    )
                text = tally.again(text) if cell.carried else text  # (a long one, within the notice's bound)
                if k in unseen:
                    if text and len(unseen[k]) < QUOTED_CELLS:
                        unseen[k].append(text)
                    continue
                if cell.blank and text:
                    tally.warn(
                        f"sheet {name} row {number} cell {k + 1}",
                        f"格式设为不显示的单元格未导入 (a cell its format shows empty, left out): {short(text)}",
                    )
                    text = ""
                texts.append(text)
            if not any(texts):
                continue
            if number in sheet.hidden:
                tally.warn(
                    f"sheet {name} row {number}",
                    f"隐藏的行未导入 (a hidden row left out): {short(' '.join(texts))}",
                )
                continue
            chars += sum(map(len, texts))
            if chars > limits.MAX_SHEET_TEXT:
                raise DataError(
                    f"表格文字超过 {limits.MAX_SHEET_TEXT:,} 字,不像是一份通知 (more text than a plan's tables hold)"
                )
            tally.add(len(texts))
            rows.append(tuple(Line(t, f"sheet {name} row {number} cell {k}") for k, t in enumerate(texts, 1)))
        for k, seen in unseen.items():
            if seen:
                tally.warn(
                    f"sheet {name} column {k + 1}",
                    f"隐藏的列未导入 (a hidden column left out): {short(' '.join(seen))}",
                )
        # rows of notes above its title and header are lines over the table, as a page's are (the row
        # right above the header stays the table's: the title `titled` takes)
        top = next(
            (i for i, row in enumerate(rows[:SHEET_HEADER_ROWS]) if fields_of([c.text for c in row])), 1
        )
        top = max(top - 1, 0)
        out += [
            Line(" ".join(dict.fromkeys(c.text for c in row if c.text)), row[0].where) for row in rows[:top]
        ]
        if rows[top:]:
            out += titled(Table(tuple(rows[top:]), f"sheet {name}"))
    return out


SHEET_HEADER_ROWS = 30  # rows of a sheet looked at for its header


LARGEST_WHOLE = 1e15  # a whole number a cell shows in its digits; past it, in exponent form (1e+308)


def formatted_kind(value: Any) -> bool:
    """A date or a fraction: a value a number format shows otherwise (a month, a percent)."""
    return isinstance(value, datetime.date) or (isinstance(value, float) and not value.is_integer())


def sheet_cell(value: Any, percent: bool | None = False, shape: str | None = None) -> str:
    """A spreadsheet cell's text as a person sees it: 1 (not 1.0), 85% (not 0.85), 2024年6月30日, or
    2024年6月 where the format shows no day (its value is the 1st: read so, a deadline came a month
    early), the words as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)) and percent:
        return f"{round(value * 100, 6):g}%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < LARGEST_WHOLE else f"{value:g}"  # (1e308: 309 digits)
    if isinstance(value, datetime.date):  # (a datetime is a date too)
        from ..progress.ledger_read import FORMAT_WORDS

        tokens = FORMAT_WORDS.sub("", shape or "").lower()
        if "m" in tokens and not any(t in tokens for t in "dhs"):  # yyyy"年"m"月": a month, no day
            return f"{value.year}年{value.month}月"
        if "y" in tokens and not any(t in tokens for t in "mdhs"):  # yyyy"年": the year (its 1 January
            return f"{value.year}年"  # had been the deadline)
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).strip()


QUOTED_CELLS = 8  # of a hidden column, quoted in its warning


def decode_as(raw: bytes, *charsets: str | None, tally: Tally | None = None) -> str:
    """Text in the first named charset that we read and that fits (the server's, then the page's); else
    by the text rule (`decode`). Only the encodings Chinese pages are written in are taken by name
    (`CODECS`): a page that names utf-7 or unicode_escape is not decoded by that codec. Bytes that are
    UTF-8 are read as UTF-8 whatever is named (GB18030 reads most UTF-8 as other characters without an
    error: a misconfigured server's page would become mojibake). Each name not followed is said."""
    tally = tally or Tally()
    for name in filter(None, charsets):
        codec = known_codec(name)
        not_as_declared = f"内容不是声明的 {name},按 UTF-8/GB18030 读取 (not {name} as declared)"
        if codec is None:
            tally.warn(
                "encoding", f"声明的编码 {name} 不予采用,按 UTF-8/GB18030 读取 (charset {name} not used)"
            )
            continue
        if codec != "utf-8-sig" and not raw.isascii() and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                pass
            else:
                tally.warn(
                    "encoding", f"声明为 {name},但内容是 UTF-8,按 UTF-8 读取 (declared {name}, read as UTF-8)"
                )
                return text
        if codec.startswith("big5") and big5_bytes(raw) is False:  # GBK bytes under a Big5 label: they
            tally.warn("encoding", not_as_declared)
            continue  # decode as Big5 without an error, as rare characters (mojibake, said nowhere)
        if (
            codec == "gb18030" and (traditional := big5_text(raw, LABEL_MARGIN)) is not None
        ):  # Big5 under a GB label
            tally.warn(
                "encoding",
                f"声明为 {name},但内容是繁体 Big5 编码,按 Big5 读取 (declared {name}, read as Big5)"
                + unreadable(traditional),
            )
            return traditional
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            if codec.startswith("big5") and (traditional := big5_text(raw)) is not None:
                if missed := unreadable(traditional):  # (Hong Kong's characters, 邨, are read as declared)
                    tally.warn("encoding", f"按 {name} 读取 (read as {name})" + missed)
                return traditional
            tally.warn("encoding", not_as_declared)
    if (traditional := big5_text(raw)) is not None:
        tally.warn(
            "encoding",
            "内容是繁体 Big5 编码,按 Big5 读取 (read as Big5: its bytes are no GB18030 text)"
            + unreadable(traditional),
        )
        return traditional
    return decode(raw)


def unreadable(text: str) -> str:
    """What a Big5 reading says of the characters no Big5 table has, kept as U+FFFD (pass 94)."""
    missed = text.count("\ufffd")
    return (
        f"; {missed} 个字符无法识别,记为 \ufffd ({missed} characters unreadable, kept as U+FFFD)"
        if missed
        else ""
    )


BIG5_SHARE = 0.2  # of the double-byte characters with a second byte 0x40-0x7E: Big5 writes about 40% so,
# GBK only its rare characters (its common ones, GB2312's, have both bytes past 0xA0)
BIG5_SAMPLE = 1 << 16


def big5_bytes(raw: bytes) -> bool | None:
    """Whether double-byte text reads as Big5 writes it (a share of second bytes 0x40-0x7E) rather than
    as GBK does; None when too few such characters tell. The characters are found past any ASCII (a
    page's 70 KB of style between a title of four characters and its words had left too few in a
    sample of bytes), the first BIG5_SAMPLE of them."""
    pairs = low = 0
    for found in itertools.islice(DOUBLE_BYTE.finditer(raw), BIG5_SAMPLE):
        pairs += 1
        low += 0x40 <= found[0][1] <= 0x7E
    return None if pairs < BIG5_PAIRS else low >= BIG5_SHARE * pairs


DOUBLE_BYTE = re.compile(rb"[\x80-\xff][\x00-\xff]")  # a lead byte and the byte after it
BIG5_PAIRS = 8  # double-byte characters that tell Big5 from GBK


def big5_text(raw: bytes, margin: float = 0.0) -> str | None:
    """The text of bytes written in Big5 (cp950, or Big5-HKSCS where Hong Kong's characters are in
    it), which GB18030 would read without an error as other, rare characters (mojibake titles and
    units, said nowhere); None for any other bytes. GBK's traditional characters share Big5's second
    bytes and often decode as HKSCS too (pass 92), and a Hong Kong text holds many HKSCS characters
    (邨 in every estate's name: pass 93): the reading whose characters are the more ordinary Chinese
    wins, by `margin` more where a page names a GB charset. A character no Big5 table has (an office's
    own for a rare name, a damaged pair: pass 94) stays U+FFFD in a text that is Big5 all the same."""
    if raw.isascii() or raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or not big5_bytes(raw):
        return None
    try:
        raw.decode("utf-8")
        return None  # (UTF-8 never puts a byte below 0x80 after a lead byte: no such share)
    except UnicodeDecodeError:
        pass
    text, codec = None, "big5hkscs"  # (a character no table has: HKSCS's reading, with U+FFFD for it)
    for tried in ("cp950", "big5hkscs"):
        with contextlib.suppress(UnicodeDecodeError):
            text, codec = raw.decode(tried), tried
            break
    sample = double_bytes(raw)
    big5, gbk = (ordinary(sample.decode(c, "replace")) for c in (codec, "gb18030"))
    # a text cp950 reads whole is Big5 unless GBK reads it better (a title alone can read as both)
    if big5 < gbk + margin or (big5 == gbk + margin and codec != "cp950"):
        return None
    return raw.decode(codec, "replace") if text is None else text


def double_bytes(raw: bytes) -> bytes:
    """The runs of double-byte characters of a text, the ASCII between them left out, up to
    ORDINARY_BYTES of them: what tells one encoding from another (pass 95: 64 KiB of a page's script
    between its Big5 title and its body had left the title alone to be scored, a tie read as GBK)."""
    runs: list[bytes] = []
    size = 0
    for found in DOUBLE_RUN.finditer(raw):
        runs.append(found.group())
        size += len(runs[-1])
        if size >= ORDINARY_BYTES:
            break
    return b" ".join(runs)


def ordinary(text: str) -> float:
    """The share of a text's first ORDINARY_SAMPLE characters past ASCII that Chinese is written in
    (the common ideographs, CJK, general and fullwidth punctuation, circled numbers): bytes read by the
    wrong codec give private-use characters (Big5's 一 人 的 read as GB18030), kana, Greek and rare ones."""
    wide = [m.group() for m in itertools.islice(WIDE_CHARACTER.finditer(text), ORDINARY_SAMPLE)]
    return sum(1 for c in wide if ORDINARY_CHARACTER.match(c)) / len(wide) if wide else 0.0


WIDE_CHARACTER = re.compile(r"[^\x00-\x7f\s]")
ORDINARY_CHARACTER = re.compile(
    "[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u203e\u2100-\u218f\u2460-\u24ff]"
)
ORDINARY_SAMPLE = 4096
ORDINARY_BYTES = 1 << 15  # bytes of double-byte characters scored in each reading (16,384 of them)
DOUBLE_RUN = re.compile(rb"(?:[\x81-\xfe][\x40-\x7e\x80-\xfe])+")
LABEL_MARGIN = 0.2  # how much more ordinary a Big5 reading must be to overrule a page's GB charset


def sentences_within_limit(blocks: list[Block]) -> None:
    """Refuse a notice that would make more than limits.MAX_SENTENCES sentences. One line may be 32 MiB, and
    a line of 。 or ! split into millions of sentences took 1.9 GB per 10 MB (MemoryError, exit 70, at
    32 MB) after the line count let it through; counting their ends is one C pass over the text."""
    ends = sum(text.count(end) for text in map(block_text, blocks) for end in SENTENCE_ENDS)
    if ends > limits.MAX_SENTENCES:
        raise DataError(
            f"超过 {limits.MAX_SENTENCES} 个句子,不像是一份通知,请拆分后导入 "
            f"(more than {limits.MAX_SENTENCES} sentences: not one notice; split it)"
        )


def glued_table(line: Line) -> tuple[list[Block], int | None] | None:
    """A table whose cells a document site glued into one text (…分工表序号工作内容目标任务责任单位备注1将…
    引导市民参与。市委宣传部、市城管委2完善…): the words before it, then its rows, each cut at the next row's
    number where the cell before it ends as a body's name or a time does, and each row's cells parted where
    its last sentence ends — the task's words, then the bodies responsible, then when (全年). Columns it
    cannot part (牵头单位 beside 配合单位, a leader's name before a body's) keep their words in the task's."""
    simple = to_simplified(line.text)
    at = simple.find(GLUED_NUMBER)
    header = glued_header(simple, at + len(GLUED_NUMBER)) if at >= 0 else None
    if header is None:
        return None
    words, start = header
    fields = [column_of(w) for w in words]
    units = [k for k, f in enumerate(fields) if f in ("lead", "support", "responsible", OTHERS)]
    if ("title" not in fields and "text" not in fields) or not units:
        return None
    starts = row_starts(simple, start)
    if len(starts) < 2:
        return None
    dated = "deadline" in fields and all(f == "note" for f in fields[fields.index("deadline") + 1 :])
    parted = len(units) == 1 and "leaders" not in fields  # (one column of bodies: its cell can be told)
    unit_word = words[units[0]] if parted else "责任单位"
    rows: list[tuple[Line, ...]] = [
        tuple(
            Line(w, line.where)
            for w in (GLUED_NUMBER, "工作任务", unit_word, *(["完成时限"] if dated else []))
        )
    ]
    for n, (begin, end) in enumerate(zip(starts, [*starts[1:], len(simple)], strict=True), 1):
        words_at = line.text[begin + len(str(n)) : end]
        task, bodies, when = glued_cells(words_at, dated, parted)
        rows.append(tuple(Line(c, line.where) for c in (str(n), task, bodies, *([when] if dated else []))))
    before = line.text[:at].strip()
    following = str(len(starts) + 1)  # (a number that stands as a row's would, no row: its words stay above)
    k = simple.find(following, starts[-1] + 1)
    while k >= 0 and not standing_number(simple, k, following):
        k = simple.find(following, k + 1)
    blocks: list[Block] = [*([Line(before, line.where)] if before else []), Table(tuple(rows), line.where)]
    return blocks, len(starts) if k >= 0 else None


GLUED_NUMBER = "序号"
GLUED_PREFIX = 3  # characters before a header word in a glued header cell (区政府分管领导)
GLUED_ROW = 8  # characters a glued row holds at least before the next row's number
GLUED_END = 12  # characters of a glued cell's end that say a time
GLUED_CELL = 200  # characters of the bodies a glued row's cell names at most


def glued_header(simple: str, at: int) -> tuple[list[str], int] | None:
    """The header cells glued after 序号 at `at` — each the longest header word found there, or after a
    few characters (区政府分管领导) — and where row 1's words start, after its 1; None unless ≥ 3 cells."""
    words = [GLUED_NUMBER]
    while at < len(simple):
        if simple.startswith("1", at) and len(words) > 3 and HANZI_AT.match(simple, at + 1):
            return words, at
        found = next(
            (
                simple[at : at + k + len(w)]
                for k in range(GLUED_PREFIX + 1)
                for w in HEADER_WORDS
                if simple.startswith(w, at + k) and HANZI_AT.fullmatch(simple[at : at + k] or "字")
            ),
            None,
        )
        if found is None or len(words) > GLUED_COLUMNS:
            return None
        words.append(found)
        at += len(found)
    return None


GLUED_COLUMNS = 10
HANZI_AT = re.compile("[\u4e00-\u9fff]+")
HEADER_WORDS = sorted(
    {w for _, ws in COLUMNS for w in ws if w != GLUED_NUMBER}, key=lambda w: -len(w)
)  # longest first: 主要责任单位 before 责任单位


def row_starts(simple: str, start: int) -> list[int]:
    """Where each glued row's number stands: row 1 at `start`, row n+1 at the first n+1 after row n's
    words whose neighbours are no figure's (2021年2月, 90%, 1+6+4) and whose cell before ends as a body's
    name or a time does (…县政府(管委会)2完善…, …按职责分工负责全年2统筹…)."""
    starts = [start]
    while True:
        number = str(len(starts) + 1)
        at = simple.find(number, starts[-1] + len(number) + GLUED_ROW)
        while at >= 0 and not glued_row_number(simple, at, number, starts[-1]):
            at = simple.find(number, at + 1)
        if at < 0:
            return starts
        starts.append(at)


def glued_row_number(simple: str, at: int, number: str, row: int) -> bool:
    """Whether the `number` at `at` opens a row: a figure neither before nor after it, nor a name going
    on after it (区城管执法局3中队), and what the row before it (`row` its start) says after its last
    sentence is a time, or bodies and a time: a body's name among its pieces, or at its end, and none of
    them a task's words (推动区政府2大平台, 配合市应急局3轮督查 are a task's)."""
    end = at + len(number)
    if not standing_number(simple, at, number) or ends_as_body(simple[end : end + 2]):
        return False  # (3中队)
    low = max(row, at - GLUED_CELL)  # (a cell's length at most: a long row is not read again at each figure)
    last = max(simple.rfind(stop, low, at) for stop in SENTENCE_ENDS)
    cell = simple[max(low, last + 1) : at]
    bodies = cell[: len(cell) - len(glued_time(cell) or "")]
    names = names_of(bodies)
    return (
        bool(cell)
        and (
            not bodies
            or (
                bool(names)
                and not any(task_led(to_simplified(n)) for n in names)
                and (any(map(is_unit, names)) or ends_as_body(bodies) or bodies.endswith((")", "）")))
            )
        )
    )  # (镇(街道)、区委组织部等; 教育局经开区高新园(邹区镇)各街道市国有公司: names glued, one ends as a body's)


def standing_number(simple: str, at: int, number: str) -> bool:
    """A number between words, no figure's (每个乡镇2个村, 新建3所, 2021年, 95%, 1+3+N): where a row may open."""
    end = at + len(number)
    before, after = simple[at - 1], simple[end : end + 1]
    return (
        (HANZI_AT.fullmatch(before) is not None or before in ")）")
        and HANZI_AT.fullmatch(after or "a") is not None
        and not simple.startswith(MEASURES, end)
        and after not in FIGURE_GOES_ON
    )


FIGURE_GOES_ON = "年月日号万千百亿季周"  # (2021年, 5万, 3季度: a figure, no row's number)


def glued_time(cell: str) -> str | None:
    """The time a glued cell ends with (…负责全年, …2021年2月底前), or None."""
    return next((cell[-k:] for k in range(min(len(cell), GLUED_END), 1, -1) if timing(cell[-k:])), None)


def glued_cells(words: str, dated: bool, parted: bool) -> tuple[str, str, str]:
    """(task, bodies, when) of one glued row: the bodies and the time after its last sentence's end,
    when they read as such; else all of it the task's."""
    last = max(words.rfind(stop) for stop in SENTENCE_ENDS)
    if last < 0 or not parted:
        return words, "", ""
    task, tail = words[: last + 1], words[last + 1 :]
    when = (glued_time(tail) or "") if dated else ""
    bodies = tail[: len(tail) - len(when)]
    if not any(is_unit(n) for n in names_of(bodies)):
        return words, "", ""
    return task, bodies, when
