"""What units write reaches the bulletin as text: no broken tables, no formulas."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from workplan.api import load
from workplan.corpus import Corpus, Selection
from workplan.loader import shipped_data
from workplan.model import Kind, Status
from workplan.progress.bulletin import SECTIONS, UNIT_HEADERS, bulletin, to_docx, to_markdown, to_xlsx
from workplan.progress.status import status_rows
from workplan.progress.store import Update
from workplan.progress.tracking import given

Q3 = Path(__file__).parent.parent / "fixtures" / "yangpu_2020q3.yaml"
NOTE = '=HYPERLINK("http://x")|第二栏'


def test_notes_are_text_in_both_forms(corpus: Corpus) -> None:
    as_of = datetime.date(2020, 7, 1)
    said = Update("yangpu-2020q2", "2.7", "区商务委", Status.delayed, datetime.date(2020, 6, 29), NOTE)
    b = bulletin(status_rows(corpus, [said], as_of, [corpus.position("2.7")]), as_of)
    [row] = b.overdue
    line = next(x for x in to_markdown(b).splitlines() if x.startswith("| 2.7 "))
    assert line.count(" | ") == 7  # eight cells: the | in the note is escaped
    assert "\\|第二栏" in line
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(b)))["逾期事项"]
    cell = sheet.cell(2, 8)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (NOTE, "s", True)
    assert row.light.value == "red"


def test_items_are_named_by_id_for_one_document_and_by_doc_id_for_several(corpus: Corpus) -> None:
    """Ids repeat across quarters (both plans have a 1.1), so a bulletin over several documents names
    its overdue items DOC:ID, in the table too; one over a single document, however many items, by id."""
    as_of = datetime.date(2020, 10, 1)  # past both quarters' ends: every item nobody reported is overdue
    one = bulletin(status_rows(corpus, [], as_of), as_of)
    assert len({r.id for r in one.overdue}) > 1
    assert [one.ref(r) for r in one.overdue] == [r.id for r in one.overdue]
    both = load([shipped_data(), Q3])
    several = bulletin(status_rows(both, [], as_of), as_of)
    assert {r.document for r in several.overdue} == {d.meta.id for d in both.documents}
    assert [several.ref(r) for r in several.overdue] == [f"{r.document}:{r.id}" for r in several.overdue]
    table = to_markdown(several)
    assert all(f"| {r.document}:{r.id} | {r.title} |" in table for r in several.overdue)


def test_counts_say_what_they_count(corpus: Corpus) -> None:
    """41 项工作 and 84 个牵头责任 (an item with two lead units holds two to account), the 配合 count
    apart, and a 全区合计 row closing the per-unit table, in every form."""
    as_of = datetime.date(2020, 7, 1)
    b = bulletin(status_rows(corpus, [], as_of), as_of, "上海市杨浦区")
    leads = sum(len(r.lead_units) for r in corpus.records)
    assert (b.works, b.total.items) == (len(corpus.records), leads) == (41, 84)
    assert b.total.supported == sum(u.supported for u in b.units) > 0
    markdown = to_markdown(b)
    assert f"共 41 项工作、{leads} 个牵头责任" in markdown
    table = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert table[len(b.units) + 1].startswith(f"| 全区合计 | {leads} |")
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(b)))["各单位"]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[:2] == ["全区合计", leads] and sheet.column_dimensions["A"].width >= 20
    assert sheet.cell(2, 1).border.left.style == "thin" and sheet.print_title_rows == "$1:$1"
    assert bulletin(status_rows(corpus, [], as_of), as_of, "某县").whole == "全县合计"
    assert bulletin(status_rows(corpus, [], as_of), as_of).whole == "合计"


def test_the_word_bulletin_is_a_notice_with_its_tables(corpus: Corpus) -> None:
    """Title, the four parts, the unit table closed by 全区合计 with its header row repeated on every
    page, the overdue list, A4, and a PAGE field in the footer."""
    from docx import Document
    from docx.oxml.ns import qn

    as_of = datetime.date(2020, 7, 1)
    b = bulletin(status_rows(corpus, [], as_of), as_of, "上海市杨浦区")
    doc = Document(io.BytesIO(to_docx(b)))
    text = [p.text for p in doc.paragraphs]
    assert text[0] == "督查通报" and all(any(t.startswith(s) for t in text) for s in SECTIONS)
    units, late = doc.tables
    assert [c.text for c in units.rows[0].cells] == UNIT_HEADERS
    assert units.rows[-1].cells[0].text == "全区合计" and len(units.rows) == len(b.units) + 2
    assert len(late.rows) == len(b.overdue) + 1
    assert all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in doc.tables)
    section = doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    footer = section.footer.part.element
    assert any(f.get(qn("w:instr")) == "PAGE" for f in footer.iter(qn("w:fldSimple")))


def test_the_word_tables_are_written_row_by_row_with_visible_escapes(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`table.rows[n]` lists every row again in python-docx: the bulletin of 50 items led by 54 units
    each took 35 s, and more rows ran past a minute. Its cells escape what a person must not be shown
    raw (RLO reversed a unit's line in Word), as the Markdown does."""
    from docx import Document
    from docx.table import _Rows

    def listed_again(self: _Rows, n: int) -> None:
        raise AssertionError("a row looked up by its number")

    monkeypatch.setattr(_Rows, "__getitem__", listed_again)
    as_of = datetime.date(2020, 7, 1)
    note = "已发放\u202e倒序\x85"
    said = Update("yangpu-2020q2", "2.7", "区商务委", Status.delayed, datetime.date(2020, 6, 29), note)
    written = to_docx(bulletin(status_rows(corpus, [said], as_of, [corpus.position("2.7")]), as_of))
    text = "".join(c.text for t in Document(io.BytesIO(written)).tables for r in t.rows for c in r.cells)
    assert "\u202e" not in text and "\\u202e倒序\\u0085" in text


