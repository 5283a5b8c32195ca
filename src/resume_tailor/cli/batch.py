"""`tailor batch RESUMES... --companies google,amazon,...`: many resumes, a shortlist of companies.

Only typer and the standard library are imported here; the work happens in resume_tailor.batch.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from resume_tailor.errors import BatchPartialFailure, UsageError

DEFAULT_COMPANIES = "google,amazon,meta,netflix"


class BatchFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the ``batch`` command to ``app``."""
    app.command("batch")(batch_command)


def batch_command(
    resumes: list[str] = typer.Argument(
        ..., metavar="RESUMES...", help="Resume files, folders or glob patterns (quote globs)."
    ),
    companies: str = typer.Option(
        DEFAULT_COMPANIES, "--companies", "--company", "-c", help="Comma-separated companies."
    ),
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        file_okay=False,
        help="Write one report per resume and company, summary.csv and index.html.",
    ),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: CPUs)."),
    output_format: BatchFormat = typer.Option(
        BatchFormat.text, "--format", "-f", help="How to print the comparison."
    ),
    profiles: Path | None = typer.Option(None, "--profiles", help="Extra folder of company profiles."),
) -> None:
    """Compare resumes across companies: ranked totals, components, and the top three changes for each."""
    from resume_tailor.batch import batch, expand_resumes

    if profiles is not None and not profiles.is_dir():
        raise UsageError(f"--profiles {profiles}: not a folder")
    names = [c.strip() for c in companies.split(",") if c.strip()]
    paths = expand_resumes(resumes)
    with _ProgressBar(len(paths)) as bar:
        result = batch(paths, names, out_dir=out, jobs=jobs, progress=bar.update, profiles_dir=profiles)
    if out is not None:
        count = sum(len(r.reports) for r in result.results)
        typer.echo(
            f"wrote {count} reports for {len(result.results)} resumes to {out} (summary.csv, index.html)",
            err=True,
        )
    else:
        _print(result, output_format)
    for failure in result.failures:
        typer.echo(f"tailor: skipped {failure.describe()}", err=True)
    if result.failed:
        raise BatchPartialFailure(
            f"{len(result.failures)} of {len(paths)} resumes failed (listed above); the others were processed"
        )


def _print(result: Any, output_format: BatchFormat) -> None:
    from resume_tailor.report.comparison import comparison_to_dict, print_comparison, render_comparison

    if output_format is BatchFormat.json:
        data = {
            "companies": result.companies,
            "resumes": [
                comparison_to_dict(r.reports, r.path.name) | {"path": str(r.path)} for r in result.results
            ],
            "failures": [
                {"path": str(f.path), "error": f.message, "exit_code": f.exit_code} for f in result.failures
            ],
        }
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for i, item in enumerate(result.results):
        if i:
            typer.echo("")
        if output_format is BatchFormat.md:
            typer.echo(render_comparison(item.reports, "md", title=item.path.name), nl=False)
        else:
            print_comparison(item.reports, title=item.path.name)


class _ProgressBar:
    """A rich progress bar on stderr, started only once the work is queued (and only on a terminal)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> _ProgressBar:
        return self

    def update(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            if not sys.stderr.isatty() or total < 2:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("resumes"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("", total=total)
        self.progress.update(self.task, completed=done, description=name)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
