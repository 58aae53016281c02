"""Turn query results into Reports: the JSON contract and the human (Chinese) table views, side by side.

The JSON keys mean the same in every command: `lead`, `support`, `mentioned` are lists of record refs,
`lead_count`, `support_count`, `total` are numbers, `kind` is a record's kind and `unit_kind` a unit's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .corpus import Corpus, DocumentCount, Group, Hit, Stats
from .model import BY_DIVISION, Kind, Record, Role, Status, lead_names
from .output.layout import WORD_BREAK
from .output.render import Column, Fragment, Report, Rows, Span, Table, one_line

if TYPE_CHECKING:  # the search, diff and progress modules are loaded only by the commands that use them
    from .diff import Diff
    from .progress.status import StatusRow, UnitStats
    from .progress.store import Update
    from .search import SearchHit

T = TypeVar("T")
BAR_WIDTH = 20
CONFIDENCE = {"high": "高", "medium": "中", "low": "低"}


def via_label(via: str) -> str:
    """How support through a collective reads: 经各街道."""
    return f"经{via}"


def record_json(corpus: Corpus, record: Record) -> dict[str, Any]:
    return record.to_json() | {"ref": corpus.ref(record)}


def record_fragment(corpus: Corpus, record: Record) -> Fragment:
    """`record_json` as a Fragment: its compact JSON spliced from the record's stored text."""
    return Fragment(
        lambda: record_json(corpus, record), lambda: corpus.record_text(record, {"ref": corpus.ref(record)})
    )


def record_rows(
    corpus: Corpus, items: Sequence[T], record: Callable[[T], Record], extra: Callable[[T], dict[str, Any]]
) -> tuple[Rows[dict[str, Any]], Rows[str]]:
    """Each item's row, its record's JSON with `extra` after its keys: as a dict, for tables, and as
    compact JSON spliced from the record's stored text, for JSON and JSONL (made as read: `| head`)."""
    return (
        Rows(items, lambda x: record(x).to_json() | extra(x)),
        Rows(items, lambda x: corpus.record_text(record(x), extra(x))),
    )


def section_label(row: dict[str, Any]) -> str:
    """The group a row is listed under: its section, else its kind (a plan without sections is no
    攻坚专项: its items are 工作要点)."""
    kind = Kind.parse(row["kind"])
    return row["section"] or (kind.label if kind else Kind.project.label)


def lead_label(row: dict[str, Any]) -> str:
    return lead_names(row["lead_units"], row.get("responsible_units", ()), row["lead_by_division"])


def count_column(key: str, *words: str, **options: Any) -> Column:
    """A column of numbers (counts, rates, years): cells never folded, the header folded only between
    its words (逾期 / 未办结, never 逾期未 / 办结), so a count takes the width of its widest word."""
    return Column(key, WORD_BREAK.join(words), kind="ids", **options)


def id_column() -> Column:
    return Column("ref", "编号", min_width=4, kind="ids")


RECORD_COLUMNS = [
    id_column(),
    Column("title", "工作任务", ratio=3, min_width=8),
    Column("lead_units", "牵头单位", cell=lead_label, ratio=3, min_width=8, kind="names"),
    Column("support_units", "配合单位", ratio=2, min_width=6, kind="names"),
    Column("lead_leaders", "牵头领导", min_width=4, kind="names"),
]
DEADLINE_COLUMN = Column("deadline", "完成时限", min_width=10, kind="ids")


def section_group(corpus: Corpus) -> Any:
    """The heading a record sits under in a terminal: its section (and document, when several)."""
    if corpus.multi:
        return lambda row: f"{row['document']} · {section_label(row)}"
    return section_label


def records_report(corpus: Corpus, records: Sequence[Record], by_deadline: bool = False) -> Report:
    """Records grouped under their sections; in deadline order, with a 完成时限 column instead."""
    rows, encoded = record_rows(corpus, records, lambda r: r, lambda r: {"ref": corpus.ref(r)})
    if by_deadline:
        columns = [*RECORD_COLUMNS[:1], DEADLINE_COLUMN, *RECORD_COLUMNS[1:]]
        return Report([Table("records", rows, columns, encoded=encoded)], found=bool(rows))
    table = Table("records", rows, RECORD_COLUMNS, group=section_group(corpus), encoded=encoded)
    return Report([table], found=bool(rows))


