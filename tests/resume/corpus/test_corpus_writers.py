"""The corpus build script's LaTeX writers, checked without TeX: each writes its class's own
document for every person, with the person's facts in it, and the new classes are split by hash.

Compiling needs TeX Live (not in CI); ``scripts/build_corpus.py --only 'curve--*'`` does that.
"""

from __future__ import annotations

import re

import pytest
from build_script import build_corpus

BUILD = build_corpus()
PEOPLE = BUILD.load_people()
# the class (or package) each template's document must load, as its source file names it
CLASS_OF = {
    "curve": r"\documentclass[a4paper,11pt,english]{curve}",
    "currvita": r"\usepackage{currvita}",
    "europecv": r"{europecv}",
    "komacv-classic": r"\documentclass[style=classic]{komacv}",
    "komacv-casual": r"\documentclass[style=casual]{komacv}",
    "readablecv": r"{ReadableCV}",
    "moderntimeline": r"\usepackage{moderntimeline}",
    "harnon-cv": r"\documentclass{harnon-cv}",
    "simpleresumecv": r"\documentclass[letterpaper]{simpleresumecv}",
    "tucv": r"\usepackage[pagesetup]{tucv}",
    "ecv": r"\documentclass[english]{ecv}",
    "awesome-cv": r"\documentclass[11pt, a4paper]{awesome-cv}",
}


def test_every_added_class_has_a_writer_and_a_recorded_source() -> None:
    assert set(BUILD.LATEX_CLASSES) == set(CLASS_OF)
    for _, package, version, licence in BUILD.LATEX_CLASSES.values():
        assert package.startswith("texlive-") and version and licence


@pytest.mark.parametrize("tid", sorted(CLASS_OF))
def test_each_writer_uses_its_class_and_carries_every_persons_facts(tid: str) -> None:
    write = BUILD.LATEX_CLASSES[tid][0]
    for person in PEOPLE:
        source = write(person)
        basics = person.data["basics"]
        assert CLASS_OF[tid] in source
        assert BUILD.latex.tex(basics["email"]) in source
        assert BUILD.latex.tex(basics["name"].rpartition(" ")[2]) in source
        for job in person.data.get("work", []):
            assert BUILD.latex.tex(job["position"]) in source
        for edu in person.data.get("education", []):
            assert BUILD.latex.tex(edu["institution"]) in source
        # every special character in the person's text reaches TeX escaped
        assert not re.search(r"(?<!\\)[&%#$]", source), tid


def test_readablecv_keeps_the_classes_limit_of_six_achievements() -> None:
    for person in PEOPLE:
        for line in BUILD.latex.readablecv_tex(person).splitlines():
            if line.startswith(r"\roleAchievements"):
                assert line.count("}{") == 5  # exactly six arguments, empty ones included


def test_moderntimeline_draws_each_dated_entry_as_a_bar_inside_the_axis() -> None:
    for person in PEOPLE:
        source = BUILD.latex.moderncv_tex(person, "classic", timeline=True)
        first, last = map(int, re.search(r"\\tlmaxdates\{(\d{4})\}\{(\d{4})\}", source).groups())
        bars = re.findall(r"\\tlcventry\{(\d{4})(?:/\d+)?\}\{(\d{4}|0)(?:/\d+)?\}", source)
        dated = [i for key in ("work", "education") for i in person.data.get(key, []) if i.get("startDate")]
        assert len(bars) >= len(dated)
        for start, end in bars:
            assert first <= int(start) and (end == "0" or int(end) < last)
        assert r"\cventry{" not in source.replace(r"\cventry{}", "")  # no dates left as text


def test_moderncv_without_a_timeline_is_unchanged_by_the_option() -> None:
    person = PEOPLE[0]
    plain = BUILD.latex.moderncv_tex(person, "classic")
    assert "moderntimeline" not in plain and r"\tlcventry" not in plain
    timeline = BUILD.latex.moderncv_tex(person, "classic", timeline=True)
    assert plain.count(r"\cventry{") == timeline.count(r"\tlcventry{") + timeline.count(r"\cventry{")


def test_harnon_items_are_padded_apart_by_the_class_spacer() -> None:
    for person in PEOPLE:
        source = BUILD.latex.harnon_tex(person)
        items = source.count(r"\timelineitem{")
        sections = source.count(r"\starttimeline")
        assert source.count(r"\timelinespacer") == items - sections
        assert r"\youremail" not in source  # the class prints a stray "l" before it


