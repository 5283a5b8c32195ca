"""Page furniture: page numbers, running headers and footers, print dates. None of it is content."""

from __future__ import annotations

from resume_tailor.resume.working import LayoutDoc


def drop_furniture(doc: LayoutDoc) -> None:
    """Stage: copy ``doc.read`` to ``doc.lines`` without page furniture, noting why in ``doc.dropped``."""
    doc.lines = [ln for i, ln in enumerate(doc.read) if i not in doc.dropped]
