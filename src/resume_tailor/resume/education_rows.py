"""An education block's lines put back together as the text reads.

PDF readers hand over what the page drew: a degree in bold and its school in regular type as two
pieces of one row, a date printed beside them, two entries side by side, and names the page broke
across lines ("Universidade Estadual de" / "Campinas"). Here each row becomes one line, side-by-side
entries are read column by column, and broken lines are joined; ``education.py`` then reads entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.contact import find_email, find_links, find_phone, is_location
from resume_tailor.resume.dates import MONTH_PATTERN, find_dates
from resume_tailor.resume.education_words import (
    DEGREE_RE,
    FIELD_ENDS,
    HONOURS_PART_RE,
    INSTITUTION_RE,
    LEVEL,
    NOT_FIELD_RE,
    OPEN_END_RE,
    degree_in,
    find_gpa,
    pieces,
    school_in,
    uncapitalise,
    unglue_degree,
    unglue_years,
    unlinked,
)
from resume_tailor.resume.headings import VOCAB, heading_kind, normalize_heading
from resume_tailor.resume.lines import Line, overlap_across, strip_bullet
from resume_tailor.resume.rails import mend_broken_ranges
from resume_tailor.resume.wrap import dehyphenate_join


@dataclass
class Row:
    """One row of text: the line, where its text ends, and where a date printed after it starts."""

    line: Line
    text_x0: float
    text_x1: float
    date_x0: float | None = None  # the text ran up to a date beside it (None: no date after it)
    place: str = ""  # a place set right-aligned in the row, kept out of the name a wrap may go on
    # where the row's first piece ends when another piece follows it across a gap: (its right
    # edge, the next piece's left edge, its end in ``line.text``)
    first_cell: tuple[float, float, int] | None = None


def education_lines(lines: list[Line]) -> list[Line]:
    """The block's lines in reading order, one per row, with the lines the page broke joined.

    >>> [ln.text for ln in education_lines([Line("B.S., Biology,", x0=72, x1=140, top=100, size=10),
    ...     Line("Lakeside University", x0=146, x1=240, top=100, size=10)])]
    ['B.S., Biology, Lakeside University']
    """
    lines = _narrow_cells(_before_other_section(lines))
    lines = [replace(ln, text=uncapitalise(unglue_degree(unglue_years(unlinked(ln.text))))) for ln in lines]
    lines = mend_broken_ranges(lines)
    lines = _without_text_beside(lines)
    out: list[Line] = []
    for column in _grid_columns(lines):
        out.extend(_join_wraps(_merge_rows(column)))
    # a piece in capitals the page broke ("ASHFORD UNIVERSITY | B.SC.," / "ECONOMICS") reads whole
    return [replace(ln, text=uncapitalise(ln.text)) for ln in out]


def _before_other_section(lines: list[Line]) -> list[Line]:
    """The block up to another section's heading that the layout read as a line of it ("SKILLS",
    "Certifications", "Languages" set right under education in a sidebar): that heading and the
    lines after it in its column are not education. A label an entry may carry ("Courses",
    "Honors", "Activities" over its list) ends the block only in capitals, as headings are set."""
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if not other_heading(text) or _set_as_degree(ln, lines[:k]):
            continue
        return lines[:k] + [o for o in lines[k + 1 :] if (o.page, o.column) != (ln.page, ln.column)]
    return lines


def _set_as_degree(ln: Line, before: list[Line]) -> bool:
    """A section's word, not in capitals, set in the type of a degree line above it in a block
    that sets its lines in more than one type ("Bootcamp Certificate" / ... / "Certification" in
    the same size and weight, schools in another): a degree's name in its entry's place, not a
    heading. In a block of one type, type tells nothing."""
    if not ln.size or ln.text.isupper():
        return False
    types = {(o.size, o.bold) for o in before}
    same = any(
        (o.size, o.bold) == (ln.size, ln.bold) and o.column == ln.column and degree_in(o.text) for o in before
    )
    return same and len(types) > 1


# Section kinds whose name an education entry may also use as a label over its own lines.
_ENTRY_LABEL_KINDS = frozenset({"awards", "leadership"})


def other_heading(text: str) -> bool:
    """A section's name and nothing else ("Technical Skills", "Licenses & Certifications"), of a
    kind other than education (not a field that a heading word ends: "History")."""
    name = normalize_heading(text)
    parts = re.split(r"\s*(?:&|\+|/|,|\band\b)\s*", name)
    whole = not strip_bullet(text)[1] and bool(name) and all(p in VOCAB for p in parts)
    kind = heading_kind(text) if whole else None
    if kind is None or kind == "education":
        return False
    label = kind in _ENTRY_LABEL_KINDS or re.search(r"(?i)\b(?:course|module)", text)
    return not label or (text.isupper() and len(text) > 3)


def _narrow_cells(lines: list[Line]) -> list[Line]:
    """A degree set in a narrow cell left of its school, hyphenated over several rows ("Bach-" /
    "e-" / "lor of" / "Tech-" / "nol-" / "ogy"), whose first fragment the reader ran into the school's
    row ("Bach- National Institute of ..."): the fragments joined into the degree, set apart from
    the row's text."""
    placed = [ln for ln in lines if ln.top and ln.x1 > ln.x0]
    if not placed:
        return lines
    left = min(ln.x0 for ln in placed)
    width = max(ln.x1 for ln in placed) - left
    out: list[Line] = []
    taken: set[int] = set()
    for k, ln in enumerate(lines):
        if k in taken:
            continue
        head = re.match(r"([^\W\d_][\w.]*-)\s+(?=\S)", ln.text) if ln.top and abs(ln.x0 - left) <= 2 else None
        cell = _cell_below(lines, k, width) if head else []
        if not head or not cell:
            out.append(ln)
            continue
        taken.update(cell)
        degree = head.group(1)
        for j in cell:
            degree = dehyphenate_join(degree, lines[j].text.strip())
        out.append(replace(ln, text=f"{degree} | {ln.text[head.end() :]}"))
    return out


