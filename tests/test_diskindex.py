"""The on-disk index answers exactly as the in-memory one: an oracle over real and generated corpora.

Every question a command asks goes through `Corpus`; here the same corpus is asked twice, once over the
`Index` built in memory (a full scan of joined columns) and once over the `DiskIndex` read back from
SQLite, and the answers (records, roles, scores, spans, rows) must be equal.
"""

from __future__ import annotations

import datetime
import gc
import importlib.util
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from workplan import cache, loader
from workplan.corpus import Corpus, Selection
from workplan.diskindex import DiskIndex, Files, fts_query, open_index, write_streamed
from workplan.errors import UsageError
from workplan.identity import Identity
from workplan.importing import dump_dataset
from workplan.index import Index
from workplan.model import Kind, Role, Status
from workplan.output.render import json_chunks, json_text, jsonl_chunks
from workplan.progress.status import status_rows
from workplan.progress.store import Update
from workplan.reports import hits_report, records_report, search_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def generated(folder: Path, records: int) -> list[Path]:
    """A synthetic corpus written by the benchmarks' generator (real sentences, units, leaders shuffled)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(folder, records)
    return sorted(folder.glob("*.yaml"))


def files_of(documents: list) -> Files:
    return Files("base", {d.path: "as written" for d in documents})


def both(files: list[Path], tmp: Path) -> tuple[Corpus, Corpus]:
    documents = [loader.load_document(p) for p in files]
    shipped = loader.shipped_data()
    reference = [] if shipped in files else [loader.load_document(shipped)]
    index = Index(documents, reference)
    by_path = {d.path: d for d in documents}
    # written three files at a time, as a cold build streams them: the rows of a whole build
    write_streamed(
        tmp / "index.sqlite",
        files_of(documents),
        Identity(documents, reference),
        lambda p: by_path[str(p)],
        reference,
        batch=3,
    )
    disk = open_index(tmp / "index.sqlite", files_of(documents).key)
    assert isinstance(disk, DiskIndex)
    return Corpus(index), Corpus(disk)


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Corpus]:
    """Three districts' plans: short forms, renamed units, collectives, milestones, leaders."""
    files = [loader.shipped_data(), FIXTURES / "hongkou_2020q2.yaml", FIXTURES / "yangpu_2020q3.yaml"]
    return both(files, tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Corpus]:
    folder = tmp_path_factory.mktemp("synthetic")
    return both(generated(folder / "data", 600), folder)


CORPORA = ["real", "synthetic"]


def hits(found: list) -> list:
    return [(h.record, h.role, h.via) for h in found]


def searched(corpus: Corpus, terms: tuple[str, ...], exact: bool = False) -> list:
    try:
        found = corpus.search(Selection(terms=terms, exact=exact))
    except UsageError as e:
        return [e.message]
    return [(h.record, h.score, [(m.term, m.field, m.kind, m.spans) for m in h.matches]) for h in found]


@pytest.mark.parametrize("name", CORPORA)
def test_every_unit_and_leader_answers_alike(name: str, request: pytest.FixtureRequest) -> None:
    memory, disk = request.getfixturevalue(name)
    assert memory.units == disk.units and memory.leaders == disk.leaders
    for unit in memory.units:
        for role in (None, *Role):
            selection = Selection(role=role)
            assert hits(memory.by_unit(unit, selection)) == hits(disk.by_unit(unit, selection)), unit
    for leader in memory.leaders:
        assert hits(memory.by_leader(leader)) == hits(disk.by_leader(leader)), leader
    assert [(g.name, g.lead, g.support, g.responsible, g.mentioned) for g in memory.unit_groups()] == [
        (g.name, g.lead, g.support, g.responsible, g.mentioned) for g in disk.unit_groups()
    ]


