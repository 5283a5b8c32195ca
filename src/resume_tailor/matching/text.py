"""Word-level helpers for reading bullets: tokens, crude stems, and where a bullet starts.

The stemmer is deliberately simple (suffix stripping plus a few irregular verbs): cues in the
lexicon are stemmed the same way as the bullets, so "mentored", "mentoring" and "mentors" all meet
the cue "mentor" without a language model.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*|[%$#+/&]")
_BULLET_GLYPHS = re.compile(r"^[\s•●▪◦‣∙·\-–—*>]+")

# Irregular forms that suffix stripping cannot reach (past tenses common in resumes).
_IRREGULAR = {
    "led": "lead",
    "leading": "lead",
    "leads": "lead",
    "built": "build",
    "rebuilt": "rebuild",
    "ran": "run",
    "running": "run",
    "wrote": "write",
    "written": "write",
    "rewrote": "rewrite",
    "rewritten": "rewrite",
    "taught": "teach",
    "grew": "grow",
    "grown": "grow",
    "drove": "drive",
    "driven": "drive",
    "won": "win",
    "made": "make",
    "sang": "sing",
    "chose": "choose",
    "chosen": "choose",
    "spoke": "speak",
    "spoken": "speak",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "sought": "seek",
    "thought": "think",
    "caught": "catch",
    "held": "hold",
    "kept": "keep",
    "met": "meet",
    "set": "set",
    "cut": "cut",
    "put": "put",
    "shut": "shut",
    "hit": "hit",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "found": "find",
    "founded": "found",
    "founding": "found",
    "used": "use",
    "using": "use",
    "uses": "use",
    "saw": "see",
    "seen": "see",
    "went": "go",
    "gone": "go",
    "became": "become",
    "overcame": "overcome",
    "understood": "understand",
    "undertook": "undertake",
    "shipped": "ship",
    "shipping": "ship",
    "ships": "ship",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "is": "be",
    "are": "be",
    "data": "data",
    "analysis": "analyz",
    "analyses": "analyz",
    "this": "this",
    "its": "its",
    "us": "us",
    "bus": "bus",
    "has": "have",
    "had": "have",
}

_VOWELS = set("aeiouy")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude, consistent stem: ``stem("Mentoring") == stem("mentored") == "mentor"``."""
    w = word.casefold()
    if w in _IRREGULAR:
        return _final_e(_IRREGULAR[w])
    if not w.isalpha() or len(w) <= 3:
        return w
    if w.endswith("eed"):
        return w
    # plural first ("findings" -> "finding"), then the verb ending ("finding" -> "find")
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "zes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5 and _VOWELS & set(w[:-3]):
        w = _undouble(w[:-3])
    elif w.endswith("ed") and len(w) > 4 and not w.endswith("eed"):
        w = _undouble(w[:-2])
    return _final_e(w)


def _final_e(w: str) -> str:
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 5 and w.endswith(("is", "ys")):  # organis(e) -> organiz, analys(e) -> analyz
        w = w[:-1] + "z"
    return w


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in "lsz":
        return w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphens and slashes split words (``"end-to-end"`` -> 3 tokens)."""
    return _TOKEN_RE.findall(text.casefold().replace("’", "'").replace("-", " "))


def stems(text: str) -> list[str]:
    """The stems of :func:`tokens`."""
    return [stem(t) for t in tokens(text)]


def strip_bullet(text: str) -> str:
    """The bullet text without its leading glyph and surrounding space."""
    return _BULLET_GLYPHS.sub("", text).strip()


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name ("AWS", "I"): how a
    name or a line is written inside a sentence.

    >>> lower_first("Data science, research and machine learning"), lower_first("UX design and research")
    ('data science, research and machine learning', 'UX design and research')
    >>> lower_first("A small npm package"), lower_first("I led")
    ('a small npm package', 'I led')
    """
    first = text.split(" ", 1)[0]
    article = first == "A" and text[1:2] == " "  # "A small npm package": the article, not a name
    return text[:1].lower() + text[1:] if first[1:].islower() or article else text


# short words that stay in capitals when a title set in capitals is written in prose
_KEPT_CAPITALS = frozenset(
    {"AI", "ML", "UX", "UI", "QA", "HR", "IT", "ICU", "RN", "LPN", "CNA", "SRE", "VP", "SVP", "EVP", "CTO"}
    | {"CEO", "CFO", "COO", "CIO", "AWS", "GCP", "SEO", "PR", "API", "APAC", "EMEA", "LATAM", "US", "UK"}
    | {"EU", "II", "III", "IV", "R&D"}
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "at", "to", "on", "with", "a", "an", "&"})


def unshout(text: str) -> str:
    """A title set in capitals by its template, as it is written in a sentence: "SENIOR TALENT
    ACQUISITION PARTNER, APAC" -> "Senior Talent Acquisition Partner, APAC"; other text unchanged.

    >>> unshout("HEAD OF DATA, EMEA"), unshout("Staff Engineer")
    ('Head of Data, EMEA', 'Staff Engineer')
    """
    if not text.isupper():
        return text
    words = []
    for i, word in enumerate(text.split(" ")):
        core = word.strip(",.;:()")
        if core in _KEPT_CAPITALS:
            words.append(word)
        elif i and core.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)
