"""What changed from one plan to the next: records matched across two documents by what they say.

Ids do not carry across quarters (sections are renumbered, items added and dropped), so a record of the
new document is matched to one of the old by the similarity of its title and text: Dice's coefficient
over character bigrams, the measure that suits Chinese, where words are not separated. Each pair is
then classified as continued (with what changed) and every record left over as added or removed.

Comparing every pair would cost n × m similarities; an inverted index of the old document's rarest
bigrams names the few records worth comparing, so two thousand-record plans diff in well under a
second.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import add

from .matching import normalise
from .model import Record
from .vocabulary import Vocabulary

THRESHOLD = 0.35
"""The least similarity for two records to be one item continued: unrelated items of one plan share
stock phrases (加快推进, 工作) and score 0.1, at most 0.22 in the shipped plan; an item rewritten under
the same title scores about 0.5."""
TITLE_WEIGHT = 0.4  # the text says more than a title of a few characters
SECTION_BONUS = 0.1  # breaks near-ties towards the record that stayed in its section (by title)
CANDIDATES = 4
"""Old records compared in full with each new one: those sharing most of its rarest bigrams, and those
of the same title unless more than this many share it."""
BUDGET = 1024
"""Postings read per new record, rarest bigram first: rare bigrams name the records worth comparing,
common ones (推进, 工作) name half the plan, and the budget keeps the cost per record constant."""


class Change(Vocabulary):
    """What differs between the two records of a continued item."""

    title = "title", "标题"  # type: ignore[assignment]  # shadows str.title: named as the field it names
    text = "text", "内容"
    lead_units = "lead_units", "牵头单位"
    support_units = "support_units", "配合单位"
    responsible_units = "responsible_units", "责任单位(未写明)"
    lead_leaders = "lead_leaders", "牵头领导"
    support_leaders = "support_leaders", "配合领导"


@dataclass(frozen=True, slots=True, kw_only=True)
class Continued:
    """An item present in both documents: `before` from the old one, `after` from the new."""

    before: Record
    after: Record
    similarity: float  # 0-1, of title and text
    changes: tuple[Change, ...]  # in Change's order; empty when the item is unchanged


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitDelta:
    """Items a unit is newly responsible for (`gained`, new records) and no longer (`lost`, old records)."""

    unit: str
    gained: tuple[Record, ...]
    lost: tuple[Record, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Diff:
    added: tuple[Record, ...]  # new records with no counterpart, in document order
    removed: tuple[Record, ...]  # old records with no counterpart, in document order
    continued: tuple[Continued, ...]  # in the new document's order
    units: tuple[UnitDelta, ...]  # units in order of first appearance, old document first
    canonical: Callable[[str], str] = field(repr=False, compare=False, default=lambda name: name)

    @property
    def same(self) -> bool:
        """No item added, removed or changed: the command's "nothing found" (exit 1)."""
        return not (self.added or self.removed or any(c.changes for c in self.continued))

    def for_unit(self, unit: str) -> Diff:
        """Only what concerns one unit (a canonical name): the items it is responsible for on either side."""

        def concerns(record: Record) -> bool:
            return unit in _units(record, self.canonical)

        return replace(
            self,
            added=tuple(r for r in self.added if concerns(r)),
            removed=tuple(r for r in self.removed if concerns(r)),
            continued=tuple(c for c in self.continued if concerns(c.before) or concerns(c.after)),
            units=tuple(u for u in self.units if u.unit == unit),
        )


def diff(
    before: Sequence[Record],
    after: Sequence[Record],
    canonical: Callable[[str], str] = lambda name: name,
    threshold: float = THRESHOLD,
) -> Diff:
    """Match `after`'s records to `before`'s one to one and classify them.

    `canonical` maps a unit name to the unit's identity (区发改委 and 区发展改革委 are one unit), for
    the unit changes and the per-unit gains and losses; leaders are compared by name."""
    sections: dict[str, str] = {}  # a document's few section titles, normalised once each
    old = [_Shape(r, sections) for r in before]
    new = [_Shape(r, sections) for r in after]
    pairs = _assign(old, new, threshold)
    partner_of_new = {j: i for i, j, _ in pairs}
    partner_of_old = {i: j for i, j, _ in pairs}
    continued = tuple(
        Continued(
            before=before[i],
            after=after[j],
            similarity=round(sim, 4),
            changes=_changes(before[i], after[j], (old[i].key, new[j].key), canonical),
        )
        for i, j, sim in sorted(pairs, key=lambda p: p[1])
    )
    return Diff(
        added=tuple(r for j, r in enumerate(after) if j not in partner_of_new),
        removed=tuple(r for i, r in enumerate(before) if i not in partner_of_old),
        continued=continued,
        units=_unit_deltas(before, after, partner_of_old, partner_of_new, canonical),
        canonical=canonical,
    )


def bigrams(normal: str) -> frozenset[str]:
    """The character bigrams of a normalised text; a one-character text is its own gram. Interned: the
    records of a plan share most of their grams, and a set of shared strings is a set of pointers (two
    documents of 70,000 short items ran out of memory with a string object per gram)."""
    if len(normal) < 2:
        return frozenset(normal and (normal,))
    return frozenset(map(sys.intern, map(add, normal, normal[1:])))


