"""The responsibility grammar: who leads, who supports, and which leaders answer for an item.

Notices write it in many ways: `(责任单位:X牵头,Y配合)` at the end, in mid-item, on its own lines
(`牵头单位:X` / `配合单位:Y` / `分管领导:Z`), in square or 【】 brackets, with or without a prefix, in
traditional characters. Everything here is a single left-to-right pass (no backtracking pattern), so a
hostile run of spaces or brackets costs linear time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..matching import to_simplified
from ..model import UNIT_TAG
from ..namelists import CLOSE, LEVELS, OPEN, joined

ROLE_SUFFIXES = (  # longest first; (suffix, role, by division); "responsible": by division, never lead
    *(
        (f"为{label}", "lead", False)
        for label in ("牵头单位", "牵头部门", "主责单位", "主责部门", "责任主体")
    ),
    *((f"为{label}", "support", False) for label in ("配合单位", "配合部门", "协办单位", "参与单位")),
    *((f"配合做好{w}工作", "support", False) for w in ("相关", "有关")),  # 各街道配合做好有关工作
    # 各乡镇负责具体实施: the lead's deed after 负责, no part of its name (各乡镇负责 had been one)
    *((f"负责{w}", "lead", False) for w in ("具体实施", "具体落实", "抓好落实", "组织落实")),
    # (各街镇负责具体落实，区城管执法局负责指导: it guides those who do it — 区城管执法局负责 had been one name)
    ("负责指导", "support", False),
    ("分别牵头落实", "lead", True),
    ("分别牵头负责", "lead", True),
    ("分别负责", "responsible", True),  # each its share: no lead written (分别牵头 writes one)
    ("牵头负责落实", "lead", False),
    ("负责组织实施", "lead", False),
    ("按职责分工负责", "responsible", True),
    ("按职责分工牵头", "lead", True),
    ("按职能分工负责", "responsible", True),
    ("按职责负责", "responsible", True),
    ("按分工牵头", "lead", True),
    ("按分工负责", "responsible", True),
    ("分工负责", "responsible", True),
    ("分工落实", "responsible", True),
    ("配合落实", "support", False),  # 各街道配合落实: they support (落实 alone would lead)
    ("配合推进", "support", False),
    ("配合实施", "support", False),
    ("配合组织实施", "support", False),
    ("组织配合", "support", False),  # 市民政局按职责组织配合
    ("做好配合", "support", False),
    ("积极配合", "support", False),
    ("协助配合", "support", False),
    ("协助落实", "support", False),
    ("协同推进", "support", False),
    ("共同牵头", "lead", False),
    ("牵头落实", "lead", False),
    ("分别牵头", "lead", True),
    ("负责落实", "lead", False),
    # 团区委负责实施，各街镇配合: what the lead does, after its role word (the piece had been read as the task)
    *((f"{role}{deed}", "lead", False) for role in ("负责", "牵头") for deed in ("实施", "推进", "统筹")),
    ("具体负责", "lead", False),  # X牵头,Y具体负责: those who carry it out (see `settle`)
    ("具体落实", "lead", False),
    ("具体组织实施", "lead", False),
    ("抓落实", "lead", False),  # 各区县抓落实
    ("抓好落实", "lead", False),  # X牵头，各乡镇抓好落实 (抓好 had stayed in the name)
    ("具体实施", "lead", False),  # X牵头，各乡镇具体实施: as 具体落实 (see `settle`)
    ("组织落实", "lead", False),  # X会同Y组织落实: X leads, Y works with it
    ("组织推进", "lead", False),
    ("组织实施", "lead", False),
    ("共同落实", "lead", False),
    ("牵头负责", "lead", False),
    ("总牵头", "lead", False),  # 省农委总牵头
    ("牵头抓总", "lead", False),
    ("负总责", "lead", False),  # 区发改委负总责
    ("牵头", "lead", False),
    ("负责", "lead", False),
    ("落实", "lead", False),  # 办公室牵头,各科室落实
    ("主责", "lead", False),
    ("主办", "lead", False),  # X主办, Y协办
    ("承办", "lead", False),  # 由X承办,Y配合
    ("配合", "support", False),
    ("协办", "support", False),
    ("协助", "support", False),
    ("协同", "support", False),
    ("协作", "support", False),  # A牵头,B协作
    ("参与", "support", False),
    ("参加", "support", False),
    ("指导", "support", False),  # 区卫健委指导: it guides those who do it
)
ROLES = {suffix: (role, by_division) for suffix, role, by_division in ROLE_SUFFIXES}
LEAD_PREFIXES = (
    "牵头单位",
    "牵头部门",
    "主责单位",
    "主责部门",
    "牵头",
    "牵头责任单位",
    "牵头协调部门",
    "主要责任单位",
    "牵头处室",
    "牵头科室",
    "牵头股室",
    "牵头负责单位",
)
# role labels that are bare verbs or name no kind of body (支持:, 落实:, 成员:): they name bodies only over
# bodies' names (`loose_label`) — the ones that carry the work out, support it, or say no role
LOOSE_MAIN = ("主责", "主管", "归口", "执行", "主体", "主体责任", "实施", "负责", "承办")
LOOSE_SUPPORT = (
    "配合",
    "协办",
    "协同",
    "参与",
    "协作",
    "业务指导",
    "指导",
    "督导",
    "支持",
    "协调",
    "参加",
    "会同",
    "联合",
)
LOOSE_ANY = ("责任方", "承担", "落实", "共同负责", "包保", "属地", "涉及", "成员", "专班", "工作专班")
LOOSE_LABELS = frozenset((*LOOSE_MAIN, *LOOSE_SUPPORT, *LOOSE_ANY))
MAIN_PREFIXES = (  # the lead, unless a 牵头单位 is named: then they carry it out
    *("主办单位", "主办部门", "实施主体", "责任主体单位", "项目业主", "业主单位", "责任企业", "运营主体"),
    *("具体负责", "具体承办", "具体实施", "承担主体", "承担单位"),  # (承担主体：区发改委: pass 115)
    *LOOSE_MAIN,
)
LEADER_LABELS = (
    "组长",
    "召集人",
    "指挥长",
    "总指挥",
    "牵头人",
    "总负责",
    "挂帅",
)  # 组长:王伟副区长 — a person
INCLUDING = ("包括", "包含")
# a post as a label (分管副区长:王伟, 区长:李明; not 片区长, 联系同志)
POST_LABEL = re.compile(  # …and with a body before it (区政府分管副区长, 镇党委书记, 支部书记), or 第一书记
    r"(?:[\u4e00-\u9fff]{0,6}?(?:政府|党委|党工委|党组|支部|委))?(?:第一|分管|主管|联系)?(?:常务)?副?"
    r"(?:(?:省|市|区|县|州|旗|乡|镇|局|厅)长|秘书长|书记|常委)"
)
SUPPORT_LEADER_LABELS = ("副组长", "副召集人", "副指挥长", "副总指挥")
SUPPORT_PREFIXES = (
    "配合单位",
    "配合部门",
    "协办单位",
    "协同单位",
    "参与单位",
    "协作单位",
    "协同责任单位",
    "主要协作单位",
    "协同配合单位",
    "参加单位",
    "配合处室",
    "配合科室",
    "配合股室",
    "其他责任单位",
    "指导单位",
    "协助",  # 湖长:某某 协助:省水利厅 — the bodies that assist a river or lake chief
    *LOOSE_SUPPORT,
)
COUNTERPART_WORDS = ("对口部门", "对口单位", "对应部门")
LEADER_TITLES = (  # 由张某副市长负责: a person, not a body
    "副市长",
    "市长",
    "副区长",
    "区长",
    "副县长",
    "县长",
    "副省长",
    "省长",
    "秘书长",
    "副秘书长",
    "副主任",
    "书记",
    "副书记",
    "同志",
)
# labels that name the bodies responsible: beside a written support they are the leads (not 涉及单位, 成员)
RESPONSIBLE_LABELS = (
    "责任单位",
    "责任部门",
    "责任科室",
    "责任处室",
    "责任股室",
    "责任机构",
    "实施单位",
    "落实单位",
    "承办单位",
)
GENERIC_PREFIXES = (  # a department's own plan names its 科室/处室/股室 as a city's names its bureaus
    *RESPONSIBLE_LABELS,
    "部门分工",
    "任务分工",  # 任务分工:X副省长负责,Y总牵头 (明确分工:各单位要… is prose)
    "责任分工",
    "工作分工",
    "分工",
    "责任主体",
    *LOOSE_ANY,  # 工作专班:区城投集团、区财政局 — the bodies of a task force, roles not written
)
# 牵头单位: … as a line's label
LABEL_WORDS = LEAD_PREFIXES + MAIN_PREFIXES + SUPPORT_PREFIXES + GENERIC_PREFIXES
NAME_SEPARATORS = "、,， "
# 区委宣传部/区文明办, 区科委(区知识产权局)/区市场监管局, 区发改委/6月底前: parted (not 2021/6/30)
BETWEEN_NAMES = re.compile(r"(?<=[\u4e00-\u9fff)）])\s*[/／]\s*(?=[\u4e00-\u9fff0-9])")
GROUP_SEPARATORS = ";；。"
CONVENTIONS = (  # a clause's own note on how to read it (列第一位的为牵头部门, 下同): not a name
    "下同",
    "列出",  # 不逐一列出, 不再一一列出, 不再重复列出
    "以下均",  # 以下均需各乡镇落实属地管理责任
    "两个以上",  # 责任单位两个以上的,列第一者为牵头单位
    "不再做分工",
    "不再分工",
    "列第一位",
    "排第一",
    "排名第一",
    "排名首位",  # 一项任务涉及多个部门的,原则上由排名首位的部门牵头负责
    "排在首位",
    "涉及多个部门",
    "明确牵头部门的",
    "以下任务",
)
# labels of an item's words that follow its units after a comma (牵头单位:X,工作要求:每月报送进度)
NOTE_LABEL = re.compile(
    r"(?:工作要求|具体要求|工作目标|具体目标|工作措施|具体措施|进度安排|工作标准|要求|备注|其中|说明)[:：]"
)
# the body a list names first (首位单位, 第一个部门, 排在第一位的单位; not 首钢集团)
FIRST_BODY = r"(?:第一|首)(?:位|个|家)?的?(?:责任)?(?:单位|部门)"
# …牵头 closing the rule (由第一个部门牵头, 其他部门配合), not a task's words (由第一个部门牵头召集会议)
RULE_END = r"牵头(?:负责|落实|组织实施|组织|推进|抓总)?(?=$|[,，。;；)）]|其他|其余)"
FIRST_RULE = (
    rf"(?:排|列|由)[^,，。;；]{{0,4}}{FIRST_BODY}[^,，。;；]{{0,4}}{RULE_END}"  # 由排在第一位的单位牵头
)
FIRST_NAMED = re.compile(  # 首位单位为牵头单位 (市发改委为牵头单位 is a clause); 以下政策措施均需X落实 (a
    # standing note, see notice.STANDING; not 以下单位均参与:X、Y, which lists names); 由第一个部门牵头
    r"(?:第一|首)[^,，。;；]{0,10}为牵头|以下[^,，。;；均:：]{0,6}均(?:需|由|要)"
    rf"|{FIRST_RULE}"
)


def names_before(group: str) -> bool:
    """What stands before a convention is names (市发改委、市财政局等负责; 市教育局,市委农办), not a
    sentence of the note (具体任务均涉及相关市(州)人民政府,不再做分工): a role word ends it, or every
    piece is as short as a body's name."""
    if role_suffix(group.rstrip(",， ")) is not None:
        return True
    return all(len(p) <= NOTE_NAME for p in split_top(group, NAME_SEPARATORS) if p.strip(",， "))


NOTE_NAME = 14  # characters: longer than a body's name, a piece before a convention is its sentence


def convention(text: str) -> bool:
    """Words that say how to read the clause (列第一位者為牽頭單位, 下同), in either script."""
    simple = to_simplified(text)
    return any(w in simple for w in CONVENTIONS) or FIRST_NAMED.search(simple) is not None


def aside_apart(aside: str, clause: Clause) -> str:
    """What of a bracketed aside stays among a clause's names: a convention (列第一位者为牵头单位) none,
    read by the notice; a time (区财政局(2023年12月底前)) none either, but the item's text keeps it — a
    unit cell's date is no part of the unit's name, and no words are lost."""
    if convention(aside):
        return ""
    words = aside[1:-1].strip()
    partners = (
        [n for n in names_of(words[2:]) if looks_like_body(n)]
        if PARTNERING.match(to_simplified(words))
        else []
    )
    if partners:  # 区财政局（会同区审计局）配合: whom it works with helps too
        clause.support += [n for n in partners if n not in clause.support]
        return ""
    if when_piece(words) or remark(words):
        clause.kept.append(words)
        return ""
    return aside


def remark(words: str) -> bool:
    """Words in brackets after a name that say something of it (按职责分工, 含区国资委, 会同区审计局), not what
    it is (its other name 区商务委, an option 镇 or 单位, its members): no part of the name, the item's text."""
    simple = to_simplified(words)
    return simple.startswith(REMARK_OPENERS) and len(simple) > 2  # (（协同）: a role alone)


ASIDE_OPENERS = ("含", "即", "包括", "涉及", "如", "例如", "其中", "指", "不含", "除", "主要是")  # (含高新区)
REMARK_OPENERS = (
    *ASIDE_OPENERS,
    "按",
    "依",
    "根据",
    "会同",
    "协同",
    "联合",
)  # (（配合）, （协助区长…）: roles)
ASIDE = re.compile(r"[(（][^()（）]*[)）]")  # a bracketed aside: 市税务局(列第一位者为牵头单位,下同)
FIRMS = ("企业", "国企")
UNIT_ENDS = (
    "专班",  # (区土方工作专班: a working group set up for one task)
    *FIRMS,  # (区属国企, 相关企业: a body when its owner is named, see is_body)
    "委",
    "局",
    "办",
    "室",
    "组",
    "街道",
    "镇",
    "乡",
    "公司",
    "集团",
    "中心",
    "院",
    "会",
    "部",
    "厅",
    "处",
    "科",  # 计划科: a bureau's section
    "股",  # 特种设备股: a county bureau's section
    "所",
    "单位",
    "部门",
    "政府",
    "队",
    "社",
    "校",
    "大学",
    "电视台",
    "馆",
    "站",
    "行",
    "团",
    "司",  # 大气司, 综合司: a ministry's departments
    "联",  # 市社科联, 县妇联: a people's organisation; named with its level (万物互联 is no body)
    "协",  # 市科协, 市作协, 市政协
    "园区",
    "产业园",
    "分局",
    "支队",
    "开发区",  # 荆州开发区, 经济技术开发区: zones run by a 管委会 and named as units
    "高新区",
    "经开区",
    "新区",
    "示范区",
    "试验区",
    "合作区",
)
VAGUE = ("各有关", "有关", "相关", "各相关")


