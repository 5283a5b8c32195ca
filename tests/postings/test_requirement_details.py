"""Years, degrees, headings and item splitting on single lines."""

from __future__ import annotations

import pytest

from resume_tailor.postings import (
    degree_level,
    parse_posting_text,
    posting_to_dict,
    split_items,
    years_of_experience,
)
from resume_tailor.postings.boilerplate import is_boilerplate
from resume_tailor.postings.headings import cue_kind, heading_kind


@pytest.mark.parametrize(("text", "years"), [
    ("5+ years of experience with Java", 5.0), ("3-5 years in data engineering", 3.0),
    ("Two years of people management experience", 2.0), ("Minimum of 10 yrs in sales", 10.0),
    ("Experience with Python", None), ("Support for children 5 years old", None),
])
def test_years_of_experience(text: str, years: float | None) -> None:
    assert years_of_experience(text) == years


@pytest.mark.parametrize(("text", "degree"), [
    ("BA/BS degree or equivalent practical experience.", "bachelor"), ("MBA.", "master"),
    ("Master's degree or PhD in Statistics", "master"), ("PhD in Computer Science", "phd"),
    ("Experience with MS Office and Master Data Management", None), ("Certified Scrum Master", None),
])
def test_degree_level(text: str, degree: str | None) -> None:
    assert degree_level(text) == degree


@pytest.mark.parametrize(("line", "kind"), [
    ("Minimum qualifications:", "required"), ("BASIC QUALIFICATIONS", "required"),
    ("What you'll need", "required"), ("About you:", "required"), ("## Nice to have", "preferred"),
    ("Bonus points", "preferred"), ("Preferred Qualifications", "preferred"), ("Key job responsibilities",
     "responsibilities"), ("What you will do:", "responsibilities"), ("About the job", "description"),
    ("Benefits", "boilerplate"), ("Experience with Python.", None),
])
def test_heading_kinds(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_unlisted_headings_fall_back_to_keyword_cues() -> None:
    assert cue_kind("Experience & Competencies Required:") == "required"
    assert cue_kind("What sets you apart?") == "preferred"
    assert cue_kind("Preferred, but not required, additional areas of experience:") == "preferred"


def test_split_items_keeps_user_experience_together() -> None:
    assert split_items("Portfolio showing User Experience design work Experience with Figma") == [
        "Portfolio showing User Experience design work", "Experience with Figma",
    ]


def test_boilerplate_only_on_strong_phrasing() -> None:
    assert is_boilerplate("The base salary range for this position is $120,000 - $180,000.")
    assert is_boilerplate("Amazon is an equal opportunity employer.")
    assert not is_boilerplate("Experience designing compensation and benefits programs.")


def test_inline_headings_and_posting_dict_shape() -> None:
    text = ("Data Engineer\nRequirements: 4+ years of SQL and Python\nNice to have: Airflow experience\n"
            "Responsibilities: Build pipelines for the ads team")
    data = posting_to_dict(parse_posting_text(text))
    assert data["title"] == "Data Engineer"
    assert data["required"] == [{"text": "4+ years of SQL and Python", "skills": ["SQL", "Python"],
                                 "years": 4.0, "degree": None}]
    assert [p["text"] for p in data["preferred"]] == ["Airflow experience"]
    assert data["responsibilities"] == ["Build pipelines for the ads team"]
    assert set(data) >= {"title", "company", "responsibilities", "required", "preferred", "degree"}


def test_qualifications_heading_with_plus_cues_marks_preferred() -> None:
    posting = parse_posting_text("Designer\nQualifications\n- 3 years of product design\n"
                                 "- Motion design skills are a plus")
    assert [r.required for r in posting.requirements] == [True, False]