def dice(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Dice's coefficient; None when both are empty, so an absent field neither helps nor hurts."""
    size = len(a) + len(b)
    return 2 * len(a & b) / size if size else None


class _Shape:
    """What matching looks at in one record; the bigrams only for records not paired as identical."""

    __slots__ = ("grams", "key", "place", "text", "title")

    def __init__(self, record: Record, sections: dict[str, str]) -> None:
        self.key = (normalise(record.title), normalise(record.text))
        section = record.section
        if section and section not in sections:
            sections[section] = normalise(section)
        self.place = (record.kind, sections[section] if section else None)
        self.title = self.text = self.grams = frozenset[str]()

    def count(self) -> None:
        self.title, self.text = bigrams(self.key[0]), bigrams(self.key[1])
        self.grams = self.title | self.text

    def similarity(self, other: _Shape) -> float:
        title, text = dice(self.title, other.title), dice(self.text, other.text)
        if title is None:
            return 1.0 if text is None else text
        if text is None:
            return title
        return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text


def _assign(old: list[_Shape], new: list[_Shape], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one pairs (old, new, similarity), greedily best first.

    Records identical in title, text and place pair first, in order (the bulk of a plan that carries
    over); the rest are compared with the candidates the index of rare bigrams names."""
    pairs: list[tuple[int, int, float]] = []
    identical: dict[tuple[str | None, ...], list[int]] = defaultdict(list)
    for i, shape in enumerate(old):
        identical[shape.key + shape.place].append(i)
    for bucket in identical.values():
        bucket.reverse()  # popped from the end: document order
    taken_old: set[int] = set()
    open_new = []
    for j, shape in enumerate(new):
        same = identical.get(shape.key + shape.place)
        if same:
            i = same.pop()
            pairs.append((i, j, 1.0))
            taken_old.add(i)
        else:
            open_new.append(j)
    open_old = [i for i in range(len(old)) if i not in taken_old]
    if not open_old or not open_new:
        return pairs

    for k in open_old:
        old[k].count()
    for k in open_new:
        new[k].count()
    postings: dict[str, list[int]] = defaultdict(list)
    by_title: dict[str, list[int]] = defaultdict(list)
    for i in open_old:
        for gram in old[i].grams:
            postings[gram].append(i)
        by_title[old[i].key[0]].append(i)

    # rarest first, ties by the gram itself: set order follows PYTHONHASHSEED, and with the budget
    # cutting the list, a tie broken by it changed which records were compared from run to run
    rarity = {g: k for k, g in enumerate(sorted(postings, key=lambda g: (len(postings[g]), g)))}
    scored = []
    for j in open_new:
        shape = new[j]
        read: list[list[int]] = []
        budget = BUDGET
        for gram in sorted(shape.grams & rarity.keys(), key=rarity.__getitem__):
            posting = postings[gram]
            if len(posting) > budget and read:  # the rarest gram is always looked up
                break
            read.append(posting)
            budget -= len(posting)
        hits = Counter(chain.from_iterable(read))
        titled = by_title.get(shape.key[0], ())
        candidates = {i for i, _ in hits.most_common(CANDIDATES)} | set(
            titled if len(titled) <= CANDIDATES else ()
        )
        for i in candidates:
            sim = old[i].similarity(shape)
            if sim >= threshold:
                rank = sim + (SECTION_BONUS if old[i].place == shape.place else 0.0)
                drift = abs(i / len(old) - j / len(new))  # among equals, keep the order of the plan
                scored.append((-rank, drift, j, i, sim))
    scored.sort()
    taken_new: set[int] = set()
    for _, _, j, i, sim in scored:
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((i, j, sim))
    return pairs


def _units(record: Record, canonical: Callable[[str], str]) -> set[str]:
    return {canonical(u) for u in record.unit_ids}


def _changes(
    a: Record, b: Record, words: tuple[tuple[str, str], tuple[str, str]], canonical: Callable[[str], str]
) -> tuple[Change, ...]:
    """What differs; `words` are the two records' normalised (title, text), as matching read them."""

    def units(names: Iterable[str]) -> set[str]:
        return {canonical(n) for n in names}

    (a_title, a_text), (b_title, b_text) = words
    differs = {
        Change.title: a_title != b_title,
        Change.text: a_text != b_text,
        Change.lead_units: units(a.lead_ids) != units(b.lead_ids),
        Change.support_units: units(a.support_ids) != units(b.support_ids),
        Change.responsible_units: units(a.responsible_ids) != units(b.responsible_ids),
        Change.lead_leaders: set(a.lead_leaders) != set(b.lead_leaders),
        Change.support_leaders: set(a.support_leaders) != set(b.support_leaders),
    }
    return tuple(c for c in Change if differs[c])


def _unit_deltas(
    before: Sequence[Record],
    after: Sequence[Record],
    partner_of_old: dict[int, int],
    partner_of_new: dict[int, int],
    canonical: Callable[[str], str],
) -> tuple[UnitDelta, ...]:
    """Per unit: new records it is responsible for that its old counterpart did not give it (or that
    have none), and old records it was responsible for that it no longer is."""
    old_units = [_units(r, canonical) for r in before]
    new_units = [_units(r, canonical) for r in after]
    gained: dict[str, list[Record]] = defaultdict(list)
    lost: dict[str, list[Record]] = defaultdict(list)
    for i, units in enumerate(old_units):
        for unit in units - (new_units[partner_of_old[i]] if i in partner_of_old else set()):
            lost[unit].append(before[i])
    for j, units in enumerate(new_units):
        for unit in units - (old_units[partner_of_new[j]] if j in partner_of_new else set()):
            gained[unit].append(after[j])
    order = dict.fromkeys(canonical(u) for r in (*before, *after) for u in r.unit_ids)
    return tuple(
        UnitDelta(unit=u, gained=tuple(gained[u]), lost=tuple(lost[u]))
        for u in order
        if u in gained or u in lost
    )
