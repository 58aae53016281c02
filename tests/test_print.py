"""The ledger checked the way a clerk sees it: LibreOffice prints the exported XLSX to PDF, and the PDF
holds every record's full text at a readable size (issue 16).

Needs `soffice` (Debian: libreoffice-calc-nogui), poppler's `pdftotext` (poppler-utils), a CJK font
(fonts-wqy-zenhei) and Carlito, LibreOffice's stand-in for Calibri whose digit is the column width unit
(fonts-crosextra-carlito). Skipped only where soffice is absent.
"""

from __future__ import annotations

import datetime
import fnmatch
import html
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from workplan.cli.testing import invoke
from workplan.corpus import Corpus, Selection
from workplan.export import FONT_SIZE

from .office import CJK_FONTS, column_layout, convert

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"),
    pytest.mark.slow,
]

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r"<page width=")


def to_pdf(xlsx: Path, tmp: Path, font: str | None = None) -> Path:
    return convert(xlsx, "pdf", tmp, font)


def installed(font: str) -> bool:
    out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True).stdout
    return any(fnmatch.fnmatch(line.split(":")[0], CJK_FONTS[font]) for line in out.splitlines())


# Each CJK font a Chinese Linux desktop has: the row heights must hold for the tallest (CI installs both).
FONTS = [
    pytest.param(f, marks=pytest.mark.skipif(not installed(f), reason=f"CJK font {f} not installed"))
    for f in CJK_FONTS
]


class Word(NamedTuple):
    page: int
    x0: float
    x1: float
    text: str


