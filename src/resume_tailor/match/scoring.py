"""The five score components. Each is a small pure function that returns its score and evidence.

Every component returns a :class:`Scored`: a 0-100 score, the reasons a reader sees, the resume
lines (as :class:`~resume_tailor.models.Evidence`) that produced it, and per-item details that
:mod:`resume_tailor.match.gaps` turns into ranked gaps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from resume_tailor.match.bullets import BulletEvidence
from resume_tailor.match.lexicon import competencies
from resume_tailor.models import (
    Assessment,
    CompanyProfile,
    Evidence,
    JobPosting,
    Resume,
    RoleFamily,
    ScoringWeights,
    Skill,
)

BANDS = ((80.0, "strong"), (65.0, "good"), (50.0, "fair"), (0.0, "weak"))
REQUIRED_WEIGHT = 2.0  # a must-have skill counts twice a nice-to-have
LISTED_ONLY_CREDIT = 0.6  # a skill only listed earns this share of a demonstrated one
MISSING_MUST_HAVE_CAP = 75.0  # the total with one missing must-have; 10 less per further one
MUST_HAVE_CAP_FLOOR = 45.0
VALUE_COVERAGE_FOR_FULL = 0.6  # the mean value score (0..1) that earns 100
COMPETENCY_COVERAGE_FOR_FULL = 0.7
DEMAND_COVERAGE_FOR_FULL = 0.6  # share of a role family's demand that earns 100
TOP_DEMAND = 15  # the role family's most asked-for skills that are scored
STRENGTH_FOR_FULL = 1.5  # summed strengths of a value's best three bullets that earn 100


@dataclass(frozen=True)
class Item:
    """One scored thing inside a component (a skill, a value, an ATS check).

    ``share`` is its part of the component (shares sum to 1 when they are additive) and ``credit``
    how much of it the resume earns (0..1), so closing it would add ``share * (1 - credit)`` of 100.
    """

    kind: str
    name: str
    share: float
    credit: float
    detail: str
    required: bool = False


@dataclass
class Scored:
    """A component's result: score, reasons, evidence, and the items behind it."""

    score: float
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


def band(total: float) -> str:
    """The named band of a total: strong >= 80, good >= 65, fair >= 50, weak below."""
    return next(name for low, name in BANDS if total >= low)


def normalised_weights(weights: ScoringWeights) -> dict[str, float]:
    """The profile's component weights scaled to sum to 1 (equal weights if all are zero)."""
    raw = {
        "skills": weights.skills,
        "values": weights.values,
        "competencies": weights.competencies,
        "impact": weights.impact,
        "ats": weights.ats,
    }
    total = sum(max(0.0, w) for w in raw.values())
    if total <= 0:
        return {k: 1 / len(raw) for k in raw}
    return {k: max(0.0, w) / total for k, w in raw.items()}


def _round(x: float) -> float:
    return round(x + 0.0, 1)


# ---------------------------------------------------------------------------------------------
# Skills
# ---------------------------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", name.casefold()).strip()


def skill_index(resume: Resume) -> dict[str, Skill]:
    """The resume's skills by normalised name."""
    return {_key(s.name): s for s in resume.skills}


def _credit(skill: Skill | None, years_asked: float | None) -> tuple[float, str]:
    if skill is None:
        return 0.0, "not found in the resume"
    credit = 1.0 if skill.demonstrated else LISTED_ONLY_CREDIT
    how = "shown in a bullet" if skill.demonstrated else "only listed, not shown in a bullet"
    if years_asked and skill.years is not None and skill.years < years_asked:
        credit *= max(0.5, skill.years / years_asked)
        how += f"; about {skill.years:g} of {years_asked:g} years asked"
    elif years_asked and skill.years is not None:
        how += f"; about {skill.years:g} years (asked {years_asked:g})"
    return credit, how


def _skill_evidence(skill: Skill | None, strength: float, reason: str) -> list[Evidence]:
    if skill is None or not skill.evidence:
        return []
    return [Evidence(text=skill.evidence[0], strength=round(strength, 2), reason=reason)]


