"""Education entries: degree, field, institution, location, dates and GPA."""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_tailor.models import Education
from resume_tailor.resume import tolerances as T
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import DateSpan, find_dates
from resume_tailor.resume.education_rows import education_lines, other_heading
from resume_tailor.resume.education_words import (
    DEGREE_RE,
    FIELD_ENDS,
    HONOURS_PART_RE,
    INSTITUTION_RE,
    LEVEL,
    NOT_FIELD_RE,
    degree_in,
    find_gpa,
    school_in,
    split_degree_institution,
)
from resume_tailor.resume.education_words import (
    pieces as line_pieces,
)
from resume_tailor.resume.entries import peel_place
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.names import title_score

__all__ = ["DEGREE_RE", "INSTITUTION_RE", "degree_field", "parse_education", "stray_education"]


def degree_field(degree: str) -> str | None:
    """The field of study inside a degree text: "B.S. in Computer Science" -> "Computer Science"."""
    degree = re.sub(r"\s+with\s+(?:first[- ]class\s+)?(?:hono(?:u)?rs|distinction)\b", "", degree, flags=re.I)
    m = DEGREE_RE.search(degree)
    if not m:
        return None
    # "Computer Science, Master of Science", "Physics / B.Sc.", "Physics (Master of Science)",
    # "Science (PCM), Class XII (CBSE)": the field written first
    first = re.fullmatch(
        r"\s*([^,/()]+?(?:\s*\([^()]*\))?)\s*(?:,|\s/\s|\()\s*([^()]+?(?:\s*\([^()]*\))?)\)?"
        r"(?:\s*\((?:Hons?|Honours)\.?\))?\s*",
        degree,
    )
    if first and DEGREE_RE.search(first.group(2)) and not DEGREE_RE.search(first.group(1)):
        own = degree_field(first.group(2))
        if _bare_field(first.group(1)) and (own is None or _names_degree(first.group(2), own)):
            return first.group(1)
    after = re.sub(
        r"^\s+(?:candidate|student)\b", "", degree[m.end() :], flags=re.IGNORECASE
    )  # "PhD Candidate"
    after = _DEGREE_TAIL_RE.sub("", after)  # "Laurea Magistrale a ciclo unico, Pharmacy"
    if m.group(0).endswith("of"):
        after = " of" + after  # "Doctor of Philosophy (Ph.D.), Physics": the "of" belongs to the name
    while alt := re.match(r"\s*/\s*[A-Z][A-Za-z.]*", after):
        after = after[alt.end() :]  # "B.Tech/B.E. (Computers)": alternative names of one degree
    rest = re.sub(r"\([^)]*\)", lambda b: _aside(b, degree), after)  # "(MBA)", "(Honours)"
    # "B.Tech (Computers)", "Master of Science (Computer Science)": the field in brackets
    inside = re.fullmatch(r"\s*(?:of\s+(?:Science|Arts|Engineering|Technology)\s*)?\(([^)]+)\)\s*", after)
    if inside and not DEGREE_RE.search(inside.group(1)) and not NOT_FIELD_RE.search(inside.group(1)):
        return None if _names_scheme(m.group(0), inside.group(1)) else inside.group(1).strip()
    named = re.match(r"^\s*of\s+[^,]+,\s*(.+)$", rest)  # "Bachelor of Music, Music Composition"
    if named and not NOT_FIELD_RE.match(named.group(1)):  # not "..., Minor in Mathematics"
        return named.group(1).strip(" ,;:-–") or None
    # "Bachelor of Nursing Science in Nursing Science": the degree's own name, then its field
    named = re.match(r"^\s*of\s+[A-Z][^,]*?\s+(?:in|en)\s+([A-Z][^,]*)$", rest)
    if named:
        return named.group(1).strip(" ,;:-–") or None
    rest = re.sub(
        r"^\s*(?:degree\b|of\s+(?:Science|Arts|Engineering|Technology|Applied Science|Fine Arts)\b)?",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    rest = re.sub(r"^[\s,:]*(?:in|of|en|em|de|di|für|im)?\s+", "", rest, flags=re.IGNORECASE).strip(" ,;:-–")
    parts = rest.split(",")
    while len(parts) > 1 and NOT_FIELD_RE.search(parts[-1]):
        parts.pop()  # "Economics, magna cum laude": the honours are not the field
    return ",".join(parts).strip(" ,;:-–") or None


# Lower-case words that go on with a degree's name before its field ("Laurea Magistrale a ciclo
# unico, Pharmacy"): not the words that lead into a field ("in", "of", "en", "de" ...).
_DEGREE_TAIL_RE = re.compile(
    r"^(?:\s+(?!(?:in|of|en|em|de|di|für|im|and|with|from|at)\b)[a-zà-ÿ][\w'’]*)+(?=\s*(?:,|$))"
)


# An exam board in brackets after a school-leaving qualification ("Class XII (CBSE)", "HSC
# (Maharashtra State Board)"), or the scheme an exchange ran under ("Exchange Semester (Erasmus+)").
_BOARD_RE = re.compile(r"^(?:CBSE|ICSE|ISC|NIOS|IGCSE|IB)$|\bBoard\b")
_EXCHANGE_WORD_RE = re.compile(r"\b(?:Exchange|Abroad)\b")


def _names_scheme(degree: str, inside: str) -> bool:
    """The brackets after a degree name the board that set its exams or the exchange's scheme, not
    its field."""
    return bool(_BOARD_RE.search(inside.strip()) or _EXCHANGE_WORD_RE.search(degree))


def _aside(m: re.Match[str], degree: str) -> str:
    """A bracket in a degree's text left out of its field ("(MBA)", "(Honours)", "(CBSE)"); one
    that ends the field's words stays with them ("Science (PCM)": the stream's subjects), unless it
    gives the degree's initials ("... in Management (PGPM)")."""
    inside, before = m.group(0)[1:-1], m.string[: m.start()]
    after_field = re.search(r"[^\W\d_]{2,}\s*$", before) and not re.search(r"[,(]\s*$", before)
    if after_field and not (
        DEGREE_RE.search(inside)
        or NOT_FIELD_RE.search(inside)
        or _initials(inside, degree.split(m.group(0))[0])
    ):
        return m.group(0)
    return " "


def _initials(short: str, words: str) -> bool:
    """``short`` is written with the initials of capitalised ``words`` ("PGPM": "Post Graduate
    Programme in Management"): the degree's short name, not part of its field."""
    letters = re.sub(r"[.\s]", "", short)
    if not (letters.isupper() and letters.isalpha()):
        return False
    heads = iter(w[0] for w in re.findall(r"\b[A-Z]\w*", words))
    return all(any(h == c for h in heads) for c in letters)


# School subjects taken at a level ("Home Economics, French and Irish at Higher Level", "Maths and
# Physics at A-Level"): a school-leaving qualification's field, however many subjects it lists.
_SUBJECTS_AT_LEVEL_RE = re.compile(r"[A-Z][^\d:@|;.]*?\s+at\s+" + LEVEL)


def _bare_field(text: str) -> bool:
    """A short capitalised line with no digits or label: a field of study written on its own (or
    subjects taken at a level)."""
    if _SUBJECTS_AT_LEVEL_RE.fullmatch(text.strip()):
        return True
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[\d:@|,;.]", text)
        and not NOT_FIELD_RE.search(text)
    )


def _names_degree(degree: str, field: str) -> bool:
    """The "field" is only the name of the degree ("Bachelor of ICT" -> "ICT", "Bachelor of
    Business Administration (Honours)"): a field written beside it ("Information Technology") says
    more."""
    return bool(re.search(r"\bof\s+" + re.escape(field) + r"(?:\s*\([^()]*\))*\W*$", degree))


def _field_beside(pieces: list[str], degree: str, inst: str | None) -> str | None:
    """ "Bachelor of Science - Computer Science": the piece right after a bare degree is its field."""
    if degree not in pieces:
        return None
    k = pieces.index(degree)
    for near in pieces[k + 1 : k + 2] + pieces[max(0, k - 1) : k]:  # after it, else before it
        # a number is no field; a subject's code is part of one ("H2 Economics")
        if near == inst or school_in(near) or DEGREE_RE.search(near) or re.search(r"\b\d", near):
            continue
        words = re.sub(r"\([^()]*\)", "", near).split()  # "... and Psychology (Double Major)": an aside
        short = len(words) <= 6 or _SUBJECTS_AT_LEVEL_RE.fullmatch(near)
        if short and (near is pieces[-1] or near in pieces[k + 1 :] or _bare_field(near)):
            return near
    return None


def _end_stop(name: str) -> str:
    """A name without the full stop that ends its sentence ("University of Leeds." -> "University of
    Leeds"); an abbreviation keeps its dot ("Lakeside Univ.")."""
    word = re.search(r"([^\W\d_]{4,})\.$", name)  # "Montréal." too
    if word and word.group(1)[-4:].islower():
        return name[:-1]
    return name


@dataclass
class _Read:
    """What one education line says."""

    text: str
    bullet: bool
    dates: DateSpan | None
    gpa: str | None
    pieces: list[str]
    places: list[str]
    degree: str | None
    inst: str | None
    named_after: str | None  # "... from JNTU Hyderabad": a school named without a school word
    field_line: bool = False  # the line stands between its entry's school and degree: their field


# The label of a line about an entry ("Master's thesis:", "Relevant Coursework:", "Senior project:",
# "Activities and societies:"): whatever it names after the colon, it starts no entry.
_NOTE_LABEL_RE = re.compile(r"^\W*(?P<label>[^:]{1,40}?)\s*:")
_NOTE_WORDS_RE = re.compile(
    r"\b(?:projects?|capstone|research|publications?|clubs?|skills|interests|awards?)\b", re.I
)


def _note(text: str) -> bool:
    """A line under a label that says more about an entry: thesis, coursework, honours, activities."""
    m = _NOTE_LABEL_RE.match(text)
    label = m.group("label") if m else ""
    if not label or len(label.split()) > 4 or re.search(r"[\d|\t()]", label):
        return False  # "2013 | B.A. (Hons) in History | CGPA: 8.6": a whole entry before a grade's label
    return bool(NOT_FIELD_RE.search(label) or _NOTE_WORDS_RE.search(label))


def _read(text: str, bullet: bool) -> _Read:
    pieces = [q for p in line_pieces(text) for q in split_degree_institution(p)]
    places = [p for p in pieces if is_location(p)]
    pieces = [_without_honours(p) for p in pieces if p not in places]
    note = _note(text)
    degree = next((p for p in pieces if _is_degree(p) and not _is_school(p)), None) if not note else None
    inst = (
        next((p for p in pieces if _is_school(_told_name(p)) and not _is_degree(p)), None)
        if not note
        else None
    )
    if inst and (told := _TOLD_AT_RE.match(inst)) and not INSTITUTION_RE.search(told.group("lead")):
        inst = told.group("name")  # "Finished 1 degree at Lakeside University": the school after "at"
    if inst:
        whole = inst
        inst = re.sub(r"^(?:at|from|@)\s+(?=[A-Z])", "", inst)  # "... in Biology" / "at Lakeside University"
        inst, pieces = _field_apart(inst, whole, pieces)
    if (
        degree is None
        and inst is None
        and len(pieces) == 1
        and not (bullet or note)
        and _is_degree(pieces[0])
    ):
        degree, inst = _run_on(pieces[0])  # "Lakeside University B.S." as one
        pieces = [degree, inst] if inst else pieces
    if inst and not degree and _said_of(text):
        inst = None  # "Exchange semester at Universidad de ...", "Dean's Scholarship, College of ..."
    named = _school_after(text, pieces, degree) if degree and not inst else None
    dates = find_dates(re.sub(r"\b(?:Expected|Anticipated|Est\.)\s*:?\s*", "", text, flags=re.IGNORECASE))
    return _Read(text, bullet, dates, find_gpa(text), pieces, places, degree, inst, named)


def _field_apart(inst: str, whole: str, pieces: list[str]) -> tuple[str, list[str]]:
    """A field written in the school's piece, after or before it ("Lakeside University, Computer
    Science", "Physics, Lakeside University"), set apart as a piece of its own."""
    school, _, after = inst.rpartition(", ")
    before, _, rest = inst.partition(", ")
    if INSTITUTION_RE.search(school) and _loose_field(after) and not INSTITUTION_RE.search(after):
        parts = [school, after]
    elif INSTITUTION_RE.search(rest) and _loose_field(before) and not INSTITUTION_RE.search(before):
        parts = [before, rest]
    else:
        return inst, pieces
    school = parts[0] if INSTITUTION_RE.search(parts[0]) else parts[1]
    return school, [p for q in pieces for p in (parts if q == whole else [q])]


# A part that begins honours the next line ends ("University of Dunmore, First" / "Class Honours").
_HONOURS_START_RE = re.compile(r"^(?:first|second|third|upper|lower|with)$", re.IGNORECASE)


# "ETH Lakeside, with Distinction": honours after a name with "with".
_WITH_HONOURS_RE = re.compile(r"with\s+(?:high\s+)?(?:distinction|hono(?:u)?rs|merit)\b", re.IGNORECASE)


# A grade written after a school's comma ("Technische Universität Halbrück, 1.6", "..., 17/20",
# "..., CGPA" whose number the grade reader took), the line's full stop after it too ("..., 1.6.").
_BARE_GRADE_RE = re.compile(
    r"^(?:(?:(?:[Oo]verall|[Ff]inal|[Cc]umulative)\s+)?(?:C?GPA|[Gg]rade|Score|Note)\s*:?\s*)?"
    r"\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3})?\.?$|^C?GPA$"
)
# A grade counted in units after a school's comma ("86.25/90 rank points", "7 credits", "1.7 (good)").
_COUNTED_GRADE_RE = re.compile(
    r"^\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3})?\s+(?:[a-z]+\s*){1,2}\.?$|^\d[\d.,/]*\s*\("
)
# A scholar's title ("Rhodes Scholar", "Presidential Scholar"), said of the person, not the school.
_SCHOLAR_RE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,2}Scholar$")


def _without_honours(inst: str) -> str:
    """A school's name without the honours written after it on its line ("Lakeside University,
    First Class Honours" -> "Lakeside University"; "Sciences Po Lakeside, Rhodes Scholar"); a place
    after it stays. A degree written after the honours ("Presidential Scholar, First Class
    Honours, B.A. in History") stays, without the honours before it."""
    parts = inst.split(", ")
    while len(parts) > 1 and _said_of_person(parts[0]) and degree_in(", ".join(parts[1:])):
        parts = parts[1:]
    for k in range(1, len(parts)):
        grade = _BARE_GRADE_RE.match(parts[k]) or _COUNTED_GRADE_RE.match(parts[k])
        graded = bool(grade and school_in(parts[0]))
        dangling = k == len(parts) - 1 and bool(_HONOURS_START_RE.match(parts[k]))
        noted = bool(NOT_FIELD_RE.search(parts[k])) or dangling
        cut = _said_of_person(parts[k]) or graded or (bool(school_in(", ".join(parts[:k]))) and noted)
        if cut:
            later = next((j for j in range(k + 1, len(parts)) if degree_in(parts[j])), None)
            head = ", ".join(parts[:k])
            return head if later is None else f"{head}, {_without_honours(', '.join(parts[later:]))}"
    return ", ".join(parts)


def _said_of_person(part: str) -> bool:
    """A scholar's title or honours ("Rhodes Scholar", "First Class Honours"): said of the person."""
    return bool(_SCHOLAR_RE.match(part) or HONOURS_PART_RE.match(part) or _WITH_HONOURS_RE.match(part))


# A school named after "at" or "from" in a phrase about it ("Studied at ...", "Graduated from ...").
_TOLD_AT_RE = re.compile(r"(?P<lead>.+?)\s+(?:at|from)\s+(?P<name>[A-Z].*)$")


def _told_name(piece: str) -> str:
    """The school a phrase names after "at" or "from" ("Finished 1 degree at Kelso Valley Academy
    of ..."), else the piece: the name is judged on its own, however long the phrase."""
    told = _TOLD_AT_RE.match(piece)
    if not told or INSTITUTION_RE.search(told.group("lead")) or title_score(told.group("lead")) > 0:
        return piece  # "Research Assistant at Lakeside University": a role, judged whole
    return told.group("name")


def _run_on(piece: str) -> tuple[str, str | None]:
    """A degree and a school a reader ran into one piece, split after the field's last word
    ("Bachelor of Arts Mathematics Education Georgia State University"); else the piece whole."""
    deg = DEGREE_RE.search(piece)
    if deg is None:
        return piece, None
    named = re.match(
        r"\s*of\s+(?:Applied\s+|Fine\s+)?(?:Science|Arts|Engineering|Technology)\b", piece[deg.end() :]
    )
    start = deg.end() + (named.end() if named else 0)
    school = next((m for m in INSTITUTION_RE.finditer(piece) if m.start() >= start), None)
    if school is None or not _name_cased(piece[start:]):
        return piece, None
    words = list(re.finditer(r"\S+", piece[start : school.start()]))
    ends = [w for w in words if w.group(0).lower().strip(",.") in FIELD_ENDS]
    if not ends:
        return piece, None
    cut = start + ends[-1].end()
    left, right = piece[:cut].strip(" ,"), piece[cut:].strip(" ,")
    return (left, right) if _is_school(right) and not _is_degree(right) else (piece, None)


def _is_degree(piece: str) -> bool:
    """A degree's name in the piece, not a certification ("Certified Scrum Master") or a piece of
    work a degree asks for ("Master's thesis on ...", "Bachelor project")."""
    m = degree_in(piece)
    if m is None or re.match(r"\W*Certified\b", piece):
        return False
    return not _DEGREE_WORK_RE.match(piece, m.end())


# A degree's word right before "thesis" or "project": a piece of work, not the degree; a certificate
# of merit or of completion is an award.
_DEGREE_WORK_RE = re.compile(
    r"(?:['’]s)?\s+(?:thesis|dissertation|project)\b"
    r"|\s+of\s+(?:merit|excellence|achievement|appreciation|participation|completion|recognition)\b",
    re.IGNORECASE,
)
# The last word of a club, team or band a school's name begins ("Lakeside University Rowing Club").
_GROUP_END_RE = re.compile(
    r"\b(?:Band|Orchestra|Choir|Chorus|Ensemble|Club|Team|Society|Association|Union|League)\W*$"
)


# The last word of a programme or track ("College Preparatory Program", "Honors College Track").
_PROGRAMME_END_RE = re.compile(r"\b(?:Program|Programme|Track|Pathway)\W*$")


def _is_school(piece: str) -> bool:
    """A school's name: a school word, in a piece written like a name (not "Organized a hackathon for
    150 high school students", a bullet that strayed into the section), after no job title
    ("Teaching Assistant for CS 400 at the School of Computing" is a role)."""
    m = school_in(piece)
    if not m or not _name_cased(piece) or _GROUP_END_RE.search(piece, m.end()):
        return False
    if _PROGRAMME_END_RE.search(piece):
        return False  # "College Preparatory Program": a track a school offers, not the school
    if re.match(r"(?:\w+\s+)?by\s", piece[: m.start()], re.IGNORECASE):
        return False  # "Awarded by Lakeside University": the school gave an award, no degree
    role = re.match(r"(.+?)\s(?:at|for|with|in)\s", piece[: m.start()])
    if role and title_score(role.group(1)) > 0:
        return False
    # "Research Assistant, Lakeside University": a role before the school's name, not a field
    # ("Software Engineering, Lakeside University" scores as a title too, but ends a field)
    lead = re.match(r"(.+?),\s", piece[: m.start()])
    return not (
        lead and title_score(lead.group(1)) >= 2 and lead.group(1).split()[-1].lower() not in FIELD_ENDS
    )


# Words written in lower case inside a name ("University of the Arts", "Università degli Studi").
_SMALL_WORDS = frozenset(
    "of the and for at in on de da do dos das del della degli delle di du des la le les zu zur der "  # noqa: SIM905
    "für y e et en &".split()
)


# A brand's name written in camel case ("freeCodeCamp", "iHub"): a capital inside its first word.
_CAMEL_RE = re.compile(r"[a-z]{1,5}[A-Z][a-z]")


def _name_cased(piece: str) -> bool:
    """Half the words or more capitalised, as in a name ("University of the Arts", "École
    polytechnique fédérale"), and not a sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*|&", piece) if w.lower() not in _SMALL_WORDS]
    capitals = sum(1 for w in words if w[:1].isupper() or _CAMEL_RE.match(w))
    return len(words) <= 10 and capitals >= 0.5 * len(words)  # "École polytechnique fédérale"


# "Major: Economics", "Concentration - Finance": the field on a labelled line of its own.
_FIELD_LABEL_RE = re.compile(
    r"^(?:Major|Majors|Concentration|Specialization|Specialisation|Field of Study|Area of Study|Focus|Stream|"
    r"Branch|Discipline)\s*[:\-–]\s*(?P<field>[^\d:]+)$",
    re.IGNORECASE,
)


def _school_after(text: str, pieces: list[str], degree: str) -> str | None:
    """A school a degree line names without a school word: after "from" or "at" ("B.Tech from JNTU
    Hyderabad"), or after the degree's "in <field>," ("PG Diploma in Management, IIM Ahmedabad")."""
    rest = [p for p in pieces if p != degree and not _is_degree(p)]
    tail = re.search(r"\bin\s+[A-Z][^,]*,\s*([A-Z][^,]*)$", degree)
    name = rest[0] if rest else tail.group(1).strip() if tail else None
    if (
        not name
        or not name[:1].isupper()
        or NOT_FIELD_RE.search(name)
        or re.search(r"\d", name)
        or degree_in(name)
    ):
        return None
    after = re.search(r"\s(?:from|at)\s+" + re.escape(name), text)
    in_field = re.search(r"\bin\s+[A-Z][^,]*,\s*" + re.escape(name), text)
    return name if after or in_field else None


# Words of an education table's header row.
_COLUMN_WORDS = frozenset(
    [
        "qualification",
        "qualifications",
        "degree",
        "degrees",
        "course",
        "courses",
        "institute",
        "institution",
        "institutions",
        "university",
        "universities",
        "college",
        "school",
        "board",
        "year",
        "years",
        "passing",
        "percentage",
        "percent",
        "marks",
        "grade",
        "grades",
        "cgpa",
        "gpa",
        "score",
        "result",
        "class",
        "specialization",
        "specialisation",
        "stream",
        "branch",
        "discipline",
        "duration",
        "from",
        "to",
        "of",
        "and",
        "name",
        "examination",
        "exam",
        "subject",
        "subjects",
        "major",
    ]
)


def _column_labels(text: str) -> bool:
    """A row of column labels ("Degree | Institution | Year | CGPA"): no entry of its own."""
    cells = [c for c in re.split(r"\s*[|\t]\s*|\s{2,}", text) if c.strip()]
    words = re.findall(r"[a-z]+", text.lower())
    return len(cells) >= 3 and bool(words) and all(w in _COLUMN_WORDS for w in words)


# A faculty inside a university, written under its name ("College of Engineering"), or with a name
# of its own in front ("Questrom School of Business", "Tandon School of Engineering").
_FACULTY_RE = re.compile(r"(?:School|College|Faculty|Department|Division)\s+of\b")
_NAMED_FACULTY_RE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,2}(?:School|College|Faculty)\s+of\s+[A-Z]")


def _faculty(inst: str, above: str) -> bool:
    """``inst`` names a faculty of the school written above it; one with a name of its own only
    under a university, and when it names no university itself."""
    if _FACULTY_RE.match(inst):
        return True
    universities = [bool(re.search(r"\bUniversi", name, re.IGNORECASE)) for name in (above, inst)]
    return bool(_NAMED_FACULTY_RE.match(inst)) and universities == [True, False]


def _said_of(text: str) -> bool:
    """A school named after honours, a scholarship or an exchange ("Dean's Scholarship, College of
    Engineering", "Exchange semester at Universidad de ..."): a line about an entry, not a new one.
    A line that begins with the school ("Universidad de ... — Exchange semester") heads an entry."""
    word = INSTITUTION_RE.search(text)
    return word is not None and bool(NOT_FIELD_RE.search(text[: word.start()]))


def _starts_new(cur: Education | None, r: _Read) -> bool:
    """A degree or school where the entry has one already; a date line after an entry that has its
    dates (dates written first: "2016 - 2020" / school / degree, then the next one's dates)."""
    if cur is None:
        return bool(r.degree or r.inst or r.dates)
    if (r.degree and cur.degree) or (r.inst and cur.institution):
        return True
    lone = not r.pieces or (len(r.pieces) == 1 and _loose_field(r.pieces[0]))  # "2016 - 2018 | Physics"
    date_only = r.dates is not None and not (r.degree or r.inst) and lone
    return date_only and cur.dates_text is not None and bool(cur.degree or cur.institution)


def parse_education(lines: list[Line]) -> list[Education]:
    """Group a section's lines into degrees. A new degree starts when a degree or institution repeats.

    >>> lines = [Line("B.S. in Biology, Lakeside University, 2019"), Line("M.S. in Ecology"),
    ...          Line("Hill Valley College, 2021")]
    >>> [(e.degree, e.institution) for e in parse_education(lines)]
    [('B.S. in Biology', 'Lakeside University'), ('M.S. in Ecology', 'Hill Valley College')]
    """
    entries: list[Education] = []
    cur: Education | None = None
    institution_first: set[int] = set()  # entries whose institution line came before the degree's
    named: dict[int, str] = {}  # entry -> a school its degree line names without a school word
    pending_field: str | None = None
    loose_fields: dict[int, str] = {}  # entry -> a field written apart from its degree
    given: set[int] = set()  # entries whose field a line of its own gave ("Business Administration")
    after_school = False  # the line before named the entry's school and nothing else
    for text, bullet, r in _reads(lines):
        if bullet and cur is not None and not (r.degree and r.inst):
            r.degree = r.degree if r.degree and cur.degree is None else None
            r.inst = r.inst if r.inst and cur.institution is None else None
        under_school = cur is not None and cur.institution is not None and (not cur.degree or after_school)
        if under_school and _FACULTY_RE.match(text) and not (r.degree or r.dates or r.gpa or bullet):
            after_school = False
            continue  # "University of Michigan" / "College of Engineering": a faculty of it, no field
        if r.inst and cur and under_school and _faculty(r.inst, cur.institution or ""):
            r.inst = None  # "Boston University" / "Questrom School of Business" (under the degree too)
            if not (r.degree or r.dates or r.gpa):
                after_school = False
                continue  # the faculty's line says nothing more: no field either
        after_school = bool(r.inst) and not r.degree
        if _starts_new(cur, r):
            cur = Education()
            entries.append(cur)
        field = _FIELD_LABEL_RE.match(text)
        name = _peeled(r.pieces[0])[1] if len(r.pieces) == 1 else None
        placed = name is not None and name != text and _bare_field(name)  # "ETH Zug — Zug, CH"
        lone_name = field or _bare_field(text) or r.field_line or (placed and not _note(text))
        if not (r.degree or r.inst or r.dates or r.gpa or bullet) and lone_name:
            # "Computer Science" on a line of its own, beside the degree above or below it
            value = field.group("field").strip() if field else name if placed and name else text
            if cur and cur.degree is not None and id(cur) not in given and _field_open(cur):
                cur.field = value
                given.add(id(cur))
            elif field and cur and cur.degree is not None:
                pass  # "Concentration: Finance" under a degree that names its field: said of this one
            elif cur and cur.degree and cur.institution is None and not field and _name_cased(value):
                named.setdefault(id(cur), value)  # "B.S. Computer Science, 2018" / "Stanford"
                cur.location = cur.location or next(iter(r.places), None) or _peeled(r.pieces[0])[0]
            else:
                pending_field = value
            continue
        if cur is None:
            continue
        lone = r.pieces[0] if len(r.pieces) == 1 and r.dates and not (r.degree or r.inst) else None
        if lone and cur.degree and cur.field is None and _bare_field(lone):
            cur.field = lone  # "Mathematics Education · Aug 2010 – May 2014"
        elif lone and cur.degree and cur.institution is None and _school_shaped(text, r):
            named.setdefault(id(cur), lone)  # "BA (History)" / "HEC Lakeside, 2009 – 2010"
        if r.degree and cur.degree is None:
            school = _set_degree(cur, r.degree, r, pending_field)
            if school and not r.named_after:
                r.named_after = school
            if pending_field and cur.field == pending_field:
                given.add(id(cur))
            pending_field = None
            if cur.institution is not None and not r.inst:
                institution_first.add(id(cur))
        if r.named_after:
            named.setdefault(id(cur), r.named_after)
        _set_rest(cur, r)
        loose = next((p for p in r.pieces if p not in (r.degree, r.inst) and _loose_field(p)), None)
        if loose:
            loose_fields.setdefault(id(cur), loose)
    entries = [e for e in entries if not _certificate_alone(e)]
    _share_institutions(entries, institution_first, named)
    for entry in entries:  # "Bachelor | Lakeside University | Computer Science": a field set apart
        only_names = entry.field is not None and entry.degree and _names_degree(entry.degree, entry.field)
        if (entry.field is None or only_names) and entry.degree and id(entry) in loose_fields:
            entry.field = loose_fields[id(entry)]
    return [e for e in entries if e.institution or (e.degree and e.dates_text)]


# Degree words that name a degree only beside a school: without one, "Data Analytics Professional
# Certificate" (a product's name ending on the word) is a certification and "Spanish — Intermediate"
# a language level; "Certificate in Data Science, 2019" names a programme and stays.
_WEAK_DEGREE_RE = re.compile(r"^(?:(?:Graduate\s+)?Certificate|Certification|Intermediate)$")


def _certificate_alone(entry: Education) -> bool:
    """An entry whose only degree word is a weak one, last in its name, with no school word in its
    school, and not written like a degree: a field and a provider of its own ("Coursera" /
    "People Analytics" / "Professional Certificate")."""
    degree = entry.degree or ""
    words = list(DEGREE_RE.finditer(degree))
    weak = bool(words) and all(_WEAK_DEGREE_RE.match(m.group(0)) for m in words)
    last = bool(words) and not re.search(r"[A-Za-z]", degree[words[-1].end() :])
    schooled = entry.institution is not None and bool(INSTITUTION_RE.search(entry.institution) or entry.field)
    return weak and last and not schooled


def _field_open(entry: Education) -> bool:
    """The entry has no field yet, or only the name its degree gives ("Bachelor of ICT" -> "ICT")."""
    return entry.field is None or bool(entry.degree and _names_degree(entry.degree, entry.field))


def _loose_field(piece: str) -> bool:
    """A piece that reads as a field of study on its own ("Computer Science", "Data Analytics")."""
    words = piece.split()
    return _bare_field(piece) and bool(words) and words[-1].lower() in FIELD_ENDS and not is_location(piece)


def _reads(lines: list[Line]) -> list[tuple[str, bool, _Read]]:
    """Each line of the block read (text, bullet or not, what it says); a table's header row
    ("Qualification | Institute | Year") dropped; schools named without a school word found."""
    out = []
    for ln in education_lines(lines):
        text, bullet = strip_bullet(ln.text)
        if text and not _column_labels(text):
            out.append((text, bullet, _read(text, bullet)))
    out = _comma_continued(out)
    for k in _unnamed_schools(out) + _schools_under_degrees(out) + _schools_over_dates(out):
        r = out[k][2]
        place, r.inst = _peeled(re.sub(r"^(?:at|from|@)\s+(?=[A-Z]|[a-z]+[A-Z])", "", r.pieces[0]))
        r.places = r.places or ([place] if place else [])
    _mark_fields_between(out)
    _schools_last(out)
    return out


def _schools_last(reads: list[tuple[str, bool, _Read]]) -> None:
    """A section whose lines write degree, field and school after one another ("B.Sc., Physics,
    Lakeside University"): a line of it written with as many parts, which names no school word,
    ends on its school all the same ("Certification, Responsive Web Design, freeCodeCamp"). So
    does a line whose degree is set apart from a name after it, where another line sets its
    degree apart from its school the same way ("... B.Sc. - Lakeside University"), and a line
    opening on a name and its comma where others open on their school ("Lakeside University, in
    B.Sc. in Physics")."""
    counts = {
        len(r.degree.split(", ")) + 1
        for text, _, r in reads
        if r.degree and r.inst and f"{r.degree}, {r.inst}" in text
    }
    set_apart = any(r.degree and r.inst and r.pieces[-2:] == [r.degree, r.inst] for _, _, r in reads)
    school_first = any(r.degree and r.inst and r.pieces[:2] == [r.inst, r.degree] for _, _, r in reads)
    for k, (text, bullet, r) in enumerate(reads):
        if bullet or r.inst or not r.degree or r.named_after:
            continue
        head, _, rest = r.degree.partition(", ")
        goes_on = k > 0 and reads[k - 1][0].rstrip().endswith(",")  # "..., Austin," / "TX, Licenciatura"
        opens = r.pieces == [r.degree] and not (r.places or goes_on)
        if school_first and opens and _named(head) and degree_in(rest):
            r.inst, r.degree, r.pieces = head, rest, [head, rest]  # "learnHub, in Certification in ..."
            continue
        school_below = (
            k + 1 < len(reads) and _kind(False, reads[k + 1][2]) == "S"
        )  # "— Hill" / "Valley College"
        if set_apart and len(r.pieces) == 2 and r.pieces[0] == r.degree and _named(r.pieces[1]):
            r.inst = None if school_below else r.pieces[1]  # "Web Design, Certification - freeCodeCamp"
            continue
        if r.pieces != [r.degree]:
            continue
        if text.rstrip().endswith(","):
            continue  # the line goes on below: its school is there
        parts = r.degree.split(", ")
        last = parts[-1]
        if counts and 3 <= len(parts) <= max(counts) and _named(last):  # a field may hold commas
            r.degree, r.inst, r.pieces = ", ".join(parts[:-1]), last, [", ".join(parts[:-1]), last]


def _comma_continued(reads: list[tuple[str, bool, _Read]]) -> list[tuple[str, bool, _Read]]:
    """A degree line that ends on a comma goes on in the line below when that line names nothing
    itself ("Bachelor of Science in Nursing," / "Nursing (RN-to-BSN, online)"): one line."""
    out: list[tuple[str, bool, _Read]] = []
    for text, bullet, r in reads:
        if out and out[-1][0].rstrip().endswith(",") and out[-1][2].degree and not out[-1][2].inst:
            prev_text, prev_bullet, _ = out[-1]
            if _kind(bullet, r) == "X" and r.dates is None and _field_shaped(text):
                joined = f"{prev_text.rstrip()} {text}"
                out[-1] = (joined, prev_bullet, _read(joined, prev_bullet))
                continue
        out.append((text, bullet, r))
    return out


def _mark_fields_between(reads: list[tuple[str, bool, _Read]]) -> None:
    """A line that names nothing itself in the field's place of a layout that writes school, field
    and degree on lines of their own is the degree's field, however long or listed ("Mechanical
    Engineering, specialisation in Automotive Engineering", "H2 Economics, Mathematics and
    Chemistry"): right under a school (and its dates) and right above a degree; or right under a
    degree that names no field of its own, and above a school or the block's end."""
    kinds = [_kind(bullet, r) for _, bullet, r in reads]
    beside = _neighbours(reads)
    for k, (text, _, r) in enumerate(reads):
        if kinds[k] != "X" or r.dates is not None or r.gpa is not None or not _field_shaped(text):
            continue
        above, below = beside[k]
        kind_above = kinds[above] if above is not None else None
        kind_below = kinds[below] if below is not None else None
        if kind_above == "S" and kind_below == "D":
            r.field_line = True
            continue
        note = reads[below][0] if below is not None and kind_below == "X" else ""
        noted = bool(note) and bool(
            NOT_FIELD_RE.match(note) or _note(note)
        )  # "Courses", "Diploma thesis: ..."
        if kind_above == "D" and (kind_below in ("S", "B", None) or noted) and above is not None:
            degree = reads[above][2].degree or ""
            own = degree_field(degree)
            r.field_line = own is None or _names_degree(degree, own)


def _neighbours(reads: list[tuple[str, bool, _Read]]) -> list[tuple[int | None, int | None]]:
    """For each line, the lines right above and below it that are more than a date ("— 2002-06")."""
    said = [k for k, (_, _, r) in enumerate(reads) if not (r.dates and not r.pieces)]
    out: list[tuple[int | None, int | None]] = []
    for k in range(len(reads)):
        above = [j for j in said if j < k]
        below = [j for j in said if j > k]
        out.append((above[-1] if above else None, below[0] if below else None))
    return out


def _field_shaped(text: str) -> bool:
    """Words a field may be written in: capitalised, no label, no sentence's full stop, not a
    place, not a line that opens on honours or a note ("Minor in ...", "First Class Honours")."""
    return (
        text[:1].isupper()
        and len(text.split()) <= T.FIELD_LINE_WORDS
        and ":" not in text
        and not text.rstrip().endswith((".", ","))  # a sentence, or a line that goes on below
        and not NOT_FIELD_RE.match(text)
        and not is_location(text)
    )


def _peeled(piece: str) -> tuple[str | None, str]:
    """A name and the place written after it ("ETH Zug, Zug, Switzerland")."""
    place, rest = peel_place(piece)
    return (place, rest) if place and rest else (None, piece)


def _kind(bullet: bool, r: _Read) -> str:
    """D: a degree, S: a school, B: both, T: a date alone, P: a place or address alone, X: anything
    else, -: a bullet."""
    if bullet:
        return "-"
    if r.degree or r.inst:
        return "B" if r.degree and r.inst else "D" if r.degree else "S"
    if not r.pieces or re.fullmatch(r"(?:https?://|www\.)\S+", r.pieces[0]):
        return "T" if r.dates else "P"
    return "X"


def _unnamed_schools(reads: list[tuple[str, bool, _Read]]) -> list[int]:
    """Lines that name a school without a school word ("ETH Zug", "Sciences Po"), in a section
    that writes each school above its degree: a name in the school's place, right above a degree
    line. Without this, each later school would be read as the entry before's.

    The section writes schools first when a school line stands right above a degree line and it
    ends on a degree (not on a school, as a section written degree first does); or when it names
    no school at all and each name stands above a degree. A section that writes school, field and
    degree on three lines ("Lakeside University" / "Marine Biology" / "MSc"; or, naming no school
    word at all, "ETH Lakeside" / "Supply Chain Operations" / "MSc") has its unnamed schools two
    lines above a degree.
    """
    kinds = [_kind(bullet, r) for _, bullet, r in reads]
    shaped = [k == "X" and _school_shaped(t, r) for (t, _, r), k in zip(reads, kinds, strict=True)]
    seq = [i for i, k in enumerate(kinds) if k not in "TP"]  # dates, places and addresses between
    ks = [kinds[i] for i in seq]
    pairs = list(zip(ks, ks[1:], strict=False))
    triples = list(zip(ks, ks[1:], ks[2:], strict=False))
    last = next((kinds[i] for i in reversed(seq) if kinds[i] in "SD" or shaped[i]), None)
    no_school = not any(k in "SB" for k in kinds)
    # most entries stack school, field, degree (one without a field may set school over degree)
    stacked = triples.count(("S", "X", "D")) > pairs.count(("S", "D"))
    if last != "D" or not (("S", "D") in pairs or no_school or stacked):
        return []
    found = []
    for n, i in enumerate(seq):
        after = kinds[seq[n + 1]] if n + 1 < len(seq) else None
        before = seq[n - 1] if n else None
        if (stacked or no_school) and after == "X" and n + 2 < len(seq) and kinds[seq[n + 2]] == "D":
            after = "D"  # the school, then its field on a line of its own, then the degree
        if not shaped[i] or after != "D":
            continue
        # a name right under the entry before's degree is that degree's field ("Bootcamp Certificate"
        # / "Full-Stack Web Development" / "freeCodeCamp" / dates / "Certification")
        fielded = n >= 2 and kinds[seq[n - 2]] == "D" and kinds[seq[n - 1]] == "X"
        if before is not None and (kinds[before] == "S" or shaped[before]) and not fielded:
            continue  # under a school (a field), or under a name: which one is the school is unclear
        found.append(i)
    return found


def _schools_over_dates(reads: list[tuple[str, bool, _Read]]) -> list[int]:
    """Lines that name a school without a school word in a section that names schools and dates
    only ("Kallang University" / "2012 - 2016" / "Coursera" / "2021 - 2021"): a name in a school's
    place, right above dates and right under the entry before's dates (or first)."""
    kinds = [_kind(bullet, r) for _, bullet, r in reads]
    if "S" not in kinds or any(k in "DB" for k in kinds):
        return []
    return [
        k
        for k, (text, _, r) in enumerate(reads)
        if kinds[k] == "X"
        and k + 1 < len(reads)
        and kinds[k + 1] == "T"
        and (k == 0 or kinds[k - 1] == "T")
        and _school_shaped(text, r)
    ]


def _schools_under_degrees(reads: list[tuple[str, bool, _Read]]) -> list[int]:
    """Lines that name a school without a school word in a section that writes each degree above
    its school ("Certification, Responsive Web Design" / "freeCodeCamp" / dates): the section
    opens on a degree, another entry has its school right under its degree, and the name stands
    right under a degree line, before the next degree or the section's end."""
    kinds = [_kind(bullet, r) for _, bullet, r in reads]
    seq = [i for i, k in enumerate(kinds) if k not in "TP"]
    ks = [kinds[i] for i in seq]
    if not ks or ks[0] != "D" or ("D", "S") not in zip(ks, ks[1:], strict=False):
        return []
    found = []
    for n in range(len(seq) - 1):
        j = seq[n + 1]
        ends = n + 2 >= len(seq) or ks[n + 2] in "DB"
        if ks[n] == "D" and ks[n + 1] == "X" and ends and _school_shaped(reads[j][0], reads[j][2]):
            found.append(j)
    return found


def _named(piece: str) -> bool:
    """A piece in a school's place that reads as a name: not honours, a place, subjects at a level
    or a degree."""
    said = NOT_FIELD_RE.search(piece) or is_location(piece) or _SUBJECTS_AT_LEVEL_RE.fullmatch(piece)
    return _name_shaped(piece) and not said and not degree_in(piece)


def _school_shaped(text: str, r: _Read) -> bool:
    """One short name-cased piece (a place after it allowed), not a field, label, grade or honour."""
    if len(r.pieces) != 1 or ":" in r.pieces[0] or NOT_FIELD_RE.search(r.pieces[0]):
        return False  # "ETH Lakeside, with Distinction": the honours are no part of the piece
    return _name_shaped(_peeled(r.pieces[0])[1])


def _name_shaped(name: str) -> bool:
    """A short name-cased piece, no list, no digits, not ending on a field's word."""
    words = name.split()
    return (
        1 <= len(words) <= 6
        and "," not in name  # "Databases, Algorithms, Compilers": a list, not a name
        and _name_cased(name)
        and not re.search(r"\d", name)
        and words[-1].lower().strip(".,") not in FIELD_ENDS
    )


def _set_degree(cur: Education, degree: str, r: _Read, pending_field: str | None) -> str | None:
    """The degree and its field (written in it, beside it, or on a line of its own before it).

    Returns a name beside a degree that already names its field ("Carnegie Mellon" above "M.S. in
    Machine Learning"): the school, if the entry names no other.
    """
    cur.degree = degree
    own, beside = degree_field(degree), _field_beside(r.pieces, degree, r.inst) or pending_field
    schooled = cur.institution is not None and beside is not None and _name_cased(beside)
    if beside and (own is None or _names_degree(degree, own) or schooled):
        cur.field = beside
        return None
    cur.field = own
    if beside and own and beside.casefold() != own.casefold() and _name_cased(beside):
        return beside
    return None


def _set_rest(cur: Education, r: _Read) -> None:
    if r.inst and cur.institution is None:
        cur.institution = _end_stop(r.inst)
    if r.places and cur.location is None:
        cur.location = r.places[0]
    if r.dates is not None and cur.dates_text is None:
        cur.dates_text, cur.start, cur.end = r.dates.text, r.dates.start, r.dates.end
    if r.gpa and cur.gpa is None:
        cur.gpa = r.gpa


def _share_institutions(entries: list[Education], institution_first: set[int], named: dict[int, str]) -> None:
    """Schools an entry only implies: "Stanford University / M.S. ... / B.S. ..." (degrees listed under
    one institution share it), then a school its degree line named without a school word."""
    for prev, entry in zip(entries, entries[1:], strict=False):
        if entry.institution is None and entry.degree and id(prev) in institution_first:
            entry.institution = prev.institution
            institution_first.add(id(entry))
    for entry in entries:
        if entry.institution is None and id(entry) in named:
            entry.institution = _end_stop(named[id(entry)])
            if entry.degree and entry.degree.endswith(", " + named[id(entry)]):
                entry.degree = entry.degree[: -len(named[id(entry)]) - 2]
                entry.field = degree_field(entry.degree) or entry.field


def stray_education(lines: list[Line]) -> list[Education]:
    """Degrees a resume gives outside any education section: a timeline item ("May 2019" /
    "Finished 1 degree at Lakeside University" / "Bachelor of Science · Biology"), or a sidebar the
    layout set under another heading. Runs of short lines, among them a degree and a school (on one
    line or next to each other), with dates and bare fields between, are read as education blocks.
    Meant for a resume whose education sections gave no degree.

    >>> lines = [Line("Led a team of five"), Line("Finished 1 degree at Lakeside University"),
    ...          Line("Bachelor of Science · Biology"), Line("Joined Acme Corp")]
    >>> [(e.degree, e.field, e.institution) for e in stray_education(lines)]
    [('Bachelor of Science', 'Biology', 'Lakeside University')]
    """
    found: list[Education] = []
    run: list[tuple[Line, _Read]] = []
    for ln in [*lines, Line("")]:
        text = strip_bullet(ln.text)[0]
        r = _read(text, False) if text and _short(text) and not other_heading(text) else None
        if r is not None and (r.degree or r.inst or (r.dates and not r.pieces) or _bare_field(text)):
            run.append((ln, r))
            continue
        if any(r.degree for _, r in run) and any(r.inst for _, r in run):
            if run[0][1].dates:  # dates written before their item: a date after the run is the next one's
                while run[-1][1].dates and not (run[-1][1].degree or run[-1][1].inst):
                    run.pop()
            found.extend(parse_education([ln for ln, _ in run]))
        run = []
    return found


def _short(text: str) -> bool:
    """A line that names something rather than says something: few words (a few more around a
    school's long name), no full stop at the end."""
    limit = 16 if school_in(text) else 12
    return len(text.split()) <= limit and not text.rstrip().endswith(".")
