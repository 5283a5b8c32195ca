"""Resume content the word lists were not written for: roles they do not know, code-styled headings.

Fictional people and employers; PDFs are drawn with reportlab at test time.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.headings import heading_kind


def _page(rows: list[tuple[str, str, float]]) -> bytes:
    """One A4 page: (font, text, gap below) rows at the left margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    for font, text, gap in rows:
        name, size = font.split(":")
        c.setFont(name, float(size))
        c.drawString(40, y, text)
        y -= gap
    c.save()
    return buf.getvalue()


_HEAD = [
    ("Helvetica-Bold:20", "Mirela Dragomir", 18),
    ("Helvetica:10", "mirela.dragomir@example.com | +40 721 000 111", 30),
]


def test_a_role_no_word_list_knows_is_the_title_beside_an_organisation() -> None:
    rows = [
        *_HEAD,
        ("Helvetica-Bold:13", "Experience", 20),
        ("Helvetica-Bold:10", "Carpathian Heritage Restoration Services", 13),
        ("Helvetica:10", "2016 – 2021", 13),
        ("Helvetica-Oblique:10", "Luthier", 13),
        ("Helvetica:10", "Restored 140 string instruments for two regional orchestras.", 22),
        ("Helvetica-Bold:13", "Education", 20),
        ("Helvetica-Bold:10", "Universitatea Transilvania din Brașov", 13),
        ("Helvetica:10", "BA, Music, 2012 – 2015", 13),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company) for e in resume.experience]
    assert got == [("Luthier", "Carpathian Heritage Restoration Services")]


def test_code_styled_headings_name_their_sections() -> None:
    assert heading_kind("Work()") == "experience"
    assert heading_kind("Projects() {") == "projects"
    rows = [
        *_HEAD,
        ("Courier-Bold:13", "Work()", 20),
        ("Courier-Bold:10", "Brasov Cloud Systems", 13),
        ("Courier:10", "Feb 2022–Present", 13),
        ("Courier:10", "Data Engineer", 13),
        ("Courier:10", "Built the nightly ingestion jobs for 40 data sources", 22),
        ("Courier-Bold:13", "Skills()", 20),
        ("Courier:10", "Python, SQL, Airflow", 13),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company, len(e.bullets)) for e in resume.experience]
    assert got == [("Data Engineer", "Brasov Cloud Systems", 1)]


def test_a_long_employer_name_no_word_list_knows_is_read_with_its_place() -> None:
    rows = [
        *_HEAD,
        ("Helvetica-Bold:13", "Professional Experience", 20),
        ("Helvetica:10", "02/2021 – present    Supply Chain Analyst", 13),
        ("Helvetica-Oblique:10", "Baltic Fresh Retail Distribution Company Limited, Warsaw", 13),
        ("Helvetica:10", "• Built a demand forecast in Python that cut fresh produce waste by 14%", 20),
        ("Helvetica:10", "06/2017 – 01/2021    Logistics Officer", 13),
        ("Helvetica-Oblique:10", "Danube Delta Humanitarian Relief Freight Network, Tulcea, Romania", 13),
        ("Helvetica:10", "• Tracked 3,000 tonnes of supplies a year in a stock system", 20),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company, e.location) for e in resume.experience]
    assert got == [
        ("Supply Chain Analyst", "Baltic Fresh Retail Distribution Company Limited", "Warsaw"),
        ("Logistics Officer", "Danube Delta Humanitarian Relief Freight Network", "Tulcea, Romania"),
    ]


def test_roles_of_every_trade_read_as_titles_and_no_organisation_word_does() -> None:
    from resume_tailor.resume.names import title_score
    from resume_tailor.resume.vocab import COMPANY_HEADS, COMPANY_WORDS, TITLE_HEADS

    for role in ("Translator", "Dispatcher", "Land Surveyor", "Dietitian", "Welder"):
        assert title_score(role) >= 1.0, role
    assert not TITLE_HEADS & (COMPANY_WORDS | COMPANY_HEADS)
    for thing in ("router", "compiler", "server", "publisher", "master", "model", "service"):
        assert thing not in TITLE_HEADS


