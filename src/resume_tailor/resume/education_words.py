"""The words of education lines: degrees, institutions, grades, and a line cut into its pieces.

A leaf of the education parser (``education.py`` reads entries, ``education_rows.py`` puts a
block's lines back together); the vocabulary lives here so both read the same words.
"""

from __future__ import annotations

import re

from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.entries import peel_place, strip_piece
from resume_tailor.resume.vocab import ALL_PLACES

# An exchange a resume lists as an entry of its own ("Exchange Semester (Erasmus+)", "Erasmus
# Exchange in Finance"), ending at a separator, the line's end or its field; "Exchange semester at
# <school>" is a line said of the entry above, no degree.
_EXCHANGE_END = r"(?=\s*(?:[,(|\t]|$|\s{2}|\s[–—-]\s)|\s+(?:in|en)\s+[A-Z])"
# ... and, after a name of two words, its field with no separator ("Erasmus Exchange Business
# Administration").
_NAMED_EXCHANGE_END = r"(?=\s*(?:[,(|\t]|$|\s{2}|\s[–—-]\s)|\s+(?:(?:in|en)\s+)?[A-Z])"
_EXCHANGE = (
    r"(?:Erasmus\+?|Student)\s+Exchange(?:\s+(?:Semester|Year|Term|Program|Programme|Student))?"
    + _NAMED_EXCHANGE_END
    + r"|Exchange\s+(?:Semester|Year|Term|Program|Programme|Student)"
    + _NAMED_EXCHANGE_END
    + r"|Exchange"
    + _EXCHANGE_END
    + r"|(?:Semester|Year|Study)\s+Abroad(?:\s+(?:Program|Programme))?"
    + _EXCHANGE_END
)
# A degree's name stands on its own: not glued after a hyphen to words before it ("RN-to-BSN", a
# route into a degree, "pre-MBA").
DEGREE_RE = re.compile(
    r"(?<![\w.-])(?:B\.?\s?S\.?\s?E\.|BSE|B\.?\s?S\.?c?\.?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?E\.?|B\.?\s?Tech\.?|B\.?\s?Com\.?|BBA|"
    r"M\.?\s?S\.?c?\.?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|M\.?\s?B\.?\s?A\.?|M\.?\s?Phil\.?|"
    r"Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|J\.?\s?D\.?|M\.?\s?D\.?|LL\.?\s?[BM]\.?|M\.?\s?F\.?\s?A\.?|"
    r"B\.?\s?F\.?\s?A\.?|BSN|MSN|DNP|B\.?\s?S\.?\s?N\.?|M\.?\s?S\.?\s?N\.?|PharmD|DDS|DVM|B\.\s?M\.?|M\.\s?M\.?|B\.?\s?Mus\.?|M\.?\s?Mus\.?|M\.?\s?P\.?\s?H\.?|A\.?\s?A\.?\s?S?\.?|A\.?\s?S\.?|"
    r"Bachelor(?:'s|’s|s)?|Master(?:'s|’s|s)?|Doctor(?:ate)?(?:\s+of)?|Associate(?:'s|’s)?(?=\s+(?:[Dd]egree|of|in))|"
    r"M\.?\s?P\.?\s?[AP]\.?|M\.?\s?S\.?\s?W\.?|[MB]\.\s?Ed\.?|M\.?Ed|B\.?Ed|Ed\.\s?S\.?|DPT|[MB]\.?\s?Arch\.?|EMBA|"
    r"[BM]S(?:CS|EE|ME|CE|IT|IS|BA)|A\.B\.|S\.[BM]\.|Sc\.\s?[BM]\.|HND|GCSEs?|Abitur|"
    r"SSC|HSC|SSLC|HSSC|Intermediate(?=\s*(?:\(|$|\t|[-–|,]))|Matriculation|10th|12th|Class\s+(?:X|XII|10|12)(?!\w)|"
    r"(?:Higher|Senior)\s+Secondary(?:\s+(?:School\s+)?Certificate)?|Secondary\s+School\s+Certificate|"
    r"Diploma|(?:Graduate\s+|Leaving\s+|Junior\s+|Higher\s+)?Certificate|Certification|Leaving\s+Cert\b|"
    r"High\s+School(?:\s+Diploma)?|GED|A[- ]Levels?|"
    r"Baccalaur[ée]at(?:e)?|Psy\.?\s?D\.?|PGCE|H?BASc|MASc|HBSc|MAcc|MFin|Staatsexamen|Dipl[ôo]me|Ingenier[oa]|Ingénieur|Mestre|"
    r"Dottorato|Bachillerato|Matura|Nanodegree|Foundation\s+Degree|Engineer['’]s\s+Degree|"
    r"Licenciatura|Licenciado|Maestr[íi]a|Máster|Mestrado|Bacharelado|Doutorado|Doctorado|Diplom(?:-\w+)?|Dipl\.-?\s?[A-Z][a-z]{1,6}\.|"
    r"Laurea(?:\s+(?:Magistrale|Triennale))?|Magister|"
    r"Licen[cs]iate|Licence(?:\s+professionnelle)?(?=\s*(?:[,:()]|$|\s(?:in|en|de|of)\b|\s+[A-Z]))|"
    r"Ma[îi]trise|"
    r"MRes|BPhil|PG\s?Cert|P[Gg]\s?Dip|HNC|B\.\s?B\.\s?A\.|"
    r"Post[- ]?[Gg]raduate\s+(?:Programme|Program|Diploma)|"
    r"MBA|MSc|BSc|BEng|MEng|BTech|MTech|PhD|BCA|MCA|PGDM|PGDBA|M\.?\s?Com\.?|" + _EXCHANGE + r")(?![\w])",
)
INSTITUTION_RE = re.compile(
    r"\b(?:University|Universit[éà]|Universidad|College|Institute|Institut|School|Academy|Polytechnic|"
    r"Conservatory|Seminary|Univ\.|IIT|IIIT|IIM|IISc|MIT|UCLA|NYU|Bootcamp|Campus|Hochschule|Ecole|École|(?<![BM]\.)(?<![BM])Tech|Caltech|"
    r"Gymnasium|Lyceum|Lyc[ée]e|Liceo|Colegio|Escola|Escuela|Instituto|Col[áa]iste|Scoil|Universiteit|Universität|Universidade|Università|Universitat|Universitet|Hogeschool|"
    r"Fachhochschule|Politecnico|Politécnica|Polytechnique|"
    # Indian school words ("Sri Sharada Vidya Mandir", "Kendriya Vidyalaya", "Bharatiya Vidya Bhavan")
    r"(?:Maha)?[Vv]idyalay(?:a|am)|Vidya\s+(?:Mandir|Bhava?n|Peeth|Niketan)|Vidyapee?th|Vidyapith|Vidyashram)\b",
    re.IGNORECASE,
)
# "Lakeside High School" names a school; "High School Diploma" is the degree. Each word test reads
# a line with the other one's words blanked, so a school "... Early College High School" names no
# degree and "High School Diploma" names no school.
HIGH_SCHOOL_NAME_RE = re.compile(r"(?<=[A-Za-z.'’]\s)High\s+School\b(?!\s+Diploma)")
# A school word right before a degree word names the kind of the qualification, no school ("High
# School Diploma", "Senior School Certificate", "Bootcamp Certificate", "University Master").
_HIGH_SCHOOL_DEGREE_RE = re.compile(
    r"(?:High\s+)?(?:School|Bootcamp|University)\s+(?:Leaving\s+)?(?:Diploma|Certificate|Master)\b"
)


