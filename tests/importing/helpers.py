"""What the importing tests compare: records reduced to what a reader checks, and the line accounting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from workplan.dates import first_date
from workplan.importing import Imported, import_notice, strings
from workplan.importing.clauses import GENERIC_PREFIXES, LEAD_PREFIXES, SUPPORT_PREFIXES
from workplan.importing.notice import LABEL_NUMBER, PROGRESS_LABELS, PROJECT_KEYS, TASK_LABELS, marker
from workplan.importing.tables import COLUMNS, column_of
from workplan.matching import to_simplified

STRUCTURE = {w for _, words in COLUMNS for w in words} | {
    *GENERIC_PREFIXES,
    *LEAD_PREFIXES,
    *SUPPORT_PREFIXES,
    *PROJECT_KEYS,
    *PROGRESS_LABELS,
    *TASK_LABELS,
}

NOTICES = Path(__file__).resolve().parent / "notices"
RUN_IN = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


def records(result: Imported) -> list[tuple[Any, ...]]:
    """(id, title, text, lead, support, extras) per task; extras only where the notice says more."""
    out = []
    for s in result.data["sections"]:
        for t in s["tasks"]:
            r = t["responsibility"]
            extras = {k: r[k] for k in ("undetermined", "leaders", "lead_inferred") if r.get(k)}
            extras |= {k: t[k] for k in ("group", "deadline") if t.get(k)}
            out.append((t["id"], t["title"], t["text"], r["lead"], r["support"], extras))
    return out


def parted_records(title: str, cells: list[str]) -> list[tuple[Any, ...]]:
    """The records of a notice under `title` whose table sets a blank line between its cells (one cell of
    several lines stays one run)."""
    return records(import_notice((f"{title}\n\n" + "\n\n".join(cells) + "\n").encode(), "t.txt"))


def tasks_of(text: str) -> list[dict[str, Any]]:
    """The items a text notice imports to, in order."""
    return [t for s in import_notice(text.encode(), "x.txt").data["sections"] for t in s["tasks"]]


def roles_by_title(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """(lead, support) per item title of a text notice, imported."""
    return {
        title: (lead, support)
        for _, title, _, lead, support, _ in records(import_notice(text.encode(), "t.txt"))
    }


def structural(word: str) -> bool:
    """A header word or a piece of one (责任 / 领导 broken over two lines; 时限要求 names a column)."""
    return word in STRUCTURE or column_of(word) is not None or any(word in s for s in STRUCTURE)


def unaccounted(text: str, result: Imported) -> list[str]:
    """Non-blank input lines none of whose words reached the dataset and that no warning names."""
    found = "\n".join(
        [*strings(result.data), *(w.message for w in result.warnings)]
    )  # 第三季度完成情况 一栏…
    glued = found.replace(";", "")  # labels a line ran together are kept apart in the raw clause (a;b)
    warned = {w.where.split(" cell ")[0] for w in result.warnings}
    missing = []
    for n, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        found_marker = marker(line.strip())
        body = RUN_IN.sub("", found_marker[3] if found_marker else line)  # run-in items' own numbers
        body = LABEL_NUMBER.sub("", body.strip(), count=1)  # 02 项目名称:…: a list number
        words = [w for w in TOKEN.findall(body) if not structural(to_simplified(w))]
        if not words or f"line {n}" in warned or all(w in found or w in glued for w in words):
            continue
        date = first_date(line)
        if (date.isoformat() if date else "\0") in found or set(
            words
        ) <= STRUCTURE:  # a date placed in ISO form, a table header
            continue
        missing.append(f"line {n}: {line}")
    return missing