@dataclass
class Clause:
    """A parsed responsibility; `undetermined` are units named without any role word."""

    raw: str = ""
    written: str = ""
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    undetermined: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    support_leaders: list[str] = field(default_factory=list)
    counterparts: list[str] = field(default_factory=list)
    by_division: list[str] = field(default_factory=list)  # 按职责分工负责, until `settle` gives a role
    charged: list[str] = field(default_factory=list)  # A、B负责, until `settle` gives a role
    lead_by_division: bool = False
    lead_inferred: bool = False
    listed_leads: bool = False  # the leads are a 责任单位 list beside a written support (a page may rule
    # that only the first of such a list leads)
    kept: list[str] = field(default_factory=list)  # its words that name no one (组长:统筹协调全区工作,
    # 2024年底前完成): the item's text, never lost

    def units(self) -> list[str]:
        """The units it names, in any role."""
        return self.lead + self.support + self.undetermined

    def empty(self) -> bool:
        return not (
            self.lead
            or self.support
            or self.undetermined
            or self.leaders
            or self.support_leaders
            or self.counterparts
        )

    def merge(self, other: Clause) -> None:
        """Another clause of the same item added to this one (each name once, in order); many clauses
        are joined at once by `merged`."""
        both = merged([self, other])
        assert both is not None
        self.__dict__.update(both.__dict__)


def merged(clauses: list[Clause]) -> Clause | None:
    """The clauses of one item as one, built once: merging them one by one re-reads every name each
    time (an item of 16,000 bracket groups took 24 s)."""
    if len(clauses) <= 1:
        return clauses[0] if clauses else None
    out = Clause(written=";".join(c.written for c in clauses))
    out.raw = out.written
    for name in ("lead", "support", "undetermined", "leaders", "support_leaders", "counterparts"):
        setattr(out, name, list(dict.fromkeys(n for c in clauses for n in getattr(c, name))))
    roled = {*out.lead, *out.support}  # (责任单位：A、B;A负责统筹: A leads, no longer a name of no role)
    out.undetermined = [n for n in out.undetermined if n not in roled]
    out.lead_by_division = any(c.lead_by_division for c in clauses)
    out.lead_inferred = any(c.lead_inferred for c in clauses)
    out.listed_leads = any(c.listed_leads for c in clauses)
    out.kept = [piece for c in clauses for piece in c.kept]
    return out


def bracket_groups(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the outermost bracket groups, any bracket kind, nesting respected; one pass."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, c in enumerate(text):
        if c in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif c in CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def split_top(text: str, separators: str) -> list[str]:
    """Split at separators that are not inside brackets: 各街道(园区、社区) stays one name; inside a bracket
    that never closes, the separators split as any others."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for c in text:
        if c in OPEN:
            depth += 1
        elif c in CLOSE and depth:
            depth -= 1
        if c in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    parts.append("".join(current))
    if depth:  # a bracket never closed (cut at a page end): it holds no list, split at every separator
        parts = "".join(c if c not in separators else "\0" for c in text).split("\0")
    return [p.strip(" 。.") for p in parts if p.strip(" 。.")]


ALTERNATIVE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")  # (单位): another name for the same
# 区商务委（由区口岸办具体负责）: who does what, no part of the name — not a role alone, （负责）
DUTY_ASIDE = re.compile(r"[(（](?!(?:具体)?负责[)）])(?:由|[^()（）]*负责)[^()（）]*[)）]")
ROLE_DUTY = re.compile(  # （负责牵头）, （牵头单位）: （牵头）; （牵头，负责统筹）: （牵头）, its duty the item's text
    r"([(（])(?:负责)?(牵头|配合|协办|参与)(?:负责|单位|部门)?(?:[，,、；;]([^()（）]*))?([)）])"
)
LEAD_DUTY = re.compile(r"([(（])(?:总|主要)负责([)）])")  # （总负责）: （牵头）
NOT_BY = ("不", "不再", "而非", "并非")  # 不由X负责: X is not charged with the work
WORDS_WITH_由 = ("自", "缘", "来", "经")  # 自由, 缘由, 来由, 经由: 由 inside a word (管理由区X负责 is not)
BY_WHOM = re.compile("(?:将|拟|仍|均|统一|分别|主要)?由")  # 由X负责, 将由X牵头: the words before a body
OWNED = (*LEVELS, "各")  # a body's name opens with its level (区…, 市…) or 各


BODY_WORDS = "(?:单位|部门|科室|处室|股室|机构)"
RESPONSIBLE_BODIES = re.compile(  # a label naming bodies that carry the work, and more of them
    "(?:责任|实施|成员|涉及|参与)[\u4e00-\u9fff]{0,3}(?:科室|单位|部门|镇街|处室|股室)(?:及?职责)?"
    "(?:名单|清单)?|[\u4e00-\u9fff]{0,2}(?:镇街|街镇|乡镇)"  # 试点镇街:城关镇、新华街道 — the towns it is done in
)
DUTIES_LABEL = re.compile("职责")  # 成员单位(及)职责: bodies over what each does — the duties are text
NO_WORK_BODIES = {  # whom to call, send to or answer to: no one doing the work (联系帮扶单位, 考核评估单位 do)
    f"{word}{body}"
    for word in ("联系", "报送", "抄送", "主送", "督办", "咨询")
    for body in ("单位", "部门", "机构")
}
NO_WORK_LABEL = re.compile("来源|地址|电话|邮箱|联系|解读|发布|抄送|主送|报送|督办|考核|监督|审核|责任人")
BODIES_HELP = re.compile("[\u4e00-\u9fff]{0,4}(?:单位|部门)[均都]?(?:配合|参与|协办|协助|协同)")
LEAD_LABEL = re.compile(f"(?:共同)?牵头[\u4e00-\u9fff]{{0,4}}{BODY_WORDS}")  # 牵头督查单位, 共同牵头单位
SUPPORT_LABEL = re.compile(f"(?:配合|协办|协同|协助|参与)[\u4e00-\u9fff]{{0,4}}{BODY_WORDS}")  # 协助实施单位


# a label naming bodies and their people (责任单位及责任人, 配合单位和联系人, 责任科室及人员)
AND_PEOPLE = re.compile(
    r"(.{2,8}?)[及和与、/／]其?(?:主要)?(?:负责人|责任人|联系人|人员|负责同志|(?:责任|分管|主要)?领导(?:同志)?)"
)
BODY_ROLES = ("lead", "support", "any", "main")


def prefix_role(head: str) -> tuple[str, int] | None:
    """The role a `牵头单位:` / `分管领导:` style prefix names, and where its colon is; looks at 14 characters."""
    simple = to_simplified(head[:14])
    colon = next((i for i, c in enumerate(simple) if c in ":："), -1)
    if colon < 0 and (said := LABEL_IS.match(simple)):  # 牵头单位为市发改委: as 牵头单位:市发改委
        colon = said.end() - 1
    if colon < 1 or colon > 10:
        return None
    key = ALTERNATIVE.sub("", simple[:colon]).strip(" []【】")  # 牵头科室(单位): the same prefix
    if not key or not all("\u4e00" <= c <= "\u9fff" for c in key):
        return None  # 设。(责任单位: is text that runs into a clause, not a prefix
    if key.endswith(INCLUDING) and len(key) > 2 and (found := prefix_role(key[:-2] + ":")) is not None:
        return found[0], colon  # 配合单位包括:X — the role the label before 包括 names
    if (
        (pair := AND_PEOPLE.fullmatch(key))
        and (found := prefix_role(pair[1] + ":"))
        and found[0] in BODY_ROLES
    ):
        return found[0], colon  # 配合单位及责任人:X — the bodies' role; the people among them `people_apart`
    if key.endswith(("领导", "责任人")):  # 牵头责任人 / 具体责任人: people, as leaders are
        return ("support_leader" if key.startswith(("配合", "协助")) else "leader"), colon
    if CHIEF.fullmatch(key):  # 河长:某某 / 副河长:某某 — a river or lake chief's roster names people
        return ("support_leader" if key.startswith("副") else "leader"), colon
    if leader_label(key):
        # 组长:王伟副区长, 执行组长, 副组长:李明, 分管副区长:王伟 — people, as a leader's label names them
        deputy = key in SUPPORT_LEADER_LABELS or key.startswith(("副", "常务副"))
        return ("support_leader" if deputy and not is_post_label(key) else "leader"), colon
    if key.endswith(COUNTERPART_WORDS) or (
        len(key) > 2 and key[0] in LEVELS and key[1:].lstrip("级") in LEAD_PREFIXES + SUPPORT_PREFIXES
    ):
        return "counterpart", colon  # 省牵头单位 / 市级对口部门: the other level's body, not this item's
    if key in MAIN_PREFIXES:
        return "main", colon
    if key in LEAD_PREFIXES or LEAD_LABEL.fullmatch(key):
        return "lead", colon
    if key in SUPPORT_PREFIXES or SUPPORT_LABEL.fullmatch(key):
        return "support", colon
    if key in GENERIC_PREFIXES or (
        key.endswith(("单位", "部门", "机构")) and key not in PAGE_LABELS and key not in NO_WORK_BODIES
    ):  # (联系单位:, 报送单位:, 督办单位: whom to call, send to, or answer to — no one doing the work;
        return "any", colon  # 政策解读责任单位 does its work)
    if RESPONSIBLE_BODIES.fullmatch(key) and not NO_WORK_LABEL.search(key):
        return "any", colon  # 责任科室及人员, 成员单位及职责, 责任镇街: bodies, their role not written
    if BODIES_HELP.fullmatch(key):
        return "support", colon  # 以下单位均参与:, 以下部门均配合: the bodies that help
    return None


# a page's own labels, not a task's: who published it (政策解读责任单位 in a 政务公开 plan is a task's)
PAGE_LABELS = (
    "政策解读单位",
    "解读单位",
    "解读部门",
    "解读机构",
    "发布单位",
    "发布部门",
    "发布机构",
    "信息来源单位",
    "来源单位",
    "发文单位",
    "成文单位",
    "印发单位",
)


LABEL_IS = re.compile("(?:牵头|主责|配合|协办|参与|责任)(?:单位|部门)为")


def role_label(segment: str) -> tuple[str, str, str] | None:
    """(role, label, words) of a segment that opens with a role's label (牵头单位:X → lead, 牵头单位, X): the
    label as written before its colon, in simplified characters; None when it has none."""
    found = prefix_role(segment)
    if found is None:
        return None
    role, colon = found
    return role, to_simplified(segment[:colon]), segment[colon + 1 :].strip()


LABEL_EDGES = " []【】(（"  # around a label: set apart, not part of it


def prefix_of(segment: str) -> tuple[str, str] | None:
    """(role, rest) for `牵头单位:…`, `分管领导:…` and the like; None when the segment has no such prefix."""
    found = prefix_role(segment)
    return None if found is None else (found[0], segment[found[1] + 1 :].strip())


def ending(text: str) -> str:
    """The role word of ROLE_SUFFIXES that `text` ends with (the longest, as the list is ordered), or ""."""
    # (the role words that end as the text does, longest first: one look, not one per role word)
    return next((s for s in ROLE_LAST.get(text[-1:], ()) if text.endswith(s)), "")


ROLE_LAST = {  # each role word's last character → the role words that end with it, in their order
    last: tuple(s for s, _, _ in ROLE_SUFFIXES if s[-1] == last)
    for last in {s[-1] for s, _, _ in ROLE_SUFFIXES}
}


def role_suffix(name: str) -> tuple[str, str, bool] | None:
    """(name without the role word, role, by division) for 区发改委牵头 / 各街道配合 / X按分工负责."""
    simple = to_simplified(name)
    if simple[-1:] in CLOSE and (start := max(simple.rfind(c) for c in OPEN)) > 0:
        simple = simple[:start] + simple[start + 1 : -1]  # 区发改委(牵头) reads as 区发改委牵头
        name = name[:start] + name[start + 1 : -1]
    work = next(
        (
            w
            for w in DUTY_OBJECTS
            if simple.endswith(w)
            and len(simple) - len(w) > len(suffix := ending(simple[: -len(w)])) > 0
            and ROLES[suffix][1]  # (按职责负责相关工作; 牵头负责相关工作 is read as it was)
        ),
        "",
    )
    if work:  # 市工商局、市公安局按职责负责相关工作: what they do, after the role word (set 80)
        name, simple = name[: -len(work)], simple[: -len(work)]
    suffix = ending(simple)
    if not suffix:
        return None
    role, by_division = ROLES[suffix]
    name, simple = name[: len(name) - len(suffix)].strip(), simple[: len(simple) - len(suffix)].strip()
    if adverb := adverb_after_body(simple):  # 各区政府均需配合: how they do it is no part of the name
        name, simple = name[: len(name) - len(adverb)].strip(), simple[: len(simple) - len(adverb)].strip()
    manner = next((m for m in DIVISION if simple.endswith(m)), "") if simple.endswith(DIVISION) else ""
    if manner:  # 乡镇人民政府按职责分工分别负责: the manner is no part of the name
        name = name[: len(name) - len(manner)].strip()
        by_division = True  # (各部门按职责分工牵头负责 leads; X按职责组织落实 is charged with its share)
        role = "responsible" if suffix.endswith(CHARGED) and "牵头" not in suffix else role
    return name, role, by_division


DUTY_OBJECTS = ("相关工作", "有关工作", "此项工作", "该项工作", "具体工作")
ADVERBS = (  # 各区政府均需配合, 市教委分别负责落实, 各部门要切实负责
    *(
        w + a
        for a in ("切实", "认真", "积极", "主动", "全力", "密切", "协同", "通力", "紧密", "统筹", "共同")
        for w in ("要", "应", "需", "")
    ),
    *("均需", "均要", "均应", "分别", "要", "需", "应", "均", "具体", "主要"),
    *("结合实际", "结合各自实际", "结合本地实际", "结合工作实际", "因地制宜"),  # 各区有关部门结合实际落实
)
DIVISION = (
    "按照职责分工",
    "按职责分工",
    "按职能分工",
    "按照各自职责",
    "按各自职责",
    "按照职责",
    "按职责",
    "按照职能",
    "按职能",  # 区财政局按职能分工落实: 分工落实 the role word, 按职能 its manner
    "按分工",
)


LONGEST_ADVERBS = sorted(ADVERBS, key=len, reverse=True)  # (主要 before 要: sorted once, not per piece)


def adverb_after_body(words: str) -> str:
    """The word of how a body does its duty that ends `words` after the body's name (各区政府均需, 区房管局主要;
    the longest), or "": no part of the name."""
    if not words.endswith(ADVERBS):  # (one C call rules out most names)
        return ""
    return next((a for a in LONGEST_ADVERBS if words.endswith(a) and looks_like_body(words[: -len(a)])), "")


def parse_units(text: str, default: str, clause: Clause, labelled: bool = False) -> None:
    """A list of names with role words after them: `A、B按分工牵头,C配合` / `A牵头、B配合` / `A、B`;
    `由张某副市长负责` names a leader; `A、B等负责` names several responsible units, roles not written.
    Where the list joins names with 、, a comma closes a group for a supporting role: `C配合` in
    `A、B等有关部门,C配合` is C's alone (A and B have no role written); a leading one reaches back over
    it (`由A、B,C负责落实`), as a group that is only a role word does (`A、B等,分别牵头`)."""
    pending: list[str] = []
    loose: list[str] = []  # names of closed groups that had no role word
    clause.kept += [m[3] for m in ROLE_DUTY.finditer(text) if m[3] and m[3] != "负责"]
    text = LEAD_DUTY.sub(r"\1牵头\2", ROLE_DUTY.sub(r"\1\2\4", text))
    clause.kept += [aside[1:-1] for aside in DUTY_ASIDE.findall(text)]  # 区商务委（由区口岸办具体负责）: a
    text = DUTY_ASIDE.sub("", text)  # note on who does what, no part of the name (pass 121)
    named = names_part(text)
    if rest := text[len(named) :].strip():  # (区文旅局 2024年10月: the words after the names are text, a
        words, when = rest.rsplit(None, 1) if " " in rest else ("", rest)  # time at their end apart)
        clause.kept += [words, when] if words and when_piece(when) else [rest]
    text = named
    # (牵头单位:X,Y配合: under a lead's label a comma closes X's group too — 配合 is no lead's role)
    # (责任单位:A,B配合: under a label, a comma before the last group's 配合 closes A's group; pass 117)
    groups = split_top(text, ",，")
    helped = (  # (unlabelled, 农业局,财政局配合 stays a list of two who help)
        labelled
        and default == "any"
        and any((found := role_suffix(g)) is not None and found[1] == "support" for g in groups[1:])
    )
    for group in groups if "、" in text or default == "lead" or helped else [text]:
        group = with_partners(group, clause) if labelled else group
        for part in (piece for whole in names_of(group) for piece in run_together(whole)):
            # 由区市政办牵头会同区建管委、公安分局: those it works with; 同时区交警支队牵头: a connective
            if to_simplified(part[:2]) in ("会同", "同时", "另外", "此外", "并且") and looks_like_body(
                ASIDE.sub("", without_role(part[2:])) or part[2:]
            ):  # (會同區經委（區商務委）: its other name aside)
                part = part[2:]
            placed = part.startswith("由由")  # 由由镇人民政府: a place's name, no 由-clause (pass 121)
            if not placed and (by := BY_WHOM.match(part)) and len(part) - by.end() >= 2:  # 由公安部门负责
                part = part[by.end() :]  # (将由…牵头)
            elif not placed and "由" in part[1:]:  # 历史风貌区的规划管理由区规划资源局负责: what, then whom
                what, _, whom = part.rpartition("由")  # (set 83)
                if (  # (项目审批由区长负责: a leader, whom too)
                    (
                        looks_like_body(without_role(whom))
                        or to_simplified(without_role(whom)).endswith(LEADER_TITLES)
                    )
                    and not looks_like_body(what)
                    and not what.endswith(WORDS_WITH_由)  # (自由贸易试验区管委会: one name, pass 120)
                ):
                    if what.endswith(NOT_BY):  # (该项工作不由区发改委负责，改由…: the body it is not)
                        clause.kept.append(part)
                        continue
                    part = whom
            found = role_suffix(part)
            if found is None:
                pending.append(part)
                continue
            name, role, by_division = found
            if name:
                pending.append(name)
            if (role != "support" or not name) and default != "lead":  # A、B,C负责落实: 负责 and 牵头 reach
                pending, loose = loose + pending, []  # back over the comma; 配合 is the last group's alone
                # (A、B等,C配合); under a lead's label (牵头单位:X,Y负责) the names before keep the label's role
            pending = assign(pending, role, by_division, part, clause)
        loose += pending
        pending = []
    if not loose:
        return
    if default in ("lead", "support", "counterparts"):
        getattr(clause, default).extend(canonical(p) for p in loose)
    elif clause.lead:  # [牵头单位:X;责任单位:Y]: the lead is named, the others share the work
        clause.support.extend(canonical(p) for p in loose)
    elif len(loose) == 1 and not (clause.undetermined or clause.charged or clause.by_division):
        clause.lead.append(canonical(loose[0]))  # (A,B配合: the one named beside who helps leads)
    else:
        clause.undetermined += [canonical(p) for p in loose]


def with_partners(group: str, clause: Clause) -> str:
    """A labelled list that holds whom its first body works with (牵头单位：区商务委会同区经委、区财政局): the
    first body's name (with the role word closing the list), those after 会同 helping (a sentence's X会同Y、Z负责
    is read by its list, see `parse_units`; 联合 and 协同 open names too: 区政府联合督查组, 区残疾人联合会)."""
    pair = WORKS_WITH.fullmatch(to_simplified(group))
    if pair is None or not looks_like_body(group[: pair.end(1)]):
        return group
    partners = [without_deed(n) for n in names_of(group[pair.start(2) + 2 :])]
    if not partners or not all(partner_named(without_role(n)) for n in partners):
        return group  # (区政府联合督查组, 区市场监管局联合执法大队: one name)
    role = partners[-1][len(without_role(partners[-1])) :]  # (…、区财政局负责: the role is the first body's)
    named = [canonical(without_role(n)) for n in partners]
    clause.support += [n for n in named if n not in clause.support]
    return group[: pair.end(1)] + role


PARTNERING = re.compile("会同|联合|协同")  # words that say whom a body works with
WORKS_WITH = re.compile(f"(.{{2,20}}?)({PARTNERING.pattern})(.{{2,200}})")


def partner_named(name: str) -> bool:
    """A partner's name after 会同/联合/协同: a body's with its level (区文旅局) or ending as a department's
    does (财政局, 南江区税务局, 上海城投集团) — not the rest of one name (督查组, 执法大队, 指挥中心)."""
    simple = to_simplified(name)
    return looks_like_body(name) and (
        simple.startswith(NAMED_OPENERS) or simple.endswith((*STRONG_ENDS, "公司", "集团"))
    )


def without_deed(name: str) -> str:
    """A name without the deed after it (区体育局主办全民健身运动会 → 区体育局)."""
    simple = to_simplified(name)
    for found in DEED_IN_NAME.finditer(simple, 3):
        if looks_like_body(name[: found.start()]) and simple[: found.start()].endswith(DEED_DOERS):
            return name[: found.start()]
    return name


def run_together(part: str) -> list[str]:
    """A clause's pieces written with no mark between them (县司法局牵头各行政机关负责): parted after each
    role word that closes a body's name and is followed by another; one piece otherwise."""
    for m in INNER_ROLE.finditer(part):
        before, after = part[: m.start()], part[m.end() :]
        if looks_like_body(before) and looks_like_body(without_role(after)):
            return [part[: m.end()], *run_together(after)]
    return [part]


