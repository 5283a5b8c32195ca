"""Meta careers: one posting URL at a time, read from its JSON-LD. No search crawling.

metacareers.com's robots.txt opens with a notice prohibiting automated collection without written
permission, and its search runs on a token-protected GraphQL API. So ``tailor scrape meta`` refuses to
list postings; a posting URL the user pastes (``tailor RESUME --company meta --job URL``) is fetched once,
robots.txt permitting, and read from its schema.org ``JobPosting`` block (``og:`` tags and the page text
are the fallback).
"""

from __future__ import annotations

from collections.abc import Iterator

from resume_tailor.errors import UsageError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.client import HttpClient
from resume_tailor.scrape.sites import Skipped, Target

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
    """Always refused: Meta forbids automated collection of its job search."""
    raise UsageError(
        "meta: listing postings is not supported (metacareers.com forbids automated "
        "collection); pass one posting URL with --job URL instead"
    )


def fetch(http: HttpClient, target: Target, url: str) -> JobPosting:
    """One posting page, read through its JSON-LD JobPosting."""
    from resume_tailor.scrape.generic import fetch_generic

    return fetch_generic(http, url, company="Meta")
