"""Writing XLSX, for the ledger and the bulletin: the one module that knows the file format.

The sheets are SpreadsheetML written here, row by row: each row's XML goes to a temporary file as it is
made and the sheet is copied into the zip when the next one starts, so a ledger of 100,000 records
costs the row being written, not an object per cell (openpyxl held 3.1 GiB for it). The parts are the
ones xlsxwriter writes for the same calls (it wrote them until the eighteenth session: its per-cell
path was most of an export's time), less the theme and document properties no reader needs. Every
cell is written by its type (a string never becomes a formula or a number), with a named look (LOOKS)
that becomes one shared cell format per look.

Layout is the caller's: widths in Excel's character units, heights in points, A4 print set-up.
"""

from __future__ import annotations

import datetime
import functools
import io
import math
import numbers
import re
import signal
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

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
    character past U+FFFF is two; Excel refuses a workbook with a longer one), saying how long the full text is
    and where it is whole."""
    text = xml_safe(text)
    if len(text) <= CELL_MAX // 2 or utf16_len(text) <= CELL_MAX:
        return text
    mark = f"…[截断: 全文 {len(text)} 字, 单元格最多 {CELL_MAX} 字, 全文见 CSV/JSON 导出 (truncated)]"
    return fit16(text, CELL_MAX - len(mark)) + mark


def page_header(*choices: str) -> str:
    """The first of `choices` that fits Excel's page header; the last is taken as it is. "&" is a code
    there: a literal one is doubled, and a zero-width space keeps &&G or &&[Picture] from being counted
    as an image's place (the header would then name an image the workbook does not have)."""
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


SHEET_ROWS = 1_048_576  # Excel's rows per sheet
NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
DIGIT_PX = 7  # the default font's (Calibri 11) digit: the unit of column widths
DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
# Excel reads _xHHHH_ in a cell's text as a character: a literal one is escaped by its underscore, and a
# carriage return is written that way (XML would fold it into a line feed).
EXCEL_ESCAPE = re.compile("_(?=x[0-9a-fA-F]{4}_)")  # every such underscore (_x0041_x0041_ has two)
EPOCH = datetime.date(1899, 12, 31)
FIRST_DAY = datetime.date(1900, 3, 1)  # Excel counts days wrongly before it (1900-02-29) and not before 1900
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same workbook gives the same bytes


def escaped(text: str) -> str:
    """Text as XML element content (quotes too, so one function serves attributes)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text or ">" in text or '"' in text:
        text = text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return text


def attribute(text: str) -> str:
    """Text as an attribute's value: a line break kept as one."""
    return escaped(text).replace("\n", "&#10;").replace("\t", "&#9;")


def excel_text(text: str) -> str:
    """Text as Excel reads a cell's or a page header's string: its own escapes, then XML's."""
    if "_x" in text:
        text = EXCEL_ESCAPE.sub("_x005F_", text)
    return escaped(text.replace("\r", "_x000D_"))


