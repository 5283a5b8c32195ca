"""Lines that say a section's name, or sit in the heading look, without heading a section."""

from __future__ import annotations

from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line

_ROW = 14.0


def _column(rows: list[tuple[str, bool, float]], x0: float = 50.0) -> list[Line]:
    """One column of lines, one a row: (text, bold, size)."""
    return [
        Line(
            text,
            top=100 + k * _ROW,
            bottom=110 + k * _ROW,
            x0=x0,
            x1=x0 + 6 * len(text),
            size=size,
            bold=bold,
        )
        for k, (text, bold, size) in enumerate(rows)
    ]


def _sections(lines: list[Line]) -> list[tuple[str, str]]:
    doc = analyse(lines)
    return [(ln.text, doc.blocks[doc.section_of[k]].kind) for k, ln in enumerate(doc.lines)]


def test_section_words_inside_entries_and_lists_head_nothing() -> None:
    """'Corrib Valley Institute of' / 'Further Education': the plain line finishes the name; '• Training'
    in a skills list is an item. Both are plain and alone on their rows: one look, counted twice,
    must not pass for a second heading style of the document."""
    rows = [
        ("Declan Fitzgerald", True, 16.0),
        ("Experience", True, 14.0),
        ("Culinary Arts Lecturer", True, 10.0),
        ("09/2018 – 06/2021", False, 10.0),
        ("Corrib Valley Institute of", False, 10.0),
        ("Further Education", False, 10.0),
        ("• Taught classical technique to two groups", False, 10.0),
        ("Skills", True, 14.0),
        ("• Butchery", False, 10.0),
        ("• Training", False, 10.0),
        ("Volunteering", True, 14.0),
        ("Volunteer Chef, Cook for Galway", False, 10.0),
    ]
    kinds = dict(_sections(_column(rows)))
    assert kinds["Further Education"] == "experience"
    assert kinds["• Taught classical technique to two groups"] == "experience"
    assert kinds["• Training"] == "skills"
    assert kinds["Volunteer Chef, Cook for Galway"] == "volunteering"


def test_a_school_in_the_heading_look_above_its_degree_is_an_entry() -> None:
    """A school printed bold and big like the headings, with no school word the vocabulary knows,
    stays in its section when a degree line follows it."""
    rows = [
        ("Arjun Mehta", True, 16.0),
        ("Education", True, 12.0),
        ("Kaveri Institute of Technology", True, 12.0),
        ("Computer Science and Engineering, B.Tech", False, 10.0),
        ("2012 - 2016", False, 10.0),
        ("Sarvodaya Mandali", True, 12.0),
        ("Science (PCM), Class XII (CBSE)", False, 10.0),
        ("2010 - 2012", False, 10.0),
        ("Skills", True, 12.0),
        ("Java, Go, SQL", False, 10.0),
    ]
    kinds = dict(_sections(_column(rows)))
    assert kinds["Sarvodaya Mandali"] == "education"
    assert kinds["Science (PCM), Class XII (CBSE)"] == "education"


def test_an_unknown_heading_in_the_heading_look_still_heads() -> None:
    """The degree test leaves real unknown headings alone ('Field Notes' over a note's title)."""
    rows = [
        ("Arjun Mehta", True, 16.0),
        ("Education", True, 12.0),
        ("Kaveri Institute of Technology", False, 10.0),
        ("Skills", True, 12.0),
        ("Java, Go, SQL", False, 10.0),
        ("Field Notes", True, 12.0),
        ("A year of counting swifts over the river", False, 10.0),
    ]
    kinds = dict(_sections(_column(rows)))
    assert kinds["A year of counting swifts over the river"] == "other"


def test_tech_names_a_section_only_beside_another_section_name() -> None:
    from resume_tailor.resume.headings import heading_kind

    assert heading_kind("Skills and Tech") == "skills"
    assert heading_kind("Tools & Tech") == "skills"
    assert heading_kind("Georgia Tech") is None
