"""The index on disk: one SQLite file per loaded set of data files, so a query reads the rows it returns.

The in-memory `Index` is built once from the documents; `write` stores it as tables (one row per record
with the columns the views need, a table of unit and leader postings, and a full-text table) and
`DiskIndex` answers the same questions from the file. A query for one unit, leader or term reads its
postings and the records it returns: its cost follows the answer, not the corpus. Columns that a filter
needs for every record (document, kind, deadline, …) are read whole only by the commands that filter on
them.

Full text is an FTS5 table over the normalised fields with every character its own token; a term is a
phrase of its characters (an exact hit) or the AND of them (an abbreviation's characters in any order).
Both give a superset of the real matches, which the matcher then checks, so answers and scores are those
of the in-memory index. Only characters whose tokenisation is certain (ASCII letters and digits, the
basic block of CJK ideographs) go into a query; a term with none of them takes every record as a
candidate.

The file is a cache entry, never the source of truth: it carries the cache key it was built under and is
trusted only under that exact key (see cache.py).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import pickle
import sqlite3
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import DataError
from .identity import Identity, registry
from .index import FIELDS, NAME_KEYS, NAMES, Index, deadline_of, record_of, searchable
from .matching import abbreviable, normalise, without_surrogates
from .model import Deadline, Document, Kind, Record, Unit
from .output.render import json_text

SCHEMA = 2  # 2: each record's JSON stored beside its columns
COLUMNS = (
    "document",
    "kind",
    "id",
    "section_number",
    "section",
    "title",
    "text",
    "responsibility",
    *NAME_KEYS,
    "by_division",
    "deadline",
    "deadline_source",
    "milestones",
    "written",
)
ROW = ", ".join(COLUMNS)
T = TypeVar("T")
KINDS = {k.value: k for k in Kind}
BATCH = 500  # positions per `IN (…)` query: under SQLite's variable limit everywhere
RUN = 16  # row ids read by ranges when their runs average this long: one range scan beats IN lists
UPDATE_WAIT = 2.0  # seconds an in-place update waits for readers (or another updater) before it gives up
READ_WAIT = 30.0  # seconds a reader waits for an update's commit (it holds the file only to write it)
PHRASE_MAX = 32  # characters of a term that go into its full-text query


@dataclass(slots=True)
class Head:
    """What a query may need whatever it asks, kept small: the registries, and per document only its id,
    counts and place in time. The documents themselves (sections, registries as written, corrections)
    are read only by the commands that show them."""

    size: int
    counts: dict[str, tuple[int, int]]
    periods: dict[str, tuple[bool, int, int, str]]
    units: dict[str, Unit]
    unit_regions: dict[str, str]
    unit_aliases: dict[str, list[str]]
    leaders: list[str]


def certain(ch: str) -> bool:
    """A character the tokenizer surely keeps as one token: ASCII letters and digits, basic CJK."""
    return (ch.isascii() and ch.isalnum()) or "\u4e00" <= ch <= "\u9fff"


def spaced(text: str) -> str:
    """A field as the full-text table stores it: each character its own token."""
    return " ".join(text)


def _quoted(chars: str) -> str:
    return '"' + " ".join(chars) + '"'


def fts_query(variant: str, exact_only: bool, field: str) -> str | None:
    """The full-text query whose rows include every record where `variant` may match in `field`; None
    when none can be built (no character the tokenizer surely keeps)."""
    runs: list[str] = []
    run = ""
    for ch in variant:
        if certain(ch):
            run += ch
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    if not runs:
        return None
    if not exact_only and abbreviable(variant):  # the characters in order: here, simply all of them
        parts = [_quoted(ch) for ch in dict.fromkeys("".join(runs))]
    else:  # contiguous runs stay phrases; what stood between them is checked by the matcher, and so
        # is all past the first PHRASE_MAX characters (a pasted passage finds its few records by them)
        parts, budget = [], PHRASE_MAX
        for r in runs:
            if budget <= 0:
                break
            parts.append(_quoted(r[:budget]))
            budget -= len(r)
    return f"{{{field}}} : ({' AND '.join(parts)})"


SHIFT = 20  # a row id is its file's slot, then the record's place in the file (under 2**20: 32 MiB)
MASK = (1 << SHIFT) - 1
TABLES = f"""
CREATE TABLE meta (schema INTEGER, key TEXT, base TEXT, identity BLOB, head BLOB);
CREATE TABLE files (slot INTEGER PRIMARY KEY, path TEXT UNIQUE, identity TEXT, ord INTEGER,
                    first INTEGER, count INTEGER, doc TEXT, registry TEXT, leaders TEXT,
                    document BLOB, units TEXT);
