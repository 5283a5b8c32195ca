"""The pipeline's functions return new objects: the caller's Resume is never changed behind its back."""

from __future__ import annotations

import copy

from resume_tailor import annotate_skills, load_profile, match
from resume_tailor.models import Bullet, Entry, Resume, Section


def _resume() -> Resume:
    return Resume(
        text="Skills\nPython, Go\nBuilt APIs in Go for 2M customers",
        sections=[Section("skills", "Skills", "Python, Go")],
        experience=[
            Entry(start="2020-01", end="2021-12", bullets=[Bullet("Built APIs in Go for 2M customers")])
        ],
    )


def test_annotate_skills_returns_a_new_resume_and_leaves_its_argument_alone() -> None:
    resume = _resume()
    before = copy.deepcopy(resume)
    annotated = annotate_skills(resume)
    assert [s.name for s in annotated.skills][:2] == ["Go", "APIs"]
    assert resume == before and resume.skills == []


def test_match_leaves_the_callers_resume_alone() -> None:
    resume = _resume()
    before = copy.deepcopy(resume)
    report = match(resume, load_profile("amazon"))
    assert report.resume.skills and resume == before
