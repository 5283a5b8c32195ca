"""``tailor scrape COMPANY``: refresh postings (or check the values page) from a careers site.

Options map one-to-one onto :func:`resume_tailor.scrape.scrape_postings` and
:func:`resume_tailor.scrape.scrape_values`; errors are resume_tailor.errors exceptions, which the
command group prints as one line with their exit code (5 for network refusals and failures).
"""

from __future__ import annotations

from pathlib import Path

import typer

HELP = """Fetch postings of COMPANY (amazon, netflix, google, meta) into the user data folder.

Postings go to <data dir>/postings/COMPANY.jsonl (one JSON object per line, de-duplicated by id,
with the fetch time). --values instead reads the company's values page and prints how it differs
from the bundled profile (which is never modified); --write PATH saves a proposal YAML.

Network rules: robots.txt is honoured, at least 1 s between requests to a host
(RESUME_TAILOR_MIN_INTERVAL), responses cached in <cache dir>/http. --offline or
RESUME_TAILOR_OFFLINE=1 refuses all network access. --base-url (or RESUME_TAILOR_<COMPANY>_BASE_URL)
replaces the site's origin, e.g. for a mirror or a local test server.
"""


def register(app: typer.Typer) -> None:
    """Add the ``scrape`` command to ``app``."""
    app.command("scrape", help=HELP)(scrape_command)


def scrape_command(
    company: str = typer.Argument(..., help="Careers site: amazon, netflix, google or meta."),
    query: str | None = typer.Option(None, "--query", "-q", help="Search keywords."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=10_000, help="Most postings to fetch."),
    location: str | None = typer.Option(
        None, "--location", help="Location filter (amazon, netflix, google)."
    ),
    category: str | None = typer.Option(None, "--category", help="Category/team filter (amazon, netflix)."),
    base_url: str | None = typer.Option(
        None,
        "--base-url",
        help="Replace the site's origin (mirror/test server); env RESUME_TAILOR_<COMPANY>_BASE_URL.",
    ),
    offline: bool = typer.Option(
        False, "--offline", help="Refuse all network access (env RESUME_TAILOR_OFFLINE=1)."
    ),
    values: bool = typer.Option(False, "--values", help="Diff the values page against the bundled profile."),
    url: str | None = typer.Option(None, "--url", help="With --values: the values page to read."),
    write: Path | None = typer.Option(None, "--write", help="With --values: write a proposal YAML here."),
) -> None:
    """Fetch postings or check the values page of one company."""
    from resume_tailor.errors import UsageError

    if write is not None and not values:
        raise UsageError("--write needs --values")
    if values:
        _values(company, url=url, base_url=base_url, offline=offline, write=write)
        return
    from resume_tailor.report.progress import ProgressBar
    from resume_tailor.scrape import scrape_postings

    with ProgressBar("scrape") as report:
        summary = scrape_postings(
            company,
            query=query,
            limit=limit,
            base_url=base_url,
            offline=offline,
            progress=report,
            location=location,
            category=category,
        )
    typer.echo(summary.line())
    for note in summary.notes:
        typer.echo(f"note: {note}", err=True)
    for reason in summary.skipped:
        typer.echo(f"skipped: {reason}", err=True)
    if summary.fetched == 0:
        typer.echo(f"{summary.company}: no postings matched", err=True)


def _values(
    company: str, *, url: str | None, base_url: str | None, offline: bool, write: Path | None
) -> None:
    from resume_tailor.scrape import scrape_values

    diff = scrape_values(company, url=url, base_url=base_url, offline=offline, write=write)
    for line in diff.lines():
        typer.echo(line)
    if write is not None:
        typer.echo(f"wrote proposal {write} (the bundled profile is unchanged)", err=True)
