"""Rules for project and activity entries that roles at an employer do not need.

A project's name line carries what people write beside the name: a tech stack ("Tide Chart |
Python, React", "Tide Chart — Tech: Python", "Tide Chart (Python, React)", an italic
"Tide Chart  Node.js"), an award ("— 1st Place, HackNorth 2023"), a role ("— Team Lead"). The
name is the project's title; the rest goes to ``Entry.fields``. A role line under a project's
name ("Team Lead") is a field of that project, not a project of its own, and an award line under
it ("HackNorth 2023 · Best Use of Data") is its first line, not the next project's name.

An activity's role and organisation are often written in one piece ("Treasurer, Chess Club",
"Chess Club: Treasurer", "Chess Club — Treasurer", "Treasurer at Chess Club"); they are split
into title and organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.models import Entry
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import beside_dates, find_dates
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.names import company_score, title_score

# a label that introduces a tech stack ("Tech:", "Built with", "Stack:")
_TECH_LABEL = r"(?:tech(?:nolog(?:y|ies))?(?:\s+stack)?|stack|tools?|built\s+(?:with|using)|languages?)"
# the label after a separator ("— Built with"), or followed by its colon ("Tech: Python")
_LABEL_TAIL_RE = re.compile(
    rf"(?:\s*[-–—|·•,]\s*\(?{_TECH_LABEL}\s*:?|\s+\(?{_TECH_LABEL}\s*:)(?:\s+(?P<tail>.*)|$)", re.I
)
_BRACKET_TAIL_RE = re.compile(r"\s*[(\[](?P<tail>[^()\[\]]*)[)\]]?\s*$")
_DASH_TAIL_RE = re.compile(r"\s+[-–—]\s+(?P<tail>.+)$")
_TECH_LINE_RE = re.compile(rf"^{_TECH_LABEL}\s*:\s*", re.I)
# what a hackathon or competition gives a project: a place, a prize, a mention
_AWARD_RE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third)\s+place\b|\bwinner\b|\brunner[- ]up\b|\bfinalist\b"
    r"|\bbest\s+\w+|\bprize\b|\baward(?:ed)?\b|\bhonou?rable\s+mention\b|\bgrand\s+champion\b",
    re.I,
)
_LINK_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
_LIST_SEP_RE = re.compile(r"\s*(?:,|/|\||·|•|;)\s*|\s+")
# words before a tech name that make it part of the project's name ("Chess Engine in Rust")
_JOINING_WORDS = frozenset({"in", "with", "for", "using", "on", "and", "&", "of", "to", "via", "from"})
# a role written beside or under a project's name: a short name with a clear role word
_ROLE_MIN_SCORE = 1.5
_ROLE_MAX_WORDS = 4


def tidy_projects(entries: list[Entry]) -> list[Entry]:
    """Free each project's name from what is written beside it, and fold a role line read as a
    project of its own into the project above it.

    >>> e = tidy_projects([Entry(kind="project", title="Tide Chart — Tech: Python, React")])[0]
    >>> e.title, e.fields
    ('Tide Chart', {'Technologies': 'Python, React'})
    """
    out: list[Entry] = []
    for entry in (part for e in entries for part in _split_at_name_lines(e)):
        if entry.title:
            entry.title = _project_name(entry.title, entry.fields)
        line_of = _line_of_project(out[-1], entry) if out else None
        if line_of is not None:
            if line_of and entry.title:
                out[-1].fields.setdefault(line_of, entry.fields.get(line_of) or entry.title)
            fold_into(out[-1], entry)
            continue
        out.append(entry)
    return out


# a project's name line written "name | tools" or "name — tools": a short name, a separator, no sentence
_NAME_AND_TOOLS_RE = re.compile(
    r"^(?P<name>[^\s|—–]+(?:\s+[^\s|—–]+){0,3})\s+(?P<sep>[|—–])\s+(?P<tail>[^.]+)$"
)


def _name_and_tools(text: str) -> tuple[str, str] | None:
    """(name, tools) of a "name | tools" line: a short name, a separator, then a list of names, half
    of them or more tools the skills taxonomy knows and none a sentence; else None."""
    m = _NAME_AND_TOOLS_RE.match(text.strip())
    if m is None:
        return None
    tail = m.group("tail").strip()
    items = [i.strip() for i in re.split(r"\s*[,/·;]\s*", tail) if i.strip()]
    if not items or any(len(i.split()) > 2 or not re.match(r"[A-Z0-9.]|[a-z]+[-.+#\d]", i) for i in items):
        return None
    return (m.group("name"), tail) if 2 * sum(_known_tool(i) for i in items) >= len(items) else None


def _split_at_name_lines(entry: Entry) -> list[Entry]:
    """A project list whose points carry no glyph, its projects named like "orbit-sim | Kotlin,
    PyTorch": a point written that way is the name of the next project, not a point of this one (a
    name in lower case, like a repository's, does not look like a header to the entry splitter)."""
    if entry.kind != "project":
        return [entry]
    parts = [entry]
    bullets, entry.bullets = entry.bullets, []
    for bullet in bullets:
        if named := _name_and_tools(bullet.text):
            parts.append(Entry(kind=entry.kind, title=named[0], fields={"Technologies": named[1]}))
        else:
            parts[-1].bullets.append(bullet)
    return parts


