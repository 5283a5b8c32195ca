"""Dates as resumes write them: "Jan 2020", "01/2020", "2020", "Summer 2021", "’21", "Present", ranges.

Dates become ISO strings: ``YYYY-MM`` when the month is known, ``YYYY`` otherwise, ``"present"`` for
current roles. Placeholder years such as ``20XX`` are recognised as dates with an unknown value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from resume_tailor.resume.vocab import VERSIONED_PRODUCTS

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names of the other languages resumes here come in (German, French, Spanish, Portuguese,
# Italian, Dutch), full and abbreviated, where they are not English ones. "Set", "Out", "Ago",
# "Gen" and "Mag" are English words too: they count only capitalised, before a year.
_FOREIGN_MONTHS = {
    1: "januar jänner janvier janv enero ene janeiro gennaio januari",
    2: "februar feber février févr fév fevr fev febrero fevereiro febbraio februari",
    3: "märz mär mrz maerz mars marzo março marco maart mrt",
    4: "avril avr abril abr aprile",
    5: "mai mayo maio maggio mei",
    6: "juni juin junio junho giugno giu",
    7: "juli juillet juil julio julho luglio lug",
    8: "août aout agosto",
    9: "septembre septiembre setembro settembre",
    10: "oktober okt octobre octubre outubro ottobre ott",
    11: "novembre noviembre novembro",
    12: "dezember dez décembre déc diciembre dic dezembro dicembre",
}
_CAPITALISED_MONTHS = {"Gen": 1, "Mag": 5, "Ago": 8, "Set": 9, "Out": 10}
_MONTH_WORDS = {w: n for n, words in _FOREIGN_MONTHS.items() for w in words.split()}
_MONTH_WORDS.update({w.lower(): n for w, n in _CAPITALISED_MONTHS.items()})
_ENGLISH_MONTHS = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september"
    " oct october nov november dec december"
)


def _trie(words: list[str]) -> str:
    """One pattern matching any of ``words``, factored by shared beginnings: a long alternation of
    plain words is tried word by word at every position of every line, a factored one letter by
    letter (find_dates runs on every line of every resume)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(tree)


def _pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if ends else body


