"""Fixtures for the interview-preparation tests: the renderer tests' Report factory."""

from __future__ import annotations

import pytest

from helpers.report_factory import make_report
from resume_tailor.models import Report


@pytest.fixture
def report() -> Report:
    """A full report against a posting."""
    return make_report()
