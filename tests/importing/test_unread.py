"""Nothing read otherwise than it is written, or left out, without a word: hidden text, content a
program embedded whole (Word's altChunk), a declared encoding the bytes do not follow."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import pytest

from workplan.importing import Imported, import_notice

from .test_formats import WORD_NAMESPACES, as_docx, run

HEAD = ["上海市杨浦区2020年第二季度重点工作", "一、综合经济"]
ITEM = "1.推进消费升级。(区商务委牵头)"
OTHER = "2.优化营商环境。(区发展改革委牵头)"


def titles(result: Imported) -> list[str]:
    return [t["title"] for s in result.data["sections"] for t in s["tasks"]]


def said(result: Imported) -> list[str]:
    return [str(w) for w in result.warnings]


def docx_with_body(xml: list[str], parts: Sequence[tuple[str, str, bytes]] = ()) -> bytes:
    """A .docx of HEAD, then these raw body elements, with `parts` (id, content type, bytes) related
    to the document as altChunks."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document(io.BytesIO(as_docx(HEAD)))
    for k, (rid, content_type, blob) in enumerate(parts, start=1):
        part = Part(PackURI(f"/word/chunk{k}.bin"), content_type, blob, document.part.package)
        document.part.rels.add_relationship(RT.A_F_CHUNK, part, rid)
    anchor = document.element.body[-1]  # the section properties stay last
    for element in xml:
        anchor.addprevious(parse_xml(element))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def test_hidden_word_text_is_left_out_and_said() -> None:
    """Text formatted hidden (w:vanish) is not what Word shows or prints: it was imported as the item's
    words, here a second lead. Now it is left out with a warning naming its paragraph; a run marked
    w:vanish w:val=0 is shown text and read."""
    hidden = "<w:r><w:rPr><w:vanish/></w:rPr><w:t>(区财政局牵头)</w:t></w:r>"
    shown = "<w:r><w:rPr><w:vanish w:val='0'/></w:rPr><w:t>升级。(区商务委牵头)</w:t></w:r>"
    raw = docx_with_body([f"<w:p {WORD_NAMESPACES}>{run('1.推进消费')}{shown}{hidden}</w:p>"])
    result = import_notice(raw, "n.docx")
    [task] = [t for s in result.data["sections"] for t in s["tasks"]]
    assert (task["title"], task["responsibility"]["lead"]) == ("推进消费升级", ["区商务委"])
    assert "paragraph 3: 隐藏文字未导入 (hidden text left out): (区财政局牵头)" in said(result)


def test_html_and_text_a_word_file_embeds_whole_are_read_in_place_and_other_kinds_said() -> None:
    """An altChunk (how many office systems put a web page into a .docx; Word shows it in place) was
    skipped without a word. HTML and text are read where they stand, tables too; a kind the reader
    cannot read (RTF here) is a warning naming it, as is hidden text inside the page."""
    page = (
        "<html><body><p>1.推进消费升级。(区商务委牵头)</p><p style='visibility:hidden'>草稿</p>"
        "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
        "<tr><td>2</td><td>优化营商环境</td><td>区发展改革委</td></tr></table></body></html>"
    )
    chunks = [f"<w:altChunk {WORD_NAMESPACES} {R_NS} r:id='rId{k}'/>" for k in (90, 91, 92)]
    parts = [
        ("rId90", "text/html", page.encode("utf-8")),
        ("rId91", "text/plain", "3.建设智慧城市。(区科委牵头)".encode("gb18030")),
        ("rId92", "application/rtf", b"{\\rtf1 4.x}"),
    ]
    result = import_notice(docx_with_body(chunks, parts), "n.docx")
    records = [(t["title"], t["responsibility"]["lead"]) for s in result.data["sections"] for t in s["tasks"]]
    assert records == [
        ("推进消费升级", ["区商务委"]),
        ("优化营商环境", ["区发展改革委"]),
        ("建设智慧城市", ["区科委"]),
    ]
    assert "chunk 1 line 1: 网页中隐藏的文字未导入 (hidden text left out): 草稿" in said(result)
    assert "chunk 3: 嵌入的内容未导入 (an embedded altChunk of type application/rtf left out)" in said(result)


def page(body: str, charset: str = "utf-8") -> str:
    return (
        f"<html><head><meta charset='{charset}'></head><body><div class='article-content'>"
        + "".join(f"<p>{line}</p>" for line in HEAD)
        + body
        + "</div><div style='display:none'>设为首页</div></body></html>"
    )


def left_out(body: str, reason: str) -> list[str]:
    """The warnings giving `reason` of a page with ITEM and OTHER around `body`, which must import as
    those two items and nothing else."""
    result = import_notice(page(body).encode("utf-8"), "n.html")
    assert titles(result) == ["推进消费升级", "优化营商环境"]
    return [w for w in said(result) if reason in w]


