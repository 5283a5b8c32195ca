"""An employer's name broken in a narrow table cell before its head noun ("Tidewell Consultancy" /
"Services"), the dates cell beside it moved onto the role's row by the reader.

Invented people and employers; the geometry mimics a LibreOffice one-page resume template.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _row(text: str, top: float, x0: float = 56.8, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x0 + 5.2 * len(text), top=top, bottom=top + 11.0, size=11.0, bold=bold)


def test_an_organisations_head_noun_wrapped_to_the_next_row_completes_its_name() -> None:
    lines = [
        _row("Payroll Specialist | 07/2015 – 05/2017", 418.0, bold=True),
        _row("Tidewell Consultancy", 433.0),
        _row("Services", 448.0),
        _row("• Maintained batch jobs for an insurance client and fixed", 471.0, x0=74.8),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company) == ("Payroll Specialist", "Tidewell Consultancy Services")


def test_a_short_list_of_names_is_not_joined_by_the_rule() -> None:
    lines = [
        _row("Payroll Specialist | 07/2015 – 05/2017", 418.0, bold=True),
        _row("Tidewell Consultancy", 433.0),
        _row("Leeds", 448.0),
        _row("• Maintained batch jobs for an insurance client and fixed", 471.0, x0=74.8),
    ]
    [entry] = parse_entries(lines)
    assert entry.company == "Tidewell Consultancy"