INNER_ROLE = re.compile("(?:牵头|配合|协办|负责)(?=.)")


def assign(pending: list[str], role: str, by_division: bool, part: str, clause: Clause) -> list[str]:
    """Give the names read so far the role written after the last of them; [] once given. `X会同Y负责`:
    X has the role, Y works with X (support)."""
    at = next((k for k, p in enumerate(pending) if JOINTLY.search(p[1:-1])), None)
    if at is not None:  # 会同 and every name after it: they work with the lead (or share the role)
        head, partner = JOINTLY.split(pending[at], 1)
        if role == "lead":
            clause.support += [canonical(p) for p in (partner, *pending[at + 1 :])]
            pending = [*pending[:at], head]
        else:
            pending = [*pending[:at], head, partner, *pending[at + 1 :]]
    at = next((k for k, p in enumerate(pending) if ASSISTING.search(p[1:-1])), None)
    if at is not None and role == "lead":  # A、B协同C负责: C has the role, A and B assist it
        head, partner = ASSISTING.split(pending[at], 1)
        clause.support += [canonical(p) for p in (*pending[:at], head)]
        pending = [partner, *pending[at + 1 :]]
    people = [  # (分管副省長: a post in traditional script is a post too)
        p.removeprefix("由") for p in pending if to_simplified(p.removeprefix("由")).endswith(LEADER_TITLES)
    ]
    if people:
        clause.leaders += people
        pending = [p for p in pending if p.removeprefix("由") not in people]
    if not pending:
        return []
    if role == "responsible":  # 按职责分工负责: settled once the whole clause is read (`settle`)
        clause.by_division += [canonical(p) for p in pending]
    elif role == "lead" and charged(to_simplified(part)) and not by_division:
        clause.charged += [canonical(p) for p in pending]  # A、B等负责: its role is settled (`settle`)
    else:
        getattr(clause, role).extend(canonical(p) for p in pending)
        clause.lead_by_division = clause.lead_by_division or (by_division and role == "lead")
    return []


JOINTLY = re.compile("[会會]同")  # the names stay as written, traditional too
ASSISTING = re.compile("[协協]同")  # X协同Y负责: the other way round, Y has the role
# A、B负责 / 具体落实 / 共同组织实施: settled by what else the clause names (`settle`)
CHARGED = ("负责", "落实", "实施")


def role_word(part: str) -> str:
    """The role word a piece ends with (牵头, 具体落实, 区发改委(负责) → 负责), or ""."""
    return ending(to_simplified(part).rstrip(CLOSE).replace("(", "").replace("（", ""))


def charged(part: str) -> bool:
    """Units charged with the work (负责, 具体落实) whose role the clause settles; 牵头负责落实 and
    牵头组织实施 lead."""
    word = role_word(part)
    simple = to_simplified(part).rstrip(CLOSE)
    return word.endswith(CHARGED) and "牵头" not in simple[-len(word) - 2 :]


BY_ROSTER = re.compile(r"按.{0,24}分工\s*[(（]([^()（）]+)[)）]")


def people_of(text: str) -> list[str]:
    """Leaders as written: split at 、,， and at spaces between names, but 王 健 (a two-character name
    spaced out to line up with three-character ones) is one person; a post written apart after a name
    (郑某 省委书记, 王某 省委副书记、省长) is no person, while a title fused to a name (王宏副市长) stays."""
    if roster := BY_ROSTER.search(text):  # 按《市委工作要点》分工(蒋永根、俞福才): the people in brackets
        text = roster.group(1)
    people: list[str] = []
    posted = False  # a post written apart after a name: then the posts are no people (各区区长 alone is)
    for part in split_top(text, "、,，/／"):  # (王五副区长/李四副区长: two)
        if (labelled := NAME_LABEL.match(part.strip())) and is_post(labelled.group(1)):
            part = labelled.group(2)  # 副区长:李明 — the post as a label, the person after it
        tokens = part.split()
        posted = posted or any(is_post(t) and not is_post(before) for before, t in itertools.pairwise(tokens))
        if SPACED_PAIRS.fullmatch(part.strip()):  # 陆 明俞 悦: two spaced names a cell ran together
            people += [m.group() for m in SPACED_PAIR.finditer(part)]
        else:
            people += spaced_people(part) or [part]
    return [p for p in people if not is_post(p)] if posted else people


def spaced_people(part: str) -> list[str] | None:
    """Names one space apart, a two-character one spaced out to line up (沈 昱 祝振伟 → 沈 昱, 祝振伟):
    two single characters side by side are one name, as written; None where a character is left alone."""
    words = list(re.finditer(r"\S+", part))
    if is_post("".join(w.group() for w in words if len(w.group()) == 1)):
        return None  # 王伟 区 长, 区 委 书 记: a post spaced out, no name
    people: list[str] = []
    k = 0
    while k < len(words):
        if len(words[k].group()) >= 2:
            people.append(words[k].group())
            k += 1
        elif k + 1 < len(words) and len(words[k + 1].group()) == 1:
            if is_post(words[k].group() + words[k + 1].group()):
                return None  # (王 伟 市 长: a name and its post, both spaced out)
            people.append(part[words[k].start() : words[k + 1].end()])
            k += 2
        else:
            return None
    return people


def is_post(word: str) -> bool:
    """A post, not a person: 省委书记, 省政府副省长, 合肥市委书记, 省长 — what stands before the title is
    a body (…委, …政府, a level) or nothing; 王宏副市长 is a person with a title."""
    m = POST.fullmatch(to_simplified(word))
    return m is not None and (not m.group(1) or m.group(1).endswith(POST_BODIES))


POST = re.compile(
    r"(.*?)(?:常务)?副?(?:书记|省长|市长|县长|区长|州长|主任|局长|厅长|部长|常委|委员|主席|秘书长|院长|镇长|乡长)"
)
POST_BODIES = ("委", "政府", "省", "市", "县", "区", "州", "厅", "局", "部", "人大", "政协", "党组")
# 河长制 and its kin: the chief of a river, a lake, a forest, a road (副河长 a deputy, 总河长 the head)
CHIEF = re.compile(r"副?总?[河湖林路田山湾库街巷段]长")


SPACED_PAIR = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
SPACED_PAIRS = re.compile(r"(?:[\u4e00-\u9fff] [\u4e00-\u9fff]){2,}")


def names_of(text: str) -> list[str]:
    """The names of a list: split at 、,， outside brackets, groups written as one name kept whole
    (namelists.joined: 各县、市、区政府, 市直有关部门、单位), and 等 after the last name dropped."""
    text = SPACED_NAME.sub(lambda m: m[1] + m[2] if spaced_name(m[1], m[2]) else m[0], names_part(text))
    text = BETWEEN_NAMES.sub("、", text)
    parts = (p for whole in split_top(text, NAME_SEPARATORS) for p in split_and(whole))
    names = joined(parts, without_role)
    # a deadline in the list (6月底完成) is no body, nor is one character (各科室、局 — the page cut it):
    # the raw clause keeps them
    names = [n.rstrip(STRAY) for n in names]  # 执法局&& : a page's left-over markup, no part of a name
    return [
        strip_etc(without_duty(unlabelled_name(n)))
        for n in names
        if not DATE_PART.search(simple := to_simplified(n))
        and len(n.strip()) > 1
        and HANZI.search(n)  # (12, 31: a date's figures are no name)
        and not NOT_A_NAME.match(simple)
        and not timing(simple)
    ]


STRAY = "&*#@~^_`|\\/!?.;:'\"+=-"


HANZI = re.compile("[\u4e00-\u9fff]")
# a deadline in a list of names (6月底, 6/30前完成, 2021-6-30, 2021.6.30): figures no body's name holds
DATE_PART = re.compile(  # not 1.5个, PM2.5
    r"\d{1,2}月|\d[/\-]\d|\d{4}\.\d{1,2}\.\d|\d{1,2}\.\d{1,2}(?:日|前|底|以前|之前|完成)"
)
# a clause's timing, the whole of a piece (十月底前, 2022年上半年, 春节期间, 按季度, 持续推进, 年底前基本完成):
# no unit, though a body's name may hold its words (区青年中心, 区防汛防台指挥部汛期办公室)
TIMING = re.compile(
    r"(?:[0-9０-９.\-/~～—–－至到一二三四五六七八九十〇零两]|今年|本年|明年|当年|全年|每年|逐年|常年性|常年|岁末|年初|年中|年末|年底"
    r"|年终|年内|年度|季度|季|半年|年|月份|本月|月|[上中下]旬|旬|周|日|号|期间|近期|汛期|暑期|寒假|春节|国庆|元旦|中秋|端午"
    r"|节假日|节|开学|入冬|秋冬季|梅雨季节|十四五|[上下]半|第|每|按|长期|持续|逐步|不断|常态化|分步|底|末|初|前|后|内|以前|之前"
    r"|以内|及时)+(?:基本|全面)?(?:完成|办结|推进|坚持|实施|开展|落实|推开|建成|到位|见效|竣工|投用)?"
)


def when_piece(piece: str) -> bool:
    """A piece of a clause that says when, in words (2024年底前, 持续推进) or in figures alone (2024.12,
    2024-12-31): no name, the item's text (or its deadline)."""
    return timing(piece.strip()) or FIGURED_DATE.fullmatch(piece.strip()) is not None


FIGURED_DATE = re.compile(r"[0-9０-９]{4}[.\-/－][0-9０-９]{1,2}(?:[.\-/－][0-9０-９]{1,2})?")  # 2024.12


