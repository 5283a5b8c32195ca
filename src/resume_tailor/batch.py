"""Many resumes against a shortlist of companies, in parallel processes.

Each worker parses a resume once and matches it to every company. The heavy objects (spaCy, the
skills matcher, the profiles, the matcher's lexicons) are built once: in the parent before the
workers are forked (Linux), else once per worker. Workers render the reports; the parent writes
them on a few threads, so fsync waits overlap the parsing. A resume that fails, even by killing
its worker process, is reported and skipped. With ``out_dir`` every (resume, company) report is
written as Markdown and JSON, plus a comparison per resume, ``summary.csv`` and ``index.html``;
every file is written atomically.

>>> result = batch([Path("examples/backend-engineer.pdf")], ["google", "amazon"], jobs=1, out_dir=Path("out"))
>>> sorted(r.company.id for r in result.results[0].ranked()), result.failed
(['amazon', 'google'], False)
>>> sorted(p.name for p in Path("out").iterdir())[-2:]
['index.html', 'summary.csv']
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from resume_tailor.errors import InputFileError, TailorError, UsageError, one_line
from resume_tailor.models import CompanyProfile, Report
from resume_tailor.storage import atomic_write_text

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

#: File types a folder or glob is searched for.
RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md")

#: ``progress(done, total, name)``: called with ``done == 0`` once the work is queued, then after each resume.
Progress = Callable[[int, int, str], None]


@dataclass
class BatchFailure:
    """A resume that could not be processed, with the one-line reason and the exit code it maps to."""

    path: Path
    message: str
    exit_code: int = 1

    def describe(self) -> str:
        """The message, prefixed with the file name unless it already names the file."""
        return self.message if self.path.name in self.message else f"{self.path.name}: {self.message}"


@dataclass
class ResumeResult:
    """One resume matched to every company, in the order the companies were given."""

    path: Path
    reports: list[Report]
    name: str = ""  # the file stem used for output names
    outputs: list[Path] = field(default_factory=list)
    rendered: list[tuple[str, str]] = field(default_factory=list)  # (file name, content) still to write

    def ranked(self) -> list[Report]:
        """The reports from best to worst total (ties keep the companies' order)."""
        return sorted(self.reports, key=lambda r: -r.score.total)


@dataclass
class BatchResult:
    """Everything a batch run produced."""

    companies: list[str]
    results: list[ResumeResult] = field(default_factory=list)
    failures: list[BatchFailure] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when at least one resume could not be processed."""
        return bool(self.failures)


def batch(
    resumes: Sequence[Path],
    companies: Sequence[str],
    *,
    out_dir: Path | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    profiles_dir: Path | None = None,
) -> BatchResult:
    """Match every resume to every company; with ``out_dir``, write the reports and a summary.

    ``jobs`` worker processes (default: one per CPU, at most one per resume; 1 runs in this process).
    Unknown companies raise :class:`~resume_tailor.errors.UnknownCompanyError` before any work.
    """
    profiles = _profiles(companies, profiles_dir)
    ids = [p.id for p in profiles]
    paths = [Path(p) for p in resumes]
    names = _output_names(paths)
    total = len(paths)
    workers = max(1, min(jobs or os.cpu_count() or 1, total))
    tasks = [
        _Task(path, names[i], tuple(ids), profiles_dir, out_dir is not None, detach=workers > 1)
        for i, path in enumerate(paths)
    ]
    outcomes: dict[int, ResumeResult | BatchFailure] = {}
    writer = _Writer(out_dir) if out_dir is not None else None

    by_id = {p.id: p for p in profiles}

    def record(index: int, outcome: ResumeResult | BatchFailure) -> None:
        if isinstance(outcome, ResumeResult):
            for report in outcome.reports:  # workers send a stub profile back (see run_task)
                report.company = by_id.get(report.company.id, report.company)
            if writer is not None:
                outcome.outputs = writer.write(outcome.rendered)
                outcome.rendered = []
        outcomes[index] = outcome
        if progress:
            progress(len(outcomes), total, paths[index].name)

    try:
        if workers == 1:
            if progress:
                progress(0, total, "")
            for i, task in enumerate(tasks):
                record(i, run_task(task))
        else:
            _run_parallel(tasks, workers, profiles_dir, progress, record)
    finally:
        if writer is not None:
            writer.close()

    result = BatchResult(companies=ids)
    for i in range(total):
        outcome = outcomes[i]
        if isinstance(outcome, BatchFailure):
            result.failures.append(outcome)
        else:
            result.results.append(outcome)
            result.outputs.extend(outcome.outputs)
    if out_dir is not None:
        result.outputs.extend(write_summary(result, out_dir))
    return result


def expand_resumes(patterns: Iterable[str]) -> list[Path]:
    """Resume files from files, folders (their resume files, not recursive) and glob patterns.

    Raises :class:`~resume_tailor.errors.InputFileError` for a path that does not exist and for no match.
    """
    found: list[Path] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES and not p.name.startswith(".")
                )
            )
        elif path.exists():
            found.append(path)
        elif glob.has_magic(pattern):
            matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
            found.extend(p for p in matches if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES)
        else:
            raise InputFileError(f"{pattern}: no such file or folder")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputFileError(f"no resume files ({', '.join(RESUME_SUFFIXES)}) in {' '.join(patterns)}")
    return unique


# --------------------------------------------------------------------------- workers


@dataclass(frozen=True)
class _Task:
    path: Path
    name: str
    companies: tuple[str, ...]
    profiles_dir: Path | None
    render: bool  # render the reports for writing (the parent process writes them)
    detach: bool = False  # replace each report's profile by a stub: the parent has the profiles


def run_task(task: _Task) -> ResumeResult | BatchFailure:
    """Parse one resume once, match it to every company and render its reports (runs in a worker)."""
    try:
        from resume_tailor.api import analyze_resume
        from resume_tailor.matching import match

        resume = analyze_resume(task.path)
        profiles = _profiles(task.companies, task.profiles_dir)
        reports = [match(resume, profile) for profile in profiles]
        outcome = ResumeResult(task.path, reports, task.name)
        if task.render:
            outcome.rendered = _render_reports(outcome)
        if task.detach:  # a profile pickles to ~50 KB; the parent puts its own copy back
            for report in reports:
                report.company = CompanyProfile(id=report.company.id, name=report.company.name)
        return outcome
    except TailorError as error:
        return BatchFailure(task.path, one_line(error), error.exit_code)
    except Exception as error:  # a bug in one resume's processing must not stop the batch
        return BatchFailure(task.path, f"internal error: {type(error).__name__}: {one_line(error)}", 1)


def _warm(companies: tuple[str, ...], profiles_dir: Path | None) -> None:
    """Build the heavy objects once: profiles, the skills matcher, the matcher's lexicons.

    Runs in the parent before forking (the workers inherit everything), or as each worker's
    initializer where processes are not forked.
    """
    try:
        from resume_tailor.matching import match
        from resume_tailor.models import Resume
        from resume_tailor.skills import extract_skills

        extract_skills("Python and SQL")
        for profile in _profiles(companies, profiles_dir):
            match(Resume(text="Python"), profile)
    except Exception:  # noqa: S110 - a failure here resurfaces, with its message, in run_task
        pass


def _context() -> BaseContext | None:
    """Fork on Linux: workers start with the parent's warm caches, shared copy-on-write."""
    import multiprocessing
    import sys

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _run_parallel(
    tasks: list[_Task],
    workers: int,
    profiles_dir: Path | None,
    progress: Progress | None,
    record: Callable[[int, ResumeResult | BatchFailure], None],
) -> None:
    companies = tasks[0].companies
    context = _context()
    if context is not None:
        _warm(companies, profiles_dir)
    started = (lambda: progress(0, len(tasks), "")) if progress else None
    broken = _run_pool(tasks, list(range(len(tasks))), workers, context, profiles_dir, record, started)
    # A worker that dies (a crash in a PDF library, the OOM killer) breaks the whole pool: retry each
    # unfinished resume alone, so only the one that kills its worker is reported.
    for index in broken:
        if _run_pool(tasks, [index], 1, context, profiles_dir, record):
            record(
                index, BatchFailure(tasks[index].path, "the worker process died while reading this file", 1)
            )


def _run_pool(
    tasks: list[_Task],
    indexes: list[int],
    workers: int,
    context: BaseContext | None,
    profiles_dir: Path | None,
    record: Callable[[int, ResumeResult | BatchFailure], None],
    started: Callable[[], None] | None = None,
) -> list[int]:
    """Run ``tasks[indexes]`` in a process pool; return the indexes lost to a broken pool.

    ``started`` is called once every worker exists (a progress bar's thread must not be forked).
    """
    from concurrent.futures.process import BrokenProcessPool

    warm_in_worker = context is None
    broken: list[int] = []
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_warm if warm_in_worker else None,  # type: ignore[arg-type]
        initargs=(tasks[0].companies, profiles_dir) if warm_in_worker else (),  # type: ignore[arg-type]
    ) as pool:
        futures = {pool.submit(run_task, tasks[i]): i for i in indexes}
        if started:
            started()
        for future in as_completed(futures):
            index = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                broken.append(index)
                continue
            except Exception as error:  # e.g. a result that could not be sent back
                outcome = BatchFailure(
                    tasks[index].path, f"internal error: {type(error).__name__}: {error}", 1
                )
            record(index, outcome)
    return sorted(broken)


