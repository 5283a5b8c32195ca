"""A "tell me about yourself" pitch and "why this company" prompts, built only from the resume,
the company profile and the posting. What only the candidate knows is asked for, never invented."""

from __future__ import annotations

import math
import re

from resume_tailor.matching.language import opens_with_action_verb
from resume_tailor.matching.text import lower_first, unshout
from resume_tailor.models import Assessment, Entry, Pitch, Report, Resume
from resume_tailor.prep.star import outcome_clause
from resume_tailor.resume.years import YEARS_FIGURE

#: Spoken words per minute used to time the pitch.
WORDS_PER_MINUTE = 150
PITCH_SECONDS = (60, 90)
#: At most this many outcomes in the pitch (two always, more only while it is under a minute).
MAX_OUTCOMES = 4
_WANTS = re.compile(
    r"[^.!?]*\b(?:seeking|looking (?:for|to)|want(?:s|ing)? to|hoping to|aiming to|aspir\w+|eager to|"
    r"interested in (?:joining|moving|a role|roles)|next step|open to)\b[^.!?]*[.!?]?",
    re.I,
)
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the and or of to in on for with by at from as is are was were be this that your our their "
        "we you i it its into across using including experience team teams",
    )
)


def latest_role(resume: Resume) -> Entry | None:
    """The current role (``end == "present"``), else the one that started last, else the first listed."""
    roles = [e for e in resume.experience if e.title or e.company]
    if not roles:
        return None
    current = [e for e in roles if (e.end or "").casefold() == "present"]
    if current:
        return max(current, key=lambda e: e.start or "")
    dated = [e for e in roles if e.start]
    return max(dated, key=lambda e: e.start or "") if dated else roles[0]


def years_phrase(resume: Resume) -> tuple[float | None, str]:
    """The years to claim and how they were found (the stated figure wins when the dates disagree)."""
    years = resume.years_of_experience()
    if years is None:
        return None, ""
    if resume.stated_years is not None and years == resume.stated_years:
        note = "the figure your resume states"
        if resume.years_disagree():
            note += f" (your dated roles add up to about {math.floor(resume.total_years or 0)})"
        return years, note
    return years, "from the dates of your roles"


def strongest_outcomes(report: Report, limit: int = 2) -> list[tuple[str, str, Entry | None]]:
    """(bullet, outcome clause, its role) for the bullets with the strongest outcomes, strongest first.

    Strength: the matcher's evidence for the bullet, plus one for a figure in the outcome, a little
    less for each older role."""
    strength: dict[str, float] = {}
    for a in (*report.values, *report.competencies):
        for ev in a.evidence:
            strength[ev.text] = strength.get(ev.text, 0.0) + ev.strength
    found = []
    for order, entry in enumerate(report.resume.experience):
        for bullet in entry.bullets:
            clause = outcome_clause(bullet.text)
            if clause:
                score = (
                    strength.get(bullet.text, 0.0) + (1.0 if re.search(r"\d", clause) else 0.0) - 0.1 * order
                )
                found.append((score, bullet.text, clause, entry))
    found.sort(key=lambda f: -f[0])
    return [(text, clause, entry) for _, text, clause, entry in found[:limit]]


def first_person(bullet: str) -> str:
    """ "Led the migration ..." -> "I led the migration ..." (an opening acronym or name keeps its case)."""
    text = " ".join(bullet.split()).rstrip(".")
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower():
        text = first.lower() + text[len(first) :]
    return f"I {text}"


def wants_next(resume: Resume) -> str | None:
    """The sentence of the summary (or objective) that says what the person wants next, verbatim."""
    for section in resume.sections:
        if section.kind in ("summary", "other") or "objective" in section.heading.casefold():
            match = _WANTS.search(section.text)
            if match:
                return " ".join(match.group(0).split()).strip()
    return None


