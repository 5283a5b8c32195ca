"""Whole resumes in many layout conventions, printed to PDF, parsed and scored (truth by construction).

A seeded generator writes a fictional person's resume as HTML in one convention per pool below
(entry header arrangement, separators, date format, bullets, headings, page structure, extra
sections, font, page size), prints it with headless Chromium and scores ``parse_resume`` on it
with ``corpus_score.score_file``, like the layout corpus. Rendered PDFs are cached under
``~/.cache/resume-tailor-corpus/variants/<set>/<seed>.<html hash>.pdf`` (a changed generator prints
again, an unchanged one only parses again, and trees with different generators never clash).

What is drawn: 21 entry-header arrangements (set A: 6 more, round four) (title, employer, location
and dates on one line with
separators, on two or three lines, right-aligned by flex/float/table/grid/absolute, in a left or
right date rail or a table cell, dates above the title, the employer once with its roles under it,
LinkedIn-export and AltaCV/Deedy/moderncv/Google-Docs/Word shapes); 13 date formats and 9 words for
"now"; bullets as lists, typed characters, paragraphs of sentences, plain lines or none; headings
in 8 styles and many words; pages in one column, a left/right sidebar (skills, contact, education,
languages), a sidebar holding the name, two equal columns, a header band or boxed sections; a
summary that names the current employer; extra sections with dated items that must not become
entries (awards, publications, certificates, talks, references, courses, memberships, patents,
interests, languages) and projects/volunteering entries that belong to projects/activities; fonts,
sizes, A4/Letter, one to three pages; education or projects before experience; a team, reporting
or tools line beside a job's bullets. Truth is what the generator wrote (``truth_of``).

The pool split is a rule, fixed before any result was seen: the first member of each pool (the
plainest, most common convention) always tunes; any other member is held out when
``sha256("<pool>/<member>")`` is 0 mod 3. Seeds < 100000 (set A) draw only tune members; seeds
from 100000 (set B, held out) draw from all members, so B measures conventions never tuned on.
Members added later fall under the same rule.

    PYTHONPATH=src:benchmarks python benchmarks/experience_variants.py [--set A|B] [-n 150] [-v]
    PYTHONPATH=src:benchmarks python benchmarks/experience_variants.py --seed 63   # one set-A file
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HELD_OUT_FROM = 100_000

# Each pool: the members a resume draws from. Which members are held out is not written here: the
# rule in ``is_held`` decides, so nobody can move a member to the side that suits the results.
POOLS: dict[str, list[str]] = {
    # how an entry's title, employer, location and dates are arranged
    "header": [
        "one_line",  # Title SEP Employer SEP Location SEP Dates
        "one_line_dates_right",  # Title SEP Employer ........ Dates
        "two_lines_title_first",  # Title ..... Dates / Employer ..... Location
        "two_lines_employer_first",  # Employer ..... Location / Title ..... Dates
        "three_lines",  # Title / Employer, Location / Dates
        "title_over_employer_line",  # Title / Employer SEP Location SEP Dates
        "dates_above",  # Dates / Title / Employer SEP Location
        "rail_left",  # dates in a left column beside Title / Employer
        "rail_right",  # dates (and location) in a narrow right column
        "employer_nested",  # Employer ..... Location / Role ..... Dates / bullets / Role ..... Dates
        "dates_first_line",  # Dates SEP Title SEP Employer
        "employer_left_title_right",  # Employer ..... Title / Dates SEP Location
        "title_paren_dates",  # Title, Employer (Dates) / Location
        "employer_line_title_dates",  # Employer / Title SEP Dates / Location
        # round two
        "employer_caps_meta_line",  # EMPLOYER / Title SEP Location SEP Dates (Deedy)
        "title_employer_icons",  # Title / Employer / glyph Dates  glyph Location (AltaCV)
        "rail_left_one_line",  # dates in a left rail beside "Title, Employer, Location" (moderncv)
        "employer_loc_dash_title_then_dates",  # Employer, Location — Title / DATES (Google Docs)
        "dates_caps_above_title_comma_employer",  # JAN 2020 – PRESENT / TITLE, EMPLOYER (Word)
        "linkedin_export",  # Title / Employer · Full-time / Dates / Location
        "rail_table",  # a two-cell table row: dates cell, then Title / Employer
    ],
    # how a right-aligned piece is put on the right
    "right_align": ["flex", "float", "table", "grid", "absolute"],
    # between title and employer on one line
    "join": [" | ", " — ", " at ", ", ", " · ", " - ", " @ ", " / "],
    # between the other pieces of a line
    "sep": [" | ", " · ", ", ", " — ", "  •  ", " / "],
    "date_format": [
        "mon",
        "month",
        "mm/yyyy",
        "yyyy-mm",
        "yyyy",
        "season",
        "mon.",
        "mm.yyyy",
        "mon 'yy",
        "yyyy/mm",
        "month, yyyy",
        "MON yyyy",
        "mon-yyyy",
    ],
    "present": [
        "Present",
        "Current",
        "Now",
        "today",
        "present",
        "Ongoing",
        "Till Date",
        "To Date",
        "Currently",
    ],
    "dash": [" – ", " - ", " — ", " to ", "–", " -- ", " ~ ", " until ", "—"],
    "bullets": ["ul", "typed", "paragraph", "none", "ul_square", "numbered_none", "ol", "bold_lead"],
    "bullet_char": ["•", "–", "▪", "*", "·", "›", "◦", "■", "-", "➢", "✓", "→", "♦", "o"],
    "heading_style": ["caps", "title", "underline", "side", "icon", "smallcaps", "rule_above", "band"],
    "heading_icon": ["◆", "■", "»", "▸", "●", "//", "#", "~"],
    "exp_heading": [
        "Experience",
        "Work Experience",
        "Professional Experience",
        "Employment History",
        "Work History",
        "Career History",
        "Employment",
        "Relevant Experience",
        "Professional Background",
        "Industry Experience",
        "Career",
        "Positions Held",
        "Professional History",
        "Employment Record",
        "Work",
        "Where I've Worked",
        "Relevant Work Experience",
    ],
    "edu_heading": [
        "Education",
        "Academic Background",
        "Education & Training",
        "Qualifications",
        "Studies",
        "Academic Qualifications",
        "Degrees",
    ],
    "proj_heading": [
        "Projects",
        "Personal Projects",
        "Selected Projects",
        "Side Projects",
        "Technical Projects",
        "Portfolio",
        "Key Projects",
        "Open Source",
        "Academic Projects",
    ],
    "act_heading": [
        "Volunteering",
        "Leadership",
        "Leadership & Activities",
        "Volunteer Experience",
        "Community Involvement",
        "Extracurricular Activities",
        "Activities",
        "Volunteer Work",
        "Campus Involvement",
        "Leadership Experience",
    ],
    "summary_heading": [
        "Summary",
        "Profile",
        "Professional Summary",
        "About Me",
        "Objective",
        "Career Objective",
    ],
    "page": [
        "one_column",
        "left_sidebar",
        "right_sidebar",
        "two_columns",
        "header_band",
        "sidebar_name",
        "boxed_sections",
    ],
    "sidebar_sections": ["skills", "contact", "education", "languages"],
    "extras": [
        "awards",
        "publications",
        "certificates",
        "talks",
        "references",
        "interests",
        "languages",
        "courses",
        "memberships",
        "patents",
    ],
    "contact_layout": ["centered_line", "stacked", "split_right", "under_name_bar", "labels"],
    "font": [
        "Liberation Serif",
        "Liberation Sans",
        "DejaVu Sans",
        "Lato",
        "Inter",
        "EB Garamond",
        "Carlito",
        "Caladea",
        "Gentium Plus",
        "Noto Sans",
        "Nimbus Sans",
        "Linux Libertine O",
    ],
    "page_size": ["A4", "Letter"],
    # how the employer's name is formed from a made-up stem
    "employer_form": [
        "{s} Inc.",
        "{s} Labs",
        "{s} & Co.",
        "{s}",
        "{s} Group",
        "{s} LLC",
        "{s} Systems",
        "{s} GmbH",
    ],
    "title": [
        "Software Engineer",
        "Data Analyst",
        "Product Manager",
        "Marketing Coordinator",
        "Operations Lead",
        "Research Assistant",
        "Senior Accountant",
        "UX Designer",
        "Registered Nurse",
        "Sales Associate",
        "Mechanical Engineer",
        "Project Coordinator",
        "Financial Analyst",
        "Customer Success Manager",
        "Teaching Assistant",
        "Backend Developer",
    ],
}


# Round three: new pools only, drawn from a stream of their own (``ROUND_THREE``), so every seed keeps
# the resume it drew before and changes only where it draws a non-first member of these.
POOLS |= {
    "section_order": ["experience_first", "education_first", "projects_first"],
    "entry_extra": ["none", "tech_line", "team_line", "reporting_line"],
}
ROUND_THREE = ("section_order", "entry_extra")

# Round four (set A only, added after set B's results were first taken): header arrangements seen in
# real resumes that no pool above draws. Set B never draws them, so its files stay as they were; a
# set-A seed takes one of them from a stream of its own a quarter of the time.
ROUND_FOUR_HEADERS = (
    "caps_title_employer",  # SOFTWARE ENGINEER | ACME CORP ..... Dates / Location (Word)
    "employer_paren_dates",  # Employer (Dates) / Title, Location
    "company_description",  # Title ..... Dates / Employer ..... Location / what the company does
    "bulleted_header",  # • Title, Employer — Location, Dates / its bullets indented under it
    "table_three_cells",  # a table row: Dates | Title / Employer | Location
    "employer_paren_about",  # Employer (what it does) ..... Location / Title ..... Dates
)
ROUND_FOUR_SHARE = 0.25

# Round five (session 4): conventions of real experience entries no pool above drew, seen on the
# corpus's new people. New pools (set A draws their tune members, set B all of them, by ``is_held``),
# drawn from a stream of their own so every seed keeps the rest of its resume. Each job takes the
# resume's convention with ``ROUND_FIVE_SHARE``.
POOLS |= {
    # what a role's name adds after it: "Charge Nurse, Cardiovascular ICU", "(Contract)", "Senior ... II"
    "title_qualifier": ["none", "unit", "region", "contract", "part_time", "seasonal", "level"],
    # the agency or client a contract ran through, written with the employer
    "employer_aside": ["none", "via_agency", "through_agency", "placed_with", "on_behalf"],
    # how the work was done, in brackets after the town
    "location_note": ["none", "remote", "hybrid", "home_based", "on_site"],
    # the language the job titles are written in
    "title_language": ["en", "fr", "de", "es", "it", "pt"],
}
ROUND_FIVE = ("title_qualifier", "employer_aside", "location_note", "title_language")
ROUND_FIVE_SHARE = 0.5
_UNITS = ["Cardiovascular ICU", "Payments Platform", "Transmission Design", "Technology Practice"]
_UNITS += ["Credit Risk"]
_REGIONS = ["EMEA", "APAC", "North America", "DACH", "Nordics"]
_AGENCIES = ["Kestrel Staffing", "Tempora HR Solutions", "Northgate Talent", "Brightpath Contracting"]
_TITLES_IN = {
    "fr": ["Chef de Projet", "Ingénieur Logiciel", "Responsable Marketing", "Analyste Financier"],
    "de": ["Softwareentwickler", "Projektleiterin", "Vertriebsmitarbeiter", "Maschinenbauingenieur"],
    "es": ["Ingeniera de Datos", "Jefe de Proyecto", "Analista Financiero", "Enfermera Titular"],
    "it": ["Responsabile Commerciale", "Ingegnere del Software", "Analista di Dati", "Capo Progetto"],
    "pt": ["Engenheiro de Software", "Gerente de Projetos", "Analista de Marketing", "Enfermeira Chefe"],
}
_COMPANY_LINES = [
    "A logistics software company with 120 employees.",
    "Regional chain of 40 clinics.",
    "Family-owned manufacturer of pumps and valves (300 staff).",
    "Series B fintech start-up, payments for small shops.",
]


def _digest(pool: str, member: str) -> int:
    return int(hashlib.sha256(f"{pool}/{member}".encode()).hexdigest(), 16)


def is_held(pool: str, member: str) -> bool:
    """Whether ``member`` of ``pool`` is held out (set B only).

    >>> is_held("page", "one_column")
    False
    """
    return member != POOLS[pool][0] and _digest(pool, member) % 3 == 0


def members(pool: str, held_out: bool) -> list[str]:
    """The members a resume of set B (``held_out``) or set A may draw from ``pool``."""
    return [m for m in POOLS[pool] if held_out or not is_held(pool, m)]


def draw(rng: random.Random, pool: str, held_out: bool) -> str:
    """One member of ``pool`` for a resume of set B (``held_out``) or set A."""
    return rng.choice(members(pool, held_out))


# ---------------------------------------------------------------- invented people and their data

_FIRST = [
    "Maya",
    "Tomas",
    "Priya",
    "Jonah",
    "Lena",
    "Ravi",
    "Ines",
    "Oscar",
    "Hana",
    "Felix",
    "Nadia",
    "Caleb",
]
_LAST = ["Okafor", "Lindqvist", "Marchetti", "Hollis", "Varga", "Delacroix", "Nakamura", "Brennan", "Sadeghi"]
_STEMS = [
    "Quillon",
    "Brightwater",
    "Norcastle",
    "Tessaly",
    "Halvorsen",
    "Pinecrest",
    "Lumenfield",
    "Corvid",
    "Ambergate",
    "Westmere",
    "Kestrel",
    "Ossian",
    "Redfern",
    "Solvay Park",
    "Tidewell",
    "Marrow Bay",
]
_PLACES = [
    "Austin, TX",
    "Leeds, UK",
    "Toronto, ON",
    "Remote",
    "Berlin, Germany",
    "Denver, CO",
    "Dublin, Ireland",
    "Portland, OR",
    "Lyon, France",
    "Raleigh, NC",
]
_VERBS = [
    "Built",
    "Led",
    "Reduced",
    "Designed",
    "Automated",
    "Coordinated",
    "Migrated",
    "Trained",
    "Negotiated",
]
_VERBS += ["Analysed", "Launched", "Streamlined", "Rewrote", "Mentored", "Audited", "Introduced"]
_OBJECTS = [
    "the weekly reporting pipeline for regional sales",
    "a patient intake checklist used by three wards",
    "onboarding material for new support staff",
    "the vendor contract renewal process",
    "a dashboard tracking warehouse throughput",
    "legacy billing scripts into a tested service",
    "the quarterly budget model for the product line",
    "a shared component library for the web team",
    "customer interviews across four market segments",
    "a cleaning schedule for the shared lab equipment",
    "the release checklist and its rollback steps",
    "an inventory audit of spare machine parts",
]
_RESULTS = [
    "cutting turnaround time by {n}%",
    "saving roughly {n} hours each month",
    "raising satisfaction scores by {n} points",
    "with {n} colleagues across two offices",
    "which lowered error rates by {n}%",
    "adopted by {n} teams within a quarter",
    "ahead of schedule and {n}% under budget",
]
_PROJECTS = [
    "Tide Chart",
    "Ledger Lite",
    "Birdsong Atlas",
    "Pocket Planner",
    "Rail Delay Map",
    "Recipe Scaler",
]
_PROJECTS += ["Garden Sensor Hub", "Open Pantry", "Trail Finder", "Budget Buddy"]
_ORGS = [
    "Lakeside Food Bank",
    "Code Club Northfield",
    "Riverside Tenants Union",
    "Hill Valley Robotics League",
]
_ORGS += ["Student Council", "Westbrook Animal Shelter", "Women in Engineering Society"]
_ROLES = [
    "Volunteer Coordinator",
    "Treasurer",
    "Mentor",
    "President",
    "Event Lead",
    "Tutor",
    "Outreach Chair",
]
_SCHOOLS = [
    "University of Northfield",
    "Ashford State University",
    "Brookhaven College",
    "Ridgemont University",
]
_SCHOOLS += ["Westbrook Institute of Technology"]
_DEGREES = [
    ("Bachelor of Science", "Computer Science"),
    ("B.A.", "Economics"),
    ("Master of Science", "Statistics"),
]
_DEGREES += [("BSc", "Nursing"), ("MBA", "Finance"), ("Bachelor of Engineering", "Mechanical Engineering")]
_SKILLS = ["Python", "SQL", "Excel", "Tableau", "Figma", "Salesforce", "Java", "Docker", "SAP", "Jira", "R"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_MONTHS += ["November", "December"]
_SEASONS = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer"}
_SEASONS |= {7: "Summer", 8: "Summer", 9: "Fall", 10: "Fall", 11: "Fall"}


@dataclass
class Variant:
    """One generated resume: its seed, the conventions drawn, the HTML and the truth."""

    seed: int
    style: dict[str, Any]
    html: str
    truth: dict[str, Any]


def _style(rng: random.Random, held_out: bool) -> dict[str, Any]:
    style: dict[str, Any] = {
        name: draw(rng, name, held_out)
        for name in POOLS
        if name not in ("sidebar_sections", "extras", *ROUND_THREE, *ROUND_FIVE)
    }
    side = members("sidebar_sections", held_out)
    style["sidebar_sections"] = [m for m in side if rng.random() < 0.6] or [side[0]]
    extras = members("extras", held_out)
    style["extras"] = rng.sample(extras, rng.randint(0, min(3, len(extras))))
    style["size"] = rng.choice([9.5, 10.0, 10.5, 11.0, 11.5])
    full_width = style["page"] in ("one_column", "header_band", "boxed_sections")
    if style["heading_style"] == "side" and not full_width:  # no template sets a heading column in a column
        style["heading_style"] = "caps"
    if style["page"] == "two_columns" and "rail" in style["header"]:  # nor a date rail in half a page
        style["header"] = "two_lines_title_first"
    style["jobs"] = rng.randint(2, 8)
    style["summary"] = rng.random() < 0.6
    style["bullets_per_job"] = rng.randint(1, 5)
    return style


def date_text(style: dict[str, Any], year: int, month: int) -> tuple[str, str]:
    """(the date as the resume writes it, the truth: ``YYYY-MM`` or ``YYYY`` when no month shows)."""
    fmt = style["date_format"]
    name = _MONTHS[month - 1]
    shown = {
        "mon": f"{name[:3]} {year}",
        "month": f"{name} {year}",
        "mm/yyyy": f"{month:02d}/{year}",
        "yyyy-mm": f"{year}-{month:02d}",
        "yyyy": str(year),
        "season": f"{_SEASONS[month]} {year}",
        "mon.": f"{name[:3]}. {year}" if len(name) > 3 else f"{name} {year}",
        "mm.yyyy": f"{month:02d}.{year}",
        "mon 'yy": f"{name[:3]} '{year % 100:02d}",
        "yyyy/mm": f"{year}/{month:02d}",
        "month, yyyy": f"{name}, {year}",
        "MON yyyy": f"{name[:3].upper()} {year}",
        "mon-yyyy": f"{name[:3]}-{year}",
    }[fmt]
    return shown, (str(year) if fmt in ("yyyy", "season") else f"{year}-{month:02d}")


def _range(
    style: dict[str, Any], start: tuple[int, int], end: tuple[int, int] | None
) -> tuple[str, str, str]:
    """(the range as written, truth start, truth end) where ``end`` None is an ongoing role."""
    a, start_truth = date_text(style, *start)
    if end is None:
        return f"{a}{style['dash']}{style['present']}", start_truth, "present"
    b, end_truth = date_text(style, *end)
    return f"{a}{style['dash']}{b}", start_truth, end_truth


def _bullet(rng: random.Random, used: set[str]) -> str:
    while True:
        result = rng.choice(_RESULTS).format(n=rng.randint(3, 60))
        text = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}, {result}"
        if text.split(",")[0] not in used:
            used.add(text.split(",")[0])
            return text


def _timeline(
    rng: random.Random, style: dict[str, Any]
) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Reverse-chronological (start, end) months for the jobs; the newest may be ongoing."""
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    year, month = rng.randint(2019, 2026), rng.randint(1, 12)
    ongoing = rng.random() < 0.6
    for _ in range(style["jobs"]):
        end = None if ongoing and not out else (year, month)
        months = rng.randint(5, 40)
        total = year * 12 + month - 1 - months
        start = (total // 12, total % 12 + 1)
        out.append((start, end))
        total -= rng.randint(1, 4)
        year, month = total // 12, total % 12 + 1
    return out


def _people(rng: random.Random, style: dict[str, Any], held_out: bool) -> dict[str, Any]:
    """The person's data: contact, jobs (some several roles at one employer), projects, activities."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    user = f"{first}{last}".lower()
    contact = {
        "name": f"{first} {last}",
        "email": f"{first}.{last}@example.com".lower(),
        "phone": rng.choice([f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}", "+44 7700 900123"]),
        "links": [f"https://github.com/{user}"]
        + ([f"https://linkedin.com/in/{user}"] if rng.random() < 0.6 else []),
    }
    used: set[str] = set()
    stems = rng.sample(_STEMS, len(_STEMS))
    jobs = []
    for k, (start, end) in enumerate(_timeline(rng, style)):
        same = k > 0 and rng.random() < 0.3 and jobs[-1]["start_year"] - start[0] < 4
        same = same and not (k > 1 and jobs[-1]["company"] == jobs[-2]["company"])  # two roles at most
        company = jobs[-1]["company"] if same else draw(rng, "employer_form", held_out).format(s=stems[k])
        text, s_truth, e_truth = _range(style, start, end)
        jobs.append(
            {
                "title": draw(rng, "title", held_out),
                "company": company,
                "location": jobs[-1]["location"] if same else rng.choice(_PLACES),
                "dates": text,
                "start": s_truth,
                "end": e_truth,
                "start_year": start[0],
                "bullets": [_bullet(rng, used) for _ in range(style["bullets_per_job"] + rng.randint(-1, 1))],
            }
        )
    for a, b in zip(jobs, jobs[1:], strict=False):
        if a["company"] == b["company"] and a["title"] == b["title"]:
            a["title"] = "Senior " + a["title"]
    return {"contact": contact, "jobs": jobs, "used": used, **_side_data(rng, style, used)}


def _side_data(rng: random.Random, style: dict[str, Any], used: set[str]) -> dict[str, Any]:
    projects = [
        {
            "title": name,
            "company": None,
            "dates": date_text(style, rng.randint(2016, 2025), rng.randint(1, 12))[0]
            if rng.random() < 0.5
            else "",
            "bullets": [_bullet(rng, used) for _ in range(rng.randint(1, 2))],
        }
        for name in rng.sample(_PROJECTS, rng.randint(0, 3))
    ]
    activities = []
    for org in rng.sample(_ORGS, rng.randint(0, 2)):
        year = rng.randint(2014, 2024)
        text, s_truth, e_truth = _range(style, (year, rng.randint(1, 12)), (year + 1, rng.randint(1, 12)))
        bullets = [_bullet(rng, used) for _ in range(rng.randint(0, 2))]
        activities.append({"title": rng.choice(_ROLES), "company": org, "dates": text, "bullets": bullets})
    year = rng.randint(2008, 2020)
    education = []
    for k in range(rng.randint(1, 2)):
        degree, fld = rng.choice(_DEGREES)
        education.append(
            {
                "degree": degree,
                "field": fld,
                "institution": _SCHOOLS[(k + year) % len(_SCHOOLS)],
                "dates": _range(style, (year - 4 * k - 4, 9), (year - 4 * k, 6))[0],
            }
        )
    return {"projects": projects, "activities": activities, "education": education}


def truth_of(data: dict[str, Any], style: dict[str, Any]) -> dict[str, Any]:
    """The corpus truth shape (``scripts/corpus/people.py`` full_truth) of what the resume shows."""

    def entry(item: dict[str, Any]) -> dict[str, Any]:
        bullets = [] if style["bullets"] == "none" else list(item["bullets"])
        return {
            "title": item["title"],
            "company": item["company"],
            "location": item.get("location"),
            "start": item.get("start"),
            "end": item.get("end"),
            "bullets": bullets,
        }

    return {
        "contact": data["contact"],
        "experience": [entry(j) for j in data["jobs"]],
        "education": [
            {"degree": e["degree"], "field": e["field"], "institution": e["institution"]}
            for e in data["education"]
        ],
        "projects": [entry(p) for p in data["projects"]],
        "activities": [entry(a) for a in data["activities"]],
        "certifications": [],
        "date_precision": "year" if style["date_format"] in ("yyyy", "season") else "month",
    }


# ---------------------------------------------------------------- HTML, one convention at a time


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def lr(style: dict[str, Any], left: str, right: str) -> str:
    """A row with ``right`` set flush right, the way the resume's convention does it."""
    how = style["right_align"]
    if how == "float":
        return f'<div class="row"><span style="float:right">{right}</span>{left}</div>'
    if how == "table":
        return (
            '<table class="row"><tr><td>'
            f'{left}</td><td style="text-align:right;white-space:nowrap">{right}</td></tr></table>'
        )
    if how == "absolute":
        pinned = "position:absolute;right:0;top:0"
        box = (
            "position:relative;padding-right:38%;box-sizing:border-box"  # the pinned piece stays on the page
        )
        right = f'<span style="{pinned}">{right}</span>'
        return f'<div class="row" style="{box}"><span>{left}</span>{right}</div>'
    if how == "grid":
        css = "display:grid;grid-template-columns:1fr auto;gap:10px"
        return f'<div class="row" style="{css}"><div>{left}</div><div>{right}</div></div>'
    css = "display:flex;justify-content:space-between;gap:10px"
    return f'<div class="row" style="{css}"><span>{left}</span><span>{right}</span></div>'


def bullets_html(style: dict[str, Any], bullets: list[str]) -> str:
    """The bullets of an entry as list items, typed characters, a paragraph, plain lines or nothing."""
    kind = style["bullets"]
    if kind == "none" or not bullets:
        return ""
    if kind in ("ul", "ul_square"):
        shape = "square" if kind == "ul_square" else "disc"
        items = "".join(f"<li>{_e(b)}</li>" for b in bullets)
        return f'<ul style="list-style-type:{shape}">{items}</ul>'
    if kind == "ol":
        return "<ol>" + "".join(f"<li>{_e(b)}</li>" for b in bullets) + "</ol>"
    if kind == "bold_lead":  # the clause before the first comma in bold, as many templates do
        items = "".join(f"<li><b>{_e(b.split(',')[0])}</b>,{_e(b.split(',', 1)[1])}</li>" for b in bullets)
        return f"<ul>{items}</ul>"
    if kind == "typed":
        char = style["bullet_char"]
        return "".join(f'<div class="typed">{char} {_e(b)}</div>' for b in bullets)
    if kind == "paragraph":  # the bullets written as sentences of one paragraph
        return f'<p class="para">{" ".join(_e(b) + "." for b in bullets)}</p>'
    # "numbered_none": one line per item with no marker at all
    return "".join(f'<div class="plain">{_e(b)}</div>' for b in bullets)


def header_html(style: dict[str, Any], item: dict[str, Any], arrangement: str) -> tuple[str, str]:
    """(the entry's header, and where its bullets go: "below", "rail_left" or "rail_right")."""
    t, c = f"<b>{_e(item['title'])}</b>", _e(item["company"] or "")
    loc, d = _e(item.get("location") or ""), _e(item["dates"])
    j, s = style["join"], style["sep"]
    tc = f"{t}{_e(j)}{c}" if c else t
    with_loc = f"{s}{loc}" if loc else ""
    dd = f"{s}{d}" if d else ""
    rows = {
        "one_line": f"<div>{tc}{_e(with_loc)}{_e(dd)}</div>",
        "one_line_dates_right": lr(style, f"{tc}{_e(with_loc)}", d),
        "two_lines_title_first": lr(style, t, d) + lr(style, f"<i>{c}</i>", loc),
        "two_lines_employer_first": lr(style, f"<b>{c}</b>", loc)
        + lr(style, f"<i>{_e(item['title'])}</i>", d),
        "three_lines": f"<div>{t}</div><div>{c}{', ' + loc if loc else ''}</div><div class='muted'>{d}</div>",
        "title_over_employer_line": f"<div>{t}</div><div>{c}{_e(with_loc)}{_e(dd)}</div>",
        "dates_above": f"<div class='muted small'>{d}</div><div>{t}</div><div>{c}{_e(with_loc)}</div>",
        "dates_first_line": f"<div>{d}{_e(s)}{tc}</div>",
        "employer_left_title_right": lr(style, f"<b>{c}</b>", f"<i>{_e(item['title'])}</i>")
        + f"<div class='muted'>{d}{_e(with_loc)}</div>",
        "title_paren_dates": f"<div>{t}, {c} ({d})</div><div class='muted'>{loc}</div>",
        "employer_line_title_dates": f"<div><b>{c}</b></div><div><i>{_e(item['title'])}</i>{_e(dd)}</div>"
        f"<div class='muted'>{loc}</div>",
        "rail_left": f"<div>{t}</div><div>{c}</div>",
        "rail_right": f"<div>{t}</div><div>{c}</div>",
        **_round_two_rows(item, t, c, loc, d, with_loc + dd),
    }
    if not c:  # a project without an organisation
        rows["two_lines_title_first"] = lr(style, t, d)
        rows["employer_line_title_dates"] = f"<div>{t}{_e(dd)}</div>"
    if not d:  # an undated project: no empty separators or parentheses
        rows["title_paren_dates"] = f"<div>{t}{', ' + c if c else ''}</div>"
        rows["rail_left"] = rows["rail_right"] = rows["three_lines"] = f"<div>{t}</div><div>{c}</div>"
    rails = {"rail_left": "rail_left", "rail_right": "rail_right", "rail_left_one_line": "rail_left"}
    where = rails.get(arrangement, "rail_table" if arrangement == "rail_table" else "below")
    return rows.get(arrangement, rows["two_lines_title_first"]), where


def _round_two_rows(item: dict[str, Any], t: str, c: str, loc: str, d: str, meta: str) -> dict[str, str]:
    """Header arrangements added in round two (``t``, ``c``, ``loc``, ``d``: escaped pieces)."""
    title = _e(item["title"])
    icons = ("◷ " + d if d else "") + ("&nbsp;&nbsp;&nbsp;⌖ " + loc if loc else "")
    return {
        "employer_caps_meta_line": f"<div><b>{c.upper()}</b></div><div><i>{title}</i>{_e(meta)}</div>",
        "title_employer_icons": f"<div style='font-size:1.15em'>{t}</div><div><b>{c}</b></div>"
        f"<div class='muted small'>{icons}</div>",
        "rail_left_one_line": f"<div>{t}{', ' + c if c else ''}{', ' + loc if loc else ''}</div>",
        "employer_loc_dash_title_then_dates": f"<div><b>{c}{', ' + loc if loc else ''}</b>"
        f"{' — ' if c else ''}<i>{title}</i></div><div class='muted small'>{d.upper()}</div>",
        "dates_caps_above_title_comma_employer": f"<div class='muted small'>{d.upper()}</div>"
        f"<div><b>{title.upper()}</b>{', ' + c.upper() if c else ''}</div>",
        "linkedin_export": f"<div>{t}</div><div>{c + ' · Full-time' if c else ''}</div>"
        f"<div class='muted'>{d}</div><div class='muted'>{loc}</div>",
        "rail_table": f"<div>{t}</div><div>{c}</div>",
        **_round_four_rows(item, c, loc, d),
    }


def _round_four_rows(item: dict[str, Any], c: str, loc: str, d: str) -> dict[str, str]:
    """Header arrangements added in round four (set A only, see ``ROUND_FOUR_HEADERS``)."""
    title = _e(item["title"])
    caps = f"<b>{title.upper()}{' | ' + c.upper() if c else ''}</b>"
    about = _COMPANY_LINES[len(item["title"]) % len(_COMPANY_LINES)] if c and "start_year" in item else ""
    return {
        "caps_title_employer": f'<div class="row" style="display:flex;justify-content:space-between">'
        f"<span>{caps}</span><span>{d}</span></div><div class='muted'>{loc}</div>",
        "employer_paren_dates": f"<div><b>{c or title}</b>{' (' + d + ')' if d else ''}</div>"
        + (f"<div><i>{title}</i>{', ' + loc if loc else ''}</div>" if c else ""),
        "company_description": f'<div class="row" style="display:flex;justify-content:space-between">'
        f"<b>{title}</b><span>{d}</span></div>"
        + (f"<div><i>{c}</i>{', ' + loc if loc else ''}</div>" if c else "")
        + (f"<div class='muted small'><i>{_e(about)}</i></div>" if about else ""),
        "bulleted_header": f"<div class='typed'>• <b>{title}</b>{', ' + c if c else ''}"
        f"{' — ' + loc if loc else ''}{', ' + d if d else ''}</div>",
        "table_three_cells": '<table class="row" style="width:100%"><tr>'
        f'<td style="width:1.3in;vertical-align:top">{d}</td>'
        f'<td style="vertical-align:top"><b>{title}</b>{"<br>" + c if c else ""}</td>'
        f'<td style="width:1.2in;text-align:right;vertical-align:top">{loc}</td></tr></table>',
        "employer_paren_about": f'<div class="row" style="display:flex;justify-content:space-between">'
        f"<span><b>{c or title}</b>{' (' + _e(about.rstrip('.')) + ')' if about else ''}</span>"
        f"<span>{loc}</span></div>"
        + (
            f'<div class="row" style="display:flex;justify-content:space-between">'
            f"<i>{title}</i><span>{d}</span></div>"
            if c
            else f"<div class='muted'>{d}</div>"
        ),
    }


_TEAMS = ["Payments Platform", "Regional Operations", "Customer Insights", "Plant Maintenance", "Growth"]


def described(style: dict[str, Any], item: dict[str, Any]) -> str:
    """A job's bullets with the line some templates add: a team or reporting line above them, a
    tools line below them (never a bullet of the truth)."""
    bullets = bullets_html(style, item["bullets"])
    extra, k = style["entry_extra"], len(item["title"]) + len(item["company"] or "")
    if "start_year" not in item or extra == "none":  # only jobs carry these lines
        return bullets
    if extra == "tech_line":
        tools = ", ".join(_SKILLS[(k + i) % len(_SKILLS)] for i in range(3))
        return f"{bullets}<div class='muted small'><i>Tools: {tools}</i></div>"
    line = f"Team: {_TEAMS[k % len(_TEAMS)]} ({k % 9 + 3} people)"
    if extra == "reporting_line":
        line = f"Reporting to the Head of {_TEAMS[k % len(_TEAMS)]}"
    return f"<div class='muted'>{line}</div>{bullets}"


def entry_html(style: dict[str, Any], item: dict[str, Any], arrangement: str) -> str:
    head, where = header_html(style, item, arrangement)
    body = head + described(style, item)
    if arrangement == "bulleted_header":  # the entry's bullets nest under its bulleted header
        body = f"{head}<div style='margin-left:1.5em'>{described(style, item)}</div>"
    if where == "below":
        return f'<div class="entry">{body}</div>'
    if where == "rail_table":
        cell = "vertical-align:top;padding:0 10px 0 0;width:1.2in"
        return (
            f'<table class="entry row"><tr><td style="{cell}">{_e(item["dates"])}</td>'
            f'<td style="vertical-align:top">{body}</td></tr></table>'
        )
    rail = f"<div class='muted small'>{_e(item['dates'])}<br>{_e(item.get('location') or '')}</div>"
    cols = "1.1in 1fr" if where == "rail_left" else "1fr 1.2in"
    cells = rail + f"<div>{body}</div>" if where == "rail_left" else f"<div>{body}</div>" + rail
    return f'<div class="entry" style="display:grid;grid-template-columns:{cols};gap:12px">{cells}</div>'


def jobs_html(style: dict[str, Any], jobs: list[dict[str, Any]]) -> str:
    """The experience entries; "employer_nested" lists an employer once with its roles under it."""
    if style["header"] != "employer_nested":
        return "".join(entry_html(style, j, style["header"]) for j in jobs)
    out, k = [], 0
    while k < len(jobs):
        group = [jobs[k]]
        while k + len(group) < len(jobs) and jobs[k + len(group)]["company"] == jobs[k]["company"]:
            group.append(jobs[k + len(group)])
        roles = "".join(
            lr(style, f"<i>{_e(j['title'])}</i>", _e(j["dates"])) + described(style, j) for j in group
        )
        employer = lr(style, "<b>" + _e(group[0]["company"]) + "</b>", _e(group[0]["location"]))
        out.append(f'<div class="entry">{employer}{roles}</div>')
        k += len(group)
    return "".join(out)


def heading_html(style: dict[str, Any], text: str) -> str:
    kind = style["heading_style"]
    shown = text.upper() if kind in ("caps", "band", "icon") else text
    if kind == "icon":
        shown = f"{style['heading_icon']} {shown}"
    css = {
        "caps": "letter-spacing:1px",
        "title": "font-size:1.25em",
        "underline": "border-bottom:1px solid #333;text-transform:none",
        "side": "",
        "icon": "",
        "smallcaps": "font-variant:small-caps;font-size:1.2em",
        "rule_above": "border-top:2px solid #555;padding-top:2px",
        "band": "background:#2d4a6b;color:#fff;padding:2px 6px;-webkit-print-color-adjust:exact",
    }[kind]
    return f'<h2 style="{css}">{_e(shown)}</h2>'


def section_html(style: dict[str, Any], heading: str, body: str, narrow: bool = False, kind: str = "") -> str:
    """A section: its heading above the body, or in a left column beside it ("side" headings)."""
    if style["heading_style"] == "side" and not narrow:
        return (
            f'<section data-kind="{kind}" style="display:grid;grid-template-columns:1.2in 1fr;gap:12px">'
            f"{heading_html(style, heading)}<div>{body}</div></section>"
        )
    return f'<section data-kind="{kind}">{heading_html(style, heading)}{body}</section>'


def extra_html(rng: random.Random, style: dict[str, Any], kind: str, data: dict[str, Any]) -> tuple[str, str]:
    """(heading, body) of a section whose dated items must not become experience or projects."""
    d = lambda: _e(date_text(style, rng.randint(2015, 2025), rng.randint(1, 12))[0])  # noqa: E731
    job = data["jobs"][0]
    s = _e(style["sep"])
    items = {
        "awards": [
            f"<b>Employee of the Year</b>{s}{_e(job['company'])}{s}{d()}",
            f"<b>Dean's List</b>{s}{_e(data['education'][0]['institution'])}{s}{d()}",
        ],
        "publications": [
            f"{_e(data['contact']['name'])}, R. Ortiz. <i>Measuring queue times in small clinics.</i> "
            f"Journal of Applied Operations, {d()}.",
            f"<i>Cheap sensors for river monitoring</i>{s}Proceedings of OpenHW{s}{d()}",
        ],
        "certificates": [
            f"<b>Certified Scrum Master</b>{s}Scrum Alliance{s}{d()}",
            f"<b>AWS Certified Cloud Practitioner</b>{s}Amazon Web Services{s}{d()}",
        ],
        "talks": [
            f"<b>Lessons from a data migration</b>{s}PyCon Lakeside{s}{d()}",
            f"<b>Designing forms people finish</b>{s}UX Northfield Meetup{s}{d()}",
        ],
        "references": [
            f"<b>Dana Whitfield</b>{s}Engineering Manager{s}{_e(job['company'])}"
            "<br>dana.whitfield@example.com",
            "Available on request",
        ],
        "interests": ["Rock climbing, film photography, community gardening, chess"],
        "languages": ["English (native)", "Spanish (B2)", "German (A2)"],
        "courses": [
            f"Data Visualization{s}Coursera{s}{d()}",
            f"Negotiation Skills{s}Open University{s}{d()}",
        ],
        "memberships": [
            f"Member{s}Institute of Management Accountants{s}{d()}{_e(style['dash'])}{_e(style['present'])}",
            f"Board Member{s}Lakeside Makerspace{s}{d()}",
        ],
        "patents": [f"US Patent 11,234,567: Modular sensor housing{s}{d()}"],
    }[kind]
    heading = {
        "awards": "Awards",
        "publications": "Publications",
        "certificates": "Certifications",
        "talks": "Talks",
        "references": "References",
        "interests": "Interests",
        "languages": "Languages",
        "courses": "Courses",
        "memberships": "Professional Memberships",
        "patents": "Patents",
    }[kind]
    return heading, "".join(f"<div class='item'>{i}</div>" for i in items)


def contact_html(style: dict[str, Any], contact: dict[str, Any], in_sidebar: bool) -> str:
    links = [u.removeprefix("https://") for u in contact["links"]]
    parts = [contact["email"], contact["phone"], *links]
    if in_sidebar or style["contact_layout"] == "stacked":
        return "".join(f"<div>{_e(p)}</div>" for p in parts)
    if style["contact_layout"] == "labels":
        labelled = [("Email", parts[0]), ("Phone", parts[1]), *[("Web", u) for u in links]]
        return "".join(f"<div><b>{k}:</b> {_e(v)}</div>" for k, v in labelled)
    if style["contact_layout"] == "under_name_bar":
        return f"<div class='bar'>{_e(style['sep'].join(parts))}</div>"
    return f"<div>{_e(style['sep'].join(parts))}</div>"


def name_block(style: dict[str, Any], data: dict[str, Any], contact_in_sidebar: bool) -> str:
    name = f'<div class="name">{_e(data["contact"]["name"])}</div>'
    contact = "" if contact_in_sidebar else contact_html(style, data["contact"], False)
    if style["contact_layout"] == "split_right" and contact:
        stacked = "".join(f"<div>{_e(p)}</div>" for p in [data["contact"]["email"], data["contact"]["phone"]])
        links = "".join(f"<div>{_e(u.removeprefix('https://'))}</div>" for u in data["contact"]["links"])
        # a flex row whatever the entries use: a pinned block of four lines would overlap the page
        flex = "display:flex;justify-content:space-between;align-items:flex-start"
        return f'<header style="{flex}">{name}<div style="text-align:right">{stacked}{links}</div></header>'
    center = ' style="text-align:center"' if style["contact_layout"] == "centered_line" else ""
    return f"<header{center}>{name}{contact}</header>"


def education_html(style: dict[str, Any], education: list[dict[str, Any]], narrow: bool) -> str:
    out = []
    for e in education:
        degree = f"{_e(e['degree'])} in {_e(e['field'])}"
        if narrow:
            school, dates = f"<div>{_e(e['institution'])}</div>", f"<div class='muted'>{_e(e['dates'])}</div>"
            out.append(f"<div class='entry'><b>{degree}</b>{school}{dates}</div>")
        else:
            school = "<b>" + _e(e["institution"]) + "</b>"
            out.append(f"<div class='entry'>{lr(style, school, _e(e['dates']))}<div>{degree}</div></div>")
    return "".join(out)


def skills_html(rng: random.Random) -> str:
    picks = rng.sample(_SKILLS, 6)
    return f"<div><b>Tools:</b> {', '.join(picks[:3])}</div><div><b>Also:</b> {', '.join(picks[3:])}</div>"


def _sections(rng: random.Random, style: dict[str, Any], data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(main-column sections, sidebar sections) in reading order."""
    sidebar_page = style["page"] in ("left_sidebar", "right_sidebar", "sidebar_name")
    side_keys = set(style["sidebar_sections"]) if sidebar_page else set()
    main, side = [], []
    other = style["header"]
    employer_first = ("employer_nested", "employer_left_title_right", "two_lines_employer_first")
    if other in (
        *employer_first,
        "employer_caps_meta_line",
        "employer_loc_dash_title_then_dates",
        "employer_paren_dates",
        "employer_paren_about",
    ):
        other = "two_lines_title_first"  # activities and projects keep the title first
    if style["summary"]:
        job = data["jobs"][0]
        text = (
            f"{job['title']} with {len(data['jobs']) + 2} years of experience across operations and "
            f"analytics, currently at {job['company'].rstrip('.')}. Known for clear writing and calm "
            "delivery."
        )
        main.append(section_html(style, style["summary_heading"], f"<p class='para'>{_e(text)}</p>"))
    main.append(section_html(style, style["exp_heading"], jobs_html(style, data["jobs"]), kind="experience"))
    edu = (style["edu_heading"], education_html(style, data["education"], "education" in side_keys))
    (side if "education" in side_keys else main).append(
        section_html(style, *edu, narrow="education" in side_keys, kind="education")
    )
    if data["projects"]:
        body = "".join(entry_html(style, p, other) for p in data["projects"])
        main.append(section_html(style, style["proj_heading"], body, kind="projects"))
    first = {"education_first": "education", "projects_first": "projects"}.get(style["section_order"])
    moved = [m for m in main if first and m.startswith(f'<section data-kind="{first}"')]
    if moved:  # students put education (or projects) before experience
        main.remove(moved[0])
        main.insert(1 if style["summary"] else 0, moved[0])
    if data["activities"]:
        body = "".join(entry_html(style, a, other) for a in data["activities"])
        main.append(section_html(style, style["act_heading"], body))
    skills = section_html(style, "Skills", skills_html(rng), narrow="skills" in side_keys)
    (side if "skills" in side_keys else main).append(skills)
    extras = list(style["extras"])
    if "languages" in side_keys and "languages" not in extras:
        extras.append("languages")
    for kind in extras:
        narrow = kind == "languages" and "languages" in side_keys
        (side if narrow else main).append(
            section_html(style, *extra_html(rng, style, kind, data), narrow=narrow)
        )
    if "contact" in side_keys:
        side.insert(
            0, section_html(style, "Contact", contact_html(style, data["contact"], True), narrow=True)
        )
    return main, side


_CSS = """
@page {{ size: {page}; margin: {margin}in; }}
body {{ font-family: '{font}', sans-serif; font-size: {size}pt; line-height: 1.3; margin: 0; color: #222; }}
h2 {{ font-size: 1.1em; margin: 10px 0 4px; font-weight: bold; }}
.name {{ font-size: 2.1em; font-weight: bold; }}
.entry {{ margin: 0 0 7px; break-inside: avoid-page; }}
.row {{ width: 100%; border-collapse: collapse; }}
.row td {{ padding: 0; vertical-align: top; }}
ul {{ margin: 2px 0 4px; padding-left: 18px; }}
.typed {{ padding-left: 14px; text-indent: -10px; }}
.para {{ margin: 2px 0 4px; }}
.muted {{ color: #555; }}
.small {{ font-size: 0.9em; }}
.bar {{ border-top: 1px solid #999; border-bottom: 1px solid #999; padding: 2px 0; margin-top: 4px; }}
.band {{ background: #1f3a5a; color: #fff; padding: 14px 18px; -webkit-print-color-adjust: exact; }}
.item {{ margin-bottom: 3px; }}
.boxed {{ border: 1px solid #aab; border-radius: 4px; padding: 2px 8px 4px; margin-bottom: 8px; }}
aside {{ background: #eef1f4; padding: 8px; font-size: 0.92em; overflow-wrap: anywhere;
  -webkit-print-color-adjust: exact; }}
"""


def page_html(rng: random.Random, style: dict[str, Any], data: dict[str, Any]) -> str:
    """The whole document in the page structure drawn: one column, a sidebar, two columns, a band."""
    page = style["page"]
    main, side = _sections(rng, style, data)
    contact_side = bool(side) and "contact" in style["sidebar_sections"]
    top = name_block(style, data, contact_side)
    if page == "header_band":
        top = f'<div class="band">{top}</div>'
    if page == "sidebar_name":  # name and contact at the top of a full-height left sidebar
        contact = "" if contact_side else contact_html(style, data["contact"], True)
        name = f'<div class="name" style="font-size:1.7em">{_e(data["contact"]["name"])}</div>'
        aside = f"<aside>{name}{contact}{''.join(side)}</aside>"
        grid = "display:grid;grid-template-columns:2.1in 1fr;gap:16px"
        top, page, side = "", "sidebar_name_done", []
        main = [f'<div style="{grid}">{aside}<main>{"".join(main)}</main></div>']
    if page == "boxed_sections":
        main = [m.replace("<section", '<section class="boxed"', 1) for m in main]
    if page in ("left_sidebar", "right_sidebar") and side:
        cols = ("2.1in 1fr", f"<aside>{''.join(side)}</aside><main>{''.join(main)}</main>")
        if page == "right_sidebar":
            cols = ("1fr 2.1in", f"<main>{''.join(main)}</main><aside>{''.join(side)}</aside>")
        body = f'{top}<div style="display:grid;grid-template-columns:{cols[0]};gap:16px">{cols[1]}</div>'
    elif page == "two_columns":
        left = [m for m in main if m.startswith('<section data-kind="experience"')]
        right = [m for m in main if m not in left]
        body = (
            f'{top}<div style="display:grid;grid-template-columns:1fr 1fr;gap:18px">'
            f"<div>{''.join(left)}</div><div>{''.join(right)}</div></div>"
        )
    else:
        body = top + "".join(main)
    css = _CSS.format(
        page=style["page_size"],
        margin=rng.choice([0.4, 0.5, 0.6, 0.75]),
        font=style["font"],
        size=style["size"],
    )
    head = f'<meta charset="utf-8"><style>{css}</style>'
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def generate(seed: int) -> Variant:
    """One whole resume with its truth.

    >>> v = generate(3)
    >>> v.truth["contact"]["name"] in v.html and len(v.truth["experience"]) >= 2
    True
    """
    rng = random.Random(seed)
    held_out = seed >= HELD_OUT_FROM
    style = _style(rng, held_out)
    third = random.Random(f"{seed}/round three")
    style |= {name: draw(third, name, held_out) for name in ROUND_THREE}
    fourth = random.Random(f"{seed}/round four")
    if not held_out and fourth.random() < ROUND_FOUR_SHARE:
        style["header"] = fourth.choice(ROUND_FOUR_HEADERS)
    fifth = random.Random(f"{seed}/round five")
    style |= {name: draw(fifth, name, held_out) for name in ROUND_FIVE}
    data = _people(rng, style, held_out)
    _round_five(fifth, style, data["jobs"])
    return Variant(seed, style, page_html(rng, style, data), truth_of(data, style))


def _round_five(rng: random.Random, style: dict[str, Any], jobs: list[dict[str, Any]]) -> None:
    """Write the round-five conventions drawn into some of the jobs (the truth is what is printed):
    a qualifier after the title, an agency with the employer (alike for every role there), a note
    after the town, titles in another language."""
    asides: dict[str, str] = {}
    for job in jobs:
        if style["title_language"] != "en" and rng.random() < ROUND_FIVE_SHARE:
            job["title"] = rng.choice(_TITLES_IN[style["title_language"]])
        if rng.random() < ROUND_FIVE_SHARE:
            job["title"] = _qualified(rng, style["title_qualifier"], job["title"])
        company = job["company"]
        if company not in asides:
            aside = style["employer_aside"] if rng.random() < ROUND_FIVE_SHARE else "none"
            agency = rng.choice(_AGENCIES)
            asides[company] = {
                "none": company,
                "via_agency": f"{company} (via {agency})",
                "through_agency": f"{company} (through {agency})",
                "placed_with": f"{agency}, placed with {company}",
                "on_behalf": f"{agency} (on behalf of {company})",
            }[aside]
        job["company"] = asides[company]
        note = {"remote": "remote", "hybrid": "hybrid", "home_based": "home-based", "on_site": "on-site"}
        if style["location_note"] in note and job["location"] != "Remote" and rng.random() < ROUND_FIVE_SHARE:
            job["location"] = f"{job['location']} ({note[style['location_note']]})"


def _qualified(rng: random.Random, how: str, title: str) -> str:
    """``title`` with what the ``title_qualifier`` convention adds to it."""
    if how == "unit":
        return f"{title}, {rng.choice(_UNITS)}"
    if how == "region":
        return f"{title}, {rng.choice(_REGIONS)}"
    if how == "level":
        return f"{title} {rng.choice(['II', 'III'])}"
    marker = {"contract": "Contract", "part_time": "Part-time", "seasonal": "Seasonal"}.get(how)
    return f"{title} ({marker})" if marker else title


# ---------------------------------------------------------------- printing, parsing, scoring

CACHE = (
    Path(os.environ.get("RESUME_TAILOR_CORPUS_CACHE", Path.home() / ".cache" / "resume-tailor-corpus"))
    / "variants"
)
# the corpus's Chromium flags (scripts/corpus/themes.py render_theme): network cut off, no images
_NO_IMAGES = "<style>img{display:none !important}</style>"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def render(variant: Variant, out_pdf: Path) -> None:
    """Print ``variant`` to ``out_pdf`` with headless Chromium (the corpus's flags)."""
    import corpus_score  # noqa: F401  (puts scripts/ on the path, for corpus.themes)
    from corpus.themes import print_html

    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="experience-variant-") as tmp:
        work = Path(tmp)
        page = work / "resume.html"
        page.write_text(variant.html.replace("</head>", _NO_IMAGES + "</head>", 1), encoding="utf-8")
        print_html(browser, page, out_pdf, work / "profile")
    if not out_pdf.is_file():
        raise RuntimeError(f"chromium wrote no PDF for seed {variant.seed}")


def cached_pdf(variant: Variant, folder: Path) -> Path:
    """The variant's PDF, ``<seed>.<hash of its HTML>.pdf``: printed only when this HTML never was.

    The name carries the HTML's hash because several trees (main and a helper's branch, with
    different generator versions) share one cache; each finds its own prints and none overwrites
    another's. A print is written under a temporary name and renamed, so a reader never sees half.
    """
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(variant.html.encode()).hexdigest()[:12]
    pdf = folder / f"{variant.seed}.{digest}.pdf"
    if not pdf.is_file():
        partial = folder / f".{variant.seed}.{digest}.{os.getpid()}.pdf"
        render(variant, partial)
        os.replace(partial, pdf)
    return pdf


def unseen_truth(variant: Variant, pdf: Path) -> list[str]:
    """Truth the printed page does not show (a generator fault, e.g. text pushed off the page),
    checked with the corpus's visibility test on poppler's text (it reads ligature glyphs that
    pdfminer leaves as private-use characters), not with the project's parser."""
    import corpus_score  # noqa: F401  (puts scripts/ on the path, for corpus.visible)
    from corpus.visible import PageText, file_text

    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    else:
        text = file_text(pdf)[0]
    page = PageText(text)
    two_digit = variant.style["date_format"] == "mon 'yy"
    wanted = [variant.truth["contact"]["name"]]
    for kind in ("experience", "projects", "activities"):
        for entry in variant.truth[kind]:
            wanted += [entry["title"], entry["company"], *entry["bullets"]]
            for d in (entry["start"], entry["end"]):
                if d and d != "present":
                    wanted.append(d[2:4] if two_digit else d[:4])
    return [w for w in wanted if w and not page.shows(w)]


def score_variant(variant: Any, pdf: Path, verbose: bool) -> tuple[Any, list[str], bool]:
    """Parse and score one printed variant: its Counts, the notes on what failed, and whether the
    page shows less than its truth (a generator fault). A crash is a result, counted like the corpus."""
    from corpus_score import score_file

    from resume_tailor.resume import parse_resume

    notes: list[str] = []
    unseen = unseen_truth(variant, pdf)
    if verbose and unseen:
        notes.append(f"GENERATOR FAULT: truth not on the page: {unseen[:3]}")
    try:
        counts = score_file(variant.truth, parse_resume(pdf), notes)
    except Exception as exc:  # a crash is a result to report, like the corpus run does
        counts = score_file(variant.truth, {"contact": {}})
        counts.crashes = 1
        notes.append(f"CRASH {type(exc).__name__}: {str(exc)[:200]}")
    return counts, notes, bool(unseen)


def run(seeds: range | list[int], set_name: str, verbose: bool = False) -> Any:
    """Print (at most two Chromium at a time), parse and score ``seeds``; return the summed Counts."""
    from corpus_score import Counts


    variants = [generate(s) for s in seeds]
    folder = CACHE / set_name
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda v: cached_pdf(v, folder), variants))
    total = Counts()
    faults = 0
    for variant, pdf in zip(variants, pdfs, strict=True):
        counts, notes, fault = score_variant(variant, pdf, verbose)
        faults += fault
        total.add(counts)
        if verbose and notes:
            shown = {k: v for k, v in variant.style.items() if k not in ("jobs", "bullets_per_job")}
            print(f"--- seed {variant.seed} {pdf}\n    style {shown}")
            print("\n".join(f"    {line}" for line in notes))
    if faults:
        print(f"{faults} files show less than their truth (generator faults, not parser failures)")
    return total


def summary_row(label: str, counts: Any) -> str:
    """One row in the corpus benchmark's headline columns."""
    from parse_corpus import HEADLINE, LABELS

    rates = counts.rates()
    cells = "".join(("  -  " if rates[h] is None else f"{rates[h]:.3f}").rjust(9) for h in HEADLINE)
    head = "set".ljust(12) + "".join(LABELS[h].rjust(9) for h in HEADLINE) + "  crashes  files"
    return (
        f"{head}\n{label:12}{cells}  {counts.crashes:7d}  {counts.files:5d}\n"
        f"experience P {counts.exp_tp}/{counts.exp_pred} R {counts.exp_tp}/{counts.exp_true}; "
        f"dates {counts.dates_ok}/{counts.dates_n}; "
        f"education {counts.edu_tp}/{counts.edu_pred}/{counts.edu_true}; "
        f"projects+activities {counts.pa_tp}/{counts.pa_pred}/{counts.pa_true}; "
        f"bullets {counts.bullets_ok}/{counts.bullets_n}; contact {counts.contact_ok}/{counts.contact_n}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", choices=["A", "B"], default="A", help="A: tuning seeds; B: held out")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("-v", "--verbose", action="store_true", help="each file's failures (set A only)")
    ap.add_argument("--seed", type=int, action="append", help="only this set-A seed (repeatable; implies -v)")
    args = ap.parse_args()
    if args.verbose and args.set == "B":
        ap.error("set B is held out: its failures are never printed (no -v with --set B)")
    if args.seed and (args.set == "B" or any(s >= HELD_OUT_FROM for s in args.seed)):
        ap.error("--seed is for set-A seeds only (set B is held out)")
    if chromium() is None:
        print("chromium is not installed", file=sys.stderr)
        return 2
    first = 0 if args.set == "A" else HELD_OUT_FROM
    seeds = args.seed or range(first, first + args.n)
    counts = run(seeds, args.set, args.verbose or bool(args.seed))
    print(summary_row(f"{args.set} ({len(seeds)})", counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
