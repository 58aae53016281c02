"""The dataset model: the file schema (what a curator writes) and the flat records queries run on.

The file classes below *are* the schema: `schema.py` derives the JSON Schema from their type hints and
`loader.py` validates parsed YAML against the same hints, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .namelists import LEVELS
from .vocabulary import Vocabulary

UnitKind = Literal[
    "government", "department", "office", "company", "organisation", "subdistrict", "collective"
]
Confidence = Literal["high", "medium", "low"]


class Role(Vocabulary):
    """How a unit or leader relates to a record."""

    lead = "lead", "牵头"
    support = "support", "配合", "协办", "参与"
    responsible = "responsible", "责任(未写明)", "责任", "未写明"
    mentioned = "mentioned", "提及"


class Kind(Vocabulary):
    """What a record is: a numbered work item or a special project."""

    task = "task", "工作要点", "要点", "任务"
    project = "project", "攻坚专项", "攻坚", "专项"


class Status(Vocabulary):
    """A progress report's status (督查督办)."""

    not_started = "not_started", "未启动", "未开始"
    in_progress = (
        "in_progress",
        "推进中",
        "进行中",
        "正在推进",
        "持续推进",
        "按计划推进",
        "正常推进",
        "基本完成",
    )
    done = "done", "已完成", "已办结", "完成", "办结"
    delayed = "delayed", "滞后", "延期", "逾期"

    @staticmethod
    def whole(statuses: set[Status]) -> Status:
        """The status a task several units lead has as a whole (a ledger's total sheet): 滞后 if any is
        late, 已完成 or 未启动 only when all are, else 推进中."""
        if Status.delayed in statuses:
            return Status.delayed
        return next(iter(statuses)) if len(statuses) == 1 else Status.in_progress

    def fits(self, whole: Status) -> bool:
        """Whether one lead unit's status can stand under the task's `whole` status on the same day."""
        return (
            self is whole
            or whole is Status.delayed
            or (whole is Status.in_progress and self is not Status.delayed)
        )


def joint_note(notes: Sequence[tuple[str, str]]) -> str:
    """The 完成情况 of a ledger row several lead units share: each unit's note on a line under its name
    (区发展改革委: …), one report's bare. The export writes it, the returned ledger is read by it."""
    if len(notes) == 1:
        return notes[0][1]
    return "\n".join(signed(unit, note) for unit, note in notes if note)


def signed(unit: str, note: str) -> str:
    """One unit's note as `joint_note` writes it under the unit's name: the lines a reader anchors on."""
    return f"{unit}: {note}"


def note_lines(note: str) -> list[str]:
    """A note's lines as a reader sees them: spaces around them, blank ones and line ends (CSV's \r\n) aside."""
    return [line.strip() for line in note.splitlines() if line.strip()]


UNIT_LINE = re.compile(r"(.+?)[:：]\s*(.*)")
PIECE_ENDS = "；;。"  # where one unit's words end on a line another's go on (a comma may quote another unit:
COMMAS = "，,"  # it parts them only for a unit whose words open nowhere else)


