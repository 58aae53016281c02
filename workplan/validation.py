"""Read a dataset file safely and validate it against the model, reporting every problem with its place.

Safety rules: PyYAML's safe constructor only, no anchors or aliases (they have no use in this data and
are how a "billion laughs" file blows up memory), no duplicate keys, and YAML 1.2-like scalars so that
`2020-04-20`, `no` or `010` stay the strings the curator wrote.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import types
import typing
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

import yaml

from .errors import DataError, located
from .model import DatasetFile, split_sentences
from .schema import field_specs

MAX_FILE_BYTES = 32 * 1024 * 1024  # parsing takes about 17x the file size in memory: ~550 MiB here
MAX_DEPTH = 200  # the dataset nests 6 deep; libyaml's C parser overflows the stack near 100,000
BRACKETS = re.compile(r"[\[\]{}]")
INDENT = re.compile(r"^[ \t]+", re.M)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Marked(dict[str, Any]):
    """A mapping that remembers where it and each of its keys stood in the file."""

    mark: yaml.Mark | None = None
    key_marks: dict[str, yaml.Mark]


class _Loader(_Base):
    yaml_implicit_resolvers: ClassVar[dict[str, Any]] = {}

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases are not allowed in a dataset file", node.start_mark
            )
        return super().construct_object(node, deep=True)

    def construct_marked_map(self, node: yaml.MappingNode) -> Marked:
        result = Marked()
        result.mark = node.start_mark
        result.key_marks = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    None, None, f"keys must be strings, not {key!r}", key_node.start_mark
                )
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = self.construct_object(value_node)
            result.key_marks[key] = key_node.start_mark
        return result

    def construct_plain_seq(self, node: yaml.SequenceNode) -> list[Any]:
        return [self.construct_object(child) for child in node.value]


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_marked_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_plain_seq)
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


def read_text(path: Path) -> str:
    """The file's text, or a DataError that says what to do about it."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DataError(
                located(str(path), None, None, f"larger than {MAX_FILE_BYTES >> 20} MiB; split it")
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory") from None
    except OSError as e:
        raise DataError(f"{path}: cannot read: {e.strerror}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError(
            located(
                str(path),
                None,
                None,
                f"not UTF-8 (bad byte at offset {e.start}); a GB18030 notice can be "
                "converted with `workplan import`, or re-save the file as UTF-8",
            )
        ) from None