def timing(text: str) -> bool:
    """Whether a piece of a clause says when (三季度完成, 春节前, 持续推进; not 10), alone or before what is
    to be done by then (年底前完成改造, 全年完成100个): no unit's name either way."""
    simple = as_time(text)
    if HANZI.search(simple) is None or (found := TIMING.match(simple)) is None:
        return False
    if not WHEN.search(found.group()):
        return False  # 前滩投资集团, 内蒙古自治区驻沪办: a name that opens with 前 or 内 says no time
    return found.end() == len(simple) or DEADLINE_END.search(found.group()) is not None


def as_time(text: str) -> str:
    """A time's words, simplified, the word that says it is due then taken off (于2024年底前, 须在6月底前)."""
    return DUE_WORD.sub("", to_simplified(text), count=1)


DUE_WORD = re.compile("^(?:须|需|应|要)?[于在]")
DEADLINE_END = re.compile("(?:完成|办结|前|底|末|内)$")  # a timing's end before the deed it is due for
WHEN = re.compile(  # the word of a timing that names a time, not only how it stands to one (前, 内, 后)
    "[0-9０-９一二三四五六七八九十〇零两年月日号季周旬节期春暑寒冬汛]|今|明|本|当|国庆|元旦|中秋|端午|开学|长期|持续|逐步|不断|常态|分步|及时|近期"
)


NOT_A_NAME = re.compile(  # 责任时限:2024 年底前 (a deadline's label); 以下统称各县(区)政府 (a name given the list)
    r"[\u4e00-\u9fff]{0,4}(?:时限|期限|时间|节点)(?:要求|安排)?\s*[:：]|(?:以下|下文|下)?(?:统称|简称|合称)"
)


SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,3})\s+([\u4e00-\u9fff]{1,10})")


def spaced_name(left: str, right: str) -> bool:
    """区发 改委: one name a space fell into (a no-break or ideographic space, a page's line break), not
    two: the left is a piece too short for a name, the right opens no name of its own (its level), and
    the two together are a body's name (推进改革 区发改委牵头 is a task and its clause)."""
    return (
        len(left) <= SPACED_PIECE
        and not right.startswith(OWNED)
        and not looks_like_body(left)
        and looks_like_body(without_role(left + right))
    )


SPACED_PIECE = 3  # characters: the part of a name before a space that fell into it (区发)


def unlabelled_name(name: str) -> str:
    """市级:市发改委 → 市发改委: a short label before a name (a level, a post) is no part of it."""
    found = NAME_LABEL.match(name)
    return found.group(2) if found and LEVEL_LABEL.fullmatch(found.group(1)) else name


NAME_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4})[:：](.+)")  # (数据来源:区统计局 is a note: the level's
LEVEL_LABEL = re.compile(f"[{LEVELS}]级")  # label alone is cut off a unit's name)


def without_duty(name: str) -> str:
    """区财政局:负责资金保障, 区财政局(负责资金保障) → 区财政局; 区财政局负责资金保障 → 区财政局负责: a
    unit's share of the work written after its name is no part of the name (the raw clause keeps it);
    run on, its 负责 says the role as 区财政局负责 does (beside a lead: support). X负责落实 is a role."""
    if (head := HEAD_POST.search(name)) and looks_like_body(name[: head.start()]):
        return name[: head.start()]  # 区人社局负责人: the body its head answers for
    found = DUTY.search(name)
    if found is None or role_suffix(name) is not None:
        return name
    before = name[: found.start()]
    adverb = adverb_after_body(before)
    if not looks_like_body(before[: len(before) - len(adverb)]):  # (区房管局主要负责…: 主要 is how; pass 123)
        return name
    set_apart = found.group()[0] in ":：(（"  # (区财政局(负责资金): an aside, the label's role stands)
    return before[: len(before) - len(adverb)] + ("" if set_apart else "负责")


def helpers_without_task(words: str) -> str:
    """Words of a clause whose pieces after a role's piece keep only their names (县农业农村局牵头，县财政局做好
    资金保障 → …，县财政局: what a helper does is none of its name); the first piece as it is (区城管执法局联合
    区市场监管局开展… is read by who helps whom, not cut into one name)."""
    first, comma, after = words.partition("，") if "，" in words else words.partition(",")
    if not comma or not has_role_word(first) or PARTNERING.search(to_simplified(after)):
        return words  # (…，会同市经委、市财政局开展…: who works with whom is read apart, whole)
    return first + comma + LIST_ENTRY.sub(lambda m: without_task(m[0]), after)


def deed_after_body(name: str) -> bool:
    """Whether a name is a body and what it does (区商务委举办跨境电商博览会, 区就业促进中心每月举办一次招聘会, 各街镇
    建设一批…): a verb after words that name a body whole, a time between them (每月) aside; a verb inside a
    name (区建设管理委, 区城市建设投资公司) follows no body's name."""
    simple = to_simplified(name)
    for found in DEED_IN_NAME.finditer(simple, 3):
        before = TIME_BEFORE_DEED.sub("", simple[: found.start()])
        if before.startswith(NAMED_OPENERS) and before.endswith(DEED_DOERS) and looks_like_body(before):
            # (区人力资源和社会保障局: 社会 ends as no body does; 区交通委建设管理中心, 县住建局建设工程质量监督站:
            # an office under a body, named for its work — unless a count says a task: 建设一批…中心)
            return not simple.endswith(SUB_OFFICES) or QUANTITY_WORD.search(simple, found.end()) is not None
    return False


def without_task(name: str) -> str:
    """各镇(园区)落实属地管理责任 → 各镇(园区): what a body does, written after it under a label (no role
    word), is no part of its name; a name that is a body's as it stands (市发改委推进办) is kept."""
    simple = to_simplified(strip_etc(name))
    bare = UNIT_TAG.sub("", simple)  # (区人力资源社会保障局（区医保局）: the name before its other name)
    if bare.endswith((*UNIT_ENDS, *OFFICE_ENDS)) or role_suffix(name) is not None:
        return name  # (区域教育中心建设专班: an office named for its work)
    for found in TASK_AFTER.finditer(simple):
        before = name[: found.start()]
        manner = next((m for m in DIVISION if to_simplified(before).endswith(m)), "")
        if found.end() + 2 <= len(simple) and looks_like_body(before[: len(before) - len(manner)]):
            return before[: len(before) - len(manner)]  # (区文旅局按职责分工做好相关工作: 区文旅局)
    return name


DUTY = re.compile(
    r"[:：(（]负责[^)）]|负责(?!(?:同志|人|人员)$)[^)）]"
)  # (负责人才引进: a duty; 负责人: a post)
HEAD_POST = re.compile(r"(?:主要)?负责(?:同志|人|人员)$")  # 区人社局(主要)负责人/负责同志/负责人员: its head


def names_part(text: str) -> str:
    """The list up to a space after which no body (or village, school…) is named (`…,各区政府 鄞州 海曙 合计
    新辟线路 2 5 1`: a table the page ran into the label's value; `区教育局 新建小学`: a task); the rest is
    the item's text (parse_units)."""
    if " " not in text:
        return text
    words = text.split(" ")
    for k, word in enumerate(words[1:], start=1):
        first = split_top(word, "、,，")[:1]
        named = (
            bool(first)
            and not to_simplified(first[0]).startswith(OPENERS)  # (新建医院: a task)
            and (looks_like_body(first[0]) or (a_body(first[0]) and short_place(first[0])))
        )
        if word and not (named or (first and role_suffix(first[0]) is not None)):
            return " ".join(words[:k])
    return text


def short_place(name: str) -> bool:
    """A village's, community's or school's name as lists write it after a space: short (东关村, 东关小学) or
    opening with its level (区实验小学); a longer one is a task's words (命名示范社区, 增设公办幼儿园)."""
    return len(name) <= SHORT_PLACE or to_simplified(name).startswith(OWNED)


SHORT_PLACE = 4  # characters


def split_and(name: str) -> list[str]:
    """州委编办及州直相关单位 → two bodies, where each side of 及 (or of 和) is a body, and 区财政局等区政府有关部门
    (等 before a group named with its level: 等有关部门 is no body, see `strip_etc`); so are names a pasted table
    cell ran together, 区发改局区统计局 → 区发改局、区统计局 (see `split_glued`); otherwise the name whole."""
    # 、等区政府有关部门, 、等成员单位: a stray 、 before 等; 等级保护测评中心 keeps its 等
    if name.startswith("等") and not name.startswith("等级") and looks_like_body(name[1:]):
        name = name[1:]
    for m in AND.finditer(name if len(name) <= AND_REACH else ""):
        left, right = name[: m.start()], name[m.end() :]
        if looks_like_body(left) and looks_like_body(right) and (m.group() != "和" or own_name(right)):
            # 经济投资局和航空口岸局; 住房和城乡建设局 is one; 环保厅和电力监管办及相关盟市: three
            return [*split_and(left), *split_and(right)]
    return split_glued(name)


AND = re.compile(f"[及和]|等(?=[{LEVELS}各])")  # 区财政局等区政府有关部门: a group with a level of its own
AND_REACH = 60  # characters: two bodies' names; a longer piece is no pair of names (and costs n² to cut)


def own_name(name: str) -> bool:
    """A body named in full, not the second half of a shared name (县党委和人民政府, 党工委和管委会)."""
    return len(name) > 3 and not name.startswith("人民")


GLUED_AT = re.compile(r"(?<=[局委办厅院])(?=[区市县省州旗])|(?<=[股室])(?=\w)")


def split_glued(name: str) -> list[str]:
    """Bodies written without a separator (a pasted cell ran them together): split where an organ's name
    ends and the next one's level begins, when the next is an organ of the same rank (区发改局区统计局; a
    局 or 委 …, not a 处 within the first: 市发改委市场处 stays whole); and after a bureau's section
    (文化宣传股文化馆, 办公室文化馆), when the rest is a body too, 股/室 opens no word (股份公司, 室内) and
    the rest is no section within an office (区政府办公室督查科 stays whole)."""
    out: list[str] = []
    start = 0  # where the name not parted yet begins (a loop: a thousand names ran together nested too deep)
    for m in GLUED_AT.finditer(name):
        left, right = name[start : m.start()], name[m.start() :]
        if len(left) < 3 or not is_body(left):
            continue
        base = to_simplified(without_role(right))
        if base.endswith(RANKED) if left[-1] not in "股室" else len(base) >= 2 and own_word(left, base):
            out.append(left)
            start = m.start()
    return [*out, name[start:]]


RANKED = ("局", "委", "办", "厅", "院", "政府", "中心")
SECTION_WORDS = ("股份", "股东", "股权", "股票", "股金", "股室", "室内", "室外")  # 股/室 opening a word


HOLDING = ("控股", "参股", "入股")  # 市城投控股集团: a company's name, not a section and a body


def own_word(left: str, right: str) -> bool:
    """The rest after a 股/室 is a body of its own, not the tail of a word the 股/室 opens."""
    within = left.endswith(HOLDING) or (
        left.endswith("室") and right.endswith(("科", "股", "处", "组", "室"))
    )
    return is_body(right) and left[-1] + right[0] not in SECTION_WORDS and not within


def cut_role_word(text: str) -> str:
    """A list the page cut inside its last role word (…调查总队等按职责分): that piece is no name."""
    simple = to_simplified(text)
    if role_suffix(simple) is not None:
        return text  # it ends in a whole role word
    cut = max((n for word in CUT_WORDS for n in range(2, len(word)) if simple.endswith(word[:n])), default=0)
    return text[: len(text) - cut]


CUT_WORDS = (*(w for w, _, _ in ROLE_SUFFIXES), *(m + r for m in DIVISION for r in ("负责", "落实")))


def without_role(name: str) -> str:
    """区发改委牵头 → 区发改委: a name with its role word taken off (itself when it has none)."""
    found = role_suffix(name)
    return found[0] if found else name


def is_body(name: str) -> bool:
    """A name shaped like a body: …局, …委, …街道, or a 各… group; …联 and …协 with their level (市科协,
    县妇联) or as the short names everyone uses (妇联, 工商联)."""
    if not 2 <= len(name) <= 30 or any(c in name for c in "—–~～/-"):
        return False  # (推进改革——区发改委: a task and a body a dash sets apart)
    if name.endswith(("联", "协")) and not name.startswith((*LEVELS, "各")):
        return name.endswith(FEDERATIONS)
    if EACH_THING.match(name) and not name.endswith(UNIT_ENDS) and name != "各方":  # 各项改革, 各方力量:
        return False  # things, not a group of bodies (各项目单位, 各类学校, 各方 are)
    if name.endswith(
        FIRMS
    ):  # firms whose owner is named (区属国企, 相关企业), not a kind of them (专精特新企业)
        return FIRM_OWNERS.search(name) is not None
    if name.endswith("行") and name[-2:-1] in DEEDS_IN_行:  # (全面推行, 试运行, 试点先行: a deed, no bank)
        return False
    if name.endswith("办") and (name[-2:-1] in DEEDS_IN_办 or SERVED_ACROSS.search(name)):  # (挂牌督办,
        return False  # 一网通办, 马上办: how work is done, no office; 县交通办, 县畅通办 are offices)
    if name.endswith(("场所", "处所", "住所")) and not name.endswith("市场所"):  # (经营场所, 人员密集场所: a
        return False  # place, no 所 of a body — 吴泾市场所 is the market office; set 88)
    if DEED_OF_BODIES.fullmatch(name) or name.startswith(DEED_OPENERS):  # (加强部门协同, 鼓励高校牵头,
        return False  # 组建教育集团: a deed done with bodies, no body)
    if name[:1] in "以由" and name[1:2] in LEVELS:  # (以区中心医院牵头: the body after the word)
        return False
    if name.startswith(BUILDS) and not (
        name.endswith(BUILT_OFFICES) or (name.startswith("新建") and name.endswith(NAMED_PLACES))
    ):  # (新建派出所, 建成特色小镇: a task; 筹建处 is an office, 新建区人民政府 a place named 新建)
        return False
    if name.startswith("各") and ASKED.search(name, 2):  # 各部门要在每季度末将进展情况报区督查室: what the
        return False  # group is asked to do, a sentence that ends in a body's word, no name
    return (name.endswith(UNIT_ENDS) and name not in BARE_ENDS) or name.startswith("各")


