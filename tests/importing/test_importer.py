"""Importing notices: every outline and clause form, encodings, warnings, and the round trip."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workplan.api import load
from workplan.errors import DataError
from workplan.importing import Imported, decode, dump_dataset
from workplan.importing import import_notice as import_bytes
from workplan.importing.clauses import parse_clause
from workplan.loader import load_documents, shipped_data
from workplan.model import DatasetFile, Document
from workplan.validation import validate_text

from ..conftest import SOURCE
from ..test_dataset import undo_repairs


def import_notice(text: str, doc_id: str, known: list[Document] | tuple[()] = ()) -> Imported:
    return import_bytes(text.encode("utf-8"), f"{doc_id}.txt", doc_id, known)


def notice(
    body: str,
    head: str = "关于印发区政府2021年第一季度工作要点的通知 2021-01-15\n\n上海市某某区人民政府办公室\n\n2021年1月10日\n\n上海市某某区人民政府2021年第一季度工作要点\n\n",
) -> str:
    return head + body


def tasks_of(result: Any) -> list[dict[str, Any]]:
    return [t for s in result.data["sections"] for t in s["tasks"]]


@pytest.mark.parametrize(
    ("raw", "lead", "support", "by_division", "inferred"),
    [
        ("区商务委", ["区商务委"], [], False, False),
        ("区商务委牵头,区财政局、区科委配合", ["区商务委"], ["区财政局", "区科委"], False, False),
        ("区商务委牵头，区财政局配合", ["区商务委"], ["区财政局"], False, False),
        ("区发展改革委、区商务委按分工牵头", ["区发展改革委", "区商务委"], [], True, False),
        ("区民政局、区残联按分工负责,各街道配合", ["区民政局", "区残联"], ["各街道"], True, False),
        ("区教育局牵头、区体育局配合", ["区教育局"], ["区体育局"], False, False),
        ("区档案局牵头、区政府办公室配合", ["区档案局"], ["区政府办公室"], False, False),
        ("區發改委牽頭,區財政局配合", ["区发改委"], ["区财政局"], False, False),
        ("区商务委负责", ["区商务委"], [], False, False),
    ],
)
def test_responsibility_forms(
    raw: str, lead: list[str], support: list[str], by_division: bool, inferred: bool
) -> None:
    r = parse_clause(raw)
    assert r is not None
    assert (r.raw, r.lead, r.support, r.lead_by_division, r.lead_inferred) == (
        raw,
        lead,
        support,
        by_division,
        inferred,
    )


@pytest.mark.parametrize(
    "items",
    [
        "(一)甲事项。内容一。(责任单位:区商务委)\n(二)乙事项。内容二。(责任单位:区科委牵头,各街道配合)\n",
        "（一）甲事项。内容一。（责任单位：区商务委）\n（二）乙事项。内容二。（责任单位：区科委牵头，各街道配合）\n",
        "1.甲事项。内容一。(责任单位:区商务委)\n2.乙事项。内容二。(责任单位:区科委牵头,各街道配合)\n",
        "1、甲事项。内容一。(责任单位:区商务委)\n2、乙事项。内容二。(责任单位:区科委牵头,各街道配合)\n",
        "(1)甲事项。内容一。(责任单位:区商务委)\n(2)乙事项。内容二。(责任单位:区科委牵头,各街道配合)\n",
    ],
)
def test_item_numbering_styles(items: str) -> None:
    result = import_notice(notice("一、经济发展\n\n" + items), "t")
    tasks = tasks_of(result)
    assert [(t["id"], t["title"], t["text"]) for t in tasks] == [
        ("1.1", "甲事项", "内容一。"),
        ("1.2", "乙事项", "内容二。"),
    ]
    assert tasks[1]["responsibility"]["lead"] == ["区科委"] and tasks[1]["responsibility"]["support"] == [
        "各街道"
    ]
    validate_text(dump_dataset(result.data, "x"), "x")


def test_sub_items_stay_inside_their_item() -> None:
    body = "一、民生\n\n1.就业。总体要求。\n(1)细项一;\n(2)细项二。(责任单位:区人社局)\n2.养老。内容。(责任单位:区民政局)\n"
    tasks = tasks_of(import_notice(notice(body), "t"))
    assert [t["id"] for t in tasks] == ["1.1", "1.2"]
    assert tasks[0]["text"] == "总体要求。(1)细项一;(2)细项二。"


def test_item_without_clause_is_kept_with_a_warning() -> None:
    result = import_notice(notice("一、经济\n\n(一)甲事项。内容。\n"), "t")
    (task,) = tasks_of(result)
    assert task["responsibility"]["lead"] == [] and any(
        "no responsibility clause" in w.message for w in result.warnings
    )


def test_projects_with_keys_in_any_order() -> None:
    body = (
        "一、经济\n\n(一)甲。乙。(责任单位:区商务委)\n\n攻坚专项工作方案\n\n(一)项目甲\n说明。\n"
        "牵头部门:区商务委、区科委\n牵头领导:张三;配合领导:李四、王五\n配合部门:区财政局\n(二)项目乙\n说明二。\n牵头领导:李四\n牵头部门:区科委\n"
    )
    result = import_notice(notice(body), "t")
    p1, p2 = result.data["projects"]
    assert (p1["id"], p1["title"], p1["text"]) == ("G1", "项目甲", "说明。")
    assert p1["lead_departments"] == ["区商务委", "区科委"] and p1["support_departments"] == ["区财政局"]
    assert (p1["lead_leaders"], p1["support_leaders"]) == (["张三"], ["李四", "王五"])
    leaders = {entry["name"]: entry for entry in result.data["leaders"]}
    assert leaders["李四"] == {"name": "李四", "lead": ["G2"], "support": ["G1"]}
    assert result.data["meta"]["projects_title"] == "攻坚专项工作方案"
    assert p2["lead_departments"] == ["区科委"]


def test_metadata_from_heading_and_signature() -> None:
    meta = import_notice(notice("一、经济\n\n(一)甲。乙。(责任单位:区商务委)\n"), "t").data["meta"]
    assert (meta["signed"], meta["published"], meta["year"], meta["quarter"]) == (
        "2021-01-10",
        "2021-01-15",
        2021,
        1,
    )
    assert meta["issuer"] == "上海市某某区人民政府办公室" and meta["region"] == "上海市某某区"


def test_another_districts_registry_never_renames_a_notices_units() -> None:
    """上海市某某区's 人社局 is its own bureau, kept as written: Yangpu's registry is Yangpu's."""
    result = import_notice(
        notice("一、民生\n\n(一)就业。内容。(责任单位:人社局牵头,区商务局、各街道配合)\n"),
        "t",
        load_documents(),
    )
    (task,) = tasks_of(result)
    assert task["responsibility"]["lead"] == ["人社局"]
    assert task["responsibility"]["support"] == ["区商务局", "各街道"]
    assert result.warnings == []  # no "是否指 区商务委?": that is another district's body
    units = {u["name"]: u for u in result.data["units"]}
    assert "full_name" not in units["人社局"] and "aliases" not in units["人社局"]
    assert "members" not in units["各街道"]  # Yangpu's 12 streets are not this district's