def skills_fit_posting(resume: Resume, posting: JobPosting) -> Scored:
    """Skills against a posting: must-haves weigh double; demonstrated beats listed; years compared."""
    index = skill_index(resume)
    wanted: dict[str, tuple[str, bool, float | None]] = {}
    for req in posting.requirements:
        for name in req.skills:
            key = _key(name)
            old = wanted.get(key)
            required = req.required or bool(old and old[1])
            years = max(filter(None, (req.years, old[2] if old else None)), default=None)
            wanted[key] = (name, required, years)
    others = _other_requirements(resume, posting)
    if not wanted and not others:
        return Scored(50.0, ["the posting names no skills this tool recognises; skills fit is neutral (50)"])
    total_weight = sum(REQUIRED_WEIGHT if r else 1.0 for _, r, _ in wanted.values())
    total_weight += sum(REQUIRED_WEIGHT if o.required else 1.0 for o in others)
    items, evidence, earned = [], [], 0.0
    for other in others:
        share = (REQUIRED_WEIGHT if other.required else 1.0) / total_weight
        earned += share * other.credit
        items.append(Item(other.kind, other.name, share, other.credit, other.detail, other.required))
    for key, (name, required, years) in sorted(wanted.items(), key=lambda kv: (not kv[1][1], kv[0])):
        skill = index.get(key)
        credit, how = _credit(skill, years)
        share = (REQUIRED_WEIGHT if required else 1.0) / total_weight
        earned += share * credit
        label = "must-have" if required else "preferred"
        items.append(Item("skill", name, share, credit, f"{label} skill {name}: {how}", required))
        evidence += _skill_evidence(skill, credit, f"{label} skill {name}: {how}")
    skills = [i for i in items if i.kind == "skill"]
    missing_req = [i.name for i in skills if i.required and i.credit == 0]
    have = sum(1 for i in skills if i.credit > 0)
    reasons = [f"{have} of {len(skills)} skills the posting asks for are in the resume "
               f"({sum(1 for i in skills if i.credit >= 1)} shown in bullets)"]
    reasons += [i.detail for i in items if i.kind != "skill"]
    if missing_req:
        reasons.append("missing must-have skills: " + ", ".join(missing_req))
    return Scored(_round(100 * earned), reasons, evidence, items)


_DEGREE_LEVELS = (
    (4, re.compile(r"\b(ph\.? ?d|doctor|doctorate|d\.phil)", re.I)),
    (3, re.compile(r"\b(master|m\.? ?s\.?c?\b|m\.? ?eng|mba|m\.? ?a\.?\b|ms\b|msc\b)", re.I)),
    (2, re.compile(r"\b(bachelor|b\.? ?s\.?c?\b|b\.? ?a\.?\b|b\.? ?e\.?\b|b\.? ?eng|b\.? ?tech|bs\b|ba\b|bsc\b)", re.I)),
    (1, re.compile(r"\bassociate", re.I)),
)
_ASKED_LEVELS = {"phd": 4, "doctorate": 4, "master": 3, "masters": 3, "bachelor": 2, "bachelors": 2, "associate": 1}


def degree_level(text: str | None) -> int:
    """0 (none/unknown), 1 associate, 2 bachelor, 3 master, 4 doctorate."""
    if not text:
        return 0
    return next((level for level, rx in _DEGREE_LEVELS if rx.search(text)), 0)


