"""Resume -> the plain dict printed by ``tailor parse`` (the shape promised in issue 2)."""

from __future__ import annotations

from typing import Any

from resume_tailor.models import Education, Entry, Resume, Skill


def _entry(e: Entry) -> dict[str, Any]:
    return {
        "title": e.title,
        "company": e.company,
        "location": e.location,
        "start": e.start,
        "end": e.end,
        "dates_text": e.dates_text,
        "months": e.months,
        "section": e.section,
        "fields": dict(e.fields),
        "bullets": [b.text for b in e.bullets],
    }


def _project(e: Entry) -> dict[str, Any]:
    """A project or activity: the experience shape plus ``name`` (the project's or role's name)."""
    return {"name": e.title, **_entry(e)}


def _education(e: Education) -> dict[str, Any]:
    return {
        "degree": e.degree,
        "field": e.field,
        "institution": e.institution,
        "location": e.location,
        "start": e.start,
        "end": e.end,
        "dates_text": e.dates_text,
        "gpa": e.gpa,
    }


def _skill(s: Skill) -> dict[str, Any]:
    return {
        "name": s.name,
        "category": s.category,
        "listed": s.listed,
        "demonstrated": s.demonstrated,
        "years": s.years,
        "soft": s.soft,
        "evidence": list(s.evidence),
    }


def resume_to_dict(resume: Resume) -> dict[str, Any]:
    """The JSON-ready form of a parsed resume.

    >>> from resume_tailor.models import Resume
    >>> sorted(resume_to_dict(Resume()))[:4]
    ['activities', 'certifications', 'columns', 'contact']
    """
    c = resume.contact
    return {
        "source": resume.source,
        "file_type": resume.file_type,
        "contact": {
            "name": c.name,
            "email": c.email,
            "phone": c.phone,
            "location": c.location,
            "links": list(c.links),
        },
        "sections": [{"kind": s.kind, "heading": s.heading, "text": s.text} for s in resume.sections],
        "experience": [_entry(e) for e in resume.experience],
        "education": [_education(e) for e in resume.education],
        "projects": [_project(e) for e in resume.projects],
        "activities": [_project(e) for e in resume.activities],
        "certifications": list(resume.certifications),
        "skills": [_skill(s) for s in resume.skills],
        "total_years": resume.total_years,
        "stated_years": resume.stated_years,
        "years_of_experience": resume.years_of_experience(),
        "pages": resume.pages,
        "columns": resume.columns,
        "warnings": list(resume.warnings),
    }