_MONTH_NAMES = _trie(
    _ENGLISH_MONTHS.split() + sorted(_MONTH_WORDS.keys() - {w.lower() for w in _CAPITALISED_MONTHS})
)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_MONTH = (
    # at a word's start, or glued on after a lower-case letter ("Lakeside InstituteJul 2004")
    r"(?:(?<![^\W\d_])|(?-i:(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])))"
    rf"(?:{_MONTH_NAMES}|(?-i:{'|'.join(_CAPITALISED_MONTHS)}))(?![^\W\d_])\.?"
)
MONTH_PATTERN = _MONTH  # a month name or abbreviation, for patterns elsewhere (print stamps)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
SEASON_PATTERN = _SEASON  # a season, for patterns elsewhere (rails)
# a four-digit year of a resume's span: the one source of "a year" (rails.py reads it too)
YEAR_PATTERN = r"(?:19|20)\d{2}"
YEAR_RE = re.compile(YEAR_PATTERN)
_YEAR = rf"(?:{YEAR_PATTERN}|20[xX]{{2}})(?!\d)"
_SHORT = r"['’‘`]\d{2}(?!\d)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = (
    # "Jan 2020", "März 2019", "enero de 2020", "1 Mar 2019", "1. März 2019", "1st March 2019", "Mar 1, 2019"
    rf"(?:(?:(?<![\d/.]){_DAY}(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?)?{_MONTH}\s*,?\s*(?:de\s+|{_DAY}(?:st|nd|rd|th)?,?\s+)?"
    rf"(?:{_YEAR}|{_SHORT})"
    # "Mar-2019", "Mar/2019": the month joined to its year by a hyphen or a slash
    rf"|{_MONTH}[-/]{_YEAR}"
    # "Q2 2019": a quarter (read as its first month)
    rf"|(?<![\w])Q[1-4]\s*{_YEAR}"
    rf"|{_SEASON}\s*,?\s*(?:{_YEAR}|{_SHORT})"
    # "15.03.2019" (day first), "03/15/2019" (month first unless the first number is over 12)
    rf"|(?<![\d/.]){_DAY}[./-]{_DAY}[./-]{_YEAR}"
    # "06/2019", "06 / 2019", "06.2019"; not "Lyon 2. 2019", where the full stop ends a name
    rf"|(?<![\d/.])\d{{1,2}}(?:\s*/\s*|\.){_YEAR}"
    rf"|(?<![\d/.])\d{{1,2}}-{_YEAR}"
    rf"|(?<![\d/.]){YEAR_PATTERN}[/.-](?:0?[1-9]|1[0-2])(?:[/.-](?:0?[1-9]|[12]\d|3[01]))?(?![\d/.])"
    # "2019 Mar", "2019 March": the year first
    rf"|(?<![\d/.$£€])\b{_YEAR}\s+{_MONTH}"
    # "Early 2019", "mid-2019": a part of the year, read as the year
    rf"|(?<![^\W\d_])(?:early|mid|late)[\s-]*{_YEAR}"
    rf"|(?<![\d/.$£€])\b{_YEAR}"
    rf"|(?<![\w])(?:{_SHORT}))"
)
_PRESENT = (
    r"(?:(?:(?:o|el|la|il|to|till|until)\s+(?:the\s+)?)?(?:pre\s?sent(?:ly|\s+day)?|current(?:ly|\s+role)?|now|today"
    r"|ongoing|continuing|(?:to|till|until)\s+(?:date|now)|date"
    # the same in German, French, Spanish, Portuguese, Italian, Dutch
    r"|(?:bis\s+)?heute|aktuell|derzeit|jetzt|laufend|présent|aujourd['’]hui|à\s+ce\s+jour|actuel(?:lement)?"
    r"|en\s+cours|en\s+poste|maintenant|actualidad|actual(?:mente)?|(?:(?:hasta|a)\s+)?la\s+fecha|presente|hoy"
    r"|atual(?:mente)?|hoje|o\s+momento|(?:(?:ad|a)\s+)?oggi|attuale|in\s+corso|heden))"
)
PRESENT_PATTERN = _PRESENT  # a word for "now" ending a range, for patterns elsewhere (rails)
_SEP = (
    r"\s*(?:-{1,2}|–|—|‒|−|~|→|->|⟶|➔|➜|⇒|▸|►|▶|»|(?<=\s)/(?=\s)|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b"
    r"|\bbis\b|\bà\b|\bau\b|\bhasta\b|\baté\b|\bal\b|\btot\b)\s*"
)

# How long a range lasted, as some templates print it beside or under the range: "2 yrs 3 mos",
# "(1 year, 2 months)", "4 ans 10 mois", "1 Jahr", "2 años y 3 meses", "1 jaar en 3 maanden"
YEARS_UNIT = r"(?:years?|yrs?|ans?|jahre?n?|años?|anos?|anni|anno|jaar|jaren)"
MONTHS_UNIT = r"(?:months?|mos?|mths?|mois|monate?n?|monat|meses|mes|mês|mesi|mese|maanden|maand)"
_AMOUNT = rf"\d{{1,2}}\s*(?:{YEARS_UNIT}|{MONTHS_UNIT})\.?(?![^\W\d_])"
DURATION_PATTERN = (
    rf"(?:\(\s*)?{_AMOUNT}(?:\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b)?\s*{_AMOUNT})?(?:\s*\))?"
)
DURATION_RE = re.compile(rf"^\s*[·•|–-]?\s*{DURATION_PATTERN}\s*$", re.IGNORECASE)

