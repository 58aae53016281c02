"""Ids, sections, units and roles: the query core without the CLI."""

from __future__ import annotations

from typing import Any

import pytest

from workplan.corpus import Corpus, Selection
from workplan.errors import UsageError
from workplan.ids import chinese_number, parse_id
from workplan.model import Kind, Role


@pytest.mark.parametrize(
    ("text", "rid"),
    [
        ("2.6", "2.6"),
        ("二(六)", "2.6"),
        ("二（六）", "2.6"),
        ("二、六", "2.6"),
        ("G4", "G4"),
        ("g4", "G4"),
        ("攻坚四", "G4"),
        ("攻坚(四)", "G4"),
        ("攻坚（九）", "G9"),
        ("十二(十一)", "12.11"),
        ("旧改", None),
        ("G", None),
    ],
)
def test_parse_id(text: str, rid: str | None) -> None:
    assert parse_id(text) == rid


@pytest.mark.parametrize(
    ("text", "n"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("7", 7), ("百", None)]
)
def test_chinese_number(text: str, n: int | None) -> None:
    assert chinese_number(text) == n


def test_record_lookup(corpus: Corpus) -> None:
    assert corpus.record("二(六)").title == "消费拉动"
    assert corpus.record("yangpu-2020q2:G4").title == "加快打造一批特色商业街区"
    with pytest.raises(UsageError, match="no record"):
        corpus.record("9.9")


@pytest.mark.parametrize(
    ("query", "number"), [("2", 2), ("二", 2), ("综合经济", 2), ("城市规划", 7), ("政府自身", 8)]
)
def test_section_resolution(corpus: Corpus, query: str, number: int) -> None:
    found = corpus.select(Selection(section=query))
    assert found and {r.section_number for r in found} == {number}
    assert found == [r for r in corpus.records if r.section_number == number]


def test_unknown_section(corpus: Corpus) -> None:
    with pytest.raises(UsageError):
        corpus.select(Selection(section="9"))


def test_by_unit_roles(corpus: Corpus) -> None:
    hits = corpus.by_unit("区商务委")
    assert [(h.record.id, h.role) for h in hits] == [
        ("2.3", "lead"),
        ("2.6", "lead"),
        ("2.7", "lead"),
        ("G4", "lead"),
    ]


def test_subdistrict_supports_through_the_collective_and_is_mentioned(corpus: Corpus) -> None:
    hits = {h.record.id: h for h in corpus.by_unit(corpus.resolve_unit("殷行"))}
    assert set(hits) == {"4.2", "4.3", "5.2", "6.1", "6.2", "7.4", "8.1"}
    assert hits["4.2"].role == "support" and hits["4.2"].via == "各街道"
    assert hits["8.1"].role == "mentioned"


def test_unit_found_through_every_form_people_type(corpus: Corpus) -> None:
    for typed in ("区人力资源社会保障局", "人社局", "区人社局", "人力资源", "人社"):
        assert corpus.resolve_unit(typed) == "区人力资源社会保障局"


def test_by_leader(corpus: Corpus) -> None:
    hits = corpus.by_leader("赵亮")
    assert [(h.record.id, h.role) for h in hits] == [
        ("G4", "lead"),
        ("G5", "lead"),
        ("G6", "support"),
        ("G8", "support"),
        ("G9", "support"),
    ]


def test_filters_combine(corpus: Corpus) -> None:
    def ids(**filters: Any) -> list[str]:
        return [r.id for r in corpus.select(Selection(**filters))]

    assert ids(section="2", unit="发改委") == ["2.1", "2.3", "2.5"]
    assert ids(kind=Kind.project, leader="徐建华") == ["G5", "G6", "G7"]
    assert len(ids()) == 41


def test_every_unit_group_matches_by_unit(corpus: Corpus) -> None:
    for g in corpus.unit_groups():
        hits = corpus.by_unit(g.name)
        assert [r.id for r in g.lead] == [h.record.id for h in hits if h.role == "lead"]
        assert [r.id for r in g.support] == [h.record.id for h in hits if h.role == "support"]


def test_grouping_views_honour_the_selection(corpus: Corpus) -> None:
    groups = {g.name: g for g in corpus.unit_groups(Selection(section="2"))}
    assert all(r.section_number == 2 for g in groups.values() for r in g.lead + g.support + g.mentioned)
    assert [r.id for r in groups["区商务委"].lead] == ["2.3", "2.6", "2.7"]
    projects = {g.name: g for g in corpus.unit_groups(Selection(kind=Kind.project))}
    assert [r.id for r in projects["区商务委"].lead] == ["G4"]
    leads_only = corpus.leader_groups(Selection(role=Role.lead))
    assert all(not g.support for g in leads_only) and any(g.lead for g in leads_only)


