"""Suggestions tied to resume lines: what to change and why, for this company.

Nothing here invents a fact. Advice quotes the resume line it is about, uses the resume's own words,
the company's value names and the posting's skill names (always "add only if true"), and marks what
the candidate must fill in with square-bracket placeholders such as ``[metric]``. The tailored
summary line is assembled only from the resume: its latest title, its years, the skills its bullets
demonstrate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from resume_tailor.matching.bullets import BulletEvidence, value_rules
from resume_tailor.matching.scoring import Item, Scored
from resume_tailor.matching.skillfit import is_certification, is_domain
from resume_tailor.models import CompanyProfile, Resume, Suggestion, Value

MAX_KEYWORDS = 8
MAX_STRONG_ANGLES = 3
SUMMARY_SKILLS = 3

# Company-specific rewrite advice, by value theme. The first theme in this order that one of the
# company's current values carries is the company's angle (Google's X-Y-Z form comes from its
# resume conventions instead).
ANGLES: dict[str, str] = {
    "customer": "Name the customer impact: who benefited and what changed for them "
    "([customer or user group], [what improved for them]).",
    "judgment": "Show the judgement call: the options you weighed, what you chose and why "
    "([option you chose] over [alternative], because [reason]).",
    "speed": "Show the speed: how fast it shipped or how often ([time to ship], [release frequency]).",
    "selfless": "Show who you helped succeed and what it unblocked "
    "([team or person helped], [what it unblocked]).",
}
XYZ = (
    'Rewrite it in the form "accomplished [X] as measured by [Y] by doing [Z]": the outcome first, '
    "then its measure, then how you did it."
)
_XYZ_CONVENTION = re.compile(r"x-y-z|xyz|as measured by", re.I)


@dataclass(frozen=True)
class Angle:
    """The company-specific rewrite advice and the value it serves (None for a convention)."""

    advice: str
    value: Value | None
    why: str


def company_angle(profile: CompanyProfile) -> Angle | None:
    """The rewrite advice that matters most for this company, and why."""
    for convention in profile.resume_conventions:
        if _XYZ_CONVENTION.search(convention):
            return Angle(XYZ, None, f"{profile.name}: {convention}")
    rules = {r.id: r for r in value_rules(profile)}
    for theme, advice in ANGLES.items():
        for value in profile.current_values():
            rule = rules.get(value.id)
            if rule and theme in rule.themes:
                tip = value.resume_tips[0] if value.resume_tips else value.summary
                return Angle(advice, value, f"{profile.name} — {value.name}: {tip}".rstrip(": "))
    return None


def _convention(profile: CompanyProfile, pattern: str, fallback: str) -> str:
    found = next((c for c in profile.resume_conventions if re.search(pattern, c, re.I)), None)
    return f"{profile.name}: {found}" if found else fallback


def bullet_suggestions(
    bullets: Sequence[BulletEvidence], profile: CompanyProfile, weights: dict[str, float]
) -> list[Suggestion]:
    """For each weak bullet: lead with a verb, add the metric, and the company's angle."""
    n = max(1, len(bullets))
    angle = company_angle(profile)
    n_values = max(1, len(profile.current_values()))
    metric_why = _convention(
        profile,
        r"number|quantif|metric|data|measur",
        "Numbers let a reader see the size of your result at a glance.",
    )
    verb_why = _convention(
        profile,
        r"verb|first person|\"built",
        "Recruiters skim the first words; a weak opener hides what you did.",
    )
    out: list[Suggestion] = []
    strong_angles = 0
    for b in bullets:
        weak = b.weak_opener or not b.action_verb or not b.quantified or bool(b.issues)
        if b.weak_opener or not b.action_verb:
            opener = _opener(b.text)
            advice = (
                f'Lead with what you did: replace "{opener}" with a strong verb that is true '
                '(e.g. "built", "led", "reduced", "designed").'
                if b.weak_opener
                else 'Open with a strong past-tense verb that says what you did (e.g. "built", "led", "cut").'
            )
            out.append(
                Suggestion(
                    "verb",
                    advice,
                    verb_why,
                    line=b.text,
                    priority=round(weights["impact"] * 100 * 0.35 / n, 2),
                )
            )
        if not b.quantified:
            out.append(
                Suggestion(
                    "metric",
                    "Add the result and its size — what changed, by how much, for whom "
                    '(e.g. "…, cutting [metric] by [X%]" or "… for [number] users").',
                    metric_why,
                    line=b.text,
                    priority=round(weights["impact"] * 100 * 0.45 / n, 2),
                )
            )
        other = [i for i in b.issues if i not in ("weak opener", "no action verb")]
        if other:
            out.append(
                Suggestion(
                    "wording",
                    _wording_advice(other),
                    "Short, active, implied-first-person bullets read fastest.",
                    line=b.text,
                    priority=round(weights["impact"] * 100 * 0.1 * len(other) / n, 2),
                )
            )
        if angle and not _shows(b, angle.value):
            if not weak:
                if strong_angles >= MAX_STRONG_ANGLES:
                    continue
                strong_angles += 1
            out.append(
                Suggestion(
                    "rewrite",
                    angle.advice,
                    angle.why,
                    line=b.text,
                    value_id=angle.value.id if angle.value else None,
                    priority=round(weights["values"] * 100 * 0.5 / (n_values * 0.6) / n, 2),
                )
            )
    return out