def _cell_below(lines: list[Line], k: int, width: float) -> list[int]:
    """The rows of a narrow cell under line ``k``'s first fragment: short lines at its left edge,
    each right below the one before, up to the next line there that is not narrow."""
    first, found = lines[k], []
    last_top = first.top
    for j in range(k + 1, len(lines)):
        o = lines[j]
        if not o.top or (o.page, o.column) != (first.page, first.column):
            break
        if abs(o.x0 - first.x0) > 2:
            continue  # the school's column beside the cell
        narrow = o.x1 - o.x0 <= 0.15 * width and len(o.text.split()) <= 2
        if (
            not narrow
            or _is_date(o.text)
            or strip_bullet(o.text)[1]
            or o.top - last_top > 2.0 * (o.size or 10.0)
        ):
            break
        found.append(j)
        last_top = o.top
    return found


def _without_text_beside(lines: list[Line]) -> list[Line]:
    """The block without another column's lines: when the layout left a column of prose beside
    the education column (a sentence that starts right of every line at the block's left edge),
    the lines right of that edge go, unless they name a degree or a school."""
    placed = [ln for ln in lines if ln.top and ln.x1 > ln.x0]
    if not placed:
        return lines
    left = min(ln.x0 for ln in placed)
    band = [ln for ln in placed if ln.x0 - left <= T.WRAP_INDENT_LEFT]
    if not any(DEGREE_RE.search(ln.text) or INSTITUTION_RE.search(ln.text) for ln in band):
        if _contact_column(band, placed):  # a contact sidebar the layout read into the block
            return [ln for ln in lines if ln not in band]
        return lines  # a rail of dates at the left edge, the entries right of it
    edge = max(ln.x1 for ln in band)
    beside = [ln for ln in placed if ln.x0 >= edge]
    if any(DEGREE_RE.search(ln.text) or INSTITUTION_RE.search(ln.text) for ln in beside):
        return lines  # entries side by side (read column by column below)
    if not any(_prose(ln.text) for ln in beside):
        return lines
    return [ln for ln in lines if ln not in beside or _is_date(ln.text)]


def _contact_column(band: list[Line], placed: list[Line]) -> bool:
    """Lines at the block's left edge that are the person's contact details (an email, a phone, a
    web address; places and pieces between them), no date among them, with the entries (degrees
    and schools) all right of them: another column, not a rail of the block."""
    edge = max(ln.x1 for ln in band)
    beside = [ln for ln in placed if ln.x0 >= edge]
    named = any(DEGREE_RE.search(ln.text) or INSTITUTION_RE.search(ln.text) for ln in beside)
    contact = sum(1 for ln in band if find_email(ln.text) or find_phone(ln.text) or find_links(ln.text))
    return named and contact >= 2 and not any(find_dates(ln.text) for ln in band)


def _prose(text: str) -> bool:
    """A sentence: six words or more, most of them in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) * 2 >= len(words)


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines that share a row (same page and column, tops within a row's slack)."""
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1] if groups else None
        if last and ln.top and _on_row(last[0], ln) and not any(overlap_across(o, ln) for o in last):
            last.append(ln)
        else:
            groups.append([ln])
    return [sorted(g, key=lambda ln: ln.x0) for g in groups]


def _on_row(a: Line, b: Line) -> bool:
    near = abs(a.top - b.top) <= T.SIDE_ROW * max(a.size, b.size, T.MIN_FONT_SIZE)
    return bool(a.top) and near and (a.page, a.column) == (b.page, b.column)


def _grid_columns(lines: list[Line]) -> list[list[Line]]:
    """Entries printed side by side (two schools on one row): each column, read top to bottom."""
    starts = [
        row[1].x0
        for row in _rows(lines)
        if len(row) >= 2 and (_both(row, school_in) or _both(row, degree_in))
    ]
    if not starts:
        return [lines]
    cut = min(starts) - T.WRAP_INDENT_LEFT
    return [[ln for ln in lines if ln.x0 < cut], [ln for ln in lines if ln.x0 >= cut]]


def _both(row: list[Line], words: Callable[[str], re.Match[str] | None]) -> bool:
    return (
        sum(1 for ln in row if words(ln.text)) >= 2
    )  # ("Lakeside High School" + "High School Diploma": one)


# Words that only qualify the date after them: "Expected May 2026", "Graduated: 2019".
_DATE_WORD_RE = re.compile(
    r"\b(?:Expected|Anticipated|Graduated|Graduating|Graduation|Class of|Est\.|Since)\s*:?\s*$", re.IGNORECASE
)


def _is_date(text: str) -> bool:
    """A date and nothing else of note ("Oct 2010 - Sept 2013", "2019 – Present", "Expected 2026")."""
    ds = find_dates(text)
    if ds is None:
        return False
    before = _DATE_WORD_RE.sub("", text[: ds.span[0]])
    return not re.search(r"[A-Za-z]{4,}", before + text[ds.span[1] :])


def _merge_rows(lines: list[Line]) -> list[Row]:
    """One line per row: pieces joined left to right ("Master of Science," + "Computer Science,
    University of"), a piece that ends mid-sentence run on, others kept apart by a separator."""
    rows = []
    for group in _rows(lines):
        places = _places_apart(group)
        group = [ln for ln in group if ln not in places]
        text_pieces = [ln for ln in group if not _is_date(ln.text)] or group
        rail = [ln for ln in group if ln.x1 <= text_pieces[0].x0]  # dates in a rail left of the text
        group = [ln for ln in group if ln not in rail] + rail  # read after it, as a date beside it
        text = group[0].text.strip()
        cell = None
        for prev, ln in zip(group, group[1:], strict=False):
            run_on = re.search(r"[,;:]$", prev.text.strip()) or OPEN_END_RE.search(prev.text.strip())
            if cell is None and not run_on and not _is_date(prev.text) and not _is_date(ln.text):
                cell = (prev.x1, ln.x0, len(text))
            text += (" " if run_on else " | ") + ln.text.strip()
        first = group[0]
        line = replace(first, text=text, x1=max(ln.x1 for ln in group), bottom=max(ln.bottom for ln in group))
        row = Row(line, text_pieces[0].x0, text_pieces[-1].x1, first_cell=cell)
        after = [ln for ln in group if ln.x0 >= row.text_x1 and _is_date(ln.text)]
        if after:
            row.date_x0 = after[0].x0
        elif _core(text) != text.strip() and len(group) == 1:
            row.date_x0 = row.text_x1 = first.x1  # the date is glued on: the text ran into it
        row.place = " | ".join(ln.text.strip() for ln in places)
        rows.append(row)
    return rows


