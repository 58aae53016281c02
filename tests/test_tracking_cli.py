"""Issue 15's month through the installed command, as the supervision office runs it: export the 台账,
units fill it in (openpyxl, as Excel would), progress import, status and overdue, the bulletin."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.progress.conftest import fill
from tests.test_process import EXE
from workplan import limits

FILLED = {
    "2.6": {"完成情况": "消费券已发放", "进展状态": "已完成"},
    "2.7": {"完成情况": "进博会对接中", "进展状态": "推进中"},
    "G4": {"完成情况": "街区已开街", "进展状态": "已办结", "填报日期": "2020年6月28日"},
}


def wp(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKPLAN_DB": str(db)}
    env.pop("WORKPLAN_DATA", None)
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=120)


def ok(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.startswith(("[", "{")) else done.stdout


@pytest.fixture()
def month(tmp_path: Path) -> tuple[Path, Path]:
    db, ledger = tmp_path / "progress.db", tmp_path / "区商务委台账.xlsx"
    ok(wp("export", str(ledger), "--unit", "区商务委", db=db))
    wb = openpyxl.load_workbook(ledger)
    fill(wb.worksheets[1], 1, FILLED)  # the unit's ledger sheet, after the cover
    wb.save(ledger)
    return db, ledger


def test_the_month_through_the_command_line(month: tuple[Path, Path]) -> None:
    db, ledger = month
    added = ok(wp("progress", "import", str(ledger), "--date", "2020-06-20", "--json", db=db))
    assert sorted((u["id"], u["status"]) for u in added) == [
        ("2.6", "done"),
        ("2.7", "in_progress"),
        ("G4", "done"),
    ]

    lit = ok(wp("status", "--as-of", "2020-06-25", "--unit", "区商务委", "--json", db=db))
    assert {(r["id"], r["status"], r["light"]) for r in lit} == {
        ("2.3", None, "grey"),
        ("2.6", "done", "green"),
        ("2.7", "in_progress", "yellow"),  # 5 days left
        ("G4", None, "grey"),  # its report is dated 6-28
    }
    assert all({"document", "id", "unit", "deadline", "status", "reported", "light"} <= set(r) for r in lit)

    red = ok(wp("overdue", "--as-of", "2020-07-01", "--json", db=db))
    red_ids = {(r["id"], r["unit"]) for r in red}
    assert ("2.7", "区商务委") in red_ids and ("2.3", "区商务委") in red_ids
    assert ("2.6", "区商务委") not in red_ids and ("G4", "区商务委") not in red_ids
    assert all(r["light"] == "red" for r in red)

    again = wp("progress", "import", str(ledger), "--date", "2020-06-20", "--json", db=db)
    assert again.returncode == 0 and json.loads(again.stdout) == []  # nothing new is no failure
    assert "没有新的进展" in again.stderr or "3 条已有" in again.stderr
    assert count(db) == 3

    log = ok(wp("progress", "log", "2.6", "--json", db=db))
    assert [(u["unit"], u["status"], u["as_of"]) for u in log] == [("区商务委", "done", "2020-06-20")]


def test_an_unknown_id_refuses_the_whole_file(month: tuple[Path, Path]) -> None:
    db, ledger = month
    wb = openpyxl.load_workbook(ledger)
    ws = wb.worksheets[1]
    rows = fill(ws, 1, {"2.7": {"编号": "9.9"}})
    wb.save(ledger)
    done = wp("progress", "import", str(ledger), db=db)
    assert done.returncode == 3
    assert f"{ledger}:{ws.title}:{rows['2.7']}:" in done.stderr and "9.9" in done.stderr
    assert not db.exists() or count(db) == 0


def test_the_bulletin_rates_match_a_hand_count(month: tuple[Path, Path], tmp_path: Path) -> None:
    db, ledger = month
    ok(wp("progress", "import", str(ledger), "--date", "2020-06-20", db=db))
    rates = {u["unit"]: u for u in ok(wp("stats", "--progress", "--as-of", "2020-07-01", "--json", db=db))}
    commerce = rates["区商务委"]
    # 区商务委 leads 2.3, 2.6, 2.7, G4: 2.6 and G4 done on time, 2.3 and 2.7 overdue on 7-01
    assert (commerce["items"], commerce["done_on_time"], commerce["overdue"]) == (4, 2, 2)
    assert commerce["on_time_rate"] == 0.5
    out = tmp_path / "通报.md"
    ok(wp("export", str(out), "--bulletin", "--as-of", "2020-07-01", db=db))
    assert "| 区商务委 | 4 | 2 | 0 | 0 | 2 | 4 | 50.0% | 0 | 0 |" in out.read_text(encoding="utf-8")


def count(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return int(c.execute("SELECT count(*) FROM updates").fetchone()[0])


def test_a_word_file_is_the_bulletin_and_not_a_ledger(tmp_path: Path) -> None:
    """`export 通报.docx --bulletin` writes the Word bulletin and says how many items it covers; a
    ledger asked for as .docx is refused (exit 2) before anything is written."""
    db = tmp_path / "progress.db"
    refused = wp("export", str(tmp_path / "台账.docx"), db=db)
    assert refused.returncode == 2 and "--bulletin" in refused.stderr
    assert not (tmp_path / "台账.docx").exists()
    out = tmp_path / "通报.docx"
    done = wp("export", str(out), "--bulletin", "--as-of", "2020-07-01", db=db)
    assert done.returncode == 0 and "41 项" in done.stderr, done.stderr
    assert out.read_bytes().startswith(b"PK") and not db.exists()  # reading never creates the store


def test_the_log_of_a_unit_since_a_date(tmp_path: Path) -> None:
    """`progress log` with no ID is every record's history; --unit (as typed: 商务委) and --since narrow
    it, and combine with an ID; nothing found exits 1, as every query does."""
    db = tmp_path / "progress.db"
    said = [
        ("2.6", "区商务委", "2020-06-10"),
        ("2.7", "区商务委", "2020-06-20"),
        ("2.1", "区发展改革委", "2020-06-20"),
    ]
    for ref, unit, day in said:
        ok(wp("progress", "set", ref, "-u", unit, "--status", "推进中", "--date", day, db=db))

    def log(*args: str) -> list[tuple[str, str, str]]:
        return [(u["id"], u["unit"], u["as_of"]) for u in ok(wp("progress", "log", *args, "--json", db=db))]

    assert log() == [(r, u, d) for r, u, d in said]
    assert log("--unit", "商务委") == said[:2]
    assert log("--since", "2020-06-15") == said[1:]
    assert log("-u", "区商务委", "--since", "2020-06-15") == [said[1]]
    assert log("2.7", "--since", "2020-06-15") == [said[1]]
    assert wp("progress", "log", "2.6", "--since", "2020-06-15", db=db).returncode == 1


def test_an_office_teaches_its_own_status_words(tmp_path: Path) -> None:
    """A data folder's 状态词.yaml maps what its units write to a status: with it, 已落实 imports as
    done; without it, the same file is refused naming the word; a bad table is one line, exit 3; the
    file is never read as a plan (validate and list see the one plan)."""
    import shutil

    from workplan.loader import shipped_data

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(shipped_data(), data)
    db, ledger = tmp_path / "progress.db", tmp_path / "区商务委台账.xlsx"
    ok(wp("export", str(ledger), "--unit", "区商务委", db=db))
    wb = openpyxl.load_workbook(ledger)
    fill(wb.worksheets[1], 1, {"2.6": {"进展状态": "已落实。", "完成情况": "消费券已发放"}})
    wb.save(ledger)
    unknown = wp("--data", str(data), "progress", "import", str(ledger), db=db)
    assert unknown.returncode == 3 and "已落实" in unknown.stderr
    (data / "状态词.yaml").write_text("已落实: 已完成\n有序推进: in_progress\n", encoding="utf-8")
    assert len(ok(wp("--data", str(data), "list", "--json", db=db))) == 41
    assert ok(wp("validate", str(data), db=db))
    added = ok(wp("--data", str(data), "progress", "import", str(ledger), "--json", db=db))
    assert [(u["id"], u["status"]) for u in added] == [("2.6", "done")]
    for table, where in [
        ("已落实: 差不多\n", ":1:"),  # no such status
        ("已落实: 已完成\n已落实: 滞后\n", ":2:"),  # twice
        ("已落实: 已完成\n推进中: 已完成\n", ":2:"),  # a built-in word made another status
        ("已落实: 已完成\n  b: c\n", ":2:"),  # not YAML
    ]:
        (data / "状态词.yaml").write_text(table, encoding="utf-8")
        bad = wp("--data", str(data), "progress", "import", str(ledger), db=db)
        assert bad.returncode == 3 and len(bad.stderr.splitlines()) == 1, bad.stderr
        assert f"状态词.yaml{where}" in bad.stderr
        checked = wp("validate", str(data), db=db)  # validate says so too, and still checks the plan
        assert checked.returncode == 3 and f"状态词.yaml{where}" in checked.stderr and "ok:" in checked.stdout


def test_a_collective_does_not_report_for_its_members(tmp_path: Path) -> None:
    """各街道 supports 4.2, but each street reports for itself: a report in the collective's name would
    light no street's row, so it is refused saying why (exit 2), and nothing is stored."""
    db = tmp_path / "progress.db"
    refused = wp("progress", "set", "4.2", "-u", "各街道", "--status", "推进中", db=db)
    assert refused.returncode == 2 and "各自报送" in refused.stderr
    assert not db.exists() or count(db) == 0


