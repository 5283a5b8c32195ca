"""Experience dates in many notations and placements, printed, parsed and scored (truth by construction).

A seeded generator writes a resume whose experience entries carry their dates in one notation
("Mar 2019", "03.2019", "2019-03", "3/19", "Mar '19", "Q2 2019", "März 2019", "Summer 2019",
"2019–20", ...), one word for "now", one dash, one range form ("Since Mar 2019", "(… – …)",
"From … to …") and one placement (right-aligned, after the title, on its own line below or above,
in a left or right rail, in a rail so narrow the range wraps, in a table cell, inside
"Employer | Place | Dates", first on the line, ...). It prints the page with the helpers of
``experience_variants`` (same HTML conventions, same Chromium flags, same render cache layout,
under ``~/.cache/resume-tailor-corpus/variants/dates-<set>/``), checks that the printed page shows
every date it wrote, parses it with ``parse_resume`` and scores the dates of the experience
entries the parser found (paired on title and employer as the corpus benchmark does): start and
end, year and month (where the notation shows a month), and "present".

The entries' titles, employers and bullets come from ``experience_variants``'s people with its
plainest conventions, so what varies here is the dates.

The pool split is a rule, fixed in this file's first commit before any result was seen: the
first member of each pool always tunes; any other member is held out when
``sha256("dates/<pool>/<member>")`` is 0 mod 3. Seeds < 100000 (set A) draw only tune members;
seeds from 100000 (set B, held out) draw from all members and print aggregates only. Members
added later fall under the same rule.

    PYTHONPATH=src:benchmarks python benchmarks/date_variants.py [--set A|B] [-n 150] [-v]
    PYTHONPATH=src:benchmarks python benchmarks/date_variants.py --seed 63   # one set-A file
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import experience_variants as ev

HELD_OUT_FROM = 100_000

POOLS: dict[str, list[str]] = {
    # how one date is written (what it shows: month and year, or the year only)
    "notation": [
        "mon",  # Mar 2019
        "month",  # March 2019
        "mon.",  # Mar. 2019, Sept. 2019
        "MON",  # MAR 2019
        "MONTH",  # MARCH 2019
        "mm/yyyy",  # 03/2019
        "m/yyyy",  # 3/2019
        "yyyy-mm",  # 2019-03
        "mm.yyyy",  # 03.2019
        "yyyy.mm",  # 2019.03
        "yyyy/mm",  # 2019/03
        "mm-yyyy",  # 03-2019
        "mm/yy",  # 03/19
        "m/yy",  # 3/19
        "mon 'yy",  # Mar '19
        "mon ’yy",  # Mar ’19
        "mon-yy",  # Mar-19
        "mon-yyyy",  # Mar-2019
        "month, yyyy",  # March, 2019
        "mon, yyyy",  # Mar, 2019
        "mm/dd/yyyy",  # 03/01/2019
        "d mon yyyy",  # 1 Mar 2019
        "yyyy",  # 2019
        "yyyy_yy",  # 2019 – 20 (the end year in two digits)
        "season",  # Summer 2019
        "quarter",  # Q2 2019
        "de",  # März 2019
        "fr",  # mars 2019, févr. 2019
        "es",  # marzo 2019
        # round two (the same split rule)
        "yyyy-mm-dd",  # 2019-03-01, as JSON Resume data holds it
        "mon d, yyyy",  # Mar 1, 2019
        "dd/mm/yyyy",  # 01/03/2019
        "dd.mm.yyyy",  # 01.03.2019
        "yyyy mon",  # 2019 Mar
        "month yyyy lower",  # march 2019
        # round six: day-first numbers where the day may be 12 or less (only the document tells), an
        # ordinal day, a part of the year
        "d/m/yyyy",  # 5/3/2019, 17/11/2021
        "dd-mm-yyyy",  # 05-03-2019
        "dth month yyyy",  # 1st March 2019
        "early yyyy",  # Early 2019, Mid 2019, Late 2019
    ],
    # the word for "now" ending an ongoing range
    "present": [
        "Present",
        "Current",
        "Now",
        "Ongoing",
        "To date",
        "Till date",
        "present",
        "Today",
        "Till now",
        "Currently",
        "PRESENT",
        "To Present",
        "heute",
        "Aujourd'hui",
        "Actualidad",
        "Date",
        # round two
        "",  # the end left blank: "Mar 2019 –"
        "Current Role",
        # round three
        "Until now",
        "Present Day",
        # round six
        "To the present",
        "Till present",
        "Continuing",
        "…",  # an ellipsis for the open end: "Mar 2019 – …"
    ],
    # between the two ends
    "dash": [
        " – ",
        "–",
        " - ",
        "-",
        " — ",
        "—",
        " to ",
        " until ",
        " till ",
        " -- ",
        " ~ ",
        " through ",
        " − ",
        # round three
        " → ",
        "→",
        "\u00a0—\u00a0",  # em dash between no-break spaces
        " ‒ ",
        # round four
        "  ",  # no dash at all: the two dates apart, as a theme that draws the dash as an icon prints them
        " » ",
        " ⟶ ",
        " / ",
        " ▸ ",
    ],
    # how the range as a whole is written
    # round six: "onwards" and "from_only" write an ongoing role's start alone ("Mar 2019 onwards",
    # "From Mar 2019"); a finished role as "plain"
    "range_form": [
        "plain",
        "parens",
        "since",
        "from_to",
        "brackets",
        "dates_label",
        "comma_after",
        "onwards",
        "from_only",
    ],
    # round three: how the dates are set (CSS, as themes style them)
    "date_style": [
        "plain",
        "letter_spaced",
        "uppercase_small",
        "italic_grey",
        "icon",
        "wide_spaced",
        "bold",
        # round five
        "theme_colour",  # the dates in the theme's accent colour, as a site theme sets them
    ],
    # where the dates sit relative to the entry's title and employer
    "placement": [
        "right_aligned",  # Title ........ Dates / Employer
        "after_title",  # Title, Employer | Dates
        "below",  # Title / Employer / Dates
        "employer_place_dates",  # Title / Employer | Place | Dates
        "above",  # Dates / Title / Employer
        "left_rail",  # a 1.1in column of dates beside Title / Employer
        "left_rail_wrapped",  # a rail so narrow the range wraps over two or three rows
        "right_rail",  # a 1.3in right column
        "right_rail_wrapped",  # a narrow right column: the range wraps
        "table_cell_left",  # a table row: dates cell, then Title / Employer
        "table_cell_right",  # a table row: Title / Employer, then a dates cell
        "first_on_line",  # Dates | Title, Employer
        "parens_after_title",  # Title (Dates) / Employer
        "employer_right",  # Employer ........ Dates / Title
        "stacked_rail",  # start and end on two rows of a left rail, by a line break
        "right_aligned_under",  # Title ........ Place / Employer ........ Dates
        # round two
        "between_title_employer",  # Title / Dates / Employer
        "employer_parens",  # Title / Employer (Dates)
        "dates_then_place",  # Title / Employer / Dates | Place
        # round five: site themes printed narrow or wide (Start Bootstrap's "Resume" and the like)
        "after_bullets",  # Title / Employer / bullets / Dates: the date block after the description
        "after_paragraph",  # Title / Employer / a paragraph / Dates
        "caps_after_bullets",  # TITLE / EMPLOYER set large in capitals / bullets / Dates
        "flex_right_column",  # a flex row: Title / Employer / bullets, then a shrink-to-fit dates column
    ],
}
# notations that show the year only (the truth is then YYYY)
YEAR_ONLY = {"yyyy", "yyyy_yy", "season", "quarter", "early yyyy"}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_FOREIGN = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
_SEASONS = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer"}
_SEASONS |= {7: "Summer", 8: "Summer", 9: "Fall", 10: "Fall", 11: "Fall"}


def _digest(pool: str, member: str) -> int:
    return int(hashlib.sha256(f"dates/{pool}/{member}".encode()).hexdigest(), 16)


def is_held(pool: str, member: str) -> bool:
    """Whether ``member`` of ``pool`` is held out (set B only).

    >>> is_held("placement", "right_aligned")
    False
    """
    return member != POOLS[pool][0] and _digest(pool, member) % 3 == 0


def members(pool: str, held_out: bool) -> list[str]:
    """The members a resume of set B (``held_out``) or set A may draw from ``pool``."""
    return [m for m in POOLS[pool] if held_out or not is_held(pool, m)]


# ---------------------------------------------------------------- one date, one range


def date_text(notation: str, year: int, month: int) -> str:
    """One date as ``notation`` writes it.

    >>> date_text("mm.yyyy", 2019, 3), date_text("quarter", 2019, 5), date_text("fr", 2019, 2)
    ('03.2019', 'Q2 2019', 'févr. 2019')
    """
    name, yy = _MONTHS[month - 1], f"{year % 100:02d}"
    day = 1 + (7 * year + 5 * month) % 28  # a day over 12 in some dates of a resume, not in all
    if notation in _FOREIGN:
        return f"{_FOREIGN[notation].split()[month - 1]} {year}"
    return {
        "mon": f"{name[:3]} {year}",
        "month": f"{name} {year}",
        "mon.": f"{name[:4] if name == 'September' else name[:3]}. {year}"
        if len(name) > 4
        else f"{name} {year}",
        "MON": f"{name[:3].upper()} {year}",
        "MONTH": f"{name.upper()} {year}",
        "mm/yyyy": f"{month:02d}/{year}",
        "m/yyyy": f"{month}/{year}",
        "yyyy-mm": f"{year}-{month:02d}",
        "mm.yyyy": f"{month:02d}.{year}",
        "yyyy.mm": f"{year}.{month:02d}",
        "yyyy/mm": f"{year}/{month:02d}",
        "mm-yyyy": f"{month:02d}-{year}",
        "mm/yy": f"{month:02d}/{yy}",
        "m/yy": f"{month}/{yy}",
        "mon 'yy": f"{name[:3]} '{yy}",
        "mon ’yy": f"{name[:3]} ’{yy}",
        "mon-yy": f"{name[:3]}-{yy}",
        "mon-yyyy": f"{name[:3]}-{year}",
        "month, yyyy": f"{name}, {year}",
        "mon, yyyy": f"{name[:3]}, {year}",
        "mm/dd/yyyy": f"{month:02d}/01/{year}",
        "d mon yyyy": f"1 {name[:3]} {year}",
        "yyyy-mm-dd": f"{year}-{month:02d}-01",
        "mon d, yyyy": f"{name[:3]} 1, {year}",
        "dd/mm/yyyy": f"{1 + (year + month) % 28:02d}/{month:02d}/{year}",
        "dd.mm.yyyy": f"{1 + (year + month) % 28:02d}.{month:02d}.{year}",
        "yyyy mon": f"{year} {name[:3]}",
        "month yyyy lower": f"{name.lower()} {year}",
        "d/m/yyyy": f"{day}/{month}/{year}",
        "dd-mm-yyyy": f"{day:02d}-{month:02d}-{year}",
        "dth month yyyy": f"{_ordinal(day)} {name} {year}",
        "early yyyy": f"{('Early', 'Mid', 'Late')[(month - 1) // 4]} {year}",
        "yyyy": str(year),
        "yyyy_yy": str(year),
        "season": f"{_SEASONS[month]} {year}",
        "quarter": f"Q{(month - 1) // 3 + 1} {year}",
    }[notation]


def _ordinal(day: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def truth_date(notation: str, year: int, month: int) -> str:
    """What the page shows of a date: ``YYYY-MM``, or ``YYYY`` for a notation without months."""
    return str(year) if notation in YEAR_ONLY else f"{year}-{month:02d}"


@dataclass
class Dated:
    """One entry's range as written, its two halves as written, and its truth."""

    text: str
    start_text: str
    end_text: str
    start: str
    end: str