def _places_apart(group: list[Line]) -> list[Line]:
    """The places set apart on the right of a row ("Universidade Estadual de" ... "Campinas,
    Brazil"): after a wide gap, a place and nothing else."""
    out = []
    for prev, ln in zip(group, group[1:], strict=False):
        gap = ln.x0 - prev.x1
        if gap >= _PLACE_GAP * (ln.size or 10.0) and is_location(ln.text.strip()) and not _is_date(ln.text):
            out.append(ln)
    return out


# A place printed right-aligned in a school's row stands at least this many font sizes right of the
# name (a place written after a comma is part of the text).
_PLACE_GAP = 2.0


def _join_wraps(rows: list[Row]) -> list[Line]:
    """Join the lines the page broke; a date printed after the broken line stays at its end."""
    # per page and column: a line of another column is no measure
    widths: dict[tuple[int, int], list[float]] = {}
    for r in rows:
        if r.line.top:
            widths.setdefault((r.line.page, r.line.column), []).append(r.text_x1 - r.text_x0)
    widest = {key: max(ws) for key, ws in widths.items()}
    shown = {key for key, ws in widths.items() if _edge_shown(ws)}
    out: list[Row] = []
    for k, row in enumerate(rows):
        below = rows[k + 1].line.text if k + 1 < len(rows) else ""
        text = row.line.text
        begins = bool(below) and (_name_begins(text, below) or _field_over_degree(text, below))
        above = _core(strip_bullet(out[-1].line.text)[0]) if out else ""
        if out and (OPEN_END_RE.search(above) or _unfinished(above, row.line.text)):
            begins = False  # "Academy of" / "Science and Technology Early" / "College": the name goes on
        key = (row.line.page, row.line.column)
        # the line above is the block's widest and no other comes near it: it shows no edge
        lone = bool(out) and key not in shown and out[-1].text_x1 - out[-1].text_x0 >= widest.get(key, 0.0)
        if out and not begins and _wraps(out[-1], row, widest.get(key, 0.0), not lone):
            out[-1] = _joined(out[-1], row)
        else:
            out.append(row)
    return [replace(r.line, text=f"{r.line.text} | {r.place}") if r.place else r.line for r in out]


# Another line that ends this near the widest one shows the column's edge: a line that ran full
# stops at most a long word short of it (points).
_EDGE_NEAR = 40.0


def _edge_shown(widths: list[float]) -> bool:
    """Two lines of the block end near the same edge: the widest line shows where the column ends
    (one long line alone, a school's name over short lines, may just have ended there)."""
    ws = sorted(widths, reverse=True)
    return len(ws) >= 2 and ws[1] >= ws[0] - _EDGE_NEAR


def _name_begins(text: str, below: str) -> bool:
    """``text`` starts a school's name that the line below ends ("North Carolina State" /
    "University"): it is no tail of the line above."""
    head = below.split(",")[0].strip()
    ends_named = re.search(r"\s[A-Z][\w'’.-]*$", text.strip())
    return bool(ends_named) and not INSTITUTION_RE.search(text) and _generic_school(head)


def _field_over_degree(text: str, below: str) -> bool:
    """A name of its own over a line that is a degree alone ("Audiovisual Translation" / "Master"):
    the school / field / degree lines of one entry, the field no tail of the school above."""
    m = degree_in(below.strip())
    return _own_name(text.strip()) and m is not None and m.start() == 0 and _degree_alone(below)


def _degree_alone(text: str) -> bool:
    """A line with a degree's name and nothing else ("Master", "Bachelor of Arts", "MSc (Hons)")."""
    words = re.sub(r"\([^)]*\)", "", text).split()
    return 1 <= len(words) <= 4 and not (school_in(text) or find_dates(text) or "," in text)


# Two words a degree's or field's name is often broken between ("Master of Business" /
# "Administration (Hons)"): the line goes on, whatever the words after it.
_BROKEN_NAMES = frozenset(
    [
        "business administration",
        "public administration",
        "public policy",
        "public health",
        "computer science",
        "computer engineering",
        "fine arts",
        "data science",
        "social work",
        "information technology",
    ]
)


def _ends_on_its_date(text: str) -> bool:
    """A line whose last piece, a school's whole name, ends on a date written after a separator
    ("B.Tech | Lakeside University | 2019–2023"): the page broke no name there ("..., Universidade |
    2013 – 2017" over "Estadual de Campinas" is a name the date was set beside)."""
    ds = find_dates(text)
    if ds is None or _core(text) == text.strip():
        return False
    before = _DATE_WORD_RE.sub("", text[: ds.span[0]])
    if not re.search(r"(?:\s[|·•–—-]|,)\s*$", before):
        return False
    last = re.split(r"\s[|·•–—-]\s|,\s", before.strip(" |·•–—-,"))[-1].strip()
    return bool(INSTITUTION_RE.search(last)) and len(last.split()) >= 2 and not _nameless_school(last)


def _core(text: str) -> str:
    """The text of a line without the date it ends on."""
    ds = find_dates(text)
    if ds is not None and ds.span[0] > 0 and ds.span[1] >= len(text.rstrip()):
        # "Computer Science, BA - 2003–2007": the dash before the date went with it
        return re.sub(r"\s[-–—]$", "", _DATE_WORD_RE.sub("", text[: ds.span[0]]).rstrip(" |")).rstrip()
    return text.strip()


_DATE_APART_RE = re.compile(r"^[^|·•]+?\s[|·•]\s+(?P<date>[^|·•]+)$")


def _school_row(prev: Row, row: Row) -> bool:
    """ "Bachelor of Science, Computer Science" / "State University | 2018 - 2022": a degree line with
    no date over a school line that sets its own date apart by a separator is the degree-then-school
    pattern, not a wrap (a wrapped name's tail carries the row's date glued on, "... in 2020", or far
    right at a tab stop)."""
    apart = _DATE_APART_RE.match(row.line.text)
    glued = row.date_x0 is not None and row.date_x0 <= row.text_x1  # the date is in the line's own text
    if not (apart and glued and find_dates(apart.group("date"))) or find_dates(prev.line.text):
        return False
    return bool(DEGREE_RE.search(_core(strip_bullet(prev.line.text)[0])))


