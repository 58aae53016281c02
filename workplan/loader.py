"""Find the dataset files to load and load them, through the cache when nothing changed.

Parsing and validation live in `validation` and are imported only on a cache miss: a warm start never
imports YAML at all. A cold build of many files parses them in a process pool; the result is the same
as a serial build whatever the number of workers, because documents are gathered in file order.
"""

from __future__ import annotations

import errno
import os
import pickle
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from . import cache
from .diskindex import DiskIndex, Files, open_index, update, write_streamed
from .errors import DataError
from .identity import Identity
from .index import Index
from .model import Document

DATA_SUFFIXES = (".yaml", ".yml")
STATUS_WORDS = "状态词.yaml"
"""A data folder's own status words (单位常写的词 → 进展状态), read by `progress import`; not a plan."""
PARALLEL_BYTES = 2 << 20  # below this much YAML to parse, starting workers costs more than it saves
PathLike = str | os.PathLike[str]
Targets = PathLike | Sequence[PathLike] | None
Progress = Callable[[int, int, int], None]  # files done, files in all, records so far


def shipped_data() -> Path:
    """The dataset inside the installed package (wheels and editable installs alike).

    The package's own location, not importlib.resources: that import alone costs more than the rest of
    a warm start's loading."""
    import importlib

    package = importlib.import_module("workplan.data")  # data/ in the source tree, mapped in pyproject
    return Path(str(package.__file__)).parent / "workplan_2020q2.yaml"


def _unreadable(path: Path, e: OSError) -> DataError:
    if e.errno == errno.ELOOP:
        return DataError(f"{path}: 符号链接循环 (a symbolic link that loops)")
    if isinstance(e, FileNotFoundError):
        return DataError(f"{path}: 文件不存在 (no such file; a dangling symbolic link?)")
    return DataError(f"{path}: 无法读取 (cannot read: {e.strerror})")


def data_files(target: Path) -> list[Path]:
    """The dataset files a target (file or folder) names, in the form the target was given.

    In a folder, dot files (editor backups, macOS `._x.yaml` AppleDouble files) are not data; a link
    that loops or dangles is an error rather than a silently missing document."""
    return [Path(name) for name in _file_names(target)]


def _file_names(target: Path) -> list[str]:
    """`data_files` as strings: a warm run over a folder of 24,000 files needs no Path for each (their
    making was a third of a query's own time at a million records)."""
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):
        return [str(target)]  # the reader says why it cannot be read, as for any file
    if not stat.S_ISDIR(mode):
        if not stat.S_ISREG(mode):  # `validate FIFO` waited for a writer that may never come
            raise _irregular(str(target))
        return [str(target)]
    try:
        found = []
        folder = os.path.join(target, "")  # with its separator: each name is joined by concatenation
        # scandir knows file types without a stat per entry: a corpus folder may hold thousands
        with os.scandir(target) as entries:
            for e in sorted(entries, key=lambda e: e.name):
                if e.name.startswith(".") or not e.name.endswith(DATA_SUFFIXES) or e.name == STATUS_WORDS:
                    continue
                if e.is_symlink():
                    try:
                        os.stat(e.path)
                    except OSError as error:
                        raise _unreadable(Path(e.path), error) from None
                if e.is_file():
                    found.append(folder + e.name)
                elif not e.is_dir():  # a pipe named like a data file hung the load; it was skipped unsaid
                    raise _irregular(e.path)
    except OSError as e:
        raise _unreadable(target, e) from None
    if not found:
        raise DataError(f"{target}: 文件夹中没有数据文件 (no dataset files, *.yaml, in this folder)")
    return found


def _irregular(path: str) -> DataError:
    from .validation import irregular  # (the message a data file opened as no regular one gets too)

    return irregular(path)


def _target_list(targets: Targets) -> list[Path]:
    if targets is None:
        return [shipped_data()]
    if isinstance(targets, (str, os.PathLike)):
        targets = [targets]
    return [Path(t).absolute() for t in targets] or [shipped_data()]


def all_files(targets: Targets) -> list[Path]:
    """Every dataset file the targets name, in order; one file reached twice is an error naming both."""
    return [Path(name) for name in stat_files(targets)]