def degree_in(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first degree word of ``text`` (from ``pos`` on), a school's "... High School" aside.

    >>> degree_in("Albuquerque Early College High School") is None
    True
    """
    return DEGREE_RE.search(HIGH_SCHOOL_NAME_RE.sub(lambda m: " " * len(m.group(0)), text), pos)


# A programme or track a school offers, named with a school word ("College Preparatory Program",
# "Honors College Track"): a whole piece of the line that ends on the programme's word.
_PROGRAMME_RE = re.compile(
    r"(?:^|(?<=[,|(]\s)|(?<=[,|(]))\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:Program|Programme|Track|Pathway)"
    r"(?=\s*(?:$|[,|()\t]|\s{2}))"
)


def school_in(text: str) -> re.Match[str] | None:
    """The first school word of ``text``, the degree "High School Diploma" and a programme's name
    ("College Preparatory Program") aside.

    >>> school_in("High School Diploma, STEM Pathway") is None
    True
    >>> school_in("High School Diploma, College Preparatory Program") is None
    True
    """
    blank = _HIGH_SCHOOL_DEGREE_RE.sub(lambda m: " " * len(m.group(0)), text)
    return INSTITUTION_RE.search(_PROGRAMME_RE.sub(lambda m: " " * len(m.group(0)), blank))


GPA_RE = re.compile(
    r"\b(?:GPA|CGPA|Grade Point Average)\b\s*[:\-]?\s*(\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?)"
    # "Grade: 1.3", "Score: 3.9", "Final mark: 85%": a grade under a label of its own
    r"|\b(?:(?:final\s+|overall\s+)?(?:grade|score|marks?|result|percentage|CPI|average))\s*:\s*"
    r"(\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?%?)(?!\S*\s*[-–—]\s*\d)",
    re.IGNORECASE,
)
# A grade written without "GPA:" in front: "3.8/4.0", "8.6 CGPA", "3.7 GPA", "78%".
_GRADE_RE = re.compile(
    r"(?<![\w./])(?:(\d{1,2}(?:\.\d{1,2})?(?:\s*/\s*\d{1,3}(?:\.\d{1,2})?)?)\s*(?:CGPA|GPA|CPI|SGPA)\b|"
    r"(\d\.\d{1,2}\s*/\s*\d{1,2}(?:\.\d{1,2})?|\d{2}(?:\.\d{1,2})?\s?%)(?![\w/]))",
    re.IGNORECASE,
)
# Words a name cannot end on: "Universidade Estadual de" / "Campinas" is one name broken by the page.
OPEN_END_RE = re.compile(
    r"(?:-|\b(?:of|the|and|for|in|from|at|de|da|do|das|dos|del|della|di|du|des|la|le|zu|zur|der|für|van|von|"
    r"y|e|et|en|with)|&)$",
    re.IGNORECASE,
)
# Lines under a degree that are not its field: honours, distinctions, minors, thesis, coursework.
NOT_FIELD_RE = re.compile(
    r"\b(?:hono(?:u)?rs?|hons|cum laude|distinction|dean'?s list|first class|merit|scholar(?:ship)?|minor|"
    r"thesis|dissertation|coursework|award|exchange|semester|valedictorian|study abroad|prize|"
    r"courses|modules|activities|societies|advisor|supervisor|relevant|hono(?:u)?rable mention|menci[óo]n)\b",
    re.IGNORECASE,
)
# Honours written after a school's name: "First Class", "Second Class Honours, Upper Division".
HONOURS_PART_RE = re.compile(
    r"^(?:(?:first|second|third|upper|lower)\b.*\b(?:class|division)\b|class\s+(?:I|II|III|[123])\b)", re.I
)
# Words a field of study ends on ("Computer Science", "Interaction Design"): where a degree written
# straight into its school's name ("B.S. Computer Science Lakeside State University") splits.
FIELD_ENDS = frozenset(
    "science sciences engineering design education mathematics math arts art studies management "  # noqa: SIM905
    "administration economics finance accounting marketing business psychology biology chemistry "
    "physics history english literature philosophy law medicine nursing informatics statistics "
    "security cybersecurity communication communications journalism sociology politics policy "
    "technology analytics architecture music media linguistics geography geology pharmacy "
    "translation interpretation logistics nutrition therapy planning relations development hospitality "
    "tourism agriculture forestry theology anthropology archaeology astronomy neuroscience biochemistry "
    "biotechnology genetics ecology zoology criminology humanities languages theatre dentistry commerce "
    "banking procurement track pathway stream".split()
)

# The level school subjects were taken at ("French and Irish at Higher Level", "Maths at A-Level"):
# no school's name after the "at".
LEVEL = r"(?:Higher|Ordinary|Foundation|Advanced|Standard|Honours|[AO])[- ][Ll]evel\b"

# How long a programme took, as profile exports print it beside the dates ("4 years", "3 months",
# "1 yr 6 mos"): no name.
_DURATION_RE = re.compile(
    r"(?<![\w.])\d{1,2}\s+(?:years?|yrs?|months?|mos?)(?:\s+\d{1,2}\s+(?:months?|mos?))?(?![\w])",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"\s*[|·•●◦▪⋅∙]\s*|\s{2,}|\t|\s+[–—/-]\s+")


# "UG:", "PG:", "Graduation -", "12th:": a level label in front of the degree (job-board style)
_LEVEL_LABEL_RE = re.compile(r"^\s*[A-Za-z0-9][\w .'’-]{0,18}?\s*[:：]\s+(?=\S)")


def _drop_level_label(text: str) -> str:
    """ "UG: B.Tech (Computers) from XYZ University" -> "B.Tech (Computers) from XYZ University"."""
    m = _LEVEL_LABEL_RE.match(text)
    if m is None or DEGREE_RE.search(text[: m.end()]) or INSTITUTION_RE.search(text[: m.end()]):
        return text
    rest = text[m.end() :]
    return rest if DEGREE_RE.search(rest) or INSTITUTION_RE.search(rest) else text


_BRACKETED_SCHOOL_RE = re.compile(r"\s*\(([^()]+)\)")


def _bracketed_school(m: re.Match[str]) -> str:
    """ "Computer Science (University of Leeds)": a school named in brackets is a piece of its own;
    other brackets ("(Honours)", "(Computer Science)") stay."""
    inside = m.group(1)
    if school_in(inside) and not degree_in(inside):
        return f" | {inside.strip()} | "
    return m.group(0)


def pieces(text: str) -> list[str]:
    """The parts of an education line, without its dates and grade: degree, school, place...

    >>> pieces("B.S. in Economics from Lakeside University, 2014 - 2018, GPA 3.6")
    ['B.S. in Economics', 'Lakeside University']
    >>> pieces("MSc, Statistics (Lakeside University)")
    ['MSc, Statistics', 'Lakeside University']
    """
    text = _drop_level_label(text)
    ds = find_dates(text)
    if ds is not None:
        start = ds.span[0]
        # "Lyon 2 | December 2011": the 2 ends the name, it is no day of the date
        day = re.match(r"\d{1,2}(?=\t|\s*\|\s|\s{2,})", text[start:])
        if day and start and text[start - 1] == " " and re.search(r"[^\W\d_]$", text[: start - 1]):
            start += day.end()
        text = text[:start] + " | " + text[ds.span[1] :]
        text = re.sub(r"\s+(?:in|during|of)\s*\|", " |", text)  # "... University in 2017"
    text = _GRADE_RE.sub(" | ", GPA_RE.sub(" | ", text))
    text = _DURATION_RE.sub(" | ", text)
    text = _BRACKETED_SCHOOL_RE.sub(_bracketed_school, text)
    text = re.sub(
        r"\b(?:Expected|Graduated|Graduation|Class of|Anticipated)\b:?", " | ", text, flags=re.IGNORECASE
    )
    # "B.S. in Economics from Stanford University" / "... at MIT" / "... @ MIT"; not "... Irish at
    # Higher Level" (the level a subject was taken at)
    m = re.search(r"\s+(?:from|at|@)\s+(?=[A-Z])(?!" + LEVEL + ")", text)
    if m and degree_in(text[: m.start()]) and not school_in(text[: m.start()]):
        text = text[: m.start()] + " | " + text[m.end() :]
    out = []
    for raw in _SPLIT_RE.split(text):
        piece = strip_piece(raw)
        if not piece or not re.search(r"[A-Za-z]", piece):
            continue
        place, rest = peel_place(piece)  # "MIT, Cambridge, MA": the state code is not an M.A.
        if place and rest and (school_in(rest) or degree_in(rest)):
            out.extend([rest, place])
        else:
            out.append(piece)
    return out


def split_degree_institution(piece: str) -> list[str]:
    """ "B.S. in CS, Ridgemont State University" -> two pieces; "University, Springfield" stays one;
    a place between a school and its degree is a piece of its own.

    >>> split_degree_institution("Lakeside College, Boston, MA, Licenciatura, History")
    ['Lakeside College', 'Boston, MA', 'Licenciatura, History']
    """
    lead = _leading_abbreviation(piece)
    if lead:
        return [lead, *split_degree_institution(piece[len(lead) :].strip())]
    parts = [p.strip() for p in piece.split(",")]
    placed = _place_between(parts)
    if placed is not None:
        i, j = placed
        return [*split_degree_institution(", ".join(parts[:i])), ", ".join(parts[i:j]), ", ".join(parts[j:])]
    for k in range(len(parts) - 1, 0, -1):  # the degree first: its field goes with it ("B.S., Biology")
        left, right = ", ".join(parts[:k]), ", ".join(parts[k:])
        if degree_in(left) and school_in(right) and not school_in(left):
            return [left, right]
    for k in range(1, len(parts)):  # the school first: a field after it goes with the degree
        left, right = ", ".join(parts[:k]), ", ".join(parts[k:])  # ("Lakeside College, History, BA")
        if school_in(left) and degree_in(right) and not degree_in(left):
            return [left, right]
    return [piece]


def _leading_abbreviation(piece: str) -> str | None:
    """A degree's abbreviation set right before the school's name, no separator between ("M.Sc.
    Technische Universität Halbrück, Computer Science" -> "M.Sc."); not one before its field ("B.S.
    Computer Science Lakeside University": a field word comes before the school word)."""
    deg = DEGREE_RE.match(piece)
    if (
        deg is None
        or " " in deg.group(0)
        or not re.fullmatch(r"(?:[A-Z][a-z]*\.?){2,4}|[A-Z]{2,5}", deg.group(0))
    ):
        return None
    rest = piece[deg.end() :]
    first = rest.split(",")[0]
    school = school_in(first)
    if not re.match(r"\s+[A-Z]", rest) or school is None or degree_in(first):
        return None
    words = re.findall(r"[^\W\d_]+", first[: school.start()])
    return None if any(w.lower() in FIELD_ENDS for w in words) else deg.group(0)


def _place_between(parts: list[str]) -> tuple[int, int] | None:
    """Where a place sits between a school and the degree after it ("Lakeside College, Boston, MA,
    B.S., Biology": parts 1-2), the longest such run; None when there is none."""
    for i in range(1, len(parts) - 1):
        school = ", ".join(parts[:i])
        if not INSTITUTION_RE.search(school) or DEGREE_RE.search(school):
            continue
        for j in range(min(len(parts) - 1, i + 3), i, -1):
            if j - i == 3 and parts[j - 1].lower() not in ALL_PLACES:
                continue  # "Toronto, Canada, History, BA": the third part is the field, not a country
            if is_location(", ".join(parts[i:j])) and DEGREE_RE.search(", ".join(parts[j:])):
                return i, j
    return None


def find_gpa(text: str) -> str | None:
    """The grade a line gives: "GPA: 3.8/4.0", "3.8/4.0", "8.6 CGPA" -> "3.8/4.0", "8.6"."""
    m = GPA_RE.search(text)
    if m:
        return (m.group(1) or m.group(2)).replace(" ", "")
    g = _GRADE_RE.search(text)
    return (g.group(1) or g.group(2)).replace(" ", "") if g else None


# A web address written beside a school ("Lakeside University (https://lakeside.edu)", "... ·
# www.lakeside.edu", "... – lakeside.ac.uk") and the arrow or icon a theme prints for a link.
_LINK_RE = re.compile(
    r"(?:\s+[·|•–—-])?\s*(?:[(\[]\s*)?(?:(?:https?://|www\.)\S+?|(?<![\w.@])[a-z][\w-]+(?:\.[a-z][\w-]*)*\."
    r"(?:edu|com|org|net|io|ac\.[a-z]{2}|edu\.[a-z]{2}))(?:/\S*?)?\s*[)\]]?(?=\s|$|[,|])"
    r"|\s*[\u2197\u2934\u29c9\U0001f517]"
)


def unlinked(text: str) -> str:
    """A line without the web address or link icon written beside a name.

    >>> unlinked("Lakeside University (https://www.lakeside.edu), Boston, MA")
    'Lakeside University, Boston, MA'
    >>> unlinked("Lakeside University \u00b7 lakeside.edu")
    'Lakeside University'
    """
    out = _LINK_RE.sub("", text)
    if out == text:
        return text
    return re.sub(r"\s*[·|•–—-]\s*$|\s*[·|•–—-]\s*(?=[,|])", "", out).strip() or text


def unglue_degree(text: str) -> str:
    """A degree the reader glued to the school's name after it: "LicenceUniversité Lumière Lyon 2"
    -> "Licence | Université Lumière Lyon 2"."""
    m = re.match(r"\s*([A-Z][a-z]+)(?=[A-Z])", text)
    if m and DEGREE_RE.fullmatch(m.group(1)) and (INSTITUTION_RE.match(text, m.end()) or " " in text):
        return f"{m.group(1)} | {text[m.end() :]}"
    return text


def unglue_years(text: str) -> str:
    """A year the PDF glued to the word before it, set apart: "University of Leeds2014" ->
    "University of Leeds 2014"."""
    text = re.sub(r"\b((?:19|20)\d{2}-[01]\d)-[0-3]\d\b", r"\1", text)  # "2021-09-01": the month is enough
    text = re.sub(r"(?<=[^\W\d_])(?=(?:19|20)\d{2}\b)", " ", text)
    # "Lyon 22012 - 2015": a name ending on a number, then a year range
    return re.sub(r"(?<=\d)(?=(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|[A-Za-z]))", " ", text)


_SMALL = frozenset("of in and the for at de du des la le en zu der y".split())  # noqa: SIM905
# Where a line's pieces meet: a piece in capitals ("DIPLOMA IN ECONOMICS") is read on its own.
_CAPS_SPLIT_RE = re.compile(r"(\s*[,|·•()\t]\s*|\s{2,}|\s+[–—-]\s+)")


def _degree_spelling(word: str) -> str | None:
    """A degree abbreviation written in capitals, as the degree words spell it ("PHD" -> "PhD",
    "B.SC." -> "B.Sc.", "MENG" -> "MEng"); None for any other word."""
    if DEGREE_RE.fullmatch(word):
        return word
    dotted = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)
    for spelling in (
        word.capitalize(),
        word[:2] + word[2:].lower(),
        word[0] + word[1:-1].lower() + word[-1],
        dotted,
    ):
        if DEGREE_RE.fullmatch(spelling):
            return spelling
    return None


def uncapitalise(text: str) -> str:
    """The pieces of a line set in capitals, written as a name is ("BACHELOR OF ARTS IN HISTORY, IIT
    DELHI" -> "Bachelor of Arts in History, IIT Delhi"; "PHD, PHYSICS | 2019 to 2023" -> "PhD,
    Physics | 2019 to 2023"): the degree and school words can then be read. Degree abbreviations
    take their usual spelling; other words of up to three letters stay as they are (MIT, USA).

    >>> uncapitalise("DIPLOMA IN ECONOMICS, Ashford University")
    'Diploma in Economics, Ashford University'
    """
    ds = find_dates(text)
    if ds is not None and ds.span[1] > ds.span[0]:  # "Jun 2010 — Oct 2014 MASTER OF SCIENCE": around the date
        a, b = ds.span
        return uncapitalise(text[:a]) + text[a:b] + uncapitalise(text[b:])
    parts = _CAPS_SPLIT_RE.split(text)
    caps = [p for p in parts[::2] if p.isupper()]
    long_words = len(re.findall(r"[^\W\d_]{4,}", " ".join(caps)))
    degrees = any(_degree_spelling(w) for p in caps for w in re.findall(r"[^\W\d_][\w.]*", p))
    alone = len(caps) == 1 and caps[0].strip() == text.strip() and bool(_degree_spelling(text.strip()))
    if long_words < 2 and not (degrees and long_words) and not alone:
        return text  # "PHD" alone on its line is a degree ("PhD")
    parts[::2] = [_recased(p) if p.isupper() else p for p in parts[::2]]
    return "".join(parts)


def _recased(piece: str) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in _SMALL:
            return w.lower()
        spelled = _degree_spelling(w) if re.search(r"[^\W\d_]{2}", w) else None
        if spelled:
            return spelled
        return w.capitalize() if len(re.sub(r"\W", "", w)) > 3 else w

    return re.sub(r"[^\W\d_][\w.]*(?<!\.)\.?|[^\W\d_]+", word, piece)
