"""Entry headers in every order, year and season dates, prose roles, wrapped bullets."""

from __future__ import annotations

import pytest
from layouts import stacked_headers

from resume_tailor.resume import parse_resume_bytes

_HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
_ROLES = [
    ("Software Engineer", "Acme Corp", "2020", "present"),
    ("Data Analyst", "Globex Corporation", "2018", "2019"),
]


@pytest.mark.parametrize(
    "body",
    [
        "2020 – Present  Software Engineer, Acme Corp\n• Built the billing service.\n"
        "2018 – 2019  Data Analyst, Globex Corporation\n• Built dashboards.\n",
        "Software Engineer, Acme Corp, 2020 – Present\n• Built the billing service.\n"
        "Data Analyst, Globex Corporation, 2018 – 2019\n• Built dashboards.\n",
        "Software Engineer\nAcme Corp\nAustin, TX\n2020 – Present\n• Built the billing service.\n"
        "Data Analyst\nGlobex Corporation\nDallas, TX\n2018 – 2019\n• Built dashboards.\n",
    ],
    ids=["dates-first", "dates-after", "stacked"],
)
def test_dates_before_or_after_the_title(body: str) -> None:
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == _ROLES
    assert [b.text for b in r.bullets()] == ["Built the billing service.", "Built dashboards."]


def test_season_and_year_only_dates() -> None:
    body = (
        "Research Intern, Robotics Lab\nSummer 2019\n• Built a SLAM pipeline.\n"
        "Teaching Assistant, State University\nFall 2017 – Spring 2019\n• Graded 200 assignments.\n"
        "Tutor, Code Club\n2014 – 2016\n• Taught Python.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.start, e.end, e.months) for e in r.experience] == [
        ("2019-06", "2019-06", 1),
        ("2017-09", "2019-03", 19),
        ("2014", "2016", 36),
    ]


def test_a_role_written_as_a_paragraph_gives_one_bullet_per_sentence() -> None:
    body = (
        "Software Engineer, Acme Corp\nJan 2020 – Present\n"
        "Built the billing service in Go for 2M users. Cut infrastructure costs by 20% with spot "
        "instances. Mentored two engineers, e.g. on code review at Acme Inc. in Austin.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [b.text for b in r.experience[0].bullets] == [
        "Built the billing service in Go for 2M users.",
        "Cut infrastructure costs by 20% with spot instances.",
        "Mentored two engineers, e.g. on code review at Acme Inc. in Austin.",
    ]


def test_header_rows_are_never_bullets_and_wrapped_bullets_are_joined() -> None:
    r = parse_resume_bytes(stacked_headers(), name="stacked.pdf")
    assert [(e.title, e.company, e.location, e.start, e.end) for e in r.experience] == [
        ("Senior Product Manager", "Northwind Traders", "Seattle, WA", "2019-04", "present"),
        ("Product Analyst", "Contoso Labs", "Portland, OR", "2016-07", "2019-03"),
    ]
    for e in r.experience:
        assert [b.text for b in e.bullets] == [
            "Launched self-serve onboarding that lifted activation from 31% to 47% across four markets",
            "Ran 60 pricing experiments with finance and sales, adding $4M in annual recurring revenue",
        ]
    edu = r.education[0]
    assert (edu.degree, edu.institution, edu.start, edu.end) == (
        "B.A. in Economics",
        "University of Washington",
        "2012",
        "2016",
    )


def test_highlights_under_a_role_is_a_label_and_a_field_line_joins_its_degree() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nWORK\nLakeshore Analytics\n2024-06 — 2024-08\n"
        "Software Engineering Intern\nHIGHLIGHTS\n• Built a deduplication service in Python.\n"
        "State University Library\n2023-01 — 2024-05\nStudent Assistant\nHIGHLIGHTS\n"
        "• Digitised 4,000 maps.\n\nEDUCATION\nState University\n2021-09 — 2025-05\n"
        "Computer Science\nBachelor of Science\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [s.kind for s in r.sections] == ["contact", "experience", "education"]
    assert [(e.title, e.company, len(e.bullets)) for e in r.experience] == [
        ("Software Engineering Intern", "Lakeshore Analytics", 1),
        ("Student Assistant", "State University Library", 1),
    ]
    edu = r.education[0]
    assert (edu.degree, edu.field, edu.institution) == (
        "Bachelor of Science",
        "Computer Science",
        "State University",
    )


