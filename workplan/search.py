"""Full-text search over records: every term must match, `-term` excludes, results best first.

Ranking, per term, by the best place it matched: an exact hit in the title beats one in the units or
leaders, which beats one in the text; any abbreviation hit ranks below every exact one. A record's
score is the sum over its terms; ties keep document order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import UsageError
from .matching import EXACT, Haystack, Match, find, normalise, normalise_query
from .model import Record

FIELDS = ("title", "units", "leaders", "text")
SCORES = {
    (EXACT, "title"): 100,
    (EXACT, "units"): 50,
    (EXACT, "leaders"): 50,
    (EXACT, "text"): 20,
    ("abbrev", "title"): 8,
    ("abbrev", "units"): 5,
    ("abbrev", "leaders"): 5,
    ("abbrev", "text"): 2,
}


@dataclass(slots=True)
class FieldMatch:
    term: str
    field: str
    kind: str
    spans: list[tuple[int, int]]  # in the original string of that field
    score: int


@dataclass(slots=True)
class SearchHit:
    record: Record
    score: int
    matches: list[FieldMatch]

    def snippet(self) -> tuple[str, list[tuple[int, int]]]:
        """The sentence holding the first text match (else the matched field), with spans relative to it."""
        text_matches = [m for m in self.matches if m.field == "text"]
        if not text_matches:
            shown = next((m.field for m in self.matches if m.field in ("units", "leaders")), "title")
            return field_texts(self.record)[shown], [
                s for m in self.matches if m.field == shown for s in m.spans
            ]
        first = min(s for m in text_matches for s in m.spans)
        offset = 0
        for sentence in self.record.sentences or [self.record.text]:
            if offset <= first[0] < offset + len(sentence):
                end = offset + len(sentence)
                spans = [
                    (a - offset, b - offset)
                    for m in text_matches
                    for a, b in m.spans
                    if offset <= a and b <= end
                ]
                return sentence, sorted(spans)
            offset += len(sentence)
        return self.record.text, [s for m in text_matches for s in m.spans]


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


def field_texts(record: Record) -> dict[str, str]:
    return {
        "title": record.title,
        "units": "、".join(record.lead_units + record.support_units),
        "leaders": "、".join(record.lead_leaders + record.support_leaders),
        "text": record.text,
    }


def match_term(term: Term, hay: Mapping[str, Haystack], exact_only: bool) -> list[FieldMatch]:
    found = []
    for name in FIELDS:
        h = hay[name]
        best: Match | None = None
        for variant in term.variants:
            m = find(variant, h.text, exact_only)
            if m and (best is None or (m.kind == EXACT and best.kind != EXACT)):
                best = m
        if best:
            spans = [h.span(a, b) for a, b in best.spans]
            found.append(FieldMatch(term.text, name, best.kind, spans, SCORES[best.kind, name]))
    return found


def search(records: Iterable[Record], terms: Sequence[Term], exact_only: bool = False) -> list[SearchHit]:
    hits = []
    needles = [t for t in terms if not t.exclude]
    for record in records:
        texts = field_texts(record)
        hay = {name: Haystack(value) for name, value in texts.items()}
        matched: list[FieldMatch] = []
        score = 0
        for term in needles:
            found = match_term(term, hay, exact_only)
            if not found:
                break
            matched += found
            score += max(m.score for m in found)
        else:
            if not any(match_term(t, hay, exact_only) for t in terms if t.exclude):
                hits.append(SearchHit(record, score, matched))
    hits.sort(key=lambda h: -h.score)
    return hits
