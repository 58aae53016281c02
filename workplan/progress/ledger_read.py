"""Read back a 台账 as units return it (xlsx or csv), into checked progress reports.

Units edit the ledger in Excel or WPS: they reorder rows and columns, add blank rows, title rows and
extra columns, merge cells, and save csv as GBK. So columns are found by their header words, the header
row by its content (not its position), and every row is checked against the loaded documents: a row
either becomes reports or a reason `file:sheet:row: reason`, never a guess.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import io
import itertools
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import limits
from ..dates import parse_date
from ..deadlines import arabic_years, date_phrase, phrase_date
from ..errors import DataError, UsageError, WorkplanError
from ..export import COVER_DOCUMENT, COVER_LABELS, COVER_SCOPE, ROLE_HEADER
from ..export import HEADERS as EXPORTED
from ..model import (
    BY_DIVISION,
    UNWRITTEN,
    Record,
    Role,
    Status,
    joint_parts,
    lead_names,
    note_lines,
    signed,
    unit_named,
)
from ..output.xlsx import CELL_MAX
from . import Corpus, Selection
from .store import Source, Update, storable

# (a small file can say more than its size: one shared string referenced by every row, in xlsx)
HEADER_SEARCH_ROWS = 30  # rows of an exported cover (its 文档 rows are in its first 120)
HEADER_CELL = (
    2000  # characters: a header word and its remark, however long (完成情况(必填,写明…)); past it, data
)
HEADERS = {  # field: the header words that name it (after normalise_header)
    "id": ("编号", "事项编号", "任务编号"),
    "document": ("文档", "文档编号"),
    "lead": ("牵头单位", "牵头部门"),
    "unit": ("本单位", "填报单位", "报送单位"),
    "role": ("本单位角色",),
    "note": (
        "完成情况",
        "进展情况",
        "推进情况",
        "工作进展",
        "工作进展情况",
        "本月进展",
        "本月进展情况",
        "本月完成情况",
        "落实情况",
    ),
    "status": ("进展状态", "状态", "完成状态", "进度状态"),
    "percent": ("完成进度", "进度", "完成比例", "完成百分比"),
    "as_of": ("填报日期", "报送日期", "截至日期", "更新日期"),
    "title": ("工作任务", "任务名称", "事项名称"),
}
WORD_FIELDS = ("id", "document", "unit", "status", "percent", "as_of")  # a word, a date, a name each
UNIT_SPLIT = re.compile(r"[、,，;；/\s]+")
TRIMMED_DAY = re.compile(r"(\d{1,2})\.([123])")  # 6.2: 6.2 or 6.20 whose 0 a number lost
MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
STATUS_MARKS = "。.,,;;!!√✓✔☑✅ \t"
"""What a clerk types after a status word in a cell (已完成。 已完成√): marks, not a different status."""
EXCEL_EPOCH = datetime.date(1899, 12, 30)


OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def unescaped(value: Any) -> Any:
    """A string as written: XLSX stores a carriage return as _x000D_ and a literal _x0041_ as
    _x005F_x0041_ (the writer escapes them; openpyxl does not undo it), so a note returned unchanged
    reads back as it was sent. A surrogate's escape (_xD800_) stays as written: no text holds one
    alone, and the store could not encode it (exit 70)."""
    if not isinstance(value, str) or "_x" not in value:
        return value
    return OOXML_ESCAPE.sub(
        lambda m: m.group() if 0xD800 <= int(m.group(1), 16) <= 0xDFFF else chr(int(m.group(1), 16)), value
    )


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's value and whether its number format is a percent (a percent cell holds 0.6 for 60%):
    known for .xlsx and .ods (its content.xml says), None where the reader gives no formats (.xls)."""

    value: Any
    percent: bool | None = False
    blank: bool = False  # its number format shows nothing (;;;): Excel and LibreOffice show it empty
    shape: str | None = None  # its number format (xlsx): a date shown as 2024年6月 is a month, not its 1st
    carried: bool = False  # a merged range's value in a cell it covers past its first (import bounds them)
    uncomputed: bool = False  # a formula saved without its result (openpyxl writes none): unknown, not empty

    @property
    def raw(self) -> str:
        """The text as the unit wrote it (a note keeps its full-width punctuation)."""
        return "" if self.value is None else str(self.value).strip()

    @property
    def text(self) -> str:
        """The text to match: full-width letters, digits and brackets made half-width."""
        return half_width(self.raw)


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet: its name (None for csv) and its rows as (1-based row number, cells); the rows a person
    does not see in it (hidden), and whether the sheet itself is hidden."""

    sheet: str | None
    rows: list[tuple[int, list[Cell]]]
    hidden: frozenset[int] = frozenset()
    sheet_hidden: bool = False
    hidden_columns: frozenset[int] = frozenset()  # 0-based, as the cells of a row are


def sheet_title(title: str) -> str:
    """A sheet's title as kept with each report it makes and quoted in each message on a row: Excel allows
    31 characters, a LibreOffice sheet any number — one past `SHEET_TITLE` is cut, its end marked (pass 145:
    a 120,000-character title stored with each of 160 reports made every later reading of the store refuse
    it, and one of 600,000 quoted on 4,000 rows ran the import out of memory)."""
    return title if len(title) <= SHEET_TITLE else title[:SHEET_TITLE] + "…"


SHEET_TITLE = 100  # characters


@dataclass(frozen=True, slots=True)
class LedgerRead:
    """What a 台账 says: good reports, bad rows as `file:sheet:row: reason`, rows with no report, and
    doubts about good rows (a 填报日期 outside the plan's time) as `file:sheet:row: doubt`."""

    updates: list[Update]
    bad: list[str]
    unreported: int
    doubts: list[str] = field(default_factory=list)
    unlisted: int = 0  # bad rows past the first MAX_PROBLEMS: counted, not listed
    dated: frozenset[Source] = frozenset()  # rows whose 填报日期 the file writes (else the default day)
    shared: frozenset[Source] = frozenset()  # total-sheet rows several lead units share (one status for all)
    notes: Mapping[Source, str] = field(default_factory=dict)  # a shared row's 完成情况, as written

    @property
    def bad_rows(self) -> int:
        return len(self.bad) + self.unlisted


class Budget:
    """The rows and cells of a whole workbook, every sheet counted: four sheets of 99,000 rows each
    within the bound of one sheet cost minutes to read."""

    def __init__(self, path: str) -> None:
        self.path, self.rows, self.cells = path, 0, 0

    def take(self, sheet: str, height: int, width: int) -> None:
        self.rows, self.cells = self.rows + height, self.cells + height * width
        if self.rows > limits.MAX_ROWS or self.cells > limits.MAX_CELLS:
            raise DataError(
                f"{self.path}:{sheet}: 全部工作表超过 {limits.MAX_ROWS} 行或 {limits.MAX_CELLS} 格 "
                "(too many rows or cells in the workbook)"
            )


def normalise_header(text: str) -> str:
    """完成 情况（必填） → 完成情况: widths, spaces, line breaks and bracketed remarks do not count."""
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+|\([^()]*\)|\*", "", t)  # [^()]: a run of ( costs linear time, not n²


def cell_date(value: Any, year: int | None = None) -> datetime.date | None:
    """A date cell as Excel stores it, or text: 2020-06-20, 2020/6/20, 2020.6.20, 2020年6月20日, 20200620;
    with the plan's `year`, also 6月20日, 六月二十日 and 6/20 as a clerk writes a date of the plan's own
    year (read by the rule that reads the plan's own dates)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 10_000_000 <= value < 100_000_000 and value == int(value):  # 20200620 typed in a General cell
            return parse_date(str(int(value)))
        return EXCEL_EPOCH + datetime.timedelta(days=int(value)) if 20_000 < value < 80_000 else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if (found := parse_date(text)) is not None:  # a date in full, read as every date is (`dates`)
        return found
    if year is not None and (m := MONTH_DAY.fullmatch(text)):
        try:
            return datetime.date(year, int(m[1]), int(m[2]))
        except ValueError:
            return None
    # 六月二十日, 二〇二〇年六月二十日: as a plan writes it; 6月20日前 is a limit, not the day of a report
    if (m := date_phrase().fullmatch(arabic_years(text))) and m["day"] and not m["before"]:
        return phrase_date(m, year, None)
    return None


def parse_status(text: str, words: Mapping[str, Status] | None = None) -> Status:
    """Chinese or English, 'in progress' as well as in_progress, or one of a data folder's own `words`
    (see `status_words`); UsageError naming the accepted words."""
    word = text.strip(STATUS_MARKS)
    status = Status.parse(re.sub(r"[\s-]+", "_", word)) or (words or {}).get(Status.word(word))
    if not isinstance(status, Status):
        raise UsageError(f"无法识别的进展状态 {text!r} (unknown status); 可用: {', '.join(Status.words())}")
    return status


def status_words(folders: Sequence[Path]) -> dict[str, Status]:
    """The status words of the data folders given (their 状态词.yaml: `word: status`, the status in any
    spelling `--status` takes), so an office teaches the tool what its units write. A word that names
    no status, is listed twice, or already means a status of its own, and a file that is not such a
    mapping, are a DataError in one line naming the file and line."""
    import yaml

    from ..loader import STATUS_WORDS

    words: dict[str, Status] = {}
    for folder in folders:
        path = folder / STATUS_WORDS
        if not os.path.lexists(path):
            continue
        if path.is_symlink() or not path.is_file():  # a folder, a FIFO, a device: said, not skipped
            raise DataError(
                f"{path}: 不是普通文件 (not a regular file: the office's status words are not read)"
            )
        try:
            with open(path, "rb") as f:
                raw = f.read(limits.MAX_WORDS_BYTES + 1)
            if len(raw) > limits.MAX_WORDS_BYTES:
                raise DataError(
                    f"{path}: 超过 {limits.MAX_WORDS_BYTES >> 10} KiB, 不是状态词表 (larger than a word list)"
                )
            node = yaml.compose(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise DataError(f"{path}: 不是 UTF-8 文本 (not UTF-8 text; save it as UTF-8)") from None
        except OSError as e:
            raise DataError(f"{path}: 无法读取 (cannot read: {e.strerror})") from None
        except RecursionError:
            raise DataError(f"{path}: 嵌套过深, 不是状态词表 (nested too deep: not a word list)") from None
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark
            where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
            raise DataError(f"{where}: 状态词表不是有效的 YAML (not valid YAML: {e.problem})") from None
        except yaml.YAMLError as e:
            raise DataError(f"{path}: 状态词表不是有效的 YAML (not valid YAML: {e})") from None
        if node is None:
            continue
        if not isinstance(node, yaml.MappingNode):
            raise DataError(f"{path}: 状态词表应是“词: 状态”的映射 (a mapping of word: status)")
        own: dict[str, int] = {}
        for key, value in node.value:
            where = f"{path}:{key.start_mark.line + 1}"
            if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.ScalarNode):
                raise DataError(f"{where}: 每行应是“词: 状态” (each line is word: status)")
            word = Status.word(key.value)
            if not word.strip(STATUS_MARKS):
                raise DataError(
                    f"{where}: 空的词 (an empty word would read a blank or a lone mark as a status)"
                )
            status = Status.parse(value.value)
            if not isinstance(status, Status):
                raise DataError(
                    f"{where}: {key.value}: 无法识别的进展状态 {value.value!r} (unknown status); "
                    f"可用: {', '.join(Status.words())}"
                )
            if word in own:
                raise DataError(f"{where}: {key.value} 在第 {own[word]} 行已经写过 (listed twice)")
            if isinstance(known := Status.parse(word), Status) and known is not status:
                raise DataError(
                    f"{where}: {key.value} 本来就是“{known.label}”, 不能改为别的状态 (a built-in word)"
                )
            own[word] = key.start_mark.line + 1
            words[word] = status
    return words


def parse_percent(cell: Cell) -> int | None:
    """60, '60%', '60％' or a percent-formatted 0.6 → 60; None when empty. UsageError outside 0-100."""
    if cell.text == "":
        return None
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if cell.percent is None and value == 1:  # 100% and a plain 1 are the same number there
            raise UsageError(
                "完成进度 1 不明确: 是 1% 还是 100%? 请写成文字“100%”或“1%” "
                "(ambiguous: this file format keeps no number formats; write the percent as text)"
            )
        if cell.percent is False and 0 < value < 1:  # (0.5 in a cell of no percent format had been 0%)
            raise UsageError(
                f"完成进度 {value} 不明确: 是 {value}% 还是 {value * 100:g}%? 请写成文字“{value * 100:g}%”或设为百分比格式 "
                "(ambiguous: a fraction in a cell not formatted as a percent)"
            )
        fraction = cell.percent or (cell.percent is None and 0 < value < 1)
        number = value * 100 if fraction else value
    else:
        try:
            number = float(cell.text.rstrip("%"))
        except ValueError:
            raise UsageError(f"无法识别的完成进度 {cell.text!r} (percent not a number)") from None
        if 0 < number < 1 and not cell.text.endswith("%"):  # (0.5 in a CSV had been 0%)
            raise UsageError(
                f"完成进度 {cell.text} 不明确: 是 {number:g}% 还是 {number * 100:g}%? 请写成“{number * 100:g}%” "
                "(ambiguous: a fraction with no % sign)"
            )
    if not 0 <= number <= 100:
        raise UsageError(f"完成进度 {cell.text!r} 不在 0-100 之间 (percent out of range)")
    return round(number)


def make_update(
    corpus: Corpus,
    ref: str,
    unit: str,
    status: str | Status,
    as_of: datetime.date,
    note: str = "",
    percent: int | None = None,
    source: Source | None = None,
) -> Update:
    """One checked report (`progress set`): the record and unit must exist and the unit be responsible.

    Raises UsageError with the reason (unknown id or unit, a unit that neither leads nor supports it,
    an unreadable status or percent)."""
    record = corpus.record(ref)
    return checked(corpus, record, unit, status, as_of, note, percent, source or Source())


def only_its_items(corpus: Corpus, table: Table, start: int, columns: dict[str, int], unit: str) -> bool:
    """Whether the rows are mostly items `unit` has a part in, as a --unit export holds (a clerk may add
    rows, passes 118–119): a CSV its file names for a unit (区政府办公室台账.csv) holding more of others'
    is the total ledger saved under a name."""
    mine = others = 0
    for _, cells in table.rows[start + 1 :]:
        if not (ref := column_cell(cells, columns, "id").text):
            continue
        try:
            hit = corpus.unit_role(corpus.record(ref), unit)
        except WorkplanError:
            continue  # (a 编号 nothing has: the row is refused on its own, naming it)
        if hit is None or hit.role is Role.mentioned:
            others += 1
        else:
            mine += 1
    return mine >= others  # (a unit's ledger with rows a clerk added holds as many of its own, pass 120)


def role_agrees(corpus: Corpus, record: Record, unit: str, written: str) -> None:
    """A UsageError when a row's 本单位角色 is not its 本单位's role in the record: a 配合 row whose 本单位 was
    changed to the lead (pass 115) would file a supporter's words as the lead's report. 牵头 and 责任 are
    one side (who answers for it), 配合 the other."""
    said = Role.parse(written) if written else None
    hit = corpus.unit_role(record, corpus.reporting_unit(unit)) if said is not None else None
    if said is None or hit is None or hit.role is Role.mentioned:
        return  # (an unknown unit is refused by `checked`, naming it)
    if (said is Role.support) != (hit.role is Role.support):
        raise UsageError(
            f"本单位角色写的是“{said.label}”, 但 {unit} 是 {corpus.ref(record)} 的"
            f"{hit.role.label}单位: 本单位或角色可能被改过 (the row's role is not its unit's in this record: was "
            "本单位 changed?)"
        )


def checked(
    corpus: Corpus,
    record: Record,
    unit: str,
    status: str | Status,
    as_of: datetime.date,
    note: str,
    percent: int | None,
    source: Source,
) -> Update:
    name = corpus.reporting_unit(unit)
    hit = corpus.unit_role(record, name)
    if hit is None or hit.role is Role.mentioned:
        raise UsageError(
            f"{name} 不是 {corpus.ref(record)} 的责任单位 (unit not responsible for this record)",
            hints=[
                f"牵头单位: {lead_names(record.lead_units, record.responsible_units, record.lead_by_division)}"
            ],
        )
    if percent is not None and not 0 <= percent <= 100:
        raise UsageError(f"完成进度 {percent} 不在 0-100 之间 (percent out of range)")
    parsed = status if isinstance(status, Status) else parse_status(status)
    return storable(Update(record.document, record.id, name, parsed, as_of, note.strip(), percent, source))


# --- reading the file ---------------------------------------------------------------------------------


def read_tables(path: Path) -> list[Table]:
    """Every sheet of an .xlsx, .ods (LibreOffice's own) or .xls (Excel 97-2003, WPS's default for
    many offices), or the one table of a csv (UTF-8, with or without BOM, or GBK)."""
    from ..validation import read_bytes

    # bounded by what it reads: a device or a pipe reports no size
    return office_tables(read_bytes(path, limits.MAX_LEDGER_BYTES), path)


def office_tables(data: bytes, path: Path) -> list[Table]:
    """`read_tables` of bytes already read: a returned 台账's, or a 任务分解表 published as a workbook
    (`import`), through one bounded reader."""
    from ..importing.bounded import cpu_budget, run_bounded

    if data.startswith(OLE) or (
        data.startswith(b"PK") and b"application/vnd.oasis.opendocument" in data[:200]
    ):
        reader = calamine_tables
    elif data.startswith(b"PK"):
        reader = xlsx_tables
    else:
        return [csv_table(data, path)]
    # an office file is parsed in a child held by the operating system: openpyxl makes a cell for every
    # cell a hyperlink or style claims, calamine aborts or panics on a damaged .xls/.ods (the process
    # died), and neither has a bound of its own
    return run_bounded(reader, data, path, what=str(path), cpu_seconds=cpu_budget(len(data)))


OLE = b"\xd0\xcf\x11\xe0"  # the compound-file signature of .xls


def calamine_tables(data: bytes, path: Path) -> list[Table]:
    """.ods and .xls through python-calamine, which reads every office format. Its used range is checked
    before any cell is made (one cell at XFD3000 would otherwise be 50 million), and merged cells carry
    their value into every cell they cover, as in `xlsx_tables` (an .ods's merges, percents and date
    formats read from its content.xml: calamine gives none of them, `ods_layout`). An .xls gives no
    number formats, so its cells say so (`Cell.percent` None) and `parse_percent` reads a fraction as a
    percent and refuses a 1."""
    from python_calamine import CalamineError, CalamineWorkbook

    from ..validation import check_unpacked

    if data.startswith(b"PK"):
        check_unpacked(data, str(path))
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        # calamine says which sheets are hidden, not which rows and columns: an .ods says them in its
        # content.xml (an .xls in records calamine does not give: its rows are read as shown)
        if len(set(wb.sheet_names)) != len(wb.sheet_names):  # no office suite saves it so: calamine
            raise DataError(  # reads the last of them in each one's place (pass 98)
                f"{path}: 有两个工作表同名, 无法分别读取 (two sheets share one name: rename one)"
            )
        ods = ods_layout(data, str(path)) if data.startswith(b"PK") else None  # (.xls: calamine's ranges)
        if ods is not None and len(ods) != len(wb.sheet_names):  # matched by place, or not at all
            raise DataError(
                f"{path}: 工作表数目与内容不符, 无法读取 (the sheets do not match the workbook's content)"
            )
        tables = []
        budget = Budget(str(path))
        for index, (name, meta) in enumerate(zip(wb.sheet_names, wb.sheets_metadata, strict=True)):
            # by its place, not its name: a name with a line break in it is another name in
            # content.xml, its hidden rows and merges lost (pass 98)
            sheet = wb.get_sheet_by_index(index)
            top, left = sheet.start or (0, 0)
            budget.take(name, top + sheet.height, left + sheet.width)  # counted from A1, as .xlsx's are
            grid: list[list[Any]] = [list(r) for r in sheet.to_python(skip_empty_area=True)]  # from `start`
            layout = (ods[index] if index < len(ods) else OdsSheet()) if ods is not None else None
            merges = (
                layout.merges
                if layout is not None
                else [(a0, a1, b0, b1) for (a0, b0), (a1, b1) in sheet.merged_cell_ranges or ()]
            )
            shown: dict[tuple[int, int], tuple[bool, str]] = {}  # in grid coordinates, as `carried`
            for r0, r1, c0, c1, percent, shape in within(layout.formats if layout else [], top, left, grid):
                shown.update(dict.fromkeys(cells_in(r0, r1, c0, c1, grid), (percent, shape)))
            carried: set[tuple[int, int]] = set()
            for r0, r1, c0, c1 in within(merges, top, left, grid):
                value = grid[r0][c0] if c0 < len(grid[r0]) else None
                for r, c in cells_in(r0, r1, c0, c1, grid):
                    grid[r][c] = value  # the merge's value, and its format
                    carried.add((r, c))
                    if (r0, c0) in shown:
                        shown[(r, c)] = shown[(r0, c0)]
                carried.discard((r0, c0))
            known = layout is not None  # an .ods says which cells are percents; an .xls does not
            rows = [
                (
                    n + 1,
                    [
                        *([Cell(None, None)] * left),
                        *(
                            Cell(
                                v,
                                shown.get((n - top, c), (False, ""))[0] if known else None,
                                shape=shown.get((n - top, c), (False, None))[1],
                                carried=(n - top, c) in carried,
                            )
                            for c, v in enumerate(values)
                        ),
                    ],
                )
                for n, values in enumerate(([[]] * top) + grid)
            ]
            hidden = frozenset(layout.hidden) if layout else frozenset()
            columns = frozenset(layout.columns) if layout else frozenset()
            hidden_sheet = str(meta.visible).rsplit(".", 1)[-1].lower() != "visible"
            tables.append(Table(sheet_title(name), rows, hidden, hidden_sheet, columns))
    except (CalamineError, ValueError, OSError, SyntaxError) as e:  # (a ParseError is a SyntaxError)
        raise DataError(f"{path}: 无法读取表格文件 (cannot read the workbook): {e}") from None
    return tables


ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODS_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
ODS_NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
ODS_CELLS = (ODS_TABLE + "table-cell", ODS_TABLE + "covered-table-cell")
DATE_PARTS = {"year": "yyyy", "month": "m", "day": "d", "hours": "h", "minutes": "mm", "seconds": "s"}


@dataclass
class OdsSheet:
    """What an .ods says of one sheet that calamine does not give: the rows (numbered as the sheet
    numbers them) and columns (0-based) out of sight, its merged ranges, and the ranges of percent and
    date cells with their formats (as `Cell` keeps an .xlsx's) — ranges as 0-based first row, last row,
    first column, last column, clipped to the cells read by whoever reads them."""

    hidden: set[int] = field(default_factory=set)
    columns: set[int] = field(default_factory=set)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    formats: list[tuple[int, int, int, int, bool, str]] = field(default_factory=list)


def within(
    ranges: Sequence[tuple[Any, ...]], top: int, left: int, grid: list[list[Any]]
) -> Iterator[tuple[Any, ...]]:
    """Ranges in sheet coordinates (first row, last row, first column, last column, …) as grid
    coordinates (the grid starts at `top`, `left`), those that start outside it left out."""
    for r0, r1, c0, c1, *rest in ranges:
        if 0 <= r0 - top < len(grid) and c0 - left >= 0:
            yield (r0 - top, r1 - top, c0 - left, c1 - left, *rest)


def cells_in(r0: int, r1: int, c0: int, c1: int, grid: list[list[Any]]) -> Iterator[tuple[int, int]]:
    """The grid's cells in a range, clipped to the cells it holds (a merge may claim the whole sheet)."""
    for r in range(r0, min(r1, len(grid) - 1) + 1):
        for c in range(c0, min(c1, len(grid[r]) - 1) + 1):
            yield r, c


def ods_layout(data: bytes, path: str = "workbook") -> list[OdsSheet] | None:
    """Each sheet of an .ods in order (calamine's are matched to them by place), read with a streaming
    parser from styles.xml (its date styles) and content.xml, None for a zip with no content.xml; the
    repeats LibreOffice writes (a million empty rows) counted, not made, past the ledger's bounds. Merged cells
    had been lost (calamine gives no ranges for an .ods: a lead, support and deadline merged down read as
    missing), and a month or a percent read as its 1st or a fraction (pass 97)."""
    import zipfile

    found: list[OdsSheet] = []  # each sheet, in the order calamine gives them
    depth = 0  # tables open: a sheet, or a sub-table inside a cell
    shapes: dict[str, str] = {}  # a date style's name: its parts as a number format (yyyy m)
    parts: list[str] = []
    cell_styles: dict[str, str] = {}  # a cell style: the date style it shows its value in
    defaults: list[tuple[int, str]] = []  # (first column, cell style) of each run of columns
    sheet, row, repeat, column = OdsSheet(), 0, 1, 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if "content.xml" not in names:  # an .xlsx calamine reads too: its own merged ranges
            return None
        # the date styles first (LibreOffice keeps them in styles.xml), then the sheets
        events = parsed(z, [name for name in ("styles.xml", "content.xml") if name in names])
        for event, element in events:
            tag = element.tag
            if event == "start":
                if tag == ODS_TABLE + "table":
                    depth += 1
                    if depth > 1:  # calamine ends the sheet there, every row after it lost unsaid
                        raise DataError(
                            f"{path}: 单元格里嵌有子表格, 无法读取 (a table nested inside a cell: "
                            "save the sheet without it)"
                        )
                    sheet, row, column, defaults = OdsSheet(), 0, 0, []
                    found.append(sheet)
                elif tag == ODS_TABLE + "table-row":
                    column, repeat = 0, repeats(element, "number-rows-repeated", path)
                elif tag in ODS_CELLS:
                    n = repeats(element, "number-columns-repeated", path)
                    if tag == ODS_CELLS[0] and row < limits.MAX_ROWS and column < SHEET_COLUMNS:
                        style = element.get(ODS_TABLE + "style-name") or column_style(defaults, column)
                        ods_cell(
                            element,
                            sheet,
                            (row, row + repeat - 1, column, column + n - 1),
                            shapes.get(cell_styles.get(style, ""), ""),
                        )
                    column += n
                elif tag == ODS_NUMBER + "date-style":
                    parts = []
                continue
            shown = element.get(ODS_TABLE + "visibility", "visible") == "visible"
            if tag == ODS_TABLE + "table-row":
                if not shown:
                    sheet.hidden.update(range(row + 1, min(row + repeat, limits.MAX_ROWS) + 1))
                row += repeat
                element.clear()
            elif tag == ODS_TABLE + "table":
                depth -= 1
            elif tag == ODS_TABLE + "table-column":
                n = repeats(element, "number-columns-repeated", path)
                if not shown:
                    sheet.columns.update(range(column, min(column + n, SHEET_COLUMNS)))
                defaults.append((column, element.get(ODS_TABLE + "default-cell-style-name", "")))
                column += n
            elif tag.startswith(ODS_NUMBER) and tag[len(ODS_NUMBER) :] in DATE_PARTS:
                parts.append(DATE_PARTS[tag[len(ODS_NUMBER) :]])
            elif tag == ODS_NUMBER + "date-style":
                shapes[element.get(ODS_STYLE + "name", "")] = " ".join(parts)
            elif tag == ODS_STYLE + "style" and (named := element.get(ODS_STYLE + "data-style-name")):
                cell_styles[element.get(ODS_STYLE + "name", "")] = named
    return found


def parsed(z: Any, names: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """The start and end events of zip members' XML, one member after another."""
    from xml.etree.ElementTree import iterparse

    for name in names:
        with z.open(name) as part:
            yield from iterparse(part, events=("start", "end"))


def repeats(element: Any, attribute: str, path: str) -> int:
    """How many rows or columns an element stands for. No office suite writes 0 or less, and readers
    differ on it (calamine drops such a row's words, or reads it once: every merge below it had fallen
    a row off, pass 98): refused."""
    n = int(element.get(ODS_TABLE + attribute, "1"))
    if n < 1:
        raise DataError(f"{path}: 行或列的重复次数无效 (a row or column repeated {n} times: {attribute})")
    return n


def column_style(defaults: list[tuple[int, str]], column: int) -> str:
    """The cell style a column gives the cells that name none."""
    at = bisect.bisect_right(defaults, (column, "\uffff")) - 1
    return defaults[at][1] if at >= 0 else ""


def ods_cell(element: Any, sheet: OdsSheet, where: tuple[int, int, int, int], shape: str) -> None:
    """One cell of an .ods (a run of repeated ones: `where` is its rows and columns): its merge, and its
    format when it shows a percent or a date."""
    top, _, left, _ = where
    rows = int(element.get(ODS_TABLE + "number-rows-spanned", "1"))
    columns = int(element.get(ODS_TABLE + "number-columns-spanned", "1"))
    if rows > 1 or columns > 1:
        sheet.merges.append((top, top + rows - 1, left, left + columns - 1))
    kind = element.get(ODS_OFFICE + "value-type", "")
    if kind == "percentage":
        sheet.formats.append((*where, True, "0%"))
    elif kind == "date" and shape:
        sheet.formats.append((*where, False, shape))


def csv_table(data: bytes, path: Path) -> Table:
    import csv
    import io

    # Excel's "Unicode 文本" is UTF-16 with its byte-order mark (and tabs); without one, UTF-8 or GBK
    for encoding in ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DataError(f"{path}: 无法识别的文本编码 (not UTF-8, UTF-16 with its BOM, or GBK)")
    if "\n" not in text and "\r" not in text:  # lines ended by NEL, FF or U+2028 were one row: nothing read
        text = text.translate(OTHER_LINE_ENDS)
    first = 0  # lines before the table: Excel's `sep=;` names the separator on a line of its own
    hint = SEPARATOR_HINT.match(text)
    if hint:
        delimiter = hint.group(1)
        text, first = text[hint.end() :], 1
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",\t;").delimiter
        except csv.Error:  # (lines of notes above the table: the separator its lines hold most)
            delimiter = max(",;\t", key=text[:4096].count)
    # Excel's quoting whatever the sniffer guesses of it (it guessed no doubled quotes, and a quote left
    # open then swallowed the rows up to the next one without an error)
    dialect: Any = type("Ledger", (csv.excel,), {"delimiter": delimiter})
    # a cell is never larger than the file, which is bounded already
    csv.field_size_limit(limits.MAX_LEDGER_BYTES)
    rows = []
    made = 0
    # universal newlines: a Mac's CR-only lines; strict: a quote left open is refused at its line (read
    # as it stands it made every row up to the next quote one cell, the filled rows lost without a word)
    reader = csv.reader(io.StringIO(text, newline=None), dialect, strict=True)
    try:
        for number, cells in enumerate(reader, start=1 + first):
            made += len(cells)
            # a line of 19 million commas is 19 million cells
            if number > limits.MAX_ROWS or made > limits.MAX_CELLS:
                raise DataError(
                    f"{path}: 超过 {limits.MAX_ROWS} 行或 {limits.MAX_CELLS} 格 (too many rows or cells)"
                )
            rows.append((number, [Cell(c) for c in cells]))
    except csv.Error as e:  # a NUL byte, a quote left open or stray: a damaged file
        line = reader.line_num + first
        raise DataError(f"{path}: 第 {line} 行无法读取 (line {line} is damaged): {e}") from None
    run_on(rows, path)
    return Table(None, rows)


def run_on(rows: Sequence[tuple[int, Sequence[Cell]]], path: Path) -> None:
    """Rows ended by NEL, FF or U+2028 under a header ended by a line break read as one long row: every
    report in them lost, "nothing new", exit 0. A row that holds a control character only a line end
    could be (VT, FF, FS, GS, RS, NEL), or that is wider than the 编号 header row and holds U+2028 or
    U+2029, is refused at its line (the latter inside a note, in a row of the header's width, is text;
    wider rows elsewhere, a note's commas or a title, had made any width the usual one)."""

    def ended(cells: Sequence[Cell], ends: dict[int, str]) -> bool:  # strip() would take a NEL off the ends
        return any(str(c.value).translate(ends) != str(c.value) for c in cells)

    # the header's width: its row names 编号 (a title row above it may be of any width)
    width = next(
        (len(cells) for _, cells in rows if any(str(c.value or "").strip() in HEADERS["id"] for c in cells)),
        max((len(cells) for _, cells in rows), default=0),
    )
    for number, cells in rows:
        if ended(cells, CONTROL_LINE_ENDS) or (len(cells) > width and ended(cells, OTHER_LINE_ENDS)):
            raise DataError(
                f"{path}: 第 {number} 行含有换行以外的行结束符 (NEL、U+2028、RS、换页符), 几行读成了一行 "
                f"(line {number} holds line ends other than a line break: rows read as one): 请在 Excel 中另存为 CSV"
            )


SEPARATOR_HINT = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n?|\n)")
CONTROL_LINE_ENDS = dict.fromkeys(map(ord, "\x0b\x0c\x1c\x1d\x1e\x85"), "\n")  # no text holds these
OTHER_LINE_ENDS = CONTROL_LINE_ENDS | dict.fromkeys(map(ord, "\u2028\u2029"), "\n")  # a note may hold these


def escapes_kept(data: bytes) -> bytes:
    """The workbook with the escaped underscores of its shared strings (Excel saves a typed `_x0041_`
    as `_x005F_x0041_`) written `_x005f_`, which openpyxl leaves as it is: it drops every `x005F_`
    itself, and `unescaped` then read the typed `_x0041_` as A. `unescaped` reads `_x005f_` as `_`."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        shared = {i.filename: z.read(i) for i in infos if i.filename.lower().endswith("sharedstrings.xml")}
        if not any(b"_x005F_" in part for part in shared.values()):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in infos:
                if (part := shared.get(info.filename)) is not None:  # (read once: up to 32 MiB each)
                    copy.writestr(info, part.replace(b"_x005F_", b"_x005f_"))
                else:
                    copy.writestr(info, z.read(info))
    return out.getvalue()


def xlsx_tables(data: bytes, path: Path) -> list[Table]:
    """Merged cells carry their value into every cell they cover, as a person reading the sheet sees it.
    The bytes already read are parsed (a pipe cannot be read twice), after the zip-bomb check."""
    import zipfile

    from openpyxl import load_workbook

    from ..validation import check_unpacked

    check_unpacked(data, str(path))
    uncomputed, placeholders = check_sheets(data, path)
    import warnings

    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            wb = load_workbook(io.BytesIO(escapes_kept(data)), data_only=True)
            # a formula with no saved result reads as None: the formulas are read again to tell it from empty
            formulas = load_workbook(io.BytesIO(data), data_only=False) if uncomputed else None
        for message in dict.fromkeys(str(w.message) for w in said):  # (openpyxl's words, said once each)
            warnings.warn(
                f"{path}: 表格读取库的提示 (the workbook reader says): {message}",
                stacklevel=1,
            )
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        SyntaxError,
        OSError,
    ) as e:  # ParseError is a SyntaxError
        raise DataError(f"{path}: 无法读取 Excel 文件 (cannot read the workbook): {e}") from None
    tables = []
    budget = Budget(str(path))
    for number, ws in enumerate(wb.worksheets):
        written = formulas.worksheets[number] if formulas is not None else None
        # the used range, from the cells the file holds: one cell at XFD3000 would make 49 million
        height, width = ws.max_row, ws.max_column
        budget.take(ws.title, height, width)
        merged: dict[tuple[int, int], Any] = {}  # each covered cell: the merge's first, value and format
        for area in ws.merged_cells.ranges:  # clipped to the used range: a merge may claim the whole sheet
            if area.min_row > height or area.min_col > width:
                continue  # nothing in it to carry (and looking would make the cell)
            top = ws.cell(area.min_row, area.min_col)
            for r in range(area.min_row, min(area.max_row, height) + 1):
                for c in range(area.min_col, min(area.max_col, width) + 1):
                    merged[(r, c)] = top
        rows = []
        for row in ws.iter_rows(max_row=height, max_col=width):
            cells = []
            for cell in row:
                shown = merged.get((cell.row, cell.column), cell)
                value, shape = zh_builtin(shown, wb.epoch)
                percent = "%" in FORMAT_WORDS.sub("", shape)
                unknown = (
                    written is not None
                    and (value is None or placeholders)
                    and written.cell(shown.row, shown.column).data_type == "f"
                )
                cells.append(
                    Cell(unescaped(value), percent, blanked(shape), shape, shown is not cell, unknown)
                )
            if row:
                rows.append((row[0].row, cells))
        hidden = frozenset(n for n, d in ws.row_dimensions.items() if unseen(d.hidden, d.ht) and n <= height)
        columns = frozenset(
            c - 1
            for d in ws.column_dimensions.values()
            if unseen(d.hidden, d.width) and d.min is not None
            for c in range(d.min, min(d.max or d.min, width) + 1)
        )
        tables.append(Table(sheet_title(ws.title), rows, hidden, ws.sheet_state != "visible", columns))
    return tables


# the date formats Excel in Chinese saves by number alone (no <numFmt> in the file): openpyxl knows only
# the English built-ins, and read 2024年6月30日 as General 45473
ZH_DATE_FORMATS = {
    **dict.fromkeys((27, 36, 50, 52, 57), 'yyyy"年"m"月"'),
    **dict.fromkeys((28, 29, 51, 53, 54, 58), 'm"月"d"日"'),
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
}


EXCEL_LAST_DAY = 2_958_465  # 9999-12-31, the last date Excel shows


def zh_builtin(cell: Any, epoch: datetime.datetime) -> tuple[Any, str]:
    """A cell's value and number format, a serial number under a Chinese built-in date format (ids
    27-31, 36, 50-58) read as the date it shows."""
    shape = str(cell.number_format)
    style = getattr(cell, "_style", None)  # (openpyxl keeps the format's id there only)
    zh = ZH_DATE_FORMATS.get(getattr(style, "numFmtId", 0)) if shape == "General" else None
    value = cell.value
    if zh is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value, shape
    if not 1 <= value <= EXCEL_LAST_DAY:  # no date Excel shows (a negative serial had read 1899-12-29)
        return value, shape
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(value, epoch), zh
    except (ValueError, OverflowError):  # a number no date has
        return value, shape


FORMAT_PIECE = re.compile(r'"[^"]*"|\\.|.', re.S)  # a quoted literal, an escaped character, or one
FORMAT_WORDS = re.compile(
    r'"[^"]*"|\\.|\[[^\]]*\]'
)  # what a number format writes as it stands: 0.0"%" is no percent


def blanked(number_format: str) -> bool:
    """A number format that never shows the cell's text, as spreadsheets let a cell be hidden in plain
    sight: a fourth section (the text's) without @ — `;;;`, `"a;b";;;`, `;;;* `, `;;;" "`, or
    `;;;"已完成"`, which shows 已完成 whatever the cell says. Excel and LibreOffice show it so."""
    sections = [""]
    for piece in FORMAT_PIECE.findall(number_format):
        if piece == ";":
            sections.append("")
        elif piece == "@":
            sections[-1] += piece
    return len(sections) == 4 and "@" not in sections[3]


def unseen(hidden: bool | None, size: float | None) -> bool:
    """A row or column is out of sight when hidden, or dragged to no height or width: the screen and the
    page show it no more than a hidden one (Excel stores the drag as a size of 0, not as hidden)."""
    return bool(hidden) or (size is not None and size < 1)


SHEET_ROWS, SHEET_COLUMNS = 1_048_576, 16_384
CELL_REF = re.compile(r"\s*\$?([A-Za-z]{1,3})\$?(\d+)\s*")  # \d: any script's digits, as int() reads them


def cell_place(ref: str | None, row: int, column: int) -> tuple[int, int]:
    """(row, column) of a cell as openpyxl places it: by its reference read as openpyxl reads it (m3,
    M03, M３, M٣ and `M3 ` are all M3), or, written without one, after the cell before it in its row."""
    from openpyxl.utils.cell import column_index_from_string

    found = CELL_REF.fullmatch(ref) if ref else None
    if found is None:
        return row, column + 1
    return int(found[2]), column_index_from_string(found[1].upper())


def check_sheets(data: bytes, path: Path) -> tuple[bool, bool]:
    """openpyxl builds every cell, and a cell object for every cell a merged range covers, as it loads:
    a 600 KB file can hold 15 million cells, one line of XML can merge a whole sheet. Every XML part
    of the package is read first with a streaming parser (expat: no external entity is fetched, an
    entity bomb stops at its amplification limit), counting cells and merged cells; past a sheet's
    bound, or not XML at all, the file is refused before openpyxl sees it. (Whether a sheet holds a
    formula saved without its result, whether every result is one: <f> and no <v>, or a workbook to be
    recalculated on load, whose results a program wrote as placeholders — xlsxwriter writes 0.)"""
    import zipfile
    from xml.etree.ElementTree import ParseError, iterparse

    from openpyxl.utils.cell import get_column_letter, range_boundaries

    from ..validation import looks_like_xml, significant_head

    cells = merged = 0
    uncomputed = formulas = recalculated = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                with z.open(name) as part:  # XML by its first bytes, whatever its name (sheet1.bin)
                    if not looks_like_xml(significant_head(part.read)):  # (after any white space)
                        continue
                seen: set[tuple[int, int]] = set()  # a worksheet's cells by (row, column)
                sheet: bool | None = None  # whether the part is a worksheet (calcChain's <c r> repeat)
                row = column = 0  # where openpyxl puts a cell written without its reference
                with z.open(name) as part:
                    for event, element in iterparse(part, events=("start", "end")):
                        tag = element.tag.rsplit("}", 1)[-1]
                        if event == "start":
                            sheet = tag == "worksheet" if sheet is None else sheet
                            if sheet and tag == "row":
                                at = element.get("r")
                                row, column = (
                                    (int(at) if at and at.isascii() and at.isdigit() else row + 1),
                                    0,
                                )
                            continue
                        if tag == "c":
                            cells += 1
                            if sheet:
                                place = cell_place(element.get("r"), row, column)
                                column = place[1]
                                if place in seen:  # openpyxl keeps the last, unsaid
                                    raise DataError(
                                        f"{path}: 单元格 {get_column_letter(place[1]) if place[1] <= SHEET_COLUMNS else '?'}{place[0]} "
                                        "写了两次, 不知以哪个为准 (a cell written twice in one sheet; which one counts is unknown)"
                                    )
                                seen.add(place)
                                uncomputed = uncomputed or unsaved_result(element)
                                formulas = formulas or element.find("{*}f") is not None
                        elif tag == "calcPr":  # results a program wrote as placeholders (xlsxwriter's 0)
                            recalculated = element.get("fullCalcOnLoad") in ("1", "true")
                        elif tag == "mergeCell":
                            left, top, right, bottom = range_boundaries(
                                element.get("ref", "").replace("$", "").upper()
                            )  # a whole row or column (A:A, 1:1) leaves the other bound open
                            rows = (bottom or SHEET_ROWS) - (top or 1) + 1
                            merged += rows * ((right or SHEET_COLUMNS) - (left or 1) + 1)
                        if tag in ("c", "row", "mergeCell", "si"):
                            element.clear()
                        if cells > limits.MAX_CELLS or merged > limits.MAX_CELLS:
                            raise DataError(
                                f"{path}: 超过 {limits.MAX_CELLS} 格或合并单元格过大 "
                                "(too many cells, or merged ranges cover too many cells)"
                            )
    except (zipfile.BadZipFile, ParseError, ValueError, TypeError, OSError) as e:
        raise DataError(f"{path}: 无法读取 Excel 文件 (cannot read the workbook): {e}") from None
    return uncomputed or (formulas and recalculated), recalculated


def unsaved_result(cell: Any) -> bool:
    """A <c> holding a formula and no result: no <v>, or an empty one where a number belongs (openpyxl
    writes `<f>…</f><v></v>`; a formula giving "" is saved as a string, t="str", with an empty <v>)."""
    if cell.find("{*}f") is None:
        return False
    value = cell.find("{*}v")
    return value is None or (not value.text and cell.get("t", "n") in ("n", "d", "b", "e"))


HEADER_WORDS = {word: name for name, words in HEADERS.items() for word in words}
HEADER_CHARS = frozenset("".join(HEADER_WORDS))  # a cell with none of them is no header word


def header_fields(cells: Sequence[Cell]) -> dict[str, int]:
    """field → column for the cells that are header words (the leftmost: `header_columns` has them all)."""
    return {name: cols[0] for name, cols in header_columns(cells).items()}


def header_columns(cells: Sequence[Cell]) -> dict[str, list[int]]:
    """field → every column whose cell is one of its header words. A long cell, or one with none of the
    header words' characters, is not normalised: every filled row of a sheet is looked at."""
    columns: dict[str, list[int]] = {}
    for col, cell in enumerate(cells):
        raw = cell.raw
        if len(raw) > HEADER_CELL or HEADER_CHARS.isdisjoint(raw):  # 32,767-character cells: 1 ms each
            continue
        if name := HEADER_WORDS.get(normalise_header(raw)):
            columns.setdefault(name, []).append(col)
    return columns


def filled(table: Table) -> Iterator[tuple[int, Sequence[Cell]]]:
    """The rows that hold anything, with their index: where a sheet's header is looked for, however
    far down (a header on row 40 under empty rows, or under 31 rows of notes, was skipped with its
    reports, unsaid). Long cells are never normalised (`header_fields`), so the search stays linear."""
    for i, (_, cells) in enumerate(table.rows):
        if any(c.raw for c in cells):
            yield i, cells


def find_header(table: Table) -> tuple[int, dict[str, int]] | None:
    """(index of the last header row, field → column) for the first row naming 编号 and 完成情况 or
    进展状态. A second header row under it (a merged 进展情况 over 进展状态 | 完成情况) refines it."""
    for i, cells in filled(table):
        columns = header_fields(cells)
        if "id" in columns and ("note" in columns or "status" in columns):
            below = table.rows[i + 1][1] if i + 1 < len(table.rows) else []
            named = below[columns["id"]].text if columns["id"] < len(below) else ""
            if named in ("", cells[columns["id"]].text) and (lower := header_fields(below)):
                return i + 1, columns | lower  # (a row with an 编号 of its own is a report: 2.6 | 工作进展)
            return i, columns
    return None


def place(path: Path, table: Table) -> str:
    """file:sheet, or the file alone for a CSV (it has no sheet: `file:None` had been written)."""
    return f"{path}:{table.sheet}" if table.sheet is not None else str(path)


HEADER_SHOWN = 20  # characters of a header cell quoted in a doubt


def unknown_columns(header: Sequence[Cell], columns: dict[str, int]) -> dict[int, str]:
    """column → header text for the header cells that are neither a ledger word read (`HEADERS`) nor a
    column the export writes (序号, 具体内容, 备注…): a clerk's own column, whose text is not read."""
    known = {normalise_header(h) for h in (*EXPORTED, ROLE_HEADER)}
    read = set(columns.values())
    return {
        col: cell.text[:HEADER_SHOWN]
        for col, cell in enumerate(header)
        if cell.text
        and col not in read
        and len(cell.raw) <= HEADER_CELL
        and normalise_header(cell.raw) not in known
        and normalise_header(cell.raw) not in HEADER_WORDS
    }


def latest_columns(
    path: Path, table: Table, start: int, columns: dict[str, int], as_of: datetime.date
) -> tuple[dict[str, int], str]:
    """The columns to read when a field's header stands over several (进展状态（5月） | 进展状态（6月）, or
    5月进展 / 6月进展 merged over 进展状态 | 完成情况 each: a clerk keeps last month's and adds this month's):
    one month's — the latest the headers name, the k-th column of each field one month's, whichever of
    them names it (a status from May beside June's note had been read, pass 111); with no month named,
    the rightmost; and a line saying which. Headers that say the same in full, or name months for some
    columns only, tell nothing apart: a DataError."""
    last = table.rows[start][1]
    repeated = {name: cols for name, cols in header_columns(last).items() if len(cols) > 1}
    if not repeated:
        return columns, ""
    above = table.rows[start - 1][1] if start > 0 else []
    rows = [above, last] if header_fields(above) else [last]  # (the row above a one-row header: a title)

    def label(col: int) -> str:
        return " ".join(
            dict.fromkeys(c.text for cells in rows if col < len(cells) and (c := cells[col]).text)
        )

    def refused(why: str) -> DataError:
        return DataError(
            f"{place(path, table)}: {why}, 不知以哪栏为准 (several columns of the same header: which one holds "
            "the report?); 删去不用的栏, 或在每组栏的表头注明月份后再读入"
        )

    for cols in repeated.values():
        if len({label(col) for col in cols}) < len(cols):
            raise refused(f"有 {len(cols)} 栏都是“{rows[-1][cols[0]].text}”")

    @functools.cache
    def reported() -> int:  # (once, and only where months are named: every row of the sheet is looked at)
        return reported_month(table, start, as_of)

    def chosen_of(months: list[tuple[int, int] | None]) -> int:  # which column of several, -1 the last
        if not any(months):
            return -1
        if not all(months):
            raise refused("有的栏注明了月份, 有的没有")
        if (at := latest_month(months, reported())) is None:
            raise refused("几组栏注明的月份分不出先后")
        return at

    counts = {len(cols) for cols in repeated.values()}
    chosen, dated = dict(columns), False
    if len(counts) == 1:  # the k-th column of each field is one month's, whichever header names it
        groups = [[cols[k] for cols in repeated.values()] for k in range(counts.pop())]
        months = [group_month(" ".join(label(col) for col in group)) for group in groups]
        at, dated = chosen_of(months), any(months)
        chosen.update({name: cols[at] for name, cols in repeated.items()})
    else:
        for name, cols in repeated.items():
            months = [group_month(label(col)) for col in cols]
            chosen[name], dated = cols[chosen_of(months)], dated or any(months)
    said = "、".join(f"“{label(chosen[name])}”" for name in repeated)
    how = ("月份最晚", "latest month") if dated else ("最右边", "rightmost")
    return chosen, (
        f"{place(path, table)}: 同一栏目有多栏, 读入{how[0]}的 {said} (several columns of the same header: "
        f"the {how[1]} read)"
    )


MONTH_LABEL = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]|十[一二])\s*月(?!前)")
THIS_MONTH, LAST_MONTH = ("本月", "当月", "本季度", "当季"), ("上月", "上季度")
HALVES = {"上半年": 6, "下半年": 12}


