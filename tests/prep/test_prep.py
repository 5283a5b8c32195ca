"""Interview preparation: STAR prompts, questions, stories missing, topics, checklist, rendering."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from resume_tailor.errors import UsageError
from resume_tailor.models import BulletAssessment, Evidence, Report, RoleFamily, SkillDemand
from resume_tailor.prep import prepare_interview, render_prep, story_prompt


def test_topics_cover_every_value_then_every_competency(report: Report) -> None:
    prep = prepare_interview(report)
    assert prep.company == "Amazon"
    assert [t.id for t in prep.topics] == [a.id for a in (*report.values, *report.competencies)]


def test_stories_are_the_strongest_evidence_bullets(report: Report) -> None:
    impact = next(t for t in prepare_interview(report).topics if t.id == "impact_outcomes")
    assert [s.bullet for s in impact.stories] == [e.text for e in report.competencies[0].evidence]
    report.competencies[0].evidence = [
        Evidence(f"Shipped feature {i} to 10k users", i / 10) for i in range(6)
    ]
    impact = next(t for t in prepare_interview(report).topics if t.id == "impact_outcomes")
    assert [s.bullet for s in impact.stories] == [f"Shipped feature {i} to 10k users" for i in (5, 4, 3)]


def test_value_questions_come_from_the_profile_and_competency_questions_from_the_guide(
    report: Report,
) -> None:
    topics = {t.id: t for t in prepare_interview(report).topics}
    assert topics["customer_obsession"].questions == report.company.values[0].questions
    assert len(topics["influence"].questions) == 3
    assert any("without having authority" in q for q in topics["influence"].questions)


def test_values_without_a_planned_story_are_listed_in_weight_order(report: Report) -> None:
    prep = prepare_interview(report)
    assert prep.no_story == [o.value for o in prep.story_plan.open]
    assert {"Earn Trust", "Cross-functional work", "Influence"} <= set(prep.no_story)
    assert next(t for t in prep.topics if t.id == "earn_trust").stories == []
    weights = [o.weight for o in prep.story_plan.open]
    assert weights == sorted(weights, reverse=True)


def test_unquantified_bullet_flags_the_result_as_missing() -> None:
    story = story_prompt(
        "Built a customer-facing status page in React when outages flooded support",
        BulletAssessment("x", quantified=False, weak_opener=False),
    )
    assert story.missing == ["task", "result"]
    assert "when outages flooded support" in story.situation
    assert "Built a customer-facing status page in React" in story.action


def test_quantified_bullet_quotes_its_result_and_never_invents_one() -> None:
    story = story_prompt("Migrated the legacy billing system to Postgres, resulting in 30% fewer incidents")
    assert "result" not in story.missing and "“30% fewer incidents”" in story.result
    assert story.action.startswith("What you did: “Migrated the legacy billing system to Postgres”")
    bare = story_prompt("Improved the onboarding flow")
    assert "result" in bare.missing and not re.search(r"\d", bare.result)


def test_weak_opener_flags_the_action_and_goal_clause_fills_the_task() -> None:
    story = story_prompt("Helped with test automation to speed up releases")
    assert story.missing == ["situation", "action", "result"]
    assert "“to speed up releases”" in story.task


def test_brush_up_is_the_person_own_systems_then_posting_skills_no_bullet_shows(report: Report) -> None:
    report.posting.requirements[2].skills.append("Python")  # type: ignore[union-attr]
    brush = prepare_interview(report).brush_up
    assert brush and "(for your " in brush[0]
    assert any(b.startswith("Python: the posting asks for it and you list it") for b in brush)
    assert not any(b.startswith("Go") for b in brush)
    assert not any("certif" in b.casefold() for b in brush)


def test_brush_up_without_posting_uses_the_role_family_demand(report: Report) -> None:
    report.posting = None
    report.company.role_families = [
        RoleFamily(
            "software_engineering", "SWE", skills=[SkillDemand("Python", 0.6), SkillDemand("React", 0.1)]
        )
    ]
    assert any(b.startswith("Python: you list it") for b in prepare_interview(report).brush_up)


def test_questions_format_thank_you_and_checklist(report: Report) -> None:
    prep = prepare_interview(report)
    assert prep.questions_to_ask[0] == report.company.questions_to_ask[0]
    assert len(prep.questions_to_ask) == len(set(prep.questions_to_ask)) >= 5
    assert prep.interview_format.startswith("Phone screen") and "Onsite loop" in prep.interview_format
    note = prep.thank_you_template
    assert "Software Development Engineer II role at Amazon" in note and note.rstrip().endswith(
        "Dana Whitfield"
    )
    assert "[interviewer's name]" in note
    assert "Use the STAR format for behavioural answers." in prep.checklist
    assert any("thank-you note" in item for item in prep.checklist)


def test_markdown_prep_has_each_part(report: Report) -> None:
    md = render_prep(prepare_interview(report), "md")
    assert md.startswith("# Interview preparation — Amazon\n")
    for heading in (
        "## Interview format",
        "## Your stories, by value and competency",
        "### Customer Obsession",
        "## Tell me about yourself (60–90 seconds)",
        "## Story plan",
        "## Design and coding preparation",
        "## Technical topics to brush up on",
        "## Questions to ask your interviewers",
        "## Thank-you note template",
        "## Checklist",
    ):
        assert heading in md
    assert "   - **Result** (missing):" in md and "- [ ] Send a short thank-you note" in md


def test_html_prep_is_self_contained_and_escaped(report: Report) -> None:
    report.competencies[1].evidence = [Evidence("Led <script>alert(1)</script> rewrite for 3 teams", 0.9)]
    html = render_prep(prepare_interview(report), "html")
    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list) -> None:
            tags.append(tag)

    Tags().feed(html)
    assert "script" not in tags and "link" not in tags and "http" not in html
    assert "&lt;script&gt;" in html
    assert html.count('class="story"') == sum(len(t.stories) for t in prepare_interview(report).topics)
    assert '<dd class="missing">' in html


def test_unknown_prep_format_is_a_usage_error(report: Report) -> None:
    with pytest.raises(UsageError, match="md, html"):
        render_prep(prepare_interview(report), "pdf")


def test_result_clause_after_that_and_no_doubled_full_stop() -> None:
    story = story_prompt("Designed a retry queue that reduced duplicate charges by 92% and tickets by 1,400.")
    assert "“reduced duplicate charges by 92% and tickets by 1,400”" in story.result
    assert story.action.startswith("What you did: “Designed a retry queue”.")


def test_interview_rounds_render_as_lists(report: Report) -> None:
    prep = prepare_interview(report)
    md = render_prep(prep, "md")
    block = md[md.index("## Interview format") : md.index("## Your stories")]
    assert "Rounds:\n\n- Recruiter call\n- Technical phone screen\n- Onsite loop\n" in block
    html = render_prep(prep, "html")
    assert "<p>Rounds:</p><ul><li>Recruiter call</li>" in html
