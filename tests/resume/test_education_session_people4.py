"""Education written the ways the session-4 corpus people write it (invented schools): German and
other degree abbreviations, a field on a line of its own between school and degree, school words
that name the kind of a qualification, online providers without a school word."""

from __future__ import annotations

from resume_tailor.resume.education import degree_field, parse_education
from resume_tailor.resume.education_words import degree_in, school_in
from resume_tailor.resume.lines import Line


def _read(texts: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in parse_education([Line(t) for t in texts])]


def test_german_diploma_abbreviations_are_degrees() -> None:
    for degree in ("Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.- Inf."):
        assert degree_in(f"{degree} Electrical Engineering") is not None
    assert _read(["Hochschule Marlow", "Dipl.-Ing., Civil Engineering"]) == [
        ("Dipl.-Ing., Civil Engineering", "Civil Engineering", "Hochschule Marlow")
    ]


def test_a_field_between_school_and_degree_is_the_field_however_it_is_written() -> None:
    texts = [
        "Marlow Technical University",
        "2003-10 — 2010-12",
        "Mechanical Engineering, specialisation in Automotive Engineering",
        "Dipl.-Ing.",
        "Ashby Grammar School",
        "— 2002-06",
        "H2 Economics, Mathematics and Chemistry",
        "A-Level",
    ]
    assert _read(texts) == [
        (
            "Dipl.-Ing.",
            "Mechanical Engineering, specialisation in Automotive Engineering",
            "Marlow Technical University",
        ),
        ("A-Level", "H2 Economics, Mathematics and Chemistry", "Ashby Grammar School"),
    ]


def test_a_field_between_school_and_degree_beats_the_degree_name_and_its_own_field() -> None:
    texts = [
        "Marlow University",
        "Human Resource Management and Psychology (Double Major)",
        "Bachelor of Business Administration (Honours)",
        "Ashby University",
        "Family Nurse Practitioner",
        "Master of Science in Nursing (MSN)",
    ]
    assert _read(texts) == [
        (
            "Bachelor of Business Administration (Honours)",
            "Human Resource Management and Psychology (Double Major)",
            "Marlow University",
        ),
        ("Master of Science in Nursing (MSN)", "Family Nurse Practitioner", "Ashby University"),
    ]


def test_a_line_that_is_no_field_stays_out_of_the_field_slot() -> None:
    texts = ["Marlow University", "First Class Honours", "BSc Physics"]
    assert _read(texts) == [("BSc Physics", "Physics", "Marlow University")]


def test_a_school_word_right_before_a_degree_word_names_the_qualification() -> None:
    for text in (
        "West African Senior School Certificate (WASSCE)",
        "Bootcamp Certificate",
        "University Master",
    ):
        assert school_in(text) is None and degree_in(text) is not None
    assert school_in("Lakeside High School") is not None
    assert _read(
        ["Second-Level University Master, Clinical Trial Management", "Università degli Studi di Marlow"]
    ) == [
        (
            "Second-Level University Master, Clinical Trial Management",
            "Clinical Trial Management",
            "Università degli Studi di Marlow",
        )
    ]


def test_a_provider_without_a_school_word_ends_its_line_like_the_other_schools() -> None:
    texts = [
        "Bachelor of Science, Physics, Marlow University",
        "Professional Certificate, Workforce Analytics, EdStream",
        "Certification, Accessible Web Design, learnHub",
    ]
    assert _read(texts) == [
        ("Bachelor of Science, Physics", "Physics", "Marlow University"),
        ("Professional Certificate, Workforce Analytics", "Workforce Analytics", "EdStream"),
        ("Certification, Accessible Web Design", "Accessible Web Design", "learnHub"),
    ]


def test_a_certificate_named_like_a_product_is_still_no_degree() -> None:
    texts = [
        "Marlow University",
        "BSc Physics, 2019",
        "Data Analytics Professional Certificate",
        "EdStream · 2022",
    ]
    assert _read(texts) == [("BSc Physics", "Physics", "Marlow University")]
    # a third part that is honours or a place is no school
    read = _read(["B.A., History, Marlow University", "B.Sc., Physics, Distinction"])
    assert all(school != "Distinction" for _, _, school in read)


def test_a_field_under_a_degree_that_names_none_is_its_field_before_the_next_school() -> None:
    texts = [
        "Marlow University",
        "2012 - 2016",
        "Bachelor of Business Administration (Honours)",
        "Human Resource Management and Psychology (Double Major)",
        "Ashby College",
        "2010 - 2011",
        "A-Level",
        "H2 Economics, Mathematics and Chemistry",
    ]
    assert _read(texts) == [
        (
            "Bachelor of Business Administration (Honours)",
            "Human Resource Management and Psychology (Double Major)",
            "Marlow University",
        ),
        ("A-Level", "H2 Economics, Mathematics and Chemistry", "Ashby College"),
    ]


def test_a_degree_word_glued_after_a_hyphen_names_no_degree() -> None:
    assert degree_in("Nursing (RN-to-BSN, online)") is None
    assert degree_in("pre-MBA programme") is None
    assert degree_in("GCE A-Level") is not None and degree_in("B.Tech-CSE") is not None


