"""Abbreviations that name an obscure product but usually mean something else need skill context."""

import pytest

from resume_tailor.skills import extract_skills


@pytest.mark.parametrize(
    "text",
    [
        "Senior PM for the payments team since 2019.",
        "Worked closely with our TAM and the VIP customers.",
        "Joined as the second PM on the growth team.",
    ],
)
def test_a_bare_abbreviation_in_prose_is_not_a_skill(text: str) -> None:
    assert {m.name for m in extract_skills(text)} == set()
    assert {m.name for m in extract_skills(text, precise=False)} == set()  # as postings are read


def test_the_same_abbreviation_in_a_list_of_tools_is_kept() -> None:
    assert "PM" in {m.name for m in extract_skills("Tools: Allscripts PM, Epic, Cerner")}
