"""A/B: the installed `workplan` against a patched copy of its source, one command, timed in turns.

    python benchmarks/ab.py PATCHED_ROOT [--runs 5] [--env NAME=VALUE …] -- ARGS…

PATCHED_ROOT holds a `workplan/` package (a copy of the source with a proposed patch applied); it is put
first on PYTHONPATH for the B runs. Each side keeps its own cache folder (the patched one is the other's
name + "-patched"), since the cache is keyed by the code. Same method as run.py: whole processes, one warm-up turn, medians, CPU time, peak memory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import WORKPLAN, Cmd, measure, ms  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patched", type=Path, help="folder holding the patched workplan/ package")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for both sides")
    argv_in = sys.argv[1:]
    split = argv_in.index("--") if "--" in argv_in else len(argv_in)
    args = parser.parse_args(argv_in[:split])
    argv = [WORKPLAN, *argv_in[split + 1 :]]
    if not (args.patched / "workplan" / "__init__.py").exists():
        raise SystemExit(f"{args.patched}: no workplan/ package there")
    env = {**os.environ, **dict(e.split("=", 1) for e in args.env), "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="workplan-ab-") as tmp:
        # --env WORKPLAN_CACHE_DIR=… keeps both caches (the patched one beside it) for the next A/B
        cache = env.get("WORKPLAN_CACHE_DIR") or f"{tmp}/cache"
        a = Cmd("installed", argv, extra={"WORKPLAN_CACHE_DIR": cache})
        b = Cmd(
            f"patched ({args.patched})",
            argv,
            extra={"WORKPLAN_CACHE_DIR": f"{cache}-patched", "PYTHONPATH": str(args.patched.resolve())},
        )
        ta, tb = measure([a, b], env, args.runs)
    for cmd, t in ((a, ta), (b, tb)):
        print(
            f"{cmd.name:40} {ms(t.median):>7} ms ({ms(t.low)}–{ms(t.high)}) {ms(t.cpu):>7} ms CPU "
            f"{t.peak_kib / 1024:5.0f} MiB"
        )
    print(f"patched / installed: {tb.median / ta.median:.2f} wall, {tb.cpu / ta.cpu:.2f} CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
