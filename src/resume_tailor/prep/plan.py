"""Interview preparation from a Report: a pitch, a story plan, design questions, a level hint, a checklist."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from resume_tailor.models import (
    Assessment,
    BulletAssessment,
    CompanyProfile,
    InterviewPrep,
    PrepTopic,
    Report,
    StoryPrompt,
)
from resume_tailor.prep.design import brush_up, coding_format, design_topics, is_technical
from resume_tailor.prep.level import level_hint
from resume_tailor.prep.pitch import latest_role, pitch, why_company
from resume_tailor.prep.star import story_prompt
from resume_tailor.prep.storyplan import plan_stories, weights

#: Story candidates kept per value or competency (the strongest evidence first).
MAX_STORIES = 3


def prepare_interview(report: Report) -> InterviewPrep:
    """Everything to prepare for ``report.company``'s interviews, built only from the report's facts.

    >>> prep = prepare_interview(report)
    >>> weights = [s.weight for s in prep.story_plan.stories]
    >>> weights == sorted(weights, reverse=True)
    True
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
    weight = weights(report, [t.id for t in topics])
    for topic in topics:
        topic.weight = weight[topic.id]
    topics.sort(key=lambda t: -t.weight)  # stable: the profile's order within a weight
    plan = plan_stories(report, topics, guide["partial_signals"], guide["rounds"])
    technical = is_technical(report)
    designs = design_topics(report, technical)
    return InterviewPrep(
        company=profile.name,
        topics=topics,
        no_story=[o.value for o in plan.open],
        brush_up=brush_up(report, designs),
        questions_to_ask=_unique([*profile.questions_to_ask, *guide["questions_to_ask"]]),
        interview_format=_format(profile),
        thank_you_template=thank_you_template(report),
        checklist=_unique([*guide["checklist_before"], *profile.interview.tips, *guide["checklist_after"]]),
        pitch=pitch(report),
        why_company=why_company(report, weight),
        story_plan=plan,
        technical=technical,
        design_topics=designs,
        coding_format=coding_format(report) if technical else _case_format(report),
        level=level_hint(report, guide["levels"]),
        thank_you_subject=thank_you_subject(report),
    )


def thank_you_subject(report: Report) -> str:
    """ "Thank you — <title> interview": the posting's title, else the latest role's title."""
    role = latest_role(report.resume)
    title = (report.posting.title if report.posting and report.posting.title else None) or (
        role.title if role and role.title else "[role]"
    )
    return f"Thank you — {title} interview"


def _case_format(report: Report) -> list[str]:
    """The profile's lines about case, product or role-related rounds (non-technical roles)."""
    process = report.company.interview
    pattern = re.compile(r"\bcase\b|\bproduct design\b|\brole-related\b|\bhypothetical|\bfunctional\b", re.I)
    return [line for line in (*process.rounds, *process.assessed, *process.tips) if pattern.search(line)]


def thank_you_template(report: Report) -> str:
    """A post-interview thank-you note with [placeholders] for what only the candidate knows."""
    subject = thank_you_subject(report)
    role = subject.removeprefix("Thank you — ").removesuffix(" interview")
    name = report.resume.contact.name or "[Your name]"
    return (
        f"Subject: {subject}\n\n"
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