def joint_parts(
    lines: Sequence[str],
    units: Sequence[str],
    bare: str | None = None,
    written: Mapping[str, Sequence[str]] | None = None,
    bare_said: Sequence[str] = (),
) -> dict[str, str] | None:
    """Each unit's words in a shared row's note lines: a line opening with a lead unit's name and a colon
    opens that unit's words, and the lines after it, up to the next unit's, go on them. The lines each unit
    was `written` by the export, where they stand whole, open its words there and are no other's, and a
    line a unit adds after them goes on them. A line the export wrote inside a unit's words that opens with
    a partner's name quotes the partner (区商务委：已提供意见): where that unit's words were edited around it,
    it still goes on them (pass 117) — but after words standing whole it is the partner's own (pass 118).
    Lines before any unit's are `bare`'s (the one reporter, whose note the export writes bare, its lines
    `bare_said`: a partner quoted in them stays in them, pass 119), else no one's: None."""
    lines = [piece for line in lines for piece in unit_pieces(line, units)]  # (A：…；B：… on one line)
    opening = {unit_named(found[1], units) for line in lines if (found := UNIT_LINE.fullmatch(line))}
    if unheard := [u for u in units if u not in opening]:  # (A：已抽检，B：已检查 — B's words nowhere else)
        lines = [piece for line in lines for piece in unit_pieces(line, unheard, COMMAS)]
    blocks = written or {}
    starts: dict[str, int] = {}
    owner: dict[int, str] = {}  # the lines of words standing whole, and whose
    for unit, block in blocks.items():
        at = next(
            (
                k
                for k in range(len(lines))
                if all(j not in owner for j in range(k, k + len(block)))
                and list(lines[k : k + len(block)]) == list(block)
            ),
            None,
        )
        if block and at is not None:
            starts[unit] = at
            owner.update((k, unit) for k in range(at, at + len(block)))
    quotes = {
        unit: {line for line in block[1:] if UNIT_LINE.fullmatch(line)} for unit, block in blocks.items()
    }
    if bare is not None:
        quotes[bare] = {line for line in bare_said if UNIT_LINE.fullmatch(line)}
    standing = set(owner.values())  # the units whose words stand whole
    opened = [(at, unit) for unit, at in starts.items()]  # where each unit's words open (again), sorted below
    current: str | None = bare  # whose words the line before goes on
    for k, line in enumerate(lines):
        if k in owner:
            current = owner[k]
            continue
        found = UNIT_LINE.fullmatch(line)
        named = None if found is None else unit_named(found[1], units)
        if named is None or (named == current and current in starts):
            continue
        if current is not None and current not in standing and line in quotes.get(current, ()):
            continue  # (a quote in words edited around it)
        if named in starts and current not in standing and blocks:
            # (a line naming a unit heard from before, inside words edited: the writer's; in words the
            # export never wrote — the clerk's own 市场监管局：… / 卫健委：… / 市场监管局：… — its own again)
            continue
        starts.setdefault(named, k)  # (区发改委: 已完成 after 区财政局's words standing whole: its own again)
        opened.append((k, named))
        current = named
    opened.sort()
    first = opened[0][0] if opened else len(lines)
    parts: dict[str, list[str]] = {}
    if first:
        if bare is None:
            return None
        parts[bare] = list(lines[:first])
    for (at, unit), end in zip(opened, [*(k for k, _ in opened[1:]), len(lines)][: len(opened)], strict=True):
        head = UNIT_LINE.fullmatch(lines[at])
        assert head is not None
        parts.setdefault(unit, []).extend([head[2]] if head[2] else [])
        parts[unit].extend(lines[at + 1 : end])
    return {unit: "\n".join(words) for unit, words in parts.items()}


def unit_pieces(line: str, units: Sequence[str], ends: str = PIECE_ENDS) -> list[str]:
    """A note line parted where another of the row's units opens its words after one of `ends` (市场监管局：
    已抽检；卫健委：已检查 — the second unit's words had been the first's), never inside brackets (（其中；卫健委：
    协助…）is the first's): each piece a line, as written on its own."""
    if not any(mark in line for mark in ends):
        return [line]
    pieces: list[str] = []
    # brackets and quotes open before the part (a count kept as it goes: a page-long line is read once)
    depth = 0
    for part in re.split(f"(?<=[{ends}])", line):
        head = UNIT_LINE.fullmatch(part.strip())
        if pieces and depth <= 0 and head is not None and unit_named(head[1], units) is not None:
            pieces[-1] = pieces[-1].rstrip("；;，,")
            pieces.append(part.strip())
        elif pieces:
            pieces[-1] += part
        else:
            pieces.append(part)
        depth += sum(map(part.count, OPENING)) - sum(map(part.count, CLOSING))
    return pieces


# what a unit's words quote in them (（其中；卫健委：…）, “…，卫健委：…”)
OPENING, CLOSING = "(（“‘「", ")）”’」"


def unit_named(name: str, units: Sequence[str]) -> str | None:
    """The row's unit a note line's name names: as written, without its tag (区生态环境局 for 区生态环境局(东江区),
    pass 124) or by the other name in it (区医保局 for 区人力资源社会保障局（区医保局）), in either brackets; or the
    one it shortens (区发改委 for 区发展改革委: the characters in order, the first and the last the same;
    pass 122), when only one does."""
    if name in units:
        return name
    bare = {u: UNIT_TAG.sub("", u) for u in units}
    half = name.translate(HALF_BRACKETS)
    tagged = [
        u
        for u in units
        if name in (bare[u], u[len(bare[u]) + 1 : -1] if bare[u] != u else None)
        or half == u.translate(HALF_BRACKETS)
    ]
    if len(tagged) == 1:
        return tagged[0]
    if len(name) < SHORTEST_NAME:  # (区委, 区局: a level and an ending, no name of any one body)
        return None
    from .matching import find_abbrev

    shortened = [
        u
        for u in units
        if any(
            form[:1] == name[:1] and form[-1:] == name[-1:] and find_abbrev(name, form) is not None
            for form in name_forms(bare[u])
        )
    ]
    return shortened[0] if len(shortened) == 1 else None


