"""Writing XLSX, for the ledger and the bulletin: the one module that knows the spreadsheet library.

xlsxwriter in its constant-memory mode writes each row to a temporary file as soon as the next one
starts, so a ledger of 100,000 records costs the row being written, not an object per cell (openpyxl
held 3.1 GiB for it). The price is order: a sheet's rows are written top to bottom, which is how a
ledger is made anyway. Every cell is written by its type (a string never becomes a formula or a number),
with a named look (LOOKS) that the module turns into one shared format per look.

Layout is the caller's: widths in Excel's character units, heights in points, A4 print set-up.
"""

from __future__ import annotations

import datetime
import io
import numbers
import re
import signal
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..atomic import Signalled, signals_raise
from ..errors import OutputError
from .render import visible

FONT, FONT_SIZE = "宋体", 10.5
TITLE_SIZE = 16
MARGIN = 0.3  # inches, left and right, and the header's and footer's distance from the edge
A4 = 9  # the paper size code of A4 in the XLSX format
ISO_DATE = "yyyy-mm-dd"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CELL_MAX = 32767  # characters: Excel's limit for one cell
HEADER_MAX = 255  # UTF-16 units, the section code included: Excel refuses a longer page header
# XML 1.0 cannot hold these, nor UTF-8 a lone surrogate.
REMEMBERED_TEXT, TEXTS_KEPT = 200, 100_000  # at most ~40 MB of remembered cell text per workbook
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The looks a cell can have: font, alignment, border and fill (the number format is added per cell).
HEAD, BODY, CENTRE, DATE, LABEL, VALUE, TITLE = "head", "body", "centre", "date", "label", "value", "title"
GRID = {"border": 1}
LOOKS: dict[str, dict[str, Any]] = {
    HEAD: GRID | {"bold": True, "align": "center", "valign": "vcenter", "bg_color": "#DDEBF7"},
    BODY: GRID | {"valign": "top"},
    CENTRE: GRID | {"valign": "top", "align": "center"},
    DATE: GRID | {"valign": "top", "align": "center", "num_format": 'm"月"d"日"'},  # the year: the cover's
    LABEL: GRID | {"bold": True, "valign": "top", "align": "right", "text_wrap": False},
    VALUE: GRID | {"valign": "top", "align": "left"},
    TITLE: {"bold": True, "font_size": TITLE_SIZE, "align": "center", "valign": "vcenter"},
}


def utf16_len(text: str) -> int:
    """Length as Excel counts it (sheet names, page headers): a character past U+FFFF is two."""
    return len(text.encode("utf-16-le")) // 2


def xml_safe(text: str) -> str:
    """Text of a cell or paragraph a person reads: control and bidi characters (ESC, C1, RLO, U+2028)
    as the visible escapes every view writes (`render.visible`: a reversed line in a 台账 is as false as
    on a terminal), and what XML cannot carry (a lone surrogate, U+FFFE) too, instead of failing."""
    kept = "\r".join(visible(part) for part in text.split("\r"))  # \r\n: a line break a cell keeps
    return XML_ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", kept)


def cell_text(text: str) -> str:
    """Text an XLSX cell can hold: escaped, and cut visibly at Excel's limit of 32,767 UTF-16 units (a
    character past U+FFFF is two; xlsxwriter would cut it silently), saying how long the full text is
    and where it is whole."""
    text = xml_safe(text)
    if len(text) <= CELL_MAX // 2 or utf16_len(text) <= CELL_MAX:
        return text
    mark = f"…[截断: 全文 {len(text)} 字, 单元格最多 {CELL_MAX} 字, 全文见 CSV/JSON 导出 (truncated)]"
    return fit16(text, CELL_MAX - len(mark)) + mark


