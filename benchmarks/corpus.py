"""Deterministic synthetic corpora in the dataset schema, for the benchmarks.

Each document is a variation of the shipped Yangpu plan: same outline, with each record's sentences,
lead and supporting units drawn (with a fixed seed) from the real records, and the registries built to
match, so every generated file passes `workplan validate`.

    python benchmarks/corpus.py OUT_DIR RECORDS     # e.g. 100000 → 2,440 documents of 41 records
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import yaml

from workplan.importing import dump_dataset
from workplan.loader import shipped_data

RECORDS_PER_DOCUMENT = 41


def base() -> dict[str, Any]:
    return yaml.safe_load(shipped_data().read_text(encoding="utf-8"))


def variant(data: dict[str, Any], n: int, rng: random.Random) -> dict[str, Any]:
    """Document n: the real outline with shuffled sentences, units and leaders."""
    tasks = [t for s in data["sections"] for t in s["tasks"]]
    sentences = [x for t in tasks for x in t["sentences"]] + [
        x for p in data["projects"] for x in p["sentences"]
    ]
    units = [u["name"] for u in data["units"] if u["kind"] not in ("collective", "subdistrict")]
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


def generate(out: Path, records: int, seed: int = 20200424) -> list[Path]:
    rng = random.Random(seed)
    data = base()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(-(-records // RECORDS_PER_DOCUMENT)):
        path = out / f"synthetic_{n:05d}.yaml"
        path.write_text(dump_dataset(variant(data, n, rng), "benchmarks/corpus.py"), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]))