def fold_into(previous: Entry, entry: Entry) -> None:
    """An entry that is a line of the one before it: its bullets (and dates, when the one before
    has none) go there."""
    previous.bullets.extend(entry.bullets)
    if previous.dates_text is None and entry.dates_text is not None:
        previous.dates_text, previous.start, previous.end = entry.dates_text, entry.start, entry.end
        previous.months = entry.months


def _line_of_project(previous: Entry, entry: Entry) -> str | None:
    """Which line of the project above an entry is: "Role" (a role under a name with no lines yet),
    "Technologies" (a labelled stack: "Stack: Swift, Arduino"), "" (no name at all: its dates or
    description set apart), or None (a project of its own)."""
    if entry.title is None and entry.company is None:
        return ""
    if entry.title is not None and entry.company is None and _TECH_LINE_RE.match(entry.title):
        entry.fields.setdefault("Technologies", _TECH_LINE_RE.sub("", entry.title))
        return "Technologies"
    return "Role" if _role_line(previous, entry) else None


def _project_name(title: str, fields: dict[str, str]) -> str:
    """The project's name without its tech stack, link, award or role suffix (kept in ``fields``)."""
    for _ in range(3):  # "Name (github.com/x) — Tech: Python": one suffix at a time
        before = title
        title = _cut_label_tail(title, fields)
        title = _cut_bracket_tail(title, fields)
        title = _cut_dash_tail(title, fields)
        title = _cut_case_change(_cut_tech_run(title, fields), fields)
        if title == before:
            break
    return title


def _cut_label_tail(title: str, fields: dict[str, str]) -> str:
    m = _LABEL_TAIL_RE.search(title)
    if m is None or m.start() == 0:
        return title
    if tail := (m.group("tail") or "").strip(" )"):
        fields.setdefault("Technologies", tail)
    return title[: m.start()].strip()


def _cut_bracket_tail(title: str, fields: dict[str, str]) -> str:
    m = _BRACKET_TAIL_RE.search(title)
    if m is None or m.start() == 0:
        return title
    tail = m.group("tail").strip()
    name = _suffix_name(tail)
    if name is None and not m.group(0).rstrip().endswith((")", "]")):
        name = "Details"  # a bracket left open: the rest went to another line or piece, never the name
    if name is None:
        return title
    fields.setdefault(name, tail)
    return title[: m.start()].strip()