def group_month(label: str) -> tuple[int, int] | None:
    """(year or 0, month) the headers of one month's columns name (进展状态（6月）, 2020年6月完成情况, 截至6月底;
    a quarter by its last month: 二季度 is 6), (0, 13) for 本月 and (0, 0) for 上月; None if they name none,
    or several."""
    found = {
        (
            int(year or 0),
            int(month) if month.isdigit() else CN_MONTHS.index(month[-1]) + 1 + 10 * (len(month) == 2),
        )
        for year, month in MONTH_LABEL.findall(label)
    }
    found |= {
        (int(year or 0), 3 * (int(q) if q.isdigit() else QUARTERS.index(q) + 1))
        for year, q in QUARTER_LABEL.findall(label)
    }
    found |= {(0, month) for half, month in HALVES.items() if half in label}
    found |= {(0, 13)} if any(w in label for w in THIS_MONTH) else set()
    found |= {(0, 0)} if any(w in label for w in LAST_MONTH) else set()
    only = found.pop() if len(found) == 1 else None
    return only if only is not None and 0 <= only[1] <= 13 else None


CN_MONTHS = "一二三四五六七八九十"
# months at most between the last month named and the first for a year's end crossed (四季度 | 一季度)
YEAR_TURN = 3
QUARTERS = "一二三四"
QUARTER_LABEL = re.compile(r"(?:(\d{4})\s*年\s*)?第?([一二三四1-4])季度")


