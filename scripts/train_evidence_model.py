#!/usr/bin/env python3
"""Train the evidence reader (``matching/evidence_model.py``) on the dev half of the labelled bullets.

Input: ``benchmarks/data/values/bullets.txt`` (read as ``benchmarks/value_evidence.py`` reads it),
**odd-numbered resumes only** (the dev half); the even-numbered test half is never read into training
or selection. One L2-regularised logistic regression per label (one-vs-rest; the four companies'
values and the seven competencies) over the features of ``matching/evidence_features.py``, fitted by
full-batch gradient descent with Adam (numpy, ``pip install -e '.[dev]'``; nothing of it is needed at
run time).

Features: the bullet's words, word pairs, word families and guards, not its cue hits (see
``evidence_features.py`` for why). The model only adds: a label is shown when its cues show it, or
else when the model's probability reaches the table's threshold and no guard vetoes it.

Selection, per company table (Amazon, Google, Meta, Netflix, competencies), by 5-fold
cross-validation across dev resumes (each resume's bullets in one fold): the L2 strength and the
threshold at which the model *alone* has the best held-out recall while its held-out precision stays
at or above ``PRECISION_FLOOR`` (the product's target) over at least ``MIN_HITS`` hits. The model's
own held-out precision is the honest estimate here: the cues were tuned on these very bullets, so
their dev numbers (and those of anything combined with them) are optimistic. A table where no
setting qualifies keeps the cues alone. Bullets that name a duty (``bullets.names_a_duty``) show
nothing either way and are left out.

Output: ``src/resume_tailor/data/evidence_model.json``, the same bytes for the same inputs. Usage::

    .venv/bin/python scripts/train_evidence_model.py            # train, print dev CV, write
    .venv/bin/python scripts/train_evidence_model.py --check    # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from value_evidence import CODES, COMPANIES, DATA, Row, read_rows  # noqa: E402

from resume_tailor.companies import load_profile  # noqa: E402
from resume_tailor.matching.bullets import names_a_duty, value_rules  # noqa: E402
from resume_tailor.matching.evidence_features import bullet_features  # noqa: E402
from resume_tailor.matching.evidence_model import (  # noqa: E402
    FEATURE_VERSION,
    MODEL_FILE,
    combine,
    competency_key,
    value_key,
)
from resume_tailor.matching.lexicon import BulletText, competencies  # noqa: E402
from resume_tailor.matching.quantify import is_quantified  # noqa: E402
from resume_tailor.matching.text import strip_bullet  # noqa: E402

OUT = ROOT / "src" / "resume_tailor" / "data" / MODEL_FILE
FOLDS = 5
L2_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))  # 0.20 .. 0.90
PRECISION_FLOOR = 0.85  # the product's precision target: the model alone must reach it, held out...
MIN_HITS = 10  # ...over at least this many hits of a table, so a handful of lucky hits does not count
MIN_COUNT = 2  # a feature must occur in this many training bullets
ITERATIONS = 300
PRUNE = 0.01  # weights below this (absolute) are dropped from the file


@dataclass
class Example:
    """One dev bullet as the trainer sees it: features, and per label its cue reading and gold."""

    resume: int
    duty: bool
    features: tuple[str, ...]
    cue_score: dict[str, float]  # label key -> summed cue weight
    vetoed: dict[str, bool]
    gold: set[str]  # label keys


def label_tables() -> dict[str, list[str]]:
    """Table code (A, G, M, N, C) -> the model keys of its labels, in the benchmark's order."""
    return {
        table: [(competency_key if table == "C" else value_key)(v) for v in ids.values()]
        for table, ids in CODES.items()
    }


def examples(rows: list[Row]) -> list[Example]:
    """Read each bullet with the product's own cues, guards and features."""
    rules = {table: {r.id: r for r in value_rules(load_profile(name))} for table, name in COMPANIES.items()}
    out = []
    for row in rows:
        clean = strip_bullet(row.text)
        bullet = BulletText.of(clean, is_quantified(clean))
        scores: dict[str, float] = {}
        vetoed: dict[str, bool] = {}
        for comp in competencies():
            key = competency_key(comp.id)
            scores[key], vetoed[key] = comp.cues.score(bullet)[0], comp.cues.vetoed(bullet)
        for table_rules in rules.values():
            for vid, rule in table_rules.items():
                key = value_key(vid)
                scores[key], vetoed[key] = rule.score(bullet)[0], rule.vetoed(bullet)
        gold = {competency_key(c) for c in row.labels["C"]}
        gold |= {value_key(v) for t in COMPANIES for v in row.labels[t]}
        duty = names_a_duty(clean, quantified=bullet.quantified)
        out.append(Example(row.resume, duty, bullet_features(bullet).names, scores, vetoed, gold))
    return out