def test_simpleresumecv_dates_use_the_classes_own_stamps_and_its_fonts_are_found() -> None:
    for person in PEOPLE:
        source = BUILD.latex.simpleresumecv_tex(person)
        dated = [i for i in person.data.get("work", []) if i.get("startDate")]
        assert source.count(r"\DatestampY") >= len(dated)
    assert BUILD.TEX_OPTIONS["simpleresumecv"]["engine"] == "xelatex"
    assert set(BUILD.TEX_OPTIONS["simpleresumecv"]["beside"]) == {"Fonts/Tinos"}


def test_awesome_cv_is_compiled_with_xelatex_beside_the_class_and_fonts_fresh_ships() -> None:
    assert BUILD.TEX_OPTIONS["awesome-cv"]["engine"] == "xelatex"
    beside = BUILD.TEX_OPTIONS["awesome-cv"]["beside"]
    assert set(beside) == {"awesome-cv.cls", "fontawesome.sty", "fonts"}
    assert all("fresh-themes" in str(path) for path in beside.values())
    for person in PEOPLE:
        source = BUILD.latex.awesome_tex(person)
        items = sum(len(person.data.get(k, [])) for k in ("work", "education", "projects", "volunteer"))
        assert source.count(r"\cventry{") == items
        # the shims for TeX Live 2022 come before the class and before the header that needs them
        assert source.index("vargreek-shape") < source.index(r"\documentclass")
        assert source.index(r"\newbool{istart}") < source.index(r"\makecvheader")


def test_tucv_names_each_employer_once_above_its_roles() -> None:
    for person in PEOPLE:
        source = BUILD.latex.tucv_tex(person)
        jobs = person.data.get("work", [])
        employers = [j["name"] for n, j in enumerate(jobs) if n == 0 or jobs[n - 1]["name"] != j["name"]]
        assert source.count(r"\resjob[") == len(jobs) + len(person.data.get("volunteer", []))
        for employer in employers:
            assert rf"]{{{BUILD.latex.tex(employer)}}}{{}}" in source


def test_added_templates_are_split_by_the_stable_hash_not_by_name() -> None:
    for tid in BUILD.LATEX_CLASSES:
        assert tid not in BUILD.TEST_TEMPLATES | BUILD.DEV_TEMPLATES
    held_out = {tid for tid in BUILD.LATEX_CLASSES if BUILD.template_is_test(tid)}
    assert held_out == {"komacv-casual"}


def test_a_site_is_not_seen_in_an_email_with_the_same_letters() -> None:
    from corpus.visible import cut_to_visible

    truth = {
        "contact": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": None, "links": []},
        "experience": [],
        "projects": [],
        "activities": [],
        "education": [],
        "certifications": [],
    }
    truth["contact"]["links"] = ["https://janedoe.example.com", "https://github.com/jane-doe"]
    text = "Jane Doe\njane.doe@example.com\ngithub.com/jane-\ndoe"
    cut = cut_to_visible(truth, text, [])
    assert cut["contact"]["links"] == ["https://github.com/jane-doe"]
    assert "contact.link https://janedoe.example.com" in cut["hidden"]


def test_an_activity_printed_in_half_stays_in_the_truth_named_by_what_shows() -> None:
    from corpus.visible import cut_to_visible

    def activity(title: str, org: str) -> dict[str, object]:
        return {"title": title, "company": org, "start": None, "end": None, "bullets": []}

    truth = {
        "contact": {"name": "Jane Doe", "email": None, "phone": None, "links": []},
        "experience": [],
        "projects": [],
        "activities": [activity("Treasurer", "Chess Club"), activity("Volunteer", "Food Bank"),
                       activity("Captain", "Rowing Club")],
        "education": [],
        "certifications": [],
    }
    text = "Jane Doe\nActivities\nTreasurer\nFood Bank\nSorted donations"
    cut = cut_to_visible(truth, text, [])
    shown = [(a["title"], a["company"]) for a in cut["activities"]]
    assert shown == [("Treasurer", None), ("Food Bank", None)]
    assert "activities: Captain @ Rowing Club" in cut["hidden"]
