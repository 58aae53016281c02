"""Chinese numerals and record ids: 2.6, 二（六）, 二(六), G4, 攻坚四, 1.2.3 and DOC:ID.

A user types an id the way the notice prints it; this module turns every such spelling into the one
the dataset stores. Ids are short, so anything longer than an id can be is answered before any
pattern runs: the cost of a pasted paragraph is the cost of reading it.
"""

from __future__ import annotations

import functools
import re

from . import limits
from .matching import normalise

NUMERALS = "零一二三四五六七八九"


def _below_ten(ch: str) -> int:
    return 2 if ch == "两" else NUMERALS.index(ch)


def chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105, 两百 → 200, 12 → 12; None for anything else.

    Digits are ASCII only and at most limits.MAX_NUMBER_LENGTH of them: int() of thousands of digits is slow
    or refused, and no section or item is numbered that high."""
    if not text or len(text) > limits.MAX_NUMBER_LENGTH:
        return None
    if text.isascii() and text.isdecimal():
        return int(text)
    hundreds, sep, rest = text.rpartition("百")
    if sep:
        if len(hundreds) != 1 or hundreds not in NUMERALS[1:] + "两":
            return None
        if rest.startswith("零"):  # 一百零五: 零 stands for the missing tens, one digit must follow
            rest = rest[1:]
            if len(rest) != 1:
                return None
        tail = _below_hundred(rest, after_hundred=True) if rest else 0
        return None if tail is None else _below_ten(hundreds) * 100 + tail
    return _below_hundred(text, after_hundred=False)


def _below_hundred(text: str, after_hundred: bool) -> int | None:
    """一 … 九十九; after 百, a lone 十 needs its digit (一百一十), as people write it."""
    if any(c not in NUMERALS + "十" for c in text):
        return None
    if "十" not in text:
        return NUMERALS.index(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (after_hundred and not tens) or "十" in ones:
        return None
    return (NUMERALS.index(tens) if tens else 1) * 10 + (NUMERALS.index(ones) if ones else 0)


_NUM = r"[0-9]{1,6}|[零一二三四五六七八九十百两]{1,6}"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled once, on first use: a query that never parses an id should not pay for it at start-up.

    Every part is bounded and each separator differs from the characters around it, so a match is
    found in one pass."""
    part = rf"(?:[.\-、](?:{_NUM})|\((?:{_NUM})\)?)"
    return (
        re.compile(rf"(?:{_NUM}){part}{{1,4}}\)?"),
        re.compile(rf"(?:g|攻坚专项|攻坚)\(?({_NUM})\)?"),
        re.compile(_NUM),
    )


def parse_id(text: str) -> str | None:
    """The canonical record id for 2.6, 二(六), 二（六）, 二、六, 1.2.3, G4, g4, 攻坚四, 攻坚(四) and
    攻坚专项四; None when the text is not an id (a bare number, zero, or anything longer than an id)."""
    if len(text) > 4 * limits.MAX_ID_LENGTH:  # white space and full-width forms shrink under normalise
        return None
    t = normalise(text)
    if len(t) > limits.MAX_ID_LENGTH:
        return None
    task, project, number = _patterns()
    if task.fullmatch(t):
        parts = [chinese_number(n) for n in number.findall(t)]
        return ".".join(str(n) for n in parts) if all(parts) else None
    if m := project.fullmatch(t):
        n = chinese_number(m.group(1))
        return f"G{n}" if n else None
    return None


def parse_ref(text: str) -> tuple[str | None, str]:
    """Split DOC:ID (or DOC：ID) into the document id, None when not given, and the record id:
    canonical when it parses, else as typed without surrounding white space."""
    doc, sep, rid = text.replace("：", ":").rpartition(":")
    return (doc.strip() if sep else None), parse_id(rid) or rid.strip()
