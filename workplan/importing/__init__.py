"""Importing notices: readers (txt, docx, html, pdf) → lines and tables → outline → clauses → dataset.

The one entry point is `import_notice`: bytes in, an `Imported` out (the dataset, its YAML, the warnings
and the units seen for the first time). It never prints and never exits; the CLI reports and writes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from .. import limits
from ..errors import DataError
from ..model import Document
from .dump import dump_dataset
from .fetch import TIMEOUT, fetch, is_url
from .metadata import spans_years
from .notice import CLAUSE_TIME, UNIT_ROLES, Parser, Warning, labelled
from .readers import Block, Table, decode, detect, read_blocks, short
from .units import Registry

__all__ = [
    "Imported",
    "Warning",
    "decode",
    "detect",
    "dump_dataset",
    "import_notice",
    "is_url",
    "read_source",
    "slug",
]


@dataclass
class Imported:
    """The result of an import: the dataset, its YAML text (validated), and what a curator should check."""

    data: dict[str, Any]
    warnings: list[Warning]
    yaml_text: str
    new_units: list[str] = field(default_factory=list)
    format: str = "text"

    def items(self) -> int:
        return sum(len(s["tasks"]) for s in self.data["sections"]) + len(self.data["projects"])

    def summary(self) -> str:
        """板块, items, projects, units and warnings in one line, as the CLI reports an import."""
        data = self.data
        tasks = sum(len(s["tasks"]) for s in data["sections"])
        groups = sum(u.get("kind") == "collective" for u in data["units"])  # counted as validate counts
        return (
            f"{len(data['sections'])} 个板块, {tasks} 项工作要点, {len(data['projects'])} 项攻坚专项, "
            f"{len(data['units']) - groups} 个登记单位, {groups} 个集合, {len(self.warnings)} 条警告"
        )

    def row(self, source: str) -> dict[str, Any]:
        """One line of an import summary table."""
        return {
            "source": source,
            "id": self.data["meta"]["id"],
            "items": self.items(),
            "warnings": len(self.warnings),
            "outcome": "已导入 imported",
        }

    def renamed(self, doc_id: str) -> Imported:
        """The same import under another document id (two pages named index.html in one list)."""
        data = self.data | {"meta": self.data["meta"] | {"id": doc_id}}
        return Imported(
            data, self.warnings, dump_dataset(data, data["meta"]["source"]), self.new_units, self.format
        )


def slug(name: str) -> str:
    """A document id from a file name or address: yangpu_2020q3.txt → yangpu-2020q3, and
    https://…/art/2021/%E9%80%9A%E7%9F%A5.html → 通知 (the page's own name, decoded)."""
    if is_url(name):
        name = unquote(urlsplit(name).path.rstrip("/")) or "imported"
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "-", stem.lower()).strip("-") or "imported"


def dated(sections: list[dict[str, Any]], year: int | None, quarter: int | None) -> list[Warning]:
    """A 完成时限 the notice states becomes the item's ISO deadline; one that names no date goes back into
    the item's text, with a warning, so no word is lost."""
    from ..dates import first_date
    from ..deadlines import latest_date
    from ..model import split_sentences

    warnings = []
    for section in sections:
        for task in section["tasks"]:
            written, label = task.pop("deadline", ""), task.pop("deadline_label", "") or "完成时限"
            if not written:
                continue
            when = latest_date(written, year, quarter)
            full = first_date(written)  # 2023-08-31, 2023.8.31, 二〇二三年八月三十一日: a date in full
            if (day := when or full) is not None:
                task["deadline_phrase"] = written
                task["deadline"] = day.isoformat()
                continue
            # back in the text under the words it was written with (a clause's time as it stood: text)
            clause_time = label == CLAUSE_TIME
            task["text"] = (
                task["text"] + written + "。" if clause_time else labelled(task["text"], label, written)
            ).strip()
            task["sentences"] = split_sentences(task["text"])
            if clause_time:
                continue
            warnings.append(
                Warning(
                    f"item {task['id']}",
                    f"{label} {written!r} 不是可识别的日期,已放回正文 (deadline kept as text)",
                )
            )
    return warnings


