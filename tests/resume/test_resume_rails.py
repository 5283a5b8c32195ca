"""Date rails: ranges broken over two rows of a date column, on either side, in PDFs and in text."""

from __future__ import annotations

import pytest
from layouts import date_rail

from resume_tailor.resume import parse_resume_bytes

EXPECTED = [
    ("Data Engineer", "Acme Corp", "2021-03", "present"),
    ("Analyst", "Globex Corporation", "2017-06", "2021-02"),
    ("Research Assistant", "Initech Labs", "2015", "2017"),
]


@pytest.mark.parametrize("side", ["left", "right"])
def test_rail_ranges_are_rejoined_on_the_header_row(side: str) -> None:
    r = parse_resume_bytes(date_rail(side), name=f"{side}.pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == EXPECTED
    assert r.experience[0].bullets[0].text.startswith("Building pipelines")
    assert not any("Present" in b.text for b in r.bullets())
    assert (r.education[0].start, r.education[0].end) == ("2011", "2015")
    assert r.experience[1].months == 45  # not one month long


def test_rail_read_into_the_text_lines() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Mar 2021 – Data Engineer, Acme Corp, Austin
Present Building pipelines that move 4 TB a day from Kafka into the warehouse.
Cut nightly batch time from 6 hours to 40 minutes by rewriting joins in Spark.

Jun 2017 – Analyst, Globex Corporation, Dallas
Feb 2021 Built the churn dashboard used by 40 account managers every week.

Fall 2015 – Spring 2017 Research Assistant, Initech Labs
• Ran A/B tests on the onboarding flow for 200,000 users.

Tutor, Code Academy   2014 –
Current
• Taught Python to 30 students.
"""
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Engineer", "Acme Corp", "2021-03", "present"),
        ("Analyst", "Globex Corporation", "2017-06", "2021-02"),
        ("Research Assistant", "Initech Labs", "2015-09", "2017-03"),
        ("Tutor", "Code Academy", "2014", "present"),
    ]
    assert r.experience[0].bullets[0].text.startswith("Building pipelines")
    assert r.experience[1].bullets[0].text.startswith("Built the churn")


@pytest.mark.parametrize("word", ["Present", "Current", "Now"])
def test_present_on_the_next_line(word: str) -> None:
    text = f"EXPERIENCE\nSenior Engineer, Acme Corp  2017 –\n{word}\n• Led the platform team\n"
    e = parse_resume_bytes(text.encode()).experience[0]
    assert (e.start, e.end) == ("2017", "present")
    assert e.months is not None and e.months > 12  # "2017 – Present" is not one year
