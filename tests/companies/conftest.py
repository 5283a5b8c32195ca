"""Keep company tests away from the real user data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from resume_tailor.companies import clear_cache


@pytest.fixture(autouse=True)
def isolated_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "user-data"
    monkeypatch.setenv("RESUME_TAILOR_DATA_DIR", str(data))
    clear_cache()
    yield data
    clear_cache()
