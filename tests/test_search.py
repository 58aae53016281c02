"""The index against a brute-force scan: whatever the index lets through, search ranks exactly as a scan
over every record would (issue 12's oracle), for every unit and a set of searches."""

from __future__ import annotations

import pytest

from workplan.index import FIELDS, FieldText, Index
from workplan.loader import load_documents
from workplan.matching import abbreviation_scan, find, normalise
from workplan.model import Record
from workplan.search import field_text, parse_terms, search

SEARCHES = [
    "旧改",
    "旧区改造",
    "人社局",
    "发改委",
    "稳就业",
    "营商环境",
    "区商务委",
    "商务委 -消费",
    "5G",
    "上海",
    "疫情 防控",
    "创新 -科技",
    "加快推进",
    "(上海)",
    "不存在的词",
    "推进旧区改造工作加快推进城市更新以及民生保障的各项工作",  # a pasted phrase: longer than the cap
]


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(load_documents())


@pytest.fixture(scope="module")
def records(index: Index) -> list[Record]:
    return [index.materialise(i) for i in range(len(index))]


def queries(index: Index) -> list[str]:
    """The searches above, and every unit's name and short forms."""
    return SEARCHES + [form for name, aliases in index.unit_aliases.items() for form in (name, *aliases)]


@pytest.mark.parametrize("exact_only", [False, True])
def test_indexed_search_ranks_as_a_full_scan(index: Index, records: list[Record], exact_only: bool) -> None:
    found_any = 0
    for query in queries(index):
        terms = parse_terms([query], index.unit_aliases)
        scan = search(records, terms, exact_only)
        wanted = set(range(len(index)))
        per_term = []
        for term in terms:
            if not term.exclude:
                fields = index.by_field(term.variants, exact_only)
                wanted &= index.candidates(term.variants, exact_only)
                per_term.append(fields)
        ordered = sorted(wanted)
        where = [[[f for f, hit in fields.items() if i in hit] for fields in per_term] for i in ordered]
        indexed = search([records[i] for i in ordered], terms, exact_only, where)
        assert [(h.record.id, h.score) for h in indexed] == [(h.record.id, h.score) for h in scan], query
        found_any += bool(scan)
    assert found_any > len(SEARCHES)  # most queries find something: the comparison is not of empty lists


def test_index_fields_never_miss_a_match(index: Index, records: list[Record]) -> None:
    """Per field, the index's candidates include every record where a term really matches there."""
    for query in queries(index):
        for exact_only in (False, True):
            for term in parse_terms([query], index.unit_aliases):
                by_field = index.by_field(term.variants, exact_only)
                for name in FIELDS:
                    truth = {
                        i
                        for i, r in enumerate(records)
                        if any(find(v, normalise(field_text(r, name)), exact_only) for v in term.variants)
                    }
                    assert truth <= by_field[name], (query, name)


def test_every_unit_is_indexed_where_it_is_named(index: Index, records: list[Record]) -> None:
    for unit in index.units:
        for key in ("lead_units", "support_units"):
            assert list(index.where(key, unit)) == [
                i for i, r in enumerate(records) if unit in getattr(r, key)
            ]
        forms = [unit, *index.unit_aliases[unit]]
        scan = {i for i, r in enumerate(records) if any(normalise(f) in normalise(r.text) for f in forms)}
        assert index.candidates([normalise(f) for f in forms], exact_only=True, fields=("text",)) == scan


def test_abbreviation_search_is_linear_on_a_run_of_one_character() -> None:
    """The index scans a whole field with one pattern; data holding a long run of one character must
    neither hang it nor hide the record that really matches."""
    values = ["旧" * 50_000 + "改", "旧区改造", "旧" * 50_000]
    field = FieldText.build(values)
    assert field.matching(abbreviation_scan("旧旧旧旧旧旧改")) == {0}
    assert field.matching(abbreviation_scan("旧改")) == {0, 1}


def test_a_term_matched_thousands_of_times_keeps_the_first_spans(records: list[Record]) -> None:
    """A title of 99,999 加 matched 99,999 times: a hundred such rows held every span and ran out of
    memory. The snippet needs the first few."""
    from dataclasses import replace

    from workplan.search import MAX_SPANS

    long = replace(records[0], title="加" * 5_000)
    (hit,) = search([long], parse_terms(["加"], {}))
    spans = [s for m in hit.matches for s in m.spans]
    assert spans and len(spans) <= MAX_SPANS * len(hit.matches)