CREATE TABLE records (rid INTEGER PRIMARY KEY, {ROW}, json TEXT);
CREATE INDEX records_id ON records (id);
CREATE TABLE names (key TEXT, name TEXT, rid INTEGER, PRIMARY KEY (key, name, rid)) WITHOUT ROWID;
CREATE VIRTUAL TABLE words USING fts5({", ".join(FIELDS)}, content='', tokenize='unicode61 remove_diacritics 0');
"""


class Placement:
    """Where rows sit: a row id is its file's slot and the record's place in the file, a position (as
    `Corpus` knows it) runs through the files in order; one converts to the other through each file's
    first position."""

    def __init__(self, order: Sequence[tuple[int, int]]) -> None:
        """`order`: each file's (first position, slot), in document order."""
        self.firsts = [first for first, _ in order]
        self.slots = [slot for _, slot in order]
        self.first_of = {slot: first for first, slot in order}

    def pos(self, rid: int) -> int:
        return self.first_of[rid >> SHIFT] + (rid & MASK)

    def rid(self, pos: int) -> int:
        k = bisect_right(self.firsts, pos) - 1
        return (self.slots[k] << SHIFT) | (pos - self.firsts[k])


@dataclass(frozen=True, slots=True)
class Files:
    """The data files an index is built from, in document order: each path's identity (cache.py) and
    `base`, what every row depends on besides them (the code, the reference registry)."""

    base: str
    identities: dict[str, str]

    @property
    def key(self) -> str:
        return "\n".join([self.base, *self.identities.values()])


def _unpickled(blob: bytes) -> Any:
    """A value this index stored: read only from a file the cache trusts (ours, private, not a link:
    cache.trusted_path), the same rule as for its pickled entries."""
    return pickle.loads(blob)


def registry_digest(document: Document) -> str:
    """What a file gives the units' identity (identity.py reads nothing else): while no file's digest
    changes and no file comes or goes, the identity stored with the index still holds."""
    import hashlib

    return hashlib.sha256(registry(document).encode("utf-8", "surrogatepass")).hexdigest()


