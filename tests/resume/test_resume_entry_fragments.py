"""Pieces of an entry that name nothing of their own are the rest of the entry before them.

Fictional people and employers; the resumes are plain text written here.
"""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes

_HEAD = "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n"


def _roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    r = parse_resume_bytes((_HEAD + text).encode())
    return [(e.title, e.company, e.dates_text) for e in r.experience]


def test_dates_and_bullets_set_apart_from_their_header_are_no_entry() -> None:
    body = (
        "Data Engineer, Northwind Traders\n"
        "• Built the pipelines that load 4 TB a day into the warehouse.\n"
        "2019 – 2021\n"
        "• Cut the nightly batch time from six hours to forty minutes.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.dates_text) for e in r.experience] == [
        ("Data Engineer", "Northwind Traders", "2019 – 2021")
    ]
    assert len(r.experience[0].bullets) == 2


def test_an_employer_below_a_role_that_borrowed_the_one_before_is_its_employer() -> None:
    body = (
        "Junior Developer\n"
        "Jun 2010 - Jun 2011\n"
        "Bluefin Logistics · Tacoma, WA\n"
        "• Fixed over 200 defects in the warehouse system.\n"
        "Research Intern\n"
        "Jun 2009 - Sep 2009\n"
        "• Interviewed over 120 candidates for the lab.\n"
        "Pacific Harbor Laboratory · Richland, WA\n"
        "• Parallelized a climate model post-processing tool.\n"
    )
    assert _roles(body) == [
        ("Junior Developer", "Bluefin Logistics", "Jun 2010 - Jun 2011"),
        ("Research Intern", "Pacific Harbor Laboratory", "Jun 2009 - Sep 2009"),
    ]
