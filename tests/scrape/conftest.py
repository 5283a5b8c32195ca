"""Fixtures of the scraper tests: a loopback server, fast client limits, isolated data/cache folders.
No test here touches the internet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrape_helpers import LocalServer

from resume_tailor.scrape.client import Settings


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture
def fast() -> Settings:
    """Small limits so every fault ends within about a second."""
    return Settings(
        min_interval=0.0,
        connect_timeout=1.0,
        read_timeout=0.5,
        deadline=1.0,
        max_bytes=100_000,
        max_retries=2,
        backoff=0.01,
        max_retry_after=2.0,
        max_redirects=5,
    )


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder per test session: the skills matcher pickle (built by the posting parser) is
    built once and reused, even by the ``tailor`` subprocess test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache_dir: Path) -> Path:
    """Data folder and HTTP cache under tmp_path; no offline flag, rate limit or base URL leaking in."""
    monkeypatch.setenv("RESUME_TAILOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(shared_cache_dir))
    monkeypatch.setattr("resume_tailor.scrape.cache.default_cache_dir", lambda: tmp_path / "cache" / "http")
    monkeypatch.setenv("RESUME_TAILOR_MIN_INTERVAL", "0")
    for name in (
        "RESUME_TAILOR_OFFLINE",
        "RESUME_TAILOR_NETFLIX_BASE_URL",
        "RESUME_TAILOR_AMAZON_BASE_URL",
        "RESUME_TAILOR_GOOGLE_BASE_URL",
        "RESUME_TAILOR_META_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return tmp_path
