"""The progress store: an append-only history of progress reports in SQLite (standard library).

Nothing is ever updated or deleted: a new report is a new row, so `log` shows who said what when, and
status as of any past date is a query, not a guess. Every write is one transaction, so an interrupted
import leaves the database as it was, and reports are unique on what they say (document, id, unit,
status, percent, note, as_of), so importing the same 台账 twice adds nothing. Two processes may write at
once: WAL, a busy timeout and BEGIN IMMEDIATE make the second wait for the first instead of failing.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
import re
import signal
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from .. import limits
from ..atomic import (
    Signalled,
    clear_stale_temporaries,
    file_path,
    odd_side_file,
    place_new,
    signals_raise,
    sqlite_leftovers,
    temporary_name,
)
from ..errors import DataError, OutputError, UsageError, WorkplanError
from ..matching import without_surrogates
from ..model import Status, joint_note, joint_parts, note_lines, signed

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000
# a reader waits this long for another program's lock (ours never keep a reader out: WAL), then says so:
# a store held in rollback-journal mode or with an exclusive lock had kept each of its reads 30 s
READ_BUSY_MS = 2_000
SQLITE_MAGIC = b"SQLite format 3\x00"
PROBES, PROBE_PAUSE = 20, 0.05  # an unreadable or unfinished store looked at again for up to a second
OWN_OBJECTS = {("table", "updates"), ("index", "updates_said"), ("index", "updates_key")}
V1_COLUMNS = {"document", "record", "unit", "status", "note", "as_of", "entered_at"}
ISO_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
IN_BATCH = 500  # record ids in one IN (…): under SQLite's oldest bound of 999 variables

# One entry per version: the statements that bring a database from the version before to this one.
# Version 1 (before percent and source were kept) is still migrated: a store is never recreated.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE updates (
            document TEXT NOT NULL,
            record TEXT NOT NULL,
            unit TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            as_of TEXT NOT NULL,
            entered_at TEXT NOT NULL
        )""",
    ),
    2: (
        "ALTER TABLE updates ADD COLUMN percent INTEGER",
        "ALTER TABLE updates ADD COLUMN source_file TEXT",
        "ALTER TABLE updates ADD COLUMN source_sheet TEXT",
        "ALTER TABLE updates ADD COLUMN source_row INTEGER",
        # v1 had no uniqueness: keep the first of any repeated report before the index is built
        """DELETE FROM updates WHERE rowid NOT IN (SELECT min(rowid) FROM updates
            GROUP BY document, record, unit, status, note, as_of)""",
        """CREATE UNIQUE INDEX updates_said ON updates
            (document, record, unit, status, ifnull(percent, -1), note, as_of)""",
        "CREATE INDEX updates_key ON updates (document, record, unit, as_of)",
    ),
}
BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
READONLY = getattr(sqlite3, "SQLITE_READONLY", 8)  # the result code of a write to a read-only file
SQLITE_OWN = re.compile(r"sqlite_(?:sequence|stat[1-4]|autoindex_updates_\d+)")  # what SQLite names itself
COLUMNS = (
    "document, record, unit, status, percent, note, as_of, source_file, source_sheet, source_row, entered_at"
)
TEXTS = ("document", "record", "unit", "note", "source_file", "source_sheet")
# the columns of free text a row may fill up to the scalar bound: the characters a reading holds are
# counted in these, and in each name (document, record, unit) once — a store another program wrote ran
# `progress log` out of memory with 1,000 units of 100,000 characters (pass 93), past 45 s with 100,000
# reports of names of 100 (pass 94), out of memory with 500,000 reports of names of 32 (pass 95) and
# with one name of 2,000 on 100,000 reports (pass 96): each name once, and past NAME_CHARS on every row
FREE_TEXT = tuple(COLUMNS.split(", ").index(c) for c in ("note", "source_file", "source_sheet"))
NAMES = tuple(COLUMNS.split(", ").index(c) for c in ("document", "record", "unit"))
NAME_CHARS = 32  # a plan's ids and units' names are shorter (yangpu-2020q2, 2.6, 区城市综合管理中心)


