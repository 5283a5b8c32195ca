"""The typed working object of the layout pipeline (see :mod:`resume_tailor.resume.layout`).

Each stage reads the fields filled by the stages before it and fills its own; ``tailor parse
--explain`` prints them line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resume_tailor.resume.lines import Line


@dataclass
class Block:
    """A section under construction: its heading line and its body lines."""

    kind: str
    heading: str
    lines: list[Line] = field(default_factory=list)
    heading_line: Line | None = None


@dataclass
class LayoutDoc:
    """Lines on their way to sections.

    ``read`` are the reader's lines in reading order; ``lines`` the ones kept after page furniture
    (page numbers, running headers and footers) is dropped, with ``dropped`` saying why, by index
    into ``read``. ``headings`` maps an index into ``lines`` to its section kind and ``notes`` says
    why a line is or is not a heading. ``blocks`` are the sections, in reading order.
    """

    read: list[Line]
    lines: list[Line] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)
    body_size: float = 0.0
    headings: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    section_of: dict[int, int] = field(default_factory=dict)  # index into lines -> index into blocks
