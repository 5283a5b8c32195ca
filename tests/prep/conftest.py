"""Fixtures for the interview-preparation tests: the renderer tests' Report factory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))

from report_factory import make_report  # noqa: E402

from resume_tailor.models import Report  # noqa: E402


@pytest.fixture
def report() -> Report:
    """A full report against a posting."""
    return make_report()
