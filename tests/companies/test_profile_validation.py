"""Invalid profiles fail with one line naming the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.minimal_profile import GOOD
from resume_tailor.companies import validate_profile_file
from resume_tailor.errors import ProfileError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_minimal_profile_loads(tmp_path: Path) -> None:
    profile = validate_profile_file(_write(tmp_path, GOOD))
    assert profile.name == "Acme" and profile.values[0].signals == ["customer", "users"]


def test_missing_required_field_names_file_line_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("    summary: Start from the customer.\n", ""))
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert err.value.field == "values[0].summary"
    assert err.value.line == 7  # the value's mapping starts on line 7
    assert err.value.path == str(path)
    assert str(err.value).startswith(f"{path}:7: ")
    assert "required" in str(err.value) and "\n" not in str(err.value)
    assert err.value.exit_code == 4


def test_wrong_type_names_the_line_of_the_bad_value(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("signals: [customer, users]", "signals: customer"))
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert (err.value.line, err.value.field) == (10, "values[0].signals")
    assert "expected a list" in str(err.value)


def test_number_where_string_expected_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("name: Acme", "name: 42"))
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert (err.value.line, err.value.field) == (2, "name")
    assert "expected a string, got an integer" in str(err.value)


def test_unknown_field_is_reported_to_catch_typos(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + "questions_to_aks: [Why]\n")
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert err.value.field == "questions_to_aks" and err.value.line == 14
    assert "unknown field" in str(err.value)


def test_bad_weight_and_bad_date_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + "weights:\n  skills: -1\n")
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert (err.value.field, err.value.line) == ("weights.skills", 15)
    path = _write(tmp_path, GOOD.replace('retrieved: "2026-01-02"\nvalues', 'retrieved: "last week"\nvalues'))
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert err.value.field == "sources[0].retrieved" and "ISO date" in str(err.value)


def test_yaml_syntax_error_reports_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("signals: [customer, users]", "signals: [customer, users"))
    with pytest.raises(ProfileError) as err:
        validate_profile_file(path)
    assert err.value.line is not None and err.value.line >= 10
    assert "invalid YAML" in str(err.value)


def test_bad_id_and_duplicate_value_ids_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="snake_case"):
        validate_profile_file(_write(tmp_path, GOOD.replace("id: acme", "id: Acme Corp")))
    doubled = GOOD + GOOD[GOOD.index("  - id: customer_focus"):]
    with pytest.raises(ProfileError, match="duplicate id") as err:
        validate_profile_file(_write(tmp_path, doubled))
    assert err.value.field == "values[1].id"


def test_missing_and_empty_files_are_profile_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not found"):
        validate_profile_file(tmp_path / "nope.yaml")
    with pytest.raises(ProfileError, match="empty"):
        validate_profile_file(_write(tmp_path, "# nothing here\n"))
