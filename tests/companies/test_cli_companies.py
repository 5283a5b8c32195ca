"""`tailor companies ...` and `tailor posting FILE` through the real command line app."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from helpers.minimal_profile import GOOD
from resume_tailor.cli import app

runner = CliRunner()
POSTINGS = Path(__file__).parents[1] / "postings" / "fixtures"


def test_companies_without_subcommand_lists_the_four() -> None:
    result = runner.invoke(app, ["companies"])
    assert result.exit_code == 0, result.output
    ids = [line.split()[0] for line in result.output.splitlines()[:4]]
    assert ids == ["amazon", "google", "meta", "netflix"]
    assert "16 values" in result.output


def test_companies_list_json_includes_user_profiles_dir(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["companies", "list", "--json", "--profiles", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [row["id"] for row in json.loads(result.output)] == ["acme", "amazon", "google", "meta", "netflix"]


def test_show_is_readable_and_json_is_complete() -> None:
    text = runner.invoke(app, ["companies", "show", "Amazon"])
    assert text.exit_code == 0
    assert "16. Success and Scale Bring Broad Responsibility" in text.output
    assert "Bar Raiser" in text.output and "QUESTIONS TO ASK" in text.output
    data = json.loads(runner.invoke(app, ["companies", "show", "google", "--json"]).output)
    assert data["id"] == "google" and len(data["principles"]) == 10
    assert data["role_families"][0]["skills"], "generated demand is merged in"


def test_show_unknown_company_exits_2_naming_known_ones() -> None:
    result = runner.invoke(app, ["companies", "show", "initech"])
    assert result.exit_code == 2
    assert "known companies: amazon, google, meta, netflix" in result.output


def test_validate_reports_file_line_field_and_exits_4(tmp_path: Path) -> None:
    bad = tmp_path / "acme.yaml"
    bad.write_text(GOOD.replace("signals: [customer, users]", "signals: 7"), encoding="utf-8")
    result = runner.invoke(app, ["companies", "validate", str(bad)])
    assert result.exit_code == 4
    assert f"{bad}:10: field 'values[0].signals': expected a list" in result.output
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    ok = runner.invoke(app, ["companies", "validate", str(good)])
    assert ok.exit_code == 0 and ok.output.startswith(f"ok: {good} (acme: 1 values")


def test_template_prints_a_valid_profile(tmp_path: Path) -> None:
    result = runner.invoke(app, ["companies", "template"])
    assert result.exit_code == 0 and "id: example_corp" in result.output
    path = tmp_path / "new.yaml"
    path.write_text(result.output, encoding="utf-8")
    assert runner.invoke(app, ["companies", "validate", str(path)]).exit_code == 0


def test_posting_command_prints_the_split_as_json() -> None:
    result = runner.invoke(app, ["posting", str(POSTINGS / "google_careers.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"].startswith("Technical Solutions Engineer")
    assert [set(r) for r in data["required"]] == [{"text", "skills", "years", "degree"}] * 2
    assert len(data["preferred"]) == 3 and data["degree"] == "bachelor"
    assert isinstance(data["responsibilities"], list) and data["responsibilities"]


def test_posting_command_on_irrelevant_text_exits_3() -> None:
    result = runner.invoke(app, ["posting", str(POSTINGS / "irrelevant.txt")])
    assert result.exit_code == 3
    assert "no requirements found" in result.output