def reported_month(table: Table, start: int, as_of: datetime.date) -> int:
    """The month the sheet reports in: its latest 填报日期, else the day rows without one are dated."""
    cols = header_columns(table.rows[start][1]).get("as_of", [])
    days = [
        day
        for _, cells in table.rows[start + 1 :]
        for col in cols
        if col < len(cells) and (day := cell_date(cells[col].value, as_of.year)) is not None
    ]
    return max(days, default=as_of).month


def latest_month(months: Sequence[tuple[int, int] | None], reported: int | None = None) -> int | None:
    """Which of the months named is the latest, or None if that cannot be told: 本月 is later than any
    month named, 上月 earlier than 本月 and not comparable with a month named; a year decides only where
    every header names one; else a year's end is crossed only where the months run on from late in one
    year into early in the next (12月 | 1月, a Q4 ledger returned in January), not where they are spread
    through one (1月 … 8月, 3月底 … 12月底), nor where the sheet is `reported` in the late months (四季度 |
    一季度 reported in December: the year's first quarter is behind, not ahead; pass 115); and no month
    after the one it is reported in is the next year's (1月 | 3月 | 10月 reported in January: 3月 has not
    come; pass 116)."""
    named = [m for m in months if m is not None]
    if len(named) != len(months) or len(set(named)) < len(named):
        return None
    if (0, 0) in named and any(0 < m[1] < 13 for m in named):
        return None  # (上月 beside 5月: which is later is not written)
    if all(m[0] for m in named):
        keys = named
    else:
        plain = sorted({m[1] for m in named if 0 < m[1] < 13})
        gaps = [(b - a, b) for a, b in itertools.pairwise(plain)]  # (the gap before each month)
        widest, after = max(gaps, default=(0, 0))
        turn = plain[0] + 12 - plain[-1] if plain else 12  # months from the last named to the first
        crossed = turn <= YEAR_TURN and widest > turn  # (12月 | 1月, 四季度 | 一季度: not 2月 4月 10月)
        crossed = crossed and (reported is None or reported < after)
        ahead = after if reported is None else min(after, reported + 1)  # (no month not yet come: pass 116)
        keys = [(0, m[1] + 12 if crossed and 0 < m[1] < ahead else m[1] + 100 * (m[1] == 13)) for m in named]
        if len(set(keys)) < len(keys):
            return None
    return max(range(len(keys)), key=lambda k: keys[k])


