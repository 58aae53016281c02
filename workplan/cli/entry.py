"""The process entry: arguments in, one exit status out, every failure one line on stderr."""

from __future__ import annotations

import gc
import os
import sys
import warnings
from typing import Any

from ..errors import EXIT_INTERNAL, EXIT_IO, EXIT_USAGE
from .terminal import EXIT_INTERRUPTED, INTERRUPTED, Interrupted, Stop, Terminal

GLOBAL_OPTIONS_WITH_VALUE = ("--data", "-d")
# click's words for command-line mistakes, with the Chinese said first
CLICK_WORDS = (
    ("No such command", "没有这个命令 no such command"),
    ("No such option", "没有这个选项 no such option"),
    ("Missing argument", "缺少参数 missing argument"),
    ("Missing option", "缺少选项 missing option"),
    ("Invalid value for", "取值无效 invalid value for"),
    ("requires an argument", "需要一个值 requires an argument"),
    ("Got unexpected extra argument", "多余的参数 unexpected extra argument"),
    ("Did you mean", "是否指 did you mean"),
    ("Possible options", "可用的选项 possible options"),
)


def utf8_args(args: list[str]) -> list[str]:
    """Arguments as the user typed them: in a C locale Python decodes UTF-8 argv into surrogates. One
    that is no UTF-8 is a query or a name with U+FFFD for its bad bytes (a lone surrogate is no text:
    it reached SQLite and OpenCC), unless it names a file that exists, or one in a folder that exists: that
    is kept as the operating system gave it, so the file opens (its messages and its YAML show it with U+FFFD)."""
    encoding = sys.getfilesystemencoding()
    out = []
    for arg in args:
        raw = arg.encode(encoding, "surrogateescape")
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(
                os.fsdecode(raw)
                if os.path.lexists(raw) or in_a_folder(raw)
                else raw.decode("utf-8", "replace")
            )
    return out


PATH_BYTES = 4096  # the longest path Linux takes (PATH_MAX); Windows' are shorter


def in_a_folder(raw: bytes) -> bool:
    """Whether an argument names a file under a folder that exists (a --db or -o path to be made there,
    folders and all): kept as given, it is made in that folder (pass 92: one whose name is no UTF-8 had
    a look-alike made beside it, named with U+FFFD; pass 93: two levels under it too). A bare word is
    no path: a query stays text, and so does anything longer than a path may be (each level walked up
    copies it: 128 KiB of `/` had taken 0.6 s)."""
    if len(raw) > PATH_BYTES:
        return False
    folder = os.path.dirname(raw)
    while folder:
        if os.path.isdir(folder):
            return True
        if (parent := os.path.dirname(folder)) == folder:
            return False
        folder = parent
    return False


def invoked_command(args: list[str]) -> str | None:
    """The subcommand a command line names: its first word that is neither an option nor an option's value."""
    expect_value = False
    for arg in args:
        if expect_value:
            expect_value = False
        elif arg in GLOBAL_OPTIONS_WITH_VALUE:
            expect_value = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def usage_line(error: Exception) -> str | None:
    """One line for a command-line mistake Typer/click detected (bad option, missing argument, no such
    command); None for anything else. Duck-typed: click's exception classes are Typer's to vendor."""
    if not (
        callable(getattr(error, "format_message", None))
        and isinstance(getattr(error, "exit_code", None), int)
    ):
        return None
    message = " ".join(str(error.format_message()).split())  # type: ignore[attr-defined]
    for english, both in CLICK_WORDS:
        message = message.replace(english, both)
    context = getattr(error, "ctx", None)
    where = f" (see: {context.command_path} --help)" if context is not None else ""
    return f"workplan: error: {message}{where}"


def warning_line(message: object) -> str:
    """A library's own warning (openpyxl on a returned sheet, pdfminer on a PDF) as one line for a
    person: it may quote the file's bytes, which Terminal.message shows escaped."""
    return "workplan: warning: " + " ".join(str(message).split())


OUT_OF_MEMORY = "workplan: internal error: 内存不足 (out of memory; WORKPLAN_DEBUG=1 shows where)"
"""Made before it is needed: when memory has run out, formatting the error can fail too."""


def run(args: list[str], terminal: Terminal) -> int:
    """Run one command line against a terminal and return its exit status (for tests and main)."""
    from .app import build_command
    from .state import State

    if terminal.stdout is None and ("--help" in args or "-h" in args):  # click prints help past us
        terminal.message("workplan: error: 标准输出已关闭 (stdout is closed)")
        return EXIT_IO
    warnings.showwarning = lambda message, *_: terminal.message(warning_line(message))
    completing = terminal.environ.get("COMP_WORDS")  # bash/zsh completion: the words typed so far
    command = build_command(invoked_command(utf8_args(completing.split()[1:]) if completing else args))
    try:
        code = command.main(args=args, prog_name="workplan", standalone_mode=False, obj=State(terminal))
    except Stop as stop:
        return stop.code
    except BrokenPipeError:
        return 0
    except SystemExit as e:  # Typer's own: its help written to a reader that went away (EPIPE), the only
        if e.code == 1:  # exit it makes itself when not standalone; a reader gone is quiet success
            return 0
        raise
    except (KeyboardInterrupt, Interrupted):
        terminal.message(INTERRUPTED)
        return EXIT_INTERRUPTED
    except MemoryError:  # the general handler formats the error, and ran out again: a raw traceback
        if terminal.environ.get("WORKPLAN_DEBUG"):
            raise
        terminal.message(OUT_OF_MEMORY)
        return EXIT_INTERNAL
    except Exception as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # `workplan progress`: its help, as written, exit 2
            for help_line in str(e.format_message()).rstrip("\n").split("\n"):  # type: ignore[attr-defined]
                terminal.message(help_line)
            return EXIT_USAGE
        if line := usage_line(e):
            terminal.message(line)
            return int(getattr(e, "exit_code", EXIT_USAGE))
        if type(e).__name__ == "Abort":
            terminal.message("workplan: 已取消 aborted")
            return 1
        if isinstance(e, OSError) and e.filename is None:  # a write Typer/click made for us (help)
            terminal.message(f"workplan: error: 写输出失败 (cannot write output): {e.strerror or e}")
            return EXIT_IO
        if terminal.environ.get("WORKPLAN_DEBUG"):
            raise
        terminal.message(
            f"workplan: internal error: {type(e).__name__}: {e} (WORKPLAN_DEBUG=1 shows the traceback)"
        )
        return EXIT_INTERNAL
    return code if isinstance(code, int) else 0


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry: every failure is one line on stderr with its documented exit code; a closed
    pipe ends quietly, an interrupt exits 130, a bug exits 70 (WORKPLAN_DEBUG=1 shows its traceback)."""
    # One short run builds hundreds of thousands of objects that live until exit; the default collector
    # rescans them ever more often as they grow (diff of 30k records: a third of report time, superlinear).
    # mypy raises the threshold the same way.
    gc.set_threshold(100_000, 50, 100)
    code = run(utf8_args(sys.argv[1:] if argv is None else argv), Terminal.detect())
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        from .terminal import silence_stdout

        silence_stdout()
    sys.exit(code)
