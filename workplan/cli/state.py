"""What one invocation knows: its terminal, the data it was pointed at, and the corpus, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from .terminal import Terminal

if TYPE_CHECKING:  # the core is loaded by the commands that need it, not at start-up
    from .. import Corpus


@dataclass
class State:
    terminal: Terminal
    data: list[Path] = field(default_factory=list)
    _corpus: Corpus | None = None

    def targets(self) -> list[Path]:
        """--data (repeatable), else WORKPLAN_DATA (one path), else nothing: the shipped dataset."""
        if self.data:
            return self.data
        env = self.terminal.environ.get("WORKPLAN_DATA")
        return [Path(env)] if env else []

    def corpus(self) -> Corpus:
        """The loaded documents, read once per process (and from the cache when unchanged)."""
        if self._corpus is None:
            from ..api import load
            from .building import BuildBar

            bar = BuildBar(self.terminal)
            said: list[str] = []  # printed once the bar is gone
            try:
                self._corpus = load(self.targets() or None, on_progress=bar, on_warning=said.append)
            finally:
                bar.close()
                for warning in said:
                    self.terminal.message(f"workplan: warning: {warning}")
        return self._corpus


def state(ctx: typer.Context | None) -> State:
    """The invocation's state; a context with none (completion, tests) gets one for the real terminal."""
    root = ctx.find_root() if ctx is not None else None
    if root is not None and isinstance(root.obj, State):
        return root.obj
    made = State(Terminal.detect())
    if root is not None:
        root.obj = made
    return made