def sheet_unit(corpus: Corpus, table: Table) -> str | None:
    """A unit's own sheet is titled with the unit's name, or '<unit>台账' as the export names it, whether
    or not its 本单位角色 column is kept (a clerk deleting it had the street's 配合 report filed as the
    lead department's): the title must be that name exactly (a title cut to Excel's 31 characters, cleaned
    of illegal characters or numbered ~2 is not guessed at: abbreviation matching would file one unit's
    report under another). A row's own 本单位 cell, where the sheet has the column, says more."""
    if table.sheet is None:
        return None
    for name in (table.sheet, table.sheet.removesuffix("台账")):
        if name in corpus.units:
            return name
    return None


SHEET_DATING = re.compile(
    r"^(?:\d{2,4}年?|\d{1,2}月份?)|(?:台账|进展|进度|情况|报表|表|月份?|季度|半年|第|[上下一二三四]|\d|[-_()（）\s.])+$"
)
"""What a clerk adds to a sheet's title around the unit's name: 2020年, 6月, 第二季度, 台账, (2)."""
SHEET_SENDING = re.compile("(?:办事处|办|报送|填报|上报)$")  # 殷行街道办事处, 殷行街道报送: who sends it
PLACE_KINDS = ("街道", "镇", "乡", "街道办事处")  # 殷行 of 殷行街道: a place named without its kind


