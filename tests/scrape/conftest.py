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
    return Settings(min_interval=0.0, connect_timeout=1.0, read_timeout=0.5, deadline=1.0, max_bytes=100_000,
                    max_retries=2, backoff=0.01, max_retry_after=2.0, max_redirects=5)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data and cache folders under tmp_path; no offline flag or rate limit leaking in from the shell."""
    monkeypatch.setenv("RESUME_TAILOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RESUME_TAILOR_MIN_INTERVAL", "0")
    for name in ("RESUME_TAILOR_OFFLINE", "RESUME_TAILOR_NETFLIX_BASE_URL", "RESUME_TAILOR_AMAZON_BASE_URL",
                 "RESUME_TAILOR_GOOGLE_BASE_URL", "RESUME_TAILOR_META_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path
