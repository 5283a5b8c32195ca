"""Entry lines the heading stage took for headings: the end of a wrapped name, a school's name.

:func:`~resume_tailor.resume.headings.find_headings` decides from a line's words and look. Two
kinds of entry line pass those tests and are told only by the line next to them:

- a section name with no heading look, alone on its row, under a line that stops on a word no
  name ends on ("Corrib Valley Institute of" / "Further Education"): the end of that name;
- a line in the document's heading look outside the vocabulary, above a degree line ("Coláiste
  Cois Cuain" / "Leaving Certificate"): an education entry's school, not a section of its own.
"""

from __future__ import annotations

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.education_words import OPEN_END_RE, degree_in
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.working import LayoutDoc

_PLAIN = "alone on its row"  # the note of a known heading with no heading look
_UNKNOWN = "unknown heading in the document's heading look"


def drop_entry_headings(doc: LayoutDoc) -> None:
    """Stage: take the headings that are entry lines (see the module docstring) out of ``doc.headings``.

    >>> doc = LayoutDoc(read=[])
    >>> doc.lines = [Line("Corrib Valley Institute of"), Line("Further Education")]
    >>> doc.headings, doc.notes = {1: "education"}, {1: "known heading (education): alone on its row"}
    >>> drop_entry_headings(doc); doc.headings
    {}
    """
    for i in sorted(doc.headings):
        note = doc.notes.get(i, "")
        why = None
        if note.endswith(_PLAIN) and _ends_name_above(doc.lines, i):
            why = "a section word under a line stopping on a word no name ends on: the name's end"
        elif note == _UNKNOWN and _degree_below(doc.lines, i):
            why = "in the heading look above a degree line: a school, not a section"
        if why is not None:
            del doc.headings[i]
            doc.notes[i] = why


def _ends_name_above(lines: list[Line], i: int) -> bool:
    """The line before, in the same column of the same page, stops on an open word ("of", "&")."""
    if i == 0:
        return False
    above, here = lines[i - 1], lines[i]
    return (
        above.page == here.page
        and above.column == here.column
        and OPEN_END_RE.search(above.text.strip()) is not None
    )


def _degree_below(lines: list[Line], i: int) -> bool:
    """The next line names a degree and is short enough to be an entry's line."""
    if i + 1 >= len(lines):
        return False
    text = strip_bullet(lines[i + 1].text)[0]
    return degree_in(text) is not None and len(text.split()) <= T.UNKNOWN_HEADING_DEGREE_WORDS
