"""Word documents as a government office issues them (GB/T 9704): A4 with its margins, a 宋体 title,
黑体 headings, 仿宋 三号 text, bordered tables in 宋体 小五 whose header row repeats on every page and
whose rows never split, page numbers — the one Word writer (the 通报 is its user; what it says is
decided in `progress.bulletin`)."""

from __future__ import annotations

import datetime
import io
import re
import secrets
import zipfile
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from .xlsx import xml_safe

BODY_FONT, HEADING_FONT, TITLE_FONT, TABLE_FONT = "仿宋", "黑体", "宋体", "宋体"
BODY_PT, TITLE_PT, TABLE_PT = 16, 22, 9  # 三号, 二号, 小五


class OfficialDocument:
    """A document built paragraph by paragraph and table by table, then saved as .docx bytes."""

    def __init__(self) -> None:
        from docx import Document
        from docx.shared import Cm, Pt

        self.doc = Document()
        self.rows: list[list[str]] = []  # each table's copied rows as XML, put in place when saved
        self.token = secrets.token_hex(8)  # in the rows' place marks: no text of the data can forge one
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        page_number(section.footer)
        set_font(self.doc.styles["Normal"], BODY_FONT, Pt(BODY_PT))

    def paragraph(
        self, text: str, font: str, size: float, centred: bool = False, indent: bool = False
    ) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        set_font(p.add_run(xml_safe(text)), font, Pt(size))

    def title(self, text: str) -> None:
        self.paragraph(text, TITLE_FONT, TITLE_PT, centred=True)

    def heading(self, text: str) -> None:
        self.paragraph(text, HEADING_FONT, BODY_PT, indent=True)

    def text(self, text: str, centred: bool = False, indent: bool = False) -> None:
        self.paragraph(text, BODY_FONT, BODY_PT, centred=centred, indent=indent)

    def table(
        self,
        headers: list[str],
        rows: list[list[Any]],
        cm: list[float],
        centred: Iterable[int],
        year: int,
        bold_last: bool = False,
    ) -> None:
        """A bordered table in 宋体 小五 with fixed column widths, dates of `year` written 6月30日. The header
        and one row are made through python-docx; every other row is that row's XML as text with its
        cells' texts put in, written into the saved document (a run's font set through python-docx for
        each of 300,000 cells took 65 s; a tree of 38,000 copied rows held 1.4 GB)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm

        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.autofit = False
        for width, column in zip(cm, table.columns, strict=True):
            column.width = Cm(width)
        middle = set(centred)
        fill(next(iter(table.rows)), headers, cm, middle, year, header=True)
        if not rows:
            return
        fill(
            template := table.add_row(), [CELL_MARK.format(k) for k in range(len(headers))], cm, middle, year
        )
        tr = template._tr
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # as `repeat_headers` gives every row
        pieces = row_pieces(tr)
        plain = rows[:-1] if bold_last else rows
        self.rows.append(
            [row_xml(pieces, [xml_safe(cell_text(v, year)) for v in values]) for values in plain]
        )
        for k, t in enumerate(tr.iter(qn("w:t"))):  # the row stays as the place the rows are put in
            t.text = rows_mark(self.token, len(self.rows) - 1) if k == 0 else ""
        if bold_last:
            fill(table.add_row(), rows[-1], cm, middle, year, bold=True)

    def bytes(self) -> bytes:
        repeat_headers(self.doc)
        buf = io.BytesIO()
        self.doc.save(buf)
        return with_rows(buf.getvalue(), self.rows, self.token) if self.rows else buf.getvalue()


CELL_MARK = "\ue000{}\ue001"  # a cell's text in the template row (private-use characters: no one's text)
CELL_AT = re.compile("\ue000(\\d+)\ue001")
DECLARED = re.compile(r' xmlns:\w+="[^"]*"')  # declared on the document's root: not again in each row


def row_pieces(tr: Any) -> list[str]:
    """The template row's XML as text, parted at its cells' texts: pieces[k] runs up to cell k's text."""
    from lxml import etree

    head, rest = etree.tostring(tr, encoding="unicode").split(">", 1)
    return CELL_AT.split(DECLARED.sub("", head) + ">" + rest)[::2]


