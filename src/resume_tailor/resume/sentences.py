"""Sentences of a paragraph: a role described in prose instead of bullets gives one achievement each."""

from __future__ import annotations

import re

# Words that end with a period without ending the sentence.
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "corp",
        "co",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "vs",
        "approx",
        "no",
        "fig",
        "dept",
        "univ",
        "est",
        "incl",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "ph.d",
        "b.s",
        "m.s",
        "b.a",
        "m.a",
        "mt",
    ]
)
_BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")
_MIN_WORDS = 3  # a "sentence" shorter than this ("Inc." leftovers, "Go.") stays with its neighbour


def ends_with_abbreviation(text: str) -> bool:
    """The text's final period belongs to an abbreviation ("Acme Inc.", "Bolwerk B.V.", "S.p.A.").

    >>> ends_with_abbreviation("Bolwerk Payments B.V."), ends_with_abbreviation("Cut costs.")
    (True, False)
    """
    m = re.search(r"(?:^|\s)(\S+)\.$", text.rstrip())
    if m is None:
        return False
    word = m.group(1).lower().lstrip("(")
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}", word))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations ("e.g.", "Inc.", "U.S.") and initials.

    >>> split_sentences("Built the API for 2M users. Cut costs 20%, e.g. with spot instances. Led 3.")
    ['Built the API for 2M users.', 'Cut costs 20%, e.g. with spot instances. Led 3.']
    """
    out: list[str] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        head = text[start : m.start()].strip()
        last = head.rsplit(None, 1)[-1].rstrip('.!?"”’)').lower() if head else ""
        if last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last) or len(head.split()) < _MIN_WORDS:
            continue
        out.append(head)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        if out and len(tail.split()) < _MIN_WORDS:
            out[-1] = f"{out[-1]} {tail}"
        else:
            out.append(tail)
    return out
