"""Queries over the loaded documents: resolve names and ids, filter, group and count records.

Everything here returns plain data; nothing knows about terminals or formats.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import UsageError
from .index import Index
from .matching import normalise, normalise_query, resolve_name
from .model import Correction, Document, Record

if TYPE_CHECKING:  # the search module is loaded only by commands that search
    from .search import SearchHit, Term

LEAD, SUPPORT, MENTIONED = "lead", "support", "mentioned"
MAX_CHOICES = 10  # candidates listed in an error line
ROLE_ORDER = {LEAD: 0, SUPPORT: 1, MENTIONED: 2}
NUMERALS = "零一二三四五六七八九"


def chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 12 → 12; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in NUMERALS + "十" for c in text):
        return None
    if "十" not in text:
        return int("".join(str(NUMERALS.index(c)) for c in text)) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (NUMERALS.index(tens) if tens else 1) * 10 + (NUMERALS.index(ones) if ones else 0)


_NUM = r"([0-9]+|[零一二三四五六七八九十]+)"


@functools.cache
def id_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use: a query that never parses an id should not pay for it at start-up."""
    return (
        re.compile(rf"{_NUM}(?:\.|-|、|\(|（){_NUM}\)?"),
        re.compile(rf"(?:g|攻坚|攻坚专项)\(?{_NUM}\)?"),
    )


def parse_id(text: str) -> str | None:
    """Canonical record id for 2.6, 二(六), 二（六）, G4, g4, 攻坚四, 攻坚(四); None if not an id."""
    t = normalise(text)
    task_id, project_id = id_patterns()
    if m := task_id.fullmatch(t):
        section, item = chinese_number(m.group(1)), chinese_number(m.group(2))
        return f"{section}.{item}" if section and item else None
    if m := project_id.fullmatch(t):
        n = chinese_number(m.group(1))
        return f"G{n}" if n else None
    return None


@dataclass(slots=True)
class Hit:
    """A record together with how it relates to the unit or leader asked about."""

    record: Record
    role: str
    via: str | None = None


@dataclass(slots=True)
class Group:
    name: str
    kind: str
    lead: list[Record] = field(default_factory=list)
    support: list[Record] = field(default_factory=list)
    mentioned: list[Record] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.lead) + len(self.support)