def row_xml(pieces: list[str], texts: list[str]) -> str:
    """One row's XML: the template's pieces with each cell's run content as python-docx writes it."""
    out = [pieces[0].removesuffix("<w:t>")]
    for text, piece in zip(texts, pieces[1:], strict=True):
        out += [run_content(text), piece.removeprefix("</w:t>").removesuffix("<w:t>")]
    return "".join(out)


BREAKS = re.compile("([\t\n\r])")
BREAK_XML = {"\t": "<w:tab/>", "\n": "<w:br/>", "\r": "<w:br/>"}


def run_content(text: str) -> str:
    """A run's content as python-docx's `Run.text` writes it: each tab or line break an element of its
    own, the texts between them in <w:t>, spaces that open or close one kept (xml:space)."""
    out = []
    for piece in BREAKS.split(text):
        if piece in BREAK_XML:
            out.append(BREAK_XML[piece])
        elif piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


def rows_mark(token: str, table: int) -> str:
    """The text that marks the place of a table's rows in the saved document.xml."""
    return f"\ue002{token}-{table}\ue003"


def with_rows(docx: bytes, rows: list[list[str]], token: str) -> bytes:
    """The saved document with each table's rows written where its placeholder row stands."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename != "word/document.xml":
                zout.writestr(info, data)
                continue
            text = data.decode("utf-8")
            with zout.open(info, "w") as sink:
                done = 0
                for k, table in enumerate(rows):
                    at = text.index(rows_mark(token, k))
                    start = max(text.rfind("<w:tr>", 0, at), text.rfind("<w:tr ", 0, at))
                    sink.write(text[done:start].encode("utf-8"))
                    for row in table:
                        sink.write(row.encode("utf-8"))
                    done = text.index("</w:tr>", at) + len("</w:tr>")
                sink.write(text[done:].encode("utf-8"))
    return out.getvalue()


def fill(
    row: Any,
    values: list[Any],
    cm: list[float],
    middle: set[int],
    year: int,
    header: bool = False,
    bold: bool = False,
) -> None:
    """One table row's cells through python-docx: width, alignment (the header and `middle` columns
    centred) and a run in 宋体 小五, bold in the header or where asked."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    for i, (cell, value, width) in enumerate(zip(row.cells, values, cm, strict=True)):
        cell.width = Cm(width)
        p = cell.paragraphs[0]
        if header or i in middle:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(xml_safe(cell_text(value, year))), TABLE_FONT, Pt(TABLE_PT), header or bold)


def cell_text(value: Any, year: int) -> str:
    """A cell's text: a date of `year` as 6月30日, another year's in full."""
    if isinstance(value, datetime.date):
        return f"{value.month}月{value.day}日" if value.year == year else value.isoformat()
    return str(value)


def set_font(target: Any, name: str, size: Any, bold: bool = False) -> None:
    """A run's or style's font, for Chinese text too: Word takes CJK characters from the eastAsia font,
    which python-docx's `font.name` does not set."""
    from docx.oxml.ns import qn

    target.font.name, target.font.size, target.font.bold = name, size, bold
    fonts = target.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:hint"), "eastAsia")  # quotes “” and dashes in Chinese text take the CJK font too


def repeat_headers(doc: Any) -> None:
    """Every table's first row repeats at the top of each page and no row splits across pages: the
    properties have no python-docx API, so they are set in the document's XML (`Document.element`)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for table in doc.element.body.iter(qn("w:tbl")):
        for n, row in enumerate(table.iter(qn("w:tr"))):
            props = row.get_or_add_trPr()
            props.append(OxmlElement("w:cantSplit"))
            if n == 0:
                props.append(OxmlElement("w:tblHeader"))


def page_number(footer: Any) -> None:
    """— 1 — centred in the footer: a PAGE field, which every word processor fills in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    p.add_run(" —")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer.part.element.findall(qn("w:p"))[0][-1].addprevious(field)  # between the dashes