# "06/19 – Present", "1/20 - 3/21", "Mar-19 – Nov-21": two-digit years only count inside a range
# (or after "since"); the two may stand apart with no dash ("3/19  5/21", the dash an icon)
_SHORT_DATE = rf"(?:(?<![\d/.])(?:0?[1-9]|1[0-2])/\d{{2}}|{_MONTH}-\d{{2}})(?![\w/])"
SHORT_RANGE_RE = re.compile(
    rf"(?P<start>{_SHORT_DATE})(?:{_SEP}|\s+)(?P<end>{_SHORT_DATE}|{_PRESENT})(?![\w/])", re.IGNORECASE
)
# "2019–20", "2019 to 21": an end year in two digits, at most this many years after the start
_TWO_DIGIT_SPAN = 9
_TWO_DIGIT_END_RE = re.compile(
    rf"(?<![\d/.])(?P<start>{YEAR_PATTERN}){_SEP}(?P<end>\d{{2}})(?=\s*(?:$|[)\],;|·•]))", re.IGNORECASE
)
SINCE_RE = re.compile(r"\b(?:since|from|seit|depuis|desde)\s+$", re.IGNORECASE)
# "Since 3/19": a two-digit year after "since" is a start too
SINCE_SHORT_RE = re.compile(rf"\b(?:since|seit|depuis|desde)\s+(?P<start>{_SHORT_DATE})", re.IGNORECASE)
RANGE_RE = re.compile(rf"(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT})(?![\w])", re.IGNORECASE)
# two dates with nothing but space (or an icon font's glyph) between them: a theme that draws the
# dash as an icon prints "Mar 2019  Apr 2021"; read as a range only when the two run forward
BARE_RANGE_RE = re.compile(
    rf"(?P<start>{_DATE})\s*[\ue000-\uf8ff]?\s+(?P<end>{_DATE}|{_PRESENT})(?![\w])", re.IGNORECASE
)
DATE_RE = re.compile(rf"(?P<date>{_DATE})(?![\w])", re.IGNORECASE)
PRESENT_RE = re.compile(rf"^{_PRESENT}$", re.IGNORECASE)


@dataclass
class DateSpan:
    """A date or a date range found in a text, with its character span."""

    start: str | None
    end: str | None
    text: str
    span: tuple[int, int]


def closes_range(text: str, *, year_only: bool = False) -> bool:
    """Whether ``text`` (one row, stripped) is all that closes a date range cut over two rows: its
    end year (``year_only``: the row above ended on the end's month), else a date or a word for now.

    >>> closes_range("2025", year_only=True), closes_range("Present"), closes_range("May 2021 Acme")
    (True, True, False)
    """
    if year_only:
        return bool(YEAR_RE.fullmatch(text))
    return bool(DATE_RE.fullmatch(text) or PRESENT_RE.match(text))


def normalize_date(token: str) -> str | None:
    """Turn one written date into ``YYYY-MM``, ``YYYY`` or ``"present"``; None when unknown.

    >>> normalize_date("Sept. 2023"), normalize_date("01/2020"), normalize_date("’21")
    ('2023-09', '2020-01', '2021')
    """
    t = token.strip().lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    if PRESENT_RE.match(t):
        return "present"
    if re.search(r"20xx", t):
        return None
    year: int | None = None
    m = YEAR_RE.search(t)
    if m:
        year = int(m.group(0))
    else:
        m = re.search(r"'(\d{2})", t)
        if m:
            yy = int(m.group(1))
            year = 2000 + yy if yy < 50 else 1900 + yy
    if year is None:
        return None
    quarter = re.search(r"\bq([1-4])\b", t)
    month = _month_word(t) or _month_number(t) or (3 * int(quarter.group(1)) - 2 if quarter else None)
    if month is not None and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _month_word(t: str) -> int | None:
    """The month a written date names in words: "mar" (English, by its first three letters),
    "märz", "enero", a season ("summer")."""
    for word in re.findall(r"[^\W\d_]+", t):
        number = (
            _SEASONS.get(word)
            or _MONTH_WORDS.get(word)
            or _MONTHS.get(word[:3])
            or _MONTH_WORDS.get(word[:3])
        )
        if number:
            return number
    return None


def _month_number(t: str) -> int | None:
    """The month of a numeric date: "06/2019", "2019-06(-15)", "15.03.2019" (day first when the
    parts are dotted or dashed, month first when slashed, unless that part is over 12)."""
    m = re.match(rf"(\d{{1,2}})([./-])(\d{{1,2}})[./-]{YEAR_PATTERN}", t)
    if m:
        first, second = int(m.group(1)), int(m.group(3))
        month_first = m.group(2) == "/"
        if (first if month_first else second) > 12:
            month_first = not month_first
        return first if month_first else second
    m = re.match(rf"(\d{{1,2}})\s*[/.-]\s*{YEAR_PATTERN}", t)
    if m:
        return int(m.group(1))
    m = re.match(rf"{YEAR_PATTERN}[/.-](\d{{1,2}})(?:[/.-]\d{{1,2}})?$", t)  # ISO, day dropped
    return int(m.group(1)) if m else None