def range_text(style: dict[str, Any], start: tuple[int, int], end: tuple[int, int] | None) -> Dated:
    """The range of one entry (``end`` None: ongoing) in the resume's notation, dash and form.

    >>> s = {"notation": "mon", "dash": " – ", "present": "Present", "range_form": "since"}
    >>> range_text(s, (2019, 3), None).text
    'Since Mar 2019'
    """
    notation, dash, form = style["notation"], style["dash"], style["range_form"]
    a = date_text(notation, *start)
    s_truth = truth_date(notation, *start)
    if end is None:
        b, e_truth = style["present"], "present"
    else:
        b, e_truth = date_text(notation, *end), truth_date(notation, *end)
        if notation == "yyyy_yy" and end[0] != start[0] and end[0] // 100 == start[0] // 100:
            b = f"{end[0] % 100:02d}"
    if form == "since" and end is None:
        return Dated(f"Since {a}", a, "", s_truth, e_truth)
    if form in ("onwards", "from_only") and end is None:
        return Dated(f"{a} onwards" if form == "onwards" else f"From {a}", a, "", s_truth, e_truth)
    body = f"{a}{dash}{b}".rstrip()
    text = {
        "parens": f"({body})",
        "from_to": f"From {a} to {b}",
        "brackets": f"[{body}]",
        "dates_label": f"Dates: {body}",
        "comma_after": f"{body},",
        "from_only": f"From {a} to {b}",
    }.get(form, body)
    return Dated(text, a, b, s_truth, e_truth)


