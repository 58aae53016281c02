"""Time whole `workplan` processes against baselines measured in the same run; write RESULTS.md.

    python benchmarks/run.py                 # everything (generates corpora of 1k, 10k, 100k records)
    python benchmarks/run.py --quick         # start-up and the 1k corpus only, fewer runs

Every figure is the median of several runs after a warm-up, with its spread (min–max), and a ratio
to the baseline it is judged against: the floor Typer app for start-up, jq over the same records
exported as one JSON file for scale. Peak memory is each process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import RECORDS_PER_DOCUMENT, generate  # noqa: E402

WORKPLAN = str(Path(sys.executable).parent / "workplan")
PY = sys.executable
JQ_BY_UNIT = '[.[] | select((.lead_units | index("区商务委")) or (.support_units | index("区商务委")))]'
JQ_SEARCH = (
    '[.[] | select((.title | contains("旧改")) or (.text | contains("旧改")) '
    'or ((.lead_units + .support_units) | join("、") | contains("旧改")))]'
)


@dataclass
class Timing:
    median: float
    low: float
    high: float
    peak_kib: int


def run_once(cmd: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, int]:
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(
            cmd, stdout=devnull, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss


def measure(cmd: list[str], env: dict[str, str], runs: int) -> Timing:
    run_once(cmd, env)  # warm-up: page cache, pyc files, the workplan cache
    samples = [run_once(cmd, env) for _ in range(runs)]
    times = [t for t, _ in samples]
    return Timing(statistics.median(times), min(times), max(times), max(m for _, m in samples))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import typer

    jq = (
        subprocess.run(["jq", "--version"], capture_output=True, text=True).stdout.strip()
        if shutil.which("jq")
        else "-"
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, Typer {typer.__version__}, {jq}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="start-up and 1k only, 5 runs")
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up figure (default 15)")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--work", type=Path, help="keep generated corpora here (reused when present)")
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    sizes = [1_000] if args.quick else [1_000, 10_000, 100_000]
    if not shutil.which("jq"):
        raise SystemExit("jq is needed for the scale baseline (apt-get install jq)")

    work = args.work or Path(tempfile.mkdtemp(prefix="workplan-bench-"))
    cache = work / "cache"
    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("WORKPLAN_DATA", None)
    rows: list[tuple[str, str, Timing, Timing | None, str, str]] = []

    def compare(
        group: str,
        name: str,
        cmd: list[str],
        base: Timing,
        target: float | None,
        n: int,
        extra: dict[str, str] | None = None,
    ) -> None:
        t = measure(cmd, {**env, **(extra or {})}, n)
        ratio = t.median / base.median
        verdict = "" if target is None else f"≤ {target} {'✓' if ratio <= target else '✗'}"
        rows.append((group, name, t, base, f"{ratio:.2f}", verdict))
        print(f"{group:10} {name:58} {ms(t.median):>6} ms  {rows[-1][4]:>5} {rows[-1][5]}", flush=True)

    floor = measure([PY, str(HERE / "floor_app.py"), "区商务委", "--json"], env, runs)
    floor_table = measure([PY, str(HERE / "floor_table_app.py"), "区商务委"], env, runs)
    rows.append(("start-up", "floor: minimal Typer app (baseline)", floor, None, "1.00", ""))
    rows.append(("start-up", "floor + one-row rich table (baseline)", floor_table, None, "1.00", ""))
    compare(
        "start-up",
        "workplan by-unit 区商务委 --json",
        [WORKPLAN, "by-unit", "区商务委", "--json"],
        floor,
        1.3,
        runs,
    )
    compare(
        "start-up",
        "workplan by-unit 区商务委 (table)",
        [WORKPLAN, "by-unit", "区商务委"],
        floor_table,
        1.3,
        runs,
    )
    completion = {
        "_WORKPLAN_COMPLETE": "complete_bash",
        "COMP_WORDS": "workplan by-unit 区",
        "COMP_CWORD": "2",
    }
    compare("start-up", "completion: workplan by-unit 区<TAB>", [WORKPLAN], floor, 1.3, runs, completion)

    growth: dict[str, list[tuple[int, float]]] = {"search": [], "by-unit": []}
    cold_rows = []
    for size in sizes:
        folder = work / f"corpus-{size}"
        if not folder.exists():
            generate(folder, size)
        n_records = len(list(folder.glob("*.yaml"))) * RECORDS_PER_DOCUMENT
        # cold: an empty cache, one run (it builds the cache that the warm runs use)
        shutil.rmtree(cache, ignore_errors=True)
        cold, peak = run_once([WORKPLAN, "--data", str(folder), "by-unit", "区商务委", "--json"], env)
        cold_rows.append((size, n_records, cold, peak))
        export = work / f"corpus-{size}.json"
        with open(export, "wb") as f:
            subprocess.run([WORKPLAN, "--data", str(folder), "list", "--json"], stdout=f, env=env, check=True)
        scale_runs = 5 if size >= 100_000 else min(runs, 9)
        label = f"{n_records:,} rec"
        target = 0.5 if size >= 100_000 else None  # below that, Python's start-up alone outlasts jq
        group = f"scale {size // 1000}k"
        for query, args_, jq_filter in (
            ("by-unit", ["by-unit", "区商务委", "--json"], JQ_BY_UNIT),
            ("search", ["search", "旧改", "--json"], JQ_SEARCH),
        ):
            baseline = measure(["jq", jq_filter, str(export)], env, scale_runs)
            rows.append((group, f"jq {query} over {label} (baseline)", baseline, None, "1.00", ""))
            cmd = [WORKPLAN, "--data", str(folder), *args_]
            compare(group, "workplan " + " ".join(args_), cmd, baseline, target, scale_runs)
            growth[query].append((n_records, rows[-1][2].median))

    lines = [
        "# Benchmark results",
        "",
        f"Generated by `python benchmarks/run.py{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}.",
        "",
        f"Machine: {machine()}.",
        "",
        "Whole processes, wall time. Median of the runs after one warm-up run; spread is min–max; peak is the",
        "largest resident set of any run. Ratios are against the baseline of the same group, measured in this run.",
        "",
        "| group | command | median ms | spread ms | peak MiB | ratio | target |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for group, name, t, _, ratio, target in rows:
        lines.append(
            f"| {group} | `{name}` | {ms(t.median)} | {ms(t.low)}–{ms(t.high)} | {t.peak_kib / 1024:.0f} | {ratio} | {target} |"
        )
    lines += [
        "",
        "## Cold first run (empty cache: parse every YAML file, validate, build and store the index)",
        "",
        "| corpus | records | wall s | peak MiB |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {s // 1000}k | {n:,} | {c:.1f} | {p / 1024:.0f} |" for s, n, c, p in cold_rows]
    lines += ["", "## How cost grows (warm medians)", ""]
    sizes_seen = [n for n, _ in growth["search"]]
    steps = list(itertools.pairwise(sizes_seen))
    lines.append(
        "| command | "
        + " | ".join(f"{n:,} rec" for n in sizes_seen)
        + "".join(f" | ms per 1k added, {a // 1000}k→{b // 1000}k" for a, b in steps)
        + " |"
    )
    lines.append("|---|" + "---:|" * (len(sizes_seen) + len(steps)))
    for name, points in growth.items():
        per_k = [f"{(t1 - t0) * 1e6 / (n1 - n0):.1f}" for (n0, t0), (n1, t1) in itertools.pairwise(points)]
        lines.append(f"| {name} | " + " | ".join([*(ms(t) for _, t in points), *per_k]) + " |")
    lines += ["", (HERE / "FINDINGS.md").read_text(encoding="utf-8").strip(), ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
