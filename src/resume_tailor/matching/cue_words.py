"""The bullet's own words behind a cue, so a citation's reason reads as words, not patterns.

Cues are stored as regular expressions, word pairs ("reduce ... spend"), word families
("<develop> ... <people>") or a word before a number ("cut +num"); the trained reader's hits already
quote the bullet's words. A person reading a report, or a program reading its JSON, wants the
bullet's words that carried the evidence: this module finds them.

>>> words_behind("Cut the AWS bill by 30% with spot instances", ("cut +num", "spot instance"))
['"Cut"', '"spot instances"']
>>> words_behind("Mentored 4 engineers", ("<develop> ... <people>", "mentor"))
['"Mentored"']
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_WEIGHT = re.compile(r" @[\d.]+$")  # a cue's weight suffix ("retry @0.5")
_FAMILY = re.compile(r"<\w+>")  # a word family's name, not a word of the bullet
_WORD_END = re.compile(r"(?:[\w%]|[.,](?=\d))*")  # the rest of a word or number ("1,200", "2.5x")
_MAX_SPAN = 40  # a longer regex match is a clause, not a phrase worth quoting


def words_behind(text: str, cues: tuple[str, ...] | list[str]) -> list[str]:
    """Quoted phrases of ``text`` that the ``cues`` matched, in cue order and without repeats."""
    found: list[str] = []
    for cue in cues:
        for phrase in _phrases(text, cue):
            quoted = phrase if phrase.startswith('"') else f'"{phrase}"'
            if not any(quoted.lower().strip('"') in seen.lower() for seen in found):
                found = [seen for seen in found if seen.lower().strip('"') not in quoted.lower()] + [quoted]
    return found


def _phrases(text: str, cue: str) -> list[str]:
    if cue.startswith('"'):
        return [cue]  # the trained reader's own quote
    pattern = _WEIGHT.sub("", cue).replace(" +num", "")
    if " ... " not in pattern and not _FAMILY.search(pattern):
        try:
            match = re.search(pattern, text, re.IGNORECASE)
        except re.error:
            match = None
        if match and 0 < len(match.group(0).strip()) <= _MAX_SPAN:
            rest = _WORD_END.match(text, match.end())  # "Mentor" -> "Mentored", "to 2" -> "to 200"
            return [text[match.start() : rest.end() if rest else match.end()].strip()]
    return [w for w in (_word_in(text, w) for w in _WORD.findall(_FAMILY.sub(" ", pattern).lower())) if w]


def _word_in(text: str, stem: str) -> str | None:
    """The bullet's whole word starting with ``stem`` ("mentor" -> "Mentored"), if any."""
    match = re.search(rf"\b{re.escape(stem)}\w*", text, re.IGNORECASE)
    return match.group(0) if match else None
