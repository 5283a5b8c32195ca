"""Heading detection: which lines open a section, and of which kind.

A heading is found from what it says (the vocabulary in :mod:`~resume_tailor.resume.heading_words`)
and from how it looks (bigger, bold, capitals, space above, the source's own heading style). Once the
document's heading look is known, unknown headings in that look become sections of kind ``"other"``.
"""

from __future__ import annotations

import re
from collections import Counter

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.heading_words import (
    EDUCATION_SUBHEADINGS,
    ENTRY_SECTION_KINDS,
    ENTRY_SUBHEADINGS,
    HEADING_KEYWORDS,
    SECTION_HEADINGS,
)
from resume_tailor.resume.lines import Line, is_bullet, strip_bullet
from resume_tailor.resume.names import company_score, title_score
from resume_tailor.resume.working import LayoutDoc

# normalised heading -> section kind
VOCAB: dict[str, str] = {name: kind for kind, names in SECTION_HEADINGS.items() for name in names}


def normalize_heading(text: str) -> str:
    """Lower-case a heading, drop numbering, icons and trailing colons, collapse letter spacing."""
    t = text.strip()
    # letter-spaced: "E X P E R I E N C E", "S K I L L S   &   T O O L S"
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}(?:\S )*\S)*", t):
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = t.lower().replace("&amp;", "&")
    t = re.sub(r"^[^a-zà-ÿ]+", "", t)  # numbering and icons, not an accented first letter
    t = re.sub(r"\(\)\s*[{;]?$", "", t)  # code-styled: "Work()", "Education() {"
    t = re.sub(r"[:\-–—.\s]+$", "", t)
    return re.sub(r"\s+", " ", t)


def heading_kind(text: str) -> str | None:
    """The section kind a heading text names, or None when it is not a known heading.

    >>> heading_kind("PROFESSIONAL EXPERIENCE"), heading_kind("Technical Skills:"), heading_kind("Hi")
    ('experience', 'skills', None)
    """
    t = normalize_heading(text)
    if not t or len(t) > T.HEADING_MAX_CHARS - 2:
        return None
    if t in VOCAB:
        return VOCAB[t]
    t = _mend_split_word(t)
    if t in VOCAB:
        return VOCAB[t]
    words = re.findall(r"[a-z]+", t)
    if not words or len(words) > T.HEADING_MAX_WORDS - 1:
        return None
    if words[-1] == "experience" and ("projects" in words or "project" in words):
        return "projects"  # "Projects Experience", "Project Experience"
    parts = [p for p in _JOINER_RE.split(t) if p]
    if len(parts) > 1:  # "Education & Certifications", "Languages / Tools": each part a heading
        kinds = [_part_kind(p) for p in parts]
        if all(kinds):
            return min((k for k in kinds if k), key=_KIND_RANK.index)
    if "experience" in words or "employment" in words:
        return "experience" if "volunteer" not in words else "volunteering"
    last = words[-1]
    if last in HEADING_KEYWORDS:
        return HEADING_KEYWORDS[last]
    return None


def _mend_split_word(t: str) -> str:
    """A heading word the reader split at a kerned pair ("professional bac kground"): the two
    pieces joined when that makes a known heading."""
    parts = t.split(" ")
    for k in range(len(parts) - 1):
        joined = " ".join([*parts[:k], parts[k] + parts[k + 1], *parts[k + 2 :]])
        if joined in VOCAB:
            return joined
    return t


_JOINER_RE = re.compile(r"\s*(?:&|\+|/|,|\band\b)\s*")
# Which kind a heading that joins two names is read as: the one whose section holds entries first
# ("Education & Certifications" holds degrees), then the lists.
_KIND_RANK = (
    "experience",
    "education",
    "projects",
    "volunteering",
    "leadership",
    "publications",
    "awards",
    "certifications",
    "skills",
    "languages",
    "interests",
    "summary",
    "contact",
    "other",
)


# Words that name a section only beside another section name ("Skills and Tech", "Tools & Tech"):
# alone they end names ("Georgia Tech")
_PART_KEYWORDS = {"tech": "skills"}


