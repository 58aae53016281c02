"""The library's entry points that take paths: load a corpus, validate files.

Kept apart from `corpus` so that `import workplan` stays cheap: the package's front door re-exports these
names lazily.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus
from .errors import DataError

PathLike = str | os.PathLike[str]


def load(
    data: PathLike | Sequence[PathLike] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
) -> Corpus:
    """The documents in one or more dataset files or folders, or the shipped dataset when None.

    `on_progress(files_done, files_total, records)` is called while a cold corpus is built (not when
    the cache answers). Raises DataError (exit code 3 in the CLI) naming the file and line of a problem."""
    from .loader import load_index

    return Corpus(load_index(data, on_progress))


@dataclass(frozen=True, slots=True)
class Checked:
    """One dataset file that validated, with its counts."""

    path: Path
    tasks: int
    projects: int
    units: int  # registered units, collectives (各街道) not counted: as the overview counts them
    groups: int  # collectives: 各街道, 相关成员单位


def validate(paths: Sequence[PathLike]) -> tuple[list[Checked], list[str]]:
    """Validate dataset files and folders (a folder's 状态词.yaml too): those that passed, and every
    problem found as file:line:col."""
    from .loader import data_files
    from .progress.ledger_read import status_words
    from .validation import validate_file

    passed: list[Checked] = []
    problems: list[str] = []
    for target in paths:
        try:
            files = data_files(Path(target))
        except DataError as e:
            problems += e.problems
            continue
        try:
            status_words([Path(target)] if Path(target).is_dir() else [])
        except DataError as e:
            problems += e.problems
        for path in files:
            try:
                data = validate_file(path)
            except DataError as e:
                problems += e.problems
                continue
            tasks = sum(len(s.tasks) for s in data.sections)
            groups = sum(u.kind == "collective" for u in data.units)
            units = sum(u.kind != "collective" and not u.mentioned_only for u in data.units)
            passed.append(Checked(path, tasks, len(data.projects), units, groups))
    return passed, problems


def init(folder: PathLike, overwrite: bool = False) -> Path:
    """Copy the shipped dataset into a folder (created if missing), to load it beside imported notices."""
    from .atomic import atomic_write_bytes
    from .loader import shipped_data

    source = shipped_data()
    target = Path(folder) / source.name
    Path(folder).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, source.read_bytes(), overwrite=overwrite)
    return target
