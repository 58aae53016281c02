"""The shipped notice as .docx, .html and .pdf (made here) imports to the same records as the text."""

from __future__ import annotations

import html
import io
from typing import Any

import pytest

from workplan.errors import DataError
from workplan.importing import detect, import_notice
from workplan.loader import load_documents

from ..conftest import SOURCE
from .helpers import NOTICES, records

LINES = SOURCE.read_text(encoding="utf-8").splitlines()


def as_docx(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_html(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    if table:
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table)
        body += f"<table>{rows}</table>"
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>设为首页</title>'
        "<script>var nav = '首页';</script></head><body>"
        '<div class="nav"><a href="/">设为首页</a> | <a href="/fav">加入收藏</a></div>'
        f'<div class="article-content">{body}</div>'
        '<div id="footer">主办单位:某某区人民政府办公室 版权所有</div></body></html>'
    )
    return page.encode("utf-8")


def as_pdf(lines: list[str]) -> bytes:
    """One line of the notice per PDF line (long ones wrapped), in the CID font every reader knows."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    width, height = landscape(A3)
    pdf = canvas.Canvas(out, pagesize=(width, height))
    per_line = 75
    y = height - 40
    for line in lines:
        for start in range(0, max(len(line.strip()), 1), per_line):
            if y < 40:
                pdf.showPage()
                y = height - 40
            pdf.setFont("STSong-Light", 14)
            pdf.drawString(30, y, line.strip()[start : start + per_line])
            y -= 20
    pdf.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def from_text() -> list[tuple[Any, ...]]:
    return records(import_notice(SOURCE.read_bytes(), "notice.txt", known=load_documents()))


@pytest.mark.parametrize(("kind", "make"), [("docx", as_docx), ("html", as_html), ("pdf", as_pdf)])
def test_the_shipped_notice_in_every_format_gives_the_same_records(
    kind: str, make: Any, from_text: list[tuple[Any, ...]]
) -> None:
    result = import_notice(make(LINES), f"notice.{kind}", known=load_documents())
    assert result.format == kind
    assert len(from_text) == 32 and records(result) == from_text
    assert [(p["id"], p["title"], p["text"], p["lead_departments"]) for p in result.data["projects"]] == [
        (p["id"], p["title"], p["text"], p["lead_departments"])
        for p in import_notice(SOURCE.read_bytes(), "n.txt", known=load_documents()).data["projects"]
    ]
    meta = result.data["meta"]
    assert (meta["plan_title"], meta["issuer"], meta["signed"]) == (
        "上海市杨浦区人民政府2020年第二季度工作要点",
        "上海市杨浦区人民政府办公室",
        "2020-04-20",
    )


TABLE = [
    ["序号", "重点工作", "具体内容", "牵头单位", "配合单位", "完成时限"],
    ["1", "优化营商环境", "推行一网通办。", "区政务办", "区发改委", "2021年6月"],
    ["2", "推进城市更新", "完成旧改3000户。", "区住建局", "区财政局、各街道", "2021年12月"],
]


TABLE_HEAD = (NOTICES / "table_text.txt").read_text(encoding="utf-8").split("序号")[0].splitlines()
TABLE_RECORDS = [
    ("优化营商环境", "推行一网通办。", ["区政务办"], ["区发改委"], {"deadline": "2021-06-30"}),
    ("推进城市更新", "完成旧改3000户。", ["区住建局"], ["区财政局", "各街道"], {"deadline": "2021-12-31"}),
]


@pytest.mark.parametrize(("kind", "make"), [("docx", as_docx), ("html", as_html)])
def test_task_tables_become_records_column_by_column(kind: str, make: Any) -> None:
    result = import_notice(make(TABLE_HEAD, TABLE), f"t.{kind}")
    assert [r[1:] for r in records(result)] == TABLE_RECORDS
    assert not any(w.where.startswith("table 1") for w in result.warnings)


def test_html_page_furniture_is_dropped() -> None:
    result = import_notice(as_html(LINES), "n.html")
    assert "设为首页" not in result.yaml_text and "版权所有" not in result.yaml_text


def test_an_html_page_inside_a_form_is_read(from_text: list[tuple[Any, ...]]) -> None:
    """An ASP.NET page wraps its whole body in `<form id="form1">`, as many government sites do: every
    <form> was skipped as page furniture, and such a page imported nothing."""
    page = as_html(LINES).replace(b"<body>", b'<body><form id="form1" method="post">')
    page = page.replace(b"</body>", b"</form></body>")
    assert records(import_notice(page, "n.html", known=load_documents())) == from_text


def test_format_is_found_by_content_not_name() -> None:
    assert detect(as_docx(["x"])) == "docx"
    assert detect(as_html(["x"])) == "html"
    assert detect(b"%PDF-1.4\n") == "pdf"
    assert detect(SOURCE.read_bytes()) == "text"


def test_a_part_of_a_pages_source_saved_alone_is_read_as_a_page(from_text: list[tuple[Any, ...]]) -> None:
    """An article's `<p>…</p><p>…` saved on its own (a site's database export, the source of one div)
    has no <html> or <body>: it was read as text, every item's title holding `</p><p align="left">`. A
    text notice whose words merely hold a `<` stays text."""
    body = "\n".join(f'<p align="left">{html.escape(line)}</p>' for line in LINES).encode("utf-8")
    assert detect(body) == "html"
    assert records(import_notice(body, "n.html", known=load_documents())) == from_text
    for head in (
        "<!-- 正文 -->\n",
        '<?xml version="1.0"?>',
        "<script>var a = 1;</script>",
        '<a name="top"></a>',
    ):
        assert detect(head.encode() + body) == "html"  # pass 86: what a saved part may open with
    assert detect("<2020年>重点工作\n一、稳增长\n1.增长6%。(牵头单位:区发改局)".encode()) == "text"
    assert detect("<p>重点工作 (a line that opens like a tag, closing none)\n".encode()) == "text"
    # set 54: a title copied from the database's own column, on a line before the source
    titled = "关于推进重点工作的实施意见\n".encode() + body
    assert detect(titled) == "html"
    assert records(import_notice(titled, "n.html", known=load_documents()))[1:] == from_text[1:]
    # set 60: a site's SQL dump, the article's source inside a string after the row's other columns
    # (its quotes escaped, a tab opening each line): read as text, every section titled `</p><p align=`
    # and each block of items run into one
    dumped = "INSERT INTO `post` (`id`,`title`,`content`) VALUES\n('7','关于重点工作的意见','<p>\n\t" + (
        '</p><p align=\\"left\\">\n\t'.join(html.escape(line) for line in LINES)
    )
    dumped += "</p>','1');\n"
    assert detect(dumped.encode()) == "html"
    assert records(import_notice(dumped.encode(), "n.txt", known=load_documents()))[1:] == from_text[1:]
    # pass 94: a text notice about a website names its tags in its sentences: text, every item read
    website = (
        "一、网站规范\n1.正文统一用<p>分段,不再用</font>、</center>、</b>等标签。(区政务办牵头)\n"
        "2.完成无障碍改造。(区信息中心牵头)\n二、内容保障\n3.过滤<script>等危险代码。(区网信办牵头)\n"
        "4.加强值守。(区政务办牵头)\n"
    )
    assert detect(website.encode()) == "text"
    assert [t for _, t, *_ in records(import_notice(website.encode(), "n.txt"))] == [
        "正文统一用<p>分段,不再用</font>、</center>、</b>等标签",
        "完成无障碍改造",
        "过滤<script>等危险代码",
        "加强值守",
    ]
    # pass 95: a content field saved alone, its lines ended by breaks (nl2br)
    broken = "\n".join(f"{html.escape(line)}<br />" for line in LINES).encode("utf-8")
    assert detect(broken) == "html"
    assert records(import_notice(broken, "n.txt", known=load_documents())) == from_text
    quoted = "重点工作\n<p>见附件</p>一、稳增长\n1.增长6%。(牵头单位:区发改局)</p>\n".encode()
    assert detect(quoted) == "text"  # a tag or two in words: a page's source closes more


def test_table_rows_saved_without_their_table_are_a_table() -> None:
    """A template's part saved alone holds a table's rows and no <table> (`<tr><td>序号</td>…`): a browser
    drops such tags and runs the cells together; the page was refused (no numbered item or task table)."""
    rows = [("序号", "工作任务", "牵头单位", "配合单位"), ("1", "新建公园3个", "区城管局", "区财政局")]
    rows.append(("2", "改造道路5条", "区住建局", "区交通局"))
    for open_row in ("<tr>", "<tbody><tr>", ""):  # (a row's cells with not even their <tr>: the first)
        body = "\n".join(open_row + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        found = [
            (title, lead, support)
            for _, title, _, lead, support, _ in records(import_notice(body.encode(), "t.html"))
        ]
        assert found[-2:] == [
            ("新建公园3个", ["区城管局"], ["区财政局"]),
            ("改造道路5条", ["区住建局"], ["区交通局"]),
        ], open_row
    # pass 91: rows after a title and a heading, or inside a body or a div, are a table too
    rows_html = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    for around in (
        "<p>某区2020年工作要点</p><p>一、城市建设</p>{}",
        "<html><body>{}</body></html>",
        "<div>{}</div>",
    ):
        page = around.format(rows_html)
        found = [
            (title, lead, support)
            for _, title, _, lead, support, _ in records(import_notice(page.encode(), "t.html"))
        ]
        assert found == [
            ("新建公园3个", ["区城管局"], ["区财政局"]),
            ("改造道路5条", ["区住建局"], ["区交通局"]),
        ], around
    # pass 90: a stray cell in a page's body is ignored, as a browser ignores it (it had opened a table that
    # took in the rest of the page: two items and a clause lost)
    page = (
        "<html><body><p>某区2020年工作要点</p><p>一、综合经济</p><p>1.推进营商环境改革。</p><td>(区商务委牵头)"
        "<p>2.扩大有效投资。(区发展改革委负责)</p><p>3.稳定就业。(区人社局负责)</p></body></html>"
    )
    found = [(title, lead) for _, title, _, lead, _, _ in records(import_notice(page.encode(), "t.html"))]
    assert found == [
        ("推进营商环境改革", ["区商务委"]),
        ("扩大有效投资", ["区发展改革委"]),
        ("稳定就业", ["区人社局"]),
    ]


def test_old_word_files_are_refused_with_what_to_do() -> None:
    with pytest.raises(DataError, match=r"另存为 \.docx"):
        import_notice(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc")


def test_rich_text_is_refused_with_what_to_do_and_the_file_named() -> None:
    """Read as text, an .rtf became items titled `}{\\dbch` with its escapes for text, exit 0."""
    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\f0 \\u19968?\\u12289?\\par}"
    for saved in (
        rtf,
        b"\xef\xbb\xbf" + rtf,  # with a BOM, or two
        b"\xef\xbb\xbf" * 2 + rtf,
        rtf.decode().encode("utf-16"),  # as UTF-16, with a line break first
        ("\r\n" + rtf.decode()).encode("utf-16"),
        b"\x00" + rtf,  # behind a NUL, an NBSP or a zero-width space
        "\u00a0".encode() + rtf,
        "\u200b".encode() + rtf,
        rtf.replace(b"{\\rtf1", b"{\\RTF1"),
        b" " * 300 + rtf,  # behind more than the first bytes looked at
        b"\x00" * 300 + rtf,
        (" " * 300 + rtf.decode()).encode("utf-16"),
    ):
        with pytest.raises(DataError, match=r"^notice\.rtf: 不支持 RTF .*另存为 \.docx"):
            import_notice(saved, "notice.rtf")


def test_a_bad_byte_is_said_where_utf8_fails_and_the_file_named() -> None:
    text = ("一、稳增长\n" * 3).encode("utf-8")
    with pytest.raises(DataError, match=r"^plan\.txt: 无法识别的编码 .*from byte 48\)"):
        import_notice(text[:48] + b"\x80\xff" + text[48:], "plan.txt")


def test_a_pdf_without_a_text_layer_is_refused_with_what_to_do() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(100, 100, 200, 200, fill=1)  # a "scan": marks on the page, no text
    pdf.save()
    with pytest.raises(DataError, match="OCR"):
        import_notice(out.getvalue(), "scan.pdf")


def test_pdf_tables_become_records() -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=12, leading=16)
    grid = Table(TABLE)
    grid.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(A4)).build(
        [Paragraph(line or " ", style) for line in TABLE_HEAD] + [grid]
    )
    result = import_notice(out.getvalue(), "t.pdf")
    assert [r[1:] for r in records(result)] == TABLE_RECORDS


def test_table_heading_rows_and_category_columns_make_sections() -> None:
    merged = [
        ["序号", "重点工作", "具体内容", "牵头单位", "完成时限"],
        ["一、稳增长", "一、稳增长", "一、稳增长", "一、稳增长", "一、稳增长"],
        ["1", "推进项目", "开工8个。", "区发改委", "6月"],
        ["二、惠民生", "二、惠民生", "二、惠民生", "二、惠民生", "二、惠民生"],
        ["2", "扩大就业", "新增岗位。", "区人社局", "12月"],
    ]
    by_category = [
        ["类别", "重点工作", "具体内容", "责任单位"],
        ["稳增长", "推进项目", "开工8个。", "区发改委"],
        ["稳增长", "扩大投资", "投资50亿元。", "区财政局"],
        ["惠民生", "扩大就业", "新增岗位。", "区人社局"],
    ]
    head = ["某某区2021年重点工作任务分解表"]
    for table in (merged, by_category):
        result = import_notice(as_docx(head, table), "t.docx")
        outline = [(s["number"], [t["id"] for t in s["tasks"]]) for s in result.data["sections"]]
        assert [s["title"] for s in result.data["sections"]] == ["稳增长", "惠民生"]
        assert [t["title"] for s in result.data["sections"] for t in s["tasks"]] == [
            r[1] for r in table[1:] if len(set(r)) > 1
        ]
    assert outline == [(1, ["1.1", "1.2"]), (2, ["2.1"])]


def test_html_reads_only_the_marked_content_when_the_page_marks_it() -> None:
    page = as_html(LINES).replace(b"<body>", "<body><ul><li>相关链接:区政府2019年工作要点</li></ul>".encode())
    result = import_notice(page, "n.html")
    assert "相关链接" not in result.yaml_text and len(records(result)) == 32
    assert not any("相关链接" in w.message for w in result.warnings)


WORD_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def text_box(text: str) -> str:
    """A text box as Word writes it: the DrawingML shape, and a VML copy of it as the fallback."""
    content = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{content}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_docx_text_in_controls_revisions_and_text_boxes_is_read_once() -> None:
    """python-docx's paragraph text reads only direct runs: text in a content control, a tracked
    insertion, a simple field or a text box would vanish without a warning. Deleted revisions stay out,
    and a text box Word also stores as a VML fallback is read once."""
    import docx
    from docx.oxml import parse_xml

    from workplan.importing.readers import Line, Table, docx_blocks

    document = docx.Document()
    body = document.element.body
    paragraphs = [
        f"<w:p {WORD_NAMESPACES}>{run('一、')}<w:sdt><w:sdtContent>{run('综合经济')}</w:sdtContent></w:sdt></w:p>",
        f"<w:sdt {WORD_NAMESPACES}><w:sdtContent><w:p>{run('1.消费拉动。')}</w:p></w:sdtContent></w:sdt>",
        f"<w:p {WORD_NAMESPACES}>{run('研究出台')}<w:ins>{run('区级')}</w:ins><w:del><w:r>"
        f"<w:delText>市级</w:delText></w:r></w:del>{run('实施措施。')}"
        f"<w:fldSimple w:instr='DATE'>{run('2020年4月')}</w:fldSimple></w:p>",
        f"<w:p {WORD_NAMESPACES}>{run('(区商务委牵头)')}{text_box('杨浦区人民政府办公室')}</w:p>",
    ]
    anchor = body[-1]  # the section properties stay last
    for xml in paragraphs:
        anchor.addprevious(parse_xml(xml))
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0)._tc.append(
        parse_xml(
            f"<w:p {WORD_NAMESPACES}><w:sdt><w:sdtContent>{run('区商务委')}</w:sdtContent></w:sdt></w:p>"
        )
    )
    out = io.BytesIO()
    document.save(out)

    blocks = docx_blocks(out.getvalue())
    lines = [(b.text, b.where) for b in blocks if isinstance(b, Line)]
    assert lines == [
        ("一、综合经济", "paragraph 1"),
        ("1.消费拉动。", "paragraph 2"),
        ("研究出台区级实施措施。2020年4月", "paragraph 3"),
        ("(区商务委牵头)", "paragraph 4"),
        ("杨浦区人民政府办公室", "paragraph 4 text box 1 paragraph 1"),
    ]
    [cells] = [[c.text for row in b.rows for c in row] for b in blocks if isinstance(b, Table)]
    assert cells == ["区商务委"]


def docx_table_cells(rows_xml: str) -> list[list[str]]:
    """The cells the reader finds in a .docx whose one table has these raw `w:tr` rows."""
    import docx
    from docx.oxml import parse_xml

    from workplan.importing.readers import Table, docx_blocks

    document = docx.Document()
    grid = "<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
    document.element.body[-1].addprevious(parse_xml(f"<w:tbl {WORD_NAMESPACES}>{grid}{rows_xml}</w:tbl>"))
    out = io.BytesIO()
    document.save(out)
    [table] = [b for b in docx_blocks(out.getvalue()) if isinstance(b, Table)]
    return [[c.text for c in row] for row in table.rows]


def cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run(text)}</w:p></w:tc>"


def test_docx_table_rows_and_cells_in_content_controls_are_read() -> None:
    """python-docx's Table.rows and Row.cells see only direct w:tr and w:tc children: a row or cell in
    a content control (a template's repeating section) or custom XML was dropped without a warning."""
    rows = (
        f"<w:tr>{cell('序号')}<w:sdt><w:sdtContent>{cell('重点工作')}</w:sdtContent></w:sdt></w:tr>"
        f"<w:sdt><w:sdtContent><w:tr>{cell('1')}{cell('推进项目')}</w:tr></w:sdtContent></w:sdt>"
        f"<w:customXml w:element='row'><w:tr>{cell('2')}{cell('扩大就业')}</w:tr></w:customXml>"
    )
    assert docx_table_cells(rows) == [["序号", "重点工作"], ["1", "推进项目"], ["2", "扩大就业"]]


def test_docx_merged_cells_are_read_without_blowing_up() -> None:
    """A horizontal merge repeats the cell across the columns it spans and a vertical merge repeats
    the cell above, as before; but a gridSpan of 2,000,000,000 made python-docx build a tuple that long
    (MemoryError, exit 70), a vertical merge in the first row raised ValueError, and a 3,000-row
    vertical merge recursed past Python's limit after 25 s of quadratic lookups (exit 70)."""
    span = "<w:gridSpan w:val='2000000000'/>"
    assert docx_table_cells(f"<w:tr>{cell('区商务委', span)}</w:tr>") == [["区商务委"] * 63]
    two = "<w:gridSpan w:val='2'/>"
    assert docx_table_cells(f"<w:tr>{cell('稳增长', two)}</w:tr>") == [["稳增长"] * 2]
    assert docx_table_cells(f"<w:tr>{cell('区商务委', '<w:vMerge/>')}</w:tr>") == [["区商务委"]]
    restart, merged = "<w:vMerge w:val='restart'/>", "<w:vMerge/>"
    rows = (
        f"<w:tr>{cell('1')}{cell('区商务委', restart)}</w:tr>"
        + f"<w:tr>{cell('2')}{cell('', merged)}</w:tr>" * 3000
    )
    assert docx_table_cells(rows)[1:] == [["2", "区商务委"]] * 3000


def test_docx_text_only_in_a_fallback_is_read() -> None:
    """An mc:AlternateContent was read through its mc:Choice only: text kept only in the mc:Fallback (a
    writer that stores no Choice, or a Choice without text) or a whole one at body level was lost
    without a warning. The first branch holding text is read, once."""
    import docx
    from docx.oxml import parse_xml

    from workplan.importing.readers import Line, docx_blocks

    def alternate(choice: str, fallback: str) -> str:
        choice = f"<mc:Choice Requires='wps'>{choice}</mc:Choice>" if choice else ""
        return f"<mc:AlternateContent>{choice}<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>"

    def vml(text: str) -> str:
        return f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"

    document = docx.Document()
    paragraphs = [
        f"<w:p {WORD_NAMESPACES}>{run('甲')}{alternate('', vml('只在备用内容中'))}</w:p>",
        f"<w:p {WORD_NAMESPACES}>{run('乙')}{alternate('<w:r><w:drawing/></w:r>', vml('选项里没有文字'))}</w:p>",
        f"<w:p {WORD_NAMESPACES}>{run('丙')}{text_box('读一次')}</w:p>",
        f"<mc:AlternateContent {WORD_NAMESPACES}><mc:Choice Requires='w14'><w:p>{run('正文级')}</w:p>"
        f"</mc:Choice><mc:Fallback><w:p>{run('正文级')}</w:p></mc:Fallback></mc:AlternateContent>",
    ]
    for xml in paragraphs:
        document.element.body[-1].addprevious(parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    assert [b.text for b in docx_blocks(out.getvalue()) if isinstance(b, Line)] == [
        "甲",
        "只在备用内容中",
        "乙",
        "选项里没有文字",
        "丙",
        "读一次",
        "正文级",
    ]


@pytest.mark.parametrize("make", [as_docx, as_html], ids=["docx", "html"])
def test_a_notice_past_the_line_limit_is_refused(monkeypatch: pytest.MonkeyPatch, make: Any) -> None:
    """The limit scaled down to 100 lines and cells: one more line or one table cell more is refused,
    whatever the format."""
    from workplan import limits

    monkeypatch.setattr(limits, "MAX_LINES", 100)
    lines = ["一、综合经济", *(f"{n}.推进项目。" for n in range(1, 100))]  # 100 lines: not past it
    assert len(records(import_notice(make(lines), "n"))) == 99
    for extra, table in (([], [["序号", "单位"], ["1", "区商务委"]]), (["100.扩大就业。"], None)):
        with pytest.raises(DataError, match="不像是一份通知"):
            import_notice(make(lines + extra, table), "n")


def test_docx_footnotes_and_endnotes_are_read_after_their_paragraph() -> None:
    """python-docx does not read footnotes or endnotes, and a paragraph only refers to them: their text
    was dropped without a warning. Each is read once, after the paragraph that first refers to it."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from workplan.importing.readers import Line, docx_blocks

    document = docx.Document()
    for kind, content_type, relation in (
        ("footnote", CT.WML_FOOTNOTES, RT.FOOTNOTES),
        ("endnote", CT.WML_ENDNOTES, RT.ENDNOTES),
    ):
        notes = f"<w:{kind} w:type='separator' w:id='-1'><w:p>{run('———')}</w:p></w:{kind}>" + "".join(
            f"<w:{kind} w:id='{n}'><w:p><w:r><w:{kind}Ref/></w:r>{run(text)}</w:p></w:{kind}>"
            for n, text in ((1, f"{kind}甲"), (2, f"{kind}乙"))
        )
        blob = f"<w:{kind}s {WORD_NAMESPACES}>{notes}</w:{kind}s>".encode()
        part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, document.part.package)
        document.part.relate_to(part, relation)
    paragraphs = [
        f"<w:p {WORD_NAMESPACES}>{run('正文一')}<w:r><w:footnoteReference w:id='1'/></w:r></w:p>",
        f"<w:p {WORD_NAMESPACES}>{run('正文二')}<w:r><w:endnoteReference w:id='2'/></w:r>"
        "<w:r><w:footnoteReference w:id='2'/></w:r><w:r><w:footnoteReference w:id='1'/></w:r></w:p>",
    ]
    for xml in paragraphs:
        document.element.body[-1].addprevious(parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    assert [(b.text, b.where) for b in docx_blocks(out.getvalue()) if isinstance(b, Line)] == [
        ("正文一", "paragraph 1"),
        ("footnote甲", "paragraph 1 footnote 1 paragraph 1"),
        ("正文二", "paragraph 2"),
        ("endnote乙", "paragraph 2 endnote 1 paragraph 1"),
        ("footnote乙", "paragraph 2 footnote 1 paragraph 1"),
    ]


def test_docx_equation_text_is_read() -> None:
    """A number typed as an equation (Office Math, m:t, not w:t) was dropped without a warning."""
    import docx
    from docx.oxml import parse_xml

    from workplan.importing.readers import Line, docx_blocks

    math = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    document = docx.Document()
    document.element.body[-1].addprevious(
        parse_xml(
            f"<w:p {WORD_NAMESPACES} xmlns:m='{math}'>{run('增长')}"
            "<m:oMath><m:r><m:t>6.5%</m:t></m:r></m:oMath>"
            f"{run('以上')}</w:p>"
        )
    )
    out = io.BytesIO()
    document.save(out)
    assert [b.text for b in docx_blocks(out.getvalue()) if isinstance(b, Line)] == ["增长6.5%以上"]


@pytest.mark.parametrize(
    "tail",
    ["<![ x", "<![a]>", "<![CDATA[ a > b ]]>"],
    ids=["unnamed", "unknown-keyword", "cdata"],
)
def test_a_marked_section_in_html_is_not_a_crash(tail: str) -> None:
    """html.parser raises AssertionError on a marked section it cannot name (exit 70); browsers read
    any `<![` as a bogus comment up to the next `>`, and so does the reader now."""
    page = as_html(["一、综合经济", "(一)促进消费。(区商务委牵头)"]).replace(
        b"</body>", f"{tail}</body>".encode()
    )
    assert len(records(import_notice(page, "n.html"))) == 1


def test_encodings_a_notepad_or_an_editor_leaves_are_read_or_named() -> None:
    """Pass 35: UTF-16 with no BOM was 'neither UTF-8 nor GB18030' with no word of UTF-16; a GB18030 BOM
    was warned as an invisible character; a notice with no item was refused without its file's name."""
    notice = "南川市2021年重点工作安排\n一、稳增长\n(一)扩大投资。(责任单位:市发改委)\n"
    with pytest.raises(DataError, match="UTF-16"):
        import_notice(notice.encode("utf-16-le"), "u16.txt")
    result = import_notice(b"\x84\x31\x95\x33" + notice.encode("gb18030"), "gb.txt")
    assert result.data["sections"][0]["tasks"][0]["responsibility"]["lead"] == ["市发改委"]
    assert not any("U+FEFF" in w.message for w in result.warnings)
    with pytest.raises(DataError, match=r"^empty\.txt: "):
        import_notice(b"\n", "empty.txt")


LAID_OUT = (  # an old gov.cn page: a table for the page's frame, the notice's body in one of its cells
    '<table width="724"><tr><td><table><tr><td><b>发文机关：</b></td><td>东江县人民政府办公室</td></tr>'
    "</table></td></tr></table>"
    '<table width="724"><tr><td><table width="650"><tr><td class="b12c">'
    "<p>东江县人民政府办公室关于做好2019年防汛工作的通知</p><p>各乡镇人民政府，县政府各部门：</p>"
    "<p>为做好今年防汛工作，现通知如下：</p>"
    "<p>一、开展汛前检查。全面排查水库、堤防隐患，将由县水利局牵头，各乡镇人民政府配合。</p>"
    "<p>二、落实物资储备。县应急管理局负责储备防汛物资。</p>"
    "<p>三、强化值班值守。县政府办公室负责督查值班情况。</p>"
    "<p>东江县人民政府办公室</p><p>2019年5月6日</p>"
    "</td><td></td></tr></table></td></tr></table>"
)


def test_a_table_that_only_lays_the_page_out_is_read_as_its_paragraphs() -> None:
    """Set 74 (gov.cn pages from a database dump): the notice's whole body sat in one layout cell, read
    as one cell of a table with no header — every page refused as holding no item. 将由X牵头 names X."""
    result = import_notice(LAID_OUT.encode(), "t.html")
    assert [(r[1], r[3], r[4]) for r in records(result)] == [
        ("开展汛前检查", ["县水利局"], ["各乡镇人民政府"]),
        ("落实物资储备", ["县应急管理局"], []),
        ("强化值班值守", ["县政府办公室"], []),
    ]
    assert result.data["meta"]["signed"] == "2019-05-06"  # (the frame's empty tables after it hold no words)


def test_a_data_tables_cells_of_several_paragraphs_stay_cells() -> None:
    """A task table whose cells hold <p> after <p> (Word's HTML) is a table still: a header over its rows;
    units a paragraph each are a list (they had been glued: 县住建局县水务局)."""
    rows = "".join(
        f"<tr><td><p>{n}</p></td><td><p>推进第{n}项工作</p><p>一是摸底。</p><p>二是整改。</p><p>三是验收。</p></td>"
        f"<td><p>县住建局</p><p>县水务局</p></td></tr>"  # (a unit a paragraph: a list)
        for n in (1, 2)
    )
    page = f"<p>东江县2019年重点工作</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>{rows}</table>"
    got = records(import_notice(page.encode(), "t.html"))
    assert [(r[1], r[3]) for r in got] == [
        (f"推进第{n}项工作一是摸底。二是整改。三是验收。", ["县住建局", "县水务局"]) for n in (1, 2)
    ]


def test_a_table_inside_a_layout_cell_stands_where_the_page_has_it() -> None:
    """Pass 107: a layout cell holding a task table between its paragraphs read the table first, then the
    paragraphs after it, then those before it (二 had become item 1.6): the table stands in its place."""
    inner = (
        "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>新建应急物资仓库</td><td>县应急管理局</td></tr></table>"
    )
    page = (
        '<table width="724"><tr><td>'
        "<p>东江县人民政府办公室关于做好2019年防汛工作的通知</p><p>各乡镇人民政府：</p>"
        "<p>一、开展汛前检查。县水利局负责排查水库隐患。</p>"
        "<p>二、落实物资储备。县应急管理局负责储备防汛物资。</p>"
        f"<p>三、加快工程建设。重点工程任务如下：</p>{inner}"
        "<p>四、强化值班值守。县政府办公室负责督查值班情况。</p>"
        "</td></tr></table>"
    )
    got = [r[1] for r in records(import_notice(page.encode(), "t.html"))]
    assert (
        got.index("开展汛前检查")
        < got.index("落实物资储备")
        < got.index("新建应急物资仓库")
        < got.index("强化值班值守")
    )


def test_a_table_inside_a_data_cell_keeps_the_words_around_it_apart_and_is_said() -> None:
    """Pass 108: a table inside a task cell glued the words on either side (推进旧区改造年底前完成收尾); its
    own words are read as a table of their own, and said where they are kept out."""
    page = (
        "<p>东江县2020年重点工作</p><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>推进旧区改造<table><tr><td>子项A：完成征收</td></tr></table>年底前完成收尾</td>"
        "<td>县住建局</td></tr></table>"
    )
    result = import_notice(page.encode(), "t.html")
    assert [(r[1], r[3]) for r in records(result)] == [("推进旧区改造 年底前完成收尾", ["县住建局"])]
    assert any(w.where == "table 1" and "未收入" in w.message for w in result.warnings)
