"""Record ids and Chinese numerals: every spelling a notice prints, and bounded cost for anything else."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan import ids
from workplan.ids import chinese_number, parse_id, parse_ref


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("九十九", 99),
        ("一百", 100),
        ("一百零五", 105),
        ("一百一十", 110),
        ("两百", 200),
        ("九百九十九", 999),
        ("12", 12),
        ("007", 7),
        ("", None),
        ("百", None),
        ("十十", None),
        ("一百十", None),  # written 一百一十
        ("一百零", None),
        ("二二", None),
        ("１２", None),  # full-width digits are normalised before, never here
        ("²", None),  # isdigit() but not a number int() reads
        ("1" * 7, None),  # longer than any section or item number
        ("1" * 5000, None),  # int() would refuse it
    ],
)
def test_chinese_number(text: str, number: int | None) -> None:
    assert chinese_number(text) == number


@pytest.mark.parametrize(
    ("text", "rid"),
    [
        ("2.6", "2.6"),
        ("二（六）", "2.6"),
        ("二(六)", "2.6"),
        ("二、六", "2.6"),
        ("2-6", "2.6"),
        (" 2 . 6 ", "2.6"),
        ("２．６", "2.6"),
        ("2.6)", "2.6"),
        ("十二(三十四)", "12.34"),
        ("1.2.3", "1.2.3"),
        ("一(二)(三)", "1.2.3"),
        ("G4", "G4"),
        ("g4", "G4"),
        ("攻坚四", "G4"),
        ("攻坚(四)", "G4"),
        ("攻坚（十二）", "G12"),
        ("攻坚专项十二", "G12"),
        ("2", None),  # a bare number is a section, not an id
        ("0.1", None),
        ("2.0", None),
        ("G0", None),
        ("2..6", None),
        ("旧改", None),
        ("", None),
    ],
)
def test_parse_id(text: str, rid: str | None) -> None:
    assert parse_id(text) == rid


@given(st.integers(1, 999_999), st.integers(1, 999_999), st.sampled_from([".", "-", "、", "（", "("]))
def test_every_numbered_item_parses(section: int, item: int, sep: str) -> None:
    close = "）" if sep == "（" else ")" if sep == "(" else ""
    assert parse_id(f"{section}{sep}{item}{close}") == f"{section}.{item}"


@pytest.mark.parametrize(
    ("ref", "parsed"),
    [
        ("yangpu-2020q2:2.6", ("yangpu-2020q2", "2.6")),
        ("yangpu-2020q2：二(六)", ("yangpu-2020q2", "2.6")),
        (" yangpu-2020q2 : G4", ("yangpu-2020q2", "G4")),
        ("攻坚四", (None, "G4")),
        ("not-an-id ", (None, "not-an-id")),
    ],
)
def test_parse_ref(ref: str, parsed: tuple[str | None, str]) -> None:
    assert parse_ref(ref) == parsed


HOSTILE = [
    "1" * 5000,
    "1" * 5000 + ".1",
    "一" * 5000,
    "1." * 2500,
    "(" * 5000,
    "攻坚" * 2500,
    "二(" * 2500,
    " " * 5000 + "2.6",
]


class _Refusing:
    def __getattr__(self, name: str) -> object:
        raise AssertionError("a pattern ran on a text longer than any id")


@pytest.mark.parametrize("text", HOSTILE)
def test_long_input_is_answered_without_running_a_pattern(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing that long is an id: the answer comes before any pattern sees the text."""
    monkeypatch.setattr(ids, "_patterns", lambda: (_Refusing(),) * 3)
    assert parse_id(text) is None
    assert parse_ref(text) == (None, text.strip())


def test_id_patterns_have_no_repetition_without_bound() -> None:
    """Linear by construction: every repeat is bounded, so a match attempt costs a constant."""
    for pattern in ids._patterns():
        assert not re.search(r"(?<!\\)[*+]|\{\d*,\}", pattern.pattern), pattern.pattern
