"""Scores on one scale: calibrated components, unknown components left out, the posting decides."""

from __future__ import annotations

import pytest
from personas import BACKEND, PERSONAS, POSTINGS, make_resume, small_profile

from resume_tailor import load_profile
from resume_tailor.matching import POSTING_WEIGHT, match
from resume_tailor.matching.calibration import percentile_of, reference
from resume_tailor.matching.skillfit import SkillFinder
from resume_tailor.models import Section
from resume_tailor.report.json_report import report_to_dict


def _component(report, cid: str):  # type: ignore[no-untyped-def]
    return next(c for c in report.score.components if c.id == cid)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0.0, 0.0),
        (10.0, 6.25),
        (20.0, 12.5),
        (30.0, 25.0),
        (40.0, 37.5),
        (70.0, 75.0),
        (85.0, 87.5),
        (100.0, 100.0),
    ],
)
def test_percentile_is_mid_rank_and_linear_between_reference_scores(raw: float, expected: float) -> None:
    assert percentile_of(raw, [20.0, 40.0, 70.0, 70.0]) == pytest.approx(expected, abs=0.1)


def test_ties_count_half_even_for_nothing_shown() -> None:
    assert percentile_of(100.0, [100.0] * 5) == 50.0
    # nothing shown, like every reference resume: the middle, as for any other tie
    assert percentile_of(0.0, [0.0] * 5) == 50.0
    # nothing shown where every reference shows something: the bottom
    assert percentile_of(0.0, [5.0, 10.0]) == 0.0
    assert percentile_of(55.0, [10.0, 50.0, 60.0]) == pytest.approx(66.7)


def test_every_bundled_company_has_reference_scores_for_every_component() -> None:
    for company in ("google", "amazon", "meta", "netflix"):
        for component in ("skills", "values", "competencies", "impact", "ats"):
            assert len(reference(company, component)) >= 16, (company, component)


def test_the_same_raw_values_mean_the_same_percentile_only_within_a_company() -> None:
    amazon, netflix = reference("amazon", "values"), reference("netflix", "values")
    assert amazon != netflix
    # Netflix's raw values scores run lower, so the same raw score ranks higher there
    raw = amazon[len(amazon) // 2]
    assert percentile_of(raw, netflix) > percentile_of(raw, amazon)


def test_a_component_without_data_is_unknown_left_out_and_says_why() -> None:
    report = match(BACKEND, small_profile())  # no skill demand for a made-up company
    skills = _component(report, "skills")
    assert skills.status == "unknown" and skills.weight == 0 and skills.score < 80
    assert skills.reasons[0].startswith("unknown, left out of the total: no usable skill-demand data")
    assert sum(c.weight for c in report.score.components) == pytest.approx(1.0)
    assert any("left out (unknown): skills fit" in r for r in report.score.reasons)
    data = report_to_dict(report)["score"]["components"]
    assert [c["status"] for c in data] == ["unknown", "scored", "scored", "scored", "scored"]


def test_the_unknown_component_does_not_move_the_total() -> None:
    profile = small_profile()
    bullets = [b.text for b in BACKEND.experience[0].bullets]
    thin = make_resume("Software Engineer", bullets, "Docker")
    full = make_resume(
        "Software Engineer", bullets, "Go, Kubernetes, PostgreSQL, Kafka, AWS, Terraform, Docker"
    )
    assert match(thin, profile).score.total == match(full, profile).score.total


def test_with_a_posting_the_posting_fit_carries_most_of_the_total() -> None:
    report = match(BACKEND, load_profile("google"), POSTINGS["backend"])
    fit = _component(report, "skills")
    assert fit.name == "Fit to the posting" and fit.weight == pytest.approx(POSTING_WEIGHT)
    assert sum(c.weight for c in report.score.components) == pytest.approx(1.0)


@pytest.mark.parametrize("company", ["google", "amazon", "meta", "netflix"])
def test_each_persona_scores_at_least_5_higher_on_its_own_posting(company: str) -> None:
    profile = load_profile(company)
    for name, resume in PERSONAS.items():
        totals = {p: match(resume, profile, POSTINGS[p]).score.total for p in POSTINGS}
        others = max(total for p, total in totals.items() if p != name)
        assert totals[name] >= others + 5, (company, name, totals)


def test_a_field_of_study_in_the_education_section_earns_full_credit() -> None:
    resume = make_resume("Data Scientist", ["Built a churn model in Python."], "Python")
    resume.sections.append(Section("education", "Education", "B.S. Statistics", ["B.S. Statistics"]))
    found = SkillFinder(resume).find("Statistics")
    assert found.credit == 1.0 and "education" in found.how
