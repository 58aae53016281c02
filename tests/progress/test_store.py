"""The SQLite progress store: where it lives, what it keeps, migrations, and writers at once."""

from __future__ import annotations

import datetime
import multiprocessing
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from workplan import limits
from workplan.errors import DataError, OutputError
from workplan.model import Status
from workplan.progress.store import SCHEMA_VERSION, Source, Store, Update, default_path, store_path

D = datetime.date


def report(rid: str = "2.6", status: Status = Status.in_progress, day: int = 20, note: str = "") -> Update:
    return Update("yangpu-2020q2", rid, "区商务委", status, D(2020, 6, day), note)


def test_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_path({"XDG_DATA_HOME": "/srv/data"}) == Path("/srv/data/workplan/progress.db")
    home = tmp_path / ".local" / "share" / "workplan" / "progress.db"
    assert default_path({"XDG_DATA_HOME": "relative/data"}) == home
    assert default_path({}) == home


def test_the_db_option_then_the_environment_then_the_default() -> None:
    env = {"WORKPLAN_DB": "/tmp/env.db", "XDG_DATA_HOME": "/srv/data"}
    assert store_path("/tmp/option.db", env) == Path("/tmp/option.db")
    assert store_path(None, env) == Path("/tmp/env.db")
    assert store_path(None, {**env, "WORKPLAN_DB": ""}) == Path("/srv/data/workplan/progress.db")


