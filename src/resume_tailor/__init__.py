"""resume-tailor: read a resume the way a company would, and say exactly what to change.

>>> import resume_tailor as rt
>>> report = rt.tailor("examples/backend-engineer.pdf", company="amazon")
>>> report.company.name, 0 <= report.score.total <= 100
('Amazon', True)

The public names are imported lazily so that ``import resume_tailor`` (and ``tailor --help``) stays
fast: spaCy, pdfplumber and friends load only when a function that needs them is called.

The public face is what ``__all__`` lists: the pipeline functions, the model types and the whole
exception tree of :mod:`resume_tailor.errors`. Besides it, :mod:`resume_tailor.models`,
:mod:`resume_tailor.errors` and :mod:`resume_tailor.caches` are public modules. Every other module is
internal: its names may change between versions (docs/ARCHITECTURE.md has the map).
tests/test_public_api.py keeps ``__all__``, the lazy table and the typing imports in step.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import (
    BatchPartialFailure,
    ConfigError,
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    FetchError,
    FileTooLargeError,
    InputFileError,
    NetworkError,
    OfflineError,
    PostingError,
    ProfileError,
    RobotsDisallowedError,
    ScannedFileError,
    SiteChangedError,
    TailorError,
    UnknownCompanyError,
    UnsupportedFileError,
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


class _Package(types.ModuleType):
    """This package's module type: ``import resume_tailor.batch`` must not replace ``rt.batch``.

    Importing a submodule binds it on its package under its own name, and the submodule ``batch``
    shares its name with the public function ``batch``. The binding is skipped for public names (the
    submodule stays in ``sys.modules``), so ``rt.batch`` is the function whatever was imported first.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'resume_tailor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Assessment",
    "BatchPartialFailure",
    "Bullet",
    "BulletAssessment",
    "CompanyProfile",
    "Component",
    "ConfigError",
    "Contact",
    "CorruptFileError",
    "Education",
    "EmptyDocumentError",
    "EncryptedFileError",
    "Entry",
    "Evidence",
    "FetchError",
    "FileTooLargeError",
    "Gap",
    "InputFileError",
    "InterviewPrep",
    "JobPosting",
    "NetworkError",
    "OfflineError",
    "PostingError",
    "ProfileError",
    "Report",
    "Requirement",
    "Resume",
    "RobotsDisallowedError",
    "ScannedFileError",
    "Score",
    "Section",
    "SiteChangedError",
    "Skill",
    "SkillMention",
    "Suggestion",
    "TailorError",
    "UnknownCompanyError",
    "UnsupportedFileError",
    "UsageError",
    "Value",
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
    "__version__",
]