def test_a_degree_line_ending_on_a_comma_goes_on_in_the_line_below() -> None:
    texts = ["Bachelor of Science in Nursing,", "Nursing (RN-to-BSN, online)", "Marlow University"]
    [(degree, field, school)] = _read(texts)
    assert school == "Marlow University"
    assert "RN-to-BSN" in f"{degree} {field}" and "online" in (field or "")


def _typed(text: str, row: int, size: float, bold: bool) -> Line:
    top = 100.0 + 16.0 * row
    return Line(
        text=text, x0=40.0, x1=40.0 + 6.0 * len(text), top=top, bottom=top + size * 0.8, size=size, bold=bold
    )


def test_a_section_word_set_like_the_degrees_is_a_degree_and_a_name_under_a_field_a_school() -> None:
    rows = [
        ("Ashby Code Academy", 16.0, True),
        ("2019 - 2019", 13.0, True),
        ("Bootcamp Certificate", 13.0, False),
        ("Full-Stack Web Development (JavaScript)", 13.0, True),
        ("learnHub", 16.0, True),
        ("2018 - 2018", 13.0, True),
        ("Certification", 13.0, False),
        ("Accessible Web Design", 13.0, True),
        ("Marlow University", 16.0, True),
        ("2015 - 2018", 13.0, True),
        ("B.Sc.", 13.0, False),
        ("Computer Science", 13.0, True),
    ]
    lines = [_typed(text, k, size, bold) for k, (text, size, bold) in enumerate(rows)]
    assert [(e.degree, e.field, e.institution) for e in parse_education(lines)] == [
        ("Bootcamp Certificate", "Full-Stack Web Development (JavaScript)", "Ashby Code Academy"),
        ("Certification", "Accessible Web Design", "learnHub"),
        ("B.Sc.", "Computer Science", "Marlow University"),
    ]


def test_a_name_under_a_degree_in_a_section_that_writes_degrees_first_is_its_school() -> None:
    texts = [
        "Bootcamp Certificate, Full-Stack Web Development",
        "Ashby Code Academy",
        "Jan 2019 – Jun 2019",
        "Certification, Accessible Web Design",
        "learnHub",
        "Sep 2018 – Dec 2018",
        "B.Sc., Computer Science",
        "Marlow University",
    ]
    assert [school for _, _, school in _read(texts)] == [
        "Ashby Code Academy",
        "learnHub",
        "Marlow University",
    ]
    # a line of honours under a degree is no school
    read = _read(["B.Sc., Physics", "Marlow University", "M.Sc., Optics", "Magna Cum Laude"])
    assert all(school != "Magna Cum Laude" for _, _, school in read)


def test_subjects_at_a_level_or_a_line_going_on_below_end_on_no_school() -> None:
    texts = [
        "Higher Certificate, Culinary Arts, Marlow Institute of Culinary Arts",
        "Leaving Certificate, Home Economics, French and Irish at Higher Level,",
        "Coláiste Marlow",
    ]
    assert _read(texts)[1][2] == "Coláiste Marlow"


def test_a_grade_or_honourable_mention_after_the_school_is_not_its_name() -> None:
    texts = [
        "A-Level, H2 Economics, Mathematics and Chemistry, Marlow Junior College, 86.25/90 rank points",
        "Senior School Certificate (WASSCE), Ashby Model College, 7 credits, including A1 in Mathematics",
        "Licenciatura, Economics, Instituto Marlow, Honorable mention (Mención honorífica)",
    ]
    assert [school for _, _, school in _read(texts)] == [
        "Marlow Junior College",
        "Ashby Model College",
        "Instituto Marlow",
    ]


def test_a_field_broken_after_the_degree_comma_joins_its_end_below() -> None:
    lines = [
        Line("Marlow University", x0=54, x1=140, top=100, bottom=109, size=10.9, bold=True),
        Line(
            "Bachelor of Business Administration (Honours), Human Resource",
            x0=64,
            x1=440,
            top=114,
            bottom=123,
            size=10.9,
        ),
        Line("Management and Psychology (Double Major)", x0=64, x1=280, top=127, bottom=136, size=10.9),
    ]
    [edu] = parse_education(lines)
    assert edu.field == "Human Resource Management and Psychology (Double Major)"
    assert edu.institution == "Marlow University"


def test_lower_case_words_after_a_degree_name_are_part_of_it_not_the_field() -> None:
    assert degree_field("Laurea Magistrale a ciclo unico, Pharmacy") == "Pharmacy"
    assert degree_field("Laurea Magistrale a ciclo unico") is None
    assert degree_field("Master of Science in Data Science") == "Data Science"


def test_a_labelled_overall_grade_after_the_school_is_not_its_name() -> None:
    texts = ["Dipl.-Ing., Mechanical Engineering, Marlow Technical University, Overall grade 1.7"]
    assert _read(texts)[0][2] == "Marlow Technical University"


