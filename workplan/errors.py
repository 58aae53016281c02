"""The tool's own error types; each carries the exit code the CLI documents (grep-like)."""

from __future__ import annotations

EXIT_NO_MATCH = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_IO = 4
EXIT_INTERNAL = 70


class WorkplanError(Exception):
    """Base class: an expected failure that the CLI reports in one line, without a traceback."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, hints: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hints = hints or []


class UsageError(WorkplanError):
    """Bad input from the user: unknown name or id, ambiguous name, bad option value."""

    exit_code = EXIT_USAGE


class DataError(WorkplanError):
    """A dataset file that cannot be read or does not validate; `problems` lists every finding."""

    exit_code = EXIT_DATA

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class OutputError(WorkplanError):
    """A file the tool was asked to write could not be written safely."""

    exit_code = EXIT_IO


def located(path: str, line: int | None, column: int | None, message: str) -> str:
    """Format a finding as path:line:column: message (1-based), the form editors can jump to."""
    if line is None:
        return f"{path}: {message}"
    return f"{path}:{line + 1}:{(column or 0) + 1}: {message}"