# ---------------------------------------------------------------- the resume


def _style(rng: random.Random, held_out: bool) -> dict[str, Any]:
    style: dict[str, Any] = {pool: rng.choice(members(pool, held_out)) for pool in POOLS}
    # the rest as the plainest experience_variants resume writes it: dates are what varies here
    style |= {
        "right_align": rng.choice(ev.members("right_align", False)),
        "font": rng.choice(ev.members("font", False)),
        "page_size": rng.choice(["A4", "Letter"]),
        "size": rng.choice([9.5, 10.0, 10.5, 11.0]),
        "heading_style": "caps",
        "heading_icon": "",
        "contact_layout": "centered_line",
        "sep": " | ",
        "join": ", ",
        "bullets": "ul",
        "jobs": rng.randint(2, 6),
        "bullets_per_job": rng.randint(1, 3),
        # what experience_variants' people builder reads (its dates are rewritten here)
        "date_format": "yyyy-mm",
        "present": style["present"],
        "entry_extra": "none",
    }
    if style["placement"] == "after_title" and style["range_form"] == "comma_after":
        style["range_form"] = "plain"  # "Title, Employer | Mar 2019 – Present," ends nothing
    return style


def _months(iso: str) -> tuple[int, int]:
    year, month = iso.split("-")
    return int(year), int(month)


