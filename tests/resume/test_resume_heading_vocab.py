"""The heading vocabulary: headings for service, the activities section of academic and LaTeX CVs."""

from __future__ import annotations

import pytest

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.headings import heading_kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("SERVICE", "volunteering"),
        ("Professional Service", "volunteering"),
        ("Outreach", "volunteering"),
        ("Leadership & Service", "leadership"),
    ],
)
def test_service_headings(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


def test_roles_under_a_service_heading_are_activities() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Data Engineer, Acme Corp
Jan 2020 – Present
• Built pipelines that move 4 TB a day.

SERVICE
Outreach Chair, Women in Computing Club
Sep 2022 – May 2024
• Organized a hackathon for 150 high school students.
"""
    r = parse_resume_bytes(text.encode())
    assert [e.title for e in r.experience] == ["Data Engineer"]
    [a] = r.activities
    assert (a.title, a.company, a.start, a.end) == (
        "Outreach Chair",
        "Women in Computing Club",
        "2022-09",
        "2024-05",
    )


@pytest.mark.parametrize("heading", ["Professional Memberships", "Memberships", "Affiliations"])
def test_membership_headings_list_bodies_not_roles(heading: str) -> None:
    assert heading_kind(heading) == "other"


def test_dated_memberships_after_the_roles_are_no_entries() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Data Engineer | Acme Corp | Jan 2020 – Present
• Built pipelines that move 4 TB a day.

PROFESSIONAL MEMBERSHIPS
Member | Society of Data Engineers | 2021 – Present
Board Member | Riverside Hackspace | 2019
"""
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.experience] == [("Data Engineer", "Acme Corp")]
    assert r.activities == [] and r.projects == []
