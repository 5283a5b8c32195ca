"""The terminal report (rich): score bar, components with reasons, skills, evidence, gaps, suggestions.

Colour follows rich's rules, so ``NO_COLOR`` in the environment (or a pipe) gives plain text. Lines
are wrapped here (textwrap, with hanging indents) to the console's width and printed without rich's
own layout engine, which keeps a long report fast; below :data:`NARROW` columns the skills table
becomes a list.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from resume_tailor.models import Assessment, Report, Suggestion
from resume_tailor.report import view

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

#: Narrower consoles than this get lists instead of tables.
NARROW = 72
#: Gaps shown in the terminal (the Markdown, HTML and JSON reports have them all).
MAX_GAPS = 12


def print_report(report: Report, console: Console | None = None) -> None:
    """Print ``report`` to ``console`` (a new stdout console by default).

    >>> import io
    >>> from rich.console import Console
    >>> console = Console(file=io.StringIO(), width=100)
    >>> print_report(report, console)
    >>> "Score" in console.file.getvalue()
    True
    """
    from rich.console import Console

    out = LineWriter(console if console is not None else Console(highlight=False))
    _header(out, report)
    _components(out, report)
    _skills(out, report)
    for heading, items in view.assessment_sections(report):
        _assessments(out, heading, items)
    _gaps(out, report)
    _suggestions(out, report)
    if report.summary_line:
        out.rule("Tailored summary line")
        out.line(report.summary_line, "italic")
    out.flush()


def score_style(score: float) -> str:
    """Colour of a score: green from 70, yellow from 50, red below."""
    return "green" if score >= 70 else "yellow" if score >= 50 else "red"


class LineWriter:
    """Collects pre-wrapped, styled lines and prints them at once (user text is never read as markup)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = max(20, console.width)
        self.lines: list[Text] = []

    def flush(self) -> None:
        from rich.text import Text

        self.console.print(Text("\n").join(self.lines), soft_wrap=True, highlight=False)
        self.lines = []

    def line(self, text: str, style: str = "", indent: int = 0, hang: int = 0) -> None:
        """``text`` wrapped to the width; continuation lines indented by ``indent + hang``."""
        from rich.text import Text

        wrapped = textwrap.fill(
            text,
            self.width,
            initial_indent=" " * indent,
            subsequent_indent=" " * (indent + hang),
            break_on_hyphens=False,
        )
        self.lines.append(Text(wrapped, style=style))

    def parts(self, *parts: tuple[str, str]) -> None:
        """One unwrapped line made of (text, style) parts."""
        from rich.text import Text

        self.lines.append(Text.assemble(*parts))

    def blank(self) -> None:
        from rich.text import Text

        self.lines.append(Text())

    def rule(self, heading: str) -> None:
        from rich.text import Text

        self.lines.append(Text())
        self.lines.append(Text.assemble((heading, "bold"), " ", "─" * max(0, self.width - len(heading) - 1)))


def _header(out: LineWriter, report: Report) -> None:
    out.line(view.title(report), "bold")
    out.line(view.target(report), "dim")
    width = max(10, min(view.BAR_WIDTH, out.width - 30))
    style = score_style(report.score.total)
    out.parts(
        ("Score ", "bold"),
        (f"{view.fmt_total(report.score.total)}/100 ", style),
        (view.bar(report.score.total, width), style),
        (f" {report.score.band}", style),
    )
    for reason in report.score.reasons:
        out.line(reason, "dim", indent=2)


def _components(out: LineWriter, report: Report) -> None:
    out.rule("Score components")
    components = report.score.components
    name_w = max((len(c.name) for c in components), default=0)
    bar_w = 10 if out.width >= NARROW else 0
    for c in components:
        style = score_style(c.score)
        bar = (view.bar(c.score, bar_w) + " ") if bar_w else ""
        out.parts(
            (f"{c.name:<{name_w}} ", "bold"),
            (f"{view.fmt_score(c.score):>3} ", style),
            (bar, style),
            (f"weight {view.fmt_weight(c.weight)}", "dim"),
        )
        for reason in c.reasons:
            out.line(f"- {reason}", indent=2, hang=2)


