"""How far two annotators following the same guidelines agree on the values labels.

    python benchmarks/label_agreement.py

``benchmarks/data/values/second_annotation.txt`` is a blind second annotation of r01-r248 of
``bullets.txt``: the annotator read only ``GUIDELINES.md`` and the bullets' text, never the first
labels, the tool's cues or its output. Scoring the second annotator against the first with the
evidence benchmark's own precision/recall says what a reader can be expected to reach on these
labels: a target above the agreement of two careful people asks the tool to guess one annotator's
taste rather than read the bullet.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from value_evidence import CODES, COMPANIES, DATA, prf, read_rows  # noqa: E402

SECOND = DATA.with_name("second_annotation.txt")


def main() -> int:
    first = read_rows()
    second = read_rows(SECOND)
    by_text = {(row.resume, row.text): row for row in first}
    pairs = [(by_text[(row.resume, row.text)], row) for row in second]
    print(f"{len(pairs)} bullets annotated twice (resumes r01-r{max(r.resume for r in second):02d})")
    print("second annotator scored against the first (first = gold):")
    for key in CODES:
        title = COMPANIES.get(key, "competencies")
        line = f"  {title:<13}"
        for split in ("dev", "test", "all"):
            chosen = [(a.labels[key], b.labels[key]) for a, b in pairs if split in ("all", a.split)]
            p, r, _, _, _ = prf(chosen)
            line += f"  {split}: P {p:.2f} R {r:.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
