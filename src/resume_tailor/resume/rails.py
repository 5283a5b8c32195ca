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
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import DATE_RE, MONTH_PATTERN, PRESENT_PATTERN, PRESENT_RE, SEASON_PATTERN
from resume_tailor.resume.lines import Line, same_row
from resume_tailor.resume.working import LayoutDoc

_DASH = r"(?:-{1,2}|–|—|‒|−|\bto\b)"
_DATE = DATE_RE.pattern.replace("(?P<date>", "(?:")
_END = rf"(?:{_DATE}|{PRESENT_PATTERN})"
# "Mar 2021 –" alone (a rail segment) and "Present" / "Feb 2021" alone (its closing half)
_OPEN_RE = re.compile(rf"^\s*(?:{_DATE})\s*{_DASH}\s*$", re.IGNORECASE)
_CLOSE_RE = re.compile(rf"^\s*{_END}\s*$", re.IGNORECASE)
# the same read into the entry's own lines: "Mar 2021 – Data Engineer" / "Present Building ..."
_OPEN_LEFT_RE = re.compile(rf"^\s*(?P<date>(?:{_DATE})\s*{_DASH})\s+(?P<rest>[A-Za-z(].*)$", re.IGNORECASE)
_CLOSE_LEFT_RE = re.compile(rf"^\s*(?P<date>{_END})(?:\s+|\s*[|:]\s*)(?P<rest>\S.*)?$", re.IGNORECASE)
_OPEN_RIGHT_RE = re.compile(rf"^(?P<rest>.*?\S)\s+(?P<date>(?:{_DATE})\s*{_DASH})\s*$", re.IGNORECASE)
_CLOSE_RIGHT_RE = re.compile(rf"^(?P<rest>.*?)\s*(?P<date>{_END})\s*$", re.IGNORECASE)


def mend_date_rails(doc: LayoutDoc) -> None:
    """Stage: rejoin date ranges broken over two rows of a date rail (see the module docstring)."""
    lines, drop = _mend_ranges(doc.lines)
    for i, ln in enumerate(lines):
        if i in drop or not _OPEN_RE.match(ln.text) or not ln.bottom:
            continue
        closing = _closing_fragment(lines, i)
        if closing is None:
            continue
        j, end, rest = closing
        header = _row_partner(lines, i)
        text = f"{ln.text.strip()} {end}"
        if header is None:
            lines[i] = replace(ln, text=text)
        else:
            lines[header] = replace(lines[header], text=f"{lines[header].text.rstrip()} | {text}")
            drop.add(i)
        if rest:
            lines[j] = replace(lines[j], text=rest)
        else:
            drop.add(j)
    for i in range(len(lines) - 1):
        if i not in drop and i + 1 not in drop and _mend_text_pair(lines, i) and not lines[i + 1].text:
            drop.add(i + 1)
    doc.lines = lines
    doc.keep(
        [k for k in range(len(lines)) if k not in drop],
        dict.fromkeys(drop, "date rail fragment, moved to its entry's header row"),
    )


def _closing_fragment(lines: list[Line], i: int) -> tuple[int, str, str] | None:
    """The "Present" under an open "Mar 2021 –" in the same rail, on the next row: (line index, the
    closing date, what is left of that line). The reader may have kept it as its own segment or run
    it into the description beside it ("... into the warehouse. Present"), at the rail's edge."""
    ln = lines[i]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    for j in range(i + 1, min(len(lines), i + 6)):
        other = lines[j]
        if other.page != ln.page or not 0 < other.top - ln.top <= pitch:
            continue
        right = abs(other.x1 - ln.x1) <= T.RAIL_ALIGN
        left = abs(other.x0 - ln.x0) <= T.RAIL_ALIGN
        if (right or left or abs(other.x1 - ln.x1) <= T.WRAP_INDENT_RIGHT) and _CLOSE_RE.match(other.text):
            return j, other.text.strip(), ""
        for aligned, pattern in ((right, _CLOSE_RIGHT_RE), (left, _CLOSE_LEFT_RE)):
            m = pattern.match(other.text) if aligned else None
            if m is not None and (m.group("rest") or "").strip():
                return j, m.group("date"), m.group("rest").strip()
    return None


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


