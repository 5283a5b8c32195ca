"""Project names freed from what is written beside them; activities' role and organisation in one
piece (resume/project_entries.py). Fixtures written for these tests."""

from __future__ import annotations

from resume_tailor.models import Bullet, Entry
from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.lines import Line
from resume_tailor.resume.project_entries import mark_award_lines, tidy_activities, tidy_projects

_HEAD = """Sam Rivera
sam.rivera@example.com

EXPERIENCE
Software Engineer, Acme Corp
Jan 2021 - Dec 2023
• Built the billing platform in Go

"""


def _projects(body: str) -> list[Entry]:
    return parse_resume_bytes((_HEAD + "PROJECTS\n" + body).encode()).projects


def test_a_tech_stack_after_a_label_is_no_part_of_the_name() -> None:
    projects = _projects(
        "Tide Chart — Tech: Python, React\n• Built a tide table app for local anglers\n"
        "Harbor Watch — Built with Swift\n• Wrote an app that maps harbour webcams\n"
    )
    assert [p.title for p in projects] == ["Tide Chart", "Harbor Watch"]
    assert projects[0].fields["Technologies"].startswith("Python")


def test_a_bracketed_stack_link_or_award_is_no_part_of_the_name() -> None:
    fields: dict[str, str] = {}
    entries = [
        Entry(kind="project", title="Harbor Watch (Swift, Firebase)"),
        Entry(kind="project", title="Rail Map (github.com/sam/rail-map)"),
        Entry(kind="project", title="Pocket Atlas (Winner, Lakeside Hack Day 2022)"),
        Entry(kind="project", title="Rover (Line Follower)"),
    ]
    tidy = tidy_projects(entries)
    assert [e.title for e in tidy] == ["Harbor Watch", "Rail Map", "Pocket Atlas", "Rover (Line Follower)"]
    assert tidy[2].fields == {"Award": "Winner, Lakeside Hack Day 2022"} and not fields


def test_tools_set_after_the_name_without_a_separator_are_cut() -> None:
    entries = [
        Entry(kind="project", title="Quiet Hours Node.js"),
        Entry(kind="project", title="Parcel Tracker Django / PostgreSQL"),
        Entry(kind="project", title="Chess Engine in Rust"),
        Entry(kind="project", title="Sign Language Translator"),
    ]
    assert [e.title for e in tidy_projects(entries)] == [
        "Quiet Hours",
        "Parcel Tracker",
        "Chess Engine in Rust",
        "Sign Language Translator",
    ]


def test_an_award_or_role_after_a_dash_is_a_field() -> None:
    tidy = tidy_projects(
        [
            Entry(kind="project", title="Pocket Atlas — 2nd Place, Lakeside Hack Day 2022"),
            Entry(kind="project", title="Ledger Lite — Project Lead"),
        ]
    )
    assert [(e.title, e.fields) for e in tidy] == [
        ("Pocket Atlas", {"Award": "2nd Place, Lakeside Hack Day 2022"}),
        ("Ledger Lite", {"Role": "Project Lead"}),
    ]


def test_a_role_line_read_as_a_project_is_a_field_of_the_one_above() -> None:
    bullet = Bullet(text="Wrote a budgeting app for shared flats", section="projects")
    entries = [
        Entry(kind="project", title="Ledger Lite", dates_text="Mar 2022", start="2022-03", end="2022-03"),
        Entry(kind="project", title="Project Lead", bullets=[bullet]),
        Entry(kind="project", title="Rail Map", bullets=[bullet]),
    ]
    tidy = tidy_projects(entries)
    assert [(p.title, p.fields.get("Role"), len(p.bullets)) for p in tidy] == [
        ("Ledger Lite", "Project Lead", 1),
        ("Rail Map", None, 1),
    ]


def test_an_award_line_under_a_project_name_is_its_first_line() -> None:
    lines = [Line("Pocket Atlas"), Line("Lakeside Hack Day 2022 · Best Use of Maps"), Line("• Built it")]
    assert [ln.text for ln in mark_award_lines(lines)] == [
        "Pocket Atlas",
        "• Lakeside Hack Day 2022 · Best Use of Maps",
        "• Built it",
    ]
    named = [Line("Pocket Atlas"), Line("Rail Map — Winner, Lakeside Hack Day")]
    assert [ln.text for ln in mark_award_lines(named)] == [ln.text for ln in named]


def test_an_activity_role_and_organisation_in_one_piece_are_split() -> None:
    entries = [
        Entry(kind="leadership", title="Chess Club: Treasurer"),
        Entry(kind="leadership", title="Member", company="Hack Club"),
        Entry(kind="leadership", title="Secretary, Debate Society", company="Hack Club"),
        Entry(kind="volunteering", title="Tutor at Northfield Public Library"),
        Entry(kind="leadership", title="Vice President, Marketing"),
    ]
    assert [(e.title, e.company) for e in tidy_activities(entries)] == [
        ("Treasurer", "Chess Club"),
        ("Member", "Hack Club"),
        ("Secretary", "Debate Society"),
        ("Tutor", "Northfield Public Library"),
        ("Vice President, Marketing", None),
    ]