def pitch(report: Report) -> Pitch:
    """A 60-90 second "tell me about yourself": present role, years, outcomes, the path, what next."""
    resume = report.resume
    role = latest_role(resume)
    years, _ = years_phrase(resume)
    sentences: list[str] = []
    facts: list[str] = []
    prompts: list[str] = []
    focus = _focus(resume)
    if focus and YEARS_FIGURE.search(focus):
        years = None  # the summary states its own figure, quoted below: the pitch states no other
    if role is not None:
        own = bool(role.company and _SELF_EMPLOYED.match(role.company))
        where = f" at {role.company}" if role.company and not own else ""
        title = unshout(role.title) if role.title else None
        if own and title and not _SELF_EMPLOYED.search(title):
            title = f"self-employed {title}"
        opener = f"I'm {_a(title)}{where}" if title else f"I work{where}"
        if years is not None:
            opener += f", with {math.floor(years)} years of experience"
        sentences.append(opener + ".")
        facts.append(" — ".join(x for x in (role.title, role.company, role.dates_text) if x))
    elif years is not None:
        sentences.append(f"I have {math.floor(years)} years of experience.")
    if focus:
        sentences.append(f"In one line: {focus}.")
        facts.append(focus)
    order = {id(e): i for i, e in enumerate(resume.experience)}
    outcomes = sorted(strongest_outcomes(report, limit=MAX_OUTCOMES), key=lambda o: order.get(id(o[2]), 99))
    mentioned: list[Entry] = [role] if role is not None else []
    for i, (text, _clause, entry) in enumerate(outcomes):
        if i >= 2 and _seconds(sentences) >= PITCH_SECONDS[0]:
            break
        spoken = first_person(text)
        if i == 0 and entry is role:
            sentence = f"Most recently, {lower_first(spoken)}."
        elif entry is not None and entry.company and all(entry is not m for m in mentioned):
            sentence = f"At {entry.company}, {lower_first(spoken)}."
            mentioned.append(entry)
        else:
            sentence = "I also " + spoken.removeprefix("I ") + "."
        sentences.append(sentence)
        facts.append(text)
    path = _path(resume, mentioned)
    if path:
        sentences.append(path)
    for extra in (_education(resume), _side_project(resume)):
        if extra and _seconds(sentences) < PITCH_SECONDS[0]:
            sentences.append(extra)
    want = wants_next(resume)
    if want:
        sentences.append(f"What I want next: {lower_first(want)}")
        facts.append(want)
    else:
        prompts.append(
            "Close with what you want next and why this role: one sentence in your own words (your resume "
            "does not say it)."
        )
    if not outcomes:
        prompts.append("Add the one result you are proudest of: what changed, by how much and for whom.")
    text = " ".join(sentences)
    seconds = _seconds(sentences)
    if seconds < PITCH_SECONDS[0]:
        prompts.append(
            f"This reads in about {seconds} seconds; add a sentence on how you got here and what you "
            f"are known for, to reach {PITCH_SECONDS[0]}–{PITCH_SECONDS[1]}."
        )
    elif seconds > PITCH_SECONDS[1]:
        prompts.append(f"This reads in about {seconds} seconds; cut it to {PITCH_SECONDS[1]} or less.")
    return Pitch(text=text, seconds=seconds, facts=facts, prompts=prompts)


def _seconds(sentences: list[str]) -> int:
    return round(sum(len(s.split()) for s in sentences) * 60 / WORDS_PER_MINUTE)


def _focus(resume: Resume) -> str | None:
    """The summary's first sentence, as the person wrote it."""
    summary = next((s.text for s in resume.sections if s.kind == "summary" and s.text.strip()), None)
    if not summary:
        return None
    first = re.split(r"(?<=[.!?])\s", " ".join(summary.split()))[0].rstrip(".").strip(" ,")
    return lower_first(first) if len(first.split()) >= 3 else None


def _path(resume: Resume, mentioned: list[Entry]) -> str | None:
    """ "Before that, I was a Software Engineer at Bluefin, and I started as ..." (roles not named yet)."""
    earlier = [e for e in resume.experience if all(e is not m for m in mentioned) and e.title and e.company]
    if not earlier:
        return None
    if len(earlier) == 1:
        return f"Earlier, I was {_a(earlier[0].title or '')} at {earlier[0].company}."
    last = earlier[-1]
    return (
        f"Before that, I was {_a(earlier[0].title or '')} at {earlier[0].company}, and I started as "
        f"{_a(last.title or '')} at {last.company}."
    )