ASKED = re.compile("(?<![重主需纪])要|应当|应该|必须|务必|须在")  # inside a 各… group's words
# a task's verb opening a title (建设 opens offices' names as often: 建设部门, 建设指挥部, 建设工程质量监督站)
BUILDS = ("新建", "筹建", "改建", "扩建", "新增", "建成")
BUILT_OFFICES = ("局", "委", "办", "处", "委员会", "办公室", "指挥部")  # (筹建处, 筹建办: offices)
NAMED_PLACES = ("政府", "街道", "镇", "乡")  # (新建区人民政府, 新建镇: places named 新建)
DEED_OPENERS = (
    "鼓励",
    "组建",
    "推动",
    "引导",
    "依托",
    "发挥",
    "成立",
    "支持",
    "动员",
    "吸引",
    "培育",
    "打造",
)
DEED_OF_BODIES = re.compile(
    "(?:加强|强化|做好|落实|深化|健全|完善|建立|推动|促进|统筹|跨)(?:各|有关|相关)?(?:部门|单位)"
)  # (跨部门协同: across them)
DEEDS_IN_办 = "督帮代转时上近次尖领包快"  # 挂牌督办, 限时办, 马上办, 就近办, 一次办, 掌上办 (通办 see below)
SERVED_ACROSS = re.compile("[网省市区县域地城]通办$")  # 一网通办, 跨省通办, 全城通办
DEEDS_IN_行 = "推运进先执试实施通出履可流同步并平践奉盛风现暂航飞旅举"  # 推行, 运行, 进行…: no bank's name
FIRM_OWNERS = re.compile(
    r"^(?:各|相关|有关|驻)|[省市区县镇乡][属管]|国有"
)  # (有色金属企业: no owner; 区管企业 is)
# a body's last word alone names none (区土方工作 / 专班: the name a line broke; 房屋产权人（单位）: a kind)
BARE_ENDS = ("专班", "单位", "部门", "科室", "处室", "股室")
FEDERATIONS = ("妇联", "残联", "侨联", "文联", "工商联", "科协", "政协", "总工会")
EACH_THING = re.compile("各(?:项|类|种|个|方|环节|领域|区域|行业|条|板块|层级|片区|阶段)")
STRONG_ENDS = ("局", "委", "办", "厅", "署", "单位", "部门", "政府", "委员会", "管委会", "街道办事处")
# with its level (or 各) these end a body's name too: 各街道, 区总工会, 区法院, 区妇联, 区融媒体中心
LEVELLED_ENDS = (
    *STRONG_ENDS,
    *("街道", "工会", "法院", "检察院", "联", "协", "中心", "分局", "支队", "大队", "红十字会", "常委会"),
    *("组织部", "宣传部", "统战部", "人武部", "武装部", "档案馆", "图书馆", "文化馆", "党校", "公司", "集团"),
    *("联合会", "协会", "支行", "分行", "医院", "监管所"),
)
# …but not after words that open a thing of a place (区块链…中心, 市场主体…中心, 乡镇卫生院)
COMMON_OPENERS = (
    *("市民", "市级", "区级", "县级", "省级", "镇级", "乡镇", "乡村"),
    *("区域", "镇村", "县域", "市域", "市区", "区块", "市场主体", "市场化", "县城", "各类", "区内", "区属"),
)
YOUTH_LEAGUE = ("团区委", "团市委", "团县委", "团省委", "共青团")  # a body whose level stands second or later
# a body's name opens as named bodies do: its level, 各, 有关/相关, or the youth league before its level
STREET = "街道"  # a level in two characters (街道应急办: a street's office, as 镇规建办 is a town's)
NAMED_OPENERS = (*OWNED, *VAGUE, *YOUTH_LEAGUE, STREET)


def is_unit(part: str) -> bool:
    """A list entry (a table cell's, a clause's) that is a body, its role word, 等 and bracketed aside
    (市商务局(粮食局)) taken off; a task (新建学校, 支持电力公司) opens with what is done, never a body's name."""
    name = without_role(part).removesuffix("等").split("(", 1)[0].split("（", 1)[0]
    simple = to_simplified(name)
    return is_body(name) and not task_led(simple) and not builds_a_body(simple)


def task_led(simple: str) -> bool:
    """Words that open with a task's verb (推进旧城改造, 推动住建局牵头) or an asking one (形成, 结合): no body's
    name, unless a task's verb names an office's work and an office's word follows it (建设局, 优化办,
    保障中心, 建设指挥部)."""
    verb = opening_verb(simple)
    rest = simple[len(verb) :]
    return (
        bool(verb)
        and not (verb in OFFICE_VERBS and (rest in OFFICE_WORDS or office_of_kind(rest)))
        and not (
            verb in PLACE_NAMING and rest in ("村", "社区")  # (建设村, 新建社区: a place named for a deed)
        )
    )


def office_of_kind(rest: str) -> bool:
    """管理委, 管理局, 服务中心: the kind of an office and its word, after the work it is named for
    (建设管理委, a body a table names without its level: set 68 had read it as a task, its rows lost)."""
    return rest[:2] in OFFICE_KINDS and rest[2:] in (*OFFICE_WORDS, "委", "委员会")


def column_office(simple: str) -> bool:
    """A unit column's name that is a task's verb and an office's word (改造办, 建设处, 推进站, 建设银行), with
    the kind of office between them (建设管理处, 保障服务中心) or a road's name (建设路社区): the column says it
    is a body, named for its work. A verb before a body's name (配合住建局) or before a thing to be built
    (新建消防站, 建立工作专班) is a task's words: the item's text, with a warning."""
    verb = opening_verb(simple)
    rest = simple[len(verb) :]
    if rest in PLACE_OFFICES or rest in BUILDERS:  # (建设新村, 建设单位; 推进街道办, 完成单位: a task's)
        return verb in (PLACE_NAMING if rest in PLACE_OFFICES else BUILDING)
    return (
        verb in OFFICE_NAMING
        and (  # (结合办: an asking word's; 加强监督站, 支持村委会: a task's)
            rest in COLUMN_OFFICES
            or (rest[:2] in OFFICE_KINDS and rest[2:] in COLUMN_OFFICES)
            or (ROAD.match(rest) is not None and rest.endswith((*PLACE_WORDS, "街道")))
        )
    )


def opening_verb(simple: str) -> str:
    """The task's or asking verb the words open with (推进 of 推进村庄整治), or ""."""
    return next((v for v in OPENERS if simple.startswith(v)), "") if simple.startswith(OPENERS) else ""


OFFICE_VERBS = (
    "建设",
    "优化",
    "保障",
    "推进",
    "促进",
    "发展",
)  # the work offices are named for (新建站 is a task)
OFFICE_WORDS = ("局", "办", "办公室", "中心", "指挥部", "小组", "专班", "主管部门")  # (建设主管部门)
PLACE_WORDS = ("村", "社区", "村委会", "居委会", "村民委员会", "居民委员会")
PLACE_GOES_ON = "庄民级镇居组委务容貌落"  # after 村 a word going on (推进村庄整治 is no 推进村 and 庄整治)


def builds_a_body(name: str) -> bool:
    """A task that sets up the body it names (迁建县人民医院, 成立应急指挥部), no body; 创建办, 筹建处 and
    创建…工作领导小组办公室 are offices named for their work (a work verb that names an office too)."""
    if name.startswith(SETTING_UP):
        return True
    return name.startswith(WORK_VERBS) and not name.endswith(OFFICE_ENDS)


SETTING_UP = ("成立", "设立", "组建", "迁建", "修建", "兴建", "续建", "新增")  # never an office's first word
WORK_VERBS = ("筹建", "创建", "搬迁", "整合", "挂牌")  # a task's, or an office's named for it (创建办)
OFFICE_ENDS = ("办", "办公室", "处", "指挥部", "小组", "专班")  # offices named for what they do


TASK_VERBS = (  # the verbs a task opens with, in simplified characters
    *("新建", "改建", "扩建", "建设", "建成", "改造", "提升", "推进", "完成", "实施", "开展", "打造", "启动"),
    *("加强", "加快", "推动", "深化", "完善", "做好", "落实", "促进", "强化", "优化", "保障"),
    *("支持", "确保", "指导", "督促", "引导", "鼓励", "健全", "建立", "配合", "协调", "培育", "要求"),
    *("全面", "大力", "深入", "积极", "持续", "切实", "进一步", "着力", "稳步", "扎实"),  # and how it is done
)


def body_aside(name: str) -> bool:
    """Whether a name is a body's, its bracketed asides aside (区经委（区商务委）, 各居（村）委会); a name that is
    only an aside is read whole."""
    return looks_like_body(ASIDE.sub("", name).strip() or name)


def looks_like_body(name: str) -> bool:
    """is_body, in simplified characters and with its role word off; 有关部门/相关单位 count too."""
    base = to_simplified(without_role(name))
    return is_body(base) or (2 <= len(base) <= VAGUE_NAME and base.startswith(VAGUE))


# characters of a name opening 有关/相关 that ends as no body's does (有关方面; not 有关部门做好征收工作)
VAGUE_NAME = 8


def strip_etc(name: str) -> str:
    """区管委会等 → 区管委会, 区司法局等有关部门 → 区司法局: no body's name ends in 等; 等 inside a name
    (等级) stays. The clause's raw text keeps what was written."""
    base = without_role(name)
    simple = to_simplified(base)  # 等部門 as 等部门; cut where the simplified text says, if it is as long
    simple = simple if len(simple) == len(base) else base
    m = ETC_TAIL.search(simple)
    if (
        m is not None
        and m.start() >= 2
        and (
            m.end() == m.start() + 1
            or simple[m.start() - 1] not in RANKING
            or numbered_school(simple[: m.start()])
        )
    ):
        return base[: m.start()] + name[len(base) :]  # (区房管局等建设主管部门: the kind they are, after 等)
    return name


RANKING = "高中初同平对均优次上下特头一二三四甲乙丙"  # 等 in a word (区高等教育研究机构, 一等), no list's end


def numbered_school(before: str) -> bool:
    """A school named by its number before 等 (区二中等学校: 区二中, 等学校), not 中等 (区属中等学校)."""
    return before.endswith("中") and before[-2:-1] in "一二三四五六七八九十"


ETC_KINDS = ("学校", "委办局", "委办", "群团", "属地", "街镇", "科室", "处室", "医院")  # (区一中等学校)
ETC_TAIL = re.compile(  # (区妇联等群团组织, 区发改委等有关委办局)
    rf"等(?:[\u4e00-\u9fff]{{0,12}}?(?:部门|单位|机构|组织)|(?:有关|相关)?(?:[一二三]级(?:甲等|乙等)?)?(?:{'|'.join(ETC_KINDS)}))?$"
)


def canonical(name: str) -> str:
    """Unit names in simplified characters (區發改委 → 区发改委); the clause's raw text keeps the original.
    A closing bracket the name never opened is the clause's, cut off with it (各镇街) of a heading cut at ;)."""
    return to_simplified(without_unopened(name.strip()))


def without_unopened(text: str, opens: str = OPEN, closes: str = CLOSE, padding: str | None = None) -> str:
    """The text without the closing brackets at its end that it never opened (区商务委）, …完成时限:2024年12月）),
    and the `padding` between and after them (white space when None): counted once, linear however many
    there are (a deadline's took 36 s for 80,000, pass 144; a name's 141 s for 250,000, pass 145)."""
    surplus = sum(map(text.count, closes)) - sum(map(text.count, opens))
    end = len(text)
    while surplus > 0 and end:
        last = text[end - 1]
        if last in closes:
            surplus -= 1
        elif not (last.isspace() if padding is None else last in padding):
            break
        end -= 1
    return text[:end].rstrip() if padding is None else text[:end].rstrip(padding)


LIST_ENTRY = re.compile(r"[^、,，;；]+")
TASK_AFTER = re.compile("|".join(sorted(TASK_VERBS, key=len, reverse=True)))  # (inside a name too)
DEED_IN_NAME = re.compile(
    "|".join(
        sorted(
            {
                *TASK_VERBS,
                "举办",
                "召开",
                "举行",
                "组织",
                "开设",
                "新增",
                "承办",
                "主办",
                "召集",
                "设置",
                "筹建",
            },
            key=len,
            reverse=True,
        )
    )
)
SUB_OFFICES = (
    "中心",
    "站",
    "所",
    "处",
    "科",
    "室",
    "队",
    "办",
    "局",
    "委",
)  # an office's name under a body's
QUANTITY_WORD = re.compile("一批|一次|一个|一批次|[0-9０-９]+[个家所处座条]|每月|每年")
DEED_DOERS = (*LEVELLED_ENDS, "街镇", "乡镇")  # a body's name whole before its deed (城乡: no body)
TIME_BEFORE_DEED = re.compile("于?(?:每月|每年|每季度|每周|定期|年内|全年|同步)(?:[0-9]{1,2}日)?$")
ASKS = ("形成", "坚持", "实现", "力争", "争取", "请", "按照", "根据", "通过", "围绕", "结合", "对照")
OPENERS: tuple[str, ...] = (*TASK_VERBS, *ASKS)  # a sentence's, never a body's first words (中西医结合医院
# holds one inside it)


def parse_clause(
    text: str, default: str = "any", in_text: bool = False, at_end: bool = False, into: Clause | None = None
) -> Clause | None:
    """Parse the inside of a clause (or a role line, or a table cell); None when it names nobody.

    `in_text`: the words stand inside running text (a bracket, a last sentence), so without a prefix they
    count only with a role word and a name that looks like a body: (第二版) and (积极配合) are text.
    `at_end`: the bracket closes the item, where notices put the responsible units; there a bare list of
    bodies (区人社局、区民政局) is the clause, its roles undetermined when it names several.
    `into`: the item's clause so far (a 责任单位 line after a 牵头单位 line supports that lead); the
    result is a new clause that `merge` adds to it."""
    clause = Clause(raw=text.strip(), written=text.strip())
    if into is not None:
        clause.lead = list(into.lead)
    prefixes: list[str] = []
    generic: list[str] = []  # names under a prefix that says no role (责任单位:A、B)
    with_people = False  # whether a label named bodies and people: (…;区财政局 李强) goes on under it
    carried: list[tuple[list[str], list[str]]] = []  # the bodies and people of the groups it went on over
    for written in split_top(text, GROUP_SEPARATORS):
        group = ASIDE.sub(lambda m: aside_apart(m.group(), clause), written)
        # a convention (列第一位者为牵头单位,下同) is kept in the raw clause, read by the notice's
        # FIRST_IS_LEAD, never a name; the names before it in the group are read
        pieces = re.split(r"(?<=[,，])", group)  # the convention follows the names it speaks of
        at = next((k for k, p in enumerate(pieces) if convention(p)), len(pieces))
        group = "".join(pieces[:at])
        if not group.strip(",， ") or (at < len(pieces) and not names_before(group)):
            continue
        group = notes_apart(group)[0]  # (…,备注:滚动推进: no names; the raw keeps it)
        clause.kept += [
            p.strip() for p in re.split("[,，、]", group) if when_piece(p) and not COLON.search(p)
        ]
        for segment in split_prefixed(group):
            labelled = role_label(segment)
            found = labelled  # None once its words are refused
            label, words, people, aside = "", "", list[str](), list[str]()
            if labelled:  # 责任单位及责任人:区住建局、王伟 — the bodies' label, the people apart
                label = bodies_label(labelled[1])
                with_people = label != labelled[1]
                if with_people:
                    words, people, aside = people_apart(labelled[2])
                else:
                    words = labelled[2]
            if labelled and (
                (loose_label(labelled[0], label) and not only_bodies(words))
                or (DUTIES_LABEL.search(label) and not bare_bodies(words))
                or (group_label(label) and not only_bodies(words))
                or (post_or_chief(label) and not only_people(words))
            ):
                found, rest = None, ""  # 支持:对符合条件的企业给予奖励 — a verb's label over no body's name
                role = default
                clause.kept.append(segment.strip(",， "))
            elif found:  # (配合单位:各镇落实属地责任: under a label, what a body does is no part of its name)
                role, rest = found[0], LIST_ENTRY.sub(lambda m: without_task(m[0]), unlabelled(words))
                (clause.support_leaders if role == "support" else clause.leaders).extend(people)
                clause.kept += aside  # (区财政局(李强,电话12345678): the phone is the item's text)
            elif with_people and not labelled_apart(segment):  # 责任单位及责任人:A 王伟;B 李强
                words, people, aside = people_apart(segment)
                role, rest = default, unlabelled_roles(words)
                carried.append(([canonical(n) for n in names_of(rest)], people))  # whose: once roles settle
                clause.kept += aside
            else:  # (…;具体包括:X、Y — a segment under a label that names no one is none of the names)
                role, rest = default, "" if labelled_apart(segment) else unlabelled_roles(segment)
                rest = helpers_without_task(rest)
                # (…;联系人:王伟): the item's text; a time's label is its deadline (labelled_pieces)
                if not rest and not TIME_LABEL.match(segment.strip()):
                    clause.kept.append(segment.strip(",， "))
            if role == "main":  # 牵头单位:X;主办单位:Y — Y carries it out with X
                role = "support" if clause.lead else "lead"
            if found is not None:
                prefixes.append(role)
            if role == "leader":
                clause.leaders += people_of(rest)
            elif role == "support_leader":
                clause.support_leaders += people_of(rest)
            elif role == "counterpart":
                clause.counterparts += names_of(rest)
            else:
                had = len(clause.undetermined)
                parse_units(rest, role, clause, labelled=found is not None)
                if found is not None and role == "any" and names_the_responsible(label):
                    generic += clause.undetermined[had:]
    if "support" in prefixes:
        leads_beside_support(clause, generic)
    settle(clause, into)
    for bodies, people in carried:  # (区商务委 王伟;区财政局 李强: 李强 is the supporting body's)
        supporting = bool(bodies) and all(b in clause.support and b not in clause.lead for b in bodies)
        into_list = clause.support_leaders if supporting else clause.leaders
        into_list.extend(p for p in dict.fromkeys(people) if p not in into_list)
    if into is not None:
        clause.lead = clause.lead[len(into.lead) :]  # the lead was lent for context; merge adds it back
    if clause.empty():
        return None
    if in_text and not prefixes and not looks_like_units(text, clause, at_end):
        return None  # ordinary text in brackets: (第二版), (积极配合)
    if prefixes == ["any"] and (only := prefix_of(clause.raw)) is not None:
        clause.raw = only[1]  # (责任单位:X牵头,Y配合) keeps "X牵头,Y配合" as the raw clause
    return clause


