"""Date rails: ranges broken over two rows of a date column, on either side, in PDFs and in text."""

from __future__ import annotations

import pytest
from layouts import date_rail

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line

EXPECTED = [
    ("Data Engineer", "Acme Corp", "2021-03", "present"),
    ("Analyst", "Globex Corporation", "2017-06", "2021-02"),
    ("Research Assistant", "Initech Labs", "2015", "2017"),
]


@pytest.mark.parametrize("side", ["left", "right"])
def test_rail_ranges_are_rejoined_on_the_header_row(side: str) -> None:
    r = parse_resume_bytes(date_rail(side), name=f"{side}.pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == EXPECTED
    assert r.experience[0].bullets[0].text.startswith("Building pipelines")
    assert not any("Present" in b.text for b in r.bullets())
    assert (r.education[0].start, r.education[0].end) == ("2011", "2015")
    assert r.experience[1].months == 45  # not one month long


def test_rail_read_into_the_text_lines() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Mar 2021 – Data Engineer, Acme Corp, Austin
Present Building pipelines that move 4 TB a day from Kafka into the warehouse.
Cut nightly batch time from 6 hours to 40 minutes by rewriting joins in Spark.

Jun 2017 – Analyst, Globex Corporation, Dallas
Feb 2021 Built the churn dashboard used by 40 account managers every week.

Fall 2015 – Spring 2017 Research Assistant, Initech Labs
• Ran A/B tests on the onboarding flow for 200,000 users.

Tutor, Code Academy   2014 –
Current
• Taught Python to 30 students.
"""
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Engineer", "Acme Corp", "2021-03", "present"),
        ("Analyst", "Globex Corporation", "2017-06", "2021-02"),
        ("Research Assistant", "Initech Labs", "2015-09", "2017-03"),
        ("Tutor", "Code Academy", "2014", "present"),
    ]
    assert r.experience[0].bullets[0].text.startswith("Building pipelines")
    assert r.experience[1].bullets[0].text.startswith("Built the churn")


@pytest.mark.parametrize("word", ["Present", "Current", "Now", "heute", "actualidad"])
def test_present_on_the_next_line(word: str) -> None:
    text = f"EXPERIENCE\nSenior Engineer, Acme Corp  2017 –\n{word}\n• Led the platform team\n"
    e = parse_resume_bytes(text.encode()).experience[0]
    assert (e.start, e.end) == ("2017", "present")
    assert e.months is not None and e.months > 12  # "2017 – Present" is not one year


def _ln(text: str, x0: float, x1: float, top: float, *, bold: bool = False, size: float = 11.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 0.8 * size, size=size, bold=bold)


def test_a_range_broken_after_its_end_month_in_a_narrow_rail() -> None:
    # komacv-like: a right-aligned date column too narrow for "Jun 2024 – Aug 2024" pushes the end
    # year to the next row, under the end month; the entry is invented
    lines = [
        _ln("Experience", 72.0, 160.0, 90.0, bold=True, size=14.0),
        _ln("Jun 2024 – Aug", 98.6, 172.9, 120.0),
        _ln("Software Engineer Intern, Lakeshore Analytics, Chicago, IL", 194.3, 461.5, 120.0, bold=True),
        _ln("2024", 150.8, 172.6, 134.0),
        _ln("• Built a Python service that deduplicates 2 million records nightly", 194.3, 500.0, 148.0),
        _ln("Jan 2019 – May", 98.6, 172.9, 176.0),
        _ln("Teaching Assistant, Northbrook University, Madison, WI", 194.3, 440.0, 176.0, bold=True),
        _ln("2023", 150.8, 172.6, 190.0),
        _ln("• Led weekly lab sections of 30 students on data structures", 194.3, 480.0, 204.0),
    ]
    r = build_resume(lines)
    assert [(e.title, e.start, e.end) for e in r.experience] == [
        ("Software Engineer Intern", "2024-06", "2024-08"),
        ("Teaching Assistant", "2019-01", "2023-05"),
    ]
    assert [b.text for e in r.experience for b in e.bullets] == [
        "Built a Python service that deduplicates 2 million records nightly",
        "Led weekly lab sections of 30 students on data structures",
    ]


def test_a_rail_date_drawn_in_pieces_with_its_dash_beside_it() -> None:
    # readablecv-like: the justified rail stretched "Jun 2020 –" into "Jun" + "2020", the reader ran
    # the dash into the title beside it, and "Present" dropped to the next row (invented entry)
    lines = [
        _ln("Experience", 56.7, 186.7, 178.1, bold=True, size=12.0),
        _ln("Jun", 56.7, 75.3, 213.5, size=10.0),
        _ln("2020", 94.2, 117.1, 213.5, size=10.0),
        _ln("– Senior Security Engineer", 136.0, 278.3, 213.4, size=10.0),
        _ln("Present", 56.7, 94.7, 225.4, size=10.0),
        _ln("Harborview Financial, Norfolk, VA", 153.7, 330.1, 237.3, size=10.0),
        _ln("• Led the response to 40 security incidents", 71.6, 438.2, 255.0, size=10.0),
    ]
    [e] = build_resume(lines).experience
    assert (e.title, e.company, e.start, e.end) == (
        "Senior Security Engineer",
        "Harborview Financial",
        "2020-06",
        "present",
    )


@pytest.mark.parametrize(
    ("start", "iso"), [("Mar 2019", "2019-03"), ("Fall 2019", "2019-09"), ("03/2019", "2019-03")]
)
def test_a_range_closed_on_the_next_line_keeps_its_start_month(start: str, iso: str) -> None:
    text = f"EXPERIENCE\nSenior Engineer, Acme Corp  {start} –\nPresent\n• Led the platform team\n"
    e = parse_resume_bytes(text.encode()).experience[0]
    assert (e.title, e.company, e.start, e.end) == ("Senior Engineer", "Acme Corp", iso, "present")


def test_a_season_range_broken_after_its_end_season_in_a_narrow_rail() -> None:
    # "Fall 2019 – Spring 2021" in the same narrow right-aligned rail: the year drops under "Spring"
    lines = [
        _ln("Experience", 72.0, 160.0, 90.0, bold=True, size=14.0),
        _ln("Fall 2019 – Spring", 88.0, 172.9, 120.0),
        _ln("Research Assistant, Initech Labs, Houston, TX", 194.3, 420.0, 120.0, bold=True),
        _ln("2021", 150.8, 172.6, 134.0),
        _ln("• Ran A/B tests on the onboarding flow for 200,000 users", 194.3, 480.0, 148.0),
    ]
    [e] = build_resume(lines).experience
    assert (e.title, e.company, e.start, e.end) == (
        "Research Assistant",
        "Initech Labs",
        "2019-09",
        "2021-03",
    )


def test_a_rail_read_into_a_header_broken_inside_a_word() -> None:
    text = (
        "EXPERIENCE\nJan 2023 – Teaching Assistant, Lakeview University Mathematics Depart-\n"
        "May 2024 ment, Madison, WI\n• Led weekly lab sections of 30 students\n"
    )
    [e] = parse_resume_bytes(text.encode()).experience
    assert (e.title, e.company, e.start, e.end) == (
        "Teaching Assistant",
        "Lakeview University Mathematics Department",
        "2023-01",
        "2024-05",
    )


def test_a_rail_date_drawn_in_pieces_with_its_dash_cut_off_as_a_piece_of_its_own() -> None:
    # the same rail where the reader cut the dash off the title too: "Jun" + "2020" + "–"
    lines = [
        _ln("Experience", 56.7, 186.7, 178.1, bold=True, size=12.0),
        _ln("Jun", 56.7, 75.3, 213.5, size=10.0),
        _ln("2020", 94.2, 117.1, 213.5, size=10.0),
        _ln("–", 136.0, 141.7, 213.5, size=10.0),
        _ln("Senior Security Engineer", 153.7, 278.3, 213.4, size=10.0),
        _ln("Present", 56.7, 94.7, 225.4, size=10.0),
        _ln("Harborview Financial, Norfolk, VA", 153.7, 330.1, 237.3, size=10.0),
        _ln("• Led the response to 40 security incidents", 71.6, 438.2, 255.0, size=10.0),
    ]
    [e] = build_resume(lines).experience
    assert (e.title, e.company, e.start, e.end) == (
        "Senior Security Engineer",
        "Harborview Financial",
        "2020-06",
        "present",
    )
