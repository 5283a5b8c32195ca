"""How much a piece of text reads like a job title or an organisation name (scores from word lists).

A leaf of the parser: used by heading detection (an employer in capitals is not a section) and by the
entry parser (which piece of a header is the title, which the company).
"""

from __future__ import annotations

import re

from resume_tailor.resume.vocab import COMPANY_HEADS, COMPANY_WORDS, TITLE_HEADS, TITLE_WORDS

# Schools named in other languages ("Hogeschool Utrecht", "Technische Universität"): organisations
# too, whose words the ASCII word lists cannot hold.
_SCHOOL_RE = re.compile(
    r"\b(?:Universit(?:ät|é|à|y|eit|et|at|ario|aria|atea)|Universidad(?:e)?|Hogeschool|Hochschule|"
    r"Fachhochschule|[EÉ]cole|Politecnico|Polit[eé]cnica|Gymnasium|Lyceum|Instituto|Institut)\b",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """The lower-case words of a text (letters, with inner / & + -)."""
    return re.findall(r"[a-z][a-z/&+-]*", text.lower())


def core_words(text: str) -> list[str]:
    """The words outside brackets ("Engineer (contract)" -> ["engineer"]), or all words if none."""
    return words(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)) or words(text)


def title_score(text: str) -> float:
    """How much a piece of text reads like a job title (0 = not at all); the head noun counts most.

    >>> title_score("Senior Software Engineer") > title_score("Acme Software Inc")
    True
    """
    ws = core_words(text)
    if not ws:
        return 0.0
    hits = sum(1 for w in ws if w.strip("-/.") in TITLE_WORDS or _compound_title(w))
    last = ws[-1].strip("-/.")
    head = 1.0 if last in TITLE_HEADS or last.split("-")[0] in TITLE_HEADS else 0.0
    return hits / len(ws) + (0.5 if hits else 0.0) + head


def _compound_title(word: str) -> bool:
    """A hyphenated role: "editor-in-chief", "co-founder" (a part of it is a title word)."""
    return "-" in word.strip("-") and any(p in TITLE_WORDS for p in word.split("-") if len(p) > 2)


def company_score(text: str) -> float:
    """How much a piece of text reads like an organisation name; a legal suffix counts most."""
    ws = core_words(text)
    if not ws:
        return 0.0
    hits = sum(1 for w in ws if w.strip(".") in COMPANY_WORDS)
    head = 1.0 if ws[-1].strip(".") in COMPANY_HEADS else 0.0
    if not hits and _SCHOOL_RE.search(text):
        return 1.5  # as much as one organisation word
    return hits / len(ws) + (0.5 if hits else 0.0) + head
