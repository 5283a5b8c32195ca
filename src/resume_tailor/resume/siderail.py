"""Side headings: section titles and dates in a narrow column beside the text they label.

Some templates (JSON Resume "paper", moderncv "fancy", Europass) print every section heading, and
often each entry's dates, in a left-hand column on the same row as the section's first line. The PDF
reader sees two columns and reads the headings first, then all the content, so every section but
the last comes out empty. This stage recognises such a column - it holds the page's section
headings while the other columns hold none - and reads the page row by row instead, with each date
of the side column moved onto the entry row beside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import beside_dates
from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.labels import entry_label
from resume_tailor.resume.lines import Line, same_row, strip_bullet
from resume_tailor.resume.rails import rail_range
from resume_tailor.resume.sentences import ends_with_abbreviation
from resume_tailor.resume.working import LayoutDoc


def interleave_side_headings(doc: LayoutDoc) -> None:
    """Stage: read pages whose section headings sit in a side column row by row."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(doc.lines):
        by_page[ln.page].append(i)
    sides = {page: _side_column(doc.lines, idx) for page, idx in by_page.items()}
    _carry_side_column(doc.lines, by_page, sides)
    for number, idx in by_page.items():
        by_page[number] = _split_run_in_headings(doc, idx, sides[number])
    lines = list(doc.lines)
    order: list[int] = []
    merged: set[int] = set()
    why: dict[int, str] = {}
    for number, idx in by_page.items():
        side = sides[number]
        if side is None:
            order.extend(idx)
            continue
        page = {i: lines[i] for i in idx}
        labelled = _attach_side_labels(lines, page, idx, side)
        merged.update(labelled)
        why.update(labelled)
        joined = _join_broken_ranges(lines, page, idx, side)
        merged.update(joined)
        why.update(joined)
        for i in idx:
            if i in page and lines[i].column == side and _is_date_only(lines[i].text):
                partner = _entry_row(page, i, side)
                if partner is not None:
                    text = f"{lines[partner].text.rstrip()} | {lines[i].text.strip()}"
                    lines[partner] = page[partner] = replace(lines[partner], text=text)
                    merged.add(i)
        kept = [i for i in idx if i not in merged]
        rows = sorted(kept, key=lambda i: (_row_top(lines, kept, i, side), lines[i].x0))
        for i in rows:
            lines[i] = replace(lines[i], column=0)
        order.extend(rows)
    doc.lines = lines
    doc.keep(order, {i: why.get(i, "date in a side column, moved to its entry's row") for i in merged})


def _attach_side_labels(
    lines: list[Line], page: dict[int, Line], idx: list[int], side: int
) -> dict[int, str]:
    """A form's label column ("Dates", "Occupation or position held") beside the values: a label
    wrapped over two rows is joined, and a label with a value on its row is put in front of it
    ("Dates: Aug 2016 - present"); one with none (the activities above their list) stays a line.
    Returns the side lines that went, and why."""
    gone: dict[int, str] = {}
    side_idx = [i for i in idx if lines[i].column == side]
    for a, b in zip(side_idx, side_idx[1:], strict=False):
        joined = f"{lines[a].text.strip()} {lines[b].text.strip()}"
        pitch = T.WRAP_MAX_PITCH * max(lines[a].size, T.MIN_FONT_SIZE)
        if (
            a not in gone
            and 0 < lines[b].top - lines[a].top <= pitch
            and entry_label(lines[a].text) is None
            and entry_label(joined) is not None
        ):
            lines[a] = page[a] = replace(lines[a], text=joined, bottom=lines[b].bottom)
            gone[b] = "the second line of a wrapped label, joined to the first"
            del page[b]
    for i in side_idx:
        label = entry_label(lines[i].text) if i not in gone else None
        if label is None or label.value or label.role == "bullets":
            continue
        partner = _row_partner(page, i, side)
        if partner is None or entry_label(lines[partner].text) is not None:
            continue
        text = f"{lines[i].text.strip()}: {lines[partner].text.strip()}"
        lines[partner] = page[partner] = replace(lines[partner], text=text)
        gone[i] = "a label in a side column, put in front of the value on its row"
        del page[i]
    return gone


