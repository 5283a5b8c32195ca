"""`tailor prep` through typer's CliRunner, with a stand-in pipeline."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers.report_factory import make_report
from resume_tailor.cli import app
from resume_tailor.models import CompanyProfile, Report, Resume

runner = CliRunner()


@pytest.fixture
def resume_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resume file and a stand-in parser and matcher (the real ones are tested in their own areas)."""
    import resume_tailor.api

    def analyze(path: str | Path, *, max_pages: int = 20) -> Resume:
        return make_report().resume

    def match(
        resume: Resume, profile: CompanyProfile, posting: object = None, *, role: str | None = None
    ) -> Report:
        report = make_report(with_posting=False)
        report.company = profile
        return report

    monkeypatch.setattr(resume_tailor.api, "analyze_resume", analyze)
    module = types.ModuleType("resume_tailor.matching")
    module.match = match  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "resume_tailor.matching", module)
    path = tmp_path / "dana.txt"
    path.write_text("Dana Whitfield", "utf-8")
    return path


def test_prep_prints_markdown_for_the_company(resume_file: Path) -> None:
    result = runner.invoke(app, ["prep", str(resume_file), "--company", "amazon"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Interview preparation — Amazon\n")
    assert "## Questions to ask your interviewers" in result.stdout
    assert "“Reduced AWS spend by $120k a year" in result.stdout


def test_prep_writes_html_to_a_file(resume_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "prep" / "amazon.html"
    result = runner.invoke(
        app, ["prep", str(resume_file), "-c", "netflix", "--format", "html", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Interview preparation — Netflix" in html
    assert f"wrote {out}" in result.stderr


def test_prep_unknown_company_exits_2(resume_file: Path) -> None:
    result = runner.invoke(app, ["prep", str(resume_file), "--company", "nosuch"])
    assert result.exit_code == 2 and "known companies" in result.stderr


def test_prep_rejects_an_unknown_format(resume_file: Path) -> None:
    result = runner.invoke(app, ["prep", str(resume_file), "--company", "amazon", "--format", "pdf"])
    assert result.exit_code == 2


def test_prep_json_has_the_agreed_keys(resume_file: Path) -> None:
    import json

    result = runner.invoke(app, ["prep", str(resume_file), "--company", "amazon", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in (
        "pitch",
        "why_company",
        "stories",
        "design_topics",
        "story_plan",
        "questions_to_ask",
        "thank_you",
    ):
        assert key in data
    assert data["thank_you"]["subject"].startswith("Thank you — ")
