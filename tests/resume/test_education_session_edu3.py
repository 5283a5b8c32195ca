"""Education forms of people nobody tuned on (session edu3): exchanges listed as entries,
school-leaving qualifications, grades after the school."""

from __future__ import annotations

from resume_tailor.resume.education import degree_field, parse_education
from resume_tailor.resume.lines import Line


def _parse(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education([Line(t) for t in texts])]


def test_an_exchange_listed_as_an_entry_is_its_degree() -> None:
    assert _parse(
        "Lakeside University",
        "M.Sc., Physics | 2015 - 2018",
        "Universidad de Norte",
        "Exchange Semester (Erasmus+), Physics | 2014 - 2014",
        "Lakeside University",
        "B.Sc., Physics | 2011 - 2015",
    ) == [
        ("M.Sc., Physics", "Physics", "Lakeside University"),
        ("Exchange Semester (Erasmus+), Physics", "Physics", "Universidad de Norte"),
        ("B.Sc., Physics", "Physics", "Lakeside University"),
    ]
    assert _parse(
        "Hill Valley School of Business", "Erasmus Exchange in Marketing", "Sep 2014 - Jan 2015"
    ) == [("Erasmus Exchange in Marketing", "Marketing", "Hill Valley School of Business")]


def test_the_degree_after_an_exchange_keeps_its_own_school() -> None:
    got = _parse(
        "2015 - 2017 Mestrado (MSc), Finance",
        "Universidade de Lago",
        "2014 - 2015 Erasmus Exchange, Marketing",
        "Hill Valley Hochschule",
        "2012 - 2015 Licenciatura (BSc), Management",
        "Universidade de Lago",
    )
    assert [inst for _, _, inst in got] == [
        "Universidade de Lago",
        "Hill Valley Hochschule",
        "Universidade de Lago",
    ]


def test_an_exchange_said_of_the_entry_above_starts_none() -> None:
    got = _parse("B.Sc. in Physics, Lakeside University, 2018", "Exchange semester at Universidad de Norte")
    assert got == [("B.Sc. in Physics", "Physics", "Lakeside University")]


def test_a_board_or_exchange_scheme_in_brackets_is_not_the_field() -> None:
    assert degree_field("Class XII (CBSE)") is None
    assert degree_field("HSC (Maharashtra State Board)") is None
    assert degree_field("Exchange Semester (Erasmus+)") is None
    assert degree_field("B.Tech (Computers)") == "Computers"
    got = _parse("Lakeside University | 2014 - 2014", "Physics", "Exchange Semester (Erasmus+)")
    assert got == [("Exchange Semester (Erasmus+)", "Physics", "Lakeside University")]


def test_a_grade_with_the_lines_full_stop_is_no_part_of_the_school() -> None:
    got = _parse("M.Sc., Physics, Lakeside University, 1.6. | 2015 - 2018")
    assert got == [("M.Sc., Physics", "Physics", "Lakeside University")]


def test_a_school_leaving_class_with_its_board_and_stream() -> None:
    assert _parse("Class XII (CBSE), Science (PCM), Shanti Vidya Mandir | 2010 - 2012") == [
        ("Class XII (CBSE), Science (PCM)", "Science (PCM)", "Shanti Vidya Mandir")
    ]
    assert degree_field("Science (PCM), Class XII (CBSE)") == "Science (PCM)"
    got = _parse("Science (PCB), Class XII (ISC)", "2 years | 2010 - 2012", "Kendriya Vidyalaya Dharwad")
    assert got == [("Science (PCB), Class XII (ISC)", "Science (PCB)", "Kendriya Vidyalaya Dharwad")]


def test_a_programme_named_with_a_school_word_is_the_field() -> None:
    assert _parse("High School Diploma, College Preparatory Program, Lakeside High School | 2019 - 2023") == [
        (
            "High School Diploma, College Preparatory Program",
            "College Preparatory Program",
            "Lakeside High School",
        )
    ]
    assert _parse(
        "Lakeside High School | 2019 - 2023", "High School Diploma · College Preparatory Program"
    ) == [("High School Diploma", "College Preparatory Program", "Lakeside High School")]
    assert _parse(
        "Lakeside High School | 2019 - 2023", "College Preparatory Program / High School Diploma"
    ) == [("High School Diploma", "College Preparatory Program", "Lakeside High School")]


def test_subjects_taken_at_a_level_are_the_field_of_a_leaving_certificate() -> None:
    want = "Maths, Art and Irish at Higher Level"
    assert _parse(f"Leaving Certificate, {want} | 2000 - 2006", "Scoil Mhuire") == [
        (f"Leaving Certificate, {want}", want, "Scoil Mhuire")
    ]
    assert _parse("Scoil Mhuire | 2000 - 2006", want, "Leaving Certificate") == [
        ("Leaving Certificate", want, "Scoil Mhuire")
    ]
    assert _parse(f"Leaving Certificate · {want} | Scoil Mhuire | 2006") == [
        ("Leaving Certificate", want, "Scoil Mhuire")
    ]


def _at(text: str, x0: float, top: float, width: float | None = None, bold: bool = False) -> Line:
    """A PDF line of 10.9pt type: ``width`` points wide (about 5.3 a letter when not given)."""
    x1 = x0 + (width if width is not None else 5.3 * len(text))
    return Line(text, x0=x0, x1=x1, top=top, bottom=top + 10, size=10.9, bold=bold)


