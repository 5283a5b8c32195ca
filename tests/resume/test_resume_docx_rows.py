"""DOCX table rows read in the order they are printed: fixtures built here with python-docx."""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.docx import read_docx


def _entry_table(doc, rows: list[tuple[list[str], list[str], str]]) -> None:  # type: ignore[no-untyped-def]
    """One table row per entry: header lines and list bullets in a wide cell, a short cell right."""
    table = doc.add_table(rows=0, cols=2)
    for header, bullets, side in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(header[0]).bold = True
        for text in header[1:]:
            left.add_paragraph(text)
        for text in bullets:
            left.add_paragraph(text, style="List Bullet")
        right.paragraphs[0].text = side


def _saved(doc) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_date_cell_beside_an_entry_with_bullets_belongs_to_its_header() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    d.add_paragraph("priya.raman@example.net")
    d.add_heading("Experience", 1)
    _entry_table(
        d,
        [
            (
                ["Platform Engineer, Quillfeather Labs", "Leeds, UK"],
                ["Moved the build farm to spot instances", "Wrote the deploy tool"],
                "Mar 2020 - Present",
            ),
            (
                ["Support Engineer, Brightmoor Ltd", "York, UK"],
                ["Answered 40 tickets a day"],
                "Jun 2017 - Feb 2020",
            ),
        ],
    )
    data = _saved(d)
    texts = [ln.text for ln in read_docx(data).lines]
    # the date cell is read after the header lines, before the first bullet
    assert texts[texts.index("Leeds, UK") + 1] == "Mar 2020 - Present"
    assert texts[texts.index("Mar 2020 - Present") + 1] == "Moved the build farm to spot instances"
    r = parse_resume_bytes(data)
    assert [(e.title, e.company, e.start, e.end, len(e.bullets)) for e in r.experience] == [
        ("Platform Engineer", "Quillfeather Labs", "2020-03", "present", 2),
        ("Support Engineer", "Brightmoor Ltd", "2017-06", "2020-02", 1),
    ]


def test_rows_without_a_list_or_with_two_long_cells_keep_cell_order() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Priya Raman")
    _entry_table(d, [(["Data Engineer", "Quillfeather Labs, Leeds"], [], "2019 - 2021")])
    # a bulleted profile beside a three-line skills cell: that is a sidebar, not a side note
    sidebar = d.add_table(rows=1, cols=2).rows[0].cells
    sidebar[0].paragraphs[0].text = "Profile"
    sidebar[0].add_paragraph("Designed the reporting warehouse", style="List Bullet")
    sidebar[1].paragraphs[0].text = "Skills"
    for text in ("Python", "SQL", "Airflow"):
        sidebar[1].add_paragraph(text)
    texts = [ln.text for ln in read_docx(_saved(d)).lines]
    assert texts[1:] == [
        "Data Engineer",
        "Quillfeather Labs, Leeds",
        "2019 - 2021",
        "Profile",
        "Designed the reporting warehouse",
        "Skills",
        "Python",
        "SQL",
        "Airflow",
    ]
