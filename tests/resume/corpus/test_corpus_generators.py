"""The corpus build script's mappings to other resume generators (RenderCV, YAMLResume), checked
without the generators: every person's facts reach the input each one reads, in the shape it
wants, and the added templates are split by the stable hash.

Rendering needs the generators, installed outside the repository (not in CI); see
``scripts/build_corpus.py --help``.
"""

from __future__ import annotations

import json
import sys

import pytest
from build_script import SCRIPTS, build_corpus

sys.path.insert(0, str(SCRIPTS))

from corpus import fresh, rendercv, yamlresume  # noqa: E402
from corpus.people import load_people  # noqa: E402

PEOPLE = load_people()


@pytest.mark.parametrize("theme", rendercv.THEMES)
def test_rendercv_input_carries_every_role_degree_and_bullet(theme: str) -> None:
    for person in PEOPLE:
        given = rendercv.rendercv_input(person, theme)
        assert given["design"] == {"theme": theme}
        text = json.dumps(given, ensure_ascii=False)
        for job in person.data.get("work", []):
            assert json.dumps(job["position"], ensure_ascii=False) in text
            for line in job.get("highlights", []):
                assert json.dumps(line, ensure_ascii=False) in text
        for edu in person.data.get("education", []):
            assert json.dumps(edu["institution"], ensure_ascii=False) in text


def test_rendercv_ongoing_roles_end_at_present_and_dates_keep_their_precision() -> None:
    person = next(p for p in PEOPLE if any(not w.get("endDate") for w in p.data.get("work", [])))
    given = rendercv.rendercv_input(person, "classic")
    ends = [e.get("end_date") for e in given["cv"]["sections"]["Experience"]]
    assert "present" in ends
    assert all(len(e["start_date"]) in (4, 7) for e in given["cv"]["sections"]["Experience"])


def test_rendercv_phone_numbers_are_international() -> None:
    assert rendercv._phone("(608) 555-0193") == "+16085550193"
    assert rendercv._phone("+44 7700 900123") == "+447700900123"
    assert rendercv._phone("555-0193") is None  # no area code: left out rather than guessed


def test_rendercv_render_date_is_pinned() -> None:
    assert rendercv.rendercv_input(PEOPLE[0], "sb2nov")["rendercv_settings"] == {"date": "2026-01-01"}


def test_yamlresume_keeps_bullets_as_a_markdown_list_after_the_paragraph() -> None:
    assert yamlresume._markdown("Led the team.", ["Cut costs", "Hired four"]) == (
        "Led the team.\n\n- Cut costs\n- Hired four"
    )
    for person in PEOPLE:
        content = yamlresume.yamlresume_content(person)
        for job, given in zip(person.data.get("work", []), content["work"], strict=True):
            assert (given["name"], given["position"]) == (job["name"], job["position"])
            for line in job.get("highlights", []):
                assert f"- {line}" in given["summary"]


@pytest.mark.parametrize(
    ("study_type", "degree"),
    [
        ("Bachelor of Science", "Bachelor"),
        ("BSc", "Bachelor"),
        ("Licence", "Bachelor"),
        ("Master of Business Administration", "Master"),
        ("MSc", "Master"),
        ("PhD", "Doctor"),
        ("Certificate in Data Analysis", "Diploma"),
        (None, None),
    ],
)
def test_yamlresume_degree_words(study_type: str | None, degree: str | None) -> None:
    assert yamlresume._degree(study_type) == degree


def test_yamlresume_countries_are_english_names() -> None:
    for person in PEOPLE:
        code = person.data["basics"].get("location", {}).get("countryCode")
        country = yamlresume.yamlresume_content(person)["location"].get("country")
        assert country is None or code in yamlresume._COUNTRIES and country == yamlresume._COUNTRIES[code]


def test_generator_templates_are_split_by_the_stable_hash() -> None:
    build = build_corpus()
    ids = [
        *(f"rendercv-{t}" for t in rendercv.THEMES),
        *(f"fresh-{t}" for t in fresh.THEMES),
        *(f"yamlresume-{t}" for t in yamlresume.LAYOUTS),
    ]
    for tid in ids:
        assert tid not in build.TEST_TEMPLATES | build.DEV_TEMPLATES
    held_out = {tid for tid in ids if build.template_is_test(tid)}
    assert held_out == {
        "rendercv-classic",
        "fresh-positive",
        "fresh-basis",
        "yamlresume-jake",
        "yamlresume-calm",
    }


def test_rendercv_keeps_its_degree_column_for_short_degrees_only() -> None:
    short = rendercv._education({"institution": "U", "studyType": "MSc", "area": "Statistics"})
    assert (short["degree"], short["area"]) == ("MSc", "Statistics")
    long = rendercv._education({"institution": "U", "studyType": "Bachelor of Arts", "area": "History"})
    assert "degree" not in long and long["area"] == "Bachelor of Arts in History"