def test_role_narrows_a_unit_and_is_refused_alone(corpus: Corpus) -> None:
    assert [h.id for h in corpus.by_unit("区商务委", Selection(role=Role.support))] == [
        h.id for h in corpus.by_unit("区商务委") if h.role is Role.support
    ]
    assert [r.id for r in corpus.select(Selection(unit="殷行街道", role=Role.mentioned))] == ["8.1"]
    with pytest.raises(UsageError, match="--role"):
        corpus.select(Selection(role=Role.lead))
    with pytest.raises(UsageError, match="提及"):
        corpus.by_leader("赵亮", Selection(role=Role.mentioned))


def test_hits_read_like_records(corpus: Corpus) -> None:
    hits = corpus.by_unit("商务委")
    assert [h.id for h in hits] == ["2.3", "2.6", "2.7", "G4"]
    assert hits[0].to_json()["role"] == "lead" and hits[0].to_json()["id"] == "2.3"


def test_records_are_immutable(corpus: Corpus) -> None:
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        corpus.record("2.6").title = "x"  # type: ignore[misc]


def test_search_through_a_selection(corpus: Corpus) -> None:
    hits = corpus.search(Selection(terms=("旧改",), kind=Kind.project))
    assert hits and all(h.record.kind is Kind.project for h in hits)
    everything = corpus.search(Selection(terms=("旧改",)))
    assert {h.record.id for h in hits} < {h.record.id for h in everything}
    assert [r.id for r in corpus.select(Selection(terms=("旧改",)))] == sorted(
        (h.record.id for h in everything), key=[r.id for r in corpus.records].index
    )


def test_document_filter(corpus: Corpus) -> None:
    assert len(corpus.select(Selection(documents=("yangpu-2020*",)))) == 41
    assert len(corpus.select(Selection(documents=("yangpu",)))) == 41  # a unique prefix
    with pytest.raises(UsageError, match="no document"):
        corpus.select(Selection(documents=("hongkou",)))


def test_every_record_carries_its_deadline(corpus: Corpus) -> None:
    import datetime

    record = corpus.record("5.1")
    assert record.deadline is not None and record.deadline.date == datetime.date(2020, 6, 30)
    assert [m.date.isoformat() for m in record.deadline.milestones] == ["2020-04-27", "2020-05-06"]
    data = record.to_json()
    assert (data["deadline"], data["deadline_source"]) == ("2020-06-30", "quarter_end")
    assert all(r.to_json()["deadline"] for r in corpus.records)


def test_due_before_and_deadline_order(edited_dataset: Any) -> None:
    import datetime

    from workplan.api import load

    path = edited_dataset(
        (
            '  - id: "2.6"\n    title: 消费拉动',
            '  - id: "2.6"\n    deadline: "2020-05-20"\n    title: 消费拉动',
        ),
        ('  - id: "1.3"\n', '  - id: "1.3"\n    deadline: "2020-06-01"\n'),
    )
    corpus = load(path)
    due = corpus.select(Selection(due_before=datetime.date(2020, 6, 1)))
    assert [r.id for r in due] == ["1.3", "2.6"]  # document order, both days inclusive
    assert [r.id for r in corpus.select(Selection(due_before=datetime.date(2020, 5, 19)))] == []
    ordered = corpus.select(Selection(by_deadline=True))
    assert [r.id for r in ordered[:2]] == ["2.6", "1.3"] and len(ordered) == len(corpus.records)
    assert [r.id for r in ordered[2:]] == [r.id for r in corpus.records if r.id not in ("1.3", "2.6")]


def test_the_curator_can_set_a_deadline(edited_dataset: Any) -> None:
    from workplan.api import load

    path = edited_dataset(
        (
            '      support: [相关成员单位]\n      lead_by_division: false\n  - id: "1.2"',
            '      support: [相关成员单位]\n      lead_by_division: false\n    deadline: "2020-05-15"\n'
            '    milestones: [{date: "2020-05-01", phrase: 五一前}]\n  - id: "1.2"',
        ),
    )
    record = load(path).record("1.1")
    assert record.deadline is not None
    assert (record.deadline.date.isoformat(), record.deadline.source) == ("2020-05-15", "curated")
    assert [(m.date.isoformat(), m.phrase) for m in record.deadline.milestones] == [("2020-05-01", "五一前")]