def test_a_note_longer_than_any_reader_takes_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    """Pass 145: `progress set --note` of 100,001 characters was stored, and every reading after called
    the store damaged by another program (its readers refuse such a text) — for good, the store being
    append-only. Refused with one line, exit 2; the store as it was."""
    db = tmp_path / "progress.db"
    ok(wp("progress", "set", "2.6", "-u", "区商务委", "--status", "推进中", db=db))
    note = "n" * (limits.MAX_SCALAR + 1)  # (one argument holds 128 KiB)
    refused = wp("progress", "set", "2.6", "-u", "区商务委", "--status", "已完成", "--note", note, db=db)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "完成情况长" in refused.stderr
    assert count(db) == 1
    ok(wp("status", "--json", db=db))


def test_a_date_set_outside_the_plans_year_is_stored_with_a_warning(tmp_path: Path) -> None:
    """Pass 89: `progress set --date 0001-01-01` (a slip of the year) was stored in silence and counted as
    done on time, green; a returned ledger's such date was warned. It is stored as given, with the
    ledger's warning; a date in the plan's year is not warned."""
    db = tmp_path / "progress.db"
    slipped = wp(
        "progress", "set", "2.7", "-u", "区商务委", "--status", "已完成", "--date", "0001-01-01", db=db
    )
    assert slipped.returncode == 0 and "填报日期 0001-01-01 不在计划的年度 2020 内" in slipped.stderr
    assert count(db) == 1
    right = wp(
        "progress", "set", "2.6", "-u", "区商务委", "--status", "已完成", "--date", "2020-06-20", db=db
    )
    assert right.returncode == 0 and "warning" not in right.stderr


def test_a_report_date_outside_the_plans_year_is_imported_with_a_warning(tmp_path: Path) -> None:
    """2021-06-20 on the 2020 Q2 plan is most likely a slip of the year: it is imported as written
    (the unit's words are facts) with a warning naming the row, and a date in the plan's year is not."""
    db, ledger = tmp_path / "progress.db", tmp_path / "区商务委台账.xlsx"
    ok(wp("export", str(ledger), "--unit", "区商务委", db=db))
    wb = openpyxl.load_workbook(ledger)
    where = fill(
        wb.worksheets[1],
        1,
        {
            "2.6": {"进展状态": "已完成", "填报日期": "2021-06-20"},
            "2.7": {"进展状态": "推进中", "填报日期": "6月20日"},
        },
    )
    wb.save(ledger)
    done = wp("progress", "import", str(ledger), "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert [(u["id"], u["as_of"]) for u in json.loads(done.stdout)] == [
        ("2.6", "2021-06-20"),
        ("2.7", "2020-06-20"),
    ]
    [warning] = [line for line in done.stderr.splitlines() if "warning" in line]
    assert f":{where['2.6']}:" in warning and "2021-06-20" in warning and "2020" in warning
