"""Loading and validating dataset files: every bad file gives located, readable problems (exit 3)."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from workplan.errors import DataError
from workplan.loader import load_document, load_documents, load_index, shipped_data
from workplan.validation import validate_file

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
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("a: &x [1]\nb: *x\n", "anchors and aliases are not allowed"),
        ("a: [1, 2\n", "plan.yaml:2:1"),
        ("- 1\n- 2\n", "expected a mapping, got a list"),
        ("<<: {a: 1}\n", "unknown field '<<'"),
        ("a: !!python/object:os.system x\n", "could not determine a constructor"),
    ],
)
def test_yaml_level_problems(tmp_path: Path, text: str, expected: str) -> None:
    assert any(expected in p for p in problems_of(write(tmp_path, text)))


def test_billion_laughs_is_rejected_before_expansion(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    problems = problems_of(write(tmp_path, "\n".join(lines) + "\n"))
    assert "anchors and aliases are not allowed" in problems[0]


def test_problems_carry_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, edited("  year: 2020\n", "  year: twenty\n"))
    (problem,) = problems_of(path)
    line = SHIPPED.splitlines().index("  year: 2020") + 1
    assert problem.startswith(f"{path}:{line}:3: meta.year: expected int")


def test_unquoted_dates_and_yes_no_stay_strings(tmp_path: Path) -> None:
    path = write(tmp_path, edited('signed: "2020-04-20"', "signed: 2020-04-20"))
    assert validate_file(path).meta.signed == "2020-04-20"
    path = write(tmp_path, edited("  region: 上海市杨浦区", "  region: no"))
    assert validate_file(path).meta.region == "no"


def test_unknown_field_is_named(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, edited("  year: 2020\n", "  year: 2020\n  yaer: 2020\n")))
    assert "unknown field 'yaer'" in problem


def test_missing_required_field(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, edited("  issuer: 上海市杨浦区人民政府办公室\n", "")))
    assert any("missing required field 'issuer'" in p for p in problems)


def test_all_problems_are_reported_not_just_the_first(tmp_path: Path) -> None:
    text = edited("  year: 2020\n", "  year: x\n").replace("  quarter: 2\n", "  quarter: y\n")
    assert len(problems_of(write(tmp_path, text))) == 2


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("lead: [区商务委]", "lead: [区商务局]", "unknown unit '区商务局'"),
        ('id: "2.6"', 'id: "2.5"', "id '2.5' used 2 times"),
        ('id: "2.6"', 'id: "3.6"', "id must be 2.<n>"),
        ("lead_leaders: [周海鹰]", "lead_leaders: [周海]", "unknown leader '周海'"),
        ('published: "2020-04-24"', 'published: "2020-02-30"', "not an ISO date"),
        ("  repaired: 4月27日\n", "  repaired: 4月28日\n", "repair not found"),
        ("kind: company", "kind: firm", "expected one of"),
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
    monkeypatch.setattr("workplan.validation.MAX_FILE_BYTES", 1000)
    with pytest.raises(DataError, match="larger than"):
        validate_file(write(tmp_path, SHIPPED))


def test_second_load_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, SHIPPED)
    first = load_document(path)
    calls = []
    monkeypatch.setattr("workplan.validation.validate_file", lambda p: calls.append(p))
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
    monkeypatch.setattr("workplan.loader.load_documents", lambda target: builds.append(target) or [])
    assert len(load_index(folder)) == 41 and builds == []
    path.write_text(SHIPPED.replace("title: 消费拉动", "title: 消费促进"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert len(load_index(folder)) == 0 and builds == [folder]  # the changed file forced a rebuild


def test_a_foreign_cache_entry_is_not_trusted(tmp_path: Path, isolated_cache: Path) -> None:
    path = write(tmp_path, SHIPPED)
    load_index(path)
    for entry in isolated_cache.glob("*.pickle"):
        stored_key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((stored_key, {"not": "an index"})))  # right key, wrong value
    assert len(load_index(path)) == 41
    for entry in isolated_cache.glob("index-*.pickle"):
        _, index = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps(("some other key", index)))  # a name collision: not this key
    assert len(load_index(path)) == 41


def test_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("WORKPLAN_CACHE_DIR", str(blocker / "sub"))
    assert len(load_document(write(tmp_path, SHIPPED)).records) == 41


def test_safe_loader_only() -> None:
    import workplan.validation as validation

    assert issubclass(validation._Loader, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
