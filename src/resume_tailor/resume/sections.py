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
    block_of: list[Block] = []
    for i, ln in enumerate(lines):
        if i and ln.page != lines[i - 1].page:
            if len(text_in_column) > 1 and i not in headings:
                main = max(text_in_column, key=lambda c: text_in_column[c])
                current = last_in_column.get(main, current)
            last_in_column, text_in_column = {}, {}
        elif i and _column_jump(lines[i - 1], ln) and i not in headings and _contact_run(lines, i, headings):
            # a new column that opens with the name or contact details (a sidebar on the right)
            current = Block(kind="contact", heading="")
            blocks.append(current)
        if i in headings:
            current = Block(kind=headings[i], heading=_clean_heading(ln.text), heading_line=ln)
            blocks.append(current)
        else:
            current.lines.append(ln)
        block_of.append(current)
        last_in_column[ln.column] = current
        text_in_column[ln.column] = text_in_column.get(ln.column, 0) + len(ln.text)
    doc.blocks = [b for b in blocks if b.lines or b.heading]
    index = {id(b): k for k, b in enumerate(doc.blocks)}
    doc.section_of = {i: index[id(b)] for i, b in enumerate(block_of) if id(b) in index}


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
    joined = " ".join(text)
    return bool(re.search(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}", joined))


def _clean_heading(text: str) -> str:
    t = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}.*)?", t):
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = re.sub(r"^[^\w(]+", "", t)
    return t.rstrip(":").strip()