def name_forms(name: str) -> set[str]:
    """A body's name as a shortening may open and end it: with or without its level (房管局 for 区房管局), and
    its 委员会 or 办公室 as 委 or 办 (区发改委 for 区发展和改革委员会)."""
    forms = {name, name[1:] if name[:1] in LEVELS and len(name) > 2 else name}  # (区市场监管局: 市场监管局)
    for long, short in LONG_ENDS:
        forms |= {f[: -len(long)] + short for f in forms if f.endswith(long)}
    return forms


LONG_ENDS = (("委员会", "委"), ("办公室", "办"))


SHORTEST_NAME = 3  # characters of a shortened name: its level, one of its own, its ending (区农委)
UNIT_TAG = re.compile(r"[(（][^()（）]*[)）]$")
HALF_BRACKETS = str.maketrans("（）", "()")
SENTENCE_ENDS = "。!?！？"
CLOSING_QUOTES = "”’」』\"'"
SENTENCE = re.compile(f"[^{SENTENCE_ENDS}]+(?:[{SENTENCE_ENDS}][{CLOSING_QUOTES}]*)?")


def split_sentences(text: str) -> list[str]:
    """Sentences end at 。!? (full or half width), a closing quote staying with its sentence (“好。”然后 splits
    after ”); the file's `sentences` must follow this rule."""
    return SENTENCE.findall(text)


def doc(text: str, **default: Any) -> Any:
    """A dataclass field carrying its schema description."""
    return field(metadata={"doc": text}, **default)


@dataclass(slots=True, kw_only=True)
class Meta:
    """Who published the plan, when, and for which period."""

    id: str = doc("Stable document id, e.g. yangpu-2020q2; used in DOC:ID references")
    notice_title: str = doc("Title of the notice that publishes the plan")
    plan_title: str = doc("Title of the work plan itself")
    issuer: str = doc("Body that issued the notice")
    signed: str | None = doc("Signing date, ISO 8601 (YYYY-MM-DD); null when the notice gives none")
    published: str | None = doc("Publication date, ISO 8601 (YYYY-MM-DD); null when unknown")
    region: str = doc("Government the plan belongs to, e.g. 上海市杨浦区")
    year: int | None = doc("Year the plan covers; null when the notice does not say (never guessed)")
    quarter: int | None = doc("Quarter the plan covers (1-4); null for an annual plan")
    projects_title: str = doc(
        "Title of the special-projects part, empty when the notice has none", default=""
    )
    preamble: str = doc("The general requirements paragraph before the sections", default="")
    source: str = doc("Where the text came from (file in the repository or URL)", default="")


@dataclass(slots=True, kw_only=True)
class Responsibility:
    """The 责任单位 clause of a work item, split into lead and supporting units."""

    raw: str = doc("The clause after 责任单位: exactly as written")
    lead: list[str] = doc("Lead units (牵头), in the order written")
    support: list[str] = doc("Supporting units (配合), in the order written", default_factory=list)
    lead_by_division: bool = doc("The leads share the work by division (按分工牵头/负责)", default=False)
    lead_inferred: bool = doc("No 牵头 was written: the first unit was taken as lead", default=False)
    undetermined: list[str] = doc(
        "Units named with no role word where the notice does not say who leads", default_factory=list
    )
    leaders: list[str] = doc("Leaders answering for the item (责任领导 / 分管领导)", default_factory=list)
    support_leaders: list[str] = doc("Supporting leaders (配合领导)", default_factory=list)
    counterparts: list[str] = doc(
        "Bodies of another level the notice pairs with the item (省牵头单位, 市级对口部门): named, not its units",
        default_factory=list,
    )


@dataclass(slots=True, kw_only=True)
class CuratedMilestone:
    """A milestone the curator states: a date and, optionally, the words and sentence it comes from."""

    date: str = doc("ISO 8601 date (YYYY-MM-DD)")
    phrase: str = doc("The words that set the date, e.g. 5月6日前", default="")
    sentence: str = doc("The sentence the date governs", default="")


