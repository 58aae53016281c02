"""The light rules one by one, and when an item counts as done."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from workplan.corpus import Corpus, Selection
from workplan.loader import load_documents
from workplan.model import Kind, Record, Role, Status
from workplan.progress.status import Light, light, status_rows, tally
from workplan.progress.store import Update
from workplan.progress.tracking import given, status

D = datetime.date
DEADLINE = D(2020, 6, 30)


@pytest.mark.parametrize(
    ("status", "as_of", "expected"),
    [
        (None, D(2020, 6, 1), Light.grey),
        (None, D(2020, 6, 30), Light.grey),  # the deadline day itself is not past it
        (None, D(2020, 7, 1), Light.red),
        (Status.not_started, D(2020, 6, 1), Light.grey),
        (Status.not_started, D(2020, 6, 23), Light.yellow),  # 7 days left
        (Status.in_progress, D(2020, 6, 22), Light.green),  # 8 days left
        (Status.in_progress, D(2020, 6, 23), Light.yellow),
        (Status.delayed, D(2020, 6, 1), Light.yellow),
        (Status.delayed, D(2020, 7, 1), Light.red),
        (Status.in_progress, D(2020, 7, 1), Light.red),
        (Status.done, D(2020, 6, 1), Light.green),
        (Status.done, D(2020, 8, 1), Light.green),
    ],
)
def test_light(status: Status | None, as_of: datetime.date, expected: Light) -> None:
    assert light(status, DEADLINE, as_of) is expected


def test_done_dates_from_the_last_run_of_done_reports(corpus: Corpus) -> None:
    """Done on 6-20, reopened on 6-25, done again on 7-02 and re-confirmed on 7-05: done late, on 7-02."""

    def said(status: Status, day: datetime.date) -> Update:
        return Update("yangpu-2020q2", "G4", "区商务委", status, day, f"{status.value} {day}")

    updates = [
        said(Status.done, D(2020, 6, 20)),
        said(Status.in_progress, D(2020, 6, 25)),
        said(Status.done, D(2020, 7, 2)),
        said(Status.done, D(2020, 7, 5)),
        Update("yangpu-2020q2", "G4", "区发展改革委", Status.done, D(2020, 6, 1)),  # not a lead of G4
    ]
    g4 = [corpus.position("G4")]
    [early] = status_rows(corpus, updates, D(2020, 6, 21), g4)
    assert (early.status, early.done_on, early.light) == (Status.done, D(2020, 6, 20), Light.green)
    [row] = status_rows(corpus, updates, D(2020, 7, 10), g4)
    assert (row.unit, row.done_on, row.latest and row.latest.as_of) == (
        "区商务委",
        D(2020, 7, 2),
        D(2020, 7, 5),
    )
    counts = tally("区商务委", [row])
    assert (counts.done_on_time, counts.done_late, counts.due, counts.rate) == (0, 1, 1, 0.0)
    [between] = status_rows(corpus, updates, D(2020, 6, 28), g4)
    assert (between.status, between.done_on, between.light) == (Status.in_progress, None, Light.yellow)
    assert tally("x", []).rate is None


def named(corpus: Corpus, r: Record) -> list[str]:
    """A record's units as status rows list them: its leads, then its supporting units, a collective
    (各街道) as its members, a group whose members are not listed (相关成员单位) as none."""
    support = [
        m for u in r.support_units for m in corpus.collectives.get(u) or (() if u in corpus.groups else (u,))
    ]
    return [*r.lead_units, *dict.fromkeys(support)]


def test_a_record_built_by_hand_is_lit_by_the_deadline_its_words_give() -> None:
    """Rows come from the index's columns; a record handed in without a deadline (built outside a
    document's loading) gets the one its words state, as `Record.deadline`'s fallback promises."""
    [doc] = load_documents()
    first = replace(doc.records[0], text="完成方案制定，2020年5月底前完成。", deadline=None)
    hand_built = Corpus.of([replace(doc, records=[first, *doc.records[1:]])])
    rows = status_rows(hand_built, [], D(2020, 6, 1), [0])
    assert {(r.id, r.deadline.date, r.deadline.source, r.light) for r in rows} == {
        (first.id, D(2020, 5, 31), "explicit", Light.red)
    }
    assert len([r for r in rows if r.role is Role.lead]) == len(first.lead_units)


def test_rows_name_and_title_their_records_as_the_records_do(corpus: Corpus) -> None:
    """Rows are read from the index's columns, not from `Record`s: each must still carry its record's
    document, id, DOC:ID ref and title (in JSON too), one row per unit in a role, in document order."""
    rows = status_rows(corpus, [], D(2020, 6, 1))
    expected = [(r.document, r.id, r.ref, r.title, u) for r in corpus.records for u in named(corpus, r)]
    assert [(x.document, x.id, x.ref, x.title, x.unit) for x in rows] == expected
    assert [{k: x.to_json()[k] for k in ("document", "id", "title", "unit")} for x in rows] == [
        {"document": d, "id": i, "title": t, "unit": u} for d, i, _, t, u in expected
    ]


def test_each_record_built_by_hand_is_lit_by_its_own_words() -> None:
    """The fallback deadline is read from the words of the record at that position, not another's: two
    hand-built records, neither of them the first, with different dates in their words."""
    [doc] = load_documents()
    words = {3: "完成方案制定，2020年5月底前完成。", 7: "2020年4月底前完成试点。"}
    records = [
        replace(r, text=words[k], deadline=None) if k in words else r for k, r in enumerate(doc.records)
    ]
    hand_built = Corpus.of([replace(doc, records=records)])
    rows = status_rows(hand_built, [], D(2020, 6, 1), sorted(words))
    assert {(r.id, r.deadline.date, r.deadline.source) for r in rows} == {
        (records[3].id, D(2020, 5, 31), "explicit"),  # 5月底前: the end of May
        (records[7].id, D(2020, 4, 30), "explicit"),
    }


@pytest.mark.parametrize(
    "selection",
    [Selection(section="综合经济"), Selection(kind=Kind.project), Selection(terms=("旧改",))],
)
def test_status_lights_the_selection_and_nothing_else(corpus: Corpus, selection: Selection) -> None:
    """`status --section/--kind/terms` passes the selection's positions to status_rows: its rows are
    those of the selected records and their lead units, in the selection's order, not every record's."""
    selected = corpus.select(selection)
    assert 0 < len(selected) < len(corpus)
    rows = status(corpus, given([]), selection, D(2020, 6, 1))
    assert [(r.document, r.id, r.unit) for r in rows] == [
        (x.document, x.id, u) for x in selected for u in named(corpus, x)
    ]


def test_a_supporting_units_report_has_its_row_and_counts_apart(corpus: Corpus) -> None:
    """A street's report on an item it supports through 各街道 shows in `status` as its own 配合 row;
    the rates count it as supported and reported, never among what the street leads."""
    from workplan.progress.tracking import rates

    record = next(r for r in corpus.records if "各街道" in r.support_units)
    street = corpus.collectives["各街道"][0]
    said = Update(record.document, record.id, street, Status.in_progress, D(2020, 6, 10))
    rows = status(corpus, given([said]), Selection(), D(2020, 6, 12))
    mine = [r for r in rows if (r.id, r.unit) == (record.id, street)]
    assert [(r.role, r.status) for r in mine] == [(Role.support, Status.in_progress)]
    everyone = {u.unit: u for u in rates(corpus, given([said]), Selection(), D(2020, 6, 12))}
    supported = sum(street in named(corpus, r)[len(r.lead_units) :] for r in corpus.records)
    assert (everyone[street].supported, everyone[street].supported_reported) == (supported, 1)
    assert everyone[street].items == sum(street in r.lead_units for r in corpus.records)


def test_a_supporting_row_ends_with_its_item() -> None:
    """Past the deadline, an unreported supporting row is red while its item is open, and green once
    every lead unit has reported the item done: its part ended with the item."""
    corpus = Corpus.of(load_documents())
    record = next(r for r in corpus.records if len(r.lead_units) == 2 and r.support_units)
    helper = named(corpus, record)[2]
    after = D(2020, 7, 10)
    done = [Update(record.document, record.id, u, Status.done, D(2020, 6, 20)) for u in record.lead_units]

    def support_light(updates: list[Update]) -> Light:
        [row] = [
            r
            for r in status(corpus, given(updates), Selection(), after)
            if (r.id, r.unit) == (record.id, helper)
        ]
        return row.light

    assert support_light([]) is Light.red
    assert support_light(done[:1]) is Light.red  # one lead of two is not the item
    assert support_light(done) is Light.green
    # nobody chases a unit whose part has ended; the office's overdue list holds the leads to account
    from workplan.progress.tracking import missing, overdue

    chased = {(r.id, r.unit) for r in missing(corpus, given(done), D(2020, 6, 1), Selection(), after)}
    assert (record.id, helper) not in chased and (record.id, helper) in {
        (r.id, r.unit) for r in missing(corpus, given(done[:1]), D(2020, 6, 1), Selection(), after)
    }
    late = overdue(corpus, given(done[:1]), Selection(), after)
    assert late and {r.role for r in late} <= {Role.lead, Role.responsible}
    own = overdue(corpus, given(done[:1]), Selection(unit=helper), after)
    assert (record.id, Role.support) in {(r.id, r.role) for r in own}


def test_a_view_reads_its_own_records_reports_and_lights_them_as_from_every_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`status`, `overdue`, `stats --progress` and the bulletin read the store for the records in view
    (a unit's view of 300,000 reports read them all: 3.4 s of 3.6): every view is lit as from every
    report, over reports on the same day, done then reopened, in batches of ids."""
    import random

    from workplan.progress.store import Store
    from workplan.progress.tracking import keys_at, stored

    monkeypatch.setattr("workplan.progress.store.IN_BATCH", 3)  # several batches of one document's ids
    corpus = Corpus.of(load_documents())
    pick = random.Random(7)
    updates = [
        Update(
            r.document,
            r.id,
            unit,
            pick.choice(list(Status)),
            D(2020, 5, 1) + datetime.timedelta(pick.randrange(80)),
            f"n{k}",
        )
        for k, r in enumerate(pick.choices(corpus.records, k=400))
        for unit in pick.sample(named(corpus, r), 1)
    ]
    with Store(tmp_path / "p.db") as store:
        store.add(updates)
        everything = given(store.updates())
        total = store.count()
    from_store = stored(tmp_path / "p.db", {})
    units = sorted({u.unit for u in updates})[:12]
    views = [Selection(), Selection(section="2"), *(Selection(unit=u) for u in units)]
    for selection in views:
        for day in (D(2020, 5, 20), D(2020, 6, 30), D(2020, 7, 20)):
            assert status(corpus, from_store, selection, day) == status(corpus, everything, selection, day)
    positions = corpus.positions(Selection(unit=units[0]))
    assert 0 < len(from_store(keys_at(corpus, positions), D(2020, 7, 20))) < total