def test_activities_section_reads_org_colon_role() -> None:
    text = _HEAD + "LEADERSHIP\nChess Club: Treasurer    2019 - 2021\n• Kept the club's accounts\n"
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.activities] == [("Treasurer", "Chess Club")]


def test_a_stack_line_or_a_nameless_piece_under_a_project_is_part_of_it() -> None:
    bullet = Bullet(text="Wrote a budgeting app for shared flats", section="projects")
    entries = [
        Entry(kind="project", title="Ledger Lite"),
        Entry(kind="project", title="Stack: Swift / Firebase"),
        Entry(kind="project", dates_text="2021", start="2021", end="2021", bullets=[bullet]),
    ]
    tidy = tidy_projects(entries)
    assert [(e.title, e.fields, e.dates_text, len(e.bullets)) for e in tidy] == [
        ("Ledger Lite", {"Technologies": "Swift / Firebase"}, "2021", 1)
    ]


def test_a_name_in_capitals_loses_the_tools_set_beside_it() -> None:
    tidy = tidy_projects([Entry(kind="project", title="SIGNAL BOARD Go / PyTorch")])
    assert (tidy[0].title, tidy[0].fields) == ("SIGNAL BOARD", {"Technologies": "Go / PyTorch"})
    kept = tidy_projects([Entry(kind="project", title="NASA Mars Rover")])
    assert kept[0].title == "NASA Mars Rover"


def test_an_activity_with_its_organisation_in_brackets_or_no_name_at_all() -> None:
    entries = [
        Entry(kind="volunteering", title="Volunteer (Lakeside Food Bank)"),
        Entry(kind="volunteering", dates_text="2019 - 2020"),
    ]
    tidy = tidy_activities(entries)
    assert [(e.title, e.company, e.dates_text) for e in tidy] == [
        ("Volunteer", "Lakeside Food Bank", "2019 - 2020")
    ]


def test_one_line_activities_listed_without_dates_are_one_entry_each() -> None:
    text = _HEAD + (
        "ACTIVITIES\nTreasurer, Chess Club\n• Kept the club's accounts\n"
        "Secretary, Debate Society\nPresident, Robotics Team    2017 - 2018\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.activities] == [
        ("Treasurer", "Chess Club"),
        ("Secretary", "Debate Society"),
        ("President", "Robotics Team"),
    ]


def test_a_bracket_left_open_and_a_hyphenated_role_are_read() -> None:
    projects = tidy_projects([Entry(kind="project", title="Mosaic Notes (Arduino")])
    assert (projects[0].title, projects[0].fields) == ("Mosaic Notes", {"Details": "Arduino"})
    activities = tidy_activities([Entry(kind="leadership", title="Chess Club — Editor-in-Chief")])
    assert (activities[0].title, activities[0].company) == ("Editor-in-Chief", "Chess Club")


def test_a_project_written_on_one_line_gives_its_name_and_description() -> None:
    projects = _projects(
        "Kite Weather – a forecast app for kite surfers on the north coast\n"
        "Pocket Atlas: an offline map of city parks and their opening hours\n"
    )
    assert [(p.title, [b.text for b in p.bullets]) for p in projects] == [
        ("Kite Weather", ["a forecast app for kite surfers on the north coast"]),
        ("Pocket Atlas", ["an offline map of city parks and their opening hours"]),
    ]


def test_a_role_read_as_the_organisation_swaps_back() -> None:
    tidy = tidy_activities([Entry(kind="leadership", title="The Campus Courier", company="Editor-in-Chief")])
    assert (tidy[0].title, tidy[0].company) == ("Editor-in-Chief", "The Campus Courier")


def test_points_written_like_the_name_line_are_the_next_projects() -> None:
    # a list whose points carry no glyph, the projects named like repositories: the entry splitter
    # sees one project; a point written "name | tools" starts the next one
    first = Entry(
        kind="project",
        title="pixel-sort",
        bullets=[
            Bullet("Wrote a sorter for image rows, 3x faster than the naive loop"),
            Bullet("orbit-sim | Kotlin, PyTorch, scikit-learn"),
            Bullet("Simulated 40 satellites in real time"),
            Bullet("tinygrep | Rust"),
            Bullet("Shipped a grep clone | with colour output"),  # a sentence after the bar: a point
        ],
    )
    projects = tidy_projects([first])
    assert [p.title for p in projects] == ["pixel-sort", "orbit-sim", "tinygrep"]
    assert projects[1].fields["Technologies"] == "Kotlin, PyTorch, scikit-learn"
    assert [len(p.bullets) for p in projects] == [1, 1, 1]


def test_a_role_with_its_unit_then_the_organisation_keeps_the_unit_in_the_role() -> None:
    # "Member, Water Project Team | Engineers Without Borders": the splitter reads role / organisation /
    # place; the "place" is a name of several words, so the unit goes back to the role
    read = Entry(
        kind="volunteering",
        title="Member",
        company="Water Project Team",
        location="Engineers Without Borders",
    )
    [entry] = tidy_activities([read])
    assert (entry.title, entry.company, entry.location) == (
        "Member, Water Project Team",
        "Engineers Without Borders",
        None,
    )
    placed = Entry(kind="volunteering", title="Treasurer", company="Chess Club", location="Portland, OR")
    assert tidy_activities([placed])[0].location == "Portland, OR"  # a real place stays
