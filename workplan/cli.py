"""The command line: parse arguments, call the core, hand the Report to the output layer. Nothing else."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_NO_MATCH, EXIT_USAGE, WorkplanError
from .output import ExportFormat, Format, Report, render, visible

if TYPE_CHECKING:  # the core is imported by the commands that need it, not at start-up
    from .query import Corpus

EPILOG = "退出码 exit codes: 0 找到结果 · 1 无匹配 · 2 用法错误 · 3 数据文件错误 · 4 写文件失败"


class Kind(str, Enum):
    task = "task"
    project = "project"


class Role(str, Enum):
    lead = "lead"
    support = "support"
    mentioned = "mentioned"


def fail(error: WorkplanError) -> NoReturn:
    """One line on stderr, the documented exit code, no traceback."""
    line = error.message + "".join(f"; {h}" for h in error.hints)
    sys.stderr.write(f"workplan: error: {line}\n")
    raise typer.Exit(error.exit_code)


class WorkplanGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except WorkplanError as e:
            fail(e)


app = typer.Typer(
    cls=WorkplanGroup,
    name="workplan",
    help="查询政府季度工作要点及攻坚专项 — query the quarterly work plans of Chinese district governments.",
    epilog=EPILOG,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --- shared state and options -----------------------------------------------------------------


def data_target(ctx: typer.Context | None) -> str | None:
    root = ctx.find_root() if ctx else None
    value = root.params.get("data") if root else None
    return str(value) if value else os.environ.get("WORKPLAN_DATA") or None


def corpus(ctx: typer.Context | None) -> Corpus:
    """The loaded documents, read once per process (and from the cache when unchanged)."""
    from .loader import load_index
    from .query import Corpus

    root = ctx.find_root() if ctx else None
    obj = root.obj if root and isinstance(root.obj, dict) else {}
    if "corpus" not in obj:
        obj["corpus"] = Corpus(load_index(data_target(ctx)))
        if root is not None:
            root.obj = obj
    loaded: Corpus = obj["corpus"]
    return loaded


def complete_with(names: Callable[[Corpus], Iterable[str]]) -> Callable[[typer.Context, str], list[str]]:
    """A shell-completion callback over names the corpus provides; errors complete nothing."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from .query import complete as by_prefix

        try:
            return by_prefix(names(corpus(ctx)), incomplete)
        except WorkplanError:
            return []

    return complete


def unit_names(c: Corpus) -> list[str]:
    return list(c.units) + [a for aliases in c.unit_aliases.values() for a in aliases]


def section_names(c: Corpus) -> list[str]:
    return [str(s.number) for d in c.documents for s in d.sections] + [
        s.title for d in c.documents for s in d.sections
    ]


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output format \\[table|json|jsonl|csv|tsv|markdown].")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
SectionOpt = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Section number or title (2, 二, 综合经济).",
        autocompletion=complete_with(section_names),
    ),
]
KindOpt = Annotated[Kind | None, typer.Option("--kind", "-k", help="task (工作要点) or project (攻坚专项).")]
UnitOpt = Annotated[
    str | None,
    typer.Option(
        "--unit",
        "-u",
        help="Only records this unit leads or supports.",
        autocompletion=complete_with(unit_names),
    ),
]
LeaderOpt = Annotated[
    str | None,
    typer.Option(
        "--leader",
        "-l",
        help="Only projects this leader leads or supports.",
        autocompletion=complete_with(lambda c: c.leaders),
    ),
]


def silence_stdout() -> None:
    """Point stdout at /dev/null once its reader has gone, so the flushes at exit cannot fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def write_stdout(text: str, encoding: str = "utf-8", errors: str = "strict") -> None:
    """Write and flush. A reader that has gone (`| head -1`) ends the command quietly with status 0, as
    for any filter whose consumer has seen enough."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode(encoding, errors))
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(0) from None


