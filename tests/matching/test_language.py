"""Language checks: passive only in the main clause, action verbs in any tense (issue 13, item 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_tailor.matching.bullets import starts_with_action_verb, wording_issues
from resume_tailor.matching.language import is_passive, main_clause

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "language_bullets.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        "Built a shipment tracking API in Python and PostgreSQL serving 40 partner carriers.",
        "Mentored 4 junior engineers through design reviews; two were promoted within a year.",
        "Designed a queue that was adopted by 4 other teams.",
        "Promoted to senior engineer within 18 months.",
        "Was responsible for the release calendar.",
    ],
)
def test_not_passive(text: str) -> None:
    assert not is_passive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was promoted to team lead within a year.",
        "The API was rebuilt by the platform team.",
        "Got promoted twice.",
    ],
)
def test_passive(text: str) -> None:
    assert is_passive(text)
    assert "passive voice" in wording_issues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drew up the capacity plan.",
        "Build and run the billing service.",
        "Leads the design review.",
        "Oversaw a team of 6.",
        "Successfully launched the beta in 6 weeks.",
        "Co-founded the guild.",
    ],
)
def test_action_verbs_in_any_tense(text: str) -> None:
    assert starts_with_action_verb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Helped with the rollout.",
        "Senior engineer on the payments team.",
        "Languages: Go, Java",
        "Certified Scrum Product Owner (CSPO)",
        "Got to work with the CTO.",
        "I built the tool.",
    ],
)
def test_not_action_verbs(text: str) -> None:
    assert not starts_with_action_verb(text)


def test_main_clause_stops_at_a_relative_clause() -> None:
    assert main_clause("Shipped a search service that is used by 40 teams.") == "Shipped a search service"


def test_held_out_labels_meet_the_targets() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    test = [r for r in rows if r["split"] == "test"]
    assert len(rows) >= 300 and len(test) >= 100
    for check, said in (
        ("action_verb", starts_with_action_verb),
        ("passive", lambda t: "passive voice" in wording_issues(t)),
    ):
        tp = sum(1 for r in test if said(r["text"]) and r[check])
        fp = sum(1 for r in test if said(r["text"]) and not r[check])
        fn = sum(1 for r in test if r[check] and not said(r["text"]))
        assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.90, check
