"""Plain text and Markdown resumes."""

from __future__ import annotations

from pathlib import Path

from resume_tailor.resume import parse_resume, parse_resume_bytes
from resume_tailor.resume.text import read_text


def test_markdown_headings_bullets_bold_and_links_are_marked() -> None:
    lines = read_text("# Jane Doe\n\n## Skills\n- Python\n**Acme Corp**\nSee [site](https://jane.dev)\n")
    assert [(ln.text, ln.style_heading, ln.level) for ln in lines[:2]] == [
        ("Jane Doe", True, 1),
        ("Skills", True, 2),
    ]
    assert lines[2].list_item and lines[2].text == "Python"
    assert lines[3].bold and lines[3].text == "Acme Corp"
    assert lines[4].text == "See site" and lines[4].links == ["https://jane.dev"]


def test_underlined_lines_become_headings() -> None:
    lines = read_text("Jane\n\nExperience\n==========\nEngineer\n\nProjects\n--------\n")
    assert [ln.text for ln in lines if ln.style_heading] == ["Experience", "Projects"]


def test_markdown_resume_parses_end_to_end(fixtures: Path) -> None:
    r = parse_resume(fixtures / "resume.md")
    assert r.file_type == "text"
    assert r.contact.name == "Casey Morgan"
    assert r.contact.links == ["https://www.linkedin.com/in/casey-morgan-example"]
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Lead Data Engineer", "Tailspin Analytics", "2020-09", "present"),
        ("Data Engineer", "Wide World Importers", "2017", "2020"),
    ]
    assert r.experience[0].location == "London, UK"
    assert r.certifications[1] == "Databricks Certified Data Engineer Professional"
    assert r.education[0].institution == "University College London"


def test_plain_text_caps_and_underlined_headings_seasons_and_short_years(fixtures: Path) -> None:
    r = parse_resume(fixtures / "resume.txt")
    assert [s.kind for s in r.sections] == ["contact", "summary", "experience", "education", "volunteering"]
    charge, staff = r.experience
    assert (charge.title, charge.company, charge.start) == ("Charge Nurse", "Lakeshore Hospital", "2019-06")
    # a wrapped bullet is joined back into one line
    assert charge.bullets[1].text == "Led the move to barcode medication scanning, cutting errors by a third"
    assert (staff.start, staff.end) == ("2014", "2019")
    assert (r.education[0].degree, r.education[0].institution) == (
        "BSN, Nursing",
        "Loyola University Chicago",
    )


def test_unknown_headings_are_kept_as_other_sections() -> None:
    text = (
        b"Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme Corp\n2020 - 2022\n\n"
        b"SECURITY CLEARANCE\nTop Secret\n"
    )
    r = parse_resume_bytes(text)
    other = [s for s in r.sections if s.kind == "other"]
    assert [(s.heading, s.text) for s in other] == [("SECURITY CLEARANCE", "Top Secret")]


def test_markdown_subheadings_are_entry_headers_not_sections() -> None:
    md = (
        "# Alex Kim\nalex@example.com\n\n## Experience\n\n### Staff Engineer — Hooli\n*2021 – Present*\n"
        "- Scaled search\n\n### Senior Engineer — Pied Piper\n*2018 – 2021*\n- Built compression\n"
    )
    r = parse_resume_bytes(md.encode())
    assert [s.kind for s in r.sections] == ["contact", "experience"]
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Staff Engineer", "Hooli", "2021"),
        ("Senior Engineer", "Pied Piper", "2018"),
    ]


def test_indented_lines_continue_a_text_bullet() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme Corp\n2020 - 2022\n"
        "- Led the migration of Billing to\n  Kafka and Go across Three Regions\n- Second bullet\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [b.text for b in r.experience[0].bullets] == [
        "Led the migration of Billing to Kafka and Go across Three Regions",
        "Second bullet",
    ]


def test_employers_in_capitals_are_not_taken_for_headings() -> None:
    text = (
        "JANE DOE\njane@example.com\n\nEXPERIENCE\nINITECH\nSenior Analyst, 2019 - 2021\n- Built reports\n"
        "HOOLI\nAnalyst, 2017 - 2019\n- Wrote queries\n\nEDUCATION\nB.A. Economics, University of Denver\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [s.kind for s in r.sections] == ["contact", "experience", "education"]
    assert [(e.title, e.company) for e in r.experience] == [
        ("Senior Analyst", "INITECH"),
        ("Analyst", "HOOLI"),
    ]
