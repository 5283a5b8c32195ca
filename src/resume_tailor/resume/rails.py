"""Date rails: a date column beside the entries whose range breaks over two rows.

Templates such as LaTeX moderncv print each entry's dates in a narrow column on the left (or right)
of the entry. A range that does not fit breaks after its dash::

    Mar 2021 –   Data Engineer, Acme Corp, Austin
    Present      Building pipelines that ...

Read row by row, the closing "Present" lands in the first description line and the role looks one
month long. This stage puts the two halves of the range back together on the entry's header row,
whether the rail is a separate segment (PDF geometry) or was read into the same line of text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import DATE_RE, PRESENT_RE
from resume_tailor.resume.lines import Line
from resume_tailor.resume.working import LayoutDoc

_DASH = r"(?:-{1,2}|–|—|‒|−|\bto\b)"
_DATE = DATE_RE.pattern.replace("(?P<date>", "(?:")
_END = rf"(?:{_DATE}|present|current(?:ly)?|now|today|ongoing|to\s+date)"
# "Mar 2021 –" alone (a rail segment) and "Present" / "Feb 2021" alone (its closing half)
_OPEN_RE = re.compile(rf"^\s*(?:{_DATE})\s*{_DASH}\s*$", re.IGNORECASE)
_CLOSE_RE = re.compile(rf"^\s*{_END}\s*$", re.IGNORECASE)
# the same read into the entry's own lines: "Mar 2021 – Data Engineer" / "Present Building ..."
_OPEN_LEFT_RE = re.compile(rf"^\s*(?P<date>(?:{_DATE})\s*{_DASH})\s+(?P<rest>[A-Za-z(].*)$", re.IGNORECASE)
_CLOSE_LEFT_RE = re.compile(rf"^\s*(?P<date>{_END})(?:\s+|\s*[|:]\s*)(?P<rest>\S.*)?$", re.IGNORECASE)
_OPEN_RIGHT_RE = re.compile(rf"^(?P<rest>.*\S)\s+(?P<date>(?:{_DATE})\s*{_DASH})\s*$", re.IGNORECASE)
_CLOSE_RIGHT_RE = re.compile(rf"^(?P<rest>.*?)\s*(?P<date>{_END})\s*$", re.IGNORECASE)


def mend_date_rails(doc: LayoutDoc) -> None:
    """Stage: rejoin date ranges broken over two rows of a date rail (see the module docstring)."""
    lines = list(doc.lines)
    drop: set[int] = set()
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