def _skills(out: LineWriter, report: Report) -> None:
    from rich.cells import cell_len

    out.rule("Skills found")
    found = view.skills(report)
    if not found:
        out.line("No skills were recognised.", "dim")
        return
    if out.width < NARROW:
        for s in found:
            where = ", ".join(w for w, on in (("listed", s.listed), ("demonstrated", s.demonstrated)) if on)
            years = f", {view.fmt_years(s.years)} y" if s.years is not None else ""
            out.line(f"{s.name} ({where or 'mentioned'}{years})", hang=2)
        return
    rows = [
        (
            s.name,
            s.category.replace("_", " "),
            "✓" if s.listed else "",
            "✓" if s.demonstrated else "",
            view.fmt_years(s.years),
        )
        for s in found
    ]
    header = ("Skill", "Category", "Listed", "Demonstrated", "Years")
    room = out.width - 6 - 12 - 5 - 8  # the fixed columns and the gaps between columns
    name_w = min(max(cell_len(r[0]) for r in (header, *rows)), max(12, room // 2))
    cat_w = min(max(cell_len(r[1]) for r in (header, *rows)), max(10, room - name_w))

    def cells(row: tuple[str, str, str, str, str]) -> str:
        name, cat = _fit(row[0], name_w), _fit(row[1], cat_w)
        return f"{name}  {cat}  {row[2]:^6}  {row[3]:^12}  {row[4]:>5}"

    out.parts((cells(header), "bold"))
    for row in rows:
        out.parts((cells(row), ""))


def _fit(text: str, width: int) -> str:
    """``text`` cut with an ellipsis or padded to exactly ``width`` cells."""
    from rich.cells import cell_len, set_cell_size

    return set_cell_size(text if cell_len(text) <= width else set_cell_size(text, width - 1) + "…", width)


def _assessments(out: LineWriter, heading: str, items: list[Assessment]) -> None:
    if not items:
        return
    out.rule(heading)
    shown, missing = view.with_and_without_evidence(items)
    for item in shown:
        out.parts((f"{item.name}  ", "bold"), (view.fmt_score(item.score), score_style(item.score)))
        for ev in item.evidence:
            out.line(f'✓ "{ev.text}" ({view.fmt_strength(ev.strength)})', "green", indent=2, hang=3)
    if missing:
        out.line(f"✗ {view.NO_EVIDENCE}: " + ", ".join(a.name for a in missing), "yellow", hang=2)


def _gaps(out: LineWriter, report: Report) -> None:
    if not report.gaps:
        return
    out.rule("Gaps, by what they cost")
    for g in report.gaps[:MAX_GAPS]:
        required = " (required)" if g.required else ""
        out.parts((f"-{g.cost:.1f} ", "red"), (f"{g.kind}: ", "dim"), (f"{g.name}{required}", "bold"))
        out.line(g.detail, indent=2, hang=0)
    hidden = len(report.gaps) - MAX_GAPS
    if hidden > 0:
        out.line(f"… and {hidden} smaller gaps (all of them are in --format md, html or json).", "dim")


def _suggestions(out: LineWriter, report: Report) -> None:
    if not report.suggestions:
        return
    top, more = view.split_suggestions(report)
    out.rule("Suggestions: top changes")
    _numbered(out, report, top, 1)
    if more:
        out.rule("More suggestions")
        _numbered(out, report, more, len(top) + 1)


def _numbered(out: LineWriter, report: Report, suggestions: list[Suggestion], start: int) -> None:
    for number, s in enumerate(suggestions, start):
        prefix = f"{number}. "
        out.line(f"{prefix}{view.suggestion_label(report, s)}: {s.advice}", "bold", hang=len(prefix))
        for line in view.suggestion_lines(s):
            out.line(f'> "{line}"', "cyan", indent=len(prefix), hang=3)
        if s.why:
            out.line(f"why: {s.why}", "dim", indent=len(prefix), hang=5)
