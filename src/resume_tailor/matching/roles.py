"""Which role family a resume belongs to: from ``--role``, else from its job titles."""

from __future__ import annotations

import re

from resume_tailor.companies.roles import (
    classify_title,
    default_role_families,
    effective_role_families,
    profile_family,
    refine_family,
    role_family_for_title,
)
from resume_tailor.models import CompanyProfile, Resume, RoleFamily


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def _family_for_title(profile: CompanyProfile, title: str | None) -> RoleFamily | None:
    """The family a title has at this company, classified as its postings are (the profile's families
    plus the shared taxonomy). A taxonomy family the company has no postings for falls back to the
    profile's own family for the title, so the resume is still compared with demand that exists."""
    found = role_family_for_title(profile, title)
    own = profile.role_families
    if found is None or not own or any(f.id == found.id for f in own):
        return found
    return classify_title(title, own) or found


def infer_role_family(resume: Resume, profile: CompanyProfile, role: str | None = None) -> RoleFamily | None:
    """The profile's role family for ``role`` (an id, a name or a job title), else for the resume's
    most recent classifiable job title; None when nothing matches.

    >>> infer_role_family(resume, load_profile("google"), role="data scientist").id
    'data_science_ml'
    """
    if role:
        wanted = _norm(role)
        for family in effective_role_families(profile):
            if wanted in (_norm(family.id), _norm(family.name)):
                return profile_family(profile, family)
        return _family_for_title(profile, role)
    families = profile.role_families or default_role_families()
    for entry in resume.experience:
        found = _family_for_title(profile, entry.title)
        if found is not None:
            return refine_family(found, [s.name for s in resume.skills], families)
    return None
