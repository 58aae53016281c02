"""Chinese-aware matching: table-driven rules and hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan.errors import UsageError
from workplan.matching import (
    ABBREV,
    EXACT,
    Haystack,
    find,
    normalise,
    normalise_query,
    resolve_name,
    to_simplified,
)


@pytest.mark.parametrize(
    ("query", "normal"),
    [
        ("区商务委", "区商务委"),
        ("區商務委", "区商务委"),
        ("舊改", "旧改"),
        ("二（六）", "二(六)"),
        ("Ａ Ｂ c", "abc"),
        (" 人社局\u3000", "人社局"),
        ("ＡＩ＋５Ｇ", "ai+5g"),
    ],
)
def test_query_normalisation(query: str, normal: str) -> None:
    assert normalise_query(query) == normal


def test_conversion_library_is_not_loaded_for_simplified_text() -> None:
    import sys

    from workplan.matching import _converter

    _converter.cache_clear()
    sys.modules.pop("opencc", None)
    assert to_simplified("区商务委 旧改 AI") == "区商务委 旧改 AI"
    assert "opencc" not in sys.modules
    assert to_simplified("舊改") == "旧改"
    assert "opencc" in sys.modules


@pytest.mark.parametrize(
    ("term", "text", "kind"),
    [
        ("旧改", "加快旧改基地收尾", EXACT),
        ("人社局", "区人力资源社会保障局", ABBREV),
        ("旧改", "旧区改造", ABBREV),
        ("卫健委", "区卫生健康委", ABBREV),
        ("稳就业", "稳定就业", ABBREV),
        ("发改委", "区发展改革委", ABBREV),
        ("规资局", "区规划资源局", ABBREV),
        ("改旧", "旧区改造", None),  # order matters
        ("人社局", "人力资源和社会保障工作会议在市政府举行并通过了预算局", None),  # too spread out
        ("旧改", "旧城。改造", None),  # never across a sentence boundary
        ("旧改", "旧城,改造", None),  # nor across a comma
        ("5g", "5家企业g", None),  # no abbreviations of Latin or digits
    ],
)
def test_find(term: str, text: str, kind: str | None) -> None:
    m = find(term, text)
    assert (m.kind if m else None) == kind


def test_abbreviation_spans_are_the_matched_characters() -> None:
    m = find("人社局", "区人力资源社会保障局")
    assert m is not None and [text for text in ("区人力资源社会保障局"[a:b] for a, b in m.spans)] == [
        "人",
        "社",
        "局",
    ]


def test_exact_only_turns_abbreviations_off() -> None:
    assert find("人社局", "区人力资源社会保障局", exact_only=True) is None


def test_haystack_maps_spans_back_to_the_original() -> None:
    h = Haystack("Ａ（旧改）")
    m = find("旧改", h.text)
    assert m is not None
    a, b = h.span(*m.spans[0])
    assert h.original[a:b] == "旧改"


UNITS = {
    "区人力资源社会保障局": ["人社局", "区人社局"],
    "区商务委": ["商务委"],
    "区市场监管局": ["市场监管局"],
    "区城管执法局": ["城管执法局", "城管局"],
    "区建设管理委": ["建管委"],
    "定海路街道": [],
    "殷行街道": [],
}


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("区商务委", "区商务委"),  # canonical
        ("商务委", "区商务委"),  # short form
        ("區商務委", "区商务委"),  # traditional
        ("人社局", "区人力资源社会保障局"),
        ("人力资源", "区人力资源社会保障局"),  # unique substring
        ("殷行", "殷行街道"),
        ("城管局", "区城管执法局"),
        ("建设委", "区建设管理委"),  # unique abbreviation
    ],
)
def test_resolve_name(query: str, canonical: str) -> None:
    assert resolve_name(query, UNITS, "unit") == canonical


def test_ambiguous_name_lists_candidates() -> None:
    with pytest.raises(UsageError, match="ambiguous") as info:
        resolve_name("街道", UNITS, "unit")
    assert "定海路街道" in info.value.message and "殷行街道" in info.value.message


def test_unknown_name_suggests_close_ones() -> None:
    with pytest.raises(UsageError, match="unknown unit") as info:
        resolve_name("区商务局", UNITS, "unit")
    assert "区商务委" in info.value.hints[0]


cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=1, max_size=30)
mixed = st.text(min_size=0, max_size=40)


@given(mixed)
def test_normalisation_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(cjk, cjk, cjk)
def test_an_exact_substring_always_matches(before: str, term: str, after: str) -> None:
    m = find(term, before + term + after)
    assert m is not None and m.kind == EXACT


@given(cjk, cjk)
def test_exact_results_are_a_subset_of_default_results(term: str, text: str) -> None:
    if find(term, text, exact_only=True):
        assert find(term, text)


@given(cjk, cjk, cjk)
def test_abbreviation_never_crosses_a_sentence_boundary(term: str, left: str, right: str) -> None:
    """Split the term's characters across 。: no abbreviation match may join them."""
    if len(term) < 2:
        return
    text = left + term[0] + "。" + term[1:] + right
    m = find(term, text)
    if m is not None and m.kind == ABBREV:
        positions = [a for a, _ in m.spans]
        assert not (min(positions) < text.index("。") < max(positions))


@given(mixed, mixed)
def test_find_never_raises(term: str, text: str) -> None:
    find(normalise_query(term), normalise(text))


@given(st.text(max_size=60))
def test_the_fast_path_agrees_with_full_normalisation(text: str) -> None:
    from workplan.matching import same_length_normal

    fast = same_length_normal(text)
    assert fast is None or fast == normalise(text)
