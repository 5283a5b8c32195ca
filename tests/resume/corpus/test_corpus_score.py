"""The layout-corpus scorer (benchmarks/corpus_score.py) and truth cutter (scripts/corpus/visible.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "scripts"))

from corpus.visible import PageText, cut_to_visible  # noqa: E402
from corpus_score import phone_equal, score_file  # noqa: E402

from resume_tailor.models import Bullet, Contact, Education, Entry, Resume  # noqa: E402


def _truth() -> dict:
    return {
        "contact": {"name": "Jo Park", "email": "jo@example.com", "phone": "+1 (206) 555-0147", "links": []},
        "experience": [
            {
                "title": "Data Engineer",
                "company": "Acme Corp",
                "start": "2021-03",
                "end": "present",
                "bullets": ["Built pipelines that load forty tables every night", "Cut costs by a third"],
            },
            {"title": "Analyst", "company": "Beta & Co", "start": "2018-01", "end": "2021-02", "bullets": []},
        ],
        "education": [
            {
                "degree": "Bachelor of Science",
                "field": "Mathematics",
                "institution": "State University",
                "start": None,
                "end": "2017",
            }
        ],
        "projects": [{"title": "Bus Tracker", "company": None, "start": None, "end": None, "bullets": []}],
        "activities": [
            {"title": "Treasurer", "company": "Robotics Club", "start": None, "end": None, "bullets": []}
        ],
        "date_precision": "month",
    }


def _resume(**changes: object) -> Resume:
    resume = Resume(
        contact=Contact(name="JO PARK", email="Jo@Example.com", phone="206.555.0147"),
        experience=[
            Entry(
                title="Data Engineer",
                company="Acme Corp.",
                start="2021-03",
                end="present",
                bullets=[
                    Bullet("Built pipelines that load forty tables every night."),
                    Bullet("Cut costs by a third"),
                ],
            ),
            Entry(title="Analyst", company="Beta and Co", start="2018-01", end="2021-02"),
        ],
        education=[
            Education(
                degree="B.S. / Bachelor of Science", field="Mathematics", institution="State University"
            )
        ],
        projects=[
            Entry(title="Bus Tracker", kind="project"),
            Entry(title="Robotics Club", company="Treasurer"),
        ],
    )
    for name, value in changes.items():
        setattr(resume, name, value)
    return resume


def test_a_right_parse_scores_one_everywhere() -> None:
    rates = score_file(_truth(), _resume()).rates()
    assert rates == {
        "contact": 1.0,
        "experience_f1": 1.0,
        "dates": 1.0,
        "education_f1": 1.0,
        "projects_f1": 1.0,
        "bullets": 1.0,
        "order": 1.0,
    }


def test_merged_bullets_a_wrong_end_and_a_lost_entry_count_against() -> None:
    resume = _resume()
    acme = resume.experience[0]
    acme.bullets = [Bullet("Built pipelines that load forty tables every night Cut costs by a third")]
    acme.end = "2021-03"
    resume.experience = [acme]
    notes: list[str] = []
    counts = score_file(_truth(), resume, notes)
    rates = counts.rates()
    assert rates["bullets"] == 0.0  # one merged bullet recovers neither (Dice < 0.8)
    assert rates["dates"] == 0.0
    assert rates["experience_f1"] == pytest.approx(2 * 1 / (1 + 2))
    assert any("experience missed: 'Analyst'" in n for n in notes)


def test_bullets_out_of_order_lower_reading_order() -> None:
    resume = _resume()
    resume.experience[0].bullets.reverse()
    assert score_file(_truth(), resume).rates()["order"] == 0.0


def test_year_precision_accepts_a_month_parse_with_the_right_year() -> None:
    truth = _truth()
    truth["date_precision"] = "year"
    truth["experience"][1].update(start="2018", end="2021")
    assert score_file(truth, _resume()).rates()["dates"] == 1.0


def test_phone_may_drop_a_country_code_but_not_digits() -> None:
    assert phone_equal("+44 7700 900123", "07700 900123") is False  # trunk zero is a different number
    assert phone_equal("+44 7700 900123", "7700 900123")
    assert not phone_equal("(608) 555-0193", "555-0193")


def test_truth_is_cut_to_what_the_page_shows() -> None:
    truth = {**_truth(), "certifications": []}
    page = (
        "Jo Park jo@example.com\nData Engineer, Acme Corp  Mar 2021 - Present\n"
        "Built pipelines that load forty\n\x0cJo Park - page 2\ntables every night\n"
        "State University, Bachelor of Science\n"
    )
    cut = cut_to_visible(truth, page, links=[])
    assert [e["title"] for e in cut["experience"]] == ["Data Engineer"]  # Analyst is not on the page
    assert cut["experience"][0]["bullets"] == ["Built pipelines that load forty tables every night"]
    assert cut["education"][0]["field"] is None
    assert cut["date_precision"] == "month"
    assert "contact.phone" in cut["hidden"]


def test_short_text_must_show_whole_but_long_text_may_wrap_around_a_margin() -> None:
    page = PageText("Senior\n2019\nEngineer\nled the move of ninety\n2019 - 2021\nservices to the cloud")
    assert not page.shows("Senior Engineer Lead")
    assert page.shows("Led the move of ninety services to the cloud")


def test_french_month_names_and_aujourdhui_show_as_month_dates_and_present() -> None:
    truth = {**_truth(), "certifications": []}
    page = (
        "Jo Park jo@example.com\nMars 2021 - Aujourd'hui  Data Engineer\nAcme Corp\n"
        "Janv. 2018 - Févr. 2021  Analyst\nBeta & Co\n"
    )
    cut = cut_to_visible(truth, page, links=[])
    assert cut["date_precision"] == "month"
    assert [(e["start"], e["end"]) for e in cut["experience"]] == [
        ("2021-03", "present"),
        ("2018-01", "2021-02"),
    ]


def test_a_field_counts_only_when_printed_with_its_school() -> None:
    page = PageText(
        "Statistician, Office for National Statistics, Newport\n" + "Built dashboards " * 40 + "\n"
        "University of Warwick\n2012 - 2015\n"
    )
    assert page.shows("Statistics")
    assert not page.shows_near("Statistics", "University of Warwick")
    assert page.shows_near("Statistics", "Office for National Statistics")
    near = PageText("University of Warwick, MSc in Statistics\nStatistician, Office for National Statistics")
    assert near.shows_near("Statistics", "University of Warwick")