def write_streamed(
    path: Path,
    files: Files,
    identity: Identity,
    load: Callable[[Path], Document],
    reference: Sequence[Document],
    batch: int = 64,
) -> None:
    """Store the index of `files` in a new SQLite file at `path` (empty or absent), one slot per file in
    order, reading the documents `batch` files at a time (`load`, from their cache entries): memory
    holds a batch of records, not the corpus (a million records held whole took 3.4 GiB). `identity` is
    the whole set's (identity.py reads only the registries, which a caller keeps); each batch's rows
    are those a whole build writes."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")  # a fresh private file, renamed into place when whole
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(TABLES)
        db.execute("BEGIN")
        paths = list(files.identities)
        periods: dict[str, tuple[bool, int, int, str]] = {}
        counts: dict[str, tuple[int, int]] = {}
        for start in range(0, len(paths), batch):
            part = Index([load(Path(p)) for p in paths[start : start + batch]], reference, identity)
            _insert(db, part, {d.path: start + n for n, d in enumerate(part.documents)}, files)
            periods |= part.periods
            counts |= part.counts
        _finish(db, files, identity, periods, counts)
        db.execute("COMMIT")
    finally:
        db.close()


def _insert(db: sqlite3.Connection, index: Index, slots: dict[str, int], files: Files) -> None:
    """The rows of `index` (whole documents), each document at the slot given for its path."""
    rids = array("q")
    for d in index.documents:
        base = slots[d.path] << SHIFT
        rids.extend(range(base, base + index.counts[d.meta.id][1]))
    db.executemany(f"INSERT INTO records VALUES (?, {', '.join('?' * len(COLUMNS))}, ?)", _rows(index, rids))
    db.executemany(
        "INSERT INTO names VALUES (?, ?, ?)",
        (
            (key, name, rids[pos])
            for key in NAME_KEYS
            for name, positions in index.postings[key].items()
            for pos in positions
        ),
    )
    fields = [index.fields[f] for f in FIELDS]
    db.executemany(
        f"INSERT INTO words (rowid, {', '.join(FIELDS)}) VALUES (?, {', '.join('?' * len(FIELDS))})",
        ((rids[i], *(spaced(f.normal_value(i)) for f in fields)) for i in range(len(index))),
    )
    db.executemany(
        "INSERT OR REPLACE INTO files (slot, path, identity, count, doc, registry, leaders, document, units) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                slots[d.path],
                d.path,
                files.identities[d.path],
                index.counts[d.meta.id][1],
                d.meta.id,
                registry_digest(d),
                json.dumps([leader.name for leader in d.leaders], ensure_ascii=False),
                pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL),
                json.dumps(sorted(index.document_units[d.meta.id]), ensure_ascii=False),
            )
            for d in index.documents
        ),
    )


def _finish(
    db: sqlite3.Connection,
    files: Files,
    identity: Identity,
    periods: dict[str, tuple[bool, int, int, str]],
    counts: dict[str, tuple[int, int]],
) -> None:
    """Number the files in their order, then the head and the key: written last, so a file whose key
    reads right is whole."""
    slot_of, count_of = {}, {}
    for path, slot, count in db.execute("SELECT path, slot, count FROM files"):
        slot_of[path], count_of[path] = slot, count
    first = 0
    order = []
    for n, path in enumerate(files.identities):
        order.append((n, first, slot_of[path]))
        first += count_of[path]
    db.executemany("UPDATE files SET ord = ?, first = ? WHERE slot = ?", order)
    rows = db.execute("SELECT leaders FROM files ORDER BY ord")
    registered = [name for (names,) in rows for name in json.loads(names)]
    head = Head(
        first,
        counts,
        periods,
        identity.units,
        identity.regions,
        {name: list(u.aliases) for name, u in identity.units.items()},
        list(
            dict.fromkeys([*registered, *_named_leaders(db, Placement([(f, slot) for _, f, slot in order]))])
        ),
    )
    db.execute("DELETE FROM meta")
    db.execute(
        "INSERT INTO meta VALUES (?, ?, ?, ?, ?)",
        (
            SCHEMA,
            files.key,
            files.base,
            pickle.dumps(identity, protocol=pickle.HIGHEST_PROTOCOL),
            pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL),
        ),
    )


def _named_leaders(db: sqlite3.Connection, placement: Placement) -> list[str]:
    """Leaders the records name (an item's 责任领导 too), in the order the records first name them."""
    seen: dict[str, tuple[int, int, int]] = {}
    query = "SELECT key, name, rid FROM names WHERE key IN ('lead_leaders', 'support_leaders')"
    for key, name, rid in db.execute(query):
        place = (placement.pos(rid), key != "lead_leaders", 0)
        if name not in seen or place < seen[name]:
            seen[name] = place
    # within one record, the order its lists give (lead first): read from the record itself
    for name, (pos, support, _) in list(seen.items()):
        (joined,) = db.execute(
            f"SELECT {'support_leaders' if support else 'lead_leaders'} FROM records WHERE rid = ?",
            (placement.rid(pos),),
        ).fetchone()
        seen[name] = (pos, support, joined.split(NAMES).index(name))
    return sorted(seen, key=seen.__getitem__)


def update(path: Path, files: Files, load: Callable[[Path], Document], reference: Sequence[Document]) -> bool:
    """Bring the index at `path` up to `files` by rewriting only the rows of the files that changed,
    were added or removed, in one transaction; False (nothing changed) when a full build is the way:
    other code or reference, many files changed, or the units' identity reads otherwise (a unit id in
    another file's rows might no longer be the one a fresh build gives)."""
    try:
        # a reader keeps its read transaction while it streams: the commit waits for readers this
        # long, then gives up (nothing changed) and the caller builds a new file renamed into place
        db = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True, isolation_level=None, timeout=UPDATE_WAIT)
    except (sqlite3.Error, ValueError):
        return False
    try:
        db.execute("BEGIN IMMEDIATE")  # one updater at a time; the next finds the work done
        done = _update(db, files, load, reference)
        db.execute("COMMIT" if done else "ROLLBACK")
        return done
    except Exception:  # a damaged file, a full disk, …: the caller builds afresh
        return False
    finally:
        db.close()


