"""User profiles (platformdirs folder or --profiles DIR) add companies and override bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.minimal_profile import GOOD
from resume_tailor.companies import bundled_profiles_dir, list_profiles, load_profile
from resume_tailor.errors import ProfileError


def test_user_folder_adds_a_company(isolated_user_dir: Path) -> None:
    folder = isolated_user_dir / "company_profiles"
    folder.mkdir(parents=True)
    (folder / "acme.yaml").write_text(GOOD, encoding="utf-8")
    assert [p.id for p in list_profiles()] == ["acme", "amazon", "google", "meta", "netflix"]
    assert load_profile("ACME").path == str(folder / "acme.yaml")


def test_user_profile_overrides_bundled_one_with_the_same_id(isolated_user_dir: Path) -> None:
    folder = isolated_user_dir / "company_profiles"
    folder.mkdir(parents=True)
    (folder / "my-netflix.yaml").write_text(GOOD.replace("id: acme", "id: netflix")
                                            .replace("name: Acme", "name: Netflix (mine)"), encoding="utf-8")
    netflix = load_profile("netflix")
    assert netflix.name == "Netflix (mine)" and len(netflix.values) == 1


def test_explicit_profiles_dir_wins_over_user_folder(isolated_user_dir: Path, tmp_path: Path) -> None:
    user = isolated_user_dir / "company_profiles"
    user.mkdir(parents=True)
    (user / "acme.yaml").write_text(GOOD, encoding="utf-8")
    explicit = tmp_path / "explicit"
    explicit.mkdir()
    (explicit / "acme.yaml").write_text(GOOD.replace("name: Acme", "name: Acme Explicit"), encoding="utf-8")
    assert load_profile("acme", explicit).name == "Acme Explicit"
    assert load_profile("acme").name == "Acme"


def test_demand_file_beside_a_profile_is_merged_by_role_family(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(GOOD + "role_families:\n  - id: software_engineering\n"
                                        "    name: Engineering\n    title_keywords: [engineer]\n",
                                        encoding="utf-8")
    (tmp_path / "demand").mkdir()
    (tmp_path / "demand" / "acme.yaml").write_text(
        "company: acme\nrole_families:\n  - id: software_engineering\n    name: Software engineering\n"
        "    postings: 10\n    skills:\n      - {skill: Python, share: 0.5, required: 0.4, preferred: 0.1}\n"
        "  - id: design\n    name: Design\n    postings: 2\n",
        encoding="utf-8",
    )
    acme = load_profile("acme", tmp_path)
    eng, design = acme.role_families
    assert (eng.name, eng.title_keywords, eng.postings) == ("Engineering", ["engineer"], 10)
    assert eng.skills[0].skill == "Python" and eng.skills[0].required == pytest.approx(0.4)
    assert (design.id, design.postings) == ("design", 2)


def test_broken_user_profile_is_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(GOOD.replace("name: Acme", "name: [Acme]"), encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile("amazon", tmp_path)
    assert err.value.field == "name" and err.value.line == 2


def test_missing_profiles_dir_is_a_profile_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not found"):
        list_profiles(tmp_path / "missing")


def test_template_file_in_a_folder_is_not_loaded_as_a_company() -> None:
    folder = bundled_profiles_dir()
    assert folder is not None and (folder / "TEMPLATE.yaml").is_file()
    assert "example_corp" not in {p.id for p in list_profiles()}


def test_wheel_layout_is_found_through_package_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resume_tailor.companies import loader

    packaged = tmp_path / "resume_tailor" / "company_profiles"
    packaged.mkdir(parents=True)
    (packaged / "acme.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(loader.resources, "files", lambda _package: tmp_path / "resume_tailor")
    assert loader.bundled_profiles_dir() == packaged
    assert [p.id for p in list_profiles()] == ["acme"]
