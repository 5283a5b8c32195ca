"""Project, activity, leadership and volunteering sections written the ways people write them,
printed to PDF, parsed and scored (truth by construction).

Each resume is a whole page from ``experience_variants`` (contact, experience, education, skills,
extras, page structure, fonts: its pools and its set A/B rule) whose projects and activities are
replaced by sections drawn here: a project's name line with its tech stack ("Name | Python,
React", "Name — Tech: …"), a link ("Name (github.com/…)", "Source · Demo"), dates on the right or
in a rail or none, a role line ("Team Lead"), a hackathon or award suffix, a tech or course line
under the name, one-line projects ("Name: what it does"), paragraph descriptions; activities as
"Role, Organisation", the organisation over the role or the role over the organisation, "Org —
Role (dates)", "Role at Org", dates first or in a rail; headings "Projects", "Personal Projects",
"Leadership & Activities", "Volunteer Experience", "Extracurriculars" and more.

Truth follows the corpus convention (``scripts/corpus/people.py``): a project's title is its name
and it names no organisation (so the parsed employer does not count); an activity's title is the
role and its organisation the employer (``corpus_score`` lets the two swap). Suffixes, tech
stacks, links, role and course lines are never part of a name. Dates of projects and activities
are not scored (the corpus scores experience dates only).

The pool split is a rule, fixed before any result was seen: the first member of each pool below
always tunes; any other member is held out when ``sha256("projects/<pool>/<member>")`` is 0 mod 3.
Seeds < 100000 (set A) draw only tune members (here and in ``experience_variants``' pools); seeds
from 100000 (set B, held out: aggregate only) draw from all members.

    PYTHONPATH=src:benchmarks python benchmarks/project_variants.py [--set A|B] [-n 150] [-v]
    PYTHONPATH=src:benchmarks python benchmarks/project_variants.py --seed 7   # one set-A file
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import experience_variants as ev
from experience_variants import _e, lr

HELD_OUT_FROM = ev.HELD_OUT_FROM

POOLS: dict[str, list[str]] = {
    # how a project's header is written
    "proj_head": [
        "name_only",  # Name
        "name_dates_right",  # Name ........ Mar 2022
        "name_pipe_tech",  # Name | Python, React
        "name_pipe_tech_dates_right",  # Name | Python, React ........ 2022
        "name_dash_tech_label",  # Name — Tech: Python, React
        "name_paren_link",  # Name (github.com/user/name)
        "name_link_right",  # Name ........ github.com/user/name
        "name_tech_below",  # Name / Technologies: Python, Flask
        "name_role_below",  # Name ........ dates / Team Lead
        "name_dash_role",  # Name — Team Lead ........ dates
        "name_award_suffix",  # Name — 1st Place, HackNorth 2023
        "name_event_below",  # Name / HackNorth 2023 · Best Use of Data
        "name_colon_desc",  # Name: a tool that … (one line)
        "name_dash_desc",  # Name – a tool that … (one line)
        "rail_left",  # dates in a left column beside the name
        "name_link_words",  # Name | Source | Live Demo
        "list_items",  # each project a list item: Name (Python): what it does
        "name_desc_below",  # Name ........ dates / an italic one-line description
        "name_course",  # Name | Course: Machine Learning (CS 4780)
        "name_italic_tech",  # Name  Python · React (italic, same line)
        "dates_first",  # 2022 · Name
        "name_paren_dates",  # Name (2022)
    ],
    # how an activity's role, organisation and dates are written
    "act_head": [
        "role_comma_org_dates_right",  # Treasurer, Chess Club ........ 2021 – 2023
        "role_pipe_org_dates",  # Treasurer | Chess Club | 2021 – 2023
        "org_over_role",  # Chess Club ........ City / Treasurer ........ dates
        "role_over_org",  # Treasurer ........ dates / Chess Club
        "org_dash_role_paren_dates",  # Chess Club — Treasurer (2021 – 2023)
        "role_at_org",  # Treasurer at Chess Club, 2021 – 2023
        "rail_left",  # dates in a left column beside Treasurer / Chess Club
        "org_colon_role",  # Chess Club: Treasurer ........ dates
        "dates_first",  # 2021 – 2023  Treasurer, Chess Club
        "org_left_role_right",  # Chess Club ........ Treasurer / dates
        "list_items",  # each activity a list item: Treasurer, Chess Club (2021 – 2023)
        "role_over_org_dates",  # Treasurer / Chess Club | 2021 – 2023
        "org_over_role_dates_line",  # CHESS CLUB / Treasurer / 2021 – 2023
    ],
    # what a project or activity says below its header
    "body": ["ul", "paragraph", "none", "typed", "one_sentence", "desc_then_ul"],
    "proj_heading": [
        "Projects",
        "Personal Projects",
        "Selected Projects",
        "Side Projects",
        "Technical Projects",
        "Academic Projects",
        "Key Projects",
        "Open Source Projects",
        "Project Experience",
        "Notable Projects",
        "Portfolio",
        "Research Projects",
        "Course Projects",
        "Hackathons",
        "Projects & Hackathons",
        "Relevant Projects",
    ],
    "act_heading": [
        "Leadership & Activities",
        "Volunteer Experience",
        "Extracurriculars",
        "Extracurricular Activities",
        "Leadership",
        "Volunteering",
        "Activities",
        "Community Involvement",
        "Campus Involvement",
        "Leadership Experience",
        "Community Service",
        "Volunteer Work",
        "Leadership and Service",
        "Service",
        "Involvement",
        "Activities & Leadership",
        "Volunteer & Leadership",
        "Affiliations",
    ],
    # how a project's name is formed
    "name_form": ["title_case", "repo_name", "long_descriptive", "camel_case", "caps"],
    "tech_sep": [", ", " · ", " / ", " | "],
    "link_host": ["github.com", "gitlab.com", "devpost.com", "www.portfolio.dev"],
    # where the sections go
    "placement": ["after_experience", "before_experience", "after_education"],
}

_TITLE_NAMES = [
    "Tide Chart",
    "Harbor Watch",
    "Quiet Hours",
    "Parcel Tracker",
    "Mosaic Notes",
    "Signal Board",
    "Course Planner",
    "Bike Share Forecast",
    "Smart Mirror",
    "Library Checkout System",
    "Parking Spot Finder",
    "Recipe Scaler",
    "Trail Finder",
    "Open Pantry",
    "Garden Sensor Hub",
    "Budget Buddy",
    "Study Room Booker",
    "Chess Engine",
    "Ray Tracer",
    "Campus Lost and Found",
]
_REPO_NAMES = ["tinygrep", "dotfiles", "ledger-lite", "fern-bot", "pixel-sort", "quill-cli", "mapmerge"]
_REPO_NAMES += ["csv2sql", "hydrant", "orbit-sim", "lexi", "stackwatch"]
_LONG_NAMES = [
    "Predicting Housing Prices with Gradient Boosting",
    "Sentiment Analysis of Product Reviews",
    "Real-Time Bus Arrival Prediction",
    "Automated Plant Watering System",
    "Customer Churn Model for a Telecom Dataset",
    "Traffic Sign Recognition with CNNs",
    "Energy Usage Dashboard for Campus Buildings",
    "Inventory Forecasting for a Local Bakery",
]
_CAMEL_NAMES = ["TaskFlow", "StudyBuddy", "RentWise", "PawPal", "FitTrack", "MealMate", "NoteSync"]
_CAMEL_NAMES += ["ShelfLife", "GreenRoute", "CodeCourier"]
_TECH = ["Python", "Flask", "React", "TypeScript", "PostgreSQL", "Docker", "AWS", "Node.js", "Swift"]
_TECH += ["Kotlin", "TensorFlow", "PyTorch", "Pandas", "Arduino", "C++", "Go", "Rust", "Firebase"]
_TECH += ["MongoDB", "Django", "Tableau", "Unity", "Java", "scikit-learn"]
_PROJECT_ROLES = ["Team Lead", "Lead Developer", "Backend Developer", "Project Lead", "Solo Developer"]
_PROJECT_ROLES += ["Frontend Developer", "Data Lead", "Scrum Master"]
_EVENTS = ["HackNorth", "CalHacks", "MHacks", "HackTheValley", "PennApps", "Lakeside Hack Day"]
_AWARDS = ["1st Place", "Winner", "Best Use of Data", "Runner-Up", "Best Hardware Hack", "2nd Place"]
_COURSES = [("Machine Learning", "CS 4780"), ("Databases", "CS 3200"), ("Operating Systems", "CS 162")]
_COURSES += [("Human-Computer Interaction", "INFO 340"), ("Embedded Systems", "ECE 3140")]
_ACT_ROLES = [
    "Treasurer",
    "President",
    "Vice President",
    "Secretary",
    "Volunteer",
    "Mentor",
    "Tutor",
    "Team Captain",
    "Event Coordinator",
    "Peer Advisor",
    "Founder",
    "Co-Founder",
    "Outreach Chair",
    "Fundraising Lead",
    "Student Ambassador",
    "Resident Assistant",
    "Editor-in-Chief",
    "Youth Soccer Coach",
    "Section Leader",
    "Member",
    "Volunteer Tutor",
    "Crisis Line Volunteer",
    "Head Counselor",
    "Board Member",
]
_ACT_ORGS = [
    "Chess Club",
    "Robotics Team",
    "Habitat for Humanity",
    "American Red Cross",
    "Society of Women Engineers",
    "Debate Society",
    "Student Government Association",
    "Model United Nations",
    "Girls Who Code",
    "ACM Student Chapter",
    "IEEE Student Branch",
    "Marching Band",
    "Varsity Soccer",
    "Theatre Society",
    "Lakeside Food Bank",
    "Westbrook Animal Shelter",
    "Northfield Public Library",
    "Big Brothers Big Sisters",
    "Camp Wildwood",
    "The Daily Ledger",
    "Hack Club",
    "Entrepreneurship Society",
    "Riverside Tenants Union",
    "Alpha Phi Omega",
]
_PROJ_VERBS = ["Built", "Designed", "Implemented", "Deployed", "Trained", "Wrote", "Added", "Prototyped"]
_PROJ_VERBS += ["Reduced", "Integrated", "Scraped", "Visualised", "Tested", "Shipped"]
_PROJ_OBJECTS = [
    "a scraper for the city's open transit feeds",
    "an offline-first sync layer for the mobile client",
    "unit tests covering the parser and the exporter",
    "a REST API serving the web and mobile apps",
    "a model that flags late deliveries from order history",
    "an interactive map of the collected sensor readings",
    "a login flow with email verification",
    "a caching layer in front of the slowest queries",
    "a continuous integration pipeline with linting and tests",
    "a dashboard of weekly usage for the organisers",
    "a recommendation step based on past choices",
    "the data cleaning steps for three public datasets",
]
_PROJ_RESULTS = [
    "used by {n} students in its first term",
    "cutting load times by {n}%",
    "with {n} stars on GitHub",
    "reaching {n}% accuracy on the held-out data",
    "in a team of {n}",
    "over {n} weekends",
]
_ACT_OBJECTS = [
    "weekly meetings for the club's members",
    "a spring fundraiser for the local shelter",
    "the club budget and its reimbursements",
    "tutoring sessions for first-year students",
    "a mentoring scheme pairing new and senior members",
    "the volunteer rota for weekend food drives",
    "outreach visits to two local high schools",
    "the newsletter and the club's social media",
]
_ACT_VERBS = ["Organised", "Managed", "Ran", "Coordinated", "Led", "Started", "Planned", "Grew"]
_ACT_RESULTS = ["for {n} members", "raising ${n}00", "with {n} volunteers", "twice a month for {n} terms"]
_DESCRIPTIONS = [
    "A web app that helps students find free study rooms on campus",
    "A command-line tool that merges map tiles from several sources",
    "A mobile app for tracking shared household expenses",
    "A browser extension that checks colour contrast on any page",
    "An open-source library for reading messy spreadsheets",
    "A small game written to learn the engine's physics system",
]


def _held(pool: str, member: str) -> bool:
    return (
        member != POOLS[pool][0]
        and int(hashlib.sha256(f"projects/{pool}/{member}".encode()).hexdigest(), 16) % 3 == 0
    )


def is_held(pool: str, member: str) -> bool:
    """Whether ``member`` of this module's ``pool`` is held out (set B only).

    >>> is_held("proj_head", "name_only")
    False
    """
    digest = int(hashlib.sha256(f"projects/{pool}/{member}".encode()).hexdigest(), 16)
    return member != POOLS[pool][0] and digest % 3 == 0


def draw(rng: random.Random, pool: str, held_out: bool) -> str:
    """One member of ``pool`` for a resume of set B (``held_out``) or set A."""
    return rng.choice([m for m in POOLS[pool] if held_out or not is_held(pool, m)])


def _sentence(
    rng: random.Random, verbs: list[str], objects: list[str], results: list[str], used: set[str]
) -> str:
    while True:
        head = f"{rng.choice(verbs)} {rng.choice(objects)}"
        if head not in used:
            used.add(head)
            return f"{head}, {rng.choice(results).format(n=rng.randint(3, 60))}"


def _project_name(rng: random.Random, form: str, taken: set[str]) -> str:
    pool = {
        "title_case": _TITLE_NAMES,
        "repo_name": _REPO_NAMES,
        "long_descriptive": _LONG_NAMES,
        "camel_case": _CAMEL_NAMES,
        "caps": _TITLE_NAMES,
    }[form]
    name = rng.choice([n for n in pool if n not in taken])
    taken.add(name)
    return name.upper() if form == "caps" else name


def _dates(rng: random.Random, style: dict[str, Any], shown: float) -> str:
    """A project's or activity's dates as written (a month, a range, an ongoing range) or none."""
    if rng.random() >= shown:
        return ""
    year, month = rng.randint(2015, 2025), rng.randint(1, 12)
    kind = rng.random()
    if kind < 0.35:
        return ev.date_text(style, year, month)[0]
    end = None if kind > 0.85 else (year + rng.randint(0, 2), rng.randint(1, 12))
    if end is not None and end <= (year, month):
        end = (year + 1, month)
    return ev._range(style, (year, month), end)[0]


def _projects(rng: random.Random, style: dict[str, Any], used: set[str]) -> list[dict[str, Any]]:
    taken: set[str] = set()
    user = style["user"]
    out = []
    for _ in range(rng.randint(1, 4)):
        name = _project_name(rng, style["name_form"], taken)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        out.append(
            {
                "title": name,
                "company": None,
                "dates": _dates(rng, style, 0.6),
                "tech": rng.sample(_TECH, rng.randint(2, 4)),
                "link": f"{style['link_host']}/{user}/{slug}",
                "role": rng.choice(_PROJECT_ROLES),
                "event": f"{rng.choice(_EVENTS)} {rng.randint(2018, 2025)}",
                "award": rng.choice(_AWARDS),
                "course": rng.choice(_COURSES),
                "description": rng.choice(_DESCRIPTIONS),
                "bullets": [
                    _sentence(rng, _PROJ_VERBS, _PROJ_OBJECTS, _PROJ_RESULTS, used)
                    for _ in range(rng.randint(1, 3))
                ],
            }
        )
    return out


def _activities(rng: random.Random, style: dict[str, Any], used: set[str]) -> list[dict[str, Any]]:
    out = []
    for org in rng.sample(_ACT_ORGS, rng.randint(1, 3)):
        out.append(
            {
                "title": rng.choice(_ACT_ROLES),
                "company": org,
                "dates": _dates(rng, style, 0.85),
                "place": rng.choice(["", "", "Austin, TX", "Leeds, UK", "Toronto, ON"]),
                "bullets": [
                    _sentence(rng, _ACT_VERBS, _ACT_OBJECTS, _ACT_RESULTS, used)
                    for _ in range(rng.randint(0, 2))
                ],
            }
        )
    return out


# ---------------------------------------------------------------- HTML, one convention at a time


def _tech(style: dict[str, Any], item: dict[str, Any]) -> str:
    return _e(style["tech_sep"].join(item["tech"]))


def _project_rows(style: dict[str, Any], p: dict[str, Any]) -> dict[str, str]:
    """The project's header in every ``proj_head`` arrangement (escaped HTML)."""
    b, d, tech, link = f"<b>{_e(p['title'])}</b>", _e(p["dates"]), _tech(style, p), _e(p["link"])
    right = (lambda left: lr(style, left, d)) if d else (lambda left: f"<div>{left}</div>")
    course, code = p["course"]
    return {
        "name_only": f"<div>{b}</div>" + (f"<div class='muted small'>{d}</div>" if d else ""),
        "name_dates_right": right(b),
        "name_pipe_tech": f"<div>{b} | <i>{tech}</i></div>" + (f"<div class='muted'>{d}</div>" if d else ""),
        "name_pipe_tech_dates_right": right(f"{b} | <i>{tech}</i>"),
        "name_dash_tech_label": right(f"{b} — {_e(p['tech_label'])} {tech}"),
        "name_paren_link": right(f"{b} ({link})"),
        "name_link_right": lr(style, b, link) + (f"<div class='muted small'>{d}</div>" if d else ""),
        "name_tech_below": right(b) + f"<div><i>{_e(p['tech_label'])} {tech}</i></div>",
        "name_role_below": right(b) + f"<div><i>{_e(p['role'])}</i></div>",
        "name_dash_role": right(f"{b} — <i>{_e(p['role'])}</i>"),
        "name_award_suffix": right(
            f"{b} — {_e(p['award'])}, {_e(p['event'])}"
            if p["suffix_form"] == 0
            else f"{b} ({_e(p['award'])}, {_e(p['event'])})"
        ),
        "name_event_below": right(b) + f"<div><i>{_e(p['event'])} · {_e(p['award'])}</i></div>",
        "name_colon_desc": f"<div>{b}: {_e(p['description'])}.</div>",
        "name_dash_desc": f"<div>{b} – {_e(p['description'])}</div>",
        "rail_left": f"<div>{b}</div>",
        "name_link_words": right(f"{b} | {' | '.join(p['link_words'])}"),
        "name_desc_below": right(b) + f"<div><i>{_e(p['description'])}</i></div>",
        "name_course": right(
            f"{b} | Course: {_e(course)} ({_e(code)})"
            if p["suffix_form"] == 0
            else f"{b}, {_e(code)} Course Project"
        ),
        "name_italic_tech": right(f"{b}&nbsp;&nbsp;<i>{tech}</i>"),
        "dates_first": f"<div>{d + ' · ' if d else ''}{b}</div>",
        "name_paren_dates": f"<div>{b}{' (' + d + ')' if d else ''}</div>",
    }


