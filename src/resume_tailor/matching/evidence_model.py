"""The trained evidence reader: one small logistic model per value and per competency, beside the cues.

Hand-written cues (values.yaml, competencies.yaml) say what evidence of a value looks like; on bullets
written after they were tuned they miss paraphrases. This reader weighs a bullet's words, word pairs
and guards (:mod:`~resume_tailor.matching.evidence_features`) with one L2-regularised logistic
regression per label, trained by ``scripts/train_evidence_model.py`` on the development half of
``benchmarks/data/values/bullets.txt`` only (odd-numbered resumes; the test half is never seen). It
ships as ``data/evidence_model.json``: the feature names, then per label their weights, a bias, a
decision threshold and how the verdict combines with the cues (chosen per company by
cross-validation across dev resumes, see the training script):

=========  ===================================================================================
``cues``   the cues alone decide (the model earned nothing for this company's values)
``or``     a cue hit, or else a model probability at the threshold
=========  ===================================================================================

Guards keep their veto: a duty opener shows nothing, a cue set's veto (``!...``) blocks the model
too, and the features come from the bullet as the cues read it (others' actions and names set aside).
A model hit names the bullet's words that carried the weight, so every citation says why.

>>> combine("or", 0.5, cue_hit=False, probability=0.7, vetoed=False)
(True, True)
>>> combine("or", 0.5, cue_hit=False, probability=0.7, vetoed=True)
(False, False)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from resume_tailor.matching.evidence_features import STOPWORDS, BulletFeatures

MODEL_FILE = "evidence_model.json"
FEATURE_VERSION = 1
MODES = ("cues", "or")
MAX_WORDS = 3  # words named as the reason of a model hit


def value_key(value_id: str) -> str:
    """The model's label for a company value."""
    return f"value:{value_id}"


def competency_key(competency_id: str) -> str:
    """The model's label for an interview competency."""
    return f"competency:{competency_id}"


def combine(
    mode: str, threshold: float, *, cue_hit: bool, probability: float, vetoed: bool
) -> tuple[bool, bool]:
    """(shown, decided by the model) for one label of one bullet; see the module docstring.

    >>> combine("or", 0.6, cue_hit=True, probability=0.3, vetoed=False)
    (True, False)
    """
    if mode == "cues" or cue_hit:
        return cue_hit, False
    if vetoed or probability < threshold:
        return False, False
    return True, not cue_hit


@dataclass(frozen=True)
class Verdict:
    """The combined reading of one label: shown or not, and why when the model decided."""

    shown: bool
    by_model: bool
    probability: float
    words: tuple[str, ...] = ()  # the bullet's words that carried the model's weight, strongest first


@dataclass(frozen=True)
class LabelModel:
    """Logistic regression over the string features of one label, and how it combines with the cues."""

    weights: dict[str, float]
    bias: float
    threshold: float
    mode: str

    def probability(self, features: Iterable[str]) -> float:
        """P(the bullet shows the label) from its features."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, features: BulletFeatures, *, cue_hit: bool, vetoed: bool) -> Verdict:
        """Combine the cues' verdict with the model for one bullet (the model is asked only when the
        cues found nothing)."""
        probability = self.probability(features.names) if self.mode != "cues" and not cue_hit else 0.0
        shown, by_model = combine(
            self.mode, self.threshold, cue_hit=cue_hit, probability=probability, vetoed=vetoed
        )
        return Verdict(shown, by_model, probability, self.carriers(features) if by_model else ())

    def carriers(self, features: BulletFeatures) -> tuple[str, ...]:
        """The bullet's words whose features weigh most for the label (a pair hides its own words).
        Numbers and small words alone ("6", "%", "by 12") are not named: they say nothing to a reader."""
        ranked = sorted(
            (f for f, w in features.words.items() if self.weights.get(f, 0.0) > 0 and _says_something(w)),
            key=lambda f: (-self.weights[f], f),
        )
        chosen: list[str] = []
        for feature in ranked:
            words = features.words[feature]
            if any(words in c or c in words for c in chosen):
                continue
            chosen.append(words)
            if len(chosen) == MAX_WORDS:
                break
        return tuple(chosen)

    def strength(self, probability: float) -> float:
        """Evidence strength of a model hit: 0.5 at the threshold, 1.0 at certainty."""
        span = max(1e-9, 1.0 - self.threshold)
        return round(min(1.0, 0.5 + 0.5 * (probability - self.threshold) / span), 2)


def _says_something(words: str) -> bool:
    """True when the words hold one that is neither a number, a symbol nor a stopword."""
    return any(w.isalpha() and w not in STOPWORDS for w in words.split())


@dataclass(frozen=True)
class EvidenceModel:
    """The label models by key (:func:`value_key`, :func:`competency_key`)."""

    labels: dict[str, LabelModel]

    def label(self, key: str) -> LabelModel | None:
        """The model of a label, or None when it has none (the cues alone decide)."""
        model = self.labels.get(key)
        return model if model is not None and model.mode != "cues" else None


def read_model_bytes() -> bytes | None:
    """The bundled model file, or None when it is absent."""
    try:
        return (resources.files("resume_tailor") / "data" / MODEL_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None


def load_evidence_model(raw: bytes | None = None) -> EvidenceModel | None:
    """Decode a model (the bundled one by default); None if absent or of another feature version."""
    raw = read_model_bytes() if raw is None else raw
    if not raw:
        return None
    data = json.loads(raw.decode("utf-8"))
    if data.get("feature_version") != FEATURE_VERSION:
        return None
    features = [str(f) for f in data["features"]]  # each label's weights are listed in this order
    return EvidenceModel(
        {
            key: LabelModel(
                weights={f: float(w) for f, w in zip(features, item["weights"], strict=True) if w},
                bias=float(item["bias"]),
                threshold=float(item["threshold"]),
                mode=str(item["mode"]),
            )
            for key, item in data["labels"].items()
        }
    )


@lru_cache(maxsize=1)
def evidence_model() -> EvidenceModel | None:
    """The bundled evidence model, loaded once per process (None when not shipped)."""
    return load_evidence_model()
