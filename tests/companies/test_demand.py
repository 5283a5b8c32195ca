"""Generated skill demand: merged into the bundled profiles, sane numbers, reproducible output."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from resume_tailor.companies import bundled_profiles_dir, load_profile
from resume_tailor.companies.schema import parse_demand_text
from resume_tailor.models import JobPosting, Requirement, RoleFamily

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_demand.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_demand", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_demand"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("company", ["google", "meta", "netflix"])
def test_major_role_families_list_at_least_8_skills(company: str) -> None:
    profile = load_profile(company)
    major = [f for f in profile.role_families if f.postings >= 20]
    assert major, "every company with data has at least one major family"
    for family in major:
        assert len(family.skills) >= 8, (company, family.id, len(family.skills))


@pytest.mark.parametrize("company", ["amazon", "google", "meta", "netflix"])
def test_a_skill_is_demand_only_when_several_postings_name_it(company: str) -> None:
    minimum = _script().MIN_SKILL_POSTINGS
    for family in load_profile(company).role_families:
        for demand in family.skills:
            rounding = family.postings * 0.0005  # shares are rounded to 3 decimals
            assert demand.share * family.postings >= minimum - rounding, (family.id, demand.skill)


@pytest.mark.parametrize("company", ["amazon", "google", "meta", "netflix"])
def test_shares_are_fractions_and_bound_required_and_preferred(company: str) -> None:
    for family in load_profile(company).role_families:
        if not family.skills:
            continue
        assert family.source is not None and family.source.url.startswith("https://")
        shares = [d.share for d in family.skills]
        assert shares == sorted(shares, reverse=True)
        for demand in family.skills:
            assert 0 < demand.share <= 1
            assert demand.required <= demand.share and demand.preferred <= demand.share


def test_software_engineering_demand_names_core_languages() -> None:
    skills = {d.skill for d in load_profile("meta").role_families[0].skills}
    assert {"Python", "C++", "Java"} <= skills


def test_demand_files_validate_and_hold_numbers_only() -> None:
    folder = bundled_profiles_dir()
    assert folder is not None
    for path in sorted((folder / "demand").glob("*.yaml")):
        company, families = parse_demand_text(path.read_text(encoding="utf-8"), str(path))
        assert company == path.stem and families
        text = path.read_text(encoding="utf-8")
        assert "qualifications" not in text.lower().replace("postings", "")  # no posting text copied


def test_demand_yaml_is_deterministic_and_loadable() -> None:
    script = _script()
    posting = JobPosting(title="Software Engineer", requirements=[
        Requirement(text="3 years of Python", skills=["Python"]),
        Requirement(text="Go is a plus", required=False, skills=["Go"]),
    ], responsibilities=["Build services"])
    tally = script.Tally()
    for _ in range(script.MIN_FAMILY_POSTINGS):
        tally.add(posting, lambda _text: ["Kubernetes"])
    dataset = script.Dataset("acme", Path("postings/acme/jobs.json"), "https://example.test/data", "test",
                             None)
    families = [RoleFamily(id="software_engineering", name="Software engineering")]
    first = script.to_yaml(script.demand_document(dataset, families, {"software_engineering": tally}, "abc"))
    second = script.to_yaml(script.demand_document(dataset, families, {"software_engineering": tally}, "abc"))
    assert first == second
    company, parsed = parse_demand_text(first)
    assert company == "acme" and parsed[0].postings == script.MIN_FAMILY_POSTINGS
    assert [(d.skill, d.share, d.required, d.preferred) for d in parsed[0].skills] == [
        ("Go", 1.0, 0.0, 1.0), ("Kubernetes", 1.0, 0.0, 0.0), ("Python", 1.0, 1.0, 0.0),
    ]


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # the role comes first; a team named after it does not decide the family
        ("Associate, Finance & Strategy - Studio Infrastructure", "business_operations"),
        ("Product Manager, Machine Learning Platform", "product_management"),
        ("Technical Program Manager, Infrastructure", "program_management"),
        # a generic engineering role takes its specialty from the team
        ("Software Engineer, Machine Learning", "ml_engineering"),
        ("Software Engineer, Infrastructure", "infrastructure_sre"),
        ("Software Engineer III, Cloud Billing", "software_engineering"),
        # data engineers are asked for an engineer's stack, not a data scientist's
        ("Data Engineer (L5) - Privacy", "data_engineering"),
        ("Senior Analytics Engineer, Games", "data_engineering"),
        ("Data Engineering Manager, Analytics", "data_engineering"),
        ("Senior Data Scientist, Product Analytics", "data_science_ml"),
        # engineers who build models are asked for an engineer's stack, not a data scientist's
        ("Machine Learning Engineer II", "ml_engineering"),
        ("Research Engineer (L5) - Growth and Commerce", "ml_engineering"),
        ("Software Engineer, Personalization", "ml_engineering"),
        # a keyword of one family beats a generic word of another, and a whole title beats a part of it
        ("DevOps Engineer", "infrastructure_sre"),
        ("Senior Site Reliability Engineer", "infrastructure_sre"),
        ("ASIC Engineer, Design Verification", "hardware"),
    ],
)
def test_a_title_is_classified_by_its_role_before_its_team(title: str, family: str) -> None:
    from resume_tailor.companies import classify_title
    from resume_tailor.companies.roles import default_role_families

    found = classify_title(title, default_role_families())
    assert found is not None and found.id == family


def test_one_job_posted_in_several_cities_counts_once() -> None:
    script = _script()
    same = JobPosting(title="Software Engineer", requirements=[Requirement(text="Go", skills=["Go"])])
    other = JobPosting(title="Software Engineer", requirements=[Requirement(text="Rust", skills=["Rust"])])
    dataset = script.Dataset("acme", Path("jobs.json"), "https://example.test/data", "test",
                             lambda _path, _find: iter([same, same, same, other]))
    families = [RoleFamily(id="software_engineering", name="Software engineering",
                           title_keywords=["software engineer"])]
    tallies, skipped = script.tally(dataset, families, lambda _text: [])
    assert tallies["software_engineering"].postings == 2 and skipped["repeated"] == 2


def test_a_companys_own_name_is_no_skill_its_postings_ask_for() -> None:
    script = _script()
    profile = load_profile("meta")
    find = script.without_own_names(lambda _text: ["Facebook", "SQL"], profile)
    assert find("Experience with Facebook ads and SQL") == ["SQL"]
    google = script.without_own_names(lambda _text: ["Google", "Google Cloud"], load_profile("google"))
    assert google("Google Cloud") == ["Google Cloud"]  # a product sold under its own name stays