@dataclass(slots=True, kw_only=True)
class Task:
    """One numbered work item (工作要点) of a section."""

    id: str = doc("<section>.<item>, e.g. 2.6 for 二(六); <section>.<heading>.<item> in a 3-level outline")
    title: str = doc("The item's first sentence, without its full stop")
    text: str = doc("Everything after the title, without the responsibility clause")
    sentences: list[str] = doc("The text split into sentences")
    responsibility: Responsibility = doc("Who is responsible (责任单位)")
    group: str = doc("The sub-heading the item stands under in a three-level outline", default="")
    deadline_phrase: str = doc("完成时限 as the notice writes it, e.g. 2021年6月底", default="")
    deadline: str | None = doc(
        "完成时限, ISO 8601; set only to override the one read from the text", default=None
    )
    milestones: list[CuratedMilestone] | None = doc(
        "Dated steps; set only to override the ones read from the text", default=None
    )


@dataclass(slots=True, kw_only=True)
class Section:
    """A numbered section (一、二、…) of the work plan."""

    number: int = doc("1-based section number")
    numeral: str = doc("The Chinese numeral as written, e.g. 二")
    title: str = doc("Section title, e.g. 综合经济")
    tasks: list[Task] = doc("The work items of the section")


@dataclass(slots=True, kw_only=True)
class Project:
    """One special project (攻坚专项) with its leaders and departments."""

    id: str = doc("G<n>, e.g. G4 for 攻坚(四)")
    title: str = doc("Project title")
    text: str = doc("Project description")
    sentences: list[str] = doc("The text split into sentences")
    lead_leaders: list[str] = doc("牵头领导")
    support_leaders: list[str] = doc("配合领导", default_factory=list)
    lead_departments: list[str] = doc("牵头部门")
    support_departments: list[str] = doc("配合部门", default_factory=list)
    deadline: str | None = doc(
        "完成时限, ISO 8601; set only to override the one read from the text", default=None
    )
    milestones: list[CuratedMilestone] | None = doc(
        "Dated steps; set only to override the ones read from the text", default=None
    )


@dataclass(slots=True, kw_only=True)
class Unit:
    """A body named as responsible somewhere in the document."""

    name: str = doc("Canonical name, as the notice writes it")
    kind: UnitKind = doc("What kind of body it is")
    full_name: str | None = doc("Full official name, where known", default=None)
    full_name_source: Literal["verified", "inferred", "unconfirmed"] | None = doc(
        "How the full name is known", default=None
    )
    aliases: list[str] = doc("Short forms people use", default_factory=list)
    members: list[str] = doc("For a collective: the units it stands for", default_factory=list)
    note: str = doc("What the body is, where the name alone does not say", default="")
    mentioned_only: bool = doc(
        "Named in the text but responsible for nothing (配合区委组织部): found by by-unit as 提及, and not "
        "counted among the plan's units",
        default=False,
    )


@dataclass(slots=True, kw_only=True)
class Leader:
    """A district leader who leads or supports special projects."""

    name: str = doc("Leader's name")
    lead: list[str] = doc("Ids of the projects the leader leads (must agree with the projects)")
    support: list[str] = doc("Ids of the projects the leader supports", default_factory=list)


@dataclass(slots=True, kw_only=True)
class Correction:
    """One repair of text lost in the source, with its evidence."""

    id: str = doc("C<n>")
    where: str = doc("Record id, or meta.<field> for document metadata")
    field: Literal["text", "title", "meta"] = doc("Which field was repaired")
    received: str = doc("The text as received")
    repaired: str = doc("The text as repaired in this dataset")
    confidence: Confidence = doc("How sure the repair is")
    evidence: str = doc("Why the repair is right")


@dataclass(slots=True, kw_only=True)
class DatasetFile:
    """A curated work-plan document: the file format of data/*.yaml."""

    schema_version: Literal[1] = doc("Version of this file format")
    meta: Meta = doc("Document metadata")
    sections: list[Section] = doc("The numbered sections with their work items")
    projects: list[Project] = doc("The special projects (攻坚专项)", default_factory=list)
    units: list[Unit] = doc("Registry of every unit named as responsible", default_factory=list)
    leaders: list[Leader] = doc("Registry of every leader", default_factory=list)
    corrections: list[Correction] = doc("Every repair made to the source text", default_factory=list)


# --- the runtime view -------------------------------------------------------------------------------

