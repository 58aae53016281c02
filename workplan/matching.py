"""Chinese-aware matching: normalisation, exact and abbreviation matches, and name resolution.

Users type 人社局 for 区人力资源社会保障局, paste 舊改 from traditional sources and mix full- and
half-width punctuation. Everything that compares user input with the data goes through this module.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import UsageError

Span = tuple[int, int]
EXACT = "exact"
ABBREV = "abbrev"


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
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
    """Traditional → simplified; opencc is loaded only for text that has characters outside GB2312."""
    return text if text.isascii() or _is_simplified(text) else _converter().convert(text)


def normalise(text: str) -> str:
    """NFKC (full/half width), Latin case folded, white space removed. Idempotent."""
    for _ in range(4):  # folding can expose new compositions; a fixed point comes within a pass or two
        out = "".join(unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold()).split())
        if out == text:
            break
        text = out
    return text


def normalise_query(text: str) -> str:
    return normalise(to_simplified(normalise(text)))


class Haystack:
    """Normalised text plus the way back to positions in the original, for highlighting."""

    __slots__ = ("index", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        if normalise(original) == original:
            self.text, self.index = original, None
            return
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(original):
            for out in normalise(ch):
                chars.append(out)
                index.append(i)
        self.text = "".join(chars)
        self.index = index

    def span(self, start: int, end: int) -> Span:
        """Original-string span of normalised positions [start, end)."""
        if self.index is None:
            return (start, end)
        return (self.index[start], self.index[end - 1] + 1)


def is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ffff"


def _breaks(ch: str) -> bool:
    """Punctuation and spaces end a term: an abbreviation never reaches across them."""
    return unicodedata.category(ch)[0] in "PZC"


def max_span(term: str) -> int:
    """How wide an abbreviation may spread: 人社局 spans 区人力资源社会保障局's 9 characters."""
    return 3 * len(term)


def abbreviable(term: str) -> bool:
    return len(term) >= 2 and all(is_ideograph(c) for c in term)


@dataclass(slots=True, frozen=True)
class Match:
    kind: str
    spans: tuple[Span, ...]  # in the normalised text


def find_abbrev(term: str, text: str) -> Match | None:
    """The tightest in-order occurrence of the term's characters inside one term-sized window."""
    if not abbreviable(term) or any(c not in text for c in term):
        return None
    limit = max_span(term)
    best: list[int] | None = None
    start = text.find(term[0])
    while start != -1:
        positions = [start]
        pos = start
        for ch in term[1:]:
            pos += 1
            while pos < len(text) and pos - start < limit and text[pos] != ch and not _breaks(text[pos]):
                pos += 1
            if pos >= len(text) or pos - start >= limit or text[pos] != ch:
                break
            positions.append(pos)
        else:
            if best is None or positions[-1] - positions[0] < best[-1] - best[0]:
                best = positions
        start = text.find(term[0], start + 1)
    if best is None:
        return None
    return Match(ABBREV, tuple((p, p + 1) for p in best))


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
        return Match(EXACT, tuple(spans))
    return None if exact_only else find_abbrev(term, text)


def matches(term: str, text: str, exact_only: bool = False) -> bool:
    return find(normalise_query(term), normalise(text), exact_only) is not None


# --- name resolution --------------------------------------------------------------------------------


def resolve_name(query: str, names: Mapping[str, Iterable[str]], what: str) -> str:
    """Resolve a typed name to one canonical name.

    `names` maps each canonical name to its registered short forms. Levels, best first: the canonical
    name, a short form, a unique substring, a unique abbreviation. More than one candidate at the best
    level that has any is ambiguous; none at all is unknown, with the closest names suggested.
    """
    q = normalise_query(query)
    if not q:
        raise UsageError(f"empty {what} name")
    forms = {name: [normalise(name)] + [normalise(a) for a in aliases] for name, aliases in names.items()}
    levels = (
        lambda fs: fs[0] == q,
        lambda fs: q in fs[1:],
        lambda fs: any(q in f for f in fs),
        lambda fs: any(find_abbrev(q, f) for f in fs),
    )
    for level in levels:
        found = [name for name, fs in forms.items() if level(fs)]
        if len(found) == 1:
            return found[0]
        if found:
            shown = "、".join(found[:12]) + (" …" if len(found) > 12 else "")
            raise UsageError(
                f"{what} {query!r} is ambiguous: {len(found)} match ({shown})",
                hints=["give more of the name, e.g. " + found[0]],
            )
    every = {f: name for name, fs in forms.items() for f in fs}
    close = difflib.get_close_matches(q, list(every), n=5, cutoff=0.3)
    suggestions = list(dict.fromkeys(every[c] for c in close))
    hint = ["did you mean: " + "、".join(suggestions) + "?"] if suggestions else []
    raise UsageError(f"unknown {what} {query!r}", hints=hint)
