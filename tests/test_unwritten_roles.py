"""Every unit a notice names is reachable: units it names with no role written (`(县发改局、县住建局)`)
answer for their items in every command, export and report, beside the shipped plan, and are never
renamed after the shipped district's units."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from workplan.cli.testing import invoke
from workplan.loader import shipped_data

NOTICE = """\
安吉县人民政府办公室关于印发2021年第三季度重点工作任务的通知

一、经济发展
1.推进重点项目建设。加快项目开工,6月底前完成年度投资计划的一半。(县发改局、县住建局)
2.优化营商环境。深化放管服改革。(责任领导:王建国;牵头单位:县政务服务中心;配合单位:县市场监管局、县住建局)
3.做好稳就业工作。落实援企稳岗政策。(县人社局、县财政局)

安吉县人民政府办公室
2021年7月5日
"""


DISTRICT = """\
上海市静安区人民政府2021年第三季度工作要点

一、民生
1.做好稳就业工作。落实援企稳岗政策。(人社局、区财政局)
2.推进旧区改造。(牵头单位:区房管局;配合单位:区发改委)
"""


@pytest.fixture()
def plans(tmp_path: Path) -> Path:
    """The shipped plan, a county's notice and another district's, imported as a user would."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(shipped_data(), folder)
    for doc_id, text in (("anji-2021q3", NOTICE), ("jingan-2021q3", DISTRICT)):
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        done = invoke(
            "import", str(tmp_path / f"{doc_id}.txt"), "--id", doc_id, "-o", str(folder / f"{doc_id}.yaml")
        )
        assert done.exit_code == 0, done.output
    return folder


