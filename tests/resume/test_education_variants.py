"""Education sections written in many templates' conventions (benchmarks/education_variants.py
generates them with truth by construction), and the failure classes the generator exposed.

Layouts real templates use for education (JSON Resume themes, LaTeX classes, Word/Docs templates),
each drawn by the generator:
- school and dates on one line, the degree below; or the degree first, then "School, City";
- everything on one line with commas, bars, dashes or tabs between; dates before the entry;
- dates right-aligned on the first row (a second segment), on a line of their own, glued on after
  a tab, or in a left rail beside the entry (moderncv style);
- school and place on one row with the place right-aligned, degree and dates on the next (two
  right-aligned segments, as in one-page LaTeX resumes);
- two or three degrees listed under one school, each with its own dates;
- degree abbreviations (B.S., BSc, M.Eng., MBA, Ph.D., B.Tech) and names (Bachelor of Science),
  with "in", a comma, brackets ("BSc (Chemistry)"), nothing at all ("{studyType} {area}"), the field
  written first ("Chemistry, BSc"), "(Hons)";
- "Expected May 2026", year-only, month-year, numeric and ISO ("2014-09-01") dates;
- school or degree in capitals; a school's web address under it; a school known without a school
  word ("ETH ...", "Sciences Po ...", "TU ...");
- the field set apart from its degree ("Bachelor | School | Computer Science", "School, Field" over
  "Degree"), and " / " between the parts;
- grade lines ("GPA: 3.8/4.0", "CGPA: 8.9/10", "Score: 3.9"), honours lines, "Minor in ...",
  "Concentration: ...", coursework lists, bullets under the degree;
- a sidebar column of a two-column PDF: every piece on a line of its own and long names wrapped
  ("Diploma (Mechanical" / "Engineering)", "Lakeside Institute of" / "Technology").

The fixtures are invented schools and people; the geometry is 10 pt text with a 12 pt pitch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.education_words import uncapitalise
from resume_tailor.resume.lines import Line

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from education_variants import HELD_OUT_FROM, generate, run, score  # noqa: E402


def _row(text: str, row: int, *, x0: float = 72.0) -> Line:
    top = 100.0 + 12.0 * row
    return Line(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9.0, size=10.0)


def test_generated_sections_carry_their_truth() -> None:
    variant = generate(7)
    matched, _, true, _ = score(variant, parse_education(variant.lines))
    assert true == len(variant.truth) >= 1
    assert matched == true


def test_tuning_and_held_out_variants_parse_well() -> None:
    assert run(range(0, 150)) >= 0.97
    assert run(range(HELD_OUT_FROM, HELD_OUT_FROM + 150)) >= 0.95


def test_a_degree_in_capitals_beside_a_date_or_a_school_is_read() -> None:
    assert uncapitalise("DIPLOMA IN ECONOMICS\t2019 to 2023") == "Diploma in Economics\t2019 to 2023"
    assert uncapitalise("PHD, ECONOMICS") == "PhD, Economics"
    assert uncapitalise("B.SC. (CHEMISTRY) | 2025–2026") == "B.Sc. (Chemistry) | 2025–2026"
    assert uncapitalise("MIT, USA") == "MIT, USA"
    [edu] = parse_education([Line("MENG IN DATA SCIENCE, Ashford University, 2019")])
    assert (edu.degree, edu.field, edu.institution) == (
        "MEng in Data Science",
        "Data Science",
        "Ashford University",
    )


def test_an_expected_date_on_its_own_line_is_not_the_tail_of_the_line_above() -> None:
    lines = [
        _row("Expected 2010", 0),
        _row("Brookhaven State University", 1),
        _row("B.A. in Computer Science", 2),
        _row("Relevant Coursework: Algorithms, Databases, Statistics", 3),
        _row("Expected January 2006", 4),
        _row("Northfield University", 5),
        _row("Master of Science in Chemistry", 6),
    ]
    first, second = parse_education(lines)
    assert (first.institution, first.end) == ("Brookhaven State University", "2010")
    assert (second.institution, second.end) == ("Northfield University", "2006-01")


def test_an_honours_line_under_a_school_is_not_part_of_its_name() -> None:
    lines = [
        _row("PhD in Chemistry", 0),
        _row("2018 to 2022", 0, x0=480.0),
        _row("Silverton Institute of Technology", 1),
        _row("Magna Cum Laude", 2),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Silverton Institute of Technology"


def test_a_place_between_a_school_and_its_degree_is_neither() -> None:
    [edu] = parse_education(
        [Line("Silverton College, Boston, MA, Licenciatura, Applied Mathematics, 2001–2005")]
    )
    assert edu.institution == "Silverton College"
    assert edu.location == "Boston, MA"
    assert edu.degree == "Licenciatura, Applied Mathematics"


def _side(texts: list[str], *, x0: float = 36.0) -> list[Line]:
    """A sidebar's lines: one under the other, 10 pt type, 30 characters at most."""
    return [_row(t, k, x0=x0) for k, t in enumerate(texts)]


