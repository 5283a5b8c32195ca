"""Skills of a whole resume: where each is listed, where it is demonstrated, and for how long.

* *listed*: found in a skills-like section (skills, languages, certifications), read as a list;
* *demonstrated*: found in an experience or project bullet;
* *evidence*: the resume lines that mention it (bullets, skills lines, summary lines), verbatim;
* *years*: the union of the date ranges of the entries whose bullets mention it;
* soft skills are flagged ``soft`` and sorted after the technical ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from resume_tailor.models import Contact, Entry, Resume, Skill, SkillMention
from resume_tailor.skills.extract import extract_skills

LISTED_KINDS = frozenset({"skills", "languages", "certifications"})
DEMONSTRATED_KINDS = frozenset({"experience", "projects", "leadership", "volunteering"})
EVIDENCE_KINDS = frozenset({"summary", "awards", "publications", "other"})
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


@dataclass
class _Tally:
    name: str
    category: str
    soft: bool
    order: int
    listed: bool = False
    demonstrated: bool = False
    evidence: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    def add_evidence(self, line: str) -> None:
        if line not in self.evidence:
            self.evidence.append(line)


def month_index(value: str | None, today: date, *, end: bool = False) -> int | None:
    """``"2021-03"`` -> months since year 0; ``"present"`` -> today; a bare year -> Jan (or Dec if end)."""
    if not value:
        return None
    if value.strip().lower() in {"present", "current", "now", "today"}:
        return today.year * 12 + today.month - 1
    m = _DATE.match(value.strip())
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    return int(m.group(1)) * 12 + max(1, min(month, 12)) - 1


def entry_interval(entry: Entry, today: date) -> tuple[int, int] | None:
    """The entry's [start, end) in months, or None if its dates are unknown."""
    start = month_index(entry.start, today)
    end = month_index(entry.end, today, end=True)
    if start is None or end is None or end < start:
        return None
    return start, end + 1


def years_of(entries: list[Entry], today: date) -> float | None:
    """Years covered by the entries' date ranges (overlaps counted once; ``months`` as a fallback)."""
    intervals = []
    loose = 0
    for entry in entries:
        span = entry_interval(entry, today)
        if span is not None:
            intervals.append(span)
        elif entry.months:
            loose += entry.months
    if not intervals and not loose:
        return None
    total = loose
    intervals.sort()
    cur_start, cur_end = None, None
    for start, end in intervals:
        if cur_end is None or start > cur_end:
            if cur_end is not None and cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_end is not None and cur_start is not None:
        total += cur_end - cur_start
    return round(total / 12, 1)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def annotate_skills(resume: Resume, *, today: date | None = None) -> Resume:
    """A copy of ``resume`` with its skills (listed / demonstrated / evidence / years / soft) filled in.

    The resume passed in is not changed.

    >>> from resume_tailor.models import Bullet, Entry, Resume, Section
    >>> r = Resume(sections=[Section("skills", "Skills", "Python, Go")],
    ...            experience=[Entry(start="2020-01", end="2021-12", bullets=[Bullet("Built APIs in Go")])])
    >>> [(s.name, s.listed, s.demonstrated, s.years) for s in annotate_skills(r).skills]
    [('Go', True, True, 2.0), ('APIs', False, True, 2.0), ('Python', True, False, None)]
    """
    today = today or date.today()
    tallies: dict[str, _Tally] = {}

    def tally(mention: SkillMention) -> _Tally:
        if mention.name not in tallies:
            tallies[mention.name] = _Tally(mention.name, mention.category, mention.soft, len(tallies))
        return tallies[mention.name]

    contact_marks = _contact_marks(resume.contact)
    for section in resume.sections:
        if section.kind in LISTED_KINDS:
            for line in list_lines(section.lines or _lines(section.text)):
                if any(mark in line.lower() for mark in contact_marks):
                    continue  # a contact line a footer left in the section ("in ana-ortiz-sre")
                label_end = _group_label_end(line)
                for mention in extract_skills(line, listed=True):
                    if mention.end <= label_end:  # "Cloud & Infra:" names a group, not a skill
                        continue
                    t = tally(mention)
                    t.listed = True
                    t.add_evidence(line)
    known = frozenset(tallies)  # names in the skills section make their short forms safe elsewhere
    entries = [*resume.experience, *resume.projects]
    for entry in entries:
        for bullet in entry.bullets:
            for mention in _demonstrated(bullet.text, known):
                t = tally(mention)
                t.demonstrated = True
                t.add_evidence(bullet.text)
                if entry not in t.entries:
                    t.entries.append(entry)
    if not entries:  # the parser found no entries: fall back to the lines of experience-like sections
        for section in resume.sections:
            if section.kind in DEMONSTRATED_KINDS:
                for line in section.lines or _lines(section.text):
                    for mention in extract_skills(line, known=known, precise=False):
                        t = tally(mention)
                        t.demonstrated = True
                        t.add_evidence(line)
    for section in resume.sections:
        if section.kind in EVIDENCE_KINDS:
            for line in section.lines or _lines(section.text):
                for mention in extract_skills(line, known=known, precise=False):
                    tally(mention).add_evidence(line)
    if not resume.sections and not entries and resume.text:
        for line in _lines(resume.text):
            for mention in extract_skills(line, precise=False):
                tally(mention).add_evidence(line)
    skills = [
        Skill(
            name=t.name,
            category=t.category,
            listed=t.listed,
            demonstrated=t.demonstrated,
            evidence=t.evidence,
            years=years_of(t.entries, today) if t.entries else None,
            soft=t.soft,
        )
        for t in tallies.values()
    ]
    order = {t.name: t.order for t in tallies.values()}
    skills.sort(key=lambda s: (s.soft, -(s.listed + s.demonstrated), -(s.years or 0.0), order[s.name]))
    return replace(resume, skills=skills)