def run(plans: Path, *args: str) -> str:
    result = invoke("--data", str(plans), *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_by_unit_answers_for_a_unit_named_with_no_role(plans: Path) -> None:
    hits = json.loads(run(plans, "by-unit", "县住建局", "--json"))
    assert [(h["id"], h["role"]) for h in hits] == [("1.1", "responsible"), ("1.2", "support")]
    assert hits[0]["responsible_units"] == ["县发改局", "县住建局"] and hits[0]["lead_units"] == []
    table = run(plans, "by-unit", "县住建局")
    assert "责任(未写明) 1 项" in table and "县发改局、县住建局(未写明牵头)" in table


def test_the_county_names_stay_its_own(plans: Path) -> None:
    """县人社局 is not 区人力资源社会保障局, and 人社局 is now a short form of two bodies in two regions."""
    records = json.loads(run(plans, "list", "--doc", "anji-2021q3", "--json"))
    assert records[2]["responsible_units"] == ["县人社局", "县财政局"]
    assert "区" not in "".join(u for r in records for u in r["lead_units"] + r["responsible_units"])
    assert "()" not in run(plans, "units")
    yangpu = json.loads(run(plans, "by-unit", "区人社局", "--json"))
    assert {h["document"] for h in yangpu} == {"yangpu-2020q2"}


def test_another_districts_names_stay_its_own(plans: Path) -> None:
    """静安's 人社局 and 区房管局 are 静安's: written as the notice writes them, never as Yangpu's units."""
    records = json.loads(run(plans, "list", "--doc", "jingan-2021q3", "--json"))
    assert records[0]["responsible_units"] == ["人社局", "区财政局"]
    assert records[1]["lead_units"] == ["区房管局"] and records[1]["support_units"] == ["区发改委"]
    assert all("区人力资源社会保障局" not in r["responsible_unit_ids"] for r in records)
    yangpu = json.loads(run(plans, "by-unit", "区住房保障房屋管理局", "--json"))
    assert {h["document"] for h in yangpu} == {"yangpu-2020q2"}
    assert "()" not in run(plans, "units") + run(plans, "list")


def test_an_items_leader_is_reachable(plans: Path, tmp_path: Path) -> None:
    hits = json.loads(run(plans, "by-leader", "王建国", "--json"))
    assert [(h["ref"], h["role"]) for h in hits] == [("anji-2021q3:1.2", "lead")]
    assert "王建国" in run(plans, "show", "anji-2021q3:1.2")
    out = tmp_path / "leaders.xlsx"
    run(plans, "export", str(out), "--doc", "anji-2021q3")
    ws = openpyxl.load_workbook(out)["台账"]
    header = [c.value for c in ws[1]]
    assert ws.cell(3, header.index("牵头领导") + 1).value == "王建国"


def test_units_and_stats_count_the_unwritten_role_apart(plans: Path) -> None:
    units = {u["unit"]: u for u in json.loads(run(plans, "units", "--json"))}
    assert units["县发改局"]["responsible"] == ["anji-2021q3:1.1"] and units["县发改局"]["lead"] == []
    assert units["县住建局"]["support"] == ["anji-2021q3:1.2"]
    stats = json.loads(run(plans, "stats", "--doc", "anji-2021q3", "--json"))
    counts = {u["unit"]: u for u in stats["units"]}
    assert counts["县人社局"]["responsible_count"] == 1 and counts["县人社局"]["lead_count"] == 0
    assert counts["县住建局"]["total"] == 2
    assert "未写明" in run(plans, "stats", "--doc", "anji-2021q3")


def test_role_filter_and_search_reach_them(plans: Path) -> None:
    only = json.loads(run(plans, "by-unit", "县住建局", "--role", "responsible", "--json"))
    assert [h["id"] for h in only] == ["1.1"]
    found = json.loads(run(plans, "search", "县财政局", "--json"))
    assert [f["id"] for f in found] == ["1.3"]
    assert "县人社局、县财政局(未写明牵头)" in run(plans, "show", "anji-2021q3:1.3")


def test_the_ledger_gives_them_their_rows_and_sheets_and_reads_them_back(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "anji.xlsx"
    run(plans, "export", str(out), "--doc", "anji-2021q3")
    wb = openpyxl.load_workbook(out)
    main = [list(r) for r in wb["台账"].iter_rows(values_only=True)]
    assert main[1][5] == "县发改局、县住建局(未写明牵头)"
    sheet = wb["县财政局"]
    header = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert (
        row[header.index("编号")] == "anji-2021q3:1.3" and row[header.index("本单位角色")] == "责任(未写明)"
    )
    row_at = {h: i + 1 for i, h in enumerate(header)}
    sheet.cell(2, row_at["完成情况"]).value = "已兑现补贴"
    sheet.cell(2, row_at["进展状态"]).value = "已完成"
    wb.save(out)
    db = str(tmp_path / "p.db")
    run(plans, "progress", "import", str(out), "--db", db, "--date", "2021-08-01")
    status = json.loads(run(plans, "status", "--db", db, "--doc", "anji-2021q3", "--json"))
    rows = {(s["id"], s["unit"]): s["status"] for s in status}
    assert rows[("1.3", "县财政局")] == "done" and rows[("1.3", "县人社局")] is None
    assert ("1.1", "县住建局") in rows  # an item with no lead written is not dropped from 督查


def test_a_streets_report_on_what_it_supports_shows_in_its_status(tmp_path: Path) -> None:
    """殷行街道 supports 4.2 through 各街道: its own report lights its own row in `status -u 殷行街道`,
    and the street's row (配合, the collective as its members) in the office's overall view."""
    db = str(tmp_path / "p.db")
    done = invoke(
        "progress", "set", "4.2", "--status", "已完成", "-u", "殷行街道", "--date", "2020-06-10", "--db", db
    )
    assert done.exit_code == 0, done.output
    own = json.loads(invoke("status", "-u", "殷行街道", "--db", db, "--as-of", "2020-06-20", "--json").stdout)
    rows = {r["id"]: r for r in own}
    assert (
        rows["4.2"]["role"] == "support"
        and rows["4.2"]["status"] == "done"
        and rows["4.2"]["light"] == "green"
    )
    assert {r["role"] for r in own} == {"support"} and len(own) == 6
    assert "角色" in invoke("status", "-u", "殷行街道", "--db", db, "--as-of", "2020-06-20").stdout
    office = json.loads(invoke("status", "--db", db, "--as-of", "2020-06-20", "--json").stdout)
    assert {r["role"] for r in office} == {"lead", "support"} and "各街道" not in {r["unit"] for r in office}
    street = [r for r in office if (r["id"], r["unit"]) == ("4.2", "殷行街道")]
    assert [(r["role"], r["status"]) for r in street] == [("support", "done")]
    lead_view = json.loads(invoke("status", "-u", "区商务委", "--db", db, "--json").stdout)
    assert [r["role"] for r in lead_view] == ["lead"] * 4
