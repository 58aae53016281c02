"""Loading and validating dataset files: every bad file gives located, readable problems (exit 3)."""

from __future__ import annotations

import concurrent.futures
import contextlib
import gc
import os
import pickle
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from workplan.api import validate
from workplan.corpus import Corpus
from workplan.errors import DataError
from workplan.loader import load_document, load_documents, load_index, shipped_data
from workplan.validation import validate_file, validate_text

SHIPPED = shipped_data().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        validate_file(path)
    return info.value.problems


def edited(old: str, new: str, count: int = 1) -> str:
    assert old in SHIPPED
    return SHIPPED.replace(old, new, count)


def test_shipped_dataset_loads_from_the_package() -> None:
    docs = load_documents()
    assert len(docs) == 1 and len(docs[0].records) == 41
    assert docs[0].records[0].id == "1.1" and docs[0].records[-1].id == "G9"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\na: 2\n", "plan.yaml:2:1: 重复的键 'a' (duplicate key)"),
        ("a: &x [1]\nb: *x\n", "anchors and aliases are not allowed"),
        ("a: [1, 2\n", "plan.yaml:2:1"),
        ("- 1\n- 2\n", "expected a mapping, got a list"),
        ("<<: {a: 1}\n", "未知字段 '<<' (unknown field)"),
        ("a: !!python/object:os.system x\n", "tags are not allowed"),
        ("a: !!str x\n", "tags are not allowed"),
        ("a: &x 1\n", "anchors and aliases are not allowed"),
        ("? [a]\n: 1\n", "keys must be strings"),
        ("a: 1\n---\nb: 2\n", "plan.yaml:2:1: 一个文件只能有一个文档"),
        ("year: " + "9" * 5000 + "\n", "plan.yaml:1:7: 整数位数过多"),
        (
            "标题标题: a\x07b\n",
            "plan.yaml:1:8: 不允许的控制字符 U+0007 (control character not allowed in YAML)",
        ),
    ],
)
def test_yaml_level_problems(tmp_path: Path, text: str, expected: str) -> None:
    assert any(expected in p for p in problems_of(write(tmp_path, text)))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_among_or_as_the_data_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A pipe named like a data file hung the load (and validate skipped it without a word)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.yaml").write_text(shipped_data().read_text(encoding="utf-8"), encoding="utf-8")
    os.mkfifo(folder / "zz.yaml")
    for target in (folder, folder / "zz.yaml"):
        with pytest.raises(DataError, match=r"zz\.yaml: 不是普通文件"):
            load_index(target)
        passed, problems = validate([target])  # validate waited on the pipe named alone
        assert not passed and [p for p in problems if "不是普通文件" in p] == [
            f"{folder / 'zz.yaml'}: 不是普通文件 (not a regular file: a pipe, socket or device)"
        ]


def test_maps_and_lists_past_the_bound_are_refused_where_they_pass_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """6.5 million `- {}` (31 MiB, under the size bound) took 3.9 GB: each map costs ~600 bytes."""
    monkeypatch.setattr("workplan.limits.MAX_YAML_CONTAINERS", 1000)
    problems = problems_of(write(tmp_path, "b:\n" + "- {}\n" * 1000))
    assert problems == [
        f"{tmp_path / 'plan.yaml'}:1000:3: 映射和列表超过 1,000 个 (more than 1,000 maps and lists: no plan has so many; split the file)"
    ]


def test_billion_laughs_is_rejected_before_expansion(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    problems = problems_of(write(tmp_path, "\n".join(lines) + "\n"))
    assert "anchors and aliases are not allowed" in problems[0]


def test_problems_carry_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, edited("  year: 2020\n", "  year: twenty\n"))
    (problem,) = problems_of(path)
    line = SHIPPED.splitlines().index("  year: 2020") + 1
    assert problem.startswith(f"{path}:{line}:3: meta.year: 类型不符 (expected int")


def test_unquoted_dates_and_yes_no_stay_strings(tmp_path: Path) -> None:
    path = write(tmp_path, edited('signed: "2020-04-20"', "signed: 2020-04-20"))
    assert validate_file(path).meta.signed == "2020-04-20"
    path = write(tmp_path, edited("  region: 上海市杨浦区", "  region: no"))
    assert validate_file(path).meta.region == "no"


def test_unknown_field_is_named(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, edited("  year: 2020\n", "  year: 2020\n  yaer: 2020\n")))
    assert problem.endswith("meta: 未知字段 'yaer' (unknown field); 是否指: year、quarter?")


def test_missing_required_field(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, edited("  issuer: 上海市杨浦区人民政府办公室\n", "")))
    assert any("meta: 缺少必填字段 'issuer' (missing required field)" in p for p in problems)


