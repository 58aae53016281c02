"""Write files so that a reader never sees half of one and an existing file is never clobbered by accident.

The output path is taken at its word only when it is a regular file or absent: writing "through" a
symlink or over a device node with a rename would replace the link or the node itself (as root,
`/dev/stdout`), so both are refused. The new file gets the mode the user's umask asks for (colleagues on
a shared folder must be able to open the ledger), or the mode of the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from .errors import OutputError

CLEANUP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Signalled(BaseException):
    """A termination signal arrived mid-write; raised so the temporary file is removed on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def existing_mode(path: Path, overwrite: bool) -> int | None:
    """The mode of the regular file at `path` (None when absent); anything else there is refused."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise OutputError(f"{path}: 无法写入 (cannot write): {e.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputError(f"{path}: 是符号链接, 拒绝写入 (is a symbolic link; refusing to replace it)")
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: 是目录, 拒绝写入 (is a directory)")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{path}: 不是普通文件, 拒绝写入 (not a regular file: device, pipe or socket)")
    if not overwrite:
        raise OutputError(f"{path}: 文件已存在 (already exists); 用 --force 覆盖 (use --force to overwrite)")
    return stat.S_IMODE(st.st_mode)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """For the duration of the block, SIGTERM and SIGHUP raise `Signalled` (as SIGINT raises
    KeyboardInterrupt), so cleanup code runs; a signal the process ignores (nohup) stays ignored.
    Only the main thread can install handlers; elsewhere the block runs unchanged."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: FrameType | None) -> None:
        raise Signalled(signum)

    previous = {}
    try:
        for signum in CLEANUP_SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, handler)
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable, so a power cut just after it cannot bring the old file back."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # how SQLite begins a rollback journal
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # … a WAL (either checksum byte order)
WAL_HEADER = 32  # bytes of a WAL holding no frame
SHM_VERSIONS = ((3007000).to_bytes(4, "little"), (3007000).to_bytes(4, "big"))  # … its WAL index
SHM_PAGE = 32768  # the WAL index grows by this


def odd_side_file(path: Path, none_expected: bool = False) -> Path | None:
    """The first of SQLite's side files beside `path` that SQLite did not leave there: no regular file
    (a FIFO, a device, a link, a folder), or, where `none_expected` (no database there yet), a file
    that does not begin as SQLite's own do; else None. SQLite opens them by name, reads a `-journal` it
    finds as an unfinished write (a FIFO there blocked every reader for ever) and deletes what it
    finished with (a stranger's file at the name of a store being made). What a store left when it was
    moved away (an empty `-wal`, its `-shm`) is SQLite's: `sqlite_leftovers`."""
    for side in SQLITE_SIDE_FILES:
        beside = Path(f"{path}{side}")
        try:
            st = beside.lstat()
        except FileNotFoundError:
            continue
        except OSError:
            return beside
        if not stat.S_ISREG(st.st_mode) or (none_expected and not sqlite_made(beside, side)):
            return beside
    return None


def sqlite_made(beside: Path, side: str) -> bool:
    """Whether a side file is one SQLite leaves beside a store that is gone: empty, a journal of its
    header alone, a WAL of its header alone (one holding frames holds a moved store's commits, their only
    copy: never deleted), a WAL index of SQLite's size and version. Eight bytes that merely open the
    same way (NULs) were taken for SQLite's, and a stranger's file was deleted."""
    try:
        with open(beside, "rb") as f:  # (a regular file: this cannot block)
            head = f.read(28)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    if size == 0:
        return True
    if side == "-journal":  # its header alone, one sector as the header says: any more holds a store's pages
        sector = int.from_bytes(head[20:24], "big")
        return head.startswith(JOURNAL_MAGIC) and 512 <= sector <= 65536 and size <= sector
    if side == "-wal":
        return size == WAL_HEADER and head[:4] in WAL_MAGICS
    return size % SHM_PAGE == 0 and head[:4] in SHM_VERSIONS


def sqlite_leftovers(path: Path) -> list[Path]:
    """SQLite's side files beside `path` (call with no database there: `odd_side_file` has vouched for them)."""
    return [Path(f"{path}{side}") for side in SQLITE_SIDE_FILES if os.path.lexists(f"{path}{side}")]


