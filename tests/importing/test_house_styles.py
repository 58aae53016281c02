"""Sixteen house styles written for these tests, each with the exact records a careful reader expects."""

from __future__ import annotations

from typing import Any

import pytest

from workplan.importing import import_notice
from workplan.loader import load_documents

from .helpers import NOTICES, records, unaccounted

EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "separate_lines": [
        (
            "1.1",
            "推进重大项目开工",
            "全年新开工项目10个。",
            ["区发改委"],
            ["区财政局", "区建管委"],
            {"leaders": ["张明"]},
        ),
        ("1.2", "稳定外贸外资", "落实稳外贸政策,支持企业拓展市场。", ["区商务委"], [], {}),
        ("2.1", "扩大就业", "新增就业岗位3000个。", ["区人社局"], [], {}),
    ],
    "square_brackets": [
        ("1.1", "深化营商环境改革", "推行一网通办。", ["市政务办"], ["市发改委"], {}),
        ("1.2", "扩大对外开放", "办好进博会配套活动。", ["市商务局"], ["市外办", "市海关"], {}),
        ("2.1", "推进旧城改造", "完成改造5000户。", ["市住建局"], ["各区政府"], {}),
    ],
    "no_prefix": [
        ("1.1", "培育数字经济", "建设两个数字产业园。", ["区发改委"], ["区财政局"], {}),
        ("1.2", "服务园区企业", "每月走访企业。", ["各街道(园区)"], [], {}),
        ("2.1", "办好民生实事", "推进十项实事项目。", ["区民政局"], ["区卫健委", "区教育局"], {}),
    ],
    "mid_item": [
        (
            "1.1",
            "提升农业效益",
            "▲新建高标准农田2万亩。▲培育家庭农场50家。",
            ["县农业农村局"],
            ["县财政局"],
            {},
        ),
        ("1.2", "改善农村环境", "▲完成农村户厕改造3000户。", ["县住建局"], [], {}),
    ],
    "traditional": [
        ("1.1", "推進招商引資", "引進重點項目五個。", ["区发改委"], ["区财政局"], {}),
        ("1.2", "優化營商環境", "推行一網通辦。", ["区政务办"], [], {}),
    ],
    "wording": [
        ("1.1", "落实安全生产责任制", "开展隐患排查。", [], [], {"undetermined": ["各有关部门"]}),
        (
            "1.2",
            "加强应急能力建设",
            "建设应急物资储备库。",
            ["市应急局"],
            ["市财政局"],
            {"leaders": ["王强"]},
        ),
        ("2.1", "打好污染防治攻坚战", "PM2.5浓度下降5%。", ["市生态环境局"], [], {"leaders": ["李华"]}),
    ],
    "no_sections": [
        ("1.1", "推进老旧小区改造", "完成改造20个小区。", ["区住建局"], [], {}),
        ("1.2", "加强垃圾分类", "达标率保持95%以上。", ["区绿化市容局"], ["各街道"], {}),
        ("1.3", "提升公共服务", "新建社区食堂3家。", ["区民政局"], [], {}),
    ],
    "three_levels": [
        ("1.1.1", "推进项目建设", "开工项目8个。", ["区发改委"], [], {"group": "稳定增长"}),
        ("1.1.2", "扩大有效投资", "完成投资50亿元。", ["区财政局"], [], {"group": "稳定增长"}),
        ("1.2", "推进清单公开", "编制并公开权责清单。", ["区司法局"], [], {}),
        ("2.1", "完善制度", "修订工作规则。", ["区政府办公室"], [], {}),
        ("2.2", "加强督查", "开展季度督查。", ["区督查室"], [], {}),
        ("2.3", "提高效能", "压缩办事时限。", ["区政务办"], [], {}),
    ],
    "signature_end": [
        ("0.1", "做好开年工作部署", "召开全区工作会议。", ["区政府办公室"], [], {}),
        ("1.1", "抓好一季度开门红", "确保经济平稳开局。", ["区发改委"], [], {}),
        ("1.2", "支持中小企业", "落实减税降费政策。", ["区税务局"], [], {}),
        ("2.1", "保障节日供应", "做好春节期间市场供应。", ["区商务委"], [], {}),
    ],
    "roles": [
        ("1.1", "做好经济统计", "按时发布统计数据。", ["区发改委", "区统计局"], [], {}),
        ("1.2", "加强财政统筹", "编制年度预算。", ["区发改委"], ["区财政局", "区建管委"], {}),
        ("1.3", "规范档案管理", "完成档案数字化。", ["区档案局"], ["区政府办公室"], {}),
        ("1.4", "落实稳增长政策", "各项政策应出尽出。", [], [], {"undetermined": ["各有关部门"]}),
        ("1.5", "促进消费", "举办购物节。", ["区商物委"], [], {}),
    ],
    "undetermined": [
        ("1.1", "建设县城绕城公路", "完成路基工程。", [], [], {"undetermined": ["县交通局", "县自然资源局"]}),
        ("1.2", "推进水利工程", "完成水库除险加固。", ["县水利局"], [], {}),
    ],
    "first_is_lead": [
        (
            "1.1",
            "建设城区公园",
            "完成主体工程。",
            ["县住建局"],
            ["县园林局", "县财政局"],
            {"lead_inferred": True},
        ),
        ("1.2", "推进水利工程", "完成水库除险加固。", ["县水利局"], [], {}),
    ],
    "table_text": [
        ("1.1", "优化营商环境", "推行一网通办。", ["区政务办"], ["区发改委"], {"deadline": "2021-06-30"}),
        (
            "1.2",
            "推进城市更新",
            "完成旧改3000户。",
            ["区住建局"],
            ["区财政局", "各街道"],
            {"deadline": "2021-12-31"},
        ),
    ],
    "role_in_brackets": [
        ("1.1", "建设产业园区", "完成园区规划。", ["镇经发办"], ["镇财政所"], {}),
        ("1.2", "培育骨干企业", "新增规上企业5家。", ["镇经发办"], ["镇招商中心"], {}),
        ("2.1", "深化网格管理", "完善网格体系。", ["镇综治办"], ["各村(居)"], {}),
    ],
    "furniture": [
        ("1.1", "整治违法建筑", "拆除违建1万平方米。", ["区城管局"], [], {}),
        ("1.2", "提升绿化品质", "新建口袋公园3个。", ["区绿化局"], [], {}),
    ],
}

