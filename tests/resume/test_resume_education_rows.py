"""Education lines put back together: rows drawn in pieces, tails under dates, grids, grades.

Every school and person here is invented. Geometry mimics what PDF readers report for LaTeX and
word-processor layouts: 11 pt text, about 14 pt between lines, dates at the right margin.
"""

from __future__ import annotations

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.lines import Line
from resume_tailor.resume.names import company_score


def _ln(text: str, x0: float, x1: float, top: float, *, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 9.0, size=11.0, bold=bold)


def test_a_row_drawn_in_two_weights_and_its_tail_read_as_one_entry() -> None:
    lines = [
        _ln("Master of Science,", 168.0, 276.0, 638.0, bold=True),
        _ln("Computer Science, University of", 287.0, 466.0, 638.0),
        _ln("2008–2010", 482.0, 536.0, 638.0, bold=True),
        _ln("Northbrook.", 168.0, 225.0, 651.7),
    ]
    [edu] = parse_education(lines)
    assert (edu.degree, edu.field) == ("Master of Science, Computer Science", "Computer Science")
    assert edu.institution == "University of Northbrook"
    assert (edu.start, edu.end) == ("2008", "2010")


def test_a_tail_with_the_dates_beside_it_joins_the_line_above() -> None:
    lines = [
        _ln(
            "Bachelor of Technology, Computer Science and Engineering, Eastern Institute of",
            90.0,
            478.0,
            259.3,
        ),
        _ln("Technology Ridgeford", 90.0, 186.0, 273.9),
        _ln("Jul 2004 – May 2008", 466.0, 558.0, 273.9),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Eastern Institute of Technology Ridgeford"
    assert (edu.start, edu.end) == ("2004-07", "2008-05")


def test_a_tail_indented_under_the_text_after_a_year_rail_glued_to_the_line() -> None:
    lines = [
        _ln(
            "2011–2015 Bachelor of Technology, Computer Science and Engineering, Western Institute of",
            73.0,
            538.0,
            366.0,
            bold=True,
        ),
        _ln("Technology Lakeport, 8.6 CGPA", 131.0, 285.0, 379.5),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Western Institute of Technology Lakeport"
    assert edu.gpa == "8.6"
    assert (edu.start, edu.end) == ("2011", "2015")


def test_a_name_that_ran_into_its_date_carries_on_in_another_weight() -> None:
    lines = [
        _ln("Master of Science, Physics, Technische Universität 2013–2015", 172.0, 536.0, 453.0, bold=True),
        _ln("Weststadt.", 172.0, 217.0, 466.7),
        _ln(
            "Bachelor of Science, Physics, Ostheim University of Applied 2010–2013",
            172.0,
            536.0,
            484.0,
            bold=True,
        ),
        _ln("Sciences, 3.8/4.0.", 172.0, 259.0, 497.5),
    ]
    master, bachelor = parse_education(lines)
    assert master.institution == "Technische Universität Weststadt"
    assert bachelor.institution == "Ostheim University of Applied Sciences"
    assert bachelor.gpa == "3.8/4.0"


def test_a_line_that_ended_short_of_its_date_keeps_the_next_line_apart() -> None:
    lines = [
        _ln("Bachelor of Arts, History, Lakeside University", 172.0, 380.0, 453.0, bold=True),
        _ln("2013–2017", 482.0, 536.0, 453.0, bold=True),
        _ln("Valmont", 172.0, 210.0, 466.7),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Lakeside University"


def test_a_grade_written_without_a_label_is_not_part_of_the_school() -> None:
    [edu] = parse_education(
        [Line(text="2021–2025 Bachelor of Science, Biology, Lakeside University, 3.8/4.0")]
    )
    assert (edu.institution, edu.gpa) == ("Lakeside University", "3.8/4.0")


def test_two_schools_side_by_side_are_read_column_by_column() -> None:
    lines = [
        _ln("Northbury University", 50.0, 160.0, 470.0, bold=True),
        _ln("University of Eastmoor", 308.0, 405.0, 470.0, bold=True),
        _ln("Oct 2017 - Sep 2018", 50.0, 134.0, 486.0),
        _ln("Sep 2014 - Jun 2017", 308.0, 390.0, 486.0),
        _ln("MSc - Statistics", 50.0, 112.0, 498.0),
        _ln("BSc - Mathematics", 308.0, 385.0, 498.0),
    ]
    msc, bsc = parse_education(lines)
    assert (msc.degree, msc.field, msc.institution) == ("MSc", "Statistics", "Northbury University")
    assert (bsc.degree, bsc.field, bsc.institution) == ("BSc", "Mathematics", "University of Eastmoor")
    assert (msc.start, bsc.start) == ("2017-10", "2014-09")


def test_a_school_named_in_another_language_reads_as_an_organisation() -> None:
    assert company_score("Hogeschool Noordveld") > 0
    assert company_score("Technische Universität Weststadt") > 0
    assert company_score("Senior Data Engineer") == 0


def test_a_school_name_continued_below_in_its_own_heading_type() -> None:
    lines = [
        _ln("Eastern Institute of Technology", 193.0, 363.0, 107.2, bold=True),
        _ln("July 2011 - May 2015", 464.0, 533.0, 107.2),
        _ln("Ridgeford", 193.0, 247.0, 121.5, bold=True),
        _ln("Computer Science and Engineering / Bachelor of Technology", 193.0, 476.0, 143.5),
    ]
    for ln in lines:
        ln.size = 14.4 if ln.bold else 13.0
    [edu] = parse_education(lines)
    assert edu.institution == "Eastern Institute of Technology Ridgeford"
    assert edu.field == "Computer Science and Engineering"


def test_years_glued_to_the_name_and_the_field_before_the_degree_in_brackets() -> None:
    lines = [
        _ln("University of Northbury2008 - 2010", 76.0, 198.0, 152.3, bold=True),
        _ln("Computer Science (Master of Science)", 76.0, 176.0, 171.5),
        _ln("Université Valmont 22012 - 2015", 76.0, 200.0, 196.6, bold=True),
        _ln("Economics (Licence)", 76.0, 130.0, 215.7),
    ]
    lines[1].size = lines[3].size = 9.0
    master, licence = parse_education(lines)
    assert (master.institution, master.start, master.end) == ("University of Northbury", "2008", "2010")
    assert master.field == "Computer Science"
    assert (licence.institution, licence.field, licence.start) == (
        "Université Valmont 2",
        "Economics",
        "2012",
    )


def test_a_sentence_that_mentions_a_school_is_not_an_entry() -> None:
    edu = parse_education(
        [
            Line(text="Organized a hackathon for 150 high school students from across the state"),
            Line(text="Mentor beginners at monthly web development workshops for women in tech"),
        ]
    )
    assert edu == []


def test_job_board_lines_wrapped_after_in_or_from_keep_their_year_and_school() -> None:
    lines = [
        _ln(
            "• PG: Master of Science (Computer Science) from Technische Universität Weststadt in",
            90.0,
            500.0,
            515.1,
        ),
        _ln("2015", 90.0, 110.0, 529.6),
        _ln(
            "• UG: Bachelor of Technology (Computer Science and Engineering) from Eastern", 90.0, 483.0, 554.1
        ),
        _ln("Institute of Technology Ridgeford in 2013", 90.0, 278.0, 568.6),
    ]
    master, bachelor = parse_education(lines)
    assert (master.field, master.institution, master.end) == (
        "Computer Science",
        "Technische Universität Weststadt",
        "2015",
    )
    assert (bachelor.field, bachelor.institution) == (
        "Computer Science and Engineering",
        "Eastern Institute of Technology Ridgeford",
    )


def test_a_date_range_broken_after_its_end_month_in_a_narrow_column() -> None:
    # a right-aligned date column too narrow for "Sep 2019 – May 2023" (komacv's hint column): the
    # year drops to the next row, beside the tail of the school's name
    lines = [
        _ln("Sep 2019 – May", 98.6, 172.9, 496.7),
        _ln("Bachelor of Science, Marine Biology, University of", 194.3, 461.5, 496.7, bold=True),
        _ln("2023", 150.8, 172.6, 510.5),
        _ln("Northbrook.", 194.3, 262.0, 510.5),
    ]
    [edu] = parse_education(lines)
    assert (edu.degree, edu.field) == ("Bachelor of Science, Marine Biology", "Marine Biology")
    assert edu.institution == "University of Northbrook"
    assert (edu.start, edu.end) == ("2019-09", "2023-05")


def test_a_date_range_whose_dash_the_reader_ran_into_the_text_beside_it() -> None:
    # "10/2016 – 09/2017" broke after its dash in a 3 cm date column; the dash was drawn against the
    # next cell, so the reader put it there
    lines = [
        _ln("10/2016", 71.6, 111.7, 520.7),
        _ln("– MSc, Statistics (Lakeside University)", 150.9, 351.6, 520.7),
        _ln("09/2017", 71.6, 111.7, 532.6),
        _ln("09/2013", 71.6, 111.7, 551.6),
        _ln("– BSc, Mathematics (Hill Valley College)", 150.9, 354.9, 551.6),
        _ln("06/2016", 71.6, 111.7, 563.5),
    ]
    first, second = parse_education(lines)
    assert (first.degree, first.institution) == ("MSc, Statistics", "Lakeside University")
    assert (first.start, first.end) == ("2016-10", "2017-09")
    assert (second.degree, second.institution) == ("BSc, Mathematics", "Hill Valley College")
    assert (second.start, second.end) == ("2013-09", "2016-06")


def test_a_school_named_in_brackets_after_the_field() -> None:
    lines = [
        _ln("Sep 2015 – Jun 2019", 71.6, 160.0, 460.3),
        _ln("Bachelor of Arts, Art History (Université de Valmont)", 168.6, 470.0, 460.3),
    ]
    [edu] = parse_education(lines)
    assert (edu.degree, edu.field) == ("Bachelor of Arts, Art History", "Art History")
    assert edu.institution == "Université de Valmont"


def test_a_school_name_the_page_broke_after_the_or_inside_a_word() -> None:
    # curve's entries: a bullet prefix, the whole entry on one wrapping line under its date
    after_the = [
        _ln("• Bachelor of Fine Arts, Interaction Design, Northbrook College of the", 132.0, 523.0, 300.0),
        _ln("Arts.", 142.0, 168.0, 313.6),
    ]
    [edu] = parse_education(after_the)
    assert (edu.field, edu.institution) == ("Interaction Design", "Northbrook College of the Arts.")
    in_a_word = [
        _ln("• Bachelor of Technology, Computer Science and Engineering, Na-", 132.0, 523.0, 300.0),
        _ln("tional Institute of Technology Eastbrook.", 142.0, 360.0, 313.6),
    ]
    [edu] = parse_education(in_a_word)
    assert edu.field == "Computer Science and Engineering"
    assert edu.institution == "National Institute of Technology Eastbrook"


def test_prose_of_another_column_beside_the_education_column_is_left_out() -> None:
    def at(text: str, x0: float, top: float) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9.0, size=10.0)

    lines = [
        at("Oakridge Logistics", 240.0, 100.0),
        at("Bachelor of Technology in", 50.0, 112.0),
        at("Mechanical Engineering", 50.0, 124.0),
        at("Ran weekly maintenance checks for a fleet of forty delivery vans", 245.0, 126.0),
        at("at Marlow Institute of", 50.0, 136.0),
        at("Technology", 50.0, 148.0),
    ]
    [edu] = parse_education(lines)
    assert (edu.field, edu.institution) == ("Mechanical Engineering", "Marlow Institute of Technology")


def test_a_school_line_with_its_own_date_under_a_degree_and_field_is_no_tail() -> None:
    # the block's only two lines: the degree line is the widest, so it shows no edge, and "State
    # University" alone names no school; the date on the school's row says the row is whole
    lines = [
        _ln("Bachelor of Science, Computer Science", 50.0, 269.0, 400.0, bold=True),
        _ln("State University | 2018 - 2022", 50.0, 198.0, 414.0),
    ]
    [edu] = parse_education(lines)
    assert (edu.degree, edu.field, edu.institution) == (
        "Bachelor of Science, Computer Science",
        "Computer Science",
        "State University",
    )
    # the wrapped name of the same look still joins: no date on the tail's row
    wrapped = [
        _ln("MBA (Economics), Lakeside", 50.0, 300.0, 400.0, bold=True),
        _ln("College", 50.0, 90.0, 414.0, bold=True),
    ]
    assert parse_education(wrapped)[0].institution == "Lakeside College"
