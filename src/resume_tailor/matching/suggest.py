"""Suggestions tied to resume lines: what to change and why, for this company.

Nothing here invents a fact. Advice quotes the resume line it is about, uses the resume's own words,
the company's value names and the posting's skill names (always "add only if true"), and marks what
the candidate must fill in with square-bracket placeholders such as ``[metric]``. The tailored
summary line is assembled only from the resume: its latest title, its years, the skills its bullets
demonstrate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_tailor.matching.angles import company_angles
from resume_tailor.matching.bullets import BulletEvidence
from resume_tailor.matching.language import has_a_verb
from resume_tailor.matching.prose import joined_names
from resume_tailor.matching.scoring import Item, Scored
from resume_tailor.matching.skillfit import is_certification, is_domain
from resume_tailor.matching.summary import summary_line, summary_suggestion
from resume_tailor.models import CompanyProfile, Resume, Suggestion

__all__ = ["bullet_suggestions", "keyword_suggestions", "rank", "summary_line", "summary_suggestion"]

MAX_KEYWORDS = 8
MAX_STRONG_ANGLES = 1  # a strong bullet asked for the company angle once: an example, not a refrain
TOP = 10  # changes a report leads with
MAX_SAME_ADVICE = 1  # the same advice text on more lines than this becomes one item listing them
ANGLES_PER_WEAK_BULLET = 2  # a weak bullet may get the company's first or second angle
REWRITE = "Rewrite this line:"  # how every rewrite prompt opens
HEADING_WORDS = 8  # a verbless line shorter than this is a heading or a list, not a bullet
_FIXES = {
    "too long": "cut it to one line: the result, then how",
    "too short": "say what you did, how, and what it changed",
    "first person": 'drop "I", "my" and "we" (the first person is implied)',
    "passive voice": 'make it active: start with what you did, not "was [done]"',
}


def bullet_suggestions(
    bullets: Sequence[BulletEvidence],
    profile: CompanyProfile,
    weights: dict[str, float],
    family: str | None = None,
) -> list[Suggestion]:
    """One rewrite prompt per bullet that needs one: its problems merged, in the order to fix them.

    A company angle is added only where the bullet does not already do what it asks; a number is
    asked for only where the bullet has none. Lines whose only problems are wording are general
    polish (``company_specific`` False).
    """
    n = max(1, len(bullets))
    angles = company_angles(profile, family)
    n_values = max(1, len(profile.current_values()))
    metric_why = _convention(profile, r"number|quantif|metric|data|measur")
    verb_why = _convention(profile, r"verb|first person|\"built")
    measure = angles[0].measure if angles else "a number"
    out: list[Suggestion] = []
    strong_angles = 0
    for b in bullets:
        if not (has_a_verb(b.text) or b.weak_opener or len(b.text.split()) >= HEADING_WORDS):
            continue  # a heading or a list the parser took for a bullet: nothing to rewrite
        weak_verb = b.weak_opener or not b.action_verb
        wording = [i for i in b.issues if i in _FIXES]
        strong = not weak_verb and b.quantified and not wording
        # a strong bullet that already evidences one of the company's values is left alone
        candidates = ([] if b.values else angles[:1]) if strong else angles[:ANGLES_PER_WEAK_BULLET]
        angle = next((a for a in candidates if a.asks_of(b.text)), None)
        if angle is not None and strong:
            if strong_angles >= MAX_STRONG_ANGLES:
                angle = None
            else:
                strong_angles += 1
        if not (weak_verb or not b.quantified or wording or angle):
            continue
        parts, whys, priority = [], [], 0.0
        if b.weak_opener:
            parts.append(f'open with what you did instead of "{_opener(b.text)}"')
            priority += weights["impact"] * 100 * 0.35 / n
        elif not b.action_verb:
            parts.append("open with a verb that says what you did")
            priority += weights["impact"] * 100 * 0.35 / n
        if angle is not None:
            parts.append(angle.kind.ask)
            whys.append(angle.why)
            priority += weights["values"] * 100 * 0.5 / (n_values * 0.6) / n
        if not b.quantified:
            parts.append("add the result and its size")
            priority += weights["impact"] * 100 * 0.45 / n
            if metric_why:
                whys.append(metric_why)
        parts += [_FIXES[i] for i in wording]
        priority += weights["impact"] * 100 * 0.1 * len(wording) / n
        if weak_verb and verb_why and not whys:
            whys.append(verb_why)
        company = angle is not None or (not b.quantified and bool(metric_why))
        shape = (
            angle.shape()
            if angle
            else (f"[verb] [what you did], [result: {measure}]" if not b.quantified else "")
        )
        advice = _sentence(parts) + (f' In this order: "{shape}".' if shape else "")
        why = " ".join(dict.fromkeys(whys)) or (
            "General polish: short, active bullets that open with what you did read fastest."
        )
        out.append(
            Suggestion(
                "rewrite" if company else "polish",
                advice,
                why,
                line=b.text,
                value_id=angle.value.id if angle and angle.value else None,
                priority=round(priority, 2),
                company_specific=company,
            )
        )
    return out


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return f"{REWRITE} {text}."


def _convention(profile: CompanyProfile, pattern: str) -> str:
    found = next((c for c in profile.resume_conventions if re.search(pattern, c, re.I)), None)
    return f"{profile.name}: {found}" if found else ""


def _opener(text: str) -> str:
    words = text.split()
    return " ".join(words[:3] if len(words) > 3 else words[:1])


# ---------------------------------------------------------------------------------------------
# Keywords
# ---------------------------------------------------------------------------------------------


def keyword_suggestions(
    resume: Resume, skills: Scored, weights: dict[str, float], source: str, *, from_posting: bool = False
) -> list[Suggestion]:
    """Skills the posting or role asks for: shown only in a list (one item per line naming them all)
    or missing (one item listing the must-haves, one the others, each "add only if true").

    Without a posting, broad fields ("Software development") from the role's demand are not offered
    as keywords to add: they are too vague to act on. Certifications are never pointed to a bullet.
    """
    bullets = [b.text for b in resume.bullets()]
    by_line: dict[str, list[tuple[Item, float]]] = {}
    missing: dict[bool, list[tuple[Item, float]]] = {True: [], False: []}
    for item in sorted(skills.items, key=lambda i: (-i.share * (1 - i.credit), i.name)):
        if item.kind != "skill" or item.credit >= 1:
            continue
        priority = weights["skills"] * 100 * item.share * (1 - item.credit)
        if _vague(item.name):
            continue
        if item.where == "elsewhere" and item.line and not _in_a_bullet(item.name, bullets):
            if "implied by" in item.detail:
                continue  # a broad ask met by a listed specific: point to the specific, not the class
            if (
                not is_domain(item.name)
                and not is_certification(item.name)
                and not _is_certificate_line(item.line)
            ):
                by_line.setdefault(item.line, []).append((item, priority))
        elif item.where == "missing" and (from_posting or not is_domain(item.name)):
            missing[item.required].append((item, priority))
    out = []
    for required, found in missing.items():
        held = [f for f in found if is_certification(f[0].name)]
        used = [f for f in found if not is_certification(f[0].name)]
        if used:
            out.append(_missing(used[:MAX_KEYWORDS], required, source))
        if held:
            out.append(_missing(held[:MAX_KEYWORDS], required, source, certification=True))
    for s in out:
        s.company_specific = bool(source)
    return _listed_only(by_line, source) + out


_VAGUE = re.compile(r"\b(?:tools|software|languages|operating systems?|platforms|applications)$", re.I)


def _vague(name: str) -> bool:
    """A class of things ("Software development tools", "Programming languages"), not a keyword."""
    return bool(_VAGUE.search(name))


def _in_a_bullet(name: str, bullets: list[str]) -> bool:
    """A skill a bullet already names (say, in a volunteering or project bullet) is not 'only listed'."""
    pattern = re.compile(rf"(?<![\w+#]){re.escape(name)}(?![\w+#])", re.IGNORECASE)
    return any(pattern.search(b) for b in bullets)


_CERTIFICATE_LINE = re.compile(r"\bcertifi|\bcertificate|\blicen[cs]e", re.I)


def _is_certificate_line(line: str) -> bool:
    return bool(_CERTIFICATE_LINE.search(line))


def _names(items: Sequence[Item]) -> str:
    return joined_names([i.name for i in items])


def _listed_only(by_line: dict[str, list[tuple[Item, float]]], source: str) -> list[Suggestion]:
    """Skills only listed: one item for the whole pattern, naming the lines, not one per list line.

    A skills section split over several lines ("Languages: …", "Data: …") would otherwise give the
    same advice once per line, which reads as repetition (issue 13: a pattern over many lines is one
    item listing them).
    """
    if len(by_line) <= 1:
        return [_elsewhere(line, found[:MAX_KEYWORDS], source) for line, found in by_line.items()]
    found = sorted((f for fs in by_line.values() for f in fs), key=lambda f: -f[1])
    item = _elsewhere(next(iter(by_line)), found[:MAX_KEYWORDS], source, lines=list(by_line))
    return [item]


def _elsewhere(
    line: str, found: list[tuple[Item, float]], source: str, *, lines: list[str] | None = None
) -> Suggestion:
    items = [i for i, _ in found]
    where = "Your skills list names" if lines else "This line lists"
    them = "it" if len(items) == 1 else "them"
    asked = [i for i in items if i.asked]  # only these may be said to be asked for
    verb = "is" if len(asked) == 1 else "are"
    return Suggestion(
        "keyword_elsewhere",
        f"{where} {_names(items)} but no bullet says where you used {them} — name "
        f"{them} in the bullet about that work (only where true).",
        (f"{_names(asked)} {verb} asked for in {source}; " if source and asked else "")
        + "a skill shown in a bullet counts more than one only listed.",
        line=line,
        lines=lines or [],
        priority=round(sum(p for _, p in found), 2),
        company_specific=bool(source and asked),  # skills no posting asks for: general polish
    )


def _missing(
    found: list[tuple[Item, float]], required: bool, source: str, *, certification: bool = False
) -> Suggestion:
    items = [i for i, _ in found]
    where = source or "the posting"
    label = "must-have" if required else "wanted"
    verb = "asks" if where == "the posting" else "ask"
    how = (
        "list each under your certifications only if true (only if you hold it)."
        if certification
        else "add each only if true, in a bullet that shows where you used it."
    )
    return Suggestion(
        "keyword_missing",
        f"{where[0].upper()}{where[1:]} {verb} for {_names(items)} ({label}), which your resume does not "
        f"name — {how}",
        "Applicant-tracking systems and recruiters search for the terms the job asks for.",
        priority=round(sum(p for _, p in found), 2),
    )


def rank(suggestions: list[Suggestion]) -> list[Suggestion]:
    """The report's list of changes: one entry per line, repeated advice grouped, top ones first.

    Suggestions about the same line are merged into one; the same advice text on more than
    :data:`MAX_SAME_ADVICE` lines becomes one item listing them all. Company-specific changes come
    before general polish, each by priority (ties keep reading order); the first :data:`TOP` are
    marked ``top``.
    """
    merged = _group_repeats(_one_per_line(suggestions))
    ordered = sorted(merged, key=lambda s: (not s.company_specific, -s.priority))
    for number, s in enumerate(ordered):
        s.top = number < TOP
    return ordered


def _one_per_line(suggestions: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    by_line: dict[str, Suggestion] = {}
    for s in suggestions:
        first = by_line.get(s.line) if s.line else None
        if first is None:
            if s.line:
                by_line[s.line] = s
            out.append(s)
            continue
        if s.advice not in first.advice:
            first.advice = f"{first.advice} Also: {s.advice[0].lower()}{s.advice[1:]}"
        if s.why and s.why not in first.why:
            first.why = f"{first.why} {s.why}".strip()
        first.priority = round(first.priority + s.priority, 2)
        first.company_specific = first.company_specific or s.company_specific
        first.value_id = first.value_id or s.value_id
    return out


def _for_each_line(advice: str) -> str:
    """The advice of one line, worded for each of several."""
    if advice.startswith(REWRITE):
        return "Rewrite each of these lines:" + advice[len(REWRITE) :]
    return f"{advice} (the same change on each of the lines below)"


def _group_repeats(suggestions: list[Suggestion]) -> list[Suggestion]:
    by_advice: dict[str, list[Suggestion]] = {}
    for s in suggestions:
        if s.line:
            by_advice.setdefault(s.advice, []).append(s)
    out: list[Suggestion] = []
    for s in suggestions:
        same = by_advice.get(s.advice, []) if s.line else []
        if len(same) <= MAX_SAME_ADVICE:
            out.append(s)
        elif s is same[0]:
            lines = [t.line for t in same if t.line]
            s.advice = _for_each_line(s.advice)
            s.lines = lines
            s.priority = round(sum(t.priority for t in same), 2)
            s.company_specific = any(t.company_specific for t in same)
            out.append(s)
    return out
