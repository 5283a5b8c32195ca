"""The trained evidence reader: it loads, it only adds to the cues, guards still veto, it says why, and
its build is reproducible (scripts/train_evidence_model.py, benchmarks/value_evidence.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from resume_tailor import load_profile
from resume_tailor.matching.bullets import read_bullet, value_rules
from resume_tailor.matching.evidence_features import bullet_features
from resume_tailor.matching.evidence_model import (
    FEATURE_VERSION,
    MODES,
    EvidenceModel,
    LabelModel,
    evidence_model,
    load_evidence_model,
)
from resume_tailor.matching.lexicon import BulletText, competencies

ROOT = Path(__file__).resolve().parents[2]
LEARN = "learn_and_be_curious"


def _model(weights: dict[str, float]) -> EvidenceModel:
    """A hand-set model (no training): Amazon's curiosity shown by the given words."""
    return EvidenceModel({f"value:{LEARN}": LabelModel(weights, bias=-2.0, threshold=0.5, mode="or")})


def _values(
    text: str, model: EvidenceModel | None = None, *, cues_only: bool = False
) -> dict[str, tuple[str, ...]]:
    reading = read_bullet(text, load_profile("amazon"), model=model, cues_only=cues_only)
    return {h.id: h.cues for h in reading.values}


def test_bundled_model_loads_with_known_labels_and_modes() -> None:
    model = evidence_model()
    assert model is not None
    value_ids = {
        v.id for name in ("amazon", "google", "meta", "netflix") for v in load_profile(name).current_values()
    }
    known = {f"value:{v}" for v in value_ids} | {f"competency:{c.id}" for c in competencies()}
    assert model.labels, "the bundled model has no label"
    assert set(model.labels) <= known
    for label in model.labels.values():
        assert label.mode in MODES and 0 < label.threshold < 1 and label.weights


def test_a_model_of_another_feature_version_is_ignored() -> None:
    raw = b'{"feature_version": %d, "labels": {}}' % (FEATURE_VERSION + 1)
    assert load_evidence_model(raw) is None


def test_a_model_hit_names_the_words_that_carried_it() -> None:
    text = "Spent a sabbatical studying compilers"
    model = _model({"w:sabbatical": 4.0, "b:study_compiler": 3.0, "w:spent": -1.0})
    assert LEARN not in _values(text, cues_only=True)
    assert _values(text, model)[LEARN] == ('"sabbatical"', '"studying compilers"')


def test_numbers_and_small_words_are_not_named_as_the_reason() -> None:
    text = "Spent 3 months on a sabbatical studying compilers"
    model = _model({"w:#": 9.0, "b:on_a": 9.0, "w:sabbatical": 1.0})
    assert _values(text, model)[LEARN] == ('"sabbatical"',)


def test_the_model_only_adds_to_the_cues() -> None:
    text = "Taught myself Rust through an online course"
    shown_by_cues = _values(text, cues_only=True)
    assert LEARN in shown_by_cues
    assert _values(text, _model({"w:rust": -9.0}))[LEARN] == shown_by_cues[LEARN]


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed code for interns learning Go",  # agency: the interns learned
        "Used scikit-learn for churn models",  # word sense: a library name
        "Participated in learning sessions",  # a duty
        "Shared what we learned from the outage with other teams",  # the curiosity cues' own veto
    ],
)
def test_guards_still_veto_the_model(text: str) -> None:
    model = _model({"w:learn": 9.0})
    assert "w:learn" in bullet_features(BulletText.of("Shared what we learned", False)).names
    assert LEARN not in _values(text, model)


def test_features_read_the_bullet_as_the_cues_do() -> None:
    others = bullet_features(BulletText.of("Worked with the lead who designed the cache", False)).names
    assert "g:name" in others and "w:work" in others
    assert "w:design" not in others and "w:cach" not in others  # someone else's action
    span = bullet_features(BulletText.of("Lifted 90-day retention 4% with a new model", True)).names
    assert "g:span" in span and "g:num" in span and "w:day" not in span


def test_cue_vetoes_are_reported_per_value() -> None:
    rule = next(r for r in value_rules(load_profile("amazon")) if r.id == LEARN)
    bullet = BulletText.of("Shared what we learned from the outage", False)
    assert rule.vetoed(bullet) and rule.score(bullet)[0] == 0


def _trainer():  # type: ignore[no-untyped-def]
    pytest.importorskip("numpy")
    spec = importlib.util.spec_from_file_location(
        "train_evidence_model", ROOT / "scripts" / "train_evidence_model.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_evidence_model", module)
    spec.loader.exec_module(module)
    return module


def test_training_is_reproducible_and_writes_what_it_fitted() -> None:
    trainer = _trainer()
    rows = [row for row in trainer.read_rows() if row.split == "dev"]
    examples = trainer.examples(rows)
    labels = [f"value:{LEARN}", "competency:leadership"]
    first, second = (trainer.fit(examples, labels, 1.0) for _ in range(2))
    pick = {"mode": "or", "threshold": 0.5}
    entries = [trainer._label_entry(m, 1, pick) for m in (first, second)]
    assert entries[0] == entries[1]
    assert entries[0]["weights"]["w:lead"] > 0.5  # "led" is leadership in the labels
