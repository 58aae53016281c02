"""Word's list numbering: the number or bullet Word draws before a paragraph, which is not in its text.

A notice typed in Word often numbers its items with 编号 (a list style such as 列表编号, or a numbering
picked from the toolbar): `1.`, `(一)`, `①` or `●` show on the page but live in numbering.xml, not in
the runs. Read without them, the items of a section run together as one paragraph of text. Each
paragraph's label is worked out here as Word counts it: per list, per level, a deeper level starting
again after a shallower one, `%1.%2` texts filled from the levels above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9  # w:ilvl 0–8
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DIGITS = "〇一二三四五六七八九"  # ideographDigital: 二〇二一
COUNTING = "零一二三四五六七八九"
LEGAL = "零壹贰叁肆伍陆柒捌玖"
WHOLE = re.compile(rf"-?[0-9]{{1,{limits.MAX_NUMBER_LENGTH}}}")
MAX_LABEL = 40  # characters of a w:lvlText: Word allows far fewer
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")  # no line break or other control in a label
BULLET = "●"  # every bullet level drawn alike: Word's glyph is often a letter in a symbol font (Wingdings l)
HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
EARTHLY = "子丑寅卯辰巳午未申酉戌亥"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
)
ROMAN += ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(slots=True)
class Level:
    """One level of a list as numbering.xml defines it."""

    start: int = 1
    style: str = "decimal"  # w:numFmt
    text: str = ""  # w:lvlText: `%1.`, `(%1)`, `第%1章`, or a bullet
    restart: int | None = None  # w:lvlRestart: the level after which this one starts again (None: any)
    legal: bool = False  # w:isLgl: the levels above shown as digits
    suffix: str = "tab"  # w:suff: tab, space or nothing between the label and the text
    hidden: bool = False  # w:rPr/w:vanish: counted, not shown (a heading style's list, numbers typed)


@dataclass(slots=True)
class Instance:
    """A w:num: the abstract list it draws, with the levels it overrides."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


