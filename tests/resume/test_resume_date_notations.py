"""Date notations found failing by benchmarks/date_variants.py (set A), on fixtures written here."""

from __future__ import annotations

import pytest

from resume_tailor.resume.dates import find_dates, normalize_date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the month joined to its year by a hyphen or a slash
        ("Mar-2019 – Jun-2021", "2019-03", "2021-06"),
        ("Operations Lead | Sep-2016 to Present", "2016-09", "present"),
        ("From Dec-2015 to Jan-2018", "2015-12", "2018-01"),
        ("Apr/2018 - Oct/2020", "2018-04", "2020-10"),
        # a quarter and its year, read as the quarter's first month
        ("Q3 2017 – Q1 2019", "2017-07", "2019-01"),
        # "To Present" after the dash
        ("Nov 2020 – To Present", "2020-11", "present"),
        ("Data Analyst, Quillon Labs | 2019 - to date", "2019", "present"),
        # a two-digit year after "since"
        ("Since 3/19", "2019-03", "present"),
        # the year before its month
        ("2018 Nov – 2020 Feb", "2018-11", "2020-02"),
        ("From 2016 May to 2019 Aug", "2016-05", "2019-08"),
        # the end left blank after the dash: still going
        ("Field Technician | Harlow Pumps | Sep 2021 –", "2021-09", "present"),
        ("Field Technician (2021-09-01 -)", "2021-09", "present"),
        ("2021-09-01 –, | Field Technician, Harlow Pumps", "2021-09", "present"),
        # an arrow for the dash
        ("Field Technician | Harlow Pumps | 04/2018 → 09/2021", "2018-04", "2021-09"),
        ("2018→2021", "2018", "2021"),
        # a word for the dash and nothing after it inside the brackets
        ("Field Technician (04.2018 through)", "2018-04", "present"),
        # other glyphs for the dash, a slash between spaces, or no dash at all (an icon font's arrow)
        ("Field Technician | 04/2018 ⟶ 09/2021", "2018-04", "2021-09"),
        ("Apr 2018 ▸ Present", "2018-04", "present"),
        ("Field Technician | Apr 2018 / Sep 2021", "2018-04", "2021-09"),
        ("Field Technician | Apr 2018  Sep 2021", "2018-04", "2021-09"),
        ("Apr 2018 \uf061 Present", "2018-04", "present"),
    ],
)
def test_notations_give_both_ends(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_joined_month_and_quarter_normalise() -> None:
    assert normalize_date("Mar-2019") == "2019-03"
    assert normalize_date("Q4 2021") == "2021-10"
    assert normalize_date("To Present") == "present"


def test_words_that_only_look_like_these_notations_are_no_dates() -> None:
    assert find_dates("Presented the Q3 roadmap to the board") is None
    assert find_dates("Reduced COVID-19 exposure in two wards") is None
    assert find_dates("Moved 3/19 of the fleet to electric vans") is None
    # a date followed by more text after its dash is no open range
    assert find_dates("Sep 2021 – Harlow Pumps").start is None  # type: ignore[union-attr]
    # a release year with a month after it stays a release
    assert find_dates("Migrated to SQL Server 2019 May release") is None
    # two dates that run backwards with nothing between them are no range; a date over a slash is one date
    assert find_dates("Sep 2021 Apr 2018").start is None  # type: ignore[union-attr]
    assert (find_dates("06 / 2019").start, find_dates("06 / 2019").end) == (None, "2019-06")  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["Sep 2023 – Present Day", "Sep 2023 - Current Role"])
def test_two_word_now_is_one_end(text: str) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.end, text[span.span[1] :]) == ("present", "")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # an academic year: the end year in two digits after any dash
        ("Teaching Fellow | 2019–20", "2019", "2020"),
        ("Teaching Fellow (2019 to 21)", "2019", "2021"),
        # a spreadsheet's month and two-digit year
        ("Buyer | Mar-19 – Nov-21", "2019-03", "2021-11"),
        ("Since Mar-19", "2019-03", "present"),
        # two short dates with no dash between them
        ("Buyer | 3/19  5/21", "2019-03", "2021-05"),
        # a guillemet for the dash
        ("Buyer | Mar 2019 » Present", "2019-03", "present"),
        # the end left blank after a word or an arrow
        ("Buyer | MARCH 2019 until", "2019-03", "present"),
        ("Buyer (Mar 1, 2019 /)", "2019-03", "present"),
        ("Buyer | 3/19 –", "2019-03", "present"),
        # one end shows its day first, so the other does too
        ("Buyer | 07/03/2019 – 17/11/2021", "2019-03", "2021-11"),
    ],
)
def test_more_notations_give_both_ends(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_a_count_after_a_year_is_no_two_digit_end() -> None:
    span = find_dates("Hired 2019 - 20 engineers")
    assert span is not None and span.start is None
