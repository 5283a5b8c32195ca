"""Achievements of a current job written in the present tense and drawn without a glyph: each
verb ("Draft", "Keep", "Present") opens an item, even "Present", which is also a word for now.

Invented lines; geometry mimics a JSON Resume theme with 16 pt line boxes and a 555 pt margin.
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped


def _row(text: str, row: int, x1: float) -> Line:
    top = 600.0 + 21.5 * row
    return Line(text=text, x0=80.0, x1=x1, top=top, bottom=top + 13.4, size=16.0)


def test_present_tense_verbs_open_items_of_their_own() -> None:
    lines = [
        _row("Manage document review for litigation matters of up to a million pages in", 0, 553.0),
        _row("Relativity", 1, 150.0),
        _row("Draft subpoenas, deposition outlines and privilege logs for four partners", 2, 552.0),
        _row("Keep a repeat-client rate above 70% across the studio's accounts", 3, 520.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [
        "Manage document review for litigation matters of up to a million pages in Relativity",
        "Draft subpoenas, deposition outlines and privilege logs for four partners",
        "Keep a repeat-client rate above 70% across the studio's accounts",
    ]


def test_a_line_ending_on_a_year_and_one_opening_on_present_are_no_broken_range() -> None:
    lines = [
        _row("Rebuilt the default model for small-business lending; the regulator", 0, 553.0),
        _row("approved it without findings in 2023", 1, 330.0),
        _row("Present the quarterly portfolio review to the credit committee and the", 2, 552.0),
        _row("board", 3, 120.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [
        "Rebuilt the default model for small-business lending; the regulator approved it without"
        " findings in 2023",
        "Present the quarterly portfolio review to the credit committee and the board",
    ]


def test_a_range_the_page_broke_after_its_dash_still_joins() -> None:
    lines = [
        _row("Led the branch's lending team from Sep 2017 to Feb", 0, 553.0),
        _row("2021 through two audits", 1, 300.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [
        "Led the branch's lending team from Sep 2017 to Feb 2021 through two audits"
    ]


def test_a_compound_broken_at_its_own_hyphen_keeps_it() -> None:
    from resume_tailor.resume.wrap import dehyphenate_join

    assert dehyphenate_join("Lab Assistant (Part-", "time)") == "Lab Assistant (Part-time)"
    assert dehyphenate_join("Self-", "employed") == "Self-employed"
    assert (
        dehyphenate_join("a five-year survey of un-", "burned plots")
        == "a five-year survey of unburned plots"
    )


def test_a_range_without_a_dash_broken_in_a_narrow_rail_stays_one_range() -> None:
    # a rail cell holding only dates: "12.2016" over "08.2018", "Q1 2021" over "Q3 2023"
    for first, second in (("12.2016", "08.2018"), ("Q1 2021", "Q3 2023")):
        lines = [_row(first, 0, 130.0), _row(second, 1, 130.0)]
        assert [text for text, _, _ in join_wrapped(lines)] == [f"{first} {second}"]