def _mend_text_pair(lines: list[Line], i: int) -> bool:
    """The rail read into the text: move the closing half up to the header line's range."""
    a, b = lines[i], lines[i + 1]
    for open_re, close_re in ((_OPEN_LEFT_RE, _CLOSE_LEFT_RE), (_OPEN_RIGHT_RE, _CLOSE_RIGHT_RE)):
        first, second = open_re.match(a.text), close_re.match(b.text)
        if first is None or second is None or PRESENT_RE.match(first.group("rest").strip()):
            continue
        date = f"{first.group('date')} {second.group('date')}"
        lines[i] = replace(a, text=f"{first.group('rest').strip()} | {date}")
        lines[i + 1] = replace(b, text=(second.group("rest") or "").strip())
        return True
    return False


# "Sep 2021 – May", "Fall 2019 – Spring": a range whose end year a narrow date column pushed to the
# next row
_OPEN_MONTH_RE = re.compile(
    rf"(?:19|20)\d{{2}}\s*[-–—]\s*(?:{MONTH_PATTERN}|{SEASON_PATTERN})$", re.IGNORECASE
)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_MONTH_ONLY_RE = re.compile(MONTH_PATTERN, re.IGNORECASE)
_LEADING_DASH_RE = re.compile(r"^\s*[-–—]\s+(?=\S)")


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
        j = _closing_below(out, i, used, _YEAR_RE if dash is None else None)
        if j is None:
            continue
        joiner = " – " if dash is not None else " "
        out[i] = replace(ln, text=f"{text}{joiner}{out[j].text.strip()}")
        if dash is not None:
            out[dash] = replace(out[dash], text=_LEADING_DASH_RE.sub("", out[dash].text, count=1))
        used.add(j)
    return out, used


def _join_date_pieces(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """A month and its year drawn as two pieces of one row (a narrow rail set justified stretches
    the space between them), joined: "Jun" + "2020" -> "Jun 2020". (The lines, the indices of the
    years joined to their month.)"""
    out, used = list(lines), set[int]()
    for i in range(len(out) - 1):
        ln, year = out[i], out[i + 1]
        if i in used or not ln.top or not _MONTH_ONLY_RE.fullmatch(ln.text.strip()):
            continue
        gap = year.x0 - ln.x1
        near = 0 <= gap <= T.DATE_PIECE_GAP * max(ln.size, T.MIN_FONT_SIZE)
        if near and same_row(ln, year) and _YEAR_RE.fullmatch(year.text.strip()):
            out[i] = replace(ln, text=f"{ln.text.strip()} {year.text.strip()}", x1=year.x1)
            used.add(i + 1)
    return out, used


def _dash_beside(lines: list[Line], i: int) -> int | None:
    """The line right of ``lines[i]`` on its row that starts with the range's dash."""
    ln = lines[i]
    for j in range(max(0, i - 2), min(len(lines), i + 3)):
        other = lines[j]
        if j != i and _on_row(ln, other) and other.x0 >= ln.x1 and _LEADING_DASH_RE.match(other.text):
            return j
    return None


def _closing_below(
    lines: list[Line], i: int, used: set[int], year_only: re.Pattern[str] | None
) -> int | None:
    """The row right below ``lines[i]`` and under it whose whole text closes the range: a year
    (``year_only``), else a date or a word for "now"."""
    ln = lines[i]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    for j in range(i + 1, min(len(lines), i + 4)):
        other, text = lines[j], lines[j].text.strip()
        below = other.page == ln.page and 0 < other.top - ln.top <= pitch
        if j in used or not below or not _overlap(ln, other):
            continue
        closes = year_only.fullmatch(text) if year_only else DATE_RE.fullmatch(text) or PRESENT_RE.match(text)
        if closes:
            return j
    return None


def _on_row(a: Line, b: Line) -> bool:
    near = abs(a.top - b.top) <= T.SIDE_ROW * max(a.size, b.size, T.MIN_FONT_SIZE)
    return bool(a.top) and near and (a.page, a.column) == (b.page, b.column)


def _overlap(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1
