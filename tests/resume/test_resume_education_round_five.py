"""Education lines a page sets apart that must stay apart, and lines it broke that must join:
a field line under the school whose last word ends no known field, a field written on its own
over a bare degree (school / area / study type, as JSON Resume themes print them), a field cut
after an adjective in a narrow column, French "en" between degree and field, a degree line read
at its date's smaller size, a school's name whose last word went to the date's line, and an
e-mail address beside the block read as contact details, not as a link.

Every school and person here is invented. Geometry mimics what PDF readers report: 11 pt text,
about 15 pt between lines.
"""

from __future__ import annotations

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.lines import Line


def _ln(text: str, x0: float, x1: float, top: float, bold: bool = False, size: float = 11.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 9.0, size=size, bold=bold)


def _read(lines: list[Line]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education(lines)]


def test_a_field_line_under_a_long_school_name_is_no_tail_of_it() -> None:
    # school / field / degree on lines of their own; the school is the block's only long line
    lines = [
        _ln("2012-09 - 2016-04", 126, 215, 270),
        _ln("Marrowind Kestrel University of Agriculture and Technology", 126, 404, 286),
        _ln("Harbour Freight and Warehousing", 126, 290, 301),
        _ln("Bachelor of Commerce", 126, 241, 316),
    ]
    [(degree, field, school)] = _read(lines)
    assert school == "Marrowind Kestrel University of Agriculture and Technology"
    assert "Bachelor of Commerce" in (degree or "")
    assert field == "Harbour Freight and Warehousing"


def test_a_field_over_a_bare_degree_is_no_tail_of_the_school_above() -> None:
    lines = [
        _ln("2013 - 2014", 126, 180, 270),
        _ln("Universitat Pintada de Vilaverd", 126, 300, 286),
        _ln("Audiovisual Subtitling", 126, 250, 301),
        _ln("Master", 126, 160, 316),
        _ln("2007 - 2011", 126, 180, 340),
        _ln("Ostrava University of Northern Languages", 126, 320, 356),
        _ln("Conference Interpreting and Localisation", 126, 310, 371),
        _ln("Bachelor of Arts", 126, 205, 386),
    ]
    got = _read(lines)
    schools = ["Universitat Pintada de Vilaverd", "Ostrava University of Northern Languages"]
    assert [g[2] for g in got] == schools
    assert got[0][1] == "Audiovisual Subtitling"
    assert got[1][1] == "Conference Interpreting and Localisation"


def test_a_field_cut_after_its_adjective_in_a_narrow_column_goes_on() -> None:
    lines = [
        _ln("Master, Audiovisual", 40, 150, 100, bold=True),
        _ln("Translation", 40, 100, 115, bold=True),
        _ln("Universitat Pintada de", 40, 160, 130),
        _ln("Vilaverd", 40, 85, 145),
        _ln("2013 – 2014", 40, 100, 160),
    ]
    [(degree, field, school)] = _read(lines)
    assert field == "Audiovisual Translation"
    assert school == "Universitat Pintada de Vilaverd"


def test_french_en_joins_degree_and_field_and_a_smaller_date_size_still_wraps() -> None:
    # the reader gave the row the size of its date (11 pt); the degree and its tail are 16 pt
    lines = [
        _ln("Janv. 2019 - Janv. 2020 Graduate Certificate en Health", 227, 506, 413),
        _ln("Information Management", 345, 478, 426, bold=True, size=16.0),
        _ln("Coralbay University of Technology", 345, 474, 441),
        _ln("Janv. 2009 - Janv. 2011 Bachelor of Nursing Science en Nursing", 227, 559, 466, True, 16),
        _ln("Science", 345, 387, 478, bold=True, size=16.0),
        _ln("Kestrel Cook University", 345, 425, 493),
    ]
    got = _read(lines)
    assert got[0][1] == "Health Information Management"
    assert got[0][2] == "Coralbay University of Technology"
    assert got[1][1] == "Nursing Science"


def test_a_school_name_ends_on_the_line_of_its_date() -> None:
    lines = [
        _ln("Master of Science, Computer Science", 57, 220, 88, bold=True),
        _ln("University of Marrowind, June 2010", 57, 220, 103),
        _ln("Bachelor of Technology, Mechanical", 57, 220, 125, bold=True),
        _ln("Engineering", 57, 120, 140, bold=True),
        _ln("Coastal Institute of Technology", 57, 190, 155),
        _ln("Vellore, May 2008", 57, 140, 170),
    ]
    got = _read(lines)
    assert got[1][2] == "Coastal Institute of Technology Vellore"
    assert parse_education(lines)[1].end == "2008-05"


def test_an_email_in_a_contact_column_beside_the_block_is_no_link_of_a_school() -> None:
    lines = [
        _ln("Vilaverd", 57, 104, 94.8, bold=True),
        _ln("Master, Audiovisual Translation", 224, 374, 88, bold=True),
        _ln("Universitat Pintada de Vilaverd, 2014", 224, 409, 103),
        _ln("+1 (646) 555-0199", 57, 140, 117, bold=True),
        _ln("Bachelor of Arts, English Philology", 224, 400, 125, bold=True),
        _ln("mira.solano@example.com", 57, 179, 139, bold=True),
        _ln("Ostrava University of Northern Languages, 2011", 224, 430, 140.7),
        _ln("mirasolano.example.com", 57, 168, 154),
    ]
    got = _read(lines)
    schools = ["Universitat Pintada de Vilaverd", "Ostrava University of Northern Languages"]
    assert [g[2] for g in got] == schools


