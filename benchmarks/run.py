"""Time whole `workplan` processes against baselines measured in the same run; write RESULTS.md.

    python benchmarks/run.py                 # everything (generates corpora of 1k, 10k, 100k records)
    python benchmarks/run.py --quick         # start-up, long arguments and the 1k sizes only, fewer runs

Every figure is the median of several runs after a warm-up, with its spread (min–max), and a ratio
to the baseline it is judged against: the floor Typer app for start-up, the same command with a
2-character argument for long arguments, jq over the same records exported as JSON for scale. A
baseline and the commands judged against it run in turns (A B A B …), so a machine whose load changes
during the run slows both alike. CPU time (user + system, children included) is shown beside wall time:
it moves much less with other processes' load. Peak memory is each process's maximum resident set
size; for cold builds (a process pool) it is the largest sum over the process tree, sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import RECORDS_PER_DOCUMENT, pair_ids  # noqa: E402

WORKPLAN = str(Path(sys.executable).parent / "workplan")
PY = sys.executable
AS_OF = "2020-06-25"
JQ_BY_UNIT = '[.[] | select((.lead_units | index("区商务委")) or (.support_units | index("区商务委")))]'
JQ_SEARCH = (
    '[.[] | select((.title | contains("旧改")) or (.text | contains("旧改")) '
    'or ((.lead_units + .support_units) | join("、") | contains("旧改")))]'
)
# status: one row per record and lead unit, with a light computed from the deadline
JQ_STATUS = (
    "[.[] | . as $r | .lead_units[] | {document: $r.document, id: $r.id, title: $r.title, unit: ., "
    f'deadline: $r.deadline, light: (if $r.deadline == null then "grey" elif $r.deadline < "{AS_OF}" '
    'then "red" else "green" end)}]'
)
# diff: join the two documents by title (sorted, as jq's own INDEX/from_entries copy the object per key,
# which is quadratic); added, removed, and continued records whose text or units changed
JQ_DIFF = (
    "[($a[0][] | {t: .title, a: .}), ($b[0][] | {t: .title, b: .})] | group_by(.t) "
    "| map({before: (map(.a // empty)[0]), after: (map(.b // empty)[0])}) "
    "| {added: map(select(.before == null) | .after), removed: map(select(.after == null) | .before), "
    "continued: map(select(.before != null and .after != null) | {before, after, "
    "changed: (.before.text != .after.text or .before.lead_units != .after.lead_units)})}"
)
# diff sizes stop where one document reaches the loader's 32 MiB file limit (about 39k records)
DIFF_SIZES = (1_000, 10_000, 30_000)


@dataclass
class Timing:
    median: float
    low: float
    high: float
    cpu: float  # median user + system seconds
    peak_kib: int


@dataclass
class Cmd:
    """A command to time: its row name, argv, extra environment, accepted exit codes, an untimed
    preparation per run returning environment overrides, whether to sample its process tree's memory,
    and the ratio to its baseline it must hold."""

    name: str
    argv: list[str]
    extra: dict[str, str] = field(default_factory=dict)
    ok: Collection[int] = (0, 1)
    fresh: Callable[[], dict[str, str]] | None = None
    tree: bool = False
    target: float | None = None


def tree_rss_kib(root: int) -> int:
    """The resident set of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            children[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children[pid])
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total