def _other_requirements(resume: Resume, posting: JobPosting) -> list[Item]:
    """Years of experience and degree asked for outside any skill."""
    out: list[Item] = []
    years_asked = [(r.years, r.required, r.text) for r in posting.requirements if r.years and not r.skills]
    if years_asked:
        years, required, text = max(years_asked, key=lambda y: (y[1], y[0] or 0))
        have = resume.total_years
        if have is None:
            out.append(Item("experience", f"{years:g}+ years", 0.5, 0.5,
                            f"asks for {years:g}+ years; the resume's dates give no total", required))
        else:
            credit = min(1.0, have / years) if years else 1.0
            out.append(Item("experience", f"{years:g}+ years", 0.5, round(credit, 2),
                            f"asks for {years:g}+ years of experience; the resume's dates give about {have:g}",
                            required))
    asked = posting.degree or next((r.degree for r in posting.requirements if r.degree), None)
    if asked:
        need = _ASKED_LEVELS.get(asked.casefold().rstrip("'s"), degree_level(asked)) or 2
        have_level = max((degree_level(e.degree) for e in resume.education), default=0)
        credit = 1.0 if have_level >= need else (0.5 if not resume.education else 0.0)
        best = max(resume.education, key=lambda e: degree_level(e.degree), default=None)
        shown = best.degree if best and best.degree else "no degree found"
        required = any(r.degree and r.required for r in posting.requirements) or bool(posting.degree)
        out.append(Item("degree", f"{asked} degree", 0.5, credit,
                        f"asks for a {asked} degree; the resume shows: {shown}", required))
    return out


def skills_fit_family(resume: Resume, family: RoleFamily | None) -> Scored:
    """Skills against the company's demand for the role family (without a posting)."""
    demand = sorted((family.skills if family else []), key=lambda d: (-d.share, d.skill))[:TOP_DEMAND]
    if not demand:
        return _skills_fit_self(resume, family)
    index = skill_index(resume)
    total = sum(d.share for d in demand) or 1.0
    items, evidence, earned = [], [], 0.0
    for d in demand:
        skill = index.get(_key(d.skill))
        credit, how = _credit(skill, None)
        share = d.share / total
        earned += share * credit
        detail = f"{d.skill} (asked in {d.share:.0%} of {family.name if family else ''} postings): {how}"
        items.append(Item("skill", d.skill, share, credit, detail, d.required >= 0.5))
        evidence += _skill_evidence(skill, credit, detail)
    score = 100 * min(1.0, earned / DEMAND_COVERAGE_FOR_FULL)
    items = [
        Item(i.kind, i.name, i.share / DEMAND_COVERAGE_FOR_FULL, i.credit, i.detail, i.required) for i in items
    ]
    have = sum(1 for i in items if i.credit > 0)
    reasons = [
        f"{have} of the {len(demand)} skills most asked for in {family.name if family else ''} postings are in "
        f"the resume; {earned:.0%} of that demand covered ({DEMAND_COVERAGE_FOR_FULL:.0%} earns full marks)"
    ]
    return Scored(_round(score), reasons, evidence, items)


def _skills_fit_self(resume: Resume, family: RoleFamily | None) -> Scored:
    """No demand data: score how many of the resume's own skills its bullets demonstrate."""
    hard = [s for s in resume.skills if not s.soft]
    shown = [s for s in hard if s.demonstrated]
    listed = [s for s in hard if s.listed and not s.demonstrated]
    points = len(shown) + LISTED_ONLY_CREDIT * len(listed)
    score = 100 * min(1.0, points / 10)
    where = f" for {family.name}" if family else ""
    reasons = [
        f"no skill-demand data{where}: scored on the resume's own skills — {len(shown)} shown in bullets, "
        f"{len(listed)} only listed (10 shown skills earn full marks)"
    ]
    evidence = [Evidence(text=s.evidence[0], strength=1.0, reason=f"{s.name} shown in a bullet")
                for s in shown if s.evidence][:10]
    items = [Item("skill", s.name, 0.1, LISTED_ONLY_CREDIT,
                  f"{s.name} is only listed; no bullet shows where you used it") for s in listed]
    return Scored(_round(score), reasons, evidence, items)


# ---------------------------------------------------------------------------------------------
# Values and competencies
# ---------------------------------------------------------------------------------------------


def _assess(item_id: str, name: str, hits: list[tuple[str, float, tuple[str, ...]]]) -> Assessment:
    hits = sorted(hits, key=lambda h: -h[1])
    score = 100 * min(1.0, sum(h[1] for h in hits[:3]) / STRENGTH_FOR_FULL)
    evidence = [Evidence(text=t, strength=s, reason="shows it through: " + ", ".join(c[:3])) for t, s, c in hits]
    return Assessment(item_id, name, _round(score), evidence)


