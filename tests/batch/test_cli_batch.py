"""`tailor batch` through typer's CliRunner, with the stand-in pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from resume_tailor.cli import app

runner = CliRunner()


def test_batch_prints_a_comparison_per_resume_and_exits_6_on_a_failed_file(
    fake_pipeline: None, resumes: list[Path]
) -> None:
    folder = resumes[0].parent
    (folder / "broken.txt").write_text("CORRUPT", "utf-8")
    result = runner.invoke(
        app, ["batch", str(folder), "--companies", "google,amazon,meta,netflix", "--jobs", "1"]
    )
    assert result.exit_code == 6, result.output
    assert "ana.txt — compared across 4 companies" in result.stdout
    assert "ben.txt — compared across 4 companies" in result.stdout
    assert result.stdout.count("Top changes for ") == 8
    assert "tailor: skipped broken.txt: not a readable PDF" in result.stderr
    assert "1 of 3 resumes failed" in result.stderr


def test_batch_json_ranks_companies_with_three_changes_each(fake_pipeline: None, resumes: list[Path]) -> None:
    result = runner.invoke(
        app, ["batch", str(resumes[0]), str(resumes[1]), "-c", "amazon,netflix", "-f", "json", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["companies"] == ["amazon", "netflix"] and data["failures"] == []
    first = data["resumes"][0]
    assert first["resume"] == "ana.txt" and [c["rank"] for c in first["companies"]] == [1, 2]
    totals = [c["total"] for c in first["companies"]]
    assert totals == sorted(totals, reverse=True)
    changes = first["companies"][0]["top_changes"]
    assert len(changes) == 3 and changes[0]["line"].startswith("Responsible for on-call rotation")


def test_batch_markdown_comparison_has_a_component_table(fake_pipeline: None, resumes: list[Path]) -> None:
    result = runner.invoke(app, ["batch", str(resumes[1]), "-c", "google,meta", "-f", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ben.txt — compared across 2 companies")
    assert "| # | Company | Total | Band | Skills fit | Values fit |" in result.stdout


def test_batch_out_writes_reports_and_says_so(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    result = runner.invoke(app, ["batch", str(resumes[0]), str(resumes[2]), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "wrote 8 reports for 2 resumes" in result.stderr
    assert (out / "ana--google.md").exists() and (out / "ana-2--netflix.json").exists()
    assert (out / "summary.csv").read_text("utf-8").count("\n") == 1 + 8


def test_batch_unknown_company_is_a_usage_error(fake_pipeline: None, resumes: list[Path]) -> None:
    result = runner.invoke(app, ["batch", str(resumes[0]), "-c", "amazon,nosuch"])
    assert result.exit_code == 2
    assert "unknown company 'nosuch'" in result.stderr


def test_batch_with_no_resume_files_is_an_input_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "*.pdf")])
    assert result.exit_code == 3
    assert "no resume files" in result.stderr
