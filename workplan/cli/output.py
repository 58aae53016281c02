"""Write a Report to the terminal: one renderer call, then the grep-like exit status."""

from __future__ import annotations

from ..errors import EXIT_NO_MATCH, UsageError
from ..output.render import Format, Report, render, render_chunks, visible
from .state import State
from .terminal import Stop


def emit(st: State, report: Report, fmt: Format, width: int | None = None, empty_ok: bool = False) -> None:
    """Render and write the report; exit 1 (like grep) when it holds no results, unless an empty
    answer is a success (`progress import` of a ledger already in the store)."""
    term = st.terminal
    if width is not None and fmt is not Format.table:
        raise UsageError(f"--width 只用于表格 (--width applies to tables, not --format {fmt.value})")
    if fmt is Format.table:
        if report.found:
            text = render(report, fmt, width=term.width(width), color=term.color)  # cells escaped there
            term.write(text, human=True, escaped=True)
        else:
            term.message(report.nothing)
    else:
        # indented for people, compact in pipes (as gh); written as rendered, so `| head` stops early
        for text in render_chunks(report, fmt, pretty=term.stdout_tty):
            if fmt in (Format.csv, Format.tsv) and term.stdout_tty:
                text = visible(text)  # data in a terminal must not drive it; pipes get the bytes as they are
            term.write(text)
    if not report.found and not empty_ok:
        raise Stop(EXIT_NO_MATCH)
