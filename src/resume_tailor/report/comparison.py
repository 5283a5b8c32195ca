"""One resume compared across companies: ranked totals, a component table, the top changes for each.

Reads the per-company Reports only; nothing is re-scored.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import UsageError
from resume_tailor.models import Report
from resume_tailor.report import view
from resume_tailor.report.markdown import inline

if TYPE_CHECKING:
    from rich.console import Console

#: Changes shown per company.
TOP_CHANGES = 3
FORMATS = ("text", "md", "json")


def ranked(reports: list[Report]) -> list[Report]:
    """Reports from best to worst total (ties keep the given order)."""
    return sorted(reports, key=lambda r: -r.score.total)


def top_changes(report: Report, count: int = TOP_CHANGES) -> list[tuple[str, str | None]]:
    """The ``count`` most valuable changes as (advice, quoted line): suggestions by priority, then gaps."""
    chosen: list[tuple[str, str | None]] = [
        (s.advice, s.line) for s in sorted(report.suggestions, key=lambda s: -s.priority)
    ][:count]
    for gap in report.gaps:
        if len(chosen) >= count:
            break
        chosen.append((f"{gap.name}: {gap.detail}", None))
    return chosen


def component_columns(reports: list[Report]) -> list[tuple[str, str]]:
    """(id, name) of every component, in the order the first report that has it lists it."""
    columns: dict[str, str] = {}
    for report in reports:
        for c in report.score.components:
            columns.setdefault(c.id, c.name)
    return list(columns.items())


def comparison_to_dict(reports: list[Report], title: str | None = None) -> dict[str, Any]:
    """The comparison as JSON-ready data."""
    return {
        "resume": title or _title(reports),
        "companies": [
            {
                "rank": rank,
                "id": r.company.id,
                "name": r.company.name,
                "total": r.score.total,
                "band": r.score.band,
                "components": {c.id: c.score for c in r.score.components},
                "top_changes": [{"advice": a, "line": line} for a, line in top_changes(r)],
            }
            for rank, r in enumerate(ranked(reports), 1)
        ],
    }


def render_comparison(reports: list[Report], fmt: str, title: str | None = None) -> str:
    """The comparison as ``"text"`` (plain), ``"md"`` or ``"json"``."""
    if fmt == "json":
        return json.dumps(comparison_to_dict(reports, title), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return _markdown(reports, title)
    if fmt == "text":
        from rich.console import Console

        buffer = io.StringIO()
        print_comparison(
            reports,
            Console(
                file=buffer,
                width=100,
                color_system=None,
                force_terminal=False,
                no_color=True,
                highlight=False,
                emoji=False,
            ),
            title,
        )
        return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
    raise UsageError(f"unknown comparison format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def print_comparison(reports: list[Report], console: Console | None = None, title: str | None = None) -> None:
    """Print the comparison with rich (a table; lists on narrow terminals)."""
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    out = console if console is not None else Console(highlight=False)
    order = ranked(reports)
    columns = component_columns(order)
    out.print(Text(f"{title or _title(reports)} — compared across {len(order)} companies", style="bold"))
    if out.width >= 72:
        table = Table(header_style="bold")
        table.add_column("#", justify="right")
        table.add_column("Company")
        table.add_column("Total", justify="right")
        table.add_column("Band")
        for _, name in columns:
            table.add_column(name, justify="right")
        for rank, r in enumerate(order, 1):
            scores = {c.id: view.fmt_score(c.score) for c in r.score.components}
            table.add_row(
                str(rank),
                Text(r.company.name),
                view.fmt_score(r.score.total),
                Text(r.score.band),
                *(scores.get(cid, "") for cid, _ in columns),
            )
        out.print(table)
    else:
        for rank, r in enumerate(order, 1):
            parts = ", ".join(f"{c.name} {view.fmt_score(c.score)}" for c in r.score.components)
            out.print(
                Text(
                    f"{rank}. {r.company.name}: {view.fmt_score(r.score.total)} ({r.score.band})",
                    style="bold",
                )
            )
            out.print(Padding(Text(parts), (0, 0, 0, 3), expand=False))
    for r in order:
        out.print()
        out.print(Text(f"Top changes for {r.company.name}", style="bold"))
        for number, (advice, line) in enumerate(top_changes(r), 1):
            out.print(Padding(Text(f"{number}. {advice}"), (0, 0, 0, 2), expand=False))
            if line:
                out.print(Padding(Text(f'> "{line}"', style="cyan"), (0, 0, 0, 5), expand=False))


def _markdown(reports: list[Report], title: str | None) -> str:
    order = ranked(reports)
    columns = component_columns(order)
    lines = [
        f"# {inline(title or _title(reports))} — compared across {len(order)} companies",
        "",
        "| # | Company | Total | Band | " + " | ".join(inline(n) for _, n in columns) + " |",
        "|---:|---|---:|---|" + "---:|" * len(columns),
    ]
    for rank, r in enumerate(order, 1):
        scores = {c.id: view.fmt_score(c.score) for c in r.score.components}
        lines.append(
            f"| {rank} | {inline(r.company.name)} | {view.fmt_score(r.score.total)} | "
            f"{inline(r.score.band)} | " + " | ".join(scores.get(cid, "") for cid, _ in columns) + " |"
        )
    for r in order:
        lines += ["", f"## Top changes for {inline(r.company.name)}", ""]
        for number, (advice, line) in enumerate(top_changes(r), 1):
            lines.append(f"{number}. {inline(advice)}" + (f" — “{inline(line)}”" if line else ""))
    return "\n".join(lines) + "\n"


def _title(reports: list[Report]) -> str:
    if not reports:
        return "Resume"
    resume = reports[0].resume
    return resume.contact.name or resume.source or "Resume"
