#!/usr/bin/env python3
"""Train the skills context model (``skills/context_model.py``) on SkillSpan train (MIT).

The model judges whether a found skill is really asked for in a job posting. Its inputs are the
taxonomy as ``build_taxonomy.py --skillspan`` builds it (rebuilt here in memory from the same
sources, so both scripts read one truth) and SkillSpan train; the decision threshold alone is chosen
on SkillSpan dev. Output: ``src/resume_tailor/data/skill_context_model.json``, deterministic for the
same inputs. It needs numpy (``pip install -e '.[dev]'``). Usage::

    .venv/bin/python scripts/build_taxonomy.py --skillspan [--shared PATH]    # first: the taxonomy
    .venv/bin/python scripts/train_context_model.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from build_taxonomy import DATA_OUT, build, shared_data_dir  # noqa: E402
from skillspan import _outcome, _skillspan_sentences, learn, read_rows  # noqa: E402

from resume_tailor.skills.context_model import FEATURE_VERSION, ContextModel  # noqa: E402
from resume_tailor.skills.extract import Extractor  # noqa: E402
from resume_tailor.skills.matcher import build_matchers  # noqa: E402
from resume_tailor.skills.taxonomy import taxonomy_from_dict  # noqa: E402

CONTEXT_TARGET_PRECISION = 0.75  # issue 4: token-overlap precision on SkillSpan Knowledge spans...
CONTEXT_TARGET_RECALL = 0.60  # ...and recall
CONTEXT_MIN_PRECISION = 0.77  # the target (0.75) plus a small margin, met on held-out train folds
CONTEXT_MIN_RECALL = 0.62  # the recall target (0.60) plus the same margin
# Among the (L2, threshold) pairs that keep both, the one with the best held-out strict-span F1 wins:
# exact spans are the harder target, and it breaks the tie between precision and recall.
CONTEXT_L2_GRID = (3.0, 10.0, 30.0)


def _fit_logistic(x: Any, y: Any, l2: float = 1.0, iters: int = 400) -> tuple[Any, float]:
    """L2-regularised logistic regression by full-batch gradient descent with Adam (numpy)."""
    import numpy as np

    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g_w = x.T @ (p - y) / n + l2 * w / n
        g_b = float(np.mean(p - y))
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w**2
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b**2
        w -= lr * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + eps)
        b -= lr * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + eps)
    return w, b


def _examples(
    data: dict[str, Any], rows: list[dict[str, Any]], strict: list[int] | None = None
) -> tuple[list[tuple[list[str], int]], int]:
    """Context-model examples (features, knowledge?) of the candidates found in ``rows``.

    ``strict``, if given, receives one flag per example: 1 if the mention covers exactly the words of
    a Knowledge span (strict match), else 0.
    """
    extractor = Extractor(build_matchers(taxonomy_from_dict(data), context=False), training=True)
    examples: list[tuple[list[str], int]] = []
    gold_total = 0
    for text, kchars, schars, _posting in _skillspan_sentences(rows):
        gold_total += len(kchars)
        for mention, feats in extractor.scored(text, precise=True):
            if not feats:
                continue
            res = _outcome(mention.start, mention.end, kchars, schars)
            if res != "n":  # overlapping only a Skill span: neutral, not trained on
                examples.append((feats, int(res == "k")))
                if strict is not None:
                    first = text.rfind(" ", 0, mention.start) + 1
                    last = text.find(" ", mention.end)
                    strict.append(int((first, len(text) if last == -1 else last) in kchars))
    return examples, gold_total


def _matrix(examples: list[tuple[list[str], int]], col: dict[str, int]) -> tuple[Any, Any]:
    import numpy as np

    x = np.zeros((len(examples), len(col)))
    for r, (feats, _) in enumerate(examples):
        for f in feats:
            if f in col:
                x[r, col[f]] = 1.0
    return x, np.array([label for _, label in examples], dtype=float)


def _vocab(examples: list[tuple[list[str], int]]) -> dict[str, int]:
    counts = Counter(f for feats, _ in examples for f in set(feats))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}


def train_context_model(
    base: dict[str, Any],
    final: dict[str, Any],
    rows: list[dict[str, Any]],
    dev_rows: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Train the context model (skills/context_model.py) on SkillSpan train.

    The L2 strength is chosen by 5-fold cross-validation over postings in which *everything learned
    from SkillSpan* (block/allow lists, lexicon, weights) is re-learned without the held-out fold:
    the (L2, threshold) pair with the best held-out strict-span F1 among those whose held-out
    precision and recall reach ``CONTEXT_MIN_PRECISION`` and ``CONTEXT_MIN_RECALL``. The weights
    are then fitted on all of train. With ``dev_rows`` the decision threshold alone is re-chosen on
    SkillSpan dev (see :func:`choose_threshold_on_dev`); without, the cross-validated one is kept.
    """
    import numpy as np

    postings = sorted({f"{r['source']}-{r['idx']}" for r in rows})
    rng = np.random.default_rng(0)
    fold_of = dict(zip(postings, rng.permutation(len(postings)) % 5, strict=True))
    folds = [fold_of[f"{r['source']}-{r['idx']}"] for r in rows]
    heldout: dict[float, list[tuple[float, int]]] = {l2: [] for l2 in CONTEXT_L2_GRID}
    heldout_strict: list[int] = []
    gold_total = 0
    for k in range(5):
        inner = [r for r, f in zip(rows, folds, strict=True) if f != k]
        outer = [r for r, f in zip(rows, folds, strict=True) if f == k]
        data_k = copy.deepcopy(base)
        data_k["learned"] = learn(data_k, inner)
        train_ex, _ = _examples(data_k, inner)
        test_ex, gold_k = _examples(data_k, outer, heldout_strict)
        gold_total += gold_k
        col = _vocab(train_ex)
        x, y = _matrix(train_ex, col)
        xt, yt = _matrix(test_ex, col)
        for l2 in CONTEXT_L2_GRID:
            w, b = _fit_logistic(x, y, l2=l2)
            probs = 1.0 / (1.0 + np.exp(-(xt @ w + b)))
            heldout[l2].extend(zip(probs.tolist(), yt.astype(int).tolist(), strict=True))
    exact = np.array(heldout_strict, dtype=float)
    best = (-1.0, 0.5, CONTEXT_L2_GRID[0])
    for l2, pairs in heldout.items():
        probs_all = np.array([p for p, _ in pairs])
        labels = np.array([y for _, y in pairs])
        for t in np.arange(0.1, 0.95, 0.01):
            keep = probs_all >= t
            tp = float(np.sum(labels[keep]))
            fp = float(np.sum(keep)) - tp
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / gold_total
            strict_tp = float(np.sum(exact[keep]))
            sp, sr = (strict_tp / float(np.sum(keep)) if np.any(keep) else 0.0), strict_tp / gold_total
            f1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
            if round(t * 100) % 10 == 0:
                print(f"  l2={l2:g} threshold {t:.2f}: held-out P {p:.3f} R {r:.3f} strict F1 {f1:.3f}")
            if p >= CONTEXT_MIN_PRECISION and r >= CONTEXT_MIN_RECALL and f1 > best[0]:
                best = (f1, float(t), l2)
    examples, _ = _examples(final, rows)
    col = _vocab(examples)
    x, y = _matrix(examples, col)
    w, b = _fit_logistic(x, y, l2=best[2])
    weights = {f: round(float(w[i]), 4) for f, i in col.items() if abs(w[i]) >= 1e-3}
    bias = round(float(b), 4)
    print(
        f"context model: {len(examples)} examples, {len(weights)} weights, l2={best[2]:g}, "
        f"train cross-validation threshold {best[1]:.2f} (held-out strict F1 {best[0]:.3f})"
    )
    threshold = best[1]
    if dev_rows:
        threshold, p, r = choose_threshold_on_dev(final, weights, bias, dev_rows)
        print(f"threshold chosen on SkillSpan dev: {threshold:.2f} (token-overlap P {p:.3f} R {r:.3f})")
    return {
        "feature_version": FEATURE_VERSION,
        "source": "trained on SkillSpan train (MIT) by scripts/build_taxonomy.py --skillspan"
        + ("; decision threshold chosen on SkillSpan dev" if dev_rows else ""),
        "bias": bias,
        "threshold": round(threshold, 2),
        "l2": best[2],
        "weights": dict(sorted(weights.items())),
    }