class Corpus:
    """All loaded documents, with registries merged by name across documents.

    Records live in the Index; they become Record objects only when a query returns them, so a query
    over a hundred thousand records touches columns and joined strings, not a hundred thousand objects.
    """

    def __init__(self, index: Index) -> None:
        self.index = index
        self.documents = index.documents
        self.units = index.units
        self.unit_aliases = index.unit_aliases
        self.leaders = index.leaders
        self.collectives = {u.name: u.members for u in self.units.values() if u.members}
        self._records: dict[int, Record] = {}

    @classmethod
    def of(cls, documents: Sequence[Document]) -> Corpus:
        return cls(Index(documents))

    @property
    def multi(self) -> bool:
        return len(self.documents) > 1

    def ref(self, record: Record) -> str:
        """How a record is named to the user: DOC:ID once several documents are loaded."""
        return record.ref if self.multi else record.id

    def records_at(self, positions: Iterable[int]) -> list[Record]:
        out = []
        for i in positions:
            record = self._records.get(i)
            if record is None:
                record = self._records[i] = self.index.record(i)
            out.append(record)
        return out

    def record_at(self, i: int) -> Record:
        return self.records_at([i])[0]

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

    # --- resolution -----------------------------------------------------------------------------

    def resolve_unit(self, name: str) -> str:
        return resolve_name(name, self.unit_aliases, "unit")

    def resolve_leader(self, name: str) -> str:
        return resolve_name(name, {n: [] for n in self.leaders}, "leader")

    def record(self, ref: str) -> Record:
        doc_part, sep, id_part = ref.rpartition(":")
        rid = parse_id(id_part) or id_part.strip()
        ix = self.index
        found = [
            i for i, x in enumerate(ix.id) if x == rid and (not sep or ix.document[i] == doc_part.strip())
        ]
        if len(found) == 1:
            return self.record_at(found[0])
        if found:
            choices = ", ".join(f"{ix.document[i]}:{ix.id[i]}" for i in found[:MAX_CHOICES])
            more = f" … ({len(found)} in all)" if len(found) > MAX_CHOICES else ""
            raise UsageError(
                f"id {ref!r} exists in several documents", hints=[f"use one of: {choices}{more}"]
            )
        import difflib

        close = difflib.get_close_matches(ref, self.ids(), n=5, cutoff=0.5)
        hint = f"did you mean: {', '.join(close)}?" if close else "ids look like 2.6, 二(六), G4 or 攻坚四"
        raise UsageError(f"no record {ref!r}", hints=[hint])

    def section_number(self, query: str) -> int:
        """A section by number (2, 二) or by title (综合经济, or part of it)."""
        n = chinese_number(normalise(query).rstrip("、"))
        numbers = {s.number for d in self.documents for s in d.sections}
        if n is not None:
            if n in numbers:
                return n
            raise UsageError(f"no section {query!r}", hints=[f"sections are numbered 1-{max(numbers)}"])
        titles: dict[str, list[str]] = {s.title: [] for d in self.documents for s in d.sections}
        title = resolve_name(query, titles, "section")
        return next(s.number for d in self.documents for s in d.sections if s.title == title)

    # --- relations ------------------------------------------------------------------------------

    def unit_role(self, record: Record, unit: str) -> Hit | None:
        if unit in record.lead_units:
            return Hit(record, LEAD)
        if unit in record.support_units:
            return Hit(record, SUPPORT)
        for collective in record.support_units:
            if unit in self.collectives.get(collective, ()):
                return Hit(record, SUPPORT, via=collective)
        if any(form in record.text or form in record.title for form in self.mention_forms(unit)):
            return Hit(record, MENTIONED)
        return None

    def mention_forms(self, unit: str) -> list[str]:
        """Names that count as a mention in running text; two-character short forms are too vague."""
        return [unit] + [a for a in self.unit_aliases.get(unit, []) if len(a) >= 3]

    def unit_positions(self, unit: str) -> set[int]:
        """Every record that may relate to the unit: responsible directly or via a collective, or naming it."""
        ix = self.index
        found = set(ix.where("lead_units", unit)) | set(ix.where("support_units", unit))
        for collective, members in self.collectives.items():
            if unit in members:
                found.update(ix.where("support_units", collective))
        return found | ix.candidates(self.mention_forms(unit), exact_only=True, fields=("title", "text"))

    def unit_hits(self, unit: str, positions: Iterable[int] | None = None) -> list[tuple[int, Hit]]:
        """(position, hit) for every record related to the unit, in document order."""
        wanted = self.unit_positions(unit)
        if positions is not None:
            wanted &= set(positions)
        return [(i, h) for i in sorted(wanted) if (h := self.unit_role(self.record_at(i), unit))]

    def by_unit(self, unit: str, positions: Iterable[int] | None = None) -> list[Hit]:
        """The unit's records, leads first, then supports, then mentions."""
        return sorted((h for _, h in self.unit_hits(unit, positions)), key=lambda h: ROLE_ORDER[h.role])

    def by_leader(self, leader: str, positions: Iterable[int] | None = None) -> list[Hit]:
        lead = set(self.index.where("lead_leaders", leader))
        support = set(self.index.where("support_leaders", leader)) - lead
        wanted = lead | support if positions is None else (lead | support) & set(positions)
        hits = [Hit(self.record_at(i), LEAD if i in lead else SUPPORT) for i in sorted(wanted)]
        return sorted(hits, key=lambda h: ROLE_ORDER[h.role])

    def unit_groups(self) -> list[Group]:
        groups = []
        for name, unit in self.units.items():
            g = Group(name, unit.kind)
            for hit in self.by_unit(name):
                getattr(g, hit.role).append(hit.record)
            groups.append(g)
        return sorted(groups, key=lambda g: (-len(g.lead), -g.total))

    def leader_groups(self) -> list[Group]:
        groups = []
        for name in self.leaders:
            g = Group(name, "leader")
            for hit in self.by_leader(name):
                getattr(g, hit.role).append(hit.record)
            groups.append(g)
        return sorted(groups, key=lambda g: (-len(g.lead), -g.total))

    # --- filtering ------------------------------------------------------------------------------

    def positions(
        self,
        section: str | None = None,
        kind: str | None = None,
        unit: str | None = None,
        leader: str | None = None,
    ) -> list[int]:
        """Positions of the records that pass every filter given, in document order."""
        ix = self.index
        found: Iterable[int] = range(len(ix))
        if section is not None:
            number = self.section_number(section)
            found = [i for i in found if ix.section_number[i] == number]
        if kind is not None:
            found = [i for i in found if ix.kind[i] == kind]
        if unit is not None:
            name = self.resolve_unit(unit)
            found = [i for i, h in self.unit_hits(name, found) if h.role != MENTIONED]
        if leader is not None:
            name = self.resolve_leader(leader)
            related = set(ix.where("lead_leaders", name)) | set(ix.where("support_leaders", name))
            found = [i for i in found if i in related]
        return list(found)

    def candidates(
        self, terms: Sequence[Term], exact_only: bool, positions: Iterable[int] | None
    ) -> tuple[list[int], list[list[list[str]]]]:
        """Positions the index says may match every term, in document order, and for each of them, per
        term, the fields where it may match."""
        wanted = set(range(len(self.index))) if positions is None else set(positions)
        per_term = []
        for term in terms:
            if not term.exclude:
                fields = self.index.by_field(term.variants, exact_only)
                wanted &= set().union(*fields.values())
                per_term.append(fields)
        ordered = sorted(wanted)
        where = [
            [[name for name, found in fields.items() if i in found] for fields in per_term] for i in ordered
        ]
        return ordered, where

    def search(
        self, terms: Sequence[Term], exact_only: bool = False, positions: Iterable[int] | None = None
    ) -> list[SearchHit]:
        """Rank only the records the index lets through, with the full matcher."""
        from .search import search

        ordered, where = self.candidates(terms, exact_only, positions)
        return search(self.records_at(ordered), terms, exact_only, where)

    def matching_positions(
        self, terms: Sequence[Term], exact_only: bool = False, positions: Iterable[int] | None = None
    ) -> list[int]:
        """Positions of the records that match, in document order (for exports)."""
        matched = {id(h.record) for h in self.search(terms, exact_only, positions)}
        return [i for i, record in sorted(self._records.items()) if id(record) in matched]

    def corrections_for(self, record: Record) -> list[Correction]:
        return [c for c in self.document(record.document).corrections if c.where == record.id]

    def document(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.meta.id == doc_id)


def complete(candidates: Iterable[str], incomplete: str) -> list[str]:
    """Shell completion: names that start with what was typed (the shell drops the rest anyway)."""
    typed = normalise_query(incomplete) if incomplete else ""
    return [c for c in dict.fromkeys(candidates) if normalise(c).startswith(typed)]
