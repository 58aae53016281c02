"""Many documents, one truth: sections by title, one identity per unit within a region, and --doc."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from workplan.api import load
from workplan.cli.testing import invoke
from workplan.corpus import Corpus, Selection
from workplan.errors import UsageError
from workplan.loader import shipped_data

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture()
def plans(tmp_path: Path) -> Path:
    """The shipped Q2, a Q3 in another section order and spelling, and another district's notice."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(shipped_data(), folder)
    for name in ("yangpu_2020q3.yaml", "hongkou_2020q2.yaml"):
        shutil.copy(FIXTURES / name, folder)
    return folder


@pytest.fixture()
def corpus(plans: Path) -> Corpus:
    return load(plans)


def refs(records: object) -> list[str]:
    return [r.ref for r in records]  # type: ignore[attr-defined]


def test_a_section_title_selects_that_title_in_every_document(corpus: Corpus) -> None:
    found = corpus.select(Selection(section="综合经济"))
    expected = [r for r in corpus.records if r.section == "综合经济"]
    assert refs(found) == refs(expected)
    assert {r.document for r in found} == {"yangpu-2020q2", "yangpu-2020q3", "hongkou-2020q2"}
    assert len([r for r in found if r.document == "yangpu-2020q2"]) == 8
    assert [r.id for r in found if r.document == "yangpu-2020q3"] == ["1.1", "1.2"]


def test_a_section_number_needs_one_document(corpus: Corpus) -> None:
    with pytest.raises(UsageError, match="多个文档"):
        corpus.select(Selection(section="2"))
    assert [r.id for r in corpus.select(Selection(section="yangpu-2020q3:2"))] == ["2.1"]
    assert [r.id for r in corpus.select(Selection(section="2", documents=("yangpu-2020q3",)))] == ["2.1"]


def test_stats_count_sections_by_title(corpus: Corpus) -> None:
    counts = {s.title: s.tasks for s in corpus.stats().sections}
    q2 = {s.title: s.tasks for s in load().stats().sections}
    assert counts["疫情防控"] == q2["疫情防控"] + 1 == 6
    assert counts["综合经济"] == q2["综合经济"] + 2 + 1 == 11
    assert counts["民生工作"] == q2["民生工作"] + 1


def test_a_short_form_and_the_registered_name_are_one_unit(corpus: Corpus) -> None:
    full = [h.record.ref for h in corpus.by_unit("区发展改革委")]
    short = [h.record.ref for h in corpus.by_unit("区发改委")]
    assert full == short
    assert "yangpu-2020q3:1.1" in full and "yangpu-2020q3:2.1" in full and "yangpu-2020q2:2.1" in full
    assert [h.record.ref for h in corpus.by_unit("上海市杨浦区商务委员会")] == [
        h.record.ref for h in corpus.by_unit("区商务委")
    ]


def test_two_districts_offices_stay_apart(corpus: Corpus) -> None:
    with pytest.raises(UsageError, match=r"ambiguous|不明确"):
        corpus.by_unit("区政府办公室")
    hongkou = corpus.by_unit("区政府办公室", Selection(documents=("hongkou*",)))
    assert [h.record.ref for h in hongkou] == ["hongkou-2020q2:1.1"]
    yangpu = corpus.by_unit("区政府办公室", Selection(documents=("yangpu-2020q2",)))
    assert yangpu and all(h.record.document == "yangpu-2020q2" for h in yangpu)
    assert {g.name for g in corpus.unit_groups()} >= {
        "区政府办公室(上海市杨浦区)",
        "区政府办公室(上海市虹口区)",
    }