def test_a_new_store_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "progress.db"
    Store(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_report_twice_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as store:
        first = store.add([report(), report(note="x"), report()])
        assert [u.note for u in first] == ["", "x"]
        assert first[0].entered_at is not None
        assert store.new([report(), report(day=21)]) == [report(day=21)]
        assert store.add([report(), report(note="x")]) == []
        assert store.count() == 2


def test_log_is_oldest_first_and_latest_is_per_unit_as_of_a_date(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as store:
        store.add([report(status=Status.done, day=25)])
        store.add(
            [report(day=10), Update("yangpu-2020q2", "2.6", "区商务委", Status.delayed, D(2020, 6, 10))]
        )
        store.add([report("2.7", day=1)])
        log = store.log("yangpu-2020q2", "2.6")
        assert [(u.as_of.day, u.status) for u in log] == [
            (10, Status.in_progress),
            (10, Status.delayed),
            (25, Status.done),
        ]
        assert store.latest()[("yangpu-2020q2", "2.6", "区商务委")].status is Status.done
        # the later entry wins on the same day; reports after `until` do not count
        assert store.latest(D(2020, 6, 24))[("yangpu-2020q2", "2.6", "区商务委")].status is Status.delayed
        assert store.log("yangpu-2020q2", "2.7")[0].source == Source()


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    def broken() -> Iterator[Update]:
        yield report()
        raise RuntimeError("interrupted")

    with Store(tmp_path / "p.db") as store:
        with pytest.raises(RuntimeError):
            store.add(broken())
        assert store.count() == 0


def test_a_version_1_store_is_migrated_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE updates (document TEXT NOT NULL, record TEXT NOT NULL, unit TEXT NOT NULL, "
        "status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', as_of TEXT NOT NULL, entered_at TEXT NOT NULL)"
    )
    old = ("yangpu-2020q2", "2.6", "区商务委", "done", "已办结", "2020-06-01", "2020-06-02T08:00:00+00:00")
    db.executemany("INSERT INTO updates VALUES (?, ?, ?, ?, ?, ?, ?)", [old, old])
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Store(path) as store:
        [kept] = store.log("yangpu-2020q2", "2.6")
        assert (kept.status, kept.note, kept.percent, kept.source) == (Status.done, "已办结", None, Source())
        assert (
            store.add([Update("yangpu-2020q2", "2.6", "区商务委", Status.done, D(2020, 6, 1), "已办结")])
            == []
        )
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_what_it_cannot_read_is_refused_and_left_alone(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DataError, match="newer"):
        Store(newer)
    foreign = tmp_path / "foreign.db"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = foreign.read_bytes()
    with pytest.raises(DataError, match="foreign"):
        Store(foreign)
    assert foreign.read_bytes() == before  # byte for byte: not even switched to WAL
    assert not Path(f"{foreign}-wal").exists()
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(DataError, match="not a SQLite database"):
        Store(text)
    assert text.read_text(encoding="utf-8") == "not a database"


def write_many(path: str, unit: str, count: int) -> None:
    with Store(path) as store:
        for i in range(count):
            store.add([Update("yangpu-2020q2", "2.6", unit, Status.in_progress, D(2020, 6, 1), f"第{i}次")])


def test_two_processes_writing_at_once_both_land(tmp_path: Path) -> None:
    path = str(tmp_path / "p.db")
    Store(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=write_many, args=(path, unit, 150)) for unit in ("甲", "乙")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0, 0]
    with Store(path) as store:
        assert store.count() == 300


def test_a_reader_reads_while_a_writer_holds_the_store(tmp_path: Path) -> None:
    """status, export and progress log open the store read-only: no write lock, so a writer in the
    middle of a transaction neither blocks them nor is blocked; the reader sees what was committed."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE updates SET note = 'uncommitted'")
    try:
        with Store(path, readonly=True) as reader:
            assert [u.note for u in reader.updates()] == [""]
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.db.execute("DELETE FROM updates")
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@pytest.mark.parametrize("lock", ["BEGIN EXCLUSIVE", "BEGIN IMMEDIATE"])
def test_a_write_held_up_by_another_writer_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lock: str
) -> None:
    """Pass 58: a write that waited out another writer's lock said 'cannot open' as bad data (exit 3);
    it is a write that could not be made (exit 4), and the store is as it was."""
    from workplan.progress import store as store_module

    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute(lock)
    try:
        with pytest.raises(OutputError, match=r"(locked|cannot write)"), Store(path) as store:
            store.add([report(note="new")])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Store(path, readonly=True) as reader:
        assert [u.note for u in reader.updates()] == [""]


@pytest.mark.parametrize("held", ["journal", "exclusive-wal"])
def test_a_reader_under_another_programs_lock_says_so_soon(tmp_path: Path, held: str) -> None:
    """Pass 85: a store another program keeps locked (turned to a rollback journal and written in, or a
    WAL store held with locking_mode=EXCLUSIVE) kept each of a reader's queries 30 s: `status` outran
    any timeout. A reader now waits READ_BUSY_MS for it, then says so: exit 4, one line, the store as it
    was; the lock's holder is still holding it when the command ends."""
    import os
    import subprocess

    from tests.test_hostile import EXE

    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    holder = sqlite3.connect(path, isolation_level=None)
    if held == "journal":
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE updates SET note = 'uncommitted'")
    else:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
    try:
        env = {**os.environ, "WORKPLAN_DB": str(path)}
        for command in (["status"], ["progress", "log"]):
            done = subprocess.run([EXE, *command], capture_output=True, text=True, env=env, timeout=60)
            assert done.returncode == 4 and "locked" in done.stderr and done.stderr.count("\n") == 1, (
                done.stderr
            )
        assert holder.in_transaction
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store(path, readonly=True) as reader:
        assert [u.note for u in reader.updates()] == [""]


@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
def test_a_side_file_that_is_no_regular_file_is_refused_and_left(tmp_path: Path, side: str) -> None:
    """Pass 85: a FIFO at the store's -journal blocked every command for ever (SQLite reads a journal it
    finds as an unfinished write); one at the -wal was deleted by a failed write. Reading and writing
    are refused (exit 4) before SQLite opens anything, and the FIFO is left where it was (through the
    installed command, so a hang is a timeout, not a stuck test run)."""
    import os
    import subprocess

    from tests.test_hostile import EXE

    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    for leftover in ("-wal", "-shm"):
        Path(f"{path}{leftover}").unlink(missing_ok=True)
    fifo = Path(f"{path}{side}")
    os.mkfifo(fifo)
    env = {**os.environ, "WORKPLAN_DB": str(path)}
    for command in (["status"], ["progress", "set", "2.6", "-u", "区商务委", "--status", "done"]):
        done = subprocess.run([EXE, *command], capture_output=True, text=True, env=env, timeout=30)
        assert done.returncode == 4 and "not a regular file" in done.stderr, done.stderr
    assert fifo.is_fifo()


def test_a_link_is_never_the_store(tmp_path: Path) -> None:
    """A dangling link would make SQLite create its target; a link to another file would change it."""
    target = tmp_path / "elsewhere.db"
    dangling = tmp_path / "dangling.db"
    dangling.symlink_to(target)
    for readonly in (False, True):
        with pytest.raises(OutputError, match="symbolic link"):
            Store(dangling, readonly=readonly)
    assert not target.exists()
    other = tmp_path / "other.txt"
    other.write_text("mine", encoding="utf-8")
    linked = tmp_path / "linked.db"
    linked.symlink_to(other)
    with pytest.raises(OutputError, match="symbolic link"):
        Store(linked)
    assert other.read_text(encoding="utf-8") == "mine"


def test_rows_another_program_wrote_are_a_data_error(tmp_path: Path) -> None:
    """A status or date this code never writes (another program, a damaged page) is one DataError
    naming the store, in every read, not a crash."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    # and a value of another type: SQLite keeps a BLOB in a TEXT column (its bytes reached JSON: exit 70)
    blobs = (
        ("note", b"\x1b[2J"),
        ("unit", b"x"),
        ("percent", b"2"),
        ("percent", "half"),
        ("source_row", 1.5),
        ("percent", -(2**63)),  # pass 85: no report's percent
        ("percent", 101),
        (
            "note",
            "很" * (limits.MAX_SCALAR + 1),
        ),  # pass 58: 200 million characters ran a reader out of memory
    )
    for column, value in (("status", "finished"), ("as_of", "June"), *blobs):
        with sqlite3.connect(path) as db:
            db.execute(f"UPDATE updates SET {column} = ?", (value,))
        for readonly in (False, True):
            with Store(path, readonly=readonly) as store, pytest.raises(DataError, match=str(path)):
                store.updates()
            with Store(path, readonly=readonly) as store, pytest.raises(DataError, match="damaged"):
                store.log()
        with sqlite3.connect(path) as db:
            db.execute(
                "UPDATE updates SET status = 'in_progress', as_of = '2020-06-20', note = '', unit = 'u', "
                "percent = NULL, source_row = NULL"
            )


@pytest.mark.parametrize(
    ("column", "value"),
    [("status", "bogus"), ("note", b"x"), ("percent", "half"), ("as_of", 2020)],
)
def test_rows_another_program_wrote_are_a_data_error_to_an_import_too(
    tmp_path: Path, column: str, value: object
) -> None:
    """What an import reads before it adds (the latest report of an item and unit, which of its rows are
    new, a shared row's reports): the same one DataError naming the store (pass 145: exit 70)."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE updates SET {column} = ?", (value,))
    db.close()
    later = report(status=Status.done, day=25, note="已完成")
    for read in (
        lambda s: s.last_said(later),
        lambda s: s.changed([later]),
        lambda s: s.as_stored(replace(later, note="\\u200b")),
        lambda s: s.shared_reports([later], ["区商务委"], "已完成"),
    ):
        with Store(path) as store, pytest.raises(DataError, match="damaged"):
            read(store)


@pytest.mark.parametrize(
    "schema",
    [
        ["CREATE TABLE t (x)", f"PRAGMA user_version = {SCHEMA_VERSION + 1}"],  # newer, or another program's
        ["CREATE TABLE t (x)", "PRAGMA user_version = 1"],  # another program's version number
        ["CREATE VIEW v AS SELECT 1"],  # no table at all
        ["CREATE TABLE updates (a, b)", "PRAGMA user_version = 1"],  # our table's name, not its columns
    ],
    ids=["newer", "versioned", "view", "lookalike"],
)
def test_a_foreign_store_is_left_byte_for_byte_by_every_command(tmp_path: Path, schema: list[str]) -> None:
    """Refused before the journal mode or any migration touches it: the bytes are the same after."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        for statement in schema:
            db.execute(statement)
    db.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(DataError):
            Store(path, readonly=readonly)
    assert path.read_bytes() == before and not Path(f"{path}-wal").exists()


WAL_WRITER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
"""  # another program that leaves what it writes in the -wal (os._exit: no checkpoint on close)
WAL_LEFT_BEHIND = (
    WAL_WRITER
    + """
db.execute("CREATE TABLE notes (x)")
db.execute("INSERT INTO notes VALUES ('hello')")
os._exit(0)  # the other program ends with its committed work still in the -wal
"""
)


def test_someone_elses_wal_database_and_its_side_files_are_left_byte_for_byte(tmp_path: Path) -> None:
    """A foreign database whose work sits in its -wal: opening it read-write to look folded the WAL into
    the file and deleted -wal and -shm, while the message said 未改动. Now it is looked at through an
    immutable connection, by reading and writing commands alike."""
    import subprocess
    import sys

    path = tmp_path / "other.db"
    subprocess.run([sys.executable, "-c", WAL_LEFT_BEHIND, str(path)], check=True)
    files = sorted(tmp_path.iterdir())
    before = {p.name: p.read_bytes() for p in files}
    assert {p.name for p in files} == {"other.db", "other.db-wal", "other.db-shm"}
    for readonly in (True, False):
        with pytest.raises(DataError, match="foreign"):
            Store(path, readonly=readonly)
    assert {p.name: p.read_bytes() for p in sorted(tmp_path.iterdir())} == before


VIEW_IN_THE_WAL = (
    WAL_WRITER
    + """
db.execute("BEGIN")
db.execute("ALTER TABLE updates RENAME TO u0")
db.execute("DROP INDEX IF EXISTS updates_key")
db.execute("DROP INDEX IF EXISTS updates_said")
db.execute("CREATE VIEW updates AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT u0.* FROM u0, c")
db.execute("COMMIT")
os._exit(0)  # the view sits in the -wal; the main file alone is still ours
"""
)


def test_a_schema_changed_in_the_wal_is_seen_before_anything_reads_or_writes(tmp_path: Path) -> None:
    """The immutable probe reads the main file only: a view put in our table's place in the -wal passed,
    every reading command then ran for ever, and a write refused the store after folding the WAL into
    it. The WAL is looked at through a read-only connection, which changes nothing."""
    import subprocess
    import sys

    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    subprocess.run([sys.executable, "-c", VIEW_IN_THE_WAL, str(path)], check=True)
    kept = ("p.db", "p.db-wal")  # the -shm is SQLite's index of the WAL, rebuilt by any reader
    before = {name: (tmp_path / name).read_bytes() for name in kept}
    for readonly in (True, False):
        with pytest.raises(DataError, match="foreign"):
            Store(path, readonly=readonly)
    assert {name: (tmp_path / name).read_bytes() for name in kept} == before


def test_a_view_in_the_place_of_our_table_is_refused_by_a_reader_too(tmp_path: Path) -> None:
    """A 4 KB file with our version number and a view called updates over an endless recursion: the
    reading path trusted the version and sorted for ever (4 GB of temporary files in 28 s)."""
    path = tmp_path / "loop.db"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIEW updates AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
        "SELECT 'd' AS document, '1' AS record, 'u' AS unit, 'done' AS status, NULL AS percent, '' AS note, "
        "'2020-06-20' AS as_of, '2020-06-20T00:00:00' AS entered_at FROM r"
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.commit()
    db.close()
    with pytest.raises(DataError, match="foreign"):
        Store(path, readonly=True)


def test_a_path_no_store_can_be_at_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    """A FIFO blocked every reading command for ever (open waits for a writer); a name longer than the
    system allows was exit 70. Both are a write error (exit 4) at once, before anything opens them."""
    import os

    too_long = tmp_path / ("长" * 200 + ".db")
    for readonly in (True, False):
        with pytest.raises(OutputError):
            Store(too_long, readonly=readonly)
    if hasattr(os, "mkfifo"):  # Windows has no FIFO in the file system
        fifo = tmp_path / "fifo.db"
        os.mkfifo(fifo)
        for readonly in (True, False):
            with pytest.raises(OutputError, match="not a regular file"):
                Store(fifo, readonly=readonly)


def test_a_full_disk_during_a_write_is_exit_4_and_changes_nothing(tmp_path: Path) -> None:
    """SQLite rolls back by itself after a full disk; a second ROLLBACK raised 'no transaction is
    active' and hid the real error (exit 70). One line, exit 4, the store as it was."""
    import subprocess

    from tests.test_hostile import EXE

    db = tmp_path / "p.db"
    with Store(db) as store:
        store.add([Update("yangpu-2020q2", "2.6", "区商务委", Status.in_progress, D(2020, 6, 1), "已启动")])
    before = Store(db, readonly=True).updates()
    note = "进" * 40_000  # 120 KB: past the 60 KB the shell lets the file grow
    command = (
        f"trap '' XFSZ; ulimit -f 60; '{EXE}' progress set 2.6 --unit 区商务委 --status 已完成 "
        f"--date 2020-06-20 --note {note} --db '{db}'"
    )
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=120)
    stderr = result.stderr.decode()
    assert result.returncode == 4 and stderr.count("\n") == 1 and "internal error" not in stderr, stderr
    assert Store(db, readonly=True).updates() == before


def write_long(path: str, done: Event) -> None:
    """Reports of 2,000 characters, each in a store opened anew: checkpoints all the while, until the
    reader says it has read enough (`done`), however busy the machine."""
    i = 0
    while not done.is_set():
        i += 1
        with Store(path) as store:
            store.add(
                [
                    Update(
                        "yangpu-2020q2",
                        "2.6",
                        "区商务委",
                        Status.in_progress,
                        D(2020, 6, 1),
                        f"{i}" + "进" * 2000,
                    )
                ]
            )


def test_a_reader_reads_while_a_writer_writes(tmp_path: Path) -> None:
    """The store's probe takes no lock, so it could catch a page a writer was putting back ('database
    disk image is malformed', exit 3, in one try of twenty); what it cannot read it looks at again."""
    path = str(tmp_path / "p.db")
    with Store(path):
        pass
    context = multiprocessing.get_context("spawn")
    done = context.Event()  # (the writer goes on until the reader has read 60 times: no clock to race)
    writer = context.Process(target=write_long, args=(path, done))
    writer.start()
    failures = reads = 0
    try:
        while reads < READS and writer.is_alive():  # as long as it writes
            try:
                with Store(path, readonly=True) as store:
                    reads += bool(store.updates())
            except DataError:
                failures += 1
    finally:
        done.set()
        writer.join(timeout=120)
    assert failures == 0 and reads == READS


READS = 60  # reads made while the writer writes


def test_a_new_store_is_whole_in_its_file_before_it_turns_to_wal(tmp_path: Path) -> None:
    """A new store was an empty file beside a -wal holding its schema: any other command looking at it
    then (its probe reads the file alone) called it someone else's. The schema is in the file first."""
    path = tmp_path / "p.db"
    with Store(path):
        header = path.read_bytes()[:100]
        assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
        Store(path, readonly=True).close()  # a reader meanwhile finds it ours


@pytest.mark.parametrize("name", ["sqlitextrig", "sqlite_evil"])
def test_sqlite_names_are_matched_exactly_not_as_a_pattern(tmp_path: Path, name: str) -> None:
    """`NOT LIKE 'sqlite_%'` let a trigger called sqlitextrig pass as SQLite's own (LIKE's _ is any
    character), and `NOT GLOB 'sqlite_*'` one called sqlite_evil (planted through writable_schema): it
    ran an endless query on the next write. Only SQLite's own tables and indexes are passed over."""
    path = tmp_path / "p.db"
    with Store(path):
        pass
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TRIGGER t AFTER INSERT ON updates BEGIN "
        "SELECT count(*) FROM (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r); END"
    )
    db.execute("PRAGMA writable_schema = ON")  # SQLite itself refuses to make a sqlite_ name
    db.execute(
        "UPDATE sqlite_master SET name = ?1, sql = replace(sql, 'TRIGGER t ', 'TRIGGER ' || ?1 || ' ') "
        "WHERE name = 't'",
        (name,),
    )
    db.commit()
    db.close()
    for readonly in (True, False):
        with pytest.raises(DataError, match="foreign"):
            Store(path, readonly=readonly)


