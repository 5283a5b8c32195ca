"""Fixtures for the renderer tests: a realistic Report built from the models."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.report_factory import make_report
from resume_tailor.models import Report


@pytest.fixture
def report() -> Report:
    """A full report against a posting."""
    return make_report()


@pytest.fixture
def report_no_posting() -> Report:
    """A full report without a posting (role-family demand instead)."""
    return make_report(with_posting=False)


CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a headless-capable Chromium, or skip (CI installs Debian's `chromium`)."""
    import os
    import shutil

    for candidate in (os.environ.get("CHROMIUM"), *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip(
        "no Chromium installed: `apt-get install chromium` to run the browser checks of the HTML report"
    )
