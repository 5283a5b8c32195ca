"""Amazon jobs through ``www.amazon.jobs/en/search.json``.

The JSON behind the search page needs no auth and already carries each job's ``description`` (HTML),
``basic_qualifications`` and ``preferred_qualifications`` (``- item<br/>`` lists), so no detail page is
fetched. Paging: ``offset`` advances by the number of jobs returned, ``result_limit`` is the page size
(max 100); the index ends at 10,000 results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

from resume_tailor.errors import SiteChangedError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.build import as_str, make_posting
from resume_tailor.scrape.client import HttpClient
from resume_tailor.scrape.markup import bullet_lines
from resume_tailor.scrape.sites import Skipped, Target

ORIGIN = "https://www.amazon.jobs"
MAX_PAGE = 100
INDEX_END = 10_000
_JOB_PATH = re.compile(r"/jobs/(\d+)")


#: Said once per scrape run (see SiteAdapter.NOTES).
NOTES: tuple[str, ...] = ()

def search(
    http: HttpClient,
    target: Target,
    *,
    query: str | None = None,
    limit: int = 20,
    location: str | None = None,
    category: str | None = None,
) -> Iterator[JobPosting | Skipped]:
    """Up to ``limit`` postings matching ``query`` (and optional ``location`` / ``category`` slug)."""
    offset, seen = 0, set()
    page = max(1, min(limit, MAX_PAGE))
    while offset < min(limit, INDEX_END):
        params: dict[str, Any] = {
            "base_query": query or "",
            "offset": offset,
            "result_limit": page,
            "sort": "relevant",
        }
        if location:
            params["loc_query"] = location
        if category:
            params["category[]"] = category
        hits, jobs = parse_search(
            http.get(
                target.url(f"{ORIGIN}/en/search.json?{urlencode(params)}"), accept=["application/json"]
            ).json()
        )
        fresh = [j for j in jobs if str(j.get("id_icims") or j.get("id")) not in seen]
        if not fresh:
            return
        for job in fresh:
            seen.add(str(job.get("id_icims") or job.get("id")))
            yield to_posting(job, target)
            if len(seen) >= limit:
                return
        offset += len(jobs)
        if hits is not None and offset >= hits:
            return


def parse_search(data: Any) -> tuple[int | None, list[dict[str, Any]]]:
    """(hits, jobs) of a search.json answer; :class:`SiteChangedError` if the shape is not the known one."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise SiteChangedError("amazon: search.json has no 'jobs' list; the API may have changed")
    if data.get("error"):
        raise SiteChangedError(f"amazon: search.json reported an error: {str(data['error'])[:200]}")
    jobs = [j for j in data["jobs"] if isinstance(j, dict) and j.get("title")]
    if data["jobs"] and not jobs:
        raise SiteChangedError("amazon: search.json jobs have no 'title'; the API may have changed")
    hits = data.get("hits")
    return (int(hits) if isinstance(hits, (int, float)) else None), jobs


def to_posting(job: dict[str, Any], target: Target) -> JobPosting:
    """Map one search.json job to a posting (qualification lists mapped as they are)."""
    job_id = as_str(job.get("id_icims")) or as_str(job.get("id"))
    path = as_str(job.get("job_path")) or (f"/en/jobs/{job_id}" if job_id else None)
    return make_posting(
        title=as_str(job.get("title")),
        company=as_str(job.get("company_name")) or "Amazon",
        location=as_str(job.get("normalized_location")) or as_str(job.get("location")),
        url=target.url(ORIGIN + path) if path else None,
        id=job_id,
        description_html=str(job.get("description") or job.get("description_short") or ""),
        required=bullet_lines(str(job.get("basic_qualifications") or "")),
        preferred=bullet_lines(str(job.get("preferred_qualifications") or "")),
    )


def fetch(http: HttpClient, target: Target, url: str) -> JobPosting:
    """A posting from an amazon.jobs job page (server-rendered HTML; read by the generic reader)."""
    from resume_tailor.scrape.generic import fetch_generic

    posting = fetch_generic(http, url, company="Amazon")
    match = _JOB_PATH.search(urlsplit(url).path)
    if match and not posting.id:
        posting.id = match.group(1)
    return posting
