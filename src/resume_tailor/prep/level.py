"""A hint of the level the resume reads at (years and scope words) and what interviewers probe there."""

from __future__ import annotations

import math
import re

from resume_tailor.models import LevelHint, Report
from resume_tailor.prep.pitch import years_phrase

_SCOPE = {
    "org": re.compile(
        r"\b(?:org(?:anization|anisation)?-wide|company-wide|across (?:the )?(?:company|organi[sz]ation|"
        r"\d+ teams|all \d* ?(?:engineering )?teams)|cross-team|multiple teams|all \d+ \w+ teams|"
        r"set the direction|adopted by \d+)\b",
        re.I,
    ),
    "lead": re.compile(
        r"\b(?:led|owned|drove|architected|headed|managed|launched|designed|established)\b", re.I
    ),
    "people": re.compile(r"\b(?:mentored|coached|hired|promoted|grew the team|managed a team)\b", re.I),
    "junior": re.compile(r"\b(?:intern(?:ship)?|assisted|helped with|trainee|apprentice)\b", re.I),
}
_SCOPE_LABELS = {
    "org": "beyond one team",
    "lead": "ownership",
    "people": "growing people",
    "junior": "junior signals",
}
_TITLE_STAFF = re.compile(r"\b(?:staff|principal|director|head of|vp|distinguished)\b", re.I)
_TITLE_SENIOR = re.compile(r"\b(?:senior|sr\.?|lead|manager)\b", re.I)
_LEVEL_LINE = re.compile(r"\blevel", re.I)


def level_hint(report: Report, probes: dict[str, dict[str, object]]) -> LevelHint:
    """Years plus scope words (led, owned, org-wide...) -> entry, mid, senior or staff."""
    resume = report.resume
    years, note = years_phrase(resume)
    bullets = [b.text for b in resume.bullets()]
    found: dict[str, list[str]] = {k: [] for k in _SCOPE}
    for kind, pattern in _SCOPE.items():
        for text in bullets:
            found[kind] += [m.group(0) for m in pattern.finditer(text)]
    titles = " ".join(e.title or "" for e in resume.experience[:1])
    y = years or 0.0
    if _TITLE_STAFF.search(titles) or (y >= 8 and found["org"]):
        level = "staff"
    elif y >= 5 or (_TITLE_SENIOR.search(titles) and y >= 3) or (y >= 4 and found["people"]):
        level = "senior"
    elif y >= 2 or (found["lead"] and not found["junior"]):
        level = "mid"
    else:
        level = "entry"
    scope = [
        f"{_SCOPE_LABELS[kind]}: {', '.join(dict.fromkeys(w.lower() for w in words))}"
        for kind, words in found.items()
        if words
    ]
    guide = probes[level]
    process = report.company.interview
    company_note = [line for line in (*process.assessed, *process.tips) if _LEVEL_LINE.search(line)]
    return LevelHint(
        level=level,
        label=str(guide["label"]),
        years=float(math.floor(years)) if years is not None else None,
        years_note=note,
        scope=scope,
        probes=list(guide["probes"]),  # type: ignore[call-overload]
        company_note=company_note,
    )
