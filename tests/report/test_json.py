"""The JSON report and its shipped JSON Schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from resume_tailor.models import Report
from resume_tailor.report import render, report_to_dict
from resume_tailor.report.json_report import load_schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_file_is_shipped_inside_the_package() -> None:
    path = resources.files("resume_tailor.report").joinpath("report.schema.json")
    assert json.loads(path.read_text("utf-8"))["title"] == "resume-tailor report"


@pytest.mark.parametrize("with_posting", [True, False])
def test_json_output_validates_against_schema(
    report: Report, report_no_posting: Report, validator, with_posting: bool
) -> None:
    data = json.loads(render(report if with_posting else report_no_posting, "json"))
    validator.validate(data)
    assert (data["posting"] is None) is (not with_posting)


def test_json_has_the_keys_outside_checks_rely_on(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert {"resume", "company", "score", "gaps", "suggestions"} <= set(data)
    assert data["company"] == {"id": "amazon", "name": "Amazon"}
    assert 0 <= data["score"]["total"] <= 100 and data["score"]["band"] == "good"
    assert [c["id"] for c in data["score"]["components"]] == [
        "skills",
        "values",
        "competencies",
        "impact",
        "ats",
    ]
    assert {"contact", "sections", "experience", "education", "skills"} <= set(data["resume"])
    assert data["resume"]["contact"]["email"] == "dana@example.com"


def test_json_exposes_evidence_per_value_competency_and_bullet(report: Report) -> None:
    data = report_to_dict(report)
    frugality = next(v for v in data["values"] if v["id"] == "frugality")
    assert frugality["name"] == "Frugality" and frugality["score"] == 90.0
    assert frugality["evidence"][0]["text"].startswith("Reduced AWS spend")
    assert frugality["evidence"][0]["strength"] == 0.9
    assert next(v for v in data["values"] if v["id"] == "earn_trust")["evidence"] == []
    assert [c["id"] for c in data["competencies"]] == [
        "impact_outcomes",
        "leadership",
        "cross_functional",
        "technical_depth",
        "frugal_delivery",
        "influence",
        "learning",
    ]
    first = data["bullets"][0]
    assert set(first) >= {"text", "quantified", "weak_opener", "values", "competencies"}
    assert first["quantified"] is True and first["competencies"] == ["impact_outcomes", "technical_depth"]
    assert data["bullets"][1]["weak_opener"] is True


def test_json_suggestions_quote_resume_lines_verbatim(report: Report) -> None:
    data = report_to_dict(report)
    lines = {b.text for b in report.resume.bullets()}
    quoted = [s["line"] for s in data["suggestions"] if s["line"]]
    assert quoted and all(line in lines for line in quoted)


def test_json_is_deterministic(report: Report) -> None:
    assert render(report, "json") == render(report, "json")


def test_schema_rejects_a_broken_report(report: Report, validator) -> None:
    data = report_to_dict(report)
    data["score"]["total"] = 140
    del data["bullets"][0]["weak_opener"]
    errors = {".".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)}
    assert errors == {"score.total", "bullets.0"}