def fit(train: list[Example], labels: list[str], l2: float) -> dict[str, Any]:
    """Fit every label at once; returns ``{"vocab": [...], "w": d x L, "b": L}``."""
    import numpy as np

    counts = Counter(f for e in train for f in set(e.features))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    x, y = _matrices(train, labels, {f: i for i, f in enumerate(vocab)})
    n, d = x.shape
    w, b = np.zeros((d, len(labels))), np.zeros(len(labels))
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, ITERATIONS + 1):
        err = _sigmoid(x @ w + b) - y  # n x L
        gw, gb = x.T @ err / n + l2 * w / n, err.mean(0)
        mw, vw = beta1 * mw + (1 - beta1) * gw, beta2 * vw + (1 - beta2) * gw**2
        mb, vb = beta1 * mb + (1 - beta1) * gb, beta2 * vb + (1 - beta2) * gb**2
        w -= lr * (mw / (1 - beta1**t)) / (np.sqrt(vw / (1 - beta2**t)) + eps)
        b -= lr * (mb / (1 - beta1**t)) / (np.sqrt(vb / (1 - beta2**t)) + eps)
    return {"vocab": vocab, "w": w, "b": b}


def _sigmoid(z: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _matrices(rows: list[Example], labels: list[str], col: dict[str, int]) -> tuple[Any, Any]:
    """Feature matrix (n x d) and gold (n x L)."""
    import numpy as np

    x = np.zeros((len(rows), len(col)))
    y = np.zeros((len(rows), len(labels)))
    for r, e in enumerate(rows):
        for f in e.features:
            if f in col:
                x[r, col[f]] = 1.0
        for j, key in enumerate(labels):
            y[r, j] = key in e.gold
    return x, y


def predict(model: dict[str, Any], rows: list[Example], labels: list[str]) -> Any:
    """Probabilities (n x L) of a fitted model for ``rows``."""
    x, _ = _matrices(rows, labels, {f: i for i, f in enumerate(model["vocab"])})
    return _sigmoid(x @ model["w"] + model["b"])


def folds_of(rows: list[Example]) -> list[int]:
    """Fold of each bullet: dev resumes in order, dealt round-robin into ``FOLDS`` folds."""
    resumes = sorted({e.resume for e in rows})
    fold = {r: i % FOLDS for i, r in enumerate(resumes)}
    return [fold[e.resume] for e in rows]


def cross_validated(rows: list[Example], labels: list[str]) -> dict[float, Any]:
    """Held-out probabilities (n x L) of every bullet, per L2 strength."""
    import numpy as np

    folds = folds_of(rows)
    out = {}
    for l2 in L2_GRID:
        probs = np.zeros((len(rows), len(labels)))
        for k in range(FOLDS):
            train = [e for e, f in zip(rows, folds, strict=True) if f != k]
            held = [i for i, f in enumerate(folds) if f == k]
            probs[held] = predict(fit(train, labels, l2), [rows[i] for i in held], labels)
        out[l2] = probs
    return out


def scores(rows: list[Example], keys: list[str], labels: list[str], shown: Any) -> tuple[float, float, int]:
    """Micro precision, recall and the number of hits over ``keys`` when ``shown(i, j, key)``."""
    tp = fp = fn = 0
    for i, e in enumerate(rows):
        for key in keys:
            hit = bool(shown(i, labels.index(key), key))
            gold = key in e.gold
            tp, fp, fn = tp + (hit and gold), fp + (hit and not gold), fn + (gold and not hit)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp + fp


def select(rows: list[Example], probs: dict[float, Any], labels: list[str]) -> dict[str, dict[str, Any]]:
    """Per table, the (L2, threshold) of the model alone with the best held-out recall among those
    whose held-out precision reaches ``PRECISION_FLOOR`` over at least ``MIN_HITS`` hits; the cues
    alone when none does. Also the held-out numbers of the cues, the model and their union."""
    chosen = {}
    for table, keys in label_tables().items():
        cues = scores(rows, keys, labels, lambda i, j, key: rows[i].cue_score[key] >= 1.0)
        best: dict[str, Any] = {"mode": "cues", "l2": 0.0, "threshold": 1.0, "model": (0.0, 0.0, 0)}
        for l2, p in probs.items():
            for t in THRESHOLDS:
                alone = scores(
                    rows, keys, labels, lambda i, j, key, p=p, t=t: p[i, j] >= t and not rows[i].vetoed[key]
                )
                if alone[0] >= PRECISION_FLOOR and alone[2] >= MIN_HITS and alone[1] >= best["model"][1]:
                    best = {"mode": "or", "l2": l2, "threshold": t, "model": alone}
        union = cues
        if best["mode"] == "or":
            p, t = probs[best["l2"]], best["threshold"]

            def shown(i: int, j: int, key: str, p: Any = p, t: float = t) -> bool:
                e = rows[i]
                hit = e.cue_score[key] >= 1.0
                return combine("or", t, cue_hit=hit, probability=float(p[i, j]), vetoed=e.vetoed[key])[0]

            union = scores(rows, keys, labels, shown)
        chosen[table] = {**best, "cues": cues, "union": union}
    return chosen


def build(path: Path = DATA, *, verbose: bool = True) -> dict[str, Any]:
    """The model file's content, trained on the dev half of ``path``."""
    rows = [e for e in examples([r for r in read_rows(path) if r.split == "dev"]) if not e.duty]
    labels = [k for keys in label_tables().values() for k in dict.fromkeys(keys)]
    labels = list(dict.fromkeys(labels))
    chosen = select(rows, cross_validated(rows, labels), labels)
    out: dict[str, Any] = {}
    fitted: dict[float, dict[str, Any]] = {}
    for table, keys in label_tables().items():
        pick = chosen[table]
        if verbose:
            print(f"  {COMPANIES.get(table, 'competencies'):<13} " + describe(pick))
        if pick["mode"] == "cues":
            continue
        model = fitted.get(pick["l2"]) or fit(rows, labels, pick["l2"])
        fitted[pick["l2"]] = model
        for key in keys:
            out[key] = _label_entry(model, labels.index(key), pick)
    return {
        "feature_version": FEATURE_VERSION,
        "source": "trained by scripts/train_evidence_model.py on the dev half (odd-numbered resumes) of "
        f"benchmarks/data/values/bullets.txt ({len(rows)} bullets); mode and threshold per company by "
        "5-fold cross-validation across dev resumes",
        "labels": dict(sorted(out.items())),
    }


def describe(pick: dict[str, Any]) -> str:
    """One line of held-out (dev CV) numbers for a table's choice."""
    (cp, cr, _), (mp, mr, mn), (up, ur, _) = pick["cues"], pick["model"], pick["union"]
    chosen = f"or, l2 {pick['l2']:g}, t {pick['threshold']:.2f}" if pick["mode"] == "or" else "cues alone"
    return (
        f"cues P {cp:.2f} R {cr:.2f} | model alone P {mp:.2f} R {mr:.2f} ({mn} hits) | "
        f"{chosen}: P {up:.2f} R {ur:.2f}"
    )


def _label_entry(model: dict[str, Any], j: int, pick: dict[str, Any]) -> dict[str, Any]:
    weights = {f: round(float(model["w"][i, j]), 3) for i, f in enumerate(model["vocab"])}
    return {
        "mode": pick["mode"],
        "threshold": pick["threshold"],
        "bias": round(float(model["b"][j]), 4),
        "weights": {f: w for f, w in sorted(weights.items()) if abs(w) >= PRUNE},
    }


def render(model: dict[str, Any]) -> str:
    """The file's text: the features once, then one line per label with its weights in the same
    order (0 where pruned), so the file stays small and its diffs readable; stable key order."""
    features = sorted({f for entry in model["labels"].values() for f in entry["weights"]})
    lines = []
    for key, entry in model["labels"].items():
        dense = [entry["weights"].get(f, 0) for f in features]
        line = json.dumps({**entry, "weights": dense}, sort_keys=True, separators=(",", ":"))
        lines.append(f'"{key}": {line}')
    head = {k: v for k, v in model.items() if k != "labels"}
    return (
        json.dumps(head, sort_keys=True)[:-1]
        + ',\n"features": '
        + json.dumps(features, separators=(",", ":"))
        + ',\n"labels": {\n'
        + ",\n".join(lines)
        + "\n}}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    text = render(build())
    out = Path(args.out)
    if args.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'STALE (rerun scripts/train_evidence_model.py)'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
