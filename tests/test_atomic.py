"""Safe writes: umask-honouring modes, refusal of links and devices, cleanup on SIGTERM and SIGHUP."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from workplan.atomic import atomic_write_bytes
from workplan.errors import OutputError

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, symlinks and signals")


@pytest.fixture()
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_honours_the_umask(tmp_path: Path, umask: None, mask: int, expected: int) -> None:
    os.umask(mask)
    out = tmp_path / "ledger.xlsx"
    atomic_write_bytes(out, b"data")
    assert out.read_bytes() == b"data" and mode(out) == expected


@posix_only
def test_overwrite_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, umask: None) -> None:
    out = tmp_path / "ledger.csv"
    out.write_bytes(b"old")
    out.chmod(0o640)
    atomic_write_bytes(out, b"new", overwrite=True)
    assert out.read_bytes() == b"new" and mode(out) == 0o640


def test_an_existing_file_needs_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "keep.csv"
    out.write_bytes(b"precious")
    with pytest.raises(OutputError, match=r"已存在.*already exists"):
        atomic_write_bytes(out, b"new")
    assert out.read_bytes() == b"precious" and [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


@posix_only
@pytest.mark.parametrize("overwrite", [False, True])
def test_symlinks_are_refused_even_dangling_and_even_with_overwrite(tmp_path: Path, overwrite: bool) -> None:
    target = tmp_path / "target.txt"
    target.write_bytes(b"target")
    link, dangling = tmp_path / "link.xlsx", tmp_path / "dangling.xlsx"
    link.symlink_to(target)
    dangling.symlink_to(tmp_path / "nowhere.xlsx")
    for path in (link, dangling):
        with pytest.raises(OutputError, match=r"符号链接.*symbolic link") as info:
            atomic_write_bytes(path, b"new", overwrite=overwrite)
        assert "\n" not in info.value.message and path.is_symlink()
    assert target.read_bytes() == b"target" and not (tmp_path / "nowhere.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.xlsx", "link.xlsx", "target.txt"]


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"目录.*directory"):
        atomic_write_bytes(tmp_path, b"x", overwrite=True)


@posix_only
@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"不是普通文件.*not a regular file"):
        atomic_write_bytes(Path("/dev/null"), b"x", overwrite=True)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"无法写入.*cannot write"):
        atomic_write_bytes(tmp_path / "no" / "such" / "ledger.csv", b"x")


@posix_only
def test_signal_handlers_are_restored_after_the_write(tmp_path: Path) -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    atomic_write_bytes(tmp_path / "a", b"x")
    with pytest.raises(OutputError):
        atomic_write_bytes(tmp_path / "a", b"y")
    assert {s: signal.getsignal(s) for s in before} == before


CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path
    from workplan.atomic import atomic_write_bytes

    # as in a terminal session: a test runner started under nohup passes SIGHUP on ignored, one started
    # in a script's background SIGINT, and an ignored signal rightly stays ignored
    # (test_a_signal_the_process_ignores_stays_ignored)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    out, marker = Path(sys.argv[1]), Path(sys.argv[2])
    real_fsync = os.fsync

    def slow_fsync(fd):
        marker.write_text("writing")
        while True:
            time.sleep(0.05)

    os.fsync = slow_fsync
    atomic_write_bytes(out, b"x" * (8 << 20), overwrite=True)
    """
)


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_mid_write_removes_the_temporary_file(tmp_path: Path, signum: int) -> None:
    out, marker = tmp_path / "ledger.xlsx", tmp_path.parent / f"{tmp_path.name}.marker"
    out.write_bytes(b"old")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(out), str(marker)], stderr=subprocess.PIPE, text=True
    )
    try:
        for _ in range(1200):  # wait (at most a minute on a loaded machine) until the write is under way
            if marker.exists() or child.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), child.stderr.read() if child.stderr else ""
        assert len(list(tmp_path.iterdir())) == 2  # the old file and the temporary one
        child.send_signal(signum)
        stderr = child.communicate(timeout=60)[1]
    finally:
        child.kill()
    assert child.returncode != 0
    if signum != signal.SIGINT:
        assert child.returncode == -signum, stderr  # the default action still ends the process
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.xlsx"] and out.read_bytes() == b"old"


@posix_only
@posix_only
def test_a_signal_the_process_ignores_stays_ignored() -> None:
    """Under nohup SIGHUP is ignored: a write must not make the hang-up it was started to survive
    kill it, nor leave a handler behind."""
    from workplan.atomic import signals_raise

    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with signals_raise():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # the one not ignored is caught
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def test_the_file_and_then_its_folder_are_synced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr("os.fsync", fsync)
    atomic_write_bytes(tmp_path / "ledger.csv", b"x")
    assert synced == ["file", "folder"]


def test_what_a_killed_write_left_is_cleared_an_hour_on(tmp_path: Path) -> None:
    """Pass 89: an export killed by SIGKILL left its `.NAME.HEX.tmp` beside the target for ever. The next
    write of that name clears those an hour old, and nothing that only looks like one."""
    target = tmp_path / "台账.xlsx"
    old, fresh = tmp_path / ".台账.xlsx.0123456789ab.tmp", tmp_path / ".台账.xlsx.ba9876543210.tmp"
    other, mine = tmp_path / ".别的.xlsx.0123456789ab.tmp", tmp_path / ".台账.xlsx.mine.tmp"
    for f in (old, fresh, other, mine):
        f.write_bytes(b"x")
        if f is not fresh:
            os.utime(f, (1_000_000_000, 1_000_000_000))
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (target, fresh, other, mine))


def test_a_name_as_long_as_a_file_may_have_is_written(tmp_path: Path) -> None:
    """Pass 90: `.NAME.HEX.tmp` added 18 bytes to a name: a legal name of 244 bytes (80 Chinese characters
    and .csv) could not be written (exit 4). The temporary name cuts the name to fit."""
    target = tmp_path / ("进" * 80 + ".csv")
    atomic_write_bytes(target, b"a,b\n")
    assert target.read_bytes() == b"a,b\n" and [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.skipif(os.name != "posix", reason="a name of bytes that are no UTF-8 is a POSIX file system's")
def test_a_name_that_is_no_utf8_is_written(tmp_path: Path) -> None:
    """Pass 91: the temporary name's cutting encoded the name as UTF-8: a GBK name from an unzipped archive
    (its bytes kept as surrogates) was a UnicodeEncodeError, exit 70, where the write had worked."""
    target = tmp_path / os.fsdecode(b"\xb9\xa4.csv")
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
