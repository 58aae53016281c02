"""The curated dataset against its source: counts, fields, repairs, registries."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from workplan.model import DatasetFile
from workplan.schema import schema_text

from .conftest import ROOT

SECTION_TITLES = [
    "疫情防控",
    "综合经济",
    "创新转型",
    "民生工作",
    "社会事业发展",
    "社会治理",
    "城市规划、建设和管理",
    "政府自身建设",
]
SECTION_COUNTS = [5, 8, 3, 3, 3, 2, 4, 4]


def source_items(source_text: str) -> dict[str, str]:
    """Each work item's line in the source, keyed by id, found independently of the dataset."""
    numerals = "一二三四五六七八九十"
    items: dict[str, str] = {}
    section = 0
    for line in source_text.split("二季度攻坚专项工作方案\n")[0].splitlines():
        line = line.strip()
        if m := re.match(r"^([一二三四五六七八九])、", line):
            section = numerals.index(m.group(1)) + 1
        elif m := re.match(r"^\(([一二三四五六七八九十])\)", line):
            items[f"{section}.{numerals.index(m.group(1)) + 1}"] = line
    return items


def undo_repairs(data: DatasetFile, record_id: str, text: str) -> str:
    for c in data.corrections:
        if c.where == record_id:
            text = text.replace(c.repaired, c.received)
    return text


def test_sections_and_counts(dataset: DatasetFile) -> None:
    assert [s.title for s in dataset.sections] == SECTION_TITLES
    assert [len(s.tasks) for s in dataset.sections] == SECTION_COUNTS
    assert sum(SECTION_COUNTS) == 32
    assert [p.id for p in dataset.projects] == [f"G{n}" for n in range(1, 10)]


def test_metadata(dataset: DatasetFile) -> None:
    m = dataset.meta
    assert m.notice_title == "关于印发区政府2020年第二季度工作要点及攻坚专项工作方案的通知"
    assert m.issuer == "上海市杨浦区人民政府办公室"
    assert (m.signed, m.published, m.year, m.quarter, m.id) == (
        "2020-04-20",
        "2020-04-24",
        2020,
        2,
        "yangpu-2020q2",
    )


def test_every_item_matches_its_source_line(dataset: DatasetFile, source_text: str) -> None:
    lines = source_items(source_text)
    assert len(lines) == 32
    for section in dataset.sections:
        for task in section.tasks:
            line = lines[task.id]
            text = undo_repairs(dataset, task.id, task.text)
            expected = f"{task.title}。{text}(责任单位:{task.responsibility.raw})"
            assert line.endswith(expected), task.id
            assert "".join(task.sentences) == task.text


def test_every_project_text_is_in_the_source(dataset: DatasetFile, source_text: str) -> None:
    for p in dataset.projects:
        assert f"){p.title}\n" in source_text
        assert undo_repairs(dataset, p.id, p.text) in source_text
        leaders = "、".join(p.lead_leaders) + (
            f";配合领导:{'、'.join(p.support_leaders)}" if p.support_leaders else ""
        )
        assert f"牵头领导:{leaders}" in source_text
        assert f"牵头部门:{'、'.join(p.lead_departments)}" in source_text


@pytest.mark.parametrize(
    ("task_id", "title", "lead", "support", "by_division"),
    [
        ("1.1", "落实疫情防控各项决策部署", ["区疫情防控工作领导小组办公室"], ["相关成员单位"], False),
        ("2.1", "经济社会发展规划", ["区政府办公室", "区发展改革委", "区财政局"], [], True),
        ("2.4", "招商引资", ["区投资促进办"], [], False),
        ("2.6", "消费拉动", ["区商务委"], [], False),
        ("4.2", "稳定就业", ["区人力资源社会保障局"], ["各街道"], False),
        (
            "6.1",
            "安全稳定",
            ["区公安分局", "区应急局", "区市场监管局", "区司法局", "区绿化市容局"],
            ["各街道"],
            True,
        ),
        ("8.4", "“两会”意见、提案办理", ["区政府办公室"], [], False),
    ],
)
def test_sample_items_field_by_field(
    dataset: DatasetFile, task_id: str, title: str, lead: list[str], support: list[str], by_division: bool
) -> None:
    task = next(t for s in dataset.sections for t in s.tasks if t.id == task_id)
    assert task.title == title
    assert task.responsibility.lead == lead
    assert task.responsibility.support == support
    assert task.responsibility.lead_by_division is by_division


def test_projects_leaders_and_departments(dataset: DatasetFile) -> None:
    g = {p.id: p for p in dataset.projects}
    assert g["G2"].lead_departments == ["区人力资源社会保障局", "区高层次人才创新创业服务中心"]
    assert g["G5"].lead_leaders == ["赵亮"] and g["G5"].support_leaders == ["徐建华"]
    assert g["G7"].lead_departments == ["区住房保障房屋管理局", "区规划资源局"]
    assert {leader.name for leader in dataset.leaders} == {"周海鹰", "李雅平", "赵亮", "徐建华", "王浩"}
    zhao = next(leader for leader in dataset.leaders if leader.name == "赵亮")
    assert (zhao.lead, zhao.support) == (["G4", "G5"], ["G6", "G8", "G9"])


def test_every_correction_is_applied_and_the_damage_is_gone(dataset: DatasetFile, source_text: str) -> None:
    texts = {t.id: t.text for s in dataset.sections for t in s.tasks} | {
        p.id: p.text for p in dataset.projects
    }
    assert len(dataset.corrections) == 8
    for c in dataset.corrections:
        assert c.received in source_text, c.id
        if c.field == "text":
            assert c.repaired in texts[c.where], c.id
            assert c.received not in texts[c.where], c.id
    all_text = "".join(texts.values())
    for damaged in ("427日", "56日", "20202022", "20212025", "居民区()", "8183街坊"):
        assert damaged not in all_text
    assert {c.where for c in dataset.corrections} == {"meta.signed", "1.4", "2.5", "4.1", "5.1", "5.3", "8.2"}


def test_every_registered_unit_is_used(dataset: DatasetFile) -> None:
    used = Counter()
    for s in dataset.sections:
        for t in s.tasks:
            used.update(t.responsibility.lead + t.responsibility.support)
    for p in dataset.projects:
        used.update(p.lead_departments + p.support_departments)
    members = {m for u in dataset.units for m in u.members if u.name in used}
    texts = "".join(t.text for s in dataset.sections for t in s.tasks) + "".join(
        p.text for p in dataset.projects
    )
    for u in dataset.units:
        if u.mentioned_only:  # curated because the text names it: it must be named, and never responsible
            assert u.name in texts and u.name not in used, u.name
        else:
            assert u.name in used or u.name in members, u.name


def test_unit_registry_facts(dataset: DatasetFile) -> None:
    units = {u.name: u for u in dataset.units}
    assert "人社局" in units["区人力资源社会保障局"].aliases
    assert "发改委" in units["区发展改革委"].aliases
    assert units["区人力资源社会保障局"].full_name_source == "inferred"
    streets = units["各街道"]
    assert streets.kind == "collective" and len(streets.members) == 12
    assert all(units[m].kind == "subdistrict" for m in streets.members)
    assert units["相关成员单位"].kind == "collective"
    assert units["滨江公司"].kind == "company"


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schema" / "workplan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: workplan schema > schema/workplan.schema.json"
    assert json.loads(committed)["properties"]["meta"]["$ref"] == "#/$defs/Meta"


def test_dataset_points_editors_at_the_schema() -> None:
    first = (ROOT / "data" / "workplan_2020q2.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/workplan.schema.json"
