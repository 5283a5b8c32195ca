"""DOCX tables and text boxes read as they are printed: fixtures built here with python-docx."""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.docx import read_docx


def _entry_table(doc, rows: list[tuple[list[str], list[str], str]]) -> None:  # type: ignore[no-untyped-def]
    """One table row per entry: header lines and list bullets in a wide cell, a short cell right."""
    table = doc.add_table(rows=0, cols=2)
    for header, bullets, side in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(header[0]).bold = True
        for text in header[1:]:
            left.add_paragraph(text)
        for text in bullets:
            left.add_paragraph(text, style="List Bullet")
        right.paragraphs[0].text = side


def _saved(doc) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_date_cell_beside_an_entry_with_bullets_belongs_to_its_header() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    d.add_paragraph("priya.raman@example.net")
    d.add_heading("Experience", 1)
    _entry_table(
        d,
        [
            (
                ["Platform Engineer, Quillfeather Labs", "Leeds, UK"],
                ["Moved the build farm to spot instances", "Wrote the deploy tool"],
                "Mar 2020 - Present",
            ),
            (
                ["Support Engineer, Brightmoor Ltd", "York, UK"],
                ["Answered 40 tickets a day"],
                "Jun 2017 - Feb 2020",
            ),
        ],
    )
    data = _saved(d)
    texts = [ln.text for ln in read_docx(data).lines]
    # the date cell is read after the header lines, before the first bullet
    assert texts[texts.index("Leeds, UK") + 1] == "Mar 2020 - Present"
    assert texts[texts.index("Mar 2020 - Present") + 1] == "Moved the build farm to spot instances"
    r = parse_resume_bytes(data)
    assert [(e.title, e.company, e.start, e.end, len(e.bullets)) for e in r.experience] == [
        ("Platform Engineer", "Quillfeather Labs", "2020-03", "present", 2),
        ("Support Engineer", "Brightmoor Ltd", "2017-06", "2020-02", 1),
    ]


def test_rows_without_a_list_or_with_two_long_cells_keep_cell_order() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    _entry_table(d, [(["Data Engineer", "Quillfeather Labs, Leeds"], [], "2019 - 2021")])
    # a bulleted profile beside a three-line skills cell: that is a sidebar, not a side note
    sidebar = d.add_table(rows=1, cols=2).rows[0].cells
    sidebar[0].paragraphs[0].text = "Profile"
    sidebar[0].add_paragraph("Designed the reporting warehouse", style="List Bullet")
    sidebar[1].paragraphs[0].text = "Skills"
    for text in ("Python", "SQL", "Airflow"):
        sidebar[1].add_paragraph(text)
    texts = [ln.text for ln in read_docx(_saved(d)).lines]
    assert texts[1:] == [
        "Data Engineer",
        "Quillfeather Labs, Leeds",
        "2019 - 2021",
        "Profile",
        "Designed the reporting warehouse",
        "Skills",
        "Python",
        "SQL",
        "Airflow",
    ]


_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>{}'
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def _text_box(paragraph, inner_xml: str) -> None:  # type: ignore[no-untyped-def]
    """Anchor a VML text box (python-docx cannot write one) holding ``inner_xml`` paragraphs."""
    from lxml import etree

    paragraph._p.append(etree.fromstring(_BOX.format(inner_xml)))


def test_text_box_paragraphs_keep_breaks_tabs_styles_and_list_marks() -> None:
    import docx

    d = docx.Document()
    anchor = d.add_paragraph("Priya Raman")
    nested = _BOX.format("<w:p><w:r><w:t>Open to relocation</w:t></w:r></w:p>")
    _text_box(
        anchor,
        # Shift+Enter between the email and the site; a tab between a skill and its years
        "<w:p><w:r><w:t>priya.raman@example.net</w:t><w:br/><w:t>github.com/praman</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Python</w:t><w:tab/>'
        "<w:t>8 years</w:t></w:r></w:p>"
        f"<w:p>{nested}</w:p>",
    )
    d.add_heading("Experience", 1)
    d.add_paragraph("Platform Engineer, Quillfeather Labs, Mar 2020 - Present")
    data = _saved(d)
    lines = read_docx(data).lines
    texts = [ln.text for ln in lines]
    assert texts[:6] == [
        "Priya Raman",
        "priya.raman@example.net",
        "github.com/praman",
        "Skills",
        "Python  8 years",
        "Open to relocation",  # a box inside the box is read once
    ]
    assert lines[3].style_heading and lines[4].list_item
    r = parse_resume_bytes(data)
    assert r.contact.email == "priya.raman@example.net"
    assert [s.heading for s in r.sections if s.heading] == ["Skills", "Experience"]