def test_all_problems_are_reported_not_just_the_first(tmp_path: Path) -> None:
    text = edited("  year: 2020\n", "  year: x\n").replace("  quarter: 2\n", "  quarter: y\n")
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 2  # no follow-on "out of range" for the placeholders that stand in
    assert all("类型不符 (expected int" in p for p in problems)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "lead: [区商务委]",
            "lead: [区商务局]",
            "未知单位 '区商务局' (unknown unit; add it to units); 是否指: 区商务委、",
        ),
        ('id: "2.6"', 'id: "2.5"', "编号 '2.5' 重复 (id already used"),
        ('id: "2.6"', 'id: "3.6"', "id must be 2.<n>"),
        (
            "lead_leaders: [周海鹰]",
            "lead_leaders: [周海]",
            "未知领导 '周海' (unknown leader; add it to leaders); 是否指: 周海鹰?",
        ),
        ('published: "2020-04-24"', 'published: "2020-02-30"', "not an ISO date"),
        ("  repaired: 4月27日\n", "  repaired: 4月28日\n", "repair not found"),
        ("kind: company", "kind: firm", "取值无效 (expected one of"),
    ],
)
def test_reference_problems(tmp_path: Path, old: str, new: str, expected: str) -> None:
    if old not in SHIPPED:
        pytest.fail(f"fixture text {old!r} not in dataset")
    problems = problems_of(write(tmp_path, SHIPPED.replace(old, new, 1)))
    assert any(expected in p for p in problems), problems


def test_leader_registry_must_agree_with_projects(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, edited("lead: [G4, G5]", "lead: [G4]")))
    assert any("the projects say lead ['G4', 'G5']" in p for p in problems)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.yaml", "no such file"),
        (lambda d: ((d / "e.yaml").write_text("") and d / "e.yaml") or d / "e.yaml", "empty file"),
        (lambda d: (d / "g.yaml").write_bytes("区商务委".encode("gb18030")) and d / "g.yaml", "not UTF-8"),
    ],
)
def test_unreadable_files(tmp_path: Path, make: Callable[[Path], Any], expected: str) -> None:
    with pytest.raises(DataError, match=expected):
        load_documents(make(tmp_path))