def _wraps(prev: Row, row: Row, widest: float, edge_shown: bool = True) -> bool:
    """``row`` carries on ``prev``: right below it, in its text's span, and ``prev`` had no room left.

    A line of its own kind (a degree, a date, a grade, a bullet, an institution) is not a tail,
    unless ``prev`` ended mid-name: on a hyphen, a word like "of" or "de", or a short piece that
    only the next line turns into an institution. A tail in another weight must read as one.
    """
    ln, last = row.line, prev.line
    text, bullet = strip_bullet(_core(ln.text))  # a date beside the tail is kept, not read
    if bullet or not _right_below(last, ln):
        return False
    prev_text = _core(strip_bullet(last.text)[0])
    open_end = bool(OPEN_END_RE.search(prev_text))
    if _degree_after_in(text):
        return False  # "EdStream" / "in Professional Certificate in ...": the degree under its school
    if _range_cut(last.text, text):
        return _aligned(prev, row, True)  # "..., Aug 2000 —" / "Apr 2004": the range's end below
    if _whole_before_its_date(prev, prev_text, text, open_end):
        return False  # "B.Tech, Economics | Lakeside University | 2023–2027": the entry's line is whole
    if re.search(r"[^\W\d_]-$", prev_text) and text[:1].islower():
        return _aligned(prev, row, True)  # "…, Na-" / "tional Institute of …": a word the page split
    if _is_date(text) and text == _core(text):  # "... Universität Hamburg in" / "2015"
        month_cut = _MONTH_END_RE.search(prev_text) and re.fullmatch(r"(?:19|20)\d{2}\b.*", text)
        return bool(open_end or month_cut) and _aligned(prev, row, True)  # "..., December" / "2019"
    if _is_date(strip_bullet(last.text)[0]):
        return False  # "2011 – 2015" / "Interaction Design": a date line has no tail
    if _unfinished(prev_text, text) or _place_goes_on(prev_text, text):
        return _aligned(prev, row, True)
    if _left_open(strip_bullet(last.text)[0].rstrip(), text) and not _is_date(text):
        return _aligned(prev, row, True)  # "Diploma (Mechanical" / "Engineering)", "History," / "BSc"
    if _name_left_open(prev_text, text, open_end):
        return _aligned(prev, row, True)
    head = re.sub(
        r"\s+(?:in|from|at|of)$", "", re.split(r",|\s[|·•–—]\s", text)[0].strip()
    )  # "... Karnataka in"
    if head and ":" not in text and _generic_tail(prev_text, head) and not _school_row(prev, row):
        return _aligned(prev, row, True)  # "MBA (Economics), Lakeside" / "College": no name alone
    if not head or ":" in text or "|" in text:
        return False
    if _field_unfinished(prev_text, head) and "," not in text:
        return _aligned(prev, row, False)  # "Graduate Certificate in Health" / "Information Management"
    if len(head.split()) > 4 and not _name_head(prev_text, head):
        return False  # a long tail only ends a name begun above ("..., Jomo" / "Kenyatta University of ...")
    if find_dates(head) or find_gpa(head) or _tail_degree(prev_text, head):
        return False
    if _tail_degree(prev_text, text) and DEGREE_RE.search(prev_text) and not open_end:
        return False  # "Data Science, PhD, 2017" / "History, PhD, 2013": a degree of its own
    if _field_closed(prev_text, head):
        return False  # "BA in Data Science" / "Sciences Po Lakeside": the school's name below
    if _honours_goes_on(prev_text, head):
        return _aligned(prev, row, True)  # "Lakeside College, Rhodes" / "Scholar"
    if NOT_FIELD_RE.search(head) and not open_end:
        return False  # "Magna Cum Laude", "First Class Honours": a line of its own kind, not a tail
    if _field_under_school(prev_text, text.split(",")[0]):
        return False  # "Northwestern University" / "Business Administration": the field below the school
    if _name_goes_on(prev, row, prev_text, text, widest):
        return True
    if _listing_open(prev_text, head):
        return _aligned(prev, row, True)  # "University of Forestry and Land" / "Management, First Class"
    if not _ran_full(prev, head, widest):
        return False
    mid_name = open_end or _stops_on_a_start(prev_text) or _name_head(prev_text, head)
    mid_name = mid_name or _unnamed_school(prev_text, head)
    if not _aligned(prev, row, open_end):
        return False
    school_open = _nameless_school(re.split(r",\s|\s[|·–—-]\s", prev_text)[-1])  # "..., Universidade"
    if not (edge_shown or mid_name or school_open or prev.date_x0 is not None) and _own_name(text):
        return False  # "Jomo Kenyatta University of Agriculture and Technology" / "Procurement and Logistics"
    into_date = prev.date_x0 is not None
    if "," in text and not (mid_name or into_date or _end_then_more(text, last.text)):
        return False
    if len(prev_text.split()) < 3 and not (mid_name or _field_goes_on(prev_text, head)):
        return False
    if INSTITUTION_RE.search(head) and not mid_name:
        return False
    if ln.bold == last.bold or head[:1].islower() or mid_name:
        return True
    # the text ran into its date and ends on a school's name: "Technische Universität" / "Hamburg"
    school_last = bool(INSTITUTION_RE.search(prev_text.split(",")[-1]))
    return into_date and school_last and not NOT_FIELD_RE.search(head)


def _end_then_more(text: str, prev_text: str) -> bool:
    """A name's end, then after a comma its place ("Urbana-Champaign, Toronto"), its honours ("Land"
    / "Management, First Class"), or the entry's date under a school's line that has none ("Madras,
    May 2008", the date cut off ``text``)."""
    first, _, after = text.partition(",")
    if is_location(first):
        return False
    if after.strip(" ,"):
        return _place_or_honours(after.strip(" ,")) and not is_location(text)
    return text.endswith(",") and not find_dates(prev_text)


def _own_name(text: str) -> bool:
    """Two capitalised words or more, no school, degree or comma: a name of its own (a field), not
    the end of the school's name above it, unless the page's edge broke that name."""
    return (
        len(text.split()) >= 2
        and text[:1].isupper()
        and "," not in text
        and _capitalised(text)
        and not (INSTITUTION_RE.search(text) or DEGREE_RE.search(text))
    )