@pytest.mark.parametrize("name", CORPORA)
def test_every_filter_selects_alike(name: str, request: pytest.FixtureRequest) -> None:
    memory, disk = request.getfixturevalue(name)
    documents = [d.meta.id for d in memory.documents]
    sections = {s.title for d in memory.documents for s in d.sections}
    selections = [
        Selection(),
        Selection(kind=Kind.project),
        Selection(kind=Kind.task, by_deadline=True),
        Selection(due_before=datetime.date(2020, 6, 30)),
        Selection(documents=(documents[-1],)),
        *(Selection(section=title) for title in sorted(sections)[:6]),
        Selection(unit=next(iter(memory.units)), role=Role.lead),
    ]
    for selection in selections:
        assert memory.select(selection) == disk.select(selection), selection
        streamed = disk.stream(selection)  # read in batches as iterated, the same records
        assert len(streamed) == len(memory.select(selection)) and list(streamed) == memory.select(selection)
        assert list(streamed[1:3]) == memory.select(selection)[1:3]
    assert memory.stats() == disk.stats()
    assert memory.per_document() == disk.per_document()
    ref = memory.ref(memory.records[len(memory) // 2])
    assert memory.record(ref) == disk.record(ref)


@pytest.mark.parametrize("name", CORPORA)
def test_search_terms_drawn_from_the_corpus_rank_alike(name: str, request: pytest.FixtureRequest) -> None:
    """Substrings of every length from titles, texts and unit names (exact phrases and abbreviations
    alike), short forms, Latin and digits, punctuation-only terms, exclusions."""
    memory, disk = request.getfixturevalue(name)
    rng = random.Random(7)
    records = memory.records
    terms: list[tuple[str, ...]] = [
        ("旧改",),
        ("人社局",),
        ("5G",),
        ("、",),
        ("(",),
        ("区",),
        ("旧改", "-基地"),
    ]
    for _ in range(120):
        r = rng.choice(records)
        source = rng.choice([r.title, r.text, "、".join(r.units) or r.title])
        if len(source) < 2:
            continue
        start = rng.randrange(len(source) - 1)
        terms.append((source[start : start + rng.randint(1, 5)],))
    for term in terms:
        for exact in (False, True):
            assert searched(memory, term, exact) == searched(disk, term, exact), term


@given(
    st.text(
        alphabet=st.sampled_from("区政府委局商务发展改革旧基地推进建设5GgA、,。()“”·\U00020000\ue000 "),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_any_term_ranks_alike(real_corpora: tuple[Corpus, Corpus], term: str, exact: bool) -> None:
    memory, disk = real_corpora
    assert searched(memory, (term,), exact) == searched(disk, (term,), exact)


@pytest.fixture(scope="module")
def real_corpora(real: tuple[Corpus, Corpus]) -> tuple[Corpus, Corpus]:
    return real


def test_status_rows_alike(real: tuple[Corpus, Corpus]) -> None:
    memory, disk = real
    rng = random.Random(3)
    keys = [(r.document, r.id, u) for r in memory.records for u in r.lead_ids]
    updates = [
        Update(d, rid, u, rng.choice(list(Status)), datetime.date(2020, 6, rng.randint(1, 30)), "进展")
        for d, rid, u in rng.choices(keys, k=40)
    ]
    as_of = datetime.date(2020, 7, 1)
    assert status_rows(memory, updates, as_of) == status_rows(disk, updates, as_of)


def test_a_query_reads_only_its_rows(synthetic: tuple[Corpus, Corpus]) -> None:
    """by-unit, search and show read postings and the records they return: no filter column is
    loaded, and no document (only ids, counts and periods, which the head holds)."""
    used = synthetic[1].index
    assert isinstance(used, DiskIndex)
    (_, _, file), *_ = used.db.execute("PRAGMA database_list")
    index = open_index(Path(file), files_of(used.documents).key)
    assert index is not None
    disk = Corpus(index)
    unit = next(u for u in disk.units if disk.units[u].kind != "collective")
    assert disk.by_unit(unit) and disk.search(Selection(terms=("旧改",)))
    some = disk.records_at([len(index) // 2])[0]
    assert disk.record(f"{some.document}:{some.id}") == some  # show: one lookup by id
    loaded = {
        "document",
        "id",
        "kind",
        "section",
        "deadline",
        "title",
        "names",
        "documents",
        "document_units",
    }
    loaded &= set(vars(index))
    assert not loaded, loaded


def test_full_text_queries_keep_only_certain_characters() -> None:
    assert fts_query("旧改", exact_only=True, field="text") == '{text} : ("旧 改")'
    assert fts_query("旧改", exact_only=False, field="title") == '{title} : ("旧" AND "改")'
    assert fts_query("5G网络", exact_only=False, field="text") == '{text} : ("5 G 网 络")'
    assert fts_query("旧·改", exact_only=True, field="text") == '{text} : ("旧" AND "改")'
    assert fts_query("、“”", exact_only=True, field="text") is None
    passage = "推进旧区改造" * 1_000  # a pasted passage: its first characters find the candidates
    assert fts_query(passage, exact_only=True, field="text") == '{text} : ("' + " ".join(passage[:32]) + '")'


def test_the_cli_reads_the_index_from_disk_and_trusts_only_its_key(
    isolated_cache: Path, tmp_path: Path
) -> None:
    """The first run stores one SQLite entry; the next opens it; an entry built by other code (another
    base), or a damaged file, is a miss that is rebuilt, never an answer."""

    def stamp() -> tuple[int, int]:  # the entry as written: a rebuild renames a new file into place
        st = entry.stat()
        return st.st_ino, st.st_mtime_ns

    first = loader.load_index()  # a cold build answers from the entry it wrote
    (entry,) = isolated_cache.glob("index-*.sqlite")
    assert isinstance(first, DiskIndex) and entry.stat().st_mode & 0o777 == 0o600
    written = stamp()
    second = loader.load_index()
    assert isinstance(second, DiskIndex) and stamp() == written  # opened, not written again
    assert Corpus(second).records == Corpus(Index([loader.load_document(loader.shipped_data())])).records
    first.db.close()
    second.db.close()
    with sqlite3.connect(entry) as db:
        db.execute("UPDATE meta SET key = 'another', base = 'other code'")
    db.close()
    written = stamp()
    rebuilt = loader.load_index()  # a miss: rebuilt and stored again
    assert isinstance(rebuilt, DiskIndex) and stamp() != written
    rebuilt.db.close()
    written = stamp()
    assert isinstance(loader.load_index(), DiskIndex) and stamp() == written
    entry.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    written = stamp()
    assert len(loader.load_index()) == 41 and stamp() != written
    assert cache.take_warnings() == []


def edit(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(dump_dataset(data, "test"), encoding="utf-8")


def fresh_answers(folder: Path) -> Corpus:
    return Corpus(Index(loader.load_documents(folder), [loader.load_document(loader.shipped_data())]))


def written(corpus: Corpus) -> list[str]:
    """What `list`, `by-unit`, `by-leader` and `search` write as compact JSON and JSONL."""
    reports = [records_report(corpus, corpus.stream())]
    reports += [hits_report(corpus, u, corpus.by_unit(u)) for u in list(corpus.units)[:12]]
    reports += [hits_report(corpus, n, corpus.by_leader(n)) for n in corpus.leaders[:4]]
    for term in ("旧改", "区商务委", "改革", "创新", "城区"):
        reports.append(search_report(corpus, corpus.search(Selection(terms=(term,)))))
    return [
        "".join(chunks(report))
        for report in reports
        for chunks in (lambda r: json_chunks(r, pretty=False), jsonl_chunks)
    ]


@pytest.mark.parametrize("name", CORPORA)
def test_records_are_written_from_their_stored_json_as_when_encoded(
    name: str, request: pytest.FixtureRequest
) -> None:
    """The disk index stores each record's JSON and commands splice it, never encoding the record
    again: what they write is what encoding the rows gives (the in-memory index stores none)."""
    memory, disk = request.getfixturevalue(name)
    assert written(disk) == written(memory)
    for record in disk.stream():  # stored, and the text a record encodes to
        assert disk.stored.held(record) == json_text(record.to_json())
    assert memory.stored.held(memory.records[0]) is None


def assert_same(disk: Corpus, fresh: Corpus) -> None:
    assert disk.records == fresh.records
    assert written(disk) == written(fresh)
    assert disk.units == fresh.units and disk.leaders == fresh.leaders
    assert [d.meta for d in disk.documents] == [d.meta for d in fresh.documents]
    for unit in fresh.units:
        assert hits(disk.by_unit(unit)) == hits(fresh.by_unit(unit)), unit
    for leader in fresh.leaders:
        assert hits(disk.by_leader(leader)) == hits(fresh.by_leader(leader)), leader
    for term in ("旧改", "区商务委", "改革", "创新", "城区"):
        assert searched(disk, (term,)) == searched(fresh, (term,)), term
    assert disk.stats() == fresh.stats() and disk.per_document() == fresh.per_document()
    as_of = datetime.date(2020, 6, 30)  # columns read together, placed file by file (files added, removed)
    assert status_rows(disk, [], as_of) == status_rows(fresh, [], as_of)


def test_edits_rewrite_only_their_files_rows_and_answer_as_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit a record, change its units, add a file, remove one, rename a document: after each, the
    next load reads only the files that changed (no full build) and every answer is that of an index
    built afresh. A change to the units' registry is a full build, with the same answers."""
    folder = tmp_path / "data"
    paths = generated(folder, 41 * 6)
    for path in paths:  # another district's plans: their units are their own, the curated registry apart
        path.write_text(
            path.read_text(encoding="utf-8").replace("region: 上海市杨浦区", "region: 上海市静安区"),
            encoding="utf-8",
        )
    built: list[int] = []  # files in each full build
    real_build = loader.write_streamed

    def counting(path: Path, files: Files, *args: Any) -> None:
        built.append(len(files.identities))
        real_build(path, files, *args)

    monkeypatch.setattr(loader, "write_streamed", counting)
    loader.load_index(folder)
    assert built == [6]
    rng = random.Random(11)

    def retitle(data: dict) -> None:
        task = rng.choice(data["sections"])["tasks"][0]
        task["title"] = "旧改攻坚" + task["title"]
        task["text"] = "推进城区更新。" + task["text"]
        task["sentences"] = ["推进城区更新。", *task["sentences"]]

    def reassign(data: dict) -> None:
        task = data["sections"][1]["tasks"][0]
        task["responsibility"]["lead"] = ["区商务委"]
        task["responsibility"]["raw"] = "区商务委牵头"

    def drop_record(data: dict) -> None:
        data["sections"][0]["tasks"].pop()

    steps: list[tuple[str, Callable[[], None]]] = [
        ("retitle", lambda: edit(paths[2], retitle)),
        ("reassign", lambda: edit(paths[0], reassign)),
        ("fewer records", lambda: edit(paths[3], drop_record)),
        (
            "add",
            lambda: (folder / "a_first.yaml").write_text(  # its slot last, its rows first
                paths[1].read_text(encoding="utf-8").replace("synthetic-00001", "synthetic-99999"),
                encoding="utf-8",
            ),
        ),
        ("remove", lambda: paths[4].unlink()),
    ]
    for name, step in steps:
        step()
        built.clear()
        index = loader.load_index(folder)
        assert isinstance(index, DiskIndex) and built == [], name
        assert_same(Corpus(index), fresh_answers(folder))
        del index  # a run's read transaction ends with it (a loaded corpus keeps its snapshot)
        gc.collect()

    # the first file's registry names a unit otherwise (the first name seen is the unit's id,
    # identity.py): every file's rows now give that unit the new id, not just this file's
    text = paths[0].read_text(encoding="utf-8").replace("区商务委", "区商务委员会")
    paths[0].write_text(text, encoding="utf-8")
    edit(
        paths[0],
        lambda data: data["units"][[u["name"] for u in data["units"]].index("区商务委员会")].update(
            aliases=["区商务委"]
        ),
    )
    built.clear()
    index = loader.load_index(folder)
    assert_same(Corpus(index), fresh_answers(folder))
    assert built == [6], "a registry change that renames units elsewhere rebuilds"
    assert isinstance(loader.load_index(folder), DiskIndex)


@pytest.mark.parametrize("name", CORPORA)
def test_the_overviews_counts_from_postings_are_the_groups_counts(
    name: str, request: pytest.FixtureRequest
) -> None:
    """The overview counts from postings alone what `unit_groups` and `per_document` count by reading
    every record: the same numbers in the same order, in memory and on disk."""
    memory, disk = request.getfixturevalue(name)
    groups = [(g.name, len(g.lead), g.total) for g in memory.unit_groups()]
    per_document = {c.document: c.units for c in memory.per_document() if c.units}
    for corpus in (memory, disk):
        assert corpus.role_counts() == groups
        assert corpus.units_per_document() == per_document


def test_removing_a_file_that_gave_a_registry_first_rereads_the_identity(tmp_path: Path) -> None:
    """Two files with one registry and one with another in between: removing the first leaves the
    same set of registries, but another one first, and the first entry's facts win (identity.py):
    the unit's note must become the second registry's, as a fresh build gives it."""
    folder = tmp_path / "data"
    paths = generated(folder, 41 * 3)

    def noted(note: str) -> Callable[[dict], None]:
        def change(data: dict) -> None:
            next(u for u in data["units"] if u["name"] == "区商务委")["note"] = note
            data["meta"]["region"] = "上海市静安区"  # no curated registry of this region comes first

        return change

    for path, note in zip(paths, ("备注甲", "备注乙", "备注甲"), strict=True):
        edit(path, noted(note))
    loader.load_index(folder)
    paths[0].unlink()
    index = loader.load_index(folder)
    assert isinstance(index, DiskIndex)
    fresh = fresh_answers(folder)
    assert [u.note for k, u in fresh.units.items() if k.startswith("区商务委")] == ["备注乙"]
    assert_same(Corpus(index), fresh)


def test_a_damaged_index_under_the_right_key_is_exit_3_once_then_rebuilt(isolated_cache: Path) -> None:
    """Damage past the head (here a title that is not UTF-8 and a record of an unknown kind) reads as
    exit 3 with one line, the entry deleted, and the next run answers rightly: it was exit 70 on every
    run, the key still matching."""
    from workplan.cli.testing import invoke

    assert invoke("list", "--json").exit_code == 0
    (entry,) = isolated_cache.glob("index-*.sqlite")
    for damage, command in (
        ("UPDATE records SET title = CAST(x'ff' AS TEXT) WHERE rid = 3", "list"),
        ("UPDATE records SET kind = 'x'", "list"),
        # pass 98: a row moved had put its neighbours' columns in each other's places, unsaid
        ("UPDATE records SET rid = rid + 1000 WHERE rid = 3", "status"),
    ):
        assert invoke("list", "--json").exit_code == 0  # rebuilt, or still whole
        (entry,) = isolated_cache.glob("index-*.sqlite")
        gc.collect()  # the runs in this process are over: their read transactions too
        with sqlite3.connect(entry) as db:
            db.execute(damage)
        db.close()
        result = invoke(command, "--json")
        assert result.exit_code == 3 and result.stderr.startswith("workplan: error: 缓存的索引已损坏"), (
            result.stderr
        )
        assert len(result.stderr.splitlines()) == 1 and not entry.exists()
        again = invoke("list", "--json")
        assert again.exit_code == 0 and len(json.loads(again.stdout)) == 41


def test_a_reader_keeps_one_state_while_another_run_updates_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run streaming its answer holds a read transaction: another run's edit cannot change the rows
    under it (they mixed old and new, or vanished: exit 70); that run gives up the in-place update after
    UPDATE_WAIT and builds a new file, which the next run reads."""
    from workplan import diskindex

    monkeypatch.setattr(diskindex, "UPDATE_WAIT", 0.2)
    folder = tmp_path / "data"
    paths = generated(folder, 41 * 3)
    loader.load_index(folder)
    gc.collect()
    reader = loader.load_index(folder)
    assert isinstance(reader, DiskIndex)
    streaming = Corpus(reader)
    first = streaming.records_at([0])  # the first batch is out
    edit(paths[2], lambda data: data["sections"][0]["tasks"][0].update(title="改过的标题"))
    writer = loader.load_index(folder)  # the update gave way to the reader: a new file instead
    assert "改过的标题" in [r.title for r in Corpus(writer).records]
    rest = streaming.records_at(range(1, len(reader)))
    assert "改过的标题" not in [r.title for r in first + rest] and len(rest) == 41 * 3 - 1
    del reader, streaming, writer
    gc.collect()
    after = loader.load_index(folder)
    assert isinstance(after, DiskIndex) and "改过的标题" in [r.title for r in Corpus(after).records]