def _join_broken_ranges(
    lines: list[Line], page: dict[int, Line], idx: list[int], side: int
) -> dict[int, str]:
    """A range the side column broke over rows ("Summer 2020" / "until Summer" / "2023") is joined
    on its first row before the dates move to their entries' rows: each piece alone is no range,
    or only half of one. Returns the side lines that went, and why."""
    gone: dict[int, str] = {}
    for i in idx:
        if lines[i].column != side or i in gone or i not in page:
            continue
        pieces, text = rail_range(lines, i, set(gone) | (set(idx) - set(page)))
        if not pieces or any(lines[j].column != side for j in pieces):
            continue
        lines[i] = page[i] = replace(lines[i], text=text)
        for j in pieces:
            gone[j] = "a piece of a range broken in the side column, joined to its first row"
            page.pop(j, None)
    return gone


def drop_flush_headings(doc: LayoutDoc) -> None:
    """Stage: a section name in a bigger font set flush after the text of its row is a word of a
    right-hand heading column that ran into the dates ("August 2016 - Now" + "Skills"). It names
    no section there - the section it names starts further down - so it goes.

    >>> doc = LayoutDoc(read=[])
    >>> doc.lines = [Line("Acme 2020 - Now", top=100, bottom=112, x0=50, x1=300, size=12),
    ...              Line("Skills", top=98, bottom=114, x0=300, x1=340, size=16)]
    >>> doc.origin = [0, 1]
    >>> drop_flush_headings(doc); [ln.text for ln in doc.lines], doc.dropped
    (['Acme 2020 - Now'], {1: 'a section name set flush after the text of its row: not a heading'})
    """
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(doc.lines):
        if ln.bottom:
            by_page[ln.page].append(i)
    flush = {
        i
        for idx in by_page.values()
        for i in idx
        if _short_heading(doc.lines[i].text) and any(_flush_before(doc.lines[j], doc.lines[i]) for j in idx)
    }
    if flush:
        why = "a section name set flush after the text of its row: not a heading"
        doc.keep([i for i in range(len(doc.lines)) if i not in flush], dict.fromkeys(flush, why))


def _flush_before(text: Line, head: Line) -> bool:
    """``text`` ends where ``head`` starts, on the same row, in a clearly smaller font."""
    overlap = min(text.bottom, head.bottom) - max(text.top, head.top)
    size = max(text.size, T.MIN_FONT_SIZE)
    return (
        text.column == head.column
        and overlap > 0.5 * (text.bottom - text.top)
        and 0 <= head.x0 - text.x1 < T.FLUSH_GAP * size
        and head.size >= text.size + T.HEADING_SIZE_STEP
    )


_CAPS_HEAD_RE = re.compile(r"^(?P<head>[A-Z][A-Z&/ ]{2,40}?)\s+(?P<rest>\S.*)$")


def _split_run_in_headings(doc: LayoutDoc, idx: list[int], side: int | None) -> list[int]:
    """A side heading long enough to touch the text beside it is read into that text's row
    ("VOLUNTEERING Volunteer Coordinator | Food Bank"): split it off at the heading column's edge.
    Returns the page's line indices with each new heading just before the rest of its row."""
    edges = _heading_edge(doc.lines, idx, side)
    if edges is None:
        return idx
    head_x0, text_x0 = edges
    out: list[int] = []
    for i in idx:
        ln = doc.lines[i]
        m = _CAPS_HEAD_RE.match(ln.text)
        if m is not None and ln.column != side and abs(ln.x0 - head_x0) <= T.HEADING_ALIGN:
            head = m.group("head").strip()
            if _short_heading(head) and not m.group("rest").isupper():
                column = side if side is not None else ln.column
                doc.lines.append(replace(ln, text=head, x1=text_x0 - T.SEGMENT_GAP, column=column))
                doc.origin.append(doc.origin[i])
                out.append(len(doc.lines) - 1)
                rest_column = ln.column or (side + 1 if side is not None else 0)
                doc.lines[i] = replace(ln, text=m.group("rest"), x0=text_x0, column=rest_column)
        out.append(i)
    return out


