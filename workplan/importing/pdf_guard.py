"""Bounds on what pdfminer may decode and draw of one PDF while a notice is imported.

pdfminer has no hook for limits, so for the length of the import its stream decoders, its content
parser and pdfplumber's page device are replaced by ones that count (`guarded_pdfminer`); pdfplumber
0.11.10+ (<0.12) pins the pdfminer.six whose names are replaced, and another one is refused.
"""

from __future__ import annotations

import contextlib
import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import DataError
from ..validation import MAX_UNPACKED

MAX_INFLATED_STREAM = MAX_UNPACKED  # what one stream of a PDF may decode to
MAX_INFLATED = 4 * MAX_UNPACKED  # what all its streams may, filter by filter: room for large embedded fonts
MAX_CONTENT = 8 * 1024 * 1024  # drawing instructions pdfminer may run (~2.5 s a MiB), forms as often as drawn
CONTENT_RUN = 256  # what running one more stream (a form drawn once more) counts: its set-up costs as much
MAX_PAGE_OBJECTS = 100_000  # characters and path segments one page may make: ~2 KB each in the reader
MAX_OBJECTS = 1_000_000  # ...and the whole PDF: ~30 s of reading
CHUNK = 1 << 16


class PdfGuard:
    """What pdfminer may decode and draw of one PDF, counted where it does it (see `guarded_pdfminer`).

    pdfminer decodes each stream whole in memory, through any chain of filters, after decrypting it:
    a scan of the file's bytes cannot see a deflated bomb inside ASCIIHex or an encrypted stream, nor
    RunLength or LZW output, and its fallback for a bad checksum inflates byte by byte into a growing
    string (quadratic: a 31 KB file ran for hours). And it draws each page into objects of about 2 KB a
    character or path segment (an 8 KB PDF took 3 GB), a form as often as it is drawn."""

    def __init__(self) -> None:
        self.inflated = 0  # bytes all streams decoded to so far
        self.content = self.objects = self.page_objects = self.page = 0
        self.failure: DataError | None = None

    def fail(self, message: str) -> typing.NoReturn:
        """Refuse the PDF; the refusal is kept, as pdfminer and pdfplumber wrap or swallow errors."""
        self.failure = self.failure or DataError(message)
        raise self.failure

    def new_page(self, page: int) -> None:
        self.page, self.page_objects = page, 0

    def collect(self, pieces: Iterable[bytes]) -> bytes:
        """Pieces of one stream's decoded output, each paid for when made."""
        out = []
        stream = 0
        for piece in pieces:
            stream += len(piece)
            self.inflated += len(piece)
            if stream > MAX_INFLATED_STREAM or self.inflated > MAX_INFLATED:
                self.fail(
                    f"PDF: 解压后过大 (streams decode too far: over {MAX_INFLATED_STREAM} bytes in one, "
                    f"or {MAX_INFLATED} in all)"
                )
            out.append(piece)
        return b"".join(out)

    def decompress(self, data: bytes) -> bytes:
        """zlib.decompress, bounded."""
        import zlib

        d = zlib.decompressobj()
        out = self.collect(inflate(d, data))
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        return out

    def decompress_corrupted(self, data: bytes) -> bytes:
        """pdfminer's fallback for a stream with a bad checksum, bounded and linear: what inflates
        before the damage."""
        import zlib

        pieces: list[bytes] = []
        with contextlib.suppress(zlib.error):
            pieces.extend(inflate(zlib.decompressobj(), data))
        return self.collect(pieces)

    def lzwdecode(self, data: bytes) -> bytes:
        import io

        from pdfminer.lzw import LZWDecoder

        return self.collect(LZWDecoder(io.BytesIO(data)).run())

    def rldecode(self, data: bytes) -> bytes:
        """RunLengthDecode: a length byte, then 1 to 128 bytes as they are or one byte 2 to 128 times."""

        def runs() -> Iterator[bytes]:
            at = 0
            while at < len(data) and data[at] != 128:
                n = data[at]
                yield data[at + 1 : at + 2 + n] if n < 128 else data[at + 1 : at + 2] * (257 - n)
                at += 2 + n if n < 128 else 2

        return self.collect(runs())

    def draw(self, content: int, objects: int) -> None:
        """Drawing instructions run and objects made: past the limits the PDF is refused."""
        self.content += content
        self.objects += objects
        self.page_objects += objects
        if self.content > MAX_CONTENT or self.objects > MAX_OBJECTS or self.page_objects > MAX_PAGE_OBJECTS:
            self.fail(
                f"PDF 第 {self.page} 页绘制的内容过多 (page {self.page}: over {MAX_PAGE_OBJECTS} characters "
                f"and lines on a page, {MAX_OBJECTS} in all, or {MAX_CONTENT} bytes of drawing instructions): "
                "请改用 .docx/.txt 原件"
            )


def inflate(d: Any, data: bytes) -> Iterator[bytes]:
    """A zlib stream's output in pieces of at most CHUNK bytes, none made before it is asked for."""
    while not d.eof:
        piece = d.decompress(data, CHUNK)
        data = d.unconsumed_tail
        if not piece and not data:
            return
        yield piece


@contextlib.contextmanager
def guarded_pdfminer() -> Iterator[PdfGuard]:
    """pdfminer's stream decoders, content parser and pdfplumber's page device, replaced for the
    duration by ones that count against a `PdfGuard` (module globals: pdfminer has no hook for this)."""
    import zlib

    import pdfminer.pdfinterp
    import pdfminer.pdftypes
    import pdfplumber.page
    from pdfminer.pdftypes import stream_value

    guard = PdfGuard()
    Parser = pdfminer.pdfinterp.PDFContentParser
    Device = pdfplumber.page.PDFPageAggregatorWithMarkedContent

    class CountedParser(Parser):  # type: ignore[misc,valid-type]
        def __init__(self, streams: Any) -> None:
            super().__init__(streams)
            guard.draw(sum(CONTENT_RUN + len(stream_value(s).get_data()) for s in streams), 0)

    class CountedDevice(Device):  # type: ignore[misc,valid-type]
        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            guard.draw(0, 1)
            return super().render_char(*args, **kwargs)

        def paint_path(self, gstate: Any, stroke: Any, fill: Any, evenodd: Any, path: Any) -> None:
            guard.draw(0, max(len(path), 1))
            super().paint_path(gstate, stroke, fill, evenodd, path)

    replaced: list[tuple[Any, str, Any]] = [
        (pdfminer.pdftypes, "zlib", types.SimpleNamespace(decompress=guard.decompress, error=zlib.error)),
        (pdfminer.pdftypes, "decompress_corrupted", guard.decompress_corrupted),
        (pdfminer.pdftypes, "lzwdecode", guard.lzwdecode),
        (pdfminer.pdftypes, "rldecode", guard.rldecode),
        (pdfminer.pdfinterp, "PDFContentParser", CountedParser),
        (pdfplumber.page, "PDFPageAggregatorWithMarkedContent", CountedDevice),
    ]
    missing = [f"{module.__name__}.{name}" for module, name, _ in replaced if not hasattr(module, name)]
    if missing:  # another pdfminer than the one pdfplumber 0.11 pins: refuse rather than read unguarded
        raise DataError(
            f"PDF 读取器版本不受支持 (pdfminer.six {pdfminer.__version__} lacks {', '.join(missing)}; "
            "install pdfplumber 0.11)"
        )
    saved = [(module, name, getattr(module, name)) for module, name, _ in replaced]
    try:
        for module, name, value in replaced:
            setattr(module, name, value)
        yield guard
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