META: dict[str, dict[str, Any]] = {
    "separate_lines": {
        "issuer": "上海市虹江区人民政府办公室",
        "signed": "2021-01-12",
        "region": "上海市虹江区",
        "quarter": 1,
    },
    "square_brackets": {
        "issuer": "江城市人民政府",
        "signed": "2021-02-01",
        "published": "2021-02-03",
        "quarter": None,
    },
    "mid_item": {"signed": "2021-03-05", "plan_title": "山阳县2021年重点工作"},
    "traditional": {
        "issuer": "海灣區人民政府辦公室",
        "plan_title": "海灣區2021年第一季度工作要點",
        "quarter": 1,
    },
    "no_sections": {
        "issuer": "东林区人民政府办公室",
        "signed": "2021-01-20",
        "plan_title": "东林区2021年第一季度重点工作",
    },
    "signature_end": {"issuer": "西河区人民政府办公室", "signed": "2021-01-06", "year": 2021, "quarter": 1},
    "first_is_lead": {"preamble": "各项工作的责任单位中,排在第一位的为牵头单位。"},
    "furniture": {
        "notice_title": "关于印发云溪区2021年第三季度工作要点的通知",
        "plan_title": "云溪区2021年第三季度工作要点",
        "issuer": "云溪区人民政府办公室",
        "signed": "2021-07-05",
        "published": "2021-07-09",
        "quarter": 3,
    },
    "undated": {"signed": None, "published": None, "issuer": "某某区人民政府办公室", "year": 2021},
}


def imported(name: str, **options: Any) -> Any:
    return import_notice((NOTICES / f"{name}.txt").read_bytes(), f"{name}.txt", **options)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_house_style_records(name: str) -> None:
    assert records(imported(name)) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(META))
def test_house_style_metadata(name: str) -> None:
    meta = imported(name).data["meta"]
    assert {k: meta[k] for k in META[name]} == META[name]


@pytest.mark.parametrize("name", sorted(p.stem for p in NOTICES.glob("*.txt")))
def test_every_line_is_accounted_for(name: str) -> None:
    text = (NOTICES / f"{name}.txt").read_text(encoding="utf-8")
    assert unaccounted(text, imported(name)) == []


def test_section_heading_ending_in_a_full_stop_and_items_before_the_first_section() -> None:
    sections = imported("signature_end").data["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [(0, ""), (1, "经济工作"), (2, "社会工作")]


def test_page_furniture_is_reported_not_taken_as_title() -> None:
    result = imported("furniture")
    assert {w.where for w in result.warnings if "kept out" in w.message} >= {"line 1", "line 2", "line 3"}


def test_a_notice_without_a_date_imports_with_signed_unknown_and_a_warning() -> None:
    result = imported("undated")
    assert any("signed is null" in w.message for w in result.warnings)
    assert "signed: null" in result.yaml_text


def test_another_districts_registry_neither_renames_nor_questions_the_names() -> None:
    """中原区's notice, imported beside Yangpu's plan: its short forms stay as written, and its 区商物委 is
    not said to be a misspelt Yangpu 区商务委 (the Yangpu notice's near miss is in test_importer)."""
    result = imported("roles", known=load_documents())
    got = {r[0]: (r[3], r[4]) for r in records(result)}
    assert got["1.2"] == (["区发改委"], ["区财政局", "区建管委"])
    assert got["1.5"] == (["区商物委"], [])
    assert not any("是否指" in w.message for w in result.warnings)
    assert "区发改委" in result.new_units and "区发展改革委" not in result.new_units


def test_another_governments_office_is_not_a_typo() -> None:
    result = imported("mid_item", known=load_documents())
    assert not any("是否指" in w.message for w in result.warnings)


def test_strict_refuses_any_warning_and_lists_them() -> None:
    from workplan.errors import DataError

    with pytest.raises(DataError) as caught:
        imported("undetermined", strict=True)
    assert caught.value.exit_code == 3 and any("roles not written" in p for p in caught.value.problems)
    assert records(imported("no_prefix", strict=True))  # a clean notice passes strict


def test_undetermined_roles_are_a_documented_state_that_validates() -> None:
    from workplan.validation import validate_text

    data = validate_text(imported("undetermined").yaml_text, "u")
    (first, _) = data.sections[0].tasks
    assert (
        first.responsibility.undetermined == ["县交通局", "县自然资源局"] and first.responsibility.lead == []
    )