def test_a_sidebar_line_open_in_a_bracket_or_on_a_comma_goes_on_below() -> None:
    first, second = parse_education(
        _side(
            [
                "Diploma (Mechanical",
                "Engineering)",
                "Ashford Institute of Technology",
                "2008",
                "Applied Mathematics,",
                "Licenciatura",
                "Northfield State University",
                "2004",
            ]
        )
    )
    assert (first.degree, first.field) == ("Diploma (Mechanical Engineering)", "Mechanical Engineering")
    assert (second.field, second.institution) == ("Applied Mathematics", "Northfield State University")


def test_a_sidebar_school_name_broken_before_its_generic_words_is_one_name() -> None:
    [edu] = parse_education(_side(["MBA (Economics), Lakeside", "College", "2004", "Minor in Economics"]))
    assert (edu.degree, edu.field, edu.institution) == ("MBA (Economics)", "Economics", "Lakeside College")


def test_a_short_degree_line_whose_field_ends_below_is_one_line() -> None:
    [edu] = parse_education(
        _side(["Northfield Institute of", "Technology", "Licenciatura, Business", "Administration", "2003"])
    )
    assert (edu.field, edu.institution) == ("Business Administration", "Northfield Institute of Technology")


def test_lines_ending_on_a_glued_date_are_not_broken_lines() -> None:
    lines = [
        _row("WESTBROOK STATE UNIVERSITY", 0),
        _row("Chemistry, B.Tech\t2009", 1),
        _row("Data Science, Licenciatura\t2005", 2),
    ]
    first, second = parse_education(lines)
    assert (first.degree, first.end) == ("Chemistry, B.Tech", "2009")
    assert (second.degree, second.end) == ("Data Science, Licenciatura", "2005")


def test_a_wide_line_of_another_column_does_not_hide_a_broken_degree() -> None:
    far = Line("Senior Product Designer", x0=366.0, x1=700.0, top=40.0, bottom=68.0, size=28.0, column=2)
    lines = [
        far,
        _row("Master of Science in Computer", 0, x0=48.0),
        _row("Science", 1, x0=48.0),
        _row("at Ridgemont University", 2, x0=48.0),
    ]
    [edu] = parse_education(lines)
    assert (edu.field, edu.institution) == ("Computer Science", "Ridgemont University")


