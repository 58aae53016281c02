"""The progress commands (督查督办): progress set / import / log, status, overdue."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from .. import Kind, Selection, Status
from ..errors import EXIT_DATA, UsageError
from ..output.render import Format
from .helptext import PlainCommand
from .options import (
    AsOfOpt,
    DbOpt,
    DocOpt,
    FormatOpt,
    JsonOpt,
    KindOpt,
    SectionOpt,
    UnitOpt,
    WidthOpt,
    complete_with,
    date_opt,
    output_format,
    record_ids,
    unit_names,
    vocabulary,
)
from .output import emit
from .state import State, state
from .terminal import Stop

if TYPE_CHECKING:  # the progress package is loaded by these commands only, on their first use
    from .. import Light

progress = typer.Typer(
    name="progress",
    help="进展台账: 填报、导入交回的台账、查看历史 — record progress, read returned ledgers, see history.\n\n"
    "Example: workplan progress import 区商务委台账.xlsx --date 2020-06-20",
    no_args_is_help=True,
)


def store_file(st: State, db: str | None) -> Path:
    """The progress database: --db, else WORKPLAN_DB (of this terminal's environment), else under
    $XDG_DATA_HOME."""
    from ..api import progress_db

    return progress_db(db, st.terminal.environ)


def reporting_unit(text: str) -> typer.models.OptionInfo:
    """--unit of the progress commands: the unit that reports, completed from the registry."""
    return typer.Option("--unit", "-u", metavar="UNIT", help=text, autocompletion=complete_with(unit_names))


def light_option(text: str | None) -> Light | None:
    from .. import Light

    return vocabulary(Light, "--light")(text)


STORED = "进展已写入数据库, 重试不会重复写入 (the reports were stored; a retry adds nothing twice)"


@progress.command("set", cls=PlainCommand)
def set_(
    ctx: typer.Context,
    ref: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="事项编号 record id (2.6, G4, DOC:ID).",
            autocompletion=complete_with(record_ids),
        ),
    ],
    unit: Annotated[str, reporting_unit("填报单位 the reporting unit.")],
    status: Annotated[
        Status,
        typer.Option(
            "--status",
            metavar="STATUS",
            parser=vocabulary(Status, "--status"),
            help="进展状态: not_started|未启动, in_progress|推进中, done|已完成, delayed|滞后.",
        ),
    ],
    note: Annotated[str, typer.Option("--note", metavar="TEXT", help="完成情况 what was done.")] = "",
    percent: Annotated[int | None, typer.Option("--percent", metavar="N", help="完成进度 0-100.")] = None,
    date: Annotated[datetime.date | None, date_opt("--date", "填报日期 as-of date (default: today).")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """填报一条进展 (只追加, 不修改历史)。

    Example: workplan progress set 2.6 --unit 区商务委 --status 已完成
    """
    from ..api import report
    from ..reports import updates_report

    st = state(ctx)
    db_path = store_file(st, db)
    update, new = report(
        st.corpus(),
        ref,
        unit,
        status,
        as_of=date,
        note=note,
        percent=percent,
        db=db_path,
        on_warning=lambda doubt: st.terminal.message(f"workplan: warning: {doubt}"),
    )
    st.terminal.written = STORED if new else ""
    already = "这条进展已经记录过, 未重复写入 (already recorded; nothing added)"
    emit(st, updates_report([update] if new else [], nothing=already), output_format(fmt, as_json))


@progress.command("import", cls=PlainCommand)
def import_(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="交回的台账 the returned ledger (.xlsx, .ods, .xls or .csv)."),
    ],
    unit: Annotated[str | None, reporting_unit("整份台账都是该单位的 the whole file is this unit's.")] = None,
    date: Annotated[
        datetime.date | None, date_opt("--date", "没有填报日期列时用的日期 (default: today).")
    ] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="导入好行, 列出坏行 import the good rows, list the bad.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="只显示将要写入的内容 show what would change, write nothing.")
    ] = False,
    db: DbOpt = None,
    documents: DocOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """导入各单位交回的台账: 先列出将写入的进展, 再在一个事务中写入; 有坏行时整份不导入(--skip-bad 除外)。

    Example: workplan progress import 区商务委台账-6月.xlsx --date 2020-06-20
    """
    from ..api import check_ledger, store_reports
    from ..reports import updates_report

    st = state(ctx)
    db_path = store_file(st, db)
    folders = [t for t in st.targets() if t.is_dir()]  # their 状态词.yaml: the office's status words
    checked = check_ledger(
        st.corpus(), path, as_of=date, unit=unit, documents=documents or (), word_folders=folders, db=db_path
    )
    read, fresh = checked.read, checked.fresh
    for bad in read.bad:
        st.terminal.message(f"workplan: {'skipped' if skip_bad else 'error'}: {bad}")
    if read.unlisted:
        st.terminal.message(
            f"workplan: error: 另有 {read.unlisted} 行有误未列出 (and {read.unlisted} more bad rows)"
        )
    for doubt in read.doubts:
        st.terminal.message(f"workplan: warning: {doubt}")
    if read.bad and not skip_bad:
        st.terminal.message(
            f"workplan: error: {read.bad_rows} 行有误, 未导入任何内容 (bad rows; nothing imported; --skip-bad imports the good ones)"
        )
        raise Stop(EXIT_DATA)
    added = [] if dry_run else store_reports(fresh, db_path)  # the bad rows were refused above, or skipped
    st.terminal.written = STORED if added else ""
    if dry_run:
        st.terminal.message(f"将写入 would add {len(fresh)} 条 (dry run: nothing written)")
    else:
        st.terminal.message(
            f"已写入 added {len(added)} 条; {len(read.updates) - len(added)} 条已有; {read.unreported} 行未填"
        )
    nothing = "没有新的进展 (nothing new in this ledger)"
    # nothing new is a success: the same month's file imported twice must not fail a script (exit 0)
    emit(
        st,
        updates_report(fresh if dry_run else added, nothing=nothing),
        output_format(fmt, as_json),
        empty_ok=True,
    )
    if read.bad:  # --skip-bad stored the good rows; a script must still see that some were not
        st.terminal.message(
            f"workplan: error: 跳过 {read.bad_rows} 行有误的行 (skipped {read.bad_rows} bad rows; "
            + ("the good ones would be stored: dry run)" if dry_run else "the good ones were stored)")
        )
        raise Stop(EXIT_DATA)


@progress.command("log", cls=PlainCommand)
def log(
    ctx: typer.Context,
    ref: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="事项编号 record id (不写则所有事项 every record).",
            autocompletion=complete_with(record_ids),
            show_default=False,
        ),
    ] = None,
    unit: Annotated[str | None, reporting_unit("只看该单位报送的 only this unit's reports.")] = None,
    since: Annotated[
        datetime.date | None, date_opt("--since", "只看填报日期在该日及以后的 reported on or after DATE.")
    ] = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """进展记录, 从早到晚: 一个事项的 (ID), 一个单位的 (--unit), 某日以来的 (--since), 可以组合。

    Example: workplan progress log --unit 区商务委 --since 2020-06-01 --json
    """
    from ..api import progress_log
    from ..reports import updates_report

    st = state(ctx)
    updates = progress_log(st.corpus(), ref, unit, since, store_file(st, db))  # never creates a store
    emit(st, updates_report(updates), output_format(fmt, as_json), width)


def status(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    light: Annotated[
        str | None,
        typer.Option(
            "--light",
            metavar="LIGHT",
            help="只看该灯 only this light: red|红灯, yellow|黄灯, green|绿灯, grey|灰灯.",
        ),
    ] = None,
    missing: Annotated[
        datetime.date | None,
        date_opt(
            "--missing", "催报: 只看自该日期以来没有报送、且未完成的 (not reported since DATE, not done)."
        ),
    ] = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """进展状态与红黄绿灯: 每个事项的每个牵头单位和配合单位一行 (截至 --as-of); --missing 列出该催报的。

    Example: workplan status --as-of 2020-06-25 --light 红灯
    """
    chosen = light_option(light)
    if missing is not None and chosen is not None:
        raise UsageError("--missing 与 --light 不能同时使用 (--missing and --light do not combine)")
    pick = missing if missing is not None else chosen
    run_status(ctx, as_of, pick, doc, section, kind, unit, db, fmt, as_json, width)


def overdue(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    width: WidthOpt = None,
) -> None:
    """逾期事项: 牵头单位的红灯(已过完成时限而未完成), 以及已过节点(如 5月6日前)而此后未报送的; --unit 时含它配合的。

    Example: workplan overdue --as-of 2020-07-01 --json
    """
    run_status(ctx, as_of, "overdue", doc, section, kind, unit, db, fmt, as_json, width)


def run_status(
    ctx: typer.Context,
    as_of: datetime.date | None,
    light: Light | Literal["overdue"] | datetime.date | None,
    doc: list[str] | None,
    section: str | None,
    kind: Kind | None,
    unit: str | None,
    db: str | None,
    fmt: Format | None,
    as_json: bool,
    width: int | None,
) -> None:
    from ..api import missing, overdue
    from ..api import status as lit
    from ..reports import status_report

    st = state(ctx)
    c = st.corpus()
    path = store_file(st, db)
    selection = Selection(documents=tuple(doc or ()), section=section, kind=kind, unit=unit)
    if light == "overdue":
        rows = overdue(c, selection, as_of, path)
    elif isinstance(light, datetime.date):  # --missing: whom to chase since that day
        rows = missing(c, light, selection, as_of, path)
    else:
        rows = lit(c, selection, as_of, path, light)
    emit(st, status_report(c, rows), output_format(fmt, as_json), width)
