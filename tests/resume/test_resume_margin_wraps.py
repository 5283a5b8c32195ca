"""A date at a tab stop on an entry's row, too long for it, goes on at the row's left margin."""

from __future__ import annotations

import pytest

from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_broken_ranges


def _entry(piece: str, rest: str, rest_x0: float = 90.0) -> list[Line]:
    """A header row (bold title at the margin, the date piece at the right end), the wrapped rest
    under it, and a point."""
    return [
        Line(
            "Senior Economist, Fiscal Management Division",
            x0=90,
            x1=484,
            top=268,
            bottom=279,
            size=11,
            bold=True,
        ),
        Line(piece, x0=540 - 6 * len(piece), x1=558, top=268, bottom=279, size=11),
        Line(rest, x0=rest_x0, x1=rest_x0 + 6 * len(rest), top=282, bottom=294, size=11),
        Line("Lead the technical assistance programme", x0=108, x1=491, top=307, bottom=318, size=11),
    ]


@pytest.mark.parametrize(
    ("piece", "rest", "joined"),
    [
        ("Sep", "2021 – Present", "Sep 2021 – Present"),
        ("Jun 2014 –", "May 2018", "Jun 2014 – May 2018"),
        ("Oct 2020 – Mar", "2021", "Oct 2020 – Mar 2021"),
    ],
)
def test_the_rest_of_the_range_at_the_margin_joins_it(piece: str, rest: str, joined: str) -> None:
    texts = [ln.text for ln in mend_broken_ranges(_entry(piece, rest))]
    assert texts == [
        "Senior Economist, Fiscal Management Division",
        joined,
        "Lead the technical assistance programme",
    ]


def test_a_line_that_is_more_than_the_range_stays() -> None:
    """'Sep' ends the row; the next row is a sentence that starts with a year: no range to mend."""
    lines = _entry("Sep", "2021 saw the programme double in size")
    assert [ln.text for ln in mend_broken_ranges(lines)] == [ln.text for ln in lines]


def test_a_row_under_the_piece_but_off_the_margin_stays() -> None:
    """An indented point under the row is the entry's text, not the wrapped date."""
    lines = _entry("Oct 2020 – Mar", "2021", rest_x0=108)
    assert [ln.text for ln in mend_broken_ranges(lines)] == [ln.text for ln in lines]
