"""A cache of parsed, validated data, keyed by the identity of the files it came from and the tool's version.

Parsing YAML dominates start-up; a pickle of the validated result loads many times faster. The cache
is an optimisation only: anything wrong with it (corrupt, stale, unwritable, foreign) means a rebuild,
never an error and never a trusted value.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_write_bytes

FORMAT = 2


def cache_dir() -> Path | None:
    if os.environ.get("WORKPLAN_NO_CACHE"):
        return None
    explicit = os.environ.get("WORKPLAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "workplan"


def file_identity(path: Path, st: os.stat_result) -> str:
    """The file as the cache knows it; `path` must be absolute (resolving each of thousands costs)."""
    return f"{path}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}"


def key(kind: str, identities: list[str]) -> str:
    """Everything the cached value depends on; it is stored with the value and compared on load."""
    return "\n".join([kind, str(FORMAT), __version__, repr(sys.version_info[:2]), *identities])


def entry_name(full_key: str) -> str:
    # crc32 only names the file: the full key inside the entry is what is trusted, so a collision is a miss
    data = full_key.encode("utf-8", "surrogateescape")
    return f"{full_key.split(chr(10), 1)[0]}-{zlib.crc32(data):08x}-{len(data)}.pickle"


def load(full_key: str, expected: type) -> Any:
    """The cached value for exactly this key, if intact and of the expected type; else None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / entry_name(full_key), "rb") as f:
            stored_key, value = pickle.load(f)
    except Exception:  # a damaged or foreign cache entry is a miss, whatever the damage
        return None
    return value if stored_key == full_key and isinstance(value, expected) else None


def store(full_key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = pickle.dumps((full_key, value), protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(folder / entry_name(full_key), data, True)
    except Exception:  # read-only home, full disk, …: run uncached
        return
