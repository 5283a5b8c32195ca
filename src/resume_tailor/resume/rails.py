"""Date rails: a date column beside the entries whose range breaks over two rows.

Templates such as LaTeX moderncv print each entry's dates in a narrow column on the left (or right)
of the entry. A range that does not fit breaks after its dash::

    Mar 2021 –   Data Engineer, Acme Corp, Austin
    Present      Building pipelines that ...

Read row by row, the closing "Present" lands in the first description line and the role looks one
month long. This stage puts the two halves of the range back together on the entry's header row,
whether the rail is a separate segment (PDF geometry) or was read into the same line of text.

A rail narrower still breaks the range after its end month ("Jun 2024 – Aug" / "2024"), or the
reader runs the dash into the text beside the start ("10/2017" + "– MSc, Statistics" / "09/2018");
:func:`mend_broken_ranges` mends those, for this stage and for a block read on its own (education).
A rail set as a paragraph wraps "02/2022 –" / "present" with its second row further out.

A timeline rail draws each range as a bar with its start year above it and its end year below
("2014" / "2016" around the entry's row): the two labels become one range on that row. And the
duration some templates print beside or under a range ("4 ans 10 mois", "· 2 yrs 3 mos") goes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import (
    DATE_RE,
    DURATION_PATTERN,
    DURATION_RE,
    MONTH_PATTERN,
    PRESENT_PATTERN,
    RANGE_RE,
    SEASON_PATTERN,
    YEAR_PATTERN,
    YEAR_RE,
    closes_range,
    find_dates,
    normalize_date,
)
from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.lines import BULLET_GLYPHS, Line, is_bullet, overlap_across, same_row
from resume_tailor.resume.working import LayoutDoc
from resume_tailor.resume.wrap import dehyphenate_join

_DASH = r"(?:-{1,2}|–|—|‒|−|→|⟶|▸|\bto\b)"
_DATE = DATE_RE.pattern.replace("(?P<date>", "(?:")
_END = rf"(?:{_DATE}|{PRESENT_PATTERN})"
# "Mar 2021 –" alone (a rail segment) and "Present" / "Feb 2021" alone (its closing half). The open
# half may carry a label or a bracket ("Dates: Oct 2019 —", "(AUG 2021–", "From 03-2023 to"), end
# on a word for the dash ("JULY 2017 until"), or be cut inside the end date where a browser breaks a
# line after a hyphen ("… to 01-" / "2025"); the closing half may keep the bracket or comma after
# it ("Currently)", "Sep 2014,") or begin with the second hyphen of a "--" broken in two.
_RAIL_DASH = r"(?:-{1,2}|–|—|‒|−|~|→|⟶|➔|➜|⇒|▸|►|▶|»|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b)"
# a calendar glyph or another symbol some themes set before the dates
_GLYPH = r"(?:[^\w\s()\[\],.:;'’\-–—]{1,2}\s*)?"  # (a PDF may give a glyph as two surrogates)
_LEAD = rf"{_GLYPH}(?:[(\[]\s*|(?:dates?|period)\s*:\s*|from\s+)?"
_OPEN_RE = re.compile(
    rf"^\s*{_LEAD}(?:{_DATE})\s*{_RAIL_DASH}\s*(?P<cut>(?<![\d/.])(?:0?[1-9]|1[0-2])[-/.])?$", re.IGNORECASE
)
_CLOSE_RE = re.compile(rf"^\s*(?P<dash>[-–—−]\s*)?(?P<end>{_END})\s*[)\],;]?\s*$", re.IGNORECASE)
_OPEN_LEFT_RE = re.compile(
    rf"^\s*(?P<date>{_LEAD}(?:{_DATE})\s*{_RAIL_DASH})\s+(?P<rest>[A-Za-z(].*)$", re.IGNORECASE
)
_YEAR_CLOSE_RE = re.compile(rf"^\s*{YEAR_PATTERN}\s*[)\],;]?\s*$")
# a piece of a range wrapped anywhere in a narrow rail ("(MAR" / "2020–APR" / "2021)", "Dates: 08-" /
# "2021 till 12-2022", "9th October" / "2018 –", "11/2023" / "onwards"): dates, months, ordinal days,
# parts of a year, words for "now", an open end ("onwards", "…"), dashes, labels and brackets
_PIECE = (
    rf"(?:(?:dates?|period)\s*:|from|since|onwards?|…|\.{{3}}|early|mid|late|{_DATE}|{MONTH_PATTERN}"
    rf"|{SEASON_PATTERN}|Q[1-4]|(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    rf"|(?<![\d/.])(?:0?[1-9]|1[0-2])/\d{{2}}(?![\d/])"  # "8/20", a two-digit year
    rf"|(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])(?:[-/.]|(?!\d))|{PRESENT_PATTERN}|{_RAIL_DASH}|(?<=\s)/(?=\s|$)|[(\[,)\]])"
)
_FRAGMENT_RE = re.compile(rf"^\s*{_GLYPH}{_PIECE}(?:\s*{_PIECE})*\s*$", re.IGNORECASE)
# a date cut at its own hyphen or slash: "… to 01-", "DATES: FEB-"
_CUT_NUMBER_RE = re.compile(rf"(?:\d[-/.]|(?<![^\W\d_]){MONTH_PATTERN}(?<!\.)[-/])$", re.IGNORECASE)
# a rail read as a column of its own lies at most this many of its font sizes from the entry text
_RAIL_GAP = 2.5
_DASH_CLOSE_RE = re.compile(
    rf"^\s*(?P<date>(?:[-–—‒−→]|(?:to|till|until|through)\b)\s*{_END}\s*[)\],;]?)(?:\s*$|\s+(?P<rest>\S.*)$)",
    re.IGNORECASE,
)
# a range's text that stops on a month: its year is on the next row ("... / JANUARY" / "2015"); a
# month after its year ("2016 Mar") ends a year-first date
_MONTH_END_RE = re.compile(rf"(?<!\d{{4}}\s)(?<![^\W\d_]){MONTH_PATTERN}\s*$", re.IGNORECASE)
# a rail wraps a range over at most this many rows under its first ("Dates:" / "JANUARY" / "2013 /"
# / "JANUARY" / "2015")
_RAIL_MAX_PIECES = 4
_JOINER_RE = re.compile(rf"{_RAIL_DASH}|(?<=\s)/(?=\s|$)|\b(?:since|from|onwards?)\b", re.IGNORECASE)
# a range whose end is still to come on the next row ("Mar 2021 –", "(AUG 2021–", "JULY 2017 until")
_DANGLING_DASH_RE = re.compile(rf"(?:{_RAIL_DASH}|(?<=\s)/)\s*[)\],;]?\s*$", re.IGNORECASE)
# the same read into the entry's own lines: "Mar 2021 – Data Engineer" / "Present Building ..."

_CLOSE_LEFT_RE = re.compile(rf"^\s*(?P<date>{_END})(?:\s+|\s*[|:]\s*)(?P<rest>\S.*)?$", re.IGNORECASE)
_OPEN_RIGHT_RE = re.compile(rf"^(?P<rest>.*?\S)\s+(?P<date>(?:{_DATE})\s*{_DASH})\s*$", re.IGNORECASE)
_CLOSE_RIGHT_RE = re.compile(rf"^(?P<rest>.*?)\s*(?P<date>{_END})\s*$", re.IGNORECASE)
# a lone date label of a rail ("2016", "Mar 2016"), and one read into the start of its entry's row
_LABEL_RE = re.compile(_DATE, re.IGNORECASE)
_LEADING_LABEL_RE = re.compile(rf"^\s*({_DATE})\s+(?=[^\W\d_])", re.IGNORECASE)
# a date row closes its entry (set after its text) when the space under it is at least this many
# times the space above it: the entry's gap follows the dates, the leading inside the entry precedes
_CLOSING_GAP_RATIO = 1.15
# ... and that space is at least this many of the date's font sizes (a gap, not leading)
_CLOSING_GAP_MIN = 0.25
# ... and the dates stand apart from the text above them by this many of their font sizes (dates
# tight under the row above are that row's second line: a header's, not a block of their own)
_CLOSING_GAP_ABOVE = 0.06
# a row above the dates is an entry's text when indented by this many font sizes (a point), or a
# plain line of at least this many words (a paragraph; a header line is shorter, bold or in capitals)
_POINT_INDENT = 0.5
_TEXT_WORDS = 7
# the entry row's middle lies at least this many of its font sizes from a stacked label's middle
_STACK_MARGIN = 0.15
# a duration right after a range: "... – Present · 2 yrs 3 mos", "... - Mai 2024 1 an 8 mois"
_DURATION_ANY_RE = re.compile(DURATION_PATTERN, re.IGNORECASE)
_DURATION_AFTER_RE = re.compile(rf"\s*[·•|,]?\s*{DURATION_PATTERN}(?![^\W\d_])", re.IGNORECASE)


def mend_date_rails(doc: LayoutDoc) -> None:
    """Stage: rejoin date ranges broken over two rows of a date rail (see the module docstring)."""
    lines, drop = _mend_ranges(_strip_durations(doc.lines))
    durations = _duration_lines(lines, drop)
    drop |= durations
    stacked = _join_stacked_labels(lines, drop)
    _join_rail_fragments(lines, drop)
    _join_dash_led_closings(lines, drop)
    for i, ln in enumerate(lines):
        opened = _OPEN_RE.match(ln.text)
        if i in drop or not opened or not ln.bottom:
            continue
        header = _row_partner(lines, i)
        closing = _closing_fragment(lines, i, None if header is None else lines[header])
        if closing is None:
            continue
        j, end, rest = closing
        text = _joined(ln.text.strip(), end, cut=opened.group("cut") is not None)
        if text is None:
            continue
        _place_range(lines, i, header, text, drop)
        if rest:
            lines[j] = replace(lines[j], text=rest)
        else:
            drop.add(j)
    for i in range(len(lines) - 1):
        if i not in drop and i + 1 not in drop and _mend_text_pair(lines, i) and not lines[i + 1].text:
            drop.add(i + 1)
    lifted = _lift_closing_dates(lines, drop)
    _note_room(lines, drop)
    doc.lines = lines
    why = dict.fromkeys(drop - durations - lifted, "date rail fragment, moved to its entry's header row")
    why.update(dict.fromkeys(lifted, "dates set after their entry's text, moved to its first row"))
    why.update(dict.fromkeys(durations, "how long the range above lasted"))
    why.update(dict.fromkeys(stacked, "one end of a range drawn as two labels, moved to its entry's row"))
    doc.keep([k for k in range(len(lines)) if k not in drop], why)


def _note_room(lines: list[Line], drop: set[int]) -> None:
    """A line whose row held a piece that leaves (a date rail's fragment) keeps that piece's left
    edge as its ``room``: a name wrapped in a narrow table cell beside the dates ("Office for
    National" | "01/2022" / "Statistics") still shows that it ran to its cell's edge."""
    for i in sorted(drop):
        piece = lines[i]
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            ln = lines[j]
            if j in drop or ln.column != piece.column or not same_row(ln, piece) or ln.x1 >= piece.x0:
                continue
            lines[j] = replace(ln, room=min(ln.room or piece.x0, piece.x0))


def _lift_closing_dates(lines: list[Line], drop: set[int]) -> set[int]:
    """Dates set as a block of their own after their entry's text ("Title" / "Employer" / points /
    "March 2013 - Present", as a site theme printed narrow sets them) read top down open the next
    entry. Each moves to its entry's first row where the page shows that layout: date rows with
    an entry's gap under them (and the next entry's header, not points) and less space above,
    one at least under an entry's text and one ending its section; none with the wider gap above
    (dates that open their entries). A date row at the foot of a page goes with the others.
    Returns the indices moved (``drop`` gets them too)."""
    candidates = [i for i in range(1, len(lines)) if i not in drop and _lone_date_row(lines, i)]
    gaps = {i: _gaps_around(lines, i, drop) for i in candidates}
    closing = {i for i in candidates if _closes_entry(lines, i, drop, gaps[i])}
    opening = any(g and _wider(g[0], g[1], lines[i].size) for i, g in gaps.items())
    if opening or not any(_is_text(lines[i - 1], lines[i]) for i in closing):
        return set()
    if not any(_ends_section(lines, i, drop) for i in candidates):
        return set()
    moved, floor = set[int](), 0
    for i in candidates:
        first = _entry_first_row(lines, range(floor, i), drop) if i in closing or gaps[i] is None else None
        floor = i + 1
        if first is not None:
            _place_range(lines, i, first, lines[i].text.strip(), drop)
            moved.add(i)
    return moved


def _ends_section(lines: list[Line], i: int, drop: set[int]) -> bool:
    """The date row ``i`` is the last of its section: a section heading or nothing comes next."""
    below = next((j for j in range(i + 1, len(lines)) if j not in drop), None)
    return below is None or heading_kind(lines[below].text) is not None


def _closes_entry(lines: list[Line], i: int, drop: set[int], gaps: tuple[float, float] | None) -> bool:
    """The date row ``i`` has an entry's gap under it and less space above (but some: not a
    header's second line), and the row under it is no entry text (the next entry's header)."""
    if gaps is None or not _wider(gaps[1], gaps[0], lines[i].size):
        return False
    below = next(j for j in range(i + 1, len(lines)) if j not in drop)
    return gaps[0] >= _CLOSING_GAP_ABOVE * lines[i].size and not _is_text(lines[below], lines[i])


def _lone_date_row(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a date or a range alone on its printed row, under a line of its column."""
    ln, above = lines[i], lines[i - 1]
    # a dash at the end opens the range, unless a bracket closes it: "(AUG 2021-)" is whole
    open_end = _DANGLING_DASH_RE.search(ln.text) and not re.search(r"[)\]]\s*$", ln.text)
    if not ln.top or not ln.size or not _FRAGMENT_RE.match(ln.text) or open_end:
        return False
    beside = any(same_row(ln, lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines))
    began_above = _OPEN_TAIL_RE.search(above.text) or _LEADING_DASH_RE.match(ln.text)
    if beside or above.column != ln.column or began_above:
        return False  # "… · Richland, WA · Jun" / "2009 – Sep 2009": the date began on the row above
    return find_dates(ln.text) is not None


# a row that ends where a date or a range goes on: a month or season, a dash, a separator ("… ·"),
# "from", "since"
_OPEN_TAIL_RE = re.compile(
    rf"(?:(?<![^\W\d_])(?:{MONTH_PATTERN}|{SEASON_PATTERN})\.?|{_RAIL_DASH}|[·•|,:;]|\bfrom|\bsince)\s*$",
    re.IGNORECASE,
)


def _is_text(row: Line, dates: Line) -> bool:
    """``row`` (beside a date row) is an entry's text, not a header: a point (by its glyph or its
    indent), or a line of a paragraph (neither bold nor in capitals, as headers are)."""
    indented = row.x0 - dates.x0 > _POINT_INDENT * dates.size
    plain = not row.bold and not row.text.isupper()
    return is_bullet(row) or indented or (plain and len(row.text.split()) >= _TEXT_WORDS)


def _space_above(ln: Line) -> float:
    return ln.gap_before * ln.size


def _gaps_around(lines: list[Line], i: int, drop: set[int]) -> tuple[float, float] | None:
    """The space above the row ``i`` and under it, in points; None when the row under it is on
    another page (or there is none)."""
    below = next((j for j in range(i + 1, len(lines)) if j not in drop), None)
    ln = lines[i]
    if below is None or (lines[below].page, lines[below].column) != (ln.page, ln.column):
        return None
    return _space_above(ln), _space_above(lines[below])


def _wider(gap: float, other: float, size: float) -> bool:
    """``gap`` is an entry's gap beside ``other``: clearly wider, and more than a line's leading."""
    return gap >= _CLOSING_GAP_RATIO * other and gap >= _CLOSING_GAP_MIN * size


def _entry_first_row(lines: list[Line], rows: range, drop: set[int]) -> int | None:
    """Of ``rows`` (the text between the date row before and this one), the entry's first: the row
    under the last section heading among them, else the first after the dates that closed the
    entry before; None when the dates have no entry above them, or it shows a date already."""
    kept = [k for k in rows if k not in drop]
    # dates of the entry before that stay where they are (they share a row with text, say) end it too
    dated = [n for n, k in enumerate(kept) if _FRAGMENT_RE.match(lines[k].text) and find_dates(lines[k].text)]
    after_dates = bool(rows.start or dated)
    kept = kept[dated[-1] + 1 :] if dated else kept
    headed = [n for n, k in enumerate(kept[:-1]) if heading_kind(lines[k].text)]
    if not kept or not (headed or after_dates):
        return None
    first = kept[headed[-1] + 1] if headed else kept[0]
    if any(find_dates(lines[k].text) for k in kept[kept.index(first) : kept.index(first) + 2]):
        return None
    return first


def _place_range(lines: list[Line], i: int, header: int | None, text: str, drop: set[int]) -> None:
    """A mended range on its own row ``i``, or appended to the entry text on row ``header``."""
    if header is None:
        lines[i] = replace(lines[i], text=text)
    else:
        lines[header] = replace(lines[header], text=f"{lines[header].text.rstrip()} | {text}")
        drop.add(i)


def _join_rail_fragments(lines: list[Line], drop: set[int]) -> None:
    """A range a narrow rail wrapped at any word ("(MAR" / "2020–APR" / "2021)"): its pieces, one
    under the other in the rail and clear of the entry text beside them, joined on the first piece's
    row (or appended to the entry text on that row) when only together they make a whole range."""
    for i, ln in enumerate(lines):
        fragment = _FRAGMENT_RE.match(ln.text) or _lone_icon(ln.text)
        if i in drop or not ln.bottom or not fragment or not _wants_more(ln.text):
            continue
        header = _row_partner(lines, i)
        if header is None:
            header = _column_partner(lines, i)
        pieces, text = _rail_pieces(lines, i, drop, None if header is None else lines[header])
        if not pieces:
            continue
        _place_range(lines, i, header, text, drop)
        drop.update(pieces)


def _lone_icon(text: str) -> bool:
    """A calendar icon alone at the head of a rail whose range wraps under it ("🗓" / "08/01/2021-" /
    "01/01/2023"): a symbol or two, no list glyph, nothing else."""
    t = text.strip()
    return 0 < len(t) <= 2 and not any(c.isalnum() or c in BULLET_GLYPHS or c in "()[],.:;|" for c in t)


def rail_range(lines: list[Line], i: int, drop: set[int]) -> tuple[list[int], str]:
    """A range a narrow rail wrapped at any word, opened by ``lines[i]`` ("Summer 2020" / "until
    Summer" / "2023"): the indices of the pieces under it that complete it, and the joined text;
    none when ``lines[i]`` is no such opening piece. For a stage that reads the rail's rows before
    this one runs (side headings moving each date to its entry's row)."""
    ln = lines[i]
    if i in drop or not ln.bottom or not _FRAGMENT_RE.match(ln.text) or not _wants_more(ln.text):
        return [], ""
    return _rail_pieces(lines, i, drop, None)


def _join_dash_led_closings(lines: list[Line], drop: set[int]) -> None:
    """A range wrapped before its dash ("Senior Engineer, Acme ... 09/2016" / "– 03/2020"): the
    dash-led closing half joins the line on the row above that ends on the lone start date. In a
    rail the reader may run the closing half into the entry text beside it ("– To date) Acme"):
    when it starts at the rail's edge, the text after it stays where it is."""
    for j, ln in enumerate(lines):
        if j in drop or not _DASH_CLOSE_RE.match(ln.text):
            continue
        for i in range(j - 1, max(-1, j - 4), -1):
            above = lines[i]
            if i in drop:
                continue
            if ln.top and above.top:
                pitch = T.WRAP_MAX_PITCH * max(above.size, T.MIN_FONT_SIZE)
                if above.page != ln.page or not 0 < ln.top - above.top <= pitch:
                    continue
            elif i != j - 1:
                break
            found = find_dates(above.text)
            if found and found.start is None and not above.text[found.span[1] :].strip():
                closing = _DASH_CLOSE_RE.match(ln.text)
                rest = (closing.group("rest") or "") if closing else ""
                if rest and not (ln.top and abs(ln.x0 - above.x0) <= T.RAIL_ALIGN):
                    break  # text after the closing half only where the rail's edge shows it
                lines[i] = replace(
                    above, text=f"{above.text.rstrip()} {closing.group('date') if closing else ''}"
                )
                if rest:
                    lines[j] = replace(ln, text=rest)
                else:
                    drop.add(j)
                break


def _column_partner(lines: list[Line], i: int) -> int | None:
    """The entry text on the row of a rail piece when the reader took the rail for a column of its
    own (read before or after the text beside it): a line of another column on the same row, the
    nearest beside the piece and no further than the rail's gap; any distance when the piece's
    column holds nothing but date pieces (a right rail beside short titles)."""
    ln = lines[i]
    reach = _RAIL_GAP * max(ln.size, T.MIN_FONT_SIZE)
    best: tuple[float, int] | None = None
    for j, other in enumerate(lines):
        if j == i or other.column == ln.column or not other.top or not same_row(ln, other):
            continue
        gap = other.x0 - ln.x1 if other.x0 >= ln.x1 else ln.x0 - other.x1 if other.x1 <= ln.x0 else -1.0
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, j)
    if best is None or (best[0] > reach and not _dates_only_column(lines, ln)):
        return None
    return best[1]


def _dates_only_column(lines: list[Line], ln: Line) -> bool:
    """Every line of ``ln``'s column on its page, in its width, is a piece of a date (a rail)."""
    rail = [o for o in lines if (o.page, o.column) == (ln.page, ln.column) and overlap_across(o, ln)]
    return all(_FRAGMENT_RE.match(o.text) for o in rail)


def _rail_pieces(lines: list[Line], i: int, drop: set[int], header: Line | None) -> tuple[list[int], str]:
    """The rail pieces under ``lines[i]`` that complete its range, and the joined text; none when
    the next pieces down the rail never make a whole range."""
    last, text, pieces = lines[i], lines[i].text.strip(), list[int]()
    for j in range(i + 1, min(len(lines), i + 8)):
        other = lines[j]
        pitch = T.WRAP_MAX_PITCH * max(last.size, T.MIN_FONT_SIZE)
        if j in drop or other.page != last.page or not 0 < other.top - last.top <= pitch:
            continue
        aligned = abs(other.x1 - last.x1) <= T.RAIL_ALIGN or abs(other.x0 - last.x0) <= T.RAIL_ALIGN
        if not (aligned or _in_rail(last, other, header)) or not _FRAGMENT_RE.match(other.text):
            continue
        glue = (
            "" if _CUT_NUMBER_RE.search(text) and other.text.strip()[:1].isdigit() else " "
        )  # "FEB-" + "2023"
        text, last = f"{text}{glue}{other.text.strip()}", other
        pieces.append(j)
        if not _wants_more(text):
            return pieces, text
        if len(pieces) == _RAIL_MAX_PIECES:
            break
    return [], ""


def _wants_more(text: str) -> bool:
    """Whether a rail piece still lacks part of its range: an end, or the month of a year-first end
    the rail pushed to the next row ("From 2022 Jan to 2023" / "Oct")."""
    if not _whole_range(text):
        return True
    found = find_dates(text)
    start, end = (found.start, found.end) if found else (None, None)
    return bool(start and end and len(start) == 7 and len(end) == 4 and re.search(r"\d{4}\s*$", text))


def _whole_range(text: str) -> bool:
    """Whether ``text`` holds a range with both ends, and is not cut inside a date ("Since 2020-")."""
    if _CUT_NUMBER_RE.search(text) or _DANGLING_DASH_RE.search(text) or _MONTH_END_RE.search(text):
        return False
    if not _JOINER_RE.search(text):  # two lone dates of a column ("2019" / "2021") make no range
        return False
    found = find_dates(text)
    return found is not None and found.start is not None and found.end is not None


def _joined(opening: str, closing: str, cut: bool) -> str | None:
    """The two halves of a broken range as one text; None when they do not make one ("… to 01-"
    cut inside its end date closes only with that date's year).

    >>> _joined("Dates: Januar 2023 -", "- Mai 2026", cut=False)
    'Dates: Januar 2023 - Mai 2026'
    >>> _joined("From 03-2023 to 01-", "2025", cut=True)
    'From 03-2023 to 01-2025'
    """
    if cut:
        return opening + closing.strip() if _YEAR_CLOSE_RE.match(closing) else None
    m = _CLOSE_RE.match(closing)
    if m is not None and m.group("dash") and re.search(r"[-–—−]$", opening):
        closing = closing[m.end("dash") :]
    return f"{opening} {closing.strip()}"


def _join_stacked_labels(lines: list[Line], drop: set[int]) -> set[int]:
    """A range drawn as two labels in a rail, the start above the entry's row and the end below it
    (a timeline bar between them): both moved to that row as one range, "2014 – 2016". The start
    label may have been read into the row itself ("2014 Tutor, ..." over a lone "2016"). Returns
    the indices of the labels moved (``drop`` gets them too)."""
    moved = set[int]()
    for j, low in enumerate(lines):
        if j in drop or not low.top or not _LABEL_RE.fullmatch(low.text.strip()):
            continue
        found = _stack_above(lines, j, drop)
        if found is None:
            continue
        row, start, up = found
        text = lines[row].text.strip()
        if up is None:  # the start read into the row: "2014 Tutor, ..."
            text = text[len(start) :].strip()
        lines[row] = replace(lines[row], text=f"{text} | {start} – {low.text.strip()}")
        moved |= {j} if up is None else {j, up}
    drop |= moved
    if moved:
        _open_start_labels(lines, drop)
    return moved


def _open_start_labels(lines: list[Line], drop: set[int]) -> None:
    """In a rail that draws ranges as label pairs, a role still going shows its start label alone,
    above its entry's row (the bar runs on to the page's edge, no end label under it): the label
    says so where it stands, "since 2021" (the entry's header reads a date line above it)."""
    for i, up in enumerate(lines):
        if i in drop or not up.top or not _LABEL_RE.fullmatch(up.text.strip()):
            continue
        up_mid = (up.top + up.bottom) / 2
        for h in range(i + 1, min(len(lines), i + 3)):
            row = lines[h]
            margin = _STACK_MARGIN * max(row.size, T.MIN_FONT_SIZE)
            if h in drop or row.page != up.page or not up.top < row.top < up.bottom:
                continue
            if (
                (row.top + row.bottom) / 2 - up_mid > margin
                and _beside(up, row)
                and find_dates(row.text) is None
            ):
                lines[i] = replace(up, text=f"since {up.text.strip()}")
                break


def _stack_above(lines: list[Line], j: int, drop: set[int]) -> tuple[int, str, int | None] | None:
    """For a lone date label ``lines[j]``, the entry row it closes and the start label above it:
    (the row's index, the start date, the start label's index or None when the start was read
    into the row). The row's middle lies between the two labels' middles, and both labels sit
    beside the row's text, clear of it; a plain column of one date a row never has that shape."""
    low = lines[j]
    low_mid = (low.top + low.bottom) / 2
    pitch = T.WRAP_MAX_PITCH * max(low.size, T.MIN_FONT_SIZE)
    for h in range(max(0, j - 3), min(len(lines), j + 2)):
        row = lines[h]
        row_mid = (row.top + row.bottom) / 2
        margin = _STACK_MARGIN * max(row.size, T.MIN_FONT_SIZE)
        if h == j or h in drop or row.page != low.page or not low_mid - row_mid > margin:
            continue
        if not row.top < low.top < row.bottom:
            continue
        lead = _LEADING_LABEL_RE.match(row.text)
        if lead and low.x0 < row.x0 and low.x1 < row.x0 + _lead_width(row, lead.group(1)):
            if _ascending(lead.group(1), low.text):
                return h, lead.group(1), None
            continue
        if not _beside(low, row):
            continue
        for i in range(max(0, j - 3), j):
            up = lines[i]
            up_mid = (up.top + up.bottom) / 2
            if i in drop or i == h or up.page != low.page or not 0 < low.top - up.top <= pitch:
                continue
            above = row_mid - up_mid > margin and up.top < row.top < up.bottom
            if (
                above
                and _LABEL_RE.fullmatch(up.text.strip())
                and _beside(up, row)
                and _ascending(up.text, low.text)
            ):
                return h, up.text.strip(), i
    return None


def _beside(label: Line, row: Line) -> bool:
    return label.x1 <= row.x0 or label.x0 >= row.x1


def _lead_width(row: Line, lead: str) -> float:
    """About how wide the date at the start of ``row`` is drawn (its share of the row's text)."""
    return (row.x1 - row.x0) * (len(lead) + 1) / max(len(row.text), 1)


def _ascending(start: str, end: str) -> bool:
    a, b = normalize_date(start.strip()), normalize_date(end.strip())
    return a is not None and b is not None and a[:4] <= b[:4]


def _strip_durations(lines: list[Line]) -> list[Line]:
    """The lines, without the duration some templates print right after a range ("Sept. 2022 -
    Mai 2024 1 an 8 mois Outreach Chair", "Jan 2020 – Present · 2 yrs 3 mos")."""
    out = list(lines)
    for i, ln in enumerate(out):
        m = RANGE_RE.search(ln.text) if _DURATION_ANY_RE.search(ln.text) else None
        after = _DURATION_AFTER_RE.match(ln.text, m.end()) if m else None
        if m and after and after.end() > m.end():
            text = f"{ln.text[: m.end()]} {ln.text[after.end() :].strip()}".strip()
            out[i] = replace(ln, text=text)
    return out


def _duration_lines(lines: list[Line], drop: set[int]) -> set[int]:
    """Lines that only say how long the range printed above them lasted ("4 ans 10 mois" under
    "Févr. 2022 - Aujourd'hui"): the line right above when the lines have no geometry, else a dated
    line just above it and over it."""
    found = set[int]()
    for i, ln in enumerate(lines):
        if i in drop or not DURATION_RE.match(ln.text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            above = lines[j]
            if ln.top and above.top:
                pitch = T.WRAP_MAX_PITCH * max(above.size, ln.size, T.MIN_FONT_SIZE)
                near = above.page == ln.page and 0 < ln.top - above.top <= pitch and overlap_across(above, ln)
            else:
                near = j == i - 1
            if near and j not in drop and find_dates(above.text) is not None:
                found.add(i)
                break
    return found


def _closing_fragment(lines: list[Line], i: int, header: Line | None) -> tuple[int, str, str] | None:
    """The "Present" under an open "Mar 2021 –" in the same rail, on the next row: (line index, the
    closing date, what is left of that line). The reader may have kept it as its own segment or run
    it into the description beside it ("... into the warehouse. Present"), at the rail's edge. A
    rail set as a paragraph starts its second row further out ("02/2022 –" indented over "present"):
    a closing segment under the open one and clear of the entry text beside it (``header``) counts."""
    ln = lines[i]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    for j in range(i + 1, min(len(lines), i + 6)):
        other = lines[j]
        across = _across_break(lines, i, j)
        if not across and (other.page != ln.page or not 0 < other.top - ln.top <= pitch):
            continue
        right = abs(other.x1 - ln.x1) <= T.RAIL_ALIGN
        left = abs(other.x0 - ln.x0) <= T.RAIL_ALIGN
        near = right or left
        if not across:
            near = near or abs(other.x1 - ln.x1) <= T.WRAP_INDENT_RIGHT or _in_rail(ln, other, header)
        if near and _CLOSE_RE.match(other.text):
            return j, other.text.strip(), ""
        for aligned, pattern in ((right, _CLOSE_RIGHT_RE), (left, _CLOSE_LEFT_RE)):
            m = pattern.match(other.text) if aligned else None
            if m is not None and (m.group("rest") or "").strip():
                return j, m.group("date"), m.group("rest").strip()
    return None


def _across_break(lines: list[Line], i: int, j: int) -> bool:
    """``lines[i]`` is on its page's last row of text and ``lines[j]`` on the next page's first (page
    furniture already gone): a table row the page broke, its dates cell with it ("07/2008 -" at the
    foot of one page, "12/2011" at the head of the next)."""
    ln, other = lines[i], lines[j]
    if other.page != ln.page + 1 or not ln.top or not other.top:
        return False
    between = lines[i + 1 : j]
    below = any(o.page == ln.page and o.top > ln.top + T.SAME_ROW for o in between)
    above = any(o.page == other.page and o.top < other.top - T.SAME_ROW for o in between)
    return not below and not above


def _in_rail(ln: Line, other: Line, header: Line | None) -> bool:
    """``other`` lies under ``ln`` and on the same side of the entry text beside ``ln``."""
    if header is None or not overlap_across(ln, other):
        return False
    if ln.x1 <= header.x0:
        return other.x1 <= header.x0
    return ln.x0 >= header.x1 and other.x0 >= header.x1


def _row_partner(lines: list[Line], i: int) -> int | None:
    """The entry text on the same printed row as a rail fragment (the nearest segment beside it)."""
    ln = lines[i]
    best: tuple[float, int] | None = None
    for j in range(max(0, i - 4), min(len(lines), i + 5)):
        other = lines[j]
        if j == i or other.page != ln.page or abs(other.top - ln.top) >= T.SAME_ROW:
            continue
        if other.x0 >= ln.x1 or other.x1 <= ln.x0:
            distance = min(abs(other.x0 - ln.x1), abs(ln.x0 - other.x1))
            if best is None or distance < best[0]:
                best = (distance, j)
    return best[1] if best else None


# the text after an open range's dash begins with the range's end: a word for "now" or a date
_LEADING_END_RE = re.compile(rf"\s*(?:{PRESENT_PATTERN}|{_DATE})(?![^\W\d_])", re.IGNORECASE)


def _mend_text_pair(lines: list[Line], i: int) -> bool:
    """The rail read into the text: move the closing half up to the header line's range."""
    a, b = lines[i], lines[i + 1]
    for open_re, close_re in ((_OPEN_LEFT_RE, _CLOSE_LEFT_RE), (_OPEN_RIGHT_RE, _CLOSE_RIGHT_RE)):
        first, second = open_re.match(a.text), close_re.match(b.text)
        if first is None or second is None or _LEADING_END_RE.match(first.group("rest")):
            continue  # "09/2019 – present Freelance …": the range is whole on its row
        date = f"{first.group('date')} {second.group('date')}"
        head, tail = first.group("rest").strip(), (second.group("rest") or "").strip()
        if head.endswith("-") and tail[:1].islower():  # "... Sciences Depart-" / "ment, Madison, WI"
            head, tail = dehyphenate_join(head, tail), ""
        lines[i] = replace(a, text=f"{head} | {date}")
        lines[i + 1] = replace(b, text=tail)
        return True
    return False


# "Sep 2021 – May", "Fall 2019 – Spring": a range whose end year a narrow date column pushed to the
# next row
_OPEN_MONTH_RE = re.compile(rf"{YEAR_PATTERN}\s*[-–—]\s*(?:{MONTH_PATTERN}|{SEASON_PATTERN})$", re.IGNORECASE)
_MONTH_ONLY_RE = re.compile(MONTH_PATTERN, re.IGNORECASE)
_LEADING_DASH_RE = re.compile(r"^\s*[-–—]\s+(?=\S)")
_LONE_DASH_RE = re.compile(r"[-–—]")


def mend_broken_ranges(lines: list[Line]) -> list[Line]:
    """A date range a narrow date column broke over two rows, put back on its first row: after
    the end month ("Sep 2021 – May" / "2025"), or after the dash where the reader ran the dash into
    the text beside it ("10/2017" + "– MSc, Statistics" / "09/2018").

    >>> [ln.text for ln in mend_broken_ranges([Line("Sep 2021 – May", x0=72, x1=157, top=460, size=10),
    ...     Line("B.S., Biology", x0=169, x1=260, top=460, size=10),
    ...     Line("2025", x0=72, x1=95, top=472, size=10)])]
    ['Sep 2021 – May 2025', 'B.S., Biology']
    """
    out, used = _mend_ranges(lines)
    return [ln for k, ln in enumerate(out) if k not in used]


def _mend_ranges(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """:func:`mend_broken_ranges`, keeping every line: (the lines, the indices of closing halves
    moved up to their first row)."""
    out, used = _join_date_pieces(lines)
    for i, ln in enumerate(out):
        text = ln.text.strip()
        if not ln.top or i in used:
            continue
        dash = _dash_beside(out, i) if DATE_RE.fullmatch(text) else None  # one date, not a range
        if not (_OPEN_MONTH_RE.search(text) or dash is not None):
            continue
        j = _closing_below(out, i, used, year_only=dash is None)
        if j is None:
            continue
        joiner = " – " if dash is not None else " "
        out[i] = replace(ln, text=f"{text}{joiner}{out[j].text.strip()}")
        if dash is not None:
            out[dash] = replace(out[dash], text=_LEADING_DASH_RE.sub("", out[dash].text, count=1))
        used.add(j)
    _mend_margin_wraps(out, used)
    return out, used


def _mend_margin_wraps(lines: list[Line], used: set[int]) -> None:
    """A date set at the right end of an entry's row (a tab stop) and too long for it goes on at the
    row's left margin, as any wrapped line does: "Sep" / "2021 – Present", "Jun 2014 –" / "May
    2018", "Oct 2020 – Mar" / "2021". The next row, when it is only the rest of the range, joins the
    piece; ``used`` gets its index."""
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if i in used or not ln.top:
            continue
        month = bool(_MONTH_ONLY_RE.fullmatch(text))
        if not (month or _OPEN_MONTH_RE.search(text) or _OPEN_RE.match(text)):
            continue
        j = _margin_wrap(lines, i, used)
        if j is None:
            continue
        rest = lines[j].text.strip()
        joined = f"{text} {rest}"
        if month:
            whole = bool(RANGE_RE.fullmatch(joined) or DATE_RE.fullmatch(joined))
        elif _OPEN_RE.match(text):
            whole = bool(_CLOSE_RE.match(rest))
        else:
            whole = closes_range(rest, year_only=True)
        if whole:
            lines[i] = replace(ln, text=joined)
            used.add(j)


def _margin_wrap(lines: list[Line], i: int, used: set[int]) -> int | None:
    """The line ``lines[i]`` wrapped onto: ``lines[i]`` ends its row, after the row's text (its
    header), and the next line starts the next row at that text's left edge, a line's pitch below
    and clear of ``lines[i]``; None when there is no such line."""
    ln = lines[i]
    row = [k for k in range(max(0, i - 3), min(len(lines), i + 4)) if k != i and _on_row(ln, lines[k])]
    if not row or any(lines[k].x0 >= ln.x0 for k in row):
        return None
    left = min(lines[k].x0 for k in row)
    j = next((k for k in range(i + 1, min(len(lines), i + 4)) if k not in row and k not in used), None)
    if j is None:
        return None
    other = lines[j]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    below = other.page == ln.page and other.column == ln.column and 0 < other.top - ln.top <= pitch
    return j if below and abs(other.x0 - left) <= T.RAIL_ALIGN and other.x1 < ln.x0 else None


def _join_date_pieces(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """A month and its year drawn as two pieces of one row (a narrow rail set justified stretches
    the space between them), joined: "Jun" + "2020" -> "Jun 2020"; so is the range's dash after
    them ("Aug 2016" + "–"). (The lines, the indices of the pieces joined to the one before.)"""
    out, used = list(lines), set[int]()
    for pattern, follower in ((_MONTH_ONLY_RE, YEAR_RE), (DATE_RE, _LONE_DASH_RE)):
        for i in range(len(out) - 1):
            ln = out[i]
            j = next((k for k in range(i + 1, len(out)) if k not in used), None)
            if j is None or i in used or not ln.top or not pattern.fullmatch(ln.text.strip()):
                continue
            nxt = out[j]
            gap = nxt.x0 - ln.x1
            # (a lone dash after a date on its row is the range's, however far the rail set it)
            near = 0 <= gap <= T.DATE_PIECE_GAP * max(ln.size, T.MIN_FONT_SIZE) or (
                gap >= 0 and follower is _LONE_DASH_RE
            )
            if near and same_row(ln, nxt) and follower.fullmatch(nxt.text.strip()):
                out[i] = replace(ln, text=f"{ln.text.strip()} {nxt.text.strip()}", x1=nxt.x1)
                used.add(j)
    return out, used


def _dash_beside(lines: list[Line], i: int) -> int | None:
    """The line right of ``lines[i]`` on its row that starts with the range's dash."""
    ln = lines[i]
    for j in range(max(0, i - 2), min(len(lines), i + 3)):
        other = lines[j]
        if j != i and _on_row(ln, other) and other.x0 >= ln.x1 and _LEADING_DASH_RE.match(other.text):
            return j
    return None


def _closing_below(lines: list[Line], i: int, used: set[int], *, year_only: bool) -> int | None:
    """The row right below ``lines[i]`` and under it whose whole text closes the range
    (:func:`closes_range`)."""
    ln = lines[i]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    for j in range(i + 1, min(len(lines), i + 4)):
        other, text = lines[j], lines[j].text.strip()
        below = other.page == ln.page and 0 < other.top - ln.top <= pitch
        if j in used or not below or not overlap_across(ln, other):
            continue
        if closes_range(text, year_only=year_only):
            return j
    return None


def _on_row(a: Line, b: Line) -> bool:
    near = abs(a.top - b.top) <= T.SIDE_ROW * max(a.size, b.size, T.MIN_FONT_SIZE)
    return bool(a.top) and near and (a.page, a.column) == (b.page, b.column)