def _part_kind(part: str) -> str | None:
    """The kind one part of a joined heading names: a whole heading, or its last word."""
    if part in VOCAB:
        return VOCAB[part]
    words = re.findall(r"[a-z]+", part)
    if "experience" in words or "employment" in words:
        return "experience" if "volunteer" not in words else "volunteering"
    return (HEADING_KEYWORDS.get(words[-1]) or _PART_KEYWORDS.get(words[-1])) if words else None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _looks_like_heading_text(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > T.HEADING_MAX_CHARS or "@" in t or "http" in t.lower() or "www." in t.lower():
        return False
    if re.search(r"\d{3}", t) or t.endswith((",", ";")):
        return False
    if t.endswith(".") and not re.search(r"\b[A-Z]\.$", t):
        return False
    words = t.split()
    return 1 <= len(words) <= T.HEADING_MAX_WORDS or bool(re.fullmatch(r"(?:\S ){2,}\S.*", t))


def body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by text length (0 when sizes are unknown)."""
    weights: Counter[float] = Counter()
    for ln in lines:
        if ln.size:
            weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _look(line: Line, body: float) -> tuple[bool, bool, float]:
    """(capitals, bold, size above body) — the visual signature of a heading."""
    above = round(line.size - body) if body and line.size and line.size >= body + T.HEADING_SIZE_STEP else 0.0
    return _is_caps(line.text), line.bold, float(above)


Look = tuple[bool, bool, float]  # (capitals, bold, points above the body size)


def find_headings(doc: LayoutDoc) -> None:
    """Stage: fill ``doc.body_size``, ``doc.headings`` (line index -> section kind) and ``doc.notes``."""
    lines = doc.lines
    doc.body_size = body = body_size(lines)
    known, looks = _known_headings(lines, body, doc.notes)
    if not known:
        doc.headings = {}
        return
    # The dominant look of known headings, when it is distinctive, also marks unknown headings.
    look, count = looks.most_common(1)[0]
    distinctive = any(look) and (count >= 2 or look[0])
    result = dict(known)
    _add_unknown_headings(lines, body, result, look if distinctive else None, doc.notes)
    # Vocabulary matches that do not share the heading look are items of lists ("Leadership" in a
    # strengths column), unless the source styled them as headings.
    if distinctive:
        for i in list(result):
            ln = lines[i]
            caps, bold, bigger = _look(ln, body)
            # capitals alone do not decide: "¥Skills" after an icon glyph is still a heading
            if (
                not (ln.style_heading or ln.underlined)
                and (bold, bigger) != look[1:]
                and not (caps and (bold or bigger))
                and looks[(caps, bold, bigger)] < 2
                and not _set_apart(ln, bold, bigger)
                and not _split_display_word(ln, body)
            ):
                del result[i]
                doc.notes[i] = "heading word without the document's heading look: a list item"
    _drop_entry_subheadings(lines, body, result, look if distinctive else None, doc.notes)
    _drop_repeated_kinds(lines, body, result, look, doc.notes)
    doc.headings = result


def _split_display_word(ln: Line, body: float) -> bool:
    """A section name the reader split inside a word ("Hac kathons"): small capitals or spaced
    letters, display type that body text is not set in. The split piece in the small size pulls
    the line's size down, so its look is not the other headings'; it is one all the same."""
    t = normalize_heading(ln.text)
    return t not in VOCAB and _mend_split_word(t) in VOCAB and bool(body) and ln.size > body


def _set_apart(ln: Line, bold: bool, bigger: float) -> bool:
    """A whole section name ("Certificates"), bigger than the text, with a blank band above it: a
    heading in a second style, not a word in a list."""
    return (
        normalize_heading(ln.text) in VOCAB
        and bool(bigger)
        and (bold or ln.style_heading)
        and ln.gap_before >= T.HEADING_GAP_ABOVE
    )


def _drop_repeated_kinds(
    lines: list[Line], body: float, result: dict[int, str], look: Look, notes: dict[int, str]
) -> None:
    """ "Network Team Volunteer" under "Volunteering": a role title that only ends in a heading word,
    inside a section of that kind and not in the document's heading look, is an entry line."""
    section = None
    for i in sorted(result):
        kind = result[i]
        if (
            kind == section
            and normalize_heading(lines[i].text) not in VOCAB
            and _look(lines[i], body) != look
            and not lines[i].style_heading
        ):
            del result[i]
            notes[i] = f"ends in a {kind} word inside a {kind} section, not in the heading look: an entry"
            continue
        section = kind


def _drop_entry_subheadings(
    lines: list[Line], body: float, result: dict[int, str], look: Look | None, notes: dict[int, str]
) -> None:
    """ "Highlights" under a role is a label of that entry, not a section of its own; so is
    "Courses" under a degree when it is not in the document's heading look (``look``, None when the
    document has no distinctive one)."""
    section = None
    previous = -1
    for i in sorted(result):
        name = normalize_heading(lines[i].text)
        inside = i > previous + 1
        note = None
        if inside and name in ENTRY_SUBHEADINGS and section in ENTRY_SECTION_KINDS:
            note = f"sub-heading inside a {section} entry: not a section"
        elif (
            inside
            and name in EDUCATION_SUBHEADINGS
            and section == "education"
            and look is not None
            and _look(lines[i], body) != look
            and not lines[i].style_heading
        ):
            note = "course label inside an education entry, not in the heading look: not a section"
        if note is not None:
            del result[i]
            notes[i] = note
            continue
        section, previous = result[i], i


def _known_headings(
    lines: list[Line], body: float, notes: dict[int, str]
) -> tuple[dict[int, str], Counter[Look]]:
    """Lines whose words are a known heading and that look like one (or stand alone)."""
    known: dict[int, str] = {}
    looks: Counter[Look] = Counter()
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not _looks_like_heading_text(text):
            continue
        kind = heading_kind(text)
        if kind is None:
            continue
        caps, bold, bigger = _look(ln, body)
        styled = ln.style_heading or ln.underlined
        glyph = strip_bullet(text)[1] and not re.match(r"^[^\w\s]\s*[A-Z]", text)
        # an icon font glyph the reader dropped marks the line as a list item; in bold it is a heading
        bullet = glyph or (ln.list_item and not (bold or bigger))
        if bullet and not styled:
            notes[i] = f"heading word ({kind}) on a list item: not a heading"
            continue
        signs = [
            name
            for name, on in (
                ("styled", styled),
                ("capitals", caps),
                ("bold", bold),
                ("bigger", bigger),
                ("colon", text.endswith(":")),
            )
            if on
        ]
        # with no heading look, a lower-case word alone on its row is the end of a wrapped line ("...
        # for a drug discovery" / "project") and a word after a list glyph an item ("• Training")
        if signs or (_alone(lines, i) and not text[:1].islower() and not strip_bullet(text)[1]):
            known[i] = kind
            if normalize_heading(text) not in ENTRY_SUBHEADINGS:  # a label inside entries sets no look
                looks[(caps, bold, bigger)] += 1
            notes[i] = f"known heading ({kind}): " + (", ".join(signs) or "alone on its row")
        else:
            notes[i] = f"heading word ({kind}) without a heading look: not a heading"
    return known, looks


def _add_unknown_headings(
    lines: list[Line], body: float, result: dict[int, str], look: Look | None, notes: dict[int, str]
) -> None:
    """Headings outside the vocabulary: the source's heading style, or the document's heading look."""
    first_known = min(result)
    # Styled headings deeper than the section headings ("Heading 2" under "Heading 1" sections) are
    # entry headers (an employer, a degree), not sections.
    section_levels = [lines[i].level for i in result if lines[i].level]
    top_level = min(section_levels) if section_levels else 0
    edges = _heading_edges(lines, result)
    for i, ln in enumerate(lines):
        if i in result or i < first_known:  # above the first real heading: name, title, contact
            continue
        text = ln.text.strip()
        if not _looks_like_heading_text(text) or is_bullet(ln):
            continue
        if ln.style_heading and i > 0:
            if heading_kind(text) or not (top_level and ln.level > top_level):
                result[i] = heading_kind(text) or "other"
                notes[i] = "styled as a heading by the source"
        elif (
            look is not None
            and _look(ln, body) == look
            and _alone(lines, i)
            and len(text.split()) <= T.UNKNOWN_HEADING_MAX_WORDS
            and (ln.column not in edges or abs(ln.x0 - edges[ln.column]) <= T.HEADING_ALIGN)
            and _could_be_unknown_heading(lines, i)
        ):
            result[i] = "other"
            notes[i] = "unknown heading in the document's heading look"


def _heading_edges(lines: list[Line], result: dict[int, str]) -> dict[int, float]:
    """Columns whose known headings all start at one left edge (PDF geometry): column -> that edge.
    A project name indented under such headings is an entry, not a heading of its own."""
    by_column: dict[int, list[float]] = {}
    for i in result:
        if lines[i].bottom:
            by_column.setdefault(lines[i].column, []).append(lines[i].x0)
    return {
        column: min(xs)
        for column, xs in by_column.items()
        if len(xs) >= 2 and max(xs) - min(xs) <= T.HEADING_ALIGN
    }


def _could_be_unknown_heading(lines: list[Line], i: int) -> bool:
    """An unrecognised line in the heading look is a heading unless it reads like part of an entry
    (a job title, an employer, a degree, a date) or, in text files, has no blank line above."""
    text = lines[i].text.strip()
    if re.search(r"\d", text) or title_score(text) > 0 or company_score(text) > 0:
        return False
    if not lines[i].top and not lines[i].gap_before and not lines[i].style_heading:
        return False
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if title_score(strip_bullet(nxt)[0]) > 0 and len(nxt.split()) <= 8:
        return False  # "INITECH" above "Senior Analyst": an employer, not a section
    return find_dates(nxt) is None or len(nxt.split()) > 8


def _alone(lines: list[Line], i: int) -> bool:
    """True when no other line shares this line's row (a heading stands on its own)."""
    ln = lines[i]
    if not ln.bottom:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            other = lines[j]
            if (
                other.page == ln.page
                and other.column == ln.column
                and abs(other.top - ln.top) < T.HEADING_SAME_ROW
            ):
                return False
    return True