def test_hidden_web_text_is_left_out_and_said() -> None:
    """A browser does not show an element with `hidden` or a style of display:none / visibility:hidden:
    its text was imported as items. Now it is left out, with a warning quoting it where it is in the
    content; hidden page furniture outside the marked content says nothing."""
    body = (
        f"<p>{ITEM}</p><div style='DISPLAY: none'>3.旧稿任务。(区财政局牵头)</div>"
        f"<p hidden>4.另一稿。(区财政局牵头)</p><p>{OTHER}</p>"
    )
    hidden = left_out(body, "隐藏")
    assert hidden == [
        "line 1: 网页中隐藏的文字未导入 (hidden text left out): 3.旧稿任务。(区财政局牵头)",
        "line 1: 网页中隐藏的文字未导入 (hidden text left out): 4.另一稿。(区财政局牵头)",
    ]


SECRET = "3.旧稿任务。(区财政局牵头)"


@pytest.mark.parametrize(
    "body",
    [
        f"<div style='display:none'/><p>{SECRET}</p></div>",  # the slash closes no div: it stays open
        f"<span><div style='display:none'></span><p>{SECRET}</p></div>",  # a stray end tag closes nothing
        f"<font><div hidden></font><p>{SECRET}</p></div>",
        *(f"<{tag}><p>{SECRET}</p></{tag}>" for tag in ("canvas", "video", "audio", "iframe")),
        f"<object data='x.swf'><p>{SECRET}</p></object>",
        f"<object hidden><p>{SECRET}</p></object>",  # hidden, with or without anything to embed
        f"<noscript><p>{SECRET}</p></noscript>",  # pass 93: left out without a word
        f"<select><option>{SECRET}</option></select>",
    ],
    ids=[
        "self-closed",
        "stray-end",
        "formatting-end",
        "canvas",
        "video",
        "audio",
        "iframe",
        "object",
        "object-hidden",
        "noscript",
        "select",
    ],
)
def test_text_a_browser_keeps_hidden_is_left_out_and_said(body: str) -> None:
    """A hidden div written `<div …/>` or closed early by a stray end tag, and the fallback of what
    plays or embeds, were imported as items in silence; a browser never shows them (html5lib's tree
    puts the text inside the hidden element)."""
    hidden = left_out(f"<p>{ITEM}</p>{body}<p>{OTHER}</p>", "隐藏")
    assert hidden == [f"line 1: 网页中隐藏的文字未导入 (hidden text left out): {SECRET}"]


@pytest.mark.parametrize(
    "body",
    [
        f"<p><span style='display:none'>注</p><p>{SECRET}</p>",  # </p> closes the span inside it
        f"<div><span hidden>注</div><p>{SECRET}</p>",
        f"<svg><rect display='none'/></svg><p>{SECRET}</p>",  # an SVG element closes itself
        f"<object><p>{SECRET}</p></object>",  # nothing to embed: the fallback is shown
        f"<p><span hidden>注<p>{SECRET}</p>",  # a new paragraph ends the open one, the span with it
        f"<p><span hidden>注<h3>{SECRET}</h3>",
        f"<ul><li><span hidden>注<li>{SECRET}</ul>",  # a list item ends the open one
    ],
    ids=[
        "p-closes-span",
        "div-closes-span",
        "svg-self-closed",
        "object-without-data",
        "p-p",
        "p-h3",
        "li-li",
    ],
)
def test_what_a_browser_shows_after_a_hidden_element_is_read(body: str) -> None:
    """The rule that keeps a hidden element open must not keep it open past what closes it in a browser:
    one unclosed hidden span inside a paragraph hid the whole rest of the page."""
    result = import_notice(page(f"<p>{ITEM}</p>{body}<p>{OTHER}</p>").encode("utf-8"), "n.html")
    assert titles(result) == ["推进消费升级", "旧稿任务", "优化营商环境"]


def test_a_head_tag_inside_the_body_hides_nothing() -> None:
    """A browser ignores <head> once the body has begun and shows what follows: it was dropped in silence."""
    result = import_notice(page(f"<p>{ITEM}</p><head><p>{OTHER}</p></head>").encode("utf-8"), "n.html")
    assert titles(result) == ["推进消费升级", "优化营商环境"]


