"""Interview preparation from a Report: stories per value and competency, questions, topics, checklist."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from resume_tailor.models import (
    Assessment,
    BulletAssessment,
    CompanyProfile,
    Gap,
    InterviewPrep,
    PrepTopic,
    Report,
    StoryPrompt,
)
from resume_tailor.prep.star import story_prompt

#: Story candidates kept per value or competency (the strongest evidence first).
MAX_STORIES = 3
#: Skills the role family asks for in at least this share of postings count as expected.
DEMAND_SHARE = 0.25


def prepare_interview(report: Report) -> InterviewPrep:
    """Everything to prepare for ``report.company``'s interviews, built only from the report's facts.

    >>> prep = prepare_interview(report)
    >>> [t.name for t in prep.topics][:2]
    ['Customer Obsession', 'Ownership']
    """
    guide = _guide()
    profile = report.company
    by_text = {b.text: b for b in report.bullets}
    value_questions = {v.id: list(v.questions) for v in profile.values}
    topics = [
        _topic(a, value_questions.get(a.id) or [guide["generic_value_question"].format(name=a.name)], by_text)
        for a in report.values
    ]
    topics += [
        _topic(
            a,
            list(guide["competency_questions"].get(a.id, []))
            or [guide["generic_value_question"].format(name=a.name.lower())],
            by_text,
        )
        for a in report.competencies
    ]
    no_story = [t.name for t in topics if not t.stories]
    return InterviewPrep(
        company=profile.name,
        topics=topics,
        no_story=no_story,
        brush_up=brush_up(report),
        questions_to_ask=_unique([*profile.questions_to_ask, *guide["questions_to_ask"]]),
        interview_format=_format(profile),
        thank_you_template=thank_you_template(report),
        checklist=_unique([*guide["checklist_before"], *profile.interview.tips, *guide["checklist_after"]]),
    )


def brush_up(report: Report) -> list[str]:
    """Topics to review: missing skills (from the gaps), then expected skills listed but never shown."""
    topics = [_skill_topic(g) for g in report.gaps if g.kind == "skill"]
    missing = {g.name.casefold() for g in report.gaps if g.kind == "skill"}
    expected = _expected_skills(report)
    for skill in report.resume.skills:
        key = skill.name.casefold()
        if (
            skill.listed
            and not skill.demonstrated
            and not skill.soft
            and key in expected
            and key not in missing
        ):
            topics.append(
                f"{skill.name}: you list it but no bullet shows it; expect to be asked for a concrete "
                "example and some depth."
            )
    return topics


def _skill_topic(gap: Gap) -> str:
    """A skill gap in words: its detail when that names the skill, else name (required) and detail."""
    if gap.name.casefold() in gap.detail.casefold():
        return gap.detail[:1].upper() + gap.detail[1:]
    return f"{gap.name}{' (required)' if gap.required else ''}: {gap.detail}"


def thank_you_template(report: Report) -> str:
    """A post-interview thank-you note with [placeholders] for what only the candidate knows."""
    role = (
        report.posting.title
        if report.posting and report.posting.title
        else report.role_family.replace("_", " ")
        if report.role_family
        else "[role]"
    )
    name = report.resume.contact.name or "[Your name]"
    return (
        f"Subject: Thank you — {role} interview\n\n"
        "Hi [interviewer's name],\n\n"
        f"Thank you for taking the time to talk with me [today / on date] about the {role} role at "
        f"{report.company.name}. I enjoyed hearing about [something specific they told you about the team "
        "or the product].\n\n"
        "Our conversation about [a topic you discussed] made me even more interested in the role. "
        "[One sentence that links it to a story you told, in your own words.]\n\n"
        "[Optional: a short, better answer to a question you would like to revisit.]\n\n"
        "Thank you again; I look forward to hearing about the next steps.\n\n"
        f"Best regards,\n{name}\n"
    )


def _topic(assessment: Assessment, questions: list[str], by_text: dict[str, BulletAssessment]) -> PrepTopic:
    seen: set[str] = set()
    stories: list[StoryPrompt] = []
    for ev in sorted(assessment.evidence, key=lambda e: -e.strength):
        if ev.text in seen or len(stories) == MAX_STORIES:
            continue
        seen.add(ev.text)
        stories.append(story_prompt(ev.text, by_text.get(ev.text)))
    return PrepTopic(id=assessment.id, name=assessment.name, stories=stories, questions=questions)


def _expected_skills(report: Report) -> set[str]:
    """Skill names (casefolded) the posting asks for, or the role family's common ones without a posting."""
    if report.posting is not None:
        return {s.casefold() for r in report.posting.requirements for s in r.skills}
    family = next((f for f in report.company.role_families if f.id == report.role_family), None)
    return {d.skill.casefold() for d in family.skills if d.share >= DEMAND_SHARE} if family else set()


def _format(profile: CompanyProfile) -> str:
    process = profile.interview
    parts = [process.format.strip()] if process.format.strip() else []
    if process.rounds:
        parts.append("Rounds:\n" + "\n".join(f"- {r}" for r in process.rounds))
    if process.assessed:
        parts.append("What is assessed:\n" + "\n".join(f"- {a}" for a in process.assessed))
    return "\n\n".join(parts) or f"{profile.name}'s profile does not describe its interview process yet."


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = " ".join(item.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


@cache
def _guide() -> dict[str, Any]:
    from importlib import resources

    text = resources.files("resume_tailor.prep").joinpath("data/interview_guide.json").read_text("utf-8")
    guide: dict[str, Any] = json.loads(text)
    return guide
