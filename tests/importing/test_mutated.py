"""Files damaged on their way to a user (issue 27): every format the tool reads — a notice as text,
.docx, .html or .pdf, a returned 台账 as .xlsx or .csv — mutated at random (bytes replaced, cut short,
junk put in) is read or refused with a WorkplanError (one line and exit 3 in the CLI), never another
exception (a traceback, exit 70)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workplan
from workplan.errors import WorkplanError
from workplan.importing import import_notice

from .test_formats import LINES, as_docx, as_html, as_pdf

NOTICE = LINES[:40]  # the cover, its 落款 and the first two sections: damage reaches the plan's reading
FORMATS = {
    "txt": lambda: "\n".join(NOTICE).encode("utf-8"),
    "docx": lambda: as_docx(NOTICE),
    "html": lambda: as_html(NOTICE),
    "pdf": lambda: as_pdf(NOTICE),
}
ORIGINALS: dict[str, bytes] = {}


def original(fmt: str) -> bytes:
    if fmt not in ORIGINALS:
        ORIGINALS[fmt] = FORMATS[fmt]()
    return ORIGINALS[fmt]


edits = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=8)),
        st.tuples(st.just("cut"), st.floats(0, 1, exclude_max=True), st.just(b"")),
        st.tuples(st.just("put"), st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=64)),
    ),
    min_size=1,
    max_size=4,
)


def mutated(raw: bytes, changes: list[tuple[str, float, bytes]]) -> bytes:
    """The bytes with each change made at a fraction of their length: replaced, cut there, or put in."""
    for kind, where, junk in changes:
        at = int(where * len(raw))
        if kind == "set":
            raw = raw[:at] + junk + raw[at + len(junk) :]
        elif kind == "cut":
            raw = raw[:at]
        else:
            raw = raw[:at] + junk + raw[at:]
    return raw


SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@SLOW
@given(changes=edits)
def test_a_damaged_notice_is_read_or_refused_in_one_error(fmt: str, changes: Any) -> None:
    raw = mutated(original(fmt), changes)
    with contextlib.suppress(WorkplanError):  # refused: one line, exit 3
        import_notice(raw, f"n.{fmt}")


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A 台账 as exported (xlsx, csv), with one row filled in, as a unit sends it back."""
    folder = tmp_path_factory.mktemp("ledgers")
    corpus = workplan.load()
    out = {}
    for fmt in ("xlsx", "csv"):
        made = workplan.export_file(
            corpus, folder / f"t.{fmt}", selection=workplan.Selection(unit="区商务委"), db=folder / "p.db"
        )
        out[fmt] = made.data
    return out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(changes=edits)
def test_a_damaged_returned_ledger_is_read_or_refused_in_one_error(
    fmt: str, changes: Any, ledgers: dict[str, bytes], tmp_path: Path
) -> None:
    path = tmp_path / f"back.{fmt}"
    path.write_bytes(mutated(ledgers[fmt], changes))
    with contextlib.suppress(WorkplanError):
        workplan.check_ledger(workplan.load(), path, as_of=datetime.date(2020, 6, 20), db=tmp_path / "p.db")
    assert not (tmp_path / "p.db").exists()  # looking never makes a store


def test_the_undamaged_files_import_with_their_items() -> None:
    """The originals are plans, not refusals: a mutation is tested against the whole reading."""
    for fmt in FORMATS:
        sections = import_notice(original(fmt), f"n.{fmt}").data["sections"]
        assert sum(len(s["tasks"]) for s in sections) >= 5, fmt


def test_the_mutations_change_the_files() -> None:
    """The property above is only as good as its damage: a cut, a replacement and an insertion each
    change the bytes (a mutation that did nothing would make every case pass)."""
    raw = io.BytesIO(original("txt")).getvalue()
    for change in [("cut", 0.5, b""), ("set", 0.1, b"\xff\xfe"), ("put", 0.9, b"<x>")]:
        assert mutated(raw, [change]) != raw


def test_a_csv_ledger_with_a_stray_carriage_return_reads_as_the_intact_one(
    ledgers: dict[str, bytes], tmp_path: Path
) -> None:
    """Found by the property above: the file's last line break cut to a lone carriage return, then a
    NUL; the csv module's own error had escaped as a traceback. A lone CR is a line break (old Macs end
    lines so), and the NUL after it a row with no 编号: the reports are the intact file's."""
    assert ledgers["csv"].endswith(b"\r\n")
    intact, damaged = tmp_path / "intact.csv", tmp_path / "back.csv"
    intact.write_bytes(ledgers["csv"])
    damaged.write_bytes(ledgers["csv"][:-1] + b"\x00")
    as_of = datetime.date(2020, 6, 20)
    read = [
        workplan.check_ledger(workplan.load(), path, as_of=as_of, db=tmp_path / "p.db").read.updates
        for path in (intact, damaged)
    ]
    assert read[0] == [
        dataclasses.replace(u, source=dataclasses.replace(u.source, file=str(intact))) for u in read[1]
    ]
