"""Wrapped lines joined into items: a bullet or a paragraph that the page broke over several lines.

The stage after sections: each section's lines become items ``(text, is_bullet, first line)``. A
line continues the item above it when geometry and text agree (see :func:`join_wrapped`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import (
    DATE_RE,
    PRESENT_RE,
    beside_dates,
    find_dates,
)
from resume_tailor.resume.lines import Line, same_row, strip_bullet
from resume_tailor.resume.names import company_score, title_score
from resume_tailor.resume.vocab import (
    COMPANY_HEADS,
    HYPHENATED_COMPOUNDS,
    IRREGULAR_PAST_VERBS,
    LEGAL_FORM,
    PRESENT_ACTION_VERBS,
    ROMANCE_OF_WORDS,
    TITLE_HEADS,
)


@dataclass
class WrapHabits:
    """How this document wraps, learned from the lines that surely continue the line above (they
    start in lower case): the line pitch of wrapped text at each indent and font size, and where a
    hanging template puts wrapped lines left of the item's first line."""

    pitch: dict[tuple[int, int], float] = field(default_factory=dict)  # (size, indent) -> pitch
    outdents: dict[int, set[int]] = field(default_factory=dict)  # size -> offsets left of the item
    # header lines with their dates on the row, by look (size, bold, indent): how far right each ran,
    # and the looks whose header is (somewhere) followed by a line in another look - a role under it
    dated_reach: dict[tuple[int, bool, int], list[float]] = field(default_factory=dict)
    dated_then_other: set[tuple[int, bool, int]] = field(default_factory=set)

    def longer_than_wrap(self, prev: Line, ln: Line) -> bool:
        """The row steps down further than wrapped lines at this indent do: a new item."""
        pitch = self.pitch.get((round(prev.size), round(prev.x0)))
        step = ln.top - prev.top
        return pitch is not None and step > pitch * T.ITEM_PITCH_RATIO and step - pitch > T.ITEM_PITCH_MIN

    def hanging(self, prev: Line, ln: Line) -> bool:
        """The line starts where wrapped lines of this document start, left of their item."""
        return round(ln.x0 - prev.x0) in self.outdents.get(round(prev.size), set())


def learn_habits(lines: list[Line]) -> WrapHabits:
    """Learn :class:`WrapHabits` from pairs of rows whose second starts in lower case."""
    habits = WrapHabits()
    seen: Counter[tuple[int, int]] = Counter()
    for prev, ln in zip(lines, lines[1:], strict=False):
        if not (prev.top and ln.top and ln.page == prev.page and ln.column == prev.column):
            continue
        text, bullet = strip_bullet(ln.text)
        step = ln.top - prev.top
        if bullet or not text[:1].islower() or abs(ln.size - prev.size) > T.WRAP_SIZE_DIFF:
            continue
        if not 0 < step <= T.WRAP_MAX_PITCH * max(prev.size, T.MIN_FONT_SIZE):
            continue
        key = (round(prev.size), round(prev.x0))
        habits.pitch[key] = min(habits.pitch.get(key, step), step)
        if -T.HANGING_OUTDENT_MAX <= ln.x0 - prev.x0 < -T.WRAP_INDENT_LEFT:
            seen[(round(prev.size), round(ln.x0 - prev.x0))] += 1
    for (size, offset), count in seen.items():
        if count >= 2:  # a habit, not a stray pair of lines from two columns
            habits.outdents.setdefault(size, set()).update({offset - 1, offset, offset + 1})
    _learn_dated_headers(lines, habits)
    return habits


def _look(ln: Line) -> tuple[int, bool, int]:
    return round(ln.size), ln.bold, round(ln.x0)


def _learn_dated_headers(lines: list[Line], habits: WrapHabits) -> None:
    """Fill ``dated_reach`` and ``dated_then_other`` from the lines with a date alone on their row."""
    for i, ln in enumerate(lines):
        if not ln.top or not _date_right(lines, i):
            continue
        habits.dated_reach.setdefault(_look(ln), []).append(ln.x1)
        below = [
            b
            for b in lines[i + 1 : i + 4]
            if b.page == ln.page and b.column == ln.column and b.top > ln.bottom - 1.0
        ]
        if below and abs(below[0].x0 - ln.x0) <= T.WRAP_INDENT_LEFT and _look(below[0])[:2] != _look(ln)[:2]:
            habits.dated_then_other.add(_look(ln))


