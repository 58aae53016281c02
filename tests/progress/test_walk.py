"""Issue 15's month, at the library level: export the 台账, units fill it in, the office reads it back,
stores it, lights it on 6-25, lists the overdue on 7-01 and writes the 通报."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from workplan.api import import_ledger as import_file
from workplan.corpus import Corpus, Selection
from workplan.errors import DataError
from workplan.model import Role, Status
from workplan.progress.bulletin import bulletin, to_markdown, to_xlsx
from workplan.progress.ledger_read import make_update, read_ledger
from workplan.progress.status import TOTAL, Light, status_rows
from workplan.progress.store import Source, Store

from .conftest import fill

D = datetime.date
IMPORTED_ON = D(2020, 6, 20)  # the date of rows without a 填报日期
# (编号, lead unit) → what the units write; every other row is left empty
REPORTS = {
    "2.6": {"完成情况": "消费券已发放", "进展状态": "已完成"},
    "2.7": {"完成情况": "进博会对接中", "进展状态": "推进中"},
    "2.1": {"完成情况": "框架初稿", "进展状态": "in progress"},
    "G4": {"完成情况": "街区已开街", "进展状态": "已办结", "填报日期": "2020年6月28日"},
    "4.2": {"完成情况": "全部完成", "进展状态": "done", "填报日期": D(2020, 7, 1)},
}
ON_UNIT_SHEET = ("区教育局", "5.1", {"完成情况": "返校推迟", "进展状态": "滞后"})


@pytest.fixture()
def returned(ledger_copy: Callable[[str], Path]) -> Path:
    path = ledger_copy(".xlsx")
    wb = openpyxl.load_workbook(path)
    fill(wb["台账"], 1, REPORTS)
    sheet, rid, values = ON_UNIT_SHEET
    fill(wb[sheet], 1, {rid: values})
    wb.save(path)
    return path


def lights(corpus: Corpus, store: Store, as_of: datetime.date) -> dict[tuple[str, str], Light]:
    rows = status_rows(corpus, store.updates(), as_of)
    return {(r.id, r.unit): r.light for r in rows if r.role is not Role.support}


def test_the_month(corpus: Corpus, returned: Path, tmp_path: Path) -> None:
    read = read_ledger(returned, corpus, IMPORTED_ON)
    assert read.bad == []
    with Store(tmp_path / "progress.db") as store:
        added = store.add(store.changed(read.updates))
        # 2.1 has three lead units: its one row reports for each
        assert len(added) == 4 + 3 + 1
        every = {(r.id, u) for r in corpus.records for u in r.lead_units}

        on_0625 = dict.fromkeys(every, Light.grey)
        on_0625 |= {
            ("2.6", "区商务委"): Light.green,  # done
            ("2.7", "区商务委"): Light.yellow,  # in progress, 5 days left
            ("5.1", "区教育局"): Light.yellow,  # delayed
            # G4's done is dated 6-28 and 4.2's 7-01: not yet known on 6-25
        }
        on_0625 |= {("2.1", u): Light.yellow for u in ("区政府办公室", "区发展改革委", "区财政局")}
        assert lights(corpus, store, D(2020, 6, 25)) == on_0625

        on_0701 = lights(corpus, store, D(2020, 7, 1))
        done = {("2.6", "区商务委"), ("G4", "区商务委"), ("4.2", "区人力资源社会保障局")}
        assert {key for key, light in on_0701.items() if light is Light.red} == every - done
        assert all(on_0701[key] is Light.green for key in done)

        # the same file again adds nothing
        assert store.add(store.changed(read_ledger(returned, corpus, IMPORTED_ON).updates)) == []
        assert store.count() == len(added)


def test_one_unknown_id_refuses_the_file(corpus: Corpus, returned: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(returned)
    row = fill(wb["台账"], 1, {"2.7": {"编号": "9.9"}})["2.7"]
    wb.save(returned)
    read = read_ledger(returned, corpus, IMPORTED_ON)
    assert len(read.bad) == 1
    assert read.bad[0].startswith(f"{returned}:台账:{row}: 没有这一项 (no record '9.9')")
    db = tmp_path / "progress.db"
    with pytest.raises(DataError) as refused:
        import_file(corpus, returned, as_of=IMPORTED_ON, db=db)
    assert refused.value.problems == read.bad
    assert not db.exists()  # nothing written: not even a store made
    kept = import_file(corpus, returned, as_of=IMPORTED_ON, skip_bad=True, db=db)
    assert ("2.7", "区商务委") not in {(u.id, u.unit) for u in kept}
    assert len(kept) == len(read.updates)


def test_the_bulletin_rates_are_the_hand_count(corpus: Corpus, returned: Path, tmp_path: Path) -> None:
    as_of = D(2020, 7, 1)
    with Store(tmp_path / "progress.db") as store:
        store.add(store.changed(read_ledger(returned, corpus, IMPORTED_ON).updates))
        b = bulletin(status_rows(corpus, store.updates(), as_of), as_of)
    units = {u.unit: u for u in b.units}
    # 区商务委 leads 2.3, 2.6, 2.7 and G4: 2.6 done 6-20 and G4 done 6-28 (on time), 2.3 and 2.7 open
    commerce = units["区商务委"]
    assert (commerce.items, commerce.done_on_time, commerce.done_late, commerce.overdue) == (4, 2, 0, 2)
    assert commerce.rate == 2 / 4
    # 区人力资源社会保障局 leads 3.3, 4.2, G2 and G3: 4.2 done on 7-01, a day late
    labour = units["区人力资源社会保障局"]
    assert (labour.items, labour.done_on_time, labour.done_late, labour.overdue) == (4, 0, 1, 3)
    assert labour.rate == 0.0
    rows = sum(len(r.lead_units) for r in corpus.records)
    assert (b.total.unit, b.total.items, b.total.done_on_time, b.total.done_late) == (TOTAL, rows, 2, 1)
    assert b.total.overdue == rows - 3
    assert b.total.rate == 2 / rows
    assert len(b.overdue) == rows - 3

    markdown = to_markdown(b)
    assert "| 区商务委 | 4 | 2 | 0 | 0 | 2 | 4 | 50.0% | 0 | 0 |" in markdown
    assert f"按期办结率 {2 / rows * 100:.1f}%" in markdown
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(b)))["各单位"]
    cells = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert cells["区商务委"] == ("区商务委", 4, 2, 0, 0, 2, 4, 0.5, 0, 0)  # a number, shown as 50.0%
    row = next(r for r in sheet.iter_rows() if r[0].value == "区商务委")
    assert row[7].number_format == "0.0%"


def test_a_passed_milestone_without_a_report_is_watched(corpus: Corpus, tmp_path: Path) -> None:
    """5.1 says 4月27日 and 5月6日前: on 5月3日 the first has passed unreported (yellow, under a week);
    on 5月10日 it is red and `overdue` lists it by that milestone; a report after the milestones lets the
    next one be watched; a done item is never lit by a milestone."""
    from workplan.progress.tracking import given, overdue, status

    only = Selection(unit="区教育局")
    (row,) = status(corpus, given([]), only, D(2020, 5, 3))
    assert row.light is Light.yellow and row.missed and row.milestone and row.milestone.phrase == "4月27日"
    (late,) = overdue(corpus, given([]), only, D(2020, 5, 10))
    assert late.light is Light.red and late.to_json()["milestone"]["missed"] is True
    report = make_update(corpus, "5.1", "区教育局", Status.in_progress, D(2020, 4, 28), "", None, Source())
    (row,) = status(corpus, given([report]), only, D(2020, 5, 3))
    assert (
        row.milestone and row.milestone.phrase == "5月6日前" and not row.missed and row.light is not Light.red
    )
    assert overdue(corpus, given([report]), only, D(2020, 5, 3)) == []
    done = make_update(corpus, "5.1", "区教育局", Status.done, D(2020, 4, 20), "", None, Source())
    (row,) = status(corpus, given([done]), only, D(2020, 5, 20))
    assert row.light is Light.green and not row.missed


def test_whom_to_chase(corpus: Corpus) -> None:
    """催报: the rows not done whose unit has said nothing on the item since the day asked about."""
    from workplan.cli.testing import invoke
    from workplan.progress.tracking import given, missing

    mine = Selection(unit="区商务委")
    old = make_update(corpus, "2.6", "区商务委", Status.in_progress, D(2020, 5, 20), "", None, Source())
    new = make_update(corpus, "2.7", "区商务委", Status.in_progress, D(2020, 6, 5), "", None, Source())
    done = make_update(corpus, "G4", "区商务委", Status.done, D(2020, 5, 1), "", None, Source())
    chase = missing(corpus, given([old, new, done]), D(2020, 6, 1), mine, D(2020, 6, 20))
    assert [r.id for r in chase] == ["2.3", "2.6"]  # 2.7 reported since, G4 is done
    both = invoke("status", "--missing", "2020-06-01", "--light", "red")
    assert both.exit_code == 2 and "--missing" in both.stderr