def role_label(row: dict[str, Any]) -> str:
    role = Role[row["role"]]
    label = role.label
    if role is Role.lead and row["lead_by_division"]:
        label += BY_DIVISION
    if row.get("via"):
        label += f"({via_label(row['via'])})"
    return label


def hits_report(corpus: Corpus, name: str, hits: Sequence[Hit]) -> Report:
    def extra(h: Hit) -> dict[str, Any]:
        return {"role": h.role.value, "via": h.via, "ref": corpus.ref(h.record)}

    rows, encoded = record_rows(corpus, hits, lambda h: h.record, extra)
    columns = [
        id_column(),
        Column("role", "角色", cell=role_label, min_width=4, kind="ids"),
        Column("title", "工作任务", ratio=3, min_width=8),
        Column("lead_units", "牵头单位", cell=hit_leads, ratio=3, min_width=8, kind="names"),
    ]
    title = f"{name}: {role_counts(hits)}" if hits else name
    if corpus.multi:  # a unit's history: counts per document, newest first (the order of the hits)
        per_doc: dict[str, list[Hit]] = {}
        for h in hits:
            per_doc.setdefault(h.record.document, []).append(h)
        title = f"{name}: " + " · ".join(
            f"{doc} {role_counts(doc_hits)}" for doc, doc_hits in per_doc.items()
        )
    group = (lambda row: row["document"]) if corpus.multi else None  # a unit's history, newest first
    table = Table("records", rows, columns, title=title, group=group, encoded=encoded)
    return Report([table], found=bool(rows))


def hit_leads(row: dict[str, Any]) -> str:
    """The leads beside a role column, which already says 按分工."""
    return lead_names(row["lead_units"], row["responsible_units"], False)


def role_counts(hits: Sequence[Hit]) -> str:
    """牵头 4 项、配合 1 项."""
    counts = {role: sum(1 for h in hits if h.role is role) for role in Role}
    return "、".join(f"{r.label} {n} 项" for r, n in counts.items() if n)


def ids_label(key: str) -> Any:
    return lambda row: " ".join(row[key])


def groups_report(corpus: Corpus, groups: Sequence[Group], key: str, header: str) -> Report:
    """Every unit (or leader) with the refs of its records by role; a 提及 column where any has one."""
    regions = corpus.index.unit_regions
    several = key == "unit" and len({d.meta.region for d in corpus.documents}) > 1
    rows = []
    for g in groups:
        row: dict[str, Any] = {key: g.name}
        if key == "unit":
            row["unit_kind"] = g.kind
            row["region"] = regions.get(g.name)
        row |= {
            "lead": [corpus.ref(r) for r in g.lead],
            "support": [corpus.ref(r) for r in g.support],
            "responsible": [corpus.ref(r) for r in g.responsible],
            "mentioned": [corpus.ref(r) for r in g.mentioned],
            "total": g.total,
        }
        rows.append(row)
    columns = [
        Column(key, header, min_width=6, ratio=2),
        *([Column("region", "地区", min_width=6)] if several else []),  # two districts' 区政府办公室
        Column("lead", Role.lead.label, cell=ids_label("lead"), ratio=3),
        Column("support", Role.support.label, cell=ids_label("support"), ratio=3),
    ]
    if any(g.responsible for g in groups):
        columns.append(Column("responsible", Role.responsible.label, cell=ids_label("responsible"), ratio=2))
    if any(g.mentioned for g in groups):
        columns.append(Column("mentioned", Role.mentioned.label, cell=ids_label("mentioned"), ratio=2))
    columns.append(Column("total", "合计", min_width=4))
    return Report([Table(key + "s", rows, columns)], found=any(g.total or g.mentioned for g in groups))


