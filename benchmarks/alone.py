"""One of run.py's groups alone, against its anchor, by the same method (whole processes taking turns,
medians, CPU, peak memory): `export`, the 台账 of 100k records against xlsxwriter writing the same
cells (target 1.3), `diff`, two 30,000-record documents against the jq join by title (target 1.5), or
`search`, `search 旧改 --json` over 100k records against jq selecting the same (target 0.15).

    python benchmarks/alone.py export [--runs 3] [--records 100000] [--work DIR]
    python benchmarks/alone.py diff [--runs 5] [--records 30000] [--work DIR]
    python benchmarks/alone.py search [--runs 5] [--records 100000] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import pair_ids  # noqa: E402
from run import JQ_DIFF, JQ_SEARCH, PY, WORKPLAN, Cmd, export_json, helper, measure  # noqa: E402

GROUPS = {
    "export": (100_000, 3, 1.3),
    "diff": (30_000, 5, 1.5),
    "search": (100_000, 5, 0.15),
}  # records, runs, target ratio


def export_cmds(work: Path, records: int, env: dict[str, str]) -> tuple[Cmd, Cmd]:
    """xlsxwriter writing the cells the export writes (read back from it), and the export."""
    corpus = work / f"corpus-{records}"
    if not corpus.exists():
        helper("corpus", str(corpus), str(records))
    data = [WORKPLAN, "--data", str(corpus)]
    out, cells = work / "ledger.xlsx", work / "cells.json"
    subprocess.run([*data, "export", str(out), "--force"], env=env, check=True, capture_output=True)
    subprocess.run([PY, str(HERE / "xlsx_floor.py"), "cells", str(out), str(cells)], check=True)
    floor = [PY, str(HERE / "xlsx_floor.py"), "write", str(cells), str(work / "floor.xlsx")]
    return Cmd("xlsxwriter, the same cells", floor), Cmd(
        "workplan export 台账.xlsx", [*data, "export", str(out), "--force"]
    )


def diff_cmds(work: Path, records: int, env: dict[str, str]) -> tuple[Cmd, Cmd]:
    """The jq join by title of the two documents' records, and `diff --json` of them."""
    folder = work / f"pair-{records}"
    if not folder.exists():
        helper("pair", str(folder), str(records))
    before, after = (
        export_json(folder / f"{s}.yaml", work / f"pair-{records}-{s}.json", env) for s in ("before", "after")
    )
    jq = ["jq", "-n", "--slurpfile", "a", str(before), "--slurpfile", "b", str(after), JQ_DIFF]
    diff = [WORKPLAN, "--data", str(folder), "diff", *pair_ids(records), "--json"]
    return Cmd("jq join by title", jq), Cmd("workplan diff --json", diff)


def search_cmds(work: Path, records: int, env: dict[str, str]) -> tuple[Cmd, Cmd]:
    """jq selecting the records that hold 旧改 from the corpus's JSON, and `search 旧改 --json` (index warm)."""
    corpus = work / f"corpus-{records}"
    if not corpus.exists():
        helper("corpus", str(corpus), str(records))
    export = export_json(corpus, work / f"corpus-{records}.json", env)
    search = [WORKPLAN, "--data", str(corpus), "search", "旧改", "--json"]
    subprocess.run(search, env=env, check=True, capture_output=True)
    return Cmd("jq search", ["jq", JQ_SEARCH, str(export)]), Cmd("workplan search 旧改 --json", search)


MAKERS = {"export": export_cmds, "diff": diff_cmds, "search": search_cmds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("group", choices=sorted(GROUPS))
    parser.add_argument("--runs", type=int)
    parser.add_argument("--records", type=int)
    parser.add_argument("--work", type=Path, help="keep the corpus and cache here (reused when present)")
    args = parser.parse_args()
    records, runs, target = GROUPS[args.group]
    with tempfile.TemporaryDirectory(prefix=f"workplan-{args.group}-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "NO_COLOR": "1", "WORKPLAN_CACHE_DIR": str(work / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cmds = MAKERS[args.group](work, args.records or records, env)
        timings = measure(list(cmds), env, args.runs or runs)
        for cmd, t in zip(cmds, timings, strict=True):
            print(
                f"{cmd.name}: {t.median:.2f} s wall ({t.low:.2f}–{t.high:.2f}), {t.cpu:.2f} s CPU, {t.peak_kib >> 10} MiB"
            )
        anchor, ours = timings
        print(
            f"ratio: {ours.median / anchor.median:.2f} wall, {ours.cpu / anchor.cpu:.2f} CPU (target {target})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
