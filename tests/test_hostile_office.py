"""Hostile office files and terminals: xlsx exports of a hostile dataset, raw bytes kept from a terminal, returned ledgers and .docx notices that would read or expand without bound."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests import test_hostile
from tests.test_hostile import EXE, RAW_CONTROL, SGR, World, check
from workplan.cli.testing import invoke
from workplan.errors import DataError

world = test_hostile.world  # the same hostile dataset, notice and folders


@pytest.mark.parametrize(
    "args",
    [
        ["export", "t.xlsx", "--force"],  # sheet titles from unit names holding U+FFFF
        ["export", "b.xlsx", "--bulletin", "--as-of", "2020-07-01", "--force"],  # cells holding \x08
    ],
    ids=["ledger", "bulletin"],
)
@pytest.mark.parametrize("colour", [False, True], ids=["pipe", "force-color"])
def test_xlsx_exports_of_the_hostile_dataset(world: World, args: list[str], colour: bool) -> None:
    """The two commands left out of the subprocess pass: exit 0, nothing raw, no .tmp left."""
    env = {**world.env, **({"FORCE_COLOR": "1"} if colour else {})}
    args = [*args[:1], str(world.out / args[1]), *args[2:]]
    result = subprocess.run(
        [EXE, "--data", str(world.plan), *args], stdin=subprocess.DEVNULL, capture_output=True, env=env
    )
    assert check(" ".join(args), result, True, colour) == []
    assert result.returncode == 0, result.stderr
    assert not [p for p in world.out.iterdir() if ".tmp" in p.name]


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json"])
def test_export_to_a_terminal_is_escaped(world: World, fmt: str) -> None:
    """`export -` and `import` without -o write a file's bytes to stdout: raw into a pipe, but a person
    reading a terminal must not get the data's escape sequences (`list --format csv` already escapes)."""
    result = invoke("--data", str(world.plan), "export", "-", "--format", fmt, tty=True)
    assert result.exit_code == 0 and RAW_CONTROL.search(SGR.sub("", result.stdout)) is None


def test_import_to_a_terminal_is_escaped(world: World) -> None:
    result = invoke("import", str(world.notice), "--id", "tty", tty=True)
    assert result.exit_code == 0 and RAW_CONTROL.search(result.stdout) is None