def page_header(*choices: str) -> str:
    """The first of `choices` that fits Excel's page header; the last is taken as it is. "&" is a code
    there: a literal one is doubled, and a zero-width space keeps &&G or &&[Picture] from being counted
    as an image's place (xlsxwriter would then drop the whole header)."""
    for text in choices:
        heading = re.sub("&(?=G|\\[Picture\\])", "&\u200b", xml_safe(text).replace("&", "&&"))
        if utf16_len("&C" + heading) <= HEADER_MAX:
            return heading
    return choices[-1]


def fit16(text: str, most: int) -> str:
    """`text` cut to at most `most` UTF-16 units, never inside a character."""
    if utf16_len(text[:most]) <= most:
        return text[:most]
    low, high = most // 2, most  # text[:low] always fits: a character is at most two units
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if utf16_len(text[:mid]) <= most else (low, mid - 1)
    return text[:low]


class Book:
    """A workbook being written, as a context: `close` gives its bytes; leaving the block, by an error
    or Ctrl-C too, removes the temporary files the rows went to. Sheets appear in the order made."""

    def __init__(self) -> None:
        import xlsxwriter

        # one folder of our own for xlsxwriter's per-sheet row files, removed whatever happens
        self.rows = tempfile.TemporaryDirectory(prefix="workplan-xlsx-", ignore_cleanup_errors=True)
        self.buffer = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(
            self.buffer,
            {
                "constant_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "tmpdir": self.rows.name,
            },
        )
        self.formats: dict[tuple[str, bool, str | None], Any] = {}
        self.texts: dict[str, str] = {}

    def text(self, value: str) -> str:
        """`cell_text(value)`, remembered for short texts: a unit's name, a date or a status comes again on
        every row and every sheet (escaping each anew was a tenth of an export's time)."""
        if len(value) > REMEMBERED_TEXT:
            return cell_text(value)
        found = self.texts.get(value)
        if found is None:
            if len(self.texts) >= TEXTS_KEPT:
                self.texts.clear()
            found = self.texts[value] = cell_text(value)
        return found

    def look(self, name: str, quoted: bool = False, number_format: str | None = None) -> Any:
        """The shared format of a look: made once per (look, quote prefix, number format)."""
        key = (name, quoted, number_format)
        found = self.formats.get(key)
        if found is None:
            props = {"font_name": FONT, "font_size": FONT_SIZE, "text_wrap": True} | LOOKS[name]
            if quoted:
                props["quote_prefix"] = True
            if number_format:
                props["num_format"] = number_format
            found = self.formats[key] = self.workbook.add_format(props)
        return found

    def sheet(self, title: str) -> Sheet:
        """A new sheet; `title` must already be valid and unique (see export.SheetTitles). Each sheet keeps
        a temporary file open until the workbook closes, so a low limit on open files stops it here."""
        try:
            return Sheet(self, self.workbook.add_worksheet(title))
        except OSError as e:
            raise OutputError(
                f"无法为工作表 {title} 打开临时文件 (cannot open a temporary file for sheet {title}): "
                f"{e.strerror}; 可用 --unit 分单位导出, 或提高打开文件数上限 (ulimit -n)"
            ) from None

    def close(self) -> bytes:
        self.workbook.close()
        return self.buffer.getvalue()

    def __enter__(self) -> Book:
        self.signals = signals_raise()  # SIGTERM/SIGHUP unwind through __exit__, as Ctrl-C does
        self.signals.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        try:
            if not self.workbook.fileclosed:  # an error midway: let go of the row files before removing them
                for worksheet in self.workbook.worksheets():
                    if worksheet.row_data_fh is not None:
                        worksheet.row_data_fh.close()
            self.rows.cleanup()
        finally:
            self.signals.__exit__(kind, error, trace)
        if isinstance(error, Signalled):  # the handler in force before now decides (by default: exit)
            signal.raise_signal(error.signum)
            raise OutputError(f"写入被信号中断 (export interrupted by signal {error.signum})") from None


