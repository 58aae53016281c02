"""The terminal facts a command needs, in one injectable object (as httpie's Environment).

Commands never look at sys.stdout, os.environ or the terminal size themselves: they ask this object, and
tests build one with the facts they want instead of patching globals.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO, NoReturn

from ..errors import EXIT_IO
from ..output.render import one_line, visible

DEFAULT_WIDTH = 80
MIN_WIDTH = 20


INTERRUPTED = "workplan: 已中断 interrupted"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class Interrupted(Exception):
    """Ctrl-C, carried past Typer (which would end the run with a silent 130) to the entry point."""


class Stop(Exception):
    """End the command now with this exit code (a closed pipe, a failed write): raised, so that every
    caller unwinds the same way, and turned into the exit status by the entry point alone."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def width_from(value: str | None) -> int | None:
    """COLUMNS as a width: a positive whole number, anything else ignored (as `ls` does)."""
    if value is None or not (value.strip().isascii() and value.strip().isdigit()):
        return None  # (¹²⁰ and ፩፪ pass isdigit, and int() refuses them)
    n = int(value.strip())
    return n if n > 0 else None


@dataclass
class Terminal:
    """Where output goes and what it can show."""

    stdout: BinaryIO | None
    stderr: BinaryIO | None
    stdin: BinaryIO | None = None
    stdout_tty: bool = False
    stderr_tty: bool = False
    encoding: str = "utf-8"
    environ: Mapping[str, str] = field(default_factory=dict)
    tty_width: int | None = None  # the terminal's own width, when stdout is one
    written: str = ""  # what the command has already stored, said if its output then fails (exit 4)

    @classmethod
    def detect(cls) -> Terminal:
        out, err = sys.stdout, sys.stderr  # None when the descriptor was closed before start (`>&-`)
        stdout_tty = bool(out and out.isatty())
        return cls(
            stdout=out.buffer if out is not None else None,
            stderr=err.buffer if err is not None else None,
            stdin=sys.stdin.buffer if sys.stdin is not None else None,
            stdout_tty=stdout_tty,
            stderr_tty=bool(err and err.isatty()),
            encoding=(out.encoding if out is not None else None) or "utf-8",
            environ=os.environ,
            tty_width=shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns if stdout_tty else None,
        )

    def width(self, requested: int | None = None) -> int:
        """--width, else the terminal's width, else COLUMNS, else 80; never below a usable minimum."""
        chosen = requested or self.tty_width or width_from(self.environ.get("COLUMNS")) or DEFAULT_WIDTH
        return max(MIN_WIDTH, chosen)

    @property
    def color(self) -> bool:
        """Colour on a real terminal unless NO_COLOR; FORCE_COLOR forces it even into a pipe."""
        if self.environ.get("NO_COLOR"):
            return False
        wanted = self.stdout_tty and self.environ.get("TERM") != "dumb"
        return wanted or bool(self.environ.get("FORCE_COLOR"))

    def write(self, text: str, *, human: bool = False, escaped: bool = False) -> None:
        """Data as UTF-8; text for people (human=True) in the terminal's encoding with ? for what it
        cannot show, its control characters shown as escapes (one rule: render.visible) unless the
        renderer already escaped the data and added its own colour codes (escaped=True). A reader that
        has gone ends the command quietly with 0 (`| head -1`); a write that fails (/dev/full, closed
        stdout) ends it with exit 4 and one line."""
        if human:
            self.write_bytes((text if escaped else visible(text)).encode(self.encoding, "replace"))
        else:
            self.write_bytes(text.encode("utf-8"))

    def write_data(self, data: bytes) -> None:
        """A file's bytes on stdout (`export -`, `import` without -o): as they are into a pipe or a file,
        through the one escaping rule (render.visible) when a person reads them on a terminal."""
        if self.stdout_tty:
            self.write(data.decode("utf-8", "replace"), human=True)
        else:
            self.write_bytes(data)

    def write_bytes(self, data: bytes) -> None:
        """Bytes to stdout, with the same handling of a gone reader and a failed write."""
        if self.stdout is None:
            self.fail_write("标准输出已关闭 (stdout is closed)")
        try:
            self.stdout.write(data)
            self.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
            raise Stop(0) from None
        except OSError as e:
            silence_stdout()
            reason = "磁盘已满 (no space left)" if e.errno == errno.ENOSPC else (e.strerror or str(e))
            self.fail_write(f"写标准输出失败 (cannot write to stdout): {reason}")

    def fail_write(self, message: str) -> NoReturn:
        self.message(f"workplan: error: {message}" + (f"; {self.written}" if self.written else ""))
        raise Stop(EXIT_IO)

    def message(self, line: str) -> None:
        """One line on stderr for a person: control characters shown as escapes, never sent raw, and a
        newline inside it too (a file or sheet name holding one would forge a line of its own)."""
        if self.stderr is None:
            return
        try:
            self.stderr.write((one_line(line.rstrip("\n")) + "\n").encode(self.encoding, "replace"))
            self.stderr.flush()
        except OSError:
            return  # nowhere left to report to; the exit status still says what happened


def silence_stdout() -> None:
    """Point stdout at /dev/null once its reader has gone, so the flushes at exit cannot fail again."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
