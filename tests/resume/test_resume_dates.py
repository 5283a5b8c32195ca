"""Dates in every common form, durations and total years."""

from __future__ import annotations

from datetime import date

import pytest

from resume_tailor.resume.dates import find_dates, months_between, normalize_date, total_years


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Jan 2020", "2020-01"),
        ("January 2020", "2020-01"),
        ("Sept. 2023", "2023-09"),
        ("01/2020", "2020-01"),
        ("1/2020", "2020-01"),
        ("2020-05", "2020-05"),
        ("2020", "2020"),
        ("Summer 2021", "2021-06"),
        ("Fall 2019", "2019-09"),
        ("’21", "2021"),
        ("'98", "1998"),
        ("Present", "present"),
        ("current", "present"),
        ("20XX", None),
    ],
)
def test_normalize_date_reads_common_forms(written: str, iso: str | None) -> None:
    assert normalize_date(written) == iso


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Software Engineer · 2022 – Present", "2022", "present"),
        ("Jan 2020 - Dec 2021", "2020-01", "2021-12"),
        ("03/2022 — Present", "2022-03", "present"),
        ("June 2023 to Sept. 2023", "2023-06", "2023-09"),
        ("’19 – ’21", "2019", "2021"),
        ("2019-2021", "2019", "2021"),
        ("Summer 2021 - Fall 2021", "2021-06", "2021-09"),
        ("Ridgemont State University | Aug 2013 - May 2017", "2013-08", "2017-05"),
        ("Jan '20 – Mar '21", "2020-01", "2021-03"),
        ("2020.01 – 2021.03", "2020-01", "2021-03"),
        ("06/19 – Present", "2019-06", "present"),
        ("Engineer since March 2019", "2019-03", "present"),
        ("2018 - now", "2018", "present"),
    ],
)
def test_find_dates_reads_ranges_with_any_separator(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_single_date_is_taken_as_the_end() -> None:
    span = find_dates("Bachelor of Science in Computer Engineering, December 2024")
    assert span is not None and (span.start, span.end, span.text) == (None, "2024-12", "December 2024")


def test_numbers_that_are_not_dates_are_ignored() -> None:
    assert find_dates("Cut latency by 45% for 300 users and saved $2000") is None


def test_months_count_both_ends_and_present_is_today() -> None:
    assert months_between("2020-01", "2020-12") == 12
    assert months_between("2024-01", "present", today=date(2024, 6, 15)) == 6
    assert months_between(None, "2020") is None


def test_total_years_counts_overlapping_roles_once() -> None:
    # Jan 2018..Dec 2019 and Jan 2019..Dec 2020 overlap by a year: 3 years in all, not 4
    assert total_years([(2018 * 12, 2018 * 12 + 23), (2019 * 12, 2019 * 12 + 23)]) == 3.0
    assert total_years([]) is None


def test_iso_dates_with_days_keep_both_ends_of_a_range() -> None:
    from resume_tailor.resume.dates import find_dates

    span = find_dates("2021-09-01 - 2025-05-01")
    assert span is not None and (span.start, span.end) == ("2021-09", "2025-05")
    span = find_dates("2019-06-15 – Present")
    assert span is not None and (span.start, span.end) == ("2019-06", "present")


def test_a_number_ending_a_name_is_not_a_month() -> None:
    from resume_tailor.resume.dates import find_dates

    span = find_dates("Université Lyon 2.  2012–2015")
    assert span is not None and (span.start, span.end) == ("2012", "2015")
    span = find_dates("06.2019 – 03.2021")
    assert span is not None and (span.start, span.end) == ("2019-06", "2021-03")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("März 2019 – heute", "2019-03", "present"),
        ("Okt. 2017 – Dez. 2019", "2017-10", "2019-12"),
        ("Mai 2016 bis Juli 2018", "2016-05", "2018-07"),
        ("janvier 2018 - présent", "2018-01", "present"),
        ("févr. 2015 – août 2017", "2015-02", "2017-08"),
        ("enero de 2020 – actualidad", "2020-01", "present"),
        ("Set 2018 – Out 2020", "2018-09", "2020-10"),
        ("gennaio 2018 - oggi", "2018-01", "present"),
        ("maart 2017 – heden", "2017-03", "present"),
        ("Ingenieurin seit 2019", "2019", "present"),
    ],
)
def test_month_names_and_words_for_now_in_other_languages(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_english_words_spelled_like_foreign_months_are_not_months() -> None:
    # "out", "set", "ago" name months only capitalised (Portuguese, Italian, Spanish)
    span = find_dates("Rolled out 2019 pricing to 40 markets")
    assert span is not None and (span.start, span.end) == (None, "2019")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("15.03.2019 – 30.06.2021", "2019-03", "2021-06"),  # day first, dotted
        ("03/15/2019 - 06/30/2021", "2019-03", "2021-06"),  # month first, slashed
        ("28/02/2018 - 31/01/2020", "2018-02", "2020-01"),  # day first, slashed: the day is over 12
        ("1 Mar 2019 – 30 Jun 2021", "2019-03", "2021-06"),
        ("Mar 1, 2019 – Jun 30, 2021", "2019-03", "2021-06"),
        ("15 de março de 2019 – o presente", "2019-03", "present"),
    ],
)
def test_dates_written_to_the_day_keep_their_month(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
