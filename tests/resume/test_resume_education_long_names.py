"""Long school names: wrapped over lines, written on one comma line with the degree and field,
"... High School" names next to the degree "High School Diploma", and honours after the name.

Every school and person here is invented. Geometry mimics what PDF readers report: 11 pt text,
about 14 pt between lines; a LaTeX layout sets dates in a left rail or at the right margin.
"""

from __future__ import annotations

from resume_tailor.resume.education import parse_education, stray_education
from resume_tailor.resume.lines import Line


def _ln(text: str, x0: float, x1: float, top: float, *, bold: bool = False, size: float = 11.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 9.0, size=size, bold=bold)


def _one(lines: list[Line]) -> tuple[str | None, str | None, str | None]:
    [edu] = parse_education(lines)
    return edu.degree, edu.field, edu.institution


# --- a school named "... High School" beside the degree "High School Diploma" -------------------


def test_a_high_school_name_on_a_comma_line_is_the_school_not_a_second_degree() -> None:
    line = Line("High School Diploma, Robotics Track, Marlowe Valley Early College High School  2016 – 2020")
    degree, field, school = _one([line])
    assert school == "Marlowe Valley Early College High School"
    assert degree is not None and "High School Diploma" in degree
    assert field == "Robotics Track"


def test_a_high_school_after_from_or_in_brackets_is_the_school() -> None:
    assert _one([Line("UG: High School Diploma (Arts Stream) from Fenwick Lane High School in 2019")])[2] == (
        "Fenwick Lane High School"
    )
    bracketed = [Line("High School Diploma, Arts Stream (Fenwick Lane Community High School)  2015 – 2019")]
    assert _one(bracketed)[2] == "Fenwick Lane Community High School"


# --- a school's name the page broke -----------------------------------------------------------------


def test_a_name_left_open_on_of_goes_on_below_however_long_its_end() -> None:
    lines = [
        _ln("Aug 2012 – May 2016", 57.0, 161.0, 258.0),
        _ln("• High School Diploma, Robotics Track, Marlowe Valley Academy of", 181.0, 539.0, 258.0),
        _ln("Music and Design Early College High School.", 193.0, 437.0, 272.0),
    ]
    assert _one(lines)[2] == "Marlowe Valley Academy of Music and Design Early College High School"


def test_a_name_left_open_on_and_goes_on_below_beside_a_date() -> None:
    lines = [
        _ln("Tamsin Ridge Academy of Science and", 80.0, 283.0, 228.0, bold=True, size=14.4),
        _ln("August 2014 - May 2018", 341.0, 420.0, 228.0, size=10.1),
        _ln("Engineering Early College High School", 80.0, 284.0, 242.0, bold=True, size=14.4),
        _ln("Robotics Track / High School Diploma", 80.0, 260.0, 265.0, size=13.0),
    ]
    degree, field, school = _one(lines)
    assert school == "Tamsin Ridge Academy of Science and Engineering Early College High School"
    assert (degree, field) == ("High School Diploma", "Robotics Track")


def test_a_line_that_begins_with_and_ends_the_name_above() -> None:
    lines = [
        _ln("Wanjiru Odhiambo University of Forestry", 193.0, 407.0, 169.0, bold=True, size=14.4),
        _ln("September 2009 - April 2013", 441.0, 533.0, 169.0, size=10.1),
        _ln("and Fisheries", 193.0, 278.0, 183.0, bold=True, size=14.4),
        _ln("Marine Resources / Bachelor of Science", 193.0, 433.0, 205.0, size=13.0),
    ]
    assert _one(lines)[2] == "Wanjiru Odhiambo University of Forestry and Fisheries"


def test_a_name_begun_after_the_degree_and_field_ends_on_the_next_line() -> None:
    lines = [
        _ln("Bachelor of Commerce, Supply Chain Studies, Wanjiru", 248.0, 452.0, 604.0, bold=True),
        _ln("09/2009 – 04/2013", 470.0, 557.0, 604.0),
        _ln("Odhiambo University of Forestry and Fisheries", 248.0, 488.0, 618.0),
    ]
    degree, field, school = _one(lines)
    assert school == "Wanjiru Odhiambo University of Forestry and Fisheries"
    assert field == "Supply Chain Studies"