def sheet_named(corpus: Corpus, table: Table, path: Path) -> str | None:
    """The unit a sheet's title names as a person would read it (商务委6月 is 区商务委's, 殷行6月 and
    殷行街道办事处 殷行街道's) — a CSV's, its file's name (殷行街道台账.csv: its unit columns deleted, pass
    115) — where `sheet_unit` takes only the exact name: not to file its rows under it, only to refuse
    the rows it would not own when they are filed by their 牵头单位 cells."""
    dated = SHEET_DATING.sub("", table.sheet if table.sheet is not None else path.stem)
    for typed in dict.fromkeys((dated, SHEET_SENDING.sub("", dated))):
        if len(typed) < 2:
            continue
        if (unit := unit_named(typed, list(corpus.units))) is not None:
            return unit  # (区医保局, 区人社局, 区发改委: its other name in brackets, or one it shortens)
        try:
            unit = corpus.resolve_unit(typed)
        except WorkplanError:  # unknown, or several units answer to it
            continue
        # the name, its end (商务委 of 区商务委) or a place without its kind: 总 of 总台账, 疫情防控 of a
        # section's sheet, name no unit
        if unit.endswith(typed) or (unit.startswith(typed) and unit[len(typed) :] in PLACE_KINDS):
            return unit
    return None


