"""The hand-labelled evidence benchmark stays above its targets (benchmarks/evidence_accuracy.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_tailor import load_profile
from resume_tailor.matching import assess_bullet

LABELS = Path(__file__).resolve().parents[2] / "benchmarks" / "evidence_labels.jsonl"


def _micro(rows: list[dict], key: str, predicted: list[set[str]]) -> tuple[float, float]:
    tp = sum(len(set(r[key]) & p) for r, p in zip(rows, predicted, strict=True))
    fp = sum(len(p - set(r[key])) for r, p in zip(rows, predicted, strict=True))
    fn = sum(len(set(r[key]) - p) for r, p in zip(rows, predicted, strict=True))
    return tp / (tp + fp), tp / (tp + fn)


@pytest.mark.skipif(not LABELS.is_file(), reason="benchmark labels not present")
def test_labelled_bullets_meet_the_precision_recall_and_accuracy_targets() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    amazon = load_profile("amazon")
    results = [assess_bullet(r["text"], amazon) for r in rows]
    for key in ("values", "competencies"):
        precision, recall = _micro(rows, key, [set(getattr(a, key)) for a in results])
        assert precision >= 0.80 and recall >= 0.60, (key, precision, recall)
    for flag in ("quantified", "weak_opener"):
        accuracy = sum(r[flag] == getattr(a, flag) for r, a in zip(rows, results, strict=True)) / len(rows)
        assert accuracy >= 0.95, (flag, accuracy)
