"""Entry rows read from PDF geometry: company suffixes with periods, achievements above a dates-first
header, a header's date printed level with its first bullet, capitalised verbs after a full line.

Invented people and employers; the geometry mimics JSON Resume themes printed by Chromium.
"""

from __future__ import annotations

from pathlib import Path

from resume_tailor.resume import parse_resume, parse_resume_bytes
from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.sentences import ends_with_abbreviation
from resume_tailor.resume.wrap import join_wrapped


def _row(text: str, top: float, x0: float = 196.0, x1: float = 400.0, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.5, size=14.0, bold=bold)


def test_an_employer_ending_in_a_dotted_suffix_is_a_header_line() -> None:
    lines = [
        _row("Release Engineer", 100.0, bold=True),
        _row("Kestrel Logistics N.V.", 116.0, bold=True),
        _row("Nov 2020 – Present", 132.0),
        _row("Rotterdam", 148.0),
        _row("Cut release lead time from two weeks to two days", 170.0, x0=206.0),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company, entry.start, entry.end) == (
        "Release Engineer",
        "Kestrel Logistics N.V.",
        "2020-11",
        "present",
    )
    assert [b.text for b in entry.bullets] == ["Cut release lead time from two weeks to two days"]


def test_dotted_abbreviations_do_not_end_a_sentence() -> None:
    assert ends_with_abbreviation("Marlow Freight S.p.A.")
    assert ends_with_abbreviation("Acme Widgets Inc.")
    assert not ends_with_abbreviation("Shipped the new billing flow.")


def test_an_achievement_above_the_next_roles_dates_stays_a_bullet() -> None:
    # dates-first rows on a page without a side column: the last bullet sits right above them
    lines = [
        _row("2013-03 to 2015-05", 100.0, x0=62.0, x1=136.0, bold=True),
        _row("Platform Engineer at Harbor Metrics", 100.0, x0=217.0, bold=True),
        _row(
            "Implemented queue sharding that cut failover time from minutes to seconds",
            116.0,
            x0=241.0,
        ),
        _row(
            "Maintained the Go client library used by 40 internal teams",
            132.0,
            x0=241.0,
        ),
        _row("2011-07 to 2013-02", 160.0, x0=62.0, x1=136.0, bold=True),
        _row("Developer at Pinecrest Freight", 160.0, x0=217.0, bold=True),
        _row("Wrote the route planner that assigns 5,000 daily stops", 176.0, x0=241.0),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company, e.start) for e in entries] == [
        ("Platform Engineer", "Harbor Metrics", "2013-03"),
        ("Developer", "Pinecrest Freight", "2011-07"),
    ]
    assert [b.text for b in entries[0].bullets][
        -1
    ] == "Maintained the Go client library used by 40 internal teams"


def test_a_header_date_set_level_with_the_first_bullet_belongs_to_the_header() -> None:
    lines = [
        _row(
            "Riverside Community College, Lab Assistant",
            204.0,
            x0=162.0,
            x1=470.0,
            bold=True,
        ),
        _row(
            "Ran weekly lab sections of 25 students on circuits",
            220.7,
            x0=177.0,
            x1=409.0,
        ),
        _row("2023-01 — 2024-05", 216.2, x0=448.0, x1=522.0),
        _row(
            "Wrote a grading script that saved four hours per week",
            235.0,
            x0=177.0,
            x1=440.0,
        ),
    ]
    [entry] = parse_entries(lines)
    assert (entry.start, entry.end) == ("2023-01", "2024-05")
    assert len(entry.bullets) == 2


def test_a_capitalised_action_verb_after_a_full_line_starts_a_new_item() -> None:
    full, short = 565.0, 450.0
    lines = [
        _row(
            "Led the design of a cold-storage tier that moved 12 PB of archives to tape",
            100.0,
            55.0,
            full,
        ),
        _row(
            "Set the technical direction for two teams of nine engineers on the scheduler",
            116.0,
            55.0,
            short,
        ),
        _row(
            "Maintain the on-call handbook and the quarterly failure drills for the group",
            132.0,
            55.0,
            full,
        ),
        _row(
            "Lead a reading group on distributed systems papers every other week",
            148.0,
            55.0,
            short,
        ),
    ]
    assert len(join_wrapped(lines)) == 4


