"""Outline numbers as notices write them: 第一章 / 一、 / (一) / 1. / (1) / ①, each style with its rank."""

from __future__ import annotations

import re

from ..ids import chinese_number

CN = "零一二三四五六七八九十"
ARTICLE = rf"第([{CN}百]{{1,4}}|[0-9]{{1,3}})条"  # 第五条: an article's number, heading or prose
# a figure's measure or a date's word (2.5亿元, 3.1日前, 1.1公里, 4.1至4.30, 5.1假期): no section's number after it
# (5.1劳动节期间, 3.15国际消费者权益日，, 6.1儿童节前: a day's name after its date)
MEASURES = "[万亿元%％倍米个吨千月日号起至]|前(?!期)|后(?!期)|公里|公顷|公斤|平方|立方|假期|小时|以上|以下|天内|周内|个工作日"
# a festival after its own date (5.1劳动节, 10.1国庆, 6.1儿童节): a day, not a chapter's first section; 2.3国庆节前
# 安全检查 is a section
FESTIVAL = (
    r"(?:1[.．]1\s*元旦|5[.．]1\s*劳动节|6[.．]1\s*儿童节|7[.．]1\s*建党|8[.．]1\s*建军|10[.．]1\s*国庆)"
)
# a section's title opens with a word (3.1 Ⅳ级响应, 2.2 IV级响应: a level's numeral too)
SECTION_WORD = r"(?:[\u4e00-\u9fffⅠ-Ⅻ]|[IVX]{1,4}级)"
SECTION_AFTER = (
    rf"(?=\s*{SECTION_WORD})(?!\s*(?:{MEASURES}))"  # what follows a section's number, not a figure's
)
DOT_RANK = 3  # 1. items and deeper: numbered items, never headings of a label list
CN_RANK = 1  # 一、: a chapter 1.1 may number its sections under too
DECIMAL_RANK = 3.5  # 2.1编制目的: a section's number under its chapter's
DECIMAL3_RANK = 3.7  # 3.2.1组织准备: under its section's
STYLES = (  # (style, rank, pattern for the marker only; the rest of the line is sliced, not matched)
    ("chapter", 0, re.compile(rf"第([{CN}百]{{1,4}}|[0-9]{{1,3}})(?:章|部分|篇)[、:：\s]?")),
    # 第五条 职责分工: an article titled as a heading is (its words run in, it is none: see `marker`)
    ("article", 0.5, re.compile(ARTICLE + r"[、:：\s]?")),
    ("cn-comma", CN_RANK, re.compile(rf"([{CN}]{{1,3}})[、．]")),
    ("paren-cn", 2, re.compile(rf"[(（]([{CN}]{{1,3}})[)）]")),
    # 3.5亿元 opens with a decimal, not item 3; 11.121人才梯队项目 and 6.12345热线 with item 11 and 6 (a
    # decimal written with three places opens no line of a notice)
    # (1.5G基站建设: item 1, 5G its word — a network's generation, no decimal's place; 1.3月底前: item 1 by the
    # end of March; 3.0T磁共振 is a figure)
    ("dot-num", DOT_RANK, re.compile(r"([0-9]{1,3})(?:[、．﹒)）]|\.(?![0-9]{1,2}(?![0-9G月])))")),
    # 1.1编制目的 / 3.2.1组织准备: a 预案's sections under its chapters (1.总则), before a figure's measure
    # (2.5亿元, 1.5万平方米 open no section)
    (
        "decimal",
        DECIMAL_RANK,
        re.compile(rf"(?!{FESTIVAL})[0-9]{{1,2}}[.．]([0-9]{{1,2}}){SECTION_AFTER}"),
    ),
    (
        "decimal-3",
        DECIMAL3_RANK,
        re.compile(rf"[0-9]{{1,2}}[.．][0-9]{{1,2}}[.．]([0-9]{{1,2}}){SECTION_AFTER}"),
    ),
    ("paren-num", 4, re.compile(r"[(（]([0-9]{1,3})[)）]")),
    # 第一件实事: — an item under a section, or a point under a 1. item, as (1) is
    ("ordinal", 4, re.compile(rf"第([{CN}]{{1,3}}|[0-9]{{1,3}})(?:件|项)(?:实事|任务|工作)?[:：、]")),
    ("circled", 5, re.compile(r"([①-⑳])")),
)


def marker(text: str) -> tuple[str, float, int, str] | None:
    """(style, rank, number, rest) when the line opens with an outline number."""
    for style, rank, pattern in STYLES:
        if m := pattern.match(text):
            numeral = m.group(1)
            if len(numeral) == 3 and text[m.end() : m.end() + 1].isdigit():
                return None  # 110、119、120接警: numbers listed, not item 110
            n = ord(numeral) - ord("①") + 1 if style == "circled" else chinese_number(numeral)
            rest = text[m.end() :].strip()
            # 第一条 为落实…，制定本办法。: an article's words run in, no heading (read as text)
            if style == "article" and not article_title(rest):
                return None
            if style == "dot-num" and rest.isdigit() and text[m.end() - 1] == ".":
                return None  # 9.828 alone: a table's figure, no item 9 titled 828 (set 85)
            if n:
                return style, rank, n, rest
    return None


ARTICLE_LINE = re.compile(ARTICLE)


def article_number(text: str) -> int | None:
    """The number of the article a line opens, heading or prose (第一条 为…制定本规定。 counts too); not a
    citation a wrap left at a line's start (第一条规定的要求，…; pass 122)."""
    found = ARTICLE_LINE.match(text)
    return chinese_number(found[1]) if found and not text[found.end() :].startswith(CITED) else None


CITED = ("第", "之", "的", "和", "及", "或", "与", "规定", "、", "，", ",", "款", "中", "所", "至", "到")


def article_title(rest: str) -> bool:
    """Whether the words after 第X条 title it as a heading (职责分工, 适用范围): a few words, no sentence; not
    nothing (a 第九条 a line broke off 按照《安全生产法》) nor a reference's words (第十二条 有关规定, 第三款).
    A body's duties may be titled by its whole name (区住房和城乡建设管理委员会安全生产职责; pass 122)."""
    return (
        0 < len(rest) <= (DUTIES_TITLE if DUTIES.search(rest) else ARTICLE_TITLE)
        and not any(c in rest for c in "。，,；;：:》")
        and not rest.startswith(CITED)
        # (区住建委、区交通委职责, 总体要求: headings; pass 118)
        and not rest.endswith(("规定", "款", "项", "条"))
    )


ARTICLE_TITLE = 16  # characters of an article's title (第五条 职责分工): a heading, as 一、 is
DUTIES_TITLE = 30  # characters of one naming a body's duties
# (各街镇（经开区）消防工作责任: a body's duties named for their field too; set 83)
DUTIES = re.compile(
    "(?:的)?(?:主要)?(?:(?:消防安全|安全生产|消防|安全|应急|防汛)?(?:工作)?职责"
    "|(?:消防安全|安全生产|消防|安全|应急|防汛)?(?:工作)?责任)$"
)  # 乡镇消防安全委员会职责, 学校责任: the body's duties, under its name
