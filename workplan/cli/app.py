"""The Typer application: the root options, the overview, and the table of commands.

Commands live in their own modules and are registered by name into a fresh app on each run, only the one
being run when the command line names it: Typer turns every registered command into a click command on
each start, which costs more than a warm query. Nothing global is mutated, so `main()` can run twice.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Annotated, Any

import typer
import typer.main

from .._version import __version__
from ..errors import WorkplanError
from .helptext import ChineseGroup, PlainCommand
from .options import DataOpt
from .state import state
from .terminal import Interrupted, Stop

EPILOG = "退出码 exit codes: 0 找到结果 found · 1 无匹配 no match · 2 用法错误 usage · 3 数据文件错误 data · 4 写文件失败 write"

# name → (module in workplan.cli, function); the order is the order of the help and the overview
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("queries", "list_"),
    "show": ("queries", "show"),
    "search": ("queries", "search"),
    "by-unit": ("queries", "by_unit"),
    "by-leader": ("queries", "by_leader"),
    "units": ("queries", "units"),
    "leaders": ("queries", "leaders"),
    "stats": ("queries", "stats"),
    "docs": ("queries", "docs"),
    "diff": ("queries", "diff"),
    "status": ("tracking", "status"),
    "overdue": ("tracking", "overdue"),
    "progress": ("tracking", "progress"),
    "export": ("files", "export"),
    "import": ("files", "import_"),
    "init": ("files", "init"),
    "validate": ("files", "validate"),
    "schema": ("files", "schema"),
}
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"]}
# `search 就业 -街道`: a word starting with - is an excluded term, not an unknown option
OWN_CONTEXT: dict[str, dict[str, Any]] = {"search": {"ignore_unknown_options": True}}


class WorkplanGroup(ChineseGroup):
    """Turns the core's expected failures into one line and their documented exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except WorkplanError as e:
            line = e.message + "".join(f"; {h}" for h in e.hints)
            state(ctx).terminal.message(f"workplan: error: {line}")
            raise Stop(e.exit_code) from None
        except KeyboardInterrupt:  # raised past Typer, which would turn it into a silent exit 130
            raise Interrupted from None

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except KeyboardInterrupt:  # while the command line is parsed: the same
            raise Interrupted from None


def version_callback(ctx: typer.Context, value: bool) -> None:
    if value:
        state(ctx).terminal.write(f"workplan {__version__}\n", human=True)
        raise Stop(0)


def root(
    ctx: typer.Context,
    data: DataOpt = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="显示版本 show the version."
        ),
    ] = False,
) -> None:
    """查询政府季度工作要点及攻坚专项。Example: workplan by-unit 区商务委"""
    st = state(ctx)
    st.data = list(data or [])
    if ctx.invoked_subcommand is None:
        from ..reports import overview_text

        group = ctx.command
        assert isinstance(group, ChineseGroup)
        found = [(name, group.get_command(ctx, name)) for name in group.list_commands(ctx)]
        commands = [(name, command.get_short_help_str(200)) for name, command in found if command]
        st.terminal.write(overview_text(st.corpus(), commands, st.terminal.width()), human=True)


def command(name: str) -> Callable[..., Any]:
    module, function = COMMANDS[name]
    found: Callable[..., Any] = getattr(importlib.import_module(f"{__package__}.{module}"), function)
    return found


def build_command(only: str | None = None) -> Any:
    """The click command line of `build_app`."""
    return typer.main.get_command(build_app(only))


def first_paragraph(text: Any) -> str | None:
    """A command's line in `workplan --help`: its help's first paragraph whole (click would cut it at
    45 characters, mid-word: `CSV(带...`)."""
    doc = text.strip() if isinstance(text, str) else ""
    return " ".join(doc.split("\n\n", 1)[0].split()) or None


def build_app(only: str | None = None) -> typer.Typer:
    """A new app with every command, or just `only` when it names one."""
    app = typer.Typer(
        cls=WorkplanGroup,
        name="workplan",
        help="查询政府季度工作要点及攻坚专项 — query the quarterly work plans of Chinese district governments.",
        epilog=EPILOG,
        invoke_without_command=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings=CONTEXT,
        add_completion=True,
    )
    app.callback()(root)
    names = [only] if only in COMMANDS else list(COMMANDS)
    for name in names:
        found = command(name)
        if isinstance(found, typer.Typer):  # a group of subcommands (progress set / import / log)
            app.add_typer(
                found,
                name=name,
                cls=ChineseGroup,
                context_settings=CONTEXT,
                short_help=first_paragraph(found.info.help),
            )
        else:
            app.command(
                name,
                cls=PlainCommand,
                context_settings=CONTEXT | OWN_CONTEXT.get(name, {}),
                short_help=first_paragraph(found.__doc__),
            )(found)
    return app