# a dash after the last date and nothing after it but a bracket or a comma, then the line's end or a
# separator ("2020-09 –, | Nurse, Acme", "(15.11.2019 through)"): the end left blank
_OPEN_END_RE = re.compile(
    r"\s*(?:(?:-{1,2}|–|—|‒|−|~|→|⟶|▸|»|(?<=\s)/)\s*(?:…|\.{3})?\s*(?:[)\],;]\s*)?"
    r"|\b(?:to|till|until|through)\s*(?:…|\.{3})?\s*(?:[)\],;]\s*)?)(?=$|[|·•]\s)"
)
# "Mar 2019 onwards", "2019 and onward": the start, and on from there (the word says so, whatever
# follows it: a table cell's title read into the same line)
_ONWARDS_RE = re.compile(r"\s+(?:and\s+)?onwards?\b\s*[)\],;]?", re.IGNORECASE)
# a label naming the dates right before them ("Dates: Mar 2019 – Present"): part of the dates' span
_LABEL_BEFORE_RE = re.compile(
    r"(?:\b(?:employment\s+)?(?:dates?|period|duration|tenure)\s*:\s*)$", re.IGNORECASE
)


def find_dates(text: str) -> DateSpan | None:
    """Find the date range (or, failing that, the last single date) in a line of text.

    A single date is taken as the end ("Graduated May 2020"); a range gives both ends. A label
    right before the dates ("Dates:") is part of their span.

    >>> find_dates("Software Engineer · Jan 2020 – Present").start
    '2020-01'
    >>> find_dates("Analyst | Dates: Jan 2020 – Present").span
    (10, 35)
    """
    found = _dates_in(text)
    return None if found is None else replace(found)  # a copy: callers may move its span


# Layout stages ask about the same line many times (about 125 calls a resume); each answer is a
# handful of regular-expression scans, so it is worth keeping.
@lru_cache(maxsize=8192)
def _dates_in(text: str) -> DateSpan | None:
    found = _find_dates(text)
    label = None if found is None else _LABEL_BEFORE_RE.search(text[: found.span[0]])
    if found is not None and label is not None:
        found.span = (label.start(), found.span[1])
    return found


def _find_dates(text: str) -> DateSpan | None:
    m = RANGE_RE.search(text)
    if m:
        first, last = _day_first_together(m.group("start"), m.group("end"))
        return DateSpan(normalize_date(first), normalize_date(last), m.group(0).strip(), m.span())
    m = SHORT_RANGE_RE.search(text)
    if m:
        return DateSpan(_short(m.group("start")), _short(m.group("end")), m.group(0).strip(), m.span())
    m = _TWO_DIGIT_END_RE.search(text)
    if m and 0 < int(m.group("end")) - int(m.group("start")) % 100 <= _TWO_DIGIT_SPAN:
        year = m.group("start")
        return DateSpan(year, year[:2] + m.group("end"), m.group(0).strip(), m.span())
    for m in BARE_RANGE_RE.finditer(text):
        start, end = normalize_date(m.group("start")), normalize_date(m.group("end"))
        if start and end and (end == "present" or start[:4] < end[:4] or (start < end and len(start) == 7)):
            return DateSpan(start, end, m.group(0).strip(), m.span())
    found = [m for m in DATE_RE.finditer(text) if not _is_version(text, m)]
    if not found:
        return _short_start(text)
    m = found[-1]
    since = SINCE_RE.search(text[: m.start()])
    if since:  # "Since 2018": a start, still going
        return DateSpan(
            normalize_date(m.group("date")),
            "present",
            text[since.start() : m.end()].strip(),
            (since.start(), m.end()),
        )
    open_end = _OPEN_END_RE.match(text, m.end()) or _ONWARDS_RE.match(text, m.end())
    if open_end:  # "Mar 2019 –" with nothing after the dash, "Mar 2019 onwards": a start, still going
        return DateSpan(
            normalize_date(m.group("date")), "present", m.group(0).strip(), (m.start(), open_end.end())
        )
    return DateSpan(None, normalize_date(m.group("date")), m.group(0).strip(), m.span())


