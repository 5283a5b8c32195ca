"""Entry headers too long for one line: a names list the page broke, or one longer than a header.

Fictional people and employers; the PDF is drawn with reportlab at test time.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes

_HEAD = "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n"


def test_a_long_names_list_under_a_date_only_line_is_the_header() -> None:
    body = (
        "Jun 2024 – Aug 2024\nData Intern, Northwind Traders, Chicago, IL\n• Built a churn model.\n"
        "Jan 2023 – May 2024\n"
        "Graduate Teaching Assistant, Lakeview State University Mathematics Department, Madison, WI\n"
        "• Led weekly lab sections of 30 students.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Data Intern", "Northwind Traders", "Chicago, IL"),
        (
            "Graduate Teaching Assistant",
            "Lakeview State University Mathematics Department",
            "Madison, WI",
        ),
    ]
    assert [b.text for b in r.experience[1].bullets] == ["Led weekly lab sections of 30 students."]


def _rail_pdf() -> bytes:
    """A date rail on the left; each header "Title, Employer, Place." set beside it, the second one
    broken after a comma where the column ends."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 740.0
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, y, "Robin Okafor")
    y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(60, y, "robin.okafor@example.com")
    y -= 30
    c.setFont("Helvetica-Bold", 13)
    c.drawString(170, y, "Professional Experience")
    y -= 20
    rows = [
        ("Jun 2024 – Aug 2024", ["Data Intern, Northwind Traders, Chicago, IL."]),
        (
            "Jan 2023 – May 2024",
            [
                "Graduate Teaching Assistant, Lakeview State University",
                "Applied Mathematics Department, Madison, WI.",
            ],
        ),
    ]
    for dates, header in rows:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, dates)
        for text in header:
            c.drawString(170, y, text)
            y -= 13
        c.drawString(175, y, "Ran weekly reviews of the course material with students.")
        y -= 20
    c.save()
    return buf.getvalue()


def test_a_header_broken_after_a_comma_at_the_column_end_is_joined() -> None:
    r = parse_resume_bytes(_rail_pdf(), name="rail.pdf")
    assert [(e.title, e.company, e.location, e.start) for e in r.experience] == [
        ("Data Intern", "Northwind Traders", "Chicago, IL", "2024-06"),
        (
            "Graduate Teaching Assistant",
            "Lakeview State University Applied Mathematics Department",
            "Madison, WI",
            "2023-01",
        ),
    ]


def test_two_short_list_items_are_not_joined() -> None:
    text = "Robin Okafor\nrobin.okafor@example.com\n\nCERTIFICATIONS\nCertified Scrum Master\nPMP\n"
    r = parse_resume_bytes(text.encode())
    assert r.certifications == ["Certified Scrum Master", "PMP"]


def _cells_pdf() -> bytes:
    """A header row in cells: the title, then the employer and its town side by side, both cells
    wrapped onto a second row ("University ... Mathematics" | "Madison," / "Department" | "WI")."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 740, "Robin Okafor")
    c.setFont("Helvetica", 10)
    c.drawString(60, 722, "robin.okafor@example.com")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 690, "EXPERIENCE")
    c.setFont("Helvetica", 10)
    c.drawString(60, 668, "Jan 2023 – May 2024")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(170, 668, "Graduate Teaching Assistant")
    c.setFont("Helvetica", 10)
    c.drawString(170, 654, "University of Lakeview Applied Mathematics")
    c.drawString(400, 654, "Madison,")
    c.drawString(170, 643, "Department")
    c.drawString(400, 643, "WI")
    c.drawString(185, 625, "Led weekly lab sections of thirty students on data structures")
    c.save()
    return buf.getvalue()


def test_wrapped_cells_of_a_header_row_are_joined_cell_by_cell() -> None:
    r = parse_resume_bytes(_cells_pdf(), name="cells.pdf")
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        (
            "Graduate Teaching Assistant",
            "University of Lakeview Applied Mathematics Department",
            "Madison, WI",
        )
    ]


def test_a_place_broken_before_the_dates_on_its_row_is_joined() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.0, size=10.9, bold=bold)

    lines = [
        ln("Senior Frontend Engineer, Lumen Payments, Porto", 168.3, 423.8, 229.9),
        ln("08/2021 – Present", 441.7, 535.7, 229.6, bold=True),
        ln("Alegre.", 168.3, 203.0, 243.7),
        ln(
            "○ Rebuilt the merchant dashboard in React, cutting load time from 6 to 2 seconds",
            167.8,
            535.4,
            256.0,
        ),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.start) == ("Senior Frontend Engineer", "Lumen Payments", "2021-08")
    assert [b.text for b in e.bullets] == [
        "Rebuilt the merchant dashboard in React, cutting load time from 6 to 2 seconds"
    ]


def test_a_role_cut_before_its_head_noun_after_a_bold_employer_is_joined() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.0, size=11.0, bold=bold)

    # "Employer, Place — Title" with the employer in bold: the title's head noun wraps alone
    lines = [
        ln("Harbourline Mutual Insurance Services Limited, Leith — Senior Software", 90, 505, 300, True),
        ln("Engineer", 90, 130, 314.5),
        ln("04/2020 - PRESENT", 90, 164, 338),
        ln("Designed the claims ledger that replaced a nightly batch and cut breaks by half", 108, 511, 360),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.start) == (
        "Senior Software Engineer",
        "Harbourline Mutual Insurance Services Limited",
        "2020-04",
    )


def _cell_rows(second: str, wrapped: bool) -> list:
    """Employer (bold, 14 pt) in a cell with its dates in the next cell on the row; the role below in
    regular type. The first employer's name wraps in its cell when ``wrapped``."""
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float, size: float = 13.0, bold: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold=bold)

    first = [ln("Harbourline Mutual Insurance Clearing", 193, 397, 100, 14.4, True)]
    if wrapped:
        first.append(ln("House Limited", 193, 270, 113.5, 14.4, True))
    return [
        first[0],
        ln("April 2020 - Present", 469, 533, 100, 10.1),
        *first[1:],
        ln("Principal Software Engineer", 193, 319, 135),
        ln("Designed the claims ledger that replaced a nightly batch.", 223, 500, 156, 11.7),
        ln(second, 193, 350, 200, 14.4, True),
        ln("May 2016 - March 2020", 460, 533, 200, 10.1),
        ln("Software Developer", 193, 290, 221),
        ln("Built the booking system for eleven hotels.", 223, 480, 242, 11.7),
    ]


