"""A :class:`JobPosting` as plain JSON-ready data (the ``tailor posting FILE`` shape)."""

from __future__ import annotations

from typing import Any

from resume_tailor.models import JobPosting, Requirement


def _requirement(req: Requirement) -> dict[str, Any]:
    return {"text": req.text, "skills": list(req.skills), "years": req.years, "degree": req.degree}


def posting_to_dict(posting: JobPosting) -> dict[str, Any]:
    """``title, company, location, url, id, responsibilities, required, preferred, degree, skills,
    boilerplate, description``; ``required``/``preferred`` are lists of ``{text, skills, years, degree}``.

    >>> from resume_tailor.postings import parse_posting_text
    >>> data = posting_to_dict(parse_posting_text("Engineer\\nRequirements:\\n- 3 years of Go"))
    >>> data["required"][0]["years"]
    3.0
    """
    skills: list[str] = []
    for req in posting.requirements:
        skills.extend(s for s in req.skills if s not in skills)
    return {
        "title": posting.title,
        "company": posting.company,
        "location": posting.location,
        "url": posting.url,
        "id": posting.id,
        "responsibilities": list(posting.responsibilities),
        "required": [_requirement(r) for r in posting.required],
        "preferred": [_requirement(r) for r in posting.preferred],
        "degree": posting.degree,
        "skills": skills,
        "boilerplate": list(posting.boilerplate),
        "description": posting.description,
    }
