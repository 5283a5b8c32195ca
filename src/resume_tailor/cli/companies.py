"""``tailor companies [list | show NAME | validate FILE | template]`` and ``tailor posting FILE``.

Each command maps its options onto one call of :mod:`resume_tailor.companies` or
:mod:`resume_tailor.postings` and prints the result. Errors are resume_tailor.errors exceptions
(ProfileError exits 4, UnknownCompanyError 2, PostingError 3); the command group prints them as one
line. The library is imported inside the commands to keep ``tailor --help`` fast.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from resume_tailor.models import CompanyProfile

PROFILES_HELP = "Extra folder of company profiles (overrides bundled and user ones with the same id)."

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
    from resume_tailor.errors import UsageError

    if path is None and ctx is not None and isinstance(ctx.obj, dict):
        path = ctx.obj.get("profiles")
    if path is not None and not path.is_dir():
        raise UsageError(f"--profiles {path}: not a folder")
    return path


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
    from resume_tailor.storage import user_profiles_dir

    found = list_profiles(_folder(profiles, ctx))
    if as_json:
        rows = [{"id": p.id, "name": p.name, "aliases": p.aliases,
                 "values": len(p.current_values()), "path": p.path} for p in found]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(p.id) for p in found), default=2)
    for p in found:
        typer.echo(f"{p.id:<{width}}  {p.name:<10} {len(p.current_values()):>2} values  {p.path}")
    typer.echo(f"\nAdd your own: {user_profiles_dir()}/<id>.yaml (see 'tailor companies template').")


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
    typer.echo(render_profile(profile))


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent=indent, subsequent_indent=indent)


def render_profile(profile: CompanyProfile) -> str:
    """A readable plain-text view of a profile."""

    out: list[str] = [f"{profile.name} ({profile.id})"]
    aliases = profile.aliases
    if aliases:
        out.append(f"also known as: {', '.join(aliases)}")
    out += [f"careers: {profile.careers_url or '-'}", f"values:  {profile.values_url or '-'}", ""]
    out.append(f"VALUES ({len(profile.current_values())} scored)")
    for number, value in enumerate(profile.current_values(), 1):
        out.append(f"{number:2}. {value.name}")
        out.append(_wrap(value.summary, "    "))
        more = " ..." if len(value.signals) > 12 else ""
        out.append(_wrap("evidence: " + ", ".join(value.signals[:12]) + more, "    "))
    old = [v for v in profile.values if v.historical]
    if old:
        out.append(f"historical (not scored): {', '.join(v.name for v in old)}")
    extra = profile.principles
    if extra:
        out += ["", "PRINCIPLES (context, not scored)"]
        out += [f"  - {p.name}: {p.summary}" for p in extra]
    interview = profile.interview
    if interview.format:
        out += ["", "INTERVIEW", _wrap(interview.format)]
        out += [f"  round: {r}" for r in interview.rounds]
        out += [f"  assessed: {a}" for a in interview.assessed]
        out += [f"  tip: {t}" for t in interview.tips]
    if profile.resume_conventions:
        out += ["", "RESUME CONVENTIONS"] + [f"  - {c}" for c in profile.resume_conventions]
    if profile.role_families:
        out += ["", "ROLE FAMILIES (share of postings asking for each skill)"]
        for family in profile.role_families:
            top = ", ".join(f"{d.skill} {d.share:.0%}" for d in family.skills[:10])
            line = f"  {family.name} [{family.id}] - {family.postings} postings"
            out.append(f"{line}: {top}" if top else line)
    w = profile.weights
    out += ["", f"WEIGHTS skills {w.skills:g}, values {w.values:g}, competencies {w.competencies:g}, "
                f"impact {w.impact:g}, ats {w.ats:g}"]
    if profile.questions_to_ask:
        out += ["", "QUESTIONS TO ASK"] + [f"  - {q}" for q in profile.questions_to_ask]
    out += ["", "SOURCES"] + [f"  {s.url} (retrieved {s.retrieved})" for s in profile.sources]
    return "\n".join(out)


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
