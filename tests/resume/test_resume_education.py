"""Education blocks: wrapped PDF lines and institution / degree words in other languages.

The fixtures are written here (invented schools and people); the geometry mimics a narrow
right-aligned side column and a left-aligned single column, 10 pt text with a 12 pt pitch.
"""

from __future__ import annotations

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.lines import Line


def _row(text: str, row: int, *, x0: float, x1: float, page_top: float = 300.0) -> Line:
    top = page_top + 12.0 * row
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 9.0, size=10.0)


def test_a_right_aligned_degree_wrapped_in_a_narrow_column_is_joined() -> None:
    lines = [
        _row("Bachelor of Fine Arts, Interaction", 0, x0=450.0, x1=568.0),
        _row("Design", 1, x0=543.0, x1=568.0),
        _row("Northfield College of the Arts", 2, x0=466.0, x1=568.0),
    ]
    [edu] = parse_education(lines)
    assert edu.field == "Interaction Design"
    assert edu.institution == "Northfield College of the Arts"


def test_an_institution_broken_after_a_hyphen_or_before_its_city_is_joined() -> None:
    lines = [
        _row("Master of Science, Physics - Technische Universität", 0, x0=88.0, x1=483.0),
        _row("Weststadt", 1, x0=88.0, x1=150.0),
        _row("October 2013 - August 2015", 2, x0=88.0, x1=221.0),
        _row("Bachelor of Science, Physics - Karl-Friedrich-", 3, x0=88.0, x1=482.0),
        _row("Universität zu Ostheim", 4, x0=88.0, x1=209.0),
        _row("October 2010 - September 2013", 5, x0=88.0, x1=239.0),
    ]
    master, bachelor = parse_education(lines)
    assert master.institution == "Technische Universität Weststadt"
    assert master.degree is not None and master.degree.startswith("Master of Science")
    assert bachelor.institution == "Karl-Friedrich-Universität zu Ostheim"
    assert bachelor.start is not None and bachelor.start.startswith("2010")


def test_full_width_lines_followed_by_their_own_kind_stay_apart() -> None:
    lines = [
        _row("Bachelor of Science in Computer Science", 0, x0=72.0, x1=300.0),
        _row("Lakeside University", 1, x0=72.0, x1=170.0),
        _row("Master of Science in Applied Mathematics", 2, x0=72.0, x1=302.0),
        _row("Springfield, IL", 3, x0=72.0, x1=140.0),
        _row("Hill Valley Institute of Technology", 4, x0=72.0, x1=250.0),
    ]
    first, second = parse_education(lines)
    assert (first.degree, first.institution) == (
        "Bachelor of Science in Computer Science",
        "Lakeside University",
    )
    assert second.field == "Applied Mathematics"
    assert second.location == "Springfield, IL"
    assert second.institution == "Hill Valley Institute of Technology"


def test_a_short_line_under_a_line_that_did_not_reach_the_edge_is_not_a_wrap() -> None:
    lines = [
        _row("Bachelor of Arts, History", 0, x0=72.0, x1=190.0),
        _row("Honours", 1, x0=72.0, x1=115.0),
        _row("Lakeside University of Applied Sciences", 2, x0=72.0, x1=300.0),
    ]
    [edu] = parse_education(lines)
    assert edu.field == "History"
    assert edu.institution == "Lakeside University of Applied Sciences"


def test_licence_and_institution_words_in_other_languages() -> None:
    edu = parse_education(
        [
            Line(text="Licence, Sociology, Université de Valmont  09/2012 – 06/2015"),
            Line(text="Bachelor of ICT, Information Technology"),
            Line(text="Hogeschool Noordveld"),
            Line(text="Bachelor of Engineering, Civil Engineering"),
            Line(text="Universidade Federal de Serra Alta"),
        ]
    )
    assert [(e.degree, e.institution) for e in edu] == [
        ("Licence, Sociology", "Université de Valmont"),
        ("Bachelor of ICT, Information Technology", "Hogeschool Noordveld"),
        ("Bachelor of Engineering, Civil Engineering", "Universidade Federal de Serra Alta"),
    ]
    assert edu[0].field == "Sociology"


