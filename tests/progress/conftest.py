"""The 台账 as `workplan export` writes it, and a way to fill it in as a unit does in Excel."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The ledger written by the installed command, one per suffix per session; callers get a copy."""
    folder = tmp_path_factory.mktemp("exported")
    env = {"WORKPLAN_CACHE_DIR": str(folder / "cache"), "PATH": "/usr/bin:/bin"}

    def get(suffix: str) -> Path:
        path = folder / f"台账{suffix}"
        if not path.exists():
            command = [sys.executable, "-m", "workplan", "export", str(path)]
            subprocess.run(command, check=True, env=env, capture_output=True)
        return path

    return get


@pytest.fixture()
def ledger_copy(exported: Callable[[str], Path], tmp_path: Path) -> Callable[[str], Path]:
    def copy(suffix: str = ".xlsx") -> Path:
        return Path(shutil.copy(exported(suffix), tmp_path / f"returned{suffix}"))

    return copy


def column(ws: Any, header_row: int, name: str) -> int:
    """The column headed `name`, added at the right when the export has none (e.g. 进展状态 before
    the export writes it)."""
    for cell in ws[header_row]:
        if cell.value == name:
            return int(cell.column)
    new = ws.max_column + 1
    ws.cell(header_row, new, name)
    return new


def fill(ws: Any, header_row: int, rows: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Write {编号: {header: value}} into the rows with those 编号; returns 编号 → row number."""
    id_col = column(ws, header_row, "编号")
    where = {ws.cell(r, id_col).value: r for r in range(header_row + 1, ws.max_row + 1)}
    for rid, values in rows.items():
        for header, value in values.items():
            ws.cell(where[rid], column(ws, header_row, header), value)
    return {rid: where[rid] for rid in rows}
