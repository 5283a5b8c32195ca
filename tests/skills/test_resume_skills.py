"""annotate_skills: listed vs demonstrated, evidence lines, years of use, soft skills apart."""

from __future__ import annotations

from datetime import date

from resume_tailor import annotate_skills
from resume_tailor.models import Bullet, Entry, Resume, Section
from resume_tailor.skills.resume_skills import years_of

TODAY = date(2026, 11, 1)


def make_resume() -> Resume:
    jobs = [
        Entry(
            title="Senior Engineer",
            company="Acme",
            start="2022-01",
            end="present",
            bullets=[
                Bullet("Cut p99 latency 40% by rewriting the ingest service in Go on Kubernetes"),
                Bullet("Mentored 4 engineers; led the migration from Jenkins to GitHub Actions"),
            ],
        ),
        Entry(
            title="Engineer",
            company="Beta",
            start="2019-03",
            end="2021-12",
            bullets=[
                Bullet("Built Django APIs on PostgreSQL serving 2M users"),
                Bullet("Wrote Go tooling for deploys"),
            ],
        ),
    ]
    skills = Section(
        kind="skills",
        heading="Skills",
        text="Languages: Python, Go, C\nTools: Docker, Kubernetes, Terraform",
        lines=["Languages: Python, Go, C", "Tools: Docker, Kubernetes, Terraform"],
    )
    return Resume(sections=[skills], experience=jobs)


def by_name(resume: Resume) -> dict:
    return {s.name: s for s in resume.skills}


def test_skills_section_entries_are_listed_and_bullets_are_demonstrated() -> None:
    skills = by_name(annotate_skills(make_resume(), today=TODAY))
    assert skills["Go"].listed and skills["Go"].demonstrated
    assert skills["Terraform"].listed and not skills["Terraform"].demonstrated
    assert skills["Django"].demonstrated and not skills["Django"].listed
    assert skills["C"].listed  # a single letter is fine inside a skills list


def test_evidence_quotes_the_resume_lines() -> None:
    skills = by_name(annotate_skills(make_resume(), today=TODAY))
    assert skills["Kubernetes"].evidence == [
        "Tools: Docker, Kubernetes, Terraform",
        "Cut p99 latency 40% by rewriting the ingest service in Go on Kubernetes",
    ]


def test_years_come_from_the_entries_where_the_skill_is_demonstrated() -> None:
    skills = by_name(annotate_skills(make_resume(), today=TODAY))
    # Go: 2019-03..2021-12 (34 months) + 2022-01..2026-11 (59 months) = 93 months
    assert skills["Go"].years == 7.8
    assert skills["Django"].years == 2.8
    assert skills["Terraform"].years is None


def test_soft_skills_are_flagged_and_sorted_last() -> None:
    resume = annotate_skills(make_resume(), today=TODAY)
    soft = [s for s in resume.skills if s.soft]
    assert [s.name for s in soft] == ["Leadership"]
    assert resume.skills[-1].soft
    assert all(not s.soft for s in resume.skills[: len(resume.skills) - len(soft)])


def test_overlapping_entries_are_counted_once() -> None:
    a = Entry(start="2020-01", end="2020-12")
    b = Entry(start="2020-07", end="2021-06")
    assert years_of([a, b], TODAY) == 1.5


def test_entry_months_are_used_when_dates_are_missing() -> None:
    assert years_of([Entry(months=18)], TODAY) == 1.5


def test_resume_without_sections_falls_back_to_its_text() -> None:
    resume = annotate_skills(Resume(text="Experienced with React and TypeScript."), today=TODAY)
    assert [s.name for s in resume.skills] == ["React", "TypeScript"]
    assert not resume.skills[0].listed and not resume.skills[0].demonstrated


def test_group_labels_of_skills_lines_are_not_skills() -> None:
    lines = ["Cloud & Infra: AWS, Kubernetes, Docker", "Languages: Go, Python"]
    resume = Resume(sections=[Section("skills", "Skills", "\n".join(lines), lines)], text="\n".join(lines))
    names = {s.name for s in annotate_skills(resume).skills}
    assert {"AWS", "Kubernetes", "Docker", "Go", "Python"} <= names
    assert "Cloud computing" not in names


def test_a_skills_list_wrapped_over_two_printed_lines_is_quoted_whole() -> None:
    lines = ["Data: Spark, Airflow, BigQuery,", "Snowflake, Tableau", "Languages: Python, R"]
    resume = Resume(sections=[Section("skills", "Skills", "\n".join(lines), lines)], text="\n".join(lines))
    evidence = {s.name: s.evidence for s in annotate_skills(resume).skills}
    assert evidence["Snowflake"] == ["Data: Spark, Airflow, BigQuery, Snowflake, Tableau"]
    assert evidence["Python"] == ["Languages: Python, R"]


def test_a_contact_line_left_in_a_skills_section_lists_no_skill() -> None:
    from resume_tailor.models import Contact

    lines = ["German Native", "in ana-ortiz-sre"]
    languages = Section("languages", "Languages", "\n".join(lines), lines)
    resume = Resume(
        contact=Contact(name="Ana Ortiz", links=["https://www.linkedin.com/in/ana-ortiz-sre"]),
        sections=[languages],
    )
    names = {s.name for s in annotate_skills(resume).skills}
    assert "German" in names and "Site reliability engineering" not in names
