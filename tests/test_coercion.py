"""`workplan`'s options are coerced without pydantic (cli/coercion.py, issue 26): each value, good or bad,
must come out exactly as Typer's own coercion gives it, for every option of every command."""

from __future__ import annotations

from typing import Any

import pytest
import typer.core

from workplan.cli.app import build_command
from workplan.cli.coercion import TYPERS, Uncoerced

SAMPLES: list[Any] = [
    None,
    "区商务委",
    "",
    " 人社局 ",
    "json",
    "JSON",
    "表格",
    "lead",
    "牵头",
    "攻坚",
    "2",
    "二",
    "0",
]
SAMPLES += [
    "-1",
    "12.5",
    "1e3",
    "nan",
    "2020-06-30",
    "2020-6-30",
    "2020-02-30",
    "x",
    True,
    False,
    ("a", "b"),
    (),
]


def commands(command: Any) -> list[Any]:
    return [command, *(c for sub in getattr(command, "commands", {}).values() for c in commands(sub))]


def parameters() -> list[Any]:
    found = []
    for command in commands(build_command()):
        ctx = typer.core._click.Context(command)
        found += [(command.name, p, ctx) for p in command.get_params(ctx)]
    return found


def outcome(run: Any) -> Any:
    try:
        return ("value", run())
    except Exception as e:  # the same exception, said the same way
        return ("error", type(e).__name__, getattr(e, "message", str(e)))


@pytest.mark.parametrize(("command", "param", "ctx"), parameters(), ids=lambda v: getattr(v, "name", None))
def test_each_option_is_coerced_as_typer_would(command: str, param: Any, ctx: Any) -> None:
    assert isinstance(param, Uncoerced)  # every parameter, the help option too
    taken = 0
    for value in SAMPLES:
        ours = outcome(lambda v=value: param.coerced(v))
        if ours == ("value", TYPERS):
            continue  # Typer's to coerce (a plain number; a value of a type it never gets)
        typers = outcome(lambda v=value: param.get_runtime_param().coerce(v, param=param, ctx=ctx))
        assert ours == typers, (command, param.name, value)
        taken += 1
    assert taken or param.type_descriptor.annotation not in (str, bool)
