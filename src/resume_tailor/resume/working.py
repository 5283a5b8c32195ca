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

    ``read`` are the reader's lines in reading order; ``lines`` the ones the stages keep (page
    furniture and merged fragments go, with ``dropped`` saying why, by index into ``read``), in the
    order the stages settle on, and ``origin`` says which line of ``read`` each one comes from.
    ``headings`` maps an index into ``lines`` to its section kind and ``notes`` says why a line is or
    is not a heading. ``blocks`` are the sections, in reading order.
    """

    read: list[Line]
    lines: list[Line] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)  # for each of ``lines``, its index into ``read``
    dropped: dict[int, str] = field(default_factory=dict)
    body_size: float = 0.0
    headings: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    section_of: dict[int, int] = field(default_factory=dict)  # index into lines -> index into blocks

    def keep(self, order: list[int], why_dropped: dict[int, str] | None = None) -> None:
        """Keep ``lines[k]`` for each k of ``order`` (in that order); note why the others went."""
        for k, why in (why_dropped or {}).items():
            self.dropped[self.origin[k]] = why
        self.lines = [self.lines[k] for k in order]
        self.origin = [self.origin[k] for k in order]
