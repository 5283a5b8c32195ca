"""Interview preparation from real reports of the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_tailor.prep import prepare_interview, render_prep

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
@pytest.mark.parametrize("company", ["amazon", "netflix"])
def test_stories_quote_real_bullets_and_questions_come_from_the_profile(company: str) -> None:
    from resume_tailor import tailor

    source = sorted(EXAMPLES.glob("*.pdf"))[0]
    report = tailor(source, company=company)
    prep = prepare_interview(report)
    bullets = {b.text for b in report.resume.bullets()}
    assert len(prep.topics) == len(report.values) + len(report.competencies)
    stories = [s for t in prep.topics for s in t.stories]
    assert stories and all(s.bullet in bullets for s in stories)
    assert all(set(s.missing) <= {"situation", "task", "action", "result"} for s in stories)
    profile_questions = {q for v in report.company.values for q in v.questions}
    assert profile_questions & {q for t in prep.topics for q in t.questions}
    planned = {p.value_id for p in prep.story_plan.stories}
    assert sorted(prep.no_story) == sorted(t.name for t in prep.topics if t.id not in planned)
    uses: dict[str, int] = {}
    for p in prep.story_plan.stories:
        uses[p.story.bullet] = uses.get(p.story.bullet, 0) + 1
    assert max(uses.values()) <= 2
    assert report.company.name in prep.thank_you_template
    md = render_prep(prep, "md")
    assert md.startswith(f"# Interview preparation — {report.company.name}")
