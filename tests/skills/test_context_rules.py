"""Context rules for names that are also words: lists written in lower or upper case, chains of
ambiguous names, "X or other ..." and "expertise in X to ..." (rule layer, ``precise=False``)."""

from __future__ import annotations

import pytest

from resume_tailor import extract_skills


def names(text: str) -> list[str]:
    return [m.name for m in extract_skills(text, precise=False)]


def test_lower_case_symbol_names_are_accepted_in_a_tag_line() -> None:
    assert names("java python c++ javascript linux") == ["Java", "Python", "C++", "JavaScript", "Linux"]
    assert "C#" in names("dotnet c# docker kubernetes")


def test_lower_case_symbol_names_need_a_list_around_them() -> None:
    assert "C++" not in names("we love c++ here")


def test_an_accepted_ambiguous_name_is_context_for_the_next_one() -> None:
    found = names("typescript javascript node.js react go")
    assert found[-2:] == ["React", "Go"]


def test_names_written_in_capitals_are_accepted_next_to_other_skills() -> None:
    assert names("JAVA JEE Angular") == ["Java", "Java EE", "Angular"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("React or other modern web frameworks", "React"),
        ("Java or strong experience with other server-side languages", "Java"),
        ("Swift or similar languages for iOS", "Swift"),
        ("Java experience is needed.", "Java"),
        ("An engineer with specific expertise in Java to provide support to a customer.", "Java"),
        ("Strong Excel skills are a plus.", "Excel"),
    ],
)
def test_ambiguous_names_with_a_technical_neighbour_phrase(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "GCSE English and Maths at grade C or equivalent.",
        "Go or other board games are welcome at the Friday social.",
        "We go to the office twice a week.",
        "Grade R or similar is required.",
    ],
)
def test_alternative_phrases_do_not_rescue_letters_or_ordinary_words(text: str) -> None:
    assert not set(names(text)) & {"C", "R", "Go"}
