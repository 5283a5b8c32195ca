"""A date range wrapped in a narrow table cell beside the entry's title (a dates cell, a title and
employer cell, a place cell): the cell's first row reads into the title's row, its second row a
few rows below; or the range reads glued to the title with no space.

Invented people and employers; the geometry mimics a three-cell table row printed by Chromium.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_cut_ranges


def _row(text: str, top: float, x0: float = 60.0, x1: float = 300.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.0, size=10.0)


def _cell_table(first_row: str, second_row: str) -> list[Line]:
    return [
        _row(first_row, 100.0),
        _row("Lisbon, Portugal", 100.0, x0=420.0, x1=500.0),
        _row(second_row, 112.0, x1=100.0),
        _row("Harbourlight Freight", 112.0, x0=150.0),
        _row("• Cut the month-end close from ten days to four", 130.0, x0=150.0),
    ]


def test_a_range_cut_after_the_end_month_takes_its_year_from_the_cells_next_row() -> None:
    [entry] = parse_entries(_cell_table("Apr 2021 — May Payroll Specialist", "2023"))
    assert (entry.title, entry.company, entry.start, entry.end) == (
        "Payroll Specialist",
        "Harbourlight Freight",
        "2021-04",
        "2023-05",
    )


def test_a_range_cut_after_its_dash_takes_the_whole_end_from_the_cells_next_row() -> None:
    [entry] = parse_entries(_cell_table("November, 2019— Payroll Specialist", "Present"))
    assert (entry.title, entry.company, entry.start, entry.end) == (
        "Payroll Specialist",
        "Harbourlight Freight",
        "2019-11",
        "present",
    )


def test_a_range_glued_to_the_title_is_set_apart() -> None:
    lines = [
        _row("Jan 2020 — Jan 2022Payroll Specialist", 100.0),
        _row("Harbourlight Freight", 112.0, x0=150.0),
        _row("• Cut the month-end close from ten days to four", 130.0, x0=150.0),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.start, entry.end) == ("Payroll Specialist", "2020-01", "2022-01")


def test_a_whole_range_before_the_title_and_a_year_elsewhere_stay_as_they_are() -> None:
    rows = [
        _row("Jan 2020 – Mar 2021 Payroll Specialist", 100.0),
        _row("2022", 112.0, x1=100.0),
        _row("Apr 2021 — May Payroll Specialist", 140.0),
        _row("2023", 152.0, x0=200.0),  # not at the cell's left edge
    ]
    items = [(row.text, False, row) for row in rows]
    assert join_cut_ranges(items) == items
