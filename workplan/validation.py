"""Read a dataset file safely and validate it against the model, reporting every problem with its place.

Safety rules: a read never takes more than the size limit plus one byte, whatever the file claims; the
YAML is parsed by libyaml and built from its events here, so there is no constructor to trick: no tags,
no anchors or aliases (they have no use in this data and are how a "billion laughs" file blows up
memory), no duplicate or non-string keys, nesting bounded while it is read, and YAML 1.2-like scalars
so that `2020-04-20`, `no` or `010` stay the strings the curator wrote.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import os
import re
import stat
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from yaml import events

from . import limits
from .errors import DataError, located
from .model import DatasetFile, split_sentences
from .namelists import CLOSE, OPEN, one_name
from .schema import FieldSpec, field_specs

if typing.TYPE_CHECKING:
    import zipfile

YEARS = range(1949, 2101)
SEPARATORS = re.compile(r"[、，,；;]")
SAFE_ID = re.compile(r"[^\W_][\w.-]{0,63}")  # letters, digits, hanzi, . _ -: no ':' (DOC:ID), space or /


def invalid_id(doc_id: str) -> str | None:
    """What is wrong with a document id, or None: one message for a dataset's and for `import --id`."""
    if SAFE_ID.fullmatch(doc_id):
        return None
    return f"文档编号无效 (document id {doc_id!r} must be 1-64 letters, digits, hanzi, '.', '_' or '-')"


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
NULLS = frozenset({"~", "null", "Null", "NULL", ""})
BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class Marked(dict[str, Any]):
    """A mapping that remembers where it and each of its keys stood in the file."""

    mark: yaml.Mark | None = None
    key_marks: dict[str, yaml.Mark]


def check_unpacked(raw: bytes, name: str, xml_limit: int | None = None) -> None:
    """Refuse a zip that holds two members of one name (zipfile reads the last, other readers the
    first: what is imported would not be what Word shows), that expands past limits.MAX_UNPACKED bytes (a zip
    bomb), one of whose members inflates to more than its header declares (the readers after this one
    trust the headers), or whose XML members
    hold more than `xml_limit` bytes, before any reader expands it. Each member is inflated here, in
    chunks, only up to one byte past what it declares. A damaged zip is left to the reader to report in
    its own words. python-docx parses every XML part into a tree at once, and a tree costs up
    to 25 times the XML (a 340 KB .docx of 200 MB of empty paragraphs took over 3 GB): images count 1 to
    1. A member is XML by its first bytes, not its name (the package's content types may name any part)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
            seen: set[str] = set()
            for info in members:
                if info.filename in seen:
                    raise DataError(
                        f"{name}: 压缩包中有两个同名的部件 {info.filename!r},不知该读哪一个 "
                        "(two members of the same name: readers differ on which one counts)"
                    )
                seen.add(info.filename)
            unpacked = sum(info.file_size for info in members)
            if unpacked > limits.MAX_UNPACKED:
                raise DataError(
                    f"{name}: 解压后过大 {unpacked} 字节 (expands too far; limit {limits.MAX_UNPACKED})"
                )
            xml = 0
            for info in members:
                size, head = inflated(archive, info, name)
                xml += size if looks_like_xml(head) else 0
    except (zipfile.BadZipFile, ValueError):
        return
    if xml_limit is not None and xml > xml_limit:
        raise DataError(
            f"{name}: 解压后过大, 其中 XML {xml} 字节 (its XML expands too far; limit {xml_limit})"
        )


def inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> tuple[int, bytes]:
    """How many bytes a member of the zip `name` inflates to, and its first bytes past any white space,
    NULs and byte order marks (however many: libxml2 reads XML after megabytes of them); (0, b"") for a member
    no reader here could open (encrypted, another compression), left to the reader. A member whose data
    goes on past its declared size, or fails its check, is refused: Python's zipfile stops there, but
    other readers (python-calamine) inflate on."""
    import zipfile
    import zlib

    size, head = 0, b""
    try:
        with archive.open(info) as member:
            while size <= info.file_size:
                chunk = member.read(min(1 << 20, info.file_size + 1 - size))
                if not chunk:
                    break
                head = headed(head, chunk)
                size += len(chunk)
    except (NotImplementedError, RuntimeError):
        return 0, b""
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        size = info.file_size + 1  # damaged, or cut short by zipfile at the size it declares
    if size > info.file_size:
        raise DataError(
            f"{name}: 压缩包成员 {info.filename!r} 损坏或比它声明的 {info.file_size} 字节大 "
            "(a member is damaged, or inflates past the size it declares)"
        )
    return size, head


def significant_head(read: Callable[[int], bytes]) -> bytes:
    """A stream's first 64 bytes past any run of white space, NULs and byte order marks, however long
    (XML may stand after megabytes of them), read in chunks."""
    head = b""
    while len(head) < HEAD and (chunk := read(1 << 16)):
        head = headed(head, chunk)
    return head


def headed(head: bytes, chunk: bytes) -> bytes:
    """The first HEAD bytes of a stream past any run of what may lead XML (LEADING), given those found so
    far and the stream's next chunk."""
    if len(head) >= HEAD:
        return head
    return head + (chunk if head else chunk.lstrip(LEADING))[: HEAD - len(head)]