def read_ledger(
    path: str | Path,
    corpus: Corpus,
    as_of: datetime.date,
    unit: str | None = None,
    documents: Sequence[str] = (),
    words: Mapping[str, Status] | None = None,
) -> LedgerRead:
    """The reports a returned 台账 holds, checked against the corpus; nothing is written anywhere.

    The unit of a row is `unit` when given (resolved once: a bad one is a UsageError), else the row's
    本单位 cell, else the unit a unit sheet is named after, else each unit of its 牵头单位 cell (the
    record's lead units when that cell is empty). A row's date is its 填报日期 cell, else `as_of`.
    A row with no status, note or percent is unreported, not bad; a note without a status is bad.
    Its 编号 are read within `documents` (ids or patterns, as --doc takes them), else within the
    documents its cover names (an export's 文档 rows), so a Q2 ledger still reads with Q3 loaded (and
    is refused when Q2 is not: its 编号 are not Q3's).
    `words` are the office's own status words (`status_words`)."""
    path = Path(path)
    if unit is not None and not unit.strip():  # `--unit ""` had been taken as no unit given
        raise UsageError("单位名为空 (an empty unit name)")
    given = corpus.resolve_unit(unit) if unit else None
    updates: list[Update] = []
    bad: list[str] = []
    unreported = unlisted = 0
    tables = read_tables(path)
    headed = [(table, found) for table in tables if (found := find_header(table)) is not None]
    bad += [f"{place(path, table)}: {NO_ID_COLUMN}" for table in tables if lacks_ids(table)]
    if not headed:
        raise DataError(
            f"{path}: 没有找到台账表格 (no ledger table): 需要一行表头同时有“编号”和“完成情况”或“进展状态” "
            "(a header row naming 编号 and 完成情况 or 进展状态); 这份文件的报告没有读入"
        )
    covers = [table for table in tables if all(table is not t for t, _ in headed)]  # (文档 | 编号: a header)
    scope = sorted(corpus.document_ids(documents)) if documents else cover_documents(path, corpus, covers)
    exported_for = cover_unit(corpus, covers)  # (a --unit export's cover: its sheets are that unit's)
    titles = Titles(corpus)
    shared: set[int] = set()  # reports read off a total-sheet row that several lead units share
    notes: dict[Source, str] = {}  # their 完成情况 cells, whole
    unseen: list[str] = []  # reports from rows or sheets the workbook hides, dates that may be cut
    chosen: list[str] = []  # how a sheet was read: one of a header's several columns, a file name set aside
    titled, retitled = 0, []  # reported rows with a 工作任务, and those whose task is not their record's
    dated: set[Source] = set()  # rows whose 填报日期 the file writes (=TODAY() may write the default's day)
    for table, found in headed:
        start, columns = found
        columns, which = latest_columns(path, table, start, columns, as_of)
        chosen += [which] if which else []
        unknown = unknown_columns(table.rows[start][1], columns)
        penned: set[int] = set()  # of those, the ones a reported row writes in
        owner = sheet_unit(corpus, table) or exported_for
        own = given or (owner if "unit" not in columns else None)  # (a 本单位 column: each row's own word)
        # a unit's sheet lists what it supports too: its 牵头单位 cells are not the reporting unit
        unit_sheet = "role" in columns  # (a 本单位 cell left blank on it: still no lead's report, pass 111)
        # a sheet its title gives to one unit, its rows otherwise filed by their 牵头单位 cells
        named = None if own or unit_sheet or "unit" in columns else sheet_named(corpus, table, path)
        if (
            named is not None
            and table.sheet is None
            and not only_its_items(corpus, table, start, columns, named)
        ):
            # 区政府办公室台账.csv holding items that office has no part in: the total ledger (pass 117), said
            # so (pass 121)
            chosen.append(
                f"{path}: 文件名像是 {named} 的台账, 但其中多数事项不是它的: 按总台账读, 各行记到牵头单位名下; "
                f"如果这是 {named} 自己的台账, 请用 --unit {named} (the file's name names {named}, most rows are "
                "others' items: read as the total ledger; give --unit if it is that unit's own)"
            )
            named = None
        for number, cells in table.rows[start + 1 :]:
            source = Source(str(path), table.sheet, number)
            try:
                row = row_updates(
                    corpus, cells, columns, as_of, own, unit_sheet, source, scope, words, titles, owner
                )
                if named is not None and any(u.unit != named for u in row):  # (the store keeps it for good)
                    raise UsageError(
                        f"{'表名' if table.sheet is not None else '文件名'}像是 {named} 的台账, 这一行却要按牵头单位记到 "
                        f"{'、'.join(u.unit for u in row)} 名下, 不知道是谁的报告; 请用 --unit 指定 (the sheet's or "
                        f"file's title names {named}, the row's 牵头单位 others: whose report is it? give --unit)"
                    )
            except WorkplanError as e:
                if len(bad) >= limits.MAX_PROBLEMS:  # 99,000 bad rows had held 99,000 quoted cells
                    unlisted += 1
                else:
                    bad.append(clipped(f"{source}: {'; '.join([e.message, *e.hints])}"))
                continue
            if own is None and not unit_sheet and len(row) > 1:
                shared.update(map(id, row))
                notes[source] = column_cell(cells, columns, "note").raw
            said = [columns[f] for f in ("status", "note", "percent") if f in columns]
            if row and any(c in table.hidden_columns for c in said):  # a report written out of sight
                unseen.append(f"{source}: 隐藏的列中的报告, 已读入 (hidden column; read)")
            elif row and any(c < len(cells) and cells[c].blank and cells[c].raw for c in said):
                unseen.append(
                    f"{source}: 格式设为不显示内容的单元格中的报告, 已读入 (a cell whose format does not show its text; read)"
                )
            elif row and (table.sheet_hidden or number in table.hidden):  # read, and said: not as shown
                unseen.append(
                    f"{source}: {'隐藏的工作表' if table.sheet_hidden else '隐藏的行'}中的报告, 已读入 (hidden; read)"
                )
            updates += row
            unseen += [
                f"{source}: 进展状态“{u.status.label}”与完成进度 {u.percent}% 不一致, 请核对 (the status and "
                "the percent disagree; imported as written)"
                for u in row[:1]
                if u.percent is not None
                and (
                    (u.status is Status.done and u.percent < 100)
                    or (u.status is Status.not_started and u.percent > 0)
                )
            ]
            if row and (task := column_cell(cells, columns, "title").text):
                titled += 1
                if squeezed(task) != plain_title(corpus.record(f"{row[0].document}:{row[0].id}").title):
                    retitled.append((row[0].id, task[:HEADER_SHOWN]))  # (not a copy of a long cell a row)
            if row:
                penned.update(col for col in unknown if col < len(cells) and cells[col].text)
                day = column_cell(cells, columns, "as_of")
                dated.update([source] if day.text else [])
                if isinstance(day.value, str) and (m := TRIMMED_DAY.fullmatch(day.raw)):
                    unseen.append(  # 6.20 typed in a General cell is the number 6.2, and so saved to CSV
                        f"{source}: 填报日期 {m[0]} 读作 {row[0].as_of.month}月{row[0].as_of.day}日, 可能是 {m[1]}.{m[2]}0 的末位 0 被 "
                        "Excel 去掉了, 请核对 (a date like 6.2 may be 6.20 saved as a number; read as written)"
                    )
            if len(updates) > limits.MAX_LEDGER_REPORTS:  # 20,000 rows for 150 units each: out of memory
                raise DataError(
                    f"{path}: 超过 {limits.MAX_LEDGER_REPORTS:,} 条进展, 不是一份台账 (more reports than any "
                    "ledger holds; nothing read)"
                )
            unreported += not row and any(c.text for c in cells)
        if penned:  # (工作进展 for 完成情况, 下月计划, 存在问题: a clerk's own column, its text lost unsaid)
            names = "、".join(f"“{unknown[col]}”" for col in sorted(penned))
            chosen.append(
                f"{place(path, table)}: 栏目 {names} 不是台账的栏目, 其中的文字没有读入 (columns the ledger "
                "does not know: their text was not read)"
            )
    if sum(len(u.note) for u in updates) > limits.MAX_NOTES:
        raise DataError(
            f"{path}: 完成情况合计超过 {limits.MAX_NOTES} 字, 不是一份台账 (notes larger than any ledger; nothing read)"
        )
    updates = resplit(updates, shared, notes)
    updates, disagree, overridden = reconciled(updates, shared)
    # 100,000 rows that contradict each other, or dated out of the year, had made 100,000 lines
    problems = bad + disagree
    unlisted += max(len(problems) - limits.MAX_PROBLEMS, 0)
    doubts = (
        chosen
        + undated(path, corpus, [u for u in updates if u.source not in dated])
        + out_of_time(corpus, [u for u in updates if u.source in dated])
    )
    doubts += unseen + overridden
    if len(retitled) >= 2 and len(retitled) * 2 >= titled:  # (a Q2 workbook, its cover deleted, read into Q3)
        ref, task = retitled[0]
        doubts.insert(
            0,
            f"{path}: {len(retitled)}/{titled} 行的工作任务与该编号的事项标题不同(如 {ref} “{task}”), 可能是另一份"
            "计划的台账, 请核对或用 --doc 指定 (most rows' 工作任务 are not their records' titles: another plan's ledger?)",
        )
    if len(doubts) > limits.MAX_PROBLEMS:
        more = len(doubts) - limits.MAX_PROBLEMS
        doubts[limits.MAX_PROBLEMS :] = [f"{path}: 另有 {more} 条提示未列出 (and {more} more doubts)"]
    return LedgerRead(
        updates,
        problems[: limits.MAX_PROBLEMS],
        unreported,
        doubts,
        unlisted,
        frozenset(dated),
        frozenset(u.source for u in updates if id(u) in shared),
        notes,
    )


