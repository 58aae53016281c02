"""LibreOffice as the tests' office suite: files converted the way a user's own copy would save them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, NamedTuple

# The CJK fonts of a Chinese desktop on Linux, by where Debian installs them: Noto Sans/Serif CJK
# (fonts-noto-cjk, Debian's default) and WenQuanYi Zen Hei (fonts-wqy-zenhei).
CJK_FONTS = {"noto": "*/noto/Noto*CJK*", "wqy": "*/wqy*/*"}


def font_config(font: str, outdir: Path) -> dict[str, str]:
    """An environment in which fontconfig offers LibreOffice one CJK font only: the others are rejected,
    so a layout that fits one font's metrics and not another's shows."""
    others = "".join(f"<glob>{g}</glob>" for name, g in CJK_FONTS.items() if name != font)
    conf = outdir / f"fonts-{font}.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<selectfont><rejectfont>{others}</rejectfont></selectfont></fontconfig>",
        encoding="utf-8",
    )
    return os.environ | {"FONTCONFIG_FILE": str(conf)}


def convert(source: Path, fmt: str, outdir: Path, font: str | None = None) -> Path:
    """`source` saved by LibreOffice as `fmt` (pdf, ods, xls) into `outdir`, with a profile of its own
    there so that parallel or repeated runs never share one; with `font`, that CJK font only."""
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
        env=font_config(font, outdir) if font else None,
    )
    return outdir / f"{source.stem}.{fmt}"


class Column(NamedTuple):
    width: float
    hidden: bool


def column_layout(ws: Any) -> list[Column]:
    """Each column's width and hidden flag as an office suite reads them: one `<col>` element may span
    several columns (min..max), which openpyxl keys by its first letter only."""
    spans = {d.min: d for d in ws.column_dimensions.values() if d.min}
    layout: dict[int, Column] = {}
    for first, d in spans.items():
        for i in range(first, (d.max or first) + 1):
            layout[i] = Column(d.width, bool(d.hidden))
    return [layout[i] for i in sorted(layout)]
