"""The agency or client a contract ran through, written after the employer ("(via X)", "(through
X)", ", placed with X"), is part of the employer as written; a comma inside a role's brackets parts
no names. A description of the employer in brackets is still dropped.

Invented people and employers.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _entry(role: str, employer: str | None = None) -> tuple[str | None, str | None, str | None]:
    lines = [
        Line(text=role, x0=40.0, x1=300.0, top=100.0, bottom=110.0, size=10.0, bold=True),
        Line(text="Mar 2019 – May 2022", x0=470.0, x1=570.0, top=100.0, bottom=110.0, size=10.0),
        Line(text="• Monitored six trial sites", x0=50.0, x1=400.0, top=128.0, bottom=138.0),
    ]
    if employer is not None:
        lines.insert(2, Line(text=employer, x0=40.0, x1=300.0, top=114.0, bottom=124.0, size=10.0))
    [entry] = parse_entries(lines)
    return entry.title, entry.company, entry.location


def test_an_agency_in_brackets_stays_with_the_employer() -> None:
    employer = "Corvane Pharma Services S.p.A. (through Tellis HR Solutions)"
    assert _entry("Clinical Research Associate", employer)[:2] == ("Clinical Research Associate", employer)


def test_a_client_after_a_comma_opening_in_lower_case_stays_with_the_employer() -> None:
    header = "Software Engineer (Contract), Savanna Talent Network, placed with Larkfield Learning (US)"
    assert _entry(header)[:2] == (
        "Software Engineer (Contract)",
        "Savanna Talent Network, placed with Larkfield Learning (US)",
    )


def test_a_comma_inside_the_roles_brackets_parts_nothing() -> None:
    role = "Test Engineer (contract, placed with a rail OEM)"
    assert _entry(role, "Brenner Technik GmbH, Ingolstadt") == (role, "Brenner Technik GmbH", "Ingolstadt")


def test_what_the_employer_does_in_brackets_is_still_dropped() -> None:
    assert _entry("Sales Associate", "Pinecrest Labs (family-owned maker of pumps and valves)")[:2] == (
        "Sales Associate",
        "Pinecrest Labs",
    )


def test_a_town_with_how_the_work_was_done_in_brackets_is_the_place() -> None:
    header = "Field Monitor, Ostrava Trials S.r.l., Brno (home-based)"
    assert _entry(header) == ("Field Monitor", "Ostrava Trials S.r.l", "Brno (home-based)")
    header = "Technical Recruiter | Lumen Pay (via Kestrel Staffing), Singapore (remote)"
    assert _entry(header)[1:] == ("Lumen Pay (via Kestrel Staffing)", "Singapore (remote)")


def test_an_employer_line_naming_its_client_after_small_words_is_a_header_line() -> None:
    assert _entry("Customer Success Manager", "Brightpath Contracting, placed with Larkfield Labs")[:2] == (
        "Customer Success Manager",
        "Brightpath Contracting, placed with Larkfield Labs",
    )


def test_an_employer_line_naming_its_client_in_brackets_is_a_header_line() -> None:
    employer = "Northgate Talent (on behalf of Larkfield Labs GmbH), Dublin, Ireland"
    assert _entry("Senior Accountant II", employer) == (
        "Senior Accountant II",
        "Northgate Talent (on behalf of Larkfield Labs GmbH)",
        "Dublin, Ireland",
    )
