"""The library's entry points that take paths: load a corpus, validate files, import a notice, export
a 台账 or a 通报 with the progress store's reports.

Kept apart from `corpus` so that `import workplan` stays cheap: the package's front door re-exports these
names lazily.
"""

from __future__ import annotations

import datetime
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from . import limits
from .corpus import EVERYTHING, Corpus, Selection
from .errors import DataError, UsageError
from .model import Role, Status

if TYPE_CHECKING:
    from .export import ExportFormat
    from .importing import Imported
    from .model import DatasetFile
    from .progress.ledger_read import LedgerRead
    from .progress.status import Light, StatusRow, UnitStats
    from .progress.store import Update
    from .progress.tracking import Reports

PathLike = str | os.PathLike[str]


def load(
    data: PathLike | Sequence[PathLike] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Corpus:
    """The documents in one or more dataset files or folders, or the shipped dataset when None.

    `on_progress(files_done, files_total, records)` is called while a cold corpus is built (not when
    the cache answers). `on_warning(message)` hears what the cache had to skip (a folder or entry that
    is not safe to use: the load goes on without it); by default each is a RuntimeWarning. Raises
    DataError (exit code 3 in the CLI) naming the file and line of a problem."""
    from . import cache
    from .loader import load_index

    try:
        return Corpus(load_index(data, on_progress))
    finally:
        for message in cache.take_warnings():
            if on_warning is None:
                warnings.warn(message, RuntimeWarning, stacklevel=2)
            else:
                on_warning(message)


@dataclass(frozen=True, slots=True)
class Checked:
    """One dataset file that validated, with its counts."""

    path: Path
    tasks: int
    projects: int
    units: int  # registered units, collectives (各街道) not counted: as the overview counts them
    groups: int  # collectives: 各街道, 相关成员单位


STDIN = "<stdin>"
"""The name a dataset read from standard input goes by in what validation says of it."""


def validate(paths: Sequence[PathLike], stdin: BinaryIO | None = None) -> tuple[list[Checked], list[str]]:
    """Validate dataset files and folders (a folder's 状态词.yaml too): those that passed, and every
    problem found as file:line:col. A path `-` is the dataset read from `stdin`, as `yamllint -` reads it."""
    from .loader import data_files
    from .progress.ledger_read import status_words
    from .validation import validate_file

    passed: list[Checked] = []
    problems: list[str] = []
    for target in paths:
        if str(target) == "-":
            raw = read_notice_stream(stdin) if stdin is not None else b""  # the same bound as a notice
            read = [(Path(STDIN), partial(_stdin_dataset, raw))]
        else:
            try:
                files = data_files(Path(target))
            except DataError as e:
                problems += e.problems
                continue
            try:
                status_words([Path(target)] if Path(target).is_dir() else [])
            except DataError as e:
                problems += e.problems
            read = [(path, partial(validate_file, path, regular=True)) for path in files]
        for path, validated in read:
            try:
                data = validated()
            except DataError as e:
                problems += e.problems
                continue
            tasks = sum(len(s.tasks) for s in data.sections)
            groups = sum(u.kind == "collective" for u in data.units)
            units = sum(u.kind != "collective" and not u.mentioned_only for u in data.units)
            passed.append(Checked(path, tasks, len(data.projects), units, groups))
    return passed, problems


def _stdin_dataset(raw: bytes) -> DatasetFile:
    from .validation import decoded, validate_text, within

    return validate_text(decoded(within(raw, limits.MAX_FILE_BYTES, STDIN), STDIN), STDIN)


def init(folder: PathLike, overwrite: bool = False) -> Path:
    """Copy the shipped dataset into a folder (created if missing), to load it beside imported notices."""
    from .atomic import atomic_write_bytes, make_folder
    from .loader import shipped_data

    source = shipped_data()
    target = Path(folder) / source.name
    make_folder(Path(folder))
    atomic_write_bytes(target, source.read_bytes(), overwrite=overwrite)
    return target


# --- the supervision loop and files, for a notebook as for the command line ------------------------


def checked_args(**given: tuple[object, type | tuple[type, ...]]) -> None:
    """Arguments of the wrong type are the caller's mistake: a UsageError naming the argument, not a
    TypeError from deep inside (a notebook passes as_of="2020-07-01" or a path as bytes)."""
    for name, (value, wanted) in given.items():
        if not isinstance(value, wanted):
            kinds = wanted if isinstance(wanted, tuple) else (wanted,)
            names = " | ".join("None" if k is type(None) else k.__name__ for k in kinds)
            raise UsageError(
                f"参数 {name} 应为 {names}, 而不是 {type(value).__name__} ({name} must be {names})"
            )


PATH_TYPES = (str, os.PathLike)
DATE_OR_NONE = (datetime.date, type(None))
STR_OR_NONE = (str, type(None))


def import_notice(
    source: PathLike | bytes,
    *,
    name: str | None = None,
    doc_id: str | None = None,
    strict: bool = False,
    allow_empty: bool = False,
    timeout: float | None = None,
    corpus: Corpus | None = None,
) -> Imported:
    """A notice read from a file (text, .docx, .html, .pdf), an http(s) address (waiting at most
    `timeout` seconds, the fetcher's own bound when None) or given as bytes (`name` says what to call it) into a dataset: its data, its YAML
    text (`.yaml_text`, to save and `load`, or `save`), its warnings by line. Names are read against
    `corpus`'s registries when given. Raises DataError when it holds no plan (unless `allow_empty`), or
    on any warning with `strict`."""
    from .importing import TIMEOUT, read_source
    from .importing import import_notice as parse

    checked_args(source=(source, (*PATH_TYPES, bytes)), name=(name, (str, type(None))))
    if doc_id is not None and not doc_id.strip():  # `--id ""` had been taken as no id given
        raise UsageError("文档编号为空 (an empty document id)")
    if isinstance(source, bytes):
        raw, called, charset = source, name or "<bytes>", None
    else:
        raw, called, charset = read_source(os.fspath(source), TIMEOUT if timeout is None else timeout)
    known = corpus.documents if corpus is not None else ()
    return parse(raw, called, doc_id, known, strict=strict, charset=charset, allow_empty=allow_empty)


def read_list(path: PathLike) -> list[str]:
    """The notices a list names (`import --from-list`): a URL or a path a line, blank lines and `#`
    comments skipped, spaces around an entry trimmed; or NUL-separated as `find -print0` writes them,
    each entry exactly as written (a name may begin with a space or #, or hold a line break). Read to a
    bound like every input (a list of /dev/zero took all memory), and to a number of entries (two
    million one-letter entries, 4 MiB, cost 47 s and 1.7 GB before any was read)."""
    from .validation import read_bytes

    try:
        text = read_bytes(Path(path), limits.MAX_LIST_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError(f"{path}: 列表不是 UTF-8 文本 (the list is not UTF-8 text: byte {e.start})") from None
    if "\0" in text:
        entries = [e for e in text.split("\0") if e.strip()]
    else:
        lines = (line.strip() for line in text.split("\n"))  # \r\n too; not NEL or U+2028, as shells
        entries = [e for e in lines if e and not e.startswith("#")]
    if len(entries) > limits.MAX_LIST_ENTRIES:
        raise DataError(
            f"{path}: 列表超过 {limits.MAX_LIST_ENTRIES:,} 项, 请拆分 "
            f"(more than {limits.MAX_LIST_ENTRIES:,} entries; split the list)"
        )
    return entries


def read_notice_stream(stream: BinaryIO) -> bytes:
    """A notice from a stream (stdin), read no further than one byte past the size any notice may have,
    so that `import_notice` refuses it rather than memory filling."""

    return stream.read(limits.MAX_FILE_BYTES + 1)


def save_dataset(imported: Imported, path: PathLike, overwrite: bool = False) -> Path:
    """An import's YAML written all or nothing (the folder made if missing); an existing file only with
    `overwrite`. Raises OutputError (exit 4) when it cannot be written."""
    from .atomic import atomic_write_bytes, file_path, make_folder

    target = file_path(path)
    make_folder(target.parent)
    atomic_write_bytes(target, imported.yaml_text.encode("utf-8"), overwrite=overwrite)
    return target


def is_address(source: str) -> bool:
    """Whether `import_notice` would fetch this source over http(s) rather than open a file."""
    from .importing import is_url

    return is_url(source)


def shipped_dataset() -> Path:
    """The dataset file that ships with the package."""
    from .loader import shipped_data

    return shipped_data()


def json_schema() -> str:
    """The JSON Schema of a dataset file, for editors that check YAML as it is typed."""
    from .schema import schema_text

    return schema_text()


@dataclass(frozen=True, slots=True)
class Exported:
    """A file `export` made: its bytes, how many items it holds, and its format."""

    data: bytes
    count: int
    format: ExportFormat


def export_file(
    corpus: Corpus,
    path: PathLike | None = None,
    *,
    fmt: str | ExportFormat | None = None,
    selection: Selection = EVERYTHING,
    bulletin: bool = False,
    as_of: datetime.date | None = None,
    db: PathLike | None = None,
    overwrite: bool = False,
) -> Exported:
    """The 台账 of a selection (with `selection.unit`: that unit's own, what it leads and supports), or
    with `bulletin` the 通报 as of a date, filled from the progress store `db` (default: `WORKPLAN_DB`,
    else under XDG_DATA_HOME; never created by looking). The format is `fmt`, else `path`'s extension
    (.xlsx .csv .md .json, and .docx for the bulletin). With `path` the file is written all or nothing
    (an existing one only with `overwrite`). Nothing matching is `count` 0 and no file."""
    from .atomic import atomic_write_bytes, existing_mode, file_path
    from .export import NOT_A_LEDGER, export_format
    from .export import ExportFormat as Format
    from .progress.tracking import the_bulletin, today

    checked_args(
        corpus=(corpus, Corpus),
        path=(path, (*PATH_TYPES, type(None))),
        selection=(selection, Selection),
        as_of=(as_of, DATE_OR_NONE),
        db=(db, (*PATH_TYPES, type(None))),
    )
    chosen = export_format(os.fspath(path) if path is not None else "-", fmt)
    if chosen is Format.docx and not bulletin:
        raise UsageError(NOT_A_LEDGER)
    if as_of is not None and not bulletin:
        raise UsageError("--as-of 只用于 --bulletin (--as-of applies to the bulletin)")
    if path is not None:
        existing_mode(
            file_path(path), overwrite
        )  # refused before the work (a 38k-item 通报: 15 s), not after
    if bulletin:
        from .progress.bulletin import render as bulletin_file

        b = the_bulletin(corpus, stored_reports(db), selection, as_of or today())
        said = b.works or b.total.supported  # a street that only supports (through 各街道) has its 通报
        made = Exported(bulletin_file(b, chosen) if said else b"", said, chosen)
    else:
        made = ledger_file(corpus, selection, progress_reports(db), chosen)
    if path is not None and made.count:
        atomic_write_bytes(file_path(path), made.data, overwrite=overwrite)
    return made


def ledger_file(
    corpus: Corpus, selection: Selection, updates: Sequence[Update], fmt: ExportFormat
) -> Exported:
    """The 台账 of a selection in a format: every record's row, or a unit's own rows with its role."""
    from .export import ExportFormat, ledger, render
    from .progress.tracking import latest_progress

    unit = selection.unit
    records = corpus.select(replace(selection, unit=None, role=None))
    # a 台账 to fill in and return (.xlsx, .csv) is a reporting unit's: a group's could never be read back;
    # its Markdown or JSON is a listing, as `by-unit` gives
    returned = fmt in (ExportFormat.xlsx, ExportFormat.csv)
    resolve = corpus.reporting_unit if returned else corpus.resolve_unit
    name = resolve(unit, selection.documents) if unit else None
    hits = None
    if unit:
        wanted = {r.ref for r in records}
        hits = [
            h
            for h in corpus.by_unit(unit, selection)
            if h.role is not Role.mentioned and h.record.ref in wanted
        ]
    progress = latest_progress(updates)
    rows = ledger(corpus, records, hits, unit=name, progress=progress)
    return Exported(render(fmt, corpus, rows, name, progress) if rows else b"", len(rows), fmt)


def progress_db(db: PathLike | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The progress store's file: `db`, else $WORKPLAN_DB, else under the user's data folder. The CLI
    passes its own environment (a test's, in tests); the library reads the process's."""
    from .progress.store import store_path

    return store_path(db, os.environ if environ is None else environ)


def progress_reports(db: PathLike | None = None) -> list[Update]:
    """Every report in the progress store, oldest first; none when there is no store (looking never
    creates one). `db` as `export` takes it."""
    from .progress.tracking import stored_updates

    return stored_updates(progress_db(db), os.environ)


def stored_reports(db: PathLike | None) -> Reports:
    """The progress store's reports, read for the records a view holds (`db` as `export` takes it)."""
    from .progress.tracking import stored

    return stored(progress_db(db), os.environ)


def progress_log(
    corpus: Corpus,
    ref: str | None = None,
    unit: str | None = None,
    since: datetime.date | None = None,
    db: PathLike | None = None,
) -> list[Update]:
    """The reports on an item (`ref`), of a unit, dated on or after `since` — any of them combined, all
    when none — oldest first (`progress log`); none when there is no store (looking never creates one)."""
    from .progress.store import reading

    checked_args(
        corpus=(corpus, Corpus), ref=(ref, STR_OR_NONE), unit=(unit, STR_OR_NONE), since=(since, DATE_OR_NONE)
    )
    record = corpus.record(ref) if ref is not None else None
    name = corpus.reporting_unit(unit) if unit is not None else None
    with reading(progress_db(db)) as store:
        if store is None:
            return []
        return store.log(record.document if record else None, record.id if record else None, name, since)


def report(
    corpus: Corpus,
    ref: str,
    unit: str,
    status: str | Status,
    *,
    as_of: datetime.date | None = None,
    note: str = "",
    percent: int | None = None,
    db: PathLike | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> tuple[Update, bool]:
    """One progress report stored (`progress set`), checked: the item exists and the unit answers for or
    supports it. True when it was new (the same report twice is stored once). `on_warning` hears a date
    given outside the plan's year, stored as given (0001-01-01 had counted as done on time, said nowhere)."""
    from .progress.ledger_read import make_update, out_of_time
    from .progress.store import Source, Store
    from .progress.tracking import today

    checked_args(
        corpus=(corpus, Corpus),
        ref=(ref, str),
        unit=(unit, str),
        status=(status, (str, Status)),
        as_of=(as_of, DATE_OR_NONE),
        note=(note, str),
        percent=(percent, (int, type(None))),
    )
    update = make_update(corpus, ref, unit, status, as_of or today(), note, percent, Source())
    if on_warning is not None and as_of is not None:  # (a date typed, not today's: the slip of a year)
        for doubt in out_of_time(corpus, [update]):
            on_warning(doubt)
    with Store(progress_db(db)) as store:
        return update, bool(store.add([update]))


@dataclass(frozen=True)
class LedgerCheck:
    """A returned 台账 read (`read`: its good reports, bad rows, doubts and rows with no report) and the
    reports the store does not hold yet (`fresh`), before anything is written."""

    read: LedgerRead
    fresh: list[Update]


def check_ledger(
    corpus: Corpus,
    path: PathLike,
    *,
    as_of: datetime.date | None = None,
    unit: str | None = None,
    documents: Sequence[str] = (),
    word_folders: Sequence[PathLike] = (),
    db: PathLike | None = None,
) -> LedgerCheck:
    """What a returned 台账 would add (`progress import --dry-run`, and the check before it stores):
    nothing is written, and no store is created. `word_folders` hold the office's 状态词.yaml."""
    from .progress.ledger_read import read_ledger, status_words
    from .progress.store import Source, distinct, reading
    from .progress.tracking import today

    checked_args(corpus=(corpus, Corpus), path=(path, PATH_TYPES), as_of=(as_of, DATE_OR_NONE))
    words = status_words([Path(f) for f in word_folders])
    read = read_ledger(Path(path), corpus, as_of or today(), unit, documents, words)
    with reading(progress_db(db)) as store:  # (with no store yet, a report the file repeats is one)
        if not store:
            return LedgerCheck(read, distinct(read.updates))
        updates = [store.as_stored(u) for u in read.updates]  # (a note returned as the export wrote it)
        rows: dict[tuple[Source, str, str], list[Update]] = {}  # a shared row's reports, one per unit
        for u in updates:
            if u.source in read.shared:
                rows.setdefault((u.source, u.document, u.id), []).append(u)
        # what each shared row reports, unit by unit, where its first report stood
        made: dict[int, list[Update]] = {}
        unfiled: list[str] = []  # shared rows whose words no unit can be given
        for (source, document, ref), row in rows.items():
            lead = corpus.record(f"{document}:{ref}").lead_ids
            made[id(row[0])], why = store.shared_reports(row, lead, read.notes.get(source, ""))
            unfiled += [f"{source}: {why}"] if why else []
        if unfiled:
            read = replace(read, bad=[*read.bad, *unfiled])
        reports: list[Update] = []
        for u in updates:
            if u.source not in read.shared:
                reports.append(u)
            elif id(u) in made:
                reports += made[id(u)]
        # a row dated by default that says what the latest report says is that report returned; one whose
        # 填报日期 the file writes says so as of that day (re-dated, it is no longer overdue to report)
        kept = {id(u) for u in store.changed([u for u in reports if u.source not in read.dated])}
        return LedgerCheck(read, store.new([u for u in reports if u.source in read.dated or id(u) in kept]))


def store_reports(updates: Sequence[Update], db: PathLike | None = None) -> list[Update]:
    """Reports stored in one transaction (all or none); those that were new (a report stored before is
    stored once)."""
    from .progress.store import Store, Update

    checked_args(updates=(updates, (list, tuple)))
    for k, report in enumerate(updates):
        checked_args(**{f"updates[{k}]": (report, Update)})
    with Store(progress_db(db)) as store:
        return store.add(list(updates))


def import_ledger(
    corpus: Corpus,
    path: PathLike,
    *,
    as_of: datetime.date | None = None,
    unit: str | None = None,
    documents: Sequence[str] = (),
    skip_bad: bool = False,
    db: PathLike | None = None,
) -> list[Update]:
    """A returned 台账 (.xlsx .ods .xls .csv) read and stored in one transaction; the new reports. A bad
    row refuses the whole file (DataError listing every one) unless `skip_bad`; `as_of` dates rows with
    no 填报日期 (default today)."""
    checked = check_ledger(corpus, path, as_of=as_of, unit=unit, documents=documents, db=db)
    if checked.read.bad and not skip_bad:
        read = checked.read
        raise DataError(
            f"{read.bad_rows} 行有误, 未导入任何内容 (bad rows; nothing imported)", problems=read.bad
        )
    return store_reports(checked.fresh, db)


def status(
    corpus: Corpus,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
    db: PathLike | None = None,
    light: Light | None = None,
) -> list[StatusRow]:
    """Where every item stands on a date (default today): a row per record and unit in a role, with its
    light (`status`); with `selection.unit`, that unit's own view; with `light`, rows of that light."""
    from .progress.status import Light
    from .progress.tracking import status as lit

    checked_view(corpus, selection, as_of)
    checked_args(light=(light, (Light, type(None))))
    return lit(corpus, stored_reports(db), selection, as_of, light)


def checked_view(corpus: Corpus, selection: Selection, as_of: datetime.date | None) -> None:
    """The arguments every view of the progress takes, checked as `checked_args` does."""
    checked_args(corpus=(corpus, Corpus), selection=(selection, Selection), as_of=(as_of, DATE_OR_NONE))


def overdue(
    corpus: Corpus,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
    db: PathLike | None = None,
) -> list[StatusRow]:
    """What is overdue on a date (`overdue`): red lights of the units that answer, and items past a
    milestone with no report since; with `selection.unit`, what that unit supports too."""
    from .progress.tracking import overdue as late

    checked_view(corpus, selection, as_of)
    return late(corpus, stored_reports(db), selection, as_of)


def missing(
    corpus: Corpus,
    since: datetime.date,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
    db: PathLike | None = None,
) -> list[StatusRow]:
    """Whom to chase (`status --missing`): rows not reported since a date and not done."""
    from .progress.tracking import missing as unreported

    checked_args(corpus=(corpus, Corpus), since=(since, datetime.date), selection=(selection, Selection))
    return unreported(corpus, stored_reports(db), since, selection, as_of)


def completion_rates(
    corpus: Corpus,
    selection: Selection = EVERYTHING,
    as_of: datetime.date | None = None,
    db: PathLike | None = None,
) -> list[UnitStats]:
    """按期办结率 and its counts per unit on a date (`stats --progress`; default today)."""
    from .progress.tracking import rates, today

    checked_view(corpus, selection, as_of)
    return rates(corpus, stored_reports(db), selection, as_of or today())
