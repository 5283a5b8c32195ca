"""Contact details, experience entries, education and projects from lines."""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.contact import find_phone, is_location
from resume_tailor.resume.education import parse_education
from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t) for t in texts]


def test_contact_fields_from_the_top_of_the_resume() -> None:
    r = parse_resume_bytes(
        "Jordan A. Patel\n(805) 555-0143 • jordan.patel@example.com • Austin, TX 78701\n"
        "linkedin.com/in/jordanpatel | https://github.com/jpatel\n\n"
        "EXPERIENCE\nEngineer, Acme Corp\n2021 - 2023\n".encode()
    )
    c = r.contact
    assert (c.name, c.email, c.phone, c.location) == (
        "Jordan A. Patel",
        "jordan.patel@example.com",
        "(805) 555-0143",
        "Austin, TX 78701",
    )
    assert c.links == ["linkedin.com/in/jordanpatel", "https://github.com/jpatel"]


def test_phone_is_not_confused_with_a_date_range() -> None:
    assert find_phone("2019-2021 at Acme") is None
    assert find_phone("Tel: +44 20 7946 0958") == "+44 20 7946 0958"


def test_locations() -> None:
    assert is_location("Bengaluru, India")
    assert is_location("Columbus, Ohio")
    assert is_location("Remote")
    assert not is_location("Northwind Bank, India")
    assert not is_location("State University, Springfield")


def test_role_first_and_company_first_entries() -> None:
    role_first = parse_entries(
        _lines("Software Engineer, Globex Corporation", "Jul 2021 - Present", "• Built the billing platform")
    )
    company_first = parse_entries(
        _lines("Globex Corporation", "Software Engineer · 2022 – Present", "• Worked on the platform team.")
    )
    for entries in (role_first, company_first):
        assert [(e.title, e.company, e.end) for e in entries] == [
            ("Software Engineer", "Globex Corporation", "present")
        ]
    assert role_first[0].bullets[0].text == "Built the billing platform"
    assert role_first[0].bullets[0].entry_index == 0


def test_several_roles_under_one_employer_share_the_company() -> None:
    entries = parse_entries(
        _lines(
            "Globex Corporation",
            "Staff SRE · Jan 2022 – Present",
            "• Cut paging 60%",
            "Senior SRE · Apr 2019 – Dec 2021",
            "• Moved services to Kubernetes",
        )
    )
    assert [(e.title, e.company, e.start, e.end, e.months is not None) for e in entries] == [
        ("Staff SRE", "Globex Corporation", "2022-01", "present", True),
        ("Senior SRE", "Globex Corporation", "2019-04", "2021-12", True),
    ]
    assert entries[1].months == 33


def test_pipes_mid_dots_locations_and_date_first_headers() -> None:
    entries = parse_entries(
        _lines(
            "Founder & CEO · Meridian Labs, Chicago, IL · Executive Team",
            "03/2022 - Present",
            "• Raised a seed round",
            "Mar 2019 - Feb 2022",
            "• Staff Engineer, Globex Systems LLC",
            "• Led the payments migration",
            "QA Engineer, Contoso Labs, Seattle, WA (Jun 2018 - Feb 2019)",
            "• Wrote the end-to-end suite",
        )
    )
    assert [(e.title, e.company, e.location, e.start) for e in entries] == [
        ("Founder & CEO", "Meridian Labs", "Chicago, IL", "2022-03"),
        ("Staff Engineer", "Globex Systems LLC", None, "2019-03"),
        ("QA Engineer", "Contoso Labs", "Seattle, WA", "2018-06"),
    ]
    assert [b.text for b in entries[1].bullets] == ["Led the payments migration"]


def test_parenthesised_notes_and_dash_separated_organisations_are_kept() -> None:
    entries = parse_entries(
        _lines(
            "Peer Tutor (15 to 20 hours per week)",
            "August 2022 – Present",
            "Multicultural Engineering Program – State Polytechnic University",
        )
    )
    assert (entries[0].title, entries[0].company) == (
        "Peer Tutor (15 to 20 hours per week)",
        "Multicultural Engineering Program – State Polytechnic University",
    )


def test_education_degree_field_institution_dates_gpa() -> None:
    edu = parse_education(
        _lines(
            "Master of Science in Computer Science",
            "Ridgemont State University (STEM) | 2019-2021 |",
            "Associate degree, H.R. Management, Bellows College",
            "GPA: 3.6/4.0",
        )
    )
    assert [(e.degree, e.field, e.institution, e.start, e.end, e.gpa) for e in edu] == [
        (
            "Master of Science in Computer Science",
            "Computer Science",
            "Ridgemont State University (STEM)",
            "2019",
            "2021",
            None,
        ),
        ("Associate degree, H.R. Management", "H.R. Management", "Bellows College", None, None, "3.6/4.0"),
    ]


def test_projects_and_total_years() -> None:
    r = parse_resume_bytes(
        b"Sam Lee\nsam@example.com\n\nEXPERIENCE\nEngineer, Acme Corp\nJan 2018 - Dec 2019\n"
        b"Senior Engineer, Globex Inc\nJan 2019 - Dec 2020\n\n"
        b"PROJECTS\nTrailmap\n- Mapped 900 hiking trails\n"
    )
    assert r.total_years == 3.0
    assert [(p.title, [b.text for b in p.bullets]) for p in r.projects] == [
        ("Trailmap", ["Mapped 900 hiking trails"])
    ]


