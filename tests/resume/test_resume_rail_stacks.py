"""Date rails drawn in two pieces: a range as two stacked labels around a timeline bar, and a range
a narrow rail set as a paragraph wrapped with its second row further out. Entries are invented."""

from __future__ import annotations

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


def _ln(
    text: str,
    x0: float,
    x1: float,
    top: float,
    *,
    size: float = 11.0,
    bold: bool = False,
    height: float = 0.0,
) -> Line:
    bottom = top + (height or 0.92 * size)
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=size, bold=bold)


def _label(text: str, x0: float, top: float) -> Line:
    """A small year label of a timeline rail, left of the entries."""
    return _ln(text, x0, x0 + 17.0, top, size=8.0)


def test_start_label_above_the_bar_and_end_label_below_make_one_range() -> None:
    # a timeline rail: each bar's start year printed above it, its end year below it, the entry's
    # row level with the bar; an ongoing bar prints its start year only
    lines = [
        _ln("Experience", 131.0, 194.0, 248.0, size=14.0),
        _label("2016", 84.0, 268.0),
        _ln("Mathematics Teacher, Riverside County Schools, Atlanta, GA", 131.0, 411.0, 270.5),
        _ln("○ Built a grade dashboard used across four schools", 131.0, 420.0, 284.5, size=10.0),
        _label("2014", 75.7, 322.1),
        _ln("Tutoring Coordinator, Maple Tutoring, Decatur, GA", 131.0, 404.0, 324.6),
        _label("2016", 66.7, 333.1),
        _ln("○ Scheduled 40 tutors for 300 weekly sessions", 131.0, 454.0, 338.8, size=10.0),
        _ln("Projects", 131.0, 179.0, 424.4, size=14.0),
        # the start label read into the title's row (which so reaches down to the bar), the end
        # label under it
        _ln("2023 Housing Affordability Analysis", 108.3, 280.1, 443.4, bold=True, height=12.6),
        _label("2023", 92.2, 454.4),
        _ln("○ Cleaned ten years of county housing data", 131.0, 535.0, 460.2, size=10.0),
    ]
    r = build_resume(lines)
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Mathematics Teacher", "Riverside County Schools", "2016"),
        ("Tutoring Coordinator", "Maple Tutoring", "2014"),
    ]
    assert r.experience[1].end == "2016"
    assert [(p.title, p.start, p.end) for p in r.projects] == [
        ("Housing Affordability Analysis", "2023", "2023")
    ]
    assert [b.text for e in r.experience for b in e.bullets] == [
        "Built a grade dashboard used across four schools",
        "Scheduled 40 tutors for 300 weekly sessions",
    ]


def test_a_column_of_one_year_a_row_is_not_a_stack() -> None:
    # each year level with its own row: two one-line entries, not one range
    lines = [
        _ln("Awards", 131.0, 180.0, 100.0, size=14.0),
        _label("2019", 84.0, 121.0),
        _ln("Dean's List, Northbrook University", 131.0, 330.0, 120.0),
        _label("2021", 84.0, 134.0),
        _ln("Best Paper Award, Regional Data Conference", 131.0, 360.0, 133.0),
    ]
    doc = analyse(lines)
    assert [ln.text for ln in doc.lines] == [ln.text for ln in lines]


def test_a_rail_wrapped_as_a_paragraph_keeps_each_entry_whole() -> None:
    # the rail's first row is indented like a paragraph ("02/2022 –"), the second starts at its
    # left edge ("present") beside the employer row
    lines = [
        _ln("Professional Experience", 54.0, 237.0, 229.0, size=17.0),
        _ln("02/2022 –", 74.6, 130.8, 275.8, size=12.0),
        _ln("Senior Data Scientist", 162.4, 273.3, 275.5, size=12.0),
        _ln("present", 54.0, 94.6, 289.8, size=12.0),
        _ln("Harrow Lane Retail, Manchester", 162.4, 331.3, 289.4),
        _ln("• Built the demand forecasting model for 4,000 product lines", 179.4, 541.3, 302.9),
        _ln("09/2018 –", 74.6, 130.8, 390.2, size=12.0),
        _ln("Statistician", 162.4, 221.6, 389.9, size=12.0),
        _ln("01/2022", 54.0, 99.6, 403.7, size=12.0),
        _ln("Office for Regional Statistics, Newport", 162.4, 347.9, 403.7),
        _ln("• Produced weekly labour market estimates in R", 179.4, 528.0, 417.3),
    ]
    r = build_resume(lines)
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Senior Data Scientist", "Harrow Lane Retail", "2022-02", "present"),
        ("Statistician", "Office for Regional Statistics", "2018-09", "2022-01"),
    ]


def test_a_paragraph_rail_wrapped_after_the_end_month() -> None:
    # the same paragraph rail, the range broken after its end month ("Feb 2018 – Mar" / "2021")
    lines = [
        _ln("Professional Experience", 54.0, 237.0, 229.0, size=17.0),
        _ln("Feb 2018 – Mar", 74.6, 146.0, 275.8, size=12.0),
        _ln("Frontend Developer", 162.4, 269.0, 275.5, size=12.0),
        _ln("2021", 54.0, 78.0, 289.8, size=12.0),
        _ln("Loja Azul, Campinas", 162.4, 290.0, 289.4),
        _ln("• Created a component library used by four product teams", 179.4, 465.0, 302.9),
        _ln("Sep 2016 – Jan", 74.6, 143.0, 390.2, size=12.0),
        _ln("Junior Developer", 162.4, 250.0, 389.9, size=12.0),
        _ln("2018", 54.0, 78.0, 403.7, size=12.0),
        _ln("Pixel Norte, Recife", 162.4, 260.0, 403.7),
        _ln("• Built the checkout pages of three online shops", 179.4, 460.0, 417.3),
    ]
    r = build_resume(lines)
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Frontend Developer", "Loja Azul", "2018-02", "2021-03"),
        ("Junior Developer", "Pixel Norte", "2016-09", "2018-01"),
    ]


def test_stacked_labels_in_a_rail_right_of_the_entries() -> None:
    lines = [
        _ln("Experience", 72.0, 160.0, 100.0, size=14.0),
        _label("Mar 2019", 480.0, 120.0),
        _ln("Data Analyst, Harbor Logistics, Leeds", 72.0, 300.0, 122.5),
        _label("Jun 2021", 486.0, 131.0),
        _ln("• Built the weekly freight volume forecast", 84.0, 380.0, 137.0, size=10.0),
    ]
    [e] = build_resume(lines).experience
    assert (e.title, e.company, e.start, e.end) == ("Data Analyst", "Harbor Logistics", "2019-03", "2021-06")


def test_a_duration_between_the_range_and_the_title_is_dropped() -> None:
    lines = [
        _ln("EXPERIENCES ASSOCIATIVES", 227.3, 433.7, 386.7, size=20.0, bold=True),
        _ln("Sept. 2022 - Mai 2024 1 an 8 mois Outreach Chair", 227.3, 467.8, 409.5),
        _ln("Women in Computing Club", 386.9, 489.6, 424.5),
        _ln("Organized a hackathon for 150 high school students", 255.3, 517.8, 438.5),
    ]
    [a] = build_resume(lines).activities
    assert (a.title, a.company, a.start, a.end) == (
        "Outreach Chair",
        "Women in Computing Club",
        "2022-09",
        "2024-05",
    )
