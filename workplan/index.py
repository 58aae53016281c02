"""A compact, cacheable index of every loaded record: columns, plus one string per searchable field.

At a hundred thousand records, building a Python object (and a string) per record and field is what
costs time. The index keeps each field of all records in one joined string, so `str.find` and compiled
regular expressions run over the whole corpus in C; only the records a query actually returns become
`Record` objects.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, cast

from .identity import Identity
from .matching import abbreviable, abbreviation_scan, normalise
from .model import UNIT_ROLES, Deadline, DeadlineSource, Document, Kind, Milestone, Record, Unit

SEP = "\x00"  # between records; abbreviations need hanzi in their gaps, so none crosses it
FIELDS = ("title", "units", "leaders", "text")


def joined(values: Iterable[str]) -> tuple[str, array]:
    starts = array("q")
    parts = []
    pos = 0
    for value in values:
        starts.append(pos)
        parts.append(value)
        pos += len(value) + 1
    return SEP.join(parts), starts


def part(joined: str, starts: array, i: int) -> str:
    """Value i of a string `joined` made."""
    end = starts[i + 1] - 1 if i + 1 < len(starts) else len(joined)
    return joined[starts[i] : end]


@lru_cache(maxsize=4096)
def _bare_deadline(iso: str, source: str) -> Deadline:
    """Most records share a handful of deadlines (the quarter's end): one frozen object each, not one
    date parse and one object per record materialised."""
    return Deadline(date.fromisoformat(iso), cast(DeadlineSource, source))


@dataclass(slots=True)
class FieldText:
    """One field of every record: the original values joined, and their normalised forms joined."""

    original: str
    original_starts: array
    normal: str
    normal_starts: array

    @classmethod
    def build(cls, values: Sequence[str]) -> FieldText:
        original, starts = joined(values)
        normal_values = [normalise(v) for v in values]
        if normal_values == list(values):
            return cls(original, starts, original, starts)
        normal, normal_starts = joined(normal_values)
        return cls(original, starts, normal, normal_starts)

    def value(self, i: int) -> str:
        return part(self.original, self.original_starts, i)

    def normal_value(self, i: int) -> str:
        """The normalised form of record i's value (what the on-disk full-text table indexes)."""
        return part(self.normal, self.normal_starts, i)

    def owner(self, pos: int) -> int:
        return bisect_right(self.normal_starts, pos) - 1

    def containing(self, term: str) -> set[int]:
        found = set()
        at = self.normal.find(term)
        while at != -1:
            i = self.owner(at)
            found.add(i)
            # skip to the next record: one hit is enough to make this one a candidate
            at = self.normal_starts[i + 1] if i + 1 < len(self.normal_starts) else len(self.normal)
            at = self.normal.find(term, at)
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        return {self.owner(m.start()) for m in pattern.finditer(self.normal)}


def positions_by_name(lists: Iterable[Sequence[str]]) -> dict[str, array]:
    found: dict[str, array] = {}
    for i, names in enumerate(lists):
        for name in names:
            found.setdefault(name, array("q")).append(i)
    return found


class Sharer:
    """Makes equal values one object, so pickle stores a registry repeated in many documents once."""

    def __init__(self) -> None:
        self.seen: dict[Any, Any] = {}

    def string(self, s: str) -> str:
        return self.seen.setdefault(s, s)

    def value(self, obj: Any) -> Any:
        return self.seen.setdefault((type(obj), repr(obj)), obj)

    def list(self, items: list[Any]) -> list[Any]:
        shared = [self.value(x) for x in items]
        return self.seen.setdefault(("list", *map(id, shared)), shared)


def canonical(record: Record, identity: Identity, region: str) -> Record:
    """The record with the id of each unit it names beside the name as written, so one unit is one
    id across documents and the notice's words stay as they are."""
    renamed = tuple((w, uid) for w in record.units if (uid := identity.key(region, w)) != w)
    return replace(record, renamed=tuple(dict.fromkeys(renamed))) if renamed else record


def ids_of(record: Record, key: str) -> tuple[str, ...]:
    """The ids of the units one of a record's role fields names."""
    return record.ids(getattr(record, key))


def period_key(document: Document) -> tuple[bool, int, int, str]:
    """A document's place in time, for sorting: a missing year, quarter or signing date is unknown and
    sorts before every known one (so last, newest first), never compared with None."""
    meta = document.meta
    return (
        meta.year is not None,
        meta.year or 0,
        meta.quarter or 5,
        meta.signed or "",
    )


def searchable(record: Record) -> tuple[str, str, str, str]:
    """A record's searchable fields (FIELDS, in order) as written: its units by name and by id."""
    return (
        record.title,
        "、".join(dict.fromkeys((*record.units, *record.unit_ids))),
        "、".join(record.lead_leaders + record.support_leaders),
        record.text,
    )


NAMES = "、"  # joins a record's unit or leader names; no name contains it
Written = tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, str], ...]]
"""A record's units as written, per role, and its (name as written, id) pairs: kept only for records
that write some unit otherwise than its id."""