def place_new(made: Path, path: Path) -> None:
    """Give the finished file `made` the name `path` only if nothing holds that name (FileExistsError
    otherwise; `made` stays): a hard link, which never replaces; where the filesystem has none, a
    rename after a look (Windows' rename refuses an existing name by itself)."""
    try:
        os.link(made, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(path):
            raise FileExistsError(path) from None
        os.rename(made, path)


def file_path(name: str | os.PathLike[str]) -> Path:
    """The file a name the user gave means: one that ends in a path separator, or in a separator and
    `.` or `..`, names a folder (Path drops them: `export x.csv/` and `x.csv/.` wrote x.csv)."""
    text = os.fspath(name)
    last = text
    for sep in (os.sep, os.altsep, "/"):
        last = last.rsplit(sep, 1)[-1] if sep else last
    if last in ("", ".", ".."):  # x.csv/, x.csv/., x.csv/.. (and ., ..)
        raise OutputError(f"{text}: 指向文件夹而不是文件 (names a folder, not a file)")
    return Path(text)


def make_folder(folder: Path) -> None:
    """The folder files are written into, made when missing; OutputError (exit 4) when it cannot be: a
    file, pipe, device or dangling link by that name, a read-only disk."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: 已存在且不是文件夹 (exists and is not a folder)") from None
    except OSError as e:
        raise OutputError(f"{folder}: 无法建立文件夹 (cannot make the folder): {e.strerror}") from None


def temporary_name(path: Path) -> Path:
    """Where a file is made before it is given its name: beside it, hidden, random (`.NAME.HEX.tmp`)."""
    return path.parent / f".{temporary_stem(path)}.{secrets.token_hex(TEMP_BYTES)}.tmp"


def temporary_stem(path: Path) -> str:
    """The name in a temporary name, cut (at a character) to leave room for what the temporary name
    adds: a name of 240 bytes (80 Chinese characters) is a file's, and its temporary one must be too."""
    name = path.name
    while len(os.fsencode(name)) > NAME_BYTES - TEMP_ADDS:  # (as the system writes it: not always UTF-8)
        name = name[:-1]
    return name


def clear_stale_temporaries(path: Path) -> None:
    """Remove what runs killed while making `path` left (`temporary_name`s, and SQLite's files beside
    them), an hour old: a write takes seconds, and nothing else bears those names (pass 89: an export
    killed by SIGKILL left its `.NAME.HEX.tmp` for ever)."""
    own = re.compile(
        rf"\.{re.escape(temporary_stem(path))}\.[0-9a-f]{{{2 * TEMP_BYTES}}}\.tmp(?:-journal|-wal|-shm)?"
    )
    cutoff = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:  # (Path("x").parent is ".")
        for entry in entries:
            with contextlib.suppress(OSError):
                if (
                    own.fullmatch(entry.name)
                    and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < cutoff
                ):
                    os.unlink(entry.path)


TEMP_BYTES = 6  # random bytes in a temporary name
NAME_BYTES = 255  # a file name's bytes at most, on the filesystems a clerk's files are on
TEMP_ADDS = 1 + 1 + 2 * TEMP_BYTES + 4 + len("-journal")  # `.`, `.HEX`, `.tmp` and SQLite's side suffix
STALE_SECONDS = 3600  # a temporary file this old was left by a killed run


def atomic_write_bytes(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    An interrupted write (an error, Ctrl-C, SIGTERM, SIGHUP) removes the temporary file and leaves the
    previous file (or none) untouched; without `overwrite` an existing file is an error. A new file gets
    0o666 less the umask, as any program's; a replaced file keeps its mode. The check and the rename are separate steps, so a file created in between by another process
    is replaced; os.link would close that gap but not every filesystem supports it.
    """
    path = Path(path)
    old_mode = existing_mode(path, overwrite)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = temporary_name(path)
    clear_stale_temporaries(path)
    try:
        with signals_raise():
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            except OSError as e:
                raise OutputError(f"{path}: 无法写入 (cannot write): {e.strerror}") from None
            try:
                with os.fdopen(fd, "wb") as f:
                    if old_mode is not None:
                        os.chmod(tmp, old_mode)
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
                sync_folder(folder)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
    except OSError as e:
        raise OutputError(f"{path}: 无法写入 (cannot write): {e.strerror}") from None
    except Signalled as e:
        # The handler in force before the write now decides what the signal means (by default: exit).
        signal.raise_signal(e.signum)
        raise OutputError(f"{path}: 写入被信号中断 (write interrupted by signal {e.signum})") from None
