"""Progress tracking at scale, at the library level (no CLI start-up in the numbers).

    python benchmarks/progress_bench.py [--records 100000] [--updates 10000] [--ledger-rows 1000]

1. `progress import` of a returned 台账: the ledger `export` writes for the first documents (its 台账
   sheet and one sheet per unit), with --ledger-rows rows filled in; read back, checked and stored,
   then the same file again (every row already stored).
2. `status` / `stats --progress` / the bulletin over a corpus of --records records with --updates
   reports in the store.
Prints one Markdown table; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import RECORDS_PER_DOCUMENT, fill_ledger, generate, random_updates  # noqa: E402

from workplan.export import ledger, to_xlsx  # noqa: E402
from workplan.loader import load_index  # noqa: E402
from workplan.progress import Corpus  # noqa: E402
from workplan.progress import bulletin as bulletins  # noqa: E402
from workplan.progress.ledger_read import import_ledger, read_ledger  # noqa: E402
from workplan.progress.status import status_rows, unit_stats  # noqa: E402
from workplan.progress.store import Store  # noqa: E402

T = TypeVar("T")
AS_OF = datetime.date(2020, 6, 25)
ROWS: list[tuple[str, str, str]] = []


def timed(label: str, detail: str, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    ROWS.append((label, detail, f"{time.perf_counter() - start:.3f}"))
    return result


def returned_ledger(folder: Path, rows: int) -> Path:
    """The export of enough documents for `rows` rows, with the first `rows` 台账 rows filled in."""
    small = Corpus(load_index(folder))
    path = folder.parent / "returned.xlsx"
    path.write_bytes(to_xlsx(small, ledger(small, small.records[:rows]), None))
    fill_ledger(path, rows)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--ledger-rows", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workplan-progress-bench-") as tmp:
        work = Path(tmp)
        small_dir, big_dir = work / "ledger-corpus", work / "corpus"
        generate(small_dir, args.ledger_rows)
        path = timed(
            "export the 台账 (setup)",
            f"{args.ledger_rows} rows",
            lambda: returned_ledger(small_dir, args.ledger_rows),
        )
        small = Corpus(load_index(small_dir))
        with Store(work / "ledger.db") as store:
            read = timed(
                "read back the 台账",
                f"{args.ledger_rows} rows, {len(small.documents)} documents",
                lambda: read_ledger(path, small, AS_OF),
            )
            assert not read.bad, read.bad[:3]
            added = timed(
                "store it (one transaction)",
                f"{len(read.updates)} reports",
                lambda: import_ledger(store, read),
            )
            again = timed(
                "import the same file again",
                "read + store",
                lambda: import_ledger(store, read_ledger(path, small, AS_OF)),
            )
            assert len(added) == len(read.updates) and again == []

        generate(big_dir, args.records)
        big = timed(
            "load the corpus (cold, setup)", f"{args.records} records", lambda: Corpus(load_index(big_dir))
        )
        keys = [(r.document, r.id, u) for r in big.records for u in r.lead_units]
        reports = random_updates(keys, args.updates, AS_OF, seed=15)
        with Store(work / "big.db") as store:
            timed("store the reports", f"{args.updates} reports", lambda: store.add(reports))
            updates = timed("read every report back", f"{store.count()} rows", lambda: store.updates(AS_OF))
        rows = timed("status rows with lights", f"{len(keys)} rows", lambda: status_rows(big, updates, AS_OF))
        timed("per-unit rates", f"{len(big.units)} units", lambda: unit_stats(rows))
        b = timed("the bulletin", f"{len(rows)} rows", lambda: bulletins.bulletin(rows, AS_OF))
        timed("bulletin as Markdown", f"{len(b.overdue)} overdue", lambda: bulletins.to_markdown(b))
        timed("bulletin as xlsx", f"{len(b.overdue)} overdue", lambda: bulletins.to_xlsx(b))
    print(f"records per document: {RECORDS_PER_DOCUMENT}; Python {sys.version.split()[0]}\n")
    print("| step | size | seconds |\n|---|---|---|")
    for label, detail, seconds in ROWS:
        print(f"| {label} | {detail} | {seconds} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