def search_report(corpus: Corpus, hits: Sequence[SearchHit]) -> Report:
    def extra(h: SearchHit) -> dict[str, Any]:
        return {
            "ref": corpus.ref(h.record),
            "score": h.score,
            "snippet": h.snippet()[0],
            "matches": [
                {"term": m.term, "field": m.field, "kind": m.kind, "spans": [list(s) for s in m.spans]}
                for m in h.matches
            ],
        }

    rows, encoded = record_rows(corpus, hits, lambda h: h.record, extra)
    columns = [
        id_column(),
        Column("title", "工作任务", ratio=2, min_width=8),
        Column("snippet", "匹配内容", ratio=5, min_width=10),
        Column("score", "得分", min_width=4),
    ]
    table = Table("results", rows, columns, highlights=HitSpans(hits), encoded=encoded)
    return Report([table], found=bool(rows))


class HitSpans(Mapping[tuple[int, str], list[Span]]):
    """Where the terms sit in each hit's snippet and title, found when a table asks (JSON never does)."""

    COLUMNS = ("snippet", "title")

    def __init__(self, hits: Sequence[SearchHit]) -> None:
        self.hits = hits

    def __contains__(self, key: object) -> bool:
        return (
            isinstance(key, tuple)
            and len(key) == 2
            and key[1] in self.COLUMNS
            and 0 <= key[0] < len(self.hits)
        )

    def __getitem__(self, key: tuple[int, str]) -> list[Span]:
        if key not in self:
            raise KeyError(key)
        i, column = key
        h = self.hits[i]
        if column == "snippet":
            return h.snippet()[1]
        return [s for m in h.matches if m.field == "title" for s in m.spans]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return ((i, c) for i in range(len(self.hits)) for c in self.COLUMNS)

    def __len__(self) -> int:
        return len(self.hits) * len(self.COLUMNS)


def kind_label(row: dict[str, Any]) -> str:
    return Kind[row["kind"]].label


def bar(value: int, most: int) -> str:
    return "█" * max(1, round(BAR_WIDTH * value / most)) if value else ""


def count_row(key: str, g: Group) -> dict[str, Any]:
    return {
        key: g.name,
        "lead_count": len(g.lead),
        "support_count": len(g.support),
        "responsible_count": len(g.responsible),
        "total": g.total,
    }


def stats_report(stats: Stats) -> Report:
    section_rows = [
        {"section_number": s.number, "section": s.title, "tasks": s.tasks} for s in stats.sections
    ]
    unit_rows = [count_row("unit", g) | {"unit_kind": g.kind} for g in stats.units]
    leader_rows = [count_row("leader", g) for g in stats.leaders]
    totals = [
        {"kind": Kind.task.value, "count": stats.tasks},
        {"kind": Kind.project.value, "count": stats.projects},
    ]

    def bars(key: str, rows: list[dict[str, Any]]) -> Column:
        most = max((r[key] for r in rows), default=1) or 1
        return Column(key, "", cell=lambda row: bar(row[key], most), ratio=2)

    def counted(key: str, header: str, rows: list[dict[str, Any]]) -> list[Column]:
        unwritten = (
            [count_column("responsible_count", "未写明")] if any(r["responsible_count"] for r in rows) else []
        )
        return [
            Column(key, header, ratio=3),
            count_column("lead_count", Role.lead.label),
            count_column("support_count", Role.support.label),
            *unwritten,
            bars("total", rows),
        ]

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
            counted("unit", "单位", unit_rows),
            title="各单位承担事项数 (牵头+配合+未写明角色; 经各街道的配合计入各街道)",
        ),
        Table(
            "leaders", leader_rows, counted("leader", "领导", leader_rows), title="各领导牵头、配合的攻坚专项"
        ),
    ]
    return Report(tables, found=bool(stats.tasks or stats.projects))


DEADLINE_SOURCES = {"explicit": "正文明确", "quarter_end": "季度末", "curated": "人工设定"}
PERIOD_END = {True: "季度末", False: "年底"}  # the end of the plan's period: its quarter, or its year


def deadline_label(record: Record, quarterly: bool = True) -> str:
    """2020-06-30 (季度末): the date and where it came from; an annual plan's period ends 年底."""
    d = record.deadline
    if d is None:
        return ""
    source = PERIOD_END[quarterly] if d.source == "quarter_end" else DEADLINE_SOURCES[d.source]
    return f"{d.date.isoformat()} ({source})"