def clipped(problem: str) -> str:
    """A bad row's line at most MAX_PROBLEM characters: it may quote a cell of 32,767."""
    return problem if len(problem) <= MAX_PROBLEM else problem[:MAX_PROBLEM] + "…"


MAX_PROBLEM = 400  # characters of one bad row's line


def out_of_time(corpus: Corpus, updates: Sequence[Update]) -> list[str]:
    """Reports dated in a year the plan does not run into: 2021-06-20 on a 2020 plan is most likely a
    slip of the year (6月20日 typed as 2021年6月20日), and it moves the report out of every as-of view.
    A fourth-quarter or annual plan runs into the next year (reports on it come in January)."""
    doubts: dict[Source, str] = {}  # one per row, however many units it reports for
    for u in updates:
        meta = corpus.document(u.document).meta
        if u.source in doubts:
            continue
        if meta.year is not None and u.as_of.year not in {meta.year, meta.year + (meta.quarter in (None, 4))}:
            doubts[u.source] = (
                f"{u.source}: 填报日期 {u.as_of.isoformat()} 不在计划的年度 {meta.year} 内, 请核对 "
                "(the report date is outside the plan's year; imported as written)"
            )
        elif (signed := iso_date(meta.signed)) is not None and u.as_of < signed:
            doubts[u.source] = (  # (2020-01-06 for 2020-06-01: a completion before the plan existed,
                f"{u.source}: 填报日期 {u.as_of.isoformat()} 早于计划印发日期 {signed.isoformat()}, 请核对 "
                "(the report date is before the plan was signed; imported as written)"
            )  # counted 按期)
    return list(dict.fromkeys(doubts.values()))


def undated(path: Path, corpus: Corpus, updates: Sequence[Update]) -> list[str]:
    """One line when the rows dated by default (no 填报日期: --date, else today) fall outside their plan's
    year: a Q2 2020 ledger returned undated and read in 2026 had every on-time completion counted late,
    unsaid (a date the file writes is doubted row by row, `out_of_time`)."""
    outside = out_of_time(corpus, updates)
    if not outside:
        return []
    day = updates[0].as_of.isoformat()
    return [
        f"{path}: {len(outside)} 行没有填报日期, 记为 {day}, 不在计划的年度内, 请核对或用 --date 指定 "
        f"({len(outside)} rows with no 填报日期 dated {day}, outside the plan's year: give --date)"
    ]


def iso_date(text: str | None) -> datetime.date | None:
    """A document's YYYY-MM-DD (its `signed`), None when it has none."""
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None


NO_ID_COLUMN = (
    "这张表有“完成情况”或“进展状态”栏, 却没有“编号”栏, 其中的进展无法读入 "
    "(progress columns but no 编号 column: this sheet's reports cannot be read)"
)


def lacks_ids(table: Table) -> bool:
    """A sheet headed for progress (完成情况, 进展状态) whose 编号 column is gone: its reports would be lost."""
    return find_header(table) is None and any(
        {"note", "status"} & set(fields) and "id" not in fields
        for _, cells in filled(table)
        if (fields := header_fields(cells))
    )


def resplit(updates: list[Update], shared: set[int], notes: Mapping[Source, str]) -> list[Update]:
    """A shared row's words split again where its units' own rows say theirs (a unit's sheet): each one's
    words as its own row has them anchor its lines (`joint_parts`), so a partner quoted in one unit's
    words is no line of the partner's (pass 117: a false "differs from its own row" and a lost line)."""
    words = {  # each unit's latest own row's words
        u.key: u.note for u in sorted((u for u in updates if id(u) not in shared), key=lambda u: u.as_of)
    }
    out = list(updates)
    rows: dict[Source, list[int]] = {}
    for k, u in enumerate(updates):
        if id(u) in shared:
            rows.setdefault(u.source, []).append(k)
    for source, at in rows.items():
        units = [updates[k].unit for k in at]
        written = {
            unit: note_lines(signed(unit, note))
            for unit in units
            if (note := words.get((*updates[at[0]].key[:2], unit)))
        }
        if (
            not written
            or (parts := joint_parts(note_lines(notes.get(source, "")), units, written=written)) is None
        ):
            continue
        for k in at:
            out[k] = replace(updates[k], note=parts.get(updates[k].unit, ""))
            shared.add(id(out[k]))
    return out


def reconciled(updates: Sequence[Update], shared: set[int]) -> tuple[list[Update], list[str], list[str]]:
    """One report per item, unit and day. A unit's own row (its sheet, or a row of its own) speaks for
    it over a total-sheet row several lead units share, whose status is theirs together, unless the
    shared row is later (a 已完成 dated after the unit's own row had been dropped unsaid); two rows that
    say different things for one day (the total sheet says 已完成, the unit's sheet 推进中; a shared row's
    status is the task's as a whole, so there 推进中 under 滞后 agrees and 滞后 under 已完成 does not; or two rows
    of the total sheet) are an error naming both, since which one the unit meant is not
    ours to pick: neither is kept (with --skip-bad the first of them had been stored). Third, a line for
    each shared row whose words for a unit its own row set aside (edited on the total sheet only, they
    had gone unsaid, pass 116)."""
    own: dict[tuple[str, str, str, datetime.date], Update] = {}
    together: dict[tuple[str, str, str, datetime.date], Update] = {}
    newest: dict[tuple[str, str, str], Update] = {}  # the latest own row of each item and unit
    latest: dict[tuple[str, str], datetime.date] = {}  # …and of each item, whichever unit's
    for u in updates:
        if id(u) in shared:
            together.setdefault((u.document, u.id, u.unit, u.as_of), u)
        else:
            own.setdefault((u.document, u.id, u.unit, u.as_of), u)
            if u.key not in newest or newest[u.key].as_of < u.as_of:
                newest[u.key] = u
            latest[(u.document, u.id)] = max(latest.get((u.document, u.id), u.as_of), u.as_of)
    disputed: set[tuple[str, str, str, datetime.date]] = set()
    kept, found, aside = [], [], []
    for u in updates:
        day = (u.document, u.id, u.unit, u.as_of)
        said = own[day] if id(u) not in shared else own.get(day, together[day])
        if said is not u and (
            what := difference(said, u, whole=id(u) in shared and said is not together[day])
        ):
            found.append(f"{u.source}: 与 {said.source} 矛盾 (contradicts that row): {u.id} {u.unit} {what}")
            disputed.add(day)
        elif id(u) not in shared or (
            said is u
            and (
                u.key not in newest
                or (newest[u.key].as_of < u.as_of and u.as_of != latest[(u.document, u.id)])
            )
        ):  # (not a shared row the unit's own row speaks for: the day the export writes on a shared row is
            kept.append(u)  # its units' latest, a partner's — later only when typed, pass 117–118)
        elif u.note != (own_row := own.get(day) or newest[u.key]).note:
            aside.append(
                f"{u.source}: {u.unit} 在总台账这一行的说明与它自己那一行({own_row.source})不同, 以它自己的为准 "
                "(the total sheet's words for this unit differ from its own row's: its own row is read)"
            )
    kept = [u for u in kept if (u.document, u.id, u.unit, u.as_of) not in disputed]
    return kept, found, aside


