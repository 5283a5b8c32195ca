"""The optional ``value_weights`` profile field: validated, sourced, and backward compatible."""

from __future__ import annotations

import pytest

from resume_tailor.companies import load_profile
from resume_tailor.companies.schema import parse_profile_text
from resume_tailor.errors import ProfileError
from resume_tailor.matching.lexicon import competencies

BASE = """
id: acme
name: Acme
sources: [{url: https://acme.example/values, retrieved: "2026-01-01"}]
values:
  - id: care
    name: Care
    summary: We care.
    signals: [customer]
    source: {url: https://acme.example/values, retrieved: "2026-01-01"}
"""
COMPETENCIES = {c.id for c in competencies()}


def test_profiles_without_weights_still_validate() -> None:
    assert parse_profile_text(BASE).value_weights is None


def test_weights_are_read_with_their_source_and_default() -> None:
    text = BASE + (
        "value_weights:\n  source: {url: https://acme.example/interviews, retrieved: '2026-01-01'}\n"
        "  weights: {care: 0.9}\n"
    )
    weights = parse_profile_text(text).value_weights
    assert weights is not None and weights.of("care") == 0.9 and weights.of("learning") == 0.5
    assert weights.source.url == "https://acme.example/interviews"


@pytest.mark.parametrize(
    ("block", "field"),
    [
        ("  weights: {care: 1.5}\n", "value_weights.weights.care"),
        ("  weights: {Care: 0.5}\n", "value_weights.weights.Care"),
        ("  weights: {care: high}\n", "value_weights.weights.care"),
    ],
)
def test_bad_weights_name_their_field(block: str, field: str) -> None:
    text = BASE + "value_weights:\n  source: {url: https://a.example, retrieved: '2026-01-01'}\n" + block
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text)
    assert caught.value.field == field


def test_weights_need_a_source() -> None:
    with pytest.raises(ProfileError, match="source"):
        parse_profile_text(BASE + "value_weights:\n  weights: {care: 0.5}\n")


@pytest.mark.parametrize("company", ["amazon", "google", "meta", "netflix"])
def test_bundled_weights_name_real_values_and_cite_a_source(company: str) -> None:
    profile = load_profile(company)
    assert profile.value_weights is not None and profile.value_weights.source.note
    known = {v.id for v in profile.current_values()} | COMPETENCIES
    assert set(profile.value_weights.weights) <= known
