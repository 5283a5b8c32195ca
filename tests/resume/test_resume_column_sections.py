"""Pieces that belong together though the page sets them apart: a column read after a sidebar
continues the section headed above it, a header closed by its dates is not wrapped into the next,
a place after a slash is the place.

Fictional people and employers.
"""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


def _at(text: str, x0: float, top: float, column: int, bold: bool = False, size: float = 11.0) -> Line:
    return Line(
        text,
        page=1,
        x0=x0,
        x1=x0 + 5.5 * len(text),
        top=top,
        bottom=top + size,
        size=size,
        bold=bold,
        column=column,
    )


def test_a_main_column_read_after_the_sidebar_continues_the_section_headed_above_it() -> None:
    lines = [
        _at("Felix Hollis", 36, 37, 0, True, 24.0),
        _at("Contact", 42, 82, 0, True, 14.0),
        _at("Relevant Experience", 199, 76, 0, True, 14.0),
        _at("Software Engineer — Westmere Labs", 199, 96, 0),
        _at("felix.hollis@example.com", 42, 117, 1),
        _at("Skills", 42, 311, 1, True, 14.0),
        _at("Tools: Salesforce, R, Figma", 42, 331, 1),
        _at("Denver, CO", 199, 111, 2),
        _at("▪ Rewrote a patient intake checklist used by three wards", 202, 126, 2),
        _at("Mechanical Engineer — Kestrel GmbH 2020 - 2022", 199, 220, 2),
        _at("▪ Audited a dashboard tracking warehouse throughput", 202, 250, 2),
    ]
    doc = analyse(lines)
    kinds = {ln.text: doc.blocks[doc.section_of[k]].kind for k, ln in enumerate(doc.lines)}
    assert kinds["Mechanical Engineer — Kestrel GmbH 2020 - 2022"] == "experience"
    assert kinds["Denver, CO"] == "experience"
    assert kinds["Tools: Salesforce, R, Figma"] == "skills"


def test_a_header_line_closed_by_its_dates_is_not_wrapped_into_the_next() -> None:
    rows = [
        "Financial Analyst — Pinecrest LLC • Denver, CO • 06/2020 – 02/2021",
        "Software Engineer — Halvorsen Labs • Leeds, UK • 11/2017 – 03/2020",
        "Data Analyst — Tidewell Systems • Austin, TX • 12/2016 – 09/2017",
    ]
    lines = [_at("Tomas Okafor", 54, 60, 0, True, 24.0), _at("Experience", 54, 130, 0, True, 14.0)]
    lines += [
        Line(t, page=1, x0=54, x1=54 + 5.9 * len(t), top=156 + 20.5 * k, bottom=171 + 20.5 * k, size=15.3)
        for k, t in enumerate(rows)
    ]
    from resume_tailor.resume.fields import build_resume

    r = build_resume(lines)
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Financial Analyst", "Pinecrest LLC", "Denver, CO"),
        ("Software Engineer", "Halvorsen Labs", "Leeds, UK"),
        ("Data Analyst", "Tidewell Systems", "Austin, TX"),
    ]


def test_a_place_after_a_slash_is_the_place_and_a_slash_before_the_dates_goes() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n"
        "Sales Associate - Corvid GmbH / Raleigh / Apr 2022 – Current\n"
        "• Opened forty new accounts.\n"
        "Mechanical Engineer — Brightwater Systems / 2013 - 2016\n"
        "• Designed a pump housing.\n"
        "Senior Software Engineer | Harbor Online / Netwave | 2010 - 2013\n"
        "• Built the mail client.\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.location) for e in r.experience] == [
        ("Sales Associate", "Corvid GmbH", "Raleigh"),
        ("Mechanical Engineer", "Brightwater Systems", None),
        ("Senior Software Engineer", "Harbor Online / Netwave", None),
    ]


def test_an_employer_under_an_achievement_without_a_glyph_opens_the_next_entry() -> None:
    rows = [
        ("Quillon Systems", 54),
        ("Data Analyst / Fall 2020 — present", 54),
        ("Negotiated onboarding material for new support staff, with forty colleagues in two offices", 54),
        ("Tidewell Labs", 54),
        ("Financial Analyst / Fall 2019 — Fall 2020", 54),
        ("Coordinated the vendor contract renewal process, saving roughly ten hours each month", 54),
    ]
    lines = [_at("Tomas Okafor", 54, 60, True, 24.0), _at("Experience", 54, 110, True, 14.0)]
    lines += [
        Line(t, page=1, x0=x, x1=x + 5.9 * len(t), top=136 + 14.0 * k, bottom=147 + 14.0 * k, size=11.0)
        for k, (t, x) in enumerate(rows)
    ]
    from resume_tailor.resume.fields import build_resume

    r = build_resume(lines)
    assert [(e.title, e.company) for e in r.experience] == [
        ("Data Analyst", "Quillon Systems"),
        ("Financial Analyst", "Tidewell Labs"),
    ]
