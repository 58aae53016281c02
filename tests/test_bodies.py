"""Typed unit names: official forms resolve to their body, other levels and governments never do."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan.bodies import Body, plain_ending, region_parts, resolve_unit
from workplan.corpus import Corpus
from workplan.errors import UsageError
from workplan.matching import normalise, normalise_query


def test_region_parts() -> None:
    assert region_parts("上海市杨浦区") == ("上海市", "杨浦区")
    assert region_parts("浙江省杭州市西湖区") == ("浙江省", "杭州市", "西湖区")
    assert region_parts("广西壮族自治区南宁市") == ("广西壮族自治区", "南宁市")
    assert region_parts("") == ()


def official_forms(corpus: Corpus, key: str) -> list[str]:
    """What a clerk copies from a letterhead: the region's prefixes before the name as the plan writes it."""
    unit = corpus.units[key]
    stem = key[1:] if key.startswith("区") else key
    forms = [f"杨浦区{stem}", f"上海市杨浦区{stem}", *unit.aliases]
    if unit.kind == "subdistrict":
        forms += [f"{key}办事处", f"杨浦区{key}办事处", f"上海市杨浦区{key}"]
    return forms


def test_every_registered_unit_resolves_by_every_official_form(corpus: Corpus) -> None:
    failed = {}
    for key, unit in corpus.units.items():
        if unit.kind == "collective":
            continue
        for form in [key, *official_forms(corpus, key)]:
            try:
                got = corpus.resolve_unit(form)
            except UsageError as e:
                got = e.message
            if got != key:
                failed[form] = got
    assert failed == {}


@pytest.mark.parametrize(
    "query",
    [
        "上海市民政局",
        "市民政局",
        "市发改委",
        "上海市发展和改革委员会",
        "上海市卫生健康委员会",
        "市卫健委",
        "上海市教育委员会",
        "上海市公安局",
        "上海市商务委员会",
        "市商务委",
        "上海市人民政府",
        "市政府",
        "杨浦区人民政府",
        "上海市杨浦区人民政府",
        "区政府",
        "区人民政府",
        "县教育局",
        "省商务厅",
        "杨浦区",  # places, not bodies
        "上海市杨浦区",
        "杨浦",
        "上海",
        "区",
        "杨浦区区",
        "国家税务总局上海市税务局",  # the city's tax bureau, though 区税务局's official name contains it
        "国家税务总局上海市",
        "领导小组",  # the group itself, not its office
        "区疫情防控工作领导小组",
        "上海市虹口区教育局",  # another district's
        "杨浦区市教育局",
    ],
)
def test_another_level_or_a_government_never_resolves_to_a_district_unit(corpus: Corpus, query: str) -> None:
    with pytest.raises(UsageError, match="unknown unit"):
        corpus.resolve_unit(query)


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("五角场街道办", "五角场街道"),
        ("上海市杨浦区人民政府五角场街道办事处", "五角场街道"),
        ("杨浦教育局", "区教育局"),
        ("上海杨浦区教育局", "区教育局"),
        ("上海市杨浦教育局", "区教育局"),
        ("区人民政府办公室", "区政府办公室"),
        ("杨浦科创集团", "科创集团"),
    ],
)
def test_letterhead_variants_resolve(corpus: Corpus, query: str, key: str) -> None:
    assert corpus.resolve_unit(query) == key


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("杨浦区", "这是地名"),
        ("上海市虹口区教育局", "这是上海市虹口区的机关"),
        ("杨浦区县教育局", "这是县一级的机关"),
        ("国家税务总局上海市税务局", "这是上海市一级的机关"),
    ],
)
def test_each_refusal_names_its_reason(corpus: Corpus, query: str, why: str) -> None:
    with pytest.raises(UsageError) as info:
        corpus.resolve_unit(query)
    assert info.value.hints[0].startswith(why)


def test_the_refusal_says_why() -> None:
    bodies = {"区民政局": Body.of("区民政局", ["民政局"], "上海市杨浦区")}
    with pytest.raises(UsageError) as info:
        resolve_unit("上海市民政局", bodies)
    assert "上海市一级" in info.value.hints[0]
    with pytest.raises(UsageError) as info:
        resolve_unit("杨浦区人民政府", {"区政府办公室": Body.of("区政府办公室", [], "上海市杨浦区")})
    assert "政府本身" in info.value.hints[0]