def test_a_school_without_a_school_word_over_its_field_and_degree_heads_its_entry() -> None:
    lines = [
        _ln("ETH Marrowind", 72, 140, 100),
        _ln("Wildlife Conservation", 72, 180, 112),
        _ln("Associate of Science", 72, 170, 124),
        _ln("Feb 2012 – Mar 2013", 72, 170, 136),
        _ln("Coralbay University", 72, 170, 148),
        _ln("Maritime Logistics", 72, 165, 160),
        _ln("MEng", 72, 95, 172),
        _ln("Feb 2005 – Nov 2009", 72, 170, 184),
    ]
    assert [g[2] for g in _read(lines)] == ["ETH Marrowind", "Coralbay University"]


def test_a_range_cut_after_its_dash_ends_on_the_line_below() -> None:
    lines = [
        _ln("Coralbay Institute of Technology, Aug 2000 —", 72, 300, 100),
        _ln("Apr 2004", 72, 112, 112),
        _ln("Data Science", 72, 132, 124),
        _ln("PhD", 72, 90, 136),
    ]
    [edu] = parse_education(lines)
    assert (edu.institution, edu.start, edu.end) == ("Coralbay Institute of Technology", "2000-08", "2004-04")


def test_one_field_word_under_a_school_name_ending_on_technology_is_the_field() -> None:
    lines = [
        _ln("Marrowind Institute of Technology", 72, 242, 100),
        _ln("History", 72, 107, 112),
        _ln("B.A.", 72, 92, 124),
        _ln("03/2011–09/2012", 72, 147, 136),
        _ln("CS101 - Introduction to Programming", 72, 247, 148),
    ]
    [(degree, field, school)] = _read(lines)
    assert (field, school) == ("History", "Marrowind Institute of Technology")


def test_a_long_first_line_ending_on_a_bare_school_word_goes_on_below() -> None:
    lines = [
        _ln("Bachelor of Engineering, Computer Engineering - Universidade", 88, 496, 339, True, 20.0),
        _ln("Estadual de Ribeirinha", 88, 232, 356, True, 20.0),
        _ln("March 2013 - December 2017", 88, 229, 373, True, 15.0),
    ]
    assert _read(lines)[0][2] == "Universidade Estadual de Ribeirinha"


def test_a_diploma_track_cut_before_its_last_word_goes_on() -> None:
    lines = [
        _ln("High School Diploma in STEM", 49, 178, 420, size=16.0),
        _ln("Pathway", 49, 86, 433, size=16.0),
        _ln("at Marrowind Valley Early College High School", 49, 178, 446, size=16.0),
        _ln("Aug 2021 - May 2025", 113, 204, 459, size=16.0),
    ]
    assert _read(lines)[0][1] == "STEM Pathway"


def test_lines_about_a_degree_that_name_a_degree_or_school_word_start_no_entry() -> None:
    extras = [
        "Certified Scrum Master (CSM), 2021",
        "Master's thesis on sensor networks",
        "Member of the Marrowind University Orchestra",
        "Coralbay University Rowing Club",
        "Certificate of Merit",
        "High School",
    ]
    for extra in extras:
        lines = [Line("Bachelor of Science in Physics"), Line("University of Marrowind"), Line("2015 - 2019")]
        got = parse_education([*lines, Line(extra)])
        assert [(e.degree, e.institution) for e in got] == [
            ("Bachelor of Science in Physics", "University of Marrowind")
        ], extra


def test_degree_names_from_more_countries_are_degrees() -> None:
    degrees = ["PsyD", "Staatsexamen", "Diplôme d'ingénieur", "Ingeniero Industrial", "HBSc", "MASc", "PGCE"]
    for degree in degrees:
        lines = [Line(f"{degree}, Coralbay University, 2012 - 2016")]
        [edu] = parse_education(lines)
        assert edu.degree is not None and edu.degree.startswith(degree.split()[0]), degree
        assert edu.institution == "Coralbay University", degree


def test_a_place_right_aligned_in_the_schools_row_leaves_its_wrapped_tail_to_the_name() -> None:
    lines = [
        _ln("Universidade Estadual de", 72, 200, 100, True, 10.0),
        _ln("Ribeirinha, Brazil", 460, 540, 100, size=10.0),
        _ln("Ribeirinha", 72, 120, 112, True, 10.0),
        _ln("Bachelor of Engineering", 72, 200, 124, size=10.0),
        _ln("2013 – 2017", 480, 540, 124, size=10.0),
        _ln("Coastal Institute of Technology", 72, 230, 140, True, 10.0),
        _ln("Vellore, India", 470, 540, 140, size=10.0),
        _ln("Madras", 72, 110, 152, True, 10.0),
        _ln("B.Tech in Computer Science", 72, 230, 164, size=10.0),
    ]
    got = parse_education(lines)
    assert [(e.institution, e.location) for e in got] == [
        ("Universidade Estadual de Ribeirinha", "Ribeirinha, Brazil"),
        ("Coastal Institute of Technology Madras", "Vellore, India"),
    ]


def test_a_school_without_a_school_word_keeps_its_entry_when_honours_follow_it() -> None:
    lines = [
        Line("Applied Mathematics, Associate of Science"),
        Line("ETH Marrowind, with Distinction | 2017"),
        Line("History, Licenciatura"),
        Line("CORALBAY UNIVERSITY, with Distinction | 2013"),
    ]
    assert [g[2] for g in _read(lines)] == ["ETH Marrowind", "Coralbay University"]


def test_a_high_school_diploma_broken_after_high_is_one_degree() -> None:
    lines = [
        _ln("2016", 36, 60, 100),
        _ln("Marrowind High School", 36, 140, 112),
        _ln("MARITIME LOGISTICS, HIGH", 36, 160, 124),
        _ln("SCHOOL DIPLOMA", 36, 120, 136),
    ]
    [(degree, field, school)] = _read(lines)
    assert "High School Diploma" in (degree or "")
    assert school == "Marrowind High School"
