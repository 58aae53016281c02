"""Help pages that fit the terminal in Chinese: click measures a character as one column and wraps
English-style; this formatter measures wide characters as two and wraps by Chinese line-breaking rules
(layout.py), so `workplan --help` at 80 columns has no line wider than 80. Arguments are shown as a
person reads them (`ID`, `[UNIT]`, `[PATH]...`, where Typer shows `{ID} <str>`), through click's public
methods of command classes of our own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import typer.core
from typer.core import TyperCommand, TyperGroup

from ..output.layout import text_width, wrap_paragraph
from .coercion import Coercing

_click: Any = typer.core._click  # Typer's vendored click, used by duck type elsewhere
EXAMPLE = "Example: "


class ChineseHelpFormatter(_click.formatting.HelpFormatter):
    def write_text(self, text: str) -> None:
        indent = self.current_indent
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
        for i, para in enumerate(paragraphs):
            if i:
                self.write("\n")
            if para.startswith(EXAMPLE):  # commands to paste: one a line, never broken
                examples = para.removeprefix(EXAMPLE).split(" ; ")
                lead = " " * indent + EXAMPLE
                self.write("".join(lead + e.strip() + "\n" for e in examples[:1]))
                self.write("".join(" " * text_width(lead) + e.strip() + "\n" for e in examples[1:]))
                continue
            wrapped = wrap_paragraph(para, max(20, self.width - indent))
            self.write("".join(" " * indent + line + "\n" for line in wrapped.splitlines()))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((text_width(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(" " * self.current_indent + first)
            if not second:
                self.write("\n")
                continue
            if text_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - text_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            room = max(self.width - first_col - self.current_indent, 20)
            second = " ".join(second.split())
            lines = wrap_paragraph(LIBRARY_HELP.get(second, second), room).splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")


# The help of the options click and Typer add themselves, Chinese first as every other help string
LIBRARY_HELP = {
    "Show this message and exit.": "显示本帮助 show this message and exit.",
    "Install completion for the current shell.": "为当前 shell 安装 Tab 补全 install completion for the current shell.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "显示当前 shell 的补全脚本, 以便复制或自行安装 show completion for the current shell, to copy it."
    ),
}


class ChineseHelpContext(_click.Context):
    formatter_class = ChineseHelpFormatter


class ChineseGroup(Coercing, TyperGroup):
    context_class = ChineseHelpContext


class PlainCommand(Coercing, TyperCommand):
    context_class = ChineseHelpContext

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        arguments = [argument_name(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]
        return [self.options_metavar or "[OPTIONS]", *arguments]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params: list[Any] = self.get_params(ctx)  # Typer's parameters: arguments have help too
        arguments = [
            (argument_name(p), " ".join([p.help or "", "[required]" if p.required else ""]).strip())
            for p in params
            if p.param_type_name == "argument" and not p.hidden
        ]
        options = [r for p in params if p.param_type_name == "option" and (r := p.get_help_record(ctx))]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def argument_name(param: Any) -> str:
    """`ID` when required, `[UNIT]` when not, `...` after one that takes many."""
    name = (param.metavar or param.name or "").upper().removesuffix("...").strip("[]")
    many = "..." if param.nargs == -1 else ""
    return f"{name}{many}" if param.required else f"[{name}]{many}"
