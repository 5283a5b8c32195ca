"""HTML posting pages: schema.org ``JobPosting`` JSON-LD when present, else the page's main text."""

from __future__ import annotations

import json
import re
from typing import Any

from resume_tailor.errors import PostingError
from resume_tailor.models import JobPosting
from resume_tailor.postings.requirements import SkillFinder
from resume_tailor.postings.structured import find_jsonld_postings, posting_from_jsonld
from resume_tailor.postings.text import normalize_text, posting_from_sections

_JSONLD = re.compile(
    r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "svg", "form", "button", "iframe",
         "template")


def jsonld_postings(html: str) -> list[dict[str, Any]]:
    """Every schema.org JobPosting object embedded in the page's JSON-LD scripts."""
    found: list[dict[str, Any]] = []
    for block in _JSONLD.findall(html):
        try:
            payload = json.loads(block.strip(), strict=False)
        except json.JSONDecodeError:
            continue
        found.extend(find_jsonld_postings(payload))
    return found


def _meta(soup: Any, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag is not None and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def page_text(html: str) -> tuple[str, str | None, str | None]:
    """The main text of a page with its structure kept as lines, plus its title and site name."""
    from bs4 import BeautifulSoup

    soup: Any = BeautifulSoup(html, "html.parser")
    title = _meta(soup, "og:title", "twitter:title")
    h1 = soup.find("h1")
    if title is None and h1 is not None:
        title = h1.get_text(" ", strip=True) or None
    if title is None and soup.title is not None:
        title = soup.title.get_text(" ", strip=True) or None
    site = _meta(soup, "og:site_name", "application-name")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    main = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    return normalize_text(str(main)), title, site


def parse_posting_html(
    html: str, *, url: str | None = None, find_skills: SkillFinder | None = None
) -> JobPosting:
    """Parse a posting page: its schema.org JobPosting JSON-LD if any, else the page's main text.

    Raises :class:`~resume_tailor.errors.PostingError` when no requirements can be found.

    >>> page = ("<html><body><h1>Data Engineer</h1><h2>Requirements</h2>"
    ...         "<ul><li>3+ years of Python</li><li>SQL</li></ul></body></html>")
    >>> posting = parse_posting_html(page)
    >>> posting.title, [r.text for r in posting.requirements]
    ('Data Engineer', ['3+ years of Python', 'SQL'])
    """
    if not html or not html.strip():
        raise PostingError("the posting page is empty: no requirements found")
    for data in jsonld_postings(html):
        try:
            return posting_from_jsonld(data, url=url, find_skills=find_skills)
        except PostingError:
            continue  # a JSON-LD stub without text: fall back to the page
    text, title, site = page_text(html)
    if not text.strip():
        raise PostingError("the posting page has no text: no requirements found")
    first_line = next((ln for ln in text.split("\n") if ln.strip()), "")
    if title and first_line.strip().casefold() != title.casefold():
        text = f"{title}\n{text}"
    if site:
        site = re.sub(r"\s*[-|–]?\s*\b(?:careers?|jobs)\b.*$", "", site, flags=re.IGNORECASE).strip() or site
    posting = posting_from_sections(text, title=title, company=site, find_skills=find_skills)
    posting.url = url
    return posting
