"""The terminal facts object: width, colour, and what a failed or abandoned write does."""

from __future__ import annotations

import errno
import io
from typing import Any

import pytest

from workplan.cli.terminal import Stop, Terminal, width_from


def terminal(**facts: Any) -> Terminal:
    return Terminal(stdout=io.BytesIO(), stderr=io.BytesIO(), **facts)


@pytest.mark.parametrize(
    ("value", "width"),
    [
        ("100", 100),
        (" 90 ", 90),
        ("abc", None),
        ("1.5", None),
        ("-3", None),
        ("0", None),
        ("", None),
        (None, None),
        ("¹²⁰", None),  # pass 27: digits isdigit takes and int() refuses (exit 70 on every table)
        ("፩፪", None),
    ],
)
def test_columns_is_a_width_only_when_it_is_a_positive_number(value: str | None, width: int | None) -> None:
    assert width_from(value) == width


def test_width_prefers_the_option_then_the_terminal_then_columns() -> None:
    assert terminal(environ={"COLUMNS": "abc"}).width() == 80
    assert terminal(environ={"COLUMNS": "120"}).width() == 120
    assert terminal(environ={"COLUMNS": "120"}, tty_width=100).width() == 100
    assert terminal(environ={"COLUMNS": "120"}, tty_width=100).width(60) == 60
    assert terminal(environ={"COLUMNS": "3"}).width() == 20  # a usable minimum


def test_colour_only_on_a_real_terminal_unless_forced() -> None:
    assert terminal(stdout_tty=True, environ={"TERM": "xterm"}).color
    assert not terminal(stdout_tty=True, environ={"TERM": "xterm", "NO_COLOR": "1"}).color
    assert not terminal(stdout_tty=True, environ={"TERM": "dumb"}).color
    assert not terminal(stdout_tty=False, environ={}).color
    assert terminal(stdout_tty=False, environ={"FORCE_COLOR": "1"}).color


class Failing(io.BytesIO):
    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, data: Any) -> int:
        raise self.error


def test_a_full_disk_is_exit_4_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.cli.terminal.silence_stdout", lambda: None)
    err = io.BytesIO()
    t = Terminal(stdout=Failing(OSError(errno.ENOSPC, "No space left on device")), stderr=err)
    with pytest.raises(Stop) as stop:
        t.write("x")
    assert stop.value.code == 4
    assert err.getvalue().decode().count("\n") == 1 and "磁盘已满" in err.getvalue().decode()


def test_a_gone_reader_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.cli.terminal.silence_stdout", lambda: None)
    err = io.BytesIO()
    t = Terminal(stdout=Failing(BrokenPipeError()), stderr=err)
    with pytest.raises(Stop) as stop:
        t.write("x")
    assert stop.value.code == 0 and err.getvalue() == b""


def test_a_closed_stdout_is_exit_4() -> None:
    err = io.BytesIO()
    with pytest.raises(Stop) as stop:
        Terminal(stdout=None, stderr=err).write("x")
    assert stop.value.code == 4 and "stdout is closed" in err.getvalue().decode()


def test_messages_are_escaped_and_survive_a_closed_stderr() -> None:
    err = io.BytesIO()
    Terminal(stdout=None, stderr=err).message("名字\x1b[2J\u202e")
    assert err.getvalue().decode() == "名字\\u001b[2J\\u202e\n"
    err = io.BytesIO()  # a file or sheet name holding a newline forged a line of its own
    Terminal(stdout=None, stderr=err).message("workplan: error: a\nworkplan: error: forged\n")
    assert err.getvalue().decode() == "workplan: error: a\\nworkplan: error: forged\n"
    Terminal(stdout=None, stderr=None).message("nowhere")  # no stderr: nothing to say, nothing raised


def test_text_for_people_is_escaped_and_data_is_not() -> None:
    out = io.BytesIO()
    t = Terminal(stdout=out, stderr=io.BytesIO())
    t.write("标题\x1b]0;x\x07\n", human=True)
    t.write('{"a": "\\u001b"}\n')
    assert out.getvalue().decode() == '标题\\u001b]0;x\\u0007\n{"a": "\\u001b"}\n'
