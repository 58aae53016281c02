"""The options commands share, declared once, and the parsing of their values.

Closed vocabularies are parsed through the core's enums, so `--kind 攻坚`, `--role 牵头` and `-f JSON`
are accepted; a value outside them, or two options that contradict each other, is a usage error (exit 2)
with one line, never an option silently ignored.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from .. import Kind, Role, Vocabulary
from ..errors import UsageError, WorkplanError
from ..output.render import Format, format_name

if TYPE_CHECKING:  # the core is loaded by the commands that need it, not at start-up
    from .. import Corpus

V = TypeVar("V", bound=Vocabulary)


def vocabulary(kind: type[V], option: str) -> Callable[[str | None], V | None]:
    """A parser for one closed vocabulary: English or Chinese, any case and width."""

    def parse(text: str | None) -> V | None:
        if text is None:
            return None
        value = kind.parse(text)
        if value is None:
            raise typer.BadParameter(
                f"{text!r} 不是可选值 (not one of): {', '.join(kind.words())}", param_hint=option
            )
        return value  # type: ignore[return-value]

    return parse


def at_least(low: float, option: str, most: float | None = None) -> Callable[[Any], float | None]:
    """A number option's parser with its floor (and ceiling) said Chinese first (Typer's `min=` says it in
    English and shows `[x>=20]` in the help). An integer floor takes integers only; nan is no number."""
    whole = float(low).is_integer()

    def parse(text: Any) -> float | None:
        if text is None:
            return None
        try:
            value = int(text) if whole else float(text)
            if value != value:  # nan
                raise ValueError(text)
        except (TypeError, ValueError):
            kind = "整数 (not a whole number)" if whole else "数 (not a number)"
            raise typer.BadParameter(f"{text!r} 不是{kind}", param_hint=option) from None
        if not value >= low:
            raise typer.BadParameter(f"{text} 小于 {low:g} (must be at least {low:g})", param_hint=option)
        if most is not None and not value <= most:
            raise typer.BadParameter(f"{text} 大于 {most:g} (must be at most {most:g})", param_hint=option)
        return value

    return parse


def parse_format(text: str | None) -> Format | None:
    if text is None:
        return None
    try:
        return Format(format_name(text))
    except ValueError:
        choices = "|".join(f.value for f in Format)
        raise typer.BadParameter(
            f"{text!r} 不是可选格式 (not one of): {choices}", param_hint="--format"
        ) from None


def date_option(option: str) -> Callable[[str | None], datetime.date | None]:
    def parse(text: str | None) -> datetime.date | None:
        if text is None:
            return None
        from .. import parse_date  # the one reading of dates: 2020-06-30, 2020年6月30日, 二〇二〇年六月三十日

        found = parse_date(text)
        if found is None:
            raise typer.BadParameter(f"{text!r} 不是日期 (not a date, e.g. 2020-06-30)", param_hint=option)
        return found

    return parse


def output_format(fmt: Format | None, as_json: bool) -> Format:
    """--json is short for --format json; with any other --format it contradicts it."""
    if as_json and fmt not in (None, Format.json):
        raise UsageError(f"--json 与 --format {fmt.value} 矛盾 (--json conflicts with --format {fmt.value})")
    return Format.json if as_json else fmt or Format.table


# --- completion ---------------------------------------------------------------------------------


def complete_with(names: Callable[[Corpus], Iterable[str]]) -> Callable[[typer.Context, str], list[str]]:
    """A shell-completion callback over names the corpus provides; errors complete nothing."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from .. import complete as by_prefix
        from .state import state

        try:
            return by_prefix(names(state(ctx).corpus()), incomplete)
        except WorkplanError:
            return []

    return complete


def unit_names(c: Corpus) -> list[str]:
    return list(c.units) + [a for aliases in c.unit_aliases.values() for a in aliases]


def section_names(c: Corpus) -> list[str]:
    return [str(s.number) for d in c.documents for s in d.sections] + [
        s.title for d in c.documents for s in d.sections
    ]


