"""Education lines that say more about a degree, other sections next to education, and degrees set
in a narrow cell: the failure classes of round three of benchmarks/education_variants.py and of
new corpus templates (a degree hyphenated in a narrow left cell, a degree glued to its school).

The fixtures are invented schools and people; the geometry is 10 pt text with a 12-13 pt pitch.
"""

from __future__ import annotations

from resume_tailor.resume.education import parse_education, stray_education
from resume_tailor.resume.education_words import find_gpa, unglue_degree, unlinked
from resume_tailor.resume.lines import Line


def _row(text: str, row: int, *, x0: float = 72.0, x1: float | None = None, bold: bool = False) -> Line:
    top = 100.0 + 13.0 * row
    right = x1 if x1 is not None else x0 + 5.0 * len(text)
    return Line(text=text, x0=x0, x1=right, top=top, bottom=top + 9.0, size=10.0, bold=bold)


def _read(texts: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education([Line(t) for t in texts])]


def test_a_degree_hyphenated_in_a_narrow_cell_is_joined_and_set_apart_from_the_school() -> None:
    lines = [
        _row("Bach- Lakemoor Institute of Technology, Computer Science and En-", 0, x0=62, x1=431, bold=True),
        _row("July 2011 – May 2015", 0, x0=455, x1=550),
        _row("e-", 1, x0=62, x1=73, bold=True),
        _row("gineering", 1, x0=94, x1=137),
        _row("lor of", 2, x0=62, x1=91, bold=True),
        _row("Tech-", 3, x0=62, x1=89, bold=True),
        _row("nol-", 4, x0=62, x1=82, bold=True),
        _row("ogy", 5, x0=62, x1=80, bold=True),
        _row("• GPA: 8.6 CGPA", 6, x0=94, x1=169),
    ]
    [edu] = parse_education(lines)
    assert edu.degree == "Bachelor of Technology"
    assert edu.institution == "Lakemoor Institute of Technology"
    assert edu.field == "Computer Science and Engineering"
    assert (edu.start, edu.end, edu.gpa) == ("2011-07", "2015-05", "8.6")


def test_a_degree_glued_to_the_school_after_it_is_read_apart() -> None:
    assert unglue_degree("LicenceUniversité Lumière Brisay 2, Economics") == (
        "Licence | Université Lumière Brisay 2, Economics"
    )
    assert unglue_degree("McAllister College") == "McAllister College"
    assert _read(["LicenceUniversité Lumière Brisay 2, Economics"]) == [
        ("Licence", "Economics", "Université Lumière Brisay 2")
    ]


def test_a_field_beside_the_school_wins_over_a_degree_that_only_names_itself() -> None:
    assert _read(["Bachelor of ICT | Hogeschool Westerveld, Information Technology"]) == [
        ("Bachelor of ICT", "Information Technology", "Hogeschool Westerveld")
    ]


def test_another_sections_heading_read_into_the_block_ends_education() -> None:
    texts = ["Marlow State University", "B.A. in History", "2014 – 2018"]
    for after in (
        ["CERTIFICATES", "Data Analytics Professional Certificate", "Coursera · 2022"],
        ["COURSES", "Machine Learning, Coursera", "Ashby University, 2020"],
        ["Languages", "Spanish", "Intermediate"],
    ):
        assert _read(texts + after) == [("B.A. in History", "History", "Marlow State University")]


def test_a_label_an_entry_carries_does_not_end_education() -> None:
    texts = [
        "Marlow State University",
        "B.A. in History",
        "Courses",
        "• Ethics",
        "Kessel College",
        "M.A. in Law",
    ]
    assert [inst for _, _, inst in _read(texts)] == ["Marlow State University", "Kessel College"]
    assert [field for _, field, _ in _read(texts)] == ["History", "Law"]


def test_a_link_beside_a_school_is_not_part_of_its_name() -> None:
    assert unlinked("Marlow University (https://www.marlow.edu), Leeds, UK") == "Marlow University, Leeds, UK"
    assert unlinked("Marlow University · www.marlow.edu · 2019 – 2020") == "Marlow University · 2019 – 2020"
    assert unlinked("Marlow University \u2197") == "Marlow University"
    assert _read(["Marlow University \u2013 marlow.edu", "MSc in Physics, 2019"]) == [
        ("MSc in Physics", "Physics", "Marlow University")
    ]


def test_an_exchange_at_another_school_is_said_of_the_entry() -> None:
    texts = [
        "2022 – 2023",
        "Bachelor of Arts in Data Science",
        "ETH Marlow",
        "Exchange semester at University of Kessel",
    ]
    assert _read(texts) == [("Bachelor of Arts in Data Science", "Data Science", "ETH Marlow")]


def test_an_exchange_line_wrapped_in_a_sidebar_stays_one_line() -> None:
    lines = [
        _row("B.Tech, Economics", 0, x0=36),
        _row("Kessel College", 1, x0=36),
        _row("11/2013 to 11/2014", 2, x0=36),
        _row("Exchange semester at Hill", 3, x0=36),
        _row("Valley Institute of Technology", 4, x0=36),
    ]
    assert [e.institution for e in parse_education(lines)] == ["Kessel College"]