class Sheet:
    """One worksheet, written row by row from the top."""

    def __init__(self, book: Book, worksheet: Any) -> None:
        self.book, self.ws = book, worksheet

    def columns(self, widths: Sequence[float], hidden: Iterable[int] = ()) -> None:
        """Column widths as stored in the file, in units of the default font's digit (7 px: xlsxwriter's
        character widths would add 5 px of padding); `hidden` ones keep their width for whoever shows
        them again."""
        shut = set(hidden)
        for i, width in enumerate(widths):
            self.ws.set_column_pixels(i, i, round(width * 7), None, {"hidden": True} if i in shut else {})

    def row(
        self,
        n: int,
        values: Sequence[Any],
        looks: Sequence[str],
        height: Callable[[Sequence[Any]], float],
        number_formats: Mapping[int, str] | None = None,
    ) -> None:
        """Row n (1-based), `height(cells)` points tall for the cells as written (strings cut by
        `cell_text`, here only). Strings stay strings; one that looks like a formula gets the quote
        prefix (shown, never stored, as a leading ') so no spreadsheet runs it (CWE-1236)."""
        r, formats, text, look, ws = n - 1, number_formats or {}, self.book.text, self.book.look, self.ws
        values = [text(v) if isinstance(v, str) else v for v in values]
        ws.set_row(r, height(values))
        for c, (value, name) in enumerate(zip(values, looks, strict=True)):
            number_format = formats.get(c) if formats else None
            if isinstance(value, str) and value:
                ws.write_string(r, c, value, look(name, value.startswith(FORMULA_START), number_format))
            elif value is None or value == "":
                ws.write_blank(r, c, None, look(name, False, number_format))
            elif isinstance(value, numbers.Real) and not isinstance(value, bool):
                ws.write_number(r, c, value, look(name, False, number_format))
            elif isinstance(value, datetime.date):
                dated = number_format or (None if "num_format" in LOOKS[name] else ISO_DATE)
                ws.write_datetime(r, c, value, look(name, False, dated))
            else:
                raise TypeError(f"no XLSX cell for {type(value).__name__}")

    def title_row(self, text: str, span: int, height: Callable[[str], float]) -> None:
        """Row 1: a title across `span` columns (a form's heading), `height(text)` points tall."""
        text = cell_text(text)
        self.ws.set_row(0, height(text))
        self.ws.merge_range(0, 0, 0, span - 1, text, self.book.look(TITLE))

    def table_furniture(self, columns: int, rows: int) -> None:
        """The header row frozen, filtered and repeated on every printed page."""
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, rows, columns - 1)
        self.ws.repeat_rows(0)

    def pick_list(self, column: int, first: int, last: int, choices: Sequence[str], title: str) -> None:
        """A drop-down on rows first..last (1-based) of a column; another value is warned, not refused."""
        self.ws.data_validation(
            first - 1,
            column,
            last - 1,
            column,
            {
                "validate": "list",
                "source": list(choices),
                "ignore_blank": True,
                "error_type": "warning",
                "error_title": title,
                "error_message": "请从下拉列表中选择 (choose from the list): " + "、".join(choices),
            },
        )

    def print_setup(self, landscape: bool, pages_tall: int, headings: Sequence[str] = ()) -> None:
        """A4, narrow margins, centred, page numbers in the footer, in the header the first of
        `headings` that fits (see page_header). Fit to one page wide only shrinks where the office
        suite's font is wider than planned; the height bound is one page per row, which never binds (0,
        "as needed", makes LibreOffice shrink the text)."""
        if landscape:
            self.ws.set_landscape()
        else:
            self.ws.set_portrait()
        self.ws.set_paper(A4)
        self.ws.fit_to_pages(1, pages_tall)
        self.ws.set_margins(left=MARGIN, right=MARGIN, top=0.7, bottom=0.7)
        self.ws.center_horizontally()
        self.ws.set_header("&C" + page_header(*headings) if headings else "", {"margin": MARGIN})
        self.ws.set_footer("&C第 &P 页 / 共 &N 页", {"margin": MARGIN})
