"""Commas inside one name: a role with its qualifier ("Associate Director, Credit Risk") or an
employer whose name holds a comma ("Marlow, Finch & Partners LLP"), when the entry names its role
and its employer on lines of their own.

Invented people and employers.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line


def _row(text: str, top: float, bold: bool = False) -> Line:
    return Line(
        text=text, x0=60.0, x1=60.0 + 5.0 * len(text), top=top, bottom=top + 10.0, size=10.0, bold=bold
    )


def _entry(*header: str) -> tuple[str | None, str | None]:
    lines = [_row(text, 100.0 + 14 * k, bold=k == 0) for k, text in enumerate(header)]
    bullet = _row("• Cut the month-end close from ten days to four", 100.0 + 14 * len(header))
    bullet.x1 = 540.0  # the text column runs to here: the header lines end well short of it
    lines.append(bullet)
    [entry] = parse_entries(lines)
    return entry.title, entry.company


def test_a_role_with_its_qualifier_under_its_employer_stays_one_title() -> None:
    assert _entry(
        "Marlow Finch Capital LLP",
        "Associate Director, Credit Risk & Portfolio Analytics",
        "Apr 2022 – Present",
    ) == (
        "Associate Director, Credit Risk & Portfolio Analytics",
        "Marlow Finch Capital LLP",
    )
    assert _entry(
        "Summer Intern, Mortgage Underwriting", "Kingsmere Building Society", "Jul 2015 – Sep 2015"
    ) == (
        "Summer Intern, Mortgage Underwriting",
        "Kingsmere Building Society",
    )


def test_an_employer_with_a_comma_in_its_name_over_its_role_stays_whole() -> None:
    assert _entry("Varela, Brandt & Associados", "Senior Consultant", "Sep 2020 – Dec 2022") == (
        "Senior Consultant",
        "Varela, Brandt & Associados",
    )
    assert _entry("University of Northmoor, School of Physics", "Research Assistant", "2016 – 2017") == (
        "Research Assistant",
        "University of Northmoor, School of Physics",
    )


def test_a_role_and_its_employer_on_one_line_are_still_two_names() -> None:
    assert _entry("Data Analyst, Corvid Analytics Ltd", "2019 – 2021") == (
        "Data Analyst",
        "Corvid Analytics Ltd",
    )
    assert _entry("Corvid Analytics Ltd, Smallbrook", "Data Analyst", "2019 – 2021") == (
        "Data Analyst",
        "Corvid Analytics Ltd",
    )


def test_a_role_with_its_qualifier_in_brackets_under_its_employer_stays_one_title() -> None:
    assert _entry("Graduate Trainee (Rotational Programme)", "Banco Meridiano Azul, S.A.", "2017 – 2018") == (
        "Graduate Trainee (Rotational Programme)",
        "Banco Meridiano Azul, S.A.",
    )


def test_a_field_of_work_after_a_role_on_one_line_is_part_of_the_title() -> None:
    assert _entry("Sr. Analyst, Credit Risk", "Sep 2019 – Mar 2022") == ("Sr. Analyst, Credit Risk", None)
    assert _entry("Manager, Strategy & Operations, Marlow Finch Capital LLP", "2019 – 2021") == (
        "Manager, Strategy & Operations",
        "Marlow Finch Capital LLP",
    )


def test_a_firm_named_after_its_partners_is_one_employer() -> None:
    assert _entry("Paralegal, Hargreave, Moss & Ostrander LLP", "Aug 2014 – Present") == (
        "Paralegal",
        "Hargreave, Moss & Ostrander LLP",
    )


def test_an_employer_before_an_acronym_led_name_stays_whole() -> None:
    assert _entry("Student Research Assistant", "Institut für Datensysteme, TU Halbstadt", "2014 – 2016") == (
        "Student Research Assistant",
        "Institut für Datensysteme, TU Halbstadt",
    )


def test_a_header_printed_still_escaped_for_html_reads_as_its_characters() -> None:
    assert _entry("Lifeguard", "City of Alder Parks &amp; Recreation", "2022 – 2023") == (
        "Lifeguard",
        "City of Alder Parks & Recreation",
    )


def test_a_school_or_department_named_after_its_university_is_one_employer() -> None:
    assert _entry("Research Assistant, University of Northmoor, School of Physics", "2016 – 2017") == (
        "Research Assistant",
        "University of Northmoor, School of Physics",
    )


def test_a_role_with_its_field_closes_a_header_before_the_next_employer() -> None:
    lines = [
        _row("Elbmarsch Freight GmbH", 100.0, bold=True),
        _row("WORKING STUDENT, SOFTWARE DEVELOPMENT", 114.0),
        _row("04/2016 – 02/2018", 128.0),
        _row("Institut für Datensysteme, TU Halbstadt", 142.0, bold=True),
        _row("STUDENT RESEARCH ASSISTANT", 156.0),
        _row("10/2014 – 03/2016", 170.0),
    ]
    got = [(e.title, e.company) for e in parse_entries(lines)]
    assert got == [
        ("WORKING STUDENT, SOFTWARE DEVELOPMENT", "Elbmarsch Freight GmbH"),
        ("STUDENT RESEARCH ASSISTANT", "Institut für Datensysteme, TU Halbstadt"),
    ]


def test_names_the_words_cannot_tell_apart_follow_the_sections_order() -> None:
    headers = [
        ("The Gilded Wren Hotel Group", "2021 – 2024", "Executive Chef"),
        ("Self-employed", "2019 – 2021", "Private Cook & Caterer"),
        ("Saltmarsh Restaurant Group Ltd", "2015 – 2019", "Head Chef"),
    ]
    lines = []
    for k, header in enumerate(headers):
        top = 100.0 + 80 * k
        lines += [_row(text, top + 14 * i, bold=i == 0) for i, text in enumerate(header)]
        bullet = _row("• Ran the pass for a ninety-cover dining room", top + 42)
        bullet.x1 = 540.0
        lines.append(bullet)
    got = [(e.title, e.company) for e in parse_entries(lines)]
    assert got == [
        ("Executive Chef", "The Gilded Wren Hotel Group"),
        ("Private Cook & Caterer", "Self-employed"),
        ("Head Chef", "Saltmarsh Restaurant Group Ltd"),
    ]


def test_a_lone_town_under_a_header_is_its_place_and_names_it_again_under_the_next_role() -> None:
    rows = [
        ("Marlow Finch Capital LLP", True),
        ("Associate Director", False),
        ("Apr 2022 – Present", False),
        ("Harrowgate", False),
        ("• Led a team of six analysts", False),
        ("Sr. Analyst, Credit Risk", True),
        ("Sep 2019 – Mar 2022", False),
        ("Harrowgate", False),
        ("• Wrote the staging rules", False),
    ]
    lines = [_row(text, 100.0 + 14 * k, bold=bold) for k, (text, bold) in enumerate(rows)]
    for line in lines:
        if line.text.startswith("•"):
            line.x1 = 540.0
    got = [(e.title, e.company, e.location) for e in parse_entries(lines)]
    assert got == [
        ("Associate Director", "Marlow Finch Capital LLP", "Harrowgate"),
        ("Sr. Analyst, Credit Risk", "Marlow Finch Capital LLP", "Harrowgate"),
    ]


def test_a_name_in_brackets_after_a_role_qualifies_it_when_the_employer_is_named_too() -> None:
    employer = "Banco Ribeira Alta, S.A."
    role = "Graduate Trainee (Rotational Programme)"
    assert _entry(role, "Feb 2017 – Aug 2018", f"{employer} · Porto") == (
        "Graduate Trainee (Rotational Programme)",
        employer,
    )
    assert _entry("Graduate Trainee (Rotational Programme)  02/2017 – 08/2018", f"{employer}, Porto") == (
        "Graduate Trainee (Rotational Programme)",
        employer,
    )
    assert _entry(f"Graduate Trainee (Rotational Programme) | {employer} | 02/2017 – 08/2018") == (
        "Graduate Trainee (Rotational Programme)",
        employer,
    )
    assert _entry("Data Engineer (Corvid Analytics Ltd) | Austin, TX | 2019 – 2021") == (
        "Data Engineer",
        "Corvid Analytics Ltd",
    )


def test_a_role_with_its_field_after_the_employer_on_one_line_stays_one_title() -> None:
    assert _entry("Marlow Finch Capital LLP, Sr. Analyst, Credit Risk", "2019 – 2022") == (
        "Sr. Analyst, Credit Risk",
        "Marlow Finch Capital LLP",
    )
    assert _entry("Banco Ribeira Alta, S.A., Graduate Trainee (Rotational Programme)", "2017 – 2018") == (
        "Graduate Trainee (Rotational Programme)",
        "Banco Ribeira Alta, S.A.",
    )


def test_a_town_before_a_dash_and_a_role_with_its_field() -> None:
    assert _entry(
        "Kessmark Logistik GmbH, Hamburg — Working Student, Software Development", "2016 – 2018"
    ) == (
        "Working Student, Software Development",
        "Kessmark Logistik GmbH",
    )