def test_a_page_is_read_in_what_its_bytes_are_and_a_name_not_followed_is_said() -> None:
    """A page declared gb2312 that a server sends in UTF-8 decoded as GB18030 without an error, into
    other characters; a page naming a codec we do not read (utf-7) fell back in silence. Both are read
    right, and the warning says what was not followed; a page in the charset it names says nothing."""
    text = page(f"<p>{ITEM}</p>", "gb2312")
    mislabelled = import_notice(text.encode("utf-8"), "n.html")
    assert titles(mislabelled) == ["推进消费升级"]
    assert "encoding: 声明为 gb2312,但内容是 UTF-8,按 UTF-8 读取 (declared gb2312, read as UTF-8)" in said(
        mislabelled
    )
    unknown = import_notice(page(f"<p>{ITEM}</p>", "utf-7").encode("gb18030"), "n.html")
    assert titles(unknown) == ["推进消费升级"]
    assert "encoding: 声明的编码 utf-7 不予采用,按 UTF-8/GB18030 读取 (charset utf-7 not used)" in said(
        unknown
    )
    honest = import_notice(text.encode("gb18030"), "n.html")
    assert titles(honest) == ["推进消费升级"] and not [w for w in said(honest) if w.startswith("encoding")]


def test_a_big5_text_is_read_as_big5_and_said() -> None:
    """Pass 85: a text notice saved in Big5 (traditional characters) was read as GB18030, which takes
    its bytes without an error as other characters: mojibake titles and units, said nowhere. It is read
    as Big5 and said; GBK text, with its own traditional characters too, stays GBK."""
    notice = (
        "關於印發區政府2020年第二季度工作要點的通知\n一、綜合\n1.推進消費升級。(區商務委牽頭,區財政局配合)\n"
    )
    big5 = import_notice(notice.encode("cp950"), "n.txt")
    assert titles(big5) == ["推進消費升級"]
    assert any(w.startswith("encoding: 内容是繁体 Big5 编码") for w in said(big5))
    gbk = import_notice(notice.encode("gb18030"), "n.txt")
    assert titles(gbk) == ["推進消費升級"] and not [w for w in said(gbk) if w.startswith("encoding")]
    simplified = import_notice(notice.replace("推進消費升級", "推进消费升级").encode("gbk"), "n.txt")
    assert titles(simplified) == ["推进消费升级"]
    # pass 95: a title that reads as both, then 64 KiB of ASCII (a page's script), then the body: Big5
    split = "經濟發展會議講座\n".encode("cp950") + b"#" * 70_000 + b"\n" + notice.encode("cp950")
    assert titles(import_notice(split, "n.txt")) == ["推進消費升級"]
    # pass 89: after 64 KiB of ASCII (blank lines, a page's style), and under a GB label, still Big5
    padded = import_notice(b"\n" * 70_000 + notice.encode("cp950"), "n.txt")
    assert titles(padded) == ["推進消費升級"] and any(
        w.startswith("encoding: 内容是繁体 Big5") for w in said(padded)
    )
    body = "".join(f"<p>{line}</p>" for line in notice.splitlines())
    styled = f"<html><head><style>{'p {{ margin: 0 }}' * 5000}</style></head><body>{body}</body></html>"
    assert titles(import_notice(styled.encode("cp950"), "n.html")) == ["推進消費升級"]
    # pass 91: a name holding one of Hong Kong's supplementary characters (outside cp950) is still Big5
    hkscs = notice.encode("cp950").replace(
        "區財政局".encode("cp950"), "區財政局".encode("cp950") + b"(\x87\x40)"
    )
    supplementary = import_notice(hkscs, "n.txt")
    assert titles(supplementary) == ["推進消費升級"] and any(
        w.startswith("encoding: 内容是繁体 Big5") for w in said(supplementary)
    )
    # pass 92: GBK's traditional characters that are all HKSCS code points stay GBK, labelled or not
    taipei = (
        "關於印發臺北市政府2020年第二季度工作要點的通知\n一、城市發展\n1.推進營商環境改革。(市發展改革委牽頭)\n"
        "2.擴大有效投資。(市文化局牽頭)\n3.加快數字轉型。(市科技局牽頭)\n"
    )
    for raw, name in (
        (taipei.encode("gbk"), "n.txt"),
        (
            ("<meta charset='gbk'>" + "".join(f"<p>{x}</p>" for x in taipei.splitlines())).encode("gbk"),
            "n.html",
        ),
    ):
        assert titles(import_notice(raw, name)) == ["推進營商環境改革", "擴大有效投資", "加快數字轉型"], name
    # pass 90: and a title of four characters before them (the sample had begun at the title)
    titled = styled.replace("<head>", "<head><title>工作要點</title>")
    assert titles(import_notice(titled.encode("cp950"), "n.html")) == ["推進消費升級"]
    declared = f"<html><head><meta charset='gb2312'></head><body>{body}</body></html>"
    labelled = import_notice(declared.encode("cp950"), "n.html")
    assert titles(labelled) == ["推進消費升級"]
    assert (
        "encoding: 声明为 gb2312,但内容是繁体 Big5 编码,按 Big5 读取 (declared gb2312, read as Big5)"
        in said(labelled)
    )


