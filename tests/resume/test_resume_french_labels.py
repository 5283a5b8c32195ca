"""A resume whose template prints its headings, dates and durations in French (the entries in
English): the sections are found and the durations ("4 ans 10 mois") are no part of any entry.

The person, employers and schools are invented.
"""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.headings import heading_kind

_RESUME = """Camille Durand
camille.durand@example.fr

EXPÉRIENCES PROFESSIONNELLES
Févr. 2022 - Aujourd'hui
Data Engineer
4 ans 10 mois
Lumiere Bank
Lyon
• Built the nightly data pipeline for 40 branches

FORMATION
Sept. 2014 - Juin 2017
Master of Science
Grenoble Institute of Technology

EXPÉRIENCES ASSOCIATIVES
Sept. 2022 - Mai 2024 1 an 8 mois Treasurer
Lyon Robotics Club
• Ran the yearly budget of the club

PROJETS
Janv. 2024 - Avr. 2024
Bike Lane Map
3 mois
• Mapped 300 km of bike lanes from open data
"""


def test_french_headings_name_their_sections() -> None:
    r = parse_resume_bytes(_RESUME.encode())
    assert [s.kind for s in r.sections] == ["contact", "experience", "education", "leadership", "projects"]
    assert [heading_kind(h) for h in ("ÉTUDES", "Compétences", "LANGUES", "Centres d'intérêt")] == [
        "education",
        "skills",
        "languages",
        "interests",
    ]


def test_french_durations_are_dropped_from_entry_headers() -> None:
    r = parse_resume_bytes(_RESUME.encode())
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Engineer", "Lumiere Bank", "2022-02", "present")
    ]
    assert [(a.title, a.company, a.start, a.end) for a in r.activities] == [
        ("Treasurer", "Lyon Robotics Club", "2022-09", "2024-05")
    ]
    assert [(p.title, p.start, [b.text for b in p.bullets]) for p in r.projects] == [
        ("Bike Lane Map", "2024-01", ["Mapped 300 km of bike lanes from open data"])
    ]