def _range_cut(prev_text: str, text: str) -> bool:
    """``prev_text`` ends on a date and a dash, ``text`` is one date alone: the range's end."""
    ds = find_dates(text)
    return (
        bool(re.search(r"\d\s*[–—-]$", prev_text.strip()))
        and ds is not None
        and ds.start is None
        and text.strip() == ds.text.strip()
    )


def _place_or_honours(text: str) -> bool:
    """A place ("Toronto, Canada") or honours ("First Class Honours, Upper Division")."""
    return (
        is_location(text)
        or bool(HONOURS_PART_RE.match(text) or re.match(r"(?i)with\s", text))
        or bool(NOT_FIELD_RE.match(text))
    )


# A line that ends on a month's name, its year on the next line ("Old Dominion University, December").
_MONTH_END_RE = re.compile(rf"(?:^|[\s,|(])(?:{MONTH_PATTERN})\.?$", re.IGNORECASE)


def _whole_before_its_date(prev: Row, prev_text: str, text: str, open_end: bool) -> bool:
    """``prev`` ran into its date after a school's whole name: no line goes on from it (unless it
    ended open, on a hyphen or on a word a name cannot end on, or the next line begins in lower case)."""
    glued = prev.date_x0 is not None and prev.date_x0 <= prev.text_x1  # the date is in the line's text
    adjective_end = prev_text.split()[-1].lower() in _FIELD_ADJECTIVES if prev_text.split() else False
    return (
        glued
        and _ends_on_its_date(prev.line.text)
        and not (open_end or adjective_end or prev_text.endswith("-") or text[:1].islower())
    )


def _right_below(last: Line, ln: Line) -> bool:
    """``ln`` is the next line of ``last``'s column, within a wrap's pitch, in the same size (another
    size is another item: "Lyon 2" / "Economics (Licence)" in small type), and no list item."""
    if ln.list_item or not (ln.top and last.top) or (ln.page, ln.column) != (last.page, last.column):
        return False
    if not 0 < ln.top - last.top <= T.WRAP_MAX_PITCH * max(last.size, T.MIN_FONT_SIZE):
        return False
    if _led_by_date(last.text) and ln.size > last.size:
        return True  # "Janv. 2019 – Janv. 2020 Graduate Certificate in" read at the date's smaller size
    return not (ln.size and last.size and abs(ln.size - last.size) > T.WRAP_SIZE_DIFF)


def _led_by_date(text: str) -> bool:
    """A date first, then text: a row the reader may give the date's font size."""
    ds = find_dates(text)
    return ds is not None and ds.span[0] == 0 and bool(text[ds.span[1] :].strip(" |–-"))


def _name_left_open(prev_text: str, text: str, open_end: bool) -> bool:
    """A school's or field's name that ``prev_text`` left open and ``text`` goes on with: after a
    small word ("Universidade Estadual" / "de Campinas", "... in Film Theory" / "and Criticism"), or
    after a line that ends on one ("Marlowe Valley Academy of" / "Music and Design High School")."""
    last_piece = prev_text.split(",")[-1]
    ends_on_school = INSTITUTION_RE.search(last_piece)
    joins = re.match(r"(?:and|&)\s+[A-Z]", text)
    if _NAME_GOES_ON_RE.match(text) and (ends_on_school or joins) and not find_dates(text):
        return True
    named_open = ends_on_school or DEGREE_RE.search(last_piece)
    return open_end and bool(named_open) and _name_tail(prev_text, text)


# A school's name carried on below after a small word: "Universidade Estadual" / "de Campinas",
# "Jomo Kenyatta University of Agriculture" / "and Technology".
_NAME_GOES_ON_RE = re.compile(
    r"(?:of|de|da|do|del|della|di|du|des|zu|zur|der|van|von|y|the|la|le|and|&)\s+[A-Z]"
)


def _name_tail(prev_text: str, text: str) -> bool:
    """``text`` can end a school's name that ``prev_text`` left open: written as a name, with no
    date, grade, label or separator, and no degree of its own ("Early College High School" names
    none)."""
    first = re.split(r"\s[|·•]\s|,\s|\t", text)[0].strip()  # a place, grade or date may follow
    if find_dates(first) or find_gpa(first) or ":" in first:
        return False
    return not _tail_degree(prev_text, first) and _capitalised(first)


def _tail_degree(prev_text: str, text: str) -> bool:
    """``text`` names a degree, read after the word that ends ``prev_text`` ("Early College" /
    "High School" ends a school's name and names none)."""
    last = prev_text.split()[-1] if prev_text.split() else ""
    return degree_in(f"{last} {text}", len(last) + 1) is not None


