"""The on-disk index answers exactly as the in-memory one: an oracle over real and generated corpora.

Every question a command asks goes through `Corpus`; here the same corpus is asked twice, once over the
`Index` built in memory (a full scan of joined columns) and once over the `DiskIndex` read back from
SQLite, and the answers (records, roles, scores, spans, rows) must be equal.
"""

from __future__ import annotations

import datetime
import importlib.util
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan import cache, loader
from workplan.corpus import Corpus, Selection
from workplan.diskindex import DiskIndex, fts_query, open_index, write
from workplan.errors import UsageError
from workplan.index import Index
from workplan.model import Kind, Role, Status
from workplan.progress.status import status_rows
from workplan.progress.store import Update

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


def both(files: list[Path], tmp: Path) -> tuple[Corpus, Corpus]:
    documents = [loader.load_document(p) for p in files]
    shipped = loader.shipped_data()
    reference = [] if shipped in files else [loader.load_document(shipped)]
    index = Index(documents, reference)
    write(index, tmp / "index.sqlite", "key")
    disk = open_index(tmp / "index.sqlite", "key")
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
    """by-unit and search read postings and the records they return: no filter column is loaded, and
    no document (only ids, counts and periods, which the head holds)."""
    used = synthetic[1].index
    assert isinstance(used, DiskIndex)
    (_, _, file), *_ = used.db.execute("PRAGMA database_list")
    index = open_index(Path(file), "key")
    assert index is not None
    disk = Corpus(index)
    unit = next(u for u in disk.units if disk.units[u].kind != "collective")
    assert disk.by_unit(unit) and disk.search(Selection(terms=("旧改",)))
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


def test_the_cli_reads_the_index_from_disk_and_trusts_only_its_key(
    isolated_cache: Path, tmp_path: Path
) -> None:
    """The first run stores one SQLite entry; the next opens it; an entry under another key, or a
    damaged file, is a miss that is rebuilt, never an answer."""
    first = loader.load_index()
    assert isinstance(first, Index)
    (entry,) = isolated_cache.glob("index-*.sqlite")
    assert entry.stat().st_mode & 0o777 == 0o600
    second = loader.load_index()
    assert isinstance(second, DiskIndex)
    assert Corpus(second).records == Corpus(first).records
    second.db.close()
    with sqlite3.connect(entry) as db:
        db.execute("UPDATE meta SET key = 'another'")
    db.close()
    assert isinstance(loader.load_index(), Index)  # a miss: rebuilt and stored again
    assert isinstance(loader.load_index(), DiskIndex)
    entry.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert isinstance(loader.load_index(), Index)
    assert cache.take_warnings() == []
