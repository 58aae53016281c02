"""Chinese-aware matching: normalisation, exact and abbreviation matches, and name resolution.

Users type 人社局 for 区人力资源社会保障局, paste 舊改 from traditional sources and mix full- and
half-width punctuation. Everything that compares user input with the data goes through this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import UsageError
from .vocabulary import Vocabulary

Span = tuple[int, int]


class MatchKind(Vocabulary):
    """How a term matched: as typed, or as an abbreviation (its characters in order, 人社局 in
    区人力资源社会保障局); an exact match always ranks above an abbreviation."""

    exact = "exact", "精确"
    abbrev = "abbrev", "简称"


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _is_simplified(text: str) -> bool:
    """True when every character exists in GB2312, the simplified set: no conversion can change it."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def to_simplified(text: str) -> str:
    """Traditional → simplified; opencc is loaded only for text that has characters outside GB2312. A
    lone surrogate (an argument's undecodable bytes, kept because it also names a file) is no text:
    U+FFFD, which OpenCC takes (it raised on the surrogate: exit 70)."""
    if text.isascii() or _is_simplified(text):
        return text
    return _converter().convert(without_surrogates(text))


def without_surrogates(text: str) -> str:
    """U+FFFD for each lone surrogate, which no text holds (UTF-8 cannot encode it: OpenCC and SQLite
    raise on it)."""
    return SURROGATE.sub("\ufffd", text)


SURROGATE = re.compile("[\ud800-\udfff]")


# Full-width ASCII and the ideographic space, the only characters NFKC changes in most Chinese text
# (，：；（）): mapped to what NFKC makes of them before NFKC runs, the text usually passes its quick
# check and NFKC returns at once instead of rebuilding the string (three times faster on an item's
# text). Each maps to its full compatibility decomposition, so NFKC's result is the same.
_WIDE = re.compile("[\u3000\uff01-\uff5e]")
_NARROW = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in (0x3000, *range(0xFF01, 0xFF5F))}


def _nfkc(text: str) -> str:
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", _WIDE.sub(lambda m: _NARROW[m.group()], text))


def normalise(text: str) -> str:
    """NFKC (full/half width), Latin case folded, white space removed. Idempotent."""
    for _ in range(4):  # folding can expose new compositions; a fixed point comes within a pass or two
        out = "".join(_nfkc(_nfkc(text).casefold()).split())
        if out == text or (out == out.casefold() and unicodedata.is_normalized("NFKC", out)):
            return out  # nothing left to fold or compose: a second pass would give it back unchanged
        text = out
    return text


_SPACE = re.compile(r"\s")


def same_length_normal(text: str) -> str | None:
    """normalise(text) when it keeps every position (the usual case: at most case folding), else None.

    Three C-speed checks instead of the character-by-character rebuild."""
    folded = text.casefold()
    if (
        len(folded) == len(text)
        and not _SPACE.search(text)
        and unicodedata.is_normalized("NFKC", text)
        and unicodedata.is_normalized("NFKC", folded)
    ):
        return folded
    return None


def normalise_query(text: str) -> str:
    return normalise(to_simplified(normalise(text)))


class Haystack:
    """Normalised text plus the way back to positions in the original, for highlighting."""

    __slots__ = ("found", "index", "original", "text")
    index: array[int] | None  # normalised position -> original position; None when they are the same

    def __init__(self, original: str) -> None:
        self.original = original
        self.found: dict[tuple[str, bool], Match | None] = {}  # search's memo of matches in this text
        same = same_length_normal(original)
        if same is not None:
            self.text, self.index = same, None
            return
        # Each character normalised on its own, once per distinct character (a 5-million-character
        # text has a few thousand), and replaced in one C pass. Positions need a map back only where a
        # character's form is not one character long (white space drops out), and the map is an array
        # of ranges between those places, not a Python int per character.
        forms = {ch: form for ch in set(original) if (form := normalise(ch)) != ch}
        self.text = original.translate({ord(ch): form for ch, form in forms.items()}) if forms else original
        uneven = "".join(ch for ch, form in forms.items() if len(form) != 1)
        self.index = None
        if uneven:
            index = array("q")
            done = 0
            for m in re.finditer(f"[{re.escape(uneven)}]", original):
                index.extend(range(done, m.start()))
                index.extend([m.start()] * len(forms[m.group()]))
                done = m.end()
            index.extend(range(done, len(original)))
            self.index = index

    def span(self, start: int, end: int) -> Span:
        """Original-string span of normalised positions [start, end)."""
        if self.index is None:
            return (start, end)
        return (self.index[start], self.index[end - 1] + 1)


HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def is_ideograph(ch: str) -> bool:
    code = ord(ch)
    return any(a <= code <= b for a, b in HAN_RANGES)


ABBREV_MAX = 12
"""The longest term matched as an abbreviation. Short forms (人社局, 稳就业) and the unit names they stand
for (区人力资源社会保障局) are shorter; a longer term is a phrase someone pasted, matched as typed, and so
no pattern grows with what a user types."""


def max_span(term: str) -> int:
    """How wide an abbreviation may spread: 人社局 spans 区人力资源社会保障局's 9 characters."""
    return 3 * len(term)


@functools.lru_cache(maxsize=256)
def abbreviable(term: str) -> bool:
    return 2 <= len(term) <= ABBREV_MAX and all(is_ideograph(c) for c in term)