def test_a_returned_ledger_is_read_no_further_than_its_limit(tmp_path: Path) -> None:
    """progress import trusted the size a file reports: /dev/zero ran out of memory (exit 70)."""
    result = subprocess.run(
        ["bash", "-c", f"ulimit -v 1500000; '{EXE}' progress import /dev/zero --db {tmp_path / 'p.db'}"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 3 and b"20 MiB" in result.stderr, result.stderr


def test_a_long_cell_in_a_returned_csv_is_not_a_crash(tmp_path: Path) -> None:
    """A 完成情况 over csv's default 128 KiB field limit gave exit 70 (_csv.Error)."""
    ledger = tmp_path / "back.csv"
    ledger.write_text("编号,进展状态,完成情况\n2.6,推进中," + "进" * 140_000 + "\n", encoding="utf-8")
    result = invoke(
        "progress", "import", str(ledger), "--unit", "区商务委", "--dry-run", "--db", str(tmp_path / "p.db")
    )
    assert result.exit_code == 0, result.stderr


def docx_with(body_extra: bytes, repeat: int = 1) -> bytes:
    """A .docx of one section and item whose body also holds `body_extra` (`repeat` times, streamed)."""
    d = Document()
    d.add_paragraph("一、综合经济")
    d.add_paragraph("(一)促进消费。举办购物节。(责任单位:区商务委)")
    plain = io.BytesIO()
    d.save(plain)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "word/document.xml":
                z.writestr(info, data)
                continue
            head, sep, tail = data.partition(b"</w:body>")
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                f.write(head)
                for _ in range(repeat):
                    f.write(body_extra)
                f.write(sep + tail)
    return out.getvalue()


def test_a_comment_in_a_docx_body_is_not_a_crash(tmp_path: Path) -> None:
    """lxml gives a comment a function as its tag: `child.tag.rsplit` raised AttributeError (exit 70)."""
    notice = tmp_path / "n.docx"
    notice.write_bytes(docx_with(b"<!-- a comment --><?pi x?>"))
    result = invoke("import", str(notice), "--id", "c")
    assert result.exit_code == 0 and "区商务委" in result.stdout, result.stderr


def refused_in_capped_memory(notice: Path) -> None:
    """`workplan import NOTICE` in a process capped at 1.5 GB of memory says the file expands too far
    (exit 3): inflating it first would have hit the cap and died instead."""
    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(notice.parent / "c")}
    result = subprocess.run(
        ["bash", "-c", f"ulimit -v 1500000; '{EXE}' import '{notice}'"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 3 and "解压后过大".encode() in result.stderr, result.stderr


def test_a_docx_that_expands_without_bound_is_refused(tmp_path: Path) -> None:
    """1.5 MB on disk, 1.5 GB unpacked: python-docx took 3 GB and died (exit 70); refuse it unread."""
    notice = tmp_path / "bomb.docx"
    notice.write_bytes(docx_with(b"<!--" + b"a" * (1 << 20) + b"-->", repeat=1500))
    refused_in_capped_memory(notice)


def test_a_docx_of_empty_paragraphs_is_refused_by_its_xml(tmp_path: Path) -> None:
    """40 MiB of `<w:p/>` is 70 KB zipped and under the 256 MiB limit, but python-docx parses the XML
    into a tree of 25 bytes a byte and the reader made a Line of each: over 2 GB (exit 70)."""
    notice = tmp_path / "empty.docx"
    notice.write_bytes(docx_with(b"<w:p/>" * ((1 << 20) // 6), repeat=40))
    refused_in_capped_memory(notice)


def imported_in_capped_memory(notice: Path) -> subprocess.CompletedProcess[bytes]:
    """`workplan import NOTICE` in a process capped at 1.5 GB of memory."""
    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(notice.parent / "c")}
    command = f"ulimit -v 1500000; '{EXE}' import '{notice}' -o '{notice.parent / 'out.yaml'}'"
    return subprocess.run(["bash", "-c", command], capture_output=True, env=env, timeout=120)


def test_a_notice_of_blank_lines_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """16 MiB of newlines after one item made 16 million Line objects: over 3 GB, MemoryError (exit 70)."""
    notice = tmp_path / "blank.txt"
    notice.write_text(
        "一、综合经济\n(一)促进消费。(责任单位:区商务委)\n" + "\n" * (16 << 20), encoding="utf-8"
    )
    result = imported_in_capped_memory(notice)
    assert result.returncode == 0, result.stderr


def test_a_notice_of_millions_of_items_is_refused_as_it_is_read(tmp_path: Path) -> None:
    """30 MB of `1.项目` lines is 3 million items at about 7 KB each on the way to a dataset (a 3 MB one
    took 1.5 GB before it was found too big to write): refused once it passes 50,000 lines."""
    notice = tmp_path / "items.txt"
    notice.write_text("一、综合经济\n" + "1.项目\n" * 3_000_000, encoding="utf-8")
    result = imported_in_capped_memory(notice)
    assert result.returncode == 3 and "不像是一份通知".encode() in result.stderr, result.stderr


def deflated(size: int, layers: int = 1, head: bytes = b"") -> bytes:
    """`head` and `size` blanks deflated (once, or again and again), made in pieces: a bomb without
    holding it."""
    import zlib

    packer = zlib.compressobj(9)
    data = packer.compress(head)
    data += b"".join(packer.compress(b" " * (1 << 20)) for _ in range(size >> 20)) + packer.flush()
    for _ in range(layers - 1):
        data = zlib.compress(data, 9)
    return data


def pdf_with(*streams: tuple[bytes, int]) -> bytes:
    """A one-page PDF whose content is the given deflated streams, each with its number of layers."""
    contents = " ".join(f"{5 + k} 0 R" for k in range(len(streams)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{contents}] >>".encode(),
        b"<< >>",
    ]
    for data, layers in streams:
        filters = " ".join(["/FlateDecode"] * layers)
        objects.append(
            f"<< /Length {len(data)} /Filter [{filters}] >>\nstream\n".encode() + data + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{at:010d} 00000 n \n".encode() for at in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_a_pdf_that_inflates_without_bound_is_refused(tmp_path: Path) -> None:
    """1.5 MB on disk, 1.5 GB inflated: pdfminer inflates a stream whole in memory; refuse it unread,
    in a process whose memory is capped below what inflating it would take."""
    notice = tmp_path / "bomb.pdf"
    notice.write_bytes(pdf_with((deflated(1500 << 20), 1)))
    refused_in_capped_memory(notice)


@pytest.mark.parametrize(
    ("streams", "refused"),
    [
        ([(4 << 20, 1)], False),  # 4 MiB: under both limits, read (and found to hold no text)
        ([(9 << 20, 1)], True),  # over the limit for one stream
        ([(9 << 20, 2)], True),  # the same, deflated twice: the outer layer alone is a few KiB
        ([(6 << 20, 1)] * 4, True),  # each under the limit for one stream, over the limit for all
        ([(9 << 20, 1, b"x\x9c")], True),  # inflates to what looks like zlib and is not: still counted
    ],
)
def test_pdf_streams_are_held_to_their_limits(
    monkeypatch: pytest.MonkeyPatch, streams: list[tuple[Any, ...]], refused: bool
) -> None:
    """The limits scaled down (8 MiB a stream, 20 MiB in all) so the bombs are small: each stream and
    each layer counts, and a stream within the limits goes on to the reader."""
    from workplan import validation
    from workplan.importing import import_notice

    monkeypatch.setattr(validation, "MAX_INFLATED_STREAM", 8 << 20)
    monkeypatch.setattr(validation, "MAX_INFLATED", 20 << 20)
    raw = pdf_with(*[(deflated(*stream), stream[1]) for stream in streams])
    with pytest.raises(DataError, match="解压后过大" if refused else "没有文字层"):
        import_notice(raw, "n.pdf")


def test_progress_log_never_creates_a_store(world: World, tmp_path: Path) -> None:
    """Looking at a record's history with a mistyped --db made an empty database and its folder."""
    db = tmp_path / "store" / "progress.db"
    assert invoke("--data", str(world.plan), "progress", "log", "2.6", "--db", str(db)).exit_code == 1  # none
    assert not db.parent.exists()