def test_a_labelled_grade_beside_the_dates_keeps_them_the_next_entrys() -> None:
    assert find_gpa("Grade: 1.3") == "1.3"
    assert find_gpa("Final mark: 85%") == "85%"
    texts = [
        "2019 – 2021\tGrade: 1.3",
        "MSc, Physics",
        "Marlow University",
        "2015 – 2019\tScore: 3.9",
        "BSc, Physics",
        "Kessel University",
    ]
    got = parse_education([Line(t) for t in texts])
    assert [(e.institution, e.start, e.gpa) for e in got] == [
        ("Marlow University", "2019", "1.3"),
        ("Kessel University", "2015", "3.9"),
    ]


def test_a_concentration_under_a_degree_is_not_the_next_degrees_field() -> None:
    texts = [
        "PhD",
        "Economics",
        "Marlow University",
        "Concentration: Finance",
        "MBA",
        "Statistics",
        "Kessel College",
    ]
    assert _read(texts) == [
        ("PhD", "Economics", "Marlow University"),
        ("MBA", "Statistics", "Kessel College"),
    ]


def test_lines_about_a_degree_start_no_entry() -> None:
    texts = [
        "Marlow University",
        "Master of Science in Physics, 2019",
        "Master's thesis: Sensor networks for river monitoring",
        "Relevant Courses: Optics, Ethics",
        "Activities and societies: Kessel Institute of Technology Robotics Club",
        "Databases, Algorithms, Compilers",
    ]
    assert _read(texts) == [("Master of Science in Physics", "Physics", "Marlow University")]