def choose_threshold_on_dev(
    final: dict[str, Any], weights: dict[str, float], bias: float, dev_rows: list[dict[str, Any]]
) -> tuple[float, float, float]:
    """The decision threshold with the widest margin over both targets on SkillSpan dev.

    Dev postings differ from train more than train folds differ from each other (train
    cross-validation overstates dev precision by about 0.03), so the one number that trades
    precision for recall is set on dev: the threshold maximising
    min(P - CONTEXT_TARGET_PRECISION, R - CONTEXT_TARGET_RECALL), token-overlap on Knowledge spans
    as in benchmarks/skills_accuracy.py. The weights never see dev.
    """
    model = ContextModel(weights=weights, bias=bias, threshold=0.0)
    extractor = Extractor(build_matchers(taxonomy_from_dict(final), context=model), training=True)
    scored: list[tuple[list[tuple[int, int, float, str]], list[tuple[int, int]]]] = []
    for text, kchars, schars, _posting in _skillspan_sentences(dev_rows):
        mentions = []
        for m, feats in extractor.scored(text, precise=True):
            prob = model.probability(feats) if feats else 1.0
            mentions.append((m.start, m.end, prob, _outcome(m.start, m.end, kchars, schars)))
        scored.append((mentions, kchars))
    gold = sum(len(k) for _, k in scored)
    best = (-1.0, 0.5, 0.0, 0.0)
    for step in range(20, 81):
        t = step / 100
        tp = fp = found = 0
        for mentions, kchars in scored:
            kept = [m for m in mentions if m[2] >= t]
            tp += sum(1 for m in kept if m[3] == "k")
            fp += sum(1 for m in kept if m[3] == "f")
            found += sum(1 for a, b in kchars if any(s < b and a < e for s, e, _, _ in kept))
        p, r = tp / max(1, tp + fp), found / max(1, gold)
        margin = min(p - CONTEXT_TARGET_PRECISION, r - CONTEXT_TARGET_RECALL)
        if margin > best[0]:
            best = (margin, t, p, r)
    return best[1], best[2], best[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path to shared/data (default ../shared/data)")
    parser.add_argument("--out", default=str(DATA_OUT / "skill_context_model.json"))
    args = parser.parse_args(argv)
    shared = shared_data_dir(args.shared)
    base = build(shared)
    rows = read_rows(shared / "skills-eval/skillspan/train.json")
    final = copy.deepcopy(base)
    final["learned"] = learn(final, rows)
    dev = shared / "skills-eval/skillspan/dev.json"
    model = train_context_model(base, final, rows, read_rows(dev) if dev.exists() else None)
    Path(args.out).write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