def test_the_cli_over_several_documents(plans: Path) -> None:
    result = invoke("--data", str(plans), "list", "--section", "综合经济", "--doc", "yangpu-2020q3", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"ref": "yangpu-2020q3:1.1"' in result.stdout
    ambiguous = invoke("--data", str(plans), "by-unit", "区政府办公室")
    assert ambiguous.exit_code == 2 and ambiguous.stderr.count("\n") == 1


def test_status_names_rows_doc_id_over_several_documents(plans: Path, tmp_path: Path) -> None:
    """Ids repeat across quarters, so `status` over several documents names each row DOC:ID; over one
    document, by its id alone."""
    status = ("status", "--db", str(tmp_path / "progress.db"), "--as-of", "2020-07-20", "--json")
    several = json.loads(invoke("--data", str(plans), *status).stdout)
    assert {r["document"] for r in several} == {"yangpu-2020q2", "yangpu-2020q3", "hongkou-2020q2"}
    assert [r["ref"] for r in several] == [f"{r['document']}:{r['id']}" for r in several]
    one = json.loads(invoke("--data", str(plans / "yangpu_2020q3.yaml"), *status).stdout)
    assert one and [r["ref"] for r in one] == [r["id"] for r in one]


def test_init_then_import_makes_a_folder_of_quarters(tmp_path: Path) -> None:
    """The README's cross-quarter recipe: init copies the shipped plan, import -o creates missing folders."""
    plans = tmp_path / "plans"
    assert invoke("init", str(plans)).exit_code == 0
    again = invoke("init", str(plans))
    assert again.exit_code == 4 and "already exists" in again.stderr
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    for target in (str(tmp_path / "a-file"), str(tmp_path / "a-file" / "sub")):  # was exit 70
        assert invoke("init", target).exit_code == 4
    assert invoke("init", "").exit_code == 2  # not the current folder
    q3 = tmp_path / "q3.yaml"
    shutil.copy(FIXTURES / "yangpu_2020q3.yaml", q3)
    shutil.copy(q3, plans / "yangpu_2020q3.yaml")
    docs = invoke("--data", str(plans), "stats", "--by", "doc", "--json")
    assert docs.exit_code == 0, docs.stderr
    assert '"document": "yangpu-2020q3", "tasks": 4' in docs.stdout
    assert docs.stdout.index("yangpu-2020q3") < docs.stdout.index("yangpu-2020q2")  # newest first
    history = invoke("--data", str(plans), "by-unit", "区商务委", "--json")
    assert '"ref": "yangpu-2020q3:1.2"' in history.stdout and '"ref": "yangpu-2020q2:2.6"' in history.stdout


def test_grouping_views_show_the_region_when_several_are_loaded(plans: Path) -> None:
    groups = json.loads(invoke("--data", str(plans), "by-unit", "--json").stdout)
    regions = {g["unit"]: g["region"] for g in groups}
    assert regions["区政府办公室(上海市虹口区)"] == "上海市虹口区"
    assert regions["区政府办公室(上海市杨浦区)"] == "上海市杨浦区"
    table = invoke("--data", str(plans), "by-unit", env={"COLUMNS": "120"}).stdout
    assert "地区" in table.splitlines()[0] and "上海市虹口区" in table
    assert "地区" not in invoke("by-unit", env={"COLUMNS": "120"}).stdout.splitlines()[0]  # one region


def test_a_document_of_unknown_region_and_date_loads_beside_others_without_crash_or_empty_brackets(
    plans: Path, tmp_path: Path
) -> None:
    from workplan.importing import import_notice

    text = "2020年重点工作\n一、民生\n1.新建学校。(牵头单位:区教育局)\n"  # no region, no signing date
    (plans / "unknown.yaml").write_text(import_notice(text.encode("utf-8"), "unknown.txt").yaml_text, "utf-8")
    data = ["--data", str(plans)]
    listed = invoke(*data, "list", "--json", "--doc", "unknown")
    (record,) = json.loads(listed.stdout)
    assert record["lead_units"] == ["区教育局"]  # as the notice writes it: the qualifier is the id's
    assert record["lead_unit_ids"] == ["区教育局(地区不详)"]
    for args in (["stats", "--by", "doc"], ["docs"], ["by-unit", "区教育局(地区不详)"], ["units"]):
        done = invoke(*data, *args)
        assert done.exit_code == 0 and "()" not in done.stdout, args
    overview = invoke(*data).stdout
    assert "  发文机关未知 · 签发 未知 · 发布 未知" in overview and "\n   · " not in overview


def test_a_ledger_of_two_districts_reads_each_row_as_its_own_districts_body(
    corpus: Corpus, plans: Path, tmp_path: Path
) -> None:
    """The 牵头单位 cell writes 区政府办公室 as both notices do; the row's record says which one it is."""
    import openpyxl

    from workplan.progress.ledger_read import read_ledger

    out = tmp_path / "both.xlsx"
    assert (
        invoke(
            "--data", str(plans), "export", str(out), "--doc", "hongkou-2020q2", "--doc", "yangpu-2020q2"
        ).exit_code
        == 0
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["台账"]
    header = [c.value for c in ws[1]]
    at = {h: i + 1 for i, h in enumerate(header)}
    rows = {ws.cell(r, at["编号"]).value: r for r in range(2, ws.max_row + 1)}
    assert ws.cell(rows["hongkou-2020q2:1.1"], at["牵头单位"]).value == "区政府办公室"  # as written
    for ref in ("hongkou-2020q2:1.1", "yangpu-2020q2:2.1"):
        ws.cell(rows[ref], at["进展状态"]).value = "推进中"
    wb.save(out)
    read = read_ledger(out, corpus, datetime.date(2020, 6, 1))
    assert read.bad == []
    got = {(u.document, u.unit) for u in read.updates}
    assert ("hongkou-2020q2", "区政府办公室(上海市虹口区)") in got
    assert ("yangpu-2020q2", "区政府办公室(上海市杨浦区)") in got


def test_json_keeps_each_notices_words_and_gives_the_ids_beside_them(plans: Path) -> None:
    """Q3 writes 区发改委 and 区人社局: those words stay; the ids say they are Q2's 区发展改革委 and
    区人力资源社会保障局; and the README's jq recipe over the ids finds both quarters' items."""
    records = json.loads(invoke("--data", str(plans), "list", "--json").stdout)
    q3 = {r["id"]: r for r in records if r["document"] == "yangpu-2020q3"}
    assert q3["1.1"]["lead_units"] == ["区发改委", "区商务委"]
    assert q3["1.1"]["lead_unit_ids"] == ["区发展改革委", "区商务委"]
    hongkou = next(r for r in records if r["document"] == "hongkou-2020q2")
    assert "(" not in "".join(hongkou["lead_units"]) and "(上海市虹口区)" in "".join(hongkou["lead_unit_ids"])
    ids = [r["ref"] for r in records if "区发展改革委" in r["lead_unit_ids"]]
    assert "yangpu-2020q3:1.1" in ids and "yangpu-2020q2:2.1" in ids
    table = invoke("--data", str(plans), "list", "--doc", "yangpu-2020q3", env={"COLUMNS": "120"}).stdout
    assert "区发改委" in table  # a table shows the notice's words too


def test_a_short_form_registered_in_one_district_is_a_rule_for_every_district(plans: Path) -> None:
    """Yangpu's registry says 区发改委 is 区发展改革委: in 静安区's notice, which writes both, they are one
    静安 body (never Yangpu's); a county's 县发改局 and a city's 市发改委 are not touched by a 区 rule."""
    from workplan.importing import import_notice

    texts = {
        "jingan": "上海市静安区人民政府2020年第三季度工作要点\n一、经济\n1.稳投资。(牵头单位:区发改委)\n"
        "2.促消费。(牵头单位:区发展改革委)\n",
        "county": "某某县人民政府2020年第三季度工作要点\n一、经济\n1.稳投资。(牵头单位:县发改局)\n",
    }
    for name, text in texts.items():
        (plans / f"{name}.yaml").write_text(
            import_notice(text.encode(), f"{name}.txt", name).yaml_text, "utf-8"
        )
    records = {r["ref"]: r for r in json.loads(invoke("--data", str(plans), "list", "--json").stdout)}
    one, two = records["jingan:1.1"], records["jingan:1.2"]
    assert (one["lead_units"], two["lead_units"]) == (["区发改委"], ["区发展改革委"])  # as written
    assert one["lead_unit_ids"] == two["lead_unit_ids"] != records["yangpu-2020q2:2.5"]["lead_unit_ids"][:1]
    hits = json.loads(
        invoke("--data", str(plans), "by-unit", "区发展改革委", "--doc", "jingan", "--json").stdout
    )
    assert [h["ref"] for h in hits] == ["jingan:1.1", "jingan:1.2"]
    assert records["county:1.1"]["lead_unit_ids"] == ["县发改局"]


def test_a_ledger_exported_before_the_next_quarter_was_loaded_reads_by_its_cover(tmp_path: Path) -> None:
    """Exported with Q2 alone (编号 2.3, not yangpu-2020q2:2.3), returned after Q3 is loaded: its cover's
    文档 row says which plan the 编号 are of; --doc says it for a file without a cover."""
    alone, both = tmp_path / "alone", tmp_path / "both"
    alone.mkdir()
    both.mkdir()
    shutil.copy(shipped_data(), alone)
    shutil.copy(shipped_data(), both)
    shutil.copy(FIXTURES / "yangpu_2020q3.yaml", both)
    assert invoke("--data", str(alone), "export", str(tmp_path / "q2.xlsx"), "-u", "区商务委").exit_code == 0
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "q2.xlsx")
    ws = wb.worksheets[1]
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("编号") + 1).value == "2.3"
    ws.cell(2, header.index("进展状态") + 1).value = "已完成"
    ws.cell(2, header.index("填报日期") + 1).value = "6月28日"
    wb.save(tmp_path / "q2.xlsx")
    db = str(tmp_path / "p.db")
    done = invoke("--data", str(both), "progress", "import", str(tmp_path / "q2.xlsx"), "--db", db, "--json")
    assert done.exit_code == 0, done.output
    assert [(u["document"], u["id"], u["as_of"]) for u in json.loads(done.stdout)] == [
        ("yangpu-2020q2", "2.3", "2020-06-28")
    ]
    csv_path = tmp_path / "returned.csv"  # a hand-made table without a cover: its 编号 need --doc
    csv_path.write_text("编号,牵头单位,进展状态\n2.1,区财政局,推进中\n", encoding="utf-8")
    ambiguous = invoke("--data", str(both), "progress", "import", str(csv_path), "--db", db)
    assert ambiguous.exit_code == 3 and "2.1" in ambiguous.stderr
    scoped = invoke(
        "--data", str(both), "progress", "import", str(csv_path), "--db", db, "--doc", "yangpu-2020q2"
    )
    assert scoped.exit_code == 0 and "added 1" in scoped.stderr


def test_a_plan_not_yet_issued_on_the_day_has_nothing_to_supervise(plans: Path) -> None:
    """Q3 was signed on 2020-07-15: on 6月25日 its items are neither grey nor counted; on 7月20日 they are."""
    june = json.loads(invoke("--data", str(plans), "status", "--as-of", "2020-06-25", "--json").stdout)
    july = json.loads(invoke("--data", str(plans), "status", "--as-of", "2020-07-20", "--json").stdout)
    assert "yangpu-2020q3" not in {r["document"] for r in june}
    assert "yangpu-2020q3" in {r["document"] for r in july}
    assert {r["document"] for r in june} == {"yangpu-2020q2", "hongkou-2020q2"}
    early = invoke("--data", str(plans), "status", "--as-of", "2020-06-25", "--doc", "yangpu-2020q3")
    assert early.exit_code == 1