def test_a_short_bold_name_with_a_closing_period_is_a_project_header() -> None:
    # moderncv prints "\cventry" titles bold with a period, the dates on the same row
    lines = [
        Line("Tide Gauge Explorer.", x0=168.0, x1=320.0, top=100.0, bottom=110.0, size=10.0, bold=True),
        Line("Mar 2023 – Jun 2023", x0=427.0, x1=520.0, top=100.0, bottom=110.0, size=10.0, bold=True),
        Line(
            "• Cleaned forty years of harbour sensor data with pandas",
            x0=168.0,
            x1=500.0,
            top=115.0,
            bottom=125.0,
            size=10.0,
        ),
        Line("• Mapped flood risk for 12 ports", x0=168.0, x1=400.0, top=130.0, bottom=140.0, size=10.0),
    ]
    [project] = parse_entries(lines, "project")
    assert (project.title, project.start, project.end) == ("Tide Gauge Explorer", "2023-03", "2023-06")
    assert [b.text for b in project.bullets][0] == "Cleaned forty years of harbour sensor data with pandas"


def test_ligatures_and_an_indented_bold_project_name_in_a_latex_file() -> None:
    # committed corpus sample (simplecv, LaTeX): "Affordability" is typeset with an "ff" ligature,
    # and the project's bold name sits indented under the flush-left bold section headings
    resume = parse_resume(Path(__file__).parent / "corpus" / "simplecv--p02.pdf")
    assert [p.title for p in resume.projects] == ["Housing Affordability Analysis"]
    assert len(resume.projects[0].bullets) == 2


def test_a_project_written_as_a_paragraph_led_by_its_name() -> None:
    lines = [
        _row(
            "Tide Gauge Explorer: Cleaned forty years of harbour sensor data with pandas. Published",
            100.0,
            55.0,
            565.0,
        ),
        _row("a flood-risk dashboard used by two port authorities.", 116.0, 55.0, 300.0),
        _row("Ferry Timetable Bot: Answered 9,000 timetable questions a month over SMS.", 140.0, 55.0, 480.0),
    ]
    projects = parse_entries(lines, "project")
    assert [(p.title, [b.text for b in p.bullets]) for p in projects] == [
        (
            "Tide Gauge Explorer",
            [
                "Cleaned forty years of harbour sensor data with pandas.",
                "Published a flood-risk dashboard used by two port authorities.",
            ],
        ),
        ("Ferry Timetable Bot", ["Answered 9,000 timetable questions a month over SMS."]),
    ]


def test_contact_lines_above_the_first_entry_are_not_its_header() -> None:
    lines = [
        _row("Email: ines.moreau@example.fr", 100.0),
        _row("Atelier Brume 2019 - Present", 130.0, bold=True),
        _row("Brand Designer", 146.0),
        _row("Designed packaging for 30 product lines", 162.0, x0=206.0),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company, entry.start) == ("Brand Designer", "Atelier Brume", "2019")


def test_a_role_at_an_organisation_listed_among_projects_keeps_both() -> None:
    lines = [
        _row("Lyon Food Bank, Volunteer Coordinator", 100.0),
        _row("January 2021 — Present", 116.0),
        _row("- Kept the donation database and a monthly report for the board", 132.0),
    ]
    [entry] = parse_entries(lines, "project")
    assert (entry.title, entry.company) == ("Volunteer Coordinator", "Lyon Food Bank")


def test_a_bold_header_wrapped_where_its_date_did_not_fit() -> None:
    def bold(text: str, top: float, x0: float, x1: float) -> Line:
        return Line(text, x0=x0, x1=x1, top=top, bottom=top + 10.2, size=11.0, bold=True)

    lines = [
        bold("Graduate Research Assistant, Lakeside Institute of Marine and Coastal", 291.0, 90.0, 479.0),
        bold("Sciences", 306.0, 90.0, 140.0),
        Line("Jan 2023 – May 2024", x0=465.0, x1=558.0, top=305.8, bottom=315.7, size=11.0),
        Line(
            "Sampled 40 estuary sites every month",
            x0=108.0,
            x1=395.0,
            top=330.0,
            bottom=340.2,
            size=11.0,
            list_item=True,
        ),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company) == (
        "Graduate Research Assistant",
        "Lakeside Institute of Marine and Coastal Sciences",
    )


def test_a_labelled_employer_keeps_its_town_apart() -> None:
    text = (
        "Priya Raman\npriya@example.com\n\nPROFESSIONAL EXPERIENCE\n"
        "Company : Harbor Metrics, Kochi\nDesignation : Platform Engineer\nDuration : Mar 2013 – May 2015\n"
        "Roles and Responsibilities:\n• Built the billing pipeline\n"
    )
    [entry] = parse_resume_bytes(text.encode()).experience
    assert (entry.title, entry.company, entry.location) == ("Platform Engineer", "Harbor Metrics", "Kochi")