def test_a_course_list_under_a_line_ending_on_its_date_is_not_its_tail() -> None:
    lines = [
        _row("B.Tech, Economics | Marlow University | 2023–2027", 0),
        _row("Microeconomics, Operating Systems, Thermodynamics", 1),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Marlow University"


def test_a_degree_alone_in_capitals_is_a_degree() -> None:
    lines = [
        _row("Kessel Institute of Technology", 0),
        _row("Expected December 2010", 0, x0=430),
        _row("PHD", 1),
        _row("HISTORY", 2),
    ]
    [edu] = parse_education(lines)
    assert (edu.degree, (edu.field or "").casefold(), edu.institution) == (
        "PhD",
        "history",
        "Kessel Institute of Technology",
    )


def test_stray_degrees_are_read_past_a_heading_between_them() -> None:
    lines = [
        Line(t)
        for t in ["Languages", "Python", "Marlow University", "Computer Science", "Bachelor of Science"]
    ]
    assert [(e.degree, e.institution) for e in stray_education(lines)] == [
        ("Bachelor of Science", "Marlow University")
    ]


def test_a_certificate_or_a_level_without_a_school_is_no_degree() -> None:
    texts = [
        "Marlow University",
        "BSc Physics, 2019",
        "Data Analytics Professional Certificate",
        "Coursera · 2022",
    ]
    assert _read(texts) == [("BSc Physics", "Physics", "Marlow University")]
    assert _read(["Spanish", "Intermediate"]) == []
    assert _read(["Certificate in Data Science, 2019"]) == [
        ("Certificate in Data Science", "Data Science", None)
    ]
    assert _read(["Graduate Certificate in Data Science, 2021", "Marlow University"]) == [
        ("Graduate Certificate in Data Science", "Data Science", "Marlow University")
    ]


def test_a_grade_label_after_a_whole_entry_does_not_make_it_a_note() -> None:
    texts = ["2013\tB.A. (Hons) in History\tCGPA: 8.6/10", "Marlow University"]
    assert _read(texts) == [("B.A. (Hons) in History", "History", "Marlow University")]


def test_a_name_going_on_in_lower_case_under_a_line_ending_on_its_date_is_its_tail() -> None:
    lines = [
        _row(
            "Bachelor of Fine Arts, Interaction Design, Marlow College | Sep 2013 – May 2017",
            0,
            x0=248,
            x1=557,
        ),
        _row("of the Arts", 1, x0=248, x1=298),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Marlow College of the Arts"


def _sidebar(texts: list[str]) -> list[Line]:
    """A sidebar column: every piece on a line of its own, flush left (10 pt, 12 pt pitch)."""
    return [
        Line(
            text=t, x0=36.0, x1=36.0 + 5.0 * len(t), top=100.0 + 12.0 * r, bottom=109.0 + 12.0 * r, size=10.0
        )
        for r, t in enumerate(texts)
    ]


def test_a_field_below_a_school_in_a_sidebar_is_not_the_end_of_its_name() -> None:
    texts = [
        "Marlow University",
        "Business Administration",
        "Master of Business",
        "Administration",
        "2011 – 2015",
    ]
    [edu] = parse_education(_sidebar(texts))
    assert (edu.degree, edu.field, edu.institution) == (
        "Master of Business Administration",
        "Business Administration",
        "Marlow University",
    )
    texts = ["University of Kessel Upper-", "Town", "Economics", "Bachelor of Arts", "2011 – 2015"]
    [edu] = parse_education(_sidebar(texts))
    assert (edu.field, edu.institution) == ("Economics", "University of Kessel Upper-Town")


def test_a_school_name_broken_before_a_field_word_stays_one_name() -> None:
    texts = ["University of Applied", "Sciences Marlow", "BSc, Physics", "2011 – 2015"]
    [edu] = parse_education(_sidebar(texts))
    assert edu.institution == "University of Applied Sciences Marlow"


def test_a_degree_line_left_open_goes_on_below() -> None:
    texts = [
        "Bachelor of",
        "Engineering",
        "Computer Engineering",
        "Universidade Estadual",
        "de Marlow",
        "2011 – 2015",
    ]
    [edu] = parse_education(_sidebar(texts))
    assert (edu.degree, edu.field, edu.institution) == (
        "Bachelor of Engineering",
        "Computer Engineering",
        "Universidade Estadual de Marlow",
    )
    texts = ["Bachelor of Arts in", "Economics", "University of Marlow", "Jul 2011 – May 2015"]
    assert [(e.degree, e.field) for e in parse_education(_sidebar(texts))] == [
        ("Bachelor of Arts in Economics", "Economics")
    ]


def test_a_date_line_has_no_tail() -> None:
    texts = [
        "Computer Science and",
        "Engineering",
        "Bachelor of Technology",
        "Marlow Institute of",
        "Technology Kessel",
        "2011 – 2015",
        "Interaction Design",
        "Bachelor of Fine Arts",
        "Ashby College of",
        "the Arts",
        "2007 – 2011",
    ]
    got = parse_education(_sidebar(texts))
    assert [(e.field, e.institution) for e in got] == [
        ("Computer Science and Engineering", "Marlow Institute of Technology Kessel"),
        ("Interaction Design", "Ashby College of the Arts"),
    ]


def test_a_number_ending_a_school_name_before_its_date_stays_in_the_name() -> None:
    assert _read(["Université Lumière Marlow 2\tDecember 2011", "Licence (Economics)"]) == [
        ("Licence (Economics)", "Economics", "Université Lumière Marlow 2")
    ]


def test_a_school_name_starting_on_the_line_its_school_word_ends_is_no_tail() -> None:
    texts = [
        "MSc in Physics",
        "Marlow University",
        "2019 – 2021",
        "• President, Chess Society",
        "North Kessel State",
        "University",
        "BSc in Physics",
        "2015 – 2019",
    ]
    got = parse_education(_sidebar(texts))
    assert [e.institution for e in got] == ["Marlow University", "North Kessel State University"]


def test_a_field_line_over_a_school_line_in_capitals_is_no_part_of_it() -> None:
    texts = ["MSc", "Economics", "UNIVERSITY OF", "MARLOW-KESSEL", "2005"]
    [edu] = parse_education(_sidebar(texts))
    assert (edu.field, (edu.institution or "").casefold()) == ("Economics", "university of marlow-kessel")


def test_a_school_wrapped_before_its_place_is_one_name() -> None:
    texts = [
        "MSc (Digital Marketing)",
        "UNIVERSITY OF MARLOW",
        "URBANA-KESSEL, Toronto,",
        "Canada",
        "2008 – 2012",
    ]
    [edu] = parse_education(_sidebar(texts))
    assert edu.institution == "University of Marlow Urbana-Kessel"


def test_degree_names_labels_and_lists_broken_over_lines_go_on() -> None:
    texts = [
        "Master of Business",
        "Administration (Hons) in",
        "Interaction Design",
        "Marlow University",
        "Relevant Coursework:",
        "Algorithms, Databases,",
        "Statistics",
        "Bachelor of Mathematics",
        "(Hons), Information Technology",
        "Kessel University",
    ]
    got = parse_education(_sidebar(texts))
    assert [(e.degree, e.institution) for e in got] == [
        ("Master of Business Administration (Hons) in Interaction Design", "Marlow University"),
        ("Bachelor of Mathematics (Hons), Information Technology", "Kessel University"),
    ]
    assert all((e.field or "").endswith(("Interaction Design", "Information Technology")) for e in got)


def test_schools_and_degrees_of_new_forms() -> None:
    assert _read(["Polytechnique Marlow — MBA in Interaction Design — 2019 – 2020"]) == [
        ("MBA in Interaction Design", "Interaction Design", "Polytechnique Marlow")
    ]
    assert _read(["Bachelor of Science with Honours", "Audiovisual Translation", "Marlow University"]) == [
        ("Bachelor of Science with Honours", "Audiovisual Translation", "Marlow University")
    ]
    texts = ["Kessel University of Foreign", "Studies", "Bachelor of Arts", "2008 – 2009"]
    [edu] = parse_education(_sidebar(texts))
    assert edu.institution == "Kessel University of Foreign Studies"
