"""Parse accuracy on the layout corpus (fictional people x real templates, truth by construction).

Usage:
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/parse_corpus.py [--corpus DIR] [--split dev|test]
        [--only GLOB] [--jobs N]
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/parse_corpus.py --shared

Without ``--corpus`` it reads ``~/.cache/resume-tailor-corpus/corpus`` (under
``$RESUME_TAILOR_CORPUS_CACHE`` when set) and builds it first when it is missing
(``scripts/build_corpus.py``; that needs Chromium, TeX Live, LibreOffice and the npm themes, see
its docstring). Every file is parsed in-process with ``parse_resume`` and scored by
``corpus_score.py`` (its docstring has the matching rules). Printed for each split (dev, test):
contact accuracy, experience P/R/F1, date accuracy on matched entries, education F1,
project/activity entries F1, bullets recovered, reading order, crashes, median parse CPU time per
page, and how many files, templates and people; then the same per template family.

The test split is held out: tune the parser on dev only. ``--split dev`` adds each dev file's
failures (what was missed, what was extra); there is no way to print them for test files.
``--split test`` prints the aggregate numbers only, like the default.

``--shared`` runs the eight shared truth files (``benchmarks/parse_accuracy.py``'s own scoring)
and parses all shared resume PDFs for crashes and time per page.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import statistics
import subprocess
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any

from corpus_score import Counts, score_file

from resume_tailor.resume import parse_resume

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (
    Path(os.environ.get("RESUME_TAILOR_CORPUS_CACHE", Path.home() / ".cache" / "resume-tailor-corpus"))
    / "corpus"
)
HEADLINE = ("contact", "experience_f1", "dates", "education_f1", "projects_f1", "bullets", "order")
LABELS = {
    "contact": "contact",
    "experience_f1": "exp F1",
    "dates": "dates",
    "education_f1": "edu F1",
    "projects_f1": "proj F1",
    "bullets": "bullets",
    "order": "order",
}


def truth_files(corpus: Path, only: list[str]) -> list[tuple[Path, dict[str, Any]]]:
    """(resume file, truth) for every truth file in ``corpus`` whose resume file exists."""
    out = []
    for path in sorted(corpus.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        resume = path.with_name(truth["file"])
        if not resume.is_file():
            continue
        if only and not any(fnmatch.fnmatch(resume.name, pat) for pat in only):
            continue
        out.append((resume, truth))
    return out


def parse_timed(path: Path) -> tuple[Any, float, str | None]:
    """(resume or None, CPU ms per page, error line or None)."""
    started = time.process_time()
    try:
        resume = parse_resume(path)
    except Exception as exc:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return None, 0.0, f"{type(exc).__name__} at {where}: {str(exc)[:200]}"
    ms = (time.process_time() - started) * 1000
    return resume, ms / max(1, getattr(resume, "pages", 1) or 1), None


def run_corpus(corpus: Path, detail_split: str | None, only: list[str]) -> dict[str, Counts]:
    """Parse and score every file; print the per-split and per-family table. Returns split -> counts."""
    files = truth_files(corpus, only)
    if not files:
        print(f"no corpus files in {corpus}", file=sys.stderr)
        return {}
    by_split: dict[str, Counts] = defaultdict(Counts)
    by_family: dict[tuple[str, str], Counts] = defaultdict(Counts)
    by_cause: dict[str, Counts] = defaultdict(Counts)
    dev_templates = {t["template"] for _, t in files if t["split"] == "dev"}
    dev_people = {t["person"] for _, t in files if t["split"] == "dev"}
    members: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for path, truth in files:
        split = truth["split"]
        resume, ms, error = parse_timed(path)
        notes: list[str] = []
        if resume is None:
            counts = score_file(truth, {"contact": {}})
            counts.crashes = 1
            notes.append(f"CRASH {error}")
        else:
            counts = score_file(truth, resume, notes)
            counts.ms_per_page.append(ms)
        by_split[split].add(counts)
        by_family[(split, truth["family"])].add(counts)
        if split == "test":
            by_cause[held_out_by(truth, dev_templates, dev_people)].add(counts)
        members[split][0].add(truth["template"])
        members[split][1].add(truth["person"])
        if split == "dev" and detail_split == "dev" and notes:
            print(f"--- {path.name}")
            for line in notes:
                print(f"    {line}")
    print()
    _table(
        [(split, by_split[split], members[split]) for split in ("dev", "test") if split in by_split],
        [(f"  {s}/{fam}", c, None) for (s, fam), c in sorted(by_family.items())]
        + [(f"  test: {cause}", c, None) for cause, c in sorted(by_cause.items())],
    )
    return dict(by_split)


def held_out_by(truth: dict[str, Any], dev_templates: set[str], dev_people: set[str]) -> str:
    """Why a test file is held out: a new template, a new person (on a dev template), or both."""
    new_template = truth["template"] not in dev_templates
    new_person = truth["person"] not in dev_people
    if new_template and new_person:
        return "new template and person"
    return "new template" if new_template else "new person"


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _table(rows: list[tuple[str, Counts, Any]], family_rows: list[tuple[str, Counts, Any]]) -> None:
    head = "split".ljust(22) + "".join(LABELS[h].rjust(9) for h in HEADLINE) + "  crashes  ms/page  files"
    print(head)
    for label, counts, member in rows + family_rows:
        rates = counts.rates()
        ms = statistics.median(counts.ms_per_page) if counts.ms_per_page else 0.0
        cells = "".join(_fmt(rates[h]).rjust(9) for h in HEADLINE)
        extra = f"  ({len(member[0])} templates, {len(member[1])} people)" if member else ""
        print(f"{label:22}{cells}  {counts.crashes:7d}  {ms:7.1f}  {counts.files:5d}{extra}")
    for label, counts, _ in rows:
        print(
            f"{label}: experience P {counts.exp_tp}/{counts.exp_pred} R {counts.exp_tp}/{counts.exp_true}; "
            f"dates {counts.dates_ok}/{counts.dates_n}; "
            f"education {counts.edu_tp}/{counts.edu_pred}/{counts.edu_true}; "
            f"projects+activities {counts.pa_tp}/{counts.pa_pred}/{counts.pa_true}; "
            f"bullets {counts.bullets_ok}/{counts.bullets_n}; contact {counts.contact_ok}/{counts.contact_n}"
        )


def run_shared(verbose: bool) -> int:
    """The eight shared truth files (parse_accuracy's scoring), then crashes and speed on all shared PDFs."""
    import parse_accuracy
    from shared_data import shared_data_dir

    resumes = shared_data_dir() / "resumes"
    if not resumes.is_dir():
        print(f"shared data not found at {resumes} (set RESUME_TAILOR_SHARED)", file=sys.stderr)
        return 2
    print(f"== shared truth files ({len(list((resumes / 'offlinecv').rglob('*.truth.json')))})")
    parse_accuracy.accuracy(resumes / "offlinecv", use_cli=False, verbose=verbose)
    pdfs = sorted(resumes.rglob("*.pdf"))
    crashes, per_page = 0, []
    for pdf in pdfs:
        _, ms, error = parse_timed(pdf)
        if error:
            crashes += 1
            print(f"CRASH {pdf.relative_to(resumes)}: {error}")
        else:
            per_page.append(ms)
    print(
        f"\n== shared PDFs: {len(pdfs)} parsed, {crashes} crashes; "
        f"median {statistics.median(per_page):.1f} ms CPU per page (one run each)"
    )
    return 0


def ensure_corpus(corpus: Path, jobs: int) -> None:
    """Build the default corpus when it has no manifest yet."""
    if (corpus / "manifest.json").is_file():
        return
    print(f"building the corpus into {corpus} (scripts/build_corpus.py) ...", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_corpus.py"),
            "--out",
            str(corpus),
            "--jobs",
            str(jobs),
        ],
        check=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", type=Path, help=f"corpus folder (default {DEFAULT_CORPUS}, built when missing)"
    )
    ap.add_argument("--split", choices=("dev", "test"), help="dev: also print each dev file's failures")
    ap.add_argument("--only", action="append", default=[], help="glob on file names, e.g. 'moderncv-*'")
    ap.add_argument("--jobs", type=int, default=2, help="build jobs when the corpus must be built")
    ap.add_argument("--shared", action="store_true", help="the shared truth files and PDFs instead")
    ap.add_argument("--verbose", "-v", action="store_true", help="with --shared: each mismatch")
    args = ap.parse_args()
    if args.shared:
        return run_shared(args.verbose)
    corpus = args.corpus or DEFAULT_CORPUS
    if args.corpus is None:
        ensure_corpus(corpus, args.jobs)
    results = run_corpus(corpus, args.split, args.only)
    return 0 if results else 2


if __name__ == "__main__":
    raise SystemExit(main())