def say(text: str) -> None:
    """Text for people: in the terminal's encoding, with ? for what it cannot show (data stays UTF-8)."""
    write_stdout(text, sys.stdout.encoding or "utf-8", errors="replace")


def emit(report: Report, fmt: Format, as_json: bool) -> None:
    """Render and write the report; exit 1 (like grep) when it holds no results."""
    fmt = Format.json if as_json else fmt
    tty = sys.stdout.isatty()
    if fmt is Format.table:
        width = shutil.get_terminal_size((80, 24)).columns if tty else int(os.environ.get("COLUMNS") or 80)
        wanted = (tty and os.environ.get("TERM") != "dumb") or bool(os.environ.get("FORCE_COLOR"))
        color = wanted and not os.environ.get("NO_COLOR")
        if not report.found:
            sys.stderr.write("没有匹配的记录 (no matching records)\n")
        else:
            text = render(report, fmt, width=max(20, width), color=color)
            say(text)
    else:
        text = render(report, fmt, pretty=tty)  # JSON is indented for people, compact for pipes (as gh does)
        if fmt in (Format.csv, Format.tsv) and tty:
            text = visible(text)  # data in a terminal must not drive it; pipes get the bytes as they are
        write_stdout(text)
    if not report.found:
        raise typer.Exit(EXIT_NO_MATCH)


# --- commands ---------------------------------------------------------------------------------


def version_callback(value: bool) -> None:
    if value:
        say(f"workplan {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            "-d",
            envvar="WORKPLAN_DATA",
            help="Dataset file or folder (default: the shipped one).",
            show_envvar=True,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """查询政府季度工作要点及攻坚专项。Example: workplan by-unit 区商务委"""
    if ctx.invoked_subcommand is None:
        from .reports import overview_text

        group = ctx.command
        assert isinstance(group, TyperGroup)
        found = [(name, group.get_command(ctx, name)) for name in group.list_commands(ctx)]
        commands = [(name, command.get_short_help_str(60)) for name, command in found if command]
        say(overview_text(corpus(ctx), commands))


@app.command("list")
def list_(
    ctx: typer.Context,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """列出全部事项(32项工作要点, 然后9项攻坚专项), 可筛选。

    Example: workplan list --section 综合经济 --json
    """
    from .reports import records_report

    c = corpus(ctx)
    records = c.records_at(c.positions(section, kind.value if kind else None, unit, leader))
    emit(records_report(c, records), fmt, as_json)


@app.command()
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="2.6, 二(六), G4, 攻坚四, or DOC:ID.",
            autocompletion=complete_with(lambda c: c.ids()),
        ),
    ],
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """显示一项的全部内容: 分句正文、牵头和配合单位、领导、勘误。

    Example: workplan show 二(六)
    """
    from .reports import show_report

    c = corpus(ctx)
    emit(show_report(c, c.record(record_id)), fmt, as_json)


