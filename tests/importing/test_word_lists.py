"""Word's list numbering (pass 24, N7): a .docx whose items Word numbers itself (列表编号, a numbering
picked from the toolbar) holds no `1.` in its text; read without the labels Word draws, a section's items
ran together as one item, unsaid. The labels are drawn as Word counts them, and LibreOffice, which draws
them too, is the oracle where it is installed."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from workplan.importing import import_notice
from workplan.importing.readers import docx_blocks

from ..office import convert
from .helpers import records

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


# a 公文's outline: 一、 (一) 1. (1) ①, as a list numbered by Word
OUTLINE = [
    level(0, "chineseCounting", "%1、"),
    level(1, "chineseCounting", "(%2)"),
    level(2, "decimal", "%3."),
    level(3, "decimal", "(%4)"),
    level(4, "decimalEnclosedCircle", "%5"),
]
PARAGRAPHS = [
    (0, "甲"),
    (1, "乙"),
    (2, "丙"),
    (2, "丁"),
    (3, "戊"),
    (4, "己"),
    (4, "庚"),
    (1, "辛"),
    (2, "壬"),
]
PARAGRAPHS += [(0, "癸"), (1, "子"), *((0, f"项{i}") for i in range(9))]


def numbered_docx(
    levels: list[str],
    paragraphs: list[tuple[int, str]],
    styled: list[tuple[str, str]],
    title: str = "",
    duplicate: str = "",
) -> bytes:
    """A .docx with one list of `levels` (numId 90) over `paragraphs` (level, text), then paragraphs in
    the template's own list styles (style, text); `title` first, when given; a second definition of the
    list (its `duplicate` level) after the first, when given."""
    import docx
    from docx.oxml.parser import parse_xml

    document = docx.Document()
    if title:
        document.add_paragraph(title)
    numbering = document.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{"".join(levels)}</w:abstractNum>')
    )
    if duplicate:
        numbering.insert(1, parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{duplicate}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for ilvl, text in paragraphs:
        properties = document.add_paragraph(text)._p.get_or_add_pPr()
        properties.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    for style, text in styled:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def lines_of(raw: bytes) -> list[str]:
    return [" ".join(b.text.split()) for b in docx_blocks(raw)]


STYLED = [("List Number", "列表编号甲"), ("List Number", "列表编号乙"), ("List Bullet", "项目符号")]


def test_word_draws_each_paragraphs_label_by_list_and_level() -> None:
    got = lines_of(numbered_docx(OUTLINE, PARAGRAPHS, STYLED))
    assert got[:11] == [
        "一、 甲", "(一) 乙", "1. 丙", "2. 丁", "(1) 戊", "① 己", "② 庚", "(二) 辛", "1. 壬", "二、 癸", "(一) 子"
    ]  # fmt: skip
    assert got[11:20] == [f"{n}、 项{i}" for i, n in enumerate("三四五六七八九十", start=0)] + ["十一、 项8"]
    assert got[20:] == ["1. 列表编号甲", "2. 列表编号乙", "● 项目符号"]


def test_a_legal_level_shows_the_levels_above_in_digits() -> None:
    """w:isLgl (Word's 正规形式编号): 一、 over (一) over `%1.%2.%3` shows 1.1.1, as Word does."""
    levels = [*OUTLINE[:2], level(2, "decimal", "%1.%2.%3", "<w:isLgl/>")]
    assert lines_of(numbered_docx(levels, [(0, "甲"), (1, "乙"), (2, "丙")], []))[2] == "1.1.1 丙"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.slow
def test_libreoffice_draws_the_same_labels(tmp_path: Path) -> None:
    source = tmp_path / "lists.docx"
    source.write_bytes(numbered_docx(OUTLINE, PARAGRAPHS, STYLED))
    convert(source, "txt:Text (encoded):UTF8", tmp_path)
    drawn = (tmp_path / "lists.txt").read_text(encoding="utf-8-sig").splitlines()
    bullets = str.maketrans("•■◆○▪✓", "●●●●●●")  # LibreOffice writes the glyph it shows; any bullet is ●
    assert [" ".join(line.split()).translate(bullets) for line in drawn] == lines_of(source.read_bytes())


def test_items_numbered_by_word_are_items() -> None:
    """A section's items in the template's 列表编号 style: two items, not one holding both."""
    raw = numbered_docx(
        [level(0, "chineseCounting", "%1、")],
        [(0, "优化营商环境")],
        [
            ("List Number", "推进一网通办,区政务服务中心负责。"),
            ("List Number", "加强就业服务,区人社局牵头。"),
        ],
        title="杨浦区2021年第二季度重点工作安排",
    )
    got = records(import_notice(raw, "notice.docx"))
    assert [(r[0], r[1], r[3]) for r in got] == [
        ("1.1", "推进一网通办", ["区政务服务中心"]),
        ("1.2", "加强就业服务", ["区人社局"]),
    ]


@pytest.mark.parametrize(
    ("start", "fmt", "text", "label"),
    [
        ("99999999999999999999", "decimal", "%1.", "1."),  # a start past any count: the default
        ("600", "upperLetter", "%1.", "600."),  # letters past twenty of them: digits
        ("1", "decimal", "%1" + "。" * 5000, "1" + "。" * 38),  # its text cut at forty characters
    ],
)
def test_a_hostile_numbering_draws_a_bounded_label(start: str, fmt: str, text: str, label: str) -> None:
    levels = [level(0, fmt, text).replace('w:val="1"/>', f'w:val="{start}"/>', 1)]
    assert lines_of(numbered_docx(levels, [(0, "甲")], []))[0] == f"{label} 甲"


def test_what_word_shows_of_a_list_is_what_is_read() -> None:
    """Pass 25: a bullet Word draws from a letter in a symbol font (Wingdings `l` is ●) was read as that
    letter, merging the points; an empty numbered paragraph (Enter after the last item) made an empty item;
    a label the list level hides was drawn, and one shown beside a number typed as well was read twice;
    of two definitions of one list, the last was used (LibreOffice uses the first)."""
    wingdings = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
    bulleted = [level(0, "bullet", "l", wingdings)]
    assert lines_of(numbered_docx(bulleted, [(0, "推进改革"), (0, ""), (0, "深化改革")], [])) == [
        "● 推进改革",
        "● 深化改革",
    ]
    hidden = [level(0, "decimal", "%1.", "<w:rPr><w:vanish/></w:rPr>")]
    assert lines_of(numbered_docx(hidden, [(0, "推进改革")], [])) == ["推进改革"]
    typed = [level(0, "chineseCounting", "%1、")]
    assert lines_of(numbered_docx(typed, [(0, "一、优化营商环境"), (0, "加强就业服务")], [])) == [
        "一、优化营商环境",
        "二、 加强就业服务",
    ]
    twice = numbered_docx(
        [level(0, "decimal", "%1.")], [(0, "甲")], [], duplicate=level(0, "decimal", "(%1)")
    )
    assert lines_of(twice) == ["1. 甲"]
