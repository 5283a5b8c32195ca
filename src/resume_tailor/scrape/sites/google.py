"""Google careers: one posting URL, or the first results page only.

Google's robots.txt disallows the paginated results (``?page=``) and, in some snapshots, everything
under ``/about/careers/applications/`` except the bare results URL; the client checks it on every run,
so a query may be refused. This adapter never sends ``page=``.

The server-rendered results page carries its data in
``AF_initDataCallback({key: 'ds:1', ..., data:[jobs, null, total, page_size]})``. Each job is an array:
``[0]`` id, ``[1]`` title, ``[3][1]`` responsibilities HTML, ``[4][1]`` qualifications HTML (``<h3>Minimum
qualifications:</h3>`` / ``<h3>Preferred qualifications:</h3>``), ``[7]`` employer, ``[9]`` locations,
``[10][1]`` "About the job" HTML, ``[19][1]`` minimum qualifications only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from resume_tailor.errors import SiteChangedError, UsageError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.build import as_str, make_posting
from resume_tailor.scrape.client import HttpClient
from resume_tailor.scrape.markup import bullet_lines, split_qualifications
from resume_tailor.scrape.sites import Skipped, Target

ORIGIN = "https://www.google.com"
RESULTS = f"{ORIGIN}/about/careers/applications/jobs/results/"
HTML = ["text/html", "application/xhtml+xml"]
_AF = re.compile(r"AF_initDataCallback\(\s*\{")
_KEY = re.compile(r"""key\s*:\s*['"]([^'"]+)['"]""")
_DATA = re.compile(r"\bdata\s*:")
_JOB_PATH = re.compile(r"/jobs/results/(\d+)")


#: Said once per scrape run (see SiteAdapter.NOTES).
NOTES: tuple[str, ...] = ("first results page only (robots.txt disallows the other pages)",)

def search(
    http: HttpClient,
    target: Target,
    *,
    query: str | None = None,
    limit: int = 20,
    location: str | None = None,
    category: str | None = None,
) -> Iterator[JobPosting | Skipped]:
    """The jobs on the first results page (at most its page size, usually 20), up to ``limit``."""
    params = [("q", query)] if query else []
    if location:
        params.append(("location", location))
    url = RESULTS + (f"?{urlencode(params)}" if params else "")
    html = http.get(target.url(url), accept=HTML).text()
    for job in results_jobs(html)[:limit]:
        yield job_to_posting(job, target)


def af_blocks(html: str) -> dict[str, Any]:
    """The ``data`` of every ``AF_initDataCallback`` block, by key (``ds:0``, ``ds:1``...)."""
    decoder = json.JSONDecoder()
    blocks: dict[str, Any] = {}
    for match in _AF.finditer(html):
        head = html[match.end() : match.end() + 400]
        key = _KEY.search(head)
        data = _DATA.search(html, match.end())
        if key is None or data is None:
            continue
        start = data.end()
        while start < len(html) and html[start].isspace():
            start += 1
        try:
            value, _ = decoder.raw_decode(html, start)
        except ValueError:
            continue
        blocks.setdefault(key.group(1), value)
    return blocks


def results_jobs(html: str) -> list[list[Any]]:
    """The job arrays of a results page; :class:`SiteChangedError` when the data block is missing."""
    blocks = af_blocks(html)
    data = blocks.get("ds:1")
    if not isinstance(data, list) or not data or not isinstance(data[0], list):
        raise SiteChangedError(
            "google: the results page has no AF_initDataCallback 'ds:1' job list; the page may have changed"
        )
    jobs = [job for job in data[0] if _is_job(job)]
    if data[0] and not jobs:
        raise SiteChangedError(
            "google: the 'ds:1' jobs are not in the known 21-field shape; the page may have changed"
        )
    return jobs


def _is_job(item: Any) -> bool:
    return (
        isinstance(item, list)
        and len(item) >= 11
        and isinstance(item[0], str)
        and item[0].isdigit()
        and isinstance(item[1], str)
    )


def _html_at(job: list[Any], index: int) -> str:
    """``job[index][1]`` when it is a string (the site wraps HTML as ``[null, html]``)."""
    if index < len(job) and isinstance(job[index], list) and len(job[index]) > 1:
        value = job[index][1]
        return value if isinstance(value, str) else ""
    return ""


def job_to_posting(job: list[Any], target: Target) -> JobPosting:
    """Map one ``ds:1`` job array to a posting."""
    job_id, title = job[0], job[1]
    required, preferred = split_qualifications(_html_at(job, 4))
    if not required:
        required = bullet_lines(_html_at(job, 19))
    locations = [
        loc[0]
        for loc in (job[9] if len(job) > 9 and isinstance(job[9], list) else [])
        if isinstance(loc, list) and loc and isinstance(loc[0], str)
    ]
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return make_posting(
        title=title,
        company=(as_str(job[7]) if len(job) > 7 else None) or "Google",
        location="; ".join(locations) or None,
        url=target.url(f"{RESULTS}{job_id}-{slug}"),
        id=job_id,
        description_html=_html_at(job, 10),
        responsibilities=bullet_lines(_html_at(job, 3)),
        required=required,
        preferred=preferred,
    )


def fetch(http: HttpClient, target: Target, url: str) -> JobPosting:
    """One posting page (``.../jobs/results/{id}-{slug}``): its data block if it has one, else its HTML."""
    parts = urlsplit(url)
    if "page" in parse_qs(parts.query):
        raise UsageError("google: paginated results URLs (page=) are disallowed by Google's robots.txt")
    html = http.get(url, accept=HTML).text()
    match = _JOB_PATH.search(parts.path)
    if match:
        for job in _walk_jobs(af_blocks(html)):
            if job[0] == match.group(1):
                return job_to_posting(job, target)
    from resume_tailor.scrape.generic import posting_from_page

    posting = posting_from_page(html, url=url, company="Google")
    posting.id = posting.id or (match.group(1) if match else None)
    return posting


def _walk_jobs(value: Any) -> Iterator[list[Any]]:
    if _is_job(value):
        yield value
    elif isinstance(value, (list, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _walk_jobs(item)