def read_source(source: str, timeout: float = TIMEOUT) -> tuple[bytes, str, str | None]:
    """The bytes of a notice, the name to report it by, and the charset its server named: an http(s)
    address is fetched (bounded in time and size), anything else is a file path, read to one byte past
    the size limit whatever the file claims to be."""

    if is_url(source):
        page = fetch(source, timeout)
        return page.raw, page.name, page.charset
    # a file name that is no UTF-8 is opened by its bytes (surrogate-escaped) and reported, and
    # recorded as the notice's source, with U+FFFD for what it cannot say: a lone surrogate is no text
    shown = source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        with open(source, "rb") as f:
            return f.read(limits.MAX_FILE_BYTES + 1), shown, None
    except OSError as e:
        raise DataError(f"{shown}: 无法读取 cannot read: {e.strerror}") from None


def strings(value: Any) -> Iterator[str]:
    """Every string a dataset holds, keys aside."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def position(warning: Warning) -> tuple[int, ...]:
    """Warnings in reading order: line 9 before line 10, page 2 line 3 before page 10 line 1."""
    return tuple(int(n) for n in re.findall(r"\d+", warning.where))


def import_notice(
    raw: bytes,
    name: str,
    doc_id: str | None = None,
    known: Sequence[Document] = (),
    strict: bool = False,
    charset: str | None = None,
    allow_empty: bool = False,
) -> Imported:
    """Import one notice. Partial by default (every doubt is a warning); `strict` turns warnings into a
    DataError. Only an input with no item at all, or one too big to load back, is refused. `charset` is
    what a web server said the bytes are in (see `fetch`). A notice with no plan in it (a cover notice
    whose plan is an attachment) is refused, unless `allow_empty`: then its metadata alone is kept."""
    if len(raw) > limits.MAX_FILE_BYTES:
        raise DataError(
            f"{name}: 超过 {limits.MAX_FILE_BYTES >> 20} MiB,不像是一份通知 (larger than the limit; not a notice)"
        )
    from ..validation import invalid_id

    if doc_id is not None and (bad := invalid_id(doc_id)):
        raise DataError(bad)  # (pass 94: one with a byte that is no UTF-8 reached the YAML writer, exit 70)
    args = (raw, name, doc_id, known, strict, charset, allow_empty)
    size, here = read_size(raw)
    if size <= here:
        return _imported(*args)
    # a long notice is read in a child held by the OS, as a PDF is: each reading is linear, but 28 MB
    # of clauses in text took minutes
    from .bounded import cpu_budget, run_bounded

    return run_bounded(_imported, *args, what=name, cpu_seconds=cpu_budget(size))


WORKBOOKS = ("xlsx", "ods", "xls")  # read and parsed in a bounded child whatever their size
WHOLE_IN_CHILD = (*WORKBOOKS, "pdf")  # (a PDF's text parsed in the child that drew it: one budget)


def read_size(raw: bytes) -> tuple[int, int]:
    """What reading a notice goes through, and how much of it is read in this process: a .docx's parts
    unpacked (262 KB of zip held 30 MB of text), up to READ_HERE_UNPACKED (its styles and theme alone
    unpack to hundreds of KB); a workbook's or a PDF's bytes, none of them (its shared strings and merged cells
    repeat text: an 84 KB file said 7.8 million characters, pass 97); any other file's bytes, up to
    READ_HERE_BYTES; 0 for a file whose kind cannot be told (its reading says why, by name). What a
    reading here makes is judged again before it is parsed (`read_text_size`)."""
    import zipfile

    try:
        kind = detect(raw)
        if kind in WHOLE_IN_CHILD:  # a few KB say millions of characters (one long string on every row,
            return len(raw), 0  # 16 KB of PDF drawing 750,000: pass 149)
        if kind == "docx":
            with zipfile.ZipFile(io.BytesIO(raw)) as z:  # sizes as declared: one that lies is refused
                return sum(info.file_size for info in z.infolist()), limits.READ_HERE_UNPACKED
    except (DataError, zipfile.BadZipFile, NotImplementedError, ValueError):
        return 0, limits.READ_HERE_BYTES
    return len(raw), limits.READ_HERE_BYTES


def read_text_size(blocks: Sequence[Block]) -> int:
    """The bytes of text a reading made, every table cell counted: what parsing it costs, whatever the
    input's size (a 42 KB page of merged cells said 10 MB, a 16 KB PDF drew 750,000 characters)."""
    return sum(
        len(cell.text.encode("utf-8"))
        for block in blocks
        for cell in ((c for row in block.rows for c in row) if isinstance(block, Table) else (block,))
    )