def test_folder_without_datasets(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no dataset files"):
        load_documents(tmp_path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + SHIPPED.encode("utf-8"))
    assert validate_file(path).meta.id == "yangpu-2020q2"


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.limits.MAX_FILE_BYTES", 1000)
    with pytest.raises(DataError, match="larger than"):
        validate_file(write(tmp_path, SHIPPED))


def test_a_device_as_the_data_is_refused_and_validate_cuts_it_at_the_limit() -> None:
    with pytest.raises(DataError, match=r"^/dev/zero: 不是普通文件"):
        load_documents("/dev/zero")
    with pytest.raises(DataError, match=r"^/dev/zero: 超过 32 MiB.*larger than 32 MiB"):
        validate_file(Path("/dev/zero"))


def test_a_pipe_is_read_no_further_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workplan.limits.MAX_FILE_BYTES", 1000)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    written = []

    def writer() -> None:  # writes until the reader hangs up; never ends on its own
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as f:
            while True:
                f.write(b"a" * 4096)
                written.append(4096)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with pytest.raises(DataError, match="larger than"):
        validate_file(fifo)
    thread.join()
    assert not thread.is_alive()


def test_a_data_file_swapped_for_a_pipe_after_the_look_is_refused_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass 58: a data file swapped for a FIFO between the check that it is a regular file and its
    opening hung the load (11 runs in 150): what is opened is checked, without waiting for a writer."""
    from workplan import loader

    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    done: list[BaseException] = []

    def load() -> None:
        try:
            loader.parse_document(fifo)
        except BaseException as e:  # the refusal, raised in the thread
            done.append(e)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the load waits on the pipe"
    assert isinstance(done[0], DataError) and "不是普通文件" in str(done[0])


def test_raw_nul_is_one_located_line(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, "schema_version: 1\nmeta:\n  id: a\x00b\n"))
    assert (
        problem
        == f"{tmp_path / 'plan.yaml'}:3:8: 含有 NUL 字符, 不是文本文件 (a raw NUL byte; not a text file)"
    )


def test_a_lone_surrogate_is_a_located_problem() -> None:
    with pytest.raises(DataError, match=r"^notice:2:4: 不是有效的 Unicode 文本 \(not valid Unicode text\)$"):
        validate_text("a: 1\nb: \udcff\n", "notice")  # as text decoded with surrogateescape holds


def test_many_quoted_brackets_are_not_nesting(tmp_path: Path) -> None:
    brackets = "[" * 300 + "{" * 300
    path = write(tmp_path, edited("title: 消费拉动", f"title: '消费拉动{brackets}'"))
    assert brackets in validate_file(path).sections[1].tasks[5].title


def test_deep_indentation_is_refused_where_it_goes_too_deep(tmp_path: Path) -> None:
    text = "a:\n" + "".join(" " * (2 * i) + "b:\n" for i in range(1, 300))
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.startswith(f"{tmp_path / 'plan.yaml'}:201:") and "nested deeper than 200" in problem


def test_dot_files_in_a_folder_are_not_data(tmp_path: Path) -> None:
    write(tmp_path, SHIPPED)
    (tmp_path / "._plan.yaml").write_bytes(b"\x00\x05\x16\x07Mac OS X")  # AppleDouble
    write(tmp_path, "not: [valid", ".#plan.yaml")
    assert [d.meta.id for d in load_documents(tmp_path)] == ["yangpu-2020q2"]


@pytest.mark.parametrize(("link", "expected"), [("loop.yaml", "符号链接循环"), ("gone.yaml", "文件不存在")])
def test_a_broken_link_in_a_folder_is_a_clear_error(tmp_path: Path, link: str, expected: str) -> None:
    write(tmp_path, SHIPPED)
    (tmp_path / link).symlink_to(tmp_path / ("loop.yaml" if link == "loop.yaml" else "missing"))
    with pytest.raises(DataError, match=f"{link}: {expected}"):
        load_index(tmp_path)


def test_an_unreadable_folder_is_a_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(path: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("workplan.loader.os.scandir", denied)
    with pytest.raises(DataError, match=r"无法读取 \(cannot read: Permission denied\)") as info:
        load_index(tmp_path)
    assert info.value.exit_code == 3


def test_second_load_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, SHIPPED)
    first = load_document(path)
    calls = []
    monkeypatch.setattr("workplan.loader.parse_document", lambda p: calls.append(p))
    second = load_document(path)
    assert calls == [] and second.records == first.records


def test_changed_file_is_not_served_from_the_cache(tmp_path: Path) -> None:
    path = write(tmp_path, SHIPPED)
    load_document(path)
    path.write_text(SHIPPED.replace("title: 消费拉动", "title: 消费促进"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    titles = [r.title for r in load_document(path).records]
    assert "消费促进" in titles


def test_corrupt_cache_entry_is_rebuilt(tmp_path: Path, isolated_cache: Path) -> None:
    path = write(tmp_path, SHIPPED)
    load_document(path)
    (entry,) = isolated_cache.glob("document-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert len(load_document(path).records) == 41
    stored_key, document = pickle.loads(entry.read_bytes())  # rebuilt and stored again
    assert document.path == str(path) and str(path.absolute()) in stored_key


def test_index_comes_from_the_cache_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = write(folder, SHIPPED)
    assert len(load_index(folder)) == 41
    builds = []
    monkeypatch.setattr("workplan.loader._build", lambda files, *_: builds.append(files) or [])
    assert len(load_index(folder)) == 41 and builds == []
    path.write_text(SHIPPED.replace("title: 消费拉动", "title: 消费促进"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    index = load_index(folder)  # the changed file's rows rewritten in the stored index, no full build
    assert builds == [] and "消费促进" in [r.title for r in Corpus(index).records]


def test_a_foreign_cache_entry_is_not_trusted(tmp_path: Path, isolated_cache: Path) -> None:
    path = write(tmp_path, SHIPPED)
    load_index(path)
    for entry in isolated_cache.glob("*.pickle"):
        stored_key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((stored_key, {"not": "an index"})))  # right key, wrong value
    assert len(load_index(path)) == 41
    gc.collect()  # that run's read transaction ends with it
    for entry in isolated_cache.glob("index-*.sqlite"):
        with sqlite3.connect(entry) as db:  # a name collision: built for other files by other code
            db.execute("UPDATE meta SET key = 'some other key', base = 'other code'")
        db.close()
    assert len(load_index(path)) == 41


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a FIFO is a POSIX file")
def test_a_fifo_at_an_entry_name_is_a_miss(tmp_path: Path, isolated_cache: Path) -> None:
    """The entry was opened before it was looked at: opening a FIFO blocked every query for ever."""
    path = write(tmp_path, SHIPPED)
    load_document(path)
    (entry,) = isolated_cache.glob("document-*.pickle")
    entry.unlink()
    os.mkfifo(entry)
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.append(len(load_document(path).records)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done == [41]


def test_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("WORKPLAN_CACHE_DIR", str(blocker / "sub"))
    assert len(load_document(write(tmp_path, SHIPPED)).records) == 41


def test_no_constructor_runs_on_a_tagged_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents are built from parser events; no PyYAML constructor, safe or not, is ever asked."""

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a YAML constructor ran")

    monkeypatch.setattr(yaml.constructor.BaseConstructor, "construct_document", forbidden)
    monkeypatch.setattr(yaml.constructor.BaseConstructor, "construct_object", forbidden)
    assert validate_file(write(tmp_path, SHIPPED)).meta.id == "yangpu-2020q2"
    problems = problems_of(write(tmp_path, "a: !!python/object/apply:os.system [echo hi]\n"))
    assert "tags are not allowed" in problems[0]


# --- many files: a parallel build equal to the serial one, progress, several targets ---------------


def corpus_folder(tmp_path: Path, n: int, name: str = "plans") -> Path:
    """n documents, each the shipped one with its own id and a title of its own in 2.6."""
    folder = tmp_path / name
    folder.mkdir()
    for i in range(n):
        text = SHIPPED.replace("id: yangpu-2020q2", f"id: plan-{i:02d}").replace(
            "title: 消费拉动", f"title: 消费拉动{i}"
        )
        write(folder, text, f"plan-{i:02d}.yaml")
    return folder


def records_of(index: Any) -> list[dict[str, Any]]:
    return [index.materialise(i).to_json() for i in range(len(index))]


def test_parallel_build_equals_serial_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = corpus_folder(tmp_path, 6)
    monkeypatch.setenv("WORKPLAN_NO_CACHE", "1")  # every build parses every file
    pool_sizes = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def counting_pool(workers: int, **options: Any) -> Any:
        pool_sizes.append(workers)
        return real_pool(workers, **options)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counting_pool)
    small = records_of(load_index(folder, workers=3))
    assert pool_sizes == []  # a few small files: starting processes would cost more than it saves
    monkeypatch.setattr("workplan.loader.PARALLEL_BYTES", 0)
    serial = records_of(load_index(folder, workers=1))
    parallel = records_of(load_index(folder, workers=3))
    monkeypatch.delenv("WORKPLAN_NO_CACHE")  # workers now hand over the cache entries they wrote
    cached = records_of(load_index(folder, workers=2))
    assert pool_sizes == [3, 2]  # the later builds really used worker processes
    assert parallel == serial == cached == small and len(serial) == 6 * 41
    assert [r["document"] for r in serial[::41]] == [f"plan-{i:02d}" for i in range(6)]