def test_the_notices_own_region_checks_its_names_and_keeps_them_as_written(tmp_path: Path) -> None:
    """A Yangpu notice's 区发改委 stays 区发改委 in the file; loaded beside the shipped plan it is the
    same body as 区发展改革委, and a near miss of a Yangpu unit is pointed out."""
    head = "上海市杨浦区人民政府2020年第三季度工作要点\n\n"
    result = import_notice(
        notice("一、经济\n\n(一)投资。内容。(责任单位:区发改委牵头,区商物委配合)\n", head),
        "q3",
        load_documents(),
    )
    (task,) = tasks_of(result)
    assert task["responsibility"]["lead"] == ["区发改委"]
    near = [w.message for w in result.warnings if "unknown unit" in w.message]
    assert near == ["未知单位 '区商物委' (unknown unit); 是否指: 区商务委?"]
    (tmp_path / "q3.yaml").write_text(dump_dataset(result.data, "q3"), encoding="utf-8")
    shutil.copy(shipped_data(), tmp_path)
    corpus = load(tmp_path)
    assert corpus.resolve_unit("区发改委") == "区发展改革委"
    assert "q3:1.1" in [h.record.ref for h in corpus.by_unit("区发展改革委")]


def test_damage_is_reported_with_line_numbers_and_left_alone() -> None:
    result = import_notice(SOURCE.read_text(encoding="utf-8"), "yangpu-2020q2")
    found = {(w.where, w.message.split(":")[0]) for w in result.warnings}
    assert {
        ("line 13", "'2020420'"),
        ("line 31", "'()'"),
        ("line 45", "'20202022'"),
        ("line 71", "'427日'"),
        ("line 71", "'56日'"),
        ("line 75", "'20212025'"),
    } <= found
    t51 = next(t for t in tasks_of(result) if t["id"] == "5.1")
    assert "427日" in t51["text"]