def _activity_rows(style: dict[str, Any], a: dict[str, Any]) -> dict[str, str]:
    """The activity's header in every ``act_head`` arrangement (escaped HTML)."""
    role, org, d, place = _e(a["title"]), _e(a["company"]), _e(a["dates"]), _e(a["place"])
    right = (lambda left: lr(style, left, d)) if d else (lambda left: f"<div>{left}</div>")
    return {
        "role_comma_org_dates_right": right(f"<b>{role}</b>, {org}"),
        "role_pipe_org_dates": f"<div><b>{role}</b> | {org}{' | ' + d if d else ''}</div>",
        "org_over_role": lr(style, f"<b>{org}</b>", place) + right(f"<i>{role}</i>"),
        "role_over_org": right(f"<b>{role}</b>") + f"<div><i>{org}</i></div>",
        "org_dash_role_paren_dates": f"<div><b>{org}</b> — {role}{' (' + d + ')' if d else ''}</div>",
        "role_at_org": f"<div><b>{role}</b> at {org}{', ' + d if d else ''}</div>",
        "rail_left": f"<div><b>{role}</b></div><div>{org}</div>",
        "org_colon_role": right(f"<b>{org}</b>: {role}"),
        "dates_first": f"<div>{d + '&nbsp;&nbsp; ' if d else ''}<b>{role}</b>, {org}</div>",
        "org_left_role_right": lr(style, f"<b>{org}</b>", f"<i>{role}</i>")
        + (f"<div class='muted'>{d}</div>" if d else ""),
        "list_items": f"{role}, {org}{' (' + d + ')' if d else ''}",
        "role_over_org_dates": f"<div><b>{role}</b></div><div>{org}{' | ' + d if d else ''}</div>",
        "org_over_role_dates_line": f"<div><b>{org.upper()}</b></div><div><i>{role}</i></div>"
        + (f"<div class='muted'>{d}</div>" if d else ""),
    }


