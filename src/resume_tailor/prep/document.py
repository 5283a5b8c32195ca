"""The interview preparation as one document of sections and blocks, and as a JSON-ready dict.

Markdown and HTML are both rendered from :func:`sections`, so they show the same data; JSON comes
from :func:`prep_to_dict`, the same fields under stable keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from resume_tailor.models import InterviewPrep, PlannedStory, PrepTopic, StoryPrompt
from resume_tailor.prep.star import PARTS


@dataclass
class Block:
    """``kind``: "p", "quote", "list", "olist", "checklist", "text" (paragraphs and "- " lists), "pre",
    "topic"."""

    kind: str
    items: list[str] = field(default_factory=list)
    topic: PrepTopic | None = None


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)


def _p(*texts: str) -> list[Block]:
    return [Block("p", [t]) for t in texts if t]


def _ul(items: list[str], kind: str = "list") -> list[Block]:
    return [Block(kind, list(items))] if items else []


def _planned(p: PlannedStory, names: dict[str, str]) -> str:
    result = p.story.found.get("result")
    shared = f" Also serves: {', '.join(names.get(i, i) for i in p.shared_with)}." if p.shared_with else ""
    outcome = f"Result: “{result}”." if result else "Result missing: add what changed."
    return f"{p.value} (weight {p.weight:g}): “{p.story.bullet}” {outcome}{shared}"


def sections(prep: InterviewPrep) -> list[Section]:
    """The preparation, section by section, in reading order."""
    out: list[Section] = [s for s in (_pitch_section(prep),) if s]
    out.append(Section("why", f"Why {prep.company}", _ul(prep.why_company)))
    out.append(Section("format", "Interview format", [Block("text", [prep.interview_format])]))
    out += [s for s in (_level_section(prep),) if s]
    out.append(_plan_section(prep))
    intro = (
        "Each story candidate is a line of your resume framed as STAR (situation, task, action, result). "
        "Parts marked missing are not in the line yet: prepare them from memory; never invent them."
    )
    out.append(
        Section(
            "stories",
            "Your stories, by value and competency",
            _p(intro) + [Block("topic", topic=t) for t in prep.topics],
        )
    )
    title = "Design and coding preparation" if prep.technical else "Case and metrics preparation"
    design = (
        _p(f"How {prep.company} runs these rounds:") + _ul(prep.coding_format) if prep.coding_format else []
    )
    for topic in prep.design_topics:
        design += _p(f"{topic.system} — from “{topic.line}”") + _ul(topic.questions)
    if design:
        out.append(Section("design", title, design))
    if prep.brush_up:
        label = "Technical topics to brush up on" if prep.technical else "Topics to brush up on"
        out.append(Section("brush-up", label, _ul(prep.brush_up)))
    out.append(Section("ask", "Questions to ask your interviewers", _ul(prep.questions_to_ask)))
    out.append(Section("thank-you", "Thank-you note template", [Block("pre", [prep.thank_you_template])]))
    out.append(Section("checklist", "Checklist", _ul(prep.checklist, "checklist")))
    return out


def _pitch_section(prep: InterviewPrep) -> Section | None:
    pitch = prep.pitch
    if pitch is None:
        return None
    return Section(
        "pitch",
        "Tell me about yourself (60–90 seconds)",
        [Block("quote", [pitch.text])]
        + _p(f"About {pitch.seconds} seconds aloud. Built only from these lines of your resume:")
        + _ul(pitch.facts)
        + (_p("Add in your own words:") + _ul(pitch.prompts) if pitch.prompts else []),
    )


def _level_section(prep: InterviewPrep) -> Section | None:
    lv = prep.level
    if lv is None:
        return None
    years = f"{lv.years:g} years ({lv.years_note})" if lv.years is not None else "years unknown"
    scope = "; ".join(lv.scope) or "no scope words found"
    blocks = _p(
        f"Reads as {lv.label}: {years}; scope words: {scope}.", "What interviewers probe at this level:"
    )
    blocks += _ul(lv.probes)
    if lv.company_note:
        blocks += _p(f"What {prep.company}'s profile says about levelling:") + _ul(lv.company_note)
    return Section("level", "The level your resume reads at", blocks)


def _plan_section(prep: InterviewPrep) -> Section:
    plan = prep.story_plan
    source = plan.weights_source
    why_weights = (
        f"Ranked by how much each value weighs at {prep.company} (source: {source.note or source.url})."
        if source
        else f"{prep.company}'s profile gives no weights: every value counts the same."
    )
    names = {t.id: t.name for t in prep.topics}
    blocks = _p(why_weights + " A story is used for at most two values.")
    blocks.append(Block("olist", [_planned(p, names) for p in plan.stories]))
    if plan.open:
        blocks += _p("Values without a story yet, most important first:") + _ul(
            [
                f"{o.value} (weight {o.weight:g}): "
                + (
                    f"start from “{o.starting_point}” (it mentions {', '.join(o.because)})."
                    if o.starting_point
                    else "no line of your resume fits yet; prepare one from memory."
                )
                for o in plan.open
            ]
        )
    if plan.rounds:
        blocks += _p("Which stories to bring to which round:") + _ul(
            [f"{r.round} — {' '.join(r.bring)}" for r in plan.rounds]
        )
    return Section("plan", "Story plan", blocks)


def story_parts(story: StoryPrompt) -> list[tuple[str, str, bool]]:
    """(label, prompt, missing) for each STAR part of ``story``."""
    return [(part.capitalize(), getattr(story, part), part in story.missing) for part in PARTS]


def _story(story: StoryPrompt) -> dict[str, Any]:
    return {
        "line": story.bullet,
        **{part: story.found.get(part) for part in PARTS},
        "missing": list(story.missing),
        "prompts": {part: getattr(story, part) for part in PARTS},
    }


def prep_to_dict(prep: InterviewPrep) -> dict[str, Any]:
    """The preparation as plain JSON data (the same facts Markdown and HTML show)."""
    plan = prep.story_plan
    subject, _, body = prep.thank_you_template.partition("\n\n")
    return {
        "company": prep.company,
        "pitch": asdict(prep.pitch) if prep.pitch else None,
        "why_company": list(prep.why_company),
        "stories": [
            {
                "value_id": p.value_id,
                "value": p.value,
                "weight": p.weight,
                **_story(p.story),
                "shared_with": p.shared_with,
            }
            for p in plan.stories
        ],
        "story_plan": {
            "order": [p.value_id for p in plan.stories],
            "weights_source": asdict(plan.weights_source) if plan.weights_source else None,
            "without_story": [asdict(o) for o in plan.open],
            "rounds": [asdict(r) for r in plan.rounds],
        },
        "topics": [
            {
                "value_id": t.id,
                "name": t.name,
                "weight": t.weight,
                "questions": list(t.questions),
                "stories": [_story(s) for s in t.stories],
            }
            for t in prep.topics
        ],
        "technical": prep.technical,
        "design_topics": [asdict(d) for d in prep.design_topics],
        "coding_format": list(prep.coding_format),
        "brush_up": list(prep.brush_up),
        "level": asdict(prep.level) if prep.level else None,
        "interview_format": prep.interview_format,
        "questions_to_ask": list(prep.questions_to_ask),
        "thank_you": {
            "subject": prep.thank_you_subject,
            "text": body if subject.startswith("Subject:") else prep.thank_you_template,
        },
        "checklist": list(prep.checklist),
    }
