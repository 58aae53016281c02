"""Issue 26's figures at a million records, each against the same command over 1k, in one run.

    python benchmarks/million.py --work DIR      # generates DIR/corpus-1000 and DIR/corpus-1000000 once

run.py stops at 100k: jq, its anchor there, needs gigabytes at this size, and the targets at a million
are the tool against itself (a query's cost set by its answer, not the corpus) and memory ceilings. Same
method as run.py (whole processes, turns, medians, CPU time, peak memory of the process tree for the
build). Writes a Markdown table to --out (default benchmarks/MILLION.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import RECORDS_PER_DOCUMENT, WORKPLAN, Cmd, Timing, helper, measure, ms, run_once  # noqa: E402

MIB = 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="corpora and caches (reused when present)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=HERE / "MILLION.md")
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1", "COLUMNS": "100"}
    for name in ("WORKPLAN_DATA", "WORKPLAN_DB", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    small, big = work / "corpus-1000", work / "corpus-1000000"
    for folder, size in ((small, 1_000), (big, 1_000_000)):
        if not folder.exists():
            helper("corpus", str(folder), str(size))
    records = len(list(big.glob("*.yaml"))) * RECORDS_PER_DOCUMENT
    rows: list[tuple[str, Timing, Timing | None, str]] = []

    def row(name: str, t: Timing, base: Timing | None, target: str) -> None:
        rows.append((name, t, base, target))
        ratio = f"{t.median / base.median:.2f}x" if base else ""
        print(f"{name[:70]:70} {ms(t.median):>8} ms {ms(t.cpu):>8} cpu {t.peak_kib / MIB:6.0f} MiB {ratio}")

    def data(folder: Path) -> list[str]:
        return [WORKPLAN, "--data", str(folder)]

    # the cold build: an empty cache, every file parsed and the index written (timed once: minutes)
    cold = Cmd(
        f"cold: build {records:,} records (empty cache) + by-unit 区商务委 --json",
        [*data(big), "by-unit", "区商务委", "--json"],
        extra={"WORKPLAN_CACHE_DIR": tempfile.mkdtemp(prefix="cold-1m-", dir=work)},
        tree=True,
    )
    wall, cpu, peak = run_once(cold, env)
    row(cold.name, Timing(wall, wall, wall, cpu, peak), None, "completes, peak < 2 GiB")
    shutil.rmtree(cold.extra["WORKPLAN_CACHE_DIR"], ignore_errors=True)

    for name, argv, target in (
        ("workplan search 无此词汇 --json", ["search", "无此词汇", "--json"], "≤ 2× the same over 1k"),
        (
            "workplan by-unit 区商务委 --json",
            ["by-unit", "区商务委", "--json"],
            "(answer grows with the corpus)",
        ),
    ):
        base, one = measure(
            [Cmd(f"{name} over 1k", [*data(small), *argv]), Cmd(f"{name} over 1M", [*data(big), *argv])],
            env,
            args.runs,
        )
        row(f"{name} over 1k", base, None, "")
        row(f"{name} over {records:,}", one, base, target)
    head = [
        Cmd(
            f"workplan list --json | head -1 over {label}",
            ["sh", "-c", f"'{WORKPLAN}' --data '{f}' list --json | head -1"],
        )
        for label, f in (("1k", small), ("1M", big))
    ]
    base, one = measure(head, env, args.runs)
    row(head[0].name, base, None, "")
    row(head[1].name, one, base, "(≤ 2× at 100k)")
    (whole,) = measure(
        [Cmd(f"workplan list --json over {records:,} (whole)", [*data(big), "list", "--json"])], env, 1
    )
    row(f"workplan list --json over {records:,} (whole, to /dev/null)", whole, None, "peak < 300 MiB")

    edited = sorted(big.glob("*.yaml"))[len(list(big.glob("*.yaml"))) // 2]

    def touch() -> dict[str, str]:
        with open(edited, "a", encoding="utf-8") as f:
            f.write("# edited\n")
        return {}

    warm = Cmd("workplan search 旧改 --json (warm)", [*data(big), "search", "旧改", "--json"])
    after = Cmd("workplan search 旧改 --json, one file edited before the run", warm.argv, fresh=touch)
    base, one = measure([warm, after], env, args.runs)
    row(f"{warm.name} over {records:,}", base, None, "")
    row(f"{after.name} over {records:,}", one, base, "≤ 3× the warm query")

    lines = [
        f"# A million records ({records:,}, {len(list(big.glob('*.yaml'))):,} files)",
        "",
        "`python benchmarks/million.py --work DIR`; medians of whole processes in turns (see run.py).",
        "",
        "| command | wall ms | CPU ms | peak MiB | ratio | target |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, timing, anchor, target in rows:
        ratio = f"{timing.median / anchor.median:.2f}×" if anchor else ""
        lines.append(
            f"| {name} | {ms(timing.median)} | {ms(timing.cpu)} | {timing.peak_kib / MIB:.0f} | {ratio} | {target} |"
        )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
