"""DOCX reading: styles, bold headings, tables, text boxes, headers/footers, links, zip bombs."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from resume_tailor.errors import CorruptFileError, FileTooLargeError
from resume_tailor.resume import parse_resume, parse_resume_bytes
from resume_tailor.resume.docx import check_zip, read_docx


def _make_fixtures() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_fixtures", Path(__file__).with_name("make_fixtures.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    return module


def test_styled_docx_headings_lists_header_footer_and_hyperlink(fixtures: Path) -> None:
    r = parse_resume(fixtures / "styled.docx")
    assert r.file_type == "docx"
    c = r.contact
    # contact details live in the page header; the name is the Title paragraph
    assert (c.name, c.email, c.phone, c.location) == (
        "Jordan Blake",
        "jordan.blake@example.com",
        "(503) 555-0142",
        "Portland, OR",
    )
    assert c.links == ["https://github.com/jordan-blake-example"]
    assert [(s.kind, s.heading) for s in r.sections if s.heading] == [
        ("summary", "Professional Summary"),
        ("experience", "Work History"),
        ("education", "Education"),
        ("projects", "Hackathons"),
    ]
    # "Heading 2" employer above two roles: both roles get the company
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Staff SRE", "Globex Corporation", "2022-01", "present"),
        ("Senior SRE", "Globex Corporation", "2019-04", "2021-12"),
    ]
    assert [b.text for b in r.experience[0].bullets] == [
        "Cut paging volume 60% by fixing the top ten alert sources",
        "Ran the incident review program across 14 teams",
    ]
    assert "References available on request" in r.text  # the footer is read too
    # the degree sits inside a content control (w:sdt), which python-docx's own iterator skips
    assert [(e.degree, e.institution) for e in r.education] == [
        ("B.S. Computer Engineering", "Oregon State University")
    ]


def test_bold_headings_tables_and_text_boxes(fixtures: Path) -> None:
    doc = read_docx((fixtures / "bold_table_textbox.docx").read_bytes())
    texts = [ln.text for ln in doc.lines]
    # the text box is read once (its VML fallback copy is skipped), in body order
    assert texts.count("SEO and SEM") == 1 and texts.index("SEO and SEM") > texts.index("SKILLS")
    # a merged table cell is read once
    assert texts.count("Volunteer mentor at a local business school (merged cell)") == 1
    r = parse_resume(fixtures / "bold_table_textbox.docx")
    assert [s.heading for s in r.sections if s.heading] == ["EXPERIENCE", "EDUCATION", "SKILLS"]
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Marketing Manager", "Fabrikam Coffee", "2020-05", "present"),
        ("Marketing Associate", "Contoso Retail", "2017-08", "2020-04"),
    ]
    edu = r.education[0]
    assert (edu.degree, edu.field, edu.institution, edu.gpa, edu.end) == (
        "BBA in Marketing",
        "Marketing",
        "Boston University",
        "3.6",
        "2017-05",
    )


def test_zip_bomb_is_refused_before_python_docx_reads_it() -> None:
    bomb = _make_fixtures().docx_bomb(60 << 20)
    assert len(bomb) < 1 << 20
    with pytest.raises(FileTooLargeError, match=r"\b(50|8) MB"):  # total or per-XML-part cap
        parse_resume_bytes(bomb, name="bomb.docx")


def test_zip_check_counts_real_bytes_and_allows_normal_files(fixtures: Path) -> None:
    data = (fixtures / "styled.docx").read_bytes()
    assert 0 < check_zip(data) < 1 << 20
    with pytest.raises(FileTooLargeError):
        check_zip(data, max_total=1000)


def test_damaged_docx_is_corrupt() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(CorruptFileError, match="cannot be read"):
        parse_resume_bytes(buf.getvalue(), name="broken.docx")


def test_manual_line_breaks_split_a_paragraph() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Jane Doe")
    d.add_paragraph("jane@example.com")
    d.add_heading("Experience", 1)
    p = d.add_paragraph("Senior Engineer, Acme Corp")
    p.add_run().add_break()
    p.add_run("Jan 2020 – Present")
    d.add_paragraph("Built the billing service", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    r = parse_resume_bytes(buf.getvalue())
    assert [(e.title, e.company, e.start, [b.text for b in e.bullets]) for e in r.experience] == [
        ("Senior Engineer", "Acme Corp", "2020-01", ["Built the billing service"])
    ]


def test_headings_by_size_alone_and_unknown_ones_in_the_same_look() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_paragraph("Jane Doe")
    d.add_paragraph("jane@example.com")
    for heading, body in (
        ("Experience", "Engineer, Acme Corp, 2020 - 2022"),
        ("Conferences", "Speaker, city data cup."),
        ("Education", "B.S. Physics, Ohio State University"),
    ):
        d.add_paragraph().add_run(heading).font.size = Pt(15)  # not bold, not a heading style: only bigger
        d.add_paragraph(body)
    buf = io.BytesIO()
    d.save(buf)
    r = parse_resume_bytes(buf.getvalue())
    assert [(s.kind, s.heading) for s in r.sections] == [
        ("contact", ""),
        ("experience", "Experience"),
        ("other", "Conferences"),
        ("education", "Education"),
    ]