def _body(style: dict[str, Any], bullets: list[str], desc: str | None) -> tuple[str, list[str]]:
    """(the HTML under an entry's header, the bullets of its truth); ``desc`` is a one-line
    description some bodies print (a project's; an activity has none)."""
    kind = style["body"]
    if kind == "one_sentence" or (kind == "desc_then_ul" and not desc):
        text = desc or (bullets[0] if bullets else "")
        return (f"<div>{_e(text)}.</div>", [text]) if text else ("", [])
    if kind == "desc_then_ul":
        shown = ev.bullets_html({"bullets": "ul"}, bullets)
        return f"<div><i>{_e(desc or '')}</i></div>{shown}", [desc or "", *bullets]
    if kind == "none" or not bullets:
        return "", []
    return ev.bullets_html({"bullets": kind, "bullet_char": style["bullet_char"]}, bullets), bullets


def _entry(rows: str, body: str, dates: str, rail: bool) -> str:
    if not rail:
        return f'<div class="entry">{rows}{body}</div>'
    grid = "display:grid;grid-template-columns:1.1in 1fr;gap:12px"
    rail = f'<div class="muted small">{_e(dates)}</div>'
    return f'<div class="entry" style="{grid}">{rail}<div>{rows}{body}</div></div>'


def projects_section(
    style: dict[str, Any], projects: list[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]]]:
    """(the projects section's HTML, the truth of its entries)."""
    head = style["proj_head"]
    truth, parts = [], []
    if head == "list_items":
        items = []
        for p in projects:
            tech = f" ({_tech(style, p)})" if p["suffix_form"] == 0 else ""
            items.append(f"<li><b>{_e(p['title'])}</b>{tech}: {_e(p['description'])}</li>")
            truth.append(_truth(p, [p["description"]]))
        return ev.section_html(style, style["proj_heading"], f"<ul>{''.join(items)}</ul>"), truth
    for p in projects:
        if head in ("name_colon_desc", "name_dash_desc"):  # the header says what the project is
            body, bullets = "", [p["description"]]
        elif head == "name_desc_below":
            body, bullets = _body(style, p["bullets"], None)
            bullets = [p["description"], *bullets]
        else:
            body, bullets = _body(style, p["bullets"], p["description"])
        parts.append(_entry(_project_rows(style, p)[head], body, p["dates"], head == "rail_left"))
        truth.append(_truth(p, bullets))
    return ev.section_html(style, style["proj_heading"], "".join(parts)), truth


