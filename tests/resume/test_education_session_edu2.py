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
    assert _parse("Lakeside University", "Tandon School of Engineering", "B.S. in Civil Engineering, 2015") == [
        ("B.S. in Civil Engineering", "Civil Engineering", "Lakeside University")
    ]


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