def _cut_dash_tail(title: str, fields: dict[str, str]) -> str:
    m = _DASH_TAIL_RE.search(title)
    if m is None:
        return title
    tail = m.group("tail").strip()
    name = _suffix_name(tail)
    if name is None and _is_role(tail):
        name = "Role"
    if name is None:
        return title
    fields.setdefault(name, tail)
    return title[: m.start()].strip()


def _suffix_name(tail: str) -> str | None:
    """What a bracketed or dashed suffix of a project's name is: "Award", "Link", "Technologies"
    (a list of tools the skills taxonomy knows) or None (part of the name)."""
    if not tail:
        return None
    if _AWARD_RE.search(tail):
        return "Award"
    if _LINK_RE.match(tail) and "." in tail:
        return "Link"
    items = [p for p in _LIST_SEP_RE.split(tail) if p]
    if items and all(_known_tool(p) for p in items):
        return "Technologies"
    return None


def _cut_tech_run(title: str, fields: dict[str, str]) -> str:
    """ "Quiet Hours Node.js", "Ledger Lite Rust / Java": tools set after the name with no
    separator the reader kept (an italic stack beside a bold name). Two tools or more, or one that
    is written like code ("Node.js", "scikit-learn", "PyTorch"), after a name of its own."""
    words = title.split()
    k = len(words)
    while (
        k > 1 and _known_tool(words[k - 1].strip(",/|·")) or (k > 1 and words[k - 1] in {"/", "|", "·", ","})
    ):
        k -= 1
    run = [w for w in words[k:] if w.strip(",/|·")]
    if not run or k == 0 or words[k - 1].lower() in _JOINING_WORDS:
        return title
    if len(run) < 2 and not _code_like(run[0]):
        return title
    fields.setdefault("Technologies", " ".join(words[k:]))
    return " ".join(words[:k]).rstrip(" ,/|·—–-")


def _cut_case_change(title: str, fields: dict[str, str]) -> str:
    """ "SIGNAL BOARD Go / PyTorch": a name set in capitals, then tools in another case (a stack
    beside the name): the tools go when one of them is known."""
    words = title.split()
    i = next((k for k, w in enumerate(words) if re.search(r"[a-z]", w)), len(words))
    head, tail = words[:i], words[i:]
    if len(head) < 2 or not tail or any(re.fullmatch(r"[A-Z]{2,}", w) for w in tail):
        return title
    if not any(_known_tool(w) for w in tail):
        return title
    fields.setdefault("Technologies", " ".join(tail))
    return " ".join(head)


def _code_like(word: str) -> bool:
    """A tool's name written like code, never like a plain word: a dot, a plus, a hash, a digit,
    a capital inside it, or lower case with a hyphen."""
    w = word.strip(",/|·")
    return bool(re.search(r"[.+#\d]|[a-z][A-Z]", w)) or (w.islower() and "-" in w)


def _known_tool(word: str) -> bool:
    """A programming language, framework, database, cloud or tool the skills taxonomy names."""
    from resume_tailor.skills.taxonomy import skill_category  # loaded on first use only

    word = word.strip(" ,/|·()")
    if len(word) < 2 or not re.search(r"[A-Za-z]", word):
        return False
    return skill_category(word) in _TOOL_CATEGORIES


_TOOL_CATEGORIES = frozenset({"programming_language", "framework", "database", "cloud", "tool"})


def _is_role(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _ROLE_MAX_WORDS
        and _role_score(text) >= _ROLE_MIN_SCORE
        and find_dates(text) is None
    )


def _role_score(text: str) -> float:
    """How much ``text`` reads as a role; a hyphenated compound role ("Editor-in-Chief") reads as its
    first word."""
    parts = text.split("-")
    return max(title_score(text), title_score(parts[0]) if len(parts) > 2 else 0.0)