def test_a_field_under_a_degree_above_a_note_is_the_field() -> None:
    texts = [
        "Marlow University",
        "Dipl.-Ing.",
        "Mechanical Engineering, specialisation in Automotive Engineering",
        "Courses",
    ]
    assert _read(texts)[0][1] == "Mechanical Engineering, specialisation in Automotive Engineering"


def test_a_name_set_apart_after_a_degree_is_its_school_where_other_lines_do_so() -> None:
    texts = [
        "Computer Science, B.Sc. - Marlow University",
        "November 2015 - July 2018",
        "Accessible Web Design, Certification - learnHub",
        "September 2018 - December 2018",
    ]
    assert [school for _, _, school in _read(texts)] == ["Marlow University", "learnHub"]
    # a name whose school word is on the line below is no school of its own
    broken = ["B.A. in Physics - Marlow University", "BS in History - Hill", "Valley College - Austin, TX"]
    assert "Hill" not in [school for _, _, school in _read(broken)]


def test_a_provider_named_after_at_on_its_own_line_drops_the_at() -> None:
    texts = [
        "Professional Certificate in Workforce Analytics",
        "at EdStream",
        "Jan 2021 - Apr 2021",
        "B.Sc. in Physics",
        "at Marlow University",
        "2015 - 2018",
    ]
    assert [school for _, _, school in _read(texts)] == ["EdStream", "Marlow University"]


def test_a_field_set_apart_beside_its_degree_may_carry_an_aside_or_a_subject_code() -> None:
    texts = [
        "Marlow University",
        "Aug 2012 — May 2016",
        "BBA (Honours) - Human Resource Management and Psychology (Double Major)",
        "Ashby Junior College",
        "Jan 2010 — Dec 2011",
        "GCE A-Level - H2 Economics, Mathematics and Chemistry",
    ]
    assert [field for _, field, _ in _read(texts)] == [
        "Human Resource Management and Psychology (Double Major)",
        "H2 Economics, Mathematics and Chemistry",
    ]


def test_a_name_over_dates_in_a_section_of_schools_and_dates_is_a_school() -> None:
    texts = [
        "Marlow University",
        "2012-08 — 2016-05",
        "EdStream",
        "2021-01 — 2021-04",
        "Ashby College",
        "2010 — 2011",
    ]
    assert [
        (school, e_dates)
        for school, e_dates in ((e.institution, e.start) for e in parse_education([Line(t) for t in texts]))
    ] == [
        ("Marlow University", "2012-08"),
        ("EdStream", "2021-01"),
        ("Ashby College", "2010"),
    ]


def test_one_entry_without_a_field_does_not_hide_a_stacked_sections_unnamed_school() -> None:
    texts = [
        "Ashby Code Academy",
        "2019-01 — 2019-06",
        "Full-Stack Web Development",
        "Bootcamp Certificate",
        "learnHub",
        "2018-09 — 2018-12",
        "Accessible Web Design",
        "Professional Certificate",
        "Marlow University",
        "2015-11 — 2018-07",
        "Computer Science",
        "B.Sc.",
        "Ashby Model College",
        "— 2014-06",
        "Senior School Certificate",
    ]
    assert [school for _, _, school in _read(texts)] == [
        "Ashby Code Academy",
        "learnHub",
        "Marlow University",
        "Ashby Model College",
    ]


def test_a_field_under_a_degree_above_a_labelled_thesis_is_the_field() -> None:
    texts = [
        "Marlow University",
        "2003 - 2010",
        "Dipl.-Ing.",
        "Mechanical Engineering, specialisation in Automotive Engineering",
        "Diploma thesis: Wear of helical gears (grade 1.3)",
    ]
    assert _read(texts)[0][1] == "Mechanical Engineering, specialisation in Automotive Engineering"


def test_a_duration_beside_the_dates_is_no_name() -> None:
    from resume_tailor.resume.education_words import pieces

    assert pieces("4 years") == [] and pieces("Marlow University, 1 yr 6 mos") == ["Marlow University"]


def test_a_line_opening_on_a_name_and_its_comma_where_others_open_on_their_school() -> None:
    texts = [
        "Jan 2019 – June 2019",
        "Ashby Code Academy, in Bootcamp Certificate in Full-Stack Web Development",
        "Sept 2018 – Dec 2018",
        "learnHub, in Certification in Accessible Web Design",
    ]
    assert [school for _, _, school in _read(texts)] == ["Ashby Code Academy", "learnHub"]
    # a line that goes on from the one above opens on no school
    wrapped = [
        "Universidad de Marlow,",
        "Presidential Scholar, Austin,",
        "TX, Licenciatura, Computer Science",
    ]
    assert "TX" not in [school for _, _, school in _read(["Marlow College, in B.Sc. in Physics", *wrapped])]


def test_a_school_ends_a_line_whose_field_holds_commas_like_the_others() -> None:
    texts = [
        "A-Level, H2 Economics, Mathematics and Chemistry, Marlow Junior College",
        "Professional Certificate, Workforce Analytics, EdStream",
    ]
    assert [school for _, _, school in _read(texts)] == ["Marlow Junior College", "EdStream"]
