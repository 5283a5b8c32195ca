"""The Markdown report: the same sections as the terminal report, as GitHub-flavoured Markdown."""

from __future__ import annotations

from resume_tailor.models import Assessment, Report, Suggestion
from resume_tailor.report import view


def render_markdown(report: Report) -> str:
    """The report as Markdown text (ends with a newline).

    >>> render_markdown(report).splitlines()[0].endswith(" — Amazon")
    True
    """
    parts = [
        _header(report),
        _components(report),
        _skills(report),
        *(_assessments(heading, items) for heading, items in view.assessment_sections(report)),
        _gaps(report),
        _suggestions(report),
        _summary(report),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def inline(text: str) -> str:
    """Text safe inside a Markdown paragraph or table cell (pipes, markup and newlines escaped)."""
    out = text.replace("\\", "\\\\")
    for ch in "|*_`[]<":
        out = out.replace(ch, "\\" + ch)
    out = " ".join(out.split())
    # ">", "#", "+" and "-" only mean something at the start of a line
    return "\\" + out if out[:1] in ("#", ">", "+", "-") else out


def quote(text: str) -> str:
    """A resume line quoted verbatim (only Markdown's special characters escaped)."""
    return f"“{inline(text)}”"


def _table(header: list[str], rows: list[list[str]], align: str) -> str:
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(marks[a] for a in align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _header(report: Report) -> str:
    lines = [
        f"# {inline(view.title(report))}",
        "",
        inline(view.target(report)),
        "",
        f"**Score: {view.fmt_total(report.score.total)}/100 — {inline(report.score.band)}**",
    ]
    lines += [f"- {inline(r)}" for r in report.score.reasons]
    return "\n".join(lines)


def _components(report: Report) -> str:
    rows = [
        [
            inline(c.name),
            view.fmt_score(c.score),
            view.fmt_weight(c.weight),
            "<br>".join(inline(r) for r in c.reasons),
        ]
        for c in report.score.components
    ]
    return "## Score components\n\n" + _table(["Component", "Score", "Weight", "Why"], rows, "lrrl")


def _skills(report: Report) -> str:
    found = view.skills(report)
    if not found:
        return "## Skills found\n\nNo skills were recognised."
    rows = [
        [
            inline(s.name),
            inline(s.category.replace("_", " ")),
            "✓" if s.listed else "",
            "✓" if s.demonstrated else "",
            view.fmt_years(s.years),
        ]
        for s in found
    ]
    return "## Skills found\n\n" + _table(
        ["Skill", "Category", "Listed", "Demonstrated", "Years"], rows, "llccr"
    )


def _assessments(heading: str, items: list[Assessment]) -> str:
    if not items:
        return ""
    lines = [f"## {inline(heading)}", ""]
    shown, missing = view.with_and_without_evidence(items)
    for item in shown:
        lines.append(f"### {inline(item.name)} — {view.fmt_score(item.score)}")
        lines.append("")
        lines += [f"- {quote(ev.text)} ({view.fmt_strength(ev.strength)})" for ev in item.evidence]
        lines.append("")
    if missing:
        lines.append(f"**{view.NO_EVIDENCE}:** " + ", ".join(inline(a.name) for a in missing))
    return "\n".join(lines).rstrip()


def _gaps(report: Report) -> str:
    if not report.gaps:
        return ""
    rows = [
        [
            f"-{g.cost:.1f}",
            inline(g.kind),
            inline(g.name) + (" (required)" if g.required else ""),
            inline(g.detail),
        ]
        for g in report.gaps
    ]
    return "## Gaps, by what they cost\n\n" + _table(["Cost", "Kind", "Gap", "Detail"], rows, "rlll")


def _suggestions(report: Report) -> str:
    if not report.suggestions:
        return ""
    top, more = view.split_suggestions(report)
    lines = ["## Suggestions", "", "### Top changes", ""]
    lines += _numbered(report, top, 1)
    if more:
        lines += ["", "### More suggestions", ""]
        lines += _numbered(report, more, len(top) + 1)
    return "\n".join(lines)


def _numbered(report: Report, suggestions: list[Suggestion], start: int) -> list[str]:
    lines = []
    for number, s in enumerate(suggestions, start):
        lines.append(f"{number}. *{view.suggestion_label(report, s)}:* **{inline(s.advice)}**")
        for line in view.suggestion_lines(s):
            lines.append(f"   - Line: {quote(line)}")
        if s.why:
            lines.append(f"   - Why: {inline(s.why)}")
    return lines


def _summary(report: Report) -> str:
    if not report.summary_line:
        return ""
    return f"## Tailored summary line\n\n> {inline(report.summary_line)}"
