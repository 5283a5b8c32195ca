"""How long does matching a parsed resume against one company take? (target: <= 20 ms)

    .venv/bin/python benchmarks/match_speed.py [RESUME ...]

Parses and annotates each resume once (not timed), loads the four bundled profiles once, warms the
caches with one call, then times ``match`` over repeated runs and prints the median and the worst
per (resume, company). Defaults to the project's examples/.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 30


def main(argv: list[str]) -> int:
    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match
    from resume_tailor.resume import parse_resume
    from resume_tailor.skills import annotate_skills

    paths = [Path(p) for p in argv] or sorted(
        p for p in (ROOT / "examples").iterdir() if p.suffix in {".pdf", ".docx"}
    )
    profiles = [load_profile(name) for name in ("amazon", "google", "meta", "netflix")]
    worst_median = 0.0
    for path in paths:
        resume = annotate_skills(parse_resume(path))
        for profile in profiles:
            match(resume, profile)  # warm caches (lexicons, compiled profile rules)
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                match(resume, profile)
                times.append((time.perf_counter() - start) * 1000)
            median = statistics.median(times)
            worst_median = max(worst_median, median)
            print(
                f"{path.name:<34} {profile.id:<8} {len(resume.bullets()):>3} bullets  "
                f"median {median:6.2f} ms  max {max(times):6.2f} ms"
            )
    print(f"worst median {worst_median:.2f} ms (target <= 20 ms)")
    return 0 if worst_median <= 20 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