# a day before the month, slashed: "17/11/2021"
_SLASHED_DAY_FIRST_RE = re.compile(rf"^\s*(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/{YEAR_PATTERN}")


_SHORT_DATE_RE = re.compile(_SHORT_DATE, re.IGNORECASE)


def _short_start(text: str) -> DateSpan | None:
    """A still-going range that starts with a two-digit year: "Since 3/19", "3/19 –", "3/19 onwards"."""
    m = SINCE_SHORT_RE.search(text)
    if m:
        return DateSpan(_short(m.group("start")), "present", m.group(0), m.span())
    for m in _SHORT_DATE_RE.finditer(text):
        open_end = _OPEN_END_RE.match(text, m.end()) or _ONWARDS_RE.match(text, m.end())
        if open_end:
            return DateSpan(_short(m.group(0)), "present", m.group(0), (m.start(), open_end.end()))
    return None


def _day_first_together(start: str, end: str) -> tuple[str, str]:
    """The two ends of a range in one order of day and month: when one end shows its day first
    ("17/11/2021"), the other ("07/03/2019") does too.

    >>> _day_first_together("07/03/2019", "17/11/2021")
    ('07.03.2019', '17.11.2021')
    """
    if _SLASHED_DAY_FIRST_RE.match(start) or _SLASHED_DAY_FIRST_RE.match(end):
        return start.replace("/", "."), end.replace("/", ".")
    return start, end


def beside_dates(text: str) -> str | None:
    """What a line says besides its dates (:func:`find_dates`), None when it has none: how a line
    that is a date and little else is told.

    >>> beside_dates("Jan 2020 – Present | Remote"), beside_dates("Remote")
    (' | Remote', None)
    """
    ds = find_dates(text)
    return None if ds is None else text[: ds.span[0]] + text[ds.span[1] :]


def _is_version(text: str, m: re.Match[str]) -> bool:
    """A bare year right after a product name is a release: "SharePoint 2013", "SQL Server 2019"."""
    if not re.match(rf"{YEAR_PATTERN}(?!\d)", m.group("date")):
        return False
    before = re.search(r"([A-Za-z]+)\s+$", text[: m.start()])
    return before is not None and before.group(1).lower() in VERSIONED_PRODUCTS


def _short(token: str) -> str | None:
    """ "06/19" or "Jun-19" -> "2019-06"; "Present" -> "present"."""
    if PRESENT_RE.match(token.strip()):
        return "present"
    month, year = re.split(r"[/-]", token.strip())
    yy = int(year)
    number = int(month) if month.isdigit() else _month_word(month.lower())
    return f"{2000 + yy if yy < 50 else 1900 + yy:04d}-{number:02d}"


def _month_index(iso: str, *, is_end: bool, today: date) -> int | None:
    if iso == "present":
        return today.year * 12 + today.month - 1
    parts = iso.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if is_end else 1)
    return year * 12 + month - 1


def month_interval(start: str | None, end: str | None, today: date | None = None) -> tuple[int, int] | None:
    """The entry's interval as (first month index, last month index), both inclusive; None if unknown."""
    if not start or not end:
        return None
    today = today or date.today()
    a = _month_index(start, is_end=False, today=today)
    b = _month_index(end, is_end=True, today=today)
    if a is None or b is None or b < a:
        return None
    if "-" not in end and end != "present" and "-" in start:
        # "Mar 2019 - 2021": the end year's month is unknown; count to its start, not its end.
        b = max(a, b - 11)
    return a, b


def months_between(start: str | None, end: str | None, today: date | None = None) -> int | None:
    """Duration in months, counting both ends ("Jan 2020 - Dec 2020" is 12)."""
    iv = month_interval(start, end, today)
    return None if iv is None else iv[1] - iv[0] + 1


def total_years(intervals: list[tuple[int, int]]) -> float | None:
    """Years covered by the union of month intervals (overlapping roles count once)."""
    if not intervals:
        return None
    merged: list[list[int]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    months = sum(b - a + 1 for a, b in merged)
    return round(months / 12, 1)
