"""A town set flush right beside the role, the employer and dates on the row below
("Statistician ... Newport" over "Office for Regional Statistics ... Sept 2018 – Jan 2022").

Fictional people and employers; PDFs are drawn with reportlab at test time.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes

_ROLES = [
    ("Data Analyst", "Tarrow", "Harlow Mill Logistics", "Feb 2022 – present"),
    ("Statistician", "Newport", "Office for Regional Statistics", "Sept 2018 – Jan 2022"),
    ("IT Administrator", "Kiel", "Stadtwerke Nordhafen", "Sept 2015 – Aug 2018"),
]


def _role_over_employer(roles: list[tuple[str, str, str, str]] = _ROLES) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 20)
    c.drawString(30, y, "Rhian Pryce")
    y -= 16
    c.setFont("Helvetica", 10)
    c.drawString(30, y, "rhian.pryce@example.com | +44 7700 900456")
    y -= 30
    c.setFont("Helvetica-Bold", 13)
    c.drawString(30, y, "Experience")
    y -= 18
    for role, town, employer, dates in roles:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, y, role)
        c.setFont("Helvetica", 10)
        c.drawRightString(565, y, town)
        y -= 13
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(30, y, employer)
        c.setFont("Helvetica", 10)
        c.drawRightString(565, y, dates)
        y -= 13
        c.drawString(40, y, "- Produced weekly estimates from survey data in R")
        y -= 20
    c.save()
    return buf.getvalue()


def test_a_town_beside_the_role_is_the_place_when_the_employer_is_below() -> None:
    resume = parse_resume_bytes(_role_over_employer(), name="cv.pdf")
    got = [(e.title, e.company, e.location) for e in resume.experience]
    assert got == [(role, employer, town) for role, town, employer, _ in _ROLES]


def test_beside_the_role_a_name_is_the_employer_when_only_a_place_is_below() -> None:
    roles = [("Data Analyst", "Harlow Mill", "Portland, OR", "Feb 2022 – present")]
    resume = parse_resume_bytes(_role_over_employer(roles), name="cv.pdf")
    assert [(e.title, e.company, e.location) for e in resume.experience] == [
        ("Data Analyst", "Harlow Mill", "Portland, OR")
    ]


def test_a_town_after_a_dash_behind_role_and_employer_is_the_place() -> None:
    text = (
        "Noor van Dijk\nnoor.vandijk@example.com\n\nExperience\n"
        "Software Tester, Gemeente Zwolle – Zwolle    Apr 2017 – Oct 2020\n"
        "- Automated the regression suite for the permit portal\n"
        "Lead Developer, Nordvik Ferry Lines – Ålesund    Jan 2012 – Mar 2017\n"
        "- Rebuilt the booking engine\n"
    )
    resume = parse_resume_bytes(text.encode(), name="cv.txt")
    got = [(e.title, e.company, e.location) for e in resume.experience]
    assert got == [
        ("Software Tester", "Gemeente Zwolle", "Zwolle"),
        ("Lead Developer", "Nordvik Ferry Lines", "Ålesund"),
    ]


def test_places_the_list_did_not_know() -> None:
    from resume_tailor.resume.contact import is_location

    for place in ("Lévis, QC", "Townsville, QLD", "Gulu, Uganda", "Wollongong, NSW", "Mbeya, Tanzania"):
        assert is_location(place), place
    for name in ("Jordan Avery", "Chad Okafor", "Acme Corp, Austin", "Engineer, ACT"):
        assert not is_location(name), name