@app.command(context_settings={"ignore_unknown_options": True})
def search(
    ctx: typer.Context,
    terms: Annotated[
        list[str], typer.Argument(metavar="TERM...", help="Terms that must all match; -TERM excludes.")
    ],
    exact: Annotated[
        bool, typer.Option("--exact", "-e", help="Substring matches only, no abbreviations.")
    ] = False,
    section: SectionOpt = None,
    kind: KindOpt = None,
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """全文检索: 标题、正文、单位、领导; 支持简称(旧改)、繁体(舊改)和全半角标点。

    Example: workplan search 旧改 ;  workplan search 就业 -街道
    """
    from .errors import UsageError
    from .reports import search_report
    from .search import parse_terms

    if bad := [t for t in terms if t.startswith("--")]:
        raise UsageError(f"no such option: {bad[0]}")
    c = corpus(ctx)
    positions = c.positions(section, kind.value if kind else None, unit, leader)
    emit(search_report(c, c.search(parse_terms(terms, c.unit_aliases), exact, positions)), fmt, as_json)


@app.command("by-unit")
def by_unit(
    ctx: typer.Context,
    unit: Annotated[
        str | None,
        typer.Argument(
            help="Unit: full name, short form (人社局) or a unique part.",
            autocompletion=complete_with(unit_names),
        ),
    ] = None,
    role: Annotated[
        Role | None, typer.Option("--role", "-r", help="Only lead, support or mentioned.")
    ] = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """按单位查看: 不带单位时列出每个单位牵头和配合的事项; 带单位时列出该单位的事项及角色。

    Example: workplan by-unit 区商务委 ;  workplan by-unit 人社局 --json
    """
    from .reports import groups_report, hits_report

    c = corpus(ctx)
    if unit is None:
        emit(groups_report(c, c.unit_groups(), "unit", "单位"), fmt, as_json)
        return
    name = c.resolve_unit(unit)
    hits = c.by_unit(name, c.positions(section, kind.value if kind else None))
    if role:
        hits = [h for h in hits if h.role == role.value]
    emit(hits_report(c, name, hits), fmt, as_json)


@app.command("by-leader")
def by_leader(
    ctx: typer.Context,
    leader: Annotated[
        str | None,
        typer.Argument(
            help="Leader's name, or a unique part of it.", autocompletion=complete_with(lambda c: c.leaders)
        ),
    ] = None,
    role: Annotated[Role | None, typer.Option("--role", "-r", help="Only lead or support.")] = None,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """按领导查看: 每位领导牵头和配合的攻坚专项。

    Example: workplan by-leader 赵亮
    """
    from .reports import groups_report, hits_report

    c = corpus(ctx)
    if leader is None:
        emit(groups_report(c, c.leader_groups(), "leader", "领导"), fmt, as_json)
        return
    name = c.resolve_leader(leader)
    hits = c.by_leader(name)
    if role:
        hits = [h for h in hits if h.role == role.value]
    emit(hits_report(c, name, hits), fmt, as_json)


@app.command()
def units(ctx: typer.Context, fmt: FormatOpt = Format.table, as_json: JsonOpt = False) -> None:
    """全部单位及其牵头、配合的事项 (same as by-unit without a unit).

    Example: workplan units --json
    """
    by_unit(ctx, unit=None, role=None, section=None, kind=None, fmt=fmt, as_json=as_json)


@app.command()
def leaders(ctx: typer.Context, fmt: FormatOpt = Format.table, as_json: JsonOpt = False) -> None:
    """全部领导及其牵头、配合的攻坚专项 (same as by-leader without a name).

    Example: workplan leaders
    """
    by_leader(ctx, leader=None, role=None, fmt=fmt, as_json=as_json)


@app.command()
def stats(ctx: typer.Context, fmt: FormatOpt = Format.table, as_json: JsonOpt = False) -> None:
    """统计: 各板块事项数、各单位牵头与配合数、各领导的攻坚专项数。

    Example: workplan stats --format markdown
    """
    from .reports import stats_report

    emit(stats_report(corpus(ctx)), fmt, as_json)


@app.command()
def docs(ctx: typer.Context, fmt: FormatOpt = Format.table, as_json: JsonOpt = False) -> None:
    """列出已载入的文档 (id, 标题, 日期, 事项数)。

    Example: workplan --data plans/ docs
    """
    from .reports import documents_report

    emit(documents_report(corpus(ctx)), fmt, as_json)


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="PATH...", help="Files or folders (default: --data).")
    ] = None,
) -> None:
    """检查数据文件: 报告所有问题(文件:行:列), 有问题时退出码为 3。

    Example: workplan validate data/workplan_2020q2.yaml
    """
    from .errors import EXIT_DATA, DataError
    from .loader import data_files, shipped_data
    from .validation import validate_file

    targets = paths or [Path(data_target(ctx) or shipped_data())]
    failed = False
    for target in targets:
        try:
            files = data_files(target)
        except DataError as e:
            sys.stderr.write(f"{e.message}\n")
            failed = True
            continue
        for path in files:
            try:
                data = validate_file(path)
            except DataError as e:
                sys.stderr.write("".join(f"{p}\n" for p in e.problems))
                failed = True
                continue
            n = sum(len(s.tasks) for s in data.sections)
            say(f"ok: {path} ({n} tasks, {len(data.projects)} projects, {len(data.units)} units)\n")
    if failed:
        raise typer.Exit(EXIT_DATA)


