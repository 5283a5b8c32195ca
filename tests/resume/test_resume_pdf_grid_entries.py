"""Entries set side by side in a grid row (two schools next to each other under one heading) are
read left item, right item, and only then the left side's next section.

The fixture is drawn with reportlab at test time; the people and schools are invented.
"""

from __future__ import annotations

import io

from resume_tailor.resume.pdf import read_pdf


def _page(right_rows: list[str]) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 720.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, "EXPERIENCE")
    c.setFont("Helvetica", 10.8)
    for text in (
        "Data Engineer at Harbour Metrics, Jan 2020 - Present",
        "Built the nightly warehouse loads for forty source systems and their checks",
        "Moved the reporting jobs from cron to a scheduler with alerts and retries",
    ):
        y -= 18
        c.drawString(50, y, text)
    y -= 40
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, "EDUCATION")
    left = ["Lakeview University", "Sep 2016 - Jun 2020", "Bachelor of Science - Statistics and Data"]
    top = y - 32
    for k, text in enumerate(left):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 12)
        c.drawString(50, top - 14 * k, text)
    for k, text in enumerate(right_rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 12)
        c.drawString(308, top - 14 * k, text)
    y = top - 14 * max(len(left), len(right_rows)) - 36
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, "AWARDS")
    c.setFont("Helvetica", 12)
    for text in ("Dean's List for four terms in a row", "Best Poster at the Regional Statistics Day"):
        y -= 16
        c.drawString(50, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _order_of(data: bytes) -> list[str]:
    return [ln.text for ln in read_pdf(data).lines]


def test_the_right_entry_of_a_grid_row_is_read_before_the_next_heading() -> None:
    texts = _order_of(
        _page(["Northgate High School", "Sep 2012 - Jun 2016", "High School Diploma - Sciences"])
    )
    assert texts.index("Northgate High School") < texts.index("AWARDS")
    assert texts.index("Bachelor of Science - Statistics and Data") < texts.index("Northgate High School")


def test_a_right_entry_one_row_longer_is_still_read_before_the_next_heading() -> None:
    rows = [
        "Northgate Academy of Science and",
        "Technology High School",
        "Sep 2012 - Jun 2016",
        "Diploma - Sciences",
    ]
    texts = _order_of(_page(rows))
    assert texts.index("Diploma - Sciences") < texts.index("AWARDS")


def _rail_page() -> bytes:
    """A date rail left of the entries of one section; the next section's heading and a short
    line of it sit in the rail's width under the last entry."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    h = A4[1]
    c.setFont("Helvetica-Bold", 18)
    c.drawString(54, h - 62, "Leadership")
    rows = [
        (83, "2019/07–2020/10", "Tutor", True),
        (98, None, "Lakeside Food Bank", False),
        (115, None, "Negotiated the release checklist and its rollback steps for the team", False),
        (130, None, "Led onboarding material for new support staff across two sites", False),
        (168, "2022/12–2023/04", "Event Lead", True),
        (183, None, "Code Club Northfield", False),
    ]
    for top, date, text, bold in rows:
        if date:
            c.setFont("Helvetica", 11.5)
            c.drawString(54, h - top, date)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 12.5)
        c.drawString(170, h - top, text)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(54, h - 205, "Skills")
    c.setFont("Helvetica", 12.5)
    c.drawString(54, h - 226, "Tools: Jira, R, SAP")
    c.drawString(54, h - 241, "Also: Tableau, Docker, Figma and more")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_date_rail_beside_its_entries_reads_row_by_row_before_the_next_heading() -> None:
    texts = _order_of(_rail_page())
    assert texts.index("2019/07–2020/10") < texts.index("Tutor") < texts.index("2022/12–2023/04")
    assert texts.index("Code Club Northfield") < texts.index("Skills")
