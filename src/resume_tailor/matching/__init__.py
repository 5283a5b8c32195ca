"""Match a resume to a company (and optionally one job posting): explainable scores, ranked gaps,
truthful suggestions.

>>> from resume_tailor.matching import assess_bullet
>>> assess_bullet("Cut p99 latency 42% by sharding the checkout datastore", None).quantified
True

``match(resume, profile, posting=None, role=None)`` returns a :class:`~resume_tailor.models.Report`
whose every number carries the resume lines (or profile/posting words) that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass

from resume_tailor.matching.bullets import BulletEvidence, assess_bullet, read_bullet
from resume_tailor.matching.calibration import calibrate, describe
from resume_tailor.matching.gaps import (
    ats_gaps,
    competency_gaps,
    impact_gaps,
    rank,
    skill_gaps,
    value_gaps,
)
from resume_tailor.matching.roles import infer_role_family
from resume_tailor.matching.scoring import (
    COMPETENCY_COVERAGE_FOR_FULL,
    MISSING_MUST_HAVE_CAP,
    MUST_HAVE_CAP_FLOOR,
    VALUE_COVERAGE_FOR_FULL,
    Scored,
    ats_readability,
    band,
    competency_assessments,
    coverage_fit,
    impact_clarity,
    normalised_weights,
    value_assessments,
)
from resume_tailor.matching.skillfit import is_domain, scored_demand, skills_fit_family, skills_fit_posting
from resume_tailor.matching.suggest import (
    bullet_suggestions,
    keyword_suggestions,
    summary_line,
    summary_suggestion,
)
from resume_tailor.matching.suggest import rank as rank_suggestions
from resume_tailor.matching.text import lower_first
from resume_tailor.models import (
    Assessment,
    CompanyProfile,
    Component,
    JobPosting,
    Report,
    Resume,
    RoleFamily,
    Score,
)

__all__ = ["assess_bullet", "match", "raw_parts"]

NEUTRAL = 50.0  # shown for an unknown component; it weighs 0

COMPONENT_NAMES = {
    "skills": "Skills fit",
    "values": "Values fit",
    "competencies": "Interview competencies",
    "impact": "Impact and clarity",
    "ats": "ATS readability",
}


POSTING_WEIGHT = 0.6  # with a posting, fit to it carries this share of the total


def match(
    resume: Resume,
    profile: CompanyProfile,
    posting: JobPosting | None = None,
    *,
    role: str | None = None,
) -> Report:
    """Score ``resume`` for ``profile`` (and ``posting``), with evidence, gaps and suggestions.

    Deterministic: the same inputs always give the same report. A resume whose skills were not
    annotated yet is annotated here (``resume_tailor.skills.annotate_skills``). Without a posting,
    each component is calibrated (a percentile of the reference resumes for this company); with
    one, fit to the posting carries ``POSTING_WEIGHT`` of the total. A component without data is
    marked unknown and left out, the other weights renormalised.

    >>> report = match(resume, load_profile("amazon"))
    >>> report.score.band, [c.id for c in report.score.components]
    ('good', ['skills', 'values', 'competencies', 'impact', 'ats'])
    """
    resume = _with_skills(resume)
    raw = raw_parts(resume, profile, posting, role=role)
    parts, bullets, family, skills = raw.parts, raw.bullets, raw.family, raw.parts["skills"]
    components = _components(raw, profile, posting is not None)
    weights = {c.id: c.weight for c in components}
    score, total_raw = _total(components, weights, skills, capped=posting is not None)
    source = raw.source
    gaps = rank(
        skill_gaps(skills, weights["skills"], total_raw - score.total)
        + value_gaps(parts["values"], weights["values"], profile)
        + competency_gaps(parts["competencies"], weights["competencies"])
        + impact_gaps(parts["impact"], weights["impact"])
        + ats_gaps(parts["ats"], weights["ats"])
    )
    line = summary_line(resume, skills.items)
    family_id = family.id if family else None
    suggestions = bullet_suggestions(bullets, profile, weights, family_id) + keyword_suggestions(
        resume, skills, weights, source, from_posting=source == "the posting"
    )
    summary = summary_suggestion(resume, line, skills.items)
    if summary is not None:
        suggestions.append(summary)
    return Report(
        resume=resume,
        company=profile,
        score=score,
        posting=posting,
        role_family=family.id if family else None,
        values=raw.values,
        competencies=raw.competencies,
        bullets=[b.assessment() for b in bullets],
        gaps=gaps,
        suggestions=rank_suggestions(suggestions),
        summary_line=line,
    )


@dataclass
class RawParts:
    """The uncalibrated components of one resume for one company, and what they were read from."""

    parts: dict[str, Scored]
    unknown: dict[str, str]  # component id -> why it has no data
    bullets: list[BulletEvidence]
    family: RoleFamily | None
    values: list[Assessment]
    competencies: list[Assessment]
    source: str


def raw_parts(
    resume: Resume, profile: CompanyProfile, posting: JobPosting | None = None, *, role: str | None = None
) -> RawParts:
    """Every component's raw 0..100 score (before calibration), and the components without data."""
    bullets = [read_bullet(b.text, profile) for b in resume.bullets()]
    family = infer_role_family(resume, profile, role)
    unknown: dict[str, str] = {}
    if posting is not None and posting.requirements:
        skills = skills_fit_posting(resume, posting)
        source = "the posting"
        if not skills.items:
            unknown["skills"] = "the posting names no requirement this tool can check"
    else:
        skills = skills_fit_family(resume, family)
        has_demand = bool(family and scored_demand(family))
        source = f"{profile.name}'s {lower_first(family.name)} postings" if has_demand and family else ""
        if not has_demand:
            what = f"{family.name} roles" if family else "this resume's role (no job title matched a family)"
            unknown["skills"] = f"no usable skill-demand data at {profile.name} for {what}"
    values = value_assessments(profile, bullets)
    competencies = competency_assessments(bullets)
    if not values:
        unknown["values"] = f"{profile.name}'s profile lists no current values"
    parts: dict[str, Scored] = {
        "skills": skills,
        "values": coverage_fit(values, "values", VALUE_COVERAGE_FOR_FULL, profile.value_weights),
        "competencies": coverage_fit(
            competencies, "competencies", COMPETENCY_COVERAGE_FOR_FULL, profile.value_weights
        ),
        "impact": impact_clarity(bullets),
        "ats": ats_readability(resume),
    }
    return RawParts(parts, unknown, bullets, family, values, competencies, source)


