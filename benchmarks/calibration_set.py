"""The calibration resumes and the reference set, shared by the calibration script and benchmarks.

The calibration resumes (``benchmarks/data/calibration/``, fictional, with ``levels.csv``) are in the
repository; the reference set adds the project's examples and, when the shared data folder is there,
its public sample resumes.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CALIBRATION = ROOT / "benchmarks" / "data" / "calibration"
COMPANIES = ("google", "amazon", "meta", "netflix")
LEVELS = {"strong": 4, "good": 3, "average": 2, "weak": 1}
EXAMPLES = ("backend-engineer.md", "data-scientist-two-column.pdf", "product-manager.docx")


@dataclass(frozen=True)
class Labelled:
    """One calibration resume: its file, role family and level."""

    path: Path
    family: str
    level: str


def calibration_resumes() -> list[Labelled]:
    """The calibration resumes with their levels, in ``levels.csv`` order."""
    with (CALIBRATION / "levels.csv").open(encoding="utf-8") as handle:
        return [Labelled(CALIBRATION / r["file"], r["family"], r["level"]) for r in csv.DictReader(handle)]


def reference_paths(shared: Path | None) -> list[Path]:
    """Every resume of the reference set: calibration, examples, then shared public samples."""
    paths = [r.path for r in calibration_resumes()]
    paths += [ROOT / "examples" / name for name in EXAMPLES]
    if shared is not None and (shared / "resumes").is_dir():
        found = sorted((shared / "resumes").rglob("*"))
        paths += [
            p for p in found if p.suffix.lower() in (".pdf", ".docx", ".json") and ".truth." not in p.name
        ]
    return paths


def load(path: Path):  # type: ignore[no-untyped-def]
    """Parse and annotate one resume (None when it cannot be read)."""
    from resume_tailor.errors import TailorError
    from resume_tailor.resume import parse_resume
    from resume_tailor.skills import annotate_skills

    try:
        return annotate_skills(parse_resume(path))
    except TailorError:
        return None


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rank correlation (mid-ranks for ties)."""

    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2 + 1
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0