def test_a_wrapped_name_hung_after_a_bullet_glyph_joins_its_line() -> None:
    lines = [
        _ln("09/2009 – 04/2013", 57.0, 146.0, 543.0),
        _ln("• Bachelor of Commerce, Supply Chain Studies, Wanjiru Odhiambo", 166.0, 539.0, 544.0, bold=True),
        _ln("University of Forestry and Fisheries.", 178.0, 377.0, 557.0),
    ]
    assert _one(lines)[2] == "Wanjiru Odhiambo University of Forestry and Fisheries"


def test_a_school_set_as_a_heading_that_ran_full_goes_on_below() -> None:
    lines = [
        _ln("Tamsin Ridge Academy of Science and Engineering", 196.0, 557.0, 698.0, bold=True, size=21.9),
        _ln("Early College High School", 196.0, 382.0, 723.0, bold=True, size=21.9),
        _ln("High School Diploma in Robotics", 196.0, 377.0, 745.0, size=14.0),
        _ln("Aug 2012 – May 2016", 196.0, 299.0, 761.0, size=14.0),
    ]
    assert _one(lines)[2] == "Tamsin Ridge Academy of Science and Engineering Early College High School"


def test_a_faculty_under_a_school_heading_stays_apart() -> None:
    lines = [
        _ln("Tamsin Ridge University of Science and Engineering", 196.0, 557.0, 698.0, bold=True, size=21.9),
        _ln("School of Marine Engineering", 196.0, 382.0, 723.0, bold=True, size=21.9),
        _ln("Bachelor of Engineering in Naval Architecture", 196.0, 477.0, 745.0, size=14.0),
    ]
    assert _one(lines)[2] == "Tamsin Ridge University of Science and Engineering"


def test_a_tail_under_the_text_after_a_date_glued_in_front_of_the_line() -> None:
    lines = [
        _ln("2005–2009 Bachelor of Arts, Film and Media, Seobin University of Foreign", 73.0, 536.0, 418.0),
        _ln("Trade", 131.0, 160.0, 431.0),
    ]
    assert _one(lines)[2] == "Seobin University of Foreign Trade"


# --- a field the page broke ---------------------------------------------------------------------------


def test_a_field_wrapped_after_its_first_word_goes_on_below() -> None:
    lines = [
        _ln("Bachelor of Arts, English", 480.0, 568.0, 342.0, size=15.0),
        _ln("Literature and Rhetoric", 470.0, 568.0, 353.0, size=15.0),
        _ln("Seobin University of Foreign Languages", 420.0, 568.0, 365.0, size=15.0),
    ]
    degree, field, school = _one(lines)
    assert field == "English Literature and Rhetoric"
    assert school == "Seobin University of Foreign Languages"


def test_a_field_that_stops_on_a_word_no_field_ends_on_goes_on_below() -> None:
    lines = [
        _ln("Tarrow University of Technology, Graduate Certificate in Health", 94.0, 429.0, 376.0, size=10.0),
        _ln("2016 – 2017", 495.0, 550.0, 376.0, size=10.0),
        _ln("Records Management", 94.0, 200.0, 389.0, size=10.0),
        _ln(
            "Corran Bay University, Bachelor of Nursing Science in Nursing Science",
            94.0,
            426.0,
            408.0,
            size=10.0,
        ),
        _ln("2008 – 2011", 496.0, 550.0, 408.0, size=10.0),
    ]
    certificate, nursing = parse_education(lines)
    assert certificate.field == "Health Records Management"
    assert nursing.field == "Nursing Science"


def test_a_field_line_that_begins_with_and_ends_the_field_above() -> None:
    lines = [
        _ln("Seobin University of Foreign Languages, in Bachelor of Arts in Film Theory", 57.0, 435.0, 377.0),
        _ln("2005 – 2009", 500.0, 555.0, 377.0),
        _ln("and Criticism", 57.0, 125.0, 390.0),
    ]
    assert _one(lines)[1] == "Film Theory and Criticism"


# --- honours written after the school's name --------------------------------------------------------


def test_honours_after_the_school_on_its_line_are_not_part_of_its_name() -> None:
    lines = [Line("2001–2005 Bachelor of Science with Honours, Physics, University of Dunmore, First Class")]
    assert _one(lines)[2] == "University of Dunmore"
    wrapped = [
        _ln(
            "2009–2013 Bachelor of Commerce, Supply Chain Studies, Wanjiru Odhiambo University of",
            73.0,
            538.0,
            414.0,
        ),
        _ln("Forestry and Fisheries, Second Class Honours, Upper Division", 131.0, 438.0, 428.0),
    ]
    assert _one(wrapped)[2] == "Wanjiru Odhiambo University of Forestry and Fisheries"