def test_a_hong_kong_text_with_many_supplementary_characters_is_big5() -> None:
    """Pass 93: Hong Kong writes 邨 in every estate's name, one of its supplementary (HKSCS) characters:
    a notice with eight of them fell outside the one-in-fifty rule and was read as GB18030 mojibake,
    every unit lost and said nowhere; under a big5 label it was called "not big5"; under a GB label,
    after a page's style, too. The reading whose characters are ordinary Chinese wins, and GBK's
    traditional text (pass 92's Taipei notice) stays GBK."""
    notice = (
        "房屋委員會2020年第二季度工作要點\n一、公共屋邨管理\n1.完成石硤尾邨、蘇屋邨、彩虹邨外牆維修。(房屋處牽頭)\n"
        "2.推進華富邨、牛頭角下邨重建。(發展局牽頭)\n3.加強屋邨清潔。(環境局牽頭)\n"
    )
    raw = notice.encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("cp950")
    body = "".join(f"<p>{line}</p>" for line in notice.splitlines())
    for data, name in (
        (raw, "n.txt"),
        (b"#" * 70_000 + b"\n" + raw, "n.txt"),
        *((f"<meta charset='{label}'>{body}".encode("big5hkscs"), "n.html") for label in ("big5", "gb2312")),
    ):
        result = import_notice(data, name)
        assert titles(result) == [
            "完成石硤尾邨、蘇屋邨、彩虹邨外牆維修",
            "推進華富邨、牛頭角下邨重建",
            "加強屋邨清潔",
        ]
        assert [t["responsibility"]["lead"] for s in result.data["sections"] for t in s["tasks"]] == [
            ["房屋处"],  # (ids, in simplified characters: the clause as written is its raw)
            ["发展局"],
            ["环境局"],
        ]
        assert not [w for w in said(result) if "not big5" in w], name


def test_a_big5_text_with_a_character_no_big5_table_has_is_big5_and_said() -> None:
    """Pass 94: a Taiwan office's own character for a rare name (a user-defined code, 0x8140), or one
    damaged pair, made the whole notice GB18030 mojibake, title and units lost, with no word about the
    encoding. It is read as Big5, the character it cannot read shown as U+FFFD and counted in a warning."""
    notice = "臺北市政府2020年第二季度工作要點\n一、綜合\n1.推進消費升級。(市商務局牽頭,市財政局配合)\n2.優化營商環境。(市發展局牽頭)\n"
    raw = notice.encode("cp950")
    for bad in (b"\x81\x40", b"\xa3\xc0"):
        damaged = raw.replace("商務局".encode("cp950"), "商務局".encode("cp950") + bad, 1)
        result = import_notice(damaged, "n.txt")
        assert titles(result) == ["推進消費升級", "優化營商環境"], bad
        assert any("1 个字符无法识别" in w for w in said(result)), said(result)


def test_a_page_that_declares_big5_but_holds_gbk_is_read_as_gbk_and_said() -> None:
    """Pass 87 left: a page declaring big5 whose bytes are GBK decoded as declared without an error, as
    other, rare characters (mojibake titles and units, said nowhere). GBK's bytes are told from Big5's
    by their second bytes; a Big5 page declared so stays Big5."""
    notice = "一、综合\n1.推进消费升级。(区商务委牵头,区财政局配合)\n2.优化营商环境。(区发改委牵头)\n"
    body = "".join(f"<p>{line}</p>" for line in notice.splitlines())
    gbk = import_notice(page(body, "big5").encode("gb18030"), "n.html")
    assert titles(gbk) == ["推进消费升级", "优化营商环境"]
    assert "encoding: 内容不是声明的 big5,按 UTF-8/GB18030 读取 (not big5 as declared)" in said(gbk)
    traditional = body.replace("推进消费升级", "推進消費升級").replace("优化营商环境", "優化營商環境")
    big5 = import_notice(page(traditional.replace("区", "區"), "big5").encode("cp950", "replace"), "n.html")
    assert titles(big5) == ["推進消費升級", "優化營商環境"] and not [
        w for w in said(big5) if w.startswith("encoding")
    ]


def test_an_embedded_part_counts_against_a_notices_limit() -> None:
    """A text altChunk inflates as far as the zip lets it (a 205 KB .docx held 200 MB of text: exit 70,
    out of memory); what a .docx embeds is held to a notice's 32 MiB, refused in one line past it."""
    from workplan.errors import DataError

    chunk = f"<w:altChunk {WORD_NAMESPACES} {R_NS} r:id='rId90'/>"
    big = ("3.建设智慧城市。(区科委牵头)\n" * 1_400_000).encode("utf-8")  # 40 MB
    raw = docx_with_body([chunk], [("rId90", "text/plain", big)])
    assert len(raw) < 1_000_000
    with pytest.raises(DataError, match="嵌入的内容超过 32 MiB"):
        import_notice(raw, "n.docx")