def _update(
    db: sqlite3.Connection, files: Files, load: Callable[[Path], Document], reference: Sequence[Document]
) -> bool:
    schema, key, base, stored_identity, head_blob = db.execute("SELECT * FROM meta").fetchone()
    if key == files.key:
        return True  # another process brought it up to date meanwhile
    if schema != SCHEMA or base != files.base:
        return False
    stored = {
        p: (slot, ident, reg, doc)
        for slot, p, ident, reg, doc in db.execute("SELECT slot, path, identity, registry, doc FROM files")
    }
    changed = [p for p, ident in files.identities.items() if p not in stored or stored[p][1] != ident]
    removed = [p for p in stored if p not in files.identities]
    if len(changed) + len(removed) > max(8, len(files.identities) // 10):
        return False
    fresh = {p: load(Path(p)) for p in changed}
    ids = {p: row[3] for p, row in stored.items()} | {p: d.meta.id for p, d in fresh.items()}
    order = [ids[p] for p in files.identities]
    if len(set(order)) < len(order):
        return False  # two files with one document id: the full build says which
    identity: Identity = _unpickled(stored_identity)
    forms = identity.forms
    digests = {p: stored[p][2] for p in files.identities if p not in fresh} | {
        p: registry_digest(d) for p, d in fresh.items()
    }
    before = [reg for (reg,) in db.execute("SELECT registry FROM files ORDER BY ord")]
    if list(dict.fromkeys(digests[p] for p in files.identities)) != list(dict.fromkeys(before)):
        # other registries, or the same in another first order (the first entry's facts win, identity.py):
        # the identity is read again (each registry once) and must map every form as before, or a
        # unit id in another file's rows might read otherwise
        first = {digest: p for p, digest in reversed(digests.items())}
        wanted = [p for p in files.identities if first[digests[p]] == p]
        blobs = dict(
            db.execute(
                f"SELECT path, document FROM files WHERE path IN ({', '.join('?' * len(wanted))})", wanted
            )
        )
        identity = Identity([fresh[p] if p in fresh else _unpickled(blobs[p]) for p in wanted], reference)
        if identity.forms != forms:
            return False
    head: Head = _unpickled(head_blob)
    for p in [*changed, *removed]:
        if p in stored:
            _delete(db, stored[p][0])
    next_slot = max((row[0] for row in stored.values()), default=-1) + 1
    slots = {p: stored[p][0] if p in stored else next_slot + n for n, p in enumerate(changed)}
    part = Index([fresh[p] for p in changed], reference, identity)
    _insert(db, part, slots, files)
    periods = {i: part.periods.get(i) or head.periods[i] for i in order}
    counts = {i: part.counts.get(i) or head.counts[i] for i in order}
    _finish(db, files, identity, periods, counts)
    return True


def _delete(db: sqlite3.Connection, slot: int) -> None:
    """Every row of one file: the full-text table is contentless, so each row's values are given again."""
    low, high = slot << SHIFT, ((slot + 1) << SHIFT) - 1
    rows = db.execute(f"SELECT rid, {ROW} FROM records WHERE rid BETWEEN ? AND ?", (low, high)).fetchall()
    db.executemany(
        f"INSERT INTO words (words, rowid, {', '.join(FIELDS)}) VALUES ('delete', ?, {', '.join('?' * len(FIELDS))})",
        ((row[0], *(spaced(normalise(v)) for v in searchable(_record(row)))) for row in rows),
    )
    db.execute("DELETE FROM records WHERE rid BETWEEN ? AND ?", (low, high))
    db.execute("DELETE FROM names WHERE rid BETWEEN ? AND ?", (low, high))
    db.execute("DELETE FROM files WHERE slot = ?", (slot,))


def _rows(index: Index, rids: array) -> Iterable[tuple[Any, ...]]:
    text = index.fields["text"]
    for i in range(len(index)):
        marks = index.milestones.get(i)
        written = index.written.get(i)
        yield (
            rids[i],
            index.document[i],
            index.kind[i].value,
            index.id[i],
            index.section_number[i],
            index.section[i],
            index.title[i],
            text.value(i),
            index.responsibility[i],
            *(index.names[k][i] for k in NAME_KEYS),
            index.by_division[i],
            index.deadline[i],
            index.deadline_source[i],
            json.dumps(marks, ensure_ascii=False) if marks else None,
            json.dumps(written, ensure_ascii=False) if written else None,
            json_text(index.materialise(i).to_json()),  # as a command writes it: never encoded again
        )


def open_index(path: Path, key: str) -> DiskIndex | None:
    """The index stored at `path` if it was built under exactly `key`; None for a miss of any kind."""
    try:
        db = sqlite3.connect(
            f"{path.as_uri()}?mode=ro",
            uri=True,
            check_same_thread=False,
            isolation_level=None,
            timeout=READ_WAIT,
        )
    except (sqlite3.Error, ValueError):
        return None
    try:
        db.execute("PRAGMA query_only=1")
        # one read transaction for the whole run: every later query sees this same state of the file,
        # though another process updates it in place meanwhile (its commit waits for this one to end)
        db.execute("BEGIN")
        row = db.execute("SELECT schema, key, head FROM meta").fetchone()
        if row is None or row[0] != SCHEMA or row[1] != key:
            db.close()
            return None
        head = _unpickled(row[2])
        order = db.execute("SELECT first, slot FROM files ORDER BY ord").fetchall()
    except Exception:  # a damaged or foreign file is a miss, whatever the damage
        db.close()
        return None
    return DiskIndex(db, head, order, path) if isinstance(head, Head) else None


DAMAGE = (
    sqlite3.DatabaseError,
    pickle.UnpicklingError,
    json.JSONDecodeError,
    UnicodeDecodeError,
    EOFError,
    KeyError,
    TypeError,
    ValueError,
    IndexError,
)
"""What a damaged index file raises as it is read (its key read right: the damage is past the head)."""
F = TypeVar("F", bound=Callable[..., Any])


def checked(method: F) -> F:
    """A damaged index is exit 3 with one line, and deleted so the next run rebuilds it; never exit 70
    on every run after."""

    @functools.wraps(method)
    def run(index: DiskIndex, *args: Any, **kwargs: Any) -> Any:
        args = tuple(without_surrogates(a) if isinstance(a, str) else a for a in args)  # (a query's lone
        # surrogate raised UnicodeEncodeError in SQLite, taken for the file's damage: the index deleted)
        try:
            return method(index, *args, **kwargs)
        except DAMAGE:
            with contextlib.suppress(OSError):
                os.unlink(index.path)
            raise DataError(
                f"缓存的索引已损坏, 已删除, 请重新运行 (the cached index was damaged; it is deleted, run the "
                f"command again): {index.path}"
            ) from None

    return run  # type: ignore[return-value]


class _Column(Generic[T]):
    """A records column, read whole the first time it is asked for and then kept on the index."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, index: DiskIndex, owner: type | None = None) -> list[T]:
        column: list[T] = index._column(self.name)
        index.__dict__[self.name] = column  # an instance attribute now: the descriptor is asked no more
        return column


class DiskIndex:
    """The questions `Index` answers, read from its SQLite file: the same positions, records and
    candidates (a superset where `Index` gives one too), so `Corpus` cannot tell them apart.

    Rows are keyed by file slot and place (so one file's rows can be rewritten alone); positions, as
    `Corpus` knows them, run through the files in order, and the two convert through each file's first
    position."""

    def __init__(
        self, db: sqlite3.Connection, head: Head, order: Sequence[tuple[int, int]], path: Path
    ) -> None:
        """`order`: each file's (first position, slot), in document order."""
        self.db = db
        self.path = path
        self.size = head.size
        self.counts = head.counts
        self.periods = head.periods
        self.units = head.units
        self.unit_regions = head.unit_regions
        self.unit_aliases = head.unit_aliases
        self.leaders = head.leaders
        placement = Placement(order)
        self.pos, self.rid = placement.pos, placement.rid
        ends = [*(first for first, _ in order[1:]), head.size]  # each file's rows in row-id order
        self.runs = sorted((slot, first, end - first) for (first, slot), end in zip(order, ends, strict=True))

    def __len__(self) -> int:
        return self.size

    @checked
    def _column(self, name: str) -> list[Any]:
        return self._columns([name])[0]

    @checked
    def _columns(self, names: Sequence[str]) -> list[list[Any]]:
        """Whole columns in one pass over the records (each pass reads every row's page): in row-id order
        a file's rows are one run, placed at its first position by slices, not row by row."""
        rows = self.db.execute(f"SELECT rid, {', '.join(names)} FROM records ORDER BY rid").fetchall()
        rids, *columns = zip(*rows, strict=True) if rows else [()] * (len(names) + 1)
        expected = itertools.chain.from_iterable(
            range(slot << SHIFT, (slot << SHIFT) + count) for slot, _, count in self.runs
        )
        if rids != tuple(expected):  # a row missing, added or moved: columns would fall on others' places
            raise sqlite3.DatabaseError(f"{len(rows)} rows out of place for {self.size} records")
        out = []
        for values in columns:
            column: list[Any] = [None] * self.size
            at = 0
            for _, first, count in self.runs:
                column[first : first + count] = values[at : at + count]
                at += count
            out.append(column)
        return out

    def prefetch(self, names: Sequence[str]) -> None:
        """Read these columns together, for a command that walks every record through all of them (a
        column read alone passes over every row again: at 100k records, 0.2 s each)."""
        plain = [n for n in names if n not in NAME_KEYS]
        if unknown := [n for n in plain if not isinstance(type(self).__dict__.get(n), _Column)]:
            raise ValueError(f"not a plain column: {unknown}")
        wanted = [n for n in names if n not in self.__dict__ and n not in self.names]
        for name, column in zip(wanted, self._columns(wanted) if wanted else [], strict=True):
            (self.names if name in NAME_KEYS else self.__dict__)[name] = column

    @cached_property
    @checked
    def documents(self) -> list[Document]:
        """Unpickled from the file this process has verified (see `open_index`), like the head."""
        rows = self.db.execute("SELECT document FROM files ORDER BY ord")
        return [_unpickled(blob) for (blob,) in rows]

    @cached_property
    @checked
    def document_units(self) -> dict[str, set[str]]:
        rows = self.db.execute("SELECT units FROM files ORDER BY ord")
        return {doc: set(json.loads(units)) for doc, (units,) in zip(self.counts, rows, strict=True)}

    # the columns a filter reads for every record, each read once when first needed
    document: _Column[str] = _Column()
    id: _Column[str] = _Column()
    section_number: _Column[int | None] = _Column()
    section: _Column[str | None] = _Column()
    title: _Column[str] = _Column()
    deadline: _Column[str | None] = _Column()
    deadline_source: _Column[str | None] = _Column()

    @cached_property
    @checked
    def kind(self) -> list[Kind]:
        return [KINDS[v] for v in self._column("kind")]

    @cached_property
    @checked
    def milestones(self) -> dict[int, tuple[tuple[str, str, str], ...]]:
        rows = self.db.execute("SELECT rid, milestones FROM records WHERE milestones IS NOT NULL")
        return {self.pos(rid): tuple(map(tuple, json.loads(marks))) for rid, marks in rows}

    @cached_property
    def names(self) -> dict[str, list[str]]:
        return _Names(self)

    def names_at(self, key: str, i: int) -> tuple[str, ...]:
        joined = self.names[key][i]
        return tuple(joined.split(NAMES)) if joined else ()

    def deadline_at(self, i: int) -> Deadline | None:
        return deadline_of(self.deadline[i], self.deadline_source[i], self.milestones.get(i))

    def materialise(self, i: int) -> Record:
        return self.materialise_many([i])[i]

    @checked
    def document_named(self, doc_id: str) -> Document:
        """One document, read alone unless all of them are already read."""
        if "documents" in self.__dict__:
            return next(d for d in self.documents if d.meta.id == doc_id)
        (blob,) = self.db.execute("SELECT document FROM files WHERE doc = ?", (doc_id,)).fetchone()
        document: Document = _unpickled(blob)
        return document

    @checked
    def with_id(self, rid: str) -> list[int]:
        """Positions of the records with this id: one indexed lookup, not the whole id column."""
        return sorted(self.pos(r) for (r,) in self.db.execute("SELECT rid FROM records WHERE id = ?", (rid,)))

    @checked
    def document_at(self, i: int) -> str:
        if "document" in self.__dict__:
            return self.document[i]
        (document,) = self.db.execute("SELECT document FROM records WHERE rid = ?", (self.rid(i),)).fetchone()
        return str(document)

    @checked
    def materialise_many(
        self, positions: Sequence[int], texts: dict[int, str] | None = None
    ) -> dict[int, Record]:
        """The records at these positions, read in batches of rows; with `texts`, each one's JSON as
        stored (`json_text(record.to_json())`) put there by position too."""
        out: dict[int, Record] = {}
        rids = sorted(map(self.rid, set(positions)))
        spans = runs(rids)
        ranges = len(spans) * RUN <= len(rids)  # long runs of row ids (a document's records): ranges
        columns = f"rid, {ROW}, json" if texts is not None else f"rid, {ROW}"
        queries: list[tuple[str, tuple[int, ...]]]
        if ranges:
            queries = [(f"SELECT {columns} FROM records WHERE rid BETWEEN ? AND ?", span) for span in spans]
        else:
            chunks = (rids[start : start + BATCH] for start in range(0, len(rids), BATCH))
            queries = [
                (f"SELECT {columns} FROM records WHERE rid IN ({', '.join('?' * len(c))})", tuple(c))
                for c in chunks
            ]
        for query, args in queries:
            for row in self.db.execute(query, args):
                pos = self.pos(row[0])
                if texts is not None:
                    texts[pos] = row[-1]
                    row = row[:-1]
                out[pos] = _record(row)
        return out

    @checked
    def where(self, key: str, name: str) -> array:
        rows = self.db.execute("SELECT rid FROM names WHERE key = ? AND name = ?", (key, name))
        return array("q", sorted(self.pos(rid) for (rid,) in rows))

    @checked
    def by_field(
        self, variants: Sequence[str], exact_only: bool, fields: Sequence[str] = FIELDS
    ) -> dict[str, set[int]]:
        found: dict[str, set[int]] = {name: set() for name in fields}
        for variant in variants:
            for name in fields:
                query = fts_query(variant, exact_only, name)
                if query is None:
                    found[name] |= set(range(self.size))
                else:
                    rows = self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
                    found[name] |= {self.pos(rid) for (rid,) in rows}
        return found

    def candidates(
        self, variants: Sequence[str], exact_only: bool, fields: Sequence[str] = FIELDS
    ) -> set[int]:
        return set().union(*self.by_field(variants, exact_only, fields).values())


class _Names(dict[str, list[str]]):
    """A record name column (lead_units, support_leaders, …) read whole the first time it is asked for."""

    def __init__(self, index: DiskIndex) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, key: str) -> list[str]:
        if key not in NAME_KEYS:
            raise KeyError(key)
        column = self[key] = self.index._column(key)
        return column


def runs(rids: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row ids as (first, last) runs of consecutive ids."""
    out: list[tuple[int, int]] = []
    for rid in rids:
        if out and out[-1][1] == rid - 1:
            out[-1] = (out[-1][0], rid)
        else:
            out.append((rid, rid))
    return out


def _record(row: Sequence[Any]) -> Record:
    """A record from its row: the row id, then COLUMNS in their order (a row of any other length is a
    ValueError, as a damaged index should be)."""
    (
        _,
        document,
        kind,
        record_id,
        number,
        section,
        title,
        text,
        responsibility,
        lead,
        responsible,
        support,
        lead_leaders,
        support_leaders,
        by_division,
        deadline,
        source,
        milestones,
        written,
    ) = row
    stored = json.loads(written) if written else None
    names = (lead, responsible, support, lead_leaders, support_leaders)  # NAME_KEYS' order
    return record_of(
        document,
        KINDS[kind],
        record_id,
        (number, section),
        (title, text, responsibility),
        [tuple(joined.split(NAMES)) if joined else () for joined in names],
        by_division,
        deadline_of(deadline, source, json.loads(milestones) if milestones else None),
        (tuple(map(tuple, stored[0])), tuple(map(tuple, stored[1]))) if stored else None,
    )
