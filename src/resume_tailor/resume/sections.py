"""Sections: the lines between one heading and the next, minding columns and page breaks."""

from __future__ import annotations

import re

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.lines import Line
from resume_tailor.resume.working import Block, LayoutDoc


def split_sections(doc: LayoutDoc) -> None:
    """Stage: group ``doc.lines`` into ``doc.blocks`` under their headings (lines before the first
    heading are "contact"), and record each line's block in ``doc.section_of``."""
    lines, headings = doc.lines, doc.headings
    blocks = [Block(kind="contact", heading="")]
    current = blocks[0]
    # On a page break after a multi-column page, text before the next heading continues the section
    # that was open at the end of the page's main (widest-text) column, not the sidebar's last one.
    last_in_column: dict[int, Block] = {}
    text_in_column: dict[int, int] = {}
    block_of: dict[int, Block] = {}
    for i in _reading(lines, headings):
        ln = lines[i]
        if i and ln.page != lines[i - 1].page:
            if len(text_in_column) > 1 and i not in headings:
                main = max(text_in_column, key=lambda c: text_in_column[c])
                current = last_in_column.get(main, current)
            last_in_column, text_in_column = {}, {}
        elif i and _column_jump(lines[i - 1], ln) and i not in headings and _contact_run(lines, i, headings):
            # a new column that opens with the name or contact details (a sidebar on the right)
            current = Block(kind="contact", heading="")
            blocks.append(current)
        elif i and _column_jump(lines[i - 1], ln) and i not in headings:
            current = _headed_above(blocks, current, ln) or current
        if i in headings:
            current = Block(kind=headings[i], heading=_clean_heading(ln.text), heading_line=ln)
            blocks.append(current)
        else:
            current.lines.append(ln)
        block_of[i] = current
        last_in_column[ln.column] = current
        text_in_column[ln.column] = text_in_column.get(ln.column, 0) + len(ln.text)
    doc.blocks = [b for b in blocks if b.lines or b.heading]
    index = {id(b): k for k, b in enumerate(doc.blocks)}
    doc.section_of = {i: index[id(b)] for i, b in sorted(block_of.items()) if id(b) in index}


_CONTACT_DETAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")


def _reading(lines: list[Line], headings: dict[int, str]) -> list[int]:
    """The order in which lines join sections: the reading order, except that a first heading
    printed above the name (a theme that floats it to the page's top corner) takes effect after the
    name and the contact details under it, which belong to no section but the contact block.

    >>> lines = [Line("Experience", top=50, bottom=65, size=15), Line("Jane Doe", top=100, bottom=130,
    ...          size=30), Line("jane@example.com", top=140, bottom=150, size=10),
    ...          Line("Acme Corp 2020 - 2022", top=170, bottom=185, size=15)]
    >>> _reading(lines, {0: "experience"})
    [1, 2, 0, 3]
    """
    order = list(range(len(lines)))
    if not headings:
        return order
    first = min(headings)
    nxt = first + 1
    if first or nxt >= len(lines) or nxt in headings:
        return order
    head, name = lines[first], lines[nxt]
    if not (head.size and name.page == head.page and name.size >= head.size + T.HEADING_SIZE_STEP):
        return order  # not a name: the first line under the heading is no bigger than it
    last = None
    for j in range(nxt, min(len(lines), nxt + T.CONTACT_RUN_LINES)):
        if j in headings:
            break
        if _CONTACT_DETAIL_RE.search(lines[j].text):
            last = j
    if last is None:
        return order
    return [*range(nxt, last + 1), first, *range(last + 1, len(lines))]


def _headed_above(blocks: list[Block], current: Block, ln: Line) -> Block | None:
    """The section a column's first line continues when reading jumps up into that column: the
    one whose heading stands above it at the column's own left edge ("Relevant Experience" over
    the main column, read after a sidebar that ends with "Skills"), when the section open now
    is headed elsewhere."""

    def aligned(b: Block) -> bool:
        h = b.heading_line
        return h is not None and h.page == ln.page and h.top < ln.top and abs(h.x0 - ln.x0) <= T.COLUMN_EDGE

    found = [b for b in blocks if aligned(b)]
    if not found or aligned(current):
        return None
    return max(found, key=lambda b: b.heading_line.top if b.heading_line else 0.0)


def _column_jump(prev: Line, ln: Line) -> bool:
    """True when reading moves up into another column of the same page."""
    return (
        ln.page == prev.page
        and ln.column != prev.column
        and ln.column != 0
        and ln.top < prev.top - T.COLUMN_JUMP
    )


def _contact_run(lines: list[Line], i: int, headings: dict[int, str]) -> bool:
    """True when the lines from ``i`` to the next heading hold an email address or a phone number."""
    text = []
    for j in range(i, min(len(lines), i + T.CONTACT_RUN_LINES)):
        if j in headings:
            break
        text.append(lines[j].text)
    return bool(_CONTACT_DETAIL_RE.search(" ".join(text)))


def _clean_heading(text: str) -> str:
    t = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}.*)?", t):
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = re.sub(r"^[^\w(]+", "", t)
    return t.rstrip(":").strip()
