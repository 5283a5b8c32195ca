"""The four bundled profiles load, validate and hold the content the matcher relies on."""

from __future__ import annotations

import re

import pytest

from resume_tailor.companies import (
    bundled_profiles_dir,
    list_profiles,
    load_profile,
    profile_template,
    profile_to_dict,
    role_family_for_title,
    validate_profile_file,
)
from resume_tailor.errors import UnknownCompanyError

AMAZON_LP_IDS = [
    "customer_obsession", "ownership", "invent_and_simplify", "are_right_a_lot", "learn_and_be_curious",
    "hire_and_develop_the_best", "insist_on_the_highest_standards", "think_big", "bias_for_action",
    "frugality", "earn_trust", "dive_deep", "have_backbone_disagree_and_commit", "deliver_results",
    "strive_to_be_earths_best_employer", "success_and_scale_bring_broad_responsibility",
]


@pytest.mark.parametrize("name", ["amazon", "google", "meta", "netflix"])
def test_each_bundled_profile_validates_with_rich_sourced_values(name: str) -> None:
    folder = bundled_profiles_dir()
    assert folder is not None
    profile = validate_profile_file(folder / f"{name}.yaml")
    assert profile.id == name
    assert profile.sources and all(s.url.startswith("https://") for s in profile.sources)
    for value in profile.current_values():
        assert 15 <= len(value.signals) <= 40, value.id
        assert all(s == s.lower() for s in value.signals)
        assert value.summary and value.questions and value.resume_tips
        assert value.source is not None and re.match(r"\d{4}-\d{2}-\d{2}$", value.source.retrieved)
    assert profile.interview.format and profile.interview.sources
    assert profile.questions_to_ask and profile.resume_conventions


def test_list_profiles_returns_the_four_companies_sorted() -> None:
    assert [p.id for p in list_profiles()] == ["amazon", "google", "meta", "netflix"]


def test_amazon_has_the_sixteen_leadership_principles_in_order() -> None:
    assert [v.id for v in load_profile("amazon").values] == AMAZON_LP_IDS


def test_google_scores_hiring_attributes_and_keeps_ten_things_as_principles() -> None:
    google = load_profile("google")
    assert [v.id for v in google.current_values()] == [
        "general_cognitive_ability", "role_related_knowledge", "leadership", "googleyness",
    ]
    assert len(google.principles) == 10
    assert google.principles[0].name.startswith("Focus on the user")
    assert any("X-Y-Z" in c for c in google.resume_conventions)


def test_meta_has_six_current_values_and_old_facebook_values_marked_historical() -> None:
    meta = load_profile("meta")
    assert [v.name for v in meta.current_values()] == [
        "Move Fast", "Focus on Long-Term Impact", "Build Awesome Things", "Live in the Future",
        "Be Direct and Respect Your Colleagues", "Meta, Metamates, Me",
    ]
    assert {v.id for v in meta.values if v.historical} == {"be_bold", "focus_on_impact", "be_open",
                                                          "build_social_value"}


def test_netflix_scores_the_2024_values_and_marks_the_older_list_historical() -> None:
    netflix = load_profile("netflix")
    assert [v.id for v in netflix.current_values()] == [
        "selflessness", "judgment", "candor", "creativity", "courage", "inclusion", "curiosity", "resilience",
    ]
    old = [v for v in netflix.values if v.historical]
    assert len(old) == 10
    assert {"Passion (2017-2023 list)", "Integrity (2017-2023 list)"} <= {v.name for v in old}
    assert [p.id for p in netflix.principles][:4] == [
        "dream_team", "people_over_process", "uncomfortably_exciting", "great_and_always_better",
    ]


@pytest.mark.parametrize(("name", "expected"), [
    ("AMAZON", "amazon"), ("aws", "amazon"), ("Facebook", "meta"), ("Meta Platforms", "meta"),
    ("YouTube", "google"), ("  netflix ", "netflix"),
])
def test_name_lookup_is_case_insensitive_and_knows_aliases(name: str, expected: str) -> None:
    assert load_profile(name).id == expected


def test_unknown_company_names_the_known_ones() -> None:
    with pytest.raises(UnknownCompanyError) as err:
        load_profile("initech")
    assert "initech" in str(err.value)
    assert "amazon, google, meta, netflix" in str(err.value)
    assert err.value.exit_code == 2


def test_role_family_for_title_prefers_the_most_specific_keyword() -> None:
    google = load_profile("google")

    def family(title: str) -> str | None:
        found = role_family_for_title(google, title)
        return found.id if found else None

    assert family("Senior Data Scientist, Ads") == "data_science_ml"
    assert family("Technical Program Manager, Cloud") == "program_management"
    assert family("Software Engineer III, Search") == "software_engineering"
    assert family("Interaction Designer") == "design"
    assert role_family_for_title(google, "") is None


def test_profile_to_dict_is_plain_data_with_aliases_and_principles() -> None:
    import json

    data = profile_to_dict(load_profile("netflix"))
    assert json.loads(json.dumps(data))["values"][0]["id"] == "selflessness"
    assert "nflx" in data["aliases"]
    assert data["principles"][1]["name"] == "People over Process"


def test_template_is_itself_a_valid_profile(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "example.yaml"
    path.write_text(profile_template(), encoding="utf-8")
    profile = validate_profile_file(path)
    assert profile.id == "example_corp" and profile.values[0].signals[0] == "customer"
