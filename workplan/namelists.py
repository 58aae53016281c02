"""When a 、 stands inside one name: the rule the importer splits lists by and validation checks names by.

Notices write some groups of bodies as one name with a 、 inside: a list of level words (各县、市、区政府,
各县、区人民政府, 各县(市)、区人民政府, 各区、县级市),
a 各… list of kinds of place (各镇、街道), a list closed by a generic word (市直有关部门、单位), places
that share the kind of area named last (人民大垸、荒湖管理区: two 管理区). A lone
level word (区, cut at a page end) is no body. Defined once, so a name the importer writes always
validates, and one it would split never does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

OPEN = "(（[【〔［<〈"  # brackets in a name or around a clause; 各县<市、区>: a page that escaped its own
CLOSE = ")）]】〕］>〉"
LEVELS = "省市州县区乡镇旗"  # 州: an autonomous prefecture (州司法局, 各州、市人民政府)
GENERIC_BODIES = ("单位", "部门", "机构", "直属机构")  # never a body alone: a list's last words
CITY_LEVEL = "县级市"  # a level in three characters: a kind of place under a 各, and a level with its 政府
# 各镇、街道, 各区、县级市: kinds of place under one 各 (alone, each is a name: 配合单位:县级市)
PLACES = (
    "街道",
    "乡",
    "镇",
    "乡镇",
    "社区",
    "村",
    "园区",
    "功能区",
    "功能板块",
    CITY_LEVEL,
)  # (功能板块: a city's zones)
LEVEL = f"(?:{CITY_LEVEL}|[{LEVELS}])"
LEVEL_GOVERNMENT = re.compile(  # not 市直有关部门
    f"{LEVEL}(?:[(（][{LEVELS}、]{{1,7}}[)）])?(?:人民)?政府(?:[(（][^()（）]{{1,8}}[)）])?"
)
LEVEL_ALTERNATIVES = re.compile(
    f"[{LEVELS}][{re.escape(OPEN)}][{LEVELS}、]{{1,7}}[{re.escape(CLOSE)}]"
)  # 县〔区〕, 县(市): one level, as 县
EACH_LEVEL = re.compile(
    f"(?:各|各有关|各相关|有关|相关){LEVEL}(?:[(（][{LEVELS}、]{{1,7}}[)）])?"
)  # 各县 / 各县(市) / 各有关市, before 、区人民政府 / 、县(区)政府
# an area whose kind the places before it share (荒湖管理区), and a place named without a kind (人民大垸)
AREA = re.compile(r".{2,}管理[区區]")  # 开发区 after a place is a body of its own (各街道、经济开发区)
BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}")
KINDED = re.compile(r".*(?:[局委办辦室组組厅廳院所站队隊部会會心处處科股司行区區县縣市镇鎮乡鄉村街]|政府)")


def joined(parts: Iterable[str], base: Callable[[str], str] = str) -> list[str]:
    """The names a list's parts make (split at 、 outside brackets already); `base` strips a part's role
    word (各镇、街道配合 → 街道). A lone level word is dropped: it names no body. Each name is kept as
    its parts and joined once at the end (a list closed by ten thousand 单位 cost n² joined as it went)."""
    groups: list[list[str]] = []
    glue = False
    for part in parts:
        word = base(part)
        level = (len(part) == 1 and part in LEVELS) or LEVEL_ALTERNATIVES.fullmatch(word) is not None
        last = groups[-1] if groups else None
        short = last is not None and (len(last[0]) <= 3 or EACH_LEVEL.fullmatch(last[0]) is not None)
        place = word in PLACES and last is not None and last[0].startswith("各")
        alone = last[0] if last is not None and len(last) == 1 else ""
        if last is not None and EACH_LEVEL.fullmatch(alone) and LEVEL_GOVERNMENT.fullmatch(word):
            last.append(part)  # 各县、区人民政府: the levels share one body word
            continue
        shared = bool(alone) and AREA.fullmatch(word) is not None and bare(alone)
        if last is not None and (word in GENERIC_BODIES or shared or ((glue or level or place) and short)):
            last.append(part)
            glue = level
            continue
        glue = False
        if not level:
            groups.append([part])
    return ["、".join(group) for group in groups]


def bare(name: str) -> bool:
    """A place named without its kind (人民大垸), so the kind of the name after it is shared."""
    return BARE_PLACE.fullmatch(name) is not None and KINDED.fullmatch(name) is None and name[0] != "各"


def one_name(name: str, split: Callable[[str], list[str]]) -> bool:
    """Whether a name holding 、 outside its brackets reads back whole as one name (`split` splits at 、;
    区统计局、区 does not: its lone 区 is dropped)."""
    return joined(split(name)) == [name]