def test_a_place_after_the_school_is_no_honours() -> None:
    [edu] = parse_education([Line("B.Sc., Physics, University of Dunmore, Galway, Ireland, 2005")])
    assert edu.institution == "University of Dunmore"
    assert edu.location == "Galway, Ireland"


# --- a name of school words only, and a role before a school ---------------------------------------


def test_school_words_that_name_no_school_go_on_with_the_name_below() -> None:
    lines = [
        _ln("Master of Science, Physics, Technische Universität | 10/2011 – 08/2013", 248.0, 557.0, 674.0),
        _ln("Ostheim", 248.0, 290.0, 688.0),
    ]
    assert _one(lines)[2] == "Technische Universität Ostheim"
    bulleted = [
        _ln("Sep 2008 – May 2012", 57.0, 158.0, 555.0),
        _ln("• Bachelor of Engineering, Civil Engineering, Polytechnique", 178.0, 538.0, 555.0, bold=True),
        _ln("Valcourt.", 190.0, 236.0, 569.0),
    ]
    assert _one(bulleted)[2] == "Polytechnique Valcourt"


def test_a_named_school_keeps_the_line_below_apart() -> None:
    lines = [
        _ln(
            "Master of Science, Physics, Ostheim Technische Universität | 10/2011 – 08/2013",
            248.0,
            557.0,
            674.0,
        ),
        _ln("Weststadt", 248.0, 295.0, 688.0),
    ]
    assert _one(lines)[2] == "Ostheim Technische Universität"


