"""Full-text search over records: every term must match, `-term` excludes, results best first.

Ranking, per term, by the best place it matched: an exact hit in the title beats one in the units or
leaders, which beats one in the text; any abbreviation hit ranks below every exact one. A record's
score is the sum over its terms; ties keep document order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import UsageError
from .index import FIELDS
from .matching import Haystack, Match, MatchKind, find, normalise, normalise_query
from .model import SENTENCE_ENDS, Record

SCORES = {
    (MatchKind.exact, "title"): 100,
    (MatchKind.exact, "units"): 50,
    (MatchKind.exact, "leaders"): 50,
    (MatchKind.exact, "text"): 20,
    (MatchKind.abbrev, "title"): 8,
    (MatchKind.abbrev, "units"): 5,
    (MatchKind.abbrev, "leaders"): 5,
    (MatchKind.abbrev, "text"): 2,
}


@dataclass(slots=True)
class FieldMatch:
    term: str
    field: str
    kind: MatchKind
    spans: tuple[tuple[int, int], ...]  # in the original string of that field
    score: int


@dataclass(slots=True)
class SearchHit:
    record: Record
    score: int
    matches: list[FieldMatch]

    def snippet(self) -> tuple[str, list[tuple[int, int]]]:
        """The sentence holding the first text match (else the matched field), with spans relative to it."""
        text_spans = sorted(s for m in self.matches if m.field == "text" for s in m.spans)
        if not text_spans:
            shown = next((m.field for m in self.matches if m.field in ("units", "leaders")), "title")
            return field_text(self.record, shown), [
                s for m in self.matches if m.field == shown for s in m.spans
            ]
        text = self.record.text
        first = text_spans[0][0]
        start = max(text.rfind(stop, 0, first) for stop in SENTENCE_ENDS) + 1
        ends = [e for e in (text.find(stop, first) for stop in SENTENCE_ENDS) if e != -1]
        end = min(ends) + 1 if ends else len(text)
        return text[start:end], [(a - start, b - start) for a, b in text_spans if start <= a and b <= end]


@dataclass(slots=True)
class Term:
    text: str  # normalised
    variants: tuple[str, ...]  # the term and the canonical names it is a short form of
    exclude: bool


def parse_terms(words: Sequence[str], aliases: Mapping[str, Iterable[str]]) -> list[Term]:
    """Split the query into terms; a registered short form also searches for its full names."""
    by_alias: dict[str, list[str]] = {}
    for name, forms in aliases.items():
        for a in forms:
            by_alias.setdefault(normalise(a), []).append(normalise(name))
    terms = []
    for word in words:
        for part in word.split():
            exclude = part.startswith("-") and len(part) > 1
            text = normalise_query(part[1:] if exclude else part)
            if text:
                terms.append(Term(text, (text, *by_alias.get(text, ())), exclude))
    if not any(not t.exclude for t in terms):
        raise UsageError("search needs at least one term that is not an exclusion")
    return terms


def field_text(record: Record, name: str) -> str:
    """The searchable text of one field; units and leaders are searched as one 、-joined string."""
    if name == "units":
        return "、".join(record.units)
    if name == "leaders":
        return "、".join(record.lead_leaders + record.support_leaders)
    text: str = getattr(record, name)
    return text


class Haystacks(dict[str, Haystack]):
    """A record's fields, normalised on first use: most searches look at one field of most records.

    `seen` is shared by all records of one search: titles and unit lists repeat across documents and
    quarters, and each distinct string is normalised once."""

    def __init__(self, record: Record, seen: dict[str, Haystack]) -> None:
        super().__init__()
        self.record = record
        self.seen = seen

    def __missing__(self, name: str) -> Haystack:
        text = field_text(self.record, name)
        hay = self.seen.get(text)
        if hay is None:
            hay = self.seen[text] = Haystack(text)
        self[name] = hay
        return hay


def match_term(
    term: Term, hay: Mapping[str, Haystack], exact_only: bool, fields: Iterable[str] = FIELDS
) -> list[FieldMatch]:
    found = []
    for name in fields:
        h = hay[name]
        key = (term.text, exact_only)
        if key not in h.found:  # a Haystack is shared by every record with the same field text
            h.found[key] = best_match(term, h, exact_only)
        best = h.found[key]
        if best:
            found.append(FieldMatch(term.text, name, best.kind, best.spans, SCORES[best.kind, name]))
    return found


def best_match(term: Term, h: Haystack, exact_only: bool) -> Match | None:
    """The term's best match in one field (exact beats abbreviation), with spans in the original text."""
    best: Match | None = None
    for variant in term.variants:
        m = find(variant, h.text, exact_only)
        if m and (best is None or (m.kind == MatchKind.exact and best.kind != MatchKind.exact)):
            best = m
    # the first spans: a title of 99,999 加 matched 99,999 times, and a hundred such rows ran out of memory
    return Match(best.kind, tuple(h.span(a, b) for a, b in best.spans[:MAX_SPANS])) if best else None


MAX_SPANS = 64  # matches of one term in one field kept for the snippet and its marks


def search(
    records: Iterable[Record],
    terms: Sequence[Term],
    exact_only: bool = False,
    where: Sequence[Sequence[Iterable[str]]] | None = None,
) -> list[SearchHit]:
    """Rank records. `where`, if given, says per record and per non-excluded term which fields can
    match at all (from the index), so the others are not even normalised."""
    hits = []
    needles = [t for t in terms if not t.exclude]
    seen: dict[str, Haystack] = {}
    for n, record in enumerate(records):
        hay = Haystacks(record, seen)
        matched: list[FieldMatch] = []
        score = 0
        for k, term in enumerate(needles):
            found = match_term(term, hay, exact_only, FIELDS if where is None else where[n][k])
            if not found:
                break
            matched += found
            score += max(m.score for m in found)
        else:
            if not any(match_term(t, hay, exact_only) for t in terms if t.exclude):
                hits.append(SearchHit(record, score, matched))
    hits.sort(key=lambda h: -h.score)
    return hits