def _capitalised(text: str) -> bool:
    """Most words of ``text`` begin with a capital, as in a name ("Science and Technology")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text) if w.lower() not in _GENERIC_SMALL]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) * 2 > len(words)


# Words written in lower case inside a name.
_GENERIC_SMALL = frozenset("of the and for at in on de da do del di du des la le zu der y e et en".split())  # noqa: SIM905


# Subjects taken "at Higher" / "Level, ...": the level's name the page broke.
_LEVEL_OPEN_RE = re.compile(r"\bat\s+(?:Higher|Ordinary|Foundation|Advanced|Standard|Honours)$")


# Words a name of a field begins with: "University of Applied" / "Sciences" is one name.
_FIELD_ADJECTIVES = frozenset(
    "social political natural health fine liberal medical human computer foreign international modern "  # noqa: SIM905
    "environmental economic cultural religious physical life earth culinary home performing visual "
    "graphic dramatic agricultural veterinary".split()
)


# Words a school's name does not end on ("University of Applied" / "Sciences", "Lakeside State" /
# "University"); a name may end on "Technology" or "Sciences", a field's one word below it.
_NAME_GOES_ON = frozenset("of the and for at de state applied community high".split())  # noqa: SIM905


# A school's name that lists its subjects ("... University of Forestry and Land"): "of" or "for",
# then "and" before the last word.
_LISTING_RE = re.compile(r"\b(?:of|for)\s.*\s(?:and|&)\s+(\S+)$")


def _stops_on_a_start(prev_text: str) -> bool:
    """A line that stops on a word a field's name begins with ("Dublin Institute of Culinary" /
    "Arts", "Leaving Certificate, Home" / "Economics, ...") or on a level's ("at Higher" / "Level");
    a grade set apart on its row ("... — Computer | GPA 3.9") is not where the text stops."""
    text = prev_text.split(" | ")[0]
    return text.split()[-1].lower() in _FIELD_ADJECTIVES or bool(_LEVEL_OPEN_RE.search(text))


def _listing_open(prev_text: str, head: str) -> bool:
    """A school's name listing subjects that stops on a word no subject ends on ("Royal Lakeside
    University of Forestry and Land" / "Management", "... of Mining and Mineral" / "Resources"): the
    one word below ends the last subject, whatever width the line ran to."""
    last = prev_text.split(",")[-1].strip()
    listing = _LISTING_RE.search(last)
    if not (listing and school_in(last)) or listing.group(1).lower().strip(".") in FIELD_ENDS:
        return False
    return len(head.split()) == 1 and head[:1].isupper() and not school_in(head)


def _field_under_school(prev_text: str, text: str) -> bool:
    """A field of study of two words or more ("Business Administration", "Computer Science and")
    under a line whose last piece names a school and does not end mid-name."""
    last = prev_text.split(",")[-1].strip()
    if not school_in(last) or OPEN_END_RE.search(last) or INSTITUTION_RE.search(text):
        return False
    words = [w.lower().strip(",.") for w in text.split()]
    if not words or not text[:1].isupper():
        return False
    if len(words) == 1:  # "Northwestern University" / "Business"; not "University of Applied" / "Sciences"
        end = last.split()[-1].lower()
        # "University of Forestry and Land" / "Management": the subjects the name lists stop on a
        # word no subject ends on, so the word below ends the last of them
        listing = re.search(r"\b(?:of|for)\s.*\s(?:and|&)\s+\S+$", last) and end not in FIELD_ENDS
        return (
            words[0] in FIELD_ENDS
            and end not in _NAME_GOES_ON
            and end not in _FIELD_ADJECTIVES
            and not listing
        )
    return words[-1] in FIELD_ENDS or (words[-1] in ("and", "&") and words[-2] in FIELD_ENDS)


def _unfinished(prev_text: str, text: str) -> bool:
    """``prev`` stops where its degree, field or list cannot: "Bachelor of" / "Engineering", "Master
    of Business" / "Administration (Hons) in", "Bachelor of Science" / "(Hons), Physics", "Relevant
    Coursework:" / "Algorithms," / "Statistics"."""
    if _degree_open(prev_text, text) or _list_goes_on(prev_text, text):
        return True
    if re.search(r"(?i)\bHigh$", prev_text) and re.match(r"(?i)School\s+Diploma\b", text):
        return True  # "..., High" / "School Diploma": the degree's name broken
    if re.search(r"(?i)(?:^|[,|·•–—]\s*)High\s+School$", prev_text) and re.match(r"(?i)Diploma\b", text):
        return True  # "Science Track, High School" / "Diploma": the degree, not a school's name, broken
    pair = " ".join([*prev_text.split()[-1:], *text.split()[:1]]).lower().strip(",(")
    broken = pair in _BROKEN_NAMES or text.startswith("(")
    return broken and bool(DEGREE_RE.search(prev_text))


def _generic_tail(prev_text: str, head: str) -> bool:
    """School words that name no school alone ("College", "Institute of Technology") under a line
    that ends on a name ("MBA (Economics), Lakeside"): the name's end. Not a faculty under a whole
    name ("Lakeside University" / "College of Engineering")."""
    named = re.search(r"(?:^|[,(]\s*|\s)[A-Z][\w'’.-]*$", prev_text)
    last_piece = re.split(r",\s|\s[|·•–—]\s", prev_text)[-1]
    faculty = re.match(r"(?:School|College|Faculty)\s+of\s", head) and INSTITUTION_RE.search(last_piece)
    return bool(_generic_school(head) and named and not OPEN_END_RE.search(head) and not faculty)


def _honours_goes_on(prev_text: str, head: str) -> bool:
    """A title after a school's name that the page broke ("Lakeside College, Rhodes" / "Scholar"):
    one or two capitalised words after the school's comma, then a short line that begins with an
    honour's word."""
    school, _, last = prev_text.rpartition(", ")
    words = last.split()
    return (
        bool(school_in(school))
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not (school_in(last) or is_location(last))
        and len(head.split()) <= 2
        and bool(NOT_FIELD_RE.match(head))
    )


def _place_goes_on(prev_text: str, text: str) -> bool:
    """A place the page broke after its comma ("... High School — Boston," / "MA"): the line below
    is no degree ("MA") but the place's end."""
    last = re.split(r"\s[|·•–—-]\s", prev_text.strip())[-1]
    words = text.split()
    return prev_text.rstrip().endswith(",") and 1 <= len(words) <= 3 and is_location(f"{last} {text}")


def _list_goes_on(prev_text: str, text: str) -> bool:
    """A label or a list that stops on its colon or comma ("Relevant Coursework:", "Algorithms,
    Databases,"), over a line that is neither a degree, a school nor a date."""
    labelled = _LIST_LABEL_RE.match(prev_text) and not re.search(r"[.;]$", prev_text)
    if not text.strip() or not (re.search(r"[,:]$", prev_text) or labelled):
        return False  # "Coursework: Algorithms, Operating" / "Systems": a labelled list goes on, however cut
    if DEGREE_RE.search(prev_text) or INSTITUTION_RE.search(prev_text):
        return False
    return not (DEGREE_RE.search(text) or INSTITUTION_RE.search(text) or find_dates(text) or find_gpa(text))


# The label of a list of courses or modules at the start of a line ("Relevant Coursework:").
_LIST_LABEL_RE = re.compile(r"^[\w' ]{0,30}\b(?:coursework|courses|modules|subjects)\s*:", re.IGNORECASE)


def _degree_open(prev_text: str, text: str) -> bool:
    """A degree's name that cannot end where the line does ("Bachelor of", "Master of Science in"),
    over a line that is neither a degree, a school nor a date."""
    if not DEGREE_RE.search(prev_text) or not re.search(r"\s(?:of|in)$", prev_text):
        return False
    return text[:1].isupper() and not (
        DEGREE_RE.search(text) or INSTITUTION_RE.search(text) or find_dates(text)
    )