def _heading_edge(lines: list[Line], idx: list[int], side: int | None) -> tuple[float, float] | None:
    """(left edge of the heading column, left edge of the text beside it) on a page whose
    capitalised section headings stand in a column of their own; None when they do not."""
    heads = [i for i in idx if lines[i].bottom and lines[i].text.isupper() and _short_heading(lines[i].text)]
    if side is not None:
        heads = [i for i in heads if lines[i].column == side]
    if len(heads) < 2 or max(lines[i].x0 for i in heads) - min(lines[i].x0 for i in heads) > T.HEADING_ALIGN:
        return None
    beside = [
        lines[j].x0
        for i in heads
        for j in idx
        if j != i and same_row(lines[i], lines[j]) and lines[j].x0 > lines[i].x1
    ]
    if len(beside) < 2:
        return None
    return min(lines[i].x0 for i in heads), min(beside)


def _row_top(lines: list[Line], idx: list[int], i: int, side: int) -> int:
    """Where a line sorts on its page: the top of its printed row (a date a point higher than the
    title beside it stays after the title, as the reader gave them); a side heading set a little
    lower than the first row of its section (a bigger font on a shared baseline) sorts with that
    row, before it."""
    ln = lines[i]
    if ln.column != side or not _short_heading(ln.text):
        row = [lines[j].top for j in idx if lines[j].column == ln.column and same_row(lines[j], ln)]
        return round(min(row, default=ln.top))
    level = [
        lines[j].top
        for j in idx
        if lines[j].column != side and lines[j].top < ln.top and lines[j].bottom > ln.top
    ]
    return round(min(level, default=ln.top))


def _carry_side_column(
    lines: list[Line], by_page: dict[int, list[int]], sides: dict[int, int | None]
) -> None:
    """A page whose side column is not told apart on its own (a long section carried over, most of
    the column with nothing beside it) keeps the side column of the page before: the column that
    stands in the same place and holds a section heading."""
    span: tuple[float, float] | None = None
    for number in sorted(by_page):
        idx, side = by_page[number], sides[number]
        if side is None and span is not None:
            candidates = sorted(
                {
                    lines[i].column
                    for i in idx
                    if lines[i].column and lines[i].bottom and _short_heading(lines[i].text)
                }
            )
            for column in candidates:
                col = [lines[i] for i in idx if lines[i].column == column]
                if all(
                    span[0] - T.HEADING_ALIGN <= ln.x0 and ln.x1 <= span[1] + T.HEADING_ALIGN for ln in col
                ):
                    sides[number] = side = column
                    break
        if side is not None:
            col = [lines[i] for i in idx if lines[i].column == side]
            span = (min(ln.x0 for ln in col), max(ln.x1 for ln in col))


def _short_heading(text: str) -> bool:
    return len(text.split()) <= T.UNKNOWN_HEADING_MAX_WORDS and heading_kind(text) is not None