def test_a_cell_merged_down_or_across_is_read_once() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    d.add_paragraph("priya.raman@example.net")
    table = d.add_table(rows=4, cols=3)
    heading = table.cell(0, 0).merge(table.cell(0, 2))  # a heading row across the table
    heading.text = "Experience"
    rail = table.cell(1, 0).merge(table.cell(3, 0))  # a side cell merged down the entry rows
    rail.text = "Full-time roles"
    for row, (header, dates) in enumerate(
        [
            ("Platform Engineer, Quillfeather Labs", "2020 - 2024"),
            ("Support Engineer, Brightmoor Ltd", "2017 - 2020"),
            ("Help Desk Analyst, Tarnside Council", "2015 - 2017"),
        ],
        start=1,
    ):
        table.cell(row, 1).text = header
        table.cell(row, 2).text = dates
    data = _saved(d)
    texts = [ln.text for ln in read_docx(data).lines]
    assert texts.count("Experience") == 1 and texts.count("Full-time roles") == 1
    assert texts[2:6] == [
        "Experience",
        "Full-time roles",
        "Platform Engineer, Quillfeather Labs",
        "2020 - 2024",
    ]
    r = parse_resume_bytes(data)
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Platform Engineer", "Quillfeather Labs", "2020", "2024"),
        ("Support Engineer", "Brightmoor Ltd", "2017", "2020"),
        ("Help Desk Analyst", "Tarnside Council", "2015", "2017"),
    ]


_WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _append_xml(paragraph, xml: str) -> None:  # type: ignore[no-untyped-def]
    """Append inline WordprocessingML python-docx cannot write (content controls, tracked changes)."""
    from lxml import etree

    paragraph._p.append(etree.fromstring(f"<root {_WNS}>{xml}</root>")[0])


def test_text_in_content_controls_and_tracked_changes_is_read() -> None:
    import docx

    d = docx.Document()
    # a template's name placeholder: the typed name sits inside an inline content control
    _append_xml(
        d.add_paragraph(),
        "<w:sdt><w:sdtPr><w:alias w:val='Your name'/></w:sdtPr>"
        "<w:sdtContent><w:r><w:t>Priya Raman</w:t></w:r></w:sdtContent></w:sdt>",
    )
    d.add_paragraph("priya.raman@example.net")
    d.add_heading("Experience", 1)
    header = d.add_paragraph("Platform Engineer, ")
    # the employer added with Track Changes on; a deleted word is not printed
    _append_xml(header, "<w:ins w:id='1' w:author='PR'><w:r><w:t>Quillfeather Labs</w:t></w:r></w:ins>")
    _append_xml(header, "<w:del w:id='2' w:author='PR'><w:r><w:delText> Old Co</w:delText></w:r></w:del>")
    header.add_run(", Mar 2020 - Present")
    data = _saved(d)
    texts = [ln.text for ln in read_docx(data).lines]
    assert texts[0] == "Priya Raman"
    assert "Platform Engineer, Quillfeather Labs, Mar 2020 - Present" in texts
    r = parse_resume_bytes(data)
    assert r.contact.name == "Priya Raman"
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Platform Engineer", "Quillfeather Labs", "2020-03")
    ]


def test_links_inside_content_controls_are_kept_and_a_dangling_one_is_no_error() -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    contact = d.add_paragraph()
    r_id = contact.part.relate_to("https://github.com/praman", RT.HYPERLINK, is_external=True)
    _append_xml(
        contact,
        '<w:sdt><w:sdtContent><w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships" r:id="{r_id}"><w:r><w:t>github.com/praman</w:t></w:r></w:hyperlink>'
        "</w:sdtContent></w:sdt>",
    )
    _append_xml(
        d.add_paragraph(),
        '<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'r:id="rId999"><w:r><w:t>priya.raman@example.net</w:t></w:r></w:hyperlink>',
    )
    doc = read_docx(_saved(d))
    assert doc.links == ["https://github.com/praman"]
    assert [ln.text for ln in doc.lines] == ["Priya Raman", "github.com/praman", "priya.raman@example.net"]


def test_a_first_page_header_is_read_only_when_the_section_prints_it() -> None:
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "priya.raman@example.net"
    # left over in a template: defined, but the section has no distinct first page, so never printed
    section.first_page_header.paragraphs[0].text = "Your Name Here"
    d.add_paragraph("Priya Raman")
    assert [ln.text for ln in read_docx(_saved(d)).lines] == ["priya.raman@example.net", "Priya Raman"]
    section.different_first_page_header_footer = True
    assert [ln.text for ln in read_docx(_saved(d)).lines] == [
        "Your Name Here",
        "priya.raman@example.net",
        "Priya Raman",
    ]


def test_a_style_that_numbers_its_paragraphs_marks_list_items() -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    # a template's own bullet style: the numbering lives in the style (via its base), not the paragraph
    bullets = d.styles["List Bullet"].element.pPr.numPr.numId.val
    base = d.styles.add_style("Bulleted Body", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = bullets
    achievement = d.styles.add_style("Achievement", WD_STYLE_TYPE.PARAGRAPH)
    achievement.base_style = base
    d.add_paragraph("Priya Raman")
    d.add_heading("Experience", 1)
    d.add_paragraph("Platform Engineer, Quillfeather Labs, Mar 2020 - Present")
    d.add_paragraph("Moved the build farm to spot instances", style="Achievement")
    plain = d.add_paragraph("Wrote the deploy tool", style="Achievement")
    plain._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0  # numbering switched off
    lines = read_docx(_saved(d)).lines
    assert [(ln.text, ln.list_item) for ln in lines[-2:]] == [
        ("Moved the build farm to spot instances", True),
        ("Wrote the deploy tool", False),
    ]
