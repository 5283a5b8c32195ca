"""The summary line: the person's own, with the facts it lacks woven in; else one built from resume facts.

Facts only: a job title that reads as one (never a header, a footer, a date or a contact line), the
years of experience (the figure the resume states when its dates disagree by more than two years),
and skills the bullets demonstrate (those the posting or role asks for first).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from resume_tailor.matching.prose import joined_names
from resume_tailor.matching.scoring import Item
from resume_tailor.matching.text import lower_first, unshout
from resume_tailor.models import Resume, Skill, Suggestion
from resume_tailor.resume.sentences import split_sentences
from resume_tailor.resume.years import YEARS_FIGURE

SUMMARY_SKILLS = 3
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_NOT_A_TITLE = re.compile(
    rf"^\W*{_MONTH}\s+\d|\b(?:19|20)\d\d\b|^\W*\d|@|https?:|www\.|\bpage\s+\d|\|"
    r"|\b(?:resume|curriculum vitae|cv|references|confidential)\b",
    re.IGNORECASE,
)


def _norm(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()


def is_title(text: str | None) -> bool:
    """True when ``text`` reads as a job title: words, no date, no contact detail, at most 8 words."""
    if not text or not re.search(r"[A-Za-z]{2}", text):
        return False
    return not _NOT_A_TITLE.search(text) and len(text.split()) <= 8


def latest_title(resume: Resume) -> str | None:
    """The current (else the most recent) role's title, when it reads as a job title."""
    entries = [e for e in resume.experience if is_title(e.title)]
    if not entries:
        return None
    current = [e for e in entries if (e.end or "").casefold() == "present"]
    latest = current[0] if current else max(entries, key=lambda e: e.end or e.start or "", default=entries[0])
    return unshout(latest.title) if latest.title else None


def learner_title(resume: Resume, today: date | None = None) -> str | None:
    """Who a person without a job title is, from their latest education: "Computer Science student"
    while it runs, "Computer Science graduate" once it has ended; None without dated education."""
    dated = [e for e in resume.education if e.end]
    if not dated:
        return None
    latest = max(dated, key=lambda e: "9999" if (e.end or "").casefold() == "present" else e.end or "")
    now = (today or date.today()).strftime("%Y-%m")
    running = (latest.end or "").casefold() == "present" or (latest.end or "") > now
    status = "student" if running else "graduate"
    return f"{latest.field.strip()} {status}" if latest.field else status.capitalize()


def years_of_experience(resume: Resume) -> int | None:
    """Whole years of :meth:`Resume.years_of_experience` (the stated figure when the dates disagree
    by more than two years); None under one year."""
    years = resume.years_of_experience()
    return math.floor(years) if years and years >= 1 else None


def _shown_skills(resume: Resume, wanted: Sequence[Item]) -> list[Skill]:
    order = {_norm(i.name): -i.share for i in wanted if i.kind == "skill"}
    shown = [s for s in resume.skills if s.demonstrated and not s.soft]
    # Skills the person lists as well as shows, when there are any: a term found only in the bullets
    # is often a generic noun ("APIs") that a summary would not name.
    shown = [s for s in shown if s.listed] or shown
    shown.sort(
        key=lambda s: (order.get(_norm(s.name), 1.0), not s.listed, -(s.years or 0.0), s.name.casefold())
    )
    return shown


def own_summary(resume: Resume) -> tuple[str, str] | None:
    """(first sentence, whole text) of the summary the person wrote, if there is one.

    The first sentence, not the first printed line: a quote cut where the page wrapped
    ("... into product decisions for") reads as a misquote.
    """
    section = next((s for s in resume.sections if s.kind == "summary" and (s.lines or s.text.strip())), None)
    if section is None:
        return None
    lines = [line.strip() for line in (section.lines or section.text.splitlines()) if line.strip()]
    if not lines:
        return None
    text = " ".join(lines)
    sentences = split_sentences(text)
    return (sentences[0] if sentences else text), text


def summary_line(resume: Resume, wanted: Sequence[Item] = ()) -> str | None:
    """The summary line to use: the person's own with the facts it lacks added, else one built only
    from resume facts (the latest title, the years, up to three skills the bullets demonstrate)."""
    own = own_summary(resume)
    if own is not None:
        return tailored_own(own[1], _missing_facts(resume, own[1], wanted))
    title = latest_title(resume) or learner_title(resume)
    names = [s.name for s in _shown_skills(resume, wanted)[:SUMMARY_SKILLS]]
    years = years_of_experience(resume)
    if not title and not names:
        return None
    parts = [title or "Professional"]
    if years:
        parts.append(f"with {years}+ years of experience")
    if names:
        # "with 9+ years of experience in BigQuery" would claim the years for each skill
        parts.append(("and hands-on work in " if years else "experienced in ") + joined_names(names))
    return " ".join(parts) + "."


@dataclass(frozen=True)
class MissingFacts:
    """What the person's own summary does not say yet: their title, their years, skills the bullets show."""

    title: str | None = None
    years: int | None = None
    skills: tuple[str, ...] = ()
    known_title: str | None = None  # the title, when the summary already names it


