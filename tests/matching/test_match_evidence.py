"""Every number in a report carries its evidence; the JSON exposes the evidence per bullet."""

from __future__ import annotations

import json

from personas import PERSONAS, POSTINGS, example_resumes, make_resume

from resume_tailor import load_profile, match
from resume_tailor.models import Report
from resume_tailor.report import report_to_dict

COMPETENCY_IDS = [
    "impact_outcomes",
    "leadership",
    "cross_functional",
    "technical_depth",
    "frugal_delivery",
    "influence",
    "learning",
]


def _reports() -> list[Report]:
    reports = []
    for company in ("amazon", "google", "meta", "netflix"):
        profile = load_profile(company)
        for name, resume in PERSONAS.items():
            reports.append(match(resume, profile, POSTINGS[name]))
            reports.append(match(resume, profile))
        reports.append(match(make_resume("Engineer", [], ""), profile))
    return reports


def _walk(report: Report) -> None:
    bullet_texts = {b.text for b in report.resume.bullets()}
    score = report.score
    assert 0 <= score.total <= 100
    assert (
        score.reasons
        and f"{score.total:g}" in " ".join(score.reasons)
        or any("capped" in r for r in score.reasons)
    )
    for component in score.components:
        assert 0 <= component.score <= 100 and 0 <= component.weight <= 1
        assert component.reasons, component.id
        nothing_shown_like_others = component.raw == 0 and any(
            "nothing shown, like" in r for r in component.reasons
        )
        if component.score > 0 and not nothing_shown_like_others:
            assert component.evidence, f"{component.id} scores {component.score} without evidence"
        for ev in component.evidence:
            assert ev.text and ev.reason and 0 <= ev.strength <= 1, (component.id, ev)
    gap_names = {g.name for g in report.gaps}
    for assessment in [*report.values, *report.competencies]:
        assert 0 <= assessment.score <= 100
        if assessment.score > 0:
            assert assessment.evidence, assessment.id
        else:
            assert assessment.name in gap_names, f"{assessment.name} has no evidence and no gap"
        for ev in assessment.evidence:
            assert ev.text in bullet_texts, ev.text
            assert 0 < ev.strength <= 1 and ev.reason
    for gap in report.gaps:
        assert gap.cost > 0 and gap.detail, gap
    for suggestion in report.suggestions:
        assert suggestion.advice and suggestion.why and suggestion.priority >= 0
    assert [b.text for b in report.bullets] == [b.text for b in report.resume.bullets()]


def test_every_number_in_every_report_carries_evidence() -> None:
    for report in _reports():
        _walk(report)


def test_every_number_in_example_reports_carries_evidence() -> None:
    amazon = load_profile("amazon")
    for resume in example_resumes():
        report = match(resume, amazon)
        _walk(report)
        assert report.bullets and report.suggestions


def test_competencies_and_values_cover_the_contract_ids() -> None:
    report = match(PERSONAS["backend"], load_profile("amazon"))
    assert [a.id for a in report.competencies] == COMPETENCY_IDS
    assert {"customer_obsession", "deliver_results"} <= {a.id for a in report.values}


def test_json_report_exposes_evidence_per_bullet() -> None:
    report = match(PERSONAS["backend"], load_profile("amazon"), POSTINGS["backend"])
    data = json.loads(json.dumps(report_to_dict(report)))
    assert {"resume", "company", "score", "gaps", "suggestions"} <= set(data)
    assert 0 <= data["score"]["total"] <= 100 and data["score"]["components"]
    for item in data["values"] + data["competencies"]:
        assert {"id", "name", "score", "evidence"} <= set(item)
        for ev in item["evidence"]:
            assert {"text", "strength"} <= set(ev)
    bullet = data["bullets"][0]
    assert {"text", "quantified", "weak_opener", "values", "competencies"} <= set(bullet)
    assert bullet["quantified"] is True and "leadership" in bullet["competencies"]