def bodies_label(label: str) -> str:
    """The part of a label that names bodies (责任单位 of 责任单位及责任人); the label itself otherwise."""
    pair = AND_PEOPLE.fullmatch(label.strip(LABEL_EDGES))
    return pair[1] if pair else label


def people_apart(words: str) -> tuple[str, list[str], list[str]]:
    """(the bodies' names, the people, the rest) of a list under a label naming both (责任单位及责任人:
    区住建局、王伟): a name that is no body's is a person's; a body written with its person (城建科王伟,
    区住建局局长王伟, 区住建局 王伟, 区住建局(王伟, 电话…)) is parted, what is neither (a phone, a date
    after them) the rest — the item's text, never lost."""
    bodies: list[str] = []
    people: list[str] = []
    rest: list[str] = []
    for entry in (e for listed in split_top(words, "、,，;；/／") for e in spaced_entries(listed)):
        core, notes = notes_after(entry.strip())
        if parted := body_and_person(core):
            bodies.append(parted[0])
            people += parted[1]
            rest += [*parted[2], *notes]
        elif notes and (not core or a_body(core) or only_people(core)):
            (people if core and not a_body(core) else bodies).extend(people_of(core) if core else [])
            rest += notes  # (区住建局 2024年底前, 李强 0571-…, 13812345678 after a comma: the rest)
        elif a_body(core) or not only_people(core):
            bodies.append(entry)
        else:
            people += people_of(entry)
    return "、".join(bodies), people, rest


def spaced_entries(entry: str) -> list[str]:
    """An entry's bodies set apart by spaces, each with what follows it (区住建局 王伟 区财政局 李强, 区住建局王伟
    区财政局李强): a new entry opens at a word that is a body or a body with its person."""
    words = entry.split()
    if len(words) < 3 and not (len(words) == 2 and body_and_person(words[1])):
        return [entry]
    out: list[list[str]] = []
    # whether the entry so far has its person (区住建局局长王伟 东关小学校长李强: two entries)
    personed = False
    for k, word in enumerate(words):
        if out and not personed and section_word(word) and k + 1 < len(words) and titled_next(words[k + 1]):
            out[-1].append(word)  # (县住建局 城建股 股长 钱进: the body's own section, in its person's post)
            continue
        post = a_post(word)
        titled = post or a_person(word)  # (区住建局 党组书记, 区住建局 王伟局长: no body)
        parted = None if post else body_and_person(word)
        staffed = parted is not None and bool(parted[1])
        levelled = parted is not None and to_simplified(parted[0]).startswith(OWNED)
        opens = (a_body(word) and not titled) or (
            staffed and (not titled or levelled or (out != [] and a_peer(parted, out[-1][0], personed)))
        )  # (区住建局 常务副局长王伟: the title is the person's, no 常务副局)
        if out and not opens:
            out[-1].append(word)
            personed = personed or staffed or a_person(word)
        else:
            out.append([word])
            personed = staffed
    return [" ".join(group) for group in out]


def section_word(word: str) -> bool:
    """A body's section written alone (城建股, 综合科, 办公室), no body that stands by itself."""
    simple = to_simplified(word)
    return simple.endswith(SECTION_ENDS) and not simple.endswith(PEER_ENDS) and len(simple) <= SECTION_MAX


def titled_next(word: str) -> bool:
    """A post, a title alone (股长) or a person: what follows a section that is its person's post."""
    return a_post(word) or word in TITLE_WORDS or a_person(word)


def posts_joined(tokens: list[str]) -> list[str]:
    """Words set apart before a person that are the person's post (城建股 股长 钱进, 局长 王伟): one person,
    as written glued (城建股股长钱进)."""
    out: list[str] = []
    pending: list[str] = []
    for token in tokens:
        if section_word(token) or token in TITLE_WORDS:
            pending.append(token)
            continue
        joined = "".join([*pending, token])
        out += [joined] if pending and a_person(joined) else [*pending, token]
        pending = []
    return out + pending


SECTION_MAX = 8  # characters of a section's name written alone


def a_peer(parted: tuple[str, list[str], list[str]] | None, before: str, personed: bool) -> bool:
    """Whether a titled body-with-person written after another body's entry names a body of its own: after
    an entry that has its person, any body (区住建局局长王伟 东关小学校长李强); after a body alone, only a
    body that stands by itself (区住建局 财政局局长李强, 东关村 西关村村主任李强) — never a rank (常务副局长王伟),
    a party branch or a part of the body before (党支部书记王伟, 综合办主任王伟, 东区分局局长王伟), that body
    named again or shortened (区住房和城乡建设局 住建局局长王伟) or a person with the title after the name
    (王伟 李强局长)."""
    if parted is None or not any(p.strip() not in TITLE_WORDS for p in parted[1]):
        return False  # (李强局长: 李强局 and 长, the title alone left as the person)
    body, named = to_simplified(parted[0]), to_simplified(before)
    party = body.find("党")  # (党支部书记王伟, 机关党委书记, 东风街道 街道党工委书记: the body's own)
    branch = party > 0 and a_body(body[:party]) and not shortened(body[:party], named)  # (西关村党支部)
    if RANK.fullmatch(body) or (party >= 0 and not branch) or shortened(body, named):
        return False
    if personed:  # (区住建局局长王伟 办公室主任李强: its office's; 东关村委会, 城关派出所 are their own)
        return a_body(parted[0]) and (branch or not section_of(body, named))
    stem = next((body[: -len(end)] for end in PEER_ENDS if body.endswith(end)), "")
    return (len(stem) >= 2 and not body.endswith("分局")) or (
        body.endswith(PARTY_DEPARTMENTS) and not named.endswith(PARTY_COMMITTEES)
    )  # (区委 组织部部长王伟: the 区委's own department)


def section_of(body: str, named: str) -> bool:
    """Whether a body after another's person is that body's section: any name with a section's word
    (综合科, 住房保障科, 综合执法大队, 便民服务中心) — one folded into a title keeps its words, one made a unit
    would be invented — but a named village's or community's committee (东关村委会; 该村村委会 is the first
    body's own)."""
    end = next((e for e in SECTION_ENDS if body.endswith(e)), "")
    stem = body[: len(body) - len(end)]
    own = shortened(stem, named) or stem.startswith(("该", "本", "其"))  # (该村村委会: the body's own)
    return bool(end) and not (end in ("村委会", "居委会") and stem and not own)


def shortened(name: str, whole: str) -> bool:
    """Whether `name` is `whole` or its short form, its characters in order (住建局 of 区住房和城乡建设局)."""
    rest = iter(whole)
    return all(c in rest for c in name)


PEER_ENDS = (  # bodies that stand by themselves, not a body's part
    *("局", "委", "村", "社区", "街道", "镇", "乡", "公司", "集团", "医院", "学校", "小学", "中学", "法院"),
    "检察院",
)
SECTION_ENDS = (  # a body's sections and committees, longest first: its own people's titles
    *("办公室", "村委会", "居委会", "委员会", "党工委", "党委", "党组", "支部", "总支", "大队", "中队"),
    *("中心", "科", "室", "股", "站", "所", "队", "组", "处"),
)
PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部")  # (区委办 组织部部长李强: the 区委's own)
PARTY_COMMITTEES = ("区委", "市委", "县委", "省委", "州委", "旗委", "党委", "党工委")
RANK = re.compile(
    "(?:常务|分管|主要)?副?."
)  # (常务副局长王伟 parts as 常务副局: a post, no body; 副食品公司 is one)


def notes_after(entry: str) -> tuple[str, list[str]]:
    """(the names, the notes after them) of a body's or person's entry: phones (王伟 0571-…, 联系电话:…)
    and times (区住建局 2024年底前) written after the names are the item's text, not a name's part."""
    notes: list[str] = []
    while True:
        if (phoned := phone_after(entry)) is not None:
            entry, note = phoned
        elif len(parts := entry.rsplit(None, 1)) == 2 and timing(parts[1]):
            entry, note = parts
        else:
            return entry.strip(), notes
        notes.insert(0, note.strip(" ,，"))


def phone_after(entry: str) -> tuple[str, str] | None:
    """(the words, the phone with its label) of an entry that ends with a phone (王伟，联系电话：0571-…),
    found from the end: a pattern tried at every start of a long run of figures cost n²."""
    start = len(entry)
    while start and entry[start - 1] in PHONE_CHARS:
        start -= 1
    first = next((k for k in range(start, len(entry)) if entry[k].isdigit()), len(entry))
    if len(entry) - first < PHONE_DIGITS:
        return None
    window = max(first - PHONE_LABEL_MAX, 0)
    label = PHONE_LABEL.search(entry, window, first)
    at = label.start() if label is not None else first
    return entry[:at], entry[at:]


def body_and_person(entry: str, depth: int = 0) -> tuple[str, list[str], list[str]] | None:
    """(body, people, the rest) of an entry that writes a body and then its person: in a bracket
    (区财政局(李强,电话…), 区财政局(联系人:李强)), after a space (区住建局 王伟 李强), with a title (区工商联会长王伟:
    parted before the title), a post (区教育局局长, 各镇街主要负责人), a name of two to four characters after
    the body's whole name (区政府办公室王伟, 区住建局司马光) or a surname and a title (区住建局张局长); a phone
    after them is the rest, and a body's other name in brackets stays with it (区商务委(区粮食局)王伟)."""
    if depth > PARTED_DEPTH:  # (王伟同志同志…, 区住建局王伟(电话)(电话)…: no one writes more)
        return None
    if entry.endswith("同志") and (inner := body_and_person(entry[:-2], depth + 1)) and len(inner[1]) == 1:
        return inner[0], [inner[1][0] + "同志"], inner[2]  # 区住建局王伟同志
    if bracketed := PERSON_ASIDE.fullmatch(entry):  # (区商务委(区粮食局): no person, one body)
        if not a_body(bracketed[1]):  # 区住建局王伟(联系电话:…): the aside is the rest
            inner = body_and_person(bracketed[1], depth + 1)
            return (inner[0], inner[1], [*inner[2], bracketed[2]]) if inner else None
        written = split_top(bracketed[2], "、,，;； ")
        pieces = [unlabelled_name_of(p) for p in written]  # a contact's label vouches for the name after it
        strong = bracketed[1].endswith(STRONG_ENDS)  # (区住建局(区伟); 东关村(王庄) is a village's part)
        people = [
            p
            for p, w in zip(pieces, written, strict=True)
            if a_named_person(p) or ((strong or p != w.strip()) and a_person(p))
        ]
        return (bracketed[1], people, [p for p in pieces if p not in people]) if people else None
    if (marked := BODY_MARK_PERSON.fullmatch(entry)) and a_body(marked[1]) and only_people(marked[2]):
        return marked[1], people_of(marked[2]), []  # 区住建局:王伟, 区住建局—王伟
    spaced = SPACED_PERSON.fullmatch(entry)
    if (  # 区住建局局长 王伟: the title is theirs
        spaced
        and not a_body(spaced[1])
        and a_person(spaced[2])
        and not named_staff(
            spaced[1], depth
        )  # (区住建局局长王伟 李强副局长, 区住建局王伟 李强局长: a second person)
        and (joined := body_and_person(spaced[1] + spaced[2], depth + 1)) is not None
    ):
        return joined
    if spaced and not a_body(spaced[1]) and only_people(spaced[2]):  # 区住建局王伟 李强: the people go on
        inner = body_and_person(spaced[1], depth + 1)
        if inner is not None and inner[1]:
            return inner[0], [*inner[1], *people_of(spaced[2])], inner[2]
    if spaced and a_body(spaced[1]):
        tokens = posts_joined(
            [t for t in spaced[2].split() if t.rstrip(":：") not in PERSON_LABELS]
        )  # 联系人 王伟
        if only_people(" ".join(tokens)):
            return spaced[1], people_of(" ".join(tokens)), []
        people = [t for t in tokens if a_person(t)]
        return (spaced[1], people, [t for t in tokens if t not in people]) if people else None
    if titled := titled_person(entry):
        return titled[0], [titled[1]], []  # (区人大常委会办公室 one body, 区人大常委会李强 two)
    for size in range(min(len(entry) - 2, POST_MAX), 1, -1):  # 区住建局党组书记: the longest post that
        body, post = entry[:-size], entry[-size:]  # leaves a body
        if a_body(body) and BODY_POST.fullmatch(post):
            return body, [post], []
    named = [size for size in (2, 3, 4) if bare_name_after(entry, size)]  # 区住建局司马光: the body that
    if named:  # ends as a body's strongly, else the shortest name (区政府办公室王伟)
        size = next((k for k in named if entry[-k:].startswith(DOUBLE_SURNAMES)), 0) or next(
            (k for k in named if entry[:-k].endswith(STRONG_ENDS)), named[0]
        )
        return entry[:-size], [entry[-size:]], []
    title = next((t for t in TITLE_WORDS if entry.endswith(t)), "")  # 区住建局张局长: a surname and a title
    for size in (1, 2) if title else ():
        if a_body(body := entry[: -len(title) - size]):
            return body, [entry[len(body) :]], []
    if (
        (shared := SHARED_TITLE.fullmatch(entry))
        and a_body(shared[1])
        and (not shared[3] or a_named_person(shared[3]))
    ):
        return shared[1], [entry[len(shared[1]) - 1 :]], []  # 区教育局长王伟: the 局 of 局长 is the body's
    return None


