"""Education entries: degree, field, institution, location, dates and GPA."""

from __future__ import annotations

import re

from resume_tailor.models import Education
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.education_rows import education_lines
from resume_tailor.resume.education_words import (
    DEGREE_RE,
    INSTITUTION_RE,
    NOT_FIELD_RE,
    find_gpa,
    split_degree_institution,
)
from resume_tailor.resume.education_words import (
    pieces as line_pieces,
)
from resume_tailor.resume.lines import Line, strip_bullet

__all__ = ["DEGREE_RE", "INSTITUTION_RE", "degree_field", "parse_education"]


def degree_field(degree: str) -> str | None:
    """The field of study inside a degree text: "B.S. in Computer Science" -> "Computer Science"."""
    m = DEGREE_RE.search(degree)
    if not m:
        return None
    head, sep, tail = degree.rpartition(",")
    head_first = sep and DEGREE_RE.search(tail) and not DEGREE_RE.search(head) and _bare_field(head.strip())
    if head_first and degree_field(tail.strip()) is None:
        return head.strip()  # "Computer Science, Master of Science": the field written first
    after = degree[m.end() :]
    while alt := re.match(r"\s*/\s*[A-Z][A-Za-z.]*", after):
        after = after[alt.end() :]  # "B.Tech/B.E. (Computers)": alternative names of one degree
    rest = re.sub(r"\([^)]*\)", " ", after)  # "(MBA)", "(Honours)"
    inside = re.fullmatch(r"\s*\(([^)]+)\)\s*", after)
    if inside and not DEGREE_RE.search(inside.group(1)):
        return inside.group(1).strip()  # "B.Tech (Computers)": the field in brackets
    named = re.match(r"^\s*of\s+[^,]+,\s*(.+)$", rest)  # "Bachelor of Music, Music Composition"
    if named:
        return named.group(1).strip(" ,;:-–") or None
    rest = re.sub(
        r"^\s*(?:degree\b|of\s+(?:Science|Arts|Engineering|Technology|Applied Science|Fine Arts)\b)?",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    rest = re.sub(r"^[\s,:]*(?:in|of)?\s+", "", rest, flags=re.IGNORECASE).strip(" ,;:-–")
    return rest or None


def _bare_field(text: str) -> bool:
    """A short capitalised line with no digits or label: a field of study written on its own."""
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[\d:@|,;.]", text)
        and not NOT_FIELD_RE.search(text)
    )


def _names_degree(degree: str, field: str) -> bool:
    """The "field" is only the name of the degree ("Bachelor of ICT" -> "ICT"): a field written
    beside it ("Information Technology") says more."""
    return bool(re.search(r"\bof\s+" + re.escape(field) + r"\W*$", degree))


def _field_beside(pieces: list[str], degree: str, inst: str | None) -> str | None:
    """ "Bachelor of Science - Computer Science": the piece right after a bare degree is its field."""
    k = pieces.index(degree)
    if k + 1 >= len(pieces):
        return None
    nxt = pieces[k + 1]
    if nxt == inst or INSTITUTION_RE.search(nxt) or DEGREE_RE.search(nxt) or re.search(r"\d", nxt):
        return None
    return nxt if len(nxt.split()) <= 6 else None


def _end_stop(name: str) -> str:
    """A name without the full stop that ends its sentence ("University of Leeds." -> "University of
    Leeds"); an abbreviation keeps its dot ("Lakeside Univ.")."""
    if re.search(r"[a-z]{4,}\.$", name):
        return name[:-1]
    return name


def parse_education(lines: list[Line]) -> list[Education]:
    """Group a section's lines into degrees. A new degree starts when a degree or institution repeats."""
    lines = education_lines(lines)
    entries: list[Education] = []
    cur: Education | None = None
    institution_first: set[int] = set()  # entries whose institution line came before the degree's
    pending_field: str | None = None
    for ln in lines:
        text, bullet = strip_bullet(ln.text)
        if not text:
            continue
        ds = find_dates(text)
        gpa = find_gpa(text)
        pieces = [q for p in line_pieces(text) for q in split_degree_institution(p)]
        places = [p for p in pieces if is_location(p)]
        pieces = [p for p in pieces if p not in places]
        degree = next((p for p in pieces if DEGREE_RE.search(p) and not INSTITUTION_RE.search(p)), None)
        inst = next((p for p in pieces if INSTITUTION_RE.search(p) and not DEGREE_RE.search(p)), None)
        if degree is None and inst is None and pieces and not bullet:
            both = next((p for p in pieces if DEGREE_RE.search(p)), None)
            if both and len(pieces) == 1 and INSTITUTION_RE.search(both):
                degree = both
        if bullet and cur is not None and not (degree and inst):
            degree = degree if degree and cur.degree is None else None
            inst = inst if inst and cur.institution is None else None
        starts_new = (
            cur is None
            or (degree is not None and cur.degree is not None)
            or (inst is not None and cur.institution is not None)
        )
        if (degree or inst) and starts_new:
            cur = Education()
            entries.append(cur)
        if cur is None:
            if ds is None:
                continue
            cur = Education()
            entries.append(cur)
        if not (degree or inst or ds or gpa or bullet) and _bare_field(text):
            # "Computer Science" on a line of its own, beside the degree above or below it
            if cur.degree is not None and (cur.field is None or _names_degree(cur.degree, cur.field)):
                cur.field = text
            else:
                pending_field = text
            continue
        if degree and cur.degree is None:
            cur.degree = degree
            own, beside = degree_field(degree), _field_beside(pieces, degree, inst) or pending_field
            cur.field = beside if beside and (own is None or _names_degree(degree, own)) else own
            pending_field = None
            if cur.institution is not None and not inst:
                institution_first.add(id(cur))
        if inst and cur.institution is None:
            cur.institution = _end_stop(inst)
        if places and cur.location is None:
            cur.location = places[0]
        if ds is not None and cur.dates_text is None:
            cur.dates_text, cur.start, cur.end = ds.text, ds.start, ds.end
        if gpa and cur.gpa is None:
            cur.gpa = gpa
    # "Stanford University / M.S. ... / B.S. ...": degrees listed under one institution share it
    for prev, entry in zip(entries, entries[1:], strict=False):
        if entry.institution is None and entry.degree and id(prev) in institution_first:
            entry.institution = prev.institution
            institution_first.add(id(entry))
    return [e for e in entries if e.degree or e.institution]