def per_document_report(counts: Sequence[DocumentCount]) -> Report:
    rows = [
        {"document": c.document, "tasks": c.tasks, "projects": c.projects, "units": c.units} for c in counts
    ]
    columns = [
        Column("document", "文档", ratio=2, kind="ids"),
        count_column("tasks", Kind.task.label[:2], Kind.task.label[2:]),
        count_column("projects", Kind.project.label[:2], Kind.project.label[2:]),
        count_column("units", "责任", "单位数"),
    ]
    return Report(
        [Table("documents", rows, columns, title="各文档事项数 (最新在前)")],
        found=any(c.tasks or c.projects for c in counts),
    )


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
        ("ref", "编号", corpus.ref(record)),
        ("kind", "类别", record.kind.label),
        ("section", "板块", record.section or ""),
        ("title", "标题", record.title),
        ("text", "内容", "\n".join(record.sentences) or record.text),
        ("lead_units", "牵头单位", lead_label(data)),
        ("support_units", "配合单位", "、".join(record.support_units)),
        ("lead_leaders", "牵头领导", "、".join(record.lead_leaders)),
        ("support_leaders", "配合领导", "、".join(record.support_leaders)),
        ("responsibility", "责任单位原文", record.responsibility),
        (
            "deadline",
            "完成时限",
            deadline_label(record, corpus.document(record.document).meta.quarter is not None),
        ),
    ]
    fields += [
        (f"milestone:{m.date.isoformat()}", "节点", f"{m.date.isoformat()} {m.sentence or m.phrase}")
        for m in (record.deadline.milestones if record.deadline else ())
    ]
    fields += [
        (
            f"correction:{c['id']}",
            f"勘误 {c['id']}",
            f"{c['received']} → {c['repaired']} (可信度 {CONFIDENCE[c['confidence']]}; {c['evidence']})",
        )
        for c in data["corrections"]
    ]
    rows = [{"field": key, "label": label, "value": v} for key, label, v in fields if v]
    table = Table("record", rows, [Column("label", "字段", min_width=6), Column("value", "内容", ratio=1)])
    return Report([table], data=data)


def documents_report(corpus: Corpus) -> Report:
    rows = []
    for d in corpus.documents:
        m = d.meta
        tasks, projects = corpus.counts(m.id)
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
                "tasks": tasks,
                "projects": projects,
                "path": d.path,
            }
        )
    columns = [
        Column("id", "文档", min_width=8, kind="ids"),
        Column("region", "地区", min_width=4),
        count_column("year", "年度"),
        count_column("quarter", "季度"),
        Column("title", "标题", ratio=3),
        count_column("signed", "签发", "日期"),
        count_column("tasks", "工作", "要点"),
        count_column("projects", "攻坚", "专项"),
    ]
    return Report([Table("documents", rows, columns)], found=bool(rows))


def overview_text(corpus: Corpus, commands: Sequence[tuple[str, str]], width: int = 80) -> str:
    """What `workplan` alone prints: the loaded documents, the busiest units (ties kept), the commands,
    wrapped to the width by Chinese line-breaking rules."""
    from .output.layout import wrap_paragraph

    def para(text: str, indent: int = 0) -> str:
        return wrap_paragraph(text, width, indent)

    lines = []
    answering = corpus.units_per_document()
    for d in corpus.documents:
        m = d.meta
        tasks, projects = corpus.counts(m.id)
        units = sum(u.kind != "collective" and not u.mentioned_only for u in d.units)
        lines.append(para(f"{m.plan_title or m.notice_title or '(无标题 untitled)'} ({m.id})"))
        issued = [m.issuer or "发文机关未知", f"签发 {m.signed or '未知'}", f"发布 {m.published or '未知'}"]
        lines.append(para("  " + " · ".join(issued), 2))
        counts = f"{len(d.sections)} 个板块 · {tasks} 项{Kind.task.label} · {projects} 项{Kind.project.label}"
        # the registry's units, and those the plan gives a role (stats --by doc counts the latter)
        lines.append(
            para(f"  {counts} · {units} 个登记单位 (其中 {answering.get(m.id, 0)} 个有牵头或配合事项)", 2)
        )
    leads = [(name, lead) for name, lead, _ in corpus.role_counts() if lead]
    if leads:
        fifth = leads[min(4, len(leads) - 1)][1]
        top = [(name, lead) for name, lead in leads if lead >= fifth]
        lines.append("")
        lines.append(para("牵头事项最多的单位: " + "、".join(f"{name}({lead})" for name, lead in top), 2))
    lines.append("")
    lines.append("命令 commands:")
    name_width = max(len(name) for name, _ in commands)
    lines += [para(f"  {name.ljust(name_width)}  {text}", name_width + 4) for name, text in commands]
    lines.append("")
    lines.append(para("workplan COMMAND --help 查看用法 · e.g. workplan by-unit 区商务委"))
    return "\n".join(lines) + "\n"