def named_staff(entry: str, depth: int) -> bool:
    """Whether the words are a body and a person named (区住建局局长王伟, 区住建局王伟; not 区住建局局长)."""
    inner = body_and_person(entry, depth + 1)
    return inner is not None and any(surnamed(p) or a_named_person(p) for p in inner[1])


def titled_person(entry: str) -> tuple[str, str] | None:
    """(body, person) of an entry that writes a body, a title and a name (区住建局局长王伟, 东风社区党总支书记
    李强): the first body's name before a title with a person's name after it, not a body's name going
    on (区人大常委会李强 is no 区人大 and 常委会李强, 区城投公司经理部王伟 no 经理 部王伟)."""
    for k in range(2, min(len(entry) - 3, TITLED_BODY) + 1):
        found = TITLE_AFTER.fullmatch(entry, k)
        if found is None or not a_body(body := entry[:k]) or not a_person(entry[k:]):
            continue
        name = found["name"]
        if name[0] in BODY_GOES_ON and not name.startswith(DOUBLE_SURNAMES):
            continue
        if body.endswith(STRONG_ENDS) or any(surnamed(name[j:]) for j in range(len(name) - 1)):
            return body, entry[k:]
    return None


def bare_name_after(entry: str, size: int) -> bool:
    """Whether the entry's last `size` characters are a person's name after a body's whole name: no title
    in or across it (区实验小学校长王伟 is no 区实验小学校 and 长王伟), no place or body (城关镇人大, 东风社区)."""
    body, name = entry[:-size], entry[-size:]
    return (
        len(body) >= 2
        and a_body(body)
        and not (a_post(body) or a_post(name) or name.startswith(("长", *LEVELS)) or name.endswith(ORG_TAILS))
        and not any(title in entry[len(body) - len(title) + 1 :] for title in TITLE_WORDS)
        and BARE_NAME.fullmatch(name) is not None
        and (size < 4 or name.startswith(DOUBLE_SURNAMES))  # (公室王伟 is no four-character name)
        and not (opening_verb(to_simplified(body)) and name[0] in PLACE_GOES_ON)
        and a_person(name)
        and (surnamed(name) or (body.endswith(STRONG_ENDS) and name not in COLLECTIVES))
        # (区住建局宫伟; 区实验小学北校区 is one body, 东关村两委班子 one group)
    )


SURNAMES = (  # the commonest single surnames (about nine in ten people carry one of them)
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施洪翟安"
    "颜倪牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳"
    "裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强路米易常乔赖文康阎禤佘麦冼岑饶蓝邝骆滕华"
    "喻穆蒲佟褚宫戚娄冉邬晏虞栾仇阚邰蔺缪郁鄢粟敖郦臧楚荆"  # rarer ones that open no common word (储, 巩, 尚 do)
)
WORDY_SURNAMES = "华滕蓝饶骆邝"
"""Surnames that open many place and brand words (华东, 华为, 滕州, 蓝天, 饶平, 骆马湖): two characters after
one of them are a person's name only with a title (华明副区长) or beside a person named otherwise (张伟、华明);
three are a name (华春莹) unless they end as the places they open do (华侨城, 滕王阁, 骆马湖, 华联店)."""
WORDY_ENDS = "城阁湖山店里园"
DOUBLE_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "尉迟",
    "公孙",
    "夏侯",
    "端木",
    "长孙",
    "宇文",
    "司徒",
)


ORG_TAILS = (
    "人大",
    "政协",
    "社区",
    "村",
    "居委会",
    "中学",
    "小学",
    "学校",
    "幼儿园",
    "医院",
    "卫生院",
    "公司",
    "总支",
    "支部",
)
COLUMN_OFFICES = (
    *OFFICE_ENDS,
    *OFFICE_WORDS,
    "站",
    "所",
    "科",
    "组",
    "会",
    "队",
    "银行",
    "街道",
)
PLACE_OFFICES = ("新村", "街道办", "村委会", "居委会", "村村委会", "社区居委会", "村民委员会", "居民委员会")
BUILDERS = ("单位", "主体", "业主")  # (建设单位, 实施主体: who builds, as a project's table names them)
BUILDING = ("建设", "实施")
ROAD = re.compile("(?:[东西南北中]?路|[东西南北中]?街|大道)")  # (建设路社区, 建设东路社区, 建设路街道)
PLACE_NAMING = ("建设", "新建", "发展")  # (建设村; 深入社区, 指导村 are a task's words)
OFFICE_NAMING = (
    *OFFICE_VERBS,
    "改造",
    "提升",
    "实施",
    "深化",
    "落实",
    "完善",
    "新建",
    "扩建",
    "改建",
    "完成",
)
OFFICE_KINDS = ("管理", "服务", "监督", "保障", "促进", "发展")  # (建设管理处, 保障服务中心)


ORG_WORDS = tuple(t for t in ORG_TAILS if len(t) > 1)  # never inside a person's name (社区, 公司)


def a_body(name: str) -> bool:
    """looks_like_body, a bracketed other name after it (区商务委(区粮食局)) set apart; a village, community,
    school or hospital too (东关村, 东风社区: bodies a person answers for)."""
    bare = ASIDE.sub("", name).strip()
    simple = to_simplified(bare)
    verb = opening_verb(simple)
    if verb and simple[len(verb) :] in ORG_TAILS and task_led(simple):
        return False  # (推进学校 is a task; 建设局, 建设路社区, 建设村 are bodies)
    return looks_like_body(bare) or (len(bare) > 2 and bare.endswith(ORG_TAILS))


def surnamed(name: str) -> bool:
    """Whether a name opens with a common surname (王伟, 欧阳娜娜, 买买提·艾力 with its dot): written after
    a body's name, the words that do not are its part or place (区实验小学北校区, 东风社区党总支)."""
    simple = to_simplified(name)
    return "·" in simple or (simple[:1] in SURNAMES and simple[:1] != "") or simple[:2] in DOUBLE_SURNAMES


def a_named_person(text: str) -> bool:
    """a_person, the name in it surnamed (副局长王伟, 王伟同志; not 会李强 of 区人大常委会李强)."""
    found = TITLED_NAME.fullmatch("".join(ASIDE.sub("", text).split()))
    return found is not None and a_person(text) and surnamed(found["name"])


def unlabelled_name_of(piece: str) -> str:
    """联系人:李强 → 李强: a contact's or head's label before a name in a body's bracket."""
    found = NAME_LABEL.match(piece.strip())
    return (
        found.group(2).strip() if found and found.group(1).endswith(("人", "同志", "领导")) else piece.strip()
    )


BARE_NAME = re.compile("[\\u4e00-\\u9fff]{2,4}")
TITLE_WORDS = (  # the titles a body's person is written with, after its name and before theirs
    *("局长", "主任", "书记", "会长", "馆长", "院长", "校长", "所长", "站长", "队长", "科长", "处长", "部长"),
    *("镇长", "乡长", "区长", "县长", "市长", "主席", "秘书长", "检察长", "庭长", "政委", "经理", "董事长"),
    *("组长", "社长", "行长", "台长", "主编", "科员", "干事", "成员", "委员", "常委", "党组成员", "村主任"),
    *("园长", "支书", "股长"),
)
PHONE_CHARS = frozenset("0123456789０１２３４５６７８９-－— ")
PHONE_DIGITS = 7  # characters from a phone's first digit: 8888888, 0571-8888888
PHONE_LABEL = re.compile(r"[\s,，]*(?:联系)?(?:电话|手机)?[:：]?\s*$")  # (，联系电话：) before it
PHONE_LABEL_MAX = 12
BODY_POST = re.compile(  # a post after its body's name (主要负责人, 党组书记, 局长), nothing of the name in it
    rf"(?:党组|党委|党工委|支部)?(?:主要|分管|相关)?(?:常务)?副?(?:领导|领导同志|负责同志|负责人|{'|'.join(TITLE_WORDS)})(?:助理)?"
)
PERSON_ASIDE = re.compile(r"(.+?)[(（]([^()（）]{2,30})[)）]")  # 区住建局(王伟), 区财政局(李强,电话…)
BODY_GOES_ON = "会团部办室处科组队所站院委局"  # after a title's word, a body's name going on (委员会, 经理部)
PARTED_DEPTH = 3  # asides and 同志 after a body's person, read one inside the other
BODY_MARK_PERSON = re.compile(r"(.{2,30}?)\s*[:：—―－-]+\s*(\S.{0,60})")  # 区住建局—王伟
PERSON_LABELS = ("联系人", "负责人", "责任人", "联络人", "联络员")  # a person's label, before the name
SPACED_PERSON = re.compile(r"(\S{2,30}?)\s+(\S.{0,60})")  # 区住建局 王伟
POST_MAX = 8  # characters of a post written after its body (分管负责同志, 党组书记)
SHARED_TITLE = re.compile(r"(.{2,30}?([局院所站队科处部]))长([\u4e00-\u9fff·]{0,8})")  # 区住建局长(王伟)
TITLED_BODY = 30  # characters of a body's name before its person's title
TITLE_AFTER = re.compile(  # 主任王伟, 常务副会长王伟, 党组成员王伟: a title and the name after it, after a body's name
    rf"(?:党组|党委)?(?:常务)?副?(?:总)?(?:{'|'.join(TITLE_WORDS)})+(?:助理)?(?P<name>[\u4e00-\u9fff]{{2,4}})"
)


def loose_label(role: str, label: str) -> bool:
    """A role label that is a bare verb or names no kind of body (支持:, 落实:, 成员:, 服务机构:): it names
    bodies only when its words are bodies' names — prose runs on after such words as often."""
    label = label.strip(LABEL_EDGES)
    if label in LOOSE_LABELS or (label.endswith("机构") and label not in RESPONSIBLE_LABELS):
        return True
    return role == "any" and label not in GENERIC_PREFIXES and not label.endswith(("单位", "部门"))


def group_label(label: str) -> bool:
    """A label that is itself a group of bodies (各成员单位:, 相关单位:, 各责任单位:, 其他成员单位:): over what
    they are to do (按照职责分工做好相关工作, 要明确专人负责) it heads their duty, naming no one else (pass 110:
    the duty had been a unit, and a lead in a 职责分工 section)."""
    simple = to_simplified(label.strip(LABEL_EDGES))
    return simple.startswith((*VAGUE, "其他", "其余", "成员")) or "各" in simple


def post_or_chief(label: str) -> bool:
    """A leader's label that is a post or a group's chief (党委书记:, 组长:): people only over names."""
    label = label.strip(LABEL_EDGES)
    return label.endswith(LEADER_LABELS) or is_post_label(label)


def only_people(words: str) -> bool:
    """Whether the words name people only (王伟, 王伟副区长, 区委书记王伟, 买买提·艾力, 王伟(区长), 王  伟) or
    posts (区委常委, 分管副区长, 主要负责同志), not a sentence (统筹协调全区工作, 带头落实, 无)."""
    people = people_of(words)
    return bool(people) and all(a_person(p) or a_post(p) for p in people)


def body_before(name: str) -> bool:
    """Whether a name opens with a body's and goes on with no post (东关村村医, 区财政局李强: no one's name;
    区总工会主席 is a post)."""
    return any(a_body(name[:k]) and BODY_POST.fullmatch(name[k:]) is None for k in range(3, len(name) - 1))


def a_post(text: str) -> bool:
    """A post said, not its holder: 区委常委, 分管副区长, 区政府主要负责同志."""
    bare = "".join(text.split())
    return is_post(bare) or POST_LABEL.fullmatch(bare) is not None or POST_PHRASE.fullmatch(bare) is not None


def a_person(text: str) -> bool:
    """A name with its titles before or after it (区人武部政委王伟, 王伟副区长): the name two to six
    characters (阿不都热合曼), or two joined by a dot, spaces set in to line it up taken out; no word of a
    sentence in it."""
    bare = "".join(ASIDE.sub("", text).split())
    found = TITLED_NAME.fullmatch(bare)
    return (
        found is not None
        and not (
            looks_like_body(bare) or bare.endswith(ORG_TAILS) or any(t in found["name"] for t in ORG_WORDS)
        )
        # (城关镇人大, 东风社区, 东风社区物业: no one; 区城投公司总经理王伟 is 王伟)
        and found["name"] not in NO_ONE
        and not any(w in found["name"] for w in PROSE_WORDS)
        and not body_before(found["name"])
    )


NAME_TITLE = (  # the titles people are written with: posts, ranks, and the chiefs of anything (检察长, 科长)
    r"(?:常务)?副?(?:书记|[\u4e00-\u9fff]{0,3}?长|主任|部长|常委|委员|主席|政委|总?经理|董事长|同志)"
)
TITLED_NAME = re.compile(  # 区委常委、常务副区长王伟: the posts before the name end with a title
    rf"(?:.{{0,16}}?{NAME_TITLE})?(?P<name>[\u4e00-\u9fff]{{2,6}}|[\u4e00-\u9fff]{{1,8}}[·•][\u4e00-\u9fff]{{1,8}})"
    rf"(?:{NAME_TITLE})*"
)
POST_PHRASE = re.compile(  # 主要领导, 区政府主要负责同志, 区住建局分管负责人: a post said, not its holder
    r"[\u4e00-\u9fff]{0,10}?(?:主要|分管|相关)?(?:领导|领导同志|负责同志|负责人)"
)
NO_ONE = ("无", "暂无", "待定", "空缺", "未定")  # said where a name would stand
COLLECTIVES = (
    "班子",
    "机关",
    "全体",
    "干部",
    "职工",
    "人员",
    "队伍",
    "系统",
    "活动",
)  # a body's people, no one
PROSE_WORDS = (  # in a phrase under a leader's label, never in a name (王要 is rare; 要落实 is common)
    *("要", "的", "抓", "做", "每", "待定", "工作", "落实", "协调", "负责", "推进", "督促", "指导"),
    *("研究", "部署", "召开", "会议", "带头", "担任", "履行", "责任", "领导", "单位", "部门", "相关"),
    *("统筹", "协助", "分管", "发挥", "作用", "参与", "配合", "牵头", "全区", "全市", "全县", "各"),
    *("完成", "年内", "附件", "详见"),
)


def only_bodies(words: str) -> bool:
    """Whether the words name bodies only — a name's aside (区委宣传部(区网信办)) and what it does after its
    name (区财政局做好资金保障) set apart."""
    names = [ASIDE.sub("", without_task(n)) for n in names_of(unlabelled(words))]
    return bool(names) and all(looks_like_body(n) for n in names)


def bare_bodies(words: str) -> bool:
    """Whether the words are bodies' names and nothing more: under a label of duties (成员单位及职责:), a
    name with what it does (区住建局负责项目审批) is the duties, text."""
    entries = [ASIDE.sub("", entry.strip()) for entry in LIST_ENTRY.findall(unlabelled(words))]
    return bool(entries) and all(plain_unit(e) and without_role(e) == e for e in entries)


def leader_label(key: str) -> bool:
    """A label naming a leader's post (组长, 副组长, 总指挥, 分管副区长): its people lead or help lead."""
    return key.endswith(LEADER_LABELS) or key in SUPPORT_LEADER_LABELS or is_post_label(key)


