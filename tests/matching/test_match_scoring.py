"""The score components, the total, its band and the gaps."""

from __future__ import annotations

from dataclasses import replace

import pytest
from personas import BACKEND, DATA_SCIENTIST, POSTINGS, make_resume, posting, small_profile

from resume_tailor import load_profile, match
from resume_tailor.matching.scoring import ats_readability, band, normalised_weights
from resume_tailor.models import Entry, JobPosting, Requirement, Resume, ScoringWeights


@pytest.mark.parametrize(
    ("total", "name"), [(92, "strong"), (80, "strong"), (65, "good"), (50, "fair"), (49.9, "weak")]
)
def test_bands_have_names(total: float, name: str) -> None:
    assert band(total) == name


def test_weights_are_normalised_from_the_profile() -> None:
    weights = normalised_weights(ScoringWeights(skills=3, values=3, competencies=1, impact=2, ats=1))
    assert weights == pytest.approx(
        {"skills": 0.3, "values": 0.3, "competencies": 0.1, "impact": 0.2, "ats": 0.1}
    )
    report = match(BACKEND, small_profile())
    assert sum(c.weight for c in report.score.components) == pytest.approx(1.0)
    assert [c.id for c in report.score.components] == ["skills", "values", "competencies", "impact", "ats"]
    total = sum(c.weight * c.score for c in report.score.components)
    assert report.score.total == pytest.approx(total, abs=0.15)


def test_match_is_deterministic() -> None:
    amazon = load_profile("amazon")
    first = match(BACKEND, amazon, POSTINGS["backend"])
    second = match(BACKEND, amazon, POSTINGS["backend"])
    assert first == second


def test_missing_must_have_caps_the_total_and_tops_the_gaps() -> None:
    amazon = load_profile("amazon")
    wanted = posting("Backend", ["Go", "Kubernetes", "Erlang"], ["Kafka"])
    report = match(BACKEND, amazon, wanted)
    assert report.score.total <= 75
    assert any("capped" in r and "Erlang" in r for r in report.score.reasons)
    top = report.gaps[0]
    assert (top.kind, top.name, top.required) == ("skill", "Erlang", True)
    assert top.cost > 0
    # the same resume without the impossible must-have is not capped
    fine = match(BACKEND, amazon, posting("Backend", ["Go", "Kubernetes"], ["Erlang"]))
    assert not any("capped" in r for r in fine.score.reasons)


def test_must_haves_weigh_more_than_preferred() -> None:
    amazon = load_profile("amazon")
    lacks_required = match(BACKEND, amazon, posting("X", ["Go", "Haskell"], ["Kafka"]))
    lacks_preferred = match(BACKEND, amazon, posting("X", ["Go", "Kafka"], ["Haskell"]))
    skills = {
        r: next(c for c in rep.score.components if c.id == "skills").score
        for r, rep in (("required", lacks_required), ("preferred", lacks_preferred))
    }
    assert skills["required"] < skills["preferred"]


def test_years_below_the_ask_cost_points() -> None:
    amazon = load_profile("amazon")
    junior = replace(BACKEND, total_years=1.0)
    ask = posting("Backend", ["Go"], years=6)
    senior_skills = next(c for c in match(BACKEND, amazon, ask).score.components if c.id == "skills")
    junior_skills = next(c for c in match(junior, amazon, ask).score.components if c.id == "skills")
    assert junior_skills.score < senior_skills.score
    assert any("6+ years" in r for r in junior_skills.reasons)


def test_role_family_comes_from_titles_or_role() -> None:
    google = load_profile("google")
    assert match(DATA_SCIENTIST, google).role_family == "data_science_ml"
    assert match(DATA_SCIENTIST, google, role="software engineer").role_family == "software_engineering"


def test_a_resume_is_classified_like_the_postings_it_is_compared_with() -> None:
    from resume_tailor.matching.roles import infer_role_family

    ml_engineer = replace(DATA_SCIENTIST, experience=[Entry(title="Machine Learning Engineer")])
    meta, google = load_profile("meta"), load_profile("google")
    # Meta's postings have an ML-engineering family of their own: the resume is compared with it
    found = infer_role_family(ml_engineer, meta)
    assert found is not None and found.id == "ml_engineering" and found.skills
    # Google's postings do not: the resume falls back to the family Google's profile has for the title
    found = infer_role_family(ml_engineer, google)
    assert found is not None and found.id == "data_science_ml"
    site_reliability = replace(DATA_SCIENTIST, experience=[Entry(title="Site Reliability Engineer")])
    assert match(site_reliability, google).role_family == "infrastructure_sre"


