"""Degrees are requirements of their own, never skills to add to a resume."""

from __future__ import annotations

from resume_tailor.postings import parse_posting_text
from resume_tailor.postings.requirements import is_degree_name


def test_degree_abbreviations_are_not_posting_skills() -> None:
    posting = parse_posting_text(
        "Software Engineer\n\nMinimum qualifications:\n"
        "- BA/BS degree in Computer Science or equivalent practical experience.\n"
        "- PhD or MS in Statistics, with experience in Python.\n"
    )
    skills = {s for r in posting.requirements for s in r.skills}
    assert "Python" in skills
    assert not {"BA", "BS", "PhD", "MS", "Bachelor's degree"} & skills
    assert posting.required[0].degree == "bachelor"


def test_is_degree_name_keeps_words_that_only_start_like_degrees() -> None:
    assert is_degree_name("Masters") and is_degree_name("M.S.") and is_degree_name("MBA")
    assert not is_degree_name("Mastery") and not is_degree_name("Bash") and not is_degree_name("MATLAB")