@app.command()
def export(
    ctx: typer.Context,
    output: Annotated[Path, typer.Argument(metavar="OUT", help="OUT.xlsx, OUT.csv, OUT.md or OUT.json.")],
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    search_terms: Annotated[
        list[str] | None,
        typer.Option("--search", help="Only records matching this search term (repeatable)."),
    ] = None,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", help="xlsx|csv|markdown|json (default: from OUT's extension)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUT if it exists.")] = False,
) -> None:
    """导出工作台账: Excel(台账、每个单位一页、封面和勘误)、CSV(带 BOM)、Markdown 或 JSON。

    Example: workplan export 区商务委台账.xlsx --unit 区商务委
    """
    from .atomic import atomic_write_bytes
    from .errors import UsageError
    from .export import EXTENSIONS, ledger, render
    from .search import parse_terms

    chosen = fmt or EXTENSIONS.get(output.suffix.lower())
    if chosen is None:
        raise UsageError(
            f"cannot tell the format of {output.name}; use .xlsx, .csv, .md or .json, or --format"
        )
    c = corpus(ctx)
    positions = c.positions(section, kind.value if kind else None, None, leader)
    if search_terms:
        positions = c.matching_positions(parse_terms(search_terms, c.unit_aliases), positions=positions)
    name = c.resolve_unit(unit) if unit else None
    hits = [h for h in c.by_unit(name, positions) if h.role != "mentioned"] if name else None
    rows = ledger(c, c.records_at(positions), hits)
    if not rows:
        sys.stderr.write("没有匹配的记录 (no matching records); nothing written\n")
        raise typer.Exit(EXIT_NO_MATCH)
    atomic_write_bytes(output, render(chosen, c, rows, name), overwrite=force)
    sys.stderr.write(f"wrote {output} ({len(rows)} records, {chosen.value})\n")


@app.command("import")
def import_(
    ctx: typer.Context,
    notice: Annotated[
        str,
        typer.Argument(metavar="NOTICE", help="The notice as plain text (UTF-8 or GB18030); - for stdin."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the YAML here (default: stdout).")
    ] = None,
    doc_id: Annotated[
        str | None,
        typer.Option("--id", help="Document id, e.g. yangpu-2020q3 (default: from the file name)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
) -> None:
    """把通知原文(纯文本)转换为数据文件 YAML; 疑似缺字等问题作为警告列出(带行号)。

    Example: workplan import notice.txt --id yangpu-2020q3 -o data/yangpu_2020q3.yaml
    """
    from .atomic import atomic_write_bytes
    from .errors import DataError
    from .importer import decode, dump_dataset, import_notice, slug
    from .validation import MAX_FILE_BYTES, validate_text

    limit = MAX_FILE_BYTES + 1
    try:
        if notice == "-":
            raw, name = sys.stdin.buffer.read(limit), "<stdin>"
        else:
            with open(notice, "rb") as f:
                raw, name = f.read(limit), notice
    except OSError as e:
        raise DataError(f"{notice}: cannot read: {e.strerror}") from None
    if len(raw) == limit:
        raise DataError(f"{name}: larger than {MAX_FILE_BYTES >> 20} MiB; not a notice")
    try:
        text = decode(raw)
    except DataError as e:
        raise DataError(f"{name}: {e.message}") from None
    imported = import_notice(text, doc_id or slug(name), corpus(ctx).documents)
    imported.data["meta"]["source"] = name
    yaml_text = dump_dataset(imported.data, name)
    data = validate_text(yaml_text, str(output or "<output>"))
    for warning in imported.warnings:
        sys.stderr.write(f"workplan: warning: {name}: {warning}\n")
    tasks = sum(len(s.tasks) for s in data.sections)
    sys.stderr.write(
        f"imported {data.meta.id}: {len(data.sections)} sections, {tasks} tasks, {len(data.projects)} projects, "
        f"{len(data.units)} units, {len(imported.warnings)} warnings\n"
    )
    if output is None:
        write_stdout(yaml_text)
    else:
        atomic_write_bytes(output, yaml_text.encode("utf-8"), overwrite=force)


@app.command()
def schema() -> None:
    """打印数据文件的 JSON Schema (供编辑器校验 YAML)。

    Example: workplan schema > schema/workplan.schema.json
    """
    from .schema import schema_text

    write_stdout(schema_text())


def utf8_args(args: list[str]) -> list[str]:
    """Arguments as the user typed them: in a C locale Python decodes UTF-8 argv into surrogates."""
    encoding = sys.getfilesystemencoding()
    return [a.encode(encoding, "surrogateescape").decode("utf-8", "replace") for a in args]


GLOBAL_OPTIONS_WITH_VALUE = ("--data", "-d")


def invoked_command(args: list[str]) -> str | None:
    """The subcommand a command line names: its first word that is neither an option nor an option's value."""
    expect_value = False
    for arg in args:
        if expect_value:
            expect_value = False
        elif arg in GLOBAL_OPTIONS_WITH_VALUE:
            expect_value = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def command_name(info: Any) -> str:
    """The name Typer gives a registered command: its own, or its function's with dashes."""
    return info.name or getattr(info.callback, "__name__", "").replace("_", "-")


def keep_only(name: str | None) -> None:
    """Build just the command being run: Typer turns every registered command into a click command on each
    start, which costs more than a warm query. Without a known name (overview, --help, a typo) all stay."""
    chosen = [c for c in app.registered_commands if command_name(c) == name]
    if chosen:
        app.registered_commands = chosen


def usage_line(error: Exception) -> str | None:
    """One line for a command-line mistake Typer/click detected (bad option, missing argument, no such
    command); None for anything else. Duck-typed: click's exception classes are Typer's to vendor."""
    if not (
        callable(getattr(error, "format_message", None))
        and isinstance(getattr(error, "exit_code", None), int)
    ):
        return None
    message = " ".join(str(error.format_message()).split())  # type: ignore[attr-defined]
    context = getattr(error, "ctx", None)
    where = f" (see: {context.command_path} --help)" if context is not None else ""
    return f"workplan: error: {message}{where}\n"


def main() -> None:
    """Console-script entry: every failure is one line on stderr with its documented exit code; a closed
    pipe ends quietly, an interrupt exits 130, a bug exits 70 (WORKPLAN_DEBUG=1 shows its traceback)."""
    args = utf8_args(sys.argv[1:])
    completing = os.environ.get("COMP_WORDS")  # bash/zsh completion: the words typed so far
    keep_only(invoked_command(utf8_args(completing.split()[1:]) if completing else args))
    try:
        code = app(args=args, prog_name="workplan", standalone_mode=False)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("workplan: interrupted\n")
        sys.exit(130)
    except Exception as e:
        if line := usage_line(e):
            sys.stderr.write(line)
            sys.exit(getattr(e, "exit_code", EXIT_USAGE))
        if isinstance(e, typer.Abort):
            sys.stderr.write("workplan: aborted\n")
            sys.exit(1)
        if os.environ.get("WORKPLAN_DEBUG"):
            raise
        sys.stderr.write(
            f"workplan: internal error: {type(e).__name__}: {e} (WORKPLAN_DEBUG=1 shows the traceback)\n"
        )
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else 0)