class WordLists:
    """The labels of one document's numbered paragraphs, counted in reading order (`label` must see the
    paragraphs in the order Word lays them out)."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.linked: dict[str, str] = {}  # an abstract list that only names a numbering style
        self.instances: dict[str, Instance] = {}
        self.counters: dict[str, list[int | None]] = {}  # per abstract list: the last number at each level
        self.started: set[str] = set()  # instances whose overridden starts have been applied
        if numbering is not None:
            self.read_numbering(numbering)
        self.styled: dict[str, tuple[str | None, int | None]] = {}  # paragraph style → (numId, ilvl)
        self.based: dict[str, str] = {}
        self.chains: dict[str, tuple[str | None, int | None]] = {}  # style → its chain's (numId, ilvl)
        self.links: dict[str, str] = {}  # abstract list → the list its numStyleLink chain ends at
        for style in styles.iter(W + "style") if styles is not None else ():
            name = style.get(W + "styleId") or ""
            found = style.find(f"{W}pPr/{W}numPr")
            if found is not None:
                self.styled[name] = (value(found, "numId"), number(value(found, "ilvl")))
            if (based := value(style, "basedOn")) is not None:
                self.based[name] = based

    def read_numbering(self, numbering: Any) -> None:
        for abstract in numbering.iter(W + "abstractNum"):
            key = abstract.get(W + "abstractNumId") or ""
            if key in self.abstracts:
                continue  # a second definition of one id: the first counts, as in LibreOffice
            self.abstracts[key] = {}
            for lvl in abstract.iter(W + "lvl"):
                if (ilvl := number(lvl.get(W + "ilvl"))) is not None and 0 <= ilvl < LEVELS:
                    self.abstracts[key][ilvl] = level_of(lvl)
            if (link := value(abstract, "numStyleLink")) is not None:
                self.linked[key] = link
        for num in numbering.iter(W + "num"):
            instance = Instance(value(num, "abstractNumId") or "")
            for override in num.iter(W + "lvlOverride"):
                ilvl = number(override.get(W + "ilvl"))
                if ilvl is None or not 0 <= ilvl < LEVELS:
                    continue
                if (start := number(value(override, "startOverride"))) is not None:
                    instance.starts[ilvl] = start
                if (lvl := override.find(W + "lvl")) is not None:
                    instance.levels[ilvl] = level_of(lvl)
            self.instances.setdefault(num.get(W + "numId") or "", instance)

    def label(self, p: Any, style: str | None) -> str:
        """The label Word shows before paragraph `p` (its pStyle `style`), with the space after it; ""
        for a paragraph in no list."""
        num_id, ilvl = self.numbered(p, style)
        if num_id is None or num_id == "0" or num_id not in self.instances or ilvl is None:
            return ""
        instance = self.instances[num_id]
        abstract = self.resolved(instance.abstract)
        levels = {**self.abstracts.get(abstract, {}), **instance.levels}
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, [None] * LEVELS)
        if num_id not in self.started:  # a w:num that restarts its list where it is first used
            self.started.add(num_id)
            for k, start in instance.starts.items():
                counters[k] = start - 1
        here = levels[ilvl]
        counters[ilvl] = here.start if (last := counters[ilvl]) is None else last + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or restart > ilvl:  # (lvlRestart 0: never again)
                counters[deeper] = None
        if here.style == "none" or here.hidden:
            return ""
        shown = BULLET if here.style == "bullet" else here.text
        for k in range(LEVELS):
            if f"%{k + 1}" in shown:
                at = levels.get(k, Level())
                count = at.start if (given := counters[k]) is None else given
                shown = shown.replace(
                    f"%{k + 1}", drawn(count, "decimal" if here.legal and k < ilvl else at.style)
                )
        return shown + {"tab": " ", "space": " "}.get(here.suffix, "") if shown else ""

    def numbered(self, p: Any, style: str | None) -> tuple[str | None, int | None]:
        """The list and level of a paragraph: its own w:numPr, else its style's (followed through
        basedOn, each style once)."""
        own = p.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = (value(own, "numId"), number(value(own, "ilvl"))) if own is not None else (None, None)
        if style is not None and (num_id is None or ilvl is None):
            styled_id, styled_level = self.style_numbering(style)
            num_id = num_id if num_id is not None else styled_id
            ilvl = ilvl if ilvl is not None else styled_level
        return num_id, (ilvl if ilvl is not None else 0) if num_id is not None else None

    def style_numbering(self, style: str) -> tuple[str | None, int | None]:
        """The list and level a paragraph style gives, each the first its basedOn chain names. Every
        style a walk passes is answered with it (a chain of 20,000 styles, one per paragraph, walked
        for each paragraph ran for minutes); a chain that comes back on itself ends where it does."""
        walk: dict[str, None] = {}  # (in order; a list's `in` made the walk n² again)
        walking: str | None = style
        while walking is not None and walking not in self.chains and walking not in walk:
            walk[walking] = None
            walking = self.based.get(walking)
        num_id, ilvl = self.chains.get(walking, (None, None)) if walking is not None else (None, None)
        for walked in reversed(walk):
            styled_id, styled_level = self.styled.get(walked, (None, None))
            num_id = styled_id if styled_id is not None else num_id
            ilvl = styled_level if styled_level is not None else ilvl
            self.chains[walked] = (num_id, ilvl)
        return self.chains[style]

    def resolved(self, abstract: str) -> str:
        """An abstract list that names a numbering style (w:numStyleLink): the list that style numbers.
        Every list a walk passes is answered with its end (a chain of 16,000 links ran for minutes)."""
        walk: dict[str, None] = {}
        found = abstract
        while found in self.linked and found not in self.links and found not in walk:
            walk[found] = None
            num_id, _ = self.styled.get(self.linked[found], (None, None))
            instance = self.instances.get(num_id or "")
            if instance is None:
                break
            found = instance.abstract
        end = self.links.get(found, found)
        for walked in walk:
            self.links[walked] = end
        return self.links.get(abstract, abstract)


def value(element: Any, child: str) -> str | None:
    """The w:val of a child element, or None."""
    found = element.find(W + child)
    return found.get(W + "val") if found is not None else None


def number(text: str | None) -> int | None:
    """A whole number as numbering.xml writes it, within bounds a list can count to; None otherwise."""
    if text is None or not WHOLE.fullmatch(text.strip()):
        return None
    return int(text)


def level_of(lvl: Any) -> Level:
    start = number(value(lvl, "start"))
    return Level(
        start=max(start, 0) if start is not None else 1,
        style=value(lvl, "numFmt") or "decimal",
        text=CONTROLS.sub("", value(lvl, "lvlText") or "")[:MAX_LABEL],
        restart=number(value(lvl, "lvlRestart")),
        legal=switched_on(lvl.find(W + "isLgl")),
        suffix=value(lvl, "suff") or "tab",
        hidden=switched_on(lvl.find(f"{W}rPr/{W}vanish")),
    )


def switched_on(element: Any) -> bool:
    """Whether an on/off property (w:vanish, w:isLgl) is present and not switched off."""
    return element is not None and element.get(W + "val", "true") not in ("0", "false", "off")


def drawn(n: int, style: str) -> str:
    """A count as a numbering format draws it (decimal where the format cannot show it)."""
    if style in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return counted(n, COUNTING) if 0 < n < 10_000 else str(n)
    if style in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return counted(n, LEGAL, "仟佰拾") if 0 < n < 10_000 else str(n)
    if style in ("ideographDigital", "taiwaneseDigital"):
        return "".join(DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
    if style in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)
    if style == "decimalEnclosedParen":
        return f"({n})"
    if style == "decimalEnclosedFullstop":
        return f"{n}."
    if style in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(FULL_WIDTH)
    if style == "decimalZero":
        return f"{n:02d}"
    if style in ("ideographTraditional", "ideographZodiac"):
        cycle = HEAVENLY if style == "ideographTraditional" else EARTHLY
        return cycle[(n - 1) % len(cycle)] if n > 0 else str(n)
    if style in ("upperLetter", "lowerLetter") and 0 < n <= 26 * 20:  # AA…, at most twenty letters
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if style == "upperLetter" else letter.lower()
    if style in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        roman = ""
        for worth, numeral in ROMAN:
            count, n = divmod(n, worth)
            roman += numeral * count
        return roman if style == "upperRoman" else roman.lower()
    return str(n)


def counted(n: int, digits: str, units: str = "千百十") -> str:
    """1–9999 in Chinese counting (十一, 二十, 一百零五), with the given digits (digits[0] the zero)."""
    out = ""
    zero = False
    for worth, unit in zip((1000, 100, 10, 1), (*units, ""), strict=True):
        d, n = divmod(n, worth)
        if d:
            out += (digits[0] if zero else "") + digits[d] + unit
            zero = False
        else:
            zero = bool(out)
    return out[1:] if units == "千百十" and out.startswith("一十") else out  # 十一, not 一十一
