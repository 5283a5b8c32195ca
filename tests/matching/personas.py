"""Resumes and postings built directly from the data model, for the matcher's tests.

Skills are derived the simple way (a known skill named in a bullet is demonstrated, in the skills
line it is listed), so these tests do not depend on the skills extractor.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from resume_tailor.models import (
    Bullet,
    CompanyProfile,
    Contact,
    Education,
    Entry,
    JobPosting,
    Requirement,
    Resume,
    ScoringWeights,
    Section,
    Skill,
    Value,
)

KNOWN_SKILLS = (
    "Python",
    "Go",
    "Java",
    "TypeScript",
    "JavaScript",
    "React",
    "CSS",
    "GraphQL",
    "Kubernetes",
    "Docker",
    "PostgreSQL",
    "Kafka",
    "AWS",
    "Terraform",
    "SQL",
    "PyTorch",
    "Spark",
    "Tableau",
    "Airflow",
    "Redis",
    "Jira",
    "Figma",
    "A/B testing",
    "Node.js",
    "Swift",
    "Rust",
)


CATEGORIES = {
    **dict.fromkeys(
        ["Python", "Go", "Java", "TypeScript", "JavaScript", "SQL", "Swift", "Rust"], "programming_language"
    ),
    **dict.fromkeys(["React", "PyTorch", "Spark", "Node.js", "Airflow"], "framework"),
    **dict.fromkeys(["AWS", "Kubernetes", "Docker", "Terraform"], "cloud"),
    **dict.fromkeys(["PostgreSQL", "Redis"], "database"),
}


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w/]){re.escape(name)}(?![\w/])", text, re.IGNORECASE) is not None


def make_resume(
    title: str,
    bullets: list[str],
    skills_line: str = "",
    *,
    company: str = "Northwind",
    start: str = "2019-01",
    years: float | None = 5.0,
    name: str = "Alex Doe",
    degree: str = "B.S. Computer Science",
    summary: str = "",
) -> Resume:
    """A one-role resume with contact, summary, experience, education and skills sections."""
    entry = Entry(
        title=title,
        company=company,
        start=start,
        end="present",
        dates_text=f"Jan {start[:4]} - Present",
        bullets=[Bullet(text=b, entry_index=0) for b in bullets],
        months=int((years or 1) * 12),
    )
    skills: list[Skill] = []
    for skill in KNOWN_SKILLS:
        shown = [b for b in bullets if _mentions(b, skill)]
        listed = _mentions(skills_line, skill)
        if shown or listed:
            evidence = ([skills_line] if listed else []) + shown
            skills.append(
                Skill(
                    name=skill,
                    category=CATEGORIES.get(skill, "tool"),
                    listed=listed,
                    demonstrated=bool(shown),
                    evidence=evidence,
                    years=years if shown else None,
                )
            )
    sections = [Section("contact", "", f"{name}\nalex@example.com", [name, "alex@example.com"])]
    if summary:
        sections.append(Section("summary", "Summary", summary, [summary]))
    sections += [
        Section("experience", "Experience", "\n".join([title, *bullets]), [title, *bullets]),
        Section("education", "Education", degree, [degree]),
    ]
    if skills_line:
        sections.append(Section("skills", "Skills", skills_line, [skills_line]))
    text = "\n".join(s.text for s in sections)
    return Resume(
        contact=Contact(name=name, email="alex@example.com", phone="+1 555 0100", location="Austin, TX"),
        sections=sections,
        experience=[entry],
        education=[Education(degree=degree, institution="State University", start="2010", end="2014")],
        skills=skills,
        text=text,
        source="test.txt",
        file_type="text",
        total_years=years,
    )


def posting(
    title: str, required: list[str], preferred: list[str] = (), years: float | None = None
) -> JobPosting:
    """A posting whose requirements name the given skills."""
    reqs = [Requirement(text=f"Experience with {s}", required=True, skills=[s]) for s in required]
    reqs += [Requirement(text=f"Nice to have: {s}", required=False, skills=[s]) for s in preferred]
    if years:
        reqs.append(
            Requirement(text=f"{years:g}+ years of professional experience", required=True, years=years)
        )
    return JobPosting(title=title, company="Example", requirements=reqs)


def small_profile() -> CompanyProfile:
    """A made-up company whose values the curated lexicon does not know by id."""
    return CompanyProfile(
        id="example_corp",
        name="Example Corp",
        values=[
            Value(
                id="users_first",
                name="Users First",
                summary="Start from what users need.",
                signals=["user research", "customer feedback"],
            ),
            Value(
                id="ship_it", name="Ship It Fast", summary="Speed matters.", signals=["shipped", "in weeks"]
            ),
            Value(
                id="kindness",
                name="Kindness",
                summary="Be kind to each other.",
                signals=["volunteered to help", "peer support"],
            ),
            Value(id="old_value", name="Old Value", summary="No longer scored.", historical=True),
        ],
        resume_conventions=["Lead every bullet with the result and a number."],
        weights=ScoringWeights(skills=3, values=3, competencies=1, impact=2, ats=1),
    )


BACKEND = make_resume(
    "Senior Backend Engineer",
    [
        "Led the migration of the order service to Go and Kubernetes, cutting p99 latency 45% "
        "for 2M daily orders.",
        "Designed a Kafka event pipeline on PostgreSQL processing 30K events per second "
        "with 99.99% delivery.",
        "Mentored 3 engineers and set the team's code review standards.",
        "Reduced AWS spend by $120K a year by right-sizing clusters with Terraform.",
    ],
    "Go, Kubernetes, PostgreSQL, Kafka, AWS, Terraform, Docker",
)
DATA_SCIENTIST = make_resume(
    "Data Scientist",
    [
        "Built a churn model in Python and PyTorch that lifted 90-day retention 4% for 1M subscribers.",
        "Designed the A/B testing guidelines adopted by 9 product teams.",
        "Automated weekly reporting with Airflow and SQL, saving analysts 12 hours per week.",
        "Moved feature pipelines to Spark when data grew 20x.",
    ],
    "Python, SQL, PyTorch, Spark, Airflow, Tableau",
)
FRONTEND = make_resume(
    "Frontend Engineer",
    [
        "Rebuilt the checkout UI in React and TypeScript, raising conversion 6% for 400K monthly shoppers.",
        "Cut bundle size 38% by code-splitting and removing unused CSS.",
        "Introduced a GraphQL client cache that halved API calls from the web app.",
        "Added screen-reader support and high-contrast themes to the design system.",
    ],
    "React, TypeScript, JavaScript, CSS, GraphQL, Figma",
)
PRODUCT_MANAGER = make_resume(
    "Product Manager",
    [
        "Ran 40 customer interviews that reshaped onboarding and cut time to first value "
        "from 3 days to 5 hours.",
        "Owned the roadmap for billing and grew paid conversion 12% in two quarters.",
        "Aligned engineering, design and sales on one launch plan tracked in Jira.",
        "Defined success metrics and SQL dashboards in Tableau for the growth team.",
    ],
    "Jira, SQL, Tableau, Figma",
)

PERSONAS = {"backend": BACKEND, "data": DATA_SCIENTIST, "frontend": FRONTEND, "pm": PRODUCT_MANAGER}
POSTINGS = {
    "backend": posting(
        "Backend Engineer", ["Go", "Kubernetes", "PostgreSQL"], ["Kafka", "Terraform"], years=4
    ),
    "data": posting("Data Scientist", ["Python", "SQL", "PyTorch"], ["Spark", "Airflow"], years=3),
    "frontend": posting("Frontend Engineer", ["React", "TypeScript", "CSS"], ["GraphQL", "Figma"], years=3),
    "pm": posting("Product Manager", ["SQL", "Jira"], ["Tableau", "Figma"], years=3),
}


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@cache
def example_resumes() -> tuple[Resume, ...]:
    """The project's example resumes (PDF and DOCX), parsed and annotated once per test session."""
    from resume_tailor import annotate_skills, parse_resume

    paths = sorted(EXAMPLES.glob("*.pdf")) + sorted(EXAMPLES.glob("*.docx"))
    return tuple(annotate_skills(parse_resume(p)) for p in paths)