def test_a_place_printed_flush_against_the_employer_is_split_off() -> None:
    from resume_tailor.resume.entries import peel_place

    glued = "Lothian Regional Transport DirectorateDundee"
    assert peel_place(glued) == ("Dundee", "Lothian Regional Transport Directorate")
    glued = "Rift Valley Freight NetworkMbarara, Uganda"
    assert peel_place(glued) == ("Mbarara, Uganda", "Rift Valley Freight Network")
    assert peel_place("Google DeepMind") == (None, "Google DeepMind")
    assert peel_place("Microsoft SharePoint") == (None, "Microsoft SharePoint")


def test_team_and_reporting_lines_under_a_role_are_facts_of_that_role() -> None:
    rows = [
        *_HEAD,
        ("Helvetica-Bold:13", "Experience", 20),
        ("Helvetica-Bold:10", "Operations Lead, Vellamo Freight Oy", 13),
        ("Helvetica:10", "Mar 2019 – Present", 13),
        ("Helvetica:10", "Reporting to the Head of Regional Operations", 13),
        ("Helvetica:10", "• Cut late deliveries from 9% to 3% across four depots", 20),
        ("Helvetica-Bold:10", "Data Analyst, Kallio Retail Oy", 13),
        ("Helvetica:10", "Jan 2016 – Feb 2019", 13),
        ("Helvetica:10", "Team: Payments Platform (6 people)", 13),
        ("Helvetica:10", "• Built the weekly margin report used by 30 store managers", 20),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company, len(e.bullets)) for e in resume.experience]
    assert got == [("Operations Lead", "Vellamo Freight Oy", 1), ("Data Analyst", "Kallio Retail Oy", 1)]


def test_a_header_beside_its_rail_date_may_name_a_long_employer() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 800, "Mirela Dragomir")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(186, 760, "Experience")
    y = 740.0
    jobs = [
        ("Feb 2021 – now", "Supply Chain Analyst, Baltic Fresh Retail Distribution Company Limited – Warsaw"),
        ("6/2017 – 1/2021", "Logistics Officer, Danube Delta Humanitarian Relief Freight Network – Tulcea"),
    ]
    for dates, header in jobs:
        c.setFont("Helvetica", 9)
        c.drawRightString(174, y, dates)
        c.drawString(186, y, header)
        c.drawString(186, y - 14, "Planned stock for 64 supermarkets and two cold-chain warehouses.")
        y -= 40
    c.save()
    resume = parse_resume_bytes(buf.getvalue(), name="cv.pdf")
    got = [(e.title, e.company, e.start) for e in resume.experience]
    assert got == [
        ("Supply Chain Analyst", "Baltic Fresh Retail Distribution Company Limited", "2021-02"),
        ("Logistics Officer", "Danube Delta Humanitarian Relief Freight Network", "2017-06"),
    ]


def test_a_role_outline_label_under_a_header_introduces_its_text() -> None:
    from resume_tailor.resume.labels import entry_label

    for text in ("Role outline", "Key duties:", "Job description"):
        label = entry_label(text)
        assert label is not None and label.role == "bullets", text
    rows = [
        *_HEAD,
        ("Helvetica-Bold:13", "Experience", 20),
        ("Helvetica:10", "Registered Nurse | 2012 – 2016", 13),
        ("Helvetica:10", "Tarrow University Hospital, Townsville, QLD", 13),
        ("Helvetica-Bold:10", "Role outline", 13),
        ("Helvetica:10", "Nurse in general surgery and orthopaedics on a 30-bed ward.", 20),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company) for e in resume.experience]
    assert got == [("Registered Nurse", "Tarrow University Hospital")]


def test_a_sidebar_language_line_read_into_the_section_is_no_header() -> None:
    rows = [
        *_HEAD,
        ("Helvetica-Bold:13", "Positions Held", 20),
        ("Helvetica:10", "Estonian (C1)", 13),
        ("Helvetica-Bold:10", "Customer Success Manager | Fall 2023 until Now", 13),
        ("Helvetica:10", "Finnish (A2)", 13),
        ("Helvetica:10", "Vellamo Freight Oy", 13),
        ("Helvetica:10", "• Launched an inventory audit of spare machine parts", 20),
    ]
    resume = parse_resume_bytes(_page(rows), name="cv.pdf")
    got = [(e.title, e.company) for e in resume.experience]
    assert got == [("Customer Success Manager", "Vellamo Freight Oy")]
