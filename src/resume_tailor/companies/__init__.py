"""Company profiles: what Google, Amazon, Meta, Netflix (and any company a user adds) value.

>>> from resume_tailor.companies import load_profile
>>> load_profile("amazon").values[0].name
'Customer Obsession'
"""

from __future__ import annotations

from resume_tailor.companies.loader import (
    bundled_profiles_dir,
    clear_cache,
    list_profiles,
    load_profile,
    merge_demand,
    profile_template,
    validate_profile_file,
)
from resume_tailor.companies.roles import classify_title, default_role_families, role_family_for_title
from resume_tailor.companies.schema import parse_profile_text
from resume_tailor.companies.serialize import profile_to_dict

__all__ = [
    "bundled_profiles_dir",
    "classify_title",
    "clear_cache",
    "default_role_families",
    "list_profiles",
    "load_profile",
    "merge_demand",
    "parse_profile_text",
    "profile_template",
    "profile_to_dict",
    "role_family_for_title",
    "validate_profile_file",
]
