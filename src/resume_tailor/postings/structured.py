"""Postings that arrive as structured data: schema.org ``JobPosting`` (JSON-LD) or careers-site JSON.

Both are turned into the same posting text a careers page would show (headings and bullet lines),
then parsed by :mod:`.text`, so that every source follows one set of rules. Fields that already
separate minimum from preferred qualifications (amazon.jobs ``basic_qualifications`` /
``preferred_qualifications``, Meta/Google ``minimum_qualifications`` / ``preferred_qualifications``)
keep that split under explicit headings.
"""

from __future__ import annotations

import re
from typing import Any

from resume_tailor.errors import PostingError
from resume_tailor.models import JobPosting
from resume_tailor.postings.requirements import SkillFinder
from resume_tailor.postings.text import normalize_text, posting_from_sections


def _norm_key(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", key.casefold()).strip("_")


def _as_text(value: Any) -> str:
    """Text of a field that may be a string (plain or HTML), a list of strings, or a mapping."""
    if value is None:
        return ""
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, (list, tuple)):
        parts = [_as_text(v) for v in value]
        return "\n".join(p for p in parts if p)
    if isinstance(value, dict):
        months = value.get("monthsOfExperience")
        if isinstance(months, (int, float)) and months > 0:
            return f"{months / 12:g} years of experience"
        for key in ("description", "text", "name", "value", "@value", "educationalLevel",
                    "credentialCategory"):
            if key in value:
                return _as_text(value[key])
        return ""
    return str(value)


def _first(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _location(value: Any) -> str | None:
    """A readable location from a string, a schema.org Place (or list of them), or a list of strings."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        found = [loc for loc in (_location(v) for v in value) if loc]
        return "; ".join(dict.fromkeys(found)) or None
    if isinstance(value, dict):
        address = value.get("address", value)
        if isinstance(address, str):
            return address.strip() or None
        if isinstance(address, dict):
            parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
            text = ", ".join(_as_text(p) for p in parts if p)
            return text or _as_text(value.get("name")) or None
    return None


def _bullets(text: str) -> list[str]:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return [ln if ln.startswith(("-", "•", "*")) else f"- {ln}" for ln in lines]


def _section(heading: str, text: str) -> list[str]:
    return ["", heading, *_bullets(text)] if text.strip() else []


def _is_mislabelled_amazon(data: dict[str, Any]) -> bool:
    """The moizez256/amazon_jobs shape: ``basic_qual`` repeats the description and ``preferred_qual``
    holds the basic qualifications (plus boilerplate)."""
    basic, full = data.get("basic_qual"), data.get("full_description")
    return basic is not None and basic == full


def posting_from_fields(
    data: dict[str, Any], *, url: str | None = None, find_skills: SkillFinder | None = None
) -> JobPosting:
    """A posting from a dict of careers-site fields (amazon.jobs, Meta, Google, Eightfold, JSON-LD)."""
    fields = {_norm_key(k): v for k, v in data.items()}
    if fields.get("type") == "JobPosting" or "@type" in data:
        return posting_from_jsonld(data, url=url, find_skills=find_skills)
    title = _as_text(_first(fields, "title", "name", "posting_name", "job_title")) or None
    company = _as_text(_first(fields, "company", "company_name", "hiring_organization", "employer")) or None
    location = _location(_first(fields, "normalized_location", "location", "locations", "city"))
    description = _as_text(_first(fields, "description", "full_description", "job_description",
                                  "about_the_job", "text", "search_text"))
    minimum_key = "preferred_qual" if _is_mislabelled_amazon(data) else None
    minimum = _as_text(
        data.get(minimum_key) if minimum_key else _first(
            fields, "minimum_qualifications", "basic_qualifications", "basic_qual", "required_qualifications",
            "requirements", "qualifications",
        )
    )
    preferred = "" if minimum_key else _as_text(_first(fields, "preferred_qualifications", "preferred_qual"))
    duties = _as_text(_first(fields, "responsibilities", "duties"))
    if not any((description, minimum, preferred, duties)):
        raise PostingError("no requirements found: the JSON has no description or qualification fields")
    parts = [title or "", location or "", "", description]
    parts += _section("Responsibilities", duties)
    parts += _section("Minimum qualifications", minimum)
    parts += _section("Preferred qualifications", preferred)
    extra = _as_text(_first(fields, "compensation", "salary", "pay"))
    parts += ["", extra] if extra else []
    posting = posting_from_sections(
        normalize_text("\n".join(parts)), title=title, company=company, location=location,
        find_skills=find_skills,
    )
    link = _first(fields, "url", "canonicalpositionurl", "job_url", "absolute_url")
    posting.url = url or _as_text(link) or None
    if posting.url and posting.url.startswith("/en/jobs/"):
        posting.url = "https://www.amazon.jobs" + posting.url
    if posting.url is None and isinstance(fields.get("job_path"), str):
        posting.url = "https://www.amazon.jobs" + fields["job_path"]
    ident = _first(fields, "id_icims", "id", "external_id", "display_job_id", "job_id", "identifier")
    posting.id = _as_text(ident) or None
    return posting


def posting_from_jsonld(
    data: dict[str, Any], *, url: str | None = None, find_skills: SkillFinder | None = None
) -> JobPosting:
    """A posting from a schema.org ``JobPosting`` object."""
    title = _as_text(data.get("title")) or None
    org = data.get("hiringOrganization")
    company = _as_text(org.get("name") if isinstance(org, dict) else org) or None
    location = _location(data.get("jobLocation"))
    if location is None and data.get("jobLocationType") == "TELECOMMUTE":
        location = "Remote"
    parts = [title or "", location or "", "", _as_text(data.get("description"))]
    parts += _section("Responsibilities", _as_text(data.get("responsibilities")))
    quals = _as_text(data.get("qualifications"))
    if quals and not re.search(r"(?im)^\s*(?:minimum|basic|required|preferred)\b.*qualifications?", quals):
        parts += _section("Qualifications", quals)
    elif quals:
        parts += ["", quals]
    for key, heading in (("experienceRequirements", "Experience"), ("educationRequirements", "Education"),
                         ("skills", "Skills")):
        value = _as_text(data.get(key))
        if value:
            parts += ["", f"{heading}:", *_bullets(value)]
    posting = posting_from_sections(
        normalize_text("\n".join(parts)), title=title, company=company, location=location,
        find_skills=find_skills,
    )
    posting.url = url or _as_text(data.get("url")) or None
    ident = data.get("identifier")
    posting.id = _as_text(ident.get("value") if isinstance(ident, dict) else ident) or None
    return posting


def find_jsonld_postings(payload: Any) -> list[dict[str, Any]]:
    """Every object with ``@type`` JobPosting inside a JSON-LD payload (lists and ``@graph`` included)."""
    found: list[dict[str, Any]] = []
    if isinstance(payload, list):
        for item in payload:
            found.extend(find_jsonld_postings(item))
    elif isinstance(payload, dict):
        kind = payload.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            found.append(payload)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in payload:
                found.extend(find_jsonld_postings(payload[key]))
    return found
