"""How long does rendering one long report take, per format? (target: text <= 0.25 s)

    .venv/bin/python benchmarks/render_speed.py [RESUME]

Parses, annotates and matches the resume once against Amazon (not timed), makes the report long (the
gaps ten times, six suggestions per bullet), then times ``render`` for each format over repeated runs
and prints the median. rich's layout engine once took ~0.3 s for a real report in the text format.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
TEXT_TARGET_S = 0.25


def main(argv: list[str]) -> int:
    from resume_tailor.api import analyze_resume
    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match
    from resume_tailor.models import Suggestion
    from resume_tailor.report import FORMATS, render

    path = Path(argv[0]) if argv else ROOT / "examples" / "backend-engineer.pdf"
    report = match(analyze_resume(path), load_profile("amazon"))
    report.gaps *= 10
    report.suggestions = [
        Suggestion("verb", "Say what you did " * 8, "Because " * 10, line)
        for line in [b.text for b in report.resume.bullets()] * 6
    ]
    medians = {}
    for fmt in FORMATS:
        render(report, fmt)  # warm imports and caches
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            render(report, fmt)
            times.append(time.perf_counter() - start)
        medians[fmt] = statistics.median(times)
        print(f"{fmt:<5} {len(report.suggestions):>4} suggestions  median {medians[fmt] * 1000:7.1f} ms")
    print(f"text median {medians['text']:.3f} s (target <= {TEXT_TARGET_S} s)")
    return 0 if medians["text"] <= TEXT_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
