"""Years of experience: the union of the entries' dated intervals, and the figure the resume states.

A resume often says "10+ years of experience" in its summary while listing only the last few roles;
both figures are kept so the report can say when they disagree (see ``Resume.years_of_experience``).
"""

from __future__ import annotations

import re
from datetime import date

from resume_tailor.models import Entry
from resume_tailor.resume.dates import month_interval, total_years

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
# a figure of years written anywhere ("9+ years", "nine years", "5 yrs", "a decade"), whatever it is
# about: a summary that states one is quoted as it is, and not told to add one
YEARS_FIGURE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\+?|" + "|".join(_NUMBER_WORDS) + r")[\s-]*(?:years?|yrs?)\b|\bdecades?\b",
    re.IGNORECASE,
)
_DECADES_RE = re.compile(r"\b(?:a|one|two)\s+decades?\b", re.IGNORECASE)
_NUMBER = r"(?P<n>\d{1,2}(?:\.\d)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_QUALIFIER = r"(?P<q>over|more than|nearly|almost|about|around|approximately|close to|at least)\s+"
_STATED_RE = re.compile(
    rf"(?<![\w.-])(?:{_QUALIFIER})?{_NUMBER}\s*(?P<plus>\+)?\s*(?:-\s*)?(?P<unit>years?|yrs?)\b['’]?"
    r"(?P<tail>[^.;\n]{0,40})",
    re.IGNORECASE,
)
_ABOUT_WORK_RE = re.compile(
    r"\b(?:experience|experienced|expertise|industry|professional|career|working|work|hands-on|"
    r"in\s+(?:the\s+)?(?:software|tech|it|field)|building|leading|delivering|developing)\b",
    re.IGNORECASE,
)


def stated_years(text: str) -> float | None:
    """The years of experience a resume claims in words ("10+ years", "over 8 years of experience").

    A bare duration inside an achievement ("a 3 year contract") does not count: the figure needs a
    "+", a qualifier ("over", "more than") or a word about work ("experience", "industry") after it.

    >>> stated_years("Engineer with 10+ years building payment systems.")
    10.0
    >>> stated_years("Over eight years of experience in data."), stated_years("Ran a 2 year pilot.")
    (8.0, None)
    """
    text = _DECADES_RE.sub(lambda m: "20 years" if m.group(0).lower().startswith("two") else "10 years", text)
    for m in _STATED_RE.finditer(text):
        raw = m.group("n").lower()
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw)
        if not 1 <= value <= 50:
            continue
        if m.group("plus") or m.group("q") or _ABOUT_WORK_RE.search(m.group("tail") or ""):
            return value
    return None


def entry_years(entries: list[Entry], today: date | None = None) -> float | None:
    """Years covered by the entries' date ranges, overlapping roles counted once."""
    intervals = [iv for e in entries if (iv := month_interval(e.start, e.end, today)) is not None]
    return total_years(intervals)
