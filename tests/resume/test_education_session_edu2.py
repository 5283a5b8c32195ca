"""Education forms real resumes use that the layout corpus under-represents (session edu2)."""

from __future__ import annotations

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.lines import Line


def _parse(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education([Line(t) for t in texts])]


def test_a_named_faculty_under_its_university_is_no_school_of_its_own() -> None:
    assert _parse("Boston University", "Questrom School of Business", "MBA, 2017") == [
        ("MBA", None, "Boston University")
    ]
    assert _parse(
        "Lakeside University", "Tandon School of Engineering", "B.S. in Civil Engineering, 2015"
    ) == [("B.S. in Civil Engineering", "Civil Engineering", "Lakeside University")]


def test_a_named_school_under_a_college_is_still_a_school() -> None:
    got = _parse("Hill Valley College", "Associate of Arts, 2012", "Lakeside School of Design", "BFA, 2014")
    assert [inst for _, _, inst in got] == ["Hill Valley College", "Lakeside School of Design"]


def test_a_minor_after_the_field_is_not_the_field() -> None:
    from resume_tailor.resume.education import degree_field

    assert degree_field("Bachelor of Science in Computer Science, Minor in Mathematics") == "Computer Science"
    assert degree_field("Bachelor of Music, Music Composition") == "Music Composition"


def test_bse_and_a_candidate_are_read_as_the_degree() -> None:
    from resume_tailor.resume.education import degree_field

    assert degree_field("B.S.E. in Computer Science") == "Computer Science"
    assert degree_field("Ph.D. Candidate, Neuroscience") == "Neuroscience"


def test_a_tail_under_the_first_cell_of_a_row_goes_on_that_cell() -> None:
    from resume_tailor.resume.education_rows import education_lines

    def at(text: str, x0: float, top: float) -> Line:
        return Line(text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9, size=10)

    lines = [
        at("Business Administration, Bachelor", 72, 100),
        at("University of Silverton", 400, 100),
        at("of Science", 72, 112),
        at("2002 - 2006", 72, 124),
    ]
    assert [ln.text for ln in education_lines(lines)][0] == (
        "Business Administration, Bachelor of Science | University of Silverton"
    )
    got = parse_education(lines)
    assert [(e.degree, e.institution) for e in got] == [
        ("Business Administration, Bachelor of Science", "University of Silverton")
    ]


def test_a_line_in_capitals_broken_after_its_degree_reads_whole() -> None:
    def at(text: str, x0: float, top: float) -> Line:
        return Line(text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9, size=10)

    lines = [at("Jul 2018 to Jan 2019 Ashford University | B.SC.,", 72, 100), at("ECONOMICS", 150, 112)]
    assert [(e.degree, e.institution) for e in parse_education(lines)] == [
        ("B.Sc., Economics", "Ashford University")
    ]


def _at(text: str, x0: float, top: float) -> Line:
    return Line(text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9, size=10)


def test_dates_before_a_degree_in_capitals_do_not_keep_it_in_capitals() -> None:
    from resume_tailor.resume.education_words import uncapitalise

    assert uncapitalise("Jun 2010 — Oct 2014 MASTER OF SCIENCE (HONS) IN") == (
        "Jun 2010 — Oct 2014 Master of Science (Hons) in"
    )


def test_a_school_name_listing_subjects_ends_on_the_word_below() -> None:
    lines = [
        _at("Royal Lakeside University of Forestry and Land", 72, 100),
        _at("Boston, MA", 490, 100),
        _at("Management", 72, 112),
        _at("M.S. in History", 72, 124),
        _at("Lakeside University of Science and Technology", 72, 148),
        _at("Management", 72, 160),
        _at("B.S., 2012", 72, 172),
    ]
    got = [(e.institution, e.field) for e in parse_education(lines)]
    assert got == [
        ("Royal Lakeside University of Forestry and Land Management", "History"),
        ("Lakeside University of Science and Technology", "Management"),
    ]


def test_an_institute_under_a_polytechnic_in_a_narrow_column_is_one_name() -> None:
    def narrow(text: str, top: float) -> Line:
        return Line(text, x0=36, x1=36 + 5.0 * len(text), top=top, bottom=top + 9, size=10)

    lines = [
        narrow("Diploma (Economics)", 100),
        narrow("Silverton Polytechnic", 112),
        narrow("Institute of Mining and", 124),
        narrow("Mineral Resources", 136),
        narrow("12/2023–07/2025", 148),
        narrow("Activities: Robotics team,", 160),
    ]
    got = [e.institution for e in parse_education(lines)]
    assert got == ["Silverton Polytechnic Institute of Mining and Mineral Resources"]


def test_a_school_without_a_school_word_over_its_field_and_degree() -> None:
    assert _parse("ETH Lakeside", "Supply Chain Operations", "Bachelor of Science", "2013") == [
        ("Bachelor of Science", "Supply Chain Operations", "ETH Lakeside")
    ]
    assert _parse("ETH Lakeside", "Mechanical Engineering", "Licenciatura", "2008") == [
        ("Licenciatura", "Mechanical Engineering", "ETH Lakeside")
    ]


