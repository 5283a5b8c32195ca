"""Do the scores reproduce the order a recruiter would give? Spearman per company, bands, unknowns.

    python benchmarks/calibration.py [--table]

Scores the sixteen calibration resumes (``benchmarks/data/calibration/``, four role families × four
levels, rules in its README) for each bundled company without a posting and prints, per company:
Spearman's rank correlation between the total and the level (target >= 0.8), how many strong
resumes fall in the "weak" band (target 0), and the highest score shown for a component marked
unknown (target < 80). ``--table`` prints every total.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src"), str(Path(__file__).resolve().parent)]

from calibration_set import COMPANIES, LEVELS, calibration_resumes, load, spearman  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", action="store_true", help="print every resume's totals")
    args = parser.parse_args(argv)

    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match

    labelled = calibration_resumes()
    resumes = [load(r.path) for r in labelled]
    ok = True
    rows: dict[str, list[float]] = {}
    print(f"{len(labelled)} calibration resumes; levels: " + ", ".join(f"{k}={v}" for k, v in LEVELS.items()))
    for company in COMPANIES:
        profile = load_profile(company)
        reports = [match(r, profile) for r in resumes]
        totals = [rep.score.total for rep in reports]
        rows[company] = totals
        rho = spearman(totals, [float(LEVELS[r.level]) for r in labelled])
        strong_weak = sum(
            1
            for r, rep in zip(labelled, reports, strict=True)
            if r.level == "strong" and rep.score.band == "weak"
        )
        unknown = [c.score for rep in reports for c in rep.score.components if c.status == "unknown"]
        top_unknown = max(unknown, default=0.0)
        ok &= rho >= 0.8 and strong_weak == 0 and top_unknown < 80
        print(
            f"  {company:<8} Spearman {rho:.3f}   strong resumes in 'weak' {strong_weak}   "
            f"unknown components {len(unknown)} (highest shown {top_unknown:g})"
        )
    if args.table:
        print("\n  " + f"{'resume':<22}{'level':<9}" + "".join(f"{c:>9}" for c in COMPANIES))
        for i, r in enumerate(labelled):
            print("  " + f"{r.path.name:<22}{r.level:<9}" + "".join(f"{rows[c][i]:>9g}" for c in COMPANIES))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