def diff_report(corpus: Corpus, d: Diff, before: str, after: str) -> Report:
    """`diff`: JSON as issue 14 specifies it; for people, the changes only, with what changed named."""
    changed = [c for c in d.continued if c.changes]
    units = [
        {"unit": u.unit, "gained": [corpus.ref(r) for r in u.gained], "lost": [corpus.ref(r) for r in u.lost]}
        for u in d.units
        if u.gained or u.lost
    ]
    data = {
        "from": before,
        "to": after,
        "added": [record_fragment(corpus, r) for r in d.added],
        "removed": [record_fragment(corpus, r) for r in d.removed],
        "continued": [
            {
                "from": record_fragment(corpus, c.before),
                "to": record_fragment(corpus, c.after),
                "similarity": c.similarity,
                "changes": [x.value for x in c.changes],
            }
            for c in d.continued
        ],
        "units": units,
    }

    # for people, ids within their document (the table's title and headers name it), never folded,
    # and unit lists that break between names
    def brief(rows: Sequence[Record]) -> list[dict[str, Any]]:
        return [  # (units named with no lead written are shown so, as every table shows them)
            {
                "ref": r.id,
                "title": r.title,
                "lead_units": lead_names(r.lead_units, r.responsible_units, r.lead_by_division),
            }
            for r in rows
        ]

    record_columns = [
        id_column(),
        Column("title", "工作任务", ratio=3, min_width=8),
        Column("lead_units", "牵头单位", ratio=2, min_width=8, kind="names"),
    ]
    change_rows = [
        {
            "from": c.before.id,
            "to": c.after.id,
            "title": c.after.title,
            "changes": "、".join(x.label for x in c.changes),
            "similarity": f"{c.similarity:.2f}",
        }
        for c in changed
    ]
    unit_rows = [
        {"unit": u["unit"], "gained": " ".join(u["gained"]), "lost": " ".join(u["lost"])} for u in units
    ]
    same = len(d.continued) - len(changed)
    tables = [
        Table("added", brief(d.added), record_columns, title=f"新增 added ({after}): {len(d.added)} 项"),
        Table(
            "removed", brief(d.removed), record_columns, title=f"删除 removed ({before}): {len(d.removed)} 项"
        ),
        Table(
            "changed",
            change_rows,
            [
                Column("from", before, min_width=4, kind="ids"),
                Column("to", after, min_width=4, kind="ids"),
                Column("title", "工作任务", ratio=3),
                Column("changes", "变化", ratio=2),
                Column("similarity", "相似度"),
            ],
            title=f"延续并有变化 changed: {len(changed)} 项 (未变 unchanged: {same} 项)",
        ),
        Table(
            "units",
            unit_rows,
            [
                Column("unit", "单位", ratio=2, kind="names"),
                Column("gained", "新增负责", ratio=2),
                Column("lost", "不再负责", ratio=2),
            ],
            title="各单位的变化 per unit",
        ),
    ]
    identical = "两个文档的事项相同 (the documents hold the same items)"
    return Report([t for t in tables if t.rows], data=data, found=not d.same, nothing=identical, spliced=True)


LIGHT_MARKS = {"red": "● 红灯", "yellow": "● 黄灯", "green": "● 绿灯", "grey": "○ 灰灯"}