def test_a_line_under_a_bullet_glyph_continues_when_the_one_above_cannot_end() -> None:
    def at(text: str, top: float, x1: float) -> Line:
        return Line(text, x0=90.0, x1=x1, top=top, bottom=top + 10.0, size=11.0)

    lines = [
        at("• Working as Marketing Specialist with Maison Bleue from Sep 2017 to Feb", 100.0, 520.0),
        at("2021.", 114.0, 115.0),
        at("• Grew paying subscribers from 40,000 to 115,000 across France, Spain and", 128.0, 521.0),
        at("Italy", 142.0, 112.0),
        at("• Ran search campaigns for twelve brands", 156.0, 330.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [
        "Working as Marketing Specialist with Maison Bleue from Sep 2017 to Feb 2021.",
        "Grew paying subscribers from 40,000 to 115,000 across France, Spain and Italy",
        "Ran search campaigns for twelve brands",
    ]


def test_moderncv_headers_written_as_one_sentence() -> None:
    # \cventry: bold title, then employer and town, closed by a period; dates first in the rail
    def at(text: str, top: float, x0: float = 168.0, bold: bool = False) -> Line:
        return Line(text, x0=x0, x1=x0 + 8.0 * len(text), top=top, bottom=top + 10.0, size=10.0, bold=bold)

    lines = [
        at("Senior Platform Engineer, Harbor Metrics", 100.0, bold=True),
        at("07/2021 – Present", 100.0, x0=441.0, bold=True),
        at("GmbH, Berlin.", 112.0),
        at("• Ran the deployment platform for 90 services", 126.0),
        at("03/2017 – 06/2021", 150.0, x0=437.0, bold=True),
        at("Systems Engineer, Fjordnet Hosting AG, Bergen.", 152.0),
        at("• Automated provisioning of 800 servers", 166.0),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company, e.start) for e in entries] == [
        ("Senior Platform Engineer", "Harbor Metrics GmbH", "2021-07"),
        ("Systems Engineer", "Fjordnet Hosting AG", "2017-03"),
    ]


def test_a_hyphenated_past_verb_opens_a_new_item() -> None:
    lines = [
        _row("Implemented graph baselines in PyTorch for a protein folding project", 100.0, 80.0, 398.0),
        _row("Co-authored two workshop papers on ranking", 111.0, 80.0, 285.0),
    ]
    lines[0].size = lines[1].size = 10.8
    assert len(join_wrapped(lines)) == 2


def test_a_present_tense_achievement_above_the_next_roles_dates_stays_a_bullet() -> None:
    lines = [
        _row("2021 - Present", 84.0, x0=76.0, x1=140.0),
        _row("Harbor Metrics | Growth Lead", 100.0, bold=True),
        _row("Grew paying subscribers from 40,000 to 115,000", 116.0, x0=206.0),
        _row("Manage a paid acquisition budget of 2.4 million euros per year", 128.0, x0=206.0),
        _row("2017 - 2021", 140.0, x0=76.0, x1=140.0),
        _row("Pinecrest Media | Marketing Specialist", 156.0, bold=True),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company, e.start) for e in entries] == [
        ("Growth Lead", "Harbor Metrics", "2021"),
        ("Marketing Specialist", "Pinecrest Media", "2017"),
    ]


def test_a_bold_project_name_in_a_short_section_is_its_header() -> None:
    # one project: its bold name and bold dates are two of the section's three items
    lines = [
        Line("Tide Gauge Explorer.", x0=168.0, x1=290.0, top=439.0, bottom=449.0, size=10.9, bold=True),
        Line("02/2022 – 06/2022", x0=437.0, x1=535.0, top=439.0, bottom=449.0, size=10.9, bold=True),
        Line(
            "○ Built an open-source viewer of harbour sensor data, used by 30 port engineers",
            x0=168.0,
            x1=535.0,
            top=454.0,
            bottom=463.0,
            size=10.0,
        ),
    ]
    [project] = parse_entries(lines, "project")
    assert (project.title, project.start) == ("Tide Gauge Explorer", "2022-02")


def test_a_six_word_bold_header_and_its_short_bold_tail_are_one_line() -> None:
    def bold(text: str, top: float, x1: float) -> Line:
        return Line(text, x0=88.0, x1=x1, top=top, bottom=top + 16.6, size=20.0, bold=True)

    lines = [
        bold("Graduate Research Assistant, Lakeside Marine Institute", 524.0, 468.0),
        bold("Coastal Ecology Department", 541.6, 292.0),
        bold("January 2023 - May 2024", 558.5, 210.0),
        Line(
            "Sampled 40 estuary sites every month for two years",
            x0=118.0,
            x1=517.0,
            top=586.0,
            bottom=600.0,
            size=15.0,
        ),
    ]
    [entry] = parse_entries(lines)
    assert entry.company == "Lakeside Marine Institute Coastal Ecology Department"


