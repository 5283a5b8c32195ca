"""Education entries: degree, field, institution, location, dates and GPA."""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.models import Education
from resume_tailor.resume import tolerances as T
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.entries import peel_place, strip_piece
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.wrap import dehyphenate_join

DEGREE_RE = re.compile(
    r"(?<![\w.])(?:B\.?\s?S\.?c?\.?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?E\.?|B\.?\s?Tech\.?|B\.?\s?Com\.?|BBA|"
    r"M\.?\s?S\.?c?\.?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|M\.?\s?B\.?\s?A\.?|M\.?\s?Phil\.?|"
    r"Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|J\.?\s?D\.?|M\.?\s?D\.?|LL\.?\s?[BM]\.?|M\.?\s?F\.?\s?A\.?|"
    r"B\.?\s?F\.?\s?A\.?|BSN|MSN|DNP|B\.?\s?S\.?\s?N\.?|M\.?\s?S\.?\s?N\.?|PharmD|DDS|DVM|B\.\s?M\.?|M\.\s?M\.?|B\.?\s?Mus\.?|M\.?\s?Mus\.?|M\.?\s?P\.?\s?H\.?|A\.?\s?A\.?\s?S?\.?|A\.?\s?S\.?|"
    r"Bachelor(?:'s|’s|s)?|Master(?:'s|’s|s)?|Doctor(?:ate)?(?:\s+of)?|Associate(?:'s|’s)?(?=\s+(?:degree|of|in))|"
    r"Diploma|(?:Graduate\s+)?Certificate|High\s+School(?:\s+Diploma)?|GED|A-Levels?|Baccalaureate|"
    r"Licen[cs]iate|Licence(?=\s*(?:[,:(]|$|\s(?:in|en|de|of)\b|\s+[A-Z]))|MBA|MSc|BSc|BEng|MEng|BTech|MTech|PhD|BCA|MCA|PGDM|PGDBA|M\.?\s?Com\.?)(?![\w])",
)
INSTITUTION_RE = re.compile(
    r"\b(?:University|Universit[éà]|Universidad|College|Institute|Institut|School|Academy|Polytechnic|"
    r"Conservatory|Seminary|Univ\.|IIT|MIT|UCLA|NYU|Bootcamp|Campus|Hochschule|Ecole|École|(?<![BM]\.)(?<![BM])Tech|Caltech|"
    r"Gymnasium|Lyceum|Universiteit|Universität|Universidade|Università|Universitat|Universitet|Hogeschool|"
    r"Fachhochschule|Politecnico|Politécnica)\b",
    re.IGNORECASE,
)
GPA_RE = re.compile(
    r"\b(?:GPA|CGPA|Grade Point Average)\b\s*[:\-]?\s*(\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?)", re.IGNORECASE
)
_SPLIT_RE = re.compile(r"\s*[|·•●◦▪⋅∙]\s*|\s{2,}|\t|\s+[–—-]\s+")


# "UG:", "PG:", "Graduation -", "12th:": a level label in front of the degree (job-board style)
_LEVEL_LABEL_RE = re.compile(r"^\s*[A-Za-z0-9][\w .'’-]{0,18}?\s*[:：]\s+(?=\S)")


def _drop_level_label(text: str) -> str:
    """ "UG: B.Tech (Computers) from XYZ University" -> "B.Tech (Computers) from XYZ University"."""
    m = _LEVEL_LABEL_RE.match(text)
    if m is None or DEGREE_RE.search(text[: m.end()]) or INSTITUTION_RE.search(text[: m.end()]):
        return text
    rest = text[m.end() :]
    return rest if DEGREE_RE.search(rest) or INSTITUTION_RE.search(rest) else text


def _pieces(text: str) -> list[str]:
    text = _drop_level_label(text)
    ds = find_dates(text)
    if ds is not None:
        text = text[: ds.span[0]] + " | " + text[ds.span[1] :]
        text = re.sub(r"\s+(?:in|during|of)\s*\|", " |", text)  # "... University in 2017"
    text = GPA_RE.sub(" | ", text)
    text = re.sub(
        r"\b(?:Expected|Graduated|Graduation|Class of|Anticipated)\b:?", " | ", text, flags=re.IGNORECASE
    )
    # "B.S. in Economics from Stanford University" / "... at MIT"
    m = re.search(r"\s+(?:from|at)\s+(?=[A-Z])", text)
    if m and DEGREE_RE.search(text[: m.start()]) and not INSTITUTION_RE.search(text[: m.start()]):
        text = text[: m.start()] + " | " + text[m.end() :]
    out = []
    for raw in _SPLIT_RE.split(text):
        piece = strip_piece(raw)
        if not piece or not re.search(r"[A-Za-z]", piece):
            continue
        place, rest = peel_place(piece)  # "MIT, Cambridge, MA": the state code is not an M.A.
        if place and rest and (INSTITUTION_RE.search(rest) or DEGREE_RE.search(rest)):
            out.extend([rest, place])
        else:
            out.append(piece)
    return out


