"""Skill names inside a sentence of advice: "usability testing, Figma and SQL"."""

from __future__ import annotations

from collections.abc import Sequence

from resume_tailor.skills.taxonomy import skill_category

_COMMON_NOUN_CATEGORIES = frozenset({"domain", "soft_skill"})  # and methodologies of several words


def in_prose(name: str) -> str:
    """A skill's name as written inside a sentence: a practice or field in lower case ("usability
    testing"), a product, a named method or an acronym as it is ("Figma", "Scrum", "A/B testing").

    >>> in_prose("Usability testing"), in_prose("Figma"), in_prose("A/B testing"), in_prose("Scrum")
    ('usability testing', 'Figma', 'A/B testing', 'Scrum')
    """
    category = skill_category(name)
    common = category in _COMMON_NOUN_CATEGORIES or (category == "methodology" and " " in name)
    if name[1:] != name[1:].lower() or not common:
        return name
    return name[:1].lower() + name[1:]


def joined_names(names: Sequence[str]) -> str:
    """Skill names as one phrase of a sentence: "A", "A and B", "A, B and C" (see :func:`in_prose`).

    >>> joined_names(["Design systems", "Figma", "SQL"])
    'design systems, Figma and SQL'
    """
    written = [in_prose(n) for n in names]
    return written[0] if len(written) == 1 else ", ".join(written[:-1]) + " and " + written[-1]
