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


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Hackathons", "projects"),
        ("Projects & Hackathons", "projects"),
        ("Extracurricular Activity", "leadership"),
        ("Volunteer Activities", "volunteering"),
    ],
)
def test_hackathon_and_singular_activity_headings(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


def test_a_small_caps_heading_split_inside_a_word_is_still_a_heading() -> None:
    from resume_tailor.resume.layout import analyse
    from resume_tailor.resume.lines import Line

    def ln(text: str, top: float, size: float = 12.7) -> Line:
        return Line(text=text, x0=44.0, x1=300.0, top=top, bottom=top + size, size=size)

    # small capitals: "Hac kathons" - the piece after the split is all small letters, so the line's
    # size falls between the headings' 15.2 pt and the body's 12.7 pt
    lines = [
        ln("Robin Okafor", 40.0, 24.0),
        ln("Professional Experience", 100.0, 15.2),
        ln("Data Analyst | Corvid Labs | 2019 – Present", 120.0),
        ln("Built the churn model that the sales team uses every week.", 135.0),
        ln("Hac kathons", 170.0, 13.1),
        ln("lexi | Python, Flask | 2021", 190.0),
        ln("Wrote a recommendation step based on past choices.", 205.0),
        ln("Education", 240.0, 15.2),
        ln("BSc Computer Science, Northfield University, 2019", 260.0),
    ]
    doc = analyse(lines)
    assert [b.kind for b in doc.blocks if b.kind != "contact"] == ["experience", "projects", "education"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Volunteer Roles", "volunteering"),
        ("Civic Engagement", "volunteering"),
        ("Co-Curricular", "leadership"),
        ("Clubs & Organizations", "leadership"),
        ("Positions of Responsibility", "leadership"),
        ("Project Work", "projects"),
        ("Personal Work", "projects"),
    ],
)
def test_more_headings_of_activity_and_project_sections(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


def test_a_hyphenated_role_reads_as_a_role() -> None:
    from resume_tailor.resume.names import title_score

    assert title_score("Editor-in-Chief") > 0 and title_score("Co-Founder") > 0
    assert title_score("E-commerce") == 0
