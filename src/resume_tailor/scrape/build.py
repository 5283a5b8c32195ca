"""Turn the structured fields a careers site returns into a :class:`JobPosting`.

Sites that separate minimum from preferred qualifications (Amazon, Google, Meta's JSON-LD) are mapped
directly, so that split is never re-guessed. The posting parser (``resume_tailor.postings``), when
installed, then enriches each requirement with its skills, years and degree, and finds
responsibilities and boilerplate in free text. Without it, a small fallback fills years and degree.

>>> p = make_posting(title="SDE", company="Amazon", required=["3+ years of Java"], preferred=["AWS"],
...                  use_parser=False)
>>> [(r.text, r.required, r.years) for r in p.requirements]
[('3+ years of Java', True, 3.0), ('AWS', False, None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from resume_tailor.errors import PostingError
from resume_tailor.models import JobPosting, Requirement
from resume_tailor.scrape.markup import html_lines

_YEARS = re.compile(r"(\d{1,2})(?:\s*(?:-|to|–)\s*\d{1,2})?\+?\s*(?:years?|yrs?)\b", re.I)
_DEGREES = (
    ("phd", re.compile(r"\b(ph\.?d|doctora)", re.I)),
    ("master", re.compile(r"\b(master|m\.s\.|msc)", re.I)),
    ("bachelor", re.compile(r"\b(bachelor|b\.s\.|bsc|undergraduate degree)", re.I)),
)


def _parser(name: str) -> Callable[..., JobPosting] | None:
    """``resume_tailor.postings.<name>`` if that module provides it."""
    try:
        import resume_tailor.postings as postings
    except ImportError:
        return None
    found = getattr(postings, name, None)
    return found if callable(found) else None


def compose_text(
    title: str | None,
    description: list[str],
    responsibilities: list[str],
    required: list[str],
    preferred: list[str],
) -> str:
    """One plain-text posting with conventional headings, as a posting parser expects it."""
    parts: list[str] = [title] if title else []
    parts.extend(description)
    for heading, lines in (
        ("Responsibilities:", responsibilities),
        ("Minimum qualifications:", required),
        ("Preferred qualifications:", preferred),
    ):
        if lines:
            parts.append("")
            parts.append(heading)
            parts.extend(f"- {line}" for line in lines)
    return "\n".join(parts).strip()


def make_posting(
    *,
    title: str | None,
    company: str | None,
    location: str | None = None,
    url: str | None = None,
    id: str | None = None,
    description_html: str = "",
    responsibilities: list[str] | None = None,
    required: list[str] | None = None,
    preferred: list[str] | None = None,
    use_parser: bool = True,
) -> JobPosting:
    """A posting from structured parts; ``description_html`` may be HTML or plain text."""
    description = html_lines(description_html) if description_html else []
    responsibilities = list(responsibilities or [])
    required, preferred = list(required or []), list(preferred or [])
    text = compose_text(title, description, responsibilities, required, preferred)
    parse_text = _parser("parse_posting_text") if use_parser else None
    parsed: JobPosting | None = None
    if parse_text is not None:
        try:
            parsed = parse_text(text, title=title, company=company)
        except PostingError:  # e.g. a listed job without qualifications: keep what the site gave
            parsed = None
    structured = [Requirement(line, True) for line in required] + [
        Requirement(line, False) for line in preferred
    ]
    if parsed is not None:
        by_text = {_key(r.text): r for r in parsed.requirements}
        requirements = [_enrich(r, by_text.get(_key(r.text))) for r in structured] or parsed.requirements
        posting = JobPosting(
            title=title or parsed.title,
            company=company or parsed.company,
            location=location or parsed.location,
            url=url,
            id=id,
            responsibilities=responsibilities or parsed.responsibilities,
            requirements=requirements,
            degree=parsed.degree or _min_degree(requirements),
            boilerplate=parsed.boilerplate,
            description=text,
        )
    else:
        requirements = [_fallback(r) for r in structured]
        posting = JobPosting(
            title=title,
            company=company,
            location=location,
            url=url,
            id=id,
            responsibilities=responsibilities,
            requirements=requirements,
            degree=_min_degree(requirements),
            description=text,
        )
    return posting


def posting_from_html(html: str, *, url: str | None, company: str | None = None) -> JobPosting:
    """A posting from a whole HTML page via the posting parser (fallback: headings split by hand)."""
    from resume_tailor.scrape.markup import main_html, page_title, split_qualifications

    parse_html = _parser("parse_posting_html")
    if parse_html is not None:
        posting = parse_html(html, url=url)
        posting.url = posting.url or url
        posting.company = posting.company or company
        return posting
    body = main_html(html)
    required, preferred = split_qualifications(body)
    return make_posting(
        title=page_title(html),
        company=company,
        url=url,
        required=required,
        preferred=preferred,
        use_parser=False,
    )


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _enrich(req: Requirement, found: Requirement | None) -> Requirement:
    if found is None:
        return _fallback(req)
    return Requirement(
        req.text,
        req.required,
        skills=list(found.skills),
        years=found.years if found.years is not None else _years(req.text),
        degree=found.degree or _degree(req.text),
    )


def _fallback(req: Requirement) -> Requirement:
    return Requirement(req.text, req.required, years=_years(req.text), degree=_degree(req.text))


def _years(text: str) -> float | None:
    match = _YEARS.search(text)
    return float(match.group(1)) if match else None


def _degree(text: str) -> str | None:
    for name, pattern in _DEGREES:
        if pattern.search(text):
            return name
    return None


def _min_degree(reqs: list[Requirement]) -> str | None:
    order = ["bachelor", "master", "phd"]
    found = [r.degree for r in reqs if r.required and r.degree in order]
    return min(found, key=order.index) if found else None


def as_str(value: Any) -> str | None:
    """``value`` as a stripped string, or None for empty/None/non-scalars."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None
