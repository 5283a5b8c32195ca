"""Does a bullet carry a number that measures something?

Counts: percentages, money, multipliers ("18x"), numbers with a scale ("2M", "50K+", "12 TB"),
counts of people or things ("Mentored 8 engineers", "three regional warehouses", "thousands of
users"), durations ("from 28 to 6 minutes"), and the words doubled/tripled/halved.
Does not count: years and dates ("2019", "03/2022", "Jan 2021"), versions ("Python 3",
"Spring Boot 3.1", "Java SE 8"), identifiers glued to letters ("p99", "S3", "HTML5", "Sev-2"),
and ordinals ("1st place").
"""

from __future__ import annotations

import re

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATES = re.compile(
    rf"\b{_MONTHS}\s+(?:19|20)\d\d\b|\b\d{{1,2}}/(?:19|20)?\d\d\b|\b(?:19|20)\d\d[-/]\d\d\b"
    r"|\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now|current)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.])([$€£])?(\d[\d,]*(?:\.\d+)?)")
_SCALE_SUFFIX = re.compile(
    r"^(?:\s?(?:%|percent\b|pp\b|x\b|×|k\b|m\b|b\b|bn\b|mm\b|tb\b|gb\b|mb\b|pb\b|ms\b|s\b|h\b|hrs?\b|"
    r"million\b|billion\b|thousand\b)|\+)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# counts written as words ("four product teams", "hundreds of stores"), as a regex alternation
NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?"
)
_WORD_NUMBERS = re.compile(rf"\b(?:{NUMBER_WORDS})\b(?=[\s-]+[a-z])", re.IGNORECASE)
_MULTIPLIER_WORDS = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|halving|tenfold|twofold|threefold)\b"
    r"|\bby (?:a|one|two) (?:half|third|thirds|quarter|quarters)\b|\bin half\b",
    re.I,
)
_VERSION_CUE = re.compile(r"(?:\bv|\bversion|\bse|\bes|\bapi level|\bpython|\bjava|\bphp)\s*$", re.I)


def is_quantified(text: str) -> bool:
    """True when the bullet has at least one measuring number.

    >>> is_quantified("Cut p99 latency 35 percent via a caching rewrite")
    True
    >>> is_quantified("Upgraded the service from Java 8 to Java 17")
    False
    """
    return bool(numbers(text))


def numbers(text: str) -> list[str]:
    """The measuring numbers of a bullet, as written (see the module docstring)."""
    clean = _DATES.sub(" ", text)
    found: list[str] = []
    for match in _NUMBER.finditer(clean):
        if _counts(clean, match):
            found.append(match.group(0))
    found += [m.group(0) for m in _WORD_NUMBERS.finditer(clean)]
    found += [m.group(0) for m in _MULTIPLIER_WORDS.finditer(clean)]
    return found


def _counts(text: str, match: re.Match[str]) -> bool:
    currency, digits = match.group(1), match.group(2)
    before, after = text[: match.start()], text[match.end() :]
    if currency:
        return True
    if _ORDINAL.match(after):
        return False
    # Identifiers glued to letters: "Sev-2", "10-K", "HTML5" (the lookbehind already drops "p99").
    if re.search(r"[A-Za-z]-$", before) or re.match(r"-[A-Za-z](?![a-z])", after):
        return False
    if re.match(r"[A-Za-z]", after) and not _SCALE_SUFFIX.match(after):
        return False
    if _SCALE_SUFFIX.match(after):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", digits):
        return bool(re.match(r"\s+[a-z]", after)) and not re.match(r"\s+(?:to|and|through|until)\b", after)
    return not _is_version(before, after)


def _is_version(before: str, after: str) -> bool:
    """A number right after a product name ("Python 3", "Spring Boot 3.1") is a version."""
    if _VERSION_CUE.search(before):
        return True
    prev = re.search(r"([A-Za-z][\w+#.]*)\s+$", before)
    if prev is None:
        return False
    word = prev.group(1)
    first = not before[: prev.start()].strip(" •●▪-–*")
    if first or not word[0].isupper():
        return False
    # "Java 8 to Java 17" / "Python 3 for ..." : a capitalised name then a bare number.
    return not re.match(r"\s*(?:\+|[a-z]{3,}s\b)", after)
