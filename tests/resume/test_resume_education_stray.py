"""Degrees written outside an education section: a profile timeline ("Finished 1 degree at ...")
and a sidebar entry the layout set under another heading. Invented schools and people."""

from __future__ import annotations

from resume_tailor.resume.education import parse_education, stray_education
from resume_tailor.resume.lines import Line


def test_a_timeline_item_about_a_degree_is_read_as_education() -> None:
    lines = [
        Line("Joined Acme Logistics"),
        Line("Junior Developer"),
        Line("Fixed over 200 defects in the warehouse system written in C#"),
        Line("May 2008"),
        Line("Finished 1 degree at Hill Valley Institute of Technology"),
        Line("Bachelor of Technology · Mechanical Engineering"),
        Line("June 2006"),
        Line("Joined Ridgemont Labs"),
    ]
    [edu] = stray_education(lines)
    assert (edu.degree, edu.field, edu.institution) == (
        "Bachelor of Technology",
        "Mechanical Engineering",
        "Hill Valley Institute of Technology",
    )
    assert edu.end == "2008-05"


def test_a_school_a_field_and_a_degree_under_another_heading_are_read() -> None:
    texts = ["Python", "SQL", "Ashford University", "History", "Bachelor of Arts", "Chess Club"]
    lines = [Line(t) for t in texts]
    [edu] = stray_education(lines)
    assert (edu.degree, edu.field, edu.institution) == ("Bachelor of Arts", "History", "Ashford University")


def test_a_job_at_a_school_or_a_sentence_naming_a_degree_is_not_education() -> None:
    lines = [
        Line("Northfield University Computer Sciences Department"),
        Line("January 2023 — May 2024"),
        Line("Undergraduate Teaching Assistant"),
        Line("Mentored students preparing Master of Science theses at Northfield University on data."),
    ]
    assert stray_education(lines) == []


def test_a_school_named_after_at_in_a_phrase_is_the_school() -> None:
    [edu] = parse_education([Line("Studied at Westbrook College"), Line("BSc, Physics, 2015")])
    assert edu.institution == "Westbrook College"
