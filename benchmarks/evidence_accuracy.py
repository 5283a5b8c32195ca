"""How well does the matcher read bullets? Per-class and micro precision/recall against hand labels.

    .venv/bin/python benchmarks/evidence_accuracy.py [--errors] [--labels PATH]

Labels: ``benchmarks/evidence_labels.jsonl``, one bullet per line with the Amazon Leadership
Principles and the interview competencies a careful interviewer would say it *clearly* shows (most
bullets show none, one or two), plus ``quantified`` and ``weak_opener``. Bullets come from the shared
resume fixtures (offlinecv, Apache-2.0; resume-matcher templates, Apache-2.0; JSON Resume sample,
MIT; each line names its file) and from bullets written for this benchmark (``"source": "authored"``).
They were labelled before the cue lexicons were written.

A fixed quarter of the bullets (by a hash of the text) is held out: its mistakes were never inspected
while the lexicons were tuned (but its bullets were read while labelling, before the lexicons were
written). The ``"set": "blind"`` bullets come from the project's own ``examples/`` resumes, written by
another author and labelled before the matcher was ever run on them: the most honest figure.
``--errors`` lists mistakes on the tuning split only.

Labelling guide (what "clearly shows" meant):
- deliver_results / impact_outcomes: a stated outcome (improvement with a number, an award, on time,
  adoption); impact_outcomes also counts scale of use ("serving 2M transactions", "used by 200+").
- customer_obsession: the bullet is about what a customer or user gained or needed.
- ownership: owned, end-to-end, took over, volunteered; technical_depth: architecture, performance,
  algorithms, distributed systems; leadership: led or managed people or an initiative, mentoring;
  influence: adoption by others, persuading, presenting, negotiating; cross_functional: work with
  other functions, vendors or several teams; frugal_delivery / frugality: cost, small team, no budget;
  learning: learning a new technology, certification, courses.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
AMAZON_IDS = (
    "customer_obsession",
    "ownership",
    "invent_and_simplify",
    "are_right_a_lot",
    "learn_and_be_curious",
    "hire_and_develop_the_best",
    "insist_on_the_highest_standards",
    "think_big",
    "bias_for_action",
    "frugality",
    "earn_trust",
    "dive_deep",
    "have_backbone_disagree_and_commit",
    "deliver_results",
    "strive_to_be_earths_best_employer",
    "success_and_scale_bring_broad_responsibility",
)
COMPETENCY_IDS = (
    "impact_outcomes",
    "leadership",
    "cross_functional",
    "technical_depth",
    "frugal_delivery",
    "influence",
    "learning",
)


def held_out(text: str) -> bool:
    """The fixed held-out quarter of the labels."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 4 == 0


def amazon_profile():  # type: ignore[no-untyped-def]
    """Amazon's bundled profile (its value ids are the label ids)."""
    from resume_tailor.companies import load_profile

    return load_profile("amazon")


def prf(gold: list[set[str]], pred: list[set[str]], classes: tuple[str, ...]) -> tuple[dict, tuple]:
    """Per-class (tp, fp, fn) and micro (precision, recall, f1, tp, fp, fn)."""
    per = {c: Counter() for c in classes}
    for g, p in zip(gold, pred, strict=True):
        for c in classes:
            if c in p and c in g:
                per[c]["tp"] += 1
            elif c in p:
                per[c]["fp"] += 1
            elif c in g:
                per[c]["fn"] += 1
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return per, (precision, recall, f1, tp, fp, fn)


def _fmt(name: str, c: Counter) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "  - "
    return f"    {name:<46} P {p}  R {r}   (tp {tp:>3} fp {fp:>3} fn {fn:>3})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=HERE / "evidence_labels.jsonl")
    parser.add_argument("--errors", action="store_true", help="list mistakes on the tuning split")
    args = parser.parse_args(argv)

    from resume_tailor.matching.bullets import assess_bullet

    profile = amazon_profile()
    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [(row, assess_bullet(row["text"], profile)) for row in rows]
    main_set = [r for r in results if r[0].get("set") != "blind"]
    splits = {
        "all": results,
        "tuning": [r for r in main_set if not held_out(r[0]["text"])],
        "held-out": [r for r in main_set if held_out(r[0]["text"])],
        "blind": [r for r in results if r[0].get("set") == "blind"],
    }
    print(
        f"{len(rows)} labelled bullets ({sum(r['source'] == 'authored' for r in rows)} authored, "
        f"{len(splits['blind'])} blind); held out {len(splits['held-out'])}"
    )
    for split, items in splits.items():
        print(f"\n== {split} ({len(items)} bullets)")
        for title, key, classes in (
            ("Amazon principles", "values", AMAZON_IDS),
            ("Competencies", "competencies", COMPETENCY_IDS),
        ):
            gold = [set(r[key]) for r, _ in items]
            pred = [set(getattr(a, key)) for _, a in items]
            per, (p, r, f1, tp, fp, fn) = prf(gold, pred, classes)
            print(f"  {title}: micro P {p:.2f}  R {r:.2f}  F1 {f1:.2f}   (tp {tp} fp {fp} fn {fn})")
            if split == "all":
                for c in classes:
                    print(_fmt(c, per[c]))
        for flag in ("quantified", "weak_opener"):
            acc = sum(r[flag] == getattr(a, flag) for r, a in items) / max(1, len(items))
            print(f"  {flag} accuracy {acc:.3f}")
    if args.errors:
        print("\n== mistakes on the tuning split (gold -> predicted)")
        for row, a in splits["tuning"]:
            for key in ("values", "competencies"):
                gold, pred = set(row[key]), set(getattr(a, key))
                if gold != pred:
                    print(f"  [{key[:4]}] -{sorted(gold - pred)} +{sorted(pred - gold)}  {row['text'][:110]}")
            for flag in ("quantified", "weak_opener"):
                if row[flag] != getattr(a, flag):
                    print(f"  [{flag}] gold {row[flag]}  {row['text'][:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
