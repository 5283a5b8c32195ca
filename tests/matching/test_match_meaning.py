"""Values evidence by meaning: names, durations, circumstances and others' actions are not evidence;
paraphrases are."""

from __future__ import annotations

import pytest

from resume_tailor.companies import load_profile
from resume_tailor.matching.bullets import read_bullet
from resume_tailor.matching.lexicon import evidence_text


def _values(text: str, company: str) -> set[str]:
    return {h.id for h in read_bullet(text, load_profile(company)).values}


def _competencies(text: str) -> set[str]:
    return {h.id for h in read_bullet(text, None).competencies}


def test_someone_elses_action_is_masked() -> None:
    read = evidence_text("Worked alongside the lead engineer who designed the caching layer")
    assert "designed" not in read and "Worked alongside" in read
    assert not _competencies("Worked alongside the lead engineer who designed the caching layer")
    assert "built" not in evidence_text("Joined the team that built the GraphQL gateway")


def test_names_are_masked_but_the_first_word_is_kept() -> None:
    assert evidence_text("Used the Learning Management System to sync") == "Used the zzname to sync"
    assert evidence_text("Added screen-reader support") == "Added screen-reader support"
    assert evidence_text("Learned Swift in a month").startswith("Learned")


@pytest.mark.parametrize(
    ("text", "company", "absent"),
    [
        (
            "Built a churn model in Python and scikit-learn for 1M subscribers.",
            "amazon",
            "learn_and_be_curious",
        ),
        ("Built a churn model in Python and scikit-learn for 1M subscribers.", "netflix", "curiosity"),
        ("Used a 30-day trial of the vendor's platform to compare tools.", "amazon", "bias_for_action"),
        ("Used a 30-day trial of the vendor's platform to compare tools.", "meta", "move_fast"),
        ("Moved feature pipelines to Spark when the data grew 20x.", "meta", "focus_on_long_term_impact"),
        ("Moved feature pipelines to Spark when the data grew 20x.", "amazon", "deliver_results"),
        ("Used the Customer Obsession workshop template from the catalogue.", "amazon", "customer_obsession"),
    ],
)
def test_word_sense_duration_and_metric_words_are_not_evidence(text: str, company: str, absent: str) -> None:
    assert absent not in _values(text, company)


@pytest.mark.parametrize(
    ("text", "company", "present"),
    [
        ("Traded scope for a phased rollout of the tax engine.", "netflix", "judgment"),
        ("Traded scope for a phased rollout of the tax engine.", "amazon", "are_right_a_lot"),
        ("Cut the cloud bill by a third by moving batch jobs to spot instances.", "amazon", "frugality"),
        (
            "Questioned the plan to build our own auth system and proposed an open-source one.",
            "netflix",
            "courage",
        ),
        (
            "Gave direct feedback to a peer about skipped reviews.",
            "meta",
            "be_direct_and_respect_your_colleagues",
        ),
        ("Asked every reviewer for written feedback after each launch.", "netflix", "candor"),
        (
            "Rebuilt the pipeline for the long term instead of patching it again.",
            "meta",
            "focus_on_long_term_impact",
        ),
        ("Adopted an LLM code assistant early and wrote the team's guide.", "meta", "live_in_the_future"),
        ("Added screen-reader support to the booking flow.", "netflix", "inclusion"),
        ("Pivoted the team to self-serve onboarding when sales stalled.", "netflix", "resilience"),
        ("Ran weekly office hours that helped 30 analysts write better SQL.", "netflix", "selflessness"),
        (
            "Investigated a drop in sign-ups and found the root cause in a tracking event.",
            "google",
            "general_cognitive_ability",
        ),
    ],
)
def test_paraphrases_are_evidence(text: str, company: str, present: str) -> None:
    assert present in _values(text, company)


def test_presenting_to_a_vp_to_change_a_roadmap_is_influence() -> None:
    text = "Presented churn research to the VP of Product, who moved retention onto the roadmap."
    assert "influence" in _competencies(text)