def value_assessments(profile: CompanyProfile, bullets: Sequence[BulletEvidence]) -> list[Assessment]:
    """For each current value of the company, the bullets that evidence it, with a 0-100 score."""
    out = []
    for value in profile.current_values():
        hits = [(b.text, h.strength, h.cues) for b in bullets for h in b.values if h.id == value.id]
        out.append(_assess(value.id, value.name, hits))
    return out


def competency_assessments(bullets: Sequence[BulletEvidence]) -> list[Assessment]:
    """For each interview competency, the bullets that evidence it, with a 0-100 score."""
    out = []
    for comp in competencies():
        hits = [(b.text, h.strength, h.cues) for b in bullets for h in b.competencies if h.id == comp.id]
        out.append(_assess(comp.id, comp.name, hits))
    return out


def coverage_fit(assessments: Sequence[Assessment], what: str, full_at: float) -> Scored:
    """A component from value or competency assessments: their mean score, scaled so that
    ``full_at`` mean coverage earns 100."""
    if not assessments:
        return Scored(50.0, [f"the profile has no {what} to score; neutral (50)"])
    n = len(assessments)
    mean = sum(a.score for a in assessments) / 100 / n
    shown = [a for a in assessments if a.evidence]
    reasons = [f"{len(shown)} of {n} {what} have evidence in the bullets; mean coverage {mean:.0%} "
               f"({full_at:.0%} earns full marks)"]
    if len(shown) < n:
        reasons.append("no evidence yet: " + ", ".join(a.name for a in assessments if not a.evidence))
    evidence = [Evidence(text=e.text, strength=e.strength, reason=f"{a.name}: {e.reason}")
                for a in assessments for e in a.evidence[:2]]
    items = [Item(what, a.name, 1 / (n * full_at), a.score / 100,
                  f"{a.name}: " + (f"{len(a.evidence)} bullet(s), score {a.score:g}" if a.evidence
                                   else "no bullet shows it yet"))
             for a in assessments]
    return Scored(_round(100 * min(1.0, mean / full_at)), reasons, evidence, items)


# ---------------------------------------------------------------------------------------------
# Impact and clarity
# ---------------------------------------------------------------------------------------------


def bullet_quality(b: BulletEvidence) -> float:
    """0..1: a number (0.45), a strong opening verb (0.25), no weak opener (0.1), clean wording (0.2)."""
    other = [i for i in b.issues if i not in ("weak opener", "no action verb")]
    return round(0.45 * b.quantified + 0.25 * b.action_verb + 0.1 * (not b.weak_opener)
                 + max(0.0, 0.2 - 0.1 * len(other)), 2)


def impact_clarity(bullets: Sequence[BulletEvidence]) -> Scored:
    """Impact and clarity: quantified results, strong verbs, no weak openers, length, voice."""
    if not bullets:
        return Scored(0.0, ["no experience or project bullets were found to judge"],
                      items=[Item("impact", "bullets", 1.0, 0.0, "no experience or project bullets found")])
    n = len(bullets)
    quality = [bullet_quality(b) for b in bullets]
    quantified = sum(b.quantified for b in bullets)
    weak = sum(b.weak_opener for b in bullets)
    verbs = sum(b.action_verb for b in bullets)
    reasons = [f"{quantified} of {n} bullets carry a number", f"{verbs} of {n} open with a strong action verb"]
    if weak:
        reasons.append(f"{weak} open weakly (\"responsible for\", \"helped with\"...)")
    issues: dict[str, int] = {}
    for b in bullets:
        for issue in b.issues:
            if issue not in ("weak opener", "no action verb"):
                issues[issue] = issues.get(issue, 0) + 1
    reasons += [f"{count} {issue}" for issue, count in sorted(issues.items())]
    evidence = [Evidence(text=b.text, strength=q, reason=_quality_reason(b)) for b, q in zip(bullets, quality)]
    items = [Item("impact", b.text, 1 / n, q, _quality_reason(b)) for b, q in zip(bullets, quality)]
    return Scored(_round(100 * sum(quality) / n), reasons, evidence, items)


