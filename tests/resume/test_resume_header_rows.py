"""Entry headers whose pieces sit apart on the page: a role set flush right beside its employer, a
next employer after a header without achievements, a running name atop page 2, a place after a
dash that a cut-out date leaves behind.

Fictional people and employers; PDFs are drawn with reportlab at test time.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line

_ROLES = [
    ("Westmere GmbH", "Financial Analyst", "2022 – Ongoing | Raleigh, NC"),
    ("Tidewell Inc.", "Customer Success Manager", "2019 – 2022 | Remote"),
    ("Tessaly Inc.", "Registered Nurse", "2017 – 2019 | Toronto, ON"),
    ("Redfern Labs", "Operations Lead", "2015 – 2017 | Denver, CO"),
]


def _roles_flush_right() -> bytes:
    """Employer (bold) on the left, the role flush right on its row, dates and place below; no
    achievements; publications with long lines further down."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 20)
    c.drawString(30, y, "Felix Hollis")
    y -= 16
    c.setFont("Helvetica", 10)
    c.drawString(30, y, "felix.hollis@example.com | +44 7700 900123")
    y -= 30
    c.setFont("Helvetica-Bold", 13)
    c.drawString(30, y, "Work Experience")
    y -= 18
    for employer, role, dates in _ROLES:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, y, employer)
        c.setFont("Helvetica-Oblique", 10)
        c.drawRightString(565, y, role)
        y -= 13
        c.setFont("Helvetica", 10)
        c.drawString(30, y, dates)
        y -= 18
    c.setFont("Helvetica-Bold", 13)
    c.drawString(30, y, "Publications")
    y -= 16
    c.setFont("Helvetica", 10)
    c.drawString(30, y, "Felix Hollis, R. Ortiz. Measuring queue times in small clinics with cheap sensors.")
    y -= 13
    c.drawString(30, y, "Cheap sensors for river monitoring, a field report | Proceedings of OpenHW | 2021")
    c.save()
    return buf.getvalue()


def test_a_role_set_flush_right_beside_its_employer_is_read_on_that_row() -> None:
    r = parse_resume_bytes(_roles_flush_right(), name="flush-right.pdf")
    assert [(e.title, e.company) for e in r.experience] == [(role, emp) for emp, role, _ in _ROLES]
    assert [e.start for e in r.experience] == ["2022", "2019", "2017", "2015"]


def test_after_a_header_with_role_employer_and_dates_the_next_name_opens_an_entry() -> None:
    text = "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n" + "".join(
        f"{emp}\n{role}\n{dates}\n" for emp, role, dates in _ROLES
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.experience] == [(role, emp) for emp, role, _ in _ROLES]


def test_the_owners_name_atop_a_later_page_is_a_running_header() -> None:
    def at(text: str, page: int, top: float, x0: float = 50.0, size: float = 10.0) -> Line:
        return Line(text, page=page, x0=x0, x1=x0 + 6.0 * len(text), top=top, bottom=top + 11.0, size=size)

    lines = [
        at("Curriculum vitae", 1, 59.0, 194.0),
        at("PERSONAL INFORMATION Ines Marlow", 1, 97.0, 64.0, 11.7),
        at("ines.marlow@example.com", 1, 120.0, 202.0),
        at("WORK EXPERIENCE", 1, 160.0),
        at("Staff Engineer | 2019 – 2024", 1, 180.0, 187.0, 12.0),
        at("Northwind Traders, Tacoma, WA", 1, 197.0, 187.0),
        at("Curriculum vitae", 2, 59.0, 194.0),
        at("Ines Marlow", 2, 58.0, 500.0),
        at("Junior Developer | 2016 – 2019", 2, 95.0, 187.0, 12.0),
        at("Bluefin Logistics, Tacoma, WA", 2, 112.0, 187.0),
    ]
    kept = [ln.text for ln in analyse(lines).lines]
    assert "Ines Marlow" not in kept
    assert "Junior Developer | 2016 – 2019" in kept


def test_a_dash_left_by_a_cut_out_date_does_not_glue_the_place_to_the_employer() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n"
        "Senior Accountant | Pinecrest Systems — Denver, CO — April 2023 — May 2026\n"
        "• Closed the books four days sooner each month.\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Senior Accountant", "Pinecrest Systems", "Denver, CO")
    ]


def test_positions_held_and_studies_are_section_names() -> None:
    assert (heading_kind("Positions Held"), heading_kind("STUDIES")) == ("experience", "education")
    # a word the reader split at a kerned pair of small capitals
    assert heading_kind("Professional Bac kground") == "experience"