def test_a_role_with_neither_dates_nor_achievements_is_not_an_entry() -> None:
    # a side column's skill-group names read into the end of the section are no jobs
    lines = [
        _row("Atelier Brume 2019 - Present", 230.0, x0=76.0, bold=True),
        _row("Senior Brand Designer", 246.0, x0=76.0),
        _row("Designed packaging for 30 product lines", 262.0, x0=106.0),
        _row("Typography", 300.0, x0=76.0, bold=True),
        _row("Illustration", 316.0, x0=76.0, bold=True),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company) for e in entries] == [("Senior Brand Designer", "Atelier Brume")]


def test_an_unknown_town_set_right_of_the_employer_is_its_location() -> None:
    # "Employer ... Town" over "Title ... dates" (a LaTeX layout); the towns are not in the place list
    lines = [
        Line(
            "Lakeview Bureau of Statistics", x0=136.8, x1=257.7, top=199.7, bottom=209.0, size=10.0, bold=True
        ),
        Line("Ravenmoor", x0=516.7, x1=561.6, top=199.9, bottom=209.0, size=10.0),
        Line("Statistician", x0=136.8, x1=181.6, top=211.8, bottom=220.9, size=10.0),
        Line("Sep 2018 – Jan 2022", x0=478.6, x1=561.6, top=211.9, bottom=220.9, size=10.0),
        Line(
            "■ Produced weekly labour market estimates from survey data",
            x0=141.1,
            x1=428.4,
            top=223.6,
            bottom=232.9,
            size=10.0,
        ),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.location, e.start, e.end) == (
        "Statistician",
        "Lakeview Bureau of Statistics",
        "Ravenmoor",
        "2018-09",
        "2022-01",
    )


def test_a_service_section_holds_activities() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nSERVICE\n"
        "Outreach Chair, Women in Computing Club\nSep 2022 – May 2024\n"
        "• Organized a hackathon for 150 students\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(a.title, a.company) for a in r.activities] == [("Outreach Chair", "Women in Computing Club")]


def test_a_phone_number_read_into_the_entries_is_no_employer() -> None:
    # a contact sidebar's phone line read into the section, above the first role
    text = (
        "Robin Okafor\n\nEXPERIENCE\nPhone (608) 555-0193\n"
        "Data Intern, Northwind Traders, Chicago, IL  2024 – 2024\n• Built a churn model.\n"
        "Mobile +31 6 12345678\nSupport Engineer, Contoso Labs  2021 – 2023\n• Answered tickets.\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.experience] == [
        ("Data Intern", "Northwind Traders"),
        ("Support Engineer", "Contoso Labs"),
    ]


def test_an_unknown_town_under_a_bold_employer_is_its_location() -> None:
    # "Employer" (bold) / "Town" / "Title  dates" (roles grouped under their employer)
    lines = [
        Line("Lindenwerk Kiel", x0=54.0, x1=141.8, top=550.9, bottom=560.7, size=10.9, bold=True),
        Line("Kiel", x0=54.0, x1=73.4, top=564.3, bottom=574.3, size=10.9),
        Line("IT Administrator", x0=64.0, x1=160.0, top=579.0, bottom=588.8, size=10.9, bold=True),
        Line("09/2015 – 02/2017", x0=453.6, x1=540.0, top=578.5, bottom=589.4, size=10.9),
        Line(
            "• Maintained Linux and Windows servers for 600 employees",
            x0=77.3,
            x1=380.0,
            top=605.0,
            bottom=615.0,
            size=10.9,
        ),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.location) == ("IT Administrator", "Lindenwerk Kiel", "Kiel")


def test_a_short_name_beside_the_title_with_dates_after_it_is_the_employer() -> None:
    # "Title    Employer    dates" on one row: the name in the middle is no town
    lines = [
        Line("Senior Data Engineer", x0=50.0, x1=170.0, top=100.0, bottom=110.0, size=11.0, bold=True),
        Line("Northwind Traders", x0=250.0, x1=335.0, top=100.0, bottom=110.0, size=10.0),
        Line("Jan 2020 – Present", x0=470.0, x1=560.0, top=100.0, bottom=110.0, size=10.0),
        Line("• Built pipelines that move 4 TB a day", x0=55.0, x1=300.0, top=114.0, bottom=124.0, size=10.0),
    ]
    [e] = parse_entries(lines)
    assert (e.title, e.company, e.start) == ("Senior Data Engineer", "Northwind Traders", "2020-01")