def test_field_written_before_the_degree_and_a_lower_case_tail_in_another_weight() -> None:
    lines = [
        _row("Marine Biology, Bachelor of Science, Coastal Institute", 0, x0=143.0, x1=539.0),
        Line(text="of Oceanography Westport", x0=143.0, x1=265.0, top=313.5, bottom=322.5, size=10.0),
        _row("Jul, 2011 - May, 2015", 2, x0=143.0, x1=230.0),
        _row("Geology, Master of Science", 3, x0=143.0, x1=300.0),
        _row("Hill Valley University", 4, x0=143.0, x1=280.0),
    ]
    lines[0].bold = True  # the PDF reports the wrapped tail in the regular weight
    bachelor, master = parse_education(lines)
    assert bachelor.institution == "Coastal Institute of Oceanography Westport"
    assert bachelor.field == "Marine Biology"
    assert (master.field, master.institution) == ("Geology", "Hill Valley University")


def test_a_name_broken_after_an_open_word_joins_across_a_change_of_weight() -> None:
    lines = [
        _row("Civil Engineering, Bachelor of Engineering, Universidade Federal de", 0, x0=143.0, x1=533.0),
        _row("Vale Alto", 1, x0=143.0, x1=190.0),
        _row("Mar, 2013 - Dec, 2017", 2, x0=143.0, x1=240.0),
    ]
    lines[0].bold = True
    [edu] = parse_education(lines)
    assert edu.institution == "Universidade Federal de Vale Alto"
    assert edu.field == "Civil Engineering"


def test_a_bare_word_after_degree_and_field_starts_the_institution_on_the_next_line() -> None:
    lines = [
        _row("Marine Biology, Bachelor of Science, Eastern", 0, x0=143.0, x1=508.0),
        _row("Institute of Oceanography Westport", 1, x0=143.0, x1=320.0),
        _row("Jul, 2011 - May, 2015", 2, x0=143.0, x1=239.0),
    ]
    lines[0].bold = True
    [edu] = parse_education(lines)
    assert edu.institution == "Eastern Institute of Oceanography Westport"
    assert edu.degree == "Marine Biology, Bachelor of Science"


def test_a_field_then_a_school_on_the_next_line_stay_apart() -> None:
    lines = [
        _row("Northbury University", 0, x0=162.0, x1=250.0),
        _row("2017-10 — 2018-09", 0, x0=448.0, x1=522.0),
        _row("MSc - Statistics", 1, x0=162.0, x1=219.0),
        _row("University of Eastmoor", 3, x0=162.0, x1=255.0),
        _row("2014-09 — 2017-06", 3, x0=448.0, x1=522.0),
        _row("BSc - Mathematics", 4, x0=162.0, x1=231.0),
    ]
    lines[0].bold = lines[3].bold = True
    msc, bsc = parse_education(lines)
    assert (msc.degree, msc.field, msc.institution) == ("MSc", "Statistics", "Northbury University")
    assert (bsc.degree, bsc.field, bsc.institution) == ("BSc", "Mathematics", "University of Eastmoor")


def test_a_tail_wrapped_under_a_line_with_its_dates_beside_it_joins_the_text_not_the_dates() -> None:
    lines = [
        _row("Bachelor of Science Physics at Karl-Ludwig-Universität zu", 0, x0=42.0, x1=460.0),
        _row("Oct 2010 - Sept 2013", 0, x0=474.0, x1=571.0),
        _row("Weststadt", 1, x0=42.0, x1=92.0),
        # the PDF glued the right-hand dates to the text; the tail goes before them
        _row("Bachelor of Arts History at Lakeside InstituteJul 2004 - May 2008", 3, x0=42.0, x1=571.0),
        _row("of Fine Arts Valmont", 4, x0=42.0, x1=159.0),
    ]
    physics, history = parse_education(lines)
    assert physics.institution == "Karl-Ludwig-Universität zu Weststadt"
    assert physics.start is not None and physics.start.startswith("2010")
    assert history.institution == "Lakeside Institute of Fine Arts Valmont"
    assert (history.start, history.end) == ("2004-07", "2008-05")


def test_licence_before_a_colon_or_a_capitalised_field_is_a_degree() -> None:
    first, second = parse_education(
        [
            Line(text="Université de Valmont | 2012-09 to 2015-06"),
            Line(text="Licence: Sociology"),
            Line(text="Licence Economics at Université du Nord"),
        ]
    )
    assert (first.degree, first.field, first.institution) == (
        "Licence: Sociology",
        "Sociology",
        "Université de Valmont",
    )
    assert (second.field, second.institution) == ("Economics", "Université du Nord")


