"""Turn query results into Reports: the JSON contract and the human (Chinese) table views, side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .model import Record
from .output import Column, Report, Table
from .query import LEAD, MENTIONED, SUPPORT, Corpus, Group, Hit

if TYPE_CHECKING:  # the search module is loaded only by commands that search
    from .search import SearchHit

ROLE_LABELS = {LEAD: "牵头", SUPPORT: "配合", MENTIONED: "提及"}
KIND_LABELS = {"task": "工作要点", "project": "攻坚专项"}
BAR_WIDTH = 20


def record_json(corpus: Corpus, record: Record) -> dict[str, Any]:
    data = record.to_json()
    data["ref"] = corpus.ref(record)
    return data


def section_label(row: dict[str, Any]) -> str:
    return row["section"] or "攻坚专项"


def lead_label(row: dict[str, Any]) -> str:
    units = "、".join(row["lead_units"])
    return units + ("(按分工)" if row["lead_by_division"] else "")


def id_column() -> Column:
    return Column("ref", "编号", min_width=4)


RECORD_COLUMNS = [
    id_column(),
    Column("section", "板块", cell=section_label, min_width=4),
    Column("title", "工作任务", ratio=3, min_width=8),
    Column("lead_units", "牵头单位", cell=lead_label, ratio=3, min_width=8),
    Column("support_units", "配合单位", ratio=2, min_width=6),
    Column("lead_leaders", "牵头领导", min_width=4),
]


def records_report(corpus: Corpus, records: Sequence[Record], title: str = "") -> Report:
    rows = [record_json(corpus, r) for r in records]
    columns = RECORD_COLUMNS if any(r.kind == "project" for r in records) else RECORD_COLUMNS[:-1]
    return Report([Table("records", rows, columns, title=title)], found=bool(rows))


def role_label(row: dict[str, Any]) -> str:
    label = ROLE_LABELS[row["role"]]
    if row["role"] == LEAD and row["lead_by_division"]:
        label += "(按分工)"
    if row.get("via"):
        label += f"(经{row['via']})"
    return label


def hits_report(corpus: Corpus, name: str, hits: Sequence[Hit]) -> Report:
    rows = []
    for h in hits:
        row = record_json(corpus, h.record)
        row["role"] = h.role
        row["via"] = h.via
        rows.append(row)
    columns = [
        id_column(),
        Column("role", "角色", cell=role_label, min_width=4),
        Column("title", "工作任务", ratio=3, min_width=8),
        Column("lead_units", "牵头单位", ratio=3, min_width=8),
    ]
    counts = {role: sum(1 for h in hits if h.role == role) for role in ROLE_LABELS}
    summary = "、".join(f"{ROLE_LABELS[r]} {n} 项" for r, n in counts.items() if n)
    title = f"{name}: {summary}" if summary else name
    return Report([Table("records", rows, columns, title=title)], found=bool(rows))


def ids_label(key: str) -> Any:
    return lambda row: " ".join(row[key])


def groups_report(corpus: Corpus, groups: Sequence[Group], key: str, header: str) -> Report:
    rows = []
    for g in groups:
        row: dict[str, Any] = {key: g.name}
        if key == "unit":
            row["kind"] = g.kind
        row |= {
            "lead": [corpus.ref(r) for r in g.lead],
            "support": [corpus.ref(r) for r in g.support],
            "mentioned": [corpus.ref(r) for r in g.mentioned],
            "total": g.total,
        }
        rows.append(row)
    columns = [
        Column(key, header, min_width=6, ratio=2),
        Column("lead", "牵头", cell=ids_label("lead"), ratio=3),
        Column("support", "配合", cell=ids_label("support"), ratio=3),
        Column("total", "合计", min_width=4),
    ]
    return Report([Table(key + "s", rows, columns)], found=bool(rows))


def search_report(corpus: Corpus, hits: Sequence[SearchHit]) -> Report:
    rows = []
    highlights = {}
    for i, h in enumerate(hits):
        snippet, spans = h.snippet()
        row = record_json(corpus, h.record)
        row |= {
            "score": h.score,
            "snippet": snippet,
            "matches": [
                {"term": m.term, "field": m.field, "kind": m.kind, "spans": [list(s) for s in m.spans]}
                for m in h.matches
            ],
        }
        rows.append(row)
        highlights[(i, "snippet")] = spans
        highlights[(i, "title")] = [s for m in h.matches if m.field == "title" for s in m.spans]
    columns = [
        id_column(),
        Column("title", "工作任务", ratio=2, min_width=8),
        Column("snippet", "匹配内容", ratio=5, min_width=10),
        Column("score", "得分", min_width=4),
    ]
    return Report([Table("results", rows, columns, highlights=highlights)], found=bool(rows))


def kind_label(row: dict[str, Any]) -> str:
    return KIND_LABELS[row["kind"]]


def bar(value: int, most: int) -> str:
    return "█" * max(1, round(BAR_WIDTH * value / most)) if value else ""


def stats_report(corpus: Corpus) -> Report:
    sections: dict[int, dict[str, Any]] = {}
    for r in corpus.records:
        if r.section_number is not None:
            row = sections.setdefault(
                r.section_number, {"section_number": r.section_number, "section": r.section, "tasks": 0}
            )
            row["tasks"] += 1
    section_rows = sorted(sections.values(), key=lambda s: s["section_number"])
    unit_rows = [
        {"unit": g.name, "lead": len(g.lead), "support": len(g.support), "total": g.total}
        for g in corpus.unit_groups()
        if g.total
    ]
    leader_rows = [
        {"leader": g.name, "lead": len(g.lead), "support": len(g.support), "total": g.total}
        for g in corpus.leader_groups()
    ]
    totals = [
        {"kind": "task", "count": sum(r.kind == "task" for r in corpus.records)},
        {"kind": "project", "count": sum(r.kind == "project" for r in corpus.records)},
    ]

    def bars(key: str, rows: list[dict[str, Any]]) -> Column:
        most = max((r[key] for r in rows), default=1) or 1
        return Column(key, "", cell=lambda row: bar(row[key], most), ratio=2)

    tables = [
        Table(
            "totals", totals, [Column("kind", "类别", cell=kind_label), Column("count", "数量")], title="总数"
        ),
        Table(
            "sections",
            section_rows,
            [Column("section", "板块"), Column("tasks", "事项"), bars("tasks", section_rows)],
            title="各板块事项数",
        ),
        Table(
            "units",
            unit_rows,
            [
                Column("unit", "单位", ratio=3),
                Column("lead", "牵头"),
                Column("support", "配合"),
                bars("total", unit_rows),
            ],
            title="各单位承担事项数",
        ),
        Table(
            "leaders",
            leader_rows,
            [
                Column("leader", "领导"),
                Column("lead", "牵头"),
                Column("support", "配合"),
                bars("total", leader_rows),
            ],
            title="各领导牵头、配合的攻坚专项",
        ),
    ]
    return Report(tables, found=bool(corpus.records))


def show_report(corpus: Corpus, record: Record) -> Report:
    data = record_json(corpus, record)
    data["sentences"] = record.sentences
    data["corrections"] = [
        {
            "id": c.id,
            "received": c.received,
            "repaired": c.repaired,
            "confidence": c.confidence,
            "evidence": c.evidence,
        }
        for c in corpus.corrections_for(record)
    ]
    fields = [
        ("编号", corpus.ref(record)),
        ("类别", KIND_LABELS[record.kind]),
        ("板块", record.section or ""),
        ("标题", record.title),
        ("内容", "\n".join(record.sentences) or record.text),
        ("牵头单位", lead_label(data)),
        ("配合单位", "、".join(record.support_units)),
        ("牵头领导", "、".join(record.lead_leaders)),
        ("配合领导", "、".join(record.support_leaders)),
        ("责任单位原文", record.responsibility),
    ]
    fields += [
        (f"勘误 {c['id']}", f"{c['received']} → {c['repaired']} (可信度 {c['confidence']}; {c['evidence']})")
        for c in data["corrections"]
    ]
    rows = [{"field": k, "value": v} for k, v in fields if v]
    table = Table("record", rows, [Column("field", "字段", min_width=6), Column("value", "内容", ratio=1)])
    return Report([table], data=data)


def documents_report(corpus: Corpus) -> Report:
    rows = []
    for d in corpus.documents:
        m = d.meta
        rows.append(
            {
                "id": m.id,
                "title": m.plan_title,
                "notice_title": m.notice_title,
                "issuer": m.issuer,
                "region": m.region,
                "year": m.year,
                "quarter": m.quarter,
                "signed": m.signed,
                "published": m.published,
                "tasks": corpus.counts(m.id)[0],
                "projects": corpus.counts(m.id)[1],
                "path": d.path,
            }
        )
    columns = [
        Column("id", "文档", min_width=8),
        Column("title", "标题", ratio=3),
        Column("signed", "签发日期", min_width=10),
        Column("published", "发布日期", min_width=10),
        Column("tasks", "工作要点"),
        Column("projects", "攻坚专项"),
    ]
    return Report([Table("documents", rows, columns)], found=bool(rows))


def overview_text(corpus: Corpus, commands: Sequence[tuple[str, str]]) -> str:
    """What `workplan` alone prints: the loaded documents, the busiest units, and the commands."""
    lines = []
    for d in corpus.documents:
        m = d.meta
        tasks, projects = corpus.counts(m.id)
        lines.append(f"{m.plan_title} ({m.id})")
        lines.append(f"  {m.issuer} · 签发 {m.signed} · 发布 {m.published}")
        lines.append(
            f"  {len(d.sections)} 个板块 · {tasks} 项工作要点 · {projects} 项攻坚专项 · {len(d.units)} 个单位"
        )
    top = [g for g in corpus.unit_groups() if g.lead][:5]
    if top:
        lines.append("")
        lines.append("牵头事项最多的单位: " + "、".join(f"{g.name}({len(g.lead)})" for g in top))
    lines.append("")
    lines.append("命令 commands:")
    width = max(len(name) for name, _ in commands)
    lines += [f"  {name.ljust(width)}  {text}" for name, text in commands]
    lines.append("")
    lines.append("workplan COMMAND --help 查看用法 · e.g. workplan by-unit 区商务委")
    return "\n".join(lines) + "\n"
