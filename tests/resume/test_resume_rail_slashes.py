"""A narrow right rail read as a column of its own, its ranges written with a spaced slash and a
label, wrapped over up to five rows ("Dates:" / "JANUARY" / "2013 /" / "JANUARY" / "2015")."""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_date_rails
from resume_tailor.resume.working import LayoutDoc


def _text(text: str, top: float) -> Line:
    return Line(text, x0=36, x1=36 + 6 * len(text), top=top, bottom=top + 11, size=14, column=1)


def _rail(text: str, top: float) -> Line:
    return Line(text, x0=576 - 6 * len(text), x1=576, top=top, bottom=top + 10, size=12.6, column=2)


def test_slashed_ranges_of_a_rail_column_go_to_their_rows() -> None:
    lines = [
        _text("Sales Associate", 194),
        _text("Kestrel Labs", 207),
        _text("Operations Lead", 258),
        _text("Solvay Park GmbH", 272),
        _text("SKILLS", 380),
        _rail("Dates:", 194),
        _rail("APRIL 2015", 207),
        _rail("/ JUNE", 219),
        _rail("2016", 231),
        _rail("Dates:", 259),
        _rail("JANUARY", 271),
        _rail("2013 /", 283),
        _rail("JANUARY", 295),
        _rail("2015", 307),
    ]
    doc = LayoutDoc(read=list(lines))
    doc.lines, doc.origin = list(lines), list(range(len(lines)))
    mend_date_rails(doc)
    assert [ln.text for ln in doc.lines] == [
        "Sales Associate | Dates: APRIL 2015 / JUNE 2016",
        "Kestrel Labs",
        "Operations Lead | Dates: JANUARY 2013 / JANUARY 2015",
        "Solvay Park GmbH",
        "SKILLS",
    ]


def test_a_year_first_range_ending_on_its_month_is_whole() -> None:
    """'2022 Feb until 2022 Oct' ends on a month after its year: nothing more to wait for."""
    from resume_tailor.resume.rails import _whole_range

    assert _whole_range("2022 Feb until 2022 Oct")
    assert not _whole_range("Dates: JANUARY 2013 / JANUARY")
