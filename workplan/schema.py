"""Derive the dataset's JSON Schema from the model's type hints, and expose those hints to the loader."""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import MISSING
from typing import Any, NamedTuple

from . import model

SCHEMA_ID = "urn:workplan:dataset:1"


class FieldSpec(NamedTuple):
    name: str
    type: Any
    required: bool
    doc: str


@functools.cache
def field_specs(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls, vars(model))
    return tuple(
        FieldSpec(
            f.name,
            hints[f.name],
            f.default is MISSING and f.default_factory is MISSING,
            f.metadata.get("doc", ""),
        )
        for f in dataclasses.fields(cls)
    )


def type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """JSON Schema for one type hint; dataclasses go to $defs so each is described once."""
    origin = typing.get_origin(tp)
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is type(None):
        return {"type": "null"}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is list:
        return {"type": "array", "items": type_schema(typing.get_args(tp)[0], defs)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [type_schema(a, defs) for a in typing.get_args(tp)]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: guards against recursion
            defs[name] = object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {tp!r}")


def object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    props = {}
    for spec in field_specs(cls):
        props[spec.name] = {**type_schema(spec.type, defs), "description": spec.doc}
    return {
        "type": "object",
        "description": cls.__doc__ or "",
        "properties": props,
        "required": [s.name for s in field_specs(cls) if s.required],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = object_schema(model.DatasetFile, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "workplan dataset",
        **root,
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