def _jobs(rng: random.Random, style: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """experience_variants' people, with each job's range rewritten in this resume's conventions."""
    data = ev._people(rng, style, False)
    jobs = []
    for job in data["jobs"]:
        start = _months(job["start"])
        end = None if job["end"] == "present" else _months(job["end"])
        jobs.append({**job, "dated": range_text(style, start, end)})
    return jobs, data


_DATE_CSS = {
    "plain": "",
    "letter_spaced": "letter-spacing:1.5px",
    "uppercase_small": "text-transform:uppercase;font-size:0.85em;letter-spacing:0.5px",
    "italic_grey": "font-style:italic;color:#666",
    "wide_spaced": "letter-spacing:3px",
    "bold": "font-weight:bold",
    "theme_colour": "color:#bd5d38",
}


def styled(style: dict[str, Any], dates_html: str) -> str:
    """The dates as the resume sets them: letter-spaced, in small capitals, after a calendar glyph..."""
    if style["date_style"] == "icon":
        return f"<span>🗓 {dates_html}</span>"
    css = _DATE_CSS[style["date_style"]]
    return f'<span style="{css}">{dates_html}</span>' if css else dates_html


def header_html(style: dict[str, Any], job: dict[str, Any]) -> tuple[str, str]:
    """(the entry's header rows, and the rail or cell its dates go in: "" when in the rows)."""
    t, c, loc = f"<b>{ev._e(job['title'])}</b>", ev._e(job["company"]), ev._e(job["location"])
    d = styled(style, ev._e(job["dated"].text))
    lr = ev.lr
    rows = {
        "right_aligned": lr(style, t, d) + f"<div><i>{c}</i></div>",
        "after_title": f"<div>{t}, {c} | {d}</div>",
        "below": f"<div>{t}</div><div>{c}</div><div class='muted'>{d}</div>",
        "employer_place_dates": f"<div>{t}</div><div>{c} | {loc} | {d}</div>",
        "above": f"<div class='muted small'>{d}</div><div>{t}</div><div>{c}</div>",
        "first_on_line": f"<div>{d} | {t}, {c}</div>",
        "parens_after_title": f"<div>{t} ({d})</div><div>{c}</div>",
        "employer_right": lr(style, f"<b>{c}</b>", d) + f"<div><i>{ev._e(job['title'])}</i></div>",
        "right_aligned_under": lr(style, t, loc) + lr(style, f"<i>{c}</i>", d),
        "between_title_employer": f"<div>{t}</div><div class='muted small'>{d}</div><div>{c}</div>",
        "employer_parens": f"<div>{t}</div><div>{c} ({d})</div>",
        "dates_then_place": f"<div>{t}</div><div>{c}</div><div class='muted'>{d} | {loc}</div>",
    }
    if style["placement"] in rows:
        return rows[style["placement"]], ""
    return f"<div>{t}</div><div>{c}</div>", style["placement"]


_CAPS_TITLE = "font-size:1.6em;text-transform:uppercase;font-weight:bold;line-height:1.1"
_CAPS_EMPLOYER = "font-size:1.35em;text-transform:uppercase;margin-bottom:6px"
SITE_THEME = {"after_bullets", "after_paragraph", "caps_after_bullets", "flex_right_column"}


def site_theme_html(style: dict[str, Any], job: dict[str, Any]) -> str:
    """An entry as a site theme sets it: title, employer and points in one block, the dates a span of
    their own after the points (printed narrow) or in a shrink-to-fit column on the right (wide)."""
    placement, bullets = style["placement"], job["bullets"]
    t, c = ev._e(job["title"]), ev._e(job["company"])
    d = f"<div>{styled(style, ev._e(job['dated'].text))}</div>"
    if placement == "after_paragraph":
        body = f'<p class="para">{" ".join(ev._e(b) + "." for b in bullets)}</p>'
    else:
        body = "<ul>" + "".join(f"<li>{ev._e(b)}</li>" for b in bullets) + "</ul>"
    if placement == "caps_after_bullets":
        head = f'<div style="{_CAPS_TITLE}">{t}</div><div style="{_CAPS_EMPLOYER}">{c}</div>'
    else:
        head = f"<div><b>{t}</b></div><div>{c}</div>"
    gap = f"margin-bottom:{style.get('entry_gap', '7px')}"  # a site theme spaces its entries widely
    if placement != "flex_right_column":
        return f'<div class="entry" style="{gap}">{head}{body}{d}</div>'
    row = f"display:flex;justify-content:space-between;gap:12px;{gap}"
    return (
        f'<div class="entry" style="{row}"><div style="flex-grow:1">{head}{body}</div>'
        f'<div style="flex-shrink:0">{d}</div></div>'
    )


def entry_html(style: dict[str, Any], job: dict[str, Any]) -> str:
    if style["placement"] in SITE_THEME:
        return site_theme_html(style, job)
    head, rail = header_html(style, job)
    body = head + ev.bullets_html(style, job["bullets"])
    if not rail:
        return f'<div class="entry">{body}</div>'
    dated = job["dated"]
    text = ev._e(dated.text)
    if rail == "stacked_rail" and dated.end_text:  # the break after the dash
        cut = dated.text.rindex(dated.end_text)
        text = ev._e(dated.text[:cut].rstrip()) + "<br>" + ev._e(dated.text[cut:])
    text = styled(style, text)
    if rail.startswith("table_cell"):
        cell = "vertical-align:top;padding:0 10px;width:1.25in;white-space:nowrap"
        cells = [f'<td style="{cell}">{text}</td>', f'<td style="vertical-align:top">{body}</td>']
        if rail == "table_cell_right":
            cells = [cells[1], cells[0].replace("padding:0 10px", "padding:0 0 0 10px;text-align:right")]
        return f'<table class="entry row"><tr>{"".join(cells)}</tr></table>'
    width = {"left_rail": "1.15in", "right_rail": "1.3in", "stacked_rail": "1.1in"}.get(rail, "0.68in")
    side = "right" if rail.startswith("right") else "left"
    dates = f"<div class='muted small' style='text-align:{side}'>{text}</div>"
    cols = f"{width} 1fr" if side == "left" else f"1fr {width}"
    cells = dates + f"<div>{body}</div>" if side == "left" else f"<div>{body}</div>" + dates
    return f'<div class="entry" style="display:grid;grid-template-columns:{cols};gap:12px">{cells}</div>'


def page_html(
    rng: random.Random, style: dict[str, Any], jobs: list[dict[str, Any]], data: dict[str, Any]
) -> str:
    """Name and contact, a summary, the experience, education (its year in the notation) and skills."""
    top = ev.name_block(style, data, False)
    summary = (
        f"{jobs[0]['title']} with {len(jobs) + 2} years of experience across operations and analytics. "
        "Known for clear writing and calm delivery."
    )
    parts = [ev.section_html(style, "Summary", f"<p class='para'>{ev._e(summary)}</p>")]
    parts.append(ev.section_html(style, "Experience", "".join(entry_html(style, j) for j in jobs)))
    schools = []
    for e in data["education"]:
        year = int(e["dates"].rsplit("-", 2)[-2][-4:]) if "-" in e["dates"] else 2015
        school = f"<b>{ev._e(e['institution'])}</b>"
        done = ev._e(date_text(style["notation"], year, 6))
        degree = f"<div>{ev._e(e['degree'])} in {ev._e(e['field'])}</div>"
        schools.append(f"<div class='entry'>{ev.lr(style, school, done)}{degree}</div>")
    parts.append(ev.section_html(style, "Education", "".join(schools)))
    parts.append(ev.section_html(style, "Skills", ev.skills_html(rng)))
    css = ev._CSS.format(
        page=style["page_size"], margin=rng.choice([0.5, 0.6, 0.75]), font=style["font"], size=style["size"]
    )
    head = f'<meta charset="utf-8"><style>{css}</style>'
    return f"<!doctype html><html><head>{head}</head><body>{top}{''.join(parts)}</body></html>"


def generate(seed: int) -> ev.Variant:
    """One resume with its truth (experience only; ``dated`` keeps each range as written).

    >>> v = generate(3)
    >>> all(j["dated"].start_text in v.html for j in v.truth["experience"])
    True
    """
    rng = random.Random(f"dates/{seed}")
    style = _style(rng, seed >= HELD_OUT_FROM)
    # the space between a site theme's entries (a draw of its own: the other resumes stay as they were)
    style["entry_gap"] = random.Random(f"dates/{seed}/entry_gap").choice(["7px", "1.2em", "2em", "3em"])
    jobs, data = _jobs(rng, style)
    truth = {
        "contact": data["contact"],
        "experience": [
            {
                "title": j["title"],
                "company": j["company"],
                "location": j["location"],
                "start": j["dated"].start,
                "end": j["dated"].end,
                "bullets": j["bullets"],
                "dated": j["dated"],
            }
            for j in jobs
        ],
    }
    return ev.Variant(seed, style, page_html(rng, style, jobs, data), truth)


# ---------------------------------------------------------------- scoring


@dataclass
class DateCounts:
    """Right / asked, per part of a date, over the entries the parser found."""

    files: int = 0
    entries: int = 0
    found: int = 0
    crashes: int = 0
    faults: int = 0
    ok: Counter[str] = field(default_factory=Counter)
    n: Counter[str] = field(default_factory=Counter)

    def add(self, other: DateCounts) -> None:
        self.files += other.files
        self.entries += other.entries
        self.found += other.found
        self.crashes += other.crashes
        self.faults += other.faults
        self.ok.update(other.ok)
        self.n.update(other.n)

    def tick(self, part: str, right: bool) -> None:
        self.n[part] += 1
        self.ok[part] += right


PARTS = ["range", "start_year", "start_month", "end_year", "end_month", "present"]


def score_dates(truth: dict[str, Any], resume: Any, notes: list[str]) -> DateCounts:
    """Date counts of one file: each paired entry's start and end, part by part."""
    from corpus_score import _get, _pair, parsed_entries

    c = DateCounts(files=1, entries=len(truth["experience"]))
    experience, _ = parsed_entries(resume)
    pairs = _pair(truth["experience"], experience, swap=False)
    c.found = len(pairs)
    for i, j in pairs:
        want, got = truth["experience"][i], experience[j]
        g_start, g_end = _get(got, "start"), _get(got, "end")
        right = [_part_ticks(c, "start", want["start"], g_start), _part_ticks(c, "end", want["end"], g_end)]
        c.tick("range", all(right))
        if not all(right):
            notes.append(
                f"date   {want['dated'].text!r}: want {want['start']}..{want['end']} got {g_start}..{g_end}"
            )
    for i, want in enumerate(truth["experience"]):
        if i not in {p for p, _ in pairs}:
            notes.append(f"missed {want['title']!r} @ {want['company']!r} [{want['dated'].text}]")
    return c


def _part_ticks(c: DateCounts, side: str, want: str, got: str | None) -> bool:
    """Tick the year, month and "present" parts of one end; whether that end is wholly right."""
    if want == "present":
        c.tick("present", got == "present")
        return got == "present"
    got = got if got and got != "present" else ""
    c.tick(f"{side}_year", got[:4] == want[:4])
    if len(want) == 7:
        c.tick(f"{side}_month", got == want)
        return got == want
    return got[:4] == want


def shows_dates(variant: ev.Variant, text: str) -> bool:
    """Whether the printed page's text shows both halves of every range (word by word: a wrapped
    rail puts other words between them)."""
    from corpus.visible import PageText, words

    page = PageText(text)
    seen = set(page.streams[0])
    for entry in variant.truth["experience"]:
        for half in (entry["dated"].start_text, entry["dated"].end_text):
            if half and not page.shows(half) and not all(w in seen for w in words(half)):
                return False
    return True


def _page_text(pdf: Any) -> str:
    import shutil
    import subprocess

    import corpus_score  # noqa: F401  (puts scripts/ on the path)
    from corpus.visible import file_text

    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return file_text(pdf)[0]


def run(
    seeds: range | list[int], set_name: str, verbose: bool = False
) -> tuple[DateCounts, dict[str, DateCounts]]:
    """Print, parse and score ``seeds``; the summed counts and the counts per pool member."""
    from resume_tailor.resume import parse_resume

    variants = [generate(s) for s in seeds]
    folder = ev.CACHE / f"dates-{set_name}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda v: ev.cached_pdf(v, folder), variants))
    total, by_member = DateCounts(), {}
    for variant, pdf in zip(variants, pdfs, strict=True):
        notes: list[str] = []
        if not shows_dates(variant, _page_text(pdf)):
            notes.append("GENERATOR FAULT: a date is not on the page")
        try:
            counts = score_dates(variant.truth, parse_resume(pdf), notes)
        except Exception as exc:  # a crash is a result to report
            counts = DateCounts(files=1, entries=len(variant.truth["experience"]), crashes=1)
            notes.append(f"CRASH {type(exc).__name__}: {str(exc)[:200]}")
        counts.faults = int(any(n.startswith("GENERATOR") for n in notes))
        total.add(counts)
        for pool in POOLS:
            by_member.setdefault(f"{pool}={variant.style[pool]}", DateCounts()).add(counts)
        if verbose and notes:
            shown = {p: variant.style[p] for p in POOLS}
            print(f"--- seed {variant.seed} {pdf}\n    style {shown}")
            print("\n".join(f"    {line}" for line in notes))
    return total, by_member


def summary_row(label: str, c: DateCounts) -> str:
    """Accuracy per part, entries found, crashes and generator faults."""

    def rate(part: str) -> str:
        return f"{c.ok[part] / c.n[part]:.3f}".rjust(12) if c.n[part] else "-".rjust(12)

    head = "set".ljust(16) + "".join(p.rjust(12) for p in PARTS) + "   found  crashes  faults"
    cells = "".join(rate(p) for p in PARTS)
    counts = "; ".join(f"{p} {c.ok[p]}/{c.n[p]}" for p in PARTS)
    return f"{head}\n{label:16}{cells}  {c.found:3d}/{c.entries:<3d} {c.crashes:5d} {c.faults:7d}\n{counts}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", choices=["A", "B"], default="A", help="A: tuning seeds; B: held out")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("-v", "--verbose", action="store_true", help="each file's failures (set A only)")
    ap.add_argument("--members", action="store_true", help="range accuracy per pool member (set A only)")
    ap.add_argument("--seed", type=int, action="append", help="only this set-A seed (repeatable; implies -v)")
    args = ap.parse_args()
    if args.set == "B" and (args.verbose or args.members):
        ap.error("set B is held out: only its aggregates are printed (no -v / --members with --set B)")
    if args.seed and any(s >= HELD_OUT_FROM for s in args.seed):
        ap.error("--seed is for set-A seeds only (set B is held out)")
    if ev.chromium() is None:
        print("chromium is not installed", file=sys.stderr)
        return 2
    first = 0 if args.set == "A" else HELD_OUT_FROM
    seeds = args.seed or range(first, first + args.n)
    total, by_member = run(seeds, args.set, args.verbose or bool(args.seed))
    if args.members:
        for key in sorted(by_member):
            c = by_member[key]
            print(f"{key:40} range {c.ok['range']:4d}/{c.n['range']:<4d} found {c.found}/{c.entries}")
    print(summary_row(f"{args.set} ({len(seeds)})", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
