"""Netflix jobs through Eightfold (``explore.jobs.netflix.net``).

List: ``GET /api/apply/v2/jobs?domain=netflix.com&start=N&num=10`` answers ``{count, positions[]}`` without
descriptions; ``num`` is often capped at 10, so ``start`` advances by the number actually returned and a
repeated page ends the loop. Detail: ``GET /api/apply/v2/jobs/{id}?domain=netflix.com`` carries
``job_description`` (HTML). If v2 stops answering (404, or JSON without ``positions``) the newer Eightfold
PCSX API (``/api/pcsx/search``, ``/api/pcsx/position_details``; camelCase fields) is tried, since other
Eightfold tenants already moved to it. The PCSX paths come from other tenants and are not verified for
Netflix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

from resume_tailor.errors import FetchError, SiteChangedError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.build import as_str, make_posting
from resume_tailor.scrape.client import HttpClient
from resume_tailor.scrape.sites import Skipped, Target

ORIGIN = "https://explore.jobs.netflix.net"
DOMAIN = "netflix.com"
PAGE = 10
JSON = ["application/json"]
_JOB_URL = re.compile(r"/(?:careers/job|api/apply/v2/jobs)/(\d+)")


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
    """Up to ``limit`` postings, each with its description fetched from the detail endpoint."""
    for position in list_positions(http, target, query=query, limit=limit, location=location, team=category):
        job_id = str(position["id"])
        try:
            yield fetch_job(http, target, job_id, position)
        except FetchError as exc:
            yield Skipped(job_id, str(exc))


def list_positions(
    http: HttpClient,
    target: Target,
    *,
    query: str | None,
    limit: int,
    location: str | None = None,
    team: str | None = None,
) -> list[dict[str, Any]]:
    """Position summaries from the list endpoint (v2, else PCSX), paging until ``limit`` or the end."""
    params: dict[str, Any] = {"domain": DOMAIN, "query": query or "", "sort_by": "relevance"}
    if location:
        params["location"] = location
    if team:
        params["Teams"] = team
    collected: list[dict[str, Any]] = []
    seen_pages: set[tuple[str, ...]] = set()
    api = "v2"
    start = 0
    while len(collected) < limit:
        page_params = {**params, "start": start, "num": PAGE}
        try:
            count, positions = _list_page(http, target, api, page_params)
        except (SiteChangedError, FetchError) as exc:
            if not (api == "v2" and start == 0 and _worth_pcsx(exc)):
                raise
            try:  # a tenant migrated to the newer Eightfold API answers there
                count, positions = _list_page(http, target, "pcsx", page_params)
            except (SiteChangedError, FetchError):
                raise exc from None
            api = "pcsx"
        signature = tuple(str(p.get("id")) for p in positions)
        if not positions or signature in seen_pages:
            break
        seen_pages.add(signature)
        collected.extend(positions)
        start += len(positions)
        if count is not None and start >= count:
            break
    return collected[:limit]


def _worth_pcsx(exc: Exception) -> bool:
    return isinstance(exc, SiteChangedError) or "HTTP 404" in str(exc)


def _list_page(
    http: HttpClient, target: Target, api: str, params: dict[str, Any]
) -> tuple[int | None, list[dict[str, Any]]]:
    if api == "v2":
        data = http.get(target.url(f"{ORIGIN}/api/apply/v2/jobs?{urlencode(params)}"), accept=JSON).json()
        body = data
    else:
        data = http.get(target.url(f"{ORIGIN}/api/pcsx/search?{urlencode(params)}"), accept=JSON).json()
        body = data.get("data") if isinstance(data, dict) else None
    if not isinstance(body, dict) or not isinstance(body.get("positions"), list):
        raise SiteChangedError(
            f"netflix: the {api} jobs list has no 'positions' list; the API may have changed"
        )
    positions = [_normalise(p) for p in body["positions"] if isinstance(p, dict) and p.get("id") is not None]
    count = body.get("count")
    return (int(count) if isinstance(count, (int, float)) else None), positions


def _normalise(p: dict[str, Any]) -> dict[str, Any]:
    """v2 field names for a v2 or PCSX position."""
    return {
        "id": p.get("id"),
        "name": p.get("name") or p.get("posting_name"),
        "location": p.get("location") or ", ".join(str(x) for x in p.get("locations") or [] if x) or None,
        "department": p.get("department"),
        "display_job_id": p.get("display_job_id") or p.get("displayJobId") or p.get("ats_job_id"),
        "job_description": p.get("job_description") or p.get("jobDescription") or "",
        "canonicalPositionUrl": p.get("canonicalPositionUrl") or p.get("positionUrl"),
    }


def fetch_job(
    http: HttpClient, target: Target, job_id: str, summary: dict[str, Any] | None = None
) -> JobPosting:
    """One posting from the detail endpoint (v2, else PCSX), merged over its list ``summary``."""
    query = urlencode({"domain": DOMAIN})
    try:
        data = http.get(target.url(f"{ORIGIN}/api/apply/v2/jobs/{job_id}?{query}"), accept=JSON).json()
    except (SiteChangedError, FetchError) as exc:
        if not _worth_pcsx(exc):
            raise
        pcsx = urlencode({"position_id": job_id, "domain": DOMAIN, "hl": "en"})
        data = http.get(target.url(f"{ORIGIN}/api/pcsx/position_details?{pcsx}"), accept=JSON).json()
        data = data.get("data") if isinstance(data, dict) else None
    if not isinstance(data, dict):
        raise SiteChangedError(f"netflix: job {job_id} detail is not a JSON object; the API may have changed")
    detail = _normalise({**(summary or {}), **{k: v for k, v in data.items() if v not in (None, "", [])}})
    if not detail["name"]:
        raise SiteChangedError(f"netflix: job {job_id} detail has no name; the API may have changed")
    return to_posting(detail, target)


def to_posting(position: dict[str, Any], target: Target) -> JobPosting:
    """Map a (normalised) position with its ``job_description`` to a posting."""
    job_id = str(position["id"])
    url = as_str(position.get("canonicalPositionUrl")) or f"{ORIGIN}/careers/job/{job_id}"
    if url.startswith("/"):
        url = ORIGIN + url
    return make_posting(
        title=as_str(position.get("name")),
        company="Netflix",
        location=as_str(position.get("location")),
        url=target.url(url) if target.base else url,
        id=job_id,
        description_html=str(position.get("job_description") or ""),
    )


def fetch(http: HttpClient, target: Target, url: str) -> JobPosting:
    """A posting from a ``/careers/job/{id}`` (or API) URL, read through the detail endpoint."""
    match = _JOB_URL.search(urlsplit(url).path)
    if match is None:
        from resume_tailor.scrape.generic import fetch_generic

        return fetch_generic(http, url, company="Netflix")
    return fetch_job(http, target, match.group(1))
