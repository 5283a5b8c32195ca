"""Does the interview prep pick the *outcome* of a bullet as its STAR result? Accuracy on hand labels.

    PYTHONPATH=src .venv/bin/python benchmarks/star_results.py [--errors] [--labels PATH]

Labels: ``benchmarks/star_results_labels.jsonl``, one bullet per line, ``{"text", "result"}`` where
``result`` is the outcome clause as a verbatim substring of the bullet, or ``null`` when the bullet
states no outcome (the prep must then mark the result missing and ask for it). Every bullet was
written for this benchmark (fictional; many come in pairs: the same work with and without an
outcome) and labelled by the rules below before the picker in ``prep/star.py`` was written.

Labelling rules:
1. The result is what changed because of the work: a metric that moved ("cut p99 latency from 850 ms
   to 210 ms"), adoption or reach of the thing built ("adopted by 12 product teams", "serving 40
   partner carriers", "used by the public API"), or what people or the business achieved ("two were
   promoted within a year", "all three received return offers", "with zero findings").
2. It is never a bare number or a count of what was acted on: people mentored, trained, interviewed
   or managed, interviews run, tickets answered, team size, time zones, data volume processed, or the
   scale of the situation ("when data grew 20x"). Counts of people who *achieved* something (hired,
   promoted, given offers) are results.
3. A purpose ("to reduce latency", "so releases could be rolled back") is the task, not the result;
   so is a deadline the work aimed at.
4. The span starts at the outcome's verb or noun phrase; leading connectors are left out ("that",
   "which", "resulting in", "leading to", "so that", "after which", "and"). When the bullet opens
   with an outcome verb ("Reduced monthly AWS spend by $18K by right-sizing..."), the span is that
   opening clause up to the means ("by right-sizing...", "through...", "using...").
5. It keeps the qualifiers of the change (for whom, from/to, within what time) and contiguous
   outcome clauses joined by "and" or a comma ("removing 12,000 lines of dead code and cutting build
   time by 40%"); it ends at a semicolon, at the means, or at a following action clause.

Split: a fixed half of the bullets (by a hash of the text) is ``dev``; the picker was tuned by
looking at ``dev`` mistakes only (``--errors`` prints those). ``test`` is reported, not inspected.

Scores: *strict* = the picked clause equals the label after normalising case, spaces and trailing
punctuation (and both say missing when the label is missing); *lenient* = token F1 >= 0.8 with the
label; *missing* = accuracy of the present/missing decision alone; *bare* = picked results that are
a bare number or count (no verb of change, no adoption phrase): must be 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "star_results_labels.jsonl"


def split_of(text: str) -> str:
    """``"dev"`` or ``"test"``: a fixed half of the bullets by the SHA-1 of the text."""
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().strip(" .,;").split())


def _f1(picked: str, label: str) -> float:
    a, b = _norm(picked).split(), _norm(label).split()
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


#: A number, optionally followed by up to three words: "90", "20x", "$18K", "4 junior engineers".
_BARE = re.compile(r"^\W*[$€£]?\d[\d.,]*\s?[%kmbx]?(?:\s+[A-Za-z-]+){0,3}\W*$", re.IGNORECASE)


def score(rows: list[dict[str, str | None]], pick: object) -> dict[str, float]:
    """Strict, lenient and missing-decision accuracy of ``pick(text) -> str | None`` on ``rows``."""
    strict = lenient = decided = bare = 0
    for row in rows:
        text, label = str(row["text"]), row["result"]
        got = pick(text)  # type: ignore[operator]
        decided += (got is None) == (label is None)
        if got is not None and _BARE.match(got):
            bare += 1
        if label is None:
            strict += got is None
            lenient += got is None
        elif got is not None:
            strict += _norm(got) == _norm(label)
            lenient += _f1(got, label) >= 0.8
    n = len(rows) or 1
    return {
        "n": len(rows),
        "strict": strict / n,
        "lenient": lenient / n,
        "missing": decided / n,
        "bare": bare,
    }


def main() -> int:
    """Print the scores on dev and test (and dev mistakes with ``--errors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--errors", action="store_true", help="list the mistakes on the dev split")
    args = parser.parse_args()
    from resume_tailor.prep.star import outcome_clause

    rows = [json.loads(line) for line in args.labels.read_text("utf-8").splitlines() if line.strip()]
    for split in ("dev", "test"):
        part = [r for r in rows if split_of(r["text"]) == split]
        s = score(part, outcome_clause)
        print(
            f"{split:4}  n={s['n']:3}  strict={s['strict']:.3f}  lenient={s['lenient']:.3f}  "
            f"missing-decision={s['missing']:.3f}  bare-number results={s['bare']}"
        )
    if args.errors:
        for row in rows:
            if split_of(row["text"]) != "dev":
                continue
            got = outcome_clause(row["text"])
            if _norm(got) != _norm(row["result"]):
                print(f"\n  {row['text']}\n    want: {row['result']}\n    got:  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