# read at most one character past what any report holds: a 200-million-character note another program
# wrote ran a reader out of memory (exit 70); one past the limit is seen, and refused by `_row`
def bounded(column: str) -> str:
    """A text column as read: its first limits.MAX_SCALAR characters and one more, which `_row` refuses."""
    return f"substr({column}, 1, {limits.MAX_SCALAR + 1})"


READ_COLUMNS = ", ".join(bounded(c) if c in TEXTS else c for c in COLUMNS.split(", "))


@dataclass(frozen=True, slots=True)
class Source:
    """Where a report came from: a 台账 file, sheet and row, or the command line (file None)."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        if self.file is None:
            return "cli"
        return ":".join(str(part) for part in (self.file, self.sheet, self.row) if part is not None)


@dataclass(frozen=True, slots=True)
class Update:
    """One progress report (进展情况) for a record and a unit, as of a date."""

    document: str
    id: str
    unit: str
    status: Status
    as_of: datetime.date
    note: str = ""
    percent: int | None = None
    source: Source = field(default_factory=Source)
    entered_at: datetime.datetime | None = None  # set by the store

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.document, self.id, self.unit)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "id": self.id,
            "unit": self.unit,
            "status": self.status.value,
            "percent": self.percent,
            "note": self.note,
            "as_of": self.as_of.isoformat(),
            "source": str(self.source),
            "entered_at": self.entered_at.isoformat() if self.entered_at else None,
        }


def default_path(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME/workplan/progress.db; a relative XDG_DATA_HOME is ignored, as the spec says."""
    base = environ.get("XDG_DATA_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "workplan" / "progress.db"


def store_path(db: str | os.PathLike[str] | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """The database to open: --db, else $WORKPLAN_DB, else the default under XDG_DATA_HOME."""
    chosen = db if db is not None else environ.get("WORKPLAN_DB") or None
    if chosen is not None and os.fspath(chosen).startswith("file:"):  # SQLite would read it as a URI
        raise UsageError(
            f"{chosen}: 进展数据库要写文件路径, 不是 SQLite 的 file: 网址 (give a path, not an SQLite URI)"
        )
    return file_path(chosen) if chosen is not None else default_path(environ)  # s.db/ names a folder


def empty(path: Path) -> bool:
    """Whether a regular file holds nothing, by reading it (a file under /proc says it is empty and is not):
    an I/O error is the store's that cannot be read, exit 4."""
    try:
        with open(path, "rb") as f:  # (a regular file: this cannot block)
            return not f.read(1)
    except OSError as e:
        raise OutputError(
            f"{path}: 无法读取进展数据库 (cannot read the progress database): {e.strerror}"
        ) from None


def strangers_side_file(path: Path) -> None:
    """Refuse (exit 4) a file at a side name of a store not made yet that SQLite did not leave there:
    the first write would delete it."""
    if (odd := odd_side_file(path, none_expected=True)) is not None:
        raise OutputError(
            f"{odd}: 进展数据库还不存在, 旁边的这个文件不是 SQLite 留下的, 不改动 (a file at a side name of "
            "a store not made yet is someone else's: left as it is; move it, or give another --db)"
        )


def existing(path: Path) -> bool:
    """Whether a store is there to open: False when nothing is; a link (dangling or not), a FIFO, a
    device or a folder is refused (exit 4) before anything opens it (SQLite would follow a link, and a
    FIFO blocks the open for ever), as is a path the system cannot look at (a name too long), and so is
    a store whose SQLite side file (`-journal`, `-wal`, `-shm`) is any of those, and a side file SQLite
    did not write where no store is yet: SQLite opens them by name (a FIFO at the journal blocked every
    command; one at the WAL, and a stranger's file beside a store being made, were deleted)."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        strangers_side_file(path)
        return False
    except OSError as e:
        raise OutputError(
            f"{path}: 无法打开进展数据库 (cannot open the progress database): {e.strerror}"
        ) from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputError(f"{path}: 是符号链接, 不打开 (a symbolic link: refused; give the real path)")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{path}: 不是普通文件 (not a regular file)")
    if st.st_size == 0 and empty(path):  # an empty file (a user's, or one a --db typo names): no store yet
        strangers_side_file(path)
    if (odd := odd_side_file(path)) is not None:
        raise OutputError(
            f"{odd}: 不是普通文件, 不打开进展数据库 (a side file of the store is not a regular file)"
        )
    return True


@contextlib.contextmanager
def reading(path: Path) -> Iterator[Store | None]:
    """The store at `path` open for reading, or None where there is none: looking never creates one."""
    if not existing(path) or empty(path):  # (an empty file is no store yet: left empty)
        yield None
        return
    with Store(path, readonly=True) as store:
        yield store


def said(u: Update) -> tuple[Any, ...]:
    """What a report says, as the store keeps it unique: the same twice is stored once."""
    return (*u.key, u.status.value, -1 if u.percent is None else u.percent, u.note, u.as_of.isoformat())


def distinct(updates: Iterable[Update]) -> list[Update]:
    """The reports with each saying a thing once (a ledger's rows that repeat one report add it once)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for u in updates:
        if (key := said(u)) not in seen:
            seen.add(key)
            out.append(u)
    return out


def locked(error: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return getattr(error, "sqlite_errorcode", None) in BUSY or "locked" in str(error)


def storable(u: Update) -> Update:
    """The report, if every reading takes what it says: a text past limits.MAX_SCALAR characters is what
    `_row` refuses as another program's, so no writer of ours stores one (pass 145: `progress set --note`
    did, and every reading after called the store damaged; pass 146: `api.store_reports` still did)."""
    texts = (
        ("文档", u.document),
        ("编号", u.id),
        ("单位", u.unit),
        ("完成情况", u.note),
        ("来源文件", u.source.file),
        ("来源工作表", u.source.sheet),
    )  # (each text `_row` bounds, and the source it keeps)
    for what, text in texts:
        if text is not None and len(text) > limits.MAX_SCALAR:
            raise UsageError(
                f"{what}长 {len(text):,} 字, 超过 {limits.MAX_SCALAR:,} 字的上限 "
                f"(a text of {len(text):,} characters; at most {limits.MAX_SCALAR:,})"
            )
    return u


def _row(values: Sequence[Any]) -> Update:
    """A stored report; a row this code cannot read (changed by another program, a damaged page) is a
    ValueError or KeyError, which the reads turn into one DataError naming the store."""
    document, record, unit, status, percent, note, as_of, file, sheet, row, entered = values
    texts, optional = (document, record, unit, status, note, as_of, entered), (file, sheet)
    if not all(isinstance(v, str) for v in texts) or not all(
        v is None or isinstance(v, str) for v in optional
    ):
        raise ValueError("a text column holds no text")  # SQLite keeps any type in any column (a BLOB)
    if any(len(v) > limits.MAX_SCALAR for v in texts if isinstance(v, str)):
        raise ValueError(f"a text longer than {limits.MAX_SCALAR} characters")  # (no report writes one)
    if not all(v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (percent, row)):
        raise ValueError("a number column holds no whole number")
    if percent is not None and not 0 <= percent <= 100:
        raise ValueError(f"a percent of {percent}")  # (no report writes one: a ledger's is checked)
    return Update(
        document,
        record,
        unit,
        Status[status],
        datetime.date.fromisoformat(as_of),
        note,
        percent,
        Source(file, sheet, row),
        datetime.datetime.fromisoformat(entered),
    )


DAMAGE = (sqlite3.DatabaseError, ValueError, KeyError, TypeError)
"""What reading a damaged store, or a row another program wrote, raises (see `_row`)."""
R = TypeVar("R")


def read_checked(method: Callable[..., R]) -> Callable[..., R]:
    """A read of the store an import makes (what it already says, before it adds): a damaged store is
    one line naming it, exit 3, as every reading command's — never exit 70 (pass 145)."""

    @functools.wraps(method)
    def run(store: Store, *args: Any, **kwargs: Any) -> R:
        try:
            return method(store, *args, **kwargs)
        except DAMAGE as e:
            raise store.damaged(e) from None

    return run


class Reading(list[Update]):
    """The reports one reading holds so far, and the characters of their notes and of each name they
    hold once: its bounds count both, however many queries it takes. A name repeats on every report of
    its unit, item and plan: each is held once (pass 95: 500,000 reports each with names of their own
    had run a reading out of memory, counted nowhere)."""

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0
        self.names: dict[str, str] = {}

    def counted(self, row: Sequence[Any]) -> list[Any]:
        """The row with its names (document, record, unit) as held already, its characters counted: its
        free text, a new name, and a name longer than a plan's on every row too, as every row draws it
        (pass 96: one unit of 2,000 characters on 100,000 reports, counted once, ran progress log's
        table out of memory)."""
        values = list(row)
        self.chars += sum(len(values[k]) for k in FREE_TEXT if isinstance(values[k], str))
        for k in NAMES:
            name = values[k]
            if isinstance(name, str):
                held = self.names.setdefault(name, name)
                self.chars += len(name) if held is name else max(len(name) - NAME_CHARS, 0)
                values[k] = held
        return values


class Store:
    """An open progress database. Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike[str] | None = None, readonly: bool = False) -> None:
        """Open (creating or migrating) the store at `path`; None means `store_path()`. `readonly` opens
        an existing store for reading only (`status`, `export`, `progress log`): no write lock is taken,
        so it reads while a writer works, and from a read-only share; one of an older schema is
        migrated first, once, as a writer would."""
        self.path = store_path(path)
        there = existing(self.path)  # a link, a FIFO or a device is refused before anything opens it
        blank = there and self._probe()  # someone else's file is refused before anything is changed
        if readonly and blank:
            raise DataError(
                f"{self.path}: 进展数据库是空文件, 还没有进展 (an empty file: no store yet); 未改动"
            )
        if readonly and self._version_on_disk() == SCHEMA_VERSION:
            self.db = self._connect("mode=ro", READ_BUSY_MS)
            return
        if not there:  # what SQLite left beside a store since moved away: its own, gone
            for leftover in sqlite_leftovers(self.path):
                leftover.unlink(missing_ok=True)
            self._make_new()
        self.db = self._connect("mode=rw")
        try:
            self._check_ours(self.db)
            self._migrate()  # in the file itself first: a new store is never an empty file beside a WAL
            self.db.execute("PRAGMA journal_mode = WAL")  # only now: a foreign file is left as it was
        except sqlite3.DatabaseError as e:
            self.db.close()
            if getattr(e, "sqlite_errorcode", None) == READONLY or "readonly" in str(e):
                raise OutputError(  # a read-only share or mount: it cannot be written, not bad data
                    f"{self.path}: 进展数据库只读, 无法写入 (the progress database is read-only): {e}"
                ) from None
            if locked(e):
                raise self.held_up(e) from None  # another writer held it past the wait: no fault of the data
            raise DataError(
                f"{self.path}: 无法打开进展数据库 (cannot open the progress database): {e}"
            ) from None
        except BaseException:
            self.db.close()
            raise

    def held_up(self, e: sqlite3.Error) -> OutputError:
        return OutputError(
            f"{self.path}: 进展数据库正被另一个进程锁定, 请稍后再试 (the progress database is locked by another "
            f"process; try again): {e}"
        )

    def _connect(self, mode: str, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
        """A connection to the store's own file, by a URI made from its path (whatever characters the
        name holds, SQLite opens that file and no other), with `mode` (mode=ro, mode=rw, immutable=1),
        waiting `busy_ms` for another's lock."""
        target = f"{self.path.resolve().as_uri()}?{mode}"
        try:
            db = sqlite3.connect(target, timeout=busy_ms / 1000, isolation_level=None, uri=True)
            db.execute(f"PRAGMA busy_timeout = {busy_ms}")
        except sqlite3.Error as e:
            raise DataError(
                f"{self.path}: 无法打开进展数据库 (cannot open the progress database): {e}"
            ) from None
        return db

    def _probe(self) -> bool:
        """`_check_ours` through a connection that can change nothing (immutable: no lock, no journal or
        WAL replayed, no side file made): opening someone else's WAL database read-write, or one with a
        hot journal, would fold that into the file and delete the side files. An empty database beside
        a WAL or a journal is someone's unfinished work, not a new store. An immutable reader takes no
        lock, so it may catch a page a writer of ours is putting back, or a store another run is making:
        what it cannot read, or reads as unfinished, is looked at again a few times before it counts.
        True for an empty file (its head read here: a store not made yet)."""
        try:
            with open(self.path, "rb") as f:  # a regular file (`existing`): this cannot block
                head = f.read(len(SQLITE_MAGIC))
        except OSError as e:  # (an I/O error: the store cannot be read — no output was being written)
            raise OutputError(
                f"{self.path}: 无法读取进展数据库 (cannot read the progress database): {e.strerror}"
            ) from None
        if not head:
            return True  # an empty file: a store being made (no store yet, to a reader)
        if head != SQLITE_MAGIC:
            raise DataError(f"{self.path}: 不是进展数据库 (not a SQLite database); 未改动")
        for attempt in range(PROBES):
            probe = self._connect("mode=ro&immutable=1")
            try:
                empty = self._check_ours(probe)
                if not (empty and any(Path(f"{self.path}{side}").exists() for side in ("-wal", "-journal"))):
                    self._check_wal()
                    return False
                failure = DataError(
                    f"{self.path}: 不是 workplan 进展数据库 (foreign SQLite database); 未改动"
                )
            except sqlite3.DatabaseError as e:
                if locked(e):  # (the WAL's reader: an immutable probe takes no lock)
                    raise self.held_up(e) from None
                failure = DataError(
                    f"{self.path}: 无法打开进展数据库 (cannot open the progress database): {e}"
                )
            finally:
                probe.close()
            if attempt + 1 < PROBES:
                time.sleep(PROBE_PAUSE)
        raise failure

    def _check_wal(self) -> None:
        """A WAL or a rollback journal beside the store holds pages the immutable probe does not read: a
        schema written there (a view in our table's place, one that never ends) is seen through a
        read-only connection, which neither folds the WAL into the file nor rolls the journal back (a
        hot journal it cannot roll back is refused as unreadable)."""
        if not any(Path(f"{self.path}{side}").exists() for side in ("-wal", "-journal")):
            return
        reader = self._connect("mode=ro", READ_BUSY_MS)
        try:
            self._check_ours(reader)
        finally:
            reader.close()

    def _version_on_disk(self) -> int | None:
        """The schema version of an existing SQLite store, read from its header without opening it (bytes
        60-63 hold user_version); None when there is no such file."""
        try:
            with open(self.path, "rb") as f:
                head = f.read(100)
        except OSError:
            return None
        if not head.startswith(SQLITE_MAGIC) or len(head) < 64:
            return None
        return int.from_bytes(head[60:64], "big")

    def _check_ours(self, db: sqlite3.Connection) -> bool:
        """Refuse, before anything (not even the journal mode) is changed, a store newer than this code
        and a SQLite file that is someone else's: one holding anything but an empty schema or ours
        (the `updates` table — a table, not a view — with its columns and indexes, and a schema
        version). True for an empty database: a new store."""
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DataError(
                f"{self.path}: 数据库版本 {version} 比本程序新 (schema newer than {SCHEMA_VERSION}); 请升级 workplan"
            )
        objects = {  # SQLite's own tables and indexes aside; a trigger or view of any name is no part of ours
            (kind, name)
            for kind, name in db.execute("SELECT type, name FROM sqlite_master")
            if not (kind in ("table", "index") and SQLITE_OWN.fullmatch(name))
        }
        if not objects and version == 0:
            return True  # a new store
        # the names first: table_info on a view expands it (views on views cost minutes to be refused)
        ours = objects <= OWN_OBJECTS and ("table", "updates") in objects
        ours = ours and {row[1] for row in db.execute("PRAGMA table_info(updates)")} >= V1_COLUMNS
        if version < 1 or not ours:
            raise DataError(f"{self.path}: 不是 workplan 进展数据库 (foreign SQLite database); 未改动")
        return False

    def _make_new(self) -> None:
        """Build a new store whole under a temporary name beside its own, then put it in place under a
        name nothing holds (a store another run made meanwhile is kept, and opened): a store made in
        place and killed in its first commit was left with a journal a reader cannot roll back, and
        every command after refused it (exit 3). 0600 in a 0700 folder: progress notes are the
        office's, not the machine's."""
        folder = self.path.parent
        tmp = temporary_name(self.path)
        try:
            if not folder.exists():
                folder.mkdir(mode=0o700, parents=True)
                folder.chmod(0o700)  # mkdir's mode is filtered by the umask
            clear_stale_temporaries(self.path)
            with signals_raise():  # SIGTERM and SIGHUP, as Ctrl-C, leave no temporary file
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                os.close(os.open(tmp, flags, 0o600))
                try:
                    self.db = sqlite3.connect(
                        f"{tmp.resolve().as_uri()}?mode=rw", isolation_level=None, uri=True
                    )
                    try:
                        self._migrate()
                        self.db.execute("PRAGMA journal_mode = WAL")
                    finally:
                        self.db.close()  # (the last connection: SQLite folds its WAL in and removes it)
                    with contextlib.suppress(FileExistsError):  # another run's, made meanwhile: that one
                        place_new(tmp, self.path)
                finally:
                    for made in (tmp, *sqlite_leftovers(tmp)):
                        made.unlink(missing_ok=True)
        except (OSError, sqlite3.Error) as e:
            raise OutputError(
                f"{self.path}: 无法创建进展数据库 (cannot create the progress database): {e}"
            ) from None
        except Signalled as e:
            signal.raise_signal(e.signum)  # the handler in force before now decides (by default: exit)
            raise OutputError(f"{self.path}: 创建被信号中断 (interrupted by signal {e.signum})") from None

    def _migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION in one transaction; refuse what this code cannot read."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already: after a full disk or an I/O error it
        rolls back by itself, and a second ROLLBACK raised an error that hid the real one (exit 70)."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writes ---------------------------------------------------------------------------------

    def add(
        self,
        updates: Iterable[Update],
        now: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.timezone.utc),
    ) -> list[Update]:
        """Append the reports in one transaction (all or none); returns those that were new.

        A report already stored (same document, id, unit, status, percent, note, as_of) is left out."""
        updates = [storable(u) for u in updates]
        entered = now()
        added = []
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise OutputError(
                f"{self.path}: 无法写入进展数据库 (cannot write the progress database): {e}"
            ) from None
        try:
            for u in updates:
                cursor = self.db.execute(
                    f"INSERT OR IGNORE INTO updates ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        without_surrogates(u.document),  # (a lone surrogate is no text: SQLite refuses it)
                        without_surrogates(u.id),
                        without_surrogates(u.unit),
                        u.status.value,
                        u.percent,
                        without_surrogates(u.note),
                        u.as_of.isoformat(),
                        u.source.file and without_surrogates(u.source.file),
                        u.source.sheet and without_surrogates(u.source.sheet),
                        u.source.row,
                        entered.isoformat(),
                    ),
                )
                if cursor.rowcount:
                    added.append(
                        Update(
                            u.document, u.id, u.unit, u.status, u.as_of, u.note, u.percent, u.source, entered
                        )
                    )
            self.db.execute("COMMIT")
        except BaseException as e:
            self.rollback()
            if isinstance(e, sqlite3.Error):
                raise OutputError(
                    f"{self.path}: 写入失败, 未做任何改动 (write failed; nothing changed): {e}"
                ) from None
            raise
        return added

    # --- reads ----------------------------------------------------------------------------------

    @read_checked
    def new(self, updates: Iterable[Update]) -> list[Update]:
        """The reports `add` would store: for showing what an import will change before it does. One
        saying no percent repeats a stored report of that day with one (the 台账 has no 完成进度 column)."""
        return [
            u
            for u in distinct(updates)
            if self.db.execute(
                "SELECT 1 FROM updates WHERE document = ? AND record = ? AND unit = ? AND status = ? "
                "AND (ifnull(percent, -1) = ?5 OR ?5 = -1) AND note = ? AND as_of = ?",  # (?5: the percent)
                said(u),
            ).fetchone()
            is None
        ]

    @read_checked
    def as_stored(self, u: Update) -> Update:
        """The report with its note as the store holds it where the 台账 returned it as the export wrote it:
        a note holding an invisible character (U+200B pasted from a web page) is exported as the visible
        \\u200b, and came back as six characters, a new report (pass 110). Only that note is read back: a
        \\u200b a clerk types stays as typed (pass 111)."""
        from ..output.render import visible

        if "\\u" not in u.note or (latest := self.last_said(u)) is None:
            return u
        return replace(u, note=latest[2]) if latest[2] != u.note and visible(latest[2]) == u.note else u

    @read_checked
    def last_said(self, u: Update) -> tuple[str, int, str, str] | None:
        """(status, percent or -1, note, day) of the latest report of its item and unit on or before its day."""
        row = self.db.execute(
            f"SELECT status, ifnull(percent, -1), {bounded('note')}, as_of FROM updates "
            "WHERE document = ? AND record = ? "
            "AND unit = ? AND as_of <= ? ORDER BY as_of DESC, rowid DESC LIMIT 1",
            (*u.key, u.as_of.isoformat()),
        ).fetchone()
        if row is None:
            return None
        status, percent, note, day = row
        if not (isinstance(note, str) and isinstance(day, str) and isinstance(percent, int)):
            raise ValueError("a report's column holds no text or number")  # (a BLOB note: pass 145)
        datetime.date.fromisoformat(day)  # (a day no report writes: ValueError)
        return Status[status].value, percent, note, day  # (a status no report writes: KeyError)

    @read_checked
    def shared_reports(
        self, row: Sequence[Update], units: Sequence[str], cell: str
    ) -> tuple[list[Update], str]:
        """The reports a total-sheet row its lead `units` share makes, with its 完成情况 `cell` as written; or
        none and why it cannot tell whose report it is. Where its status and day are as the export wrote
        them (the task's status as a whole from their latest reports, the latest of their days) and it
        says no percent (the export writes none), the status is no one's report: the cell as the export
        would write it now reports nothing (passes 112–115); else each unit's words run from where the
        export wrote them, or from its name (`joint_parts`: a line quoting a partner stays in the words it
        stands in, a line added goes on them, pass 116), and words as stored report nothing, a unit whose
        words are gone reports nothing (its line deleted had stored an empty note), and one whose words
        changed reports them — all of them — under its own status. A unit
        that never reported writing words of its own, or words no unit's, cannot be filed: the status is
        others'. A status, day or percent typed is everyone's, as before."""
        said = {unit: self.last_said(replace(row[0], unit=unit)) for unit in units}
        known = {unit: s for unit, s in said.items() if s is not None}  # (one that never reported: none)
        if not known:
            return list(row), ""
        from ..output.render import visible

        written = [(unit, visible(s[2])) for unit, s in known.items()]  # (as the export writes them: \u200b)
        lines = note_lines(cell)
        alone = written[0][0] if len(written) == 1 else None  # (one report: its note written bare)
        blocks = {unit: note_lines(signed(unit, note)) for unit, note in written if note and alone is None}
        said_alone = note_lines(written[0][1]) if alone is not None else []
        parts = joint_parts(lines, units, bare=alone, written=blocks, bare_said=said_alone)
        whole, day = Status.whole({Status[s[0]] for s in known.values()}), max(s[3] for s in known.values())
        if any(u.status is not whole or u.as_of.isoformat() != day or u.percent is not None for u in row):
            if parts is None:
                return list(row), ""
            # (everyone's report, each unit's words read as the export wrote them: a quote stays put)
            return [replace(u, note=parts.get(u.unit, "")) for u in row], ""
        if lines == note_lines(joint_note(written)):
            return [], ""
        if parts is None:
            return (
                [],
                f"{row[0].id}: 完成情况中有不属于任何牵头单位的文字 (words under no lead unit's name): {lines[0][:20]}",
            )
        stated = dict(written)
        parts = {
            unit: words
            for unit, words in parts.items()
            if note_lines(words) != note_lines(stated.get(unit, ""))
        }
        if strangers := [unit for unit in parts if said.get(unit) is None]:
            return [], (
                f"{row[0].id}: {'、'.join(strangers)} 在几家共用的一行里写了说明, 但这一行的进展状态是其他单位的, "
                "请在本单位的分表或 --unit 导出的台账中填报 (a unit that never reported wrote in a row whose status "
                "is the others': report it on the unit's own sheet)"
            )
        return [  # (under its own status and day, as its own row would be: the row's day is a partner's)
            replace(
                u,
                status=Status[known_unit[0]],
                note=parts[u.unit],
                as_of=datetime.date.fromisoformat(known_unit[3]),
            )
            for u in row
            if u.unit in parts and (known_unit := said[u.unit]) is not None
        ], ""

    @read_checked
    def changed(self, updates: Iterable[Update]) -> list[Update]:
        """The reports that say something new: one identical in status, percent and note to the latest
        stored report of its item and unit before it is a prefilled row returned unchanged, not a new
        report dated the day it came back. A row saying no percent (the 台账 has no 完成进度 column)
        contradicts none: its return had stored the unit's 60% over with nothing (pass 110)."""
        out = []
        for u in updates:
            latest = self.last_said(u)
            if latest is None or latest[:3] != (
                u.status.value,
                latest[1] if u.percent is None else u.percent,
                u.note,
            ):
                out.append(u)
        return out

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM updates").fetchone()[0])

    def log(
        self,
        document: str | None = None,
        record_id: str | None = None,
        unit: str | None = None,
        since: datetime.date | None = None,
    ) -> list[Update]:
        """The reports on one record (or all), of one unit (or every one), dated on or after `since`
        (or ever), oldest first (by as_of, then by entry)."""
        wanted = {"document": document, "record": record_id, "unit": unit}
        where = [f"{column} = ?" for column, value in wanted.items() if value is not None]
        values: list[str] = [value for value in wanted.values() if value is not None]
        if since is not None:
            where.append("as_of >= ?")
            values.append(since.isoformat())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self._reports(f"SELECT {READ_COLUMNS} FROM updates {clause} ORDER BY as_of, rowid", values)

    def _reports(self, query: str, values: Sequence[str], out: Reading | None = None) -> Reading:
        """The reports a query selects, after `out` (the reading's reports so far: its bound counts them
        all, however many queries it takes); a damaged store or a row another program wrote is one DataError."""
        out = Reading() if out is None else out
        try:
            for r in self.db.execute(query, values):
                r = out.counted(r)
                if len(out) == limits.MAX_READ_REPORTS or out.chars > limits.MAX_READ_CHARS:
                    raise DataError(
                        f"{self.path}: 一次读取的进展超过 {limits.MAX_READ_REPORTS:,} 条或 {limits.MAX_READ_CHARS:,} 字 "
                        "(more reports than one reading holds); 请缩小范围 (另一个 --unit, 较晚的 --since), "
                        "或把往年的进展另存一个数据库"
                    )
                out.append(_row(r))
            return out
        except DAMAGE as e:
            raise self.damaged(e) from None

    def damaged(self, e: Exception) -> WorkplanError:
        """What a read that met a damaged page or a row another program wrote says: one line naming the
        store (exit 3), or that a writer holds it."""
        if isinstance(e, sqlite3.OperationalError) and locked(e):
            return self.held_up(e)
        return DataError(
            f"{self.path}: 进展数据库已损坏或被其他程序改动 (damaged or changed by another program): {e}"
        )

    def updates(self, until: datetime.date | None = None) -> list[Update]:
        """Every report with as_of on or before `until` (all when None), oldest first."""
        limit = "9999-12-31" if until is None else until.isoformat()
        # a row whose as_of is not a date is selected too, so that it is reported, not silently left out
        return self._reports(
            f"SELECT {READ_COLUMNS} FROM updates WHERE as_of <= ? OR as_of NOT GLOB '{ISO_GLOB}' "
            "ORDER BY as_of, rowid",
            [limit],
        )

    def reports_on(self, records: Iterable[tuple[str, str]], until: datetime.date) -> list[Update]:
        """The reports on these records (document, id) dated on or before `until`, oldest first per
        item and unit: read through the index on (document, record), so a unit's view of a large store
        reads its own items' reports, not the whole store (300,000 reports: 3.4 s of a 3.6 s `status`)."""
        by_document: dict[str, list[str]] = {}
        for document, record in records:
            by_document.setdefault(document, []).append(record)
        out = Reading()
        for document, ids in by_document.items():
            for start in range(0, len(ids), IN_BATCH):
                chunk = ids[start : start + IN_BATCH]
                self._reports(
                    f"SELECT {READ_COLUMNS} FROM updates WHERE document = ? AND record IN "
                    f"({', '.join('?' * len(chunk))}) AND (as_of <= ? OR as_of NOT GLOB '{ISO_GLOB}') "
                    "ORDER BY as_of, rowid",
                    [document, *chunk, until.isoformat()],
                    out,
                )
        return out

    def latest(self, until: datetime.date | None = None) -> dict[tuple[str, str, str], Update]:
        """The last report per (document, id, unit) as of `until`: the latest as_of, then the latest entry."""
        return {u.key: u for u in self.updates(until)}
