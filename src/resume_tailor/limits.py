"""Every per-input limit in one place, with the reason for each number (issue 15).

A resume is a few pages written by a person; an input far past these numbers is either not a
resume or built to make the program slow. Each limit is checked as early as the input allows
(bytes before parsing, characters before splitting into lines, parts before python-docx reads
them) and refuses with an exit-3 :class:`~resume_tailor.errors.FileTooLargeError` and one line
saying which limit was hit. The README states the same numbers next to the page cap.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from resume_tailor.errors import FileTooLargeError
from resume_tailor.models import Resume

if TYPE_CHECKING:
    from resume_tailor.resume.lines import Line

# PDF pages read by default (``--max-pages``): a resume is one to three pages; a longer file is
# refused before any layout work.
MAX_PAGES = 20
# A resume file: PDFs with embedded fonts and photos reach a few MB; 10 MB leaves room.
MAX_RESUME_BYTES = 10 << 20
# A posting file (text, HTML page with its scripts, JSON, PDF or DOCX): 5 MB.
MAX_POSTING_BYTES = 5 << 20
# Characters of text: a dense 3-page resume holds ~15,000; the 20-page cap at ~5,000 per page
# is 100,000. 150,000 refuses 9.8 MB "resumes" and 4-pt walls of text before any layout work, and
# keeps the slowest reader (PDF, ~30 us per character on a dense page) under 5 s.
MAX_CHARACTERS = 150_000
# Lines: a 20-page resume has about 1,200 lines.
MAX_LINES = 5_000
# DOCX paragraphs (table cells included): each line of a resume is at most one paragraph.
MAX_PARAGRAPHS = 5_000
# One XML part of a DOCX, unpacked: a 20-page resume's document.xml is well under 2 MB.
MAX_XML_PART_BYTES = 8 << 20
# Entries (jobs, schools, projects, activities): a long career lists a few dozen.
MAX_ENTRIES = 300
# Skill mentions found in one document: a skill-dense resume has a few hundred.
MAX_MENTIONS = 5_000
# One line of text: longer lines are cut (at a sentence end, else a space) into pieces of at most
# this length. A paragraph of 300 words fits; a 100 KB line becomes 50 lines, so a pattern that
# is quadratic in a line's length costs at most (characters x 2,000) steps, never characters².
MAX_LINE_CHARS = 2_000
# A run of spaces or tabs inside a line is kept to 20 characters: two spaces already separate
# columns, and runs are what "\s*...\s*" patterns backtrack over.
MAX_SPACE_RUN = 20
# A company profile YAML: the bundled ones are 14-25 KB (demand files up to 53 KB).
MAX_PROFILE_BYTES = 1 << 20
# Nodes in a profile once its aliases are expanded: the largest bundled profile has a few thousand.
MAX_PROFILE_NODES = 100_000


class _Sized(Protocol):
    text: str


def too_large(name: str, what: str, count: int, limit: int) -> FileTooLargeError:
    """The one-line refusal for a limit: ``name: 12,345 lines is over the limit of 5,000 ...``."""
    return FileTooLargeError(
        f"{name}: {count:,} {what} is over the limit of {limit:,} for one document; "
        "this does not look like a resume or a posting"
    )


def check_text(text: str, name: str) -> None:
    """Refuse text over :data:`MAX_CHARACTERS` characters or :data:`MAX_LINES` lines."""
    if len(text) > MAX_CHARACTERS:
        raise too_large(name, "characters", len(text), MAX_CHARACTERS)
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise too_large(name, "lines", lines, MAX_LINES)


def check_lines(lines: Sequence[_Sized], name: str) -> None:
    """Refuse a document read into more than :data:`MAX_LINES` lines or :data:`MAX_CHARACTERS`."""
    if len(lines) > MAX_LINES:
        raise too_large(name, "lines", len(lines), MAX_LINES)
    chars = sum(len(ln.text) for ln in lines)
    if chars > MAX_CHARACTERS:
        raise too_large(name, "characters", chars, MAX_CHARACTERS)


def check_count(count: int, limit: int, what: str, name: str) -> None:
    """Refuse when ``count`` of ``what`` (entries, mentions, paragraphs...) is over ``limit``."""
    if count > limit:
        raise too_large(name, what, count, limit)


def check_entries(resume: Resume, name: str) -> Resume:
    """Return ``resume`` unless it has more than :data:`MAX_ENTRIES` entries (jobs, schools...)."""
    count = len(resume.experience) + len(resume.education)
    count += len(getattr(resume, "projects", [])) + len(getattr(resume, "activities", []))
    check_count(count, MAX_ENTRIES, "entries", name)
    return resume


def check_mentions(resume: Resume, name: str) -> Resume:
    """Return ``resume`` unless its skills cite more than :data:`MAX_MENTIONS` lines in all."""
    check_count(sum(len(s.evidence) for s in resume.skills), MAX_MENTIONS, "skill mentions", name)
    return resume


_SPACE_RUN = re.compile(rf"[^\S\n]{{{MAX_SPACE_RUN + 1},}}")
_CUT = re.compile(r"[.;!?]\s|\s")


def bound_line(text: str) -> list[str]:
    """``text`` with long space runs shortened, cut into pieces of at most MAX_LINE_CHARS."""
    text = _SPACE_RUN.sub(lambda m: m.group(0)[:MAX_SPACE_RUN], text)
    pieces: list[str] = []
    while len(text) > MAX_LINE_CHARS:
        window = text[:MAX_LINE_CHARS]
        cut = max((m.end() for m in _CUT.finditer(window, MAX_LINE_CHARS // 2)), default=MAX_LINE_CHARS)
        sentence = window.rfind(". ", MAX_LINE_CHARS // 2)
        cut = sentence + 2 if sentence > 0 else cut
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return [p for p in pieces if p] or [text]


def bound_text(text: str) -> str:
    """Every line of ``text`` bounded as :func:`bound_line` does, joined by newlines."""
    if len(text) <= MAX_LINE_CHARS and not _SPACE_RUN.search(text):
        return text
    return "\n".join(piece for line in text.split("\n") for piece in bound_line(line))


def bound_lines(lines: Sequence[Line], name: str) -> list[Line]:
    """The lines checked against the caps (:func:`check_lines`), each bounded by :func:`bound_line`."""
    check_lines(lines, name)
    out: list[Line] = []
    for line in lines:
        if len(line.text) <= MAX_LINE_CHARS and not _SPACE_RUN.search(line.text):
            out.append(line)
            continue
        pieces = bound_line(line.text)
        out.append(dataclasses.replace(line, text=pieces[0]))
        out += [dataclasses.replace(line, text=p, list_item=False, gap_before=0.0) for p in pieces[1:]]
    check_count(len(out), MAX_LINES, "lines", name)
    return out