def _split_degree_institution(piece: str) -> list[str]:
    """ "B.S. in CS, Ridgemont State University" -> two pieces; "University, Springfield" stays one."""
    parts = [p.strip() for p in piece.split(",")]
    for k in range(len(parts) - 1, 0, -1):
        left, right = ", ".join(parts[:k]), ", ".join(parts[k:])
        if DEGREE_RE.search(left) and INSTITUTION_RE.search(right) and not INSTITUTION_RE.search(left):
            return [left, right]
        if INSTITUTION_RE.search(left) and DEGREE_RE.search(right) and not DEGREE_RE.search(left):
            return [left, right]
    return [piece]


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


# Lines under a degree that are not its field: honours, distinctions, minors, thesis, coursework.
_NOT_FIELD_RE = re.compile(
    r"\b(?:hono(?:u)?rs?|cum laude|distinction|dean'?s list|first class|merit|scholarship|minor|"
    r"thesis|dissertation|coursework|award|exchange|semester|valedictorian)\b",
    re.IGNORECASE,
)


def _bare_field(text: str) -> bool:
    """A short capitalised line with no digits or label: a field of study written on its own."""
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[\d:@|,;.]", text)
        and not _NOT_FIELD_RE.search(text)
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


# Words a name cannot end on: "Universidade Estadual de" / "Campinas" is one name broken by the page.
_OPEN_END_RE = re.compile(
    r"\b(?:of|and|for|de|da|do|das|dos|del|della|di|du|des|la|le|zu|zur|der|für|van|von|y|e|et|&)$",
    re.IGNORECASE,
)


def _wraps(prev: Line, ln: Line, limit: float) -> bool:
    """A PDF line the page broke: ``ln`` carries on ``prev``, which ran to ``limit`` (its room).

    Left- or right-aligned under it, right below it, and not a line of its own kind (a degree, a
    date, a location, a bullet or an institution), unless ``prev`` ended mid-name: on a hyphen, a
    word like "of" or "de", or a short piece that only the next line turns into an institution.
    """
    text, bullet = strip_bullet(ln.text)
    prev_text = strip_bullet(prev.text)[0]
    if (
        bullet
        or ln.list_item
        or not (ln.top and prev.top)
        or (ln.page, ln.column) != (prev.page, prev.column)
    ):
        return False
    if not 0 < ln.top - prev.top <= T.WRAP_MAX_PITCH * max(prev.size, T.MIN_FONT_SIZE):
        return False
    aligned = abs(ln.x0 - prev.x0) <= T.WRAP_INDENT_LEFT or abs(ln.x1 - prev.x1) <= T.WRAP_INDENT_LEFT
    if not aligned or len(text.split()) > 4:
        return False
    if find_dates(text) or GPA_RE.search(text) or DEGREE_RE.search(text) or "," in text or ":" in text:
        return False
    first = text.split()[0]
    size = prev.size or 10.0
    room = size * (T.SPACE_WIDTH + T.GLYPH_WIDTH * len(first))
    if prev.x1 - prev.x0 + room < limit - T.LIMIT_SLACK:
        return False
    mid_name = prev_text.endswith("-") or bool(_OPEN_END_RE.search(prev_text)) or _name_head(prev_text, text)
    if len(prev_text.split()) < 3 and not mid_name:
        return False
    if INSTITUTION_RE.search(text) and not mid_name:
        return False
    # "... National Institute" / "of Technology": a tail in another weight must read as one
    return ln.bold == prev.bold or text[:1].islower() or mid_name