@pytest.mark.parametrize("version", [-1, -(2**31)])
def test_a_store_of_a_negative_version_is_foreign(tmp_path: Path, version: int) -> None:
    """MIGRATIONS[0] was looked up for user_version -1: exit 70 from every command."""
    path = tmp_path / "p.db"
    with Store(path):
        pass
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {version}")
    db.close()
    for readonly in (True, False):
        with pytest.raises(DataError, match="foreign"):
            Store(path, readonly=readonly)


def test_an_sqlite_uri_is_no_store_path() -> None:
    """`--db file:/abs/path` went past every check (made for the path file:/abs/path) and SQLite opened
    the URI read-write: it is refused as a usage error."""
    from workplan.errors import UsageError

    with pytest.raises(UsageError, match="not an SQLite URI"):
        store_path("file:/tmp/p.db")


def test_a_store_that_cannot_be_written_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only mount SQLite says 'attempt to write a readonly database': that was exit 3 (bad
    data), though nothing is wrong with the data; it is exit 4, as any file that cannot be written."""
    path = tmp_path / "p.db"
    with Store(path):
        pass

    def refused(self: Store) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "_migrate", refused)
    with pytest.raises(OutputError, match="read-only"):
        Store(path)


def hot_journal(store: Path) -> None:
    """Beside our own store (in rollback-journal mode), a hot journal such as a crashed writer leaves,
    holding every page of a foreign store: rolling it back would make the file foreign."""
    import struct

    with sqlite3.connect(store) as db:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("VACUUM")
    db.close()
    other = store.with_name("other.db")
    source = sqlite3.connect(store)
    copy = sqlite3.connect(other)
    source.backup(copy)
    source.close()
    copy.execute("ALTER TABLE updates RENAME TO u0")
    copy.execute("CREATE VIEW updates AS SELECT * FROM u0")
    copy.commit()
    copy.execute("VACUUM")
    copy.close()
    data = other.read_bytes()
    other.unlink()
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    pages, nonce, sector = len(data) // size, 0x12345678, 512
    out = (
        bytes.fromhex("d9d505f920a163d7") + struct.pack(">IIIII", pages, nonce, pages, sector, size)
    ).ljust(sector, b"\0")
    for number in range(1, pages + 1):
        page = data[(number - 1) * size : number * size]
        check = nonce + sum(page[i] for i in range(size - 200, 0, -200))
        out += struct.pack(">I", number) + page + struct.pack(">I", check & 0xFFFFFFFF)
    Path(f"{store}-journal").write_bytes(out)


def test_a_hot_journal_beside_the_store_is_never_rolled_back_into_it(tmp_path: Path) -> None:
    """A write rolled a foreign hot journal back into the store, deleted it and said 未改动; it is looked
    at through a read-only connection, which cannot roll it back: refused, both files as they were."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report()])
    hot_journal(path)
    before = {name: (tmp_path / name).read_bytes() for name in ("p.db", "p.db-journal")}
    for readonly in (True, False):
        with pytest.raises(DataError):
            Store(path, readonly=readonly)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
