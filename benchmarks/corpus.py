"""Deterministic synthetic corpora in the dataset schema, for the benchmarks.

Each document is a variation of the shipped Yangpu plan: same outline, with each record's sentences,
lead and supporting units drawn (with a fixed seed) from the real records, and the registries built to
match, so every generated file passes `workplan validate`.

    python benchmarks/corpus.py corpus OUT_DIR RECORDS   # e.g. 100000 → 2,440 documents of 41 records
    python benchmarks/corpus.py pair OUT_DIR RECORDS     # two documents for `workplan diff`
    python benchmarks/corpus.py ledger XLSX ROWS         # fill an exported 台账 as a unit returns it
    python benchmarks/corpus.py store DB RECORDS_JSON N  # N progress reports through the library
    python benchmarks/corpus.py sqlite DB RECORDS_JSON   # the records in an indexed SQLite table

`pair` writes two documents of any size: the second a perturbed copy of the first (records removed,
added, reworded, given other units; ids renumbered, as a later quarter's are). run.py calls these as
processes: the kernel counts a child's peak memory from the parent it was forked from, so the timing
process stays small. Heavy imports are inside the functions for the same reason.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workplan.progress.store import Update

RECORDS_PER_DOCUMENT = 41


def pair_ids(records: int) -> tuple[str, str]:
    """The document ids `pair` gives its two documents."""
    return f"big-{records}-0", f"big-{records}-0-next"


def base() -> dict[str, Any]:
    import yaml

    from workplan.loader import shipped_data

    return yaml.safe_load(shipped_data().read_text(encoding="utf-8"))


def variant(data: dict[str, Any], n: int, rng: random.Random) -> dict[str, Any]:
    """Document n: the real outline with shuffled sentences, units and leaders."""
    tasks = [t for s in data["sections"] for t in s["tasks"]]
    sentences = [x for t in tasks for x in t["sentences"]] + [
        x for p in data["projects"] for x in p["sentences"]
    ]
    units = [
        u["name"]
        for u in data["units"]
        if u["kind"] not in ("collective", "subdistrict") and not u.get("mentioned_only")
    ]
    leaders = [leader["name"] for leader in data["leaders"]]
    sections = []
    for s in data["sections"]:
        new_tasks = []
        for t in s["tasks"]:
            picked = rng.sample(sentences, rng.randint(1, 4))
            lead = rng.sample(units, rng.randint(1, 3))
            support = ["各街道"] if rng.random() < 0.25 else []
            raw = (
                "、".join(lead)
                + ("按分工牵头" if len(lead) > 1 else "牵头")
                + (",各街道配合" if support else "")
            )
            new_tasks.append(
                {
                    "id": t["id"],
                    "title": t["title"],
                    "text": "".join(picked),
                    "sentences": picked,
                    "responsibility": {
                        "raw": raw,
                        "lead": lead,
                        "support": support,
                        "lead_by_division": len(lead) > 1,
                    },
                }
            )
        sections.append({**s, "tasks": new_tasks})
    projects = []
    for p in data["projects"]:
        picked = rng.sample(sentences, rng.randint(1, 2))
        lead, *support = rng.sample(leaders, rng.randint(1, 2))
        projects.append(
            {
                **p,
                "text": "".join(picked),
                "sentences": picked,
                "lead_leaders": [lead],
                "support_leaders": support,
                "lead_departments": rng.sample(units, rng.randint(1, 2)),
            }
        )
    registry = []
    for leader in leaders:
        entry = {
            "name": leader,
            "lead": [p["id"] for p in projects if leader in p["lead_leaders"]],
            "support": [p["id"] for p in projects if leader in p["support_leaders"]],
        }
        if entry["lead"] or entry["support"]:
            registry.append(entry)
    year, quarter = 2000 + n // 4 % 100, n % 4 + 1  # years stay in the range validate accepts
    meta = {
        **data["meta"],
        "id": f"synthetic-{n:05d}",
        "year": year,
        "quarter": quarter,
        "plan_title": f"上海市杨浦区人民政府{year}年第{'一二三四'[quarter - 1]}季度工作要点(合成)",
        "signed": f"{year}-{quarter * 3 - 2:02d}-20",
        "published": f"{year}-{quarter * 3 - 2:02d}-24",
    }
    return {
        **data,
        "meta": meta,
        "sections": sections,
        "projects": projects,
        "leaders": registry,
        "corrections": [],
    }


def big_document(data: dict[str, Any], records: int, n: int, rng: random.Random) -> dict[str, Any]:
    """One document of `records` records: variant n's projects, and its tasks spread over the real
    sections, each titled after a real task with a phrase from a real sentence, so titles rarely repeat."""
    doc = variant(data, n, rng)
    pool = [t for s in doc["sections"] for t in s["tasks"]]
    phrases = [x[i : i + 8] for t in pool for x in t["sentences"] for i in range(0, len(x) - 8, 4)]
    sections = [{**s, "tasks": []} for s in doc["sections"]]
    for k in range(records - len(doc["projects"])):
        task = rng.choice(pool)
        section = sections[k % len(sections)]
        title = f"{task['title']}({rng.choice(phrases)})"
        section["tasks"].append(
            {**task, "id": f"{section['number']}.{len(section['tasks']) + 1}", "title": title}
        )
    doc["sections"] = sections
    doc["meta"] = {**doc["meta"], "id": f"big-{records}-{n}"}
    return doc


def perturbed(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A later version of `doc`: 5% of tasks removed, 5% added, 10% reworded, 10% given other units."""
    tasks = [t for s in doc["sections"] for t in s["tasks"]]
    sentences = [x for t in tasks for x in t["sentences"]]
    units = sorted({u for t in tasks for u in t["responsibility"]["lead"]})
    sections = []
    for s in doc["sections"]:
        kept = []
        for t in s["tasks"]:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.15:
                picked = [*t["sentences"][:-1], rng.choice(sentences)]
                t = {**t, "text": "".join(picked), "sentences": picked}
            elif roll < 0.25:
                lead = rng.sample(units, rng.randint(1, 2))
                raw = "、".join(lead) + ("按分工牵头" if len(lead) > 1 else "牵头")
                t = {**t, "responsibility": {**t["responsibility"], "raw": raw, "lead": lead, "support": []}}
            kept.append(t)
            if rng.random() < 0.05:
                kept.append({**rng.choice(tasks), "title": f"新增任务{rng.choice(sentences)[:8]}"})
        sections.append({**s, "tasks": [{**t, "id": f"{s['number']}.{i}"} for i, t in enumerate(kept, 1)]})
    year, quarter = doc["meta"]["year"], doc["meta"]["quarter"]
    meta = {**doc["meta"], "id": f"{doc['meta']['id']}-next", "quarter": quarter % 4 + 1}
    meta["year"] = year + (quarter == 4)
    return {**doc, "meta": meta, "sections": sections}


