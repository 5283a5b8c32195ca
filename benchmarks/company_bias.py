"""Company bias: how often each company comes first and last for the same resume.

    python benchmarks/company_bias.py [--shared]

Over the sixteen calibration resumes (``--shared`` adds the examples and the shared public sample
resumes), scores every resume for the four bundled companies without a posting and counts, per
company, the resumes for which it has the highest and the lowest total (a tie counts for every tied
company). Target: no company first or last for more than 70% of the resumes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src"), str(Path(__file__).resolve().parent)]

from calibration_set import COMPANIES, calibration_resumes, load, reference_paths  # noqa: E402
from shared_data import shared_data_dir  # noqa: E402

LIMIT = 0.7


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", action="store_true", help="also the examples and shared resumes")
    args = parser.parse_args(argv)

    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match

    if args.shared:
        shared = shared_data_dir()
        paths = reference_paths(shared if shared.is_dir() else None)
    else:
        paths = [r.path for r in calibration_resumes()]
    resumes = [r for r in (load(p) for p in paths) if r is not None and r.bullets()]
    profiles = [load_profile(c) for c in COMPANIES]
    first = dict.fromkeys(COMPANIES, 0)
    last = dict.fromkeys(COMPANIES, 0)
    spread = []
    for resume in resumes:
        totals = {p.id: match(resume, p).score.total for p in profiles}
        top, bottom = max(totals.values()), min(totals.values())
        spread.append(top - bottom)
        for company, total in totals.items():
            first[company] += total == top
            last[company] += total == bottom
    n = len(resumes)
    print(f"{n} resumes × {len(COMPANIES)} companies (a tie counts for each tied company)")
    worst = 0.0
    for company in COMPANIES:
        worst = max(worst, first[company] / n, last[company] / n)
        print(
            f"  {company:<8} first {first[company]:>3} ({first[company] / n:.0%})   "
            f"last {last[company]:>3} ({last[company] / n:.0%})"
        )
    print(f"  mean spread between a resume's best and worst company: {sum(spread) / n:.1f} points")
    verdict = "PASS" if worst <= LIMIT else "FAIL"
    print(f"highest share first or last: {worst:.0%} (limit {LIMIT:.0%}) -> {verdict}")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
