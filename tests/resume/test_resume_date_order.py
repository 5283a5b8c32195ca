"""Date conventions: the document's order of day and month, open ends, ordinal days, parts of a year."""

from __future__ import annotations

import pytest

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.date_order import day_first
from resume_tailor.resume.dates import find_dates


def _resume(*ranges: str) -> str:
    jobs = "\n".join(
        f"Analyst {k}, Acme {k} Ltd\n{r}\n• Built report number {k} for the board.\n"
        for k, r in enumerate(ranges)
    )
    return f"Dana Whitfield\ndana@example.com\n\nEXPERIENCE\n{jobs}"


def test_a_day_over_twelve_anywhere_makes_every_slashed_date_day_first() -> None:
    """'03/04/2019' is April when another date of the resume shows its day first ('17/11/2021')."""
    r = parse_resume_bytes(_resume("17/11/2021 – Present", "03/04/2019 – 05/06/2021").encode())
    assert [(e.start, e.end) for e in r.experience] == [("2021-11", "present"), ("2019-04", "2021-06")]


def test_without_a_day_first_date_slashes_stay_month_first() -> None:
    r = parse_resume_bytes(_resume("11/17/2021 – Present", "03/04/2019 – 05/06/2021").encode())
    assert [(e.start, e.end) for e in r.experience] == [("2021-11", "present"), ("2019-03", "2021-05")]


def test_a_document_with_both_orders_votes_for_neither() -> None:
    assert not day_first(["17/11/2021", "11/17/2021"])
    assert day_first(["5/3/2019", "17/3/2020"])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021 onwards", "2021", "present"),
        ("Engineer | March 2020 onward | Berlin", "2020-03", "present"),
        ("Mar 2019 to the present", "2019-03", "present"),
        ("Mar 2019 – Till present", "2019-03", "present"),
        ("Mar 2019 – Continuing", "2019-03", "present"),
        ("Mar 2019 – …", "2019-03", "present"),
        ("March 2020 - ...", "2020-03", "present"),
        ("1st March 2019 – 22nd April 2021", "2019-03", "2021-04"),
        ("3/22 onwards", "2022-03", "present"),
        ("FEBRUARY 2020 onwards Mechanical Engineer", "2020-02", "present"),
        ("Early 2019 – Late 2021", "2019", "2021"),
        ("mid-2016 – 2018", "2016", "2018"),
    ],
)
def test_round_six_conventions(text: str, start: str, end: str) -> None:
    ds = find_dates(text)
    assert ds is not None and (ds.start, ds.end) == (start, end)
