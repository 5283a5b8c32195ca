"""The `tailor` command line: a thin client of the resume_tailor library.

``tailor RESUME --company NAME`` is the default command; the other commands are subcommands. This
module only parses options, calls the library, renders, and maps resume_tailor.errors to exit codes.
Heavy libraries are imported inside the commands so that ``tailor --help`` stays fast.
"""

from __future__ import annotations

import difflib
import importlib
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from resume_tailor import __version__
from resume_tailor.cli.shared import PROFILES_HELP, profiles_folder
from resume_tailor.errors import TailorError, UsageError, one_line
from resume_tailor.limits import MAX_PAGES

DEFAULT_COMMAND = "tailor"
# modules under resume_tailor.cli that add their own commands through register(app)
COMMAND_MODULES = ("companies", "batch", "prep", "scrape")


class DefaultCommandGroup(TyperGroup):
    """Routes ``tailor RESUME ...`` to the default command and maps library errors to exit codes."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        group_options = {o for p in self.get_params(ctx) for o in (*p.opts, *p.secondary_opts)}
        if args and args[0] not in self.commands and args[0] not in group_options:
            _refuse_mistyped_command(args[0], list(self.commands))
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TailorError as error:
            typer.echo(f"tailor: error: {one_line(error)}", err=True)
            raise typer.Exit(error.exit_code) from None


def _refuse_mistyped_command(word: str, commands: list[str]) -> None:
    """``tailor scrap amazon`` should say "did you mean scrape", not "file 'scrap' does not exist"."""
    if word.startswith("-") or os.path.exists(word) or "." in word or "/" in word:
        return
    close = difflib.get_close_matches(word, [c for c in commands if c != DEFAULT_COMMAND], n=1, cutoff=0.7)
    if close:
        typer.echo(f"tailor: error: no such command {word!r}; did you mean {close[0]!r}? "
                   "(see 'tailor --help')", err=True)
        raise typer.Exit(2)


app = typer.Typer(
    cls=DefaultCommandGroup,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: importing rich for it would double the start-up time
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Tailor a resume to a company.\n\nUsage: tailor RESUME --company NAME  |  tailor COMMAND ...",
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"tailor {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Tailor a resume to a company: scores with reasons, gaps and line-by-line suggestions."""


class OutputFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


def _write_or_print(content: str, out: Path | None) -> None:
    if out is None:
        typer.echo(content)
        return
    from resume_tailor.storage import atomic_write_text

    try:
        atomic_write_text(out, content if content.endswith("\n") else content + "\n")
    except OSError as error:
        raise UsageError(f"cannot write {out}: {error.strerror or error}") from None
    typer.echo(f"wrote {out}", err=True)


def _output_path(option: str, value: str | None, inputs: tuple[str | None, ...]) -> Path | None:
    """Check an output option before any work: not a folder, and never one of the inputs.

    ``--annotate x/`` names a folder (the trailing slash says so) and is refused instead of
    writing a file ``x``; an existing folder is refused; a path that is the same file as an input
    (the same path, or a hard or symbolic link to it: ``os.path.samefile``) is refused, so a report
    can never replace the resume it was made from.
    """
    if value is None:
        return None
    if not value.strip():
        raise UsageError(f"{option}: give a file name")
    path = Path(value).expanduser()
    if value.endswith(("/", os.sep)) or path.is_dir():
        raise UsageError(f"{option} {value}: is a folder; give a file name, e.g. {option} report.md")
    for source in inputs:
        if source is None or source.startswith(("http://", "https://")):
            continue
        try:
            same = os.path.samefile(path, source)
        except OSError:  # one of them does not exist (yet)
            same = os.path.abspath(path) == os.path.abspath(Path(source).expanduser())
        if same:
            raise UsageError(f"refusing to overwrite the input {source} with {option}; give a new file name")
    return path