def leader_names(c: Corpus) -> list[str]:
    return list(c.leaders)


def record_ids(c: Corpus) -> list[str]:
    return c.ids()


def document_ids(c: Corpus) -> list[str]:
    return [d.meta.id for d in c.documents]


# --- the options --------------------------------------------------------------------------------

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        parser=parse_format,
        help="输出格式 output format: table|json|jsonl|csv|tsv|markdown.",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="同 --format json.")]
WidthOpt = Annotated[
    int | None,
    typer.Option(
        "--width",
        "-w",
        metavar="N",
        parser=at_least(20, "--width"),
        help="表格宽度 table width (default: terminal or $COLUMNS).",
    ),
]
DocOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--doc",
        metavar="DOC",
        help="只看这些文档 only these documents: id, unique prefix or glob (repeatable).",
        autocompletion=complete_with(document_ids),
        show_default=False,
    ),
]
SectionOpt = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        metavar="SECTION",
        help="板块 section: number or title (2, 二, 综合经济).",
        autocompletion=complete_with(section_names),
    ),
]
KindOpt = Annotated[
    Kind | None,
    typer.Option(
        "--kind",
        "-k",
        metavar="KIND",
        parser=vocabulary(Kind, "--kind"),
        help="类别 kind: task|工作要点, project|攻坚专项.",
    ),
]
UnitOpt = Annotated[
    str | None,
    typer.Option(
        "--unit",
        "-u",
        metavar="UNIT",
        help="只看该单位牵头或配合的事项 only records this unit leads or supports.",
        autocompletion=complete_with(unit_names),
    ),
]
LeaderOpt = Annotated[
    str | None,
    typer.Option(
        "--leader",
        "-l",
        metavar="LEADER",
        help="只看该领导牵头或配合的攻坚专项 only projects this leader leads or supports.",
        autocompletion=complete_with(leader_names),
    ),
]


def role_option(choices: str) -> typer.models.OptionInfo:
    return typer.Option(
        "--role", "-r", metavar="ROLE", parser=vocabulary(Role, "--role"), help=f"角色 role: {choices}."
    )


RoleOpt = Annotated[Role | None, role_option("lead|牵头, support|配合, mentioned|提及 (units only)")]
LeaderRoleOpt = Annotated[Role | None, role_option("lead|牵头, support|配合")]
ForceOpt = Annotated[bool, typer.Option("--force", help="覆盖已有文件 overwrite an existing file.")]
DataOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--data",
        "-d",
        metavar="PATH",
        help="数据文件或文件夹, 可重复 dataset file or folder, repeatable (default: the shipped one; env WORKPLAN_DATA).",
        show_default=False,
    ),
]


def date_opt(flag: str, text: str) -> typer.models.OptionInfo:
    """An option whose value is a date as people type it (2020-06-30, 2020/6/30, 2020年6月30日)."""
    return typer.Option(flag, metavar="DATE", parser=date_option(flag), help=text)


DueBeforeOpt = Annotated[
    datetime.date | None,
    date_opt("--due-before", "只看完成时限不晚于该日的事项 only records due on or before DATE."),
]
SortOpt = Annotated[
    str | None,
    typer.Option("--sort", metavar="KEY", help="排序 order: deadline|完成时限 (default: document order)."),
]
AsOfOpt = Annotated[datetime.date | None, date_opt("--as-of", "以该日为准 as of DATE (default: today).")]


def by_deadline(sort: str | None) -> bool:
    """--sort deadline; any other key is refused rather than ignored."""
    if sort is None:
        return False
    if sort.strip().lower() in ("deadline", "完成时限", "时限"):
        return True
    raise UsageError(f"--sort {sort!r} 不是可选值 (not one of): deadline|完成时限")


DbOpt = Annotated[
    str | None,  # as typed: a Path would drop the separator that says s.db/ names a folder
    typer.Option(
        "--db",
        metavar="PATH",
        help="进展数据库 progress database (default: $WORKPLAN_DB, else $XDG_DATA_HOME/workplan/progress.db).",
        show_default=False,
    ),
]
