"""The library's front door covers the supervision loop and files, as a notebook user meets them: every
use case the CLI has is one `workplan.` call (issue 25), and each name stays what it is after use."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import openpyxl
import pytest

import workplan
from tests.importing.helpers import NOTICES
from tests.progress.conftest import fill

D = datetime.date


def test_every_public_name_resolves_and_stays_itself_after_the_modules_load(tmp_path: Path) -> None:
    """A function named like a submodule would be replaced by the module once that module is imported
    (workplan.export was, after its first call): every public name is what it was after a full loop."""
    corpus = workplan.load()
    before = {name: getattr(workplan, name) for name in workplan.__all__}
    workplan.export_file(corpus, tmp_path / "t.xlsx", db=tmp_path / "p.db")
    workplan.export_file(
        corpus, tmp_path / "b.docx", bulletin=True, as_of=D(2020, 7, 1), db=tmp_path / "p.db"
    )
    workplan.status(corpus, db=tmp_path / "p.db")
    assert {name: getattr(workplan, name) for name in workplan.__all__} == before
    assert all(
        callable(before[n]) for n in ("export_file", "import_ledger", "import_notice", "report", "status")
    )


def test_a_month_through_the_library(tmp_path: Path) -> None:
    """台账 out, filled in, read back in one call, lights, and the bulletin: the same answers as the
    command line, with no CLI code copied."""
    corpus, db = workplan.load(), tmp_path / "p.db"
    ledger = tmp_path / "区商务委台账.xlsx"
    made = workplan.export_file(corpus, ledger, selection=workplan.Selection(unit="区商务委"), db=db)
    assert (made.count, made.format.value, ledger.read_bytes()) == (4, "xlsx", made.data)
    with pytest.raises(workplan.OutputError):
        workplan.export_file(corpus, ledger, selection=workplan.Selection(unit="区商务委"), db=db)
    wb = openpyxl.load_workbook(ledger)
    fill(wb.worksheets[1], 1, {"2.6": {"进展状态": "已完成", "填报日期": "6月20日"}})
    wb.save(ledger)
    added = workplan.import_ledger(corpus, ledger, db=db)
    assert [(u.id, u.status.value, u.as_of) for u in added] == [("2.6", "done", D(2020, 6, 20))]
    _, new = workplan.report(corpus, "2.7", "商务委", "推进中", as_of=D(2020, 6, 21), db=db)
    assert new and [u.id for u in workplan.progress_reports(db)] == ["2.6", "2.7"]
    lights = {
        r.id: r.light.value
        for r in workplan.status(corpus, workplan.Selection(unit="区商务委"), D(2020, 6, 25), db)
    }
    assert lights == {"2.3": "grey", "2.6": "green", "2.7": "yellow", "G4": "grey"}
    b = workplan.export_file(corpus, fmt="markdown", bulletin=True, as_of=D(2020, 7, 1), db=db)
    assert b.count == 41 and "共 41 项工作、84 个牵头责任" in b.data.decode("utf-8")
    with pytest.raises(workplan.UsageError, match="--bulletin"):
        workplan.export_file(corpus, tmp_path / "台账.docx", db=db)


def test_a_notice_from_its_path(tmp_path: Path) -> None:
    imported = workplan.import_notice(NOTICES / "roles.txt", doc_id="roles")
    path = tmp_path / "roles.yaml"
    path.write_text(imported.yaml_text, encoding="utf-8")
    assert [d.meta.id for d in workplan.load(path).documents] == ["roles"]
    with pytest.raises(workplan.DataError):
        workplan.import_notice(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    "call",
    [
        lambda c, t: workplan.export_file(c, 5),
        lambda c, t: workplan.export_file(c, t / "b.md", bulletin=True, as_of="2020-07-01"),
        lambda c, t: workplan.export_file(c, t / "q.md", selection="区商务委"),
        lambda c, t: workplan.export_file(None, t / "q.md"),
        lambda c, t: workplan.status(c, as_of="2020-06-25"),
        lambda c, t: workplan.status(None),
        lambda c, t: workplan.report(c, "2.6", "区商务委", "推进中", as_of="x", db=t / "p.db"),
        lambda c, t: workplan.report(c, "2.6", "区商务委", "推进中", percent="50", db=t / "p.db"),
        lambda c, t: workplan.report(c, None, None, None, db=t / "p.db"),
        lambda c, t: workplan.import_ledger(c, None, db=t / "p.db"),
        lambda c, t: workplan.import_ledger(c, b"x.xlsx", db=t / "p.db"),
        lambda c, t: workplan.import_notice(None),
        lambda c, t: workplan.store_reports("abc", db=t / "p.db"),
        lambda c, t: workplan.store_reports([None], db=t / "p.db"),
        lambda c, t: workplan.progress_log(c, ref=5, db=t / "p.db"),
        lambda c, t: workplan.status(c, light="purple", db=t / "p.db"),
        lambda c, t: workplan.missing(c, "2020-06-01", db=t / "p.db"),
    ],
)
def test_arguments_of_the_wrong_type_are_a_usage_error_naming_them(tmp_path: Path, call: object) -> None:
    """A notebook's slip (a date as text, a unit name for a Selection) is the library's UsageError,
    naming the argument, not a TypeError from deep inside; nothing is written."""
    corpus = workplan.load()
    with pytest.raises(workplan.UsageError, match="must be"):
        call(corpus, tmp_path)  # type: ignore[operator]
    assert not (tmp_path / "p.db").exists()


def test_a_notice_given_as_bytes_is_saved_all_or_nothing_and_loads(tmp_path: Path) -> None:
    """What the CLI's import does, as library calls: bytes (stdin) with a name, read against a corpus's
    registries, saved into a folder that does not exist yet, refused over an existing file."""
    raw = (NOTICES / "roles.txt").read_bytes()
    imported = workplan.import_notice(raw, name="roles.txt", doc_id="roles", corpus=workplan.load())
    target = workplan.save_dataset(imported, tmp_path / "new" / "roles.yaml")
    assert [d.meta.id for d in workplan.load(target).documents] == ["roles"]
    with pytest.raises(workplan.OutputError):
        workplan.save_dataset(imported, target)
    assert workplan.save_dataset(imported, target, overwrite=True) == target
    assert workplan.is_address("https://example.org/a.html") and not workplan.is_address(str(target))
    assert json.loads(workplan.json_schema())["type"] == "object"
    assert workplan.shipped_dataset().name == "workplan_2020q2.yaml"


def test_the_rest_of_the_supervision_loop_through_the_library(tmp_path: Path) -> None:
    """A returned 台账 checked before it is stored (no store made by looking), stored in one call, then
    the log, the lights of one colour, what is overdue, whom to chase, and 按期办结率 — each one call."""
    corpus, db = workplan.load(), tmp_path / "p.db"
    ledger = tmp_path / "区商务委台账.xlsx"
    workplan.export_file(corpus, ledger, selection=workplan.Selection(unit="区商务委"), db=db)
    wb = openpyxl.load_workbook(ledger)
    fill(wb.worksheets[1], 1, {"2.6": {"进展状态": "已完成", "填报日期": "6月20日"}})
    wb.save(ledger)
    checked = workplan.check_ledger(corpus, ledger, db=db)
    assert [(u.id, u.status.value) for u in checked.fresh] == [("2.6", "done")] and not db.exists()
    assert [u.id for u in workplan.store_reports(checked.fresh, db)] == ["2.6"]
    assert workplan.store_reports(checked.fresh, db) == []  # stored once
    assert workplan.check_ledger(corpus, ledger, db=db).fresh == []
    workplan.report(corpus, "2.7", "区商务委", "推进中", as_of=D(2020, 6, 21), db=db)
    assert [u.id for u in workplan.progress_log(corpus, unit="商务委", db=db)] == ["2.6", "2.7"]
    assert [u.id for u in workplan.progress_log(corpus, "2.7", db=db)] == ["2.7"]
    assert workplan.progress_log(corpus, since=D(2020, 6, 22), db=db) == []
    mine = workplan.Selection(unit="区商务委")
    green = workplan.status(corpus, mine, D(2020, 6, 25), db, light=workplan.Light.green)
    assert [r.id for r in green] == ["2.6"]
    late = {r.id for r in workplan.overdue(corpus, mine, D(2020, 7, 1), db)}
    assert "2.6" not in late and "2.7" in late
    chase = {r.id for r in workplan.missing(corpus, D(2020, 6, 21), mine, D(2020, 6, 25), db)}
    assert "2.6" not in chase and "2.7" not in chase and "2.3" in chase
    rates = {u.unit: u for u in workplan.completion_rates(corpus, as_of=D(2020, 7, 1), db=db)}
    assert (rates["区商务委"].done_on_time, rates["区商务委"].items) == (1, 4)  # it leads 2.3 2.6 2.7 G4


def test_the_store_file_follows_the_environment_the_caller_gives(tmp_path: Path) -> None:
    assert workplan.progress_db(environ={"WORKPLAN_DB": str(tmp_path / "x.db")}) == tmp_path / "x.db"
    assert workplan.progress_db(tmp_path / "y.db", environ={"WORKPLAN_DB": "z"}) == tmp_path / "y.db"


def test_what_the_cli_takes_for_formats_vocabularies_and_completion_is_at_the_front_door() -> None:
    """The CLI reached into export, vocabulary and corpus for these; a notebook user gets the same from
    `workplan.*`: the format by extension (a contradicting one refused), the options' vocabulary base,
    and completion by the CLI's rule (traditional and full-width typing find the name as written)."""
    import workplan

    assert workplan.export_format("区商务委台账.xlsx", None) is workplan.ExportFormat.xlsx
    with pytest.raises(workplan.UsageError):
        workplan.export_format("区商务委台账.xlsx", "csv")
    assert all(issubclass(v, workplan.Vocabulary) for v in (workplan.Role, workplan.Kind, workplan.Status))
    assert workplan.complete(["区商务委", "区财政局", "区商务委"], "區商") == ["区商务委"]


