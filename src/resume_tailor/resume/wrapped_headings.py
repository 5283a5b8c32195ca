"""Wrapped headings: a section name a narrow column broke over two rows ("ACADEMIC" / "BACKGROUND").

A sidebar or a heading rail too narrow for its section names prints them on two rows. Read as two
lines, neither half names a section, and the section's entries land in the one before. This stage
joins the two rows when they are set alike (same size, weight and case, one left edge, one under
the other at a line's pitch) and only together name a known section.
"""

from __future__ import annotations

from dataclasses import replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.headings import VOCAB, heading_kind, normalize_heading
from resume_tailor.resume.lines import Line
from resume_tailor.resume.working import LayoutDoc


def join_wrapped_headings(doc: LayoutDoc) -> None:
    """Stage: join a section name broken over two rows of its column (see the module docstring).

    >>> doc = LayoutDoc(read=[])
    >>> doc.lines = [Line("ACADEMIC", x0=60, x1=122, top=127.6, bottom=141, size=14.2, bold=True),
    ...              Line("BACKGROUND", x0=60, x1=145, top=141.1, bottom=155, size=14.2, bold=True)]
    >>> doc.origin = [0, 1]
    >>> join_wrapped_headings(doc); [ln.text for ln in doc.lines]
    ['ACADEMIC BACKGROUND']
    """
    lines = list(doc.lines)
    gone: set[int] = set()
    for k in range(len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        if k in gone or not _broken_heading(a, b):
            continue
        text = f"{a.text.strip()} {b.text.strip()}"
        lines[k] = replace(a, text=text, x1=max(a.x1, b.x1), bottom=b.bottom)
        gone.add(k + 1)
    if gone:
        doc.lines = lines
        why = "the second row of a section name its column broke, joined to the first"
        doc.keep([k for k in range(len(lines)) if k not in gone], dict.fromkeys(gone, why))


def _broken_heading(a: Line, b: Line) -> bool:
    """``a`` and ``b`` are the two rows of one section name: set alike, one under the other, and
    only together a section name of the vocabulary (a wrapped role title may hold a section word:
    "Network Team" / "Volunteer")."""
    if not a.top or not b.top or (a.page, a.column) != (b.page, b.column):
        return False
    pitch = T.WRAP_MAX_PITCH * max(a.size, T.MIN_FONT_SIZE)
    alike = (
        abs(a.size - b.size) <= T.SIZE_ROUNDING
        and a.bold == b.bold
        and a.text.isupper() == b.text.isupper()
        and abs(a.x0 - b.x0) <= T.HEADING_ALIGN
    )
    if not alike or not 0 < b.top - a.top <= pitch:
        return False
    words = len(a.text.split()) + len(b.text.split())
    if words > T.HEADING_MAX_WORDS or heading_kind(a.text) is not None:
        return False
    return normalize_heading(f"{a.text.strip()} {b.text.strip()}") in VOCAB
