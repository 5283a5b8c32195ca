"""The common currency of the readers: a line of text with where it sits and how it looks.

Every reader (PDF, DOCX, text) turns its input into a list of :class:`Line` in reading order;
:mod:`resume_tailor.resume.layout` turns lines into sections without knowing the file type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_tailor.resume import tolerances as T

BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▸▹‣⁃∙·*✓✔➢➤→➔➜➙➛➝➞❯›⇒-–—+"
# glyphs, dashes, list numbers, and letters/ASCII marks that symbol fonts map bullets to ("o", "{")
_BULLET_RE = re.compile(
    r"^\s*(?:[•●○◦▪▫■□◆◇►▸▹‣⁃∙✓✔➢➤→➔➜➙➛➝➞❯›⇒]|[-–—*+·](?=\s)|[o{~>](?=\s+[A-Z])|\d{1,2}[.)](?=\s))\s*"
)


@dataclass
class Line:
    """One line of a document. Geometry is in points from the page's top-left (0 when unknown)."""

    text: str
    page: int = 1
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0  # font size; 0 when unknown
    bold: bool = False
    column: int = 0  # 0 = full width / only column; 1, 2... left to right within a region
    style_heading: bool = False  # the source marks it as a heading (DOCX style, Markdown "#")
    level: int = 0  # heading level the source gives (Heading 1 = 1, "##" = 2); 0 when none
    list_item: bool = False  # the source marks it as a list item (DOCX numbering, glyph dropped)
    gap_before: float = 0.0  # blank space above, in line heights (0 when unknown)
    underlined: bool = False  # text files: the next line was === or ---
    # PDF: the left edge of a segment a stage took off this line's row (the closing half of a date
    # range moved up to its entry's header): the text could run no further right; 0 when none
    room: float = 0.0
    links: list[str] = field(default_factory=list)


def same_row(a: Line, b: Line) -> bool:
    """Two segments of one printed row: same page, and their tops or their bottoms level (a date in
    a smaller font beside a title shares the title's baseline, not its top)."""
    return a.page == b.page and (abs(a.top - b.top) < T.SAME_ROW or abs(a.bottom - b.bottom) < T.SAME_ROW)


def overlap_across(a: Line, b: Line) -> bool:
    """The two segments share some width of the page (one above the other, say)."""
    return a.x0 < b.x1 and b.x0 < a.x1


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph, dash or list number; say whether there was one.

    >>> strip_bullet("• Built the thing")
    ('Built the thing', True)
    """
    m = _BULLET_RE.match(text)
    if m and m.end() < len(text):
        return text[m.end() :].strip(), True
    return text.strip(), False


def is_bullet(line: Line) -> bool:
    """True when the line starts a list item (by glyph, dash, number or the source's own marking)."""
    return line.list_item or strip_bullet(line.text)[1]
