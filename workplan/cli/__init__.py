"""The command line, a thin adapter over the library: parse, one core call, one report, one renderer.

- `entry`: the process entry (`main`), exit statuses, one-line errors.
- `app`: the Typer app, its root options and the table of commands, built fresh per run.
- `queries`, `files`: the commands.
- `options`: the options commands share, declared once, and their parsing.
- `terminal`: the terminal facts (TTY, width, colour, encoding), injectable in tests.
- `output`: a Report to stdout with the grep-like exit status.
"""

from .entry import main, run

__all__ = ["main", "run"]
