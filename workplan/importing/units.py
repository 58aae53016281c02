"""Unit names checked against what the notice's own region is known to have: near misses, units seen
first here. A notice's names are facts and are kept as written; which registered body a name is (a short
form, a full name) is settled when documents are loaded, within their region (identity.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Document, Unit
from ..namelists import LEVELS

COLLECTIVES = ("各街道", "各镇", "各街镇", "相关成员单位", "各相关单位", "相关单位", "各成员单位")
MAX_COMPARED = 24  # names longer than this are not compared by edit distance (cost stays bounded)


class Registry:
    """The units the loaded documents of the notice's own region name: another district's registry
    says nothing about this notice's names (its 区商务局 is not a misspelt 区商务委)."""

    def __init__(self, known: Sequence[Document]) -> None:
        self.known = known
        self.scope("")

    def scope(self, region: str) -> None:
        """Check names against the documents of this region only; none when the region is not known."""
        self.names = {u.name for d in self.known if region and d.meta.region == region for u in d.units}
        self.forms = self.names | {
            a for d in self.known if region and d.meta.region == region for u in d.units for a in u.aliases
        }
        self.by_length: dict[int, list[str]] = {}
        for name in sorted(self.names):
            self.by_length.setdefault(len(name), []).append(name)
        self.near: dict[str, str | None] = {}

    def check(self, name: str) -> str | None:
        """A warning when the name is one edit from a registered unit of the region and not a form of any."""
        if name in self.forms or not self.names:
            return None
        if (guess := self.closest(name)) is not None:
            return f"未知单位 '{name}' (unknown unit); 是否指: {guess}?"
        return None

    def closest(self, name: str) -> str | None:
        """A known name one edit away, or two swapped characters away, or with 区 missing/added."""
        if name not in self.near:
            self.near[name] = self._closest(name)
        return self.near[name]

    def _closest(self, name: str) -> str | None:
        for variant in ("区" + name, name.removeprefix("区")):
            if variant != name and variant in self.names:
                return variant
        if len(name) > MAX_COMPARED:
            return None
        for length in (len(name), len(name) - 1, len(name) + 1):
            for other in self.by_length.get(length, []):
                if within_one_edit(name, other) and not another_level(name, other):
                    return other
        return None

    def entries(self, names: Iterable[str], region: str) -> list[dict[str, Any]]:
        """Registry entries in order of first mention, described from what the loaded documents know."""
        local = {u.name: u for d in self.known if region and d.meta.region == region for u in d.units}
        generic = {u.name: u for d in self.known for u in d.units}
        entries: dict[str, dict[str, Any]] = {}
        for name in names:
            if name not in entries:
                entries[name] = unit_entry(name, local.get(name), generic.get(name))
                for member in entries[name].get("members", []):
                    entries.setdefault(member, unit_entry(member, local.get(member), generic.get(member)))
        return list(entries.values())


def within_one_edit(a: str, b: str) -> bool:
    """One substitution, insertion or deletion, or two neighbours swapped (区商物委 / 区商务委)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def another_level(a: str, b: str) -> bool:
    """县财政局 / 区财政局: the same office of another government, not a typo."""
    return a[1:] == b[1:] and {a[:1], b[:1]} <= set(LEVELS)


def guess_kind(name: str) -> str:
    if name in COLLECTIVES or name.startswith("各"):
        return "collective"
    if name.endswith(("街道", "镇")):
        return "subdistrict"
    if name.endswith(("公司", "集团")):
        return "company"
    if name.endswith(("办", "组", "办公室", "小组")):
        return "office"
    return "department"


def unit_entry(name: str, local: Unit | None, generic: Unit | None) -> dict[str, Any]:
    """Full names, short forms and members are copied only from the same region: 区商务委 differs by
    district; only the kind of body a name says is taken from anywhere."""
    known = local or generic
    if known is None:
        return {"name": name, "kind": guess_kind(name)}
    entry: dict[str, Any] = {"name": name, "kind": known.kind}
    if local and local.full_name:
        entry |= {"full_name": local.full_name, "full_name_source": local.full_name_source}
    if local and local.aliases:
        entry["aliases"] = list(local.aliases)
    if local and local.members:
        entry["members"] = list(local.members)
    if local and local.note:
        entry["note"] = local.note
    return entry
