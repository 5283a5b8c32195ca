"""The pattern the other entries of a section follow (the look of each header line, the order of role
and employer) decides an entry the words cannot: a role with a qualifier after a comma whose
employer line comes after the dates, and a role whose words read like an organisation.

Invented people and employers; geometry like a one-column theme: role bold and larger, dates,
then the employer in regular type, achievements indented.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _row(text: str, top: float, bold: bool = False, size: float = 10.0, x0: float = 40.0) -> Line:
    return Line(text=text, x0=x0, x1=x0 + 6.0 * len(text), top=top, bottom=top + size, size=size, bold=bold)


def _entry(top: float, role: str, dates: str, employer: str, done: str) -> list[Line]:
    return [
        _row(role, top, bold=True, size=11.0),
        Line(text=dates, x0=470.0, x1=570.0, top=top, bottom=top + 10.0, size=10.0),
        _row(employer, top + 14.0),
        _row(done, top + 28.0, x0=55.0),
    ]


def test_a_role_with_its_qualifier_keeps_the_employer_line_under_its_dates() -> None:
    lines = [
        *_entry(100.0, "Shift Lead, Cold Chain Yard", "Jan 2021 – Present", "Ostwind Logistik GmbH, Kassel",
                "Planned loading for forty trucks a night"),
        *_entry(150.0, "Dispatcher", "Apr 2017 – Dec 2020", "Ostwind Logistik GmbH, Kassel",
                "Cut empty runs by a fifth"),
    ]
    first, second = parse_entries(lines)
    assert (first.title, first.company, first.location) == (
        "Shift Lead, Cold Chain Yard", "Ostwind Logistik GmbH", "Kassel"
    )
    assert (second.title, second.company) == ("Dispatcher", "Ostwind Logistik GmbH")


def test_a_lone_dated_role_with_no_sibling_in_that_shape_stays_as_it_was() -> None:
    """No entry of the section shows a role line, dates and an employer line in one header: the
    line under the dates is not taken for this role's employer on looks alone."""
    lines = [
        _row("Shift Lead, Cold Chain Yard", 100.0, bold=True, size=11.0),
        Line(text="Jan 2021 – Present", x0=470.0, x1=570.0, top=100.0, bottom=110.0, size=10.0),
        _row("Ostwind Logistik GmbH, Kassel", 114.0),
        _row("Planned loading for forty trucks a night", 128.0, x0=55.0),
    ]
    assert parse_entries(lines)[0].title == "Shift Lead"


def test_a_role_set_in_the_type_of_the_sections_roles_is_the_role_whatever_its_words() -> None:
    lines = [
        *_entry(100.0, "Dispatcher", "Apr 2017 – Dec 2020", "Ostwind Logistik GmbH, Kassel",
                "Cut empty runs by a fifth"),
        *_entry(150.0, "Warehouse Clerk", "Jan 2015 – Mar 2017", "Halden Freight AG, Kassel",
                "Counted stock every quarter"),
        *_entry(200.0, "Reservist, Supply Company", "Jul 2013 – Mar 2014", "Federal Armed Forces, Kassel",
                "Drove supply runs between two depots"),
    ]
    last = parse_entries(lines)[-1]
    assert (last.title, last.company) == ("Reservist, Supply Company", "Federal Armed Forces")
