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
_NUMBER = re.compile(r"\d")
_WEAK = re.compile(
    r"^\s*(?:responsible for|helped(?: with| to)?|worked on|assisted(?: with| in)?|involved in|"
    r"participated in|tasked with|duties included)\b",
    re.IGNORECASE,
)

PARTS = ("situation", "task", "action", "result")


def story_prompt(bullet: str, assessment: BulletAssessment | None = None) -> StoryPrompt:
    """Frame ``bullet`` as STAR prompts; ``missing`` names the parts the bullet does not show.

    The result is the bullet's outcome clause (:func:`outcome_clause`), never a bare figure; without
    one the result is missing, whatever numbers the bullet has. ``assessment`` is the matcher's view
    of the bullet (its ``weak_opener`` decides whether the action is shown).

    >>> story_prompt("Responsible for the on-call rotation").missing
    ['situation', 'task', 'action', 'result']
    """
    text = " ".join(bullet.split()).rstrip(".")
    weak = assessment.weak_opener if assessment else bool(_WEAK.match(text))
    situation = _clause(_SITUATION, text)
    task = _clause(_TASK, text)
    result = outcome_clause(text)
    if result and task and (result in task or task in result):
        task = None
    if task and situation and situation in task and not task.startswith(situation):
        task = task[: task.index(situation)].strip(" ,;") or None
    action = None if weak else _action(text, situation, task, result)
    found = {
        k: v
        for k, v in (("situation", situation), ("task", task), ("action", action), ("result", result))
        if v
    }
    missing = [part for part in PARTS if part not in found]
    figures = _NUMBER.search(text) is not None
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
            if action is None
            else f"What you did: “{action}”. Walk through the key decisions you made yourself and why."
        ),
        result=(
            f"The outcome: “{result}”. Be ready to say how you measured it and what happened next."
            if result
            else "The bullet's numbers describe the scale of the work, not its outcome. What changed "
            "because of it, by how much and for whom? Use a number only if you can stand behind it."
            if figures
            else "What changed, by how much and for whom? Use a number only if you can stand behind it."
        ),
        missing=missing,
        found=found,
    )


# --------------------------------------------------------------------------- the outcome clause