def test_a_bad_file_fails_a_parallel_build_as_it_fails_a_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus_folder(tmp_path, 4)
    bad = SHIPPED.replace("id: yangpu-2020q2", "id: plan-02").replace("year: 2020", "year: 10000")
    write(folder, bad.replace("lead: [区商务委]", "lead: [区商务局]"), "plan-02.yaml")
    monkeypatch.setattr("workplan.loader.PARALLEL_BYTES", 0)
    errors = []
    for workers in (1, 2):
        monkeypatch.setenv("WORKPLAN_CACHE_DIR", str(tmp_path / f"cache-{workers}"))
        with pytest.raises(DataError) as info:
            load_index(folder, workers=workers)
        errors.append((info.value.message, info.value.problems))
    expected = 1 + SHIPPED.count("lead: [区商务委]")  # the year and each unknown unit, from the worker too
    assert errors[0] == errors[1] and len(errors[0][1]) == expected


def test_progress_is_reported_file_by_file(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 3)
    calls: list[tuple[int, int, int]] = []
    load_index(folder, on_progress=lambda *args: calls.append(args))
    assert calls == [(1, 3, 41), (2, 3, 82), (3, 3, 123)]
    calls.clear()
    load_index(folder, on_progress=lambda *args: calls.append(args))
    assert calls == []  # served whole from the cache: nothing to show


def test_several_targets_load_together(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 2)
    single = write(tmp_path, SHIPPED)
    index = load_index([folder, str(single)])
    assert [r["document"] for r in records_of(index)[::41]] == ["plan-00", "plan-01", "yangpu-2020q2"]


def test_a_file_given_twice_is_an_error_naming_both(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 2)
    with pytest.raises(DataError) as info:
        load_index([folder, folder / "plan-01.yaml"])
    assert str(folder / "plan-01.yaml") in info.value.message and "loaded twice" in info.value.message
    with pytest.raises(DataError, match="document id is also used by"):
        load_index([folder, write(tmp_path, SHIPPED.replace("id: yangpu-2020q2", "id: plan-00"))])


def test_problems_past_a_thousand_are_not_listed_one_by_one(tmp_path: Path) -> None:
    """7 million bad entries (28 MB) made 7 million problem lines and ran out of memory (exit 70): the
    check stops at 1,000 and says that there are more."""
    from workplan.limits import MAX_PROBLEMS
    from workplan.validation import validate_file

    path = tmp_path / "bad.yaml"
    path.write_text("schema_version: 1\nunits:\n" + "- a\n" * 100_000, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        validate_file(path)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1 and "问题超过 1000 个" in problems[-1]
    assert "另有 1000 个问题" in caught.value.message