def _contact_marks(contact: Contact) -> list[str]:
    """The lower-case strings that mark a line as contact details: the email, and the handle each
    profile link ends with ("linkedin.com/in/ana-ortiz-sre" -> "ana-ortiz-sre")."""
    marks = [contact.email.lower()] if contact.email else []
    for link in contact.links:
        handle = link.rstrip("/").rsplit("/", 1)[-1].lower()
        if len(handle) >= 4 and "." not in handle:
            marks.append(handle)
    return marks


def _demonstrated(text: str, known: frozenset[str]) -> list[SkillMention]:
    """The skills a bullet names, judged in context as in a posting ("worked with mobile engineers"
    is not Mobile development, "the DevOps team offsite" is not DevOps: issue 13, no skill inferred
    from a neighbour word), plus any mention of a skill the resume also lists, which the person has
    already claimed, and soft skills, which are phrases ("led a team") the model was not trained on.
    """
    judged = extract_skills(text, known=known)
    seen = {(m.start, m.name) for m in judged}
    claimed = [
        m for m in extract_skills(text, known=known, precise=False)
        if (m.soft or m.name in known) and (m.start, m.name) not in seen and not _part_of_name(m)
    ]
    return sorted([*judged, *claimed], key=lambda m: m.start) if claimed else judged


def _part_of_name(mention: SkillMention) -> bool:
    """A one-word, lower-case mention of a skill whose name has more words ("mobile")."""
    return (
        mention.text.islower()
        and " " not in mention.text
        and len(mention.name.split()) > 1
        and mention.text.lower() != mention.name.lower()
    )


_OPEN_END = re.compile(r"(?:[,;&/+]|\b(?:and|or))\s*$", re.IGNORECASE)


def list_lines(lines: list[str]) -> list[str]:
    """Printed lines of a skills list with a wrapped item list joined back: a line that ends on a comma
    (or "and", "&", "/") goes on in the next one, unless that line opens its own group ("Cloud: …").

    >>> list_lines(["Data: Spark, Airflow, BigQuery,", "Snowflake, Tableau", "Languages: Python, R"])
    ['Data: Spark, Airflow, BigQuery, Snowflake, Tableau', 'Languages: Python, R']
    """
    joined: list[str] = []
    for line in lines:
        if joined and _OPEN_END.search(joined[-1]) and not _group_label_end(line):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line.strip())
    return joined


_GROUP_LABEL = re.compile(r"^\s*[A-Za-z][\w &/+-]{0,30}:\s+\S")


def _group_label_end(line: str) -> int:
    """Where the group label of a skills line ("Languages: Go, Java") ends, or 0 when there is none.

    >>> _group_label_end("Cloud & Infra: AWS, Docker")
    13
    >>> _group_label_end("Python, Go")
    0
    """
    found = _GROUP_LABEL.match(line)
    if found is None or "," not in line[found.end():]:
        return 0
    return line.index(":")