def _shows(b: BulletEvidence, value: Value | None) -> bool:
    if value is None:
        return b.quantified and b.action_verb and not b.issues
    return any(h.id == value.id for h in b.values)


def _opener(text: str) -> str:
    words = text.split()
    return " ".join(words[:3] if len(words) > 3 else words[:1])


def _wording_advice(issues: list[str]) -> str:
    fixes = {
        "too long": "cut it to a single line: the result, then how",
        "too short": "say what you did, how, and what it changed",
        "first person": 'drop "I", "my" and "we" — the first person is implied',
        "passive voice": 'make it active: start with what you did, not "was [done]"',
    }
    return "Fix the wording: " + "; ".join(fixes[i] for i in issues if i in fixes) + "."


# ---------------------------------------------------------------------------------------------
# Keywords
# ---------------------------------------------------------------------------------------------


def keyword_suggestions(
    resume: Resume, skills: Scored, weights: dict[str, float], source: str, *, from_posting: bool = False
) -> list[Suggestion]:
    """Skills the posting or role asks for: shown elsewhere (say it in a bullet) or missing (add if true).

    Without a posting, broad fields ("Software development") from the role's demand are not offered
    as keywords to add: they are too vague to act on.
    """
    elsewhere: list[Suggestion] = []
    missing: list[Suggestion] = []
    for item in sorted(skills.items, key=lambda i: (-i.share * (1 - i.credit), i.name)):
        if item.kind != "skill" or item.credit >= 1:
            continue
        priority = round(weights["skills"] * 100 * item.share * (1 - item.credit), 2)
        if item.where == "elsewhere":
            # a certification is held, not used: "say where you used it" makes no sense for it
            if len(elsewhere) < MAX_KEYWORDS and not is_domain(item.name) and not is_certification(item.name):
                elsewhere.append(_elsewhere(item, source, priority))
        elif (
            item.where == "missing"
            and len(missing) < MAX_KEYWORDS
            and (from_posting or not is_domain(item.name))
        ):
            label = "a must-have" if item.required else "wanted"
            missing.append(
                Suggestion(
                    "keyword_missing",
                    f"{item.name} is {label} in {source} and is missing from your resume — "
                    "add it only if true, "
                    "in a bullet that shows where you used it.",
                    "Applicant-tracking systems and recruiters search for the terms the job asks for.",
                    priority=priority,
                )
            )
    return elsewhere + missing


def _elsewhere(item: Item, source: str, priority: float) -> Suggestion:
    return Suggestion(
        "keyword_elsewhere",
        f"You show {item.name} elsewhere in your resume but no bullet says where you used it — "
        f"say it in the bullet about that work.",
        (f"It is asked for in {source}; " if source else "") + "a skill shown in a bullet counts more than "
        "one only listed.",
        line=item.line,
        priority=priority,
    )


# ---------------------------------------------------------------------------------------------
# Summary line
# ---------------------------------------------------------------------------------------------


def summary_line(resume: Resume, wanted: Sequence[Item] = ()) -> str | None:
    """A one-line summary built only from the resume's own facts.

    The latest title, the years its dates cover, and up to three skills its bullets demonstrate
    (those the posting or role asks for first).
    """
    title = _latest_title(resume)
    order = {re.sub(r"\W+", " ", i.name.casefold()).strip(): -i.share for i in wanted if i.kind == "skill"}
    shown = [s for s in resume.skills if s.demonstrated and not s.soft]
    shown.sort(
        key=lambda s: (
            order.get(re.sub(r"\W+", " ", s.name.casefold()).strip(), 1.0),
            not s.listed,
            -(s.years or 0.0),
            s.name.casefold(),
        )
    )
    names = [s.name for s in shown[:SUMMARY_SKILLS]]
    years = math.floor(resume.total_years) if resume.total_years and resume.total_years >= 1 else None
    if not title and not names:
        return None
    lead = title or "Professional"
    parts = [lead]
    if years:
        parts.append(f"with {years}+ years of experience")
    if names:
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        parts.append(("in " if years else "experienced in ") + joined)
    return " ".join(parts) + "."


def _latest_title(resume: Resume) -> str | None:
    entries = [e for e in resume.experience if e.title]
    if not entries:
        return None
    current = [e for e in entries if (e.end or "").casefold() == "present"]
    if current:
        return current[0].title
    return max(entries, key=lambda e: e.end or e.start or "", default=entries[0]).title


def summary_suggestion(resume: Resume, line: str | None) -> Suggestion | None:
    """The tailored summary as a suggestion, quoting the current summary line when there is one."""
    if not line:
        return None
    current = next((s for s in resume.sections if s.kind == "summary" and (s.lines or s.text.strip())), None)
    quoted = None
    if current is not None:
        quoted = (current.lines[0] if current.lines else current.text.strip().splitlines()[0]).strip() or None
    return Suggestion(
        "summary",
        f'Open with a summary built from your own resume: "{line}"',
        "Built only from your latest title, your years and the skills your bullets show; "
        "edit it, but keep every claim true.",
        line=quoted,
        priority=0.5,
    )


def rank(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Highest priority first; ties keep reading order (a stable sort)."""
    return sorted(suggestions, key=lambda s: -s.priority)
