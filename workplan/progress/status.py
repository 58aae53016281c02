"""Where every item stands on a date: deadline, latest report, the light, and per-unit rates.

A row is one record and one unit it names, with the unit's role: each lead unit (where the notice
writes none, each unit it names as responsible) and each supporting unit. An item with three lead units
and two supporting ones is five rows. The supervision office holds the lead units to account: rates and
the bulletin's lights count their rows; a supporting unit's rows are counted apart (配合), lit by its own
reports, and green once the item's leads have all reported it done, since its part ends with the item.
Reports dated after the as-of date do not count, so `--as-of` answers "what did we know on that day".

Lights, with `left` = deadline - as_of in days:
- red: past the deadline (left < 0) and not done, reported or not;
- yellow: reported delayed (滞后), or reported not done with left <= 7;
- green: reported done, or reported in progress with left > 7;
- grey: no report yet and not past the deadline, or reported not started with left > 7 (nothing is
  under way yet, and there is still time: no light to give).
Milestones (节点, 5月6日前 in an item's text) are watched too: a passed milestone with no report dated
on or after it makes a row not done at least yellow, and red once it is more than 7 days past; such
a row is *missed* and `overdue` lists it with the milestone's words.

Rates (per lead unit, and in total): an item is *due* when its deadline has passed or it is done;
按期办结率 = done on time / due, where done on time means the first report of 已完成 (in the final run
of done reports) is dated on or before the deadline. So due = on time + late + overdue, the rate is in
[0, 1], and it is None (shown as —) when nothing is due yet. "No explicit deadline" counts items whose
deadline is only the end of the period; it overlaps the other counts.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..deadlines import Deadline, of_record
from ..model import NO_DEADLINE, Milestone, Role, Status
from ..vocabulary import Vocabulary
from . import Corpus
from .store import Update

DUE_SOON_DAYS = 7
MILESTONE_GRACE_DAYS = 7
SEVERITY = {"grey": 0, "green": 1, "yellow": 2, "red": 3}


class Light(Vocabulary):
    """The supervision office's traffic light (红黄绿灯); grey is "nothing to judge yet"."""

    red = "red", "红灯", "红"
    yellow = "yellow", "黄灯", "黄"
    green = "green", "绿灯", "绿"
    grey = "grey", "灰灯", "灰", "gray"


def light(status: Status | None, deadline: datetime.date | None, as_of: datetime.date) -> Light:
    """The light of one item for one unit (rules in the module docstring); with no deadline (a plan of
    unknown year) nothing is ever late: only the reports light it."""
    left = (deadline - as_of).days if deadline is not None else None
    if status is Status.done:
        return Light.green
    if left is not None and left < 0:
        return Light.red
    if status is None:
        return Light.grey
    if status is Status.delayed or (left is not None and left <= DUE_SOON_DAYS):
        return Light.yellow
    return Light.green if status is Status.in_progress else Light.grey


class StatusRow(NamedTuple):
    """One record and one lead unit as of a date. A named tuple: as immutable as a frozen dataclass,
    and built four times faster, which shows at 100k records times their lead units."""

    document: str
    id: str
    title: str
    unit: str
    deadline: Deadline | None  # None: a plan of unknown year that writes no date for the item
    as_of: datetime.date
    latest: Update | None  # the last report on or before as_of
    done_on: datetime.date | None  # when it was first reported done (in the final run of done reports)
    light: Light
    role: Role = Role.lead  # the unit's part in the record: lead, responsible (not written) or support
    milestone: Milestone | None = None  # the first passed one not reported on since, else the next
    item_done: bool = False  # every lead unit has reported the item done (a supporting row's part ends)

    @property
    def missed(self) -> bool:
        """A milestone passed with no report since, on an item not done."""
        return missed(self.milestone, self.status, self.as_of)

    @property
    def settled(self) -> bool:
        """Nothing more is asked of this unit here: it reported done, or it supports an item done."""
        return self.status is Status.done or (self.role is Role.support and self.item_done)

    @property
    def ref(self) -> str:
        return f"{self.document}:{self.id}"

    @property
    def status(self) -> Status | None:
        return self.latest.status if self.latest else None

    @property
    def days_left(self) -> int | None:
        return (self.deadline.date - self.as_of).days if self.deadline is not None else None

    @property
    def overdue(self) -> bool:
        left = self.days_left
        return self.status is not Status.done and left is not None and left < 0

    def to_json(self) -> dict[str, Any]:
        u = self.latest
        return {
            "document": self.document,
            "id": self.id,
            "title": self.title,
            "unit": self.unit,
            **(self.deadline.to_json() if self.deadline else NO_DEADLINE),
            "status": u.status.value if u else None,
            "reported": u.as_of.isoformat() if u else None,
            "percent": u.percent if u else None,
            "note": u.note if u else None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "days_left": self.days_left,
            "light": self.light.value,
            "role": self.role.value,
            "milestone": self.milestone.to_json() | {"missed": self.missed} if self.milestone else None,
        }


