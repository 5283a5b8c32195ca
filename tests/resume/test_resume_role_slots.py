"""A role with what its commas add (a unit, a region, a field) stays whole when the template prints
the employer in a slot of its own, or when an organisation's name ends the line after it; a role
beside a town, or a qualifier surer an organisation than the name beside it, is left as it was.

Invented people and employers.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _entry(header: str) -> tuple[str | None, str | None, str | None]:
    lines = [
        Line(text=header, x0=40.0, x1=500.0, top=100.0, bottom=110.0, size=10.0, bold=True),
        Line(text="Mar 2019 – May 2022", x0=40.0, x1=140.0, top=114.0, bottom=124.0, size=10.0),
        Line(text="• Ran the night shift rota for a 20-bed unit", x0=50.0, x1=400.0, top=128.0, bottom=138.0),
    ]
    [entry] = parse_entries(lines)
    return entry.title, entry.company, entry.location


def test_the_role_slot_keeps_its_unit_beside_the_employer_slot() -> None:
    assert _entry("Halden Logistik GmbH, Kassel — Shift Lead, Cold Chain Yard") == (
        "Shift Lead, Cold Chain Yard", "Halden Logistik GmbH", "Kassel"
    )
    assert _entry("Account Manager, Nordics Region | Brightwater Freight Group")[:2] == (
        "Account Manager, Nordics Region", "Brightwater Freight Group"
    )


def test_a_unit_between_the_role_and_the_organisation_ending_the_line_is_the_roles() -> None:
    assert _entry("Charge Nurse, Neonatal ICU, Lindenfield Regional Medical Center")[:2] == (
        "Charge Nurse, Neonatal ICU", "Lindenfield Regional Medical Center"
    )
    assert _entry("Talent Partner, EMEA, Corvid Analytics Ltd.")[:2] == (
        "Talent Partner, EMEA", "Corvid Analytics Ltd."
    )


def test_a_role_and_employer_beside_a_town_are_not_joined() -> None:
    assert _entry("Staff Pharmacist (part-time), Farmacia Monte Verde | Bologna")[:2] == (
        "Staff Pharmacist (part-time)", "Farmacia Monte Verde"
    )