def _education(resume: Resume) -> str | None:
    """ "I hold an M.S. Statistics from University of California, Berkeley." (the first degree listed)."""
    edu = next((e for e in resume.education if e.degree and e.institution), None)
    if edu is None:
        return None
    subject = f" {edu.field}" if edu.field and edu.field not in (edu.degree or "") else ""
    return f"I hold {_a(edu.degree or '')}{subject} from {edu.institution}."


def _side_project(resume: Resume) -> str | None:
    """ "Outside my job, I maintain a small Python package ..." (the first project or activity bullet
    that says what the person did); a line that only describes the project is said with its name
    ("Outside my job: naira-format, a small npm package for ...")."""
    entries = [e for e in (*resume.projects, *resume.activities) if e.bullets]
    for entry in entries:
        for bullet in entry.bullets:
            if opens_with_action_verb(bullet.text):
                return f"Outside my job, {lower_first(first_person(bullet.text))}."
    if not entries:
        return None
    entry, text = entries[0], " ".join(entries[0].bullets[0].text.split()).rstrip(".")
    name = f"{entry.title}, " if entry.title else ""
    return f"Outside my job: {name}{lower_first(text) if name else text}."


# an employer line that says the person worked for themselves: no "at ..." in the pitch
_SELF_EMPLOYED = re.compile(
    r"^\W*(?:self[- ]employed|freelancer?|independent(?: contractor| consultant)?)\b", re.I
)


def _a(title: str) -> str:
    """ "a Data Scientist", "an Engineer", "an M.S." (acronyms by their spoken first letter)."""
    first = title.split(" ", 1)[0]
    acronym = first.replace(".", "").isupper() and len(first.replace(".", "")) <= 4
    vowel = first[:1].upper() in ("AEFHILMNORSX" if acronym else "AEIOU")
    return ("an " if vowel else "a ") + title


def why_company(report: Report, weights: dict[str, float]) -> list[str]:
    """Prompts tying the person's own evidence to the company's weightiest values and to the posting."""
    company = report.company.name
    values = {v.id: v for v in report.company.values}
    out: list[str] = []
    ranked: list[Assessment] = sorted(
        (a for a in report.values if a.evidence),
        key=lambda a: (-weights.get(a.id, 1.0), -max(e.strength for e in a.evidence)),
    )
    used: set[str] = set()
    for a in ranked:
        line = next(
            (e.text for e in sorted(a.evidence, key=lambda e: -e.strength) if e.text not in used), None
        )
        if line is None:
            continue
        used.add(line)
        summary = values[a.id].summary.rstrip(".") if a.id in values else ""
        out.append(
            f"{a.name} ({summary[:1].lower() + summary[1:]}): your line “{line}” already works this way. "
            f"Say in your own words why working like that at {company} matters to you."
        )
        if len(out) == 2:
            break
    posting = report.posting
    if posting is not None:
        title = posting.title or "this role"
        for ask, line in _posting_matches(report)[:2]:
            out.append(
                f"The {title} posting asks: “{ask.rstrip('.')}”. Your closest evidence: “{line}”. "
                "Connect the two."
            )
    out.append(f"[What about {company}'s product, customers or team draws you: only you can say this.]")
    return out


def _content(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z0-9+#/-]+", text.casefold())
    return {w[:6] for w in words if w not in _STOP and len(w) > 2}


def _posting_matches(report: Report) -> list[tuple[str, str]]:
    """(posting line, the resume bullet sharing most content words with it), best overlaps first."""
    posting = report.posting
    if posting is None:
        return []
    lines = [*posting.responsibilities, *(r.text for r in posting.requirements)]
    bullets = [b.text for b in report.resume.bullets()]
    pairs = []
    for line in lines:
        words = _content(line)
        best = max(bullets, key=lambda b: len(words & _content(b)), default=None)
        if best is not None and len(words & _content(best)) >= 2:
            pairs.append((len(words & _content(best)), line, best))
    pairs.sort(key=lambda p: -p[0])
    seen: set[str] = set()
    out = []
    for _, line, best in pairs:
        if best not in seen:
            seen.add(best)
            out.append((line, best))
    return out