def _role_line(previous: Entry, entry: Entry) -> bool:
    """A role read as a project of its own under a project that has no lines yet ("csv2sql" /
    "April 2018" / "Data Lead" / bullets): a field of the project above."""
    return (
        not previous.bullets
        and previous.title is not None
        and entry.title is not None
        and entry.company is None
        and _is_role(entry.title)
        and not (previous.dates_text and entry.dates_text)
    )


# "Kite Weather: a forecast app for ..." / "Kite Weather – an app that ...": a project's name, then
# what it is in words that start in lower case or with an article
_ONE_LINER_RE = re.compile(
    r"^(?P<name>[^:–—|()]{2,60}?)(?::\s+|\s+[–—-]\s+)(?P<rest>(?:[a-z]|(?:A|An|The)\s)[^|]*)$"
)
_ONE_LINER_MIN_WORDS = 4
_NAME_MAX_WORDS = 6


def split_one_liners(lines: list[Line]) -> list[Line]:
    """Lines of a projects section in which a project written on one line, its name then what it
    is ("Kite Weather – a forecast app for kite surfers"), gives a name line and a description line.
    A name and a capitalised sentence ("Rail Map: Scraped open data.") is read so already."""
    out: list[Line] = []
    for line in lines:
        text, bullet = strip_bullet(line.text)
        m = None if bullet else _ONE_LINER_RE.match(text)
        name = m.group("name").strip() if m else ""
        if m is None or not _names_project(name) or len(m.group("rest").split()) < _ONE_LINER_MIN_WORDS:
            out.append(line)
            continue
        out += [replace(line, text=name), replace(line, text=f"• {m.group('rest').strip()}")]
    return out


def _names_project(text: str) -> bool:
    """A short name with capitals (or written like code) and no date: a project's name."""
    words = text.split()
    return (
        0 < len(words) <= _NAME_MAX_WORDS
        and find_dates(text) is None
        and (all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3) or _code_like(text))
        and title_score(text) < _ROLE_MIN_SCORE
    )


def mark_award_lines(lines: list[Line]) -> list[Line]:
    """Lines of a projects section in which an award line right under a project's name ("HackNorth
    2023 · Best Use of Data") is marked as that project's first line, not read as the next name."""
    out: list[Line] = []
    named = False  # the line above is a project's name (or its dates), with no description yet
    for line in lines:
        text, bullet = strip_bullet(line.text)
        if named and out and not bullet and _award_line(text):
            out.append(replace(line, text=f"• {text}"))
            named = False
            continue
        short = not bullet and len(text.split()) <= 8 and not text.endswith(".")
        named = short and (not named or find_dates(text) is not None or not out)
        out.append(line)
    return out


_PIECE_RE = re.compile(r"\s+[·|•—–-]\s+|,\s+")


def _award_line(text: str) -> bool:
    """ "HackNorth 2023 · Best Use of Data", "1st Place, HackNorth 2023": an award line, led by the
    award or by the event and its year; "Rail Map — Winner, PennApps" leads with a name of its own."""
    if text.endswith(".") or _AWARD_RE.search(text) is None:
        return False
    first = _PIECE_RE.split(text, maxsplit=1)[0]
    return _AWARD_RE.search(first) is not None or re.search(r"\b(?:19|20)\d{2}\b", first) is not None


# ---------------------------------------------------------------- activities

_PAIR_RE = re.compile(r"^(?P<a>[^,:—–@()]+?)(?P<sep>,|:|\s[—–-]\s|\s@\s|\sat\s)\s*(?P<b>[^,:—–@()]+)$")
_BRACKET_PAIR_RE = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$")
# an organisation beside a clear role: no role of its own, short, and a name
_ORG_MAX_TITLE = 1.0
_ORG_MAX_WORDS = 7


def tidy_activities(entries: list[Entry]) -> list[Entry]:
    """Split an activity's role and organisation written in one piece; the organisation written
    there replaces one borrowed from the entry above.

    >>> e = tidy_activities([Entry(kind="leadership", title="Chess Club: Treasurer")])[0]
    >>> e.title, e.company
    ('Treasurer', 'Chess Club')
    """
    previous_company: str | None = None
    out: list[Entry] = []
    for entry in entries:
        if out and entry.title is None and entry.company is None:
            fold_into(out[-1], entry)  # its dates or description, set apart from its header
            continue
        out.append(entry)
        _unit_then_organisation(entry)
        own_company = entry.company
        borrowed = entry.company is None or entry.company == previous_company
        pair = _role_and_org(entry.title)
        if pair is not None and not (borrowed or _role_and_org(entry.company)):
            pair = None  # the organisation is named on a line of its own: the title is one name
        if entry.title is None:
            pair = _role_and_org(entry.company)
        if pair is not None:
            entry.title, entry.company = pair
        elif entry.title and entry.company and _is_role(entry.company) and not _is_role(entry.title):
            entry.title, entry.company = (
                entry.company,
                entry.title,
            )  # "The Campus Courier" / "Editor-in-Chief"
        previous_company = own_company
    return out


# the last word of a part of an organisation: a team, a committee, a board
_UNIT_RE = re.compile(
    r"\b(?:team|committee|group|division|unit|department|project|programme|program|board|council|crew|"
    r"squad|desk|office|lab|taskforce|task force|working group)s?$",
    re.IGNORECASE,
)


def _unit_then_organisation(entry: Entry) -> None:
    """ "Member, Water Project Team | Engineers Without Borders": a role with its team or unit, then the
    organisation, read as role / organisation / place. When the "place" is no place but a name of
    several words, the unit goes back to the role and the name is the organisation."""
    place, unit = entry.location, entry.company
    if not (place and unit and entry.title and _is_role(entry.title)):
        return
    if is_location(place) or not _org_like(place) or len(place.split()) < 2 or not _UNIT_RE.search(unit):
        return
    entry.title, entry.company, entry.location = f"{entry.title}, {unit}", place, None


def activity_runs(lines: list[Line]) -> list[list[Line]]:
    """An activities section cut before each line that names a role and an organisation of its own
    ("Treasurer, Chess Club") right after another such line: one-line activities listed with no
    dates or description between them are one entry each, never one entry of two lines."""
    runs: list[list[Line]] = [[]]
    named = False  # the run so far names a role and an organisation, with nothing under them
    for line in lines:
        text, bullet = strip_bullet(line.text)
        rest = beside_dates(text)
        pair = not bullet and _role_and_org((text if rest is None else rest).strip(" |·,–—-()")) is not None
        if pair and named:
            runs.append([])
        runs[-1].append(line)
        if pair:
            named = True
        elif bullet or rest is None and len(text.split()) > _ORG_MAX_WORDS:
            named = False  # a line of description: the entry is complete
    return [run for run in runs if run]


def _role_and_org(text: str | None) -> tuple[str, str] | None:
    """(role, organisation) of "Treasurer, Chess Club", "Chess Club: Treasurer", "Chess Club —
    Treasurer", "Treasurer at Chess Club"; None when the piece is not one role and one name."""
    if not text:
        return None
    m = _PAIR_RE.match(text.strip()) or _BRACKET_PAIR_RE.match(text.strip())
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    for role, org in ((a, b), (b, a)):
        if _is_role(role) and _org_like(org):
            return role, org
    return None


# a small word inside a name makes it a phrase, which no job title is ("Skype a Scientist", "Teach
# for America"): an organisation even when it holds a title word
_PHRASE_RE = re.compile(r"\s(?:a|an|the|for)\s")


def _org_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _ORG_MAX_WORDS
        and (title_score(text) < _ORG_MAX_TITLE or _PHRASE_RE.search(text) is not None)
        and (len(words) >= 2 or company_score(text) > 0 or text.isupper())
        and text[:1].isupper()
        and find_dates(text) is None
        and not re.search(r"\d", text)
    )
