"""The read commands: each parses its options into a Selection, makes one core call, emits one Report."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import Selection
from ..errors import UsageError
from .options import (
    AsOfOpt,
    DbOpt,
    DocOpt,
    DueBeforeOpt,
    FormatOpt,
    JsonOpt,
    KindOpt,
    LeaderOpt,
    LeaderRoleOpt,
    RoleOpt,
    SectionOpt,
    SortOpt,
    UnitOpt,
    WidthOpt,
    by_deadline,
    complete_with,
    leader_names,
    output_format,
    record_ids,
    unit_names,
)
from .output import emit
from .state import state


def list_(
    ctx: typer.Context,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    role: RoleOpt = None,
    due_before: DueBeforeOpt = None,
    sort: SortOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """列出事项(先工作要点, 后攻坚专项), 可筛选; 可按完成时限筛选、排序。

    Example: workplan list --section 综合经济 --json ;  workplan list --due-before 2020-05-31 --sort deadline
    """
    from ..reports import records_report

    st = state(ctx)
    c = st.corpus()
    selection = Selection(
        documents=tuple(doc or ()),
        section=section,
        kind=kind,
        unit=unit,
        leader=leader,
        role=role,
        due_before=due_before,
        by_deadline=by_deadline(sort),
    )
    ordered = selection.by_deadline
    emit(st, records_report(c, c.stream(selection), by_deadline=ordered), output_format(fmt, as_json), width)


def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="编号 id: 2.6, '二(六)', G4, 攻坚四 or DOC:ID.",
            autocompletion=complete_with(record_ids),
            show_default=False,
        ),
    ],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """显示一项的全部内容: 分句正文、牵头和配合单位、领导、勘误。

    Example: workplan show 2.6 ;  workplan show '二(六)'
    """
    from ..reports import show_report

    st = state(ctx)
    c = st.corpus()
    emit(st, show_report(c, c.record(record_id)), output_format(fmt, as_json), width)


def search(
    ctx: typer.Context,
    terms: Annotated[
        list[str],
        typer.Argument(
            metavar="TERM...",
            help="检索词, 须全部匹配; -词 表示排除 terms that must all match; -TERM excludes.",
        ),
    ],
    exact: Annotated[
        bool, typer.Option("--exact", "-e", help="只做精确匹配, 不用简称 substring matches only.")
    ] = False,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    role: RoleOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """全文检索: 标题、正文、单位、领导; 支持简称(旧改)、繁体(舊改)和全半角标点。

    Example: workplan search 旧改 ;  workplan search 就业 -街道
    """
    from ..reports import search_report

    if bad := [t for t in terms if t.startswith("--")]:
        raise UsageError(f"没有这个选项 (no such option): {bad[0]}")
    st = state(ctx)
    c = st.corpus()
    selection = Selection(
        documents=tuple(doc or ()),
        section=section,
        kind=kind,
        unit=unit,
        leader=leader,
        role=role,
        terms=tuple(terms),
        exact=exact,
    )
    emit(st, search_report(c, c.search(selection)), output_format(fmt, as_json), width)


def by_unit(
    ctx: typer.Context,
    unit: Annotated[
        str | None,
        typer.Argument(
            metavar="[UNIT]",
            help="单位: 全称、简称(人社局)或唯一的一部分 unit: full name, short form or a unique part.",
            autocompletion=complete_with(unit_names),
            show_default=False,
        ),
    ] = None,
    role: RoleOpt = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """按单位查看: 不带单位时列出每个单位牵头和配合的事项; 带单位时列出该单位的事项及角色。

    Example: workplan by-unit 区商务委 ;  workplan by-unit 人社局 --json
    """
    from ..reports import groups_report, hits_report

    st = state(ctx)
    c = st.corpus()
    selection = Selection(documents=tuple(doc or ()), section=section, kind=kind, role=role)
    fmt_ = output_format(fmt, as_json)
    if unit is None:
        emit(st, groups_report(c, c.unit_groups(selection), "unit", "单位"), fmt_, width)
    else:
        emit(
            st,
            hits_report(c, c.resolve_unit(unit, selection.documents), c.by_unit(unit, selection)),
            fmt_,
            width,
        )


def by_leader(
    ctx: typer.Context,
    leader: Annotated[
        str | None,
        typer.Argument(
            metavar="[LEADER]",
            help="领导姓名或其唯一的一部分 leader's name, or a unique part of it.",
            autocompletion=complete_with(leader_names),
            show_default=False,
        ),
    ] = None,
    role: LeaderRoleOpt = None,
    doc: DocOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """按领导查看: 每位领导牵头和配合的攻坚专项。

    Example: workplan by-leader 赵亮 ;  workplan by-leader --role 牵头
    """
    from ..reports import groups_report, hits_report

    st = state(ctx)
    c = st.corpus()
    selection = Selection(documents=tuple(doc or ()), role=role)
    fmt_ = output_format(fmt, as_json)
    if leader is None:
        emit(st, groups_report(c, c.leader_groups(selection), "leader", "领导"), fmt_, width)
    else:
        emit(st, hits_report(c, c.resolve_leader(leader), c.by_leader(leader, selection)), fmt_, width)


def units(
    ctx: typer.Context,
    role: RoleOpt = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """全部单位及其牵头、配合的事项 (同不带单位的 by-unit)。

    Example: workplan units --json
    """
    by_unit(ctx, None, role, doc, section, kind, fmt, as_json, width)


def leaders(
    ctx: typer.Context,
    role: LeaderRoleOpt = None,
    doc: DocOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """全部领导及其牵头、配合的攻坚专项 (同不带姓名的 by-leader)。

    Example: workplan leaders
    """
    by_leader(ctx, None, role, doc, fmt, as_json, width)


def stats(
    ctx: typer.Context,
    by: Annotated[
        str | None,
        typer.Option("--by", metavar="doc", help="按文档统计 counts per document (doc|文档)."),
    ] = None,
    progress: Annotated[
        bool,
        typer.Option("--progress", help="按期办结率: 各牵头单位的办结情况 on-time completion per lead unit."),
    ] = False,
    as_of: AsOfOpt = None,
    db: DbOpt = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """统计: 各板块事项数、各单位牵头与配合数、各领导的攻坚专项数; --by doc 按文档; --progress 按期办结率。

    Example: workplan stats --format markdown ;  workplan stats --progress --as-of 2020-07-01
    """
    from ..reports import per_document_report, rates_report, stats_report

    st = state(ctx)
    c = st.corpus()
    selection = Selection(documents=tuple(doc or ()), section=section, kind=kind)
    if (as_of is not None or db is not None) and not progress:
        raise UsageError("--as-of 和 --db 只用于 --progress (they apply to --progress)")
    if by is not None and progress:
        raise UsageError("--by 与 --progress 不能同时使用 (choose one)")
    if progress:
        from ..api import completion_rates, progress_db

        report = rates_report(completion_rates(c, selection, as_of, progress_db(db, st.terminal.environ)))
    elif by is None:
        report = stats_report(c.stats(selection))
    elif by.strip().lower() in ("doc", "文档"):
        report = per_document_report(c.per_document(selection))
    else:
        raise UsageError(f"--by {by!r} 不是可选值 (not one of): doc|文档")
    emit(st, report, output_format(fmt, as_json), width)


def docs(ctx: typer.Context, fmt: FormatOpt = None, as_json: JsonOpt = False, width: WidthOpt = None) -> None:
    """列出已载入的文档 (编号、地区、标题、日期、事项数)。

    Example: workplan --data plans/ docs
    """
    from ..reports import documents_report

    st = state(ctx)
    emit(st, documents_report(st.corpus()), output_format(fmt, as_json), width)


def diff(
    ctx: typer.Context,
    before: Annotated[
        str,
        typer.Argument(
            metavar="FROM", help="旧文档 the earlier document: id, unique prefix or glob.", show_default=False
        ),
    ],
    after: Annotated[
        str,
        typer.Argument(metavar="TO", help="新文档 the later document.", show_default=False),
    ],
    unit: UnitOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """比较两个文档: 新增、删除、延续(及其变化)的事项, 各单位新增和不再负责的事项。

    退出码: 有差异 0, 完全相同 1 (与 grep 一致; 与 POSIX diff 相反)。
    Exit 0 when the documents differ, 1 when they are the same: the opposite of POSIX diff.

    Example: workplan --data plans/ diff yangpu-2020q2 yangpu-2020q3 ; workplan diff A B --unit 区商务委
    """
    from ..reports import diff_report

    st = state(ctx)
    c = st.corpus()
    d = c.diff(before, after, unit)
    emit(
        st,
        diff_report(c, d, c.one_document(before), c.one_document(after)),
        output_format(fmt, as_json),
        width,
    )