def activities_section(
    style: dict[str, Any], heading: str, activities: list[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]]]:
    """(an activities section's HTML, the truth of its entries)."""
    head = style["act_head"]
    truth, parts = [], []
    if head == "list_items":
        items = "".join(f"<li>{_activity_rows(style, a)[head]}</li>" for a in activities)
        return ev.section_html(style, heading, f"<ul>{items}</ul>"), [_truth(a, []) for a in activities]
    for a in activities:
        body, bullets = _body(style, a["bullets"], None)
        parts.append(_entry(_activity_rows(style, a)[head], body, a["dates"], head == "rail_left"))
        truth.append(_truth(a, bullets))
    return ev.section_html(style, heading, "".join(parts)), truth


def _truth(item: dict[str, Any], bullets: list[str]) -> dict[str, Any]:
    return {
        "title": item["title"],
        "company": item["company"],
        "location": None,
        "start": None,
        "end": None,
        "bullets": [b for b in bullets if b],
    }


# ---------------------------------------------------------------- whole resumes

_SECTION_RE = re.compile(r'<section[^>]*data-kind="(?P<kind>experience|education)"')


def _insert(page: str, sections: str, placement: str, boxed: bool) -> str:
    """Put ``sections`` before or after the experience (or education) section of ``page``."""
    if boxed:
        sections = sections.replace("<section", '<section class="boxed"')
    found = {m.group("kind"): m for m in _SECTION_RE.finditer(page)}
    where = found["experience"]
    if placement == "after_education" and "education" in found and "<aside" not in page:
        where = found["education"]
    if placement == "before_experience":
        at = where.start()
    else:
        at = page.index("</section>", where.start()) + len("</section>")
    return page[:at] + sections + page[at:]