def test_moderncv_symbol_bullets_and_headers_ending_in_a_period() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nMathematics Teacher, Fulton County Schools, Atlanta, GA.\n"
        "2016–Current\n{ Built a grades dashboard for 600 students\n"
        "Tutoring Coordinator, Peach State Tutoring, Decatur, GA.\n2014–2016\n{ Scheduled 40 tutors\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Mathematics Teacher", "Fulton County Schools", "2016", "present"),
        ("Tutoring Coordinator", "Peach State Tutoring", "2014", "2016"),
    ]
    assert [b.text for b in r.bullets()] == [
        "Built a grades dashboard for 600 students",
        "Scheduled 40 tutors",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Northwind Traders https://northwind.example.com\nData Engineer\nJan 2020 – Present",
        "Northwind Traders (northwind.example.com)\nData Engineer\nJan 2020 – Present",
        "Northwind Traders\nhttps://northwind.example.com\nData Engineer\nJan 2020 – Present",
        "Data Engineer\nNorthwind Traders · www.northwind.example.com\nJan 2020 – Present",
        "Website: https://jane.example.com\nData Engineer\nNorthwind Traders\nJan 2020 – Present",
    ],
    ids=["url-after", "host-in-brackets", "url-line", "www", "contact-label"],
)
def test_an_employers_web_address_is_no_part_of_the_header(header: str) -> None:
    body = (
        header
        + "\n• Built the billing service.\n"
        + "Data Analyst, Globex Corporation\n2018 – 2019\n• Built dashboards.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Data Engineer", "Northwind Traders", "2020-01"),
        ("Data Analyst", "Globex Corporation", "2018"),
    ]


@pytest.mark.parametrize(
    "header",
    ["Northwind Traders: Data Engineer", "Data Engineer (Northwind Traders)"],
    ids=["colon", "brackets"],
)
def test_a_role_and_its_employer_joined_by_a_colon_or_brackets(header: str) -> None:
    body = f"{header}\nJan 2020 – Present\n• Built the billing service.\n"
    [e] = parse_resume_bytes((_HEAD + body).encode()).experience
    assert (e.title, e.company) == ("Data Engineer", "Northwind Traders")


def test_a_qualifier_or_team_in_brackets_stays_with_the_role() -> None:
    body = "Data Engineer (Contract), Northwind Traders\nJan 2020 – Present\n• Built the billing service.\n"
    [e] = parse_resume_bytes((_HEAD + body).encode()).experience
    assert (e.title, e.company) == ("Data Engineer (Contract)", "Northwind Traders")


def test_an_employer_with_its_legal_form_before_remote_is_no_place() -> None:
    body = (
        "2016-11 - 2019-02\nData Analyst, Quillon Inc., Denver, CO\n• Built the sales dashboards.\n"
        "2014-11 - 2016-09\nMechanical Engineer, Corvid GmbH, Remote\n• Designed pump housings.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Data Analyst", "Quillon Inc.", "Denver, CO"),
        ("Mechanical Engineer", "Corvid GmbH", "Remote"),
    ]


def test_a_dates_label_opening_a_header_line_keeps_the_names_after_it() -> None:
    body = (
        "Dates: 2017-02-01 - Till date | Senior Operations Lead, Tessaly Labs\n• Built the plan.\n"
        "Dates: 2014-01-01 - 2017-01-31 | Data Analyst, Corvid Inc.\n• Built dashboards.\n"
        "Dates: Feb 2012 - Dec 2013 Mechanical Engineer\nHollis Pumps\n• Designed pump housings.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Senior Operations Lead", "Tessaly Labs", "2017-02"),
        ("Data Analyst", "Corvid Inc.", "2014-01"),
        ("Mechanical Engineer", "Hollis Pumps", "2012-02"),
    ]


def test_names_after_dates_closing_on_a_legal_form_are_no_sentence() -> None:
    body = "2014-01 - 2017-01 | Data Analyst, Corvid Inc.\n• Built dashboards.\n"
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, [b.text for b in e.bullets]) for e in r.experience] == [
        ("Data Analyst", "Corvid Inc.", ["Built dashboards."])
    ]


