"""The bundled taxonomy: canonical names, categories, parents, size and attribution."""

from __future__ import annotations

from importlib import resources

import pytest

from resume_tailor.skills import CATEGORIES, canonical_skill, extract_skills, skill_category, skill_parents
from resume_tailor.skills.taxonomy import load_taxonomy


def test_taxonomy_has_at_least_ten_thousand_canonical_skills() -> None:
    assert len(load_taxonomy().skills) >= 10_000


def test_every_skill_has_a_known_category() -> None:
    assert {s.category for s in load_taxonomy().skills.values()} <= set(CATEGORIES)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Oracle Java", "Java"),
        ("Amazon Web Services AWS software", "AWS"),
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("nodejs", "Node.js"),
        ("sklearn", "scikit-learn"),
        ("Structured query language SQL", "SQL"),
        ("Microsoft Excel", "Excel"),
        ("Apache Kafka", "Apache Kafka"),
        ("no such skill xyz", None),
    ],
)
def test_canonical_skill_strips_vendor_noise_and_resolves_aliases(name: str, canonical: str | None) -> None:
    assert canonical_skill(name) == canonical


def test_vendor_is_kept_as_metadata() -> None:
    info = load_taxonomy().lookup("Oracle Java")
    assert info is not None and info.vendor == "Oracle"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Python", "programming_language"),
        ("Django", "framework"),
        ("AWS", "cloud"),
        ("MongoDB", "database"),
        ("Jira", "tool"),
        ("Scrum", "methodology"),
        ("teamwork", "soft_skill"),
        ("PMP", "certification"),
        ("machine learning", "domain"),
    ],
)
def test_skill_category(name: str, category: str) -> None:
    assert skill_category(name) == category


def test_skill_parents_follow_the_chain() -> None:
    assert skill_parents("Django") == ["Python"]
    assert skill_parents("EKS")[:2] == ["AWS", "Kubernetes"]
    assert skill_parents("nothing-known") == []


def test_hot_technology_flags_come_from_onet() -> None:
    info = load_taxonomy().lookup("Python")
    assert info is not None and info.hot and "onet" in info.sources


def test_sources_file_carries_the_onet_attribution_and_esco_acknowledgement() -> None:
    text = (resources.files("resume_tailor") / "data" / "SOURCES.md").read_text(encoding="utf-8")
    assert "This product includes information from the O*NET 29.2 Database" in text
    assert "ESCO" in text and "European" in text


@pytest.mark.parametrize(
    ("form", "skill"),
    [
        ("usability testing", "Usability testing"),
        ("user testing", "Usability testing"),
        ("sequential testing", "Hypothesis testing"),
        ("significance testing", "Hypothesis testing"),
        ("multivariate testing", "A/B testing"),
        ("unit testing", "Software testing"),
        ("computer systems", "Computer systems"),
    ],
)
def test_each_kind_of_testing_is_its_own_skill(form: str, skill: str) -> None:
    assert canonical_skill(form) == skill


def test_a_degree_field_is_not_computer_equipment() -> None:
    text = "Degree in Computer Science, Computer Systems or a related field."
    found = {m.name for m in extract_skills(text)}
    assert "Computer systems" in found and "computer equipment" not in found


@pytest.mark.parametrize(
    ("form", "skill"),
    [("ISTQB", "ISTQB Certified Tester"), ("CSPO", "Certified Scrum Product Owner"), ("Terraform Associate",
     "HashiCorp Certified Terraform Associate"), ("OSCP", "OSCP")],
)
def test_common_certifications_are_certifications(form: str, skill: str) -> None:
    assert canonical_skill(form) == skill and skill_category(skill) == "certification"
