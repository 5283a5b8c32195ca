"""The story plan: one story per value or competency, ranked by how much it weighs at the company,
each bullet used for at most two of them; the values still without a story, each with the bullet
that partly fits it; and which stories to bring to which interview round."""

from __future__ import annotations

import re

from resume_tailor.models import (
    OpenValue,
    PlannedStory,
    PrepTopic,
    Report,
    RoundPlan,
    StoryPlan,
)

#: A bullet serves at most this many values or competencies in the plan.
MAX_USES = 2


def weights(report: Report, topic_ids: list[str]) -> dict[str, float]:
    """Each topic's weight from the profile's ``value_weights`` (all 1.0 when the profile has none)."""
    table = report.company.value_weights
    return {t: (table.of(t) if table else 1.0) for t in topic_ids}


def plan_stories(
    report: Report,
    topics: list[PrepTopic],
    partial_signals: dict[str, list[str]],
    rounds_guide: dict[str, str],
) -> StoryPlan:
    """Assign stories to topics by weight, rank the open ones with a starting point, plan the rounds."""
    order = sorted(topics, key=lambda t: (-t.weight, -len(t.stories)))
    uses: dict[str, list[str]] = {}
    planned: list[PlannedStory] = []
    open_topics: list[PrepTopic] = []
    for topic in order:
        story = next((s for s in topic.stories if len(uses.get(s.bullet, [])) < MAX_USES), None)
        if story is None:
            open_topics.append(topic)
            continue
        uses.setdefault(story.bullet, []).append(topic.id)
        planned.append(PlannedStory(value_id=topic.id, value=topic.name, weight=topic.weight, story=story))
    for item in planned:
        item.shared_with = [t for t in uses[item.story.bullet] if t != item.value_id]
    signals = {v.id: v.signals for v in report.company.values} | partial_signals
    open_values = [_open(report, t, signals.get(t.id, []), uses) for t in open_topics]
    open_values.sort(key=lambda o: (-o.weight, o.starting_point is None))
    table = report.company.value_weights
    return StoryPlan(
        stories=planned,
        open=open_values,
        rounds=_rounds(report, planned, rounds_guide),
        weights_source=table.source if table else None,
    )


def _open(report: Report, topic: PrepTopic, signals: list[str], uses: dict[str, list[str]]) -> OpenValue:
    """The value with the bullet that shows most of its signal words (a starting point), if any."""
    best: tuple[int, str, list[str]] | None = None
    for bullet in report.resume.bullets():
        if len(uses.get(bullet.text, [])) >= MAX_USES:
            continue
        text = bullet.text.casefold()
        hits = [s for s in signals if re.search(rf"(?<![\w-]){re.escape(s.casefold())}(?![\w-])", text)]
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), bullet.text, hits)
    return OpenValue(
        value_id=topic.id,
        value=topic.name,
        weight=topic.weight,
        starting_point=best[1] if best else None,
        because=best[2] if best else [],
    )


def _rounds(report: Report, planned: list[PlannedStory], guide: dict[str, str]) -> list[RoundPlan]:
    """For each round the profile lists, what to bring (matched by the round's own words)."""
    top = [p for p in planned if "result" not in p.story.missing][:2] or planned[:2]
    top_lines = [f"{p.value}: “{p.story.bullet}”" for p in top]
    out = []
    for round_text in report.company.interview.rounds:
        lower = round_text.casefold()
        bring: list[str]
        if re.search(r"committee|debrief", lower):
            bring = [guide["committee"]]
        elif re.search(r"loop|panel|on ?site", lower):
            bring = [guide["loop"].format(n=len(planned))]
            if "culture" in lower:
                bring.append(guide["culture"])
        elif re.search(r"coding|technical|assessment|take-home", lower):
            bring = [guide["technical"], *top_lines[:1]]
        elif re.search(r"recruiter", lower):
            bring = [guide["recruiter"]]
        else:
            bring = [guide["screen"], *top_lines]
        out.append(RoundPlan(round=round_text, bring=bring))
    return out