def pair(out: Path, records: int, seed: int = 20200630) -> tuple[Path, Path]:
    """Two documents of about `records` records each (ids from `pair_ids`), the second a perturbed copy."""
    from workplan.importing import dump_dataset

    rng = random.Random(seed)
    first = big_document(base(), records, 0, rng)
    assert first["meta"]["id"] == pair_ids(records)[0]
    out.mkdir(parents=True, exist_ok=True)
    paths = out / "before.yaml", out / "after.yaml"
    for path, doc in zip(paths, (first, perturbed(first, rng)), strict=True):
        path.write_text(dump_dataset(doc, "benchmarks/corpus.py"), encoding="utf-8")
    return paths


def fill_ledger(path: Path, rows: int) -> int:
    """Fill 进展状态 and 完成情况 of the first `rows` rows of an exported 台账 sheet, as a unit returns it."""
    from openpyxl import load_workbook

    from workplan.model import Status

    wb = load_workbook(path)
    ws = wb["台账"]
    top, header = next(
        (n, [c.value for c in row])
        for n, row in enumerate(ws.iter_rows(max_row=30), 1)
        if "进展状态" in [c.value for c in row]
    )
    status, note = header.index("进展状态") + 1, header.index("完成情况") + 1
    labels = [s.label for s in Status]
    filled = 0
    for r in range(top + 1, min(top + rows, ws.max_row) + 1):
        ws.cell(r, status, labels[r % len(labels)])
        ws.cell(r, note, f"第{r}行进展")
        filled += 1
    wb.save(path)
    return filled


