"""The loaded documents and every question asked of them: select, resolve, relate, group and count.

Everything here takes values and returns values; nothing knows about terminals, formats or exit codes.
"""

from __future__ import annotations

import datetime
import fnmatch
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, overload

from . import limits
from .bodies import Body, resolve_unit
from .diskindex import DiskIndex
from .errors import UsageError
from .ids import chinese_number, parse_ref
from .index import Index
from .matching import normalise, normalise_query, resolve_name, shorten
from .model import UNIT_ROLES, Correction, Document, Kind, Record, Role, Unit
from .output.render import json_text

if TYPE_CHECKING:  # the search and diff modules are loaded only by the commands that use them
    from .diff import Diff
    from .search import SearchHit

MAX_CHOICES = 10  # candidates listed in an error line
ROLE_ORDER = {Role.lead: 0, Role.responsible: 1, Role.support: 2, Role.mentioned: 3}


@dataclass(frozen=True, slots=True, kw_only=True)
class Selection:
    """Which records a question is about; every field narrows, and an empty Selection is everything.

    `role` narrows what `unit` or `leader` relate to (without `role`, a unit's records are those it leads
    or supports, not those that merely mention it); a role with neither is refused, not ignored.
    """

    documents: tuple[str, ...] = ()
    section: str | None = None
    kind: Kind | None = None
    unit: str | None = None
    leader: str | None = None
    role: Role | None = None
    terms: tuple[str, ...] = ()
    exact: bool = False
    due_before: datetime.date | None = None  # only records whose deadline is on or before this date
    by_deadline: bool = False  # order select()'s records by deadline (then document order)


EVERYTHING = Selection()


@dataclass(frozen=True, slots=True)
class Hit:
    """A record together with how the unit or leader asked about relates to it."""

    record: Record
    role: Role
    via: str | None = None  # the collective (各街道) through which a member supports it

    @property
    def id(self) -> str:
        """The record's id, so a list of hits reads like a list of records."""
        return self.record.id

    def to_json(self) -> dict[str, Any]:
        return self.record.to_json() | {"role": self.role.value, "via": self.via}


@dataclass(slots=True)
class Group:
    """A unit's or a leader's records, by role."""

    name: str
    kind: str
    lead: list[Record] = field(default_factory=list)
    support: list[Record] = field(default_factory=list)
    responsible: list[Record] = field(default_factory=list)  # named, the role not written
    mentioned: list[Record] = field(default_factory=list)

    def add(self, hit: Hit) -> None:
        self.of(hit.role).append(hit.record)

    def of(self, role: Role) -> list[Record]:
        if role is Role.lead:
            return self.lead
        if role is Role.support:
            return self.support
        if role is Role.responsible:
            return self.responsible
        return self.mentioned

    @property
    def total(self) -> int:
        return len(self.lead) + len(self.responsible) + len(self.support)


class Stored:
    """Records' JSON as the on-disk index stored it, kept for as long as the corpus holds the record:
    a command writing a record out splices that text rather than encoding the record again (encoding
    took a third of a 9,000-record search answer's time). Never needed for a right answer: a record
    with no text here is encoded as `json_text(record.to_json())`, which is what the index stored."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[Record, str]] = {}  # by id(record), the record kept alive beside
        self._batch: list[int] = []  # the entries of the batch a stream read last

    def hold(self, records: dict[int, Record], texts: dict[int, str], batch: bool = False) -> None:
        """Keep `texts` (by position) for `records` (by position); a stream's `batch` replaces the
        one before it, so a listing of a million records holds one batch of texts."""
        if batch:
            for key in self._batch:
                self._held.pop(key, None)
            self._batch = []
        for pos, text in texts.items():
            record = records[pos]
            self._held[id(record)] = (record, text)
            if batch:
                self._batch.append(id(record))

    def held(self, record: Record) -> str | None:
        """The record's JSON as stored, while this record is held."""
        held = self._held.get(id(record))
        return held[1] if held is not None and held[0] is record else None

    def text(self, record: Record) -> str:
        held = self.held(record)
        return held if held is not None else json_text(record.to_json())


