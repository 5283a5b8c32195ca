"""Any posting URL: its schema.org ``JobPosting`` JSON-LD when the page has one, else its main text.

>>> html = ('<script type="application/ld+json">{"@type": "JobPosting", "title": "SRE",'
...         ' "qualifications": "<ul><li>Linux</li></ul>", "identifier": {"value": "42"}}</script>')
>>> p = posting_from_page(html, url="https://example.com/j/42")
>>> p.title, p.id, [r.text for r in p.requirements]
('SRE', '42', ['Linux'])
"""

from __future__ import annotations

from typing import Any

from resume_tailor.errors import SiteChangedError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.build import as_str, make_posting, posting_from_html
from resume_tailor.scrape.client import HttpClient
from resume_tailor.scrape.markup import bullet_lines, json_ld_job_posting, split_qualifications

HTML = ["text/html", "application/xhtml+xml"]


def fetch_generic(http: HttpClient, url: str, *, company: str | None = None) -> JobPosting:
    """Fetch ``url`` (an HTML page) and read the posting on it."""
    response = http.get(url, accept=HTML)
    posting = posting_from_page(response.text(), url=url, company=company)
    if not posting.title and not posting.requirements and not posting.description.strip():
        raise SiteChangedError(f"{http.site}: no job posting found at {url}")
    return posting


def posting_from_page(html: str, *, url: str | None, company: str | None = None) -> JobPosting:
    """JSON-LD JobPosting if present, else the page's main text through the posting parser."""
    data = json_ld_job_posting(html)
    if data is not None:
        return posting_from_json_ld(data, url=url, company=company)
    return posting_from_html(html, url=url, company=company)


def posting_from_json_ld(data: dict[str, Any], *, url: str | None, company: str | None = None) -> JobPosting:
    """Map a schema.org JobPosting object (Meta, Netflix and many ATSs publish one)."""
    required, preferred = split_qualifications(_text(data.get("qualifications")))
    for key in ("experienceRequirements", "educationRequirements", "skills"):
        extra = _text(data.get(key))
        if extra and not required:
            required.extend(bullet_lines(extra))
    return make_posting(
        title=as_str(data.get("title")),
        company=_org(data.get("hiringOrganization")) or company,
        location=_location(data.get("jobLocation")),
        url=as_str(data.get("url")) or url,
        id=_identifier(data.get("identifier")),
        description_html=_text(data.get("description")),
        responsibilities=bullet_lines(_text(data.get("responsibilities"))),
        required=required,
        preferred=preferred,
    )


def _text(value: Any) -> str:
    """Strings as they are; lists joined as lines; objects by their name/description."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(f"- {_text(v)}" for v in value if _text(v))
    if isinstance(value, dict):
        return str(value.get("description") or value.get("name") or value.get("credentialCategory") or "")
    return str(value)


def _org(value: Any) -> str | None:
    if isinstance(value, dict):
        return as_str(value.get("name"))
    return as_str(value)


def _identifier(value: Any) -> str | None:
    if isinstance(value, dict):
        return as_str(value.get("value")) or as_str(value.get("@id"))
    return as_str(value)


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    names: list[str] = []
    for place in places:
        if not isinstance(place, dict):
            if as_str(place):
                names.append(str(as_str(place)))
            continue
        address = place.get("address")
        if isinstance(address, dict):
            country = address.get("addressCountry")
            if isinstance(country, dict):
                country = country.get("name")
            parts = [
                as_str(address.get("addressLocality")),
                as_str(address.get("addressRegion")),
                as_str(country),
            ]
            text = ", ".join(p for p in parts if p)
        else:
            text = as_str(address) or as_str(place.get("name")) or ""
        if text and text not in names:
            names.append(text)
    return "; ".join(names) or None
