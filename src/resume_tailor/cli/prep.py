"""`tailor prep RESUME --company X [--job FILE|URL]`: interview preparation as Markdown, HTML or JSON.

Only typer and the standard library are imported here; the work happens in resume_tailor.prep.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from resume_tailor.cli.shared import PROFILES_HELP, profiles_folder
from resume_tailor.errors import UsageError


class PrepFormat(str, Enum):
    md = "md"
    html = "html"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the ``prep`` command to ``app``."""
    app.command("prep")(prep_command)


def prep_command(
    resume: Path = typer.Argument(..., metavar="RESUME", help="Resume file: PDF, DOCX, TXT or Markdown."),
    company: str = typer.Option(..., "--company", "-c", help="Company, e.g. amazon."),
    job: str | None = typer.Option(None, "--job", "-j", help="A job posting: file, or URL (fetched)."),
    output_format: PrepFormat = typer.Option(PrepFormat.md, "--format", "-f", help="Output format."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file instead of printing."),
    role: str | None = typer.Option(None, "--role", help="Role family, e.g. software_engineering."),
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
    offline: bool = typer.Option(
        False, "--offline", envvar="RESUME_TAILOR_OFFLINE", help="Refuse all network access."
    ),
) -> None:
    """Prepare for COMPANY's interviews: STAR stories from your resume, questions, topics, a checklist."""
    from resume_tailor.api import tailor
    from resume_tailor.companies import load_profile
    from resume_tailor.prep import prepare_interview, render_prep

    profiles = profiles_folder(profiles)
    load_profile(company, profiles_dir=profiles)  # an unknown company fails before any parsing
    report = tailor(resume, company, job=job, role=role, profiles_dir=profiles, offline=offline)
    text = render_prep(prepare_interview(report), output_format.value)
    if out is None:
        typer.echo(text, nl=False)
        return
    from resume_tailor.storage import atomic_write_text

    try:
        atomic_write_text(out, text)
    except OSError as error:
        raise UsageError(f"cannot write {out}: {error.strerror or error}") from None
    typer.echo(f"wrote {out}", err=True)