def is_post_label(key: str) -> bool:
    """A post as a label (分管副区长:, 区委书记:, 镇党委书记:, 区政府分管副区长:, 主要负责同志:), not 片区长."""
    return POST_LABEL.fullmatch(key) is not None or (key.endswith("负责同志") and not key.startswith("联系"))


def names_the_responsible(label: str) -> bool:
    """A label that names the bodies responsible (责任单位, 责任部门, 实施单位 …): beside a written support
    they are the leads — not one that names bodies otherwise (涉及单位, 成员, 属地, 主管)."""
    label = ALTERNATIVE.sub("", bodies_label(label)).strip(LABEL_EDGES)  # (实施单位(部门): the same label)
    return label.endswith(RESPONSIBLE_LABELS) or label in (
        "责任主体",
        "承担单位",
    )  # (具体/属地/区级责任单位 too)


def leads_beside_support(clause: Clause, generic: list[str]) -> None:
    """责任单位:A、B;配合单位:C (or 配合单位:无) — beside a written support label and no lead, the names a
    责任单位 label gave (`generic`, see `names_the_responsible`) are the leads, as a 责任单位 column's are."""
    if generic and not clause.lead:
        clause.lead, clause.listed_leads = generic, True
        taken = set(generic)  # (a clause may name thousands)
        clause.undetermined = [n for n in clause.undetermined if n not in taken]


def settle(clause: Clause, into: Clause | None) -> None:
    """Units 按职责分工负责: with a lead named (X牵头,Y按职责分工负责) they work with it (support); with
    only supporting units named (A、B按分工负责,C配合) they are the leads, by division; alone, they are
    responsible by division, roles not written. Never a lead beside a written lead. So with units that
    are each 负责 (负责落实): beside a written lead they carry it out with it (support); against C配合
    they lead, as one named alone does; several alone are responsible, roles not written."""
    if clause.charged:
        if clause.lead or (into is not None and into.lead):
            clause.support += clause.charged
        elif clause.support or (len(clause.charged) == 1 and not clause.by_division):
            clause.lead += clause.charged  # (A按职责分工负责落实、B组织落实: both responsible, none leads)
        else:
            clause.undetermined += clause.charged
        clause.charged = []
    if not clause.by_division:
        return
    if clause.lead or (into is not None and into.lead):
        had = set(clause.support)  # linear: a clause may name thousands
        clause.support += [n for n in dict.fromkeys(clause.by_division) if n not in had]
    elif clause.support:
        clause.lead += clause.by_division
        clause.lead_by_division = True
    else:
        clause.undetermined += clause.by_division
        clause.lead_by_division = True
    clause.by_division = []


def looks_like_units(text: str, clause: Clause, at_end: bool = False) -> bool:
    """A clause without a prefix must carry a role word and name at least one body (…局, …委, 各街道);
    at the end of an item, a list in which every name is a body needs no role word."""
    names = clause.units()
    has_role = has_role_word(text)
    bare = [ASIDE.sub("", n) for n in names]  # 各街道(园区) → 各街道, 各市(县)、区政府 → 各市、区政府
    if not all(2 <= len(n) <= 30 and ":" not in n and "：" not in n and "简称" not in n for n in names):
        return False  # (数据来源:区统计局), (以下简称市数据局) are notes: no body's name holds them
    if has_role and not names and (clause.leaders or clause.support_leaders):
        return True  # (王明副市长牵头): a leader with a role word
    if at_end and not has_role:  # a bare list: (含高新区), (即市大数据中心) are asides, not its units
        return (
            bool(bare)
            and not text.strip().startswith(ASIDE_OPENERS)
            and all(n.endswith(UNIT_ENDS) and is_body(n) for n in bare)
        )
    return has_role and (
        any(n.endswith(UNIT_ENDS) and is_body(n) for n in bare)
        or (bool(bare) and all(ends_as_body(n) and is_body(n) for n in bare))  # (各镇街配合; not 各部门要…)
    )


def ends_as_body(name: str) -> bool:
    """A name that ends as a body's (…局, …街道) or is a short group of them (各镇街, 各县区)."""
    return name.endswith(UNIT_ENDS) or EACH_GROUP.fullmatch(name) is not None


EACH_GROUP = re.compile("各[\u4e00-\u9fff]{1,3}")  # (各部门要坚持…: a sentence, no group)


def notes_apart(group: str) -> tuple[str, list[str]]:
    """The words without their notes, and the notes (牵头单位:X,备注:滚动推进,分两批实施,配合单位:Y →
    牵头单位:X,配合单位:Y and [备注:滚动推进,分两批实施]): a note runs from its label to the next piece
    that opens with a role's or a time's label or gives a body its role (第一批:城南片区 goes on with it),
    before or after the units, whatever the separator."""
    kept: list[str] = []
    notes: list[list[str]] = []  # each note's pieces, joined once (a note of a million pieces: linear)
    noting = False
    for piece in re.split(r"(?<=[,，;；])", group):
        words = piece.strip(",，;； ")
        if NOTE_LABEL.match(words):
            notes.append([words])
            noting = True
        elif (
            noting
            and words
            and prefix_of(words) is None
            and not TIME_LABEL.match(words)
            and not names_a_role(words)
        ):
            notes[-1].append(words)
        else:
            kept.append(piece)
            noting = False
    return "".join(kept).rstrip(",，;； "), ["，".join(note) for note in notes]


def names_a_role(words: str) -> bool:
    """A piece that gives a body its role (区财政局配合): it ends a note that runs on before it."""
    found = role_suffix(words)  # (not 二期由城南街道负责: a sentence of the note's, a body in it)
    return found is not None and looks_like_body(found[0]) and "由" not in found[0][1:]


def unlabelled(rest: str) -> str:
    """A labelled segment's words without its pieces labelled otherwise than with a role (完成时限:2024年底):
    they name no one, and a leader's list (责任领导:张伟,完成时限:…) would take them in."""
    pieces = re.split(r"(?<=[,，])", rest)
    return "".join(p for p in pieces if not labelled_apart(p.strip(",， "))).rstrip(",， ")


def unlabelled_roles(segment: str) -> str:
    """A segment with no label of its own, without its pieces labelled as naming no one when the rest
    still gives a role (区发改委牵头,联系人:王伟 → 区发改委牵头); else as it is (办公室设在区督查室,联系人:…
    is an aside, no clause)."""
    rest = unlabelled(segment)
    return rest if rest == segment or has_role_word(rest) else segment


def labelled_apart(words: str) -> bool:
    """Words under a label that names no one (完成时限:…, 具体包括:…, 联系人:…, 总投资:…, 地址:…): any label
    but a role's (牵头单位:…, 实施主体:…, 组长:…), a level's (市级:市发改委), a post's (副区长:李明) or a
    body's (区财政局:负责资金), read in simplified characters (聯繫人:…)."""
    found = LABELLED.match(to_simplified(words.strip()))
    if found is None or prefix_of(words.strip()) is not None:
        return False
    label = found.group(1)
    return not (LEVEL_LABEL.fullmatch(label) or is_post(label) or looks_like_body(label))


LABELLED = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[:：]")  # a piece that opens with a label of its own


TIME_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:时限|时间|期限|日期|节点)[:：]")


def split_prefixed(group: str) -> list[str]:
    """`牵头单位:X,配合单位:Y` → two segments: a new segment starts where a known prefix follows a comma,
    or follows a body's name with nothing between (牵头单位:市商务局责任单位:市编办 — the page's spaces
    between the two were squeezed out)."""
    glued = set(glued_labels(group))
    segments: list[str] = []
    start = 0
    for i, c in enumerate(group):
        if i in glued and i > start:
            segments.append(group[start:i])
            start = i
        elif c in ",，、 " and i > start and prefix_role(group[i + 1 : i + 15]) is not None:
            segments.append(group[start:i])
            start = i + 1
    segments.append(group[start:])
    return [s for s in segments if s.strip()]


def glued_labels(group: str) -> Iterator[int]:
    """Where a role label written in full (责任单位, 配合单位: LABELS) starts that ends at a colon of
    `group` and follows a body's name with nothing between."""
    after = 0  # where the text after the last colon starts
    people = False  # whether that colon closed a leader's label (牵头领导:张三牵头单位:…): a name, not a body
    for m in COLON.finditer(group):
        for k in range(4, min(LABEL_MAX, m.start() - after - 2) + 1):  # a body's name before it
            at = m.start() - k
            value = group[after:at]
            named = looks_like_body(value) or (people and PERSON.fullmatch(value) is not None)
            if to_simplified(group[at : m.start()]) in LABELS and named:
                yield at
                break
        people = to_simplified(group[max(0, m.start() - 4) : m.start()]).endswith(("领导", "责任人"))
        after = m.end()


COLON = re.compile("[:：]")
PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a person's name, as a leader's label gives it
LABELS = frozenset(  # four characters or more: 牵头 and 分工 close words (部门分工:)
    p for p in (*LEAD_PREFIXES, *SUPPORT_PREFIXES, *MAIN_PREFIXES, *GENERIC_PREFIXES) if len(p) >= 4
)
LABEL_MAX = max(len(label) for label in LABELS)


def find_clauses(body: str) -> tuple[str, Clause | None]:
    """The item text without its clause groups, and the clause they make together (bracketed forms)."""
    kept: list[str] = []
    found_all: list[Clause] = []
    last = 0
    closing = len(body.rstrip("。.;；, \n"))
    listed: list[str] = []  # names of groups that are only a list of bodies, no role word: (大气司、水司)
    for start, end in bracket_groups(body):
        inside = body[start + 1 : end - 1]
        ends_sentence = (
            end >= closing or body[start - 1 : start] in SENTENCE_ENDS or body[end : end + 1] in SENTENCE_ENDS
        )
        found = parse_clause(inside, in_text=True, at_end=ends_sentence)
        if found is None:
            continue
        if not has_role_word(inside):
            listed += found.lead + found.undetermined
        at, after = start, end  # 区住建局牵头(区财政局配合): the words before the bracket, a clause too
        if (before := owned_before(body[last:start])) is not None:
            at, found = start - len(before[0]), merged([before[1], found]) or found
            if body[at - 1 : at] in (",", "，"):  # 推进改造,区住建局牵头(…)。: the comma goes with them
                at -= 1
            elif body[end : end + 1] in (*PIECE_MARKS, "."):  # 区住建局牵头(…),推进改造: and the mark after
                after += 1
        kept.append(body[last:at])
        last = after
        found_all.append(found)
    clause = merged(found_all)
    named = list(dict.fromkeys(listed))
    if (
        clause is not None
        and len(found_all) > 1
        and len(named) > 1
        and set(named) == {*clause.lead, *clause.undetermined}
    ):
        # 。(A)…。(B、C): each sentence has its bodies; the item has no one lead among them
        clause.lead, clause.undetermined = [], named
    kept.append(body[last:])
    text = "".join(kept)
    return text, clause


SENTENCE_ENDS = ("。", "；", ";")  # a bare list of bodies closing a sentence names who does it
PIECE_MARKS = "。；;，,！!"
SENTENCE_MARKS = "。；;！!：:"  # the words of a sentence run from after its last stop or colon


def owned_before(text: str) -> tuple[str, Clause] | None:
    """(the words, their clause) where the words before a bracket clause name bodies with their role
    (住建局牵头(财政局配合), 区住建局牵头,区城管局配合(…)): each comma's piece back from the bracket whose
    names are all bodies' (加强部门配合 is a task) with a role word."""
    stop = max(text.rfind(mark) for mark in SENTENCE_MARKS)  # (a regex anchored at $ tried every start)
    tail = text[stop + 1 :]
    words = tail.rstrip(",， ")  # 区住建局牵头,各镇街配合,(…): a comma before the bracket too
    pieces = re.split(r"(?<=[,，])", words)
    taken = 0
    while taken < len(pieces) and owned(pieces[len(pieces) - taken - 1].rstrip(",，")):
        taken += 1
    piece = "".join(pieces[len(pieces) - taken :])
    found = parse_clause(piece.rstrip(",，"), in_text=True) if taken else None
    return (piece + tail[len(words) :], found) if found is not None else None


def owned(piece: str) -> bool:
    """Words that are bodies' names with their role (区住建局牵头), no more."""
    if not piece.strip() or not has_role_word(piece):
        return False
    found = parse_clause(piece, in_text=True)
    names = found.units() if found is not None else []  # (各成员单位加强协作住建局: two lines run together)
    return bool(names) and all(ends_as_body(n) and plain_unit(n) for n in names)


def plain_unit(name: str) -> bool:
    """A unit's name and nothing more: no task's verb inside it after its first character (各成员单位加强
    协作住建局 is two lines run together; 区中西医结合医院 holds an asking word, no task's verb)."""
    return is_unit(name) and not TASK_AFTER.search(to_simplified(name), 1)


def has_role_word(text: str) -> bool:
    """A prefix (牵头单位:) or a role word (…牵头, …配合) anywhere in the clause's words."""
    parts = split_top(text, NAME_SEPARATORS + GROUP_SEPARATORS)
    return any(prefix_of(p) is not None or role_suffix(p) is not None for p in parts)


SPACED_LABEL = re.compile(r"([\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,4})[ \u3000]*(?=[:：])")


def role_line(text: str, into: Clause | None = None) -> Clause | None:
    """A line that is a responsibility on its own: `牵头单位:区发改委` / `分管领导:张三` / `部门分工:X牵头,Y配合。`."""
    stripped = text.strip()
    if stripped[:1] in OPEN and stripped[-1:] in CLOSE:
        stripped = stripped[1:-1]
    if spaced := SPACED_LABEL.match(stripped):  # 组 长:曾丽洁, 成 员: — a label spaced out to align
        stripped = "".join(spaced.group(1).split()) + stripped[spaced.end() :]
    if prefix_role(stripped) is None:
        return None
    # 责任单位：区房管局。改造50个小区。: the names end at the sentence's end, the words after it are the
    # item's (they had been units: support 改造50个小区, 惠及居民2万户; pass 113)
    names, _, after = stripped.partition("。")
    found = parse_clause(names.rstrip("."), into=into)
    if found is None:
        return None
    for sentence in filter(None, (s.strip() for s in after.split("。"))):
        helpers = parse_clause(sentence, in_text=True, at_end=True)  # (区公安分局配合。: who helps, pass 115)
        if helpers is not None and helps_only(helpers):
            found.merge(helpers)
            continue
        found.kept.append(sentence)  # (区建管委配合做好施工监管: who helps, and what: the text keeps it)
        for piece in re.split("[,，]", sentence):
            if (opened := HELPERS_OPENING.match(piece.strip())) and all(
                map(is_unit, helping := split_top(opened[1], "、"))
            ):
                found.support += [n for n in helping if n not in found.support]
    return found


HELPERS_OPENING = re.compile(  # 区建管委配合做好…, 区大数据中心、区科委协助完成…: who helps, then the work
    r"([^,，。;；:：()（）]{2,40}?)(?:按职责分工|按职责|积极|共同)?(?:配合|协助|协同)(?!单位|部门)"
)


def helps_only(clause: Clause) -> bool:
    """A sentence's clause naming bodies that help and no one else (区科委、区财政局按职责分工配合)."""
    return (
        bool(clause.support)
        and not (clause.lead or clause.undetermined or clause.kept)
        and all(map(is_unit, clause.support))
    )