def test_a_school_name_broken_after_a_word_a_field_begins_with_is_joined() -> None:
    lines = [
        _at("09/2006 – 06/2008", 71, 298, 90),
        _at(
            "Higher Certificate, Professional Culinary Arts, Lakeside Institute of Culinary",
            156,
            312,
            399,
            True,
        ),
        _at("Arts", 156, 325.6, 21),
        _at("09/2000 – 06/2006", 71, 347.7, 90),
        _at("Leaving Certificate, Maths, Art and Irish at Higher Level,", 156, 361.7, 380, True),
        _at("Scoil Mhuire", 156, 375.2, 60),
    ]
    got = [(e.degree, e.institution) for e in parse_education(lines)]
    assert got[0] == ("Higher Certificate, Professional Culinary Arts", "Lakeside Institute of Culinary Arts")


def test_subjects_broken_over_a_narrow_column_stay_the_field() -> None:
    lines = [
        _at("Leaving Certificate, Home", 90, 266, 127, True),
        _at("Economics, French and", 90, 280.8, 113, True),
        _at("Irish at Higher Level", 90, 295.3, 101, True),
        _at("Scoil Mhuire", 90, 309.8, 60),
        _at("09/2000 – 06/2006", 90, 324.3, 87),
    ]
    got = [(e.degree, e.field, e.institution) for e in parse_education(lines)]
    assert got == [
        (
            "Leaving Certificate, Home Economics, French and Irish at Higher Level",
            "Home Economics, French and Irish at Higher Level",
            "Scoil Mhuire",
        )
    ]


def test_a_high_school_name_broken_before_its_school_words_is_joined() -> None:
    lines = [
        _at("Bachelor of Science, Biomedical Engineering, Lakeside State University.", 180, 482, 358, True),
        _at("• High School Diploma, College Preparatory Program, Port Alder", 180, 509.5, 358, True),
        _at("Aug 2019 – May 2023", 56, 509.5, 104),
        _at("High School.", 192.7, 523, 60),
    ]
    got = [(e.degree, e.institution) for e in parse_education(lines)]
    assert got[-1] == ("High School Diploma, College Preparatory Program", "Port Alder High School")


def test_a_degree_abbreviation_set_right_before_the_schools_name() -> None:
    assert _parse("M.Sc. Technische Universität Lakeside, Computer Science | Oct 2015 – Mar 2018") == [
        ("M.Sc.", "Computer Science", "Technische Universität Lakeside")
    ]
    assert _parse("B.S. Computer Science Lakeside State University | 2015 - 2019") == [
        ("B.S. Computer Science", "Computer Science", "Lakeside State University")
    ]


def test_an_exchange_with_its_field_and_no_separator() -> None:
    assert _parse(
        "Hill Valley Hochschule | Sep 2014 - Jan 2015", "Erasmus Exchange Business Administration"
    ) == [("Erasmus Exchange Business Administration", "Business Administration", "Hill Valley Hochschule")]


def test_a_field_after_en_on_the_line_below() -> None:
    lines = [
        _at("Exchange Semester (Erasmus+) en", 40, 100, 160),
        _at("Févr. 2014 - Juil. 2014", 400, 100, 110),
        _at("Computer Science", 40, 113, 85),
        _at("Universidad de Norte", 40, 126, 100),
    ]
    got = [(e.degree, e.field, e.institution) for e in parse_education(lines)]
    assert got == [
        ("Exchange Semester (Erasmus+) en Computer Science", "Computer Science", "Universidad de Norte")
    ]


def test_a_labelled_grade_ends_no_line_on_a_schools_first_words() -> None:
    lines = [
        _at("Lakeside University", 55, 356, 166, True),
        _at("Sep 2016–Sep 2017", 459, 356, 110),
        _at("Master, Statistics, Score: Distinction", 55, 376, 310),
        _at("Lakeside University", 55, 394, 166, True),
        _at("Sep 2013–Jun 2016", 459, 394, 110),
        _at("Bachelor, Mathematics, Score: First Class Honours", 55, 412, 353),
    ]
    got = [(e.field, e.institution) for e in parse_education(lines)]
    assert got == [("Statistics", "Lakeside University"), ("Mathematics", "Lakeside University")]


def test_a_degree_written_after_the_schools_honours_stays() -> None:
    got = _parse(
        "Hill Valley University, Presidential Scholar, First Class Honours, B.A. in History, 2013 - 2015"
    )
    assert got == [("B.A. in History", "History", "Hill Valley University")]
    assert _parse("Hill Valley University, First Class Honours", "B.A. in History, 2013 - 2015") == [
        ("B.A. in History", "History", "Hill Valley University")
    ]


def test_a_school_name_listing_subjects_goes_on_below_whatever_its_width() -> None:
    lines = [
        _at("2018 to 2020", 72, 100, 60),
        _at("M.S., Viticulture", 150, 100, 90),
        _at("Royal Lakeside University of Forestry and Land", 72, 112, 240),
        _at("Management, First Class", 72, 124, 120),
        _at("• Thesis: Measuring river flow with cheap sensors and other long words", 72, 136, 420),
    ]
    got = [(e.degree, e.institution) for e in parse_education(lines)]
    assert got == [("M.S., Viticulture", "Royal Lakeside University of Forestry and Land Management")]


def test_a_field_broken_after_its_first_word_beside_a_grade() -> None:
    lines = [
        _at("WESTBROOK STATE UNIVERSITY — Toronto, Canada — Computer", 72, 160, 300),
        _at("GPA 3.9", 505, 160, 35),
        _at("Science, B.A. (Hons)", 72, 172, 100),
        _at("Sept 2006–Sept 2008", 72, 184, 95),
    ]
    got = [(e.degree, e.field, e.institution) for e in parse_education(lines)]
    assert got == [("Computer Science, B.A. (Hons)", "Computer Science", "Westbrook State University")]