def with_footnotes(raw: bytes, notes: list[str]) -> bytes:
    """The .docx with a footnotes part holding these notes' raw paragraph XML, ids 1, 2, …"""
    import zipfile

    w = WORD_NAMESPACES.split()[0].removeprefix("xmlns:w=")
    body = "".join(f"<w:footnote w:id='{k}'>{p}</w:footnote>" for k, p in enumerate(notes, start=1))
    parts = {
        "word/footnotes.xml": f"<w:footnotes xmlns:w={w}>{body}</w:footnotes>".encode(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            z.writestr(info, data)
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def test_notes_that_refer_on_without_end_are_refused_not_a_crash() -> None:
    """A chain of 2,000 footnotes, each referring to the next (10 KB): the walk recursed into a
    RecursionError (exit 70). Asides nested past 64 levels are one DataError."""
    from workplan.errors import DataError

    def note(k: int) -> str:
        return f"<w:p><w:r><w:t>注{k}</w:t></w:r><w:r><w:footnoteReference w:id='{k + 1}'/></w:r></w:p>"

    first = f"<w:p {WORD_NAMESPACES}>{run(ITEM)}<w:r><w:footnoteReference w:id='1'/></w:r></w:p>"
    raw = with_footnotes(docx_with_body([first]), [note(k) for k in range(1, 2001)])
    with pytest.raises(DataError, match="嵌套超过 64 层"):
        import_notice(raw, "n.docx")
    shallow = with_footnotes(docx_with_body([first]), [note(k) for k in range(1, 4)])
    assert "区商务委" in str(import_notice(shallow, "n.docx").data)  # a few notes deep: read


def test_a_notice_says_at_most_a_thousand_warnings_and_counts_the_rest() -> None:
    """A 30 MB page of two million hidden elements made two million warnings (208 MB on stderr, 980 MB
    held); 3,000 items without a clause, 3,000. The first 1,000 are kept and one more says how many
    were not listed, from the reader and the parser alike."""
    hidden = "<i hidden>草稿</i>" * 3000
    result = import_notice(page(f"<p>{ITEM}</p>{hidden}").encode("utf-8"), "n.html")
    assert len(result.warnings) == 1001
    assert str(result.warnings[-1]).startswith("end: 另有 ") and "more warnings not listed" in str(
        result.warnings[-1]
    )
    bare = "\n".join(["一、综合经济", *(f"{k}.推进第{k}项工作。" for k in range(1, 3001))])
    result = import_notice(bare.encode("utf-8"), "n.txt")
    assert len(result.warnings) == 1001 and "另有" in str(result.warnings[-1])


@pytest.mark.parametrize(
    "encode",
    [
        lambda page: page.encode("utf-16"),  # Notepad's "Unicode", with its BOM
        lambda page: ("<!-- " + "模板注释 " * 60 + "-->\n" + page).encode("utf-8"),  # <html> after 900 bytes
    ],
    ids=["utf-16", "late-tag"],
)
def test_a_page_is_read_as_a_page_however_it_begins(encode: Any) -> None:
    """A UTF-16 page, or one whose <html> comes after a long comment, was read as plain text: its
    hidden blocks became items, its tags text. Both are pages: the hidden item is left out and said."""
    body = f"<p>{ITEM}</p><div style='display:none'>3.旧稿任务。(区财政局牵头)</div><p>{OTHER}</p>"
    result = import_notice(encode(page(body)), "n.html")
    assert result.format == "html" and titles(result) == ["推进消费升级", "优化营商环境"]
    assert any("旧稿任务" in w and "hidden text left out" in w for w in said(result))


@pytest.mark.parametrize(
    "hiding",
    [
        "<div style='visibility: collapse'>{}</div>",
        "<div style='display:/* 旧稿 */none'>{}</div>",
        "<template><p>{}</p></template>",
        "<dialog><p>{}</p></dialog>",
        "<details><summary>旧稿</summary><p>{}</p></details>",
        "<title>{}</title>",
        "<ruby>字<rp>{}</rp></ruby>",
        "<noframes>{}</noframes>",
        "<noembed>{}</noembed>",
        "<datalist><option>{}</option></datalist>",
        "<svg display='none'><text>{}</text></svg>",
    ],
    ids=[
        "collapse",
        "commented",
        "template",
        "closed-dialog",
        "closed-details",
        "title",
        "rp",
        "noframes",
        "noembed",
        "datalist",
        "svg-display",
    ],
)
def test_more_ways_a_page_hides_an_element_are_seen(hiding: str) -> None:
    """Attackers' passes found these read as items; an open <dialog> is shown and read."""
    body = f"<p>{ITEM}</p>" + hiding.format("3.旧稿任务。(区财政局牵头)") + f"<p>{OTHER}</p>"
    result = import_notice(page(body).encode("utf-8"), "n.html")
    assert titles(result) == ["推进消费升级", "优化营商环境"]
    assert any("旧稿任务" in w and "hidden text left out" in w for w in said(result))
    shown = import_notice(page(f"<p>{ITEM}</p><dialog open><p>{OTHER}</p></dialog>").encode(), "n.html")
    assert titles(shown) == ["推进消费升级", "优化营商环境"]


def test_a_table_the_page_never_closes_is_read() -> None:
    """A browser shows a table whose </table> is missing (a truncated save, a sloppy CMS): its rows had
    been lost without a word when the <div> around it closed, or at the end of the page."""
    table = (
        "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
        "<tr><td>2</td><td>优化营商环境</td><td>区发展改革委</td></tr>"
    )
    for body in (f"<p>{ITEM}</p><div>{table}</div>", f"<p>{ITEM}</p>{table}"):
        result = import_notice(page(body).encode("utf-8"), "n.html")
        assert titles(result) == ["推进消费升级", "优化营商环境"], body


def test_furniture_inside_the_content_is_left_out_and_said() -> None:
    """Inside the marked content a class that reads as furniture (research-note holds 'search') or an
    HTML5 <header> dropped text without a word; it is still left out, and each is said."""
    body = (
        f"<p>{ITEM}</p><div class='research-note'>3.调研任务。(区科委牵头)</div>"
        f"<header>江北区2024年重点工作</header><p>{OTHER}</p>"
    )
    furniture = left_out(body, "page furniture")
    assert len(furniture) == 2 and "调研任务" in furniture[0] and "重点工作" in furniture[1]


def hidden_in(document: Any) -> list[str]:
    """The hidden-text warnings of a python-docx document that must import as ITEM and OTHER only."""
    out = io.BytesIO()
    document.save(out)
    result = import_notice(out.getvalue(), "n.docx")
    records = [(t["title"], t["responsibility"]["lead"]) for s in result.data["sections"] for t in s["tasks"]]
    assert records == [("推进消费升级", ["区商务委"]), ("优化营商环境", ["区发展改革委"])]
    return [w for w in said(result) if "hidden text left out" in w]


def test_word_text_hidden_by_its_style_is_left_out_and_said() -> None:
    """Text hidden through a character or paragraph style (the style carries w:vanish) was imported as
    an item; it is left out and said as text formatted hidden is. A run shown on purpose in a hidden
    style (w:vanish w:val=0) stays."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    for name, kind in (("旧稿字", WD_STYLE_TYPE.CHARACTER), ("旧稿段", WD_STYLE_TYPE.PARAGRAPH)):
        document.styles.add_style(name, kind).font.hidden = True
    item = document.add_paragraph(ITEM)
    item.add_run("(区财政局牵头)").style = "旧稿字"
    document.add_paragraph("2.旧稿任务。(区财政局牵头)", style="旧稿段")
    shown = document.add_paragraph("2.优化营商环境。").add_run("(区发展改革委牵头)")
    shown.style, shown.font.hidden = "旧稿字", False
    hidden = hidden_in(document)
    assert len(hidden) == 2 and "(区财政局牵头)" in hidden[0] and "旧稿任务" in hidden[1]


def test_word_text_hidden_through_style_inheritance_is_left_out_and_said() -> None:
    """A style based on a hidden one, a character style likewise, and the default paragraph style for a
    paragraph that names none: each hides its text as Word does (the second pass found them imported)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    styles = document.styles
    shown = styles.add_style("正文可见", WD_STYLE_TYPE.PARAGRAPH)
    shown.font.hidden = False
    styles["Normal"].font.hidden = True  # the default paragraph style, for paragraphs with none
    styles.add_style("旧稿基", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True
    styles.add_style("旧稿段", WD_STYLE_TYPE.PARAGRAPH).base_style = styles["旧稿基"]
    styles.add_style("旧稿字基", WD_STYLE_TYPE.CHARACTER).font.hidden = True
    styles.add_style("旧稿字", WD_STYLE_TYPE.CHARACTER).base_style = styles["旧稿字基"]
    for line in HEAD:
        document.add_paragraph(line, style="正文可见")
    item = document.add_paragraph(ITEM, style="正文可见")
    item.add_run("(区财政局牵头)").style = "旧稿字"
    document.add_paragraph("2.旧稿任务。(区财政局牵头)", style="旧稿段")
    document.add_paragraph("3.默认样式的旧稿。(区财政局牵头)")  # no style of its own: Normal, hidden
    document.add_paragraph(OTHER, style="正文可见")
    hidden = hidden_in(document)
    assert len(hidden) == 3 and "旧稿任务" in hidden[1] and "默认样式" in hidden[2]


def test_word_text_word_never_shows_is_left_out_and_said() -> None:
    """A field's code (between its begin and separate marks), an mc:Choice requiring a namespace no
    word processor knows (its Fallback is shown), and a table whose table style hides its text: each
    was imported as an item though Word and LibreOffice show none of it."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.add_paragraph(ITEM)
    w = WORD_NAMESPACES.split()[0].removeprefix("xmlns:w=").strip("'\"")
    body = document.element.body
    anchor = body[-1]
    field = (
        f"<w:p {WORD_NAMESPACES}><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:t>2.字段代码中的旧稿。(区财政局牵头)</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t></w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
    )
    alternate = (
        f"<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        f"xmlns:zz='urn:example:unknown' xmlns:w='{w}'><mc:Choice Requires='zz'>"
        "<w:p><w:r><w:t>2.未知命名空间的旧稿。(区财政局牵头)</w:t></w:r></w:p></mc:Choice>"
        "<mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>"
    )
    for xml in (field, alternate):
        anchor.addprevious(parse_xml(xml))
    table_style = document.styles.add_style("旧稿表", WD_STYLE_TYPE.TABLE)
    table_style.font.hidden = True
    table = document.add_table(rows=2, cols=3)
    table.style = table_style
    for k, text in enumerate(("序号", "重点工作", "牵头单位")):
        table.cell(0, k).text = text
    for k, text in enumerate(("3", "表格样式隐藏的旧稿", "区财政局")):
        table.cell(1, k).text = text
    document.add_paragraph(OTHER)
    hidden = hidden_in(document)
    assert any("字段代码" in h for h in hidden) and any("表格样式" in h for h in hidden)
    assert not any("未知命名空间" in h for h in said_of(document))


def said_of(document: Any) -> list[str]:
    out = io.BytesIO()
    document.save(out)
    return said(import_notice(out.getvalue(), "n.docx"))


def test_text_in_a_page_header_or_footer_is_said_not_read() -> None:
    """A page header or footer is shown on every page but is no part of the notice's flow: its text was
    dropped in silence. A page number says nothing."""
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.sections[0].header.paragraphs[0].text = "3.页眉里的任务。(区财政局牵头)"
    document.sections[0].footer.paragraphs[0].text = "4.页脚里的任务。(区财政局牵头)"
    document.add_paragraph(ITEM)
    document.add_paragraph(OTHER)
    out = io.BytesIO()
    document.save(out)
    result = import_notice(out.getvalue(), "n.docx")
    assert titles(result) == ["推进消费升级", "优化营商环境"]
    left_out = " ".join(w for w in said(result) if "page header or footer text left out" in w)
    assert "页眉里的任务" in left_out and "页脚里的任务" in left_out
    document.sections[0].header.paragraphs[0].text = ""
    document.sections[0].footer.paragraphs[0].text = "— 1 —"
    out = io.BytesIO()
    document.save(out)
    assert not [w for w in said(import_notice(out.getvalue(), "n.docx")) if "footer text left out" in w]


def test_a_character_style_that_shows_its_text_wins_over_a_hidden_paragraph_style() -> None:
    """A run whose character style says w:vanish w:val=0 inside a hidden paragraph style is shown by
    Word and LibreOffice (the run's style comes first): it was left out."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.styles.add_style("旧稿段", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True
    document.styles.add_style("可见字", WD_STYLE_TYPE.CHARACTER).font.hidden = False
    document.add_paragraph(ITEM)
    document.add_paragraph(style="旧稿段").add_run(OTHER).style = "可见字"
    assert hidden_in(document) == []


@pytest.mark.parametrize("tagged", [True, False])
def test_paragraphs_written_inside_the_head_are_read_as_a_browser_shows_them(tagged: bool) -> None:
    """A <p> in the head, or words written there bare, end the head and begin the body in a browser;
    they were dropped in silence."""
    head = "".join(f"<p>{line}</p>" if tagged else f"{line}<br>" for line in HEAD)
    raw = f"<html><head><meta charset='utf-8'>{head}<p>{ITEM}</p></head><body><p>{OTHER}</p></body></html>"
    assert titles(import_notice(raw.encode("utf-8"), "n.html")) == ["推进消费升级", "优化营商环境"]


def test_a_fields_code_is_hidden_whatever_it_says_and_however_long() -> None:
    """A field's code whose run says w:vanish w:val=0, and one that runs over two paragraphs, and an
    mc:Choice requiring a made-up namespace under schemas.microsoft.com, were imported as items."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.add_paragraph(ITEM)
    w = WORD_NAMESPACES.split()[0].removeprefix("xmlns:w=").strip("'\"")
    anchor = document.element.body[-1]
    for xml in (
        f"<w:p {WORD_NAMESPACES}><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:rPr><w:vanish w:val='0'/></w:rPr><w:t>2.显示属性的字段代码。(区财政局牵头)</w:t></w:r></w:p>",
        f"<w:p {WORD_NAMESPACES}><w:r><w:t>2.第二段的字段代码。(区财政局牵头)</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
        f"<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        f"xmlns:zz='http://schemas.microsoft.com/office/zz/2030' xmlns:w='{w}'><mc:Choice Requires='zz'>"
        "<w:p><w:r><w:t>2.假冒命名空间的旧稿。(区财政局牵头)</w:t></w:r></w:p></mc:Choice>"
        "<mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>",
    ):
        anchor.addprevious(parse_xml(xml))
    document.add_paragraph(OTHER)
    hidden = hidden_in(document)
    assert any("显示属性" in h for h in hidden) and any("第二段" in h for h in hidden)


def test_a_whole_field_in_one_run_hides_nothing_after_it() -> None:
    """A run holding a field's begin, code, separate and end marks left the field open: every paragraph
    after it was hidden as code (LibreOffice shows them)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.element.body[-1].addprevious(
        parse_xml(
            f"<w:p {WORD_NAMESPACES}><w:r><w:fldChar w:fldCharType='begin'/><w:instrText>PAGE</w:instrText>"
            "<w:fldChar w:fldCharType='separate'/><w:t>1</w:t><w:fldChar w:fldCharType='end'/></w:r></w:p>"
        )
    )
    document.add_paragraph(ITEM)
    document.add_paragraph(OTHER)
    assert hidden_in(document) == []


def test_a_table_whose_cells_are_never_closed_ends_at_its_end_tag() -> None:
    """`<tr><td>1<td>任务<td>区教育局` then `</table>`: the end tags of a table's parts look only at the
    table, so the paragraphs after it are no part of its last cell (the scope rule swallowed them)."""
    table = (
        "<table><tr><td>序号<td>重点工作<td>牵头单位</tr>"
        "<tr><td>1<td>推进消费升级。<td>区商务委</tr><tr><td>2<td>稳定就业。<td>区人社局</table>"
        "<p>二、工作要求</p><p>1.优化营商环境。(区发展改革委牵头)</p>"
    )
    result = import_notice(page(table).encode("utf-8"), "n.html")
    leads = [t["responsibility"]["lead"] for s in result.data["sections"] for t in s["tasks"]]
    assert leads == [["区商务委"], ["区人社局"], ["区发展改革委"]]


def test_a_hidden_formatting_element_stays_hidden_past_a_new_paragraph() -> None:
    """A browser makes an unclosed <b hidden> again in the next paragraph, so its text stays hidden: the
    paragraph's implied end let it in as an item."""
    result = import_notice(
        page(f"<p>{ITEM}</p><p>{OTHER}</p><p><b hidden>注<p>{SECRET}</p>").encode("utf-8"), "n.html"
    )
    assert titles(result) == ["推进消费升级", "优化营商环境"]
    assert any("hidden text left out" in w for w in said(result))


def test_a_zip_that_needs_a_newer_unzip_is_refused_in_one_line() -> None:
    """zipfile raises NotImplementedError for a central directory that needs version 6.4 to extract:
    a damaged .docx of that kind was exit 70 (found by the mutation property, replayed here)."""
    from workplan.errors import DataError

    raw = bytearray(as_docx(HEAD))
    at = raw.index(b"PK\x01\x02")
    raw[at + 6 : at + 8] = (64).to_bytes(2, "little")  # version needed to extract: 6.4
    with pytest.raises(DataError):
        import_notice(bytes(raw), "n.docx")


def test_a_word_part_that_declares_a_dtd_is_refused() -> None:
    """Pass 89: an entity declared in document.xml's DTD was left unexpanded, and the words after its
    reference were lost (`1.推进工作。(&u;牵头)` imported as `(`, no lead), said only as an open bracket. Word
    never writes a DTD: a part that declares one is refused in one line, the notice without it read."""
    from tests.test_hostile_office import with_part
    from workplan.errors import DataError

    plain = docx_with_body([f"<w:p {WORD_NAMESPACES}>{run('1.推进工作。(区财政局牵头)')}</w:p>"])
    assert titles(import_notice(plain, "n.docx"))[-1] == "推进工作"
    declared = with_part(
        plain,
        "word/document.xml",
        lambda xml: xml.replace(
            b"?>", '?><!DOCTYPE w:document [<!ENTITY u "区财政局">]>'.encode(), 1
        ).replace("区财政局牵头".encode(), "&u;牵头".encode()),
    )
    with pytest.raises(DataError, match="DTD"):
        import_notice(declared, "n.docx")
    # pass 90: a footnotes part (python-docx hands it over as bytes, parsed by the reader) too
    noted = with_footnotes(plain, [f"<w:p>{run('注:本项由区财政局配合完成。')}</w:p>"])
    declared = with_part(
        noted,
        "word/footnotes.xml",
        lambda xml: (
            '<!DOCTYPE w:footnotes [<!ENTITY u "区财政局">]>'.encode()
            + xml.replace("区财政局".encode(), b"&u;")
        ),
    )
    with pytest.raises(DataError, match="DTD"):
        import_notice(declared, "n.docx")