@app.command(DEFAULT_COMMAND)
def tailor_command(
    resume: Path = typer.Argument(..., help="Resume file: PDF, DOCX, TXT or Markdown."),
    company: str = typer.Option(..., "--company", "-c", help="Company, e.g. amazon."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    out_name: str | None = typer.Option(None, "--out", "-o", help="Write the report to this file."),
    job: str | None = typer.Option(None, "--job", "-j", help="A job posting: file, or URL (fetched)."),
    role: str | None = typer.Option(None, "--role", help="Role family, e.g. software_engineering."),
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
    annotate_name: str | None = typer.Option(None, "--annotate",
                                             help="Write a commented copy of a DOCX resume."),
    offline: bool = typer.Option(False, "--offline", envvar="RESUME_TAILOR_OFFLINE",
                                 help="Refuse all network access."),
    max_pages: int = typer.Option(MAX_PAGES, "--max-pages", min=1, help="Refuse PDFs with more pages."),
) -> None:
    """Score RESUME for COMPANY and say what to change (the default command)."""
    from resume_tailor.api import tailor
    from resume_tailor.companies import load_profile

    inputs = (str(resume), job)
    out = _output_path("--out", out_name, inputs)
    annotate = _output_path("--annotate", annotate_name, (*inputs, out_name))
    profiles_dir = profiles_folder(profiles)
    load_profile(company, profiles_dir=profiles_dir)  # an unknown company fails before any parsing
    report = tailor(resume, company, job=job, role=role, profiles_dir=profiles_dir, offline=offline,
                    max_pages=max_pages)
    from resume_tailor import report as render

    if annotate is not None:
        if report.resume.file_type != "docx":
            raise UsageError("--annotate needs a DOCX resume")
        count = render.annotate_docx(report, resume, annotate)
        typer.echo(f"wrote {annotate} with {count} comments", err=True)
    if output_format is OutputFormat.text and out is None:
        render.print_report(report)
        return
    _write_or_print(render.render(report, output_format.value), out)


@app.command("parse")
def parse_command(
    resume: Path = typer.Argument(..., help="Resume file: PDF, DOCX, TXT or Markdown."),
    skills: bool = typer.Option(True, "--skills/--no-skills", help="Also extract skills."),
    max_pages: int = typer.Option(MAX_PAGES, "--max-pages", min=1, help="Refuse PDFs with more pages."),
    out_name: str | None = typer.Option(None, "--out", "-o", help="Write the JSON to this file."),
    explain: bool = typer.Option(
        False, "--explain", help="Print each line with its column, heading decision and section instead."
    ),
) -> None:
    """Print the parsed resume as JSON (contact, sections, experience, education, skills)."""
    from resume_tailor.resume import explain_resume, parse_resume
    from resume_tailor.resume.serialize import resume_to_dict

    out = _output_path("--out", out_name, (str(resume),))
    if explain:
        _write_or_print("\n".join(explain_resume(resume, max_pages=max_pages)), out)
        return
    parsed = parse_resume(resume, max_pages=max_pages)
    if skills:
        from resume_tailor.limits import check_mentions
        from resume_tailor.skills import annotate_skills

        parsed = check_mentions(annotate_skills(parsed), resume.name)
    _write_or_print(json.dumps(resume_to_dict(parsed), indent=2, ensure_ascii=False), out)


@app.command("skills")
def skills_command(
    resume: Path | None = typer.Argument(None, help="Resume file (or use --text)."),
    text: str | None = typer.Option(None, "--text", "-t", help="Extract skills from this text instead."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List the skills in a resume (listed, demonstrated, years of use) or in a piece of text."""
    if (resume is None) == (text is None):
        raise UsageError("give either a RESUME file or --text \"...\"")
    from resume_tailor.report import skills_view

    if text is not None:
        from resume_tailor.skills import extract_skills

        mentions = extract_skills(text)
        if as_json:
            typer.echo(json.dumps(skills_view.mention_rows(mentions), indent=2, ensure_ascii=False))
        else:
            skills_view.print_mentions(mentions)
        return
    from resume_tailor.api import analyze_resume
    from resume_tailor.limits import check_mentions

    assert resume is not None
    parsed = check_mentions(analyze_resume(resume), resume.name)
    if as_json:
        from resume_tailor.resume.serialize import resume_to_dict

        typer.echo(json.dumps(resume_to_dict(parsed)["skills"], indent=2, ensure_ascii=False))
    else:
        skills_view.print_resume_skills(parsed.skills)


def register_commands(app: typer.Typer, names: tuple[str, ...] = COMMAND_MODULES) -> None:
    """Add the commands of each ``resume_tailor.cli.<name>`` module to ``app``.

    A missing module is a packaging bug: it raises (ModuleNotFoundError) instead of silently
    dropping a command.
    """
    for name in names:
        importlib.import_module(f"resume_tailor.cli.{name}").register(app)


register_commands(app)


def main() -> None:
    """Entry point of the ``tailor`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("tailor: interrupted", err=True)
        sys.exit(130)
    except TailorError as error:  # raised outside a command (e.g. while routing)
        typer.echo(f"tailor: error: {one_line(error)}", err=True)
        sys.exit(error.exit_code)
    except Exception as error:  # a bug: one line, and the traceback on request
        if os.environ.get("RESUME_TAILOR_DEBUG"):
            raise
        typer.echo(f"tailor: internal error: {type(error).__name__}: {one_line(error)} "
                   "(set RESUME_TAILOR_DEBUG=1 for the traceback, and please report it)", err=True)
        sys.exit(1)
