"""The careers sites resume-tailor knows, and where each one is fetched from.

Every URL an adapter builds starts from the site's default origin. A **base-URL override** replaces
that origin (scheme, host and port, plus an optional path prefix) for every URL of the site, so a
mirror or a local test server can stand in for it::

    tailor scrape netflix --base-url http://127.0.0.1:8000
    RESUME_TAILOR_NETFLIX_BASE_URL=http://127.0.0.1:8000 tailor scrape netflix

With an override, the only host the site may be fetched from (and redirected to) is the override's.

Each site has an adapter module (``sites/<name>.py``) implementing :class:`SiteAdapter`; mypy checks
the four against it (the ``TYPE_CHECKING`` block at the end of this module). To add a site: write the
module (``NOTES``, ``search``, ``fetch``), add its :class:`SiteInfo` to :data:`SITES` and the module to
that block, and record a fixture of its pages for tests/scrape/.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast
from urllib.parse import urlsplit

from resume_tailor.errors import UsageError

if TYPE_CHECKING:
    from resume_tailor.models import JobPosting
    from resume_tailor.scrape.client import HttpClient


class SiteAdapter(Protocol):
    """What a careers-site adapter module provides."""

    #: Said once per ``tailor scrape`` run of the site (e.g. a limit its robots.txt puts on us).
    NOTES: tuple[str, ...]

    def search(
        self,
        http: HttpClient,
        target: Target,
        *,
        query: str | None = None,
        limit: int = 20,
        location: str | None = None,
        category: str | None = None,
    ) -> Iterator[JobPosting | Skipped]:
        """Up to ``limit`` postings (or the ones it had to skip, with why), best match first."""
        ...

    def fetch(self, http: HttpClient, target: Target, url: str) -> JobPosting:
        """One posting page of the site, read into a JobPosting."""
        ...


@dataclass(frozen=True)
class SiteInfo:
    """One careers site: its name, the hosts it uses, its values page, and its adapter module."""

    name: str
    label: str
    hosts: tuple[str, ...]
    values_url: str | None
    module: str
    searchable: bool = True

    @property
    def env_var(self) -> str:
        """``RESUME_TAILOR_<NAME>_BASE_URL``."""
        return f"RESUME_TAILOR_{self.name.upper()}_BASE_URL"

    def adapter(self) -> SiteAdapter:
        """The adapter module (imported on first use)."""
        return cast("SiteAdapter", importlib.import_module(self.module))


SITES: dict[str, SiteInfo] = {
    "amazon": SiteInfo(
        "amazon",
        "Amazon",
        ("www.amazon.jobs", "amazon.jobs"),
        "https://www.amazon.jobs/content/en/our-workplace/leadership-principles",
        "resume_tailor.scrape.sites.amazon",
    ),
    "netflix": SiteInfo(
        "netflix",
        "Netflix",
        ("explore.jobs.netflix.net", "jobs.netflix.com"),
        "https://jobs.netflix.com/culture",
        "resume_tailor.scrape.sites.netflix",
    ),
    "google": SiteInfo(
        "google",
        "Google",
        ("www.google.com", "about.google"),
        "https://about.google/philosophy/",
        "resume_tailor.scrape.sites.google",
    ),
    "meta": SiteInfo(
        "meta",
        "Meta",
        ("www.metacareers.com", "metacareers.com"),
        "https://www.metacareers.com/culture/",
        "resume_tailor.scrape.sites.meta",
        searchable=False,
    ),
}


def get_site(name: str) -> SiteInfo:
    """The site called ``name`` (case-insensitive); :class:`UsageError` naming the known ones."""
    site = SITES.get(name.strip().lower())
    if site is None:
        raise UsageError(
            f"no careers-site adapter for {name!r}; known sites: {', '.join(sorted(SITES))} "
            "(any posting URL works with --job URL)"
        )
    return site


def site_for_url(url: str) -> SiteInfo | None:
    """The site whose default hosts serve ``url``, if any."""
    host = (urlsplit(url).hostname or "").lower()
    for site in SITES.values():
        if host in site.hosts or f"www.{host}" in site.hosts:
            return site
    return None


@dataclass(frozen=True)
class Target:
    """A site as this run reaches it: with its base-URL override applied, if any."""

    site: SiteInfo
    base: str | None = None

    @classmethod
    def resolve(cls, site: SiteInfo, base_url: str | None = None) -> Target:
        """``base_url``, else ``$RESUME_TAILOR_<NAME>_BASE_URL``, else the site's own hosts."""
        base = base_url or os.environ.get(site.env_var) or None
        if base is not None:
            parts = urlsplit(base)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise UsageError(f"{site.name}: base URL must be an http(s) URL with a host, not {base!r}")
            base = base.rstrip("/")
        return cls(site, base)

    @property
    def hosts(self) -> tuple[str, ...]:
        """Hosts this run may fetch from."""
        if self.base is None:
            return self.site.hosts
        return (urlsplit(self.base).hostname or "",)

    def url(self, default_url: str) -> str:
        """``default_url`` with its origin replaced by the override (unchanged without one)."""
        if self.base is None:
            return default_url
        parts = urlsplit(default_url)
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.base + (rest if rest.startswith("/") else "/" + rest)


@dataclass(frozen=True)
class Skipped:
    """A listed posting an adapter could not fetch (the run goes on; the summary reports it)."""

    id: str
    reason: str


if TYPE_CHECKING:  # mypy checks every adapter module against the protocol
    from resume_tailor.scrape.sites import amazon, google, meta, netflix

    _ADAPTERS: tuple[SiteAdapter, ...] = (amazon, google, meta, netflix)
