"""LibreOffice as the tests' office suite: files converted the way a user's own copy would save them."""

from __future__ import annotations

import subprocess
from pathlib import Path


def convert(source: Path, fmt: str, outdir: Path) -> Path:
    """`source` saved by LibreOffice as `fmt` (pdf, ods, xls) into `outdir`, with a profile of its own
    there so that parallel or repeated runs never share one."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(outdir / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return outdir / f"{source.stem}.{fmt}"
