"""What units write reaches the bulletin as text: no broken tables, no formulas."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import openpyxl

from workplan.api import load
from workplan.corpus import Corpus
from workplan.loader import shipped_data
from workplan.model import Status
from workplan.progress.bulletin import bulletin, to_markdown, to_xlsx
from workplan.progress.status import status_rows
from workplan.progress.store import Update

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