def watched(
    milestones: Sequence[Milestone], as_of: datetime.date, reported: datetime.date | None
) -> Milestone | None:
    """The milestone a row answers to: the first one passed with no report on or after it, else the
    next one to come; None when the item has none left to watch."""
    for m in milestones:
        if m.date < as_of and (reported is None or reported < m.date):
            return m
    return next((m for m in milestones if m.date >= as_of), None)


def missed(m: Milestone | None, status: Status | None, as_of: datetime.date) -> bool:
    """The row's milestone (see `watched`) has passed, and the item is not done."""
    return m is not None and m.date < as_of and status is not Status.done


def with_milestone(shade: Light, status: Status | None, m: Milestone | None, as_of: datetime.date) -> Light:
    """The light, made at least yellow by a missed milestone, red once it is more than 7 days past."""
    if m is None or not missed(m, status, as_of):
        return shade
    late = Light.red if (as_of - m.date).days > MILESTONE_GRACE_DAYS else Light.yellow
    return late if SEVERITY[late.value] > SEVERITY[shade.value] else shade


ANSWERING = (Role.lead, Role.responsible)
"""The roles the office holds to account: a lead unit, or one named where no lead is written."""


def leads_at(ix: Any, i: int) -> list[tuple[str, Role]]:
    """Who answers for a record in the office's view: its leads, else the units named with no role."""
    leads = ix.names_at("lead_units", i)
    if leads:
        return [(u, Role.lead) for u in leads]
    return [(u, Role.responsible) for u in ix.names_at("responsible_units", i)]


def supports_at(
    ix: Any, i: int, collectives: Mapping[str, Sequence[str]], groups: Collection[str]
) -> list[tuple[str, Role]]:
    """A record's supporting units; a collective (各街道) is its members, since each reports for itself,
    and a group whose members are not listed (相关成员单位) is none: no report can come from it."""
    support = [
        m
        for u in ix.names_at("support_units", i)
        for m in collectives.get(u) or (() if u in groups else (u,))
    ]
    return [(u, Role.support) for u in dict.fromkeys(support)]


WALKED = ("document", "id", "title", "deadline", "deadline_source")  # read by status_rows for every record,
WALKED_NAMES = ("lead_units", "responsible_units", "support_units")  # with these names