def test_roles_written_as_list_items_with_their_achievements_nested_under_them() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, top: float, bullet: bool = True) -> Line:
        return Line(text=text, x0=x0, x1=500.0, top=top, bottom=top + 12.0, size=12.0, list_item=bullet)

    lines = [
        ln("Registered Nurse, Norcastle Clinic — Denver, CO, 2021 – Present", 200, 100),
        ln("Cut discharge waiting times by a third across two wards", 230, 118),
        ln("Trained twelve new nurses in the triage protocol", 230, 136),
        ln("Care Assistant, Halden House — Boulder, CO, 2018 – 2021", 200, 160),
        ln("Tools: Epic, Excel", 216, 178, bullet=False),
        ln("Porter, Boulder General, 2017", 200, 200),
    ]
    entries = parse_entries(lines)
    assert [(e.title, e.company, e.location, e.start) for e in entries] == [
        ("Registered Nurse", "Norcastle Clinic", "Denver, CO", "2021"),
        ("Care Assistant", "Halden House", "Boulder, CO", "2018"),
        ("Porter", "Boulder General", None, "2017"),
    ]
    assert [b.text for b in entries[0].bullets] == [
        "Cut discharge waiting times by a third across two wards",
        "Trained twelve new nurses in the triage protocol",
    ]


def test_achievement_items_with_a_date_at_a_role_items_indent_stay_achievements() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, top: float) -> Line:
        return Line(text=text, x0=x0, x1=500.0, top=top, bottom=top + 12.0, size=12.0, list_item=True)

    lines = [
        Line(text="Data Analyst, Corvid Labs, 2019 – 2021", x0=200, x1=400, top=80, bottom=92, size=12.0),
        ln("Built the churn model in 2020 that the sales team still uses", 200, 100),
        ln("Launched the pricing dashboard in March 2021", 200, 118),
    ]
    [e] = parse_entries(lines)
    assert len(e.bullets) == 2


def test_a_role_before_remote_is_the_role() -> None:
    body = "Quillon GmbH (2020/02 -- 2021/09)\nData Analyst, Remote\n• Audited the release checklist.\n"
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Data Analyst", "Quillon GmbH", "Remote")
    ]


def test_projects_named_as_list_items_and_a_list_of_dated_activities() -> None:
    from resume_tailor.resume.entries import parse_entries
    from resume_tailor.resume.lines import Line

    def ln(text: str, x0: float, top: float, bullet: bool = True) -> Line:
        return Line(text=text, x0=x0, x1=480.0, top=top, bottom=top + 12.0, size=12.0, list_item=bullet)

    projects = [
        ln("Tide Chart", 57, 136),
        ln("Built a tide table app that reads the harbour's open data feed", 68, 150),
        ln("Recipe Scaler, 03/2017", 57, 165),
        ln("Wrote a recipe scaler that converts units as it scales", 68, 180),
    ]
    assert [e.title for e in parse_entries(projects, "project")] == ["Tide Chart", "Recipe Scaler"]
    activities = [ln("Tutor, Hill Valley Robotics League, 11/2018 - 06/2019", 57, 458)]
    [a] = parse_entries(activities, "volunteering")
    assert (a.title, a.company, a.start) == ("Tutor", "Hill Valley Robotics League", "2018-11")


def test_the_next_employer_line_after_a_role_with_no_achievements_opens_its_entry() -> None:
    body = (
        "NORTHSIDE HOSPITAL  Brisbane, QLD\nHealth Informatics Analyst  2021 – Present\n"
        "• Built the wait-time dashboards.\nClinical Nurse  2016 – 2021\n"
        "HARBOUR CITY HOSPITAL  Townsville, QLD\nRegistered Nurse  2012 – 2016\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company) for e in r.experience] == [
        ("Health Informatics Analyst", "NORTHSIDE HOSPITAL"),
        ("Clinical Nurse", "NORTHSIDE HOSPITAL"),
        ("Registered Nurse", "HARBOUR CITY HOSPITAL"),
    ]


def test_what_an_employer_does_in_brackets_is_no_part_of_its_name() -> None:
    body = (
        "Kestrel Systems (Regional chain of 40 clinics)  Denver, CO\nRegistered Nurse  2019 – Present\n"
        "• Cut discharge waiting times by a third.\n"
        "Intern (40 hours per week), Northwind Traders  2018\n• Built a churn model.\n"
    )
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company) for e in r.experience] == [
        ("Registered Nurse", "Kestrel Systems"),
        ("Intern (40 hours per week)", "Northwind Traders"),
    ]


def test_dates_in_brackets_after_an_employer_stay_its_dates() -> None:
    body = "Quillon GmbH (2020/02 -- 2021/09)\nData Analyst, Remote\n• Audited the release checklist.\n"
    r = parse_resume_bytes((_HEAD + body).encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Analyst", "Quillon GmbH", "2020-02", "2021-09")
    ]