def test_values_fit_lists_evidence_and_missing_values() -> None:
    report = match(BACKEND, load_profile("amazon"))
    by_id = {a.id: a for a in report.values}
    assert len(report.values) == 16
    assert by_id["deliver_results"].score > 0
    assert any("cutting p99 latency 45%" in e.text for e in by_id["deliver_results"].evidence)
    assert by_id["earn_trust"].score == 0 and by_id["earn_trust"].evidence == []
    assert any(g.kind == "value" and g.name == "Earn Trust" for g in report.gaps)


def test_gaps_are_ranked_by_cost() -> None:
    report = match(DATA_SCIENTIST, load_profile("netflix"), POSTINGS["backend"])
    costs = [g.cost for g in report.gaps]
    assert costs == sorted(costs, reverse=True)
    assert {g.kind for g in report.gaps} >= {"skill", "value"}


def test_ats_risks_deduct_points_with_reasons() -> None:
    clean = ats_readability(BACKEND)
    assert clean.score == 100
    risky = replace(
        BACKEND,
        columns=2,
        pages=4,
        contact=replace(BACKEND.contact, email=None),
        warnings=["a table holds the skills section"],
    )
    scored = ats_readability(risky)
    assert scored.score < 70
    text = " ".join(scored.reasons)
    for needle in ("no email", "columns", "pages", "table"):
        assert needle in text


def test_mixed_date_formats_are_an_ats_risk() -> None:
    resume = make_resume("Engineer", ["Built a billing API used by 40 carriers."], "Go")
    second = replace(resume.experience[0], dates_text="03/2017 - 05/2019", start="2017-03", end="2019-05")
    mixed = replace(resume, experience=[resume.experience[0], second])
    assert any("inconsistent dates" in r for r in ats_readability(mixed).reasons)


def test_resume_without_bullets_scores_zero_on_impact_with_a_reason() -> None:
    empty = make_resume("Engineer", [], "Go, Python")
    report = match(empty, load_profile("meta"))
    impact = next(c for c in report.score.components if c.id == "impact")
    assert impact.score == 0
    assert "no experience or project bullets" in impact.reasons[0]


def test_alternatives_in_one_requirement_are_met_by_any_of_them() -> None:
    job = JobPosting(
        requirements=[
            Requirement(
                "Experience programming with at least one of Java, Go or Python",
                True,
                ["Java", "Go", "Python"],
            )
        ]
    )
    report = match(DATA_SCIENTIST, load_profile("amazon"), job)
    skills = next(c for c in report.score.components if c.id == "skills")
    assert skills.score == 100
    assert not any("capped" in r for r in report.score.reasons)


def test_broad_asks_are_met_through_specific_skills_and_degrees() -> None:
    job = JobPosting(
        requirements=[
            Requirement("5+ years of software development", True, ["Software development"]),
            Requirement("Bachelor's degree in computer science", True, ["Software engineering degree"]),
            Requirement("Experience designing distributed systems", True, ["Distributed systems"]),
        ]
    )
    report = match(BACKEND, load_profile("amazon"), job)
    skills = next(c for c in report.score.components if c.id == "skills")
    assert skills.score > 60
    # a broad field that is not found is a gap, but never caps the total like a missing tool would
    assert any(g.name == "Distributed systems" for g in report.gaps)
    assert not any("capped" in r for r in report.score.reasons)


def test_an_empty_resume_scores_weak_and_the_gaps_say_why() -> None:
    report = match(Resume(), load_profile("amazon"))
    assert report.score.band == "weak"
    kinds = {g.kind for g in report.gaps}
    assert {"value", "competency", "impact", "ats"} <= kinds
    assert report.summary_line is None


def test_values_fit_weighs_each_value_by_its_interview_weight() -> None:
    from resume_tailor.matching.scoring import coverage_fit
    from resume_tailor.models import Assessment, SourceRef, ValueWeights

    shown, missing = Assessment("judgment", "Judgment", 100.0), Assessment("inclusion", "Inclusion", 0.0)
    source = SourceRef(url="https://example.com", retrieved="2026-11-25")
    heavy_shown = ValueWeights({"judgment": 1.0, "inclusion": 0.25}, source)
    light_shown = ValueWeights({"judgment": 0.25, "inclusion": 1.0}, source)
    equal = coverage_fit([shown, missing], "values", 1.0).score
    assert equal == 50.0
    assert coverage_fit([shown, missing], "values", 1.0, heavy_shown).score == 80.0
    assert coverage_fit([shown, missing], "values", 1.0, light_shown).score == 20.0
    items = coverage_fit([shown, missing], "values", 1.0, heavy_shown).items
    assert [round(i.share, 2) for i in items] == [0.8, 0.2]
