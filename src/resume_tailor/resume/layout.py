"""The layout pipeline: a reader's lines (in reading order) -> headed sections.

Each stage is a function over one :class:`~resume_tailor.resume.working.LayoutDoc` that fills its own
fields, in this order:

1. :func:`~resume_tailor.resume.furniture.drop_furniture` - page numbers, running headers and
   footers, print dates leave ``lines`` (``dropped`` says why);
2. :func:`~resume_tailor.resume.wrapped_headings.join_wrapped_headings` - a section name a narrow
   column broke over two rows ("ACADEMIC" / "BACKGROUND") joined;
3. :func:`~resume_tailor.resume.siderail.drop_flush_headings` - a section name that a right-hand
   heading column set flush against the text of an entry row leaves ``lines``;
4. :func:`~resume_tailor.resume.siderail.interleave_side_headings` - pages whose section headings
   sit in a side column beside their text are read row by row;
5. :func:`~resume_tailor.resume.rails.mend_date_rails` - date ranges broken over two rows of a
   date column ("Mar 2021 –" / "Present") put back together on the entry's header row;
6. :func:`~resume_tailor.resume.date_order.settle_date_order` - slashed dates the document writes
   day first ("17/11/2021" somewhere) put in the dotted form that says so;
7. :func:`~resume_tailor.resume.headings.find_headings` - which lines are headings and of what kind
   (``headings``, ``notes``);
8. :func:`~resume_tailor.resume.entry_headings.drop_entry_headings` - headings that are entry lines
   (the end of a wrapped name, a school above its degree) go back to their section;
9. :func:`~resume_tailor.resume.timeline.read_timeline` - an activity feed ("June 2015" / "Joined
   Acme" / the role) read as entries under headings of their kinds;
10. :func:`~resume_tailor.resume.sections.split_sections` - the lines grouped under their headings
   (``blocks``).

After layout, :mod:`~resume_tailor.resume.fields` reads each block (joining wrapped lines with
:mod:`~resume_tailor.resume.wrap`). Tolerances live in :mod:`~resume_tailor.resume.tolerances`, the
heading vocabulary in :mod:`~resume_tailor.resume.heading_words`.
"""

from __future__ import annotations

from resume_tailor.resume.date_order import settle_date_order
from resume_tailor.resume.entry_headings import drop_entry_headings
from resume_tailor.resume.furniture import drop_furniture
from resume_tailor.resume.headings import find_headings
from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_date_rails
from resume_tailor.resume.sections import split_sections
from resume_tailor.resume.siderail import drop_flush_headings, interleave_side_headings
from resume_tailor.resume.timeline import read_timeline
from resume_tailor.resume.working import LayoutDoc
from resume_tailor.resume.wrapped_headings import join_wrapped_headings

STAGES = (
    drop_furniture,
    join_wrapped_headings,
    drop_flush_headings,
    interleave_side_headings,
    mend_date_rails,
    settle_date_order,
    find_headings,
    drop_entry_headings,
    read_timeline,
    split_sections,
)


def analyse(lines: list[Line]) -> LayoutDoc:
    """Run every layout stage over the lines and return the working object."""
    doc = LayoutDoc(read=list(lines))
    for stage in STAGES:
        stage(doc)
    return doc


def explain(doc: LayoutDoc) -> list[str]:
    """One row per line in the order the parser read it: page, column, what the heading stage
    decided, and its section; then the lines the stages dropped, and why.

    >>> rows = explain(analyse([Line("Jane Doe"), Line("EXPERIENCE"), Line("Engineer, Acme")]))
    >>> [r.split("|")[3].strip() for r in rows]
    ['contact', 'experience', 'experience']
    """
    rows = []
    for k, ln in enumerate(doc.lines):
        decision = doc.notes.get(k, "heading" if k in doc.headings else "-")
        block = doc.blocks[doc.section_of[k]] if k in doc.section_of else None
        section = block.kind if block is not None else "-"
        if block is not None and block.heading and block.kind == "other":
            section = f"other ({block.heading})"
        rows.append(_row(doc.read[doc.origin[k]], ln.text, decision, section))
    for i, why in sorted(doc.dropped.items()):
        rows.append(_row(doc.read[i], doc.read[i].text, f"dropped: {why}", "-"))
    return rows


def _row(source: Line, text: str, decision: str, section: str) -> str:
    return f"p{source.page} c{source.column} | {text.strip()[:60]:<60} | {decision} | {section}"