def _name_head(prev_text: str, text: str) -> bool:
    """ "Computer Science, Bachelor of Technology, National" / "Institute of Technology": the line
    ends on a bare word or two after its degree and field, or after "at", that only the next line
    makes an institution ("MSc - Statistics" / "University of Leeds" is a field, then a school)."""
    if not INSTITUTION_RE.search(text):
        return False
    at = re.search(r"\s(?:at|from)\s+(\S+(?:\s+\S+)?)$", prev_text)
    if at and DEGREE_RE.search(prev_text[: at.start()]):
        return _bare_name(at.group(1))
    pieces = [q.strip() for p in _pieces(prev_text) for q in p.split(",") if q.strip()]
    if len(pieces) < 3 or not _bare_name(pieces[-1]) or any(INSTITUTION_RE.search(p) for p in pieces):
        return False
    return any(DEGREE_RE.search(p) for p in pieces[:-1])


def _bare_name(piece: str) -> bool:
    """One or two capitalised words that are no degree, institution or place: a name's first words."""
    if len(piece.split()) > 2 or not piece[:1].isupper():
        return False
    return not (DEGREE_RE.search(piece) or INSTITUTION_RE.search(piece) or is_location(piece))


def _date_beside(a: Line, b: Line) -> bool:
    """``b`` is a date alone on ``a``'s row, to its right ("Oct 2010 - Sept 2013" beside a degree)."""
    ds = find_dates(b.text)
    if ds is None or re.search(r"[A-Za-z]{4,}", b.text[: ds.span[0]] + b.text[ds.span[1] :]):
        return False
    near = abs(a.top - b.top) <= T.SIDE_ROW * max(a.size, T.MIN_FONT_SIZE)
    return a.page == b.page and near and b.x0 > a.x1


def _join_wraps(lines: list[Line]) -> list[Line]:
    """Join education lines the page wrapped ("Bachelor of Fine Arts, Interaction" / "Design").

    A date printed to the right of the broken line stays where it is; the tail joins the text
    before it ("... Christian-Albrechts-Universität zu" [dates] / "Kiel").
    """
    widest = max((ln.x1 - ln.x0 for ln in lines if ln.top), default=0.0)
    out: list[Line] = []
    for ln in lines:
        k = len(out) - 1
        if k >= 1 and _date_beside(out[k - 1], out[k]):
            k -= 1  # the line before the date beside it
        if k >= 0 and _wraps(out[k], ln, _limit(out, k, widest)):
            out[k] = _joined(out[k], ln)
        else:
            out.append(ln)
    return out


def _limit(out: list[Line], k: int, widest: float) -> float:
    """The width line ``out[k]`` could have run to: up to a date beside it, else the widest line."""
    if k + 1 < len(out) and _date_beside(out[k], out[k + 1]):
        return min(widest, out[k + 1].x0 - T.SEGMENT_GAP - out[k].x0)
    return widest


def _joined(last: Line, ln: Line) -> Line:
    """``last`` with its wrapped tail ``ln``; a date the line ends on stays at the end."""
    tail = ln.text.strip()
    ds = find_dates(last.text)
    if ds is not None and ds.span[1] >= len(last.text.rstrip()) and ds.span[0] > 0:
        before = last.text[: ds.span[0]].rstrip()  # "... Indian Institute" + "Jul 2004 - May 2008"
        text = f"{dehyphenate_join(before, tail)}  {last.text[ds.span[0] :].strip()}"
    else:
        text = dehyphenate_join(last.text, tail)
    return replace(last, text=text, bottom=ln.bottom, x1=max(last.x1, ln.x1))


def parse_education(lines: list[Line]) -> list[Education]:
    """Group a section's lines into degrees. A new degree starts when a degree or institution repeats."""
    lines = _join_wraps(lines)
    entries: list[Education] = []
    cur: Education | None = None
    institution_first: set[int] = set()  # entries whose institution line came before the degree's
    pending_field: str | None = None
    for ln in lines:
        text, bullet = strip_bullet(ln.text)
        if not text:
            continue
        ds = find_dates(text)
        gpa = GPA_RE.search(text)
        pieces = [q for p in _pieces(text) for q in _split_degree_institution(p)]
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
            cur.institution = inst
        if places and cur.location is None:
            cur.location = places[0]
        if ds is not None and cur.dates_text is None:
            cur.dates_text, cur.start, cur.end = ds.text, ds.start, ds.end
        if gpa and cur.gpa is None:
            cur.gpa = gpa.group(1).replace(" ", "")
    # "Stanford University / M.S. ... / B.S. ...": degrees listed under one institution share it
    for prev, entry in zip(entries, entries[1:], strict=False):
        if entry.institution is None and entry.degree and id(prev) in institution_first:
            entry.institution = prev.institution
            institution_first.add(id(entry))
    return [e for e in entries if e.degree or e.institution]
