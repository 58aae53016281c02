"""A progress bar on stderr while a cold corpus is built: only on a terminal, only past a second."""

from __future__ import annotations

import time
from typing import Any

from .terminal import Terminal

QUIET_SECONDS = 1.0  # a build shorter than this shows nothing


class BuildBar:
    """The `on_progress` hook of `workplan.load`: files done / total, records, elapsed (rich, lazily)."""

    def __init__(self, terminal: Terminal, label: str = "载入 loading", unit: str = "项 records") -> None:
        self.terminal = terminal
        self.label, self.unit = label, unit
        self.started = time.monotonic()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int, records: int) -> None:
        if not self.terminal.stderr_tty or self.terminal.environ.get("TERM") == "dumb":
            return
        if self.bar is None:
            if time.monotonic() - self.started < QUIET_SECONDS:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(f"{{task.fields[records]}} {self.unit}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("load", total=total, records=records)
        self.bar.update(self.task, completed=done, records=records)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