def _left_open(prev_text: str, text: str) -> bool:
    """``prev`` stops where its text cannot: inside a bracket the next line closes ("Diploma
    (Mechanical" / "Engineering)"), or on a comma before a degree ("Applied Mathematics," / "MSc")."""
    if prev_text.count("(") > prev_text.count(")") and text.count(")") > text.count("("):
        return True
    last = re.split(r"\s[|·•–—]\s", prev_text.rstrip(","))[-1]
    if prev_text.endswith(",") and degree_in(last) and len(last.split()) <= 3 and 1 <= len(text.split()) <= 4:
        return _capitalised(text) and not (DEGREE_RE.search(text) or school_in(text) or find_dates(text))
    return prev_text.endswith(",") and bool(DEGREE_RE.match(text)) and not DEGREE_RE.search(prev_text)


# Words that name no school on their own: "Institute of Technology" under "Ashford" is the end of a name.
_GENERIC_WORDS = frozenset(
    "of the and for at de state technology science sciences arts art applied design engineering "  # noqa: SIM905
    "business economics management polytechnic community high".split()
)


# ... and words that, with a school word, still name no school at the end of a line: "Technische
# Universität" / "Hamburg", "National University" / "of Lakeside" (not read as a name's start).
_NAMELESS_WORDS = _GENERIC_WORDS | frozenset(["technische", "technical", "national", "federal", "royal"])


def _nameless_school(piece: str) -> bool:
    """School words and words that name no school, and nothing else ("Technische Universität",
    "Polytechnique"): a name that goes on below."""
    words = re.findall(r"[^\W\d_][\w.'’-]*", piece)
    left = [w for w in words if w.lower() not in _NAMELESS_WORDS and not INSTITUTION_RE.fullmatch(w)]
    return bool(words) and not left and bool(INSTITUTION_RE.search(piece))


def _generic_school(head: str) -> bool:
    """A school word with only generic words beside it ("College", "Institute of Technology", "State
    University"): the end of a name the line above began."""
    words = re.findall(r"[^\W\d_][\w.'’-]*", head)
    left = [w for w in words if w.lower() not in _GENERIC_WORDS and not INSTITUTION_RE.fullmatch(w)]
    return bool(words) and not left and bool(INSTITUTION_RE.search(head))


def _unnamed_school(prev_text: str, head: str) -> bool:
    """A line that ends on school words that name no school ("..., Technische Universität",
    "..., Polytechnique") over a short capitalised name: the name's end ("Hamburg", "Montréal")."""
    last = re.split(r",\s|\s[|·–—-]\s", prev_text)[-1].strip()
    words = head.split()
    return (
        _nameless_school(last)
        and 1 <= len(words) <= 2
        and _capitalised(head)
        and not (INSTITUTION_RE.search(head) or DEGREE_RE.search(head) or NOT_FIELD_RE.search(head))
    )


def _field_closed(prev_text: str, head: str) -> bool:
    """A degree line that ends on the last word of its field ("... in Data Science") under which a
    name starts that does not end a field: the next line is a name (a school), not a tail."""
    last = prev_text.split()[-1].lower().strip(",.)") if prev_text.split() else ""
    end = head.split()[-1].lower().strip(",.") if head.split() else ""
    return (
        bool(DEGREE_RE.search(prev_text))
        and last in FIELD_ENDS
        and head[:1].isupper()
        and end not in FIELD_ENDS
        and not OPEN_END_RE.search(head)
        and not re.search(r"\s(?:and|&)\s", head)  # "English" / "Interpretation and Translation": a field
    )


def _field_goes_on(prev_text: str, head: str) -> bool:
    """ "Licenciatura, Business" / "Administration": a short degree line whose field the next word ends."""
    last = head.split()[-1].lower() if head.split() else ""
    return bool(DEGREE_RE.search(prev_text)) and len(head.split()) == 1 and last in FIELD_ENDS


def _degree_after_in(text: str) -> bool:
    """A line that opens on "in" and a degree's name ("in Professional Certificate in Analytics",
    "in B.Sc. in Physics"): a template's degree line, no tail of a name above it."""
    named = degree_in(text, 3) if re.match(r"in\s", text) else None
    return named is not None and len(text[3 : named.start()].split()) <= 1


def _field_unfinished(prev_text: str, head: str) -> bool:
    """A degree line whose field, after "in" or after the degree's comma, stops on a word no field
    ends on ("Graduate Certificate in Health", "Bachelor of Business Administration (Honours),
    Human Resource"), over a short capitalised line that ends a field ("Information Management",
    "Management and Psychology (Double Major)": a bracket after it is an aside): the field's end."""
    last_piece = re.split(r",\s|\s[|·–—-]\s", prev_text)[-1]
    # after the last "in" ("... (Hons) in"; "en": French)
    field = re.search(r"^.*\S\s(?:in|of|en)\s+([A-Z][^,]*)$", last_piece)
    if field is None:  # "Bachelor of ... (Honours), Human Resource": the field after the degree's comma
        field = re.search(r"^.*\S,\s+([A-Z][^,]*)$", prev_text)
        last_piece = prev_text
    if (
        not field
        or not DEGREE_RE.search(last_piece[: field.start(1)])
        or INSTITUTION_RE.search(field.group(1))
        or DEGREE_RE.search(field.group(1))
    ):
        return False
    words = re.sub(r"\s*\([^()]*\)", "", head).split()
    return (
        field.group(1).split()[-1].lower() not in FIELD_ENDS
        and 1 <= len(words) <= 3
        and _capitalised(head)
        and words[-1].lower().strip(",.") in FIELD_ENDS
        and not (degree_in(head) or INSTITUTION_RE.search(head) or find_dates(head))
    )


