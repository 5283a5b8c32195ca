"""Shared test setup: every test runs with private data/cache folders and no network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from resume_tailor.caches import clear_caches

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's data and cache folders (skill cache shared per session)."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("RESUME_TAILOR_DATA_DIR", str(base / "user-data"))
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(base / "user-cache"))
    monkeypatch.delenv("RESUME_TAILOR_OFFLINE", raising=False)


@pytest.fixture(autouse=True)
def _fresh_process_state() -> Iterator[None]:
    """Each test starts without what earlier tests cached in this process (resume_tailor.caches)."""
    clear_caches()
    yield


@pytest.fixture
def examples_dir() -> Path:
    """The bundled example resumes."""
    return EXAMPLES