def test_a_field_beside_a_degree_named_after_a_subject_is_the_field() -> None:
    beside, above = parse_education(
        [
            Line(text="Bachelor of ICT - Information Technology"),
            Line(text="Hogeschool Noordveld"),
            Line(text="Northbury University"),
            Line(text="Software Engineering"),
            Line(text="Bachelor of Computing"),
        ]
    )
    assert beside.field == "Information Technology"
    assert (above.degree, above.field, above.institution) == (
        "Bachelor of Computing",
        "Software Engineering",
        "Northbury University",
    )


def test_an_honours_line_under_a_degree_is_not_its_field() -> None:
    [edu] = parse_education(
        [
            Line(text="Bachelor of Commerce"),
            Line(text="First Class Honours"),
            Line(text="Keystone University"),
        ]
    )
    assert (edu.field, edu.institution) == ("Commerce", "Keystone University")


def test_dates_written_first_start_each_entry_and_a_high_school_is_a_school() -> None:
    college, school = parse_education(
        [
            Line(text="2016 - 2020"),
            Line(text="Lakeside University"),
            Line(text="B.S. Computer Science"),
            Line(text="2012 - 2016"),
            Line(text="Westfield High School"),
            Line(text="High School Diploma"),
        ]
    )
    assert (college.institution, college.start, college.end) == ("Lakeside University", "2016", "2020")
    assert (school.degree, school.institution, school.start) == (
        "High School Diploma",
        "Westfield High School",
        "2012",
    )


def test_a_labelled_major_is_the_field_and_a_minor_is_not() -> None:
    [edu] = parse_education(
        [
            Line(text="Hill Valley Institute of Technology"),
            Line(text="Major: Industrial Engineering"),
            Line(text="Minor: Economics"),
            Line(text="B.S., 2012"),
        ]
    )
    assert (edu.degree, edu.field) == ("B.S.", "Industrial Engineering")


def test_a_school_named_without_a_school_word_after_from_or_after_the_field() -> None:
    first, second = parse_education(
        [
            Line(text="B.Tech (Computers) from KVR Hyderabad in 2017"),
            Line(text="Postgraduate Diploma in Management, NMT Lakeport, 2019"),
        ]
    )
    assert (first.field, first.institution) == ("Computers", "KVR Hyderabad")
    assert (second.field, second.institution) == ("Management", "NMT Lakeport")


def test_a_minor_after_the_field_is_not_a_school() -> None:
    [edu] = parse_education(
        [Line(text="B.A. in History, Minor in Economics"), Line(text="Hill Valley College, 2015")]
    )
    assert edu.institution == "Hill Valley College"


def test_doctor_of_philosophy_is_the_degree_and_the_field_follows_it() -> None:
    [edu] = parse_education([Line(text="Doctor of Philosophy (Ph.D.), Marine Biology, Lakeside University")])
    assert (edu.field, edu.institution) == ("Marine Biology", "Lakeside University")


def test_degree_words_in_other_languages() -> None:
    spanish, french = parse_education(
        [
            Line(text="Universidad de Valmont"),
            Line(text="Licenciatura en Ciencias de la Computación"),
            Line(text="Université du Nord"),
            Line(text="Baccalauréat en informatique"),
        ]
    )
    assert (spanish.field, spanish.institution) == ("Ciencias de la Computación", "Universidad de Valmont")
    assert (french.field, french.institution) == ("informatique", "Université du Nord")


def test_a_school_named_without_a_school_word_beside_a_degree_that_names_its_field() -> None:
    entries = parse_education(
        [
            Line(text="Carnegie Mellon"),
            Line(text="M.S. in Machine Learning"),
            Line(text="2019 – 2021"),
            Line(text="B.S. Computer Science, 2018"),
            Line(text="Northbury"),
            Line(text="UC Westfield — A.B. in Economics, magna cum laude"),
        ]
    )
    assert [(e.field, e.institution) for e in entries] == [
        ("Machine Learning", "Carnegie Mellon"),
        ("Computer Science", "Northbury"),
        ("Economics", "UC Westfield"),
    ]


def test_degree_abbreviations_beyond_the_common_ones() -> None:
    for degree in (
        "MPA",
        "MSW",
        "M.Ed.",
        "DPT",
        "B.Arch",
        "BSEE",
        "S.B.",
        "A.B.",
        "EMBA",
        "Associate Degree",
    ):
        [edu] = parse_education([Line(text=f"{degree} in Public Policy, Lakeside University, 2019")])
        assert edu.degree is not None and edu.degree.startswith(degree), degree
        assert edu.institution == "Lakeside University"