def words(pdf: Path) -> Iterator[Word]:
    """Every word pdftotext finds, with its page and horizontal extent."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    for page, chunk in enumerate(PAGE.split(out.stdout)[1:], start=1):
        for m in WORD.finditer(chunk):
            yield Word(page, float(m.group(1)), float(m.group(3)), html.unescape(m.group(5)))


def column_text(pdf: Path, xlsx: Path, found: list[Word], column: str) -> str:
    """The text of one column of the main ledger sheet, read by pdftotext inside that column's box
    only, so the lines of a wrapped cell read as the cell's text and not interleaved with neighbours.

    The box comes from the sheet's own column widths, placed by two header cells (centred text) as
    they landed on the page: that gives the scale and the left edge, whatever the office suite did."""
    from openpyxl import load_workbook

    ws = load_workbook(xlsx)["台账"]
    headers = [c.value for c in ws[1]]
    widths = [0 if d.hidden else d.width for d in column_layout(ws)[: len(headers)]]
    starts = [sum(widths[:i]) for i in range(len(widths))]
    pages = sorted(
        {w.page for w in found if w.text == "具体内容"}
        - {w.page for w in found if w.text.startswith("本单位")}
    )
    first = pages[0]

    def centre(name: str) -> tuple[float, float]:
        """(x on the page, x in width units) of a header cell's centre."""
        word = next(w for w in found if w.page == first and w.text == name)
        i = headers.index(name)
        return (word.x0 + word.x1) / 2, starts[i] + widths[i] / 2

    (page_a, unit_a), (page_b, unit_b) = centre("具体内容"), centre("完成时限")
    scale = (page_b - page_a) / (unit_b - unit_a)
    left = page_a - unit_a * scale + starts[headers.index(column)] * scale
    width = widths[headers.index(column)] * scale
    args = ["-f", str(first), "-l", str(pages[-1]), "-x", str(int(left) + 1), "-y", "0"]
    args += ["-W", str(int(width) - 2), "-H", "2000"]
    # -raw reads in drawing order and keeps a hyphen at a line end (R-/09 must not read R09)
    out = subprocess.run(
        ["pdftotext", "-raw", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    )
    assert pages == list(range(first, pages[-1] + 1))
    return out.stdout


def font_sizes(found: Iterable[Word]) -> list[float]:
    """A CJK character is one em wide, so a word of n of them is n times the font size (a word that
    runs over two cells only looks larger, so the smallest text is never missed)."""
    return [
        (w.x1 - w.x0) / len(w.text)
        for w in found
        if len(w.text) >= 2 and all(unicodedata.east_asian_width(ch) in "WF" for ch in w.text)
    ]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def unquoted(text: str) -> str:
    """Squeezed, without quote marks: Writer draws “” in the Latin font, whose WinAnsi glyphs
    pdftotext -raw reads as spaces (they are on the page: -bbox finds them)."""
    return re.sub("[“”‘’]", "", squeeze(text))


class Printed(NamedTuple):
    xlsx: Path
    pdf: Path
    words: list[Word]


@pytest.fixture(scope="module", params=FONTS)
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    tmp = tmp_path_factory.mktemp("print")
    xlsx = tmp / "ledger.xlsx"
    result = invoke("export", str(xlsx))
    assert result.exit_code == 0, result.output
    pdf = to_pdf(xlsx, tmp, request.param)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert ("Noto" if request.param == "noto" else "WenQuanYi") in fonts  # the font under test printed it
    return Printed(xlsx, pdf, list(words(pdf)))


def test_the_pdf_holds_every_record_in_full(printed: Printed, corpus: Corpus) -> None:
    titles, texts = (
        squeeze(column_text(printed.pdf, printed.xlsx, printed.words, column))
        for column in ("工作任务", "具体内容")
    )
    missing = [r.id for r in corpus.records if squeeze(r.title) not in titles or squeeze(r.text) not in texts]
    assert not missing and len(corpus.records) == 41
    assert not any("###" in w.text for w in printed.words)  # no date or number too wide for its column


def test_the_pdf_text_is_printed_at_10_5_pt(printed: Printed) -> None:
    """五号 (10.5 pt) at 100%, measured to a tenth of a point; the issue's floor is 10 pt."""
    sizes = font_sizes(printed.words)
    assert len(sizes) > 1000
    assert min(sizes) >= FONT_SIZE - 0.1, "shrunk to fit: is Carlito (fonts-crosextra-carlito) installed?"


def test_pages_are_numbered_and_the_cover_is_one_page(printed: Printed) -> None:
    pages = max(w.page for w in printed.words)
    by_page = ["".join(w.text for w in printed.words if w.page == p) for p in range(1, pages + 1)]
    assert all(f"第{n}页/共{pages}页" in text for n, text in enumerate(by_page, start=1))
    assert "勘误记录" in by_page[0] and "C8" in by_page[0] and "C8" not in by_page[1]


def test_the_header_row_repeats_on_every_ledger_page(printed: Printed) -> None:
    pages = max(w.page for w in printed.words)
    assert {w.page for w in printed.words if w.text == "具体内容"} == set(range(2, pages + 1))


def test_a_formula_like_title_prints_as_written(tmp_path: Path, edited_dataset: Any) -> None:
    """The formula guard is the quotePrefix flag alone: the printed cell shows no added '."""
    path = edited_dataset(("title: 消费拉动", 'title: "=HYPERLINK(\\"http://x\\")"'))
    xlsx = tmp_path / "e.xlsx"
    result = invoke("--data", str(path), "export", str(xlsx), "--unit", "区商务委")
    assert result.exit_code == 0, result.output
    out = subprocess.run(
        ["pdftotext", "-raw", str(to_pdf(xlsx, tmp_path)), "-"], capture_output=True, text=True
    )
    text = squeeze(out.stdout)
    assert '=HYPERLINK("http://x")' in text and "'=HYPERLINK" not in text


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_the_bulletin_prints_whole(tmp_path: Path, font: str, suffix: str) -> None:
    """The 通报 as issued (Word) and as the 台账-like workbook: every unit of the table, the total row
    and every overdue item print in full, nothing shows ###, and the pages are numbered."""
    from workplan.api import load
    from workplan.progress.tracking import given, the_bulletin

    out = tmp_path / f"通报{suffix}"
    result = invoke("export", str(out), "--bulletin", "--as-of", "2020-07-01")
    assert result.exit_code == 0, result.output
    b = the_bulletin(load(), given([]), Selection(), datetime.date(2020, 7, 1))
    pdf = to_pdf(out, tmp_path, font)
    printed = list(words(pdf))
    # -raw: in drawing order, where a wrapped cell's lines follow each other
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True)
    text = unquoted(raw.stdout)
    assert b.whole == "全区合计" and b.whole in text and f"共{b.works}项工作" in text
    missing = [u.unit for u in b.units if unquoted(u.unit) not in text]
    missing += [r.title for r in b.overdue if unquoted(r.title) not in text]
    assert not missing and len(b.overdue) > 40
    assert text.count("6月30日") >= len(b.overdue)  # each overdue row's 完成时限, not ### or nothing
    assert not any("###" in w.text for w in printed)
    pages = max(w.page for w in printed)
    assert pages > 1
    if suffix == ".docx":  # — 1 — … in the footer
        assert all(
            f"—{n}—" in squeeze("".join(w.text for w in printed if w.page == n)) for n in range(1, pages + 1)
        )
