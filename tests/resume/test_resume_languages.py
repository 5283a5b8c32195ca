"""Resumes in other languages: section headings, month names and the duration a template prints
beside or under a range ("4 ans 10 mois", "2 yrs 3 mos"). Entries are invented."""

from __future__ import annotations

import pytest

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.dates import DURATION_RE, find_dates
from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.lines import Line


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("EXPERIENCES PROFESSIONNELLES", "experience"),
        ("Expériences professionnelles", "experience"),
        ("FORMATION", "education"),
        ("PROJETS", "projects"),
        ("COMPETENCES", "skills"),
        ("LANGUES", "languages"),
        ("Expériences associatives", "leadership"),
        ("Berufserfahrung", "experience"),
        ("Akademischer Werdegang", "education"),
        ("IT-Kenntnisse", "skills"),
        ("Sprachkenntnisse", "languages"),
        ("Experiencia Laboral", "experience"),
        ("FORMACIÓN ACADÉMICA", "education"),
        ("Formação Acadêmica", "education"),
        ("Esperienze Professionali", "experience"),
        ("Competenze tecniche", "skills"),
        ("Werkervaring", "experience"),
        ("Opleidingen", "education"),
        ("Centres d'intérêt", "interests"),
    ],
)
def test_headings_in_other_languages(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Févr. 2022 - Aujourd'hui", "2022-02", "present"),
        ("Sept. 2018 - Janv. 2022", "2018-09", "2022-01"),
        ("Juil. 2016 - Août 2019", "2016-07", "2019-08"),
    ],
)
def test_abbreviated_french_months(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["4 ans 10 mois", "11 mois", "1 an", "2 yrs 3 mos", "(1 year, 2 months)", "1 Jahr", "2 años y 3 meses"],
)
def test_duration_lines(text: str) -> None:
    assert DURATION_RE.match(text)


@pytest.mark.parametrize("text", ["Led 3 teams", "3 years of experience", "2021", "5 ansible roles"])
def test_not_duration_lines(text: str) -> None:
    assert not DURATION_RE.match(text)


def _ln(text: str, x0: float, x1: float, top: float, *, size: float = 11.2, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 0.8 * size, size=size, bold=bold)


def test_a_french_resume_with_durations_under_its_dates() -> None:
    # dates on the left with the duration under them, title beside the dates, employer and city
    # on the row below
    lines = [
        _ln("Camille Moreau", 227.0, 450.0, 36.0, size=30.0, bold=True),
        _ln("EXPERIENCES PROFESSIONNELLES", 227.3, 477.9, 177.7, size=20.0, bold=True),
        _ln("Févr. 2022 - Aujourd'hui", 227.3, 330.0, 200.6),
        _ln("Data Scientist", 345.1, 420.0, 200.3, size=16.0, bold=True),
        _ln("4 ans 10 mois", 227.3, 288.5, 211.5),
        _ln("Lumière Retail", 345.8, 422.1, 215.6),
        _ln("Lyon", 458.0, 480.0, 215.6),
        _ln("Built the demand forecasting model for 4,000 product lines", 255.3, 557.3, 229.6),
        _ln("Sept. 2018 - Janv. 2022", 227.3, 326.1, 274.2),
        _ln("Statistician", 345.1, 404.9, 274.0, size=16.0, bold=True),
        _ln("3 ans 4 mois", 227.3, 283.8, 285.1),
        _ln("Office Régional de Statistique", 345.1, 441.3, 289.2),
        _ln("Produced weekly labour market estimates", 255.3, 496.8, 303.2),
        _ln("PROJETS", 227.3, 292.7, 437.9, size=20.0, bold=True),
        _ln("Mai 2021 - Sept. 2021", 227.3, 326.1, 461.1),
        _ln("Open Rail Delays Dashboard", 345.1, 498.3, 460.7, size=16.0, bold=True),
        _ln("4 mois", 227.3, 255.5, 471.6),
        _ln("Scraped open rail performance data", 255.3, 541.4, 487.6),
    ]
    r = build_resume(lines)
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Scientist", "Lumière Retail", "2022-02", "present"),
        ("Statistician", "Office Régional de Statistique", "2018-09", "2022-01"),
    ]
    assert [(p.title, p.start, p.end) for p in r.projects] == [
        ("Open Rail Delays Dashboard", "2021-05", "2021-09")
    ]
    assert not any("mois" in b.text for b in r.bullets())


def test_a_duration_beside_the_range_is_dropped() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Data Engineer, Acme Corp
Jan 2020 – Present · 2 yrs 3 mos
• Built pipelines that move 4 TB a day.
Analyst, Globex Corporation
Jun 2017 – Dec 2019
2 yrs 7 mos
• Built the churn dashboard used by 40 account managers.
"""
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Engineer", "Acme Corp", "2020-01", "present"),
        ("Analyst", "Globex Corporation", "2017-06", "2019-12"),
    ]
    assert not any("yrs" in b.text for b in r.bullets())


@pytest.mark.parametrize(
    "text",
    [
        "Févr. 2022 – Aujourd’hui",
        "Jan 2020 – jetzt",
        "2017 - en poste",
        "Mar 2019 - ad oggi",
        "2019 - hasta la fecha",
        "jan. 2020 - heden",
    ],
)
def test_words_for_now_in_other_languages(text: str) -> None:
    span = find_dates(text)
    assert span is not None and span.end == "present" and span.start is not None
