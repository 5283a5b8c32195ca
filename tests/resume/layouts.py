"""Fictional resumes drawn with reportlab in the layouts that broke the parser (made at test time).

Every person, employer and school here is invented. Each function returns PDF bytes.
"""

from __future__ import annotations

import io
from typing import Any

JOBS = [
    (
        "Mar 2021 –",
        "Present",
        "Data Engineer, Acme Corp, Austin",
        [
            "Building pipelines that move 4 TB a day from Kafka into the warehouse with dbt and Airflow.",
            "Cut nightly batch time from 6 hours to 40 minutes by rewriting joins in Spark.",
        ],
    ),
    (
        "Jun 2017 –",
        "Feb 2021",
        "Analyst, Globex Corporation, Dallas",
        [
            "Built the churn dashboard used by 40 account managers every week.",
            "Automated the monthly revenue report in Python, saving two days of work.",
        ],
    ),
    (
        "2015 –",
        "2017",
        "Research Assistant, Initech Labs, Houston",
        ["Ran A/B tests on onboarding for 200,000 users."],
    ),
]


def _canvas(buf: io.BytesIO) -> Any:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buf, pagesize=letter, invariant=1)


def date_rail(side: str = "left") -> bytes:
    """moderncv-like: each entry's dates in a narrow rail, ranges broken after the dash."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 740.0
    c.setFont("Helvetica-Bold", 22)
    c.drawString(150, y, "Dana Whitfield")
    y -= 18
    c.setFont("Helvetica", 9)
    c.drawString(150, y, "dana.whitfield@example.com  |  (512) 555-0199  |  Austin, TX")
    y -= 30

    def rail(text: str) -> None:
        c.setFont("Helvetica", 9)
        c.drawRightString(135 if side == "left" else 560, y, text)

    def body(text: str, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(150, y, text)

    c.setFont("Helvetica-Bold", 13)
    c.drawString(150, y, "Experience")
    y -= 18
    for start, end, head, bullets in JOBS:
        rail(start)
        body(head, bold=True)
        y -= 13
        rail(end)
        body(bullets[0])
        y -= 13
        for text in bullets[1:]:
            body(text)
            y -= 13
        y -= 8
    c.setFont("Helvetica-Bold", 13)
    c.drawString(150, y, "Education")
    y -= 18
    rail("2011 –")
    body("B.S. in Statistics, University of Texas at Austin", bold=True)
    y -= 13
    rail("2015")
    c.save()
    return buf.getvalue()


def with_furniture() -> bytes:
    """Two pages with a browser print stamp, page numbers and a running header on page 2."""
    buf = io.BytesIO()
    c = _canvas(buf)
    pages = [
        [
            ("Helvetica-Bold", 20, "Priya Raman"),
            ("Helvetica", 10, "priya.raman@example.com | (415) 555-0123 | Oakland, CA"),
            ("Helvetica-Bold", 13, "EXPERIENCE"),
            ("Helvetica-Bold", 10, "Senior Engineer, Northwind Traders | Jan 2020 – Present"),
            ("Helvetica", 10, "• Cut checkout latency 38% by caching prices"),
            ("Helvetica", 10, "• Led a team of five through a Kubernetes migration"),
        ],
        [
            ("Helvetica", 9, "Priya Raman – Resume"),
            ("Helvetica-Bold", 10, "Engineer, Contoso Labs | Jun 2016 – Dec 2019"),
            ("Helvetica", 10, "• Built the event pipeline handling 2M events a day"),
            ("Helvetica-Bold", 13, "EDUCATION"),
            ("Helvetica", 10, "B.S. in Computer Science, State University, 2016"),
        ],
    ]
    for number, rows in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(40, 770, "February 10, 2026")
        y = 740.0
        for font, size, text in rows:
            c.setFont(font, size)
            c.drawString(72, y, text)
            y -= size + 8
        c.setFont("Helvetica", 8)
        c.drawRightString(560, 30, f"{number}/2")
        c.drawString(40, 30, "file:///home/priya/resume.html")
        c.showPage()
    c.save()
    return buf.getvalue()


def stacked_headers() -> bytes:
    """Title, employer and location on rows of their own; bullets that wrap under a hanging indent."""
    buf = io.BytesIO()
    c = _canvas(buf)
    y = 740.0

    def row(text: str, font: str = "Helvetica", size: float = 10, x: float = 72) -> None:
        c.setFont(font, size)
        c.drawString(x, y, text)

    row("Morgan Ellis", "Helvetica-Bold", 20)
    y -= 16
    row("morgan.ellis@example.com  ·  (206) 555-0110  ·  Seattle, WA")
    y -= 28
    row("EXPERIENCE", "Helvetica-Bold", 12)
    y -= 18
    roles = [
        ("Senior Product Manager", "Northwind Traders", "Seattle, WA", "Apr 2019 – Present"),
        ("Product Analyst", "Contoso Labs", "Portland, OR", "Jul 2016 – Mar 2019"),
    ]
    wrapped = [
        ("Launched self-serve onboarding that lifted activation from 31% to 47% across", "four markets"),
        ("Ran 60 pricing experiments with finance and sales, adding $4M in annual", "recurring revenue"),
    ]
    for title, employer, place, dates in roles:
        row(title, "Helvetica-Bold")
        c.drawRightString(540, y, dates)
        y -= 13
        row(employer, "Helvetica-Oblique")
        y -= 13
        row(place)
        y -= 14
        for first, second in wrapped:
            row("•", x=80)
            row(first, x=92)
            y -= 12
            row(second, x=92)
            y -= 13
        y -= 8
    row("EDUCATION", "Helvetica-Bold", 12)
    y -= 18
    row("University of Washington", "Helvetica-Bold")
    c.drawRightString(540, y, "2012 – 2016")
    y -= 13
    row("B.A. in Economics")
    c.save()
    return buf.getvalue()


def side_headings() -> bytes:
    """Section headings and dates in a left column beside the text they label (JSON Resume paper)."""
    buf = io.BytesIO()
    c = _canvas(buf)

    def at(x: float, y: float, text: str, font: str = "Helvetica", size: float = 10) -> None:
        c.setFont(font, size)
        c.drawString(x, y, text)

    at(220, 750, "Lena Ortiz", "Helvetica-Bold", 20)
    at(220, 732, "lena.ortiz@example.com  |  (312) 555-0147")
    at(62, 690, "Work Experience", "Helvetica-Bold", 14)
    at(220, 690, "Data Scientist at Wabash Analytics")
    at(62, 676, "2019-03 to Present", size=8)
    at(232, 676, "• Built a demand forecast that cut stockouts by 18% across 40 stores")
    at(232, 662, "• Led the migration of 120 notebooks to a tested Python package")
    at(220, 636, "Analyst at Lakeshore Insurance")
    at(62, 636, "2016-06 to 2019-02", size=8)
    at(232, 622, "• Priced 3 new policy lines with a claims model in R")
    at(62, 590, "Education", "Helvetica-Bold", 14)
    at(220, 590, "Northwestern University")
    at(232, 576, "M.S. in Statistics")
    at(62, 576, "2014 to 2016", size=8)
    at(62, 544, "Projects", "Helvetica-Bold", 14)
    at(220, 544, "Transit Delay Map")
    at(232, 530, "• Mapped 2M bus arrivals to show where delays start")
    c.save()
    return buf.getvalue()
