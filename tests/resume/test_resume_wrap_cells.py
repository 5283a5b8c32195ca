"""Names wrapped in a narrow table cell beside a date cell: the cell's right edge is the date
cell's left edge, on the row that held a moved date piece (``Line.room``) and on the rows of the
cell stacked right under it.

Invented lines; geometry mimics a LibreOffice two-cell table (name cell 57-165 pt, dates at 168).
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped


def _row(text: str, top: float, x1: float, bold: bool = False, room: float = 0.0, x0: float = 56.8) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 11.0, size=11.0, bold=bold, room=room)


def _items(lines: list[Line]) -> list[str]:
    return [text for text, _, _ in join_wrapped(lines)]


def test_a_name_wrapped_on_the_row_that_lost_its_date_half_is_joined() -> None:
    lines = [
        _row("Statistician | 09/2018 – 01/2022", 463.8, 128.8, bold=True),
        _row("Office for National", 482.4, 139.4, room=168.1),
        _row("Statistics", 497.6, 106.8),
        _row("• Built the quarterly release pipeline in R", 519.7, 540.0, x0=74.8),
    ]
    assert _items(lines)[1] == "Office for National Statistics"


def test_a_name_wrapped_under_a_row_in_the_cell_is_joined_row_by_row() -> None:
    lines = [
        _row("Undergraduate | Jan 2023 – May 2024", 463.8, 128.8, bold=True, room=168.1),
        _row("Teaching Assistant", 478.9, 144.0, bold=True, room=168.1),
        _row("University of Wisconsin", 494.4, 163.6),
        _row("Computer Sciences", 509.5, 141.9),
        _row("Department", 524.7, 108.7),
        _row("• Led weekly lab sections of 30 students", 546.8, 540.0, x0=74.8),
    ]
    assert "University of Wisconsin Computer Sciences Department" in _items(lines)


def test_text_wider_than_the_cell_is_not_held_to_its_edge() -> None:
    lines = [
        _row("Statistician | 09/2018 – 01/2022", 463.8, 128.8, bold=True, room=168.1),
        _row("Office for National Statistics, forty staff", 478.9, 300.0),
        _row("Newport, Wales", 494.4, 130.0),
        _row("• Built the quarterly release pipeline in R", 519.7, 540.0, x0=74.8),
    ]
    assert _items(lines)[1:3] == ["Office for National Statistics, forty staff", "Newport, Wales"]
