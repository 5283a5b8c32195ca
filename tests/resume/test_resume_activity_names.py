"""Activities named like roles at employers: a role with its team ("Member, Robotics Outreach
Team"), an organisation with its local chapter ("Society of Bridge Engineers, Kessing Valley
Chapter"), an organisation whose plain words could be a town ("Builders Across Oceans").

Invented people and organisations.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.project_entries import activity_runs, tidy_activities


def _row(text: str, top: float) -> Line:
    return Line(text=text, x0=60.0, x1=60.0 + 5.0 * len(text), top=top, bottom=top + 10.0, size=10.0)


def _activities(*rows: str) -> list[tuple[str | None, str | None]]:
    lines = [_row(text, 100.0 + 14 * k) for k, text in enumerate(rows)]
    entries = [e for run in activity_runs(lines) for e in parse_entries(run, "volunteering")]
    return [(e.title, e.company) for e in tidy_activities(entries)]


def test_a_role_with_its_team_over_an_organisation_of_plain_words_stays_one_title() -> None:
    assert _activities(
        "Member, River Pump Team  Oct 2021 – Dec 2022",
        "Builders Across Oceans",
        "• Tested a hand pump for a partner school",
    ) == [("Member, River Pump Team", "Builders Across Oceans")]


def test_a_role_its_team_and_the_organisation_on_one_line() -> None:
    assert _activities(
        "Member, River Pump Team, Builders Across Oceans  Oct 2021 – Dec 2022",
        "• Tested a hand pump for a partner school",
    ) == [("Member, River Pump Team", "Builders Across Oceans")]
    assert _activities(
        "Builders Across Oceans, Member, River Pump Team  Oct 2021 – Dec 2022",
        "• Tested a hand pump for a partner school",
    ) == [("Member, River Pump Team", "Builders Across Oceans")]


def test_an_organisation_with_its_local_chapter_is_one_name() -> None:
    assert _activities(
        "Treasurer, Society of Bridge Engineers, Kessing Valley Chapter  Apr 2022 – Present",
        "• Kept the chapter's books",
    ) == [("Treasurer", "Society of Bridge Engineers, Kessing Valley Chapter")]
    assert _activities(
        "Society of Bridge Engineers, Kessing Valley Chapter, Treasurer  Apr 2022 – Present",
        "• Kept the chapter's books",
    ) == [("Treasurer", "Society of Bridge Engineers, Kessing Valley Chapter")]
    assert _activities(
        "Treasurer  Apr 2022 – Present",
        "Society of Bridge Engineers, Kessing Valley Chapter",
        "• Kept the chapter's books",
    ) == [("Treasurer", "Society of Bridge Engineers, Kessing Valley Chapter")]


def test_an_organisation_named_like_a_phrase_is_no_title_under_an_activity_with_its_own() -> None:
    assert _activities(
        "Count Leader, Marsh Valley Birding Club",
        "Dec 2020 – Present",
        "• Lead a team of eight counters each December",
        "Volunteer Scientist, Ask a Biologist",
        "Jan 2021 – Dec 2023",
        "• Talked with 25 classrooms about field careers",
    ) == [("Count Leader", "Marsh Valley Birding Club"), ("Volunteer Scientist", "Ask a Biologist")]
