"""Employer names too long for their header row: the rest of the name on the row below.

Invented people and employers. Lines mimic LaTeX and JSON Resume pages (dates moved onto the
header's row from a rail, a word hyphenated at the margin); the PDF is drawn with reportlab.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped

_BULLET = "Moved sixty payment services onto Kubernetes with no outage a customer could see"


def _at(text: str, top: float, x1: float, x0: float = 194.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.0, size=10.9)


def test_the_rest_of_a_hyphenated_employer_goes_before_the_dates_of_its_row() -> None:
    lines = [
        _at("Principal Engineer, Kelvinside Mutual Payments Clear- | 04/2020 – now", 350.0, 507.0),
        _at("ing House Limited, Edinburgh.", 364.0, 320.0),
        _at(_BULLET, 381.0, 506.0, x0=213.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[0] == (
        "Principal Engineer, Kelvinside Mutual Payments Clearing House Limited, Edinburgh. | 04/2020 – now"
    )


def test_a_short_title_case_line_under_a_header_that_ran_to_the_margin_ends_its_employer() -> None:
    lines = [
        _at("Senior Engineer, Kelvinside Mutual Payments Clearing | 09/2016 – 03/2020", 494.0, 507.0),
        _at("House Limited, Edinburgh.", 508.0, 316.0),
        _at(_BULLET, 525.0, 506.0, x0=213.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[0] == (
        "Senior Engineer, Kelvinside Mutual Payments Clearing House Limited, Edinburgh. | 09/2016 – 03/2020"
    )


def test_a_short_header_keeps_its_place_line() -> None:
    lines = [
        _at("Senior Engineer, Kelvinside Labs | 09/2016 – 03/2020", 494.0, 400.0),
        _at("Edinburgh, Scotland", 508.0, 290.0),
        _at(_BULLET, 525.0, 506.0, x0=213.0),
    ]
    assert len(join_wrapped(lines)) == 3


def _wrapped_header_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, y = 360.0, 800.0
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, y, "Aileas Drummond")
    c.setFont("Helvetica", 10)
    c.drawString(40, y - 16, "aileas.drummond@example.com | +44 7700 900321")
    y -= 46
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Experience")
    y -= 20
    jobs = [
        ("Principal Software Engineer at Kelvinside Mutual Payments Clearing House Limited", "2020-04 – now"),
        ("Lead Developer at Lothian Digital Directorate", "2012-01 to 2020-03"),
    ]
    for header, dates in jobs:
        rows = simpleSplit(header, "Helvetica-Bold", 11, width)
        rows[-1] = f"{rows[-1]} | {dates}"
        for row in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, y, row)
            y -= 13
        c.setFont("Helvetica", 10)
        for row in simpleSplit(_BULLET, "Helvetica", 10, width):
            c.drawString(40, y, row)
            y -= 12
        y -= 10
    c.save()
    return buf.getvalue()


def test_an_employer_wrapped_onto_the_dates_row_stays_whole() -> None:
    resume = parse_resume_bytes(_wrapped_header_pdf(), name="cv.pdf")
    got = [(e.title, e.company, e.start) for e in resume.experience]
    assert got == [
        ("Principal Software Engineer", "Kelvinside Mutual Payments Clearing House Limited", "2020-04"),
        ("Lead Developer", "Lothian Digital Directorate", "2012-01"),
    ]


def test_a_long_all_capitals_employer_that_ran_to_the_margin_goes_on_below() -> None:
    lines = [
        _at("UNIVERSITY OF KELVINSIDE COMPUTER AND INFORMATION", 29.0, 507.0, x0=81.0),
        _at("SCIENCES", 47.0, 143.0, x0=81.0),
        _at("Research Assistant | Jun 2007 - Jun 2008", 71.0, 274.0, x0=81.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[0] == "UNIVERSITY OF KELVINSIDE COMPUTER AND INFORMATION SCIENCES"


def _row(text: str, top: float, x0: float, x1: float, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 13.0, size=15.3, bold=bold)


def test_a_bold_header_broken_before_its_dates_goes_on_in_regular_weight() -> None:
    lines = [
        _row("Mechanical Engineer — Lindqvist", 256.0, 207.0, 400.0, bold=True),
        _row("03/2013—06/2016", 256.0, 454.0, 553.0),
        _row("Systems · Tampere, Finland", 271.0, 207.0, 350.0),
        _row("Operations Lead — Kaarna Systems · Leeds, UK", 291.0, 207.0, 433.0, bold=True),
        _row("05/2012—11/2012", 291.0, 454.0, 553.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[0] == "Mechanical Engineer — Lindqvist Systems · Tampere, Finland"


def test_a_role_under_a_bold_employer_is_no_tail_of_it() -> None:
    lines = [
        _row("Kelvinside Mutual Payments Clearing House Limited", 100.0, 207.0, 440.0, bold=True),
        _row("Apr 2020–Present", 100.0, 454.0, 553.0),
        _row("Principal Software Engineer", 115.0, 207.0, 380.0),
    ]
    assert len(join_wrapped(lines)) == 3


def test_an_arrow_marks_a_bullet_and_the_next_employer_in_capitals_is_no_tail() -> None:
    from resume_tailor.resume.lines import strip_bullet

    assert strip_bullet("→ Negotiated a component library") == ("Negotiated a component library", True)
    lines = [
        _at("→ Negotiated a shared component library for the web team, cutting errors by 25%", 269.0, 506.0),
        _at("KAARNA PARK INC.", 289.0, 300.0),
        _at("Financial Analyst / Austin, TX / May 2018—Oct 2018", 302.0, 420.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)][1] == "KAARNA PARK INC."


def test_a_header_that_closes_on_its_own_dates_takes_no_tail() -> None:
    # the header rows are the widest lines of their column: each "runs to the margin"
    lines = [
        _at("KAARNA INC.", 130.0, 108.0, x0=28.0),
        _at("Financial Analyst · Tampere, Finland · Jul 2018–today", 143.0, 248.0, x0=28.0),
        _at("Registered Nurse · Tampere, Finland · Oct 2016–May 2018", 174.0, 271.0, x0=28.0),
        _at("LINDQVIST GMBH", 187.0, 110.0, x0=28.0),
        _at("Sales Associate · Oulu, Finland · Aug 2015–Jun 2016", 204.0, 245.0, x0=28.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert "LINDQVIST GMBH" in items


def test_a_role_cut_before_its_head_noun_in_a_narrow_cell_is_one_role() -> None:
    lines = [
        _at("QA Automation | 11/2020 – Present", 100.0, 190.0, x0=40.0),
        _at("Engineer", 113.0, 90.0, x0=40.0),
        _at("Vellamo Payments Oy", 126.0, 150.0, x0=40.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[:2] == ["QA Automation Engineer | 11/2020 – Present", "Vellamo Payments Oy"]


def test_a_long_organisation_with_its_place_under_the_role_is_its_employer() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    rows = [
        "Graduate Research Assistant | Aug 2021 – present",
        "University of Westbrook, Department of Ecology & Evolutionary Biology, Missoula, MT",
        "• Designed a five-year point-count study of birds on 90 plots",
    ]
    lines = [
        Line(text=t, x0=60.0, x1=60.0 + 5.0 * len(t), top=100.0 + 14 * k, bottom=110.0 + 14 * k, size=10.0)
        for k, t in enumerate(rows)
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company, entry.location) == (
        "Graduate Research Assistant",
        "University of Westbrook, Department of Ecology & Evolutionary Biology",
        "Missoula, MT",
    )
