"""One-line dated items beside a year rail are one entry each; a lone role header is a role.

Fictional people and organisations.
"""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line


def _at(text: str, x0: float, top: float, bold: bool = False, size: float = 10.0) -> Line:
    return Line(
        text, page=1, x0=x0, x1=x0 + 5.2 * len(text), top=top, bottom=top + size, size=size, bold=bold
    )


def test_items_beside_a_year_rail_are_not_wrapped_into_each_other() -> None:
    lines = [
        _at("Dana Whitfield", 40, 40, True, 20.0),
        _at("dana.whitfield@example.com", 40, 66),
        _at("Community", 40, 100, True, 12.0),
        _at("2022", 40, 120),
        _at("Cloud Community Builder (Containers), Northwind Web Services (NWS)", 110, 120),
        _at("2021", 40, 134),
        _at("Terraform Ambassador, Harborcorp", 110, 134),
    ]
    r = build_resume(lines)
    assert [(e.title, e.company, e.start) for e in r.activities] == [
        ("Cloud Community Builder (Containers)", "Northwind Web Services (NWS)", "2022"),
        ("Terraform Ambassador", "Harborcorp", "2021"),
    ]


def test_a_lone_role_header_with_its_dates_is_the_role() -> None:
    text = (
        "Dana Whitfield\ndana.whitfield@example.com\n\nLEADERSHIP\n"
        "Discussion Group Facilitator   Aug 2025 - Present\n"
        "• Led weekly sessions for twenty students.\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.activities] == [("Discussion Group Facilitator", None)]


def test_additional_alone_is_a_section_name() -> None:
    from resume_tailor.resume.headings import heading_kind

    assert heading_kind("ADDITIONAL") == "interests"