def inline_string(text: str) -> str:
    """A string cell's `<is>`, leading or trailing space kept."""
    text = excel_text(text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


@functools.lru_cache(maxsize=64)
def column_letters(c: int) -> str:
    """Column c (0-based) as Excel names it: A … Z, AA …"""
    name = ""
    c += 1
    while c:
        c, rest = divmod(c - 1, 26)
        name = chr(65 + rest) + name
    return name


def quoted_sheet(title: str) -> str:
    """A sheet's title as a reference names it: always quoted, which every title allows."""
    return "'" + title.replace("'", "''") + "'"


def points(height: float) -> str:
    """A row height as Excel stores it: whole pixels at 96 dpi, in points."""
    return f"{int(height * 4 / 3 + 0.5) * 0.75:.16g}"


class Styles:
    """The workbook's cell formats, one per (look, quote prefix, number format), numbered as made."""

    def __init__(self) -> None:
        self.fonts: dict[str, int] = {DEFAULT_FONT: 0}
        self.fills: dict[str, int] = {
            '<fill><patternFill patternType="none"/></fill>': 0,
            '<fill><patternFill patternType="gray125"/></fill>': 1,
        }
        self.borders: dict[str, int] = {"<border><left/><right/><top/><bottom/><diagonal/></border>": 0}
        self.number_formats: dict[str, int] = {}
        self.xfs: dict[str, int] = {'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>': 0}
        self.known: dict[tuple[str, bool, str | None], int] = {}

    def index(self, look: str, quoted: bool = False, number_format: str | None = None) -> int:
        """The number of a look's format, made on first use."""
        key = (look, quoted, number_format)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.make({"text_wrap": True} | LOOKS[look], quoted, number_format)
        return found

    def make(self, props: Mapping[str, Any], quoted: bool, number_format: str | None) -> int:
        def number(table: dict[str, int], xml: str, first: int = 0) -> int:
            return table.setdefault(xml, first + len(table))

        bold = "<b/>" if props.get("bold") else ""
        size = props.get("font_size", FONT_SIZE)
        font = number(
            self.fonts, f'<font>{bold}<sz val="{size:g}"/><name val="{FONT}"/><family val="2"/></font>'
        )
        fill = 0
        if "bg_color" in props:
            colour = "FF" + props["bg_color"].lstrip("#").upper()
            fill = number(
                self.fills,
                f'<fill><patternFill patternType="solid"><fgColor rgb="{colour}"/><bgColor indexed="64"/>'
                "</patternFill></fill>",
            )
        border = 0
        if props.get("border"):
            side = '<color auto="1"/>'
            border = number(
                self.borders,
                "<border>"
                + "".join(f'<{s} style="thin">{side}</{s}>' for s in ("left", "right", "top", "bottom"))
                + "<diagonal/></border>",
            )
        shape = props.get("num_format") if number_format is None else number_format
        fmt = 0 if shape is None else number(self.number_formats, shape, 164)
        align = {
            "center": ' horizontal="center"',
            "right": ' horizontal="right"',
            "left": ' horizontal="left"',
        }
        alignment = (
            align.get(props.get("align", ""), "")
            + {"top": ' vertical="top"', "vcenter": ' vertical="center"'}.get(props.get("valign", ""), "")
            + (' wrapText="1"' if props.get("text_wrap") else "")
        )
        applied = (
            (' quotePrefix="1"' if quoted else "")
            + (' applyNumberFormat="1"' if fmt else "")
            + ' applyFont="1"'
            + (' applyFill="1"' if fill else "")
            + (' applyBorder="1"' if border else "")
            + (' applyAlignment="1"' if alignment else "")
        )
        inner = f"<alignment{alignment}/></xf>" if alignment else ""
        xf = f'<xf numFmtId="{fmt}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"{applied}' + (
            ">" + inner if inner else "/>"
        )
        return number(self.xfs, xf)

    def xml(self) -> str:
        def listed(tag: str, table: Mapping[str, int]) -> str:
            return f'<{tag} count="{len(table)}">' + "".join(table) + f"</{tag}>"

        formats = "".join(
            f'<numFmt numFmtId="{n}" formatCode="{attribute(code)}"/>'
            for code, n in self.number_formats.items()
        )
        return (
            f'{XML_HEAD}<styleSheet xmlns="{NAMESPACE}">'
            + (f'<numFmts count="{len(self.number_formats)}">{formats}</numFmts>' if formats else "")
            + listed("fonts", self.fonts)
            + listed("fills", self.fills)
            + listed("borders", self.borders)
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            + listed("cellXfs", self.xfs)
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
            'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
        )


class Book:
    """A workbook being written, as a context: `close` gives its bytes; leaving the block, by an error
    or Ctrl-C too, removes the temporary file the rows went to. Sheets appear in the order made."""

    def __init__(self) -> None:
        try:  # every sheet's rows, one after another; the parts are put together at close
            self.rows: IO[bytes] = tempfile.TemporaryFile(prefix="workplan-xlsx-")  # noqa: SIM115 (closed in __exit__)
        except OSError as e:
            raise OutputError(
                f"无法打开临时文件 (cannot open a temporary file): {e.strerror}; 请检查临时目录 (TMPDIR)"
            ) from None
        self.styles = Styles()
        self.sheets: list[Sheet] = []
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

    def sheet(self, title: str) -> Sheet:
        """A new sheet; `title` must already be valid and unique (see export.SheetTitles)."""
        made = Sheet(self, title, len(self.sheets) + 1, self.rows.tell())
        self.sheets.append(made)
        return made

    def close(self) -> bytes:
        """The workbook's bytes: its parts in the order Excel writes them."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:

            def put(name: str, text: str) -> None:
                book.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode(), zipfile.ZIP_DEFLATED)

            ends = [s.start for s in self.sheets[1:]] + [self.rows.tell()]
            put("[Content_Types].xml", self.content_types())
            put("_rels/.rels", relations([(f"{RELATIONS}/officeDocument", "xl/workbook.xml")]))
            put("xl/workbook.xml", self.workbook())
            put(
                "xl/_rels/workbook.xml.rels",
                relations(
                    [(f"{RELATIONS}/worksheet", f"worksheets/sheet{s.number}.xml") for s in self.sheets]
                    + [(f"{RELATIONS}/styles", "styles.xml")]
                ),
            )
            put("xl/styles.xml", self.styles.xml())
            for sheet, end in zip(self.sheets, ends, strict=True):
                sheet.store(book, end)
        return buffer.getvalue()

    def content_types(self) -> str:
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        parts = [("/xl/workbook.xml", f"{kind}.sheet.main+xml"), ("/xl/styles.xml", f"{kind}.styles+xml")]
        parts += [(f"/xl/worksheets/sheet{s.number}.xml", f"{kind}.worksheet+xml") for s in self.sheets]
        return (
            f'{XML_HEAD}<Types xmlns="{PACKAGE}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in parts)
            + "</Types>"
        )

    def workbook(self) -> str:
        names = sorted(
            (name, s.number - 1, s.title, value) for s in self.sheets for name, value in s.defined_names()
        )
        defined = "".join(
            f'<definedName name="_xlnm.{name}" localSheetId="{i}"'
            + (' hidden="1"' if name == "_FilterDatabase" else "")
            + f">{escaped(quoted_sheet(title))}!{value}</definedName>"
            for name, i, title, value in names
        )
        return (
            f'{XML_HEAD}<workbook xmlns="{NAMESPACE}" xmlns:r="{RELATIONS}">'
            '<workbookPr/><bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" '
            'windowHeight="9660"/></bookViews><sheets>'
            + "".join(
                f'<sheet name="{attribute(s.title)}" sheetId="{s.number}" r:id="rId{s.number}"/>'
                for s in self.sheets
            )
            + "</sheets>"
            + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )

    def __enter__(self) -> Book:
        self.signals = signals_raise()  # SIGTERM/SIGHUP unwind through __exit__, as Ctrl-C does
        self.signals.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        try:
            self.rows.close()  # a temporary file: closing it removes it
        finally:
            self.signals.__exit__(kind, error, trace)
        if isinstance(error, Signalled):  # the handler in force before now decides (by default: exit)
            signal.raise_signal(error.signum)
            raise OutputError(f"写入被信号中断 (export interrupted by signal {error.signum})") from None


def relations(targets: Sequence[tuple[str, str]]) -> str:
    return (
        f'{XML_HEAD}<Relationships xmlns="{PACKAGE}/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
            for i, (kind, target) in enumerate(targets, start=1)
        )
        + "</Relationships>"
    )


class Sheet:
    """One worksheet, written row by row from the top into the book's row file."""

    def __init__(self, book: Book, title: str, number: int, start: int) -> None:
        self.book, self.title, self.number, self.start = book, title, number, start
        self.widths: list[tuple[float, bool]] = []
        self.last_row = self.last_column = 0
        self.frozen, self.filtered = False, ""  # the filter's range
        self.merged: list[str] = []
        self.validations: list[str] = []
        self.page = ""

    def columns(self, widths: Sequence[float], hidden: Iterable[int] = ()) -> None:
        """Column widths as stored in the file, in units of the default font's digit (7 px); `hidden`
        ones keep their width for whoever shows them again."""
        shut = set(hidden)
        self.widths = [(round(w * DIGIT_PX), i in shut) for i, w in enumerate(widths)]

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
        if n > SHEET_ROWS:
            raise OutputError(
                f"工作表 {self.title} 超过 Excel 的 {SHEET_ROWS} 行 (sheet {self.title} has more rows than "
                "Excel allows); 请用 --unit 分单位导出, 或导出 CSV/JSON"
            )
        formats, text, style = number_formats or {}, self.book.text, self.book.styles.index
        values = [text(v) if isinstance(v, str) else v for v in values]
        cells = [f'<row r="{n}" ht="{points(height(values))}" customHeight="1">']
        for c, (value, look) in enumerate(zip(values, looks, strict=True)):
            where, shape = f"{column_letters(c)}{n}", formats.get(c) if formats else None
            if isinstance(value, str) and value:
                s = style(look, value.startswith(FORMULA_START), shape)
                cells.append(f'<c r="{where}" s="{s}" t="inlineStr">{inline_string(value)}</c>')
            elif value is None or value == "":
                cells.append(f'<c r="{where}" s="{style(look, False, shape)}"/>')
            elif numberless(value):  # (NaN, a date before 1900-03-01: no number Excel reads, the text)
                cells.append(
                    f'<c r="{where}" s="{style(look, False, shape)}" t="inlineStr">{inline_string(str(value))}</c>'
                )
            elif isinstance(value, numbers.Real) and not isinstance(value, bool):
                cells.append(f'<c r="{where}" s="{style(look, False, shape)}"><v>{value:.16G}</v></c>')
            elif isinstance(value, datetime.date):
                shape = shape or (None if "num_format" in LOOKS[look] else ISO_DATE)
                cells.append(f'<c r="{where}" s="{style(look, False, shape)}"><v>{serial(value)}</v></c>')
            else:
                raise TypeError(f"no XLSX cell for {type(value).__name__}")
        cells.append("</row>")
        self.book.rows.write("".join(cells).encode())
        self.last_row, self.last_column = n, max(self.last_column, len(values))

    def title_row(self, text: str, span: int, height: Callable[[str], float]) -> None:
        """Row 1: a title across `span` columns (a form's heading), `height(text)` points tall."""
        self.row(1, [text] + [None] * (span - 1), [TITLE] * span, lambda cells: height(cells[0]))
        self.merged.append(f"A1:{column_letters(span - 1)}1")

    def table_furniture(self, columns: int, rows: int) -> None:
        """The header row frozen, filtered and repeated on every printed page."""
        self.frozen = True
        self.filtered = f"A1:{column_letters(columns - 1)}{rows + 1}"

    def pick_list(self, column: int, first: int, last: int, choices: Sequence[str], title: str) -> None:
        """A drop-down on rows first..last (1-based) of a column; another value is warned, not refused."""
        first, last = min(first, last), max(first, last)
        letters, listed = column_letters(column), ",".join(choices).replace('"', '""')
        message = "请从下拉列表中选择 (choose from the list): " + "、".join(choices)
        self.validations.append(
            f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" '
            f'showErrorMessage="1" errorTitle="{attribute(title)}" error="{attribute(message)}" '
            f'sqref="{letters}{first}:{letters}{last}"><formula1>"{escaped(listed)}"</formula1></dataValidation>'
        )

    def print_setup(self, landscape: bool, pages_tall: int, headings: Sequence[str] = ()) -> None:
        """A4, narrow margins, centred, page numbers in the footer, in the header the first of
        `headings` that fits (see page_header). Fit to one page wide only shrinks where the office
        suite's font is wider than planned; the height bound is one page per row, which never binds (0,
        "as needed", makes LibreOffice shrink the text)."""
        header = f"<oddHeader>{excel_text('&C' + page_header(*headings))}</oddHeader>" if headings else ""
        self.page = (
            '<printOptions horizontalCentered="1"/>'
            f'<pageMargins left="{MARGIN}" right="{MARGIN}" top="0.7" bottom="0.7" header="{MARGIN}" '
            f'footer="{MARGIN}"/><pageSetup paperSize="{A4}"'
            + (f' fitToHeight="{pages_tall}"' if pages_tall != 1 else "")
            + f' orientation="{"landscape" if landscape else "portrait"}"/>'
            f"<headerFooter>{header}<oddFooter>{excel_text('&C第 &P 页 / 共 &N 页')}</oddFooter></headerFooter>"
        )

    def defined_names(self) -> list[tuple[str, str]]:
        """The workbook's names this sheet needs: its filter's range, and the rows printed on every page."""
        if not self.filtered:
            return []
        first, last = self.filtered.split(":")
        absolute = re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", f"{first}:{last}")
        return [("_FilterDatabase", absolute), ("Print_Titles", "$1:$1")]

    def store(self, book: zipfile.ZipFile, end: int) -> None:
        """The sheet's part: what the calls set, around the rows written (start..end of the row file)."""
        corner = f"{column_letters(max(self.last_column, 1) - 1)}{max(self.last_row, 1)}"
        view = (
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft"/>'
            if self.frozen
            else ""
        )
        selected = ' tabSelected="1"' if self.number == 1 else ""
        head = (
            f'{XML_HEAD}<worksheet xmlns="{NAMESPACE}" xmlns:r="{RELATIONS}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            f'<dimension ref="{"A1" if corner == "A1" else "A1:" + corner}"/>'
            f'<sheetViews><sheetView{selected} workbookViewId="0"'
            + (f">{view}</sheetView>" if view else "/>")
            + '</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            + self.cols()
            + "<sheetData>"
        )
        tail = (
            "</sheetData>"
            + (f'<autoFilter ref="{self.filtered}"/>' if self.filtered else "")
            + (
                f'<mergeCells count="{len(self.merged)}">'
                + "".join(f'<mergeCell ref="{m}"/>' for m in self.merged)
                + "</mergeCells>"
                if self.merged
                else ""
            )
            + (
                f'<dataValidations count="{len(self.validations)}">{"".join(self.validations)}</dataValidations>'
                if self.validations
                else ""
            )
            + self.page
            + "</worksheet>"
        )
        top, bottom = head.encode(), tail.encode()
        size = len(top) + end - self.start + len(bottom)
        entry = zipfile.ZipInfo(f"xl/worksheets/sheet{self.number}.xml", FIXED_TIME)
        entry.compress_type, entry.file_size = zipfile.ZIP_DEFLATED, size  # (zipfile decides on ZIP64 by it)
        with book.open(entry, "w") as part:
            part.write(top)
            rows = self.book.rows
            rows.seek(self.start)
            left = end - self.start
            while left:
                chunk = rows.read(min(left, 1 << 20))
                part.write(chunk)
                left -= len(chunk)
            part.write(bottom)
        rows.seek(0, io.SEEK_END)

    def cols(self) -> str:
        """The `<cols>` element: equal neighbours in one range, as Excel writes them."""
        if not self.widths:
            return ""
        spans: list[list[Any]] = []
        for i, (px, hidden) in enumerate(self.widths):
            if spans and spans[-1][2:] == [px, hidden] and spans[-1][1] == i - 1:
                spans[-1][1] = i
            else:
                spans.append([i, i, px, hidden])
        return (
            "<cols>"
            + "".join(
                f'<col min="{a + 1}" max="{b + 1}" width="{(px * 256 // DIGIT_PX) / 256:.16g}"'
                + (' hidden="1"' if hidden else "")
                + ' customWidth="1"/>'
                for a, b, px, hidden in spans
            )
            + "</cols>"
        )


def numberless(value: Any) -> bool:
    """A number or date Excel has no number for: not finite, or a day before its calendar's first."""
    if isinstance(value, datetime.date):
        return value < FIRST_DAY
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not math.isfinite(value)


def serial(day: datetime.date) -> int:
    """A date as Excel's day number (1900 date system, with its leap day 1900-02-29)."""
    days = (day - EPOCH).days
    return days + 1 if days > 59 else days