def _own_style(rng: random.Random, held_out: bool, user: str) -> dict[str, Any]:
    style = {name: draw(rng, name, held_out) for name in POOLS}
    style["user"] = user
    style["sections"] = rng.choice(["both", "both", "both", "projects", "activities", "two_activity"])
    if style["act_head"] == "list_items" and style["body"] not in ("none", "one_sentence"):
        style["act_head"] = POOLS["act_head"][0]  # a list item carries no list of its own
    return style


def generate(seed: int) -> ev.Variant:
    """One whole resume whose projects and activities are drawn here, with its truth.

    >>> v = generate(3)
    >>> all(p["title"].lower() in v.html.lower() for p in v.truth["projects"])
    True
    """
    rng = random.Random(seed)
    held_out = seed >= HELD_OUT_FROM
    style = ev._style(rng, held_out)
    third = random.Random(f"{seed}/round three")
    style |= {name: ev.draw(third, name, held_out) for name in ev.ROUND_THREE}
    data = ev._people(rng, style, held_out)
    data["projects"], data["activities"] = [], []
    page = ev.page_html(rng, style, data)
    own = random.Random(f"{seed}/projects")
    user = data["contact"]["links"][0].rsplit("/", 1)[-1]
    style |= _own_style(own, held_out, user)
    used: set[str] = set(data["used"])
    truth = ev.truth_of(data, style)
    html = ""
    if style["sections"] != "activities":
        projects = _projects(own, style, used)
        for p in projects:
            p["tech_label"] = own.choice(["Tech:", "Tech Stack:", "Technologies:", "Built with", "Stack:"])
            p["suffix_form"] = own.randint(0, 1)
            p["link_words"] = own.choice([["Source", "Live Demo"], ["GitHub"], ["Code", "Website"], ["Demo"]])
        section, truth["projects"] = projects_section(style, projects)
        html += section
    if style["sections"] != "projects":
        headings = [style["act_heading"]]
        if style["sections"] == "two_activity":
            headings.append(draw(own, "act_heading", held_out))
            headings = list(dict.fromkeys(headings))
        for heading in headings:
            section, entries = activities_section(style, heading, _activities(own, style, used))
            html += section
            truth["activities"] += entries
    page = _insert(page, html, style["placement"], style["page"] == "boxed_sections")
    return ev.Variant(seed, style, page, truth)