def _date_right(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    return any(
        j != i
        and lines[j].column == ln.column
        and same_row(lines[j], ln)
        and lines[j].x0 > ln.x1
        and _date_alone(lines[j].text)
        for j in range(max(0, i - 3), min(len(lines), i + 4))
    )


def join_wrapped(lines: list[Line], habits: WrapHabits | None = None) -> list[tuple[str, bool, Line]]:
    """Join wrapped lines into items: (text, is_bullet, first line).

    A line continues an item when it is not a bullet and either starts in lower case, ends a
    hyphenated word, or sits right below the item's last line at the same indent after a line that
    ran to its right limit (the margin, or a right-aligned date on the same row). ``habits`` are
    the document's (:func:`learn_habits` over all its lines); by default they are learned from these.
    """
    margins: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        margins[key] = max(margins.get(key, 0.0), ln.x1)
    limits = _right_limits(lines, margins)
    habits = habits or learn_habits(lines)
    items: list[list] = []  # [text, bullet, first line, last line index]
    for i, ln in enumerate(lines):
        text, bullet = strip_bullet(ln.text)
        bullet = bullet or ln.list_item
        if not text:
            continue
        target = None
        left_sibling = _has_left_sibling(lines, i)
        if not bullet and not _beside_date(lines, i):
            # the item to continue: the last one, or (PDF rows with several segments) a recent one
            # whose last line sits at this line's indent on the row above
            if items and not ln.top and items[-1][1] and ln.x0 > items[-1][2].x0:
                target = items[-1]  # text files: an indented line under a bullet continues it
            for item in [] if target is not None else reversed(items[-3:]):
                last = lines[item[3]]
                margin = margins.get((last.page, last.column))
                # beside another segment, a line starts an item of its own, unless the line above
                # sat beside one too (cells of a table row, each wrapped in its own cell)
                in_cell = _has_left_sibling(lines, item[3])
                alone = left_sibling and not in_cell
                in_cell = in_cell or (margin is not None and limits[item[3]] < margin - T.SEGMENT_GAP)
                row_end = margin is None or limits[i] >= margin - T.SEGMENT_GAP  # nothing right of it
                wrapped = last is not item[2]  # the item's last line is itself a wrapped one
                if _continues(
                    last, ln, item[0], text, limits[item[3]], alone, margin, habits, in_cell, row_end, wrapped
                ):
                    target = item
                    break
                if not ln.top:
                    break
        if target is not None:
            target[0] = _join_item(target[0], text)
            target[3] = i
        else:
            items.append([text, bullet, ln, i])
    return [(t, b, first) for t, b, first, _ in items]


def _right_limits(lines: list[Line], margins: dict[tuple[int, int], float]) -> list[float]:
    """How far right each line could have run: the column margin or the next segment on its row.

    A line with another segment on its row to its LEFT (a date column, a label) gets limit -1: it
    starts an item of its own.
    """
    out: list[float] = []
    for i, ln in enumerate(lines):
        limit = margins.get((ln.page, ln.column), ln.x1)
        if ln.room:  # a piece of its row moved away (a date range's closing half): its cell ends there
            limit = min(limit, ln.room - T.SEGMENT_GAP)
        if ln.top:
            for j in range(max(0, i - 3), min(len(lines), i + 4)):
                other = lines[j]
                if j == i or other.column != ln.column or not same_row(other, ln):
                    continue
                if other.x0 > ln.x1:
                    limit = min(limit, other.x0 - T.SEGMENT_GAP)
        out.append(_cell_edge_above(lines, out, i, limit, margins) or limit)
    return out


def _cell_edge_above(
    lines: list[Line], limits: list[float], i: int, limit: float, margins: dict[tuple[int, int], float]
) -> float:
    """The right edge of a narrow table cell, for a line of the cell with nothing beside it: the
    line right above it at the same left edge ran to a segment beside it (a date cell), and this
    line fits inside that edge ("Teaching Assistant  May 2024" / "University of Wisconsin" /
    "Computer Sciences"). 0 when there is none."""
    ln = lines[i]
    margin = margins.get((ln.page, ln.column))
    if not (i and ln.top and margin) or limit < margin - T.SEGMENT_GAP:
        return 0.0
    above, edge = lines[i - 1], limits[i - 1]
    same_edge = abs(above.x0 - ln.x0) <= T.WRAP_INDENT_LEFT
    stacked = above.page == ln.page and above.column == ln.column and same_edge
    next_row = 0 < ln.top - above.top <= T.WRAP_MAX_PITCH * max(ln.size, T.MIN_FONT_SIZE)
    in_cell = edge < margin - T.SEGMENT_GAP and ln.x1 <= edge and not strip_bullet(ln.text)[1]
    return edge if stacked and next_row and in_cell else 0.0


def _beside_date(lines: list[Line], i: int) -> bool:
    """A line with a date of its own to its left on its row (a year rail: "2022" | "HashiCorp
    Ambassador, HashiCorp"): the start of the next entry, never the tail of the one above."""
    ln = lines[i]
    if not ln.top:
        return False
    return any(
        j != i
        and lines[j].column == ln.column
        and same_row(lines[j], ln)
        and lines[j].x1 < ln.x0
        and _date_alone(lines[j].text)
        for j in range(max(0, i - 3), min(len(lines), i + 4))
    )


def _date_alone(text: str) -> bool:
    rest = beside_dates(text)
    return rest is not None and not rest.strip(" |·•,;:-–—()")


def _has_left_sibling(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    if not ln.top:
        return False
    return any(
        j != i and lines[j].column == ln.column and same_row(lines[j], ln) and lines[j].x1 < ln.x0
        for j in range(max(0, i - 3), min(len(lines), i + 4))
    )


def _end_with_word(prev: Line, word: str, size: float) -> float:
    """Where ``prev`` would have ended had ``word`` fitted on it: a space and an average glyph per
    letter at font ``size`` (a line "ran to its limit" when this passes the limit)."""
    return prev.x1 + size * (T.SPACE_WIDTH + T.GLYPH_WIDTH * len(word))


def _backs_out_of_item(prev: Line, ln: Line, text: str, limit: float) -> bool:
    """A lower-case line starting left of the item's indent, under a line that had room for its
    first word: a new item at the list's edge (a project named like a repository, "orbit-sim |
    Kotlin"), not a hanging wrap (a wrap needs the line above to be full)."""
    if prev.page != ln.page or not text[:1].islower() or ln.x0 >= prev.x0 - T.WRAP_INDENT_LEFT:
        return False
    first = text.split()[0]
    size = prev.size or T.MIN_FONT_SIZE
    return _end_with_word(prev, first, size) < limit - T.LIMIT_SLACK


def _placed(
    prev: Line, ln: Line, prev_text: str, text: str, habits: WrapHabits, prev_wrapped: bool
) -> bool | None:
    """What the lines' positions say: True/False when they decide (a page break, a step down or an
    indent no wrap makes), None when the text must."""
    if prev.page != ln.page:
        return bool(text[:1].islower()) and abs(ln.x0 - prev.x0) < T.PAGE_WRAP_INDENT
    if not 0 < ln.top - prev.top <= T.WRAP_MAX_PITCH * max(prev.size, T.MIN_FONT_SIZE):
        return False
    if ln.top - prev.bottom > max(prev.size, T.MIN_FONT_SIZE) * T.WRAP_MAX_GAP:
        return False
    # A wrapped line starts at the item's indent; bullets hang indented, so a line starting
    # exactly under a bullet glyph is a new item, not a continuation.
    # (a lower-case start is a tail even when a hanging indent puts it a little further left)
    # (under a line that is itself wrapped, the tail starts at its indent: a line further left
    # backs out of the item's indent, a name in lower case at the list's edge: "pixel-sort")
    lower_tail = text[:1].islower() and ln.x0 >= prev.x0 - (
        T.WRAP_INDENT_LEFT if prev_wrapped else T.WRAP_INDENT_RIGHT
    )
    left_ok = lower_tail or (habits.hanging(prev, ln) and not prev_wrapped)
    if ln.x0 > prev.x0 + T.WRAP_INDENT_RIGHT or (ln.x0 < prev.x0 - T.WRAP_INDENT_LEFT and not left_ok):
        return False
    if not text[:1].islower() and habits.longer_than_wrap(prev, ln):
        return False
    under_glyph = strip_bullet(prev.text)[1] and ln.x0 <= prev.x0 + T.BULLET_GLYPH_ALIGN
    if under_glyph and not text[:1].islower() and not _unfinished(prev_text, text):
        return False
    return None


def _continues(
    prev: Line,
    ln: Line,
    prev_text: str,
    text: str,
    limit: float,
    left_sibling: bool = False,
    margin: float | None = None,
    habits: WrapHabits | None = None,
    prev_in_cell: bool = False,
    row_end: bool = True,
    prev_wrapped: bool = False,
) -> bool:
    habits = habits or WrapHabits()
    if ln.top and prev.top and _backs_out_of_item(prev, ln, text, limit):
        return False
    if ln.top and prev.top:
        placed = _placed(prev, ln, prev_text, text, habits, prev_wrapped)
        if placed is not None:
            return placed
    if ln.size and prev.size and abs(ln.size - prev.size) > T.WRAP_SIZE_DIFF:
        return False
    if ln.bold != prev.bold and not text[:1].islower() and not _unfinished(prev_text, text):
        return _header_tail(prev, ln, prev_text, text, limit, margin) and (
            (_org_end(text) and not _whole_role(prev_text)) or _role_head_cut(prev_text, text)
        )
    if prev_text.endswith("-") and text[:1].isalpha():
        return True
    if text[:1].islower():
        return True
    if not ln.top:  # text sources: a physical line is a line unless it starts in lower case
        return False
    if _unfinished(prev_text, text) or _name_goes_on(prev, ln, prev_text, text, limit, margin):
        return True
    if row_end and _cell_tail(prev, ln, prev_text, text, habits):
        return True
    prev_beside = margin is not None and limit < margin - T.SEGMENT_GAP
    if not row_end and prev_beside and title_score(text) > company_score(text):
        return False  # two header rows, each with its piece on the right: "Acme | Denver" / "Nurse | 2023"
    if left_sibling or (find_dates(text) is not None and len(text.split()) <= 8):
        return False
    if prev_text.endswith((".", ":", "!", "?")) or _ends_with_range(prev_text) or _org_after(prev_text, text):
        return False
    # bullets without glyphs: "... from 54% to 81%" / "Presented a caching proposal"; a header led by
    # its dates: "2023-07—2024-07 Head Counselor, Marching Band" / "Coordinated the newsletter"
    if opens_with_action_verb(text) and (prev_text[:1].isupper() or prev_text[:1].isdigit()):
        return False
    if not row_end and opens_with_action_verb(prev_text):
        return False  # under an achievement, a capitalised line with a segment beside it (a role
        # with its dates on the right): the next header, not the achievement's tail
    if _bold_header_tail(prev, ln, prev_text, text, margin) or _org_head_below(prev, ln, prev_text, text):
        return True
    if (
        len(prev_text.split()) <= 6
        and len(text.split()) <= 6
        and _title_case(prev_text)
        and _title_case(text)
        and not _names_filling(prev, prev_text, margin)
        # (unless the line above is a cell of a row - beside or before another segment - and this
        # is the rest of that cell: "University of ... Sciences" | "Undergraduate Teaching" /
        # "Department" | "Assistant")
        and not (prev_in_cell and len(text.split()) <= T.HEADER_TAIL_WORDS)
    ):
        return False  # two short Title Case lines: two list items ("Certified Scrum Master" / "PMP")
    # The previous line must have run to its right limit: this line's first word would not fit.
    # When that limit is a date on the row (not the margin) only a short tail wraps there (a
    # sentence is no tail, a place's last word with its full stop is: "São" / "Paulo.").
    words = text.split()
    if (
        margin is not None
        and limit < margin - T.SEGMENT_GAP
        and (len(words) > 4 or (text.endswith(".") and len(words) > 2))
    ):
        return False
    first = text.split()[0] if text.split() else ""
    size = prev.size or 10.0
    return (
        bool(prev.x1)
        and _end_with_word(prev, first, size) >= limit - T.LIMIT_SLACK
    )


# words that never end a line of text that is complete: the sentence goes on below (and a Romance
# "de", an ampersand: "Banco Alimentar de" / "Montemar")
_DANGLING_RE = re.compile(
    r"\b(?:and|or|of|the|to|with|for|in|a|an|by|from|on|at|as|into|via|across|including|between"
    rf"|{'|'.join(sorted(ROMANCE_OF_WORDS))})$|\s&$"
)


# a legal form opens no line of its own: "Spreewerk Mobility" / "GmbH, Berlin."
_SUFFIX_START_RE = re.compile(rf"^{LEGAL_FORM}\b\.?(?:,|\s|$)")


def _unfinished(prev_text: str, text: str) -> bool:
    """The line above cannot end there: it stops on "and", "of", "with"... or a comma ("across
    France," / "Spain and Italy"), or inside a date range ("from Sep 2017 to Feb" / "2021."), or
    this one opens with the employer's legal form."""
    if _DANGLING_RE.search(prev_text) or prev_text.endswith(",") or _SUFFIX_START_RE.match(text):
        return True
    joined = find_dates(f"{prev_text} {text}")
    if joined is None or not joined.span[0] < len(prev_text) < joined.span[1]:
        return False
    head = prev_text[joined.span[0] :].strip()
    tail = f"{prev_text} {text}"[len(prev_text) : joined.span[1]].strip()
    # (a sentence closing on a year over one opening on "Present the review": two whole dates
    # with nothing joining them, so no range the page broke; a line that is only a date over
    # another date is a range written without a dash, broken in a narrow rail: "12.2016" / "08.2018")
    sentence = re.search(r"[^\W\d_]{2,}", prev_text[: joined.span[0]]) is not None  # words, not "Q1"
    return not (sentence and DATE_RE.fullmatch(head) and (DATE_RE.fullmatch(tail) or PRESENT_RE.match(tail)))


def _org_after(prev_text: str, text: str) -> bool:
    """A short Title Case line ending in an organisation's head noun ("Tidewell Labs", "Westmere
    Inc.") under an achievement that does not dangle: the next entry's employer, not its tail."""
    words = text.split()
    if not opens_with_action_verb(prev_text):
        return False
    sentence_end = text.endswith(".") and not re.search(r"\b(?:Inc|Co|Corp|Ltd|Bros)\.$", text)
    return 2 <= len(words) <= 5 and _title_case(text) and company_score(text) >= 1.0 and not sentence_end


def _ends_with_range(text: str) -> bool:
    """The line closes on a whole date range ("Analyst — Acme • Denver, CO • 06/2020 – 02/2021"):
    an entry's header, complete; the next line is not its tail."""
    ds = find_dates(text)
    return ds is not None and bool(ds.start and ds.end) and not text[ds.span[1] :].strip(" .,;)]|")


def _names_filling(prev: Line, prev_text: str, margin: float | None) -> bool:
    """A line of names separated by commas that fills its column ("Teaching Assistant, University
    of" ... up to the margin): a header the page broke, whose tail may be short Title Case too."""
    return (
        "," in prev_text
        and not prev_text.endswith((".", ",", ":", ";"))
        and bool(margin)
        and prev.x1 - prev.x0 >= T.HEADER_FILL * ((margin or 0.0) - prev.x0)
    )


def _bold_header_tail(prev: Line, ln: Line, prev_text: str, text: str, margin: float | None) -> bool:
    """A long bold header line naming a title and an employer, and a short bold tail at its indent
    ("Assistant, University of ... Sciences" / "Department   Jan 2023 – May 2024"): the header broke
    where its dates would not fit."""
    if not (prev.bold and ln.bold and margin and abs(ln.x0 - prev.x0) <= T.WRAP_INDENT_LEFT):
        return False
    # the header already names two things ("Assistant, University of ..."): the tail ends the second
    if (
        "," not in prev_text
        or prev_text.endswith((".", ",", ":", ";"))
        or len(text.split()) > T.HEADER_TAIL_WORDS
    ):
        return False
    return prev.x1 - prev.x0 >= T.HEADER_FILL * (margin - prev.x0)


def _org_head_below(prev: Line, ln: Line, prev_text: str, text: str) -> bool:
    """An organisation's name broken in a narrow cell before its head noun ("Tata Consultancy" /
    "Services", "Townsville University" / "Hospital"): one word that only ends an organisation's
    name, under a Title Case name that reads as no role, at its indent."""
    words = prev_text.split()
    return (
        re.fullmatch(r"[A-Z][a-z]+", text) is not None
        and text.lower() in COMPANY_HEADS
        and 2 <= len(words) <= T.NAME_MAX_WORDS
        and _title_case(prev_text)
        and not re.search(r"[,|·•:;()\d]", prev_text)
        and not title_score(prev_text)
        and abs(ln.x0 - prev.x0) <= T.WRAP_INDENT_LEFT
    )


def _header_tail(prev: Line, ln: Line, prev_text: str, text: str, limit: float, margin: float | None) -> bool:
    """A header line that ran to its limit (the margin, or the dates on its row) and, right under
    it at its indent, a few Title Case words: the rest of a long employer name ("Principal Engineer
    at Caledonian Mutual Payments Clearing" / "House Limited | 2020-04 to Present"; dates moved onto
    the first row: "... Clearing | 09/2016 – 03/2020" / "House Limited, Edinburgh.")."""
    if not (ln.top and margin) or abs(ln.x0 - prev.x0) > T.WRAP_INDENT_LEFT:
        return False
    head, moved = split_trailing_dates(prev_text)
    if not moved and _ends_with_range(prev_text):
        return False  # "Nurse · Berlin · Oct 2016–May 2018": the header closes on its own dates
    tail, _ = split_trailing_dates(text)
    words = re.split(r",|\s+[·|•]\s+", tail)[0].split()  # the name, before a place after it
    if head.endswith((".", ",", ":", ";")) or not _title_case(head) or re.search(r"\d", tail):
        return False
    if not (words and len(words) <= T.HEADER_TAIL_WORDS and _title_case(tail) and tail[:1].isupper()):
        return False
    if is_location(re.split(r"\s+[·|•]\s+", tail)[0]):
        return False  # the entry's place on a line of its own ("Berlin, Germany")
    # the line names a role and an employer, its dates sit beside it on the row, or it is long:
    # a few words that fill a line may be an item of a list ("Certified Scrum Product Owner" /
    # "Pragmatic Institute PMC")
    named = re.search(r",|\s(?:at|@|[|·•—–])\s", head) or len(head.split()) >= T.HEADER_FILL_WORDS
    if not (named or limit < margin - T.SEGMENT_GAP):
        return False
    if moved and limit >= margin - T.SEGMENT_GAP and _org_end(tail):
        return True  # the dates were moved onto the row from a segment beside it: the row ended there
    size = prev.size or 10.0
    return _end_with_word(prev, words[0], size) >= limit - T.LIMIT_SLACK


def _name_goes_on(
    prev: Line, ln: Line, prev_text: str, text: str, limit: float, margin: float | None
) -> bool:
    """A header's name broken over two rows: an employer's rest, or a role's head noun."""
    return _header_tail(prev, ln, prev_text, text, limit, margin) or _role_head_below(prev_text, text)


def _cell_tail(prev: Line, ln: Line, prev_text: str, text: str, habits: WrapHabits) -> bool:
    """An employer in a table cell beside its dates, wrapped in the cell ("Caledonian Mutual Payments
    Clearing" | "April 2020 - Present" / "House Limited"): a few Title Case words in the header's
    own look right under it and alone on their row, where the document's other dated headers of
    that look are followed by a line in another look (the role), and its first word would not have
    fit where they reach. (A role on the dated row has its employer below, not its tail.)"""
    look = _look(prev)
    if look not in habits.dated_then_other or _look(ln)[:2] != look[:2]:
        return False
    if title_score(split_trailing_dates(prev_text)[0]):
        return False
    if abs(ln.x0 - prev.x0) > T.WRAP_INDENT_LEFT or abs(ln.size - prev.size) > T.WRAP_SIZE_DIFF:
        return False
    words = text.split()
    if not words or len(words) > T.HEADER_TAIL_WORDS or not _title_case(text) or re.search(r"\d", text):
        return False
    if text.endswith((".", ":", ",")) or is_location(text) or title_score(text):
        return False
    reach = list(habits.dated_reach.get(look, []))
    if prev.x1 not in reach:
        return False  # no date on its row
    reach.remove(prev.x1)
    size = prev.size or 10.0
    return bool(reach) and _end_with_word(prev, words[0], size) > max(reach)


def _role_head_below(prev_text: str, text: str) -> bool:
    """A role cut before its head noun in a narrow cell, the row's dates put after it ("QA
    Automation | 11/2020 – Present" / "Engineer"): the head noun ends the role."""
    return bool(split_trailing_dates(prev_text)[1]) and _role_head_cut(prev_text, text)


def _role_head_cut(prev_text: str, text: str) -> bool:
    """One or two Title Case words ending in a role's head noun under a line whose last word is no
    head noun ("... Edinburgh — Principal Software" / "Engineer"): the role's end."""
    head, _ = split_trailing_dates(prev_text)
    words = text.split()
    if not words or len(words) > 2 or head.endswith((".", ",", ":", ";")) or not head.split():
        return False
    last = words[-1].lower()
    return (
        last in TITLE_HEADS
        and head.split()[-1].lower() not in TITLE_HEADS
        and not company_score(text)
        and _title_case(text)
    )


def _whole_role(text: str) -> bool:
    """A role and nothing else, ending on its head noun ("Customer Success Manager | Nov 2022 –
    Jul 2023"): the organisation on the next line is its employer, not the rest of a name."""
    head = split_trailing_dates(text)[0].strip(" |·•,;-–—")
    words = head.split()
    return (
        bool(words)
        and words[-1].lower() in TITLE_HEADS
        and title_score(head) > 0
        and not company_score(head)
        and not re.search(r",|\s(?:at|@|[|·•—–])\s", head)
    )


def _org_end(text: str) -> bool:
    """The line begins with the end of an organisation's name ("Systems · Dublin, Ireland"), not a
    role or a place: the rest of a bold header in another weight."""
    first, *rest = re.split(r"\s+[·|•]\s+|,", text)
    legal = bool(rest) and _SUFFIX_START_RE.match(rest[0].strip()) is not None  # "Meridional, S.A., Porto"
    return (company_score(first) > 0 or legal) and not title_score(first)


def split_trailing_dates(text: str) -> tuple[str, str]:
    """A header and the dates put after it on its row ("Engineer, Acme | 09/2016 – 03/2020" ->
    "Engineer, Acme", " | 09/2016 – 03/2020"); ("text", "") when it ends in no such dates."""
    ds = find_dates(text)
    if ds is None or text[ds.span[1] :].strip(" .,;)]|"):
        return text, ""
    cut = text.rfind(" | ", 0, ds.span[0] + 1)
    if cut >= 0 and not text[cut + 3 : ds.span[0]].strip(" (["):
        return text[:cut], text[cut:]
    if text[: ds.span[0]].rstrip().endswith("-"):  # "... Com- 2021–Current": a word cut by the row
        cut = len(text[: ds.span[0]].rstrip())
        return text[:cut], " | " + text[ds.span[0] :].strip()
    return text, ""


def _join_item(head: str, tail: str) -> str:
    """The next line joined to an item; a header's dates (put at the end of its first row) stay
    at the end ("... Clear- | 04/2020 – Present" + "ing House Limited")."""
    text, dates = split_trailing_dates(head)
    if not dates or dates.rstrip().endswith((",", ";")):  # "| Apr 2020 – Present," + "Acme": a list goes on
        return dehyphenate_join(head, tail)
    return dehyphenate_join(text, tail) + dates


_PAST_VERB_RE = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?)\s+(?:[a-z]|\d)")  # "Co-authored two"


def opens_with_action_verb(text: str, *, present: bool = True) -> bool:
    """ "Presented a caching proposal", "Maintain the database": a capitalised action verb (past
    tense, or with ``present`` a common present-tense one) followed by a lower-case word or a number.

    >>> opens_with_action_verb("Set the direction"), opens_with_action_verb("Python and Go")
    (True, False)
    """
    m = _PAST_VERB_RE.match(text)
    if m is None:
        return False
    word = m.group(1)
    base = word.lower().rsplit("-", 1)[-1]  # "Co-wrote", "Re-built"
    if base in IRREGULAR_PAST_VERBS or (present and base in PRESENT_ACTION_VERBS):
        return True
    return word.endswith("ed") and not word.endswith("eed") and len(word) > 4


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’&.-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def dehyphenate_join(head: str, tail: str) -> str:
    """Join two wrapped pieces of text; a hyphen that only split a word across lines is removed.

    A compound that already has a hyphen keeps this one too ("state-of-the-" + "art").

    >>> dehyphenate_join("improved through-", "put by 40%")
    'improved throughput by 40%'
    """
    word = re.search(r"(?<![\w-])([\w-]+)-$", head)  # starts where the word starts: linear (issue 15)
    if word and not head.endswith(" -") and tail[:1].isalpha():
        if "-" in word.group(1) or re.search(r"\d", word.group(1)) or not tail[:1].islower():
            return head + tail
        second = re.match(r"[a-z]+", tail)
        if second and f"{word.group(1)}-{second.group(0)}".lower() in HYPHENATED_COMPOUNDS:
            return head + tail  # "(Part-" / "time)": a compound broken at its own hyphen
        return head[:-1] + tail
    return f"{head} {tail}"
