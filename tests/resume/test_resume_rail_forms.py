"""Entries in date rails and label columns: a bullet-led header beside its rail date, a rail range
broken inside its closing date, a form's label column beside the values (the Europass CV), and a
wrapped word that happens to be a section name. Lines are invented, with the geometry PDFium
reports for LaTeX classes of these kinds (curve, KOMA-Script CV, europecv)."""

from __future__ import annotations

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


def _line(
    text: str,
    top: float,
    x0: float,
    *,
    size: float = 10.9,
    bold: bool = False,
    column: int = 0,
    x1: float = 0.0,
) -> Line:
    return Line(
        text=text,
        top=top,
        bottom=top + size * 0.85,
        size=size,
        bold=bold,
        x0=x0,
        x1=x1 or x0 + 5.2 * len(text),
        column=column,
    )


def _head() -> list[Line]:
    return [_line("Dana Whit", 60, 200, size=20), _line("dana@example.org", 90, 200)]


def test_a_bullet_led_header_beside_its_rail_date_opens_the_entry() -> None:
    lines = [
        *_head(),
        _line("Professional Experience", 300, 240, size=14.3, bold=True),
        _line("Aug 2016 – today", 333, 56.7, x1=141.2),
        _line("• Warehouse Lead, Harbor Freight Depots, Atlanta, GA.", 333, 175.9),
        _line("– Cut picking errors by a third with a barcode audit", 347, 188),
        _line("May 2014 – Jul 2016", 375, 56.7, x1=155.9),
        _line(
            "• Stock Clerk, Lakeside Grocers Cooperative Wholesale Supply Division, Decatur, GA.", 375, 175.9
        ),
        _line("– Counted 4,000 items a week with a handheld scanner", 389, 188),
        _line("Selected Projects", 430, 236, size=14.3, bold=True),
        _line("Mar 2023 – Jun 2023", 455, 56.7, x1=157.7),
        _line("• Depot Heat Map.", 455, 177.7, bold=True),
        _line("– Mapped 2M scans to show where queues start", 469, 189.8),
    ]
    r = build_resume(lines, file_type="pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Warehouse Lead", "Harbor Freight Depots", "2016-08", "present"),
        ("Stock Clerk", "Lakeside Grocers Cooperative Wholesale Supply Division", "2014-05", "2016-07"),
    ]
    assert [b.text for b in r.experience[0].bullets] == ["Cut picking errors by a third with a barcode audit"]
    assert [(p.title, p.start) for p in r.projects] == [("Depot Heat Map", "2023-03")]


def test_a_rail_range_broken_inside_its_closing_date_is_mended() -> None:
    lines = [
        *_head(),
        _line("Experience", 180, 150, size=14.3),
        _line("Jun 2024 – Aug", 200, 56.7, size=9, x1=120),
        _line("Software Engineering Intern, Harbor Analytics, Chicago, IL.", 200, 150),
        _line("2024", 212, 100, size=9, x1=120),
        _line("• Built a deduplication service for 2 million records", 214, 160),
        _line("Jan 2023 – May", 240, 56.7, size=9, x1=120),
        _line("Teaching Assistant, Lakeside College, Madison, WI.", 240, 150),
        _line("2024", 252, 100, size=9, x1=120),
        _line("• Led weekly lab sections of 30 students", 254, 160),
    ]
    r = build_resume(lines, file_type="pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Software Engineering Intern", "Harbor Analytics", "2024-06", "2024-08"),
        ("Teaching Assistant", "Lakeside College", "2023-01", "2024-05"),
    ]


def _label(text: str, top: float) -> Line:
    return _line(text, top, 170 - 5.2 * len(text), size=10, column=1, x1=170)


def _value(text: str, top: float, x0: float = 194.4) -> Line:
    return _line(text, top, x0, size=10, column=2)


def test_a_label_column_beside_its_values_fills_the_entries() -> None:
    # the reader gives the side column first, then the values; the labels sit on their values' rows
    side = [
        _line("Personal information", 130, 60, size=12, column=1, x1=170),
        _line("Work experience", 320, 71, size=12, column=1, x1=170),
        _label("Dates", 343),
        _label("Occupation or position held", 357),
        _label("Main activities and", 371),
        _label("responsibilities", 383),
        _label("Name and address of employer", 486),
        _label("Dates", 514),
        _label("Occupation or position held", 528),
        _label("Name and address of employer", 600),
        _line("Education", 652, 110, size=12, column=1, x1=170),
    ]
    values = [
        _value("Dana Whit", 151),
        _value("dana@example.org", 169),
        _value("Aug 2016 – present", 343),
        _value("Warehouse Lead", 357),
        _value("– Cut picking errors by a third with a barcode audit", 390, 208.6),
        _value("– Trained 25 colleagues to use the stock system", 420, 208.6),
        _value("Harbor Freight Depots, Atlanta, GA", 486),
        _value("May 2014 – Jul 2016", 514),
        _value("Stock Clerk", 528),
        _value("– Counted 4,000 items a week with a handheld scanner", 560, 208.6),
        _value("Lakeside Grocers, Decatur, GA", 600),
        _value("Lakeside College", 675),
    ]
    r = build_resume(side + values, file_type="pdf")
    assert [(e.title, e.company, e.location, e.start, e.end) for e in r.experience] == [
        ("Warehouse Lead", "Harbor Freight Depots", "Atlanta, GA", "2016-08", "present"),
        ("Stock Clerk", "Lakeside Grocers", "Decatur, GA", "2014-05", "2016-07"),
    ]
    assert [b.text for b in r.experience[0].bullets] == [
        "Cut picking errors by a third with a barcode audit",
        "Trained 25 colleagues to use the stock system",
    ]


