"""How much a piece of text reads like a job title or an organisation name (scores from word lists).

A leaf of the parser: used by heading detection (an employer in capitals is not a section) and by the
entry parser (which piece of a header is the title, which the company).
"""

from __future__ import annotations

import re
import unicodedata

from resume_tailor.resume.vocab import (
    COMPANY_HEADS,
    COMPANY_WORDS,
    GERMAN_ROLE_NOUNS,
    ROMANCE_OF_WORDS,
    ROMANCE_ROLE_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    is_legal_form,
)

# Schools named in other languages ("Hogeschool Utrecht", "Technische Universität"): organisations
# too, whose words the ASCII word lists cannot hold.
_SCHOOL_RE = re.compile(
    r"\b(?:Universit(?:ät|é|à|y|eit|et|at|ario|aria|atea)|Universidad(?:e)?|Hogeschool|Hochschule|"
    r"Fachhochschule|[EÉ]cole|Politecnico|Polit[eé]cnica|Gymnasium|Lyceum|Instituto|Institut)\b",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """The lower-case words of a text (letters, with inner / & + -), accents dropped ("Hôtel" is
    "hotel").

    >>> words("Hôtel du Lac, Annecy")
    ['hotel', 'du', 'lac', 'annecy']
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.findall(r"[a-z][a-z/&+-]*", plain)


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
    hits = sum(1 for w in ws if w.strip("-/.") in TITLE_WORDS or _compound_title(w) or _foreign_role(w))
    # (a Romance title names its head first: "Analyste Financier", "Enfermeira Chefe")
    head = 1.0 if _is_head(ws[-1]) or _is_head(_romance_head(ws)) or _foreign_role(ws[0]) else 0.0
    return hits / len(ws) + (0.5 if hits else 0.0) + head


# a Romance language names the role or the organisation first and what it is of after "de" ("Chef
# de Partie", "Jefe de Cocina", "Hôtel du Lac"): the head noun is the word before it
_ROMANCE_HEAD_MAX = 2  # the "de" comes after the head noun and at most one word before it


def _romance_head(ws: list[str]) -> str:
    """The word before a Romance "de" near the start of a name; "" when there is none."""
    of = next((k for k, w in enumerate(ws) if w in ROMANCE_OF_WORDS), 0)
    return ws[of - 1] if 0 < of <= _ROMANCE_HEAD_MAX else ""


def _is_head(word: str) -> bool:
    """A job title's head noun ("engineer", "co-founder" by its first part), also in another
    language (:func:`_foreign_role`)."""
    w = word.strip("-/.")
    return w in TITLE_HEADS or w.split("-")[0] in TITLE_HEADS or _foreign_role(w)


def _foreign_role(word: str) -> bool:
    """A French, Italian or Portuguese role noun, or a German compound ending in one."""
    return word in ROMANCE_ROLE_NOUNS or any(word.endswith(noun) for noun in GERMAN_ROLE_NOUNS)


def _compound_title(word: str) -> bool:
    """A hyphenated role: "editor-in-chief", "co-founder" (a part of it is a title word)."""
    return "-" in word.strip("-") and any(p in TITLE_WORDS for p in word.split("-") if len(p) > 2)


def company_score(text: str) -> float:
    """How much a piece of text reads like an organisation name; a legal suffix counts most."""
    ws = core_words(text)
    if not ws:
        return 0.0
    last = text.split()[-1].strip(",;")
    dotted_legal = "." in last.rstrip(".") and is_legal_form(last)  # "S.r.l.", "S.p.A.": no one word
    hits = sum(1 for w in ws if w.strip(".") in COMPANY_WORDS) + dotted_legal
    heads = ws[-1].strip(".") in COMPANY_HEADS or _romance_head(ws) in COMPANY_HEADS
    head = 1.0 if heads or dotted_legal else 0.0
    if not hits and _SCHOOL_RE.search(text):
        return 1.5  # as much as one organisation word
    return hits / len(ws) + (0.5 if hits else 0.0) + head
