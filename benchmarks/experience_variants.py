"""Whole resumes in many layout conventions, printed to PDF, parsed and scored (truth by construction).

A seeded generator writes a fictional person's resume as HTML in one convention per pool below
(entry header arrangement, separators, date format, bullets, headings, page structure, extra
sections, font, page size), prints it with headless Chromium and scores ``parse_resume`` on it
with ``corpus_score.score_file``, like the layout corpus.

The pool split is a rule, fixed before any result was seen: the first member of each pool (the
plainest, most common convention) always tunes; any other member is held out when
``sha256("<pool>/<member>")`` is 0 mod 3. Seeds < 100000 (set A) draw only tune members; seeds
from 100000 (set B, held out) draw from all members, so B measures conventions never tuned on.
Members added later fall under the same rule.

    PYTHONPATH=src:benchmarks python benchmarks/experience_variants.py [--set A|B] [-n 150] [-v]
"""

from __future__ import annotations

import hashlib
import random

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
    ],
    # how a right-aligned piece is put on the right
    "right_align": ["flex", "float", "table", "grid"],
    # between title and employer on one line
    "join": [" | ", " — ", " at ", ", ", " · ", " - ", " @ ", " / "],
    # between the other pieces of a line
    "sep": [" | ", " · ", ", ", " — ", "  •  ", " / "],
    "date_format": ["mon", "month", "mm/yyyy", "yyyy-mm", "yyyy", "season", "mon.", "mm.yyyy", "mon 'yy"],
    "present": ["Present", "Current", "Now", "today", "present", "Ongoing"],
    "dash": [" – ", " - ", " — ", " to ", "–", " -- "],
    "bullets": ["ul", "typed", "paragraph", "none", "ul_square", "numbered_none"],
    "bullet_char": ["•", "–", "▪", "*", "·", "›", "◦", "■", "-", "➢"],
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
    ],
    "edu_heading": ["Education", "Academic Background", "Education & Training", "Qualifications", "Studies"],
    "proj_heading": [
        "Projects",
        "Personal Projects",
        "Selected Projects",
        "Side Projects",
        "Technical Projects",
        "Portfolio",
    ],
    "act_heading": [
        "Volunteering",
        "Leadership",
        "Leadership & Activities",
        "Volunteer Experience",
        "Community Involvement",
        "Extracurricular Activities",
        "Activities",
    ],
    "page": ["one_column", "left_sidebar", "right_sidebar", "two_columns", "header_band"],
    "sidebar_sections": ["skills", "contact", "education", "languages"],
    "extras": ["awards", "publications", "certificates", "talks", "references", "interests", "languages"],
    "contact_layout": ["centered_line", "stacked", "split_right", "under_name_bar"],
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