def test_round_trip_on_the_shared_source(dataset: DatasetFile) -> None:
    """Importing the source gives the curated dataset, apart from the logged repairs."""
    result = import_notice(SOURCE.read_text(encoding="utf-8"), "yangpu-2020q2", load_documents())
    imported = validate_text(dump_dataset(result.data, "s"), "s")
    assert [s.title for s in imported.sections] == [s.title for s in dataset.sections]
    curated = {t.id: t for s in dataset.sections for t in s.tasks}
    got = {t.id: t for s in imported.sections for t in s.tasks}
    assert list(got) == list(curated)
    for rid, t in curated.items():
        assert got[rid].title == t.title
        assert got[rid].text == undo_repairs(dataset, rid, t.text)
        assert got[rid].responsibility == t.responsibility
    for mine, theirs in zip(imported.projects, dataset.projects, strict=True):
        assert (mine.id, mine.title, mine.text) == (
            theirs.id,
            theirs.title,
            undo_repairs(dataset, theirs.id, theirs.text),
        )
        assert (mine.lead_leaders, mine.support_leaders, mine.lead_departments) == (
            theirs.lead_leaders,
            theirs.support_leaders,
            theirs.lead_departments,
        )
    m, c = imported.meta, dataset.meta
    assert (m.notice_title, m.plan_title, m.issuer, m.signed, m.published, m.year, m.quarter, m.preamble) == (
        c.notice_title,
        c.plan_title,
        c.issuer,
        c.signed,
        c.published,
        c.year,
        c.quarter,
        c.preamble,
    )
    assert {u.name for u in imported.units} == {u.name for u in dataset.units if not u.mentioned_only}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_encodings(encoding: str) -> None:
    raw = SOURCE.read_text(encoding="utf-8").encode(encoding)
    assert decode(raw) == SOURCE.read_text(encoding="utf-8")
    assert len(import_bytes(raw, "x.txt").data["sections"]) == 8


def test_cli_import_writes_valid_yaml_and_never_clobbers(run: Callable[..., Any], tmp_path: Path) -> None:
    gb = tmp_path / "notice.txt"
    gb.write_bytes(SOURCE.read_text(encoding="utf-8").encode("gb18030"))
    out = tmp_path / "out.yaml"
    result = run("import", str(gb), "-o", str(out), "--id", "yangpu-2020q2-gb")
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "32 项工作要点" in result.stderr
    assert run("validate", str(out)).exit_code == 0
    before = out.read_bytes()
    again = run("import", str(gb), "-o", str(out))
    assert again.exit_code == 4 and "already exists" in again.stderr and out.read_bytes() == before
    assert run("import", str(gb), "-o", str(out), "--force").exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_cli_import_from_stdin(run: Callable[..., Any]) -> None:
    result = run("import", "-", "--id", "x", input=SOURCE.read_bytes())
    assert result.exit_code == 0 and "id: x" in result.stdout


