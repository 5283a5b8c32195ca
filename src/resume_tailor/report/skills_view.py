"""Views of skills for ``tailor skills``: the mentions in a piece of text, or a resume's skills.

Plain data (``*_rows``, for ``--json``) and rich tables on the terminal, both from the same objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resume_tailor.models import Skill, SkillMention


def mention_rows(mentions: Sequence[SkillMention]) -> list[dict[str, Any]]:
    """The mentions as JSON-ready rows: name, text as written, offsets, category."""
    return [
        {"name": m.name, "text": m.text, "start": m.start, "end": m.end, "category": m.category}
        for m in mentions
    ]


def print_mentions(mentions: Sequence[SkillMention]) -> None:
    """A table of the skills found in a piece of text (or "No skills found.")."""
    from rich.console import Console
    from rich.table import Table

    table = Table("skill", "as written", "category", "offsets", title="Skills in the text")
    for m in mentions:
        table.add_row(m.name, m.text, m.category, f"{m.start}-{m.end}")
    Console().print(table if mentions else "No skills found.")


def print_resume_skills(skills: Sequence[Skill]) -> None:
    """Two tables, technical then soft skills: listed, demonstrated, years of use, evidence count."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for soft in (False, True):
        group = [s for s in skills if s.soft == soft]
        if not group:
            continue
        table = Table("skill", "category", "listed", "demonstrated", "years", "evidence",
                      title="Soft skills" if soft else "Technical skills")
        for s in group:
            table.add_row(s.name, s.category, "yes" if s.listed else "", "yes" if s.demonstrated else "",
                          f"{s.years:.1f}" if s.years else "", str(len(s.evidence)))
        console.print(table)
    if not skills:
        console.print("No skills found.")
