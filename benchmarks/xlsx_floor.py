"""The anchor for `workplan export OUT.xlsx`: xlsxwriter in constant-memory mode writing the same cells.

    python benchmarks/xlsx_floor.py RECORDS.json OUT.xlsx

RECORDS.json is `workplan list --json` of the corpus. The workbook holds what the full export holds: a
ledger row of the 14 columns per record, then, when there are at most 300 units, a sheet per unit with
the rows it leads, is responsible for or supports (15 columns: its role added). No layout is computed:
no row heights, widths or print set-up, which is what `workplan export` adds on top.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import xlsxwriter

MAX_UNIT_SHEETS = 300


def cells(r: dict, n: int) -> list[str | int]:
    return [
        n,
        r["ref"],
        r["section"] or "",
        r["title"],
        r["text"],
        "、".join(r["lead_units"] or r["responsible_units"]),
        "、".join(r["support_units"]),
        "、".join(r["lead_leaders"]),
        "、".join(r["support_leaders"]),
        r["deadline"] or "",
        "",
        "",
        "",
        "",
    ]


def main(records_json: Path, out: Path) -> None:
    records = json.loads(records_json.read_text(encoding="utf-8"))
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False})
    ledger = book.add_worksheet("台账")
    for n, r in enumerate(records, start=1):
        for c, value in enumerate(cells(r, n)):
            ledger.write(n, c, value)
    units: dict[str, list[tuple[str, dict]]] = {}
    for r in records:
        for role, key in (
            ("牵头", "lead_unit_ids"),
            ("责任", "responsible_unit_ids"),
            ("配合", "support_unit_ids"),
        ):
            for u in r[key]:
                units.setdefault(u, []).append((role, r))
    if len(units) <= MAX_UNIT_SHEETS:
        for u, rows in units.items():
            sheet = book.add_worksheet(u[:31])
            for n, (role, r) in enumerate(rows, start=1):
                row = cells(r, n)
                row.insert(5, role)
                for c, value in enumerate(row):
                    sheet.write(n, c, value)
    book.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
