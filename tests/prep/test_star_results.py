"""The STAR result is the bullet's outcome clause, never a bare number or a head count."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from resume_tailor.prep.star import outcome_clause, story_prompt

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.parametrize(
    ("bullet", "outcome"),
    [
        (
            "Built a churn model that targeted retention offers and lifted 90-day retention by 3.1 points "
            "for 2M subscribers.",
            "lifted 90-day retention by 3.1 points for 2M subscribers",
        ),
        (
            "Mentored 4 junior engineers through design reviews; two were promoted within a year.",
            "two were promoted within a year",
        ),
        ("Taught myself Spark to migrate feature pipelines off a single server when data grew 20x.", None),
        ("Ran 60 customer interviews and usability studies.", None),
        (
            "Reduced monthly AWS spend by $18K by right-sizing EC2 instances.",
            "Reduced monthly AWS spend by $18K",
        ),
        ("Designed a testing library adopted by 12 product teams.", "adopted by 12 product teams"),
        ("Improved the onboarding flow.", None),
        ("Served as scrum master for two teams of 7.", None),
    ],
)
def test_outcome_clause(bullet: str, outcome: str | None) -> None:
    assert outcome_clause(bullet) == outcome


def test_a_quantified_bullet_without_outcome_has_its_result_missing_with_a_prompt() -> None:
    story = story_prompt("Mentored 4 junior engineers through design reviews and on-call shadowing.")
    assert "result" in story.missing and "result" not in story.found
    assert "scale of the work, not its outcome" in story.result and "4" not in story.result


def test_result_picking_benchmark_holds_on_both_splits() -> None:
    spec = importlib.util.spec_from_file_location("star_results", BENCH / "star_results.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = [json.loads(x) for x in (BENCH / "star_results_labels.jsonl").read_text("utf-8").splitlines() if x]
    assert len(rows) >= 100
    assert all(r["result"] is None or r["result"] in r["text"] for r in rows), "labels are verbatim"
    for split in ("dev", "test"):
        scores = bench.score([r for r in rows if bench.split_of(r["text"]) == split], outcome_clause)
        assert scores["bare"] == 0
        assert scores["lenient"] >= 0.9, (split, scores)