def _profiles(companies: Sequence[str], profiles_dir: Path | None) -> list[CompanyProfile]:
    """The profiles of ``companies`` (deduplicated, in order).

    No cache of our own: the loader keeps parsed profiles keyed by file modification time, so a
    profile edited between two batches in one process is read again.
    """
    from resume_tailor.companies import load_profile

    names = [c.strip() for c in companies if c.strip()]
    if not names:
        raise UsageError("no company given; e.g. --companies google,amazon,meta,netflix")
    out: dict[str, CompanyProfile] = {}
    for name in names:
        profile = load_profile(name, profiles_dir=profiles_dir)
        out.setdefault(profile.id, profile)
    return list(out.values())


# --------------------------------------------------------------------------- outputs


def _output_names(paths: list[Path]) -> list[str]:
    """A distinct, file-system-safe stem per resume (``cv``, ``cv-2`` for a second ``cv.pdf``)."""
    names: list[str] = []
    seen: set[str] = set()
    for path in paths:
        # no leading "-": a file name that is neither a command-line option nor a spreadsheet formula
        base = re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem).strip("._-") or "resume"
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base}-{n}"
        seen.add(name.casefold())
        names.append(name)
    return names


def _render_reports(outcome: ResumeResult) -> list[tuple[str, str]]:
    """(file name, content) of every report of one resume, and of its comparison across companies."""
    from resume_tailor.report.batch_summary import report_file
    from resume_tailor.report.comparison import render_comparison
    from resume_tailor.report.html import render_html
    from resume_tailor.report.json_report import render_json
    from resume_tailor.report.markdown import render_markdown

    files = []
    for report in outcome.reports:
        files.append((report_file(outcome.name, report.company.id, "md"), render_markdown(report)))
        # compact JSON: the C encoder is 3x faster than an indented dump
        files.append((report_file(outcome.name, report.company.id, "json"), render_json(report, indent=None)))
        files.append((report_file(outcome.name, report.company.id, "html"), render_html(report)))
    comparison = render_comparison(outcome.reports, "md", title=outcome.path.name)
    files.append((report_file(outcome.name, "comparison", "md"), comparison))
    return files