def status_rows(
    corpus: Corpus,
    updates: Iterable[Update],
    as_of: datetime.date,
    positions: Iterable[int] | None = None,
    answering: Mapping[int, Sequence[tuple[str, Role]]] | None = None,
) -> list[StatusRow]:
    """One row per record (all, or those at the index positions given) and unit it names in a role
    (`leads_at`, then `supports_at`), in that order; with `answering`, per the units and roles it gives for each position
    (one unit's own view: what it leads and what it supports, each lit by that unit's own reports).

    `updates` are the store's reports oldest first (later ones win); those after `as_of` are ignored.
    Deadlines are the records' own (read from the text, or curated in the YAML). Rows are read from the
    index's columns: at 100k records, building every `Record` would cost more than the rest together."""
    latest: dict[tuple[str, str, str], Update] = {}
    done_since: dict[tuple[str, str, str], datetime.date] = {}
    for u in sorted((u for u in updates if u.as_of <= as_of), key=lambda u: u.as_of):
        latest[u.key] = u
        if u.status is not Status.done:
            done_since.pop(u.key, None)
        else:
            done_since.setdefault(u.key, u.as_of)
    meta_of = functools.cache(lambda doc: corpus.document(doc).meta)  # only for a record with no deadline
    ix = corpus.index
    ix.prefetch((*WALKED, *WALKED_NAMES))
    rows = []
    for i in range(len(ix)) if positions is None else positions:
        document, rid = ix.document[i], ix.id[i]
        deadline = ix.deadline_at(i) or of_record(corpus.records_at([i])[0], meta_of(document))
        leads = leads_at(ix, i)
        units = (
            answering[i]
            if answering is not None
            else leads + supports_at(ix, i, corpus.collectives, corpus.groups)
        )
        item_done = bool(leads) and all(
            (r := latest.get((document, rid, u))) is not None and r.status is Status.done for u, _ in leads
        )
        for unit, role in units:
            key = (document, rid, unit)
            report = latest.get(key)
            status = report.status if report else None
            if role is Role.support and item_done:  # its part ended with the item
                mark, shade = None, Light.green
            else:
                mark = (
                    watched(deadline.milestones, as_of, report.as_of if report else None)
                    if deadline
                    else None
                )
                shade = with_milestone(
                    light(status, deadline.date if deadline else None, as_of), status, mark, as_of
                )
            rows.append(
                StatusRow(
                    document,
                    rid,
                    ix.title[i],
                    unit,
                    deadline,
                    as_of,
                    report,
                    done_since.get(key),
                    shade,
                    role,
                    mark,
                    item_done,
                )
            )
    return rows


@dataclass(frozen=True, slots=True)
class UnitStats:
    """The counts of one unit (or of all, unit "合计"); see the module docstring for the rate. `items`
    and the buckets count what it leads (or answers for where no lead is written); `supported` what it
    supports, and `supported_reported` how many of those it has reported on."""

    unit: str
    items: int
    done_on_time: int
    done_late: int
    open_not_due: int
    overdue: int
    no_explicit_deadline: int
    supported: int = 0
    supported_reported: int = 0

    @property
    def due(self) -> int:
        return self.done_on_time + self.done_late + self.overdue

    @property
    def rate(self) -> float | None:
        """按期办结率: done on time / due; None when nothing is due."""
        return self.done_on_time / self.due if self.due else None

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "items": self.items,
            "done_on_time": self.done_on_time,
            "done_late": self.done_late,
            "open_not_due": self.open_not_due,
            "overdue": self.overdue,
            "no_explicit_deadline": self.no_explicit_deadline,
            "due": self.due,
            "on_time_rate": self.rate,
            "supported": self.supported,
            "supported_reported": self.supported_reported,
        }


TOTAL = "合计"


def tally(unit: str, rows: Iterable[StatusRow]) -> UnitStats:
    """Count rows into the buckets: every answering row is exactly one of on time, late, open, overdue;
    a supporting row is counted apart, and as reported when the unit has reported on it."""
    items = on_time = late = open_ = overdue = implicit = supported = reported = 0
    for row in rows:
        if row.role is Role.support:
            supported += 1
            reported += row.latest is not None
            continue
        items += 1
        implicit += row.deadline is None or row.deadline.source == "quarter_end"
        if row.done_on is not None and row.status is Status.done:
            late_done = row.deadline is not None and row.done_on > row.deadline.date
            on_time += not late_done
            late += late_done
        elif row.overdue:
            overdue += 1
        else:
            open_ += 1
    return UnitStats(unit, items, on_time, late, open_, overdue, implicit, supported, reported)


def unit_stats(rows: Sequence[StatusRow]) -> list[UnitStats]:
    """Per unit, in the order units first appear in the rows."""
    groups: dict[str, list[StatusRow]] = {}
    for row in rows:
        groups.setdefault(row.unit, []).append(row)
    return [tally(unit, group) for unit, group in groups.items()]
