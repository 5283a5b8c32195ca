"""resume-tailor: read a resume the way a company would, and say exactly what to change.

>>> import resume_tailor as rt
>>> report = rt.tailor("examples/backend-engineer.pdf", company="amazon")
>>> report.score.total  # doctest: +SKIP
67.5

The public names are imported lazily so that ``import resume_tailor`` (and ``tailor --help``) stays
fast: spaCy, pdfplumber and friends load only when a function that needs them is called.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import (
    InputFileError,
    NetworkError,
    ProfileError,
    TailorError,
    UnknownCompanyError,
    UsageError,
)

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use)
_LAZY = {
    "Assessment": "resume_tailor.models",
    "Bullet": "resume_tailor.models",
    "BulletAssessment": "resume_tailor.models",
    "CompanyProfile": "resume_tailor.models",
    "Component": "resume_tailor.models",
    "Contact": "resume_tailor.models",
    "Education": "resume_tailor.models",
    "Entry": "resume_tailor.models",
    "Evidence": "resume_tailor.models",
    "Gap": "resume_tailor.models",
    "InterviewPrep": "resume_tailor.models",
    "JobPosting": "resume_tailor.models",
    "Report": "resume_tailor.models",
    "Requirement": "resume_tailor.models",
    "Resume": "resume_tailor.models",
    "Score": "resume_tailor.models",
    "Section": "resume_tailor.models",
    "Skill": "resume_tailor.models",
    "SkillMention": "resume_tailor.models",
    "Suggestion": "resume_tailor.models",
    "Value": "resume_tailor.models",
    "parse_resume": "resume_tailor.resume",
    "extract_skills": "resume_tailor.skills",
    "annotate_skills": "resume_tailor.skills",
    "load_profile": "resume_tailor.companies",
    "list_profiles": "resume_tailor.companies",
    "parse_posting": "resume_tailor.postings",
    "match": "resume_tailor.matching",
    "tailor": "resume_tailor.api",
    "analyze_resume": "resume_tailor.api",
    "render": "resume_tailor.report",
    "prepare_interview": "resume_tailor.prep",
    "batch": "resume_tailor.batch",
}

if TYPE_CHECKING:
    from resume_tailor.api import analyze_resume, tailor
    from resume_tailor.batch import batch
    from resume_tailor.companies import list_profiles, load_profile
    from resume_tailor.matching import match
    from resume_tailor.models import (
        Assessment,
        Bullet,
        BulletAssessment,
        CompanyProfile,
        Component,
        Contact,
        Education,
        Entry,
        Evidence,
        Gap,
        InterviewPrep,
        JobPosting,
        Report,
        Requirement,
        Resume,
        Score,
        Section,
        Skill,
        SkillMention,
        Suggestion,
        Value,
    )
    from resume_tailor.postings import parse_posting
    from resume_tailor.prep import prepare_interview
    from resume_tailor.report import render
    from resume_tailor.resume import parse_resume
    from resume_tailor.skills import annotate_skills, extract_skills


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'resume_tailor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Assessment",
    "Bullet",
    "BulletAssessment",
    "CompanyProfile",
    "Component",
    "Contact",
    "Education",
    "Entry",
    "Evidence",
    "Gap",
    "InputFileError",
    "InterviewPrep",
    "JobPosting",
    "NetworkError",
    "ProfileError",
    "Report",
    "Requirement",
    "Resume",
    "Score",
    "Section",
    "Skill",
    "SkillMention",
    "Suggestion",
    "TailorError",
    "UnknownCompanyError",
    "UsageError",
    "Value",
    "__version__",
    "analyze_resume",
    "annotate_skills",
    "batch",
    "extract_skills",
    "list_profiles",
    "load_profile",
    "match",
    "parse_posting",
    "parse_resume",
    "prepare_interview",
    "render",
    "tailor",
]
