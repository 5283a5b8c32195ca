"""Rail ranges that wrap in a narrow column, in the forms benchmarks/date_variants.py (set A) found
failing: a label or bracket before the open half, a word for the dash, a bracket or comma after the
closing half, a "--" broken between its hyphens, an end date cut at its own hyphen. Lines are
invented, with the geometry PDFium reports for a Chromium-printed page whose dates sit in a
right-hand column about 1.1 in wide (the rows interleave: title, open half, employer, closing half)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line


def _line(text: str, top: float, x0: float, x1: float, *, size: float = 12.7, bold: bool = False) -> Line:
    return Line(text=text, top=top, bottom=top + size * 0.87, size=size, bold=bold, x0=x0, x1=x1)


def _rail(text: str, top: float) -> Line:
    """A right-aligned rail row ending at the page's right margin."""
    return _line(text, top, 559.5 - 5.6 * len(text), 559.5, size=11.4)


def _resume(ranges: list[tuple[str, str]]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org | (555) 014-2231", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
    ]
    jobs = [("Warehouse Supervisor", "Ferndale Freight"), ("Inventory Planner", "Oakmoor Supplies")]
    top = 160.0
    for (title, employer), (opening, closing) in zip(jobs, ranges, strict=True):
        lines += [
            _line(title, top, 36, 36 + 6.1 * len(title), bold=True),
            _rail(opening, top + 0.2),
            _line(employer, top + 12, 36, 36 + 5.8 * len(employer)),
            _rail(closing, top + 10.7),
            _line("Cut the weekly stock count from two days to one", top + 26, 49.5, 400),
        ]
        top += 60
    r = build_resume(lines, file_type="pdf")
    return [(e.title, e.company, e.start, e.end) for e in r.experience]


@pytest.mark.parametrize(
    ("ranges", "ends"),
    [
        ([("Dates: Apr 2020 —", "Ongoing"), ("Dates: Jan 2017 —", "Mar 2020")], ("present", "2020-03")),
        ([("(NOV 2020–", "Currently)"), ("(FEB 2017–", "OCT 2020)")], ("present", "2020-10")),
        ([("Apr 2020 until", "Present"), ("Jan 2017 till", "Mar 2020")], ("present", "2020-03")),
        ([("Apr 2020 –", "Present,"), ("Jan 2017 –", "Mar 2020,")], ("present", "2020-03")),
        ([("Dates: April 2020 -", "- heute"), ("Dates: Mai 2017 -", "- März 2020")], ("present", "2020-03")),
        ([("From 04-2020 to", "Present"), ("From 01-2017 to 03-", "2020")], ("present", "2020-03")),
    ],
)
def test_a_wrapped_rail_range_keeps_both_ends(ranges: list[tuple[str, str]], ends: tuple[str, str]) -> None:
    got = _resume(ranges)
    assert [(t, c) for t, c, _, _ in got] == [
        ("Warehouse Supervisor", "Ferndale Freight"),
        ("Inventory Planner", "Oakmoor Supplies"),
    ]
    assert [g[2][:4] for g in got] == ["2020", "2017"]  # type: ignore[index]
    assert (got[0][3], got[1][3]) == ends