def nesting_depth(text: str) -> int:
    """An upper bound on how deep the YAML nests: flow brackets or indentation, whichever is deeper."""
    depth = deepest = 0
    for m in BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    indent = max((len(m.group()) for m in INDENT.finditer(text)), default=0)
    return max(deepest, indent // 2)


def parse_yaml(text: str, path: str) -> Any:
    if nesting_depth(text) > MAX_DEPTH:
        raise DataError(located(path, None, None, f"nested deeper than {MAX_DEPTH} levels; not a dataset"))
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or e.context or "invalid YAML"
        raise DataError(
            located(path, mark.line if mark else None, mark.column if mark else None, what)
        ) from None
    except yaml.YAMLError as e:
        raise DataError(located(path, None, None, f"invalid YAML: {e}")) from None
    except RecursionError:
        raise DataError(located(path, None, None, "nesting too deep")) from None


class _Converter:
    """Turn parsed YAML into model objects by the model's type hints, collecting every problem."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[str] = []
        self.marks: dict[int, yaml.Mark | None] = {}

    def problem(self, mark: yaml.Mark | None, where: str, message: str) -> None:
        text = f"{where}: {message}" if where else message
        self.problems.append(
            located(self.path, mark.line if mark else None, mark.column if mark else None, text)
        )

    def convert(self, tp: Any, value: Any, mark: yaml.Mark | None, where: str) -> Any:
        origin = typing.get_origin(tp)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self.convert_object(tp, value, mark, where)
        if origin is list:
            if not isinstance(value, list):
                self.problem(mark, where, f"expected a list, got {describe(value)}")
                return []
            (item,) = typing.get_args(tp)
            return [
                self.convert(item, v, getattr(v, "mark", mark), f"{where}[{i}]") for i, v in enumerate(value)
            ]
        if origin is typing.Union or origin is types.UnionType:
            options = typing.get_args(tp)
            if value is None and type(None) in options:
                return None
            return self.convert(next(o for o in options if o is not type(None)), value, mark, where)
        if origin is typing.Literal:
            allowed = typing.get_args(tp)
            if value not in allowed:
                self.problem(mark, where, f"expected one of {', '.join(map(str, allowed))}, got {value!r}")
            return value
        if (tp is int and isinstance(value, bool)) or not isinstance(value, tp):
            hint = " (quote it)" if isinstance(value, datetime.date) and tp is str else ""
            self.problem(mark, where, f"expected {tp.__name__}, got {describe(value)}{hint}")
            return tp()
        return value

    def convert_object(self, cls: type, value: Any, mark: yaml.Mark | None, where: str) -> Any:
        if not isinstance(value, Marked):
            self.problem(mark, where, f"expected a mapping, got {describe(value)}")
            value = Marked()
            value.key_marks = {}
        specs = field_specs(cls)
        known = {s.name for s in specs}
        for key in value:
            if key not in known:
                self.problem(
                    value.key_marks.get(key),
                    where,
                    f"unknown field {key!r} (allowed: {', '.join(sorted(known))})",
                )
        kwargs = {}
        for spec in specs:
            here = f"{where}.{spec.name}" if where else spec.name
            if spec.name in value:
                kwargs[spec.name] = self.convert(
                    spec.type, value[spec.name], value.key_marks.get(spec.name), here
                )
            elif spec.required:
                self.problem(
                    value.mark or mark, where or "top level", f"missing required field {spec.name!r}"
                )
                kwargs[spec.name] = _empty(spec.type)
        obj = cls(**kwargs)
        self.marks[id(obj)] = value.mark or mark
        return obj


def _empty(tp: Any) -> Any:
    """A placeholder for a missing field, so validation can go on and report the rest."""
    origin = typing.get_origin(tp)
    if origin is list:
        return []
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return tp(**{s.name: _empty(s.type) for s in field_specs(tp) if s.required})
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if origin is not None:
        return None
    return tp()


def describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, Marked):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"[:80]


def check_references(data: DatasetFile, conv: _Converter) -> None:
    """Cross-field checks the type hints cannot express: ids, registry references, corrections."""

    def at(obj: Any) -> yaml.Mark | None:
        return conv.marks.get(id(obj))

    meta = data.meta
    for name in ("signed", "published"):
        value = getattr(meta, name)
        if value is None:
            continue
        if not ISO_DATE.fullmatch(value) or not _valid_date(value):
            conv.problem(at(meta), f"meta.{name}", f"not an ISO date (YYYY-MM-DD): {value!r}")
    if meta.quarter is not None and not 1 <= meta.quarter <= 4:
        conv.problem(at(meta), "meta.quarter", f"must be 1-4 or null, got {meta.quarter}")

    units = {u.name: u for u in data.units}
    for name, n in Counter(u.name for u in data.units).items():
        if n > 1:
            conv.problem(at(units[name]), "units", f"unit {name!r} registered {n} times")
    seen_alias: dict[str, str] = {}
    for u in data.units:
        for alias in u.aliases:
            other = seen_alias.setdefault(alias, u.name)
            if other != u.name or alias in units:
                conv.problem(
                    at(u),
                    f"units.{u.name}",
                    f"alias {alias!r} also names {other if other != u.name else alias!r}",
                )
        for m in u.members:
            if m not in units:
                conv.problem(at(u), f"units.{u.name}.members", f"unknown unit {m!r}")

    ids: Counter[str] = Counter()
    for s in data.sections:
        for t in s.tasks:
            ids[t.id] += 1
            if not re.fullmatch(rf"{s.number}(?:\.[1-9][0-9]*){{1,2}}", t.id):
                conv.problem(at(t), f"task {t.id}", f"id must be {s.number}.<n> inside section {s.number}")
            check_sentences(conv, at(t), t.id, t.text, t.sentences)
            for name in t.responsibility.lead + t.responsibility.support:
                if name not in units:
                    conv.problem(at(t), f"task {t.id}", f"unknown unit {name!r} (add it to units)")
    leaders = {leader.name: leader for leader in data.leaders}
    for p in data.projects:
        ids[p.id] += 1
        if not re.fullmatch(r"G[1-9][0-9]*", p.id):
            conv.problem(at(p), f"project {p.id}", "id must be G<n>")
        check_sentences(conv, at(p), p.id, p.text, p.sentences)
        for name in p.lead_departments + p.support_departments:
            if name not in units:
                conv.problem(at(p), f"project {p.id}", f"unknown unit {name!r} (add it to units)")
        for name in p.lead_leaders + p.support_leaders:
            if name not in leaders:
                conv.problem(at(p), f"project {p.id}", f"unknown leader {name!r} (add it to leaders)")
    for rid, n in ids.items():
        if n > 1:
            conv.problem(None, "", f"id {rid!r} used {n} times")
    for leader in data.leaders:
        lead = [p.id for p in data.projects if leader.name in p.lead_leaders]
        support = [p.id for p in data.projects if leader.name in p.support_leaders]
        if (leader.lead, leader.support) != (lead, support):
            conv.problem(
                at(leader),
                f"leaders.{leader.name}",
                f"lists lead {leader.lead} / support {leader.support}, "
                f"but the projects say lead {lead} / support {support}",
            )
    check_corrections(data, conv)


def _valid_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_sentences(
    conv: _Converter, mark: yaml.Mark | None, rid: str, text: str, sentences: list[str]
) -> None:
    if sentences != split_sentences(text):
        conv.problem(
            mark, rid, "sentences must be the text split after each 。!? (as `workplan import` does)"
        )


def check_corrections(data: DatasetFile, conv: _Converter) -> None:
    fields = {t.id: t for s in data.sections for t in s.tasks} | {p.id: p for p in data.projects}
    for c in data.corrections:
        target: Any = data.meta if c.field == "meta" else fields.get(c.where)
        if target is None:
            conv.problem(conv.marks.get(id(c)), f"corrections.{c.id}", f"no record {c.where!r}")
            continue
        if c.field == "meta":
            continue
        if c.repaired not in getattr(target, c.field):
            conv.problem(
                conv.marks.get(id(c)), f"corrections.{c.id}", f"repair not found in {c.where} {c.field}"
            )


def validate_file(path: Path) -> DatasetFile:
    """Parse and validate one dataset file; raise DataError listing every problem."""
    return validate_text(read_text(path), str(path))


def validate_text(text: str, name: str) -> DatasetFile:
    parsed = parse_yaml(text, name)
    if parsed is None:
        raise DataError(f"{name}: empty file, not a dataset")
    conv = _Converter(name)
    data = conv.convert(DatasetFile, parsed, getattr(parsed, "mark", None), "")
    if not conv.problems:
        check_references(data, conv)
    if conv.problems:
        n = len(conv.problems)
        raise DataError(conv.problems[0] + (f" (and {n - 1} more problems)" if n > 1 else ""), conv.problems)
    return data