def deadline_of(
    iso: str | None, source: str | None, marks: Sequence[Sequence[str]] | None
) -> Deadline | None:
    """A deadline from its stored form: an ISO date, its source, and (date, phrase, sentence) milestones."""
    if iso is None or source is None:
        return None
    if not marks:
        return _bare_deadline(iso, source)
    milestones = tuple(Milestone(date.fromisoformat(d), p, s) for d, p, s in marks)
    return Deadline(date.fromisoformat(iso), cast(DeadlineSource, source), milestones)


NAME_KEYS = (*UNIT_ROLES, "lead_leaders", "support_leaders")
"""A record's name columns, in the order they are stored and passed to `record_of`."""


def record_of(
    document: str,
    kind: Kind,
    rid: str,
    section: tuple[int | None, str | None],
    words: tuple[str, str, str],
    names: Sequence[tuple[str, ...]],
    by_division: Any,
    deadline: Deadline | None,
    written: Written | None,
) -> Record:
    """A record from its stored columns, whether held in memory or read from disk (positional, not a
    mapping: a query builds tens of thousands): `section` is its number and title, `words` its title,
    text and responsibility, `names` the NAME_KEYS columns, whose unit ones hold ids, and `written` the
    names as the notice writes them where they differ."""
    (lead, responsible, support), renamed = written or (names[:3], ())
    return _built(  # Record's fields in their order
        document,
        kind,
        rid,
        section[0],
        section[1],
        *words,
        lead,
        support,
        responsible,
        bool(by_division),
        names[3],
        names[4],
        deadline,
        renamed,
    )


def _built(
    document: str,
    kind: Kind,
    id: str,
    section_number: int | None,
    section: str | None,
    title: str,
    text: str,
    responsibility: str,
    lead_units: tuple[str, ...],
    support_units: tuple[str, ...],
    responsible_units: tuple[str, ...],
    lead_by_division: bool,
    lead_leaders: tuple[str, ...],
    support_leaders: tuple[str, ...],
    deadline: Deadline | None,
    renamed: tuple[tuple[str, str], ...],
    _new: Any = object.__new__,
    _set: Any = object.__setattr__,
) -> Record:
    """Record(**fields) taking its fields in their order, for the tens of thousands of records a query
    reads: a frozen dataclass's own __init__ looks up object.__setattr__ anew for each field and is
    called by keyword, 40% of building one (2.6 µs against 1.4); this sets each through one local, and
    makes the same record (a field left out would be unset, and every reading of it fail)."""
    record: Record = _new(Record)
    _set(record, "document", document)
    _set(record, "kind", kind)
    _set(record, "id", id)
    _set(record, "section_number", section_number)
    _set(record, "section", section)
    _set(record, "title", title)
    _set(record, "text", text)
    _set(record, "responsibility", responsibility)
    _set(record, "lead_units", lead_units)
    _set(record, "support_units", support_units)
    _set(record, "responsible_units", responsible_units)
    _set(record, "lead_by_division", lead_by_division)
    _set(record, "lead_leaders", lead_leaders)
    _set(record, "support_leaders", support_leaders)
    _set(record, "deadline", deadline)
    _set(record, "renamed", renamed)
    return record