@pytest.mark.parametrize(
    ("ranges", "ends"),
    [
        # wrapped before the end year, before the start year, inside an ISO date
        ([("Dates: Apr 2020 till", "Present"), ("Dates: Jan 2017 till Mar", "2020")], ("present", "2020-03")),
        ([("(APR", "2020–Present)"), ("(JAN", "2017–MAR", "2020)")], ("present", "2020-03")),
        ([("Since 2020-", "04-01"), ("2017-01-", "15–2020-", "03-31")], ("present", "2020-03")),
    ],
)
def test_a_range_wrapped_at_any_word_of_a_rail_is_joined(
    ranges: list[tuple[str, ...]], ends: tuple[str, str]
) -> None:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org | (555) 014-2231", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
    ]
    top = 160.0
    jobs = [("Warehouse Supervisor", "Ferndale Freight"), ("Inventory Planner", "Oakmoor Supplies")]
    for (title, employer), pieces in zip(jobs, ranges, strict=True):
        lines += [_line(title, top, 36, 36 + 6.1 * len(title), bold=True), _rail(pieces[0], top + 0.2)]
        lines += [_line(employer, top + 12, 36, 36 + 5.8 * len(employer)), _rail(pieces[1], top + 10.7)]
        lines.append(_line("Cut the weekly stock count from two days to one", top + 26, 49.5, 400))
        if len(pieces) > 2:
            lines.append(_rail(pieces[2], top + 21.2))
        top += 60
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert [(t, c) for t, c, _, _ in got] == jobs
    assert [g[2][:4] for g in got] == ["2020", "2017"]  # type: ignore[index]
    assert (got[0][3], got[1][3]) == ends


def test_an_open_rail_half_read_into_the_title_row_is_closed_below() -> None:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
        _line("From 2019 Oct to Warehouse Supervisor", 164.5, 43.5, 257.8, size=12.6),
        _line("2022 Jun", 176.5, 43.5, 85.3, size=12.6),
        _line("Ferndale Freight", 178.5, 135.3, 224.6),
        _line("Cut the weekly stock count from two days to one", 193.5, 148.8, 450),
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [("Warehouse Supervisor", "Ferndale Freight", "2019-10", "2022-06")]


def test_a_range_wrapped_before_its_dash_keeps_its_end() -> None:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("Experience", 144, 90, 160, size=13.9, bold=True),
        _line(
            "Inventory Planner, Oakmoor Supplies Regional Distribution Centre", 436.2, 90.1, 483, bold=True
        ),
        _line("11/2015", 436.2, 521.8, 558.1, size=11),
        _line("– 07/2019", 450.7, 90.1, 135.8, size=11),
        _line("Cut the weekly stock count from two days to one", 475.2, 108.1, 450, size=11),
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [
        ("Inventory Planner", "Oakmoor Supplies Regional Distribution Centre", "2015-11", "2019-07")
    ]


def test_a_rail_range_run_into_the_text_beside_it_and_a_year_first_end() -> None:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
        # the closing half read into the employer's row, at the rail's left edge
        _line("(2021 Mar", 182.2, 43.5, 90.3, size=13.2, bold=True),
        _line("Warehouse Supervisor", 182.5, 101.4, 240.2, bold=True),
        _line("– To date) Ferndale Freight", 194.9, 43.5, 163.9, size=13.2),
        _line("Cut the weekly stock count from two days to one", 212.5, 114.9, 450),
        # a year-first end whose month a right rail pushed to the next row
        _line("Inventory Planner", 238.3, 36, 122.4, bold=True),
        _line("From 2017 Jan to 2021", 238.6, 485.5, 576.0, size=12.0),
        _line("Oakmoor Supplies", 251.8, 36, 121.9),
        _line("Feb", 250.6, 556.0, 576.0, size=12.0),
        _line("Counted 4,000 items a week with a handheld scanner", 266.1, 49.5, 450),
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [
        ("Warehouse Supervisor", "Ferndale Freight", "2021-03", "present"),
        ("Inventory Planner", "Oakmoor Supplies", "2017-01", "2021-02"),
    ]


def test_a_calendar_glyph_before_a_wrapped_rail_range() -> None:
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
        _line("Warehouse Supervisor", 160, 36, 160, bold=True),
        _rail("\U0001f5d3 Dates: Apr 2020 —", 160.2),
        _line("Ferndale Freight", 172, 36, 130),
        _rail("Ongoing", 170.7),
        _line("Cut the weekly stock count from two days to one", 186, 49.5, 400),
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [("Warehouse Supervisor", "Ferndale Freight", "2020-04", "present")]


