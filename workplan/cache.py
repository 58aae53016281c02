"""A cache of parsed, validated data that verifies before it trusts.

Parsing YAML dominates start-up; a pickle of the validated result loads many times faster. But a pickle
is code: an entry is unpickled only from a folder and a file that this user owns and nobody else can
write, and only under a key that names the exact code (a fingerprint of the installed package's files)
and the exact data files (size, mtime, ctime, inode: a same-size edit with its mtime restored still
changes the ctime). Anything wrong means a rebuild, never an error and never a trusted value; when the
folder itself is unsafe the run goes on uncached, and `take_warnings()` gives the CLI one line to print.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import stat
import sys
import time
import zlib
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from . import limits
from ._version import __version__
from .atomic import odd_side_file

FORMAT = 3
WINDOWS = os.name == "nt"
PACKAGE = Path(__file__).resolve().parent
_warnings: list[str] = []
_fingerprint: list[str] = []  # computed once per process


def take_warnings() -> list[str]:
    """The warnings gathered so far (each once), for the CLI to print; the list is emptied."""
    taken = list(dict.fromkeys(_warnings))
    _warnings.clear()
    return taken


def _warn(message: str) -> None:
    _warnings.append(message)


def cache_dir() -> Path | None:
    """Where entries live: $WORKPLAN_CACHE_DIR, else $XDG_CACHE_HOME/workplan (only if absolute, as the
    XDG spec says), else on Windows %LOCALAPPDATA%\\workplan\\cache, else ~/.cache/workplan; None when
    $WORKPLAN_NO_CACHE is set."""
    if os.environ.get("WORKPLAN_NO_CACHE"):
        return None
    explicit = os.environ.get("WORKPLAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    local = os.environ.get("LOCALAPPDATA", "")
    if WINDOWS and os.path.isabs(local) and not os.environ.get("XDG_CACHE_HOME"):
        return Path(local) / "workplan" / "cache"
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "workplan"


def _owned_and_private(st: os.stat_result) -> bool:
    """Ours and writable by nobody else. Windows has no uids and reports POSIX modes only from the
    read-only bit: there the folder is the user's own profile (%LOCALAPPDATA% is private by its ACL)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return st.st_uid == getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def usable_dir(create: bool = False) -> Path | None:
    """The cache folder if it is safe to trust (ours, a real folder, writable by nobody else), else None.

    `create` makes it (mode 0700) when missing. An unsafe folder adds one warning."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = folder.stat()
    except OSError:
        return None  # absent, or cannot be made: simply uncached
    if not stat.S_ISDIR(st.st_mode) or not _owned_and_private(st):
        _warn(
            f"缓存目录 {folder} 不属于当前用户或他人可写, 本次不使用缓存 "
            "(cache folder not yours or writable by others: running without the cache)"
        )
        return None
    return folder


def fingerprint() -> str:
    """Every source file of the installed package by name, size, mtime, ctime and inode.

    Any change to the code (an upgrade, an edit, a checkout of another commit with the same version
    string) changes it, so an entry built by other code is never unpickled into this one. A stat per
    file (about 40) costs well under a millisecond; hashing the bytes would cost more and import hashlib.
    """
    if not _fingerprint:
        parts = []
        for folder, dirs, files in os.walk(PACKAGE):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and d != "data")
            for name in sorted(files):
                if name.endswith(".py"):
                    st = os.stat(os.path.join(folder, name))
                    rel = os.path.relpath(os.path.join(folder, name), PACKAGE)
                    parts.append(f"{rel}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")
        _fingerprint.append(";".join(parts))
    return _fingerprint[0]


def file_identity(path: Path | str, st: os.stat_result) -> str:
    """The file as the cache knows it; `path` must be absolute (resolving each of thousands costs).

    The ctime is in it because no one can set it back: an in-place edit of the same size with the
    mtime restored (cp -p, archives, coarse clocks) still changes it."""
    return f"{path}|{st.st_size}|{st.st_mtime_ns}|{st.st_ctime_ns}|{st.st_ino}|{st.st_dev}"


def key(kind: str, identities: list[str]) -> str:
    """Everything the cached value depends on; it is stored with the value and compared on load."""
    return "\n".join([kind, str(FORMAT), __version__, repr(sys.version_info[:2]), fingerprint(), *identities])


def entry_name(kind: str, paths: list[str], suffix: str = ".pickle") -> str:
    """One entry per kind and set of data paths: a newer build for the same paths replaces the older.

    crc32 only names the file: the full key inside the entry is what is trusted, so a collision is a miss.
    """
    data = "\n".join(paths).encode("utf-8", "surrogateescape")
    return f"{kind}-{zlib.crc32(data):08x}-{len(data)}{suffix}"


ENTRY = re.compile(r"document-[0-9a-f]{8}-[0-9]+\.pickle|index-[0-9a-f]{8}-[0-9]+\.sqlite")
"""The names `entry_name` makes: pruning removes these and nothing else a user keeps in the folder."""
PARTIAL = re.compile(rf"\.(?:{ENTRY.pattern})\.[0-9]+\.tmp")
"""The names `write_entry` writes to first; one a killed run left is removed by pruning once a day old."""
PARTIAL_AGE_NS = 24 * 3600 * 10**9


def _trusted_entry(st: os.stat_result, path: Path) -> bool:
    """An entry is read only if it is a regular file (a link is not followed), ours, writable by nobody
    else; one that is not gets one warning."""
    if stat.S_ISREG(st.st_mode) and _owned_and_private(st):
        return True
    _warn(
        f"缓存文件 {path} 不属于当前用户或他人可写, 已忽略 (cache entry not yours or writable by others: ignored)"
    )
    return False


def load(name: str, full_key: str, expected: type) -> Any:
    """The value stored under `name` for exactly this key, if intact, safe and of the expected type."""
    folder = usable_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        # O_NONBLOCK: a FIFO planted at an entry's name would block the open; it is a miss, as is a folder
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        return None
    with os.fdopen(fd, "rb") as f:
        if not _trusted_entry(st, path):
            return None
        try:
            stored_key, value = pickle.load(f)
        except Exception:  # a damaged entry is a miss, whatever the damage
            return None
    return value if stored_key == full_key and isinstance(value, expected) else None


def store(name: str, full_key: str, value: Any) -> bytes | None:
    """Write an entry, mode 0600 whatever the umask, renamed into place; return its bytes, or None when
    the run is uncached (no folder, full disk, …: never an error).

    Not `atomic.atomic_write_bytes`: that one syncs to disk (5 ms a file, 13 s over a 2,440-file corpus)
    and gives files the modes people expect; an entry torn by a crash is only a miss (its key is checked).
    The bytes let a worker process hand its document over without pickling it a second time."""
    try:
        data = pickle.dumps((full_key, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an unpicklable value: run uncached
        return None

    def fill(path: Path) -> None:
        path.write_bytes(data)

    return data if write_entry(name, fill) else None


def trusted_path(name: str) -> Path | None:
    """Where entry `name` is, if it is a regular file that this user owns and nobody else can write
    (for entries another library opens by path, as SQLite does); None otherwise."""
    folder = usable_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        st = path.lstat()
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode) or not _trusted_entry(st, path):  # a folder at the name is a miss
        return None
    # a FIFO at its -journal blocked the open: with one, the run is uncached and the FIFO left alone. A
    # regular one is the index's own (the folder is private): a journal a killed update left is rolled
    # back, as SQLite does, and the cache goes on
    if odd_side_file(path) is not None:
        return None
    return path.absolute()


def write_entry(name: str, fill: Callable[[Path], None]) -> bool:
    """Make entry `name` by calling `fill` on a new empty private file, renamed into place when `fill`
    returns; False (and nothing left behind) when the run is uncached or anything fails."""
    folder = usable_dir(create=True)
    if folder is None:
        return False
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)  # left by a killed run with this pid
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
        fill(tmp)
        os.replace(tmp, folder / name)
    except Exception:  # full disk, a folder replaced meanwhile, an open entry on Windows, …: run uncached
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True


def prune(limit: int | None = None, keep: Collection[str] = ()) -> None:
    """Delete the least recently written entries until all of them together fit in `limit` bytes;
    the entries in `keep` (what the current index was built from) are never deleted, whatever the cap:
    evicting them would make the next change to one file rebuild the whole set from scratch."""
    limit = limits.MAX_TOTAL_BYTES if limit is None else limit
    folder = usable_dir()
    if folder is None:
        return
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if e.is_file(follow_symlinks=False)]
        found = [
            (e.stat().st_mtime_ns, e.stat().st_size, e.path)
            for e in entries
            if ENTRY.fullmatch(e.name) and e.name not in keep
        ]
        old = time.time_ns() - PARTIAL_AGE_NS
        left = [e.path for e in entries if PARTIAL.fullmatch(e.name) and e.stat().st_mtime_ns < old]
    except OSError:
        return
    for path in left:  # a killed run's half-written entry: no run has the pid's name for a day
        with contextlib.suppress(OSError):
            os.unlink(path)
    total = sum(size for _, size, _ in found)
    for _, size, path in sorted(found):
        if total <= limit:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
