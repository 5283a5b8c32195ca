"""Precision and recall of the bullet language checks against hand labels.

    PYTHONPATH=src .venv/bin/python benchmarks/language_checks.py [--split dev|test|all] [--errors]

Labels: ``benchmarks/data/language_bullets.jsonl`` (376 bullets written for this project), labelled by
the rules in ``benchmarks/data/LANGUAGE_RULES.md`` before the checks were run on them. The split is
fixed by id (``id % 3 == 0`` is test); the checks were tuned on dev only. ``--errors`` lists the
mistakes of the chosen split (use it on dev).

Checks measured (both as the matcher uses them, ``matching/bullets.py``):

* ``action_verb``: the bullet opens with an action verb, in any tense (weak openers excluded);
* ``passive``: a form of be/get carries a past participle in the main clause.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from resume_tailor.matching.bullets import starts_with_action_verb, wording_issues

DATA = Path(__file__).resolve().parent / "data" / "language_bullets.jsonl"
TARGET_PRECISION, TARGET_RECALL = 0.95, 0.90


def _checks(text: str) -> dict[str, bool]:
    return {"action_verb": starts_with_action_verb(text), "passive": "passive voice" in wording_issues(text)}


def _scores(rows: list[dict[str, object]], check: str) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for row in rows:
        said, truth = _checks(str(row["text"]))[check], bool(row[check])
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list the mistakes of the chosen split")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    ok = True
    for split in splits:
        part = [r for r in rows if r["split"] == split]
        print(f"{split}: {len(part)} bullets")
        for check in ("action_verb", "passive"):
            p, r, tp, fp, fn = _scores(part, check)
            met = p >= TARGET_PRECISION and r >= TARGET_RECALL
            ok = ok and met
            print(f"  {check:12} precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})"
                  f"{'' if met else '  BELOW TARGET'}")
            if args.errors:
                for row in part:
                    said = _checks(str(row["text"]))[check]
                    if said != row[check]:
                        print(f"    {'FP' if said else 'FN'}: {row['text']}")
    print(f"targets: precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
