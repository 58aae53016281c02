"""A cache of parsed, validated documents, keyed by the file's identity and the tool's version.

Parsing YAML dominates start-up; a pickle of the validated document loads many times faster. The cache
is an optimisation only: anything wrong with it (corrupt, stale, unwritable, foreign) means a rebuild,
never an error and never a trusted value.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_write_bytes

FORMAT = 1


def cache_dir() -> Path | None:
    if os.environ.get("WORKPLAN_NO_CACHE"):
        return None
    explicit = os.environ.get("WORKPLAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "workplan"


def key(path: Path, st: os.stat_result) -> str:
    parts = (FORMAT, __version__, sys.version_info[:2], path.resolve(), st.st_size, st.st_mtime_ns, st.st_ino)
    ident = "|".join(map(str, parts))
    return hashlib.sha256(ident.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def entry(path: Path, st: os.stat_result) -> Path | None:
    folder = cache_dir()
    return folder / f"{key(path, st)}.pickle" if folder else None


def get(path: Path, st: os.stat_result) -> Any:
    """The cached document for this exact file, or None."""
    from .model import Document

    where = entry(path, st)
    if where is None:
        return None
    try:
        with open(where, "rb") as f:
            value = pickle.load(f)
    except Exception:  # a damaged cache entry is a miss, whatever the damage
        return None
    return value if isinstance(value, Document) and value.path == str(path) else None


def put(path: Path, st: os.stat_result, value: Any) -> None:
    where = entry(path, st)
    if where is None:
        return
    try:
        where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(where, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), overwrite=True)
    except Exception:  # read-only home, full disk, …: run uncached
        return
