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

import json
import pickle
import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from .index import FIELDS, NAMES, Index, deadline_of, record_of
from .matching import abbreviable
from .model import UNIT_ROLES, Deadline, Document, Kind, Record, Unit

SCHEMA = 1
NAME_KEYS = (*UNIT_ROLES, "lead_leaders", "support_leaders")
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
    else:  # contiguous runs stay phrases; what stood between them is checked by the matcher
        parts = [_quoted(r) for r in runs]
    return f"{{{field}}} : ({' AND '.join(parts)})"


def write(index: Index, path: Path, key: str) -> None:
    """Store `index` as a new SQLite file at `path` (which must not exist), the key written last."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")  # a fresh private file, renamed into place when whole
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        db.execute("CREATE TABLE meta (schema INTEGER, key TEXT, head BLOB)")
        db.execute("CREATE TABLE documents (pos INTEGER PRIMARY KEY, document BLOB, units TEXT)")
        db.execute(f"CREATE TABLE records (pos INTEGER PRIMARY KEY, {ROW})")
        db.execute(
            "CREATE TABLE names (key TEXT, name TEXT, pos INTEGER, PRIMARY KEY (key, name, pos)) WITHOUT ROWID"
        )
        db.execute(
            f"CREATE VIRTUAL TABLE words USING fts5({', '.join(FIELDS)}, content='', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        db.executemany(f"INSERT INTO records VALUES (?, {', '.join('?' * len(COLUMNS))})", _rows(index))
        db.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            (
                (key_, name, pos)
                for key_ in NAME_KEYS
                for name, positions in index.postings[key_].items()
                for pos in positions
            ),
        )
        fields = [index.fields[f] for f in FIELDS]
        db.executemany(
            f"INSERT INTO words (rowid, {', '.join(FIELDS)}) VALUES (?, {', '.join('?' * len(FIELDS))})",
            ((i, *(spaced(f.normal_value(i)) for f in fields)) for i in range(len(index))),
        )
        db.executemany(
            "INSERT INTO documents VALUES (?, ?, ?)",
            (
                (
                    n,
                    pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL),
                    json.dumps(sorted(index.document_units[d.meta.id]), ensure_ascii=False),
                )
                for n, d in enumerate(index.documents)
            ),
        )
        head = Head(
            len(index),
            index.counts,
            index.periods,
            index.units,
            index.unit_regions,
            index.unit_aliases,
            index.leaders,
        )
        db.execute(
            "INSERT INTO meta VALUES (?, ?, ?)",
            (SCHEMA, key, pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)),
        )
        db.execute("COMMIT")
    finally:
        db.close()


def _rows(index: Index) -> Iterable[tuple[Any, ...]]:
    text = index.fields["text"]
    for i in range(len(index)):
        marks = index.milestones.get(i)
        written = index.written.get(i)
        yield (
            i,
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
        )


def open_index(path: Path, key: str) -> DiskIndex | None:
    """The index stored at `path` if it was built under exactly `key`; None for a miss of any kind."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except (sqlite3.Error, ValueError):
        return None
    try:
        db.execute("PRAGMA query_only=1")
        row = db.execute("SELECT schema, key, head FROM meta").fetchone()
        if row is None or row[0] != SCHEMA or row[1] != key:
            db.close()
            return None
        head = pickle.loads(row[2])
    except Exception:  # a damaged or foreign file is a miss, whatever the damage
        db.close()
        return None
    return DiskIndex(db, head) if isinstance(head, Head) else None


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
    candidates (a superset where `Index` gives one too), so `Corpus` cannot tell them apart."""

    def __init__(self, db: sqlite3.Connection, head: Head) -> None:
        self.db = db
        self.size = head.size
        self.counts = head.counts
        self.periods = head.periods
        self.units = head.units
        self.unit_regions = head.unit_regions
        self.unit_aliases = head.unit_aliases
        self.leaders = head.leaders

    def __len__(self) -> int:
        return self.size

    def _column(self, name: str) -> list[Any]:
        return [v for (v,) in self.db.execute(f"SELECT {name} FROM records ORDER BY pos")]

    @cached_property
    def documents(self) -> list[Document]:
        """Unpickled from the file this process has verified (see `open_index`), like the head."""
        rows = self.db.execute("SELECT document FROM documents ORDER BY pos")
        return [pickle.loads(blob) for (blob,) in rows]

    @cached_property
    def document_units(self) -> dict[str, set[str]]:
        rows = self.db.execute("SELECT units FROM documents ORDER BY pos")
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
    def kind(self) -> list[Kind]:
        return [KINDS[v] for v in self._column("kind")]

    @cached_property
    def milestones(self) -> dict[int, tuple[tuple[str, str, str], ...]]:
        rows = self.db.execute("SELECT pos, milestones FROM records WHERE milestones IS NOT NULL")
        return {pos: tuple(map(tuple, json.loads(marks))) for pos, marks in rows}

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

    def materialise_many(self, positions: Sequence[int]) -> dict[int, Record]:
        """The records at these positions, read in batches of rows."""
        out: dict[int, Record] = {}
        wanted = sorted(set(positions))
        if len(wanted) > self.size // 2:  # most of the corpus: one pass over the table
            rows: Iterable[tuple[Any, ...]] = self.db.execute(f"SELECT pos, {ROW} FROM records")
            keep = set(wanted)
            out = {row[0]: _record(row) for row in rows if row[0] in keep}
            return out
        for start in range(0, len(wanted), BATCH):
            chunk = wanted[start : start + BATCH]
            query = f"SELECT pos, {ROW} FROM records WHERE pos IN ({', '.join('?' * len(chunk))})"
            for row in self.db.execute(query, chunk):
                out[row[0]] = _record(row)
        return out

    def where(self, key: str, name: str) -> array:
        rows = self.db.execute("SELECT pos FROM names WHERE key = ? AND name = ? ORDER BY pos", (key, name))
        return array("q", (pos for (pos,) in rows))

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
                    found[name] |= {
                        pos
                        for (pos,) in self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
                    }
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


def _record(row: Sequence[Any]) -> Record:
    values = dict(zip(COLUMNS, row[1:], strict=True))
    names = {k: tuple(values[k].split(NAMES)) if values[k] else () for k in NAME_KEYS}
    written = json.loads(values["written"]) if values["written"] else None
    marks = json.loads(values["milestones"]) if values["milestones"] else None
    return record_of(
        values,
        names,
        written=(tuple(map(tuple, written[0])), tuple(map(tuple, written[1]))) if written else None,
        deadline=deadline_of(values["deadline"], values["deadline_source"], marks),
        kind=KINDS[values["kind"]],
    )
