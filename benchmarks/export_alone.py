"""The 台账 export over 100k records against xlsxwriter writing the same cells, alone: run.py's export
group without the rest of the run (same method: whole processes, turns, medians, CPU, peak memory).

    python benchmarks/export_alone.py [--runs 3] [--work DIR]
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

from run import PY, WORKPLAN, Cmd, measure  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--work", type=Path, help="keep the corpus and cache here (reused when present)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workplan-export-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / f"corpus-{args.records}"
        if not corpus.exists():
            subprocess.run(
                [PY, str(HERE / "corpus.py"), "corpus", str(corpus), str(args.records)], check=True
            )
        env = {**os.environ, "NO_COLOR": "1", "WORKPLAN_CACHE_DIR": str(work / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data = [WORKPLAN, "--data", str(corpus)]
        out, cells = work / "ledger.xlsx", work / "cells.json"
        subprocess.run([*data, "export", str(out), "--force"], env=env, check=True, capture_output=True)
        subprocess.run([PY, str(HERE / "xlsx_floor.py"), "cells", str(out), str(cells)], check=True)
        floor = Cmd(
            "xlsxwriter", [PY, str(HERE / "xlsx_floor.py"), "write", str(cells), str(work / "floor.xlsx")]
        )
        ledger = Cmd("export", [*data, "export", str(out), "--force"])
        anchor, ours = measure([floor, ledger], env, args.runs)
        for name, t in (("xlsxwriter, the same cells", anchor), ("workplan export 台账.xlsx", ours)):
            print(
                f"{name}: {t.median:.1f} s wall ({t.low:.1f}–{t.high:.1f}), {t.cpu:.1f} s CPU, {t.peak_kib >> 10} MiB"
            )
        print(f"ratio: {ours.median / anchor.median:.2f} wall, {ours.cpu / anchor.cpu:.2f} CPU (target 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
