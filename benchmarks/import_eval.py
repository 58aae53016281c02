"""Score the importer on notices nobody here tuned it to: a folder of NN.txt (or .html/.docx/.pdf) beside
NN.expected.json, each a careful hand reading of the notice (see the README's "Measuring import").

    python benchmarks/import_eval.py DIR [-v]

An expected item is right when one imported item holds its opening words (in its title and text, or after
the words of a clause that opened it and is kept as written) and carries exactly its lead,
support, role-not-written units and leaders (names compared as written, in simplified characters, spaces
removed). A notice with items that is refused, and any item imported from a cover-only page, are counted
apart. The real notices are not kept in the repository: they are other people's text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from workplan.errors import DataError
from workplan.importing import import_notice
from workplan.importing.readers import PINYIN
from workplan.matching import to_simplified


def norm(text: str) -> str:
    """Names and words compared without spaces, in simplified characters, and without the pinyin a mirror
    site inserts (建設(shè)): the importer removes it, with a warning, and a reader's label may keep it;
    without the stop or colon that parts an item's title from its text (the title is kept without it)."""
    text = "".join(to_simplified(PINYIN.sub("", text)).split()).replace("(", "(").replace(")", ")")
    return text.translate(SPLIT_MARKS)


SPLIT_MARKS = str.maketrans("", "", "。:：")  # where the importer parts a title from its text (dropped)


def imported_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for s in data["sections"]:
        for t in s["tasks"]:
            r = t["responsibility"]
            out.append(
                {
                    "text": norm(t["title"] + t["text"]),
                    "written": norm(r.get("raw", "") + t["title"] + t["text"]),
                    "lead": r.get("lead", []),
                    "support": r.get("support", []),
                    "unwritten": r.get("undetermined", []),
                    "leaders": r.get("leaders", []) + r.get("support_leaders", []),
                    "deadline": t.get("deadline_phrase") or t.get("deadline"),
                }
            )
    for p in data["projects"]:
        out.append(
            {
                "text": norm(p["title"] + p["text"]),
                "written": norm(p["title"] + p["text"]),
                "lead": p["lead_departments"],
                "support": p["support_departments"],
                "unwritten": [],
                "leaders": p["lead_leaders"] + p["support_leaders"],
                "deadline": None,
            }
        )
    return out


def names(values: list[str]) -> list[str]:
    return sorted(norm(v) for v in values)


def wrong(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What differs. One unit named with no role word is this tool's lead (the only body responsible);
    a reader may have written it as role-not-written: both count as right."""
    faults = []
    alone = expected.get("responsible_unwritten", [])
    if (
        len(alone) == 1
        and not expected.get("lead")
        and not got["unwritten"]
        and names(got["lead"]) == names(alone)
    ):
        expected = expected | {"lead": alone, "responsible_unwritten": []}
    for key, mine in (("lead", "lead"), ("support", "support"), ("responsible_unwritten", "unwritten")):
        if names(expected.get(key, [])) != names(got[mine]):
            faults.append(f"{key}: expected {expected.get(key, [])} got {got[mine]}")
    if expected.get("leaders") and names(expected["leaders"]) != names(got["leaders"]):
        faults.append(f"leaders: expected {expected['leaders']} got {got['leaders']}")
    return faults


def main(folder: Path, verbose: bool) -> int:
    total = right = refused = cover_false = cover_refused = covers = 0
    rows = []
    for spec in sorted(folder.glob("*.expected.json")):
        stem = spec.name[: -len(".expected.json")]
        source = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and p != spec)
        expected = json.loads(spec.read_text("utf-8"))
        items = expected["items"]
        try:
            result = import_notice(source.read_bytes(), source.name)
            got, outcome = imported_items(result.data), "ok"
        except DataError as e:
            got, outcome = [], f"refused: {e}"
        if not expected["has_plan"]:
            covers += 1
            cover_false += len(got)
            cover_refused += outcome != "ok"
            rows.append((stem, expected["style"], 0, 0, len(got), outcome[:60]))
            continue
        if outcome != "ok" and items:
            refused += 1
        ok = 0
        used: set[int] = set()
        for item in items:
            start = norm(item["title_start"])
            # the item that opens with these words (its clause first when it opened with it: 市工商局负责,
            # 市经贸委配合,严格实施… is titled 严格实施…, its clause's words kept as written), else the
            # first that holds them
            # (each item is matched once: a title a notice repeats is its next item's, in order)
            match = next(
                (
                    g
                    for g in got
                    if id(g) not in used and (g["text"].startswith(start) or g["written"].startswith(start))
                ),
                None,
            ) or next((g for g in got if id(g) not in used and start in g["text"]), None)
            used.add(id(match))
            faults = ["missing"] if match is None else wrong(item, match)
            ok += not faults
            if verbose and faults:
                print(f"  {stem} {item['title_start']}: {'; '.join(faults)}")
        total += len(items)
        right += ok
        rows.append((stem, expected["style"], len(items), ok, len(got), outcome[:60]))
    print(f"{'notice':6} {'expected':>8} {'right':>5} {'imported':>8}  style / outcome")
    for stem, style, n, ok, n_got, outcome in rows:
        print(f"{stem:6} {n:8} {ok:5} {n_got:8}  {style[:50]} / {outcome}")
    share = right / total if total else 0.0
    print(
        f"items right: {right}/{total} ({share:.0%}); notices with items refused: {refused}; "
        f"cover-only pages: {covers}, refused {cover_refused}, false items {cover_false}"
    )
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1:
        sys.exit(__doc__)
    sys.exit(main(Path(args[0]), "-v" in sys.argv))
