"""A notice as another office suite saves it (issue 27): written in Word, then saved by LibreOffice as
its own .docx, as a web page and as a PDF — each reads to the same records as the text. Needs `soffice`
(Debian: libreoffice-writer-nogui), which CI installs; skipped only where it is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workplan.importing import import_notice

from ..office import convert
from .helpers import records
from .test_formats import LINES, as_docx

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"),
    pytest.mark.slow,
]

NOTICE = LINES[:40]  # the cover, its 落款 and two sections of the plan


@pytest.mark.parametrize(
    ("fmt", "filter_name"), [("docx", "docx:MS Word 2007 XML"), ("html", "html"), ("pdf", "pdf")]
)
def test_a_notice_saved_by_libreoffice_reads_as_its_text(fmt: str, filter_name: str, tmp_path: Path) -> None:
    source = tmp_path / "notice.docx"
    source.write_bytes(as_docx(NOTICE))
    out = tmp_path / fmt
    out.mkdir()
    convert(source, filter_name, out)
    saved = out / f"notice.{fmt}"
    expected = records(import_notice("\n".join(NOTICE).encode("utf-8"), "notice.txt"))
    assert len(expected) == 7
    assert records(import_notice(saved.read_bytes(), saved.name)) == expected
