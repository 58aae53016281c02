"""Find the dataset files to load and load them, through the cache when nothing changed.

Parsing and validation live in `validation` and are imported only on a cache miss: a warm start never
imports YAML at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import cache, model
from .errors import DataError
from .index import Index
from .model import Document

DATA_SUFFIXES = (".yaml", ".yml")


def load_document(path: Path) -> Document:
    """One validated document, from the cache when the file has not changed."""
    try:
        name = cache.key("document", [cache.file_identity(path.absolute(), path.stat())])
    except OSError:
        name = None
    if name is not None:
        hit = cache.load(name, Document)
        if hit is not None and hit.path == str(path):
            return hit
    from .validation import validate_file

    document = model.build_document(validate_file(path), str(path))
    if name is not None:
        cache.store(name, document)
    return document


def shipped_data() -> Path:
    """The dataset inside the installed package (wheels and editable installs alike).

    The package's own location, not importlib.resources: that import alone costs more than the rest of
    a warm start's loading."""
    import importlib

    package = importlib.import_module("workplan.data")  # data/ in the source tree, mapped in pyproject
    return Path(str(package.__file__)).parent / "workplan_2020q2.yaml"


def data_files(target: Path) -> list[Path]:
    """The dataset files a target (file or folder) names, in the form the target was given."""
    if target.is_dir():
        # scandir knows file types without a stat per entry: a corpus folder may hold thousands
        with os.scandir(target) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(DATA_SUFFIXES) and e.is_file())
        found = [target / name for name in names]
        if not found:
            raise DataError(f"{target}: no dataset files (*.yaml) in this folder")
        return found
    return [target]


def load_documents(target: str | os.PathLike[str] | None = None) -> list[Document]:
    """Every document from a file or folder; the shipped dataset when no target is given."""
    documents = [load_document(p) for p in data_files(Path(target).absolute() if target else shipped_data())]
    seen: dict[str, str] = {}
    for d in documents:
        if d.meta.id in seen:
            raise DataError(f"{d.path}: document id {d.meta.id!r} is also used by {seen[d.meta.id]}")
        seen[d.meta.id] = d.path
    return documents


def load_index(target: str | os.PathLike[str] | None = None) -> Index:
    """The index of every record under a file or folder, cached as one entry for the whole set."""
    files = data_files(Path(target).absolute() if target else shipped_data())
    try:
        name = cache.key("index", [cache.file_identity(p, os.stat(p)) for p in files])
    except OSError:
        name = None
    if name is not None:
        hit = cache.load(name, Index)
        if hit is not None:
            return hit
    index = Index(load_documents(target))
    if name is not None:
        cache.store(name, index)
    return index