#: Verbs (any tense) that state a change, an achievement or a reach; a clause starting with one is an outcome.
_CHANGE_STEMS = (
    "cut",
    "reduc",
    "decreas",
    "lower",
    "shorten",
    "increas",
    "improv",
    "rais",
    "lift",
    "boost",
    "grew",
    "grow",
    "doubl",
    "tripl",
    "halv",
    "sav",
    "eliminat",
    "remov",
    "end",
    "drop",
    "fell",
    "fall",
    "rose",
    "rise",
    "sped up",
    "speed",
    "accelerat",
    "shrank",
    "shrunk",
    "streamlin",
    "scal",
    "achiev",
    "reach",
    "hit",
    "exceed",
    "beat",
    "surpass",
    "generat",
    "clos",
    "won",
    "win",
    "earn",
    "publish",
    "hired",
    "hire",
    "promot",
    "received",
    "became",
    "becom",
    "let",
    "letting",
    "open",
    "kept",
    "keep",
    "caught",
    "prevent",
    "avert",
    "avoid",
    "recover",
    "replac",
    "freed",
    "free",
    "serv",
    "carr",
    "delight",
)
_CHANGE = "(?:" + "|".join(re.escape(s) for s in sorted(_CHANGE_STEMS, key=len, reverse=True)) + r")[a-z]*"
#: Outcome verbs that only count with a quantity next to them (otherwise they are just actions).
_NEEDS_DEGREE = re.compile(
    r"^(?:improv|increas|reduc|decreas|lower|rais|scal|grow|grew|streamlin|open|keep|kept|"
    r"serv|replac|end|clos|hit|earn|generat|let|sav|carr|free|achiev|reach)",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\d|\b(?:half|halved|double|doubled|triple|tripled|third|quarter|zero|none|no longer|every|all|"
    r"record|first|best|top|twice|fewer|less|more)\b",
    re.IGNORECASE,
)
#: Change verbs that open many bullets as plain actions ("Served as scrum master", "Replaced the ...").
_NOT_OPENING = re.compile(r"^(?:serv|carr|replac|let|open|free|end)", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"\b(?:fewer|less|more|higher|lower|faster|slower|cheaper|smaller|larger|bigger|better|shorter|longer|"
    r"earlier|sooner|up|down)\b",
    re.IGNORECASE,
)
#: Words that introduce an outcome and are left out of it.
_LEAD = re.compile(
    r"(?:(?<=[\s,;])|^)(?:(?:which|that|and)\s+(?:has\s+|have\s+)?led to|resulting in|resulted in|leading to|"
    r"led to|so that|after which|which|that|and|now|then)\s+",
    re.IGNORECASE,
)
_ADOPTION = re.compile(
    r"\b(?:(?:now\s+)?(?:adopted|used|relied on|reused|installed|downloaded)"
    r"(?:\s+\w+ly|\s+daily|\s+weekly)?\s+(?:by|across|in)\b|serving\b|launched to\b|"
    r"with\s+[\d,.]+k?\+?\s+(?:\w+\s+)?(?:stars|users|downloads|"
    r"installs|customers|subscribers)|with zero\b|without (?:any\s+)?(?:[\w-]+\s+)?(?:downtime|outages?|"
    r"incidents?|regressions?|findings|data loss|missed)\b)",
    re.IGNORECASE,
)
#: Where an outcome ends: the means ("by adding...", "through...") or a following action clause.
_MEANS = re.compile(
    r"\s+(?:by\s+(?=[a-z-]+ing\b)|through\s|via\s|using\s|thanks to\s|with\s+(?=[A-Z][\w.+#-]*(?:\s|,|$)))|"
    r",\s+(?:with no|without)\s+\w+\s+budget|"
    r"\s+(?:when|while)\s|;",
    re.IGNORECASE,
)
_GERUND = re.compile(r",\s+([a-z]+ing)\b", re.IGNORECASE)
_SUBJECT_CLAUSE = re.compile(
    rf"(?:;|,\s+and|\bafter which|\band)\s+((?:the\s+|all\s+|our\s+|its\s+|their\s+)?"
    rf"(?:(?!(?:that|which|who)\b)[\w'-]+\s+){{0,5}}?"
    rf"(?:was|were|has|have|had)?\s*{_CHANGE})\b",
    re.IGNORECASE,
)


def outcome_clause(bullet: str) -> str | None:
    """The outcome of ``bullet`` (what changed, by how much, for whom) as a verbatim part of it, or None.

    Never a bare number or a count of the people or things the work acted on; a purpose ("to cut
    costs") is a task, not an outcome. See ``benchmarks/star_results.py`` for the rules and scores.

    >>> outcome_clause("Mentored 4 junior engineers; two were promoted within a year.")
    'two were promoted within a year'
    >>> outcome_clause("Taught myself Spark when data grew 20x.") is None
    True
    """
    text = " ".join(bullet.split()).rstrip(" .")
    starts = [s for s in (_opening(text), _connected(text), _gerund(text), _adoption(text)) if s is not None]
    if not starts:
        return None
    start = min(starts)
    clause = _trim(text[start:])
    return clause if clause and not _is_bare(clause) else None


def _is_outcome_verb(word: str, clause: str) -> bool:
    if not re.fullmatch(_CHANGE, word, re.IGNORECASE):
        return False
    return not _NEEDS_DEGREE.match(word) or bool(_DEGREE.search(_until_means(clause)))


def _opening(text: str) -> int | None:
    """0 when the bullet (or its part after a semicolon) opens with an outcome verb and a quantity."""
    for match in re.finditer(r"(?:^|;\s+)([A-Za-z]+)(?:\s+up)?\b", text):
        if not _NOT_OPENING.match(match.group(1)) and _is_outcome_verb(
            match.group(1), text[match.start(1) :]
        ):
            return match.start(1)
    return None


def _connected(text: str) -> int | None:
    """Where an outcome introduced by a connector ("that reduced", "leading to", "; two were") starts."""
    best: int | None = None
    for match in _LEAD.finditer(text):
        rest = text[match.end() :]
        word = re.match(r"[A-Za-z]+", rest)
        lead = match.group(0).strip().casefold()
        if lead.endswith("to") or lead.endswith(" in") or lead in ("so that", "after which"):
            pos = match.end() if lead not in ("so that", "after which") else _subject_start(text, match.end())
        elif word and _is_outcome_verb(word.group(0), rest):
            pos = match.end()
        else:
            continue
        if pos is not None and (best is None or pos < best):
            best = pos
    for match in _SUBJECT_CLAUSE.finditer(text):
        verb = match.group(1).split()[-1]
        if not verb.casefold().endswith("ing") and _is_outcome_verb(verb, text[match.start(1) :]):
            if best is None or match.start(1) < best:
                best = match.start(1)
            break
    return best


def _subject_start(text: str, pos: int) -> int | None:
    """``pos`` when a change verb follows within a few words ("so that mean time to detect dropped")."""
    rest = text[pos:]
    words = re.findall(r"[A-Za-z]+", rest)[:8]
    return pos if any(re.fullmatch(_CHANGE, w, re.IGNORECASE) for w in words[1:]) else None


def _gerund(text: str) -> int | None:
    for match in _GERUND.finditer(text):
        if _is_outcome_verb(match.group(1), text[match.start(1) :]):
            return match.start(1)
    return None


def _adoption(text: str) -> int | None:
    match = _ADOPTION.search(text)
    if match is None:
        return None
    head = text[: match.start()]
    if re.search(r"\b(?:to|for)\s+(?:\w+\s+){0,2}$", head):  # "to serve..." is a purpose
        return None
    return match.start()


def _until_means(text: str) -> str:
    match = _MEANS.search(text)
    return text[: match.start()] if match else text


def _trim(clause: str) -> str:
    """Cut at the means or at a following action gerund; keep chained outcome clauses."""
    clause = _until_means(clause)
    for match in _GERUND.finditer(clause):
        if not _is_outcome_verb(match.group(1), clause[match.start(1) :]):
            clause = clause[: match.start()]
            break
    return clause.strip(" ,;-–")


def _is_bare(clause: str) -> bool:
    """A number or a count with no verb of change and no adoption phrase ("90", "4 junior engineers")."""
    words = re.findall(r"[A-Za-z]+", clause)
    has_verb = (
        any(re.fullmatch(_CHANGE, w, re.IGNORECASE) for w in words)
        or _ADOPTION.search(clause)
        or _COMPARATIVE.search(clause)
    )
    return not has_verb and len(words) <= 4


def _clause(pattern: re.Pattern[str], text: str) -> str | None:
    """The words from the first cue to the next comma or cue boundary, or None."""
    match = pattern.search(text)
    if match is None:
        return None
    rest = text[match.start() :]
    return re.split(r",(?!\d)|;| - | – ", rest, maxsplit=1)[0].strip().rstrip(".") or None


_TRAILING_LEAD = re.compile(
    r"[\s,;]*\b(?:(?:which|that|and)\s+(?:has\s+|have\s+)?led to|resulting in|resulted in|leading to|led to|"
    r"so that|after which|which|that|and|now|then)\s*$",
    re.IGNORECASE,
)


def _action(text: str, *clauses: str | None) -> str:
    """The bullet up to its first situation, task or result clause that follows at least three words."""
    result = clauses[-1]
    if result and text.startswith(result) and len(text) > len(result) + 3:
        return text[len(result) :].strip(" ,;-–")  # "Reduced spend by $18K by right-sizing ..."
    starts = sorted(text.find(c) for c in clauses if c and c != text)
    for start in starts:
        head = _TRAILING_LEAD.sub("", text[:start]).strip(" ,;-–")
        if len(head.split()) >= 3:
            return head
    return text
