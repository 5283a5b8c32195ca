"""Batch fixtures: a stand-in pipeline (so batch is tested before and apart from the real matcher)."""

from __future__ import annotations

import sys
import types
import zlib
from pathlib import Path

import pytest

from helpers.report_factory import make_report, make_resume
from resume_tailor.errors import CorruptFileError
from resume_tailor.models import CompanyProfile, Report, Resume


def fake_analyze(path: str | Path, *, max_pages: int = 20) -> Resume:
    """Reads a .txt 'resume'; a file containing CORRUPT fails like a broken PDF would."""
    text = Path(path).read_text("utf-8")
    if "CRASH" in text:  # like a segfault in a PDF library: the worker process dies
        import os

        os._exit(70)
    if "CORRUPT" in text:
        raise CorruptFileError(f"{Path(path).name}: not a readable PDF")
    resume = make_resume()
    resume.source = Path(path).name
    resume.contact.name = text.splitlines()[0]
    return resume


def fake_match(
    resume: Resume, profile: CompanyProfile, posting: object = None, *, role: str | None = None
) -> Report:
    """A fixed report whose total depends on the company and the resume (deterministically)."""
    report = make_report(with_posting=False)
    report.resume, report.company = resume, profile
    report.score.total = float(zlib.crc32(f"{resume.contact.name}/{profile.id}".encode()) % 100)
    return report


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace parsing and matching (forked workers inherit the replacement)."""
    import resume_tailor.api

    monkeypatch.setattr(resume_tailor.api, "analyze_resume", fake_analyze)
    module = types.ModuleType("resume_tailor.matching")
    module.match = fake_match  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "resume_tailor.matching", module)


@pytest.fixture
def resumes(tmp_path: Path) -> list[Path]:
    """Three resumes (two with the same file name in different folders) and one broken file."""
    paths = []
    for folder, name, text in (
        ("a", "ana.txt", "Ana Lima"),
        ("a", "ben.txt", "Ben Okafor"),
        ("b", "ana.txt", "Ana Souza"),
        ("b", "broken.txt", "CORRUPT"),
    ):
        path = tmp_path / "in" / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths
