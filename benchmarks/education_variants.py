"""Education sections in the many ways templates write them, with truth by construction.

A seeded generator renders 1-4 fictional degrees (degree, field, school, place, dates, grade,
honours, coursework, bullets) in one convention per section, drawn from: the order of school, degree
and dates; separators (comma, " | ", " — ", tab, wide gap, brackets, line breaks); degree names and
abbreviations; schools with and without a school word; dates on the line, on a line of their own,
before the entry, right-aligned beside it (a second segment of the row); "Expected", year-only and
month-year dates; lines in capitals; a trailing place; bullets under an entry; (round two) dates
in a left rail, a place right-aligned beside the school, degrees sharing one school, the field first
or with no joining word, "(Hons)", ISO dates, a web address, minors and concentrations, a sidebar
column whose long lines wrap, and schools known without a school word; and (round three) lines that
say more about a degree and must not start an entry of their own: coursework (labelled, as bullets,
a bare comma list, a label over bullets), honours and scholarships (some with a year), a grade on
its own line or right-aligned, thesis and advisor lines, activities and societies (one an exchange
at another school), the field on a line below its degree, a link on the school's line, and another
section (skills, languages, certificates, courses) set right after education with its heading read
as a line of the block (tests/resume/test_education_variants.py lists the layouts); and (round four, from the
layout corpus's dev half) long school names on full-width lines that wrap (under a bullet too), schools named
"... High School" beside the degree "High School Diploma", honours after the school on its line ("...,
First Class Honours"), and a rail date glued to the start of the line; and (round five) school, field
and degree each on a line of its own (JSON Resume's institution / area / studyType, in three orders),
fields whose last word no list of fields knows ("Maritime Logistics"), French "en" between degree and
field, the date after a comma on the school's line, and course lists with course codes ("CS101 -
Introduction to Programming") under an entry; and (round six) a faculty on a line under its
university ("College of Engineering", "Questrom School of Business"), a scholar's title after the
school ("..., Rhodes Scholar"), and a minor after the field on the degree's line. Each section goes through
``parse_education`` as the lines a PDF (with geometry) or a text/DOCX reader (without) hands over,
and is scored as the corpus scores education (same school, every word of degree and field among the
parsed degree + field), plus the end year (and start year when shown).

The convention space is split: seeds < 100000 draw only from the "tune" pools (set A); seeds from
100000 (set B, held out) draw from the tune and held-out pools of degrees, fields, schools,
places, separators and (round three) courses, course labels, honours, thesis lines, activities,
link forms and the sections after education, and (round four) long school names, high schools,
tracks and honours after the school, so B measures conventions never tuned on.

    PYTHONPATH=src:benchmarks python benchmarks/education_variants.py [--set A|B] [-n 600] [-v]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

from resume_tailor.models import Education
from resume_tailor.resume.education import parse_education
from resume_tailor.resume.lines import Line

HELD_OUT_FROM = 100_000

# (text as written, the truth's degree words): the truth keeps the words a reader must keep.
_DEGREES_TUNE = [
    ("B.Sc.", "B.Sc."),
    ("BS", "BS"),
    ("Bachelor of Science", "Bachelor of Science"),
    ("B.A.", "B.A."),
    ("Bachelor of Arts", "Bachelor of Arts"),
    ("M.S.", "M.S."),
    ("MEng", "MEng"),
    ("Master of Science", "Master of Science"),
    ("PhD", "PhD"),
    ("MBA", "MBA"),
    ("Diploma", "Diploma"),
    ("Licenciatura", "Licenciatura"),
    ("B.Tech", "B.Tech"),
    ("Associate of Science", "Associate of Science"),
]
_DEGREES_HELD = [
    ("BEng", "BEng"),
    ("M.A.", "M.A."),
    ("Master of Arts", "Master of Arts"),
    ("MSc", "MSc"),
    ("Doctor of Philosophy", "Doctor of Philosophy"),
    ("Ph.D.", "Ph.D."),
    ("Laurea Magistrale", "Laurea Magistrale"),
    ("Master of Engineering", "Master of Engineering"),
    ("Bachelor of Engineering", "Bachelor of Engineering"),
    ("Diplom", "Diplom"),
    ("M.Tech", "M.Tech"),
]
_FIELDS_TUNE = [
    "Computer Science",
    "Economics",
    "Mechanical Engineering",
    "History",
    "Applied Mathematics",
    "Data Science",
    "Chemistry",
    "Business Administration",
]
_FIELDS_HELD = [
    "Electrical Engineering",
    "Physics",
    "Public Policy",
    "Statistics",
    "Graphic Design",
    "Biology",
]
_TOWNS_TUNE = [
    "Lakeside",
    "Northfield",
    "Hill Valley",
    "Ridgemont",
    "Westbrook",
    "Ashford",
    "Brookhaven",
    "Silverton",
]
_TOWNS_HELD = ["Kingsport", "Marlow", "Oakridge", "Eastwood", "Fairhaven", "Greystone"]
# {t}: a town. The last ones name a school without a school word.
_SCHOOLS_TUNE = [
    "University of {t}",
    "{t} State University",
    "{t} Institute of Technology",
    "{t} College",
    "{t} University",
    "Universidad de {t}",
]
_SCHOOLS_HELD = [
    "Technische Universität {t}",
    "{t} Polytechnic",
    "Université de {t}",
    "{t} School of Economics",
    "{t} Academy of Art",
]
# Schools named without a school word, as many are known ("ETH Zürich", "Sciences Po", "EPFL").
_SCHOOLS_BARE = ["ETH {t}", "TU {t}", "HEC {t}", "{t} Tech", "Sciences Po {t}"]
_PLACES_TUNE = ["Springfield, IL", "Boston, MA", "Austin, TX", "Toronto, Canada"]
_PLACES_HELD = ["Madrid, Spain", "Portland, OR", "Leeds, UK", "Munich, Germany"]
_SEPS_TUNE = [", ", " | ", " — ", "\t"]
_SEPS_HELD = ["  ·  ", " - ", "   "]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
_MONTH_NAMES = ["January", "May", "June", "August", "September", "December"]

# Round three: lines under a degree that say more about it (and must not start an entry), and other
# sections a sidebar sets right after education. Split into tune and held-out pools before any run.
_COURSES_TUNE = [
    "Algorithms",
    "Databases",
    "Operating Systems",
    "Linear Algebra",
    "Microeconomics",
    "Thermodynamics",
]
_COURSES_HELD = [
    "Compilers",
    "Econometrics",
    "Signal Processing",
    "Game Theory",
    "Computer Networks",
    "Real Analysis",
]
_COURSE_LABELS_TUNE = ["Relevant Coursework", "Coursework", "Courses"]
_COURSE_LABELS_HELD = ["Selected Courses", "Key Modules", "Relevant Courses"]
# {y}: a year of the entry. Honours, awards and scholarships, as a line of their own.
_HONOURS_TUNE = [
    "Dean's List, all semesters",
    "Presidential Scholarship",
    "Graduated with Distinction",
    "Best Thesis Award {y}",
    "Dean's List ({y})",
    "Merit Scholarship recipient",
]
_HONOURS_HELD = [
    "Summa Cum Laude",
    "Chancellor's Award for Excellence",
    "Fulbright Scholar",
    "Valedictorian, Class of {y}",
    "Full tuition scholarship",
    "Awarded the Faculty Prize in {y}",
]
_TOPICS = [
    "Sensor networks for river monitoring",
    "Pricing under uncertainty",
    "Design of a university timetabling system",
    "Graph neural networks for traffic forecasting",
    "Labour markets in rural regions",
]
_THESIS_TUNE = [
    "Thesis: {topic}",
    "Dissertation: {topic}",
    "Advisor: Prof. Ana Ruiz",
    "Thesis: \u201c{topic}\u201d",
]
_THESIS_HELD = [
    "Master's thesis: {topic}",
    "Senior project: {topic}",
    "Supervisor: Dr. Omar Said",
    "Research: {topic}",
]
_ACTIVITIES_TUNE = [
    "Activities: Robotics Club, Debate Society",
    "Member, Student Government",
    "Teaching Assistant, Intro to Programming",
    "Captain, Varsity Rowing Team",
    "Exchange semester at {other}",
]
_ACTIVITIES_HELD = [
    "Societies: Chess Club, Film Society",
    "Treasurer, Economics Society",
    "Research Assistant, Vision Lab",
    "Editor, Student Newspaper",
    "Study abroad at {other}",
]
# A school's line with a link: {s} the school, {d} its web domain.
_LINKS_TUNE = ["{s} \u2197", "{s} (https://www.{d}.edu)"]
_LINKS_HELD = ["{s} \u00b7 www.{d}.edu", "{s} \u2013 {d}.edu"]
# Other sections a sidebar sets right after education, heading first (a heading the layout took
# for a line of the block).
_AFTER_TUNE = [
    ["SKILLS", "Python, SQL, Tableau", "Statistics, Machine Learning"],
    ["Languages", "English (Native)", "Spanish (Fluent)"],
    ["Certifications", "AWS Certified Solutions Architect", "Amazon Web Services, 2021"],
    ["COURSES", "Machine Learning, Coursera", "Stanford University, 2020"],
    ["CERTIFICATES", "Google Data Analytics Professional Certificate", "Coursera \u00b7 2022"],
]
_AFTER_HELD = [
    ["AWARDS", "Research Excellence Award", "Carnegie Institute, 2019"],
    ["LANGUAGES", "German \u2014 native", "French \u2014 B2"],
    ["Licenses & Certifications", "Certified Scrum Master", "Scrum Alliance \u00b7 2018"],
    ["Certificates", "Data Analytics Certificate", "General Assembly \u00b7 2023"],
    ["Technical Skills", "Java, Kotlin", "Docker"],
]

# Round four (conventions found on the layout corpus's dev half, pools written and split before any
# run: even positions tune, odd positions held out): long school names that wrap on a full-width
# line, a school named "... High School" beside the degree "High School Diploma", honours written
# after the school on its line, and a left-rail date glued to the start of the line (one piece of
# text, as a PDF reader hands over moderncv's rail).
_LONG_SCHOOLS = [
    "{t} Institute of Marine and Environmental Sciences",
    "{t} Academy of Music and Performing Arts",
    "Royal {t} University of Forestry and Land Management",
    "{t} Metropolitan University of Applied Arts and Sciences",
    "{t} Valley Early College and Career Academy High School",
    "National {t} Institute of Public Health and Tropical Medicine",
    "{t} Polytechnic Institute of Mining and Mineral Resources",
    "Collegiate School of {t} Arts and Humanities",
]
_LONG_SCHOOLS_TUNE = _LONG_SCHOOLS[0::2]
_LONG_SCHOOLS_HELD = _LONG_SCHOOLS[1::2]
_HIGH_SCHOOLS = [
    "{t} High School",
    "{t} Central High School",
    "{t} Senior High School",
    "{t} Magnet High School",
]
_HIGH_SCHOOLS_TUNE = _HIGH_SCHOOLS[0::2]
_HIGH_SCHOOLS_HELD = _HIGH_SCHOOLS[1::2]
_TRACKS = ["Science Track", "Humanities Track", "Engineering Pathway", "Arts Stream"]
_TRACKS_TUNE = _TRACKS[0::2]
_TRACKS_HELD = _TRACKS[1::2]
_HONOURS_AFTER = [
    "First Class Honours",
    "Second Class Honours, Upper Division",
    "First Class",
    "Upper Second Class",
    "with Distinction",
    "Class II",
]
_HONOURS_AFTER_TUNE = _HONOURS_AFTER[0::2]
_HONOURS_AFTER_HELD = _HONOURS_AFTER[1::2]

# Round five (written and split before any run: even positions tune, odd held out): fields whose
# last word no list of field names knows, and course lists with course codes.
_ODD_FIELDS = [
    "Maritime Logistics",
    "Textile Conservation",
    "Audiovisual Translation",
    "Sports Coaching",
    "Wildlife Conservation",
    "Retail Merchandising",
    "Viticulture and Oenology",
    "Fire Safety and Rescue",
    "Supply Chain Operations",
    "Urban Beekeeping",
]
_ODD_FIELDS_TUNE = _ODD_FIELDS[0::2]
_ODD_FIELDS_HELD = _ODD_FIELDS[1::2]
_CODED_COURSES = [
    "CS101 - Introduction to Programming",
    "MATH 221: Linear Algebra",
    "DB1101 - Basic SQL",
    "ECON 302 Game Theory",
    "CS2011 - Java Introduction",
    "STAT 110: Probability",
    "ENG 150 - Technical Writing",
    "PHYS 201: Mechanics",
]
_CODED_COURSES_TUNE = _CODED_COURSES[0::2]
_CODED_COURSES_HELD = _CODED_COURSES[1::2]

# Round six: a faculty named on a line under its university, a scholar's title after the school,
# a minor after the field on the degree's line.
_FACULTIES = [
    "College of Engineering",
    "School of Law",
    "Questrom School of Business",
    "Kellogg School of Management",
    "Faculty of Science",
    "Faculty of Arts",
    "Tandon School of Engineering",
    "College of Liberal Arts",
]
_FACULTIES_TUNE = _FACULTIES[0::2]
_FACULTIES_HELD = _FACULTIES[1::2]
_SCHOLARS = ["Rhodes Scholar", "Fulbright Scholar", "Presidential Scholar", "Merit Scholar"]
_SCHOLARS_TUNE = _SCHOLARS[0::2]
_SCHOLARS_HELD = _SCHOLARS[1::2]
_MINORS = ["Minor in Mathematics", "Minor in Statistics", "Minor in Economics", "minor in Philosophy"]
_MINORS_TUNE = _MINORS[0::2]
_MINORS_HELD = _MINORS[1::2]


@dataclass
class Truth:
    degree: str
    field: str
    institution: str
    start: str | None
    end: str


@dataclass
class Variant:
    seed: int
    style: dict[str, object]
    lines: list[Line]
    truth: list[Truth] = field(default_factory=list)


def _pool(rng: random.Random, tune: list, held: list, held_out: bool):  # type: ignore[no-untyped-def]
    return rng.choice(tune + held if held_out else tune)


def _dates(rng: random.Random, style: dict[str, object], end_year: int) -> tuple[str, str | None, str]:
    """(text, start year or None, end year) in the section's date convention."""
    start_year = end_year - rng.choice([1, 2, 4])
    kind = style["dates"]
    dash = str(style["dash"])
    if kind == "year_range":
        return f"{start_year}{dash}{end_year}", str(start_year), str(end_year)
    if kind == "month_range":
        a, b = rng.choice(_MONTHS), rng.choice(_MONTHS)
        return f"{a} {start_year}{dash}{b} {end_year}", str(start_year), str(end_year)
    if kind == "numeric_range":
        return (
            f"{rng.randint(1, 12):02d}/{start_year}{dash}{rng.randint(1, 12):02d}/{end_year}",
            str(start_year),
            str(end_year),
        )
    if style["iso"]:
        return f"{start_year}-09-01{dash}{end_year}-06-30", str(start_year), str(end_year)
    if kind == "end_year":
        return str(end_year), None, str(end_year)
    if kind == "end_month":
        return f"{rng.choice(_MONTH_NAMES)} {end_year}", None, str(end_year)
    return f"Expected {rng.choice(_MONTH_NAMES + [''])} {end_year}".replace("  ", " "), None, str(end_year)


def _style(rng: random.Random, held_out: bool) -> dict[str, object]:
    return {
        "geometry": rng.random() < 0.7,
        "layout": rng.choice(["one_line", "two_lines", "three_lines", "degree_over_school"]),
        "school_first": rng.random() < 0.5,
        "sep": _pool(rng, _SEPS_TUNE, _SEPS_HELD, held_out),
        "dates_at": rng.choice(["end", "own_line", "before", "right", "after_school"]),
        "dates": rng.choice(
            ["year_range", "month_range", "numeric_range", "end_year", "end_month", "expected"]
        ),
        "dash": rng.choice([" – ", " - ", "–", " — ", " to "]),
        "field_join": rng.choice([" in ", ", ", " (", " of "]),
        "place": rng.random() < 0.4,
        "caps": rng.choice(["none", "none", "school", "degree"]),
        "gpa": rng.random() < 0.35,
        "honours": rng.random() < 0.2,
        "coursework": rng.random() < 0.25,
        "bullets": rng.random() < 0.3,
        "bold_split": rng.random() < 0.3,
        # conventions added in round two (see the test module's docstring)
        "shape": rng.choice(["plain"] * 4 + ["rail", "right_place", "shared_school", "narrow"]),
        "field_first": rng.random() < 0.12,
        "no_join": rng.random() < 0.1,
        "minor": rng.random() < 0.2,
        "url": rng.random() < 0.1,
        "hons": rng.random() < 0.1,
        "iso": rng.random() < 0.08,
        "bare_school": rng.random() < 0.15,
    }


def _style_three(seed: int) -> dict[str, object]:
    """Round three: which lines about a degree a section writes, drawn from an rng of its own so
    the conventions of rounds one and two stay as they were for every seed."""
    rng = random.Random(seed * 7919 + 3)
    on = rng.random() < 0.6
    return {
        "courses3": rng.choice(["none", "none", "inline", "bullets", "comma_line", "label_bullets"])
        if on
        else "none",
        "honours3": on and rng.random() < 0.35,
        "gpa3": rng.choice(["none", "none", "own_line", "right"]) if on else "none",
        "thesis3": on and rng.random() < 0.3,
        "activities3": rng.choice(["none", "none", "plain", "bullets"]) if on else "none",
        "split_area": on and rng.random() < 0.25,
        "link": on and rng.random() < 0.2,
        "after": on and rng.random() < 0.35,
    }


def _style_four(seed: int) -> dict[str, object]:
    """Round four: long school names, high schools, honours after the school, glued rail dates, and
    full-width lines that wrap, drawn from an rng of its own (earlier rounds keep their sections)."""
    rng = random.Random(seed * 7919 + 11)
    on = rng.random() < 0.5
    return {
        "long_school4": on and rng.random() < 0.5,
        "high_school4": on and rng.random() < 0.25,
        "honours_after4": on and rng.random() < 0.25,
        "glued_rail4": on and rng.random() < 0.5,
        "wrap4": rng.choice([0, 48, 56, 64]) if on else 0,  # characters on a full-width line
    }


def _style_five(seed: int) -> dict[str, object]:
    """Round five: stacked school / field / degree lines, fields no list knows, French "en", the
    date after a comma on the school's line, coded course lists (an rng of its own)."""
    rng = random.Random(seed * 7919 + 17)
    on = rng.random() < 0.5
    return {
        "stack5": rng.choice(["school_area_type", "dates_school_area_type", "type_area_school"])
        if on and rng.random() < 0.4
        else "none",
        "odd_field5": on and rng.random() < 0.5,
        "en5": on and rng.random() < 0.15,
        "school_date5": on and rng.random() < 0.2,
        "codes5": rng.choice(["none", "none", "lines", "bullets"]) if on else "none",
    }


def _style_six(seed: int) -> dict[str, object]:
    """Round six: a faculty under its university, a scholar's title after the school, a minor after
    the field (an rng of its own)."""
    rng = random.Random(seed * 7919 + 23)
    on = rng.random() < 0.4
    return {
        "faculty6": on and rng.random() < 0.4,
        "scholar6": on and rng.random() < 0.3,
        "minor6": on and rng.random() < 0.3,
    }


def _six(rng: random.Random, style: dict[str, object], rows: list[Row], school: str, fld: str) -> None:
    """Round six's lines, written into an entry's rows: after the school's name a scholar's title,
    under the school's own row a faculty (a university's only), after the field on the degree's line
    a minor."""
    held_out = bool(style["held_out"])
    for k, row in enumerate(rows):
        text, where = row[0]
        if where != "text" or len(row) > 2:
            continue
        name = next((n for n in (school, school.upper()) if text.startswith(n)), None)
        if name and style["scholar6"]:
            title = _pool(rng, _SCHOLARS_TUNE, _SCHOLARS_HELD, held_out)
            row[0] = (text.replace(name, f"{name}, {title}", 1), where)
        if name and style["faculty6"] and "University" in school and text.strip() == name:
            rows.insert(k + 1, [(_pool(rng, _FACULTIES_TUNE, _FACULTIES_HELD, held_out), "text")])
            break
    if style["minor6"]:
        for row in rows:
            text, where = row[0]
            spelled = next((f for f in (fld, fld.upper()) if re.search(rf"\b{re.escape(f)}\b", text)), None)
            if where == "text" and spelled and text.strip() != spelled:  # the field on the degree's line
                minor = _pool(rng, _MINORS_TUNE, _MINORS_HELD, held_out)
                row[0] = (text.replace(spelled, f"{spelled}, {minor}", 1), where)
                break


def _stack_rows(style: dict[str, object], degree: str, fld: str, school: str, dates: str) -> list[Row]:
    """School, field and degree each on a line of its own (the dates on theirs, or after a comma on
    the school's line), as JSON Resume themes print institution, area and studyType."""
    order = str(style["stack5"])
    if style["caps"] == "school":
        school = school.upper()
    if style["school_date5"]:
        school, dates = f"{school}, {dates}", ""
    texts = {
        "school_area_type": [school, fld, degree, dates],
        "dates_school_area_type": [dates, school, fld, degree],
        "type_area_school": [degree, fld, school, dates],
    }[order]
    return [[(t, "text")] for t in texts if t]


def _coded_courses(rng: random.Random, style: dict[str, object]) -> list[Row]:
    """A list of courses with their codes under an entry, as lines or bullets."""
    names = rng.sample(_CODED_COURSES_TUNE + (_CODED_COURSES_HELD if style["held_out"] else []), 2)
    mark = "\u2022 " if style["codes5"] == "bullets" else ""
    return [[(mark + n, "text")] for n in names]


def _four_entry(
    rng: random.Random, style: dict[str, object], k: int, degree: tuple[str, str], fld: str, school: str
) -> tuple[tuple[str, str], str, str]:
    """An entry's degree, field and school under round four: a long school name, or a high school
    with its track, in place of the ones drawn."""
    held_out = bool(style["held_out"])
    town = rng.choice(_TOWNS_TUNE + (_TOWNS_HELD if held_out else []))
    if style["high_school4"] and k == 0:
        track = _pool(rng, _TRACKS_TUNE, _TRACKS_HELD, held_out)
        name = _pool(rng, _HIGH_SCHOOLS_TUNE, _HIGH_SCHOOLS_HELD, held_out).format(t=town)
        return ("High School Diploma", "High School Diploma"), track, name
    if style["long_school4"] and rng.random() < 0.6:
        return degree, fld, _pool(rng, _LONG_SCHOOLS_TUNE, _LONG_SCHOOLS_HELD, held_out).format(t=town)
    return degree, fld, school


def _honours_after(rng: random.Random, style: dict[str, object], rows: list[Row], school: str) -> None:
    """Honours written after the school's name on its line ("..., First Class Honours")."""
    honours = _pool(rng, _HONOURS_AFTER_TUNE, _HONOURS_AFTER_HELD, bool(style["held_out"]))
    for row in rows:
        for k, (text, where) in enumerate(row):
            for name in (school, school.upper()):
                if name in text and where == "text" and "\t" not in text:
                    row[k] = (text.replace(name, f"{name}, {honours}", 1), where)
                    return


def _degree_text(rng: random.Random, style: dict[str, object], degree: str, fld: str) -> str:
    if style["hons"] and not degree.startswith(("Doctor", "Ph", "Diplom", "Laurea", "Licen")):
        degree += " (Hons)"
    if style["field_first"]:
        return f"{fld}, {degree}"
    if style.get("en5") and " " not in degree.strip("."):
        return f"{degree} en {fld}"  # French: "MSc en Statistics"
    if style["no_join"] and " " in degree:  # "Bachelor of Science Computer Science": a template's
        return f"{degree} {fld}"  # "{studyType} {area}" with nothing between
    join = str(style["field_join"])
    if join == " of " and not degree.endswith(("Science", "Arts", "Engineering")) and " " in degree:
        join = " in "
    if join == " of ":
        join = " in "  # "Bachelor of Science of History" is no English; keep the convention simple
    if join == " (":
        return f"{degree} ({fld})"
    return f"{degree}{join}{fld}"


Segment = tuple[str, str]  # (text, where): "text", "right" (right-aligned) or "rail" (a left rail)
Row = list[Segment]


def generate(seed: int) -> Variant:
    """One education section with its truth.

    >>> v = generate(3)
    >>> len(v.truth) >= 1 and all(t.institution for t in v.truth)
    True
    """
    rng = random.Random(seed)
    held_out = seed >= HELD_OUT_FROM
    style = _style(rng, held_out)
    style.update(_style_three(seed), held_out=held_out)
    style.update(_style_four(seed))
    style.update(_style_five(seed))
    style.update(_style_six(seed))
    rng6 = random.Random(seed * 7919 + 29)
    rng5 = random.Random(seed * 7919 + 19)
    rng3 = random.Random(seed * 7919 + 5)
    rng4 = random.Random(seed * 7919 + 13)
    rows: list[Row] = []
    truth: list[Truth] = []
    year = rng.randint(2008, 2027)
    towns = list(_TOWNS_TUNE + (_TOWNS_HELD if held_out else []))
    rng.shuffle(towns)
    shared = style["shape"] == "shared_school"
    school = _pool(rng, _SCHOOLS_TUNE, _SCHOOLS_HELD, held_out).format(t=towns[0])
    for k in range(rng.randint(2, 3) if shared else rng.randint(1, 4)):
        degree, degree_words = _pool(rng, _DEGREES_TUNE, _DEGREES_HELD, held_out)
        fld = _pool(rng, _FIELDS_TUNE, _FIELDS_HELD, held_out)
        if not shared:
            school = _pool(rng, _SCHOOLS_TUNE, _SCHOOLS_HELD, held_out).format(t=towns[k])
            if style["bare_school"] and k == 0:
                school = rng.choice(_SCHOOLS_BARE).format(t=towns[k])
        if not shared:
            (degree, degree_words), fld, school = _four_entry(
                rng4, style, k, (degree, degree_words), fld, school
            )
        if style["odd_field5"] and rng5.random() < 0.7:
            fld = _pool(rng5, _ODD_FIELDS_TUNE, _ODD_FIELDS_HELD, held_out)
        dates_text, start, end = _dates(rng, style, year - 4 * k)
        truth.append(Truth(degree_words, fld, school, start, end))
        if style["stack5"] != "none" and not shared:
            entry = _stack_rows(style, degree, fld, school, dates_text)
            if style["codes5"] != "none":
                entry += _coded_courses(rng5, style)
            rows.extend(entry)
            continue
        if shared:
            entry = _shared_rows(rng, style, degree, fld, school if k == 0 else None, dates_text, held_out)
        else:
            entry = _entry_rows(rng, style, degree, fld, school, dates_text, held_out)
        if style["honours_after4"] and not shared:
            _honours_after(rng4, style, entry, school)
        if not shared:
            _six(rng6, style, entry, school, fld)
        other = _pool(rng3, _SCHOOLS_TUNE, _SCHOOLS_HELD, held_out).format(t=towns[-1 - k])
        rows.extend(
            _three(rng3, style, entry, (_degree_text(rng, style, degree, fld), degree, fld), school, other)
        )
        if style["codes5"] != "none":
            rows.extend(_coded_courses(rng5, style))
    if style["after"]:
        rows.extend([(t, "text")] for t in _pool(rng3, _AFTER_TUNE, _AFTER_HELD, held_out))
    lines = _to_lines(rows, style)
    return Variant(seed, style, lines, truth)


def _school_part(
    rng: random.Random, style: dict[str, object], school: str, held_out: bool
) -> tuple[str, str | None]:
    """The school as written (in capitals when the section does) and a place written apart, if any."""
    sep = str(style["sep"])
    place = _pool(rng, _PLACES_TUNE, _PLACES_HELD, held_out) if style["place"] else None
    if style["caps"] == "school":
        school = school.upper()
    if place and style["shape"] == "right_place":
        return school, place
    return (
        f"{school}{sep}{place}" if place and sep != ", " else f"{school}, {place}" if place else school
    ), None


def _shared_rows(  # noqa: PLR0913
    rng: random.Random,
    style: dict[str, object],
    degree: str,
    fld: str,
    school: str | None,
    dates: str,
    held_out: bool,
) -> list[Row]:
    """Two or three degrees listed under one school: the school once, then each degree and its dates."""
    rows: list[Row] = []
    if school is not None:
        rows.append([(_school_part(rng, style, school, held_out)[0], "text")])
    deg = _degree_text(rng, style, degree, fld)
    deg = deg.upper() if style["caps"] == "degree" else deg
    if style["dates_at"] == "right":
        rows.append([(deg, "text"), (dates, "right")])
    else:
        rows.append([(deg + str(style["sep"]) + dates, "text")])
    return rows + _extras(rng, style, False)


def _entry_rows(  # noqa: PLR0913
    rng: random.Random,
    style: dict[str, object],
    degree: str,
    fld: str,
    school: str,
    dates: str,
    held_out: bool,
) -> list[Row]:
    sep = str(style["sep"])
    deg = _degree_text(rng, style, degree, fld)
    school_part, place = _school_part(rng, style, school, held_out)
    if style["caps"] == "degree":
        deg = deg.upper()
    first, second = (school_part, deg) if style["school_first"] else (deg, school_part)
    layout, at = style["layout"], style["dates_at"]
    if style["shape"] == "rail":
        at = "rail"
    elif style["shape"] == "right_place":
        layout, at = "two_lines", "right"
    elif style["shape"] == "narrow" and at != "before":
        at = "own_line"  # a sidebar sets the dates on a line of their own
    rows: list[Row] = []
    if layout == "one_line":
        body = [first + sep + second]
    elif layout == "degree_over_school":
        body = [deg, school_part]
    else:
        body = [first, second]
    if at == "before":
        rows.append([(dates, "text")])
    for i, text in enumerate(body):
        row: Row = [(text, "text")]
        if i == 0 and at == "end":
            row = [(text + sep + dates, "text")]
        elif i == 0 and at == "right":
            row.append((dates, "right"))
        elif i == 0 and at == "rail":
            row.insert(0, (dates, "rail"))
        elif i == len(body) - 1 and at == "after_school" and len(body) > 1:
            row = [(text + sep + dates, "text")]
        if place and text == school_part:
            row.append((place, "right"))
        rows.append(row)
        if style["url"] and text == school_part:
            rows.append([(f"https://www.{school.split()[-1].lower()}.edu", "text")])
    if at == "own_line" or (at == "after_school" and len(body) == 1):
        rows.append([(dates, "text")])
    return rows + _extras(rng, style, layout == "three_lines")


