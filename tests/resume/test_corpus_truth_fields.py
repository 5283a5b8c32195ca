"""The corpus truth names a degree's field only where the page prints it on its own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from corpus.visible import PageText, cut_to_visible  # noqa: E402


def _truth(institution: str, field: str, employer: str) -> dict:
    return {
        "contact": {"name": "Jo Park", "email": None, "phone": None, "links": []},
        "summary": "Analyst with a background in statistics.",
        "experience": [
            {"title": "Analyst", "company": employer, "start": "2019-01", "end": "2021-02", "bullets": []}
        ],
        "education": [
            {"degree": "MSc", "field": field, "institution": institution, "start": None, "end": "2018"}
        ],
        "projects": [],
        "activities": [],
        "certifications": [],
    }


def test_a_field_inside_the_employer_above_the_school_is_not_printed() -> None:
    truth = _truth("University of Warwick", "Statistics", "Office for National Statistics")
    page = (
        "Analyst, Office for National Statistics\nJan 2019 - Feb 2021\nEDUCATION\nUniversity of Warwick\n2018"
    )
    cut = cut_to_visible(truth, page, links=[])
    assert cut["education"][0]["field"] is None
    assert cut["education"][0]["degree"] is None  # the theme prints the school and dates only


def test_a_field_inside_the_schools_own_name_is_not_printed() -> None:
    truth = _truth("Chartered Institute of Procurement and Supply", "Procurement and Supply", "Acme")
    page = "Analyst, Acme\nEDUCATION\nChartered Institute of Procurement and Supply\n2018"
    assert cut_to_visible(truth, page, links=[])["education"][0]["field"] is None


def test_a_field_printed_on_its_own_beside_a_longer_name_still_counts() -> None:
    truth = _truth("Chartered Institute of Procurement and Supply", "Procurement and Supply", "Acme")
    page = "EDUCATION\nMSc, Procurement and Supply\nChartered Institute of Procurement and Supply\n2018"
    edu = cut_to_visible(truth, page, links=[])["education"][0]
    assert (edu["degree"], edu["field"]) == ("MSc", "Procurement and Supply")
    page_text = PageText("Office for National Statistics\nUniversity of Warwick, MSc Statistics")
    assert page_text.shows_near("Statistics", "University of Warwick", ["Office for National Statistics"])


def test_a_name_printed_with_its_html_escape_is_printed() -> None:
    """A theme that prints "&amp;" as it is still shows the name; the entry stays in the truth."""
    assert PageText("Hargrove, Pell &amp; Ostrander LLP").shows("Hargrove, Pell & Ostrander LLP")
    assert not PageText("Hargrove LLP").shows("Hargrove, Pell & Ostrander LLP")
