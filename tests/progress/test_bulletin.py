"""What units write reaches the bulletin as text: no broken tables, no formulas."""

from __future__ import annotations

import datetime
import io

import openpyxl

from workplan.corpus import Corpus
from workplan.model import Status
from workplan.progress.bulletin import bulletin, to_markdown, to_xlsx
from workplan.progress.status import status_rows
from workplan.progress.store import Update

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