def test_a_place_broken_after_its_comma_is_no_degree() -> None:
    lines = [
        _at("Expected 2027 Hill Valley Senior High School — Boston,", 72, 100),
        _at("MA", 150, 112),
        _at("High School Diploma in Engineering Pathway", 150, 124),
    ]
    got = [(e.degree, e.institution, e.location) for e in parse_education(lines)]
    assert got == [
        ("High School Diploma in Engineering Pathway", "Hill Valley Senior High School", "Boston, MA")
    ]


def test_the_degree_high_school_diploma_broken_after_high_school() -> None:
    lines = [
        _at("Science Track, High School", 72, 100),
        _at("Diploma", 72, 112),
        _at("Westbrook High School", 72, 124),
        _at("2017 - 2018", 72, 136),
    ]
    got = [(e.degree, e.institution) for e in parse_education(lines)]
    assert got == [("Science Track, High School Diploma", "Westbrook High School")]


def test_a_thesis_line_is_not_the_next_degrees_field() -> None:
    got = _parse(
        "B.Sc.",
        "Economics",
        "Hill Valley Institute of Technology",
        "Jul 2004 - Sept 2006",
        "Thesis: Design of a university timetabling system",
        "B.A.",
        "Mechanical Engineering",
        "Northfield University",
        "Sep 1998 - Jan 2002",
    )
    assert [f for _, f, _ in got] == ["Economics", "Mechanical Engineering"]


def test_more_degree_names_are_read_as_degrees() -> None:
    from resume_tailor.resume.education_words import degree_in

    for text in (
        "Licence professionnelle Gestion",
        "Maîtrise en droit",
        "MRes Biology",
        "PgDip Law",
        "B.B.A.",
    ):
        assert degree_in(text) is not None, text
    assert _parse("Université de Lyon", "Maîtrise en droit, 2004") == [
        ("Maîtrise en droit", "droit", "Université de Lyon")
    ]


def test_a_scholar_title_after_the_school_and_a_post_graduate_programme() -> None:
    assert _parse("University of Oxford, Rhodes Scholar", "DPhil in Economics, 2016") == [
        ("DPhil in Economics", "Economics", "University of Oxford")
    ]
    got = _parse("Lakeside Institute of Management", "Post Graduate Programme in Management (PGPM), 2010")
    assert got == [
        ("Post Graduate Programme in Management (PGPM)", "Management", "Lakeside Institute of Management")
    ]


def test_a_faculty_under_the_school_after_the_degree_is_no_entry_or_field() -> None:
    got = _parse(
        "MBA, 2012",
        "Lakeside State University",
        "Faculty of Science",
        "B.Sc. (Physics), 2008",
        "Ashford College",
    )
    assert got == [
        ("MBA", None, "Lakeside State University"),
        ("B.Sc. (Physics)", "Physics", "Ashford College"),
    ]
    got = _parse("BS in History, 2010", "Ashford University", "Tandon School of Engineering")
    assert got == [("BS in History", "History", "Ashford University")]


def test_a_faculty_in_a_narrow_column_is_no_tail_of_the_university() -> None:
    def narrow(text: str, top: float) -> Line:
        return Line(text, x0=36, x1=36 + 5.0 * len(text), top=top, bottom=top + 9, size=10)

    lines = [
        narrow("Northfield State University", 100),
        narrow("College of Engineering", 112),
        narrow("BS in Applied Mathematics", 124),
        narrow("2008 - 2012", 136),
    ]
    assert [e.institution for e in parse_education(lines)] == ["Northfield State University"]


def test_a_scholar_title_broken_after_the_school_and_after_an_unnamed_school() -> None:
    lines = [
        _at("Master of Science in History", 72, 100),
        _at("Northfield College, Rhodes", 72, 112),
        _at("Scholar", 72, 124),
        _at("2006", 72, 136),
    ]
    assert [e.institution for e in parse_education(lines)] == ["Northfield College"]
    got = _parse("Bachelor of Arts in Economics", "Sciences Po Lakeside, Presidential Scholar", "2010 - 2014")
    assert [inst for _, _, inst in got] == ["Sciences Po Lakeside"]


def test_a_degree_after_the_field_is_no_school_named_without_a_school_word() -> None:
    got = _parse("History, Minor in Economics, Bachelor of Science | 2011 - 2012", "TU Ashford")
    assert [inst for _, _, inst in got] == ["TU Ashford"]


def test_a_grade_after_the_schools_comma_is_no_part_of_its_name() -> None:
    for line in ("Technische Universität Halbrück, 1.6", "Universidade de Montemar, 17/20"):
        assert [inst for _, _, inst in _parse("M.Sc. in Physics, 2016", line)] == [line.split(",")[0]]


def test_a_programme_named_with_a_school_word_is_no_school() -> None:
    got = _parse("High School Diploma, 2014", "College Preparatory Program", "Port Alder High School")
    assert [inst for _, _, inst in got] == ["Port Alder High School"]


def test_school_words_of_other_languages() -> None:
    got = _parse("Leaving Certificate, 2012", "Coláiste Cois Cuain")
    assert [inst for _, _, inst in got] == ["Coláiste Cois Cuain"]
    assert [inst for _, _, inst in _parse("Instituto Tecnológico de Monterrey", "Licenciatura, 2010")] == [
        "Instituto Tecnológico de Monterrey"
    ]