def test_a_line_in_capitals_reads_like_one_in_title_case() -> None:
    [edu] = parse_education(
        [Line(text="NORTHBURY STATE UNIVERSITY"), Line(text="BACHELOR OF ARTS IN MATHEMATICS EDUCATION")]
    )
    assert (edu.degree, edu.field, edu.institution) == (
        "Bachelor of Arts in Mathematics Education",
        "Mathematics Education",
        "Northbury State University",
    )


def test_at_sign_before_the_school_and_iso_dates_with_days() -> None:
    [edu] = parse_education(
        [
            Line(text="Bachelor of Science in Biology @ Lakeside University"),
            Line(text="2021-09-01 - 2025-05-01"),
        ]
    )
    assert (edu.field, edu.institution) == ("Biology", "Lakeside University")
    assert (edu.start, edu.end) == ("2021-09", "2025-05")


def test_a_role_at_a_school_under_a_degree_is_not_another_school() -> None:
    edu = parse_education(
        [
            Line(text="Lakeside University"),
            Line(text="B.S. Computer Science (GPA: 3.8)"),
            Line(text="Teaching Assistant for CS 400 at the School of Computing"),
        ]
    )
    assert [(e.institution, e.gpa) for e in edu] == [("Lakeside University", "3.8")]


def test_a_field_on_the_line_of_the_dates() -> None:
    [edu] = parse_education(
        [
            Line(text="Northbury State University — Bachelor of Arts"),
            Line(text="Mathematics Education · Aug 2010 – May 2014"),
        ]
    )
    assert (edu.field, edu.start) == ("Mathematics Education", "2010-08")


def test_a_qualification_table_with_its_header_row_and_school_levels() -> None:
    entries = parse_education(
        [
            Line(text="Qualification\tInstitute\tBoard/University\tYear\tPercentage"),
            Line(text="B.Tech (CSE)\tKestrel Institute of Technology\tRVU\t2017\t78%"),
            Line(text="Intermediate (MPC)\tLotus Junior College\tBIE\t2013\t92%"),
            Line(text="SSC\tGreenfield High School\tSSB\t2011\t88%"),
        ]
    )
    assert [(e.degree, e.institution, e.end, e.gpa) for e in entries] == [
        ("B.Tech (CSE)", "Kestrel Institute of Technology", "2017", "78%"),
        ("Intermediate (MPC)", "Lotus Junior College", "2013", "92%"),
        ("SSC", "Greenfield High School", "2011", "88%"),
    ]


def test_school_names_with_lower_case_words() -> None:
    entries = parse_education(
        [
            Line(text="École polytechnique fédérale de Valmont, MSc Physics, 2019"),
            Line(text="Università degli Studi di Ostheim, Laurea Triennale in Fisica, 2017"),
        ]
    )
    assert [e.institution for e in entries] == [
        "École polytechnique fédérale de Valmont",
        "Università degli Studi di Ostheim",
    ]


def test_a_degree_run_into_its_school_name_splits_after_the_field() -> None:
    entries = parse_education(
        [
            Line(text="BACHELOR OF ARTS MATHEMATICS EDUCATION NORTHBURY STATE UNIVERSITY"),
            Line(
                text="Bachelor of Technology Computer Science and Engineering Eastern Institute of Technology"
            ),
        ]
    )
    assert [(e.field, e.institution) for e in entries] == [
        ("Mathematics Education", "Northbury State University"),
        ("Computer Science and Engineering", "Eastern Institute of Technology"),
    ]


def test_an_expected_graduation_keeps_the_start_of_the_range() -> None:
    [edu] = parse_education(
        [
            Line(text="Hillcrest State University"),
            Line(text="B.S. Computer Engineering, Aug 2023 – Expected May 2027"),
        ]
    )
    assert (edu.start, edu.end) == ("2023-08", "2027-05")


def test_a_faculty_under_its_university_is_not_another_school() -> None:
    entries = parse_education(
        [
            Line(text="University of Northbury"),
            Line(text="College of Engineering"),
            Line(text="B.S.E. Computer Science, 2019"),
            Line(text="College of Westport"),
            Line(text="B.A. History, 2015"),
        ]
    )
    assert [(e.degree, e.institution) for e in entries] == [
        ("B.S.E. Computer Science", "University of Northbury"),
        ("B.A. History", "College of Westport"),
    ]
