"""The five score components. Each is a small pure function that returns its score and evidence.

Every component returns a :class:`Scored`: a 0-100 score, the reasons a reader sees, the resume
lines (as :class:`~resume_tailor.models.Evidence`) that produced it, and per-item details that
:mod:`resume_tailor.matching.gaps` turns into ranked gaps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from resume_tailor.matching.bullets import BulletEvidence
from resume_tailor.matching.cue_words import words_behind
from resume_tailor.matching.lexicon import competencies
from resume_tailor.models import (
    Assessment,
    CompanyProfile,
    Evidence,
    Resume,
    ScoringWeights,
    ValueWeights,
)

BANDS = ((80.0, "strong"), (65.0, "good"), (50.0, "fair"), (0.0, "weak"))
MISSING_MUST_HAVE_CAP = 75.0  # the total with one missing must-have; 10 less per further one
MUST_HAVE_CAP_FLOOR = 45.0
VALUE_COVERAGE_FOR_FULL = 0.5  # the mean value score (0..1) that earns 100
COMPETENCY_COVERAGE_FOR_FULL = 0.7
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
    where: str = ""  # skills: "bullet" | "elsewhere" | "missing"
    line: str | None = None  # the resume line that shows it, when there is one
    asked: bool = True  # skills: named by the posting or the role's demand (not just the resume's own list)


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


def round_score(x: float) -> float:
    """A score rounded to one decimal (and never ``-0.0``)."""
    return round(x + 0.0, 1)


# ---------------------------------------------------------------------------------------------
# Values and competencies
# ---------------------------------------------------------------------------------------------


def _shown_through(text: str, cues: tuple[str, ...]) -> str:
    words = words_behind(text, cues)[:3]
    return "shows it through: " + ", ".join(words) if words else "matches the value's cues"


def _assess(item_id: str, name: str, hits: list[tuple[str, float, tuple[str, ...]]]) -> Assessment:
    hits = sorted(hits, key=lambda h: -h[1])
    score = 100 * min(1.0, sum(h[1] for h in hits[:3]) / STRENGTH_FOR_FULL)
    evidence = [Evidence(text=t, strength=s, reason=_shown_through(t, c)) for t, s, c in hits]
    return Assessment(item_id, name, round_score(score), evidence)


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


def coverage_fit(
    assessments: Sequence[Assessment],
    what: str,
    full_at: float,
    weights: ValueWeights | None = None,
) -> Scored:
    """A component from value or competency assessments: their mean score, weighted by how much
    each weighs in the company's interviews (``weights``; equal when None), scaled so that
    ``full_at`` mean coverage earns 100."""
    if not assessments:
        return Scored(50.0, [f"the profile has no {what} to score; neutral (50)"])
    n = len(assessments)
    weight = {a.id: (weights.of(a.id) if weights else 1.0) for a in assessments}
    total_weight = sum(weight.values()) or 1.0
    mean = sum(weight[a.id] * a.score for a in assessments) / 100 / total_weight
    shown = [a for a in assessments if a.evidence]
    reasons = [
        f"{len(shown)} of {n} {what} have evidence in the bullets; "
        f"{'weighted ' if weights else ''}mean coverage {mean:.0%} ({full_at:.0%} earns full marks)"
    ]
    missing = [a.name for a in assessments if not a.evidence]
    if missing:
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        reasons.append("no evidence yet: " + ", ".join(missing[:4]) + more)
    evidence = [
        Evidence(text=e.text, strength=e.strength, reason=f"{a.name}: {e.reason}")
        for a in assessments
        for e in a.evidence[:2]
    ]
    items = [
        Item(
            what,
            a.name,
            weight[a.id] / (total_weight * full_at),
            a.score / 100,
            f"{a.name}: "
            + (f"{len(a.evidence)} bullet(s), score {a.score:g}" if a.evidence else "no bullet shows it yet"),
        )
        for a in assessments
    ]
    return Scored(round_score(100 * min(1.0, mean / full_at)), reasons, evidence, items)


# ---------------------------------------------------------------------------------------------
# Impact and clarity
# ---------------------------------------------------------------------------------------------


def bullet_quality(b: BulletEvidence) -> float:
    """0..1: a number (0.45), a strong opening verb (0.25), no weak opener (0.1), clean wording (0.2)."""
    other = [i for i in b.issues if i not in ("weak opener", "no action verb")]
    return round(
        0.45 * b.quantified
        + 0.25 * b.action_verb
        + 0.1 * (not b.weak_opener)
        + max(0.0, 0.2 - 0.1 * len(other)),
        2,
    )


def impact_clarity(bullets: Sequence[BulletEvidence]) -> Scored:
    """Impact and clarity: quantified results, strong verbs, no weak openers, length, voice."""
    if not bullets:
        return Scored(
            0.0,
            ["no experience or project bullets were found to judge"],
            items=[Item("impact", "bullets", 1.0, 0.0, "no experience or project bullets found")],
        )
    n = len(bullets)
    quality = [bullet_quality(b) for b in bullets]
    quantified = sum(b.quantified for b in bullets)
    weak = sum(b.weak_opener for b in bullets)
    verbs = sum(b.action_verb for b in bullets)
    reasons = [
        f"{quantified} of {n} bullets carry a number",
        f"{verbs} of {n} open with a strong action verb",
    ]
    if weak:
        reasons.append(f'{weak} open weakly ("responsible for", "helped with"...)')
    issues: dict[str, int] = {}
    for b in bullets:
        for issue in b.issues:
            if issue not in ("weak opener", "no action verb"):
                issues[issue] = issues.get(issue, 0) + 1
    reasons += [f"{count} {issue}" for issue, count in sorted(issues.items())]
    evidence = [
        Evidence(text=b.text, strength=q, reason=_quality_reason(b))
        for b, q in zip(bullets, quality, strict=True)
    ]
    items = [
        Item("impact", b.text, 1 / n, q, _quality_reason(b)) for b, q in zip(bullets, quality, strict=True)
    ]
    return Scored(round_score(100 * sum(quality) / n), reasons, evidence, items)


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
        checks.append(
            ("no roles parsed", 15, "an Experience section exists but no role could be read from it")
        )
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
        checks.append(
            ("long resume", 10 if resume.pages > 3 else 5, f"{resume.pages} pages; keep to one or two")
        )
    if resume.columns > 1:
        checks.append(("columns", 8, f"{resume.columns}-column layout; some ATS read columns out of order"))
    risky = [
        w
        for w in resume.warnings
        if re.search(r"table|icon|image|graphic|text box|header|footer|column", w, re.I)
    ]
    other = [w for w in resume.warnings if w not in risky]
    for w in risky[:3]:
        checks.append(("layout risk", 6, w))
    for w in other[:3]:
        checks.append(("parse warning", 4, w))
    lost = min(100.0, sum(points for _, points, _ in checks))
    reasons = [f"{name}: {detail} (-{points:g})" for name, points, detail in checks] or [
        "standard headings, contact details, consistent dates, one column: no ATS risk found"
    ]
    evidence = [
        Evidence(text=s.heading, strength=1.0, reason=f"standard {s.kind} heading")
        for s in resume.sections
        if s.heading and s.kind in ("experience", "education", "skills")
    ]
    if resume.contact.email:
        evidence.append(Evidence(text=resume.contact.email, strength=1.0, reason="contact email found"))
    items = [
        Item("ats", name, points / 100, 0.0, f"{detail} (-{points:g} ATS points)")
        for name, points, detail in checks
    ]
    return Scored(round_score(100 - lost), reasons, evidence, items)