def stat_files(targets: Targets) -> dict[str, os.stat_result]:
    """`all_files` (as strings) with each file's status, taken once: the cache key is made of them."""
    files: dict[str, os.stat_result] = {}
    seen: dict[tuple[int, int], str] = {}
    for target in _target_list(targets):
        for path in _file_names(target):
            try:
                st = os.stat(path)
            except OSError as e:
                raise _unreadable(Path(path), e) from None
            if not stat.S_ISREG(st.st_mode):  # --data /dev/zero, a pipe: never ends, never the same twice
                raise _irregular(path)
            if (st.st_dev, st.st_ino) in seen:
                raise DataError(
                    f"{path}: 与 {seen[st.st_dev, st.st_ino]} 是同一文件, 重复加载 (loaded twice)"
                )
            seen[st.st_dev, st.st_ino] = path
            files[path] = st
    return files


def _document_key(path: Path) -> str | None:
    try:
        return cache.key("document", [cache.file_identity(path, path.stat())])
    except OSError:
        return None


def _parse_and_store(path: Path) -> tuple[Document, bytes | None]:
    """Parse and validate one file and keep it in the cache; the entry's bytes too, when it was stored."""
    from .records import build_document  # deadlines and their patterns: a cache miss's cost only
    from .validation import validate_file

    name = _document_key(path)  # the file as it was before reading: saved meanwhile, it is a miss next time
    document = build_document(validate_file(path, regular=True), str(path))
    stored = cache.store(cache.entry_name("document", [str(path)]), name, document) if name else None
    return document, stored


def parse_document(path: Path) -> tuple[Document, bool]:
    """One file parsed and validated (a cache miss), and stored in the cache: whether it now holds it."""
    document, stored = _parse_and_store(path)
    return document, stored is not None


def _parse_in_worker(path: Path) -> Document | bytes | tuple[str, list[str]]:
    """A worker's result: the cache entry's bytes (already pickled: sent as they are), the document when
    uncached, or the error's message and problems (a DataError does not survive pickling whole)."""
    try:
        document, stored = _parse_and_store(path)
    except DataError as e:
        return e.message, e.problems
    return document if stored is None else stored


def _cached_document(path: Path) -> Document | None:
    """The document the cache holds for this file as it is now, if any; `path` must be absolute."""
    name = _document_key(path)
    hit = cache.load(cache.entry_name("document", [str(path)]), name, Document) if name else None
    return hit if hit is not None and hit.path == str(path) else None


def load_document(path: Path) -> Document:
    """One validated document, from the cache when the file has not changed."""
    path = path.absolute()
    return _cached_document(path) or parse_document(path)[0]


def cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _build(
    files: list[Path], on_progress: Progress | None, workers: int | None, registries_only: bool = False
) -> list[Document]:
    """Documents for `files` in their order: cached ones first, the rest parsed (in parallel if it pays).
    `registries_only`: a document its cache entry holds is kept without its records (identity and the
    ids check read no more; the streamed index build reads them again a few files at a time)."""
    documents: list[Document | None] = [None] * len(files)
    records = done = 0

    def finished(i: int, document: Document, stored: bool) -> None:
        nonlocal records, done
        documents[i] = replace(document, records=[]) if registries_only and stored else document
        records += len(document.records)
        done += 1
        if on_progress is not None:
            on_progress(done, len(files), records)

    missing = []
    for i, path in enumerate(files):
        hit = _cached_document(path)
        if hit is not None:
            finished(i, hit, True)
        else:
            missing.append(i)
    size = sum(os.stat(files[i]).st_size for i in missing)
    workers = min(workers or cores(), len(missing))
    if workers <= 1 or size < PARALLEL_BYTES:
        for i in missing:
            finished(i, *parse_document(files[i]))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, initializer=_worker_start) as pool:
            chunk = max(1, min(16, len(missing) // (workers * 8)))
            results = pool.map(_parse_in_worker, [files[i] for i in missing], chunksize=chunk)
            for i, result in zip(missing, results, strict=True):
                if isinstance(result, tuple):
                    pool.shutdown(cancel_futures=True)
                    raise DataError(*result)
                if isinstance(result, bytes):
                    finished(i, pickle.loads(result)[1], True)
                else:
                    finished(i, result, False)
    return [d for d in documents if d is not None]


def _worker_start() -> None:
    """A parsing worker leaves Ctrl-C to the parent, which says it in one line (a worker's own
    KeyboardInterrupt printed its traceback)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_ids(documents: list[Document]) -> None:
    seen: dict[str, str] = {}
    for d in documents:
        if d.meta.id in seen:
            raise DataError(
                f"{d.path}: 文档编号 {d.meta.id!r} 重复 (document id is also used by {seen[d.meta.id]})"
            )
        seen[d.meta.id] = d.path


def load_documents(
    targets: Targets = None, on_progress: Progress | None = None, workers: int | None = None
) -> list[Document]:
    """Every document from one or more files or folders; the shipped dataset when none is given."""
    documents = _build(all_files(targets), on_progress, workers)
    _check_ids(documents)
    return documents


def load_index(
    targets: Targets = None, on_progress: Progress | None = None, workers: int | None = None
) -> Index | DiskIndex:
    """The index of every record under one or more files or folders, kept on disk for the targets.

    A warm run opens the SQLite index the cache holds for exactly these files as they are now, and
    reads only what its query needs. When a few files changed, were added or removed, only their rows
    are rewritten; otherwise the index is written anew from the documents (each cached on its own), a
    few files' records at a time, and answers this run (built in memory when nothing can be cached). `on_progress(files_done, files_total, records)` is
    called as each file is ready during a build (not on a hit), so a CLI can draw a progress bar;
    `workers` caps the parsing processes (default: one per core)."""
    stats = stat_files(targets)
    # the curated registry lends its names and short forms to documents of its region (identity.py)
    shipped = shipped_data().absolute()
    reference = [] if str(shipped) in stats else [shipped]
    try:
        base = cache.key("index", [cache.file_identity(p, os.stat(p)) for p in reference])
        spec: Files | None = Files(base, {p: cache.file_identity(p, st) for p, st in stats.items()})
    except OSError:
        spec = None
    entry = cache.entry_name("index", [str(t) for t in _target_list(targets)], ".sqlite")
    path = cache.trusted_path(entry) if spec is not None else None
    if spec is not None and path is not None:
        hit = open_index(path, spec.key)
        if hit is None and update(path, spec, load_document, [load_document(p) for p in reference]):
            hit = open_index(path, spec.key)
        if hit is not None:
            return hit
    files = [Path(p) for p in stats]
    if spec is None or cache.usable_dir(create=True) is None:  # uncached: built in memory for this run
        documents = _build(files, on_progress, workers)
        _check_ids(documents)
        return Index(documents, [load_document(p) for p in reference])
    # streamed: the registries first (the units' identity needs them all), then the rows a few files at
    # a time from the cache entries, so memory holds a batch of records and not the corpus
    documents = _build(files, on_progress, workers, registries_only=True)
    _check_ids(documents)
    held = {d.path: d for d in documents if d.records}  # those no cache entry holds
    references = [load_document(p) for p in reference]

    registries = {d.path: (d.meta, d.units) for d in documents}

    def load(p: Path) -> Document:
        """A file's records again; one saved since its first read keeps the registry the identity was
        made from, so its stored digest is the old one and the next run, seeing the new file, reads
        the identity again (the new registry stored under the old stat had hidden the change)."""
        document = held.get(str(p)) or load_document(p)
        meta, units = registries.get(document.path, (document.meta, document.units))
        return (
            document
            if (meta, units) == (document.meta, document.units)
            else replace(document, meta=meta, units=units)
        )

    identity = Identity(documents, references)
    written = cache.write_entry(entry, lambda new: write_streamed(new, spec, identity, load, references))
    cache.prune(keep=[entry, *(cache.entry_name("document", [str(p)]) for p in [*files, *reference])])
    built = open_index(path, spec.key) if written and (path := cache.trusted_path(entry)) else None
    return built if built is not None else Index([load(p) for p in files], references, identity)