def difference(said: Update, other: Update, whole: bool = False) -> str:
    """What two reports of one item, unit and day disagree on ("" when they agree). `whole`: `other` is a
    total-sheet row several lead units share, its status the task's as a whole (滞后 when any is late)
    and its note theirs under their names: only a status `said` cannot stand under disagrees."""
    if whole:
        return "" if said.status.fits(other.status) else f"{said.status.label} / {other.status.label}"
    if said.status is not other.status:
        return f"{said.status.label} / {other.status.label}"
    if said.note != other.note:
        return "完成情况不同 (the notes differ)"
    return "完成进度不同 (the percents differ)" if said.percent != other.percent else ""


def cover_documents(path: Path, corpus: Corpus, tables: Sequence[Table]) -> list[str]:
    """The documents an exported ledger's cover (a sheet of `tables` that holds no ledger, its 文档 rows
    beside another of the export's labels: 标题, 发文机关…) names in its 文档 rows (none for a file that has no such cover: then
    its 编号 speak for themselves; a sheet of the clerk's own with a 文档 row is no cover). A cover naming
    a document that is not loaded is a DataError: its 编号 would be read in whatever plan is loaded (a
    Q2 ledger's 已完成 filed under Q3's items of the same numbers); --doc says where to read them."""
    named = [
        cells[1].text for cells in cover_rows(tables) if cells[0].text == COVER_DOCUMENT and cells[1].text
    ]
    loaded = {d.meta.id for d in corpus.documents}
    if missing := [n for n in dict.fromkeys(named) if n not in loaded]:
        raise DataError(
            f"{path}: 台账封面写明属于 {'、'.join(missing)}, 但没有载入 (the ledger's cover names a document "
            "that is not loaded): 用 --data 载入它, 或用 --doc 指定读入到哪份文档; 这份文件的报告没有读入"
        )
    return named


def cover_rows(tables: Sequence[Table]) -> list[list[Cell]]:
    """The label rows of an exported ledger's covers: sheets that hold no ledger, with 文档 rows beside
    another of the export's labels (标题, 发文机关…); a sheet of the clerk's own with a 文档 row is none."""
    found = []
    for table in tables:
        rows = [cells for _, cells in table.rows[: HEADER_SEARCH_ROWS * 4] if len(cells) > 1]
        labels = {cells[0].text for cells in rows if len(cells[0].raw) <= HEADER_CELL}
        if COVER_DOCUMENT in labels and not labels.isdisjoint(COVER_LABELS):
            found += rows
    return found


def cover_unit(corpus: Corpus, tables: Sequence[Table]) -> str | None:
    """The unit a ledger exported for one unit names on its cover (导出范围): whose its sheets are, however
    they were renamed (殷行街道办事处, 6月殷行街道) — their rows had been filed under the 牵头单位 (pass 112)."""
    scopes = {cells[1].raw for cells in cover_rows(tables) if cells[0].text == COVER_SCOPE}
    return scopes.pop() if len(scopes) == 1 and next(iter(scopes)) in corpus.units else None


def column_cell(cells: Sequence[Cell], columns: dict[str, int], name: str) -> Cell:
    """A row's cell under the column named `name`; an empty one where the sheet has no such column or the
    row stops short of it."""
    col = columns.get(name)
    return cells[col] if col is not None and col < len(cells) else Cell(None)


def row_updates(
    corpus: Corpus,
    cells: Sequence[Cell],
    columns: dict[str, int],
    default_date: datetime.date,
    unit: str | None,
    unit_sheet: bool,
    source: Source,
    scope: Sequence[str] = (),
    words: Mapping[str, Status] | None = None,
    titles: Titles | None = None,
    owner: str | None = None,
) -> list[Update]:
    """The reports of one row (one per unit), [] for a row that reports nothing; UsageError if bad. Its
    unit: `unit` (--unit, or the sheet's), else its 本单位 cell, else `owner` (the unit the sheet is named
    after: a 填报单位 column left blank on 殷行街道台账 had filed the street's report as the lead's), else
    each unit its 牵头单位 cell names."""

    def get(name: str) -> Cell:
        return column_cell(cells, columns, name)

    for name in WORD_FIELDS:  # checked before anything reads them: a status of 32,767 characters cost
        if len(written := get(name).raw) > limits.MAX_WORD_CELL:  # every row 0.5 ms of normalising
            raise UsageError(
                f"{HEADERS[name][0]} 一栏有 {len(written)} 字, 不是{HEADERS[name][0]} "
                f"(a {name} cell of {len(written)} characters is none)"
            )

    def known(*names: str) -> None:  # the cells a row is read by: a formula's result must be there
        if unknown := [HEADERS[name][0] for name in names if name in columns and get(name).uncomputed]:
            raise UsageError(
                f"{'、'.join(unknown)}: 公式没有保存计算结果, 请用 Excel、WPS 或 LibreOffice 打开后保存再导入 "
                "(a formula saved without its result: open and save the file in an office suite)"
            )

    status, note, percent_cell = get("status").text, get("note").raw, get("percent")
    if not (
        status or note or percent_cell.text or any(get(n).uncomputed for n in ("status", "note", "percent"))
    ):
        return []  # (a formula in 工作任务 of a row reporting nothing is nothing)
    known("status", "note", "percent", "as_of", "id", "document")
    if len(note) > CELL_MAX:  # no office suite lets a person type more into a cell
        raise UsageError(
            f"完成情况有 {len(note)} 字, 超过单元格上限 {CELL_MAX} 字 (note longer than a cell holds)"
        )
    ref = get("id").text
    if not ref:
        raise UsageError("缺少编号 (no id in this row)")
    if not status:
        raise UsageError("缺少进展状态 (status missing); 可用: " + ", ".join(Status.words()))
    document = get("document").text or (scope[0] if len(scope) == 1 and corpus.multi else "")
    record = corpus.record(f"{document}:{ref}" if document and ":" not in ref else ref)
    task = "" if get("title").uncomputed else get("title").text  # (no title to compare: not refused)
    if titles is not None and task and (other := titles.other(record, task)) is not None:
        raise UsageError(
            f"编号 {ref} 这一行的工作任务是 {other} 的: 编号可能被改过(Excel 会把 1.10 变成 1.1) "
            f"(the row's 工作任务 is {other}'s, not {ref}'s: was its id changed, as Excel turns 1.10 into 1.1?)"
        )
    as_of = default_date
    if get("as_of").text:
        parsed = cell_date(get("as_of").value, corpus.document(record.document).meta.year)
        if parsed is None:
            raise UsageError(f"无法识别的日期 {get('as_of').text!r} (unreadable date)")
        as_of = parsed
    percent = parse_percent(percent_cell)
    if unit is None:
        known("unit")  # (read before the sheet's unit and the 牵头单位 cell)

    if unit is not None:
        units = [unit]
    elif own := get("unit").text:
        units = [own]
        role_agrees(corpus, record, own, get("role").text)
    elif owner is not None:
        units = [owner]
    elif unit_sheet:
        raise UsageError("无法确定本单位 (cannot tell whose sheet this is); 请用 --unit 指定")
    else:
        known("lead")
        lead = get("lead").text.removesuffix(BY_DIVISION).removesuffix(UNWRITTEN)
        if len(lead) > limits.MAX_LEAD_CELL:  # (区商务委 6,553 times in a cell 100,000 rows share: 600
            # million reports to check, out of memory)
            raise UsageError(
                f"牵头单位一栏长 {len(lead)} 字, 超过 {limits.MAX_LEAD_CELL} 字, 不像是单位名称 "
                "(the 牵头单位 cell is too long to name a row's units)"
            )
        # the cell writes names as the notice does: this row's record knows which body each one is; a
        # name written twice is one unit, one report
        named = list(dict.fromkeys(record.unit_id(u) for u in UNIT_SPLIT.split(lead) if u))
        units = named or list(record.lead_ids or record.responsible_ids)
    notes = (joint_parts(note_lines(note), units) or {}) if len(units) > 1 else {}
    said = parse_status(status, words)
    # (written per unit, a unit the cell gives no line wrote no note: it had been given the whole cell)
    return [
        checked(corpus, record, u, said, as_of, notes.get(u, "") if notes else note, percent, source)
        for u in units
    ]


@functools.lru_cache(maxsize=256)  # (texts of up to 32,767 characters each, kept after the read)
def half_width(text: str) -> str:
    """A cell's text in half-width forms, worked out once per text: 20,000 rows sharing one 32,767-character
    cell holding a full-width comma were each normalised again (pass 109: past 45 s, 300 MB)."""
    return unicodedata.normalize("NFKC", text)


@functools.lru_cache(maxsize=256)  # (texts of up to 32,767 characters each, kept after the read)
def squeezed(text: str) -> str:
    """The words without spaces and in half-width forms (a cell's text is read so: 产业培育（先进制造业） in
    a record's title is 产业培育(先进制造业) in its row), worked out once per text: 99,990 rows sharing one
    32,767-character 工作任务 cell had been squeezed once a row (past 45 s)."""
    return plain_title(text)


def plain_title(text: str) -> str:
    """A title as a row's cell reads: no spaces, half-width forms. Not remembered: a record's title is
    short, and a document's titles would crowd the long cells out of `squeezed`'s memory."""
    return "".join(unicodedata.normalize("NFKC", text).split())


class Titles:
    """Each document's record ids by title, built the first time a row's 工作任务 is not its record's
    (a ledger of another office words its tasks its own way: only another record's exact title is read
    as a wrong 编号)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.ids: dict[str, dict[str, str]] = {}

    def other(self, record: Record, task: str) -> str | None:
        """The id of another record of the same document titled `task`, or None."""
        task = squeezed(task)
        if task == plain_title(record.title):
            return None
        if (ids := self.ids.get(record.document)) is None:
            ids = self.ids[record.document] = {}
            for r in self.corpus.select(Selection(documents=(record.document,))):
                ids.setdefault(plain_title(r.title), r.id)
        other = ids.get(task)
        return other if other not in (None, record.id) else None