def looks_like_xml(head: bytes) -> bool:
    """XML by its first bytes, in any encoding the parser detects by them: `<` after any BOM and white
    space, in UTF-8, UTF-16 or UTF-32 of any byte order (their NULs taken out), or `<?xm` in EBCDIC (UTF-32
    without a BOM had escaped the count: 240 MB of XML from a 600 KB file)."""
    probe = head[:HEAD].replace(b"\x00", b"").lstrip(LEADING)
    return probe.startswith(b"<") or head.startswith(EBCDIC_XML)


EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # <?xm in EBCDIC, which libxml2 reads too
LEADING = b"\x00 \t\r\n\xef\xbb\xbf\xff\xfe"  # what may stand before XML's first `<`, in any encoding
HEAD = 64  # bytes of a member looked at to know it for XML


def read_bytes(path: Path, limit: int, regular: bool = False) -> bytes:
    """At most `limit` + 1 bytes of any file, device, pipe or stdin: the size a file reports is not trusted.
    `regular`: the file must be a regular one, as opened (without blocking), not as looked at before: a
    file swapped for a pipe between the look and the open had hung the load."""
    try:
        with opened(path) if regular else path.open("rb") as f:
            chunks = []
            left = limit + 1
            while left > 0:
                chunk = f.read(min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
    except FileNotFoundError:
        raise DataError(f"{path}: 文件不存在 (no such file)") from None
    except IsADirectoryError:
        raise DataError(f"{path}: 是文件夹, 不是文件 (is a directory)") from None
    except OSError as e:
        raise DataError(f"{path}: 无法读取 (cannot read: {e.strerror})") from None
    return within(b"".join(chunks), limit, str(path))


def opened(path: Path) -> BinaryIO:
    """The file, opened without waiting for a pipe's writer, if what was opened is a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)  # (said as such below)
        raise irregular(str(path))
    return os.fdopen(fd, "rb")


def irregular(path: str) -> DataError:
    """A data file that is a pipe, a socket or a device: refused, never waited on."""
    return DataError(f"{path}: 不是普通文件 (not a regular file: a pipe, socket or device)")


def within(data: bytes, limit: int, name: str) -> bytes:
    """`data` when it is at most `limit` bytes; else a DataError saying to split it."""
    if len(data) > limit:
        raise DataError(f"{name}: 超过 {limit >> 20} MiB, 请拆分 (larger than {limit >> 20} MiB; split it)")
    return data


def read_text(path: Path, regular: bool = False) -> str:
    """The file's text, or a DataError that says what to do about it (`regular`: see `read_bytes`)."""
    return decoded(read_bytes(path, limits.MAX_FILE_BYTES, regular), str(path))


def decoded(raw: bytes, name: str) -> str:
    """A dataset's bytes as text: UTF-8 (a BOM allowed), or a DataError naming where it fails."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError(
            f"{name}: 不是 UTF-8 编码 (not UTF-8, bad byte at offset {e.start}); GB18030 通知可用 "
            "`workplan import` 转换, 或另存为 UTF-8"
        ) from None


def _event_source(text: str) -> Callable[[], Any]:
    """libyaml's parser when PyYAML was built with it (4x faster), else PyYAML's own; the same events."""
    try:
        from yaml._yaml import CParser
    except ImportError:
        return iter(yaml.parse(text, Loader=yaml.SafeLoader)).__next__
    return CParser(text).get_event


def _plain(value: str, mark: yaml.Mark) -> Any:
    """An unquoted scalar by the YAML 1.2 core rules this dialect keeps: bool, int, float, null or str."""
    if value in NULLS:
        return None
    if value in BOOLS:
        return BOOLS[value]
    if value[0] in "-+0123456789.":
        if INT.fullmatch(value):
            if len(value) > limits.MAX_INT_DIGITS:
                raise Refused(f"整数位数过多 (an integer of {len(value)} digits)", mark)
            return int(value)
        if FLOAT.fullmatch(value):
            return float(value)
    return value


class Refused(Exception):
    """Valid YAML this dialect does not accept, with where it stands."""

    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


NO_ALIASES = "数据文件中不允许锚点和别名 (anchors and aliases are not allowed)"


def build_yaml(text: str) -> Any:
    """The one document in `text`, built from parser events with a stack: no recursion, no constructor."""
    get = _event_source(text)
    stack: list[Any] = []  # open containers
    keys: list[Any] = []  # per open mapping: the key waiting for its value (None: expecting a key)
    root: Any = None
    documents = containers = 0
    Scalar, MapStart, SeqStart = events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent
    while True:
        event = get()
        kind = type(event)
        if kind is Scalar or kind is MapStart or kind is SeqStart:
            if event.anchor is not None:
                raise Refused(NO_ALIASES, event.start_mark)
            if event.tag is not None:
                raise Refused(f"数据文件中不允许标签 (tags are not allowed: {event.tag})", event.start_mark)
            if kind is not Scalar:
                containers += 1
                if containers > limits.MAX_YAML_CONTAINERS:  # 6.5 million `- {}` in 31 MiB took 3.9 GB
                    raise Refused(
                        f"映射和列表超过 {limits.MAX_YAML_CONTAINERS:,} 个 (more than {limits.MAX_YAML_CONTAINERS:,} "
                        "maps and lists: no plan has so many; split the file)",
                        event.start_mark,
                    )
                if len(stack) >= limits.MAX_YAML_DEPTH:
                    raise Refused(
                        f"嵌套超过 {limits.MAX_YAML_DEPTH} 层 (nested deeper than {limits.MAX_YAML_DEPTH} levels)",
                        event.start_mark,
                    )
                if kind is MapStart:
                    value: Any = Marked()
                    value.mark = event.start_mark
                    value.key_marks = {}
                else:
                    value = []
                stack.append(value)
                keys.append(None)
                continue
            if len(event.value) > limits.MAX_SCALAR:  # what passes is what every command can use
                raise Refused(
                    f"值过长 (a value of {len(event.value):,} characters; at most {limits.MAX_SCALAR:,})",
                    event.start_mark,
                )
            value = event.value if event.style else _plain(event.value, event.start_mark)
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            value = stack.pop()
            keys.pop()
        elif kind is events.AliasEvent:
            raise Refused(NO_ALIASES, event.start_mark)
        elif kind is events.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise Refused(
                    "一个文件只能有一个文档 (expected a single document, found another)", event.start_mark
                )
            continue
        elif kind is events.StreamEndEvent:
            return root
        else:
            continue
        if not stack:
            root = value
            continue
        top = stack[-1]
        if type(top) is list:
            top.append(value)
        elif keys[-1] is None:
            if not isinstance(value, str):
                raise Refused(
                    f"键必须是字符串 (keys must be strings, not {describe(value)})", event.start_mark
                )
            if value in top.key_marks:
                raise Refused(f"重复的键 {value!r} (duplicate key)", event.start_mark)
            top.key_marks[value] = event.start_mark
            keys[-1] = value
        else:
            top[keys[-1]] = value
            keys[-1] = None


def one_line(text: str) -> str:
    return " ".join(text.split())


def line_and_column(text: str, at: int) -> tuple[int, int]:
    """0-based line and column of the character at offset `at`."""
    return text.count("\n", 0, at), at - (text.rfind("\n", 0, at) + 1)


def parse_yaml(text: str, path: str) -> Any:
    if "\x00" in text:
        line, column = line_and_column(text, text.index("\x00"))
        raise DataError(
            located(path, line, column, "含有 NUL 字符, 不是文本文件 (a raw NUL byte; not a text file)")
        )
    try:
        return build_yaml(text)
    except UnicodeEncodeError as e:  # a lone surrogate, from text decoded with surrogateescape
        line, column = line_and_column(text, e.start)
        raise DataError(
            located(path, line, column, "不是有效的 Unicode 文本 (not valid Unicode text)")
        ) from None
    except Refused as e:
        mark = e.mark
        raise DataError(
            located(path, mark.line if mark else None, mark.column if mark else None, e.message)
        ) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = one_line(e.problem or e.context or "invalid YAML")
        if "nesting depth" in what:  # libyaml's own bound (1,000) before ours: the same finding
            what = f"nested deeper than {limits.MAX_YAML_DEPTH} levels"
        raise DataError(
            located(
                path, mark.line if mark else None, mark.column if mark else None, f"YAML 语法错误 ({what})"
            )
        ) from None
    except yaml.reader.ReaderError as e:
        # libyaml counts bytes, PyYAML characters: the first occurrence is the one either stopped at
        line, column = line_and_column(text, max(0, text.find(chr(e.character))))
        what = f"不允许的控制字符 U+{e.character:04X} (control character not allowed in YAML)"
        raise DataError(located(path, line, column, what)) from None
    except yaml.YAMLError as e:
        raise DataError(
            located(path, None, None, f"YAML 语法错误 (invalid YAML: {one_line(str(e))})")
        ) from None


class TooManyProblems(Exception):
    """More problems than anyone will read: the check stops, the first limits.MAX_PROBLEMS are reported."""


class _Converter:
    """Turn parsed YAML into model objects by the model's type hints, collecting every problem."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[str] = []
        self.marks: dict[int, yaml.Mark | None] = {}
        self.failed: set[str] = set()  # fields holding a placeholder: no further checks on them
        self.hints_left = 20  # each costs a pass over the registry: a hostile file has thousands of typos

    def hint(self, name: str, known: Iterable[str]) -> str:
        """A did-you-mean for the first few unknown names of a file."""
        if self.hints_left <= 0:
            return ""
        self.hints_left -= 1
        return did_you_mean(name, known)

    def problem(self, mark: yaml.Mark | None, where: str, message: str) -> None:
        if len(self.problems) >= limits.MAX_PROBLEMS:  # 7 million bad entries held 7 million lines (exit 70)
            raise TooManyProblems
        self.failed.add(where)
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
                self.problem(mark, where, f"应为列表 (expected a list, got {describe(value)})")
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
                choices = ", ".join(map(str, allowed))
                self.problem(mark, where, f"取值无效 (expected one of {choices}, got {value!r})")
            return value
        if (tp is int and isinstance(value, bool)) or not isinstance(value, tp):
            self.problem(mark, where, f"类型不符 (expected {tp.__name__}, got {describe(value)})")
            return tp()
        return value

    def convert_object(self, cls: type, value: Any, mark: yaml.Mark | None, where: str) -> Any:
        if not isinstance(value, Marked):
            self.problem(mark, where, f"应为映射 (expected a mapping, got {describe(value)})")
            value = Marked()
            value.key_marks = {}
        plan, known = _plan(cls)
        if not value.keys() <= known:
            for key in value:
                if key not in known:
                    self.problem(
                        value.key_marks.get(key),
                        where,
                        f"未知字段 {key!r} (unknown field){self.hint(key, known)}",
                    )
        kwargs = {}
        for spec, exact in plan:
            if spec.name in value:
                v = value[spec.name]
                if exact is list:
                    as_is = type(v) is list and all(type(x) is str for x in v)
                else:
                    as_is = type(v) is exact
                if as_is:
                    kwargs[spec.name] = v  # most values: already what the field holds
                    continue
                here = f"{where}.{spec.name}" if where else spec.name
                kwargs[spec.name] = self.convert(spec.type, v, value.key_marks.get(spec.name), here)
            elif spec.required:
                self.problem(
                    value.mark or mark,
                    where or "top level",
                    f"缺少必填字段 {spec.name!r} (missing required field)",
                )
                kwargs[spec.name] = _empty(spec.type)
        obj = cls(**kwargs)
        self.marks[id(obj)] = value.mark or mark
        return obj


@functools.cache
def _plan(cls: type) -> tuple[tuple[tuple[FieldSpec, type | None], ...], frozenset[str]]:
    """Each field with the type a value has when it can be taken as it is (str, int, bool; list for
    list[str]), and the field names: worked out once per class, not once per value."""
    plan = []
    for spec in field_specs(cls):
        exact = spec.type if spec.type in (str, int, bool) else None
        if typing.get_origin(spec.type) is list and typing.get_args(spec.type) == (str,):
            exact = list
        plan.append((spec, exact))
    return tuple(plan), frozenset(s.name for s in field_specs(cls))


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


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`; 是否指: X、Y?` for the closest known names (ties in registry order), or nothing."""
    names = list(known)
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    ratio = {c: difflib.SequenceMatcher(None, name, c).ratio() for c in close}
    close.sort(key=lambda c: (-ratio[c], names.index(c)))
    return f"; 是否指: {'、'.join(close)}?" if close else ""


def check_references(data: DatasetFile, conv: _Converter) -> None:
    """Cross-field checks the type hints cannot express: ids, ranges, names, registry references.

    Runs even when the conversion found problems (placeholders stand in for bad values), so one run
    reports everything; every check is linear in the size of the file."""

    def at(obj: Any) -> yaml.Mark | None:
        return conv.marks.get(id(obj))

    meta = data.meta
    if (bad := invalid_id(meta.id)) and "meta.id" not in conv.failed:
        conv.problem(at(meta), "meta.id", bad)
    for name in ("signed", "published"):
        value = getattr(meta, name)
        if value is None:
            continue
        if not ISO_DATE.fullmatch(value) or not _valid_date(value):
            conv.problem(at(meta), f"meta.{name}", f"日期格式无效 (not an ISO date, YYYY-MM-DD: {value!r})")
    if meta.year is not None and meta.year not in YEARS and "meta.year" not in conv.failed:
        conv.problem(
            at(meta), "meta.year", f"年份超出范围 (year must be {YEARS[0]}-{YEARS[-1]}, got {meta.year})"
        )
    if meta.quarter is not None and not 1 <= meta.quarter <= 4 and "meta.quarter" not in conv.failed:
        conv.problem(
            at(meta), "meta.quarter", f"季度超出范围 (quarter must be 1-4 or null, got {meta.quarter})"
        )

    units = {u.name: u for u in data.units}
    aliases = {a: u.name for u in data.units for a in u.aliases}

    def unknown_unit(name: str) -> str:
        known = aliases.get(name)
        hint = f"; 是否指: {known}?" if known else conv.hint(name, units)
        return f"未知单位 {name!r} (unknown unit; add it to units){hint}"

    def check_units(mark: yaml.Mark | None, where: str, names: Iterable[str]) -> None:
        """Every responsible unit registered, and none that the registry says is only mentioned."""
        for name in names:
            if name not in units:
                conv.problem(mark, where, unknown_unit(name))
            elif units[name].mentioned_only:
                conv.problem(
                    mark,
                    where,
                    f"单位 {name!r} 登记为仅提及, 却是责任单位 (a mentioned_only unit is responsible)",
                )

    for name, n in Counter(u.name for u in data.units).items():
        if n > 1:
            conv.problem(
                at(units[name]), "units", f"单位 {name!r} 重复登记 {n} 次 (unit registered {n} times)"
            )
    seen_alias: dict[str, str] = {}
    for u in data.units:
        for name in (u.name, *u.aliases):
            check_name(conv, at(u), f"units.{u.name}", name)
        for alias in u.aliases:
            other = seen_alias.setdefault(alias, u.name)
            if other != u.name or alias in units:
                conv.problem(
                    at(u),
                    f"units.{u.name}",
                    f"别名 {alias!r} 另指 {other if other != u.name else alias!r} (alias names another unit)",
                )
        for m in u.members:
            if m not in units:
                conv.problem(at(u), f"units.{u.name}.members", unknown_unit(m))

    first_seen: dict[str, yaml.Mark | None] = {}
    duplicated: set[str] = set()

    def count_id(rid: str, mark: yaml.Mark | None) -> None:
        if rid not in first_seen:
            first_seen[rid] = mark
            return
        before = first_seen[rid]
        duplicated.add(rid)
        where = f" at line {before.line + 1}" if before else ""
        conv.problem(mark, "", f"编号 {rid!r} 重复 (id already used{where})")

    for s in data.sections:
        if not 0 <= s.number <= 999:  # 0 holds the items a notice gives before its first section
            conv.problem(at(s), f"section {s.number}", "板块序号超出范围 (section number must be 0-999)")
        for t in s.tasks:
            count_id(t.id, at(t))
            if not re.fullmatch(rf"{s.number}(?:\.[1-9][0-9]{{0,5}}){{1,2}}", t.id):
                conv.problem(
                    at(t),
                    f"task {t.id}",
                    f"编号格式无效 (id must be {s.number}.<n> or {s.number}.<n>.<m> inside section {s.number})",
                )
            check_sentences(conv, at(t), t.id, t.text, t.sentences)
            r = t.responsibility
            check_units(at(t), f"task {t.id}", r.lead + r.support + r.undetermined)
    leaders = {leader.name: leader for leader in data.leaders}
    said_lead: dict[str, list[str]] = {name: [] for name in leaders}
    said_support: dict[str, list[str]] = {name: [] for name in leaders}
    for p in data.projects:
        count_id(p.id, at(p))
        if not re.fullmatch(r"G[1-9][0-9]{0,5}", p.id):
            conv.problem(at(p), f"project {p.id}", "编号格式无效 (id must be G<n>)")
        check_sentences(conv, at(p), p.id, p.text, p.sentences)
        check_units(at(p), f"project {p.id}", p.lead_departments + p.support_departments)
        for names, said in ((p.lead_leaders, said_lead), (p.support_leaders, said_support)):
            for name in names:
                if name in said:
                    said[name].append(p.id)
                else:
                    conv.problem(
                        at(p),
                        f"project {p.id}",
                        f"未知领导 {name!r} (unknown leader; add it to leaders){conv.hint(name, leaders)}",
                    )
    for leader in data.leaders:
        check_name(conv, at(leader), f"leaders.{leader.name}", leader.name)
        lead, support = said_lead[leader.name], said_support[leader.name]
        if (leader.lead, leader.support) != (lead, support):
            conv.problem(
                at(leader),
                f"leaders.{leader.name}",
                f"与攻坚专项不一致 (lists lead {leader.lead} / support {leader.support}, "
                f"but the projects say lead {lead} / support {support})",
            )
    check_corrections(data, conv, duplicated)


def check_name(conv: _Converter, mark: yaml.Mark | None, where: str, name: str) -> None:
    """A unit or leader name holds no list separator: it would be split into two names when read."""
    if not name.strip():
        conv.problem(mark, where, "名称为空 (empty name)")
    elif SEPARATORS.search(listed_part(name)) and not one_name(BRACKETED.sub("", name), split_list):
        conv.problem(mark, where, f"名称中不能含分隔符 、，,；; (name {name!r} contains a separator)")


def listed_part(name: str) -> str:
    """What of a name a list split would see: not its brackets (各县(市、区)政府)."""
    return BRACKETED.sub("", name)


def split_list(name: str) -> list[str]:
    """At 、 only: a name with ,，;； is never one body, whatever namelists says."""
    return [] if re.search(r"[,，;；]", name) else name.split("、")


BRACKETED = re.compile(f"[{re.escape(OPEN)}][^{re.escape(OPEN + CLOSE)}]*[{re.escape(CLOSE)}]")


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
            mark,
            rid,
            "分句与正文不符 (sentences must be the text split after each 。!?, as `workplan import` does)",
        )


def check_corrections(data: DatasetFile, conv: _Converter, duplicated: set[str]) -> None:
    """Each repair is found where it says; one naming a duplicated id is left to that id's problem."""
    fields = {t.id: t for s in data.sections for t in s.tasks} | {p.id: p for p in data.projects}
    for c in data.corrections:
        if c.where in duplicated:
            continue
        target: Any = data.meta if c.field == "meta" else fields.get(c.where)
        if target is None:
            conv.problem(conv.marks.get(id(c)), f"corrections.{c.id}", f"无此记录 (no record {c.where!r})")
            continue
        if c.field == "meta":
            continue
        if c.repaired not in getattr(target, c.field):
            conv.problem(
                conv.marks.get(id(c)),
                f"corrections.{c.id}",
                f"修订文字不在 {c.where} {c.field} 中 (repair not found)",
            )


def validate_file(path: Path, regular: bool = False) -> DatasetFile:
    """Parse and validate one dataset file; raise DataError listing every problem (`regular`: a data
    file of a corpus, which must be a regular file as opened, see `read_bytes`)."""
    return validate_text(read_text(path, regular), str(path))


def validate_text(text: str, name: str) -> DatasetFile:
    parsed = parse_yaml(text, name)
    if parsed is None:
        raise DataError(f"{name}: 空文件, 不是数据集 (empty file, not a dataset)")
    conv = _Converter(name)
    try:
        data = conv.convert(DatasetFile, parsed, getattr(parsed, "mark", None), "")
        check_references(data, conv)
    except TooManyProblems:
        conv.problems.append(
            f"{name}: 问题超过 {limits.MAX_PROBLEMS} 个, 其余不再列出 (more than {limits.MAX_PROBLEMS} problems: the rest not listed)"
        )
    if conv.problems:
        n = len(conv.problems)
        more = f" (另有 {n - 1} 个问题 / and {n - 1} more problems)" if n > 1 else ""
        raise DataError(conv.problems[0] + more, conv.problems)
    return data