def test_roles_without_an_experience_heading_are_found() -> None:
    r = parse_resume_bytes(
        b"Jordan Avery\njordan@example.com\n\nHIGHLIGHTS\nEight years of testing.\n\n"
        b"Senior QA Engineer, Northwind Systems, Portland, OR (Mar 2021 - Present)\n"
        b"- Cut the suite to 40 minutes\n"
        b"\nEDUCATION\nB.S. in Computer Science, Ridgemont State University\n"
    )
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Senior QA Engineer", "Northwind Systems", "Portland, OR")
    ]


def test_name_is_read_before_a_separator_and_without_credentials() -> None:
    for first_line, name in (("Jane Doe | Senior Engineer", "Jane Doe"), ("Maria Lopez, PhD", "Maria Lopez")):
        r = parse_resume_bytes(f"{first_line}\nme@example.com\n\nEXPERIENCE\nEngineer, Acme Corp\n".encode())
        assert r.contact.name == name


def test_big_cities_and_areas_are_locations() -> None:
    assert is_location("San Francisco Bay Area") and is_location("London") and is_location("Seoul, S.Korea")
    assert not is_location("Acme Area Corp")


def test_team_names_do_not_replace_the_employer() -> None:
    entries = parse_entries(
        _lines(
            "Software Engineer II, Payments Platform",
            "Aug 2024 - Present",
            "Wingtip Financial | Chicago, IL",
            "• Owned settlement",
        )
    )
    # the team after the comma qualifies the role (the employer is named on a line of its own)
    assert (entries[0].title, entries[0].company, entries[0].location) == (
        "Software Engineer II, Payments Platform",
        "Wingtip Financial",
        "Chicago, IL",
    )


def test_degree_from_institution_and_state_codes_are_not_degrees() -> None:
    edu = parse_education(
        _lines(
            "Bachelor's degree in Economics from Stanford University (2012 - 2016)",
            "Massachusetts Institute of Technology, Cambridge, MA",
            "B.S., Physics, 2019",
        )
    )
    assert [(e.degree, e.institution, e.location) for e in edu] == [
        ("Bachelor's degree in Economics", "Stanford University", None),
        ("B.S., Physics", "Massachusetts Institute of Technology", "Cambridge, MA"),
    ]


def test_roles_without_bullets_still_split() -> None:
    entries = parse_entries(
        _lines("Engineer, Acme Corp", "2020 - 2021", "Analyst, Globex Inc", "2018 - 2020")
    )
    assert [(e.title, e.company, e.start) for e in entries] == [
        ("Engineer", "Acme Corp", "2020"),
        ("Analyst", "Globex Inc", "2018"),
    ]


def test_contact_labels_and_street_addresses() -> None:
    labelled = parse_resume_bytes(b"Jane Doe\nEmail: jd@example.com | Location: Austin, TX\n\nEXPERIENCE\n")
    street = parse_resume_bytes(
        b"Jane Doe\n123 Main St, Springfield, IL 62701 | jd@example.com\n\nSKILLS\nGo\n"
    )
    assert labelled.contact.location == "Austin, TX"
    assert street.contact.location == "123 Main St, Springfield, IL 62701"


def test_linkedin_style_durations_and_roles_under_one_company() -> None:
    entries = parse_entries(
        _lines(
            "Acme Corp",
            "5 years 3 months",
            "Staff Engineer",
            "March 2018 - December 2019 (1 year 10 months)",
            "Engineer",
            "January 2015 - March 2018 (3 years 3 months)",
            "Austin, Texas",
        )
    )
    assert [(e.title, e.company, e.start, e.end, e.location) for e in entries] == [
        ("Staff Engineer", "Acme Corp", "2018-03", "2019-12", None),
        ("Engineer", "Acme Corp", "2015-01", "2018-03", "Austin, Texas"),
    ]


def test_degrees_listed_under_one_institution_share_it() -> None:
    edu = parse_education(
        _lines("Stanford University", "M.S. Computer Science, 2018", "B.S. Computer Science, 2016")
    )
    assert [(e.degree, e.institution, e.end) for e in edu] == [
        ("M.S. Computer Science", "Stanford University", "2018"),
        ("B.S. Computer Science", "Stanford University", "2016"),
    ]
    separate = parse_education(
        _lines("B.S. Physics, Ohio State University, 2015", "Certificate in Data Science, 2019")
    )
    assert separate[1].institution is None


def test_degree_fields() -> None:
    from resume_tailor.resume.education import degree_field

    assert degree_field("Bachelor of Music, Music Composition") == "Music Composition"
    assert degree_field("Master of Business Administration (MBA)") == "Business Administration"
    assert degree_field("B.S. in Computer Science") == "Computer Science"
    assert degree_field("Bachelor of Science") is None


def test_a_degree_outside_any_education_section_is_still_read() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\nData Intern, Northwind Traders\n2024 – 2025\n"
        "• Built a churn model.\n\nLANGUAGES\nEnglish\nBachelor of Science · Biology\n"
        "Lakeview State University\n2015 – 2019\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.degree, e.field, e.institution, e.end) for e in r.education] == [
        ("Bachelor of Science", "Biology", "Lakeview State University", "2019")
    ]