def test_a_stem_that_has_the_level_character_is_not_read_as_a_level() -> None:
    bodies = {
        "区市场监管局": Body.of("区市场监管局", ["市场监管局"], "上海市杨浦区"),
        "区绿化市容局": Body.of("区绿化市容局", [], "上海市杨浦区"),
    }
    assert resolve_unit("市场监管局", bodies) == "区市场监管局"
    assert resolve_unit("市容局", bodies) == "区绿化市容局"
    assert resolve_unit("杨浦区市场监管局", bodies) == "区市场监管局"


def test_each_region_reads_its_own_level() -> None:
    """A county's bodies take 县 and their county's prefix; a city's take 市; neither takes the other's."""
    bodies = {
        "县教育局": Body.of("县教育局", [], "浙江省安吉县"),
        "市商务局": Body.of("市商务局", [], "江苏省苏州市"),
        "区教育局": Body.of("区教育局", [], "上海市杨浦区"),
    }
    assert resolve_unit("安吉县教育局", bodies) == "县教育局"
    assert resolve_unit("浙江省安吉县教育局", bodies) == "县教育局"
    assert resolve_unit("苏州市商务局", bodies) == "市商务局"
    assert resolve_unit("商务局", bodies) == "市商务局"
    assert resolve_unit("杨浦区教育局", bodies) == "区教育局"
    for query in ("区商务局", "浙江省教育厅", "江苏省商务局", "县商务局"):
        with pytest.raises(UsageError, match="unknown unit"):
            resolve_unit(query, bodies)
    with pytest.raises(UsageError, match="ambiguous"):
        resolve_unit("教育局", bodies)


def test_a_region_not_known_takes_the_level_its_name_writes() -> None:
    bodies = {"区科委": Body.of("区科委", [], "")}
    assert resolve_unit("科委", bodies) == "区科委"
    with pytest.raises(UsageError, match="unknown unit"):
        resolve_unit("市科委", bodies)


def test_the_installed_command_refuses_another_levels_body_with_exit_2() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "workplan", "by-unit", "上海市民政局"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "上海市一级" in run.stderr


# --- every character accounted for --------------------------------------------------------------

ALPHABET = "区市县上海杨浦商务委员会局教育政府办公室人民街道五角场事处社保"
REGIONS = ["上海市杨浦区", "浙江省安吉县", "江苏省苏州市", ""]
names = st.text(alphabet=ALPHABET, min_size=2, max_size=8)


@given(
    registry=st.dictionaries(
        names, st.tuples(st.lists(names, max_size=2), st.sampled_from(REGIONS)), min_size=1, max_size=5
    ),
    query=st.text(alphabet=ALPHABET, min_size=1, max_size=10),
)
def test_a_resolved_body_accounts_for_every_character_of_the_query(
    registry: dict[str, tuple[list[str], str]], query: str
) -> None:
    bodies = {key: Body.of(key, aliases, region) for key, (aliases, region) in registry.items()}
    try:
        key = resolve_unit(query, bodies)
    except UsageError:
        return
    body = bodies[key]
    q = normalise_query(query)
    if q in body.forms:
        return
    written = body.read(q)
    assert written is not None
    stripped = plain_ending(q)
    assert written in stripped, "the resolver only reads a prefix and a level word off the query"
    before = stripped[: stripped.index(written)]
    assert before in {"", *(p for p in body.prefixes), *(p + (body.level or "") for p in body.prefixes)} | {
        body.level or ""
    }
    assert any(_in_order(written, s) for s in body.stems), "the rest is the body's own characters, in order"


def _in_order(query: str, stem: str) -> bool:
    it = iter(stem)
    return all(c in it for c in query)


def test_the_property_sees_a_resolver_that_invents() -> None:
    """The check above is not empty: a name with a foreign level word is refused, not accounted for."""
    body = Body.of("区发展改革委", ["发改委"], "上海市杨浦区")
    assert body.read(normalise("市发改委")) is None
    assert body.read(normalise("区发改委")) == "发改委"


def test_a_body_the_text_only_mentions_is_found_as_mentioned_and_not_counted(corpus: Corpus) -> None:
    """G2 says 配合区委组织部: 区委组织部 is no unit of the plan, but a clerk asking for it gets G2 as 提及."""
    hits = corpus.by_unit("中共上海市杨浦区委员会组织部")
    assert [(h.record.id, h.role.value) for h in hits] == [("G2", "mentioned")]
    assert corpus.units["区委组织部"].mentioned_only
    with pytest.raises(UsageError, match="unknown unit"):
        corpus.resolve_unit("区委")  # the party committee itself, not its department