class _Writer:
    """Writes files atomically on a few threads, so fsync waits overlap the workers' CPU time."""

    def __init__(self, out_dir: Path, threads: int = 4) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.out_dir = out_dir
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot create {out_dir}: {error.strerror or error}") from None
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="tailor-write")
        self.pending: list[Future[None]] = []

    def write(self, files: list[tuple[str, str]]) -> list[Path]:
        paths = [self.out_dir / name for name, _ in files]
        self.pending += [
            self.pool.submit(atomic_write_text, path, text)
            for path, (_, text) in zip(paths, files, strict=True)
        ]
        return paths

    def close(self) -> None:
        """Wait for every write; a failed one raises UsageError naming the file."""
        self.pool.shutdown(wait=True)
        for future in self.pending:
            error = future.exception()
            if isinstance(error, OSError):
                raise UsageError(f"cannot write {error.filename or self.out_dir}: {error.strerror or error}")
            if error is not None:
                raise error


def write_summary(result: BatchResult, out_dir: Path) -> list[Path]:
    """Write ``summary.csv`` (one row per resume and company, or per failed resume) and ``index.html``."""
    from resume_tailor.report.batch_summary import index_html, summary_csv

    csv_path, index_path = out_dir / "summary.csv", out_dir / "index.html"
    atomic_write_text(csv_path, summary_csv(result))
    atomic_write_text(index_path, index_html(result))
    return [csv_path, index_path]
