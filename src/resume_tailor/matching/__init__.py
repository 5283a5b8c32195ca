"""Match a resume to a company (and optionally one job posting): explainable scores, ranked gaps,
truthful suggestions.

>>> from resume_tailor.matching import assess_bullet
>>> assess_bullet("Cut p99 latency 42% by sharding the checkout datastore", None).quantified
True

``match(resume, profile, posting=None, role=None)`` returns a :class:`~resume_tailor.models.Report`
whose every number carries the resume lines (or profile/posting words) that produced it.
"""

from __future__ import annotations

from resume_tailor.matching.bullets import assess_bullet, read_bullet
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
from resume_tailor.matching.skillfit import is_domain, skills_fit_family, skills_fit_posting
from resume_tailor.matching.suggest import (
    bullet_suggestions,
    keyword_suggestions,
    summary_line,
    summary_suggestion,
)
from resume_tailor.matching.suggest import rank as rank_suggestions
from resume_tailor.models import CompanyProfile, Component, JobPosting, Report, Resume, Score

__all__ = ["assess_bullet", "match"]

COMPONENT_NAMES = {
    "skills": "Skills fit",
    "values": "Values fit",
    "competencies": "Interview competencies",
    "impact": "Impact and clarity",
    "ats": "ATS readability",
}


def match(
    resume: Resume,
    profile: CompanyProfile,
    posting: JobPosting | None = None,
    *,
    role: str | None = None,
) -> Report:
    """Score ``resume`` for ``profile`` (and ``posting``), with evidence, gaps and suggestions.

    Deterministic: the same inputs always give the same report. A resume whose skills were not
    annotated yet is annotated here (``resume_tailor.skills.annotate_skills``).

    >>> report = match(resume, load_profile("amazon"))  # doctest: +SKIP
    >>> report.score.band, [c.id for c in report.score.components]  # doctest: +SKIP
    ('good', ['skills', 'values', 'competencies', 'impact', 'ats'])
    """
    resume = _with_skills(resume)
    weights = normalised_weights(profile.weights)
    bullets = [read_bullet(b.text, profile) for b in resume.bullets()]
    family = infer_role_family(resume, profile, role)
    if posting is not None and posting.requirements:
        skills = skills_fit_posting(resume, posting)
        source = "the posting"
    else:
        skills = skills_fit_family(resume, family)
        has_demand = bool(family and family.skills)
        source = f"{profile.name}'s {family.name.lower()} postings" if has_demand and family else ""
    values = value_assessments(profile, bullets)
    competencies = competency_assessments(bullets)
    parts: dict[str, Scored] = {
        "skills": skills,
        "values": coverage_fit(values, "values", VALUE_COVERAGE_FOR_FULL),
        "competencies": coverage_fit(competencies, "competencies", COMPETENCY_COVERAGE_FOR_FULL),
        "impact": impact_clarity(bullets),
        "ats": ats_readability(resume),
    }
    components = [
        Component(cid, COMPONENT_NAMES[cid], part.score, round(weights[cid], 4), part.reasons, part.evidence)
        for cid, part in parts.items()
    ]
    score, raw = _total(components, weights, skills, capped=posting is not None)

    gaps = rank(
        skill_gaps(skills, weights["skills"], raw - score.total)
        + value_gaps(parts["values"], weights["values"], profile)
        + competency_gaps(parts["competencies"], weights["competencies"])
        + impact_gaps(parts["impact"], weights["impact"])
        + ats_gaps(parts["ats"], weights["ats"])
    )
    line = summary_line(resume, skills.items)
    suggestions = bullet_suggestions(bullets, profile, weights) + keyword_suggestions(
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
        values=values,
        competencies=competencies,
        bullets=[b.assessment() for b in bullets],
        gaps=gaps,
        suggestions=rank_suggestions(suggestions),
        summary_line=line,
    )


def _total(
    components: list[Component], weights: dict[str, float], skills: Scored, *, capped: bool
) -> tuple[Score, float]:
    """The weighted total (capped when a posting's must-have tool is missing) and the raw sum."""
    raw = round(sum(weights[c.id] * c.score for c in components), 1)
    reasons = [
        "weighted sum: "
        + " + ".join(f"{weights[c.id]:.2f} × {c.score:g} ({c.name.lower()})" for c in components)
        + f" = {raw:g}"
    ]
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
