"""Which written names are the same unit: one identity across documents, scoped by region.

A Q3 notice may write 区发改委 where the Q2 registry says 区发展改革委 (with 区发改委 as a short form), and a
Hongkou notice's 区政府办公室 is not Yangpu's. Every registry entry's name, short forms and full name are
forms of one unit within its region; entries of the same region that share a form are merged. The first
name seen wins, and reference registries (the curated one) are read first, so a registered name is the
canonical one. A canonical name that two regions share is shown with its region: 区政府办公室(上海市虹口区).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .bodies import level_word, own_prefixes, region_parts, stem
from .matching import normalise
from .model import Document, Unit


@dataclass(slots=True)
class _Entry:
    name: str
    region: str
    unit: Unit
    forms: set[str]


class Identity:
    """Maps (region, written name) to a unit key, and holds the merged registry entry of every key."""

    def __init__(self, documents: Sequence[Document], reference: Sequence[Document] = ()) -> None:
        # a registry repeated in many files (each quarter's plan of one district) adds nothing after its
        # first reading, since merging a unit into itself changes nothing: read each registry once
        documents, reference = distinct(documents), distinct(reference)
        entries: list[_Entry] = []
        by_form: dict[tuple[str, str], _Entry] = {}
        used: set[int] = set()  # entries named by a loaded document, as opposed to reference ones only
        seen = [
            (is_loaded, d.meta.region, unit, forms, generic_forms(forms, d.meta.region))
            for is_loaded, docs in ((False, reference), (True, documents))
            for d in docs
            for unit in d.units
            if (forms := {normalise(f) for f in unit_forms(unit)})
        ]
        rules = language_rules(generic for *_, generic in seen)
        for is_loaded, region, unit, forms, generic in seen:
            # a registry's entry reads its own forms through the rules; an imported name reads as written
            forms |= {s for g in generic or forms if g in rules for s in rules[g]}
            found = [by_form[(region, f)] for f in forms if (region, f) in by_form]
            entry = found[0] if found else None
            if entry is None:
                entry = _Entry(unit.name, region, unit, set())
                entries.append(entry)
            else:
                entry.unit = merged(entry.unit, unit)
                for other in found[1:]:
                    if other is not entry:  # two entries that this unit shows to be one
                        entry.unit = merged(entry.unit, other.unit)
                        forms |= other.forms
                        for f in other.forms:
                            by_form[(region, f)] = entry
                        entries.remove(other)
                        if id(other) in used:
                            used.add(id(entry))
            entry.forms |= forms
            for f in forms:
                by_form[(region, f)] = entry
            if is_loaded:
                used.add(id(entry))
        regions_of: dict[str, set[str]] = {}
        for e in entries:
            regions_of.setdefault(e.name, set()).add(e.region)
        self._key = {id(e): self._display(e, regions_of) for e in entries}
        self._by_form = {k: self._key[id(e)] for k, e in by_form.items()}
        self.units: dict[str, Unit] = {}
        self.regions: dict[str, str] = {}
        for e in entries:
            if id(e) in used:
                key = self._key[id(e)]
                aliases = [f for f in dict.fromkeys(unit_forms(e.unit)) if f != key]
                self.units[key] = replace(e.unit, name=key, aliases=aliases)
                self.regions[key] = e.region
        for key, unit in self.units.items():
            if unit.members:
                region = self.regions[key]
                self.units[key] = replace(unit, members=[self.key(region, m) for m in unit.members])

    @property
    def forms(self) -> dict[tuple[str, str], str]:
        """(region, normalised form) → unit key: everything `key` answers from."""
        return self._by_form

    @staticmethod
    def _display(e: _Entry, regions_of: dict[str, set[str]]) -> str:
        """The name as written; qualified by its region only where two regions' bodies read the same,
        and never with empty brackets: a document whose region is not known says so."""
        if len(regions_of[e.name]) == 1:
            return e.name
        return f"{e.name}({e.region or UNKNOWN_REGION})"

    def key(self, region: str, written: str) -> str:
        """The unit key of a name as a document of that region writes it (itself when unregistered)."""
        return self._by_form.get((region, normalise(written)), written)

    def keys(self, region: str, written: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.key(region, w) for w in written))


UNKNOWN_REGION = "地区不详"


def registry(document: Document) -> str:
    """All that `Identity` reads of a document: its region and its units, as one comparable text."""
    return repr((document.meta.region, document.units))


def distinct(documents: Sequence[Document]) -> list[Document]:
    """The documents with a registry not seen before, in order."""
    seen: set[str] = set()
    return [d for d in documents if (r := registry(d)) not in seen and not seen.add(r)]  # type: ignore[func-returns-value]


def generic_forms(forms: set[str], region: str) -> set[str]:
    """A unit's (normalised) forms as any government of its level writes them: its level word and what
    follows its region's name (上海市杨浦区发展和改革委员会, 区发改委 → 区发展和改革委员会, 区发改委)."""
    if len(forms) < 2:  # one form: nothing a rule could say, and the usual case for an imported unit
        return set()
    level = level_word(region, min(forms, key=len))
    if level is None:
        return set()
    prefixes = own_prefixes(region_parts(region))
    return {level + stem(f, prefixes, level) for f in forms}


def language_rules(generic: Iterable[set[str]]) -> dict[str, set[str]]:
    """Short forms that are rules of the language, not of one district: where a registry says 区发改委 is
    区发展改革委, so it is for every 区; the forms of one level only, so no 县 body takes a 区 form, and
    applied within each region, so no two regions' bodies become one."""
    rules: dict[str, set[str]] = {}
    for same in generic:
        if len(same) > 1:
            for g in same:
                rules.setdefault(g, set()).update(same)
    return rules


def unit_forms(unit: Unit) -> list[str]:
    """Every way a registry entry says the unit is written."""
    return [unit.name, *unit.aliases, *([unit.full_name] if unit.full_name else [])]


def merged(a: Unit, b: Unit) -> Unit:
    """One registry entry from two of the same unit: the first one's facts, both ones' short forms."""
    aliases = list(dict.fromkeys([*a.aliases, *([b.name] if b.name != a.name else []), *b.aliases]))
    return replace(
        a,
        aliases=[x for x in aliases if x != a.name],
        full_name=a.full_name or b.full_name,
        full_name_source=a.full_name_source or b.full_name_source,
        members=a.members or b.members,
        note=a.note or b.note,
    )