DeadlineSource = Literal["explicit", "quarter_end", "curated"]


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated sentence of an item: when, the words that say so, and the sentence they govern."""

    date: datetime.date
    phrase: str
    sentence: str

    def to_json(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "phrase": self.phrase, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Deadline:
    """A record's deadline (完成时限), where it came from, and its milestones in text order."""

    date: datetime.date
    source: DeadlineSource
    milestones: tuple[Milestone, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "deadline": self.date.isoformat(),
            "deadline_source": self.source,
            "milestones": [m.to_json() for m in self.milestones],
        }


NO_DEADLINE: dict[str, Any] = {"deadline": None, "deadline_source": None, "milestones": []}


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One task or project, flattened so every query treats both kinds alike; immutable, so a record a
    query returns can be shared and cached without anyone changing it under another caller."""

    document: str
    kind: Kind
    id: str
    section_number: int | None
    section: str | None
    title: str
    text: str
    responsibility: str
    lead_units: tuple[str, ...]
    support_units: tuple[str, ...]
    responsible_units: tuple[str, ...] = ()  # named as responsible, the notice writing no role
    lead_by_division: bool = False
    lead_leaders: tuple[str, ...] = ()
    support_leaders: tuple[str, ...] = ()
    deadline: Deadline | None = None  # None only for records built by hand, outside a document
    # (name as written, unit id) for each unit the notice names otherwise than the id the loaded
    # documents know it by (区发改委 → 区发展改革委; 区政府办公室 → 区政府办公室(上海市杨浦区))
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def sentences(self) -> list[str]:
        return split_sentences(self.text)

    @property
    def units(self) -> tuple[str, ...]:
        """Every unit the record names as responsible, in whatever role, as written: leads first."""
        return (*self.lead_units, *self.responsible_units, *self.support_units)

    def unit_id(self, written: str) -> str:
        """The id of a unit as this record writes it: the name `by-unit` and `units` know it by."""
        return next((uid for w, uid in self.renamed if w == written), written)

    def ids(self, written: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(map(self.unit_id, written))) if self.renamed else tuple(written)

    @property
    def lead_ids(self) -> tuple[str, ...]:
        return self.ids(self.lead_units)

    @property
    def responsible_ids(self) -> tuple[str, ...]:
        return self.ids(self.responsible_units)

    @property
    def support_ids(self) -> tuple[str, ...]:
        return self.ids(self.support_units)

    @property
    def unit_ids(self) -> tuple[str, ...]:
        """Every unit the record names, by id: leads first."""
        return self.ids(self.units)

    @property
    def ref(self) -> str:
        """DOC:ID, unique across every loaded document."""
        return f"{self.document}:{self.id}"

    def to_json(self) -> dict[str, Any]:
        """The record's JSON object: the same keys in every command (README, "JSON")."""
        return {
            "document": self.document,
            "id": self.id,
            "kind": self.kind.value,
            "section_number": self.section_number,
            "section": self.section,
            "title": self.title,
            "text": self.text,
            "responsibility": self.responsibility,
            "lead_units": list(self.lead_units),
            "support_units": list(self.support_units),
            "responsible_units": list(self.responsible_units),
            "lead_unit_ids": list(self.lead_ids),
            "support_unit_ids": list(self.support_ids),
            "responsible_unit_ids": list(self.responsible_ids),
            "lead_by_division": self.lead_by_division,
            "lead_leaders": list(self.lead_leaders),
            "support_leaders": list(self.support_leaders),
        } | (self.deadline.to_json() if self.deadline else NO_DEADLINE)


@dataclass(slots=True)
class Document:
    meta: Meta
    sections: list[Section]
    records: list[Record]
    units: list[Unit]
    leaders: list[Leader]
    corrections: list[Correction]
    path: str


BY_DIVISION = "(按分工)"
UNWRITTEN = "(未写明牵头)"


def lead_names(lead: Sequence[str], responsible: Sequence[str], by_division: bool) -> str:
    """A record's leads as a cell reads them; where the notice names units but writes no lead, those
    units, said to be so, so that a unit the notice names is never missing from its row."""
    if not lead and responsible:
        return "、".join(responsible) + UNWRITTEN
    return "、".join(lead) + (BY_DIVISION if by_division else "")


UNIT_ROLES = ("lead_units", "responsible_units", "support_units")
"""The record fields that name units: one per role a notice writes, and one for a role it leaves unwritten."""
