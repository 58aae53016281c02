"""The supervision office's questions, each one call: report progress, read a returned 台账, and the
lights, rates and bulletin of a selection as of a date. The CLI's progress commands are thin over these."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from ..corpus import EVERYTHING, Corpus, Selection
from ..export import Progress
from ..model import Role
from .bulletin import Bulletin, bulletin
from .status import ANSWERING, Light, StatusRow, UnitStats, status_rows, unit_stats
from .store import Update, reading, store_path


def today() -> datetime.date:
    return datetime.date.today()


Reports = Callable[[Collection[tuple[str, str]] | None, datetime.date], Sequence[Update]]
"""The reports on some records (document, id) — all when None — dated on or before a day, oldest first
per item and unit: the progress store read for the records in view, or reports held in memory."""


def given(updates: Sequence[Update]) -> Reports:
    """Reports held in memory (a notebook's, a test's): all of them, whatever is asked for."""
    return lambda records, day: updates


def stored(db: str | Path | None, environ: Mapping[str, str]) -> Reports:
    """The progress store's reports, read when asked for and only for the records asked for (none when
    there is no store: looking never creates one)."""

    def read(records: Collection[tuple[str, str]] | None, day: datetime.date) -> Sequence[Update]:
        with reading(store_path(db, environ)) as store:
            if store is None:
                return []
            return store.updates(day) if records is None else store.reports_on(records, day)

    return read


def status(
    corpus: Corpus,
    reports: Reports,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
    light: Light | None = None,
) -> list[StatusRow]:
    """One row per record of the selection and lead unit, lit as of the date; with a unit in the
    selection, that unit's rows only; with `light`, rows of that light only. A plan signed (or, where
    that is unknown, published) after the date was not yet issued then: it has nothing to supervise.
    Only the reports on the records in view are read (a unit's view of a large store)."""
    day = as_of or today()
    later = {d.meta.id for d in corpus.documents if issued_after(d.meta.signed or d.meta.published, day)}
    if later:
        everything = {d.meta.id for d in corpus.documents}
        chosen = corpus.document_ids(selection.documents) if selection.documents else everything
        if not chosen - later:
            return []
        selection = replace(selection, documents=tuple(sorted(chosen - later)))
    if selection.unit is None:
        positions = corpus.positions(selection)
        rows = status_rows(corpus, reports(keys_at(corpus, positions), day), day, positions)
    else:  # the unit's own view: what it leads and what it supports (a street through 各街道 too)
        unit = corpus.reporting_unit(selection.unit, selection.documents)  # (a group's: only 未报送)
        positions = corpus.positions(replace(selection, unit=None, role=None))
        answering = {
            i: [(unit, h.role)]
            for i, h in corpus.unit_hits(unit, positions)
            if h.role is not Role.mentioned and selection.role in (None, h.role)
        }
        rows = status_rows(corpus, reports(keys_at(corpus, answering), day), day, answering, answering)
    return [r for r in rows if light is None or r.light is light]


def keys_at(corpus: Corpus, positions: Collection[int]) -> set[tuple[str, str]] | None:
    """The (document, id) of the records at these index positions; None for every record."""
    ix = corpus.index
    if len(positions) == len(ix):
        return None
    return {(ix.document[i], ix.id[i]) for i in positions}


def issued_after(iso: str | None, day: datetime.date) -> bool:
    return iso is not None and datetime.date.fromisoformat(iso) > day


def missing(
    corpus: Corpus,
    reports: Reports,
    since: datetime.date,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
) -> list[StatusRow]:
    """Who to chase (催报): rows not settled (done, or supporting an item done) whose unit has reported
    nothing on the item since the date."""
    return [
        r
        for r in status(corpus, reports, selection, as_of)
        if not r.settled and (r.latest is None or r.latest.as_of < since)
    ]


def overdue(
    corpus: Corpus,
    reports: Reports,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
) -> list[StatusRow]:
    """What is overdue on the date: red rows, and rows whose milestone passed with no report since
    (5.1's 5月6日前 on 5月10日), the milestone named in the row. The office holds the units that answer
    for an item to account, so supporting rows are left out, except in a unit's own view (`unit` in the
    selection), which lists what it supports too."""
    return [
        r
        for r in status(corpus, reports, selection, as_of)
        if (r.light is Light.red or r.missed) and (selection.unit is not None or r.role in ANSWERING)
    ]


def rates(corpus: Corpus, reports: Reports, selection: Selection, as_of: datetime.date) -> list[UnitStats]:
    """按期办结率 and its counts per unit (`stats --progress`): what it leads, and as 配合 what it supports."""
    return unit_stats(status(corpus, reports, selection, as_of))


def the_bulletin(corpus: Corpus, reports: Reports, selection: Selection, as_of: datetime.date) -> Bulletin:
    """The 通报 of a selection as of a date; its total row is 全区合计 when its plans are one district's."""
    rows = status(corpus, reports, selection, as_of)
    regions = {d.meta.region for d in corpus.documents if d.meta.id in {r.document for r in rows}}
    # a 通报 of one unit, section, kind, leader or search totals that part: 全区合计 would say the district's
    whole = replace(selection, documents=(), by_deadline=False) == EVERYTHING
    district = regions.pop() if len(regions) == 1 and whole else None
    return bulletin(rows, as_of, district)


def stored_updates(db: str | Path | None, environ: Mapping[str, str]) -> list[Update]:
    """Every report in the progress database, oldest first; none when it does not exist yet (reading
    never creates one)."""
    return list(stored(db, environ)(None, datetime.date.max))


def latest_progress(updates: Sequence[Update]) -> Progress:
    """The latest report per (document, id, unit), for the 台账's 进展状态, 完成情况 and 填报日期."""
    return {u.key: (u.status, u.note, u.as_of) for u in updates}
