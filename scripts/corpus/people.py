"""The fictional people of the layout corpus and the truth that follows from their data.

Each person is one JSON Resume file in ``people/`` (written for this corpus; every name, employer
detail, email and phone number is invented, phone numbers use the ranges reserved for fiction).
The optional ``meta`` key carries ``id`` (``p01``…), a one-line ``profile`` and ``dateStyle``
(``us``: "Jun 2024"; ``eu``: "06/2024"), which the LaTeX and Word writers follow.

The full truth of a person is what the data says: contact, experience (``work``), education,
projects (``projects``) and activities (``volunteer``), each entry with its bullets in source
order. A template may not show everything; ``visible.py`` cuts the truth down to what was rendered.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PEOPLE_DIR = Path(__file__).resolve().parent / "people"


@dataclass(frozen=True)
class Person:
    """One fictional person: the id, the file stem and the JSON Resume data."""

    pid: str
    slug: str
    data: dict[str, Any]

    @property
    def number(self) -> int:
        """The person's number: 1 for ``p01``."""
        return int(self.pid.lstrip("p"))

    @property
    def date_style(self) -> str:
        """``us`` or ``eu``: how the writers we own print this person's dates."""
        return str(self.data.get("meta", {}).get("dateStyle", "us"))


def load_people(folder: Path = PEOPLE_DIR) -> list[Person]:
    """Every person in ``folder``, sorted by id."""
    people = []
    for path in sorted(folder.glob("p*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        pid = data.get("meta", {}).get("id") or path.stem.split("-", 1)[0]
        people.append(Person(pid=pid, slug=path.stem, data=data))
    return people


def iso(value: str | None) -> str | None:
    """A JSON Resume date ("2024-06-15", "2024-06", "2024") as ``YYYY-MM`` or ``YYYY``."""
    if not value:
        return None
    return value[:7]


def month_name(value: str, short: bool = True) -> str:
    """ "2024-06" -> "Jun 2024" (``short``) or "June 2024"; a bare year stays as it is."""
    if len(value) < 7:
        return value
    year, month = value[:4], int(value[5:7])
    names = calendar.month_abbr if short else calendar.month_name
    return f"{names[month]} {year}"


def numeric(value: str) -> str:
    """ "2024-06" -> "06/2024"; a bare year stays as it is."""
    if len(value) < 7:
        return value
    return f"{value[5:7]}/{value[:4]}"


def date_text(value: str, style: str, short: bool = True) -> str:
    """One date as the person's date style writes it."""
    return numeric(value) if style == "eu" else month_name(value, short)


def degree_of(edu: dict[str, Any]) -> str:
    """The degree line most templates print: "Bachelor of Science, Computer Science"."""
    parts = [edu.get("studyType") or "", edu.get("area") or ""]
    return ", ".join(p for p in parts if p)


def full_truth(person: Person) -> dict[str, Any]:
    """Everything the person's data says, in the corpus truth shape (before cutting to what shows)."""
    d = person.data
    basics = d.get("basics", {})
    links = [p["url"] for p in basics.get("profiles", []) if p.get("url")]
    if basics.get("url"):
        links.insert(0, basics["url"])

    def entry(title: str | None, company: str | None, item: dict[str, Any]) -> dict[str, Any]:
        return {
            "title": title,
            "company": company,
            "location": item.get("location"),
            "start": iso(item.get("startDate")),
            "end": iso(item.get("endDate")) or ("present" if item.get("startDate") else None),
            "bullets": list(item.get("highlights", [])),
        }

    return {
        "contact": {
            "name": basics.get("name"),
            "email": basics.get("email"),
            "phone": basics.get("phone"),
            "links": links,
        },
        "summary": basics.get("summary"),
        "experience": [entry(w.get("position"), w.get("name"), w) for w in d.get("work", [])],
        "education": [
            {
                "degree": e.get("studyType"),
                "field": e.get("area"),
                "institution": e.get("institution"),
                "start": iso(e.get("startDate")),
                "end": iso(e.get("endDate")),
            }
            for e in d.get("education", [])
        ],
        "projects": [entry(p.get("name"), p.get("entity"), p) for p in d.get("projects", [])],
        "activities": [entry(v.get("position"), v.get("organization"), v) for v in d.get("volunteer", [])],
        "certifications": [c.get("name") for c in d.get("certificates", []) if c.get("name")],
    }


def entry_sections(
    d: dict[str, Any], volunteer_heading: str = "Leadership & Volunteering"
) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(heading, kind, items) in the usual order; kind says how an item is titled (``entry_head``)."""
    out = [("Experience", "work", d.get("work", [])), ("Education", "education", d.get("education", []))]
    out.append(("Projects", "project", d.get("projects", [])))
    out.append((volunteer_heading, "volunteer", d.get("volunteer", [])))
    return [section for section in out if section[2]]  # no heading over nothing


def entry_head(kind: str, item: dict[str, Any]) -> tuple[str, str]:
    """(title, organisation) of an item of an ``entry_sections`` kind."""
    if kind == "work":
        return item["position"], item["name"]
    if kind == "education":
        return degree_of(item), item["institution"]
    if kind == "project":
        return item["name"], ""
    return item["position"], item["organization"]