def _quality_reason(b: BulletEvidence) -> str:
    parts = ["has a number" if b.quantified else "no number"]
    parts += b.issues or ["clear wording"]
    return "; ".join(parts)


# ---------------------------------------------------------------------------------------------
# ATS readability
# ---------------------------------------------------------------------------------------------

_DATE_STYLES = (
    ("Mon YYYY", re.compile(r"^[A-Za-z]{3,9}\.? \d{4}$")),
    ("MM/YYYY", re.compile(r"^\d{1,2}/\d{4}$")),
    ("YYYY-MM", re.compile(r"^\d{4}-\d{2}$")),
    ("YYYY", re.compile(r"^\d{4}$")),
)


def _date_style(part: str) -> str | None:
    part = part.strip()
    if not part or part.casefold() in {"present", "current", "now", "today"}:
        return None
    return next((name for name, rx in _DATE_STYLES if rx.match(part)), "other")


def date_styles(resume: Resume) -> set[str]:
    """The date formats used in the experience entries ("Mon YYYY", "MM/YYYY", ...)."""
    styles: set[str] = set()
    for entry in (*resume.experience, *resume.projects):
        if entry.dates_text:
            for part in re.split(r"\s*(?:-|–|—|to)\s*", entry.dates_text):
                style = _date_style(part)
                if style:
                    styles.add(style)
    return styles


def ats_readability(resume: Resume) -> Scored:
    """How safely an applicant-tracking system reads the file: each risk deducts points."""
    checks: list[tuple[str, float, str]] = []  # (name, points lost, detail)
    kinds = {s.kind for s in resume.sections}
    if "experience" not in kinds and not resume.experience:
        checks.append(("no experience heading", 20, "no standard Experience heading was recognised"))
    elif not resume.experience:
        checks.append(("no roles parsed", 15, "an Experience section exists but no role could be read from it"))
    if "education" not in kinds and not resume.education:
        checks.append(("no education heading", 8, "no standard Education heading was recognised"))
    if "skills" not in kinds:
        checks.append(("no skills heading", 8, "no standard Skills heading; ATS keyword search looks there"))
    if not resume.contact.email:
        checks.append(("no email", 15, "no email address was found"))
    if not resume.contact.phone:
        checks.append(("no phone", 4, "no phone number was found"))
    if not resume.contact.name:
        checks.append(("no name", 5, "no name was recognised at the top"))
    styles = date_styles(resume)
    if len(styles) > 1:
        checks.append(("inconsistent dates", 6, "dates mix formats: " + ", ".join(sorted(styles))))
    if resume.pages > 2:
        checks.append(("long resume", 10 if resume.pages > 3 else 5, f"{resume.pages} pages; keep to one or two"))
    if resume.columns > 1:
        checks.append(("columns", 8, f"{resume.columns}-column layout; some ATS read columns out of order"))
    risky = [w for w in resume.warnings if re.search(r"table|icon|image|graphic|text box|header|footer|column", w, re.I)]
    other = [w for w in resume.warnings if w not in risky]
    for w in risky[:3]:
        checks.append(("layout risk", 6, w))
    for w in other[:3]:
        checks.append(("parse warning", 4, w))
    lost = min(100.0, sum(points for _, points, _ in checks))
    reasons = [f"{name}: {detail} (-{points:g})" for name, points, detail in checks] or [
        "standard headings, contact details, consistent dates, one column: no ATS risk found"
    ]
    evidence = [Evidence(text=s.heading, strength=1.0, reason=f"standard {s.kind} heading")
                for s in resume.sections if s.heading and s.kind in ("experience", "education", "skills")]
    if resume.contact.email:
        evidence.append(Evidence(text=resume.contact.email, strength=1.0, reason="contact email found"))
    items = [Item("ats", name, points / 100, 0.0, f"{detail} (-{points:g} ATS points)") for name, points, detail in checks]
    return Scored(_round(100 - lost), reasons, evidence, items)
