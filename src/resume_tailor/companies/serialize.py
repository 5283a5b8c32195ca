"""Turn a company profile into plain JSON-ready data (the ``tailor companies show --json`` shape)."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from resume_tailor.companies.loader import profile_extras
from resume_tailor.models import CompanyProfile, RoleFamily


def profile_to_dict(profile: CompanyProfile) -> dict[str, Any]:
    """The profile as a dict of plain types, with ``aliases`` and ``principles`` added.

    >>> profile_to_dict(load_profile("netflix"))["values"][0]["id"]  # doctest: +SKIP
    'selflessness'
    """
    data = asdict(profile)
    extras = profile_extras(profile)
    data["aliases"] = list(extras.aliases)
    data["principles"] = [asdict(p) for p in extras.principles]
    return data


def role_family_for_title(profile: CompanyProfile, title: str | None) -> RoleFamily | None:
    """The role family whose title keywords best match a job title, or None.

    A keyword matches on word boundaries; the longest matching keyword wins, so "data engineer"
    beats "engineer". Ties go to the family listed first.

    >>> role_family_for_title(load_profile("google"), "Senior Data Scientist").id  # doctest: +SKIP
    'data_science_ml'
    """
    if not title:
        return None
    text = " " + re.sub(r"[^a-z0-9+#]+", " ", title.casefold()) + " "
    best: tuple[int, int] | None = None
    chosen: RoleFamily | None = None
    for index, family in enumerate(profile.role_families):
        for keyword in family.title_keywords:
            words = re.sub(r"[^a-z0-9+#]+", " ", keyword.casefold()).strip()
            if words and f" {words} " in text:
                rank = (len(words), -index)
                if best is None or rank > best:
                    best, chosen = rank, family
    return chosen