class Index:
    """Every record of the loaded documents, stored by column; documents are kept without their records.

    Columns of shared strings and arrays of positions unpickle in C at memory speed, where a hundred
    thousand small tuples or objects would each cost a Python-level step.
    """

    def __init__(
        self,
        documents: Sequence[Document],
        reference: Sequence[Document] = (),
        identity: Identity | None = None,
    ) -> None:
        """`reference` documents (the curated registry) lend their unit names and short forms to
        documents of the same region; their records are not loaded. `identity`, when given, is that of
        a larger set these documents belong to (the on-disk index rewrites one file's rows with it)."""
        identity = identity or Identity(documents, reference)
        self.identity = identity
        records = [canonical(r, identity, d.meta.region) for d in documents for r in d.records]
        share = Sharer()
        self.documents = [
            replace(
                d,
                records=[],
                sections=share.list(d.sections),
                units=share.list(d.units),
                leaders=share.list(d.leaders),
                corrections=share.list(d.corrections),
            )
            for d in documents
        ]
        self.periods = {d.meta.id: period_key(d) for d in documents}
        self.counts = {
            d.meta.id: (sum(r.kind == "task" for r in d.records), len(d.records)) for d in documents
        }
        self.units: dict[str, Unit] = identity.units
        self.unit_regions: dict[str, str] = identity.regions
        self.unit_aliases: dict[str, list[str]] = {name: list(u.aliases) for name, u in self.units.items()}
        self.document_units = {
            d.meta.id: {identity.key(d.meta.region, u.name) for u in d.units} for d in documents
        }
        registered = (leader.name for d in self.documents for leader in d.leaders)
        named = (n for r in records for n in r.lead_leaders + r.support_leaders)  # an item's 责任领导 too
        self.leaders = list(dict.fromkeys([*registered, *named]))

        one = share.string
        self.document = [one(r.document) for r in records]
        self.kind: list[Kind] = [r.kind for r in records]
        self.id = [one(r.id) for r in records]
        self.section_number = [r.section_number for r in records]
        self.section = [one(r.section) if r.section else None for r in records]
        self.title = [one(r.title) for r in records]
        self.responsibility = [one(r.responsibility) for r in records]
        self.by_division = bytes(r.lead_by_division for r in records)
        # deadlines as shared ISO strings, milestones only where a record has any: dates and small
        # objects per record would cost a Python step each when the index is unpickled
        self.deadline = [one(r.deadline.date.isoformat()) if r.deadline else None for r in records]
        self.deadline_source = [one(r.deadline.source) if r.deadline else None for r in records]
        self.milestones = {
            i: tuple((m.date.isoformat(), m.phrase, m.sentence) for m in r.deadline.milestones)
            for i, r in enumerate(records)
            if r.deadline and r.deadline.milestones
        }
        # unit columns hold ids (what queries, postings and progress use); the names as written are
        # kept only for the records that write some unit otherwise than its id
        self.names: dict[str, list[str]] = {}
        self.postings: dict[str, dict[str, array]] = {}
        for key in NAME_KEYS:  # one column at a time: peak memory
            lists = [ids_of(r, key) if key in UNIT_ROLES else getattr(r, key) for r in records]
            self.names[key] = [one(NAMES.join(names)) for names in lists]
            self.postings[key] = positions_by_name(lists)
        self.written: dict[int, Written] = {
            i: (tuple(tuple(getattr(r, key)) for key in UNIT_ROLES), r.renamed)
            for i, r in enumerate(records)
            if r.renamed
        }
        values = [searchable(r) for r in records]
        self.fields = {name: FieldText.build([v[k] for v in values]) for k, name in enumerate(FIELDS)}

    def __len__(self) -> int:
        return len(self.id)

    def materialise(self, i: int) -> Record:
        """The record at position i, built from the columns."""
        return record_of(
            self.document[i],
            self.kind[i],
            self.id[i],
            (self.section_number[i], self.section[i]),
            (self.title[i], self.fields["text"].value(i), self.responsibility[i]),
            [self.names_at(key, i) for key in NAME_KEYS],
            self.by_division[i],
            self.deadline_at(i),
            self.written.get(i),
        )

    def prefetch(self, names: Sequence[str]) -> None:
        """Nothing to read: every column is in memory (`DiskIndex` reads them from disk together)."""

    def document_named(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.meta.id == doc_id)

    def with_id(self, rid: str) -> list[int]:
        """Positions of the records with this id (one per document that has it)."""
        return [i for i, x in enumerate(self.id) if x == rid]

    def document_at(self, i: int) -> str:
        return self.document[i]

    def materialise_many(
        self, positions: Sequence[int], texts: dict[int, str] | None = None
    ) -> dict[int, Record]:
        """The records at these positions; `texts` stays empty: held in memory, no record's JSON is
        stored, and a command encodes each as it writes it."""
        return {i: self.materialise(i) for i in positions}

    def names_at(self, key: str, i: int) -> tuple[str, ...]:
        """The names of one record's `key` list (lead_units, support_leaders, …)."""
        joined = self.names[key][i]
        return tuple(joined.split(NAMES)) if joined else ()

    def deadline_at(self, i: int) -> Deadline | None:
        return deadline_of(self.deadline[i], self.deadline_source[i], self.milestones.get(i))

    def where(self, key: str, name: str) -> array:
        """Positions of the records whose `key` list (lead_units, support_leaders, …) names `name`."""
        return self.postings[key].get(name, array("q"))

    def by_field(
        self, variants: Sequence[str], exact_only: bool, fields: Sequence[str] = FIELDS
    ) -> dict[str, set[int]]:
        """For each field, the records where any variant may match there (a superset of the real matches)."""
        found: dict[str, set[int]] = {name: set() for name in fields}
        for variant in variants:
            pattern = None if exact_only or not abbreviable(variant) else abbreviation_scan(variant)
            for name in fields:
                field = self.fields[name]
                found[name] |= field.containing(variant) if pattern is None else field.matching(pattern)
        return found

    def candidates(
        self, variants: Sequence[str], exact_only: bool, fields: Sequence[str] = FIELDS
    ) -> set[int]:
        """Records where any variant may match in any of the fields."""
        return set().union(*self.by_field(variants, exact_only, fields).values())
