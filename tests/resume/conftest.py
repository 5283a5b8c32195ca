"""Shared helpers for the resume parsing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    """The folder of committed resume fixtures."""
    return FIXTURES
