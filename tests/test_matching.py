"""Chinese-aware matching: table-driven rules and hypothesis properties."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan import matching
from workplan.errors import UsageError
from workplan.matching import (
    ABBREV_MAX,
    Haystack,
    MatchKind,
    abbreviation_pattern,
    abbreviation_scan,
    find,
    is_ideograph,
    max_span,
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
        ("旧改", "加快旧改基地收尾", MatchKind.exact),
        ("人社局", "区人力资源社会保障局", MatchKind.abbrev),
        ("旧改", "旧区改造", MatchKind.abbrev),
        ("卫健委", "区卫生健康委", MatchKind.abbrev),
        ("稳就业", "稳定就业", MatchKind.abbrev),
        ("发改委", "区发展改革委", MatchKind.abbrev),
        ("规资局", "区规划资源局", MatchKind.abbrev),
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


def plain_normalise(text: str) -> str:
    """The definition, without the narrowing of full-width characters that makes it fast."""
    for _ in range(4):
        out = "".join(unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold()).split())
        if out == text:
            break
        text = out
    return text


wide = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),  # full and half width forms
        st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks, to compose with
        st.sampled_from("\u3000Aa1 。，区商务委"),
        st.characters(),
    ),
    max_size=40,
)


@given(wide)
def test_normalisation_is_nfkc_casefold_without_spaces(text: str) -> None:
    assert normalise(text) == plain_normalise(text)


def naive_haystack(text: str) -> tuple[str, list[int]]:
    """Each character normalised on its own, and the original position of every normalised one."""
    chars, index = [], []
    for i, ch in enumerate(text):
        for out in normalise(ch):
            chars.append(out)
            index.append(i)
    return "".join(chars), index


@given(
    st.text(
        alphabet=st.one_of(st.sampled_from(" \t\n\u3000㈱ﬁ½Ａ，区商务委旧改"), st.characters()), max_size=40
    )
)
def test_a_haystack_maps_every_normalised_position_back(text: str) -> None:
    """The fast construction (per distinct character, ranges between uneven ones) gives the text and
    the positions the character-by-character definition gives: spans of highlights depend on it."""
    hay = Haystack(text)
    expected, index = naive_haystack(text)
    assert hay.text == expected
    assert [hay.span(k, k + 1) for k in range(len(expected))] == [(i, i + 1) for i in index]


@pytest.mark.parametrize("mark", ["", "\u0301", "\u3099", "区"])
def test_every_narrowed_character_normalises_as_nfkc_says(mark: str) -> None:
    """Every character normalise maps ahead of NFKC, alone and before a combining mark it may compose
    with (an acute accent, the kana voicing mark) or a hanzi."""
    wide_forms = [chr(c) for c in (0x3000, *range(0xFF01, 0xFF5F))]
    assert [normalise(c + mark) for c in wide_forms] == [plain_normalise(c + mark) for c in wide_forms]


def test_the_narrowing_is_exactly_what_nfkc_makes_of_full_width_ascii() -> None:
    """normalise is only fast if the narrowing ahead of NFKC leaves it nothing to rebuild: a character
    the narrowing skipped or mapped to something else NFKC can repair (the ideographic space to nothing,
    since spaces are dropped anyway) gives the same normalise, so no equality of results can see it.
    What the speed-up rests on is checked directly: every full-width ASCII character and the ideographic
    space, narrowed, is already its NFKC form."""
    wide_forms = "".join(chr(c) for c in (0x3000, *range(0xFF01, 0xFF5F)))
    narrowed = matching._WIDE.sub(lambda m: matching._NARROW[m.group()], wide_forms)
    assert narrowed == unicodedata.normalize("NFKC", wide_forms)


@given(cjk, cjk, cjk)
def test_an_exact_substring_always_matches(before: str, term: str, after: str) -> None:
    m = find(term, before + term + after)
    assert m is not None and m.kind == MatchKind.exact


short = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=2, max_size=ABBREV_MAX
)
fillers = st.lists(st.sampled_from("之的了在和与"), min_size=0, max_size=2)


@st.composite
def spread(draw: st.DrawFn, term: st.SearchStrategy[str] = short) -> tuple[str, str]:
    """A term and a text holding its characters in order with at most two fillers after each."""
    t = draw(term)
    return t, "".join(c + "".join(draw(fillers)) for c in t)


@given(spread(), cjk)
def test_default_results_add_abbreviations_to_exact_ones(case: tuple[str, str], other: str) -> None:
    term, text = case
    if find(term, other, exact_only=True):
        assert find(term, other)
    m = find(term, text)
    assert m is not None and "".join(text[a:b] for a, b in m.spans) == term
    assert m.kind == MatchKind.exact or find(term, text, exact_only=True) is None


@given(spread(), cjk, cjk)
def test_abbreviation_never_crosses_a_sentence_boundary(case: tuple[str, str], left: str, right: str) -> None:
    """The same characters match when only hanzi stand between them, and never when 。 does."""
    term, spaced = case
    assert find(term, left + spaced + right) is not None
    text = left + term[0] + "。" + term[1:] + right
    m = find(term, text)
    if m is not None and m.kind == MatchKind.abbrev:
        positions = [a for a, _ in m.spans]
        assert not (min(positions) < text.index("。") < max(positions))


@given(mixed, spread(), mixed)
def test_found_spans_spell_the_term(before: str, case: tuple[str, str], after: str) -> None:
    """Whatever surrounds it, an abbreviation is found, its spans spell the term in order, no wider
    than max_span and with only hanzi between them."""
    term, spaced = case
    text = normalise(before) + spaced + normalise(after)
    m = find(term, text)
    assert m is not None
    starts = [a for a, _ in m.spans]
    assert "".join(text[a:b] for a, b in m.spans) == term or m.kind == MatchKind.exact
    if m.kind == MatchKind.abbrev:
        assert starts == sorted(starts) and starts[-1] + 1 - starts[0] <= max_span(term)
        assert all(is_ideograph(c) for c in text[starts[0] : starts[-1] + 1])


@given(mixed, mixed)
def test_find_never_raises(term: str, text: str) -> None:
    find(normalise_query(term), normalise(text))


@given(st.text(max_size=60))
def test_the_fast_path_agrees_with_full_normalisation(text: str) -> None:
    from workplan.matching import same_length_normal

    fast = same_length_normal(text)
    assert fast is None or fast == normalise(text)


# --- bounded cost (issues 17 and 18) -----------------------------------------------------------------


@pytest.fixture()
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every pattern the regex engine is asked for from now on: re.compile, re.search and the rest all
    go through re._compile, which is patched to record the pattern first."""
    seen: list[str] = []
    real = re._compile  # type: ignore[attr-defined]

    def recording(pattern: str, flags: int) -> re.Pattern[str]:
        seen.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return real(pattern, flags)  # type: ignore[no-any-return]

    abbreviation_pattern.cache_clear()
    abbreviation_scan.cache_clear()
    monkeypatch.setattr(re, "_compile", recording)
    return seen


