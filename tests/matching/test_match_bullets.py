"""Reading one bullet: numbers, weak openers, wording issues, values and competencies."""

from __future__ import annotations

import pytest
from personas import small_profile

from resume_tailor import load_profile
from resume_tailor.matching import assess_bullet
from resume_tailor.matching.quantify import is_quantified
from resume_tailor.matching.text import stem


@pytest.mark.parametrize(
    "text",
    [
        "Cut p99 latency 35 percent via a caching rewrite",
        "Reduced deploy time from 28 to 6 minutes",
        "Saved $250K a year in cloud spend",
        "Improved cold-start latency by 18x",
        "Mentored 8 engineers through promotion",
        "Owned forecasting models across three regional warehouses",
        "Built a self-serve portal used by thousands of customers",
        "Doubled active membership through outreach",
        "Processed 2M events/day with 200ms latency",
        "Shipped a prototype in a 3-day hackathon",
    ],
)
def test_measuring_numbers_count_as_quantified(text: str) -> None:
    assert assess_bullet(text, None).quantified


@pytest.mark.parametrize(
    "text",
    [
        "Upgraded the service from Java 8 to Java 17 and Spring Boot 3.1",
        "I built a REST API in Python 3 for the inventory system",
        "Maintained legacy PHP 5.6 applications from 2015 to 2019",
        "Won 1st place in the 2022 Education Hackathon",
        "Moved object storage to S3 and tuned p99 alerts for HTML5 clients",
        "Triaged Sev-2 incidents for the payments team (Jan 2021 - Mar 2022)",
        "Migrated the ledger to an event-sourced write path",
    ],
)
def test_years_versions_and_identifiers_are_not_quantities(text: str) -> None:
    assert not is_quantified(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responsible for maintaining the company website",
        "Helped with various team initiatives.",
        "Worked on the platform team.",
        "Assisted customers with account setup",
        "Involved in the migration of the CRM",
        "Participated in the on-call rotation",
        "Duties included answering emails",
        "Tasked with monitoring production alerts",
        "• Contributed to internal tooling",
        "I was involved in testing the release",
    ],
)
def test_weak_openers_are_flagged(text: str) -> None:
    result = assess_bullet(text, None)
    assert result.weak_opener
    assert "weak opener" in result.issues


def test_strong_opener_is_not_weak() -> None:
    result = assess_bullet("Designed the sharding scheme for a 40 TB PostgreSQL cluster", None)
    assert not result.weak_opener
    assert result.issues == []


def test_wording_issues_name_first_person_passive_and_length() -> None:
    assert "first person" in assess_bullet("I rebuilt our deploy scripts for the team", None).issues
    assert (
        "passive voice" in assess_bullet("The billing service was rewritten in Go by the team", None).issues
    )
    assert "too short" in assess_bullet("Reviewed code.", None).issues
    long = "Built " + " ".join(["a very long and detailed sentence"] * 8)
    assert "too long" in assess_bullet(long, None).issues
    assert "no action verb" in assess_bullet("Open-source CLI tool for automating PR workflows", None).issues


def test_us_as_a_country_code_is_not_first_person() -> None:
    result = assess_bullet("Built a 50-member team across three global sites (US, SG, PL).", None)
    assert "first person" not in result.issues


def test_competencies_are_read_from_cues() -> None:
    result = assess_bullet(
        "Led a team of 5 to migrate the monolith to an event-driven architecture, cutting latency 40%", None
    )
    assert set(result.competencies) == {"impact_outcomes", "leadership", "technical_depth"}
    assert assess_bullet(
        "Partnered with product, design and legal to launch data export", None
    ).competencies == ["cross_functional"]
    assert (
        "influence" in assess_bullet("Persuaded leadership to fund an accessibility audit", None).competencies
    )
    assert "learning" in assess_bullet("Taught myself Rust to fix a memory leak", None).competencies
    assert "frugal_delivery" in assess_bullet("Replaced a vendor tool at no license cost", None).competencies


def test_machine_learning_is_not_learning_and_plain_tasks_show_nothing() -> None:
    assert (
        "learning"
        not in assess_bullet("Trained machine learning models for fraud scoring", None).competencies
    )
    plain = assess_bullet(
        "Created RESTful services and APIs for frontend applications", load_profile("amazon")
    )
    assert plain.values == [] and plain.competencies == []


def test_amazon_principles_are_read_with_the_amazon_profile() -> None:
    amazon = load_profile("amazon")
    cases = {
        "Ran 25 customer interviews to uncover why small businesses abandoned invoicing setup.": {
            "customer_obsession",
            "dive_deep",
        },
        "Took ownership of a neglected billing service and cleared 60 stale tickets.": {"ownership"},
        "Pushed back on a launch that skipped load testing, then committed to it once the date was set.": {
            "have_backbone_disagree_and_commit",
            "insist_on_the_highest_standards",
        },
        "Interviewed 40+ candidates and hired 6 engineers for the payments team.": {
            "hire_and_develop_the_best"
        },
    }
    for text, expected in cases.items():
        assert expected <= set(assess_bullet(text, amazon).values), text


def test_unknown_values_use_name_keywords_and_signals() -> None:
    profile = small_profile()
    result = assess_bullet("Ran user research with 12 customers and shipped the fix in two weeks.", profile)
    assert "users_first" in result.values  # the theme "customer", found from the value's name
    assert "ship_it" in result.values  # the theme "speed", from "Fast" in the name
    kind = assess_bullet("Volunteered to help new hires through peer support sessions.", profile)
    assert "kindness" in kind.values  # no theme: the profile's own signals decide
    assert "old_value" not in kind.values  # historical values are not scored


def test_assessment_without_profile_has_no_values() -> None:
    assert assess_bullet("Raised CSAT 12 points for 30K customers", None).values == []


def test_stemming_is_consistent_across_forms() -> None:
    assert stem("mentored") == stem("mentoring") == stem("mentors") == "mentor"
    assert stem("organised") == stem("organize")
    assert stem("led") == stem("leading") == "lead"


def test_a_reflexive_myself_is_not_flagged_as_first_person() -> None:
    assert "first person" not in assess_bullet("Taught myself Rust to fix a memory leak", None).issues
    assert "first person" in assess_bullet("Rewrote my team's deploy scripts in Go", None).issues