def test_a_lower_case_section_word_alone_on_its_row_is_not_a_heading() -> None:
    lines = [
        *_head(),
        _line("Experience", 150, 72, size=13, bold=True),
        _line("Research Engineer, Vector Labs | 2019 – 2020", 175, 72),
        _line("• Implemented graph baselines in PyTorch for a drug discovery", 190, 72, x1=540),
        _line("project", 202, 84),
        _line("• Co-authored two workshop papers on learning to rank", 216, 72),
    ]
    doc = analyse(lines)
    assert list(doc.headings.values()) == ["experience"]
    r = build_resume(lines, file_type="pdf")
    assert len(r.experience) == 1 and len(r.experience[0].bullets) == 2


def test_a_title_and_employer_in_one_run_of_capitals_are_split() -> None:
    lines = [
        *_head(),
        _line("EXPERIENCE", 150, 158, size=12, bold=True),
        _line("WAREHOUSE TEAM LEAD HARBOR FREIGHT DEPOTS", 175, 158, size=10.4),
        _line("Aug 2016 - now (10 years 5 months)", 190, 158, size=8),
        _line("current", 190.5, 252, size=5.4, bold=True),  # a badge beside the range
        _line("Cut picking errors by a third with a barcode audit", 202, 170, size=9),
        _line("STOCK CLERK II LAKESIDE GROCERS", 240, 158, size=10.4),
        _line("May 2014 - Jul 2016 (2 years 3 months)", 255, 158, size=8),
        _line("Counted 4,000 items a week with a handheld scanner", 269, 170, size=9),
    ]
    r = build_resume(lines, file_type="pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("WAREHOUSE TEAM LEAD", "HARBOR FREIGHT DEPOTS", "2016-08", "present"),
        ("STOCK CLERK II", "LAKESIDE GROCERS", "2014-05", "2016-07"),
    ]
    assert [b.text for b in r.experience[0].bullets] == ["Cut picking errors by a third with a barcode audit"]


def test_a_page_with_one_side_heading_keeps_the_side_column_of_the_page_before() -> None:
    def on(page: int, line: Line) -> Line:
        line.page = page
        return line

    first = [
        _line("Personal information", 130, 60, size=12, column=1, x1=170),
        _line("Work experience", 320, 71, size=12, column=1, x1=170),
        _label("Dates", 343),
        _label("Occupation or position held", 357),
        _label("Name and address of employer", 420),
        _line("Education", 500, 110, size=12, column=1, x1=170),
        _label("Dates", 523),
        _value("Dana Whit", 151),
        _value("dana@example.org", 169),
        _value("Aug 2016 – present", 343),
        _value("Warehouse Lead", 357),
        _value("– Cut picking errors by a third with a barcode audit", 380, 208.6),
        _value("Harbor Freight Depots, Atlanta, GA", 420),
        _value("2012 – 2016", 523),
        _value("Lakeside College", 537),
    ]
    second = [  # the reader gives the side column first, then the values
        _line("Selected Projects", 60, 75, size=12, column=1, x1=170),
        _label("Dates", 83),
        _label("Project", 97),
        _label("Main activities and", 111),
        _label("responsibilities", 123),
        # the rest of the side column has nothing beside it: on its own, this page's side column
        # would not be told from a column of text
        Line("Personal skills and", 2, 80, 170, 160, 170, 12, column=1, gap_before=1.2),
        _line("competences", 174, 100, size=12, column=1, x1=170),
        _label("Modelling", 190),
        _line("Page 2 - Curriculum vitae of", 800, 60, size=8, column=1, x1=170),
        _line("Dana Whit", 810, 120, size=8, column=1, x1=170),
        _value("05/2021 – 09/2021", 83),
        _value("Depot Heat Map", 97),
        _value("– Mapped 2M scans to show where queues start", 130, 208.6),
        _value("Python, R, SQL", 190),
    ]
    r = build_resume(first + [on(2, ln) for ln in second], file_type="pdf")
    assert [(p.title, p.start, p.end) for p in r.projects] == [("Depot Heat Map", "2021-05", "2021-09")]
    assert [b.text for b in r.projects[0].bullets] == ["Mapped 2M scans to show where queues start"]


def test_a_whole_range_before_its_title_takes_no_closing_half_from_below() -> None:
    # "09/2019 – present" ends its range before the title; the next rail range ("2015 – 2019")
    # read under it belongs to the next entry, not to this row's dash
    doc = analyse(
        [
            Line("Professional Experience"),
            Line("09/2019 – present Freelance Localisation Consultant"),
            Line("2015 – 2019"),
            Line("Localisation Manager"),
        ]
    )
    texts = [ln.text for ln in doc.lines]
    assert "09/2019 – present Freelance Localisation Consultant" in texts
    assert "2015 – 2019" in texts
