"""A line beside the closing half of a date range that moves up keeps where its cell ended.

Lines as a LibreOffice resume template prints a table row: the title and employer in a narrow
left cell, the dates wrapped in the cell to its right (invented text).
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_date_rails
from resume_tailor.resume.working import LayoutDoc


def _ln(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
    return Line(text, page=1, x0=x0, x1=x1, top=top, bottom=top + 14.0, size=11.0, bold=bold, column=1)


def test_the_row_beside_a_moved_date_half_keeps_the_dates_left_edge_as_its_room() -> None:
    lines = [
        _ln("Statistician", 56.8, 109.3, 418.3, bold=True),
        _ln("09/2018 –", 168.1, 212.5, 418.6),
        _ln("Office for National", 56.8, 140.7, 433.8),
        _ln("01/2022", 168.1, 204.1, 433.8),
        _ln("Statistics", 56.8, 96.4, 448.9),
    ]
    doc = LayoutDoc(read=lines, lines=list(lines), origin=list(range(len(lines))))
    mend_date_rails(doc)
    rows = {ln.text: ln.room for ln in doc.lines}
    assert "01/2022" not in rows
    assert rows["Office for National"] == 168.1
    assert rows["Statistics"] == 0.0