def test_a_wrapped_rail_read_as_a_column_of_its_own_goes_to_its_rows() -> None:
    rail = [("From JAN", 172.4), ("2021 to", 183.6), ("Today", 195.6), ("DATES: FEB-", 260.1)]
    rail += [("2017–MAR-", 271.4), ("2021", 283.4)]
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("EXPERIENCE", 144, 36, 115, size=13.9, bold=True),
        # the reader gives the rail first, as column 1, and the entry text after it, as column 2
        *[replace(_line(t, top, 43.5, 43.5 + 4.5 * len(t), size=12.0), column=1) for t, top in rail],
        *[
            replace(_line(t, top, x0, x0 + 6.0 * len(t), bold=bold), column=2)
            for t, top, x0, bold in [
                ("Warehouse Supervisor", 173.0, 101.4, True),
                ("Ferndale Freight", 185.0, 101.4, False),
                ("Cut the weekly stock count from two days to one", 200.0, 114.9, False),
                ("Inventory Planner", 260.7, 101.4, True),
                ("Oakmoor Supplies", 272.7, 101.4, False),
                ("Counted 4,000 items a week with a handheld scanner", 288.0, 114.9, False),
            ]
        ],
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [
        ("Warehouse Supervisor", "Ferndale Freight", "2021-01", "present"),
        ("Inventory Planner", "Oakmoor Supplies", "2017-02", "2021-03"),
    ]


def test_a_wrapped_right_rail_far_from_short_titles_goes_to_their_rows() -> None:
    rail = [
        ("Since JULY", 150.9),
        ("2021", 163.9),
        ("APRIL", 250.1),
        ("2017 till", 263.2),
        ("MARCH 2021", 275.2),
    ]
    text = [("Warehouse Supervisor", 151.5, 36.0, True), ("Ferndale Freight", 164.7, 36.0, False)]
    text += [("Cut the weekly stock count from two days to one", 179.0, 49.5, False)]
    text += [("Inventory Planner", 250.5, 36.0, True), ("Oakmoor Supplies", 263.7, 36.0, False)]
    text += [("Counted 4,000 items a week with a handheld scanner", 278.0, 49.5, False)]
    lines = [
        _line("Noor Haddad", 40, 36, 160, size=26, bold=True),
        _line("noor.haddad@example.org", 75, 36, 300),
        _line("EXPERIENCE", 130, 36, 115, size=13.9, bold=True),
        *[replace(_line(t, top, x0, x0 + 5.0 * len(t), bold=bold), column=1) for t, top, x0, bold in text],
        # the rail, read after the text as a column of its own, 300 pt right of the titles
        *[replace(_line(t, top, 559.5 - 5.0 * len(t), 559.5, size=12.0), column=2) for t, top in rail],
    ]
    got = [(e.title, e.company, e.start, e.end) for e in build_resume(lines, file_type="pdf").experience]
    assert got == [
        ("Warehouse Supervisor", "Ferndale Freight", "2021-07", "present"),
        ("Inventory Planner", "Oakmoor Supplies", "2017-04", "2021-03"),
    ]


@pytest.mark.parametrize(
    ("ranges", "ends"),
    [
        # a two-digit year in the open half; a word for the dash leading the closing half
        ([("DATES: 4/20 UNTIL", "NOW"), ("DATES: 1/17 UNTIL", "3/20")], ("present", "2020-03")),
        ([("Apr 2020 –", "Present"), ("01/2017", "to 03/2020")], ("present", "2020-03")),
    ],
)
def test_two_digit_years_and_word_dashes_in_a_wrapped_rail(
    ranges: list[tuple[str, str]], ends: tuple[str, str]
) -> None:
    got = _resume(ranges)
    assert [(t, c) for t, c, _, _ in got] == [
        ("Warehouse Supervisor", "Ferndale Freight"),
        ("Inventory Planner", "Oakmoor Supplies"),
    ]
    assert [g[2][:4] for g in got] == ["2020", "2017"]  # type: ignore[index]
    assert (got[0][3], got[1][3]) == ends
