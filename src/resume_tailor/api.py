"""The one-call API: a resume file and a company name in, a Report out."""

from __future__ import annotations

import os
from pathlib import Path

from resume_tailor.limits import MAX_PAGES
from resume_tailor.models import JobPosting, Report, Resume


def analyze_resume(path: str | os.PathLike[str], *, max_pages: int = MAX_PAGES) -> Resume:
    """Parse a resume file and find its skills.

    >>> resume = analyze_resume("examples/backend-engineer.pdf")
    >>> {"Python", "Go", "PostgreSQL"} <= {s.name for s in resume.skills}
    True
    """
    from resume_tailor.resume import parse_resume
    from resume_tailor.skills import annotate_skills

    return annotate_skills(parse_resume(path, max_pages=max_pages))


def load_job(job: str | os.PathLike[str], *, offline: bool = False) -> JobPosting:
    """A job posting from a file path, or from an http(s) URL (the only network use)."""
    text = os.fspath(job)
    if text.startswith(("http://", "https://")):
        from resume_tailor.scrape import fetch_posting

        return fetch_posting(text, offline=offline)
    from resume_tailor.postings import parse_posting

    return parse_posting(Path(text))


def tailor(
    path: str | os.PathLike[str],
    company: str,
    *,
    job: str | os.PathLike[str] | JobPosting | None = None,
    role: str | None = None,
    profiles_dir: str | os.PathLike[str] | None = None,
    offline: bool = False,
    max_pages: int = MAX_PAGES,
) -> Report:
    """Read the resume at ``path`` and match it to ``company`` (and optionally one job posting).

    >>> report = tailor("examples/backend-engineer.pdf", company="amazon")
    >>> 0 <= report.score.total <= 100
    True
    """
    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match

    profile = load_profile(company, profiles_dir=Path(profiles_dir) if profiles_dir else None)
    posting = job if isinstance(job, JobPosting) or job is None else load_job(job, offline=offline)
    resume = analyze_resume(path, max_pages=max_pages)
    return match(resume, profile, posting, role=role)