def test_a_strangers_file_at_a_side_name_is_left_as_it_is(tmp_path: Path, side: str) -> None:
    """Pass 87: a regular file at the side name of a store not yet made was deleted by the first write:
    it is refused, exit 4, and left as it was. Pass 88: what SQLite itself left beside a store that was
    moved away (an empty -wal, its -shm) is no stranger's: the path works again."""
    import os
    import shutil
    import subprocess

    from tests.test_hostile import EXE

    new = tmp_path / "new.db"
    Path(f"{new}{side}").write_bytes(b"MY PRECIOUS FILE\n")
    env = {**os.environ, "WORKPLAN_DB": str(new)}
    write = ["progress", "set", "2.6", "-u", "区商务委", "--status", "done"]
    done = subprocess.run([EXE, *write], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 4 and "someone else" in done.stderr and not new.exists()
    assert Path(f"{new}{side}").read_bytes() == b"MY PRECIOUS FILE\n"
    ours = tmp_path / "ours.db"
    ours_env = {**env, "WORKPLAN_DB": str(ours)}
    assert subprocess.run([EXE, *write], capture_output=True, env=ours_env, timeout=60).returncode == 0
    assert subprocess.run([EXE, "status"], capture_output=True, env=ours_env, timeout=60).returncode == 0
    shutil.move(ours, tmp_path / "archived.db")  # the quarter archived; SQLite's side files stay
    for command in (["status"], write, ["progress", "log"]):
        done = subprocess.run([EXE, *command], capture_output=True, text=True, env=ours_env, timeout=60)
        assert done.returncode in (0, 1), done.stderr


# A child that makes a new store and dies in its first commit, once SQLite has put pages in the file:
# a tiny page cache spills the new schema into the database before the commit, the journal beside it
DIES_IN_FIRST_COMMIT = """
import os, sys
from workplan.progress import store

def dying(self):
    self.db.execute("PRAGMA cache_size = 1")
    self.db.execute("BEGIN IMMEDIATE")
    for statement in (*store.MIGRATIONS[1], *store.MIGRATIONS[2]):
        self.db.execute(statement)
    os._exit(9)

store.Store._migrate = dying
store.Store(sys.argv[1])
"""


def test_a_store_killed_in_its_first_commit_is_not_left_unreadable(tmp_path: Path) -> None:
    """Pass 88: a new store was made in place, and a run killed in its first commit left pages and a
    journal that a reader cannot roll back: every command after refused the store (exit 3). A new
    store is built under a temporary name and put in place whole: killed, it leaves no store."""
    import os
    import subprocess
    import sys

    from tests.test_hostile import EXE

    path = tmp_path / "p.db"
    child = subprocess.run([sys.executable, "-c", DIES_IN_FIRST_COMMIT, str(path)], timeout=60)
    assert child.returncode == 9
    assert not path.exists() and not Path(f"{path}-journal").exists()
    env = {**os.environ, "WORKPLAN_DB": str(path)}
    write = ["progress", "set", "2.6", "-u", "区商务委", "--status", "done"]
    done = subprocess.run([EXE, *write], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (
        "区商务委" in subprocess.run([EXE, "progress", "log"], capture_output=True, text=True, env=env).stdout
    )


@pytest.mark.slow
def test_a_new_store_killed_at_any_moment_leaves_the_path_usable(tmp_path: Path) -> None:
    """The same, killed by the signal at many moments of its making (no hook: SIGKILL from outside):
    the next command always works (pass 88 saw 3 timings in 7 leave exit 3 every time after)."""
    import os
    import signal
    import subprocess
    import time

    from tests.test_hostile import EXE

    write = ["progress", "set", "2.6", "-u", "区商务委", "--status", "done"]
    for k in range(24):
        folder = tmp_path / str(k)
        folder.mkdir()
        env = {**os.environ, "WORKPLAN_DB": str(folder / "p.db")}
        run = subprocess.Popen([EXE, *write], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not any(folder.iterdir()) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0002)
        time.sleep((k % 8) * 0.0005)
        run.send_signal(signal.SIGKILL)
        run.wait()
        done = subprocess.run([EXE, *write], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode in (0, 1), (k, done.stderr)  # 1: the killed run had written it


def test_what_a_killed_build_left_is_cleared_an_hour_on(tmp_path: Path) -> None:
    """A run killed while building a new store leaves its temporary file; the next store made there
    clears those an hour old (a build takes moments), and nothing that only looks like one."""
    import os

    path = tmp_path / "p.db"
    old, fresh = tmp_path / ".p.db.0123456789ab.tmp", tmp_path / ".p.db.ba9876543210.tmp"
    old_journal, stranger = tmp_path / ".p.db.0123456789ab.tmp-journal", tmp_path / ".p.db.mine.tmp"
    for f in (old, fresh, old_journal, stranger):
        f.write_bytes(b"x")
    for f in (old, old_journal, stranger):
        os.utime(f, (1_000_000_000, 1_000_000_000))
    with Store(path) as store:
        store.add([report()])
    assert not old.exists() and not old_journal.exists()
    assert fresh.exists() and stranger.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".p.db.ba9876543210.tmp", ".p.db.mine.tmp", "p.db"]


READING = (
    ["status"],
    ["overdue"],
    ["stats", "--progress"],
    ["progress", "log"],
    ["export", "out.csv", "--force"],
)


def test_reading_an_empty_file_makes_no_store_and_touches_nothing_beside_it(tmp_path: Path) -> None:
    """Pass 89: an empty file named by --db (a user's, a typo) was made a store by every reading command,
    and a stranger's file at its -journal deleted: a reader answers as with no store and leaves both;
    with a stranger's side file there, a writer refuses (exit 4) and leaves it too."""
    import os
    import subprocess

    from tests.test_hostile import EXE

    empty, notes = tmp_path / "e.db", tmp_path / "e.db-journal"
    empty.write_bytes(b"")
    for command in READING:
        env = {**os.environ, "WORKPLAN_DB": str(empty)}
        done = subprocess.run(
            [EXE, *command], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
        )
        assert done.returncode in (0, 1), (command, done.stderr)
        assert empty.read_bytes() == b"" and not notes.exists(), command
    notes.write_text("someone else's notes\n")
    env = {**os.environ, "WORKPLAN_DB": str(empty)}
    for command in (*READING, ["progress", "set", "2.6", "-u", "区商务委", "--status", "done"]):
        done = subprocess.run(
            [EXE, *command], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
        )
        assert done.returncode == 4 and "someone else" in done.stderr, (command, done.stderr)
        assert empty.read_bytes() == b"" and notes.read_text() == "someone else's notes\n", command


@pytest.mark.parametrize(
    ("side", "content"),
    [
        ("-journal", b"\0" * 8 + b"IMPORTANT DATA of another program" * 10),
        ("-shm", b"\0\0\0\0 my binary data"),
        ("-shm", (3007000).to_bytes(4, "little") + b" not a page long"),
        ("-wal", b"\x37\x7f\x06\x82" + b"\0" * 28 + b"a frame of a moved store's commit" * 40),
        # pass 91: a hot journal of a store of 512-byte pages: its header says its sector is 512 bytes
        (
            "-journal",
            (
                b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
                + (2).to_bytes(4, "big")
                + b"\x01\x02\x03\x04"
                + (3).to_bytes(4, "big")
                + (512).to_bytes(4, "big")
                + (512).to_bytes(4, "big")
            ).ljust(512, b"\0")
            + ((1).to_bytes(4, "big") + b"p" * 512 + b"\0" * 4) * 2,
        ),
        # pass 90: a journal of SQLite's own that holds a moved store's pages
        ("-journal", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 4088 + b"a saved page" * 700),
    ],
)
def test_a_side_file_that_only_opens_like_sqlites_is_left(tmp_path: Path, side: str, content: bytes) -> None:
    """Pass 89: a file at a side name of a store not made yet counted as SQLite's by its first bytes
    (8 NULs, 4 NULs, the WAL magic) and was deleted when the store was made — a WAL holding a moved
    store's commits too, their only copy. Only what SQLite leaves with nothing in it is cleared."""
    path = tmp_path / "n.db"
    Path(f"{path}{side}").write_bytes(content)
    with pytest.raises(OutputError, match="someone else"):
        Store(path)
    assert Path(f"{path}{side}").read_bytes() == content and not path.exists()


def test_a_reading_of_more_reports_than_it_can_hold_is_refused_with_what_to_narrow_by(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass 89: every reading command held every report of the store at once: 2,250,000 (five full
    ledgers) ran out of memory, exit 70. A reading past MAX_READ_REPORTS is a DataError (exit 3) saying
    how to narrow it; a narrower one still reads (the bound is lowered here to show it)."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add([report(day=d) for d in range(1, 8)])
        store.add([Update("yangpu-2020q2", "2.7", "区财政局", Status.done, D(2020, 6, 1))])
    monkeypatch.setattr(limits, "MAX_READ_REPORTS", 5)
    with Store(path, readonly=True) as store:
        with pytest.raises(DataError, match="一次读取的进展超过 5 条"):
            store.log()
        with pytest.raises(DataError, match="另一个 --unit, 较晚的 --since"):
            store.latest()
        assert [u.unit for u in store.log(unit="区财政局")] == ["区财政局"]
    # pass 90: a reading in several queries (a unit's items, 500 ids a query, by document) counts them all
    split = tmp_path / "split.db"
    with Store(split) as store:
        store.add(
            [
                Update("yangpu-2020q2", r, "区财政局", Status.done, D(2020, 6, d))
                for r in "ab"
                for d in (1, 2, 3)
            ]
        )
    many = [("yangpu-2020q2", "a"), *(("yangpu-2020q2", f"x{k}") for k in range(600)), ("yangpu-2020q2", "b")]
    with Store(split, readonly=True) as store:
        with pytest.raises(DataError, match="一次读取的进展超过 5 条"):
            store.reports_on(many, D(2020, 12, 31))
        assert len(store.reports_on(many[:-1], D(2020, 12, 31))) == 3
    # pass 91: and the characters of their texts (6,000 notes of 100,000 characters ran out of memory)
    monkeypatch.setattr(limits, "MAX_READ_REPORTS", 1_000_000)
    monkeypatch.setattr(limits, "MAX_READ_CHARS", 5_000)
    long = tmp_path / "long.db"
    with Store(long) as store:
        store.add(
            [
                Update("yangpu-2020q2", "a", "区财政局", Status.done, D(2020, 6, d), "说" * 1_000)
                for d in range(1, 7)
            ]
        )
    with Store(long, readonly=True) as store:
        with pytest.raises(DataError, match="5,000 字"):
            store.log()
        assert len(store.log(since=D(2020, 6, 3))) == 4
    # pass 93-95: and each name once (units of 100,000 characters, or 500,000 reports each with names of
    # their own, another program wrote); names repeated on every report, as a plan's are, count once
    named = tmp_path / "named.db"
    with Store(named) as store:
        store.add(
            [
                Update("yangpu-2020q2", "a", f"{d}" + "单" * 1_000, Status.done, D(2020, 6, d))
                for d in range(1, 7)
            ]
        )
        plain = "局" * 40
        store.add([Update("yangpu-2020q2", f"{k}", plain, Status.done, D(2020, 6, 1)) for k in range(200)])
    with Store(named, readonly=True) as store:
        with pytest.raises(DataError, match="5,000 字"):
            store.log()
        held = store.log(unit=plain)  # 8,000 characters of unit names, 40 of them distinct
        assert len(held) == 200 and len({id(u.unit) for u in held}) == 1  # one name held once
    # pass 96: and one name longer than a plan's on every report counts on every report (each draws it)
    shared = tmp_path / "shared.db"
    with Store(shared) as store:
        store.add(
            [Update("yangpu-2020q2", f"{k}", "局" * 100, Status.done, D(2020, 6, 1)) for k in range(100)]
        )
    with Store(shared, readonly=True) as store, pytest.raises(DataError, match="5,000 字"):
        store.log()


@pytest.mark.skipif(
    not Path("/proc/self/environ").exists(), reason="a file that says it is empty and is not: Linux's /proc"
)
def test_a_file_that_says_it_is_empty_is_read_to_know(tmp_path: Path) -> None:
    """An empty file is no store to a reader (pass 89); a file under /proc says it is empty and is not
    (refused as no SQLite database, exit 3), and one that cannot be read is a store that cannot be
    read, exit 4 — it had been reported as "cannot write output"."""
    import os
    import subprocess

    from tests.test_hostile import EXE

    for path, code, said in (
        ("/proc/self/environ", 3, "not a SQLite database"),
        ("/proc/self/mem", 4, "cannot read the progress database"),
    ):
        env = {**os.environ, "WORKPLAN_DB": path}
        done = subprocess.run([EXE, "status"], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == code and said in done.stderr, (path, done.stderr)


def test_a_name_as_long_as_a_file_may_have_makes_a_store(tmp_path: Path) -> None:
    """Pass 90: the temporary name a new store is built under added 18 bytes to its name, and a legal name
    of 240 bytes (80 Chinese characters) could no longer be made a store (exit 4). The temporary name
    cuts the name to fit; a killed build's leftovers of that name are still known for clearing."""
    path = tmp_path / ("进" * 80 + ".db")
    with Store(path) as store:
        store.add([report()])
    with Store(path, readonly=True) as store:
        assert len(store.log()) == 1