def _side_column(lines: list[Line], idx: list[int]) -> int | None:
    """The column of the page that holds its section headings, when the other columns hold none
    and it stands left of them (headings label the text to their right)."""
    headings: dict[int, list[Line]] = defaultdict(list)
    columns: set[int] = set()
    for i in idx:
        ln = lines[i]
        if ln.column and ln.bottom:
            columns.add(ln.column)
            if _short_heading(ln.text):
                headings[ln.column].append(ln)
    if len(columns) < 2 or not headings:
        return None
    side = max(headings, key=lambda c: len(headings[c]))
    # a section word in the other columns' text ("... across nine" / "languages") set smaller
    # than every side heading is a word of the text, no heading competing with the side's
    smallest = min(ln.size for ln in headings[side])
    others = sum(
        1
        for c, heads in headings.items()
        if c != side
        for ln in heads
        if ln.size > smallest - T.SIZE_ROUNDING
    )
    if len(headings[side]) < 2 or others * 3 > len(headings[side]):
        return None
    side_lines = [i for i in idx if lines[i].column == side]
    text = [lines[i] for i in idx if lines[i].column not in (0, side)]
    if text and min(lines[i].x0 for i in side_lines) > min(ln.x0 for ln in text):
        return None  # a sidebar on the right with sections of its own, not a rail of headings
    # the header's contact details set in the rail above its first heading are no labels and
    # label nothing: they count for nothing here
    first = min(lines[i].top for i in side_lines if _short_heading(lines[i].text))
    labelling = [i for i in side_lines if lines[i].top >= first or _side_label(lines[i].text)]
    labels = sum(1 for i in labelling if _side_label(lines[i].text))
    if labels < T.SIDE_LABEL_SHARE * len(labelling):
        return None  # a sidebar with sections of its own (contact, skills, schools), not a rail of labels
    # the labels sit beside what they label
    beside = sum(1 for i in labelling if _row_partner({j: lines[j] for j in idx}, i, side) is not None)
    return side if beside * 2 >= len(labelling) else None


def _side_label(text: str) -> bool:
    """What a rail beside the text holds: a section name, a date, a form's label."""
    field = text.strip().rstrip(":").lower() in _FORM_FIELDS
    return field or _short_heading(text) or _is_date_only(text) or entry_label(text) is not None


# the field names of a CV form's personal data ("Name" | "Priya Raman", "Phone" | "+1 206 ...")
_FORM_FIELDS = frozenset(
    {
        "name",
        "address",
        "phone",
        "mobile",
        "telephone",
        "email",
        "e-mail",
        "web",
        "website",
        "homepage",
        "date of birth",
        "nationality",
        "citizenship",
    }
)


def _row_partner(page: dict[int, Line], i: int, side: int) -> int | None:
    """The nearest line of another column whose row overlaps this one's."""
    ln = page[i]
    best: tuple[float, int] | None = None
    for j, other in page.items():
        if j == i or other.column == side or other.column == 0:
            continue
        overlap = min(ln.bottom, other.bottom) - max(ln.top, other.top)
        if overlap <= 0 or abs(other.top - ln.top) > T.SIDE_ROW * max(ln.size, T.MIN_FONT_SIZE):
            continue
        distance = abs(other.top - ln.top)
        if best is None or distance < best[0]:
            best = (distance, j)
    return best[1] if best else None


def _entry_row(page: dict[int, Line], i: int, side: int) -> int | None:
    """The entry header a side date belongs to: the row beside it when that row reads like a header,
    else the nearest header-like row just above (a heading beside the title pushes the date down)."""
    ln = page[i]
    pitch = T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    beside = _row_partner(page, i, side)
    above = [
        j
        for j, other in page.items()
        if j != beside
        and other.column not in (0, side)
        and 0 <= ln.top - other.top <= 2 * pitch
        and _header_like(other.text)
    ]
    nearest = max(above, key=lambda j: page[j].top) if above else None
    if beside is None or not _header_like(page[beside].text):
        return nearest if nearest is not None else beside
    if (
        nearest is not None
        and page[nearest].top < page[beside].top
        and page[beside].x0 > page[nearest].x0 + T.WRAP_INDENT_LEFT
    ):
        return nearest  # the row beside is indented under a header just above it: that header's body
    return beside


def _header_like(text: str) -> bool:
    """Short, capitalised and not a sentence: a title/employer row rather than an achievement. A
    final period of an abbreviation ("at Pinwheel & Co.", "Acme Inc.") ends no sentence."""
    t = strip_bullet(text)
    sentence = t[0].endswith(".") and not ends_with_abbreviation(t[0])
    return not t[1] and len(t[0].split()) <= 10 and t[0][:1].isupper() and not sentence


def _is_date_only(text: str) -> bool:
    rest = beside_dates(text)
    return rest is not None and len(rest.strip(" |,·-–").split()) <= 1