def test_an_export_over_an_existing_file_is_refused_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal comes first: a 38,000-item 通报 had been made in full (15 s) and then refused."""
    import workplan.progress.bulletin

    def made(*args: object) -> bytes:
        raise AssertionError("the bulletin was made")

    monkeypatch.setattr(workplan.progress.bulletin, "render", made)
    out = tmp_path / "通报.docx"
    out.write_bytes(b"kept")
    with pytest.raises(workplan.OutputError, match="already exists"):
        workplan.export_file(workplan.load(), out, bulletin=True, db=tmp_path / "p.db")
    assert out.read_bytes() == b"kept"


def test_no_writer_of_the_library_stores_a_report_its_readers_would_refuse(tmp_path: Path) -> None:
    """Pass 146: `store_reports` took a note of 100,001 characters (the bound was `progress set`'s and the
    ledgers' only), and every reading after called the store damaged by another program. Refused (exit 2
    from the command line), nothing stored; what was stored reads on."""
    from dataclasses import replace

    from workplan.errors import UsageError

    corpus, db = workplan.load(), tmp_path / "p.db"
    first, _ = workplan.report(corpus, "2.6", "区商务委", "推进中", as_of=D(2020, 6, 20), db=db)
    long = replace(first, note="n" * (workplan.limits.MAX_SCALAR + 1), as_of=D(2020, 6, 21))
    with pytest.raises(UsageError, match="完成情况长"):
        workplan.store_reports([long], db)
    with pytest.raises(UsageError, match="单位长"):  # (what the reader refuses, every text: pass 147)
        workplan.store_reports([replace(first, unit="区" * (workplan.limits.MAX_SCALAR + 1))], db)
    assert [u.note for u in workplan.progress_log(corpus, db=db)] == [first.note]