def _name_goes_on(prev: Row, row: Row, prev_text: str, text: str, widest: float) -> bool:
    """A school's name set in a narrow heading style carries on below in the same type: "National
    Institute of Technology" / "Karnataka" (bold, same size, same left edge; not a place or honours);
    after a line that ran full, a longer end ("Albuquerque Academy of Science and Technology" /
    "Early College High School"), not a faculty ("School of Law")."""
    ln, last = row.line, prev.line
    if ln.bold != last.bold or abs(ln.size - last.size) > T.WRAP_SIZE_DIFF or not ln.size:
        return False
    if abs(row.text_x0 - prev.text_x0) > T.WRAP_INDENT_LEFT or "," in text or "," in prev_text:
        return False
    if not INSTITUTION_RE.search(prev_text) or DEGREE_RE.search(prev_text) or NOT_FIELD_RE.search(text):
        return False
    if _bare_name(text):
        return True
    if strip_bullet(last.text)[1] or NOT_FIELD_RE.search(prev_text):
        return False  # "• Exchange semester at Lakeside University" is no name's first line
    # a faculty under a university's or college's whole name ("Lakeside University" / "School of Law");
    # "Silverton Polytechnic" / "Institute of Mining and" is one name the column broke
    named = r"(?:[A-Z][\w'’.-]*\s+){0,2}"  # "Questrom School of Business"
    faculty = re.match(
        named + r"(?:School|College|Faculty|Department|Division|Institute)\s+(?:of|for)\b", text
    ) and (re.search(r"\b(?:Universit\w*|College|Academy)\b", prev_text, re.IGNORECASE))
    return _ran_full(prev, text, widest) and bool(school_in(text)) and _capitalised(text) and not faculty


def _ran_full(prev: Row, head: str, widest: float) -> bool:
    """``prev`` stopped where the first word of ``head`` would not have fitted: before a date
    beside it, or at the width of the block's widest line."""
    size = prev.line.size or 10.0
    room = size * (T.SPACE_WIDTH + T.GLYPH_WIDTH * len(head.split()[0]))
    if prev.date_x0 is not None and prev.date_x0 > prev.text_x1:  # a date glued on tells nothing
        return prev.text_x1 + room >= prev.date_x0 - T.SEGMENT_GAP - T.LIMIT_SLACK
    return prev.text_x1 - prev.text_x0 + room >= widest - T.LIMIT_SLACK


def _aligned(prev: Row, row: Row, open_end: bool) -> bool:
    """Under the start or the end of ``prev``'s text; or, after a name left open, anywhere under its
    text (a tail indented under the words after a date: "2004–2008 B.Tech, Institute of")."""
    x0, x1 = row.text_x0, row.text_x1
    if abs(x0 - prev.text_x0) <= T.WRAP_INDENT_LEFT or abs(x1 - prev.text_x1) <= T.WRAP_INDENT_LEFT:
        return True
    if strip_bullet(prev.line.text)[1] and 0 < x0 - prev.text_x0 <= T.WRAP_INDENT_RIGHT:
        return True  # "• Bachelor of ..., Jomo" / "Kenyatta University ...": hung after the bullet glyph
    lead = find_dates(prev.line.text)  # "2007–2011 Bachelor of Arts, ..., University of Foreign" / "Studies"
    after_date = lead is not None and lead.span[0] == 0 and _core(prev.line.text) == prev.line.text.strip()
    return (open_end or after_date) and prev.text_x0 - T.WRAP_INDENT_LEFT < x0 < prev.text_x1


def _name_head(prev_text: str, head: str) -> bool:
    """ "Computer Science, Bachelor of Technology, National" / "Institute of Technology": the line
    ends on a bare word or two after its degree and field, or after "at", that only the next line
    makes an institution ("MSc - Statistics" / "University of Leeds" is a field, then a school)."""
    if not INSTITUTION_RE.search(head):
        return False
    at = re.search(r"\s(?:at|from)\s+(?!" + LEVEL + r")(\S+(?:\s+\S+)?)$", prev_text)
    before = prev_text[: at.start()] if at else ""
    if at and (DEGREE_RE.search(before) or NOT_FIELD_RE.search(before)):  # "Exchange semester at Hill"
        return _bare_name(at.group(1))
    parts = [q.strip() for p in pieces(prev_text) for q in p.split(",") if q.strip()]
    if len(parts) < 3 or not _bare_name(parts[-1]) or any(school_in(p) for p in parts):
        return False
    return any(DEGREE_RE.search(p) for p in parts[:-1])


def _bare_name(piece: str) -> bool:
    """One or two capitalised words that are no degree, institution, place or labelled value ("Score:
    Distinction"): a name's first words."""
    if len(piece.split()) > 2 or not piece[:1].isupper() or ":" in piece:
        return False
    return not (DEGREE_RE.search(piece) or INSTITUTION_RE.search(piece) or is_location(piece))


def _joined(prev: Row, row: Row) -> Row:
    """``prev`` with its tail ``row`` put before any date either ends on; the tail's geometry stays
    for a further tail."""
    text, tail = prev.line.text.strip(), row.line.text.strip()
    place = prev.place or row.place
    cell = prev.first_cell
    if cell and row.line.x0 < cell[0] and row.line.x1 < cell[1] - T.SEGMENT_GAP and not _is_date(tail):
        # "Business Administration, Bachelor | Lakeside University" / "of Science": a tail under the
        # row's first piece goes on that piece, not on the piece right of it
        joined = dehyphenate_join(text[: cell[2]], tail) + text[cell[2] :]
        cell = (max(cell[0], row.line.x1), cell[1], cell[2] + len(joined) - len(text))
        line = replace(row.line, text=joined, x0=prev.line.x0, x1=prev.line.x1)
        return Row(line, prev.text_x0, prev.text_x1, prev.date_x0, place, cell)
    if _range_cut(text, tail):
        return Row(replace(row.line, text=f"{text} {tail}"), row.text_x0, row.text_x1, row.date_x0, place)
    core, tail_core = _core(text), _core(tail)
    dates = [d for d in (text[len(core) :].strip(" |"), tail[len(tail_core) :].strip(" |")) if d]
    spans = [find_dates(d) for d in dates]
    if len(dates) == 2 and all(d is not None and d.start is None for d in spans):
        dates = [f"{dates[0]} – {dates[1]}"]  # "2011" beside the name's first line, "2015" beside its tail
    joined = " | ".join([dehyphenate_join(core, tail_core), *dates])
    line = replace(row.line, text=joined, bold=row.line.bold)
    return Row(line, row.text_x0, row.text_x1, row.date_x0, place)
