"""The anchor for `workplan export OUT.xlsx`: xlsxwriter in constant-memory mode writing the same cells.

    python benchmarks/xlsx_floor.py cells WORKBOOK.xlsx CELLS.json   # once, untimed: what a workbook holds
    python benchmarks/xlsx_floor.py write CELLS.json OUT.xlsx        # the timed anchor

CELLS.json is every sheet of the workbook `workplan export` wrote, as rows of cells, read back with
python-calamine: the cover, the ledger and one sheet per unit. The anchor writes each of those cells,
with one bordered, wrapping format (so an empty cell of the table is written too, as a blank with its
border, as the ledger's are) and each row with a height set. No layout is computed: no line counting
for row heights, no column widths, no print set-up, frozen header or pick list, which is what
`workplan export` adds on top. (An anchor that wrote only the ledger's text cells from `list --json`
wrote a third of the cells the export writes: not the same work.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import xlsxwriter


def cells(workbook: Path, out: Path) -> None:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(workbook))
    sheets = {
        name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names
    }
    out.write_text(json.dumps(sheets, ensure_ascii=False, default=str), encoding="utf-8")


def write(cells_json: Path, out: Path) -> None:
    sheets = json.loads(cells_json.read_text(encoding="utf-8"))
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False})
    look = book.add_format({"border": 1, "text_wrap": True, "valign": "top", "font_size": 10.5})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            sheet.set_row(r, 15.75)
            for c, value in enumerate(row):
                if value == "" or value is None:
                    sheet.write_blank(r, c, None, look)
                elif isinstance(value, (int, float)):
                    sheet.write_number(r, c, value, look)
                else:
                    sheet.write_string(r, c, str(value), look)
    book.close()


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("cells", "write"):
        sys.exit(__doc__)
    (cells if sys.argv[1] == "cells" else write)(Path(sys.argv[2]), Path(sys.argv[3]))
