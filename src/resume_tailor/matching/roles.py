"""Which role family a resume belongs to: from ``--role``, else from its job titles."""

from __future__ import annotations

import re

from resume_tailor.models import CompanyProfile, Resume, RoleFamily


def _families(profile: CompanyProfile) -> list[RoleFamily]:
    if profile.role_families:
        return profile.role_families
    from resume_tailor.companies.roles import default_role_families

    return default_role_families()


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def infer_role_family(resume: Resume, profile: CompanyProfile, role: str | None = None) -> RoleFamily | None:
    """The profile's role family for ``role`` (an id, a name or a job title), else for the resume's
    most recent classifiable job title; None when nothing matches.

    >>> infer_role_family(resume, load_profile("google"), role="data scientist").id
    'data_science_ml'
    """
    from resume_tailor.companies.roles import classify_title, refine_family

    families = _families(profile)
    if role:
        wanted = _norm(role)
        for family in families:
            if wanted in (_norm(family.id), _norm(family.name)):
                return family
        return classify_title(role, families)
    for entry in resume.experience:
        found = classify_title(entry.title, families)
        if found is not None:
            return refine_family(found, [s.name for s in resume.skills], families)
    return None
