"""Typer's parameters, coerced without pydantic where `workplan`'s options need none.

Typer coerces each parameter's value through a pydantic adapter that it builds on every run, for every
parameter of the command, given or not; importing pydantic for the first one is most of a bare Typer
app's start-up (issue 26). `workplan`'s options are text, flags, lists of text and values its own
parsers read (`--format`, `--kind`, `--width`, `--as-of`), and paths (checked by Typer's own path
check): those are coerced here exactly as Typer's adapter would, and anything else (a plain number) is
still Typer's. Typer is pinned (see
pyproject): this leans on its parameter classes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
import typer.core
from typer._param_types import coerce_cli_path

TYPERS = object()  # what `Uncoerced.coerced` leaves to Typer


class Uncoerced(typer.core._TyperParameter):
    """A Typer parameter that coerces its value itself when pydantic would add nothing."""

    def process_value(self, ctx: Any, value: Any) -> Any:
        coerced = self.coerced(value, ctx)
        if coerced is TYPERS:
            return super().process_value(ctx, value)
        if self.required and self.value_is_missing(coerced):
            raise typer.core._click.exceptions.MissingParameter(ctx=ctx, param=self)
        return self.callback(ctx, self, coerced) if self.callback is not None else coerced

    def coerced(self, value: Any, ctx: Any = None) -> Any:
        """The value as Typer's coercion gives it (nothing given: None, or () for a list), or TYPERS."""
        described = self.type_descriptor
        many = self.multiple or self.nargs == -1
        if value is None:
            return () if many else None
        texts = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        if many and texts and described.annotation == list[str]:
            return list(value)
        if many and texts and described.annotation == list[Path] and not described.parameter_info.path_type:
            return [self.path(v, ctx) for v in value]
        if described.annotation is Path and not described.parameter_info.path_type and isinstance(value, str):
            return self.path(value, ctx)
        if many:
            return TYPERS
        if (parser := described.parameter_info.parser) is not None and isinstance(value, str):
            try:
                return parser(value)
            except ValueError as e:  # (a pydantic adapter says a parser's ValueError so)
                raise typer.BadParameter(str(e), param=self) from None
        if described.annotation in (str, bool) and type(value) is described.annotation:
            return value
        return TYPERS

    def path(self, text: str, ctx: Any) -> Any:
        """A path, checked as Typer checks it (exists, readable… as the option asks), made without pydantic."""
        return coerce_cli_path(
            Path(text), self.type_descriptor.parameter_info, path_type=Path, param=self, ctx=ctx
        )


class UncoercedOption(Uncoerced, typer.core.TyperOption):
    """A TyperOption coerced without pydantic where it needs none."""


class UncoercedArgument(Uncoerced, typer.core.TyperArgument):
    """A TyperArgument coerced without pydantic where it needs none."""


UNCOERCED: dict[type, type] = {
    typer.core.TyperOption: UncoercedOption,
    typer.core.TyperArgument: UncoercedArgument,
}


class Coercing:
    """A command class whose parameters (its help option too) are `Uncoerced`."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            param.__class__ = UNCOERCED.get(type(param), type(param))
        return params