def test_an_employer_wrapped_in_its_cell_beside_the_dates_is_one_name() -> None:
    from resume_tailor.resume.entries import parse_entries

    entries = parse_entries(_cell_rows("Thistle Software Consultancy", wrapped=True))
    assert [(e.title, e.company) for e in entries] == [
        ("Principal Software Engineer", "Harbourline Mutual Insurance Clearing House Limited"),
        ("Software Developer", "Thistle Software Consultancy"),
    ]


def test_a_bold_employer_under_a_bold_dated_title_in_every_entry_stays_apart() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float, bold: bool = True) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 14.0, size=14.0, bold=bold)

    lines = [
        ln("Senior Software Engineer", 193, 380, 100),
        ln("2020 - Present", 470, 533, 100, False),
        ln("Globex Corp", 193, 280, 113.5),
        ln("Built the billing service that clears a million payments a day.", 223, 500, 135, False),
        ln("Data Engineer", 193, 300, 170),
        ln("2016 - 2020", 480, 533, 170, False),
        ln("Initech", 193, 250, 183.5),
        ln("Moved the nightly reports to a streaming pipeline.", 223, 480, 205, False),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company) for e in entries] == [
        ("Senior Software Engineer", "Globex Corp"),
        ("Data Engineer", "Initech"),
    ]


def test_a_whole_bold_role_beside_its_dates_keeps_its_employer_line_apart() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 15.0, size=15.3, bold=bold)

    lines = [
        ln("Customer Success Manager", 217, 353, 552.1, True),
        ln("November, 2022—July, 2023", 414, 541, 552.1),
        ln("Ambergate GmbH, Lyon, France", 217, 358, 567.1),
        ln("Streamlined a shared component library for the web team", 231, 520, 590.0),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.location) == ("Customer Success Manager", "Ambergate GmbH", "Lyon, France")


def test_a_capitalised_employer_wrapped_under_a_role_and_its_moved_dates_is_joined() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x1: float, top: float, bold: bool = True) -> Line:
        return Line(text=text, x0=199, x1=x1, top=top, bottom=top + 14.0, size=14.0, bold=bold)

    # the dates sat in a segment beside the first row and were moved onto it
    lines = [
        ln("SENIOR ACCOUNTANT | LUMENFIELD | December, 2017 until February, 2019", 367, 395.7),
        ln("SYSTEMS", 242, 410.0),
        ln("Toronto, ON", 252, 423.5, False),
        ln("Closed the books four days sooner every month", 480, 440.0, False),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company) == ("SENIOR ACCOUNTANT", "LUMENFIELD SYSTEMS")


def test_a_role_row_under_an_employer_row_each_with_a_piece_on_the_right_stays_apart() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, x1: float, top: float) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 14.0, size=14.7)

    # a long employer row (its description in brackets) reaches near its place on the right
    lines = [
        ln("Norcastle Labs (A logistics software company with 120 employees)", 199, 474, 64.7),
        ln("Denver, CO", 508, 559, 64.8),
        ln("Registered Nurse", 199, 269, 79.0),
        ln("2023–Present", 505, 559, 79.0),
        ln("Reduced an inventory audit of spare machine parts, saving roughly 19 hours each", 213, 550, 94.8),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.location) == ("Registered Nurse", "Norcastle Labs", "Denver, CO")