def test_control_and_bidi_characters_in_a_note_are_visible_escapes_in_markdown(corpus: Corpus) -> None:
    """`cat 通报.md` must not clear a screen or reverse a line: a unit's note with ESC, BEL and RLO is
    written with visible escapes, as the terminal views write it (one rule for every Markdown)."""
    from workplan.export import ledger
    from workplan.export import to_markdown as ledger_markdown

    as_of = datetime.date(2020, 7, 1)
    note = "已发放\x1b[2J\x07\u202e倒序"
    said = Update("yangpu-2020q2", "2.7", "区商务委", Status.delayed, datetime.date(2020, 6, 29), note)
    text = to_markdown(bulletin(status_rows(corpus, [said], as_of, [corpus.position("2.7")]), as_of))
    rows = ledger(corpus, [corpus.record("2.7")], None, progress={said.key: (said.status, note, said.as_of)})
    for markdown in (text, ledger_markdown(corpus, rows, False).decode("utf-8")):
        assert not any(c in markdown for c in "\x1b\x07\u202e")
        assert "\\\\u001b\\[2J" in markdown and "\\\\u202e" in markdown  # [ is written as text too


def test_a_unit_that_only_supports_has_its_bulletin(corpus: Corpus, tmp_path: Path) -> None:
    """Pass 15: `export --bulletin --unit 定海路街道` said "no matching records" (exit 1), though the
    street supports six items through 各街道 and `status --unit` lists them."""
    from workplan import ExportFormat, Selection, export_file

    made = export_file(
        corpus,
        fmt=ExportFormat.markdown,
        selection=Selection(unit="定海路街道"),
        bulletin=True,
        as_of=datetime.date(2020, 7, 1),
        db=tmp_path / "none.db",
    )
    said = made.data.decode()
    assert made.count == 6 and "| 定海路街道 | 0 | 0 | 0 | 0 | 0 | 0 | — | 6 | 0 |" in said
    assert "| 合计 | 0 |" in said and "全区合计" not in said  # one unit's total is no district's (pass 16)


@pytest.mark.parametrize(
    ("selection", "whole"),
    [
        ({"section": "综合经济"}, "合计"),
        ({"kind": Kind.project}, "合计"),
        ({"terms": ("旧改",)}, "合计"),
        ({"documents": ("yangpu-2020q2",)}, "全区合计"),
        ({}, "全区合计"),
    ],
)
def test_the_total_row_is_the_districts_only_when_the_bulletin_is(
    corpus: Corpus, selection: dict[str, Any], whole: str
) -> None:
    """Pass 17: a 通报 of one section, kind, search or leader said 全区合计 over that part's numbers (13
    items against 84); only --unit had been seen to."""
    from workplan.progress.tracking import the_bulletin

    b = the_bulletin(corpus, given([]), Selection(**selection), datetime.date(2020, 7, 1))
    assert b.whole == whole


@pytest.mark.parametrize(
    "values",
    [
        ["区商务委", " 前后有空格 ", "a&b<c>\"d'", "", datetime.date(2020, 6, 30)],
        ["第一行\n第二行", "制表\t分隔", "回车\r\n换行", "\u3000全角空格", datetime.date(2021, 1, 5)],
        ["\ue0000\ue001", "\ue002x-0\ue003", "]]>", "\\u202e", "-"],  # our own marks, written as data
    ],
)
def test_word_rows_written_as_text_are_the_rows_python_docx_writes(values: list[Any]) -> None:
    """A bulletin of 38,000 rows held 1.4 GB as a tree of copied rows: they are written as text into
    the saved document.xml, each as python-docx would write it (fill), down to the byte."""
    import zipfile

    from docx import Document

    from workplan.output.docx import OfficialDocument, fill, repeat_headers

    headers, cm = ["单位", "甲", "乙", "丙", "日期"], [3.0, 2.0, 2.0, 2.0, 2.0]
    ours = OfficialDocument()
    ours.table(headers, [values, list(reversed(values))], cm, [4], 2020, bold_last=True)
    reference = Document(io.BytesIO(OfficialDocument().bytes()))  # the same page, sections and footer
    table = reference.add_table(rows=1, cols=len(headers))
    table.style, table.autofit = "Table Grid", False
    from docx.shared import Cm

    for width, column in zip(cm, table.columns, strict=True):
        column.width = Cm(width)
    fill(next(iter(table.rows)), headers, cm, {4}, 2020, header=True)
    fill(table.add_row(), values, cm, {4}, 2020)
    fill(table.add_row(), list(reversed(values)), cm, {4}, 2020, bold=True)
    repeat_headers(reference)
    buffer = io.BytesIO()
    reference.save(buffer)

    def body(docx: bytes) -> bytes:
        xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")
        return xml[xml.index(b"<w:tbl>") : xml.rindex(b"</w:tbl>")]

    assert body(ours.bytes()) == body(buffer.getvalue())
