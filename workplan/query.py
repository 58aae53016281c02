"""Queries over the loaded documents: resolve names and ids, filter, group and count records.

Everything here returns plain data; nothing knows about terminals or formats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .errors import UsageError
from .matching import normalise, normalise_query, resolve_name
from .model import Correction, Document, Record, Unit

LEAD, SUPPORT, MENTIONED = "lead", "support", "mentioned"
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
TASK_ID = re.compile(rf"{_NUM}(?:\.|-|、|\(|（){_NUM}\)?")
PROJECT_ID = re.compile(rf"(?:g|攻坚|攻坚专项)\(?{_NUM}\)?")


def parse_id(text: str) -> str | None:
    """Canonical record id for 2.6, 二(六), 二（六）, G4, g4, 攻坚四, 攻坚(四); None if not an id."""
    t = normalise(text)
    if m := TASK_ID.fullmatch(t):
        section, item = chinese_number(m.group(1)), chinese_number(m.group(2))
        return f"{section}.{item}" if section and item else None
    if m := PROJECT_ID.fullmatch(t):
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
    """All loaded documents, with registries merged by name across documents."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = list(documents)
        self.records = [r for d in self.documents for r in d.records]
        self.units: dict[str, Unit] = {}
        aliases: dict[str, list[str]] = {}
        for d in self.documents:
            for u in d.units:
                self.units.setdefault(u.name, u)
                aliases.setdefault(u.name, [])
                aliases[u.name] += [a for a in u.aliases if a not in aliases[u.name]]
        self.unit_aliases = aliases
        self.leaders = list(dict.fromkeys(leader.name for d in self.documents for leader in d.leaders))
        self.collectives = {u.name: u.members for u in self.units.values() if u.members}

    @property
    def multi(self) -> bool:
        return len(self.documents) > 1

    def ref(self, record: Record) -> str:
        """How a record is named to the user: DOC:ID once several documents are loaded."""
        return record.ref if self.multi else record.id

    # --- resolution -----------------------------------------------------------------------------

    def resolve_unit(self, name: str) -> str:
        return resolve_name(name, self.unit_aliases, "unit")

    def resolve_leader(self, name: str) -> str:
        return resolve_name(name, {n: [] for n in self.leaders}, "leader")

    def record(self, ref: str) -> Record:
        doc_part, sep, id_part = ref.rpartition(":")
        rid = parse_id(id_part) or id_part.strip()
        found = [r for r in self.records if r.id == rid and (not sep or r.document == doc_part.strip())]
        if len(found) == 1:
            return found[0]
        if found:
            raise UsageError(
                f"id {ref!r} exists in several documents",
                hints=["use one of: " + ", ".join(r.ref for r in found)],
            )
        ids = [self.ref(r) for r in self.records]
        import difflib

        close = difflib.get_close_matches(ref, ids, n=5, cutoff=0.5)
        raise UsageError(
            f"no record {ref!r}",
            hints=[f"did you mean: {', '.join(close)}?"]
            if close
            else ["ids look like 2.6, 二(六), G4 or 攻坚四; `workplan list` shows them all"],
        )

    def section_number(self, query: str) -> int:
        """A section by number (2, 二) or by title (综合经济, or part of it)."""
        n = chinese_number(normalise(query).rstrip("、"))
        numbers = {s.number for d in self.documents for s in d.sections}
        if n is not None:
            if n in numbers:
                return n
            raise UsageError(f"no section {query!r}", hints=[f"sections are numbered 1-{max(numbers)}"])
        titles: dict[str, list[str]] = {}
        for d in self.documents:
            for s in d.sections:
                titles.setdefault(s.title, [])
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

    def by_unit(self, unit: str, records: Iterable[Record] | None = None) -> list[Hit]:
        hits = [h for r in (self.records if records is None else records) if (h := self.unit_role(r, unit))]
        return sorted(hits, key=lambda h: ROLE_ORDER[h.role])

    def by_leader(self, leader: str, records: Iterable[Record] | None = None) -> list[Hit]:
        hits = []
        for r in self.records if records is None else records:
            if leader in r.lead_leaders:
                hits.append(Hit(r, LEAD))
            elif leader in r.support_leaders:
                hits.append(Hit(r, SUPPORT))
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

    def filter(
        self,
        section: str | None = None,
        kind: str | None = None,
        unit: str | None = None,
        leader: str | None = None,
    ) -> list[Record]:
        records: Iterable[Record] = self.records
        if section is not None:
            number = self.section_number(section)
            records = [r for r in records if r.section_number == number]
        if kind is not None:
            records = [r for r in records if r.kind == kind]
        if unit is not None:
            name = self.resolve_unit(unit)
            records = [r for r in records if (h := self.unit_role(r, name)) and h.role != MENTIONED]
        if leader is not None:
            name = self.resolve_leader(leader)
            records = [r for r in records if name in r.lead_leaders or name in r.support_leaders]
        return list(records)

    def corrections_for(self, record: Record) -> list[Correction]:
        doc = next(d for d in self.documents if d.meta.id == record.document)
        return [c for c in doc.corrections if c.where == record.id]

    def document(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.meta.id == doc_id)


def complete(candidates: Iterable[str], incomplete: str) -> list[str]:
    """Shell completion: names that start with what was typed (the shell drops the rest anyway)."""
    typed = normalise_query(incomplete) if incomplete else ""
    return [c for c in dict.fromkeys(candidates) if normalise(c).startswith(typed)]
