"""Gaps: what is missing, ranked by what it costs in points of the total score.

A gap's cost is the points the total would gain if it were closed: the component's weight times the
item's share of the component times the part of it the resume does not yet earn (plus, for a missing
must-have skill, its part of the must-have cap).
"""

from __future__ import annotations

from resume_tailor.matching.lexicon import competencies
from resume_tailor.matching.scoring import Item, Scored
from resume_tailor.matching.skillfit import is_domain
from resume_tailor.models import CompanyProfile, Gap

_KIND_ORDER = {"skill": 0, "experience": 1, "degree": 2, "value": 3, "competency": 4, "impact": 5, "ats": 6}
MIN_COST = 0.3  # smaller gaps are noise next to the rest


def _cost(weight: float, item: Item) -> float:
    return weight * 100 * item.share * (1 - item.credit)


def skill_gaps(scored: Scored, weight: float, cap_loss: float) -> list[Gap]:
    """Skills (and years/degree) the resume lacks or only lists; must-haves carry the cap too."""
    missing_required = [
        i
        for i in scored.items
        if i.kind == "skill" and i.required and i.credit == 0 and not is_domain(i.name)
    ]
    extra = cap_loss / len(missing_required) if missing_required else 0.0
    gaps = []
    for item in scored.items:
        if item.credit >= 1:
            continue
        cost = _cost(weight, item) + (extra if item in missing_required else 0.0)
        detail = item.detail
        if item in missing_required and extra:
            detail += f"; a missing must-have caps the total (costs {extra:.1f} points of the cap)"
        # years and degree asked by a posting are reported with the skills (Gap.kind stays in its set)
        gaps.append(Gap("skill", item.name, round(cost, 1), detail, required=item.required))
    return gaps


def value_gaps(scored: Scored, weight: float, profile: CompanyProfile) -> list[Gap]:
    """Company values no bullet evidences."""
    summaries = {v.name: v.summary for v in profile.current_values()}
    gaps = []
    for item in scored.items:
        if item.credit > 0:
            continue
        summary = summaries.get(item.name, "")
        detail = f"No bullet shows {item.name}" + (f" ({summary})" if summary else "") + "."
        gaps.append(Gap("value", item.name, round(_cost(weight, item), 1), detail))
    return gaps


def competency_gaps(scored: Scored, weight: float) -> list[Gap]:
    """Interview competencies without a story in the bullets."""
    questions = {c.name: c.question for c in competencies()}
    gaps = []
    for item in scored.items:
        if item.credit > 0:
            continue
        detail = (
            f"No bullet tells a story of {item.name.lower()}; prepare one for: {questions.get(item.name, '')}"
        )
        gaps.append(Gap("competency", item.name, round(_cost(weight, item), 1), detail))
    return gaps


def impact_gaps(scored: Scored, weight: float) -> list[Gap]:
    """Bullets without numbers, and bullets with wording problems, as two grouped gaps."""
    n = len(scored.items)
    if not n or scored.items[0].name == "bullets":
        return [
            Gap(
                "impact",
                "no bullets",
                round(weight * 100, 1),
                "No experience or project bullets were found; add 3-5 achievement bullets per role.",
            )
        ]
    unquantified = [i for i in scored.items if i.detail.startswith("no number")]
    worded = [i for i in scored.items if "; " in i.detail and "clear wording" not in i.detail]
    gaps = []
    if unquantified:
        cost = weight * 100 * 0.45 * len(unquantified) / n
        gaps.append(
            Gap(
                "impact",
                "bullets without a number",
                round(cost, 1),
                f"{len(unquantified)} of {n} bullets carry no number (a count, %, $, time saved).",
            )
        )
    if worded:
        lost = sum(1 - i.credit - (0.45 if i.detail.startswith("no number") else 0.0) for i in worded)
        gaps.append(
            Gap(
                "impact",
                "bullet wording",
                round(weight * 100 * max(0.0, lost) / n, 1),
                f"{len(worded)} of {n} bullets have wording problems (weak opener, no action verb, "
                "length, first person or passive voice).",
            )
        )
    return gaps


def ats_gaps(scored: Scored, weight: float) -> list[Gap]:
    """Each ATS risk found."""
    return [Gap("ats", i.name, round(_cost(weight, i), 1), i.detail) for i in scored.items]


def rank(gaps: list[Gap]) -> list[Gap]:
    """Most costly first; ties by kind and name, so the order is deterministic."""
    kept = [g for g in gaps if g.cost >= MIN_COST]
    return sorted(kept, key=lambda g: (-g.cost, _KIND_ORDER.get(g.kind, 9), g.name.casefold()))