def run(seeds: range | list[int], set_name: str, verbose: bool = False) -> Any:
    """Print (at most two Chromium at a time), parse and score ``seeds``; return the summed Counts."""
    from corpus_score import Counts


    variants = [generate(s) for s in seeds]
    folder = ev.CACHE / f"projects-{set_name}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda v: ev.cached_pdf(v, folder), variants))
    total = Counts()
    faults = 0
    for variant, pdf in zip(variants, pdfs, strict=True):
        counts, notes, fault = ev.score_variant(variant, pdf, verbose)
        faults += fault
        total.add(counts)
        notes = [
            n
            for n in notes
            if "project/activity" in n or "activities" in n or "projects" in n or "CRASH" in n
        ]
        if verbose and notes:
            shown = {k: variant.style[k] for k in (*POOLS, "page", "heading_style", "sections")}
            print(f"--- seed {variant.seed} {pdf}\n    style {shown}")
            print("\n".join(f"    {line}" for line in notes))
    if faults:
        print(f"{faults} files show less than their truth (generator faults, not parser failures)")
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", choices=["A", "B"], default="A", help="A: tuning seeds; B: held out")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="each file's project/activity failures (set A)"
    )
    ap.add_argument("--seed", type=int, action="append", help="only this set-A seed (repeatable; implies -v)")
    args = ap.parse_args()
    if args.verbose and args.set == "B":
        ap.error("set B is held out: its failures are never printed (no -v with --set B)")
    if args.seed and (args.set == "B" or any(s >= HELD_OUT_FROM for s in args.seed)):
        ap.error("--seed is for set-A seeds only (set B is held out)")
    if ev.chromium() is None:
        print("chromium is not installed", file=sys.stderr)
        return 2
    first = 0 if args.set == "A" else HELD_OUT_FROM
    seeds = args.seed or range(first, first + args.n)
    counts = run(seeds, args.set, args.verbose or bool(args.seed))
    print(ev.summary_row(f"{args.set} ({len(seeds)})", counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