def _han_except(ch: str) -> str:
    """A character class body: every Chinese character but `ch`."""
    code = ord(ch)
    parts = []
    for a, b in HAN_RANGES:
        for lo, hi in ((a, min(b, code - 1)), (max(a, code + 1), b)) if a <= code <= b else ((a, b),):
            if lo <= hi:
                parts.append(f"{chr(lo)}-{chr(hi)}")
    return "".join(parts)


def _abbreviation_regex(term: str, capture: bool) -> str:
    """The term's characters in order with only Chinese characters between them: one run of hanzi is
    one term, so an abbreviation never reaches across punctuation, digits, letters or a sentence end.

    A gap may not hold the character that ends it, so each character matches its first occurrence
    after the previous one: one way to match from each start, no backtracking between gaps, time linear
    in the text. The first occurrence also gives the narrowest match from that start."""
    gap = max_span(term) - len(term)
    parts = [f"({re.escape(term[0])})" if capture else re.escape(term[0])]
    for c in term[1:]:
        parts.append(f"[{_han_except(c)}]{{0,{gap}}}" + (f"({re.escape(c)})" if capture else re.escape(c)))
    return "".join(parts)


@functools.lru_cache(maxsize=256)
def abbreviation_pattern(term: str) -> re.Pattern[str]:
    """Every occurrence, with each character's place: a lookahead tries each start, overlapping or not."""
    return re.compile("(?=" + _abbreviation_regex(term, capture=True) + ")")


@functools.lru_cache(maxsize=256)
def abbreviation_scan(term: str) -> re.Pattern[str]:
    """Whether a text has an occurrence at all: no lookahead, so the engine can jump between the
    places where the first character stands (the index runs this over the whole corpus)."""
    return re.compile(_abbreviation_regex(term, capture=False))


@dataclass(slots=True, frozen=True)
class Match:
    kind: MatchKind
    spans: tuple[Span, ...]  # in the normalised text


def find_abbrev(term: str, text: str) -> Match | None:
    """The tightest in-order occurrence of the term's characters inside one term-sized run of hanzi."""
    if not abbreviable(term) or any(c not in text for c in term):
        return None
    best: re.Match[str] | None = None
    for m in abbreviation_pattern(term).finditer(text):
        width = m.end(len(term)) - m.start(1)
        if width <= max_span(term) and (best is None or width < best.end(len(term)) - best.start(1)):
            best = m
    if best is None:
        return None
    return Match(MatchKind.abbrev, tuple(best.span(g) for g in range(1, len(term) + 1)))


def find(term: str, text: str, exact_only: bool = False) -> Match | None:
    """An exact substring match if there is one, else (unless exact_only) an abbreviation match."""
    if not term:
        return None
    at = text.find(term)
    if at != -1:
        spans = []
        while at != -1:
            spans.append((at, at + len(term)))
            at = text.find(term, at + len(term))
        return Match(MatchKind.exact, tuple(spans))
    return None if exact_only else find_abbrev(term, text)


def matches(term: str, text: str, exact_only: bool = False) -> bool:
    return find(normalise_query(term), normalise(text), exact_only) is not None


# --- name resolution --------------------------------------------------------------------------------


def shorten(text: str, limit: int = 40) -> str:
    """What a message quotes of a typed argument: a pasted page is named, not repeated."""
    return text if len(text) <= limit else f"{text[:limit]}…({len(text)} characters)"


WHAT = {"unit": "单位", "leader": "领导", "section": "板块"}  # the Chinese said first in messages


def resolve_name(query: str, names: Mapping[str, Iterable[str]], what: str) -> str:
    """Resolve a typed name to one canonical name.

    `names` maps each canonical name to its registered short forms. Levels, best first: the canonical
    name, a short form, a unique substring, a unique abbreviation. More than one candidate at the best
    level that has any is ambiguous; none at all is unknown, with the closest names suggested.
    """
    label = WHAT.get(what, what)
    q = normalise_query(query)
    if not q:
        raise UsageError(f"{label}名称为空 (empty {what} name)")
    typed = shorten(query)
    forms = {name: [normalise(name)] + [normalise(a) for a in aliases] for name, aliases in names.items()}
    levels = (
        lambda fs: fs[0] == q,
        lambda fs: q in fs[1:],
        lambda fs: any(q in f for f in fs),
        lambda fs: any(find_abbrev(q, f) for f in fs),
    )
    found = best_level(([name for name, fs in forms.items() if level(fs)] for level in levels), typed, what)
    if found is not None:
        return found
    raise UsageError(f"未知{label} {typed!r} (unknown {what})", hints=did_you_mean(q, forms))


def best_level(levels: Iterable[list[str]], typed: str, what: str) -> str | None:
    """The one candidate at the first level that has any; several there are ambiguous (the candidates
    listed); None when no level has one."""
    for found in levels:
        if len(found) == 1:
            return found[0]
        if found:
            shown = "、".join(found[:12]) + (" …" if len(found) > 12 else "")
            raise UsageError(
                f"{WHAT.get(what, what)} {typed!r} 不明确, 有 {len(found)} 个匹配 ({what} is ambiguous): {shown}",
                hints=["请写得更完整 give more of the name, e.g. " + found[0]],
            )
    return None


def did_you_mean(q: str, forms: Mapping[str, Iterable[str]]) -> list[str]:
    """The hint for an unknown name: the names whose forms are closest to what was typed."""
    import difflib

    every = {f: name for name, fs in forms.items() for f in fs}
    close = difflib.get_close_matches(q, list(every), n=5, cutoff=0.3)
    suggestions = list(dict.fromkeys(every[c] for c in close))
    return ["是否指 did you mean: " + "、".join(suggestions) + "?"] if suggestions else []
