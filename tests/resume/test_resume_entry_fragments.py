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


def test_a_line_naming_the_product_under_a_complete_header_is_part_of_that_role() -> None:
    body = (
        "Senior Software Engineer\n"
        "Harbor Online / Netwave\n"
        "07/2004 - 11/2006\n"
        "Boxwood UI Framework, Harbor Webmail.\n"
        "• Architected accessibility support for the framework.\n"
        "• Coordinated with screen reader vendors on compatibility.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.dates_text) for e in r.experience] == [
        ("Senior Software Engineer", "Harbor Online / Netwave", "07/2004 - 11/2006")
    ]
    assert len(r.experience[0].bullets) == 3


def test_a_bare_role_under_a_dated_header_of_organisations_is_its_role() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nCAMPUS INVOLVEMENT\n"
        "Tinkerers Guild, Lakeview State University\n"
        "August 2013 – Present\n"
        "Treasurer\n"
        "• Led groups of nine students in discussions on finances.\n"
        "• Co-designed a 17 minute presentation for a regional competition.\n"
    )
    r = parse_resume_bytes(text.encode())
    assert len(r.activities) == 1
    assert r.activities[0].title == "Treasurer"
    assert r.activities[0].dates_text == "August 2013 – Present"
    assert len(r.activities[0].bullets) == 2