LONGEST_PATTERN = len(abbreviation_pattern("旧" * ABBREV_MAX).pattern)
PASTED = ["旧" * 5000, "人社局" * 1700, "加快推进旧区改造" * 600, "a" * 5000]


@pytest.mark.parametrize("query", PASTED)
def test_a_pasted_query_compiles_nothing_bigger_than_a_short_one(compiled: list[str], query: str) -> None:
    text = "区人力资源社会保障局加快旧区改造" * 50
    find("人社局", text)
    assert compiled  # the recorder sees what a short query compiles
    compiled.clear()
    find(normalise_query(query), text)
    with pytest.raises(UsageError) as info:
        resolve_name(query, UNITS, "unit")
    assert len(info.value.message) < 100  # the message names the argument, it does not repeat it
    assert all(len(p) <= LONGEST_PATTERN for p in compiled)
    assert (
        len(compiled) <= 1
    )  # nothing for the long term, which is matched as typed; difflib may compile its own on first import


def test_terms_longer_than_the_cap_match_exactly_only() -> None:
    term = "区人力资源社会保障局和区商务委"
    assert len(term) > ABBREV_MAX
    assert find(term, "区人力资源社会保障局和会同区商务委") is None  # in order, but not as typed
    assert find(term, "请" + term) is not None


@given(short)
def test_no_gap_can_hold_the_character_that_ends_it(term: str) -> None:
    """The structural reason matching is linear: each term character matches its first occurrence after
    the previous one, so the engine never tries two ways through the same text."""
    pattern = abbreviation_scan(term).pattern
    gaps = re.findall(r"\[([^\]]*)\]\{0,(\d+)\}", pattern)
    assert len(gaps) == len(term) - 1
    for (body, width), next_char in zip(gaps, term[1:], strict=True):
        assert re.fullmatch(f"[{body}]", next_char) is None
        assert int(width) == max_span(term) - len(term)


HOSTILE = [
    ("旧旧旧旧旧旧改", lambda n: "旧" * n + "改"),
    ("旧旧旧旧旧旧改", lambda n: "旧" * n + "。改"),
    ("人社人社人社局", lambda n: "人社" * n + "局"),
    ("区区区区区区区区区区区局", lambda n: "区" * n),
]


def _cost(pattern: re.Pattern[str], text: str) -> float:
    """CPU time, best of five, to see through a busy machine: only the ratio between sizes is compared."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(("term", "make"), HOSTILE)
def test_matching_a_run_of_one_character_is_linear(term: str, make: Callable[[int], str]) -> None:
    """Doubling the text at most doubles the work (a factor of 4 allowed for noise). The old pattern
    took 1.2 s at 100 characters and 12.7 s at 200 on the first case: per start it tried every split
    of the run between the gaps."""
    for pattern in (abbreviation_scan(term), abbreviation_pattern(term)):
        costs = [_cost(pattern, make(n)) for n in (2_000, 4_000, 8_000)]
        assert costs[1] <= 4 * costs[0] + 1e-3 and costs[2] <= 4 * costs[1] + 1e-3, costs
    assert find(term, make(8_000)) is not None or "。" in make(1) or term[-1] not in make(1)
