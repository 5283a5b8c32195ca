"""End-to-end tests of the `tailor` command, through typer's CliRunner and through the installed script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume_tailor.cli import app

ROOT = Path(__file__).resolve().parents[1]
ONE_COLUMN_PDF = ROOT / "examples" / "backend-engineer.pdf"
TWO_COLUMN_PDF = ROOT / "examples" / "data-scientist-two-column.pdf"
DOCX = ROOT / "examples" / "product-manager.docx"
POSTING = ROOT / "examples" / "posting-payments-engineer.txt"

runner = CliRunner()


def _tailor_script() -> list[str]:
    script = Path(sys.executable).with_name("tailor")
    if script.exists():
        return [str(script)]
    found = shutil.which("tailor")
    if found is None:
        pytest.skip("the tailor console script is not installed in this environment")
    return [found]


def test_default_command_reports_score_components_values_and_suggestions() -> None:
    result = runner.invoke(app, [str(ONE_COLUMN_PDF), "--company", "amazon", "--format", "md"])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Customer Obsession" in text and "Deliver Results" in text
    for component in ("Skills", "Values", "Impact"):
        assert component in text
    # suggestions quote the resume's own lines
    assert "Responsible for the on-call rotation of the orders team." in text


def test_json_report_has_the_documented_top_level_keys() -> None:
    result = runner.invoke(app, [str(ONE_COLUMN_PDF), "--company", "amazon", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for key in ("resume", "company", "score", "gaps", "suggestions", "values", "competencies", "bullets"):
        assert key in report
    assert 0 <= report["score"]["total"] <= 100
    assert {c["id"] for c in report["score"]["components"]} >= {"skills", "values", "impact"}
    quoted = [s["line"] for s in report["suggestions"] if s.get("line")]
    assert len(quoted) >= 3
    resume_text = " ".join(" ".join(s["text"].split()) for s in report["resume"]["sections"])
    assert all(" ".join(line.split()) in resume_text for line in quoted)


def test_parse_prints_the_documented_shape_for_pdf_and_docx() -> None:
    for path in (ONE_COLUMN_PDF, DOCX):
        result = runner.invoke(app, ["parse", str(path)])
        assert result.exit_code == 0, result.output
        parsed = json.loads(result.output)
        assert set(parsed["contact"]) >= {"name", "email", "phone", "location", "links"}
        assert parsed["experience"] and parsed["education"] and parsed["skills"]
        first = parsed["experience"][0]
        assert set(first) >= {"title", "company", "location", "start", "end", "dates_text", "bullets"}
        assert first["end"] == "present"
        assert {"name", "category", "evidence"} <= set(parsed["skills"][0])
    docx = json.loads(runner.invoke(app, ["parse", str(DOCX)]).output)
    assert docx["contact"]["email"] == "elena.vasquez@example.net"
    assert docx["experience"][0]["company"] == "Tandem Docs"


def test_two_column_example_keeps_sidebar_and_main_column_apart() -> None:
    result = runner.invoke(app, ["parse", str(TWO_COLUMN_PDF), "--no-skills"])
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.output)
    assert parsed["contact"]["email"] == "marcus.oyelaran@example.org"
    titles = [(e["title"], e["company"]) for e in parsed["experience"]]
    assert ("Senior Data Scientist", "Streamly") in titles
    assert all(
        "SKILLS" not in b and "Languages:" not in b for e in parsed["experience"] for b in e["bullets"]
    )


def test_skills_text_option_lists_canonical_names() -> None:
    result = runner.invoke(app, ["skills", "--text", "Deployed services with k8s and PostgreSQL.", "--json"])
    assert result.exit_code == 0, result.output
    names = {row["name"] for row in json.loads(result.output)}
    assert {"Kubernetes", "PostgreSQL"} <= names


def test_job_file_is_used_in_the_report() -> None:
    result = runner.invoke(app, [str(ONE_COLUMN_PDF), "-c", "amazon", "--job", str(POSTING), "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["posting"]["title"].startswith("Senior Software Engineer")


def test_unknown_company_is_a_usage_error_naming_the_known_ones() -> None:
    result = runner.invoke(app, [str(ONE_COLUMN_PDF), "--company", "nosuch"])
    assert result.exit_code == 2
    assert "amazon" in result.output and "netflix" in result.output


def test_missing_file_exits_3_with_one_line() -> None:
    result = runner.invoke(app, ["missing.pdf", "--company", "amazon"])
    assert result.exit_code == 3
    assert "missing.pdf" in result.output


def test_mistyped_subcommand_suggests_the_right_one() -> None:
    result = runner.invoke(app, ["compnies"])
    assert result.exit_code == 2
    assert "companies" in result.output


def test_out_writes_the_report_atomically(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(app, [str(ONE_COLUMN_PDF), "-c", "netflix", "-f", "md", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Netflix" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary file left behind


@pytest.mark.slow
def test_installed_script_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    script = _tailor_script()
    env = {**os.environ, "RESUME_TAILOR_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    missing = subprocess.run(
        [*script, "missing.pdf", "--company", "amazon"], capture_output=True, text=True, env=env, timeout=60
    )
    assert missing.returncode == 3
    assert missing.stderr.strip().count("\n") == 0 and "Traceback" not in missing.stderr
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    broken = subprocess.run(
        [*script, str(corrupt), "--company", "amazon"], capture_output=True, text=True, env=env, timeout=60
    )
    assert broken.returncode == 3 and "Traceback" not in broken.stderr
    unknown = subprocess.run(
        [*script, str(ONE_COLUMN_PDF), "--company", "nosuch"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert unknown.returncode == 2
    assert unknown.stderr.strip().count("\n") == 0 and "google" in unknown.stderr


@pytest.mark.slow
def test_installed_script_runs_the_main_job(tmp_path: Path) -> None:
    env = {**os.environ, "RESUME_TAILOR_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    done = subprocess.run(
        [*_tailor_script(), str(TWO_COLUMN_PDF), "--company", "google"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Google" in done.stdout and "Googleyness" in done.stdout


def test_library_one_call_api() -> None:
    import resume_tailor as rt

    report = rt.tailor(ONE_COLUMN_PDF, company="amazon")
    assert 0 <= report.score.total <= 100
    assert report.company.id == "amazon"
    assert report.resume.contact.name == "Priya Raman"


def test_a_missing_command_module_fails_loudly() -> None:
    import typer

    from resume_tailor.cli import COMMAND_MODULES, app, register_commands

    registered = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert {"batch", "prep", "scrape", "companies", "posting"} <= registered
    assert len(COMMAND_MODULES) == 4
    with pytest.raises(ModuleNotFoundError, match="resume_tailor.cli.nosuch"):
        register_commands(typer.Typer(), ("companies", "nosuch"))