def test_a_role_before_a_school_on_its_line_is_no_entry() -> None:
    lines = [
        Line("Bachelor of Science, Physics, University of Dunmore  2001 – 2005"),
        Line("Research Assistant, University of Dunmore Physics Department, Galway"),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "University of Dunmore"
    [field_first] = parse_education([Line("Software Engineering, Lakeside University, BSc, 2019")])
    assert field_first.institution == "Lakeside University"


# --- honours and lists the page broke ------------------------------------------------------------------


def _narrow(texts: list[str], x0: float = 36.0) -> list[Line]:
    """A sidebar: 10 pt lines at a 12 pt pitch, each as wide as its text."""
    return [
        Line(text=t, x0=x0, x1=x0 + 5.0 * len(t), top=100.0 + 12.0 * k, bottom=109.0 + 12.0 * k, size=10.0)
        for k, t in enumerate(texts)
    ]


def test_honours_begun_at_the_end_of_the_school_line_are_cut() -> None:
    lines = _narrow(["BSc in Geology", "University of Dunmore, First", "Class Honours", "2012"])
    assert _one(lines)[2] == "University of Dunmore"
    lines = _narrow(["BA in History", "Kelso College, with", "Distinction", "2009"])
    assert _one(lines)[2] == "Kelso College"


def test_a_wrapped_name_keeps_its_tail_before_the_honours_after_it() -> None:
    lines = _narrow(
        [
            "MSc, Applied Geophysics",
            "Kelso Institute of Mining and Mineral",
            "Resources, First Class Honours",
            "2014",
        ],
        x0=72.0,
    )
    assert _one(lines)[2] == "Kelso Institute of Mining and Mineral Resources"


def test_a_labelled_course_list_cut_anywhere_goes_on_below() -> None:
    lines = _narrow(
        [
            "Kelso Institute of Technology",
            "Computer Science, PhD — 2019",
            "Dean's List, all semesters",
            "Coursework: Algorithms, Microeconomics, Operating",
            "Systems",
            "History, Licenciatura — 2015",
            "First Class Honours",
        ],
        x0=72.0,
    )
    first, second = parse_education(lines)
    assert first.institution == second.institution == "Kelso Institute of Technology"


def test_the_end_of_a_name_with_a_place_after_it_joins_the_line_above() -> None:
    lines = _narrow(
        [
            "M.S. in History",
            "Kelso Valley Early College and Career Academy High",
            "School, First Class Honours | Boston, MA",
            "2013",
        ],
        x0=72.0,
    )
    assert _one(lines)[2] == "Kelso Valley Early College and Career Academy High School"
    lines = _narrow(
        ["BEng, Civil Engineering", "Kelso Institute of Mining and", "Mineral Resources | Perth, WA | 2016"]
    )
    assert _one(lines)[2] == "Kelso Institute of Mining and Mineral Resources"


def test_honours_after_a_school_known_without_a_school_word_are_cut() -> None:
    [edu] = parse_education(
        [Line("Sciences Po Kelso, First Class Honours — Perth, WA"), Line("MA in History, 2015")]
    )
    assert edu.institution == "Sciences Po Kelso"


def test_a_row_of_a_high_school_and_its_diploma_is_one_entry_not_two_columns() -> None:
    lines = [
        _ln("Kelso High School", 72.0, 157.0, 100.0),
        _ln("High School Diploma (Science Track)", 300.0, 475.0, 100.0),
        _ln("2012", 500.0, 520.0, 100.0),
        _ln("Kelso University", 72.0, 152.0, 114.0),
        _ln("Bachelor of Arts (Chemistry)", 300.0, 440.0, 114.0),
        _ln("2016", 500.0, 520.0, 114.0),
    ]
    school, college = parse_education(lines)
    assert (school.institution, school.field) == ("Kelso High School", "Science Track")
    assert (college.institution, college.field) == ("Kelso University", "Chemistry")


def test_the_end_of_a_name_before_a_dash_and_its_place_joins_the_line_above() -> None:
    lines = _narrow(
        [
            "Diploma (Applied Geophysics) — KELSO",
            "INSTITUTE OF TECHNOLOGY — Perth, WA",
            "Aug 2012 to Jul 2016",
        ],
        x0=72.0,
    )
    school = _one(lines)[2]
    assert school is not None and school.casefold() == "kelso institute of technology"


def test_a_field_cut_after_hons_in_goes_on_below() -> None:
    lines = _narrow(
        [
            "Associate of Science (Hons) in Marine",
            "Engineering",
            "Kelso Institute of Technology, Perth, Western Australia",
        ],
        x0=72.0,
    )
    assert _one(lines)[1] == "Marine Engineering"


def test_a_school_that_gave_an_award_starts_no_entry() -> None:
    lines = _narrow(
        [
            "Bachelor of Science, Geology",
            "Kelso University, 2019",
            "Chancellor's Medal",
            "Awarded 2018",
            "by Kelso University",
        ],
        x0=72.0,
    )
    [edu] = parse_education(lines)
    assert edu.institution == "Kelso University"


def test_a_month_at_the_end_of_the_school_line_takes_its_year_from_below() -> None:
    lines = _narrow(["Bachelor of Science, Geology", "Kelso University, November", "2016"], x0=57.0)
    [edu] = parse_education(lines)
    assert (edu.institution, edu.end) == ("Kelso University", "2016-11")


def test_a_degree_cut_after_with_goes_on_below() -> None:
    lines = _narrow(["Bachelor of Arts with", "Honours, Philosophy", "Kelso University", "2004 – 2008"])
    degree, field, school = _one(lines)
    assert (field, school) == ("Philosophy", "Kelso University")


def test_a_timeline_item_naming_a_long_school_is_read_outside_an_education_section() -> None:
    lines = [
        Line("May 2012", x0=40.0, x1=80.0, top=632.0, bottom=644.0, size=12.0, bold=True),
        Line(
            "Finished 1 degree at Kelso Valley Academy of Science and Technology Early College High",
            x0=70.0,
            x1=552.0,
            top=665.0,
            bottom=681.0,
            size=16.0,
        ),
        Line("School", x0=70.0, x1=106.0, top=680.0, bottom=696.0, size=16.0),
        Line("High School Diploma · Science Track", x0=82.0, x1=262.0, top=711.0, bottom=725.0, size=14.0),
    ]
    [edu] = stray_education(lines)
    assert edu.institution == "Kelso Valley Academy of Science and Technology Early College High School"


def test_a_contact_sidebar_read_into_the_block_is_no_part_of_its_entries() -> None:
    lines = [
        _ln("Perth, WA", 57.0, 110.0, 95.0, bold=True),
        _ln("MSc, Applied Geophysics", 224.0, 350.0, 88.0, bold=True),
        _ln("Kelso University, 2018", 224.0, 340.0, 103.0),
        _ln("+61 491 570 199", 57.0, 132.0, 117.0, bold=True),
        _ln("BSc, Geology", 224.0, 290.0, 125.0, bold=True),
        _ln("lena.moss@example.org", 57.0, 180.0, 139.0, bold=True),
        _ln("Westbay College, 2016", 224.0, 335.0, 141.0),
        _ln("github.com/lenamoss", 57.0, 160.0, 154.0, bold=True),
    ]
    master, bachelor = parse_education(lines)
    assert (master.institution, bachelor.institution) == ("Kelso University", "Westbay College")
