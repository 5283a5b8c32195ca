"""Projects and activities as entries, and the years a resume states next to the years its dates add up to."""

from __future__ import annotations

from resume_tailor.models import Resume
from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.serialize import resume_to_dict
from resume_tailor.resume.years import stated_years

_TEXT = """Jane Doe
jane@example.com

SUMMARY
Backend engineer with 10+ years of experience building payment systems.

EXPERIENCE
Software Engineer, Acme Corp
Jan 2021 - Dec 2023
• Built the billing platform in Go

PROJECTS
Trailmap | Python, Flask
• Built a hiking route planner used by 2,000 people

LEADERSHIP
President, Robotics Club
2018 - 2019
• Led a team of 12 students to the regional finals

VOLUNTEERING
Tutor, Code for Kids
2017 - 2018
• Taught Python to 30 middle school students
"""


def test_activities_are_entries_with_their_section_heading() -> None:
    r = parse_resume_bytes(_TEXT.encode())
    assert [(e.title, e.company, e.section) for e in r.activities] == [
        ("President", "Robotics Club", "LEADERSHIP"),
        ("Tutor", "Code for Kids", "VOLUNTEERING"),
    ]
    assert [e.title for e in r.projects] == ["Trailmap"]
    assert r.activities[1].bullets[0].text == "Taught Python to 30 middle school students"


def test_activity_and_project_bullets_are_evidence() -> None:
    r = parse_resume_bytes(_TEXT.encode())
    texts = [b.text for b in r.bullets()]
    assert "Led a team of 12 students to the regional finals" in texts
    assert "Built a hiking route planner used by 2,000 people" in texts


def test_parse_json_has_projects_and_activities_shaped_like_experience() -> None:
    d = resume_to_dict(parse_resume_bytes(_TEXT.encode()))
    assert set(d["experience"][0]) <= set(d["activities"][0]) == set(d["projects"][0])
    assert d["activities"][0]["bullets"] == ["Led a team of 12 students to the regional finals"]


def test_stated_years_and_dated_years_are_both_kept() -> None:
    r = parse_resume_bytes(_TEXT.encode())
    assert (r.total_years, r.stated_years) == (3.0, 10.0)
    assert r.years_disagree() and r.years_of_experience() == 10.0
    close = Resume(total_years=9.0, stated_years=10.0)
    assert not close.years_disagree() and close.years_of_experience() == 9.0


def test_stated_years_phrasings() -> None:
    assert stated_years("Over 8 years of experience in data engineering") == 8.0
    assert stated_years("A decade of experience leading teams") == 10.0
    assert stated_years("12 years’ industry experience") == 12.0
    assert stated_years("Ran a 2 year pilot with the city.") is None
    assert stated_years("Cut build time from 10 minutes to 2") is None


def test_an_unpaid_role_listed_among_projects_is_a_role_at_its_organisation() -> None:
    lines = [
        Line(t)
        for t in (
            "Bike Lane Map",
            "March 2023 — June 2023",
            "- Mapped 300 km of bike lanes from open data",
            "Lyon Soup Kitchen , Communications Volunteer",
            "January 2018 — December 2020",
            "- Ran the social media accounts of the branch",
        )
    ]
    assert [(p.title, p.company) for p in parse_entries(lines, "project")] == [
        ("Bike Lane Map", None),
        ("Communications Volunteer", "Lyon Soup Kitchen"),
    ]


def test_project_names_listed_one_under_another_are_one_project_each() -> None:
    lines = [
        Line("Campus Bus Tracker", x0=87.8, x1=200.0, top=100.0, bottom=112.0, size=12.0, bold=True),
        Line(
            "Compiler for a Teaching Language",
            x0=87.8,
            x1=280.0,
            top=118.0,
            bottom=130.0,
            size=12.0,
            bold=True,
        ),
    ]
    assert [p.title for p in parse_entries(lines, "project")] == [
        "Campus Bus Tracker",
        "Compiler for a Teaching Language",
    ]