def test_a_group_of_units_has_no_rows_and_no_view_of_its_own(corpus: Corpus) -> None:
    """Pass 15: 相关成员单位 (a group whose members the notice does not list) had rows and a line in
    `stats --progress` that no report could ever change; `status --unit 各街道` listed 未报送 rows for
    the group, which cannot report (each street reports for itself)."""
    from workplan.errors import UsageError
    from workplan.progress.tracking import rates

    assert {"各街道", "相关成员单位"} <= corpus.groups
    rows = status(corpus, given([]), Selection(), D(2020, 7, 1))
    assert not {r.unit for r in rows} & corpus.groups and {"定海路街道"} <= {r.unit for r in rows}
    assert not {u.unit for u in rates(corpus, given([]), Selection(), D(2020, 7, 1))} & corpus.groups
    with pytest.raises(UsageError, match="各街道 是一组单位"):
        status(corpus, given([]), Selection(unit="各街道"), D(2020, 7, 1))


@pytest.mark.parametrize(
    "args",
    [
        ("export", "-", "--format", "csv", "--unit", "各街道"),
        ("progress", "log", "--unit", "各街道"),
        ("progress", "log", "--unit", "相关成员单位"),
        ("progress", "set", "2.6", "-u", "各街道", "--status", "推进中"),
    ],
)
def test_every_command_refuses_a_group_of_units_as_the_reporting_unit(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    """Pass 17: `export --unit 各街道` wrote a 各街道台账 sheet whose every row a return refused, and
    `progress log --unit 各街道` said "no records" (exit 0): a group reports through its members."""
    from workplan.cli.testing import invoke

    done = invoke(*args, "--db", str(tmp_path / "p.db"))
    assert done.exit_code == 2, done.output
    assert "是一组单位" in done.stderr and done.stdout == ""
    if args[0] == "export":  # its listing (Markdown, JSON) is no 台账 to return: as `by-unit` gives it
        listing = invoke("export", "-", "--format", "md", "--unit", "各街道", "--db", str(tmp_path / "p.db"))
        assert listing.exit_code == 0 and listing.stdout.count("\n| ") >= 6
