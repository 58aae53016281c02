"""Run the CLI in-process against a fake terminal (the httpie pattern): for tests and the docs generator.

No global is patched: the Terminal object carries stdout, stderr, stdin, TTY facts, width and environment.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass

from .entry import run
from .terminal import Terminal


@dataclass(frozen=True)
class Result:
    """What one in-process run printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def invoke(
    *args: str,
    input: str | bytes | None = None,
    env: Mapping[str, str] | None = None,
    tty: bool = False,
    width: int | None = None,
) -> Result:
    """One command line; `env` is added to the real environment, `tty` makes stdout a terminal."""
    out, err = io.BytesIO(), io.BytesIO()
    stdin = io.BytesIO(input.encode("utf-8") if isinstance(input, str) else input or b"")
    terminal = Terminal(
        stdout=out,
        stderr=err,
        stdin=stdin,
        stdout_tty=tty,
        environ={**os.environ, **(env or {})},
        tty_width=width if tty else None,
    )
    code = run(list(args), terminal)
    return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))
