"""Fetch job postings and values pages from the careers sites, politely and safely.

>>> from resume_tailor.scrape import fetch_posting, scrape_postings
>>> posting = fetch_posting("https://explore.jobs.netflix.net/careers/job/790318358916")  # doctest: +SKIP
>>> summary = scrape_postings("netflix", query="data", limit=5)  # doctest: +SKIP
>>> summary.fetched, summary.path.name  # doctest: +SKIP
(5, 'netflix.jsonl')

All network access goes through :mod:`resume_tailor.scrape.client` (robots.txt, rate limit, retries,
deadlines, size caps, cache). Postings are stored by :mod:`resume_tailor.scrape.store`.

Environment:

- ``RESUME_TAILOR_OFFLINE=1``: refuse every request (same as ``offline=True`` / ``--offline``);
- ``RESUME_TAILOR_<COMPANY>_BASE_URL``: replace a site's origin, e.g. a mirror or a test server (same as
  ``base_url=`` / ``--base-url``; see :mod:`resume_tailor.scrape.sites`);
- ``RESUME_TAILOR_MIN_INTERVAL``: seconds between two requests to one host (default 1);
- ``XDG_DATA_HOME`` / ``XDG_CACHE_HOME`` (or ``RESUME_TAILOR_DATA_DIR`` / ``RESUME_TAILOR_CACHE_DIR``):
  where ``postings/<company>.jsonl`` and the ``http/`` cache live.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from resume_tailor.errors import FetchError, OfflineError, SiteChangedError, UsageError
from resume_tailor.models import JobPosting

if TYPE_CHECKING:
    from resume_tailor.scrape.values import ValuesDiff

Progress = Callable[[int, int, str], None]
SAVE_EVERY = 10  # postings between two rewrites of the store, so an interrupted run keeps its work


@dataclass
class ScrapeSummary:
    """What one ``scrape_postings`` run did."""

    company: str
    fetched: int = 0
    new: int = 0
    updated: int = 0
    total: int = 0  # postings in the store afterwards
    path: Path | None = None
    skipped: list[str] = field(default_factory=list)  # one reason per posting that could not be fetched
    notes: list[str] = field(default_factory=list)
    requests: int = 0
    cache_hits: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        text = (
            f"{self.company}: fetched {self.fetched} postings ({self.new} new, {self.updated} updated); "
            f"{self.total} stored in {self.path}; {self.requests} requests, {self.cache_hits} from cache, "
            f"{self.seconds:.1f} s"
        )
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


def _offline(offline: bool) -> bool:
    from resume_tailor.scrape.client import offline_from_env

    return offline or offline_from_env()


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


def fetch_posting(url: str, *, offline: bool = False, **client_options: Any) -> JobPosting:
    """Fetch one posting URL and read it (a known site's adapter, else JSON-LD or the page text).

    ``client_options`` go to :class:`~resume_tailor.scrape.client.HttpClient` (``settings``, ``client``,
    ``cache``); the CLI never needs them.
    """
    from resume_tailor.scrape.client import HttpClient
    from resume_tailor.scrape.sites import Target, site_for_url

    if urlsplit(url).scheme not in ("http", "https") or not _host(url):
        raise UsageError(f"not an http(s) URL: {url!r}")
    if _offline(offline):
        raise OfflineError(f"offline mode is on (--offline or RESUME_TAILOR_OFFLINE=1); not fetching {url}")
    site = site_for_url(url)
    if site is None:
        from resume_tailor.scrape.generic import fetch_generic

        with HttpClient(_host(url), [_host(url)], **client_options) as http:
            return fetch_generic(http, url)
    target = Target(site)
    with HttpClient(site.name, [*site.hosts, _host(url)], **client_options) as http:
        posting: JobPosting = site.adapter().fetch(http, target, url)
    return posting


def scrape_postings(
    company: str,
    *,
    query: str | None = None,
    limit: int = 20,
    base_url: str | None = None,
    offline: bool = False,
    progress: Progress | None = None,
    location: str | None = None,
    category: str | None = None,
    data_dir: Path | None = None,
    **client_options: Any,
) -> ScrapeSummary:
    """Fetch up to ``limit`` postings of ``company`` and merge them into its JSON Lines store.

    ``progress(done, total, message)`` is called after each posting. ``data_dir`` replaces
    ``<user data dir>/postings``.
    """
    from resume_tailor.scrape.client import HttpClient
    from resume_tailor.scrape.sites import Skipped, Target, get_site
    from resume_tailor.scrape.store import save_postings, store_path

    site = get_site(company)
    if limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    if _offline(offline):
        raise OfflineError(
            f"{site.name}: offline mode is on (--offline or RESUME_TAILOR_OFFLINE=1); not scraping"
        )
    target = Target.resolve(site, base_url)
    summary = ScrapeSummary(site.name, path=store_path(site.name, data_dir))
    adapter = site.adapter()
    summary.notes.extend(f"{site.name}: {note}" for note in adapter.NOTES)
    started = time.monotonic()
    pending: list[JobPosting] = []

    def flush() -> None:
        if pending:
            result = save_postings(site.name, pending, site=site.name, folder=data_dir)
            summary.new += result.new
            summary.updated += result.updated
            summary.total = result.total
            pending.clear()

    with HttpClient(site.name, target.hosts, **client_options) as http:
        try:
            for item in adapter.search(
                http, target, query=query, limit=limit, location=location, category=category
            ):
                if isinstance(item, Skipped):
                    summary.skipped.append(item.reason)
                else:
                    pending.append(item)
                    summary.fetched += 1
                    if len(pending) >= SAVE_EVERY:
                        flush()
                if progress is not None:
                    progress(
                        summary.fetched + len(summary.skipped),
                        limit,
                        item.reason if isinstance(item, Skipped) else (item.title or ""),
                    )
        finally:
            flush()
            summary.requests, summary.cache_hits = http.requests, http.cache_hits
            summary.seconds = time.monotonic() - started
    if summary.fetched == 0 and summary.skipped:
        raise FetchError(
            f"{site.name}: none of {len(summary.skipped)} postings could be fetched; "
            f"first error: {summary.skipped[0]}"
        )
    if summary.total == 0:
        from resume_tailor.scrape.store import load_stored

        summary.total = len(load_stored(site.name, data_dir))
    return summary


def scrape_values(
    company: str,
    *,
    url: str | None = None,
    base_url: str | None = None,
    offline: bool = False,
    write: str | Path | None = None,
    profiles_dir: Path | None = None,
    **client_options: Any,
) -> ValuesDiff:
    """Read ``company``'s values page and diff it against the bundled profile (never modified).

    ``write``: also save a proposal YAML there (refused if it is the reviewed profile's own file).
    """
    from resume_tailor.scrape.client import HttpClient
    from resume_tailor.scrape.sites import Target, get_site
    from resume_tailor.scrape.store import now_iso
    from resume_tailor.scrape.values import check_write_target, diff_values, extract_values, proposal_yaml
    from resume_tailor.storage import atomic_write_text

    site = get_site(company)
    if _offline(offline):
        raise OfflineError(
            f"{site.name}: offline mode is on (--offline or RESUME_TAILOR_OFFLINE=1); "
            "not fetching the values page"
        )
    profile = _bundled_profile(site.name, profiles_dir)
    if write is not None:
        check_write_target(Path(write), profile)
    target = Target.resolve(site, base_url)
    page = target.url(
        url or (profile.values_url if profile and profile.values_url else None) or site.values_url or ""
    )
    if not page:
        raise UsageError(f"{site.name}: no values page known; pass one with --url")
    hosts = target.hosts if target.base else (*target.hosts, _host(page))
    with HttpClient(site.name, hosts, **client_options) as http:
        response = http.get(
            page, accept=["text/html", "application/xhtml+xml", "application/pdf", "text/plain"]
        )
    text = (
        _pdf_text(response.body, site.name) if response.media_type == "application/pdf" else response.text()
    )
    found = extract_values(text)
    if len(found) < 2:
        raise SiteChangedError(
            f"{site.name}: found {len(found)} values on {page}; the page may have changed "
            "or need JavaScript (the bundled profile is unchanged)"
        )
    diff = diff_values(site.name, page, found, profile)
    if write is not None:
        atomic_write_text(Path(write), proposal_yaml(diff, profile, now_iso()[:10]))
    return diff


def _bundled_profile(name: str, profiles_dir: Path | None) -> Any:
    from resume_tailor.errors import UnknownCompanyError

    try:
        from resume_tailor.companies import load_profile
    except ImportError:
        return None
    try:
        return load_profile(name, profiles_dir)
    except UnknownCompanyError:
        return None


def _pdf_text(data: bytes, site: str, max_pages: int = 30) -> str:
    """Text of a PDF values document (Netflix publishes its culture memo as one)."""
    import io

    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages[:max_pages])
    except Exception as exc:  # pdfminer raises many unrelated types on a broken file
        raise SiteChangedError(f"{site}: the values PDF cannot be read ({type(exc).__name__})") from None


__all__ = ["ScrapeSummary", "fetch_posting", "scrape_postings", "scrape_values"]
