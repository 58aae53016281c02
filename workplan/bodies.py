"""Which registered body a typed unit name means: official names, level words and organ suffixes.

A clerk copies 上海市杨浦区教育局 from a letterhead or types 人社局; both mean one district body. 上海市民政局,
市发改委 and 杨浦区人民政府 name other bodies (the city's bureau, the city's commission, the government
itself) and must never be answered with 区民政局's, 区发展改革委's or 区政府办公室's records. So a typed name
is read against each body's region: the region's own prefix (上海市杨浦区, 杨浦区) and level word (区) may be
written or left out; a higher region's prefix (上海市) or another level word (市, 省, 县) names a body of that
level; and a name that ends in an organ word (局, 委, 政府) must end where the body's name does, so a
government never matches its office. What is left must be the body's name, a short form, a part of one,
or its characters in order (an abbreviation): every character of the query is accounted for.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import UsageError
from .matching import best_level, did_you_mean, find, find_abbrev, normalise, normalise_query, shorten

LEVEL_WORDS = "省市县区旗镇乡"
"""A body's level written as the first character of its short name (区商务委, 市发改委, 县教育局)."""

_PART = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|街道|省|市|盟|县|区|旗|镇|乡)")

ORGAN_ENDINGS = (
    "人民政府",
    "政府",
    "办公室",
    "委员会",
    "办事处",
    "局",
    "委",
    "办",
    "厅",
    "院",
    "街道",
    "镇",
    "乡",
    "小组",
    "中心",
    "公司",
    "集团",
)
"""Words that end a body's name: a query ending in one names a whole body, and must end where it does."""

CONTINUATIONS = {"委": ("员会",), "办": ("公室", "事处"), "街道": ("办事处",), "镇": ("人民政府", "政府")}
"""What may follow an organ word in a longer official form of the same body: 委 → 委员会, 街道 → 街道办事处."""


@functools.lru_cache(maxsize=1024)
def region_parts(region: str) -> tuple[str, ...]:
    """上海市杨浦区 → (上海市, 杨浦区): the places a region is made of, highest first."""
    parts = tuple(_PART.findall(normalise(region)))
    return parts if "".join(parts) == normalise(region) else ((normalise(region),) if region else ())


def level_word(region: str, name: str) -> str | None:
    """The character a body of this region writes for its level: its region's last suffix (杨浦区 → 区),
    or, where the region is not known, the first character of a name like 区科委."""
    parts = region_parts(region)
    if parts:
        last = parts[-1]
        return last[-1] if last[-1] in LEVEL_WORDS else None
    return name[0] if name and name[0] in LEVEL_WORDS and len(name) > 2 else None


@dataclass(frozen=True, slots=True)
class Body:
    """A registered body as the resolver reads it: its forms, and the stems left of them when the
    region's own prefix and level word are taken off."""

    key: str
    forms: tuple[str, ...]
    stems: tuple[str, ...]
    prefixes: tuple[str, ...]  # the region's own prefixes, longest first: 上海市杨浦区, 杨浦区, 杨浦, …
    places: frozenset[str]  # what names the region or a place in it, not a body: 杨浦区, 上海, 区
    higher: tuple[str, ...]  # the regions above it: 上海市
    level: str | None

    @classmethod
    def of(cls, key: str, aliases: Iterable[str], region: str) -> Body:
        forms = tuple(dict.fromkeys(normalise(f) for f in (key, *aliases)))
        parts = region_parts(region)
        prefixes = own_prefixes(parts)
        higher = tuple("".join(parts[: i + 1]) for i in range(len(parts) - 1))
        level = level_word(region, forms[0])
        places = frozenset({*prefixes, *higher, *map(bare, higher), *([level] if level else [])})
        stems = tuple(dict.fromkeys(stem(f, prefixes, level) for f in forms))
        return cls(key, forms, stems, prefixes, places, higher, level)

    def read(self, query: str) -> str | None:
        """The part of a typed name this body must account for; None when the name is not this body's
        to answer (see `refusal`)."""
        why, s = self.judged(query)
        return None if why else s

    def refusal(self, query: str) -> str | None:
        return self.judged(query)[0]

    def judged(self, query: str) -> tuple[str | None, str]:
        """(why the name cannot be this body, or None; the name's stem). It cannot when it names a place,
        a body of a higher region or another region (上海市民政局, 国家税务总局上海市税务局, 上海市虹口区教育局),
        or of another level (市发改委, where no stem of this body has a 市)."""
        q = plain_ending(query)
        s = stem(q, self.prefixes, self.level)
        return self._refusal(q, s), s

    def _refusal(self, q: str, s: str) -> str | None:
        if q in self.places or s in self.places:
            return "这是地名, 不是单位 (names a place, not a body)"
        for h in self.higher:
            for word, anywhere in ((h, True), (bare(h), False)):
                at = q.find(word) if anywhere else (0 if q.startswith(word) else -1)
                if at != -1 and not any(q.startswith(p, at) for p in self.prefixes):
                    after = _PART.match(q, at + len(word))
                    if after and len(after.group()) >= 3 and after.group()[-1] in "区县市旗":
                        return f"这是{word}{after.group()}的机关, 不是本地区的单位 (a body of another region)"
                    return (
                        f"这是{h}一级的机关, 不是已登记的单位 (a body of the {h} level, not a registered one)"
                    )
        if s and s[0] in LEVEL_WORDS and s[0] != self.level and not any(find(s, t) for t in self.stems):
            return (
                f"这是{s[0]}一级的机关, 不是已登记的单位 (a body of the {s[0]} level, not a registered one)"
            )
        return None


