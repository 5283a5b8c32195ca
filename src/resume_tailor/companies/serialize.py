"""Turn a company profile into plain JSON-ready data (the ``tailor companies show --json`` shape)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from resume_tailor.models import CompanyProfile


def profile_to_dict(profile: CompanyProfile) -> dict[str, Any]:
    """The profile as a dict of plain types.

    >>> profile_to_dict(load_profile("netflix"))["values"][0]["id"]
    'selflessness'
    """
    return asdict(profile)