def generate(out: Path, records: int, seed: int = 20200424) -> list[Path]:
    from workplan.importing import dump_dataset

    rng = random.Random(seed)
    data = base()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(-(-records // RECORDS_PER_DOCUMENT)):
        path = out / f"synthetic_{n:05d}.yaml"
        path.write_text(dump_dataset(variant(data, n, rng), "benchmarks/corpus.py"), encoding="utf-8")
        paths.append(path)
    return paths


def random_updates(
    keys: list[tuple[str, str, str]], count: int, as_of: datetime.date, seed: int = 17
) -> list[Update]:
    """`count` progress reports on (document, record id, unit) keys drawn at random, dated up to 80
    days before `as_of`."""
    from workplan.model import Status
    from workplan.progress.store import Update

    rng = random.Random(seed)
    return [
        Update(
            d,
            rid,
            unit,
            rng.choice(list(Status)),
            as_of - datetime.timedelta(days=rng.randint(0, 80)),
            f"进展{i}",
        )
        for i, (d, rid, unit) in enumerate(rng.choices(keys, k=count))
    ]


def fill_store(db: Path, records_json: Path, updates: int, as_of: datetime.date) -> None:
    """`updates` reports on random (record, lead unit) pairs of the records in `records_json`, stored
    through the library in one transaction (a fresh database)."""
    from workplan.progress.store import Store

    records = json.loads(records_json.read_text(encoding="utf-8"))
    keys = [(r["document"], r["id"], u) for r in records for u in r["lead_units"]]
    db.unlink(missing_ok=True)
    with Store(db) as store:
        store.add(random_updates(keys, updates, as_of))


def sqlite_table(db: Path, records_json: Path) -> None:
    """The anchor for `by-unit`: the same records in an SQLite table with an indexed unit/role table,
    as someone would answer the question with sqlite3 alone."""
    import sqlite3

    records = json.loads(records_json.read_text(encoding="utf-8"))
    db.unlink(missing_ok=True)
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE records (id INTEGER PRIMARY KEY, json TEXT)")
        con.execute("CREATE TABLE roles (unit TEXT, record INTEGER)")
        con.executemany(
            "INSERT INTO records VALUES (?, ?)",
            ((n, json.dumps(r, ensure_ascii=False)) for n, r in enumerate(records)),
        )
        con.executemany(
            "INSERT INTO roles VALUES (?, ?)",
            ((u, n) for n, r in enumerate(records) for u in (*r["lead_units"], *r["support_units"])),
        )
        con.execute("CREATE INDEX roles_unit ON roles (unit)")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    for name in ("corpus", "pair"):
        p = sub.add_parser(name)
        p.add_argument("out", type=Path)
        p.add_argument("records", type=int)
    p = sub.add_parser("ledger")
    p.add_argument("xlsx", type=Path)
    p.add_argument("rows", type=int)
    p = sub.add_parser("sqlite")
    p.add_argument("db", type=Path)
    p.add_argument("records_json", type=Path)
    p = sub.add_parser("store")
    p.add_argument("db", type=Path)
    p.add_argument("records_json", type=Path)
    p.add_argument("updates", type=int)
    p.add_argument("--as-of", type=datetime.date.fromisoformat, required=True)
    args = parser.parse_args()
    if args.what == "corpus":
        generate(args.out, args.records)
    elif args.what == "pair":
        pair(args.out, args.records)
    elif args.what == "sqlite":
        sqlite_table(args.db, args.records_json)
    elif args.what == "ledger":
        print(fill_ledger(args.xlsx, args.rows))
    else:
        fill_store(args.db, args.records_json, args.updates, args.as_of)


if __name__ == "__main__":
    main()