def bare(place: str) -> str:
    """杨浦区 → 杨浦, 上海市 → 上海: a place as people also write it; a one-character name keeps its suffix."""
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "街道"):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place[:-1] if len(place) >= 3 else place


@functools.lru_cache(maxsize=1024)
def own_prefixes(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every way a letterhead writes the region before a body's name, longest first: 上海市杨浦区, 上海杨浦区,
    杨浦区, 杨浦, …"""
    found: set[str] = set()
    for i in range(len(parts)):
        for choice in itertools.product(*((p, bare(p)) for p in parts[i:])):
            found.add("".join(choice))
    return tuple(sorted(found, key=len, reverse=True))


def stem(name: str, prefixes: tuple[str, ...], level: str | None) -> str:
    """The name without its region's own prefix and level word: 上海市杨浦区教育局 → 教育局."""
    for p in prefixes:
        if name.startswith(p) and len(name) > len(p):
            name = name[len(p) :]
            # 上海市杨浦区人民政府五角场街道办事处: the street office under the government
            if name.startswith("人民政府") and name.endswith(("街道", "镇", "乡")) and len(name) > 6:
                name = name[4:]
            break
    if level and name.startswith(level) and len(name) > 2:
        name = name[1:]
    return name


def plain_ending(name: str) -> str:
    """五角场街道办事处 → 五角场街道, 某镇人民政府 → 某镇: the seat of a street or town is the street or town."""
    for long, short in (
        ("街道办事处", "街道"),
        ("街道办", "街道"),
        ("镇人民政府", "镇"),
        ("乡人民政府", "乡"),
    ):
        if name.endswith(long) and len(name) > len(long):
            return name[: -len(long)] + short
    return name


def ends_whole(query: str, stem: str, end: int) -> bool:
    """A query that ends in an organ word (局, 政府) names a whole body: its match must end where the
    stem does, or where only a longer form of the same word follows (委 → 委员会)."""
    ending = next((w for w in ORGAN_ENDINGS if query.endswith(w)), None)
    if ending is None or end == len(stem):
        return True
    return stem[end:] in CONTINUATIONS.get(ending, ())


def _part_of(q: str, stem: str) -> bool:
    m = find(q, stem, exact_only=True)
    return m is not None and any(ends_whole(q, stem, e) for _, e in m.spans)


def _abbreviates(q: str, stem: str) -> bool:
    m = find_abbrev(q, stem)
    return m is not None and ends_whole(q, stem, m.spans[-1][1])


def resolve_unit(query: str, bodies: Mapping[str, Body]) -> str:
    """One body's key for a typed name. Levels, best first: a form as written, a form once the region's
    prefix and level word are read off, a unique part of one, a unique abbreviation. More than one
    candidate at the best level that has any is ambiguous; none is unknown, said with the reason when
    the name is of another level, and with the closest names suggested."""
    q = normalise_query(query)
    if not q:
        raise UsageError("单位名称为空 (empty unit name)")
    typed = shorten(query)
    read = {key: b.read(q) for key, b in bodies.items()}
    levels = (
        lambda b, r: b.forms[0] == q,
        lambda b, r: q in b.forms[1:],
        lambda b, r: r is not None and r in b.stems,
        lambda b, r: r is not None and any(_part_of(r, s) for s in b.stems),
        lambda b, r: r is not None and any(_abbreviates(r, s) for s in b.stems),
    )
    found = best_level(
        ([key for key, b in bodies.items() if level(b, read[key])] for level in levels), typed, "unit"
    )
    if found is not None:
        return found
    raise UsageError(f"未知单位 {typed!r} (unknown unit)", hints=_unknown_hints(q, bodies, read))


def _unknown_hints(q: str, bodies: Mapping[str, Body], read: Mapping[str, str | None]) -> list[str]:
    """Why nothing matched where the name is another level's, then the closest names."""
    hints = []
    if any(r is not None and r.endswith("政府") for r in read.values()):
        hints.append("这是政府本身, 不是它的办公室 (names a government itself, not one of its offices)")
    refusals = [why for b in bodies.values() if (why := b.refusal(q))]
    if refusals and len(refusals) == len(bodies):  # no body could take it: say why, as most bodies see it
        hints.append(collections.Counter(refusals).most_common(1)[0][0])
    return hints + did_you_mean(q, {key: b.forms for key, b in bodies.items()})
