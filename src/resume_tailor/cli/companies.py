"""``tailor companies [list | show NAME | validate FILE | template]`` and ``tailor posting FILE``.

Each command maps its options onto one call of :mod:`resume_tailor.companies` or
:mod:`resume_tailor.postings` and prints the result. Errors are resume_tailor.errors exceptions
(ProfileError exits 4, UnknownCompanyError 2, PostingError 3); the command group prints them as one
line. The library is imported inside the commands to keep ``tailor --help`` fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from resume_tailor.cli.shared import PROFILES_HELP, profiles_folder

companies_app = typer.Typer(
    help="List, show and validate company profiles; print the template for a new one.",
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    """Add the ``companies`` command group and the ``posting`` command to ``app``."""
    app.add_typer(companies_app, name="companies")
    app.command("posting")(posting_command)


def _folder(path: Path | None, ctx: typer.Context | None = None) -> Path | None:
    """The ``--profiles`` folder: the subcommand's own option, else the group's
    (``tailor companies --profiles DIR show acme`` works like ``companies show acme --profiles DIR``)."""
    if path is None and ctx is not None and isinstance(ctx.obj, dict):
        path = ctx.obj.get("profiles")
    return profiles_folder(path)


@companies_app.callback()
def companies_default(
    ctx: typer.Context,
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
) -> None:
    """Company profiles. Without a subcommand, lists the known companies."""
    ctx.obj = {"profiles": profiles}
    if ctx.invoked_subcommand is None:
        list_command(ctx, profiles=profiles, as_json=False)


@companies_app.command("list")
def list_command(
    ctx: typer.Context,
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the known companies: id, name, number of values and where the profile comes from."""
    from resume_tailor.companies import list_profiles
    from resume_tailor.report.profile_view import render_profile_list
    from resume_tailor.storage import user_profiles_dir

    found = list_profiles(_folder(profiles, ctx))
    if as_json:
        rows = [{"id": p.id, "name": p.name, "aliases": p.aliases,
                 "values": len(p.current_values()), "path": p.path} for p in found]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    typer.echo(render_profile_list(found, user_profiles_dir()))


@companies_app.command("show")
def show_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Company id, name or alias, e.g. amazon."),
    profiles: Path | None = typer.Option(None, "--profiles", help=PROFILES_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the whole profile as JSON."),
) -> None:
    """Show a company's values, interview process, resume conventions and skill demand."""
    from resume_tailor.companies import load_profile, profile_to_dict

    profile = load_profile(name, _folder(profiles, ctx))
    if as_json:
        typer.echo(json.dumps(profile_to_dict(profile), indent=2, ensure_ascii=False))
        return
    from resume_tailor.report.profile_view import render_profile

    typer.echo(render_profile(profile))

@companies_app.command("validate")
def validate_command(
    file: Path = typer.Argument(..., help="Profile YAML to check."),
) -> None:
    """Check a profile file; on failure print one line naming the file, line and field (exit 4)."""
    from resume_tailor.companies import validate_profile_file

    profile = validate_profile_file(file)
    typer.echo(f"ok: {file} ({profile.id}: {len(profile.current_values())} values, "
               f"{len(profile.role_families)} role families)")


@companies_app.command("template")
def template_command() -> None:
    """Print the documented template for a new company profile."""
    from resume_tailor.companies import profile_template

    typer.echo(profile_template(), nl=False)


def posting_command(
    file: Path = typer.Argument(
        ..., help="Job posting: PDF, DOCX, text, Markdown, HTML or JSON (sniffed by content)."
    ),
    compact: bool = typer.Option(False, "--compact", help="One-line JSON."),
) -> None:
    """Parse a job posting and print it as JSON: title, company, responsibilities, required, preferred..."""
    from resume_tailor.postings import parse_posting, posting_to_dict

    data: dict[str, Any] = posting_to_dict(parse_posting(file))
    typer.echo(json.dumps(data, indent=None if compact else 2, ensure_ascii=False))
