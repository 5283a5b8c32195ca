"""The terminal report (rich): score bar, components with reasons, skills, evidence, gaps, suggestions.

Colour follows rich's rules, so ``NO_COLOR`` in the environment (or a pipe) gives plain text. Below
:data:`NARROW` columns the tables fold into lists so nothing is cut off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_tailor.models import Assessment, Report
from resume_tailor.report import view

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

#: Narrower consoles than this get lists instead of tables.
NARROW = 72


def _score_style(score: float) -> str:
    """Colour of a score: green from 70, yellow from 50, red below."""
    return "green" if score >= 70 else "yellow" if score >= 50 else "red"


def print_report(report: Report, console: Console | None = None) -> None:
    """Print ``report`` to ``console`` (a new stdout console by default).

    >>> print_report(report)  # doctest: +SKIP
    """
    from rich.console import Console

    out = console if console is not None else Console(highlight=False)
    narrow = out.width < NARROW
    _header(out, report, narrow)
    _components(out, report, narrow)
    _skills(out, report, narrow)
    for heading, items in view.assessment_sections(report):
        _assessments(out, heading, items)
    _gaps(out, report, narrow)
    _suggestions(out, report)
    if report.summary_line:
        _rule(out, "Tailored summary line")
        out.print(_text(report.summary_line, "italic"))


def _text(value: str, style: str = "") -> Text:
    """User text as a rich Text (never parsed as markup: resume lines may contain brackets)."""
    from rich.text import Text

    return Text(value, style=style)


def _indented(out: Console, value: str, style: str = "", indent: int = 2) -> None:
    """Print user text with a hanging indent, so wrapped lines stay under their first line."""
    from rich.padding import Padding

    out.print(Padding(_text(value, style), (0, 0, 0, indent), expand=False))


def _rule(out: Console, heading: str) -> None:
    out.print()
    out.rule(_text(heading, "bold"), align="left")


def _header(out: Console, report: Report, narrow: bool) -> None:
    from rich.text import Text

    out.print(_text(view.title(report), "bold"))
    out.print(_text(view.target(report), "dim"))
    width = max(10, min(view.BAR_WIDTH, out.width - 30)) if narrow else view.BAR_WIDTH
    style = _score_style(report.score.total)
    line = Text.assemble(
        ("Score ", "bold"),
        (f"{view.fmt_score(report.score.total)}/100 ", style),
        (view.bar(report.score.total, width), style),
        " ",
        (report.score.band, style),
    )
    out.print(line)
    for reason in report.score.reasons:
        _indented(out, reason, "dim")


def _components(out: Console, report: Report, narrow: bool) -> None:
    from rich.table import Table

    _rule(out, "Score components")
    if narrow:
        for c in report.score.components:
            out.print(
                _text(f"{c.name}: {view.fmt_score(c.score)} (weight {view.fmt_weight(c.weight)})", "bold")
            )
            for reason in c.reasons:
                _indented(out, f"- {reason}")
        return
    table = Table(show_lines=False, expand=False, header_style="bold")
    table.add_column("Component", no_wrap=True)
    table.add_column("Score", justify="right")
    table.add_column("", no_wrap=True)
    table.add_column("Weight", justify="right")
    table.add_column("Why", overflow="fold")
    for c in report.score.components:
        table.add_row(
            _text(c.name),
            view.fmt_score(c.score),
            view.bar(c.score, 10),
            view.fmt_weight(c.weight),
            _text("\n".join(c.reasons)),
        )
    out.print(table)


def _skills(out: Console, report: Report, narrow: bool) -> None:
    from rich.table import Table

    _rule(out, "Skills found")
    found = view.skills(report)
    if not found:
        out.print(_text("No skills were recognised.", "dim"))
        return
    if narrow:
        for s in found:
            where = ", ".join(w for w, on in (("listed", s.listed), ("demonstrated", s.demonstrated)) if on)
            years = f", {view.fmt_years(s.years)} y" if s.years is not None else ""
            out.print(_text(f"{s.name} ({where or 'mentioned'}{years})"))
        return
    table = Table(header_style="bold")
    table.add_column("Skill")
    table.add_column("Category")
    table.add_column("Listed", justify="center")
    table.add_column("Demonstrated", justify="center")
    table.add_column("Years", justify="right")
    for s in found:
        table.add_row(
            _text(s.name),
            _text(s.category.replace("_", " ")),
            "✓" if s.listed else "",
            "✓" if s.demonstrated else "",
            view.fmt_years(s.years),
        )
    out.print(table)


def _assessments(out: Console, heading: str, items: list[Assessment]) -> None:
    if not items:
        return
    _rule(out, heading)
    shown, missing = view.with_and_without_evidence(items)
    for item in shown:
        out.print(_text(f"{item.name}  {view.fmt_score(item.score)}", "bold"))
        for ev in item.evidence:
            _indented(out, f'✓ "{ev.text}" ({view.fmt_strength(ev.strength)})', "green")
    if missing:
        out.print(_text(f"✗ {view.NO_EVIDENCE}:", "yellow"))
        _indented(out, ", ".join(a.name for a in missing), "yellow")


def _gaps(out: Console, report: Report, narrow: bool) -> None:
    from rich.table import Table

    if not report.gaps:
        return
    _rule(out, "Gaps, by what they cost")
    if narrow:
        for g in report.gaps:
            must = " (required)" if g.required else ""
            out.print(_text(f"-{g.cost:.1f} {g.kind}: {g.name}{must}", "bold"))
            _indented(out, g.detail)
        return
    table = Table(header_style="bold")
    table.add_column("Cost", justify="right")
    table.add_column("Kind")
    table.add_column("Gap")
    table.add_column("Detail", overflow="fold")
    for g in report.gaps:
        table.add_row(
            f"-{g.cost:.1f}", g.kind, _text(g.name + (" (required)" if g.required else "")), _text(g.detail)
        )
    out.print(table)


def _suggestions(out: Console, report: Report) -> None:
    if not report.suggestions:
        return
    _rule(out, "Suggestions")
    for number, s in enumerate(report.suggestions, 1):
        out.print(_text(f"{number}. {s.advice}", "bold"))
        if s.line:
            _indented(out, f'> "{s.line}"', "cyan", 3)
        if s.why:
            _indented(out, f"why: {s.why}", "dim", 3)
