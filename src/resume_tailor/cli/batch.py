"""`tailor batch RESUMES... --companies google,amazon,...`: many resumes, a shortlist of companies.

Only typer and the standard library are imported here; the work happens in resume_tailor.batch.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from resume_tailor.cli.shared import PROFILES_HELP, profiles_folder
from resume_tailor.errors import BatchPartialFailure

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
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
) -> None:
    """Compare resumes across companies: ranked totals, components, and the top three changes for each."""
    from resume_tailor.batch import batch, expand_resumes

    profiles = profiles_folder(profiles)
    names = [c.strip() for c in companies.split(",") if c.strip()]
    paths = expand_resumes(resumes)
    from resume_tailor.report.progress import ProgressBar

    with ProgressBar("resumes", min_total=2) as bar:
        result = batch(paths, names, out_dir=out, jobs=jobs, progress=bar, profiles_dir=profiles)
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