def test_cli_import_rejects_binary(run: Callable[..., Any], tmp_path: Path) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x81\x30\xff\x00")
    result = run("import", str(bad))
    assert result.exit_code == 3 and "neither UTF-8 nor GB18030" in result.stderr


def test_two_documents_at_once(run: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.yaml").write_bytes((SOURCE.parent.parent / "workplan_2020q2.yaml").read_bytes())
    assert (
        run("import", str(SOURCE), "--id", "yangpu-2020q2-raw", "-o", str(folder / "b.yaml")).exit_code == 0
    )
    records = json.loads(run("--data", str(folder), "list", "--json").stdout)
    assert (
        len(records) == 82
        and records[0]["ref"] == "yangpu-2020q2:1.1"
        and records[-1]["ref"] == "yangpu-2020q2-raw:G9"
    )
    ambiguous = run("--data", str(folder), "show", "2.6")
    assert ambiguous.exit_code == 2 and "yangpu-2020q2:2.6" in ambiguous.stderr
    assert (
        json.loads(run("--data", str(folder), "show", "yangpu-2020q2-raw:2.6", "--json").stdout)["title"]
        == "消费拉动"
    )
    hits = json.loads(run("--data", str(folder), "by-unit", "区商务委", "--json").stdout)
    assert {h["document"] for h in hits} == {"yangpu-2020q2", "yangpu-2020q2-raw"} and len(hits) == 8
    docs = json.loads(run("--data", str(folder), "docs", "--json").stdout)
    assert [d["id"] for d in docs] == ["yangpu-2020q2", "yangpu-2020q2-raw"]
    table = run("--data", str(folder), "by-unit", "区商务委", env={"COLUMNS": "120"}).stdout
    assert "yangpu-2020q2-raw:2.6" in table


def test_duplicate_document_ids_in_a_folder(run: Callable[..., Any], tmp_path: Path) -> None:
    data = (SOURCE.parent.parent / "workplan_2020q2.yaml").read_bytes()
    (tmp_path / "a.yaml").write_bytes(data)
    (tmp_path / "b.yaml").write_bytes(data)
    result = run("--data", str(tmp_path), "list")
    assert result.exit_code == 3 and "also used by" in result.stderr


def test_ambiguous_ids_list_a_bounded_number_of_choices(run: Callable[..., Any], tmp_path: Path) -> None:
    data = (SOURCE.parent.parent / "workplan_2020q2.yaml").read_text(encoding="utf-8")
    for n in range(12):
        (tmp_path / f"d{n:02d}.yaml").write_text(
            data.replace("id: yangpu-2020q2", f"id: doc-{n:02d}"), encoding="utf-8"
        )
    result = run("--data", str(tmp_path), "show", "2.6")
    assert result.exit_code == 2 and "doc-00:2.6" in result.stderr and "(12 in all)" in result.stderr
    assert "doc-11:2.6" not in result.stderr and result.stderr.count("\n") == 1


def test_an_input_with_no_item_is_refused() -> None:
    with pytest.raises(DataError, match="no numbered item"):
        import_notice("关于印发工作要点的通知\n\n某某区人民政府办公室\n2021年1月1日\n", "t")


def test_an_input_over_the_limit_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.limits.MAX_FILE_BYTES", 1000)
    with pytest.raises(DataError, match="larger than the limit"):
        import_bytes(SOURCE.read_bytes(), "big.txt")


def test_a_dataset_over_the_load_limit_is_refused_before_anything_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    size = len(SOURCE.read_bytes())
    monkeypatch.setattr("workplan.limits.MAX_FILE_BYTES", size + 10)  # the input fits, its YAML would not
    with pytest.raises(DataError, match="exceed the load limit"):
        import_bytes(SOURCE.read_bytes(), "big.txt")


def test_an_item_longer_than_a_dataset_value_may_be_is_refused_naming_the_notice() -> None:
    """A dataset value is bounded (validate refuses one past limits.MAX_SCALAR): a notice whose heading or
    item is longer is refused as a notice, not as a line of YAML it never wrote (`<id>:27:10: 值过长`)."""
    from workplan import limits

    body = f"一、稳增长\n1.{'标' * limits.MAX_SCALAR}一(牵头单位:区发改局)\n".encode()
    with pytest.raises(DataError, match=r"^long\.txt: 有一段文字长 100,00\d 字"):
        import_bytes(body, "long.txt")
    assert import_bytes(body.replace("标".encode(), b"", 10), "fits.txt").data["sections"]


def test_cli_import_refuses_a_huge_input(run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.limits.MAX_FILE_BYTES", 1000)
    result = run("import", str(SOURCE))
    assert result.exit_code == 3 and "larger than" in result.stderr


def test_cli_import_of_a_missing_file(run: Callable[..., Any], tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3 and "cannot read: No such file or directory" in result.stderr


def test_a_closing_quote_stays_with_its_sentence() -> None:
    from workplan.model import split_sentences

    assert split_sentences("他说“好。”然后走了。") == ["他说“好。”", "然后走了。"]


def test_form_feeds_do_not_shift_line_numbers() -> None:
    body = "一、经济\n(一)甲。乙。\f(责任单位:区商务委)\n(二)丙。丁。\n"
    result = import_notice(notice(body), "t")
    assert [w.where for w in result.warnings if "no responsibility clause" in w.message] == ["line 11"]


def test_an_empty_section_is_reported_at_its_own_line() -> None:
    body = (
        "一、经济\n(一)甲。乙。(责任单位:区商务委)\n二、空的一节\n三、民生\n(一)丙。丁。(责任单位:区民政局)\n"
    )
    result = import_notice(notice(body), "t")
    assert [w.where for w in result.warnings if "has no items" in w.message] == ["line 11"]


def test_duplicate_item_numbers_get_the_next_free_number_and_a_warning() -> None:
    body = "一、经济\n(一)甲。乙。(责任单位:区商务委)\n(一)丙。丁。(责任单位:区科委)\n"
    result = import_notice(notice(body), "t")
    assert [t["id"] for t in tasks_of(result)] == ["1.1", "1.2"]
    assert any("duplicate item number" in w.message and w.where == "line 11" for w in result.warnings)


def test_every_line_of_the_shipped_notice_is_accounted_for() -> None:
    from .helpers import unaccounted

    text = SOURCE.read_text(encoding="utf-8")
    assert unaccounted(text, import_notice(text, "yangpu-2020q2", load_documents())) == []


def test_a_year_in_chinese_numerals_in_the_title() -> None:
    head = "关于印发某某区二〇二一年第三季度工作要点的通知\n\n某某区人民政府办公室\n二〇二一年七月二日\n\n"
    meta = import_notice(head + "一、经济\n(一)甲。乙。(责任单位:区商务委)\n", "t").data["meta"]
    assert (meta["year"], meta["quarter"], meta["signed"]) == (2021, 3, "2021-07-02")


def test_warnings_come_in_reading_order() -> None:
    result = import_notice(SOURCE.read_text(encoding="utf-8"), "yangpu-2020q2")
    lines = [int(w.where.split()[-1]) for w in result.warnings]
    assert lines == sorted(lines) and len(lines) > 5


def test_a_colon_early_in_an_item_ends_its_title() -> None:
    body = "一、经济\n(一)稳定增长:加快项目建设。确保开工。(责任单位:区发改委)\n(二)消费。按照“要求:做好”推进。(责任单位:区商务委)\n"
    tasks = tasks_of(import_notice(notice(body), "t"))
    assert [(t["title"], t["text"]) for t in tasks] == [
        ("稳定增长", "加快项目建设。确保开工。"),
        ("消费", "按照“要求:做好”推进。"),
    ]


def test_a_section_heading_with_text_still_holds_its_items() -> None:
    body = "一、稳定增长。全年增长6%左右。\n(一)推进项目。开工8个。(责任单位:区发改委)\n(二)扩大投资。完成50亿元。(责任单位:区财政局)\n"
    result = import_notice(notice(body), "t")
    assert [(t["id"], t["title"]) for t in tasks_of(result)] == [("1.1", "推进项目"), ("1.2", "扩大投资")]
    assert result.data["sections"][0]["title"] == "稳定增长"
    assert any("section text kept out" in w.message for w in result.warnings)


def test_points_inside_a_flat_list_item_stay_in_its_text() -> None:
    body = "1.就业。总体要求如下:\n(1)细项一;\n(2)细项二。(责任单位:区人社局)\n2.养老。内容。(责任单位:区民政局)\n"
    tasks = tasks_of(import_notice(notice(body), "t"))
    assert [(t["id"], t["text"]) for t in tasks] == [
        ("1.1", "总体要求如下:(1)细项一;(2)细项二。"),
        ("1.2", "内容。"),
    ]


def test_a_deadline_line_is_kept_as_the_items_deadline() -> None:
    body = "一、经济\n(一)甲。乙。\n牵头单位:区商务委\n完成时限:2021年6月底\n(二)丙。丁。(责任单位:区科委)\n"
    tasks = tasks_of(import_notice(notice(body), "t"))
    assert [(t["id"], t["text"], t.get("deadline")) for t in tasks] == [
        ("1.1", "乙。", "2021-06-30"),
        ("1.2", "丁。", None),
    ]


def test_a_deadline_that_names_no_date_goes_back_into_the_text() -> None:
    body = "一、经济\n(一)甲。乙。\n牵头单位:区商务委\n完成时限:长期坚持\n"
    imported = import_notice(notice(body), "t")
    (task,) = tasks_of(imported)
    assert (task["text"], task.get("deadline")) == ("乙。完成时限:长期坚持", None)
    assert any("长期坚持" in w.message for w in imported.warnings)


def test_a_bare_list_of_bodies_closing_an_item_is_its_clause() -> None:
    """(区人社局、区民政局) or [区教育局] at the end of an item names the responsible units, roles as
    written (several: undetermined; one: the lead); a bracket of other words stays text."""
    body = "一、经济\n(一)稳就业。落实援企稳岗。(区人社局、区民政局)\n(二)办好教育。推进学校建设。[区教育局]\n(三)城市更新。完成旧改(一期)。\n(四)甲。乙(区商务委)丙。\n"
    tasks = tasks_of(import_notice(notice(body), "t"))
    got = {t["id"]: (t["text"], t["responsibility"]) for t in tasks}
    assert got["1.1"][0] == "落实援企稳岗。" and got["1.1"][1]["undetermined"] == ["区人社局", "区民政局"]
    assert got["1.2"][0] == "推进学校建设。" and got["1.2"][1]["lead"] == ["区教育局"]
    assert got["1.3"][0] == "完成旧改(一期)。" and got["1.3"][1]["lead"] == []
    assert got["1.4"][0] == "乙(区商务委)丙。"  # in mid-sentence with no role word: text


def test_dash_as_the_output_is_stdout(tmp_path: Path) -> None:
    """`import -o -` wrote a file named `-`; as for `export -`, it is stdout."""
    from workplan.cli.testing import invoke

    from ..conftest import SOURCE

    result = invoke("import", str(SOURCE), "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# 由 workplan 从")
    assert not Path("-").exists()
