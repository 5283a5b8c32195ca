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


_FORMS_SHOWN = 3  # distinct spellings shown per skill: enough to see aliases, short enough for one line


def mention_groups(mentions: Sequence[SkillMention]) -> list[dict[str, Any]]:
    """One row per skill, in order of first mention: how it was written, how often, where first.

    A person reads one line per skill; a text naming Go 33,000 times gives one row, not 33,000
    (which also keeps the terminal table linear in the number of distinct skills).

    >>> from resume_tailor.models import SkillMention
    >>> rows = mention_groups([SkillMention("Go", "Go", 0, 2, "language"),
    ...                        SkillMention("Go", "golang", 9, 15, "language")])
    >>> rows[0]["written"], rows[0]["count"], rows[0]["first"]
    ('Go, golang', 2, '0-2')
    """
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for m in mentions:
        row = groups.setdefault(
            (m.name, m.category),
            {"name": m.name, "category": m.category, "forms": [], "count": 0, "first": f"{m.start}-{m.end}"},
        )
        row["count"] += 1
        if m.text not in row["forms"] and len(row["forms"]) < _FORMS_SHOWN:
            row["forms"].append(m.text)
    return [
        {"name": r["name"], "written": ", ".join(r["forms"]), "category": r["category"],
         "count": r["count"], "first": r["first"]}
        for r in groups.values()
    ]


def print_mentions(mentions: Sequence[SkillMention]) -> None:
    """A table of the skills found in a piece of text, one row per skill (or "No skills found.")."""
    from rich.console import Console
    from rich.table import Table

    table = Table("skill", "as written", "category", "mentions", "first at", title="Skills in the text")
    for row in mention_groups(mentions):
        table.add_row(row["name"], row["written"], row["category"], str(row["count"]), row["first"])
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
