"""The commands that read or write files: validate, export, import, schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .. import Selection
from ..errors import EXIT_DATA, EXIT_NO_MATCH, UsageError
from ..output.render import one_line
from .options import AsOfOpt, DbOpt, DocOpt, ForceOpt, KindOpt, LeaderOpt, SectionOpt, UnitOpt, at_least
from .state import State, state
from .terminal import Stop


def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="文件或文件夹, - 为标准输入 files or folders, - for stdin (default: --data).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """检查数据文件: 报告所有问题(文件:行:列), 有问题时退出码为 3。

    Example: workplan validate data/workplan_2020q2.yaml
    """
    from ..api import shipped_dataset
    from ..api import validate as check

    st = state(ctx)
    if paths and st.data:  # an option is used or refused, never ignored
        raise UsageError("--data 与 PATH 只能给一个 (validate checks PATH or --data, not both)")
    if paths and sum(str(p) == "-" for p in paths) > 1:
        raise UsageError("标准输入只能读一次 (- names stdin once)")
    passed, problems = check(paths or st.targets() or [shipped_dataset()], st.terminal.stdin)
    for p in passed:
        st.terminal.write(
            f"ok: {one_line(str(p.path))} ({p.tasks} 项工作要点, {p.projects} 项攻坚专项, {p.units} 个登记单位, {p.groups} 个集合)\n",
            human=True,
        )
    for problem in problems:
        st.terminal.message(problem)
    if problems:
        raise Stop(EXIT_DATA)


def export(
    ctx: typer.Context,
    output: Annotated[
        str,
        typer.Argument(
            metavar="OUT",
            help="输出文件, 按扩展名定格式 the file, its format by extension: OUT.xlsx, OUT.csv, OUT.md, OUT.json (通报 also OUT.docx), or - for stdout.",
            show_default=False,
        ),
    ],
    unit: UnitOpt = None,
    leader: LeaderOpt = None,
    doc: DocOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    search_terms: Annotated[
        list[str] | None,
        typer.Option(
            "--search",
            metavar="TERM",
            help="只导出匹配该词的事项, 可重复 only records matching (repeatable).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="文件格式 file format: xlsx|csv|markdown|json|docx (default: from OUT's extension).",
        ),
    ] = None,
    bulletin: Annotated[
        bool, typer.Option("--bulletin", help="导出督查通报(.docx/.xlsx/.md/.json) the supervision bulletin.")
    ] = False,
    as_of: AsOfOpt = None,
    db: DbOpt = None,
    force: ForceOpt = False,
) -> None:
    """导出工作台账: Excel(台账、每个单位一页、封面和勘误, 含进展状态和完成情况)、CSV(带 BOM)、Markdown 或 JSON;
    --bulletin 导出督查通报 (Word、Excel、Markdown 或 JSON)。

    Example: workplan export 区商务委台账.xlsx --unit 区商务委 ;  workplan export 通报.docx --bulletin --as-of 2020-07-01
    """
    from .. import ExportFormat, export_format
    from ..api import export_file as make
    from ..api import progress_db

    chosen = export_format(output, fmt)
    st = state(ctx)
    if force and output == "-":  # an option is used or refused, never ignored
        raise UsageError("--force 只用于写文件 (--force overwrites a file; stdout has none)")
    if output == "-" and chosen in (ExportFormat.xlsx, ExportFormat.docx) and st.terminal.stdout_tty:
        raise UsageError(
            f"不向终端输出 {chosen.value} (refusing to write {chosen.value} to a terminal; redirect it)"
        )
    selection = Selection(
        documents=tuple(doc or ()),
        section=section,
        kind=kind,
        unit=unit,
        leader=leader,
        terms=tuple(search_terms or ()),
    )
    made = make(
        st.corpus(),
        None if output == "-" else output,
        fmt=chosen,
        selection=selection,
        bulletin=bulletin,
        as_of=as_of,
        db=progress_db(db, st.terminal.environ),
        overwrite=force,
    )
    if not made.count:
        st.terminal.message("没有匹配的记录, 未写文件 (no matching records; nothing written)")
        raise Stop(EXIT_NO_MATCH)
    if output == "-":
        st.terminal.write_data(made.data.removeprefix(b"\xef\xbb\xbf"))  # the BOM is for files Excel opens
        return
    st.terminal.message(f"已写入 wrote {output} ({made.count} 项, {chosen.value})")


def import_(
    ctx: typer.Context,
    notice: Annotated[
        str | None,
        typer.Argument(
            metavar="NOTICE",
            help="通知 the notice: a file (text, .docx, .html, .pdf), an http(s) address, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,  # as typed: a Path would drop the separator that says x.yaml/ names a folder
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="写入该 YAML 文件 write the YAML here (default: stdout); 与 --from-list 一起时为文件夹 a folder.",
        ),
    ] = None,
    doc_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="文档编号 document id, e.g. yangpu-2020q3 (default: from the file name).",
        ),
    ] = None,
    from_list: Annotated[
        Path | None,
        typer.Option(
            "--from-list",
            metavar="LIST",
            help="逐行列出的网址或文件, 每个写成 OUT/编号.yaml one URL or file a line, one YAML each in OUT.",
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="有任何警告即失败, 不写文件 any warning fails (exit 3), nothing written."
        ),
    ] = False,
    allow_empty: Annotated[
        bool,
        typer.Option(
            "--allow-empty",
            help="没有计划正文(只有印发通知)时仍写出元数据 keep a notice with no plan in it (metadata only).",
        ),
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            parser=at_least(0.1, "--timeout", most=3600),
            help="网址的超时秒数 seconds to wait for a web page (default: 30).",
            show_default=False,
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """把通知(文件或网址: 文本、Word、网页、PDF)转换为数据文件 YAML; 疑问列为警告(带行号)。

    Example: workplan import 通知.docx --id yangpu-2020q3 -o plans/q3.yaml
    """
    st = state(ctx)
    if (notice is None) == (from_list is None):
        raise UsageError("请给出一个通知, 或 --from-list 列表 (give one NOTICE or --from-list, not both)")
    if from_list is not None:
        if doc_id is not None:
            raise UsageError(
                "--id 只用于一个通知; 列表中每份的编号取自其名称 (--id names one notice, not a list)"
            )
        import_many(
            st, from_list, Path(output) if output is not None else None, strict, allow_empty, timeout, force
        )
        return
    assert notice is not None
    from ..api import is_address, save_dataset

    if timeout is not None and not is_address(notice):  # an option is used or refused, never ignored
        raise UsageError("--timeout 只用于网址 (--timeout is for an http(s) address)")
    if force and output in (None, "-"):
        raise UsageError("--force 只用于 -o 文件 (--force overwrites the -o file; there is none)")

    imported = import_one(st, notice, doc_id, strict, allow_empty, timeout)
    if output == "-":  # `-o -` is stdout, as for export (it wrote a file -)
        output = None
    if output is None:
        st.terminal.write_data(imported.yaml_text.encode("utf-8"))
    else:
        save_dataset(imported, output, overwrite=force)
    st.terminal.message(
        f"已导入 imported {imported.data['meta']['id']} ({imported.format}): {imported.summary()}"
        + (
            f"; 新出现的单位 units seen for the first time: {'、'.join(imported.new_units)}"
            if imported.new_units
            else ""
        )
        + (f"; 已写入 wrote {output}" if output else "")
    )


if TYPE_CHECKING:
    from ..api import Imported


def import_one(
    st: State, notice: str, doc_id: str | None, strict: bool, allow_empty: bool, timeout: float | None
) -> Imported:
    """One notice read (stdin, a file or a URL) and imported; its warnings on stderr, with its name."""
    from ..api import import_notice, read_notice_stream

    stdin = st.terminal.stdin
    source: str | bytes = notice
    if notice == "-":
        source = read_notice_stream(stdin) if stdin is not None else b""
    imported = import_notice(
        source,
        name="<stdin>",
        doc_id=doc_id,
        strict=strict,
        allow_empty=allow_empty,
        timeout=timeout,
        corpus=st.corpus(),
    )
    for warning in imported.warnings:
        st.terminal.message(f"workplan: warning: {notice if notice != '-' else '<stdin>'}: {warning}")
    return imported


def import_many(
    st: State,
    listing: Path,
    folder: Path | None,
    strict: bool,
    allow_empty: bool,
    timeout: float | None,
    force: bool,
) -> None:
    """Every notice a list names (a URL or a path a line, relative to the current folder; blank lines and
    # comments skipped), each to FOLDER/<id>.yaml; a summary table on stdout. One that is refused (exit
    3) or cannot be written (exit 4, e.g. its file exists without --force) does not stop the others; the
    command exits with the highest of those codes."""
    from ..api import is_address, save_dataset
    from ..errors import WorkplanError
    from ..output.render import Format
    from ..reports import import_list_report
    from .building import BuildBar
    from .output import emit

    if folder is None or str(folder) == "-":
        raise UsageError("--from-list 需要 -o 文件夹 (--from-list writes one YAML each into -o FOLDER)")
    from .. import read_list

    entries = read_list(listing)
    if timeout is not None and not any(map(is_address, entries)):
        raise UsageError(
            "--timeout 只用于网址, 列表中没有网址 (--timeout is for http(s) addresses; the list has none)"
        )
    rows: list[dict[str, object]] = []
    bar = BuildBar(st.terminal, "导入 importing", "项 items")
    taken: dict[str, int] = {}
    worst = items = refused = 0
    for n, entry in enumerate(entries, start=1):
        try:
            listed(entry)
            imported = import_one(st, entry, None, strict, allow_empty, timeout)
            doc_id = unique_id(imported.data["meta"]["id"], taken)
            if doc_id != imported.data["meta"]["id"]:
                imported = imported.renamed(doc_id)
            target = folder / f"{doc_id}.yaml"
            save_dataset(imported, target, overwrite=force)
            rows.append(imported.row(entry) | {"output": str(target)})
            items += imported.items()
        except WorkplanError as e:
            refused += 1
            if refused <= SAID:
                said = str(e) if str(e).startswith(f"{entry}:") else f"{entry}: {e}"  # named once
                st.terminal.message(f"workplan: error: {said}")
            worst = max(worst, e.exit_code)
            rows.append(
                {
                    "source": entry,
                    "id": "",
                    "items": 0,
                    "warnings": 0,
                    "outcome": "拒绝 refused",
                    "output": "",
                }
            )
        bar(n, len(entries), items)
    bar.close()
    if refused > SAID:
        st.terminal.message(f"workplan: 另有 {refused - SAID} 项未导入 ({refused} refused in all)")
    emit(st, import_list_report(rows), Format.table)
    if worst:
        raise Stop(worst)


SAID = 1000  # a list's refusals said one by one; past them, counted


def listed(entry: str) -> None:
    """A list names pages and files: not stdin, and not a pipe or device that may never end."""
    import os
    import stat

    from ..api import is_address
    from ..errors import DataError

    if entry == "-":
        raise DataError("列表中不能用 - (stdin cannot be named in a list)")
    if not is_address(entry) and os.path.exists(entry) and not stat.S_ISREG(os.stat(entry).st_mode):
        raise DataError(f"{entry}: 不是普通文件 (not a regular file)")


def unique_id(doc_id: str, taken: dict[str, int]) -> str:
    """Two pages called index.html do not overwrite each other: index, index-2, … (a counter per name:
    ten thousand index.html cost ten thousand steps, not fifty million)."""
    candidate = doc_id
    while candidate in taken:
        taken[doc_id] += 1
        candidate = f"{doc_id}-{taken[doc_id]}"
    taken[candidate] = 1
    return candidate


def init(
    ctx: typer.Context,
    folder: Annotated[
        str,  # as typed: a Path would read "" as the current folder
        typer.Argument(metavar="FOLDER", help="数据文件夹 the data folder, e.g. plans/.", show_default=False),
    ],
    force: ForceOpt = False,
) -> None:
    """把随附的数据集复制到文件夹, 以便与导入的通知一起载入 (--data FOLDER)。

    Example: workplan init plans/ && workplan --data plans/ docs
    """
    from ..api import init as copy_shipped

    if not folder:
        raise UsageError("文件夹名为空 (FOLDER is empty; use . for the current folder)")
    no_data(ctx, "init")
    target = copy_shipped(folder, overwrite=force)
    state(ctx).terminal.message(
        f"已写入 wrote {target}; 用 --data {folder} 载入 (load it with --data {folder})"
    )


def schema(ctx: typer.Context) -> None:
    """打印数据文件的 JSON Schema (供编辑器校验 YAML)。

    Example: workplan schema > schema/workplan.schema.json
    """
    from ..api import json_schema

    no_data(ctx, "schema")
    state(ctx).terminal.write(json_schema())


def no_data(ctx: typer.Context, command: str) -> None:
    """A command that reads no dataset refuses --data rather than ignore it."""
    if state(ctx).data:
        raise UsageError(
            f"{command} 不读数据集, 不用 --data ({command} reads no dataset: --data does nothing)"
        )