def test_rail_years_beside_a_broken_name_make_its_range() -> None:
    lines = [
        _row("2011", 0, x0=60.0),
        Line("B.Tech, Computer Science, Kingsport Institute of", x0=130.0, x1=530.0, top=101.0, size=10.0),
        _row("2015", 1, x0=60.0),
        Line("Technology Marlow, 8.6 CGPA", x0=130.0, x1=270.0, top=114.0, bottom=123.0, size=10.0),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Kingsport Institute of Technology Marlow"
    assert (edu.start, edu.end, edu.gpa) == ("2011", "2015", "8.6")


def test_a_school_name_carried_on_after_a_small_word_is_one_name() -> None:
    [edu] = parse_education(
        _side(["BSc in Physics", "at Fachhochschule Greystone-", "Eastwood", "zu Marlow", "2010 - 2013"])
    )
    assert edu.institution == "Fachhochschule Greystone-Eastwood zu Marlow"


def test_a_school_without_a_school_word_above_its_degree_keeps_the_entries_apart() -> None:
    lines = [
        _row("Sciences Po Kingsport", 0),
        _row("2019 – 2021", 0, x0=480.0),
        _row("MA in Public Policy", 1),
        _row("Marlow University", 2),
        _row("2015 – 2019", 2, x0=480.0),
        _row("BSc in Physics", 3),
    ]
    first, second = parse_education(lines)
    assert (first.institution, first.degree) == ("Sciences Po Kingsport", "MA in Public Policy")
    assert (second.institution, second.degree) == ("Marlow University", "BSc in Physics")


def test_a_school_without_a_school_word_under_its_degree_keeps_its_place_apart() -> None:
    lines = [_row(t, k) for k, t in enumerate(["Licenciatura, Physics", "TU Kingsport, Leeds, UK", "2021"])]
    [edu] = parse_education(lines)
    assert (edu.institution, edu.location) == ("TU Kingsport", "Leeds, UK")


def test_a_field_written_apart_from_its_degree_is_its_field() -> None:
    one, two = parse_education(
        [
            Line("Bachelor | Marlow University | Computer Science | 2014 - 2018"),
            Line("Master / Oakridge College / Data Analytics"),
        ]
    )
    assert (one.degree, one.field, one.institution) == ("Bachelor", "Computer Science", "Marlow University")
    assert (two.degree, two.field, two.institution) == ("Master", "Data Analytics", "Oakridge College")
    three, four = parse_education(
        [
            Line(t)
            for t in [
                "2014 - 2018 | Economics",
                "Marlow University, Master",
                "2018 - 2020 | Statistics",
                "Physics, Oakridge College",
                "Bachelor",
            ]
        ]
    )
    assert (three.field, three.institution, three.end) == ("Economics", "Marlow University", "2018")
    assert (four.field, four.institution, four.end) == ("Statistics", "Oakridge College", "2020")


def test_a_scholarship_named_for_a_faculty_is_no_entry_of_its_own() -> None:
    lines = [
        Line("Marlow University"),
        Line("BSc in Physics, 2018"),
        Line("Dean's Scholarship, College of Science"),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Marlow University"


def test_a_field_after_a_school_and_its_place_is_not_part_of_the_place() -> None:
    [edu] = parse_education(
        [Line("Greystone Institute of Technology, Toronto, Canada, History, Licenciatura")]
    )
    assert (edu.institution, edu.location, edu.field) == (
        "Greystone Institute of Technology",
        "Toronto, Canada",
        "History",
    )


def test_degree_lines_ending_on_their_dates_are_not_broken_lines() -> None:
    lines = [
        _row("Fairhaven Polytechnic, Austin, TX", 0),
        _row("Data Science, PhD, January 2017", 1),
        _row("History, PhD, December 2013", 2),
        _row("Computer Science, Bachelor of Arts - 2003–2007", 3),
        _row("Electrical Engineering, B.Tech - 2001–2003", 4),
        _row("Chemistry, Master of Science, May 2009", 5),
    ]
    assert [e.field for e in parse_education(lines)] == [
        "Data Science",
        "History",
        "Computer Science",
        "Electrical Engineering",
        "Chemistry",
    ]


def test_a_name_under_a_degree_that_ends_its_field_is_the_school_not_a_tail() -> None:
    lines = [_row("2022–2023", 0), _row("Bachelor of Arts in Data Science", 1), _row("Sciences Po Marlow", 2)]
    [edu] = parse_education(lines)
    assert (edu.degree, edu.institution) == ("Bachelor of Arts in Data Science", "Sciences Po Marlow")
    tail = [
        _row("B.Tech in Business", 0, x0=36.0),
        _row("Administration", 1, x0=36.0),
        _row("Marlow College", 2),
    ]
    assert parse_education(tail)[0].field == "Business Administration"


def test_a_school_without_a_school_word_beside_its_dates_under_the_degree() -> None:
    lines = [
        _row("Licenciatura (History)", 0),
        _row("HEC Marlow, 12/2009 – 09/2010", 1),
        _row("B.Tech (History)", 2),
        _row("Oakridge Institute of Technology, 12/2005 – 04/2006", 3),
    ]
    first, second = parse_education(lines)
    assert (first.institution, first.end) == ("HEC Marlow", "2010-09")
    assert second.institution == "Oakridge Institute of Technology"


def test_a_field_written_first_before_an_honours_degree() -> None:
    [edu] = parse_education([Line("TU Marlow — Leeds, UK — Business Administration, M.S. (Hons)")])
    assert (edu.field, edu.institution) == ("Business Administration", "TU Marlow")
