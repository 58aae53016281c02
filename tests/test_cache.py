"""The cache verifies before it trusts: code, data, owner and mode are all checked before a pickle loads."""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from workplan import cache, limits
from workplan.loader import load_index, shipped_data

SHIPPED = shipped_data().read_text(encoding="utf-8")


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


@pytest.fixture()
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files parsed from YAML (cache misses), in order; the shipped registry, read as the region's
    reference beside a plan of the same region, is not counted."""
    import workplan.loader as loader

    seen: list[Path] = []
    real = loader.parse_document
    shipped = loader.shipped_data().absolute()

    def counting(path: Path) -> Any:
        if Path(path).absolute() != shipped:
            seen.append(path)
        return real(path)

    monkeypatch.setattr(loader, "parse_document", counting)
    return seen


@pytest.fixture(autouse=True)
def fresh_warnings() -> None:
    cache.take_warnings()


class Planted:
    """A pickle that runs code when loaded: what another user would leave in a cache folder."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def entries(folder: Path) -> list[Path]:
    """The cache's entries: a pickle per document, an SQLite file per index (its head is a pickle)."""
    return sorted([*folder.glob("*.pickle"), *folder.glob("*.sqlite")])


def plant(folder: Path, marker: Path) -> None:
    gc.collect()  # a loaded index keeps its read snapshot until it is collected
    for entry in entries(folder):
        if entry.suffix == ".sqlite":
            with sqlite3.connect(entry) as db:
                db.execute("UPDATE meta SET head = ?", (pickle.dumps(Planted(marker)),))
            db.close()
            continue
        stored_key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((stored_key, Planted(marker))))


def test_entries_are_private_whatever_the_umask(plan: Path, isolated_cache: Path) -> None:
    shutil.rmtree(isolated_cache)
    old = os.umask(0)
    try:
        load_index(plan)
    finally:
        os.umask(old)
    assert stat.S_IMODE(isolated_cache.stat().st_mode) == 0o700
    entries = list(isolated_cache.iterdir())
    assert {e.name.split("-")[0] for e in entries} == {"document", "index"}
    assert all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)


def test_second_run_is_served_from_the_cache(plan: Path, parses: list[Path]) -> None:
    load_index(plan)
    load_index(plan)
    assert parses == [plan]