def _components(raw: RawParts, profile: CompanyProfile, with_posting: bool) -> list[Component]:
    """Calibrated components with their effective weights (unknown ones weigh 0)."""
    base = normalised_weights(profile.weights)
    known = {cid: w for cid, w in base.items() if cid not in raw.unknown}
    if with_posting and "skills" in known:
        rest = sum(w for cid, w in known.items() if cid != "skills") or 1.0
        weights = {cid: (1 - POSTING_WEIGHT) * w / rest for cid, w in known.items() if cid != "skills"}
        weights["skills"] = POSTING_WEIGHT
    else:
        total = sum(known.values()) or 1.0
        weights = {cid: w / total for cid, w in known.items()}
    out = []
    for cid, part in raw.parts.items():
        name = COMPONENT_NAMES[cid]
        if cid in raw.unknown:
            reasons = [f"unknown, left out of the total: {raw.unknown[cid]}", *part.reasons]
            out.append(Component(cid, name, NEUTRAL, 0.0, reasons, part.evidence, "unknown", part.score))
            continue
        weight = weights[cid]
        if with_posting and cid == "skills":
            name = "Fit to the posting"
            reasons = [
                "requirements met, must-haves weighing double; years and degree included",
                *part.reasons,
            ]
            out.append(Component(cid, name, part.score, weight, reasons, part.evidence, "scored", part.score))
            continue
        score = calibrate(profile.id, cid, part.score)
        note = f"raw {part.score:g} → {score:g}: {describe(profile.id, cid, part.score)}"
        out.append(
            Component(cid, name, score, weight, [*part.reasons, note], part.evidence, "scored", part.score)
        )
    return out


def _total(
    components: list[Component], weights: dict[str, float], skills: Scored, *, capped: bool
) -> tuple[Score, float]:
    """The weighted total (capped when a posting's must-have tool is missing) and the raw sum."""
    counted = [c for c in components if c.status != "unknown"]
    raw = round(sum(weights[c.id] * c.score for c in counted), 1)
    reasons = [
        "weighted sum: "
        + " + ".join(f"{weights[c.id]:.2f} × {c.score:g} ({c.name.lower()})" for c in counted)
        + f" = {raw:g}"
    ]
    reasons += [f"left out (unknown): {c.name.lower()}" for c in components if c.status == "unknown"]
    # Broad fields ("Distributed systems", "Software development") never cap: too vague to check.
    missing = [
        i.name
        for i in skills.items
        if i.kind == "skill" and i.required and i.credit == 0 and not is_domain(i.name)
    ]
    total = raw
    if missing and capped:
        cap = max(MUST_HAVE_CAP_FLOOR, MISSING_MUST_HAVE_CAP - 10 * (len(missing) - 1))
        total = min(raw, cap)
        note = "" if raw > cap else " (the weighted sum is already below it)"
        reasons.append(f"capped at {cap:g}: missing must-have skill(s) {', '.join(missing)}{note}")
    total = round(total, 1)
    reasons.append(f"band: {band(total)} (strong >= 80, good >= 65, fair >= 50, weak below)")
    return Score(total=total, band=band(total), components=components, reasons=reasons), raw


def _with_skills(resume: Resume) -> Resume:
    """The resume with its skills annotated (a no-op when they already are, or nothing to read)."""
    if resume.skills or not resume.text.strip():
        return resume
    try:
        from resume_tailor.skills import annotate_skills
    except ImportError:  # pragma: no cover - the skills package ships with resume-tailor
        return resume
    return annotate_skills(resume)
