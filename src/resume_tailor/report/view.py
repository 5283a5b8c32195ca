"""Formatting shared by every renderer: how a number, a weight or a heading is written.

Only presentation lives here; every fact comes from the :class:`~resume_tailor.models.Report`.
"""

from __future__ import annotations

from resume_tailor.models import Assessment, Report, Skill, Suggestion

#: Cells of a full-width score bar.
BAR_WIDTH = 30


def fmt_score(value: float) -> str:
    """A 0..100 score as a whole number: ``fmt_score(67.46) == '67'``."""
    return f"{value:.0f}"


def fmt_total(value: float) -> str:
    """The total to one decimal, so it never rounds across a band limit: ``79.6``, ``63``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def fmt_weight(weight: float) -> str:
    """A normalised weight as a percentage: ``fmt_weight(0.3) == '30%'``."""
    return f"{weight * 100:.0f}%"


def fmt_years(years: float | None) -> str:
    """Years of use, or an empty string when unknown: ``fmt_years(3.66) == '3.7'``."""
    return "" if years is None else f"{years:.1f}"


def fmt_strength(strength: float) -> str:
    """Evidence strength (0..1) as a word a reader understands."""
    if strength >= 0.75:
        return "strong"
    if strength >= 0.4:
        return "moderate"
    return "weak"


def title(report: Report) -> str:
    """The report heading: who, for which company, for which posting or role family."""
    who = report.resume.contact.name or report.resume.source or "Resume"
    return f"{who} — {report.company.name}"


def target(report: Report) -> str:
    """What the resume was matched against, in words."""
    if report.posting is not None:
        parts = [p for p in (report.posting.title, report.posting.company, report.posting.location) if p]
        return "Job posting: " + (" · ".join(parts) or "untitled posting")
    if report.role_family:
        family = next((f for f in report.company.role_families if f.id == report.role_family), None)
        name = family.name if family and family.name else report.role_family.replace("_", " ")
        return f"Role family: {name} (what {report.company.name}'s postings ask for)"
    return "Company profile"


def bar(score: float, width: int = BAR_WIDTH) -> str:
    """A plain-text bar of ``width`` cells for a 0..100 score."""
    filled = max(0, min(width, round(score / 100 * width)))
    return "█" * filled + "░" * (width - filled)


def skills(report: Report) -> list[Skill]:
    """The resume's skills to show: hard skills first, then soft skills, each in the resume's order."""
    found = report.resume.skills
    return [s for s in found if not s.soft] + [s for s in found if s.soft]


NO_EVIDENCE = "No evidence in the resume yet (a gap to close, or a story to prepare)"


def with_and_without_evidence(items: list[Assessment]) -> tuple[list[Assessment], list[Assessment]]:
    """The assessments that have evidence (shown one by one) and those without (listed together)."""
    return [a for a in items if a.evidence], [a for a in items if not a.evidence]


def assessment_sections(report: Report) -> list[tuple[str, list[Assessment]]]:
    """The two evidence sections: the company's values and the interview competencies."""
    return [(f"{report.company.name} values", report.values), ("Interview competencies", report.competencies)]


#: Changes a report leads with when the suggestions carry no ``top`` mark (hand-built reports).
TOP_CHANGES = 10


def split_suggestions(report: Report) -> tuple[list[Suggestion], list[Suggestion]]:
    """(top changes, more): the suggestions marked ``top``, then the rest, each in report order."""
    items = report.suggestions
    if not any(s.top for s in items):
        return items[:TOP_CHANGES], items[TOP_CHANGES:]
    return [s for s in items if s.top], [s for s in items if not s.top]


def suggestion_label(report: Report, suggestion: Suggestion) -> str:
    """"For Amazon" on a company-specific change, "General polish" on the rest."""
    return f"For {report.company.name}" if suggestion.company_specific else "General polish"


def suggestion_lines(suggestion: Suggestion) -> list[str]:
    """Every resume line a suggestion is about (a grouped item lists several)."""
    if suggestion.lines:
        return list(suggestion.lines)
    return [suggestion.line] if suggestion.line else []
