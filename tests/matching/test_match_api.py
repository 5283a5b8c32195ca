"""The public entry points: resume_tailor.match(...) and assess_bullet, reachable both ways."""

from __future__ import annotations

import importlib

from personas import BACKEND, POSTINGS

import resume_tailor
from resume_tailor import load_profile
from resume_tailor.models import BulletAssessment, Report


def test_match_is_callable_from_the_top_level_even_after_the_package_is_imported() -> None:
    importlib.import_module(
        "resume_tailor.matching"
    )  # the package has its own name, so the function stays reachable
    report = resume_tailor.match(BACKEND, load_profile("amazon"), POSTINGS["backend"])
    assert isinstance(report, Report)
    assert report.posting is POSTINGS["backend"] and report.company.id == "amazon"


def test_assess_bullet_is_exported() -> None:
    from resume_tailor.matching import assess_bullet

    result = assess_bullet("Mentored 4 engineers and cut deploy time 60%", None)
    assert isinstance(result, BulletAssessment)
    assert (result.quantified, result.weak_opener) == (True, False)
    assert result.competencies == ["impact_outcomes", "leadership"]


def test_role_can_name_a_family_by_id() -> None:
    report = resume_tailor.match(BACKEND, load_profile("meta"), role="data_science_ml")
    assert report.role_family == "data_science_ml"