_ARTICLES = {"a", "an", "the"}


def tailored_own(text: str, missing: MissingFacts) -> str:
    """The person's own summary with ``missing`` woven in, their words kept.

    An opening that names the same role in fewer words ("Data scientist who ...") becomes the title
    ("Senior Data Scientist with 7+ years of experience who ..."); otherwise the title leads as a
    headline ("Senior Software Engineer — backend engineer building ..."). Years that fit nowhere in
    the opening, and the skills the summary lacks, close it ("9+ years of experience, hands-on with
    SQL.").
    """
    years = f"{missing.years}+ years of experience" if missing.years else ""
    out, placed = text.strip(), not years
    title = missing.title or missing.known_title
    if title:
        merged = _renamed_opening(out, title, years)
        if merged is not None:
            out, placed = merged
        elif missing.title:
            lead = f"{missing.title}{' with ' + years if years else ''}"
            out, placed = f"{lead} — {lower_first(out)}", True  # a headline: "Title — backend engineer ..."
    closing = ([] if placed else [years]) + (
        [f"hands-on with {joined_names(missing.skills)}"] if missing.skills else []
    )
    if closing:
        sentence, out = ", ".join(closing), out.rstrip()
        out += f"{'' if out.endswith(('.', '!', '?')) else '.'} {sentence[0].upper()}{sentence[1:]}."
    return out


def _renamed_opening(text: str, title: str, years: str) -> tuple[str, bool] | None:
    """``text`` with its opening role words replaced by ``title``, when the opening is made only of the
    title's own words and ends on its head noun; else None. The years follow the title where the
    sentence goes on with "who", "that" or "with" (second value True), not before a complement ("for
    B2B tools", "in fintech") they would seem to qualify."""
    named = re.findall(r"[\w&/+-]+", title)
    title_words, head = {w.casefold() for w in named}, named[-1]
    opening = re.match(rf"\s*((?:[\w&/+-]+\s+){{0,4}}?{re.escape(head)})\b", text, re.IGNORECASE)
    if opening is None:
        return None
    words = {w.casefold() for w in opening.group(1).split()} - _ARTICLES
    if not words <= title_words:
        return None
    rest = text[opening.end() :]
    if not years or not re.match(r"\s+(?:who|that|with)\b|\W*$", rest):
        return f"{title}{rest}", not years
    if re.match(r"\s+with\b", rest):
        rest = " and" + rest.lstrip()[len("with") :]
    return f"{title} with {years}{rest}", True


def summary_suggestion(resume: Resume, line: str | None, wanted: Sequence[Item] = ()) -> Suggestion | None:
    """Advice on the summary: for the person's own, what to add or move to the front; else the built line."""
    own = own_summary(resume)
    if own is None:
        if not line:
            return None
        return Suggestion(
            "summary",
            f'Open with a summary built from your own resume: "{line}"',
            "Built only from your latest title, your years and the skills your bullets show; "
            "edit it, but keep every claim true.",
            priority=0.5,
        )
    first, text = own
    missing = _missing_facts(resume, text, wanted)
    adds = []
    if missing.title:
        adds.append(f"your current title ({missing.title})")
    if missing.years:
        adds.append(f"your years of experience ({missing.years}+)")
    if missing.skills:
        adds.append(joined_names(missing.skills) + ", which your bullets show")
    moves = _to_front(resume, text, wanted)
    if not adds and not moves:
        return None
    parts = ["add " + a for a in adds]
    if moves:
        parts.append("move " + joined_names(moves) + " into the first sentence")
    shown = " (the tailored summary line does the adding for you)" if adds else ""
    return Suggestion(
        "summary",
        "Keep your own summary; " + "; ".join(parts) + shown + ".",
        "A recruiter reads the summary first: your title, your years and the skills this company asks for "
        "should be there, all taken from your own resume.",
        line=first,
        priority=0.5,
    )


def _missing_facts(resume: Resume, text: str, wanted: Sequence[Item]) -> MissingFacts:
    low = _norm(text)
    title = latest_title(resume)
    years = years_of_experience(resume)
    asked = {_norm(i.name) for i in wanted if i.kind == "skill"}
    skills = [
        s.name
        for s in _shown_skills(resume, wanted)
        if (not asked or _norm(s.name) in asked) and not _names(s.name, low)
    ]
    named = bool(title) and _norm(title or "") in low
    return MissingFacts(
        title=None if named else title,
        known_title=title if named else None,
        years=years if years and not YEARS_FIGURE.search(text) else None,
        skills=tuple(skills[:SUMMARY_SKILLS]),
    )


def _to_front(resume: Resume, text: str, wanted: Sequence[Item]) -> list[str]:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    if len(sentences) < 2:
        return []
    first, rest = _norm(sentences[0]), _norm(" ".join(sentences[1:]))
    asked = [i.name for i in sorted(wanted, key=lambda i: -i.share) if i.kind == "skill"]
    return [name for name in asked if _names(name, rest) and not _names(name, first)][:2]


def _names(name: str, text: str) -> bool:
    return bool(re.search(rf"\b{re.escape(_norm(name))}\b", text))
