"""A left sidebar with sections of its own (contact, skills, schools) beside a main column of roles:
the sidebar is no rail of headings, and a sidebar heading level with a role's dates keeps them
out of the sidebar.

The person, employers and school are invented; the PDF is drawn with reportlab at test time.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes

# (text, heading, y): the sidebar's second and third headings level with the second and third
# roles' dates in the main column
_SIDEBAR = [
    ("CONTACT", True, 690),
    ("Pune, Maharashtra, IN", False, 670),
    ("asha.kulkarni@example.in", False, 656),
    ("+91 98111 22334", False, 642),
    ("TECHNICAL SKILLS", True, 588),
    ("Backend", False, 568),
    ("Java, Spring Boot, Kafka", False, 554),
    ("EDUCATION", True, 520),
    ("Bachelor of Engineering in", False, 500),
    ("Computer Engineering", False, 486),
    ("at Deccan Institute of Technology", False, 472),
    ("Jul 2010 - May 2014", False, 458),
]
_ROLES = [
    ("Tamarind Payments", "Technology Lead", "Aug 2020 - Present"),
    ("Banyan Software Labs", "Senior Software Engineer", "Jun 2017 - Jul 2020"),
    ("Kestrel Consultancy", "Software Engineer", "Jul 2014 - May 2017"),
]


def _sidebar_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(48, 740, "Asha Kulkarni")
    for text, heading, top in _SIDEBAR:
        c.setFont("Helvetica-Bold" if heading else "Helvetica", 13 if heading else 10)
        c.drawString(48, top, text)
    y = 690.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(234, y, "EMPLOYMENT")
    y -= 20
    for employer, title, dates in _ROLES:
        c.setFont("Helvetica", 10)
        c.drawString(234, y, employer)
        c.drawRightString(565, y, title)
        y -= 14
        c.drawRightString(565, y, dates)
        y -= 14
        for text in ("Built services that settle two million payments a day", "Mentored four engineers"):
            c.drawString(245, y, text)
            y -= 14
        y -= 12
    c.save()
    return buf.getvalue()


def test_a_sidebar_with_its_own_sections_is_read_as_a_column() -> None:
    r = parse_resume_bytes(_sidebar_pdf(), name="sidebar.pdf")
    assert [(e.company, e.title, e.dates_text) for e in r.experience] == _ROLES
    assert [e.end for e in r.education] == ["2014-05"]  # the school's dates stay in the sidebar