def parsed_blocks(
    blocks: list[Block], registry: Registry, allow_empty: bool
) -> tuple[dict[str, Any], list[Warning], int]:
    """The parser's reading of the blocks, its warnings and how many it left unsaid: what a bounded
    child sends back."""
    parser = Parser(blocks, registry, allow_empty)
    return parser.parse(), parser.warnings, parser.unlisted


def _imported(
    raw: bytes,
    name: str,
    doc_id: str | None,
    known: Sequence[Document],
    strict: bool,
    charset: str | None,
    allow_empty: bool,
) -> Imported:
    """`import_notice` in this process."""
    from ..validation import validate_text

    registry = Registry(known)
    try:  # the reader and the parser know bytes and lines, not where they came from
        kind, blocks, tally = read_blocks(raw, charset)
        size = read_text_size(blocks)
        if size > limits.READ_HERE_BYTES:  # (a few KB whose merged cells or PDF text say megabytes)
            from .bounded import cpu_budget, run_bounded

            parse = run_bounded(
                parsed_blocks, blocks, registry, allow_empty, what=name, cpu_seconds=cpu_budget(size)
            )
        else:
            parse = parsed_blocks(blocks, registry, allow_empty)
    except DataError as e:
        raise DataError(e.message if e.message.startswith(f"{name}:") else f"{name}: {e.message}") from None
    parsed, warnings, unlisted = parse
    registry.scope(parsed["meta"]["region"])  # (in this process too, when the parser ran in a child)
    warnings += [Warning(where, message) for where, message in tally.warnings]
    meta = parsed["meta"] | {"id": doc_id or slug(name), "source": name}
    several = spans_years(meta["plan_title"])  # (2023—2025年: 三季度完成 names no one year)
    warnings += dated(parsed["sections"], None if several else meta["year"], meta.get("quarter"))
    if several:
        warnings.append(
            Warning(
                "line 1",
                f"计划跨越多个年份 ({short(meta['plan_title'])}): 没写年份的完成时限不换算成日期 "
                "(a plan of several years: a deadline with no year is kept as text)",
            )
        )
    names = [
        n
        for s in parsed["sections"]
        for t in s["tasks"]
        for role in UNIT_ROLES
        for n in t["responsibility"].get(role, [])
    ]
    names += [n for p in parsed["projects"] for n in p["lead_departments"] + p["support_departments"]]
    leaders: dict[str, dict[str, Any]] = {}
    for p in parsed["projects"]:
        for role in ("lead", "support"):
            for leader in p[f"{role}_leaders"]:
                leaders.setdefault(leader, {"name": leader, "lead": [], "support": []})[role].append(p["id"])
    data = {
        "schema_version": 1,
        "meta": meta,
        "sections": parsed["sections"],
        "projects": parsed["projects"],
        "units": registry.entries(names, meta["region"]),
        "leaders": list(leaders.values()),
        "corrections": [],
    }
    warnings = sorted(warnings, key=position)
    if unlisted := unlisted + tally.unlisted + max(len(warnings) - limits.MAX_WARNINGS, 0):
        warnings = warnings[: limits.MAX_WARNINGS]  # the reader's and the parser's, a thousand in all
        warnings.append(
            Warning("end", f"另有 {unlisted} 条警告未列出 (and {unlisted} more warnings not listed)")
        )
    if strict and warnings:
        raise DataError(
            f"{name}: {len(warnings)} 条警告,严格模式下不导入 (strict: {len(warnings)} warnings)",
            [f"{name}: {w}" for w in warnings],
        )
    if len(longest := max(strings(data), key=len, default="")) > limits.MAX_SCALAR:
        raise DataError(
            f"{name}: 有一段文字长 {len(longest):,} 字, 超过数据文件每项 {limits.MAX_SCALAR:,} 字的上限 "
            f"(a heading or item of {len(longest):,} characters: no plan's is; split the notice): {longest[:20]}…"
        )
    yaml_text = dump_dataset(data, name)
    if len(yaml_text.encode("utf-8")) > limits.MAX_FILE_BYTES:
        raise DataError(
            f"{name}: 生成的数据文件会超过 {limits.MAX_FILE_BYTES >> 20} MiB,请把通知分成几份导入 (the dataset would exceed the load limit)"
        )
    validate_text(yaml_text, f"<{meta['id']}>")
    new_units = list(dict.fromkeys(n for n in names if n not in registry.forms))
    return Imported(data, warnings, yaml_text, new_units, kind)
