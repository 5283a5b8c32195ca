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

# How far after an abbreviation ("BS", "M.S.") a degree word must follow for it to count as a degree.
# A clause ("BS/MS in Computer Science or a related field") fits in far less; the bound keeps the
# look-ahead from rescanning the whole line at every abbreviation ("B.S. " x 25,000 was quadratic).
_DEGREE_CONTEXT = 150

_DEGREES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("associate", re.compile(r"\bassociate(?:'s|’s)? degree\b", re.IGNORECASE)),
    ("bachelor", re.compile(
        r"\b(?i:bachelor)(?:'s|’s|s)?\b|\b(?i:undergraduate degree)\b|\b(?:BS|BA|BSc|BEng|BASc|B\.S\.?|"
        r"B\.A\.?|B\.Sc\.?|"
        r"B\.E\.?|B\.Tech)(?=[\s/,.)]|$)(?:\s*(?:/|or|,)?\s*\w+)?"
        rf"(?=.{{0,{_DEGREE_CONTEXT}}}\b(?:degree|in|field|equivalent)\b)|"
        r"\b4[- ]year degree\b|\b(?i:college degree|university degree)\b")),
    ("master", re.compile(
        r"\b(?i:master)(?:'s|’s|s)\b|\b(?i:master)(?= (?i:of|degree))|\b(?:MS|MSc|MA|MEng|MBA|M\.S\.?|"
        r"M\.A\.?|M\.Sc\.?|M\.Eng)"
        r"(?=[\s/,.)]|$)"
        rf"(?=.{{0,{_DEGREE_CONTEXT}}}\b(?:degree|in|field|equivalent|or)\b)|"
        r"\bMBA\b|\b(?i:graduate degree)\b|"
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


# "a Bachelor's degree in Computer Science, Computer Engineering or a related field": the subjects
# after a degree word are the fields a degree may be in, an education requirement, not skills to list.
_DEGREE_IN = re.compile(
    r"\b(?:degree|bachelor|master|ph\.?\s?d|doctorate|b\.?s|m\.?s|b\.?sc|m\.?sc|b\.?a|m\.?a|mba)\b"
    r"[^.;:]{0,40}?\b(?:in|of)\s",
    re.IGNORECASE,
)
# Where such a list of fields ends: "or a related field", "or equivalent ...", the end of a sentence.
_FIELDS_END = re.compile(
    r"\b(?:(?:or|and)\s+)?(?:an?\s+|other\s+)?(?:related|relevant|similar|equivalent|comparable)\b"
    r"|\b(?:with|plus|along|and\s+(?:\d|at least|experience))\b|[.;:(]\s|$"
    rf"|\s(?-i:(?={_STARTERS})\b)",  # the next item of a paragraph that glued its bullets
    re.IGNORECASE,
)
_FIELDS_REACH = 200  # a list of fields is a line at most; further on, the line asks for something else


# A degree line naming its subjects in brackets: "Bachelor's degree: STEM subject ideal (Computer
# Science, Engineering, Mathematics)".
_DEGREE_WORD = re.compile(r"\b(?:degree|bachelor|master|ph\.?\s?d|doctorate)", re.IGNORECASE)
_SUBJECTS_IN_BRACKETS = re.compile(
    r"\b(?:subjects?|fields?|disciplines?|majors?|areas? of study)\b[^()]{0,40}\(([^()]*)\)", re.IGNORECASE
)


def degree_field_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that list the fields a degree may be in.

    >>> line = "BS in Computer Science or related field, and 3 years of Python"
    >>> [line[s:e] for s, e in degree_field_spans(line)]
    ['Computer Science ']
    >>> line = "Bachelor's degree: STEM subject ideal (Computer Science, Engineering)"
    >>> [line[s:e] for s, e in degree_field_spans(line)]
    ['Computer Science, Engineering']
    """
    spans: list[tuple[int, int]] = []
    for match in _DEGREE_IN.finditer(text):
        tail = text[match.end() : match.end() + _FIELDS_REACH]
        end = _FIELDS_END.search(tail)
        spans.append((match.end(), match.end() + (end.start() if end else len(tail))))
    if _DEGREE_WORD.search(text):
        spans += [m.span(1) for m in _SUBJECTS_IN_BRACKETS.finditer(text)]
    return spans


# Nouns that make a domain before them the setting of the work, not a skill asked for: "manage
# information technology projects", "experience in the healthcare industry".
# Same line only; a capital after a lower-case domain starts the next item ("statistics Project").
_SETTING_NOUN = re.compile(
    r"[ \t]+(?:projects?|industry|industries|sectors?|companies|company|environments?|organi[sz]ations?"
    r"|space|markets?)\b",
    re.IGNORECASE,
)


def names_the_setting(text: str, name: str, end: int) -> bool:
    """Whether the domain ``name``, mentioned in ``text`` up to ``end``, only names where the work
    happens ("information technology projects"), which no resume line can show as a skill.

    >>> line = "Plan and manage information technology projects for web products"
    >>> names_the_setting(line, "Information technology", line.index(" projects"))
    True
    >>> line = "Experience with machine learning"
    >>> names_the_setting(line, "Machine learning", len(line))
    False
    """
    from resume_tailor.skills.taxonomy import skill_category

    noun = _SETTING_NOUN.match(text, end)
    if noun is None or skill_category(name) != "domain":
        return False
    return not (noun.group().lstrip()[0].isupper() and text[end - 1].islower())


def default_skill_finder() -> SkillFinder:
    """The project's skill extractor as ``text -> [canonical names]`` (deduplicated, in order).

    Degrees, the fields a degree may be in, O*NET's broad abilities and ESCO's competence phrases
    ("process data") are left out: they are not skills a resume can add.
    """
    from resume_tailor.skills import extract_skills
    from resume_tailor.skills.taxonomy import is_competence_phrase, is_occupation_ability

    def find(text: str) -> list[str]:
        names: list[str] = []
        fields = degree_field_spans(text)
        for mention in extract_skills(text, precise=False):  # qualification lines are requirements
            if is_degree_name(mention.name) or is_degree_name(mention.text):
                continue
            if is_occupation_ability(mention.name) or is_competence_phrase(mention.name):
                continue
            if any(s <= mention.start and mention.end <= e for s, e in fields):
                continue
            if names_the_setting(text, mention.name, mention.end):
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


# ---------------------------------------------------------------------------------------------
# Alternatives: "one of C++, Java or Python" is one requirement, met by any of them
# ---------------------------------------------------------------------------------------------

Mention = tuple[str, int, int]  # canonical name, start, end (character offsets into the line)

_LEAD = r"(?:one of|any of|either|such as|e\.?g\.?|for example|for instance|like|including|i\.?e\.?|or)"
# What may stand between two skills of one list: commas, slashes, brackets, and/or, a lead-in.
_LIST_GAP = re.compile(
    rf"^[\s,/()]*(?:(?:and/or|or|and|{_LEAD}),?[\s,/()]*)*$",
    re.IGNORECASE,
)
_ALTERNATIVE_GAP = re.compile(rf"\bor\b|\b{_LEAD}\b", re.IGNORECASE)
_LEAD_BEFORE = re.compile(
    r"\b(?:one of|any of|either|such as|e\.?g\.?,?|for example,?|like|including)\s*$", re.IGNORECASE
)
# A line announcing a list of alternatives before a colon: "one or more of the following areas:".
_ALTERNATIVES_LIST = re.compile(
    r"\b(?:one or more of|at least one of|one of|any of|either of|some of)\b(?:\s+the following)?"
    r"(?:\s+[a-z]+){0,2}\s*:",
    re.IGNORECASE,
)
_TRAILING_ALTERNATIVE = re.compile(
    r"^[\s,]*(?:or (?:similar|equivalent|other|another|comparable)|etc\b)", re.IGNORECASE
)


def alternative_groups(text: str, mentions: list[Mention]) -> list[tuple[str, ...]]:
    """The skills of one line grouped into requirements: a list of alternatives is one group.

    A list (skills separated only by commas, slashes, "and", "or" or a lead-in such as "e.g.") is a
    set of alternatives when it says so: an "or" or a slash between its items, a lead-in before it
    ("one of", "such as", "e.g.", "including", "like"), or "or similar" after it. Otherwise ("Python
    and Go") each skill is a requirement of its own.

    A line announcing its list ("one or more of the following areas: A, B (…), C") makes every skill
    after the colon one group, whatever stands between them.

    >>> line = "Experience with a relational database, e.g. MySQL or PostgreSQL, and with Kafka"
    >>> alternative_groups(line, [("Relational databases", 18, 37), ("MySQL", 44, 49),
    ...                           ("PostgreSQL", 53, 63), ("Kafka", 74, 79)])
    [('Relational databases', 'MySQL', 'PostgreSQL'), ('Kafka',)]
    """
    ordered = sorted(mentions, key=lambda m: m[1])
    announced = _ALTERNATIVES_LIST.search(text)
    if announced is not None:  # "one or more of the following areas: A, B (…), C or D" — any one will do
        listed = [m for m in ordered if m[1] >= announced.end()]
        names = tuple(dict.fromkeys(m[0] for m in listed))
        head = alternative_groups(text[: announced.start()], [m for m in ordered if m[1] < announced.end()])
        placed = {n for g in head for n in g}
        rest = tuple(n for n in names if n not in placed)
        return head + ([rest] if len(rest) > 1 else [(n,) for n in rest])
    runs: list[list[Mention]] = []
    for mention in ordered:
        if runs and _LIST_GAP.match(text[runs[-1][-1][2] : mention[1]]) and mention[1] >= runs[-1][-1][2]:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for run in runs:
        # a list that says it offers alternatives is one group; otherwise only "A/B" pairs are
        for unit in [run] if _is_alternative(text, run) else _slash_units(text, run):
            names = tuple(dict.fromkeys(m[0] for m in unit if m[0] not in seen))
            seen.update(names)
            if len(names) > 1:
                groups.append(names)
            else:
                groups += [(n,) for n in names]
    return groups


def _slash_units(text: str, run: list[Mention]) -> list[list[Mention]]:
    """A run without "or" or a lead-in, split into slash-joined units ("Java/Kotlin and React")."""
    units = [[run[0]]]
    for a, b in zip(run, run[1:], strict=False):
        if text[a[2] : b[1]].strip() == "/":
            units[-1].append(b)
        else:
            units.append([b])
    return units


def _is_alternative(text: str, run: list[Mention]) -> bool:
    gaps = [text[a[2] : b[1]] for a, b in zip(run, run[1:], strict=False)]
    if any(_ALTERNATIVE_GAP.search(g) for g in gaps):
        return True
    return bool(_LEAD_BEFORE.search(text[: run[0][1]]) or _TRAILING_ALTERNATIVE.match(text[run[-1][2] :]))


def requirement_groups(text: str, skills: list[str]) -> list[tuple[str, ...]]:
    """The skills a line asks for (``skills``, canonical names), grouped into alternatives.

    The line is read again with the project's skill extractor to find where each skill is named;
    a skill it cannot place stays a requirement of its own.
    """
    from resume_tailor.skills import extract_skills

    wanted = set(skills)
    mentions = [(m.name, m.start, m.end) for m in extract_skills(text, precise=False) if m.name in wanted]
    groups = alternative_groups(text, mentions)
    placed = {n for g in groups for n in g}
    return groups + [(n,) for n in skills if n not in placed]
