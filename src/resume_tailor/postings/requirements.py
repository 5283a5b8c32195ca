"""One qualification line -> :class:`Requirement`: years of experience, degree and skills.

Also splits run-together qualification paragraphs into items (Meta's pages often glue bullets into
one paragraph: "...equivalent practical experience Experience with Python Knowledge of BGP").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resume_tailor.models import Requirement

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"\b{_NUM}\s*\+?\s*(?:(?:-|–|to)\s*{_NUM}\s*\+?\s*)?(?:or more\s+|plus\s+)?(?:years?|"
    rf"yrs?)\b(?!\s+(?:old|ago))",
    re.IGNORECASE,
)

_DEGREES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("associate", re.compile(r"\bassociate(?:'s|’s)? degree\b", re.IGNORECASE)),
    ("bachelor", re.compile(
        r"\b(?i:bachelor)(?:'s|’s|s)?\b|\b(?i:undergraduate degree)\b|\b(?:BS|BA|BSc|BEng|BASc|B\.S\.?|"
        r"B\.A\.?|B\.Sc\.?|"
        r"B\.E\.?|B\.Tech)(?=[\s/,.)]|$)(?:\s*(?:/|or|,)?\s*\w+)?(?=.*\b(?:degree|in|field|equivalent)\b)|"
        r"\b4[- ]year degree\b|\b(?i:college degree|university degree)\b")),
    ("master", re.compile(
        r"\b(?i:master)(?:'s|’s|s)\b|\b(?i:master)(?= (?i:of|degree))|\b(?:MS|MSc|MA|MEng|MBA|M\.S\.?|"
        r"M\.A\.?|M\.Sc\.?|M\.Eng)"
        r"(?=[\s/,.)]|$)(?=.*\b(?:degree|in|field|equivalent|or)\b)|\bMBA\b|\b(?i:graduate degree)\b|"
        r"\b(?i:advanced degree)\b")),
    ("phd", re.compile(r"\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\b|\bD\.Phil\b", re.IGNORECASE)),
)
_DEGREE_ORDER = {"associate": 0, "bachelor": 1, "master": 2, "phd": 3}


def years_of_experience(text: str) -> float | None:
    """The first number of years a line asks for (the lower end of a range), else None.

    >>> years_of_experience("5+ years of experience with Java, or 3 years with a PhD")
    5.0
    >>> years_of_experience("Two to four years in product management")
    2.0
    """
    match = _YEARS.search(text)
    if not match:
        return None
    raw = match.group(1).lower()
    return float(_NUMBER_WORDS.get(raw, raw))


def degree_level(text: str) -> str | None:
    """The lowest degree a line names: "associate", "bachelor", "master" or "phd"; else None.

    >>> degree_level("BS degree in Computer Science or equivalent practical experience.")
    'bachelor'
    >>> degree_level("Master's degree or PhD in Statistics")
    'master'
    """
    found = [name for name, pattern in _DEGREES if pattern.search(text)]
    return min(found, key=_DEGREE_ORDER.__getitem__) if found else None


def lowest_degree(levels: list[str | None]) -> str | None:
    """The lowest of several degree levels (None entries ignored)."""
    present = [level for level in levels if level]
    return min(present, key=_DEGREE_ORDER.__getitem__) if present else None


# Words that begin a new qualification when a page glued its bullets into one paragraph.
_STARTERS = (
    r"Experience|Knowledge|Proven|Demonstrated|Ability|Familiarity|Understanding|Bachelor(?:'s|’s)?|"
    r"Master(?:'s|’s)?|PhD|Ph\.D\.?|Currently|Must|Track record|Strong|Excellent|Proficiency|Proficient|"
    r"Expertise|Hands-on|Working knowledge|Prior|Previous|Publications|Willingness|Comfort|Fluency|Fluent|"
    r"Background|Interest|Passion|Self-starter|Minimum|At least|Solid|Deep|Advanced|Effective|Outstanding|"
    r"Exceptional|Exposure|Authorization|Degree|Certification|Certified|Intent to return|"
    r"Possess|Possesses|BS|BA|MS|MA|MBA|\d{1,2}\+? years"
)
_NOT_BEFORE = ("User", "Customer", "Product", "Developer", "Employee", "Member", "Candidate", "Guest",
               "Client", "Partner", "the", "of", "and", "or", "with", "in", "a", "an", "to", "for",
               "Computer", "Machine", "Subject", "Domain")
_GLUE = re.compile(rf"(?<=[a-z0-9)\]%+’'])\s+(?=(?:{_STARTERS})\b)")
_SENTENCE = re.compile(r"(?<=[a-z0-9)\]%’'”\"][.!?;])\s+(?=[A-Z0-9(])")


def split_items(paragraph: str) -> list[str]:
    """Split a run-together qualifications paragraph into separate items.

    >>> split_items("Degree must be completed prior to joining Meta Experience with computer networks")
    ['Degree must be completed prior to joining Meta', 'Experience with computer networks']
    """
    pieces: list[str] = []
    for sentence in _SENTENCE.split(paragraph.strip()):
        start = 0
        for match in _GLUE.finditer(sentence):
            before = sentence[:match.start()].split()
            if not before or before[-1] in _NOT_BEFORE:
                continue
            chunk = sentence[start:match.start()].strip()
            if len(chunk.split()) >= 3:
                pieces.append(chunk)
                start = match.end()
        tail = sentence[start:].strip()
        if tail:
            if pieces and len(tail.split()) < 3:
                pieces[-1] = f"{pieces[-1]} {tail}"
            else:
                pieces.append(tail)
    return [p for p in pieces if p]


SkillFinder = Callable[[str], list[str]]

# Degrees are requirements of their own (Requirement.degree), not skills to add to a resume.
_DEGREE_NAME = re.compile(
    r"^(?:b\.?a|b\.?s\.?c?|b\.?eng|m\.?s\.?c?|m\.?a|m\.?eng|mba|ph\.?\s?d|d\.?phil)\.?$"
    r"|\b(?:degree|bachelor|master(?:'s|’s|s)?\b|doctorate)",
    re.IGNORECASE,
)


def is_degree_name(name: str) -> bool:
    """True for "BA", "PhD", "Bachelor's degree" and the like.

    >>> is_degree_name("BA"), is_degree_name("PhD"), is_degree_name("Python")
    (True, True, False)
    """
    return bool(_DEGREE_NAME.search(name.strip()))


def default_skill_finder() -> SkillFinder:
    """The project's skill extractor as ``text -> [canonical names]`` (deduplicated, in order)."""
    from resume_tailor.skills import extract_skills

    def find(text: str) -> list[str]:
        names: list[str] = []
        for mention in extract_skills(text, precise=False):  # qualification lines are requirements
            if is_degree_name(mention.name) or is_degree_name(mention.text):
                continue
            if mention.name not in names:
                names.append(mention.name)
        return names

    return find


def make_requirement(text: str, *, required: bool, find_skills: SkillFinder) -> Requirement:
    """A :class:`Requirement` for one qualification line, with years, degree and skills filled in."""
    return Requirement(
        text=text,
        required=required,
        skills=find_skills(text),
        years=years_of_experience(text),
        degree=degree_level(text),
    )
