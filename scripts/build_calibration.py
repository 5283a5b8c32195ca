"""Build the reference statistics that put every company's scores on one scale.

    RESUME_TAILOR_SHARED=/path/to/shared python scripts/build_calibration.py

Scores each reference resume (the calibration resumes in ``benchmarks/data/calibration/``, the
examples and the shared public sample resumes) for each bundled company, without a posting, and
writes each component's sorted raw scores per company to
``src/resume_tailor/matching/calibration.json`` (components without data are left out). Rerun it
whenever a scorer, a lexicon or a profile changes; the output is deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from calibration_set import COMPANIES, load, reference_paths  # noqa: E402
from shared_data import shared_data_dir  # noqa: E402

OUT = ROOT / "src" / "resume_tailor" / "matching" / "calibration.json"


def main() -> int:
    from resume_tailor.companies import load_profile
    from resume_tailor.matching import raw_parts
    from resume_tailor.matching.calibration import CALIBRATED

    shared = shared_data_dir()
    paths = reference_paths(shared if shared.is_dir() else None)
    profiles = {c: load_profile(c) for c in COMPANIES}
    companies: dict[str, dict[str, list[float]]] = {c: {k: [] for k in CALIBRATED} for c in COMPANIES}
    used = []
    for path in paths:
        resume = load(path)
        if resume is None or not resume.bullets():
            continue
        used.append(path.relative_to(shared.parent) if shared in path.parents else path.relative_to(ROOT))
        for company, profile in profiles.items():
            raw = raw_parts(resume, profile)
            for cid, part in raw.parts.items():
                if cid not in raw.unknown:
                    companies[company][cid].append(part.score)
    pooled = {k: sorted(x for c in COMPANIES for x in companies[c][k]) for k in CALIBRATED}
    data = {
        "built_by": "scripts/build_calibration.py",
        "resumes": [str(p) for p in used],
        "companies": {c: {k: sorted(v) for k, v in comps.items()} for c, comps in companies.items()},
        "pooled": pooled,
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{len(used)} reference resumes × {len(COMPANIES)} companies -> {OUT.relative_to(ROOT)}")
    for company in COMPANIES:
        medians = {k: v[len(v) // 2] if v else None for k, v in data["companies"][company].items()}
        print(f"  {company:<8} median raw: " + ", ".join(f"{k} {m}" for k, m in medians.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