class Records(Sequence[Record]):
    """A selection's records, read in batches as they are iterated and not kept: listing a million
    records holds one batch at a time."""

    BATCH = 512

    def __init__(self, index: Index | DiskIndex, positions: Sequence[int], stored: Stored) -> None:
        """`stored`: where the records' JSON as the index stored it is kept while their batch is read."""
        self.source = index
        self.positions = positions
        self.stored = stored

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[Record]:
        for start in range(0, len(self.positions), self.BATCH):
            chunk = self.positions[start : start + self.BATCH]
            texts: dict[int, str] = {}
            found = self.source.materialise_many(chunk, texts)
            self.stored.hold(found, texts, batch=True)
            yield from (found[i] for i in chunk)

    @overload
    def __getitem__(self, i: int) -> Record: ...
    @overload
    def __getitem__(self, i: slice) -> Records: ...
    def __getitem__(self, i: int | slice) -> Record | Records:
        if isinstance(i, slice):
            return Records(self.source, self.positions[i], self.stored)
        return self.source.materialise(self.positions[i])


@dataclass(frozen=True, slots=True)
class SectionCount:
    number: int
    title: str
    tasks: int


@dataclass(frozen=True, slots=True)
class DocumentCount:
    document: str
    tasks: int
    projects: int
    units: int


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over a selection: per kind, per section, per unit and per leader."""

    tasks: int
    projects: int
    sections: list[SectionCount]
    units: list[Group]
    leaders: list[Group]


class Corpus:
    """All loaded documents, with registries merged by name across documents.

    Records live in the Index; they become Record objects only when a query returns them, so a query
    over a hundred thousand records touches columns and joined strings, not a hundred thousand objects.
    """

    def __init__(self, index: Index | DiskIndex) -> None:
        self.index = index
        self.units: dict[str, Unit] = index.units
        self.unit_aliases = index.unit_aliases
        self.leaders = index.leaders
        self.collectives = {u.name: u.members for u in self.units.values() if u.members}
        # groups of units (各街道, 相关成员单位 whose members the notice does not list): never a unit that reports
        self.groups = frozenset(u.name for u in self.units.values() if u.kind == "collective")
        self._records: dict[int, Record] = {}
        self.stored = Stored()
        # a returned 台账 names the same few units on every row: resolve each spelling once
        self._units: dict[tuple[str, tuple[str, ...]], str] = {}

    @functools.cached_property
    def bodies(self) -> dict[str, Body]:
        """Every unit as the name resolver reads it, within its own region."""
        regions = self.index.unit_regions
        return {
            key: Body.of(key, aliases, regions.get(key, "")) for key, aliases in self.unit_aliases.items()
        }

    @property
    def documents(self) -> list[Document]:
        """Every loaded document, without its records (read from disk the first time it is asked for)."""
        return self.index.documents

    @classmethod
    def of(cls, documents: Sequence[Document]) -> Corpus:
        return cls(Index(documents))

    def __len__(self) -> int:
        return len(self.index)

    @property
    def multi(self) -> bool:
        return len(self.index.counts) > 1

    def ref(self, record: Record) -> str:
        """How a record is named to the user: DOC:ID once several documents are loaded."""
        return record.ref if self.multi else record.id

    def record_text(self, record: Record, extra: dict[str, Any]) -> str:
        """`json_text(record.to_json() | extra)` (keys of `extra` after the record's own), from the
        record's stored JSON where the index has it."""
        return self.stored.text(record)[:-1] + ", " + json_text(extra)[1:]

    def records_at(self, positions: Iterable[int], rendered: bool = False) -> list[Record]:
        """The records at these positions, each built once per corpus (read in batches from disk);
        `rendered`: with their JSON as stored, for a command that writes them (the others read less)."""
        positions = list(positions)
        missing = [i for i in positions if i not in self._records]
        if missing:
            texts: dict[int, str] | None = {} if rendered else None
            found = self.index.materialise_many(missing, texts)
            self._records.update(found)
            self.stored.hold(found, texts or {})
        return [self._records[i] for i in positions]

    def ids(self) -> list[str]:
        ix = self.index
        return [f"{d}:{i}" for d, i in zip(ix.document, ix.id, strict=True)] if self.multi else list(ix.id)

    @property
    def records(self) -> list[Record]:
        return self.records_at(range(len(self.index)))

    def counts(self, doc_id: str) -> tuple[int, int]:
        """(tasks, projects) of one document."""
        tasks, total = self.index.counts[doc_id]
        return tasks, total - tasks

    def document(self, doc_id: str) -> Document:
        return self.index.document_named(doc_id)

    def corrections_for(self, record: Record) -> list[Correction]:
        return [c for c in self.document(record.document).corrections if c.where == record.id]

    # --- resolution -----------------------------------------------------------------------------

    def resolve_unit(self, name: str, documents: Sequence[str] = ()) -> str:
        """The key of a unit as typed: full name, short form, unique part or abbreviation; with
        `documents`, only units those documents name (so --doc settles which district's office)."""
        key = (name, tuple(documents))
        if key not in self._units:
            bodies = self.bodies
            if documents:
                scope = set().union(*(self.index.document_units[d] for d in self.document_ids(documents)))
                bodies = {k: v for k, v in bodies.items() if k in scope}
            self._units[key] = resolve_unit(name, bodies)
        return self._units[key]

    def reporting_unit(self, name: str, documents: Sequence[str] = ()) -> str:
        """`resolve_unit` for a unit that reports: a group of units (各街道, 相关成员单位) is refused, for
        its members report, each for itself; its rows, sheet or log could only ever be empty."""
        unit = self.resolve_unit(name, documents)
        if unit in self.groups or unit in self.collectives:
            members = self.collectives.get(unit, [])
            shown = f" ({'、'.join(members[:3])}{'等' if len(members) > 3 else ''})" if members else ""
            raise UsageError(
                f"{unit} 是一组单位{shown}, 由其中的单位各自报送, 请按单位指定 "
                "(a group of units: each of its members reports for itself; name a member)"
            )
        return unit

    def resolve_leader(self, name: str) -> str:
        return resolve_name(name, {n: [] for n in self.leaders}, "leader")

    def record(self, ref: str) -> Record:
        """One record by id (2.6, 二(六), G4, 攻坚四) or DOC:ID."""
        return self.records_at([self.position(ref)])[0]

    def position(self, ref: str) -> int:
        """Where one record (named as `record` takes it) sits in the index."""
        doc_part, rid = parse_ref(ref)
        ix = self.index
        found = [i for i in ix.with_id(rid) if doc_part is None or ix.document_at(i) == doc_part]
        if len(found) == 1:
            return found[0]
        if found:
            choices = ", ".join(f"{ix.document_at(i)}:{rid}" for i in found[:MAX_CHOICES])
            more = f" … ({len(found)} in all)" if len(found) > MAX_CHOICES else ""
            raise UsageError(
                f"编号 {shorten(ref)!r} 在多个文档中都有 (id exists in several documents)",
                hints=[f"请用 use one of: {choices}{more}"],
            )
        import difflib

        close = difflib.get_close_matches(ref[: limits.MAX_ID_LENGTH], self.ids(), n=5, cutoff=0.5)
        hint = (
            f"是否指 did you mean: {', '.join(close)}?"
            if close
            else "编号形如 ids look like 2.6, 二(六), G4, 攻坚四"
        )
        raise UsageError(f"没有这一项 (no record {shorten(ref)!r})", hints=[hint])

    def document_ids(self, patterns: Sequence[str]) -> set[str]:
        """Document ids named by exact id, unique prefix or glob (yangpu-2020*)."""
        known = list(self.index.counts)
        chosen: set[str] = set()
        for pattern in patterns:
            if pattern in known:
                chosen.add(pattern)
                continue
            if not pattern.strip():  # `--doc ""` and `diff '' ''` had named every document
                raise UsageError("文档名为空 (an empty document name: give an id, a unique prefix or a glob)")
            # fnmatch's translation is quadratic in 「[」: 40,000 took 34 s
            if len(pattern) > limits.MAX_PATTERN:
                raise UsageError(
                    f"--doc 模式太长 (a document pattern of at most {limits.MAX_PATTERN} characters): {shorten(pattern)!r}"
                )
            found = (
                fnmatch.filter(known, pattern)
                if any(c in pattern for c in "*?[")
                else [k for k in known if k.startswith(pattern)]
            )
            if not found:
                raise UsageError(
                    f"没有这个文档 (no document {shorten(pattern)!r})",
                    hints=["已载入 loaded: " + ", ".join(known[:MAX_CHOICES])],
                )
            if len(found) > 1 and not any(c in pattern for c in "*?["):
                raise UsageError(
                    f"文档 {pattern!r} 不明确 (ambiguous)",
                    hints=["可选 one of: " + ", ".join(found[:MAX_CHOICES])],
                )
            chosen.update(found)
        return chosen

    def section_filter(self, query: str, documents: Sequence[str] = ()) -> Callable[[int], bool]:
        """Which positions a --section names: a title (综合经济, or part of it) in every document, since
        numbering changes between quarters; a number (2, 二) only within one document, or as DOC:N."""
        ix = self.index
        doc_part, sep, part = query.replace("：", ":").rpartition(":")
        scope = self.document_ids([doc_part]) if sep else self.document_ids(documents) if documents else None
        in_scope = [d for d in self.documents if scope is None or d.meta.id in scope]
        n = chinese_number(normalise(part).rstrip("、"))
        if n is not None:
            if len(in_scope) > 1:
                raise UsageError(
                    f"载入了多个文档, 板块编号 {query!r} 不明确 (several documents: give a section title or DOC:N)"
                )
            numbers = {s.number for d in in_scope for s in d.sections}
            if n not in numbers:
                raise UsageError(
                    f"没有板块 {query!r} (no such section)",
                    hints=[f"sections are numbered 1-{max(numbers, default=0)}"],
                )
            docs = {d.meta.id for d in in_scope}
            return lambda i: ix.section_number[i] == n and ix.document[i] in docs
        titles: dict[str, list[str]] = {s.title: [] for d in in_scope for s in d.sections}
        title = resolve_name(part, titles, "section")
        docs = {d.meta.id for d in in_scope}
        return lambda i: ix.section[i] == title and ix.document[i] in docs

    # --- relations ------------------------------------------------------------------------------

    def unit_role(self, record: Record, unit: str) -> Hit | None:
        """How a unit relates to a record, the strongest relation first; None when it does not."""
        if unit in record.lead_ids:
            return Hit(record, Role.lead)
        if unit in record.responsible_ids:
            return Hit(record, Role.responsible)
        if unit in record.support_ids:
            return Hit(record, Role.support)
        for collective in record.support_ids:
            if unit in self.collectives.get(collective, ()):
                return Hit(record, Role.support, via=collective)
        if any(form in record.text or form in record.title for form in self.mention_forms(unit)):
            return Hit(record, Role.mentioned)
        return None

    def mention_forms(self, unit: str) -> list[str]:
        """Names that count as a mention in running text; two-character short forms are too vague."""
        return [unit] + [a for a in self.unit_aliases.get(unit, []) if len(a) >= 3]

    def _unit_candidates(self, unit: str) -> set[int]:
        """Every record that may relate to the unit: responsible directly or via a collective, or naming it."""
        ix = self.index
        found = set().union(*(ix.where(key, unit) for key in UNIT_ROLES))
        for collective, members in self.collectives.items():
            if unit in members:
                found.update(ix.where("support_units", collective))
        return found | ix.candidates(self.mention_forms(unit), exact_only=True, fields=("title", "text"))

    def unit_hits(self, unit: str, positions: Iterable[int], rendered: bool = False) -> list[tuple[int, Hit]]:
        """(position, hit) for every record among `positions` related to the unit, in document order."""
        wanted = sorted(self._unit_candidates(unit) & set(positions))
        return [
            (i, h)
            for i, r in zip(wanted, self.records_at(wanted, rendered), strict=True)
            if (h := self.unit_role(r, unit))
        ]

    def _leader_hits(
        self, leader: str, positions: Iterable[int], rendered: bool = False
    ) -> list[tuple[int, Hit]]:
        lead = set(self.index.where("lead_leaders", leader))
        support = set(self.index.where("support_leaders", leader)) - lead
        wanted = sorted((lead | support) & set(positions))
        return [
            (i, Hit(r, Role.lead if i in lead else Role.support))
            for i, r in zip(wanted, self.records_at(wanted, rendered), strict=True)
        ]

    def by_unit(self, name: str, selection: Selection = EVERYTHING) -> list[Hit]:
        """A unit's records (the name as a person types it), leads first, then supports, then mentions."""
        unit = self.resolve_unit(name, selection.documents)
        everything = self._positions(replace(selection, unit=None, role=None))
        hits = [h for _, h in self.unit_hits(unit, everything, rendered=True)]
        if selection.role is not None:
            hits = [h for h in hits if h.role is selection.role]
        newest = self.newest_first()
        return sorted(hits, key=lambda h: (newest[h.record.document], ROLE_ORDER[h.role]))

    def newest_first(self) -> dict[str, int]:
        """Each document's rank, the newest plan first: a unit's history reads from this quarter back."""
        periods = self.index.periods
        return {doc: rank for rank, doc in enumerate(sorted(periods, key=periods.__getitem__, reverse=True))}

    def by_leader(self, name: str, selection: Selection = EVERYTHING) -> list[Hit]:
        """A leader's projects and items (an item's 责任领导 too), those led first."""
        leader_role(selection.role)
        leader = self.resolve_leader(name)
        positions = self._positions(replace(selection, leader=None, role=None))
        hits = [h for _, h in self._leader_hits(leader, positions, rendered=True)]
        if selection.role is not None:
            hits = [h for h in hits if h.role is selection.role]
        return sorted(hits, key=lambda h: ROLE_ORDER[h.role])

    def unit_groups(self, selection: Selection = EVERYTHING) -> list[Group]:
        """Every unit with its records in the selection, busiest leads first; collectives (各街道) are
        groups of units, not units, and are left out."""
        positions = self._positions(replace(selection, role=None))
        groups = []
        for name, unit in self.units.items():
            if unit.kind == "collective":
                continue
            g = Group(name, unit.kind)
            for _, hit in self.unit_hits(name, positions):
                if selection.role is None or hit.role is selection.role:
                    g.add(hit)
            groups.append(g)
        return sorted(groups, key=lambda g: (-len(g.lead), -g.total))

    def role_counts(self) -> list[tuple[str, int, int]]:
        """(unit, items it leads, items it leads or answers for or supports) over every record, ordered
        as `unit_groups` orders its groups: what the overview shows, counted from the postings alone,
        without building a record (at 100k records, `unit_groups` reads them all)."""
        members_of: dict[str, list[str]] = {}
        for collective, members in self.collectives.items():
            for member in members:
                members_of.setdefault(member, []).append(collective)
        counts = []
        for name, unit in self.units.items():
            if unit.kind == "collective":
                continue
            lead = set(self.index.where("lead_units", name))
            named = lead.union(*(self.index.where(key, name) for key in UNIT_ROLES[1:]))
            named = named.union(*(self.index.where("support_units", c) for c in members_of.get(name, ())))
            counts.append((name, len(lead), len(named)))
        return sorted(counts, key=lambda c: (-c[1], -c[2]))

    def units_per_document(self) -> dict[str, int]:
        """How many units each document gives a role (collectives apart): `per_document`'s `units`,
        from the postings and the document column alone."""
        documents = self.index.document
        named: dict[str, set[str]] = {}
        for name in self.units:
            if name in self.collectives:
                continue
            for key in UNIT_ROLES:
                for i in self.index.where(key, name):
                    named.setdefault(documents[i], set()).add(name)
        return {doc: len(units) for doc, units in named.items()}

    def leader_groups(self, selection: Selection = EVERYTHING) -> list[Group]:
        leader_role(selection.role)
        positions = self._positions(replace(selection, role=None))
        groups = []
        for name in self.leaders:
            g = Group(name, "leader")
            for _, hit in self._leader_hits(name, positions):
                if selection.role is None or hit.role is selection.role:
                    g.add(hit)
            groups.append(g)
        return sorted(groups, key=lambda g: (-len(g.lead), -g.total))

    # --- selecting ------------------------------------------------------------------------------

    def _positions(self, selection: Selection) -> Sequence[int]:
        """Positions of the records that pass every filter of the selection but its search terms: a
        range when no filter narrows them (a search over a million records need not list them)."""
        ix = self.index
        if selection.role is not None and selection.unit is None and selection.leader is None:
            raise UsageError("--role 需要同时给出单位或领导 (--role narrows --unit or --leader)")
        found: Iterable[int] = range(len(ix))
        if selection.documents:
            wanted_docs = self.document_ids(selection.documents)
            found = [i for i in found if ix.document[i] in wanted_docs]
        if selection.section is not None:
            in_section = self.section_filter(selection.section, selection.documents)
            found = [i for i in found if in_section(i)]
        if selection.kind is not None:
            found = [i for i in found if ix.kind[i] is selection.kind]
        if selection.due_before is not None:
            last = selection.due_before.isoformat()  # ISO dates order as strings
            found = [i for i in found if (d := ix.deadline[i]) is not None and d <= last]
        if selection.unit is not None:
            name = self.resolve_unit(selection.unit, selection.documents)
            role = selection.role
            found = [
                i
                for i, h in self.unit_hits(name, found)
                if (h.role is role if role is not None else h.role is not Role.mentioned)
            ]
        if selection.leader is not None:
            leader_role(selection.role)
            name = self.resolve_leader(selection.leader)
            found = [i for i, h in self._leader_hits(name, found) if selection.role in (None, h.role)]
        return found if isinstance(found, range) else list(found)

    def select(self, selection: Selection = EVERYTHING) -> list[Record]:
        """The records of a selection, in document order or by deadline (search terms filter, they do
        not rank here)."""
        return self.records_at(self.positions(selection))

    def stream(self, selection: Selection = EVERYTHING) -> Records:
        """`select`'s records, read as they are iterated: for writing out many of them."""
        return Records(self.index, self.positions(selection), self.stored)

    def positions(self, selection: Selection = EVERYTHING) -> list[int]:
        """Where `select`'s records sit in the index, in its order: for a caller that reads a few
        columns of many records, which costs far less than building each `Record`."""
        positions = list(self._positions(selection))
        if selection.terms:
            matched = {h.record.ref for h in self._search(selection, positions)}
            positions = [i for i in positions if f"{self.index.document[i]}:{self.index.id[i]}" in matched]
        if selection.by_deadline:
            positions = sorted(positions, key=lambda i: self.index.deadline[i] or "9999")
        return positions

    def search(self, selection: Selection) -> list[SearchHit]:
        """The records matching every search term of the selection, best first; `-term` excludes."""
        return self._search(selection, self._positions(selection))

    def _search(self, selection: Selection, positions: Sequence[int]) -> list[SearchHit]:
        from .search import parse_terms, search

        terms = parse_terms(selection.terms, self.unit_aliases)
        found: set[int] | None = None  # the records every term's candidates hold
        per_term = []
        for term in terms:
            if not term.exclude:
                fields = self.index.by_field(term.variants, selection.exact)
                hits = set().union(*fields.values())
                found = hits if found is None else found & hits
                per_term.append(fields)
        if found is None:  # only terms that exclude: every record of the selection is a candidate
            wanted = set(positions)
        elif isinstance(positions, range):  # no filter: membership in a range is a comparison
            wanted = {i for i in found if i in positions}
        else:
            wanted = found & set(positions)
        ordered = sorted(wanted)
        where = [[[name for name, hit in fields.items() if i in hit] for fields in per_term] for i in ordered]
        return search(self.records_at(ordered, rendered=True), terms, selection.exact, where)

    def one_document(self, pattern: str) -> str:
        """The id of exactly one document, named by id, unique prefix or a glob that matches one."""
        found = sorted(self.document_ids([pattern]))
        if len(found) != 1:
            raise UsageError(
                f"{pattern!r} 指多个文档 (names several documents)", hints=["one of: " + ", ".join(found)]
            )
        return found[0]

    def diff(self, before: str, after: str, unit: str | None = None) -> Diff:
        """What changed from one document to another: added, removed and continued items (matched by
        what they say, since ids do not carry across quarters), and each unit's gains and losses."""
        from .diff import diff

        old, new = self.one_document(before), self.one_document(after)

        def of(document: str) -> list[Record]:  # with their stored JSON: the answer splices it
            return self.records_at(self.positions(Selection(documents=(document,))), rendered=True)

        result = diff(of(old), of(new))
        return result.for_unit(self.resolve_unit(unit, (old, new))) if unit else result

    def per_document(self, selection: Selection = EVERYTHING) -> list[DocumentCount]:
        """Records of a selection counted per document, newest first, with the units each names."""
        by_document: dict[str, list[Record]] = {}
        for r in self.select(selection):  # grouped in one pass: a corpus holds thousands of documents
            by_document.setdefault(r.document, []).append(r)
        newest = self.newest_first()
        out = []
        for doc_id in sorted(newest, key=newest.__getitem__):
            mine = by_document.get(doc_id, [])
            units = {u for r in mine for u in r.unit_ids if u not in self.collectives}
            tasks = sum(r.kind is Kind.task for r in mine)
            out.append(DocumentCount(doc_id, tasks, len(mine) - tasks, len(units)))
        return out

    def stats(self, selection: Selection = EVERYTHING) -> Stats:
        """Counts per kind, section, unit (collectives left out) and leader over a selection."""
        records = self.select(selection)
        sections: dict[str, SectionCount] = {}  # by title: numbering changes between quarters
        for r in records:
            if r.section is not None:
                known = sections.get(r.section)
                number = known.number if known else r.section_number or 0
                sections[r.section] = SectionCount(number, r.section, known.tasks + 1 if known else 1)
        return Stats(
            tasks=sum(r.kind is Kind.task for r in records),
            projects=sum(r.kind is Kind.project for r in records),
            sections=list(sections.values()),
            units=[g for g in self.unit_groups(selection) if g.total],
            leaders=[g for g in self.leader_groups(selection) if g.total],
        )


def leader_role(role: Role | None) -> None:
    """Leaders lead or support projects; a text never "mentions" one, so that role is refused."""
    if role is Role.mentioned:
        raise UsageError(
            "领导没有“提及”角色 (leaders lead or support projects; --role mentioned is for units)"
        )


def complete(candidates: Iterable[str], incomplete: str) -> list[str]:
    """Shell completion: names that start with what was typed (the shell drops the rest anyway)."""
    typed = normalise_query(incomplete) if incomplete else ""
    return [c for c in dict.fromkeys(candidates) if normalise(c).startswith(typed)]