def run_once(cmd: Cmd, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall time, CPU time and peak resident KiB of one process (of its whole tree when `cmd.tree`)."""
    env = {**env, **cmd.extra, **(cmd.fresh() if cmd.fresh else {})}
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(
            cmd.argv, stdout=devnull, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env
        )
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG if cmd.tree else 0)
            if pid:
                break
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in cmd.ok:
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd.argv)[:300]}\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime, max(peak, usage.ru_maxrss)


def measure(cmds: list[Cmd], env: dict[str, str], runs: int) -> list[Timing]:
    """Each command's median of `runs`, the commands taking turns, after one warm-up turn (page cache,
    pyc files, the workplan cache)."""
    samples: list[list[tuple[float, float, int]]] = [[] for _ in cmds]
    for turn in range(runs + 1):
        for k, cmd in enumerate(cmds):
            sample = run_once(cmd, env)
            if turn:
                samples[k].append(sample)
    return [
        Timing(
            statistics.median(t for t, _, _ in s),
            min(t for t, _, _ in s),
            max(t for t, _, _ in s),
            statistics.median(c for _, c, _ in s),
            max(m for _, _, m in s),
        )
        for s in samples
    ]


Row = tuple[str, str, Timing, str, str]


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
    load = os.getloadavg()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores (load average {load:.1f} at the end of the run), "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
        f"Typer {typer.__version__}, {jq}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def export_json(data: Path, out: Path, env: dict[str, str]) -> Path:
    """The records of `data` as one JSON array, what jq reads."""
    with open(out, "wb") as f:
        subprocess.run([WORKPLAN, "--data", str(data), "list", "--json"], stdout=f, env=env, check=True)
    return out


def helper(*args: str) -> str:
    """Run a corpus.py command in its own process (see its docstring: keeps this process small)."""
    return subprocess.run(
        [PY, str(HERE / "corpus.py"), *args], check=True, capture_output=True, text=True
    ).stdout


def long_query(length: int) -> str:
    """A pasted passage: the shipped records' texts run together, cut to `length` characters."""
    from workplan.loader import shipped_data

    text = "".join(
        line.split(":", 1)[1].strip()
        for line in shipped_data().read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("text:")
    )
    return (text * (length // max(len(text), 1) + 1))[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="start-up, long arguments and 1k only, 5 runs")
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up figure (default 15)")
    parser.add_argument("--cold-runs", type=int, default=3, help="runs per 100k cold build (default 3)")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--work", type=Path, help="keep generated corpora here (reused when present)")
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    sizes = [1_000] if args.quick else [1_000, 10_000, 100_000]
    diff_sizes = DIFF_SIZES[:1] if args.quick else DIFF_SIZES
    if not shutil.which("jq"):
        raise SystemExit("jq is needed for the scale baseline (apt-get install jq)")

    work = args.work or Path(tempfile.mkdtemp(prefix="workplan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1", "COLUMNS": "100"}
    # an installed package has its bytecode; without it every run would compile workplan from source
    for name in ("WORKPLAN_DATA", "WORKPLAN_DB", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    rows: list[Row] = []
    anchors: dict[str, Cmd] = {}  # the smallest size's commands, the baselines of the larger sizes
    growth: dict[str, list[tuple[int, Timing]]] = defaultdict(list)

    def row(group: str, name: str, t: Timing, base: Timing | None, target: float | None) -> None:
        ratio = t.median / base.median if base else None
        verdict = "" if ratio is None or target is None else f"≤ {target} {'✓' if ratio <= target else '✗'}"
        rows.append((group, name, t, "" if ratio is None else f"{ratio:.2f}", verdict))
        print(
            f"{group:10} {name[:66]:66} {ms(t.median):>7} ms {ms(t.cpu):>7} cpu {t.peak_kib / 1024:5.0f} MiB"
            f" {rows[-1][3]:>5} {verdict}",
            flush=True,
        )

    def bench(group: str, base: Cmd | None, cmds: list[Cmd], n: int) -> list[Timing]:
        """Time the baseline and the commands in turns; one row each, ratios against the baseline."""
        timings = measure([base, *cmds] if base else cmds, env, n)
        base_t = timings.pop(0) if base else None
        if base and base_t:
            row(group, f"{base.name} (baseline)", base_t, None, None)
        for cmd, t in zip(cmds, timings, strict=True):
            row(group, cmd.name, t, base_t, cmd.target)
        return timings

    # --- start-up ---------------------------------------------------------------------------------
    floor = Cmd("floor: minimal Typer app", [PY, str(HERE / "floor_app.py"), "区商务委", "--json"])
    completion = {
        "_WORKPLAN_COMPLETE": "complete_bash",
        "COMP_WORDS": "workplan by-unit 区",
        "COMP_CWORD": "2",
    }
    bench(
        "start-up",
        floor,
        [
            Cmd("workplan by-unit 区商务委 --json", [WORKPLAN, "by-unit", "区商务委", "--json"], target=1.2),
            Cmd("completion: workplan by-unit 区<TAB>", [WORKPLAN], extra=completion, target=1.2),
        ],
        runs,
    )
    table_floor = Cmd("floor + one-row rich table", [PY, str(HERE / "floor_table_app.py"), "区商务委"])
    bench(
        "start-up",
        table_floor,
        [Cmd("workplan by-unit 区商务委 (table)", [WORKPLAN, "by-unit", "区商务委"], target=1.2)],
        runs,
    )

    # --- long arguments, on the shipped data --------------------------------------------------------
    passage = long_query(5_000)
    bench(
        "long arg",
        Cmd("workplan search 旧改 --json", [WORKPLAN, "search", "旧改", "--json"]),
        [
            Cmd(
                "workplan search <5,000-character passage> --json",
                [WORKPLAN, "search", passage, "--json"],
                target=1.2,
            )
        ],
        runs,
    )
    # a 5,000-character name no unit has: resolution runs in full, then a usage error (exit 2)
    long_name = Cmd(
        "workplan by-unit <5,000 characters> --json",
        [WORKPLAN, "by-unit", "区商务委" * 1_250, "--json"],
        ok=(0, 1, 2),
        target=1.2,
    )
    bench(
        "long arg",
        Cmd("workplan by-unit 商务 --json", [WORKPLAN, "by-unit", "商务", "--json"]),
        [long_name],
        runs,
    )

    # --- scale: cold build, warm queries, status ----------------------------------------------------
    for size in sizes:
        folder = work / f"corpus-{size}"
        if not folder.exists():
            helper("corpus", str(folder), str(size))
        n_records = len(list(folder.glob("*.yaml"))) * RECORDS_PER_DOCUMENT
        label, group, big = f"{n_records:,} rec", f"scale {size // 1000}k", size >= 100_000
        export = export_json(folder, work / f"corpus-{size}.json", env)
        scale_runs = 5 if big else min(runs, 9)
        data = [WORKPLAN, "--data", str(folder)]
        jq_by_unit = Cmd(f"jq by-unit over {label}", ["jq", JQ_BY_UNIT, str(export)])

        def fresh_cache(size: int = size) -> dict[str, str]:
            return {"WORKPLAN_CACHE_DIR": tempfile.mkdtemp(prefix=f"cold-{size}-", dir=work)}

        cold = Cmd(
            "cold: build (empty cache) + by-unit 区商务委 --json",
            [*data, "by-unit", "区商务委", "--json"],
            fresh=fresh_cache,
            tree=True,
            target=None,
        )
        bench(group, jq_by_unit, [cold], args.cold_runs if big else min(runs, 5))
        for used in work.glob(f"cold-{size}-*"):
            shutil.rmtree(used, ignore_errors=True)
        # by-unit against an indexed SQLite table answering the same question through sqlite3
        table = work / f"corpus-{size}.sqlite"
        if not table.exists():
            helper("sqlite", str(table), str(export))
        sql = "SELECT r.json FROM roles u JOIN records r ON r.id = u.record WHERE u.unit = '区商务委'"
        by_unit = Cmd(
            "workplan by-unit 区商务委 --json",
            [*data, "by-unit", "区商务委", "--json"],
            target=3.0 if big else None,
        )
        (t,) = bench(
            group,
            Cmd(f"sqlite3: indexed by-unit over {label}", ["sqlite3", str(table), sql]),
            [by_unit],
            scale_runs,
        )
        growth["by-unit"].append((n_records, t))
        search = Cmd(
            "workplan search 旧改 --json", [*data, "search", "旧改", "--json"], target=0.15 if big else None
        )
        (t,) = bench(
            group, Cmd(f"jq search over {label}", ["jq", JQ_SEARCH, str(export)]), [search], scale_runs
        )
        growth["search"].append((n_records, t))
        # cost set by the answer: a search with no hit, and the first row of a listing, against 1k
        no_hit = Cmd(
            f"workplan search 无此词汇 --json over {label}",
            [*data, "search", "无此词汇", "--json"],
            target=1.5 if big else None,
        )
        head = Cmd(
            f"workplan list --json | head -1 over {label}",
            ["sh", "-c", f"'{WORKPLAN}' --data '{folder}' list --json | head -1"],
            target=2.0 if big else None,
        )
        if size == sizes[0]:
            anchors["no-hit"], anchors["head"] = no_hit, head
        else:
            bench(group, anchors["no-hit"], [no_hit], scale_runs)
            bench(group, anchors["head"], [head], scale_runs)
        listing = Cmd(
            f"workplan list --json over {label} (whole, for its peak memory)", [*data, "list", "--json"]
        )
        bench(group, None, [listing], 3)
        # one file edited before each run: the next query rewrites that file's rows only
        edited = sorted(folder.glob("*.yaml"))[len(list(folder.glob("*.yaml"))) // 2]

        def touch(edited: Path = edited) -> dict[str, str]:
            with open(edited, "a", encoding="utf-8") as f:
                f.write("# edited\n")
            return {}

        warm = Cmd("workplan search 旧改 --json (warm)", [*data, "search", "旧改", "--json"])
        after_edit = Cmd(
            "workplan search 旧改 --json, one file edited before the run",
            [*data, "search", "旧改", "--json"],
            fresh=touch,
            target=3.0 if big else None,
        )
        bench(group, warm, [after_edit], scale_runs)
        db, updates = work / f"progress-{size}.db", n_records // 10
        helper("store", str(db), str(export), str(updates), "--as-of", AS_OF)
        status = Cmd(
            f"workplan status --json, {updates:,} updates in the store",
            [*data, "status", "--json", "--as-of", AS_OF, "--db", str(db)],
            target=1.0 if big else None,
        )
        jq_status = Cmd(
            f"jq status (a light per record and lead unit) over {label}", ["jq", JQ_STATUS, str(export)]
        )
        (t,) = bench(group, jq_status, [status], scale_runs)
        growth["status"].append((n_records, t))
        if big:  # the full 台账 as .xlsx, against xlsxwriter writing the same cells with no layout
            out = work / f"ledger-{size}.xlsx"
            cells = work / f"ledger-{size}-cells.json"  # what the export writes, read back once, untimed
            subprocess.run([*data, "export", str(out), "--force"], env=env, check=True, capture_output=True)
            subprocess.run([PY, str(HERE / "xlsx_floor.py"), "cells", str(out), str(cells)], check=True)
            floor_xlsx = Cmd(
                f"xlsxwriter (constant memory): the same cells over {label}",
                [PY, str(HERE / "xlsx_floor.py"), "write", str(cells), str(work / f"floor-{size}.xlsx")],
            )
            ledger_xlsx = Cmd(
                f"workplan export 台账.xlsx over {label}",
                [*data, "export", str(out), "--force"],
                target=1.3,
            )
            bench(group, floor_xlsx, [ledger_xlsx], 3)

    # --- diff of two documents ----------------------------------------------------------------------
    for size in diff_sizes:
        folder = work / f"pair-{size}"
        if not folder.exists():
            helper("pair", str(folder), str(size))
        before, after = (
            export_json(folder / f"{s}.yaml", work / f"pair-{size}-{s}.json", env)
            for s in ("before", "after")
        )
        jq = Cmd(
            f"jq join by title of two {size:,}-record documents",
            ["jq", "-n", "--slurpfile", "a", str(before), "--slurpfile", "b", str(after), JQ_DIFF],
        )
        diff = Cmd(
            f"workplan diff of two {size:,}-record documents --json",
            [WORKPLAN, "--data", str(folder), "diff", *pair_ids(size), "--json"],
            target=1.5 if size == 30_000 else None,
        )
        # at 1k the floor Typer app, timed in the same turns, shows how much of jq's time start-up takes
        *_, t = bench(f"diff {size // 1000}k", jq, [floor, diff] if size == 1_000 else [diff], min(runs, 9))
        growth["diff"].append((size, t))

    # --- progress import of a returned 台账 ---------------------------------------------------------
    folder, ledger = work / "corpus-1000", work / "returned.xlsx"
    ledger.unlink(missing_ok=True)
    subprocess.run(
        [WORKPLAN, "--data", str(folder), "export", str(ledger)], env=env, check=True, capture_output=True
    )
    filled = int(helper("ledger", str(ledger), "1000"))

    def fresh_db() -> dict[str, str]:
        return {"WORKPLAN_DB": str(Path(tempfile.mkdtemp(prefix="import-", dir=work)) / "progress.db")}

    argv = [WORKPLAN, "--data", str(folder), "progress", "import", str(ledger), "--date", AS_OF, "--json"]
    store = Cmd(f"workplan progress import, {filled:,}-row 台账 into an empty store", argv, fresh=fresh_db)
    bench("import", None, [store], min(runs, 7))
    for used in work.glob("import-*"):
        shutil.rmtree(used, ignore_errors=True)

    write_results(args, rows, growth)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def write_results(
    args: argparse.Namespace,
    rows: list[Row],
    growth: dict[str, list[tuple[int, Timing]]],
) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Generated by `python benchmarks/run.py{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}.",
        "",
        f"Machine: {machine()}.",
        "",
        "Whole processes, wall time. Median of the runs after one warm-up turn; spread is min–max; CPU is the",
        "median user + system time (children included); peak is the largest resident set of any run (for cold",
        "builds: of the whole process tree, workers included). Ratios (of wall medians) are against the",
        "baseline row just above, timed in turns with it in this run.",
        "",
        "| group | command | median ms | spread ms | CPU ms | peak MiB | ratio | target |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for group, name, t, ratio, target in rows:
        lines.append(
            f"| {group} | `{name}` | {ms(t.median)} | {ms(t.low)}–{ms(t.high)} | {ms(t.cpu)} | {t.peak_kib / 1024:.0f} | {ratio} | {target} |"
        )
    lines += [
        "",
        "## How cost grows (warm medians; ms per 1k records added since the previous size)",
        "",
        "CPU time is the figure to judge by: wall time also holds whatever else the machine ran meanwhile.",
        "",
        "| command | records | wall ms | CPU ms | wall ms per 1k added | CPU ms per 1k added |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, points in growth.items():
        for k, (n, t) in enumerate(points):
            if k:
                n0, t0 = points[k - 1]
                wall, cpu = (
                    f"{(b - a) * 1e6 / (n - n0):.1f}" for a, b in ((t0.median, t.median), (t0.cpu, t.cpu))
                )
            else:
                wall = cpu = ""
            lines.append(f"| {name} | {n:,} | {ms(t.median)} | {ms(t.cpu)} | {wall} | {cpu} |")
    lines += ["", (HERE / "FINDINGS.md").read_text(encoding="utf-8").strip(), ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