def _extras(rng: random.Random, style: dict[str, object], three_lines: bool) -> list[Row]:
    """Lines under an entry: grade, honours, minor, coursework, bullets."""
    extras = []
    if style["gpa"]:
        extras.append(rng.choice(["GPA: 3.8/4.0", "GPA 3.6", "CGPA: 8.9/10", "Grade: 3.7/4.0", "Score: 3.9"]))
    if style["honours"]:
        extras.append(rng.choice(["Magna Cum Laude", "First Class Honours", "Dean's List (6 semesters)"]))
    if style["minor"]:
        extras.append(
            rng.choice(
                [
                    "Minor in Economics",
                    "Minor: Statistics",
                    "Concentration: Finance",
                    "Specialization: Robotics",
                ]
            )
        )
    if style["coursework"]:
        extras.append(
            rng.choice(["Relevant Coursework: Algorithms, Databases, Statistics", "Courses: Ethics, Optics"])
        )
    if style["bullets"]:
        extras.extend(["• Thesis: Measuring river flow with cheap sensors", "• President, Chess Society"])
    if three_lines and not extras:
        extras.append("Activities: Robotics team, student newspaper")
    return [[(e, "text")] for e in extras]


def _three(  # noqa: PLR0913
    rng: random.Random,
    style: dict[str, object],
    rows: list[Row],
    degree: tuple[str, str, str],
    school: str,
    other: str,
) -> list[Row]:
    """An entry's rows with the round-three conventions: the field on a line below its degree, a link
    on the school's line, a grade right-aligned, then lines about the degree in any order (courses,
    honours, grade, thesis, activities), none of them an entry."""
    held_out = bool(style["held_out"])
    deg_text, deg, fld = degree
    if style["caps"] == "degree":
        deg_text, deg, fld = deg_text.upper(), deg.upper(), fld.upper()
    rows = [list(r) for r in rows]
    if style["split_area"] and deg_text.endswith(fld) and not style["field_first"]:
        for k, row in enumerate(rows):
            if row[0][0] == deg_text:
                rows[k : k + 1] = [[(deg, "text"), *row[1:]], [(fld, "text")]]
                break
    if style["link"]:
        domain = re.sub(r"\W", "", school.split()[-1].lower())
        link = _pool(rng, _LINKS_TUNE, _LINKS_HELD, held_out)
        for row in rows:
            for k, (text, where) in enumerate(row):
                for name in (school, school.upper()):
                    if name in text:
                        row[k] = (text.replace(name, link.format(s=name, d=domain), 1), where)
    years = [y for r in rows for t, _ in r for y in re.findall(r"(?:19|20)\d{2}", t)]
    year = years[-1] if years else "2019"
    extras: list[list[str]] = []
    grade = rng.choice(["GPA: 3.8/4.0", "GPA 3.9", "CGPA: 8.6/10", "Grade: 1.3"])
    if style["gpa3"] == "right" and not any(w == "right" for _, w in rows[0]):
        rows[0].append((grade, "right"))
    elif style["gpa3"] != "none":
        extras.append([grade])
    if style["honours3"]:
        extras.append([_pool(rng, _HONOURS_TUNE, _HONOURS_HELD, held_out).format(y=year)])
    if style["thesis3"]:
        extras.append([_pool(rng, _THESIS_TUNE, _THESIS_HELD, held_out).format(topic=rng.choice(_TOPICS))])
    if style["activities3"] != "none":
        act = _pool(rng, _ACTIVITIES_TUNE, _ACTIVITIES_HELD, held_out).format(other=other)
        extras.append(["\u2022 " + act] if style["activities3"] == "bullets" else [act])
    if style["courses3"] != "none":
        extras.append(_courses(rng, str(style["courses3"]), held_out))
    rng.shuffle(extras)
    return rows + [[(t, "text")] for group in extras for t in group]


def _courses(rng: random.Random, form: str, held_out: bool) -> list[str]:
    """Coursework as a labelled line, bullets, a bare comma list, or a label over bullets."""
    pool = _COURSES_TUNE + _COURSES_HELD if held_out else _COURSES_TUNE
    names = rng.sample(pool, 3)
    label = _pool(rng, _COURSE_LABELS_TUNE, _COURSE_LABELS_HELD, held_out)
    if form == "inline":
        return [f"{label}: {', '.join(names)}"]
    if form == "bullets":
        return ["\u2022 " + n for n in names]
    if form == "comma_line":
        return [", ".join(names)]
    return [label, *("\u2022 " + n for n in names)]


_NARROW = 30  # characters on a line of a sidebar column