@pytest.mark.parametrize("unsafe", ["group-writable", "world-writable", "someone else's"])
def test_an_unsafe_folder_is_never_unpickled(
    plan: Path,
    isolated_cache: Path,
    tmp_path: Path,
    parses: list[Path],
    unsafe: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_index(plan)
    marker = tmp_path / "pwned"
    plant(isolated_cache, marker)
    if unsafe == "someone else's":
        uid = os.getuid()
        monkeypatch.setattr(cache.os, "getuid", lambda: uid + 1)  # as another user would see the folder
    else:
        os.chmod(isolated_cache, 0o770 if unsafe == "group-writable" else 0o707)
    assert len(load_index(plan)) == 41
    assert not marker.exists() and parses == [plan, plan]
    (warning,) = cache.take_warnings()  # once, though the folder was consulted several times
    assert warning.startswith(f"缓存目录 {isolated_cache} 不属于当前用户或他人可写")
    assert "(cache folder not yours or writable by others" in warning


def test_an_unsafe_entry_is_never_unpickled(
    plan: Path, isolated_cache: Path, tmp_path: Path, parses: list[Path]
) -> None:
    load_index(plan)
    marker = tmp_path / "pwned"
    plant(isolated_cache, marker)
    for entry in entries(isolated_cache):
        os.chmod(entry, 0o666)
    assert len(load_index(plan)) == 41
    assert not marker.exists() and parses == [plan, plan]
    assert all("(cache entry not yours or writable by others: ignored)" in w for w in cache.take_warnings())


def test_a_link_planted_as_an_entry_is_not_followed(
    plan: Path, isolated_cache: Path, tmp_path: Path, parses: list[Path]
) -> None:
    load_index(plan)
    marker = tmp_path / "pwned"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = entries(isolated_cache)
    for entry in moved:
        shutil.move(entry, elsewhere / entry.name)
    plant(elsewhere, marker)
    for entry in moved:
        entry.symlink_to(elsewhere / entry.name)
    assert len(load_index(plan)) == 41
    assert not marker.exists() and parses == [plan, plan]


def test_changing_the_code_invalidates_every_entry(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[Path]
) -> None:
    code = tmp_path / "installed"
    shutil.copytree(cache.PACKAGE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", code)
    monkeypatch.setattr(cache, "_fingerprint", [])
    load_index(plan)
    load_index(plan)
    assert parses == [plan]
    module = code / "index.py"
    st = module.stat()
    module.write_text(module.read_text(encoding="utf-8").replace("columns", "COLUMNS", 1), encoding="utf-8")
    os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, mtime restored
    assert module.stat().st_size == st.st_size
    monkeypatch.setattr(cache, "_fingerprint", [])  # as a new process would
    load_index(plan)
    assert parses == [plan, plan]


def test_a_same_size_edit_with_its_mtime_restored_is_seen(plan: Path) -> None:
    st = plan.stat()
    assert "title: 消费拉动" in SHIPPED
    load_index(plan)
    plan.write_text(SHIPPED.replace("title: 消费拉动", "title: 消费促进"), encoding="utf-8")
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert plan.stat().st_size == st.st_size and plan.stat().st_mtime_ns == st.st_mtime_ns
    index = load_index(plan)
    assert "消费促进" in [index.materialise(i).title for i in range(len(index))]


def test_one_entry_per_data_path_however_often_it_changes(plan: Path, isolated_cache: Path) -> None:
    counts = []
    for n in range(4):
        plan.write_text(SHIPPED.replace("title: 消费拉动", f"title: 消费拉动{n}"), encoding="utf-8")
        load_index(plan)
        counts.append(sorted(e.name.split("-")[0] for e in isolated_cache.iterdir()))
    # the plan's document and index, and the shipped registry's document (the region's reference)
    assert counts == [["document", "document", "index"]] * 4


def test_the_total_size_is_capped_oldest_first(tmp_path: Path, isolated_cache: Path) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"plan{n}.yaml"
        path.write_text(SHIPPED, encoding="utf-8")
        paths.append(path)
        load_index(path)
        for entry in isolated_cache.iterdir():  # make the order of writing unambiguous
            if entry.stat().st_mtime_ns > 10**18:
                os.utime(entry, ns=(n + 1, n + 1))
    sizes = {e.name: e.stat().st_size for e in isolated_cache.iterdir()}
    newest = {
        cache.entry_name("document", [str(paths[2])]),
        cache.entry_name("index", [str(paths[2])], ".sqlite"),
    }
    cache.prune(limit=sum(sizes[n] for n in newest))
    assert {e.name for e in isolated_cache.iterdir()} == newest


def test_the_cap_never_evicts_what_the_current_index_was_built_from(
    tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch, parses: list[Path]
) -> None:
    """However small the cap, a build keeps its own entries: the next edit of one file re-reads that
    file only, not the whole set (at a million records, the index alone nears the cap)."""
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 1)
    plans = []
    for n in range(3):
        path = tmp_path / f"plan{n}.yaml"
        path.write_text(SHIPPED.replace("id: yangpu-2020q2", f"id: yangpu-2020q2-{n}"), encoding="utf-8")
        plans.append(path)
    load_index(tmp_path)
    assert len(entries(isolated_cache)) == 5  # three plans, the shipped registry, the index
    plans[1].write_text(SHIPPED.replace("id: yangpu-2020q2", "id: yangpu-2020q2-x"), encoding="utf-8")
    load_index(tmp_path)
    assert parses == [*plans, plans[1]]


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKPLAN_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.cache_dir() == tmp_path / ".cache" / "workplan"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "workplan"
    monkeypatch.setenv("WORKPLAN_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_pruning_removes_only_the_caches_own_entries(
    plan: Path, tmp_path: Path, isolated_cache: Path
) -> None:
    """A user's own files in the folder (a model.pickle, a look-alike name, a link) outlive any prune,
    however old and large; the entries the tool wrote go."""
    load_index(plan)
    assert any(cache.ENTRY.fullmatch(e.name) for e in isolated_cache.iterdir())
    theirs = {
        "model.pickle": b"x" * 100_000,
        "document-notahash-1.pickle": b"y" * 10,
        "index-0000abcd-12.pickle.bak": b"z",
    }
    for name, data in theirs.items():
        (isolated_cache / name).write_bytes(data)
        os.utime(isolated_cache / name, ns=(1, 1))  # the oldest in the folder
    (isolated_cache / "index-0000abcd-12.pickle").symlink_to(isolated_cache / "model.pickle")
    cache.prune(limit=0)
    left = {e.name for e in isolated_cache.iterdir()}
    assert left == {*theirs, "index-0000abcd-12.pickle"}
    assert (isolated_cache / "model.pickle").read_bytes() == theirs["model.pickle"]


def test_without_uids_windows_style_the_cache_still_works(
    monkeypatch: pytest.MonkeyPatch, plan: Path, parses: list[Path]
) -> None:
    """os.getuid does not exist on Windows: loading must not raise, and the second run is a hit."""
    monkeypatch.delattr(os, "getuid")
    load_index(plan)
    load_index(plan)
    assert parses == [plan]


def test_on_windows_entries_live_under_local_app_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WORKPLAN_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr(cache, "WINDOWS", True)
    assert cache.cache_dir() == tmp_path / "workplan" / "cache"


def test_a_folder_where_an_entry_would_be_is_a_miss(
    plan: Path, isolated_cache: Path, parses: list[Path]
) -> None:
    """A folder at an entry's name opens read-only as a file would: it is a miss, never a crash."""
    (isolated_cache / cache.entry_name("document", [str(plan)])).mkdir(parents=True)
    (isolated_cache / cache.entry_name("index", [str(plan)])).mkdir(parents=True)
    load_index(plan)
    assert parses == [plan]


def test_a_killed_runs_half_written_entry_is_pruned_once_a_day_old(plan: Path, isolated_cache: Path) -> None:
    """`write_entry` writes `.NAME.PID.tmp` first; a run killed meanwhile left it for good (51 MB at
    100k records), outside the cap. A day old it goes; a younger one may be a run still writing; a
    user's look-alike is never touched."""
    load_index(plan)
    stale = isolated_cache / f".{cache.entry_name('index', [str(plan)], '.sqlite')}.4242.tmp"
    young = isolated_cache / ".document-0000abcd-12.pickle.4343.tmp"
    theirs = isolated_cache / ".notes.4242.tmp"
    for path in (stale, young, theirs):
        path.write_bytes(b"x" * 1000)
    day_old = 2 * 24 * 3600
    for path in (stale, theirs):
        os.utime(path, (path.stat().st_atime - day_old, path.stat().st_mtime - day_old))
    cache.prune()
    assert not stale.exists() and young.exists() and theirs.exists()


def test_the_library_hears_what_the_cache_skipped(plan: Path, isolated_cache: Path) -> None:
    """Through the front door: `on_warning` gets the cache's one line; without it, a RuntimeWarning (a
    notebook user is told too, not only the command line)."""
    import workplan

    workplan.load(plan)
    os.chmod(isolated_cache, 0o777)
    heard: list[str] = []
    assert len(workplan.load(plan, on_warning=heard.append).records) == 41
    assert len(heard) == 1 and "(cache folder not yours or writable by others" in heard[0]
    with pytest.warns(RuntimeWarning, match="cache folder not yours"):
        workplan.load(plan)


def test_the_command_line_prints_what_the_cache_skipped_as_one_warning(
    plan: Path, isolated_cache: Path
) -> None:
    from workplan.cli.testing import invoke

    assert invoke("--data", str(plan), "docs").exit_code == 0
    os.chmod(isolated_cache, 0o777)
    result = invoke("--data", str(plan), "docs")
    said = [line for line in result.stderr.splitlines() if "cache folder not yours" in line]
    assert result.exit_code == 0 and len(said) == 1 and said[0].startswith("workplan: warning: 缓存目录")


def test_a_fifo_beside_the_index_leaves_the_query_uncached_not_stuck(
    plan: Path, isolated_cache: Path
) -> None:
    """Pass 85: a FIFO at the index's -journal made every `list` and `search` wait for ever (SQLite reads
    a journal it finds as an unfinished write). The entry is not used (the run answers from memory),
    and the FIFO stays: it is not the cache's. Through the installed command, so a hang is a timeout."""
    import subprocess

    from tests.test_hostile import EXE

    env = {**os.environ, "WORKPLAN_CACHE_DIR": str(isolated_cache)}
    first = subprocess.run(
        [EXE, "--data", str(plan), "list", "--json"], capture_output=True, env=env, timeout=60
    )
    (index,) = isolated_cache.glob("index-*.sqlite")
    fifo = Path(f"{index}-journal")
    os.mkfifo(fifo)
    again = subprocess.run(
        [EXE, "--data", str(plan), "list", "--json"], capture_output=True, env=env, timeout=30
    )
    assert (again.returncode, again.stdout) == (0, first.stdout) and fifo.is_fifo()


def test_a_journal_left_over_beside_the_index_keeps_the_cache(plan: Path, isolated_cache: Path) -> None:
    """Pass 87/88: a regular journal beside the index is the index's own, in a private folder (one a
    killed update leaves): the cache goes on (refusing any side file had turned it off for good)."""
    from workplan.diskindex import DiskIndex

    load_index(plan)
    (index,) = isolated_cache.glob("index-*.sqlite")
    Path(f"{index}-journal").write_bytes(b"\0" * 600)  # (not hot: SQLite reads past it)
    assert isinstance(load_index(plan), DiskIndex)
