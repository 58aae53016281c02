"""Write files so that a reader never sees half of one and an existing file is never clobbered by accident."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError


def atomic_write_bytes(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    An interrupted write leaves the previous file (or none) untouched; without `overwrite` an existing
    file is an error. The check and the rename are separate steps, so a file created in between by
    another process is replaced; os.link would close that gap but not every filesystem supports it.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise OutputError(f"{path}: cannot write: {e.strerror}") from None
        raise