def status_report(corpus: Corpus, rows: Sequence[StatusRow]) -> Report:
    """`status` / `overdue`: one row per record and lead unit, with its light."""
    multi = corpus.multi
    data = []
    for r in rows:
        item = r.to_json()
        item["ref"] = r.ref if multi else r.id
        data.append(item)

    def status_label(row: dict[str, Any]) -> str:
        return Status[row["status"]].label if row["status"] else "未报送"

    roles = any(r.role is not Role.lead for r in rows)  # a unit's own view: what it supports too
    columns = [
        id_column(),
        Column("title", "工作任务", ratio=3, min_width=8),
        Column("unit", "单位" if roles else "牵头单位", ratio=2, min_width=6, kind="names"),
        *([Column("role", "角色", cell=lambda row: Role[row["role"]].label, min_width=4)] if roles else []),
        Column("deadline", "完成时限", min_width=10, kind="ids"),
        *(
            [Column("milestone", "节点", cell=milestone_label, ratio=2, min_width=8)]
            if any(r.milestone for r in rows)
            else []
        ),
        Column("status", "进展状态", cell=status_label, min_width=6),
        Column("reported", "填报日期", min_width=10, kind="ids"),
        Column("light", "灯", cell=lambda row: LIGHT_MARKS[row["light"]], min_width=6),
    ]
    return Report([Table("status", data, columns)], found=bool(data))


def milestone_label(row: dict[str, Any]) -> str:
    """5月6日前 (已过未报): the milestone a row answers to, and whether it passed with no report since."""
    m = row["milestone"]
    return "" if m is None else m["phrase"] + (" (已过未报)" if m["missed"] else "")


def rates_report(stats: Sequence[UnitStats]) -> Report:
    """`stats --progress`: 按期办结率 per unit over what it leads; what it supports as 配合."""
    rows = [s.to_json() for s in stats]

    def rate(row: dict[str, Any]) -> str:
        return "—" if row["on_time_rate"] is None else f"{row['on_time_rate'] * 100:.1f}%"

    columns = [
        Column("unit", "单位", ratio=3, kind="names"),
        count_column("items", "牵头", "事项"),
        count_column("done_on_time", "按期", "办结"),
        count_column("done_late", "逾期", "办结"),
        count_column("open_not_due", "未到期"),
        count_column("overdue", "逾期", "未办结"),
        count_column("no_explicit_deadline", "无明确", "时限"),
        count_column("on_time_rate", "按期", "办结率", cell=rate),
        count_column("supported", "配合", "事项"),
        count_column("supported_reported", "配合", "已报送"),
    ]
    return Report([Table("units", rows, columns, title="按期办结率 (按期办结 ÷ 应办结)")], found=bool(rows))


def updates_report(updates: Sequence[Update], nothing: str = "没有进展记录 (no progress reported)") -> Report:
    """Progress reports (`progress log`, `set`, `import`), oldest first; each row made as it is written
    (a dict per report of a 2-million-report store ran out of memory)."""
    rows = Rows(updates, lambda u: u.to_json())
    columns = [
        Column("id", "编号", min_width=4, kind="ids"),
        Column("as_of", "填报日期", min_width=10, kind="ids"),
        Column("unit", "单位", ratio=2, kind="names"),
        Column("status", "进展状态", cell=lambda row: Status[row["status"]].label, min_width=6),
        Column("percent", "进度"),
        Column("note", "完成情况", ratio=4),
        Column("source", "来源", ratio=2),
    ]
    return Report([Table("updates", rows, columns)], found=bool(rows), nothing=nothing)


def import_list_report(rows: Sequence[dict[str, Any]]) -> Report:
    """What `import --from-list` did with each notice: its id, items, warnings, and what became of it."""
    columns = [  # the source last: a long path or address takes the room that is left
        Column("id", "编号", kind="ids"),
        Column("items", "事项"),
        Column("warnings", "警告"),
        Column("outcome", "结果"),
        # a file name may hold a line break: one line in the table, or one entry looks like two
        Column("source", "来源", cell=lambda row: one_line(str(row["source"]))),
    ]
    return Report(
        [Table("imports", list(rows), columns)],
        found=bool(rows),
        nothing="列表为空 (the list names no notice)",
    )