def _wrapped(text: str, width: int) -> list[str]:
    out: list[str] = []
    for word in text.split(" "):
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def _to_lines(rows: list[Row], style: dict[str, object]) -> list[Line]:
    """The lines a reader hands over: with geometry (10 pt, 12 pt pitch, 72-540 pt text area; a
    sidebar 36-190 pt wraps its lines), a right-aligned or rail segment as a segment of its row;
    without it, one line per row with its segments joined by tabs."""
    if not style["geometry"]:
        return [Line(text="\t".join(t for t, _ in row)) for row in rows]
    narrow = style["shape"] == "narrow"
    out: list[Line] = []
    r = 0
    for row in rows:
        texts = [(t, w) for t, w in row]
        if narrow:  # a sidebar: each piece on lines of its own, a long name wrapped, a date kept whole
            sep = str(style["sep"])
            whole = [t for t, _ in row if re.search(r"\d{4}", t) or sep.strip() == ","]
            pieces = [p for t, _ in row for p in ([t] if t in whole else t.split(sep))]
            texts = [
                (part, "text")
                for p in pieces
                for part in (_wrapped(p, _NARROW) if not re.search(r"\d{4}", p) else [p])
            ]
        if not narrow:  # a tab stop on a page is a gap: what follows it is a segment right-aligned
            texts = [(p, w if k == 0 else "right") for t, w in texts for k, p in enumerate(t.split("\t"))]
        left = 72.0 if not narrow else 36.0
        indent = 150.0 if any(w == "rail" for _, w in texts) else left
        if not narrow:
            texts = _four_wrap(texts, style)
        for text, where in texts:
            if where == "next":  # a wrapped line's tail: the next row, under the text (after a bullet)
                r += 1
            top = 100.0 + 12.0 * r
            width = 5.0 * len(text)
            x0 = {"right": 540.0 - width, "rail": left, "glued": left}.get(where, indent)
            if where == "next" and texts[0][0].startswith("\u2022"):
                x0 += 10.0
            out.append(
                Line(
                    text=text,
                    x0=x0,
                    x1=x0 + width,
                    top=top,
                    bottom=top + 9.0,
                    size=10.0,
                    bold=bool(style["bold_split"]),
                )
            )
            if narrow:
                r += 1
        r += 0 if narrow else 1
    return out


def _four_wrap(texts: list[Segment], style: dict[str, object]) -> list[Segment]:
    """Round four on a full-width row: a rail date glued to the start of the text (one piece), and
    text longer than the line wrapped onto the rows below ("next")."""
    if style["glued_rail4"] and len(texts) >= 2 and texts[0][1] == "rail" and texts[1][1] == "text":
        texts = [(f"{texts[0][0]} {texts[1][0]}", "glued"), *texts[2:]]
    width = int(str(style["wrap4"]))
    out: list[Segment] = []
    tails: list[Segment] = []
    for text, where in texts:
        if where in ("text", "glued") and width and len(text) > width:
            first, *rest = _wrapped(text, width)
            out.append((first, where))
            tails += [(part, "next") for part in rest]
        else:
            out.append((text, where))
    return out + tails


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("&", " and ")
    return " ".join(re.findall(r"\w+", text))


def score(variant: Variant, got: list[Education]) -> tuple[int, int, int, list[str]]:
    """(matched, parsed, true, messages): a truth entry matches a parsed one with the same school,
    all its degree and field words, and its end year (and start year when the section shows it)."""
    used: set[int] = set()
    said = []
    for want in variant.truth:
        need = set(norm(f"{want.degree} {want.field}").split())
        for j, edu in enumerate(got):
            have = set(norm(f"{edu.degree or ''} {edu.field or ''}").split())
            dates_ok = (edu.end or "")[:4] == want.end and (
                want.start is None or (edu.start or "")[:4] == want.start
            )
            if (
                j not in used
                and norm(edu.institution) == norm(want.institution)
                and need <= have
                and dates_ok
            ):
                used.add(j)
                break
        else:
            said.append(f"missed {want}")
    said += [
        f"extra  {e.degree!r} {e.field!r} @ {e.institution!r} [{e.start}-{e.end}]"
        for j, e in enumerate(got)
        if j not in used
    ]
    return len(used), len(got), len(variant.truth), said


def run(seeds: range, verbose: bool = False, totals: list[int] | None = None) -> float:
    """Entry F1 over the sections of ``seeds``; ``totals`` (if given) receives [matched, parsed, true],
    so precision (invented entries) and recall (missed ones) can be read apart."""
    tp = pred = true = 0
    for seed in seeds:
        v = generate(seed)
        a, b, c, said = score(v, parse_education(v.lines))
        tp, pred, true = tp + a, pred + b, true + c
        if verbose and said:
            print(f"--- seed {seed} {v.style}")
            print(
                "\n".join(
                    f"    | {ln.text!r}" + (f" @x{ln.x0:.0f} t{ln.top:.0f}" if ln.top else "")
                    for ln in v.lines
                )
            )
            print("\n".join("    " + s for s in said))
    if totals is not None:
        totals[:] = [tp, pred, true]
    return 2 * tp / (pred + true) if pred + true else 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["A", "B"], default="A", help="A: tuning seeds; B: held out")
    ap.add_argument("-n", type=int, default=600)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    first = 0 if args.set == "A" else HELD_OUT_FROM
    totals: list[int] = []
    f1 = run(range(first, first + args.n), args.verbose, totals)
    tp, pred, true = totals
    print(
        f"education variants set {args.set} ({args.n} sections): entry F1 {f1:.3f} "
        f"(P {tp}/{pred} R {tp}/{true})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
