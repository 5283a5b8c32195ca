"""A resume bullet framed as a STAR story (situation, task, action, result), with the missing parts flagged.

A bullet rarely holds a whole story. This module finds which parts it shows (by cue words and the
matcher's own ``quantified``/``weak_opener`` findings) and writes a prompt for each part: what to
expand when it is there, what to add when it is not. It never invents the missing facts.
"""

from __future__ import annotations

import re

from resume_tailor.models import BulletAssessment, StoryPrompt

_SITUATION = re.compile(
    r"(?<![\w-])(?:when|while|during|after|amid|despite|facing|following|as part of|in response to|"
    r"because of|legacy|under a deadline|through a (?:merger|reorg\w*|downturn))\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"(?<![\w-])(?:in order to|so that|tasked with|charged with|goal|objective|mandate|aim(?:ing|ed)? to|"
    r"to (?:enable|reduce|improve|support|allow|meet|ensure|deliver|prevent|cut|speed|replace|handle|scale|"
    r"serve|ship|launch|unblock|increase|lower|raise|protect|automate|migrate|help|make|build|give|let))\b",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"(?<![\w-])(?:result(?:ing|ed)? in|leading to|led to|which|cutting|reducing|increasing|improving|saving|"
    r"boosting|raising|lowering|growing|achieving|eliminating|doubling|tripling|halving|"
    r"that (?:reduced|cut|increased|improved|saved|raised|lowered|grew|doubled|halved|eliminated|removed|"
    r"prevented|brought|drove|lifted))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")
_FIGURE = re.compile(
    r"[$€£]?\d[\d,.]*(?:\s?(?:%|[kmbx]\b))?(?:\s+(?!by\b|to\b|and\b)[A-Za-z][\w-]*){0,2}", re.IGNORECASE
)
_WEAK = re.compile(
    r"^\s*(?:responsible for|helped(?: with| to)?|worked on|assisted(?: with| in)?|involved in|"
    r"participated in|tasked with|duties included)\b",
    re.IGNORECASE,
)

PARTS = ("situation", "task", "action", "result")


def story_prompt(bullet: str, assessment: BulletAssessment | None = None) -> StoryPrompt:
    """Frame ``bullet`` as STAR prompts; ``missing`` names the parts the bullet does not show.

    ``assessment`` is the matcher's view of the bullet (its ``quantified`` and ``weak_opener``
    decide the result and the action); without one, digits and weak-opener phrases are used.

    >>> story_prompt("Responsible for the on-call rotation").missing
    ['situation', 'task', 'action', 'result']
    """
    text = " ".join(bullet.split()).rstrip(".")
    quantified = assessment.quantified if assessment else bool(_NUMBER.search(text))
    weak = assessment.weak_opener if assessment else bool(_WEAK.match(text))
    situation = _clause(_SITUATION, text)
    task = _clause(_TASK, text)
    figure = _FIGURE.search(text)
    result_clause = _clause(_RESULT, text)
    result = result_clause or (figure.group(0).strip() if quantified and figure else None)
    action = _action(text, situation, task, result_clause)
    missing = [name for name, found in (("situation", situation), ("task", task)) if not found]
    if weak:
        missing.append("action")
    if not quantified:
        missing.append("result")
    missing.sort(key=PARTS.index)
    return StoryPrompt(
        bullet=bullet,
        situation=(
            f"Set the scene from “{situation}”: the team, the scale, and what was at stake."
            if situation
            else "What was the situation? Say where you were, the team and product, and what was at stake."
        ),
        task=(
            f"Your goal was “{task}”: say what you owned and why it mattered."
            if task
            else "What were you asked to achieve, or what did you decide needed doing, and why?"
        ),
        action=(
            "The bullet hides what you did. Name the two or three steps you took yourself "
            "(say “I”, not “we”)."
            if weak
            else f"What you did: “{action}”. Walk through the key decisions you made yourself and why."
        ),
        result=(
            f"The outcome: “{result}”. Be ready to say how you measured it and what happened next."
            if quantified and result
            else "The bullet is quantified: say what the numbers meant and how you measured them."
            if quantified
            else "What changed, by how much and for whom? Use a number only if you can stand behind it."
        ),
        missing=missing,
    )


def _clause(pattern: re.Pattern[str], text: str) -> str | None:
    """The words from the first cue to the next comma or cue boundary, or None."""
    match = pattern.search(text)
    if match is None:
        return None
    rest = text[match.start() :]
    return re.split(r",(?!\d)|;| - | – ", rest, maxsplit=1)[0].strip().rstrip(".") or None


def _action(text: str, *clauses: str | None) -> str:
    """The bullet up to its first situation, task or result clause that follows at least three words."""
    starts = sorted(text.find(c) for c in clauses if c and c != text)
    for start in starts:
        head = text[:start].strip(" ,;-–")
        if len(head.split()) >= 3:
            return head
    return text
