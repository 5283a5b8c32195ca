"""Experience and project entries: header lines (title, company, location, dates) and their bullets.

Handles role-first ("Engineer, Acme") and company-first ("Acme" / "Engineer · 2020 – 2022") layouts,
dates on their own line or a separate right-aligned segment, and several roles under one employer
(a role header without a company inherits the previous one's).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from resume_tailor.models import Bullet, Entry
from resume_tailor.resume import tolerances as T
from resume_tailor.resume.contact import is_location
from resume_tailor.resume.dates import (
    MONTHS_UNIT,
    PRESENT_RE,
    YEARS_UNIT,
    DateSpan,
    beside_dates,
    find_dates,
    months_between,
)
from resume_tailor.resume.labels import Label, entry_label
from resume_tailor.resume.lines import Line, same_row, strip_bullet
from resume_tailor.resume.names import company_score, core_words, title_score
from resume_tailor.resume.sentences import ends_with_abbreviation, split_sentences
from resume_tailor.resume.vocab import (
    ACTIVITY_HEADS,
    BUSINESS_AREAS,
    LEGAL_FORM,
    PRESENT_ACTION_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    is_legal_form,
)
from resume_tailor.resume.wrap import WrapHabits, join_wrapped, opens_with_action_verb

_SPLIT_RE = re.compile(r"\s+[·•●◦▪⋅∙]\s+|\s*\|\s*|\s{2,}|\t|\s+@\s+|\s+at\s+(?=[A-Z])")
_DASH_RE = re.compile(r"\s+[-–—]\s+")


@dataclass
class _Group:
    header: list[tuple[str, Line]] = field(default_factory=list)
    body: list[tuple[str, Line]] = field(default_factory=list)
    dates: DateSpan | None = None
    labels: list[Label] = field(default_factory=list)  # "Client : Acme", "Role : Developer"


def _is_title_case(text: str) -> bool:
    """Most words of four letters and more are capitalised (an agency or client named after a
    small word or two, "placed with Acme Labs", "(on behalf of Acme)", is judged by its name)."""
    text = _without_asides(text)
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", text) if len(w) > 3]
    if not words:
        return text.strip()[:1].isupper()
    upper = sum(1 for w in words if w[0].isupper())
    return upper >= 0.7 * len(words)


# an e-mail address, a web address or a phone number: contact details (above the first entry, or a
# sidebar read into the entries), never part of a header
_CONTACT_RE = re.compile(
    r"\S+@\S+\.[A-Za-z]{2,}|https?:/|www\.|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\+\d{1,3}[\s.-]?\(?\d[\d\s().-]{6,}\d",
    re.IGNORECASE,
)


# a plain header line (no dates, no bold) names a role, an employer or a place in at most this
# many words; a longer line is a sentence, unless a place closes it after an organisation's name
_HEADER_MAX_WORDS = 9


def _is_header(text: str, line: Line, body_bold: bool, next_is_date: bool = False) -> bool:
    words = [w for w in text.split() if re.search(r"\w", w)]
    if not words or len(words) > (24 if _WORKING_AS_RE.match(text) else 16) or _CONTACT_RE.search(text):
        return False
    dates = find_dates(text)
    if dates is not None and (dates.start or len(words) <= 8 or re.search(r"20[xX]{2}", text)):
        return True
    if next_is_date and len(words) <= 12 and _is_title_case(text) and "," in text:
        return True  # "Teacher, Fulton County Schools, Atlanta, GA." above its dates (moderncv)
    # a sentence is an achievement; a short bold name with a closing period ("Rail Delay Map.", as
    # moderncv prints entry titles) is not
    short_bold = line.bold and not body_bold and len(words) <= 8 and _is_title_case(text)
    listed = _name_list(text)  # "Systems Engineer, Nordlicht Hosting AG, Hamburg." (moderncv)
    if text.rstrip().endswith((".", ";", "!")) and not (ends_with_abbreviation(text) or short_bold or listed):
        return False
    if line.bold and not body_bold and len(words) <= 14:
        return True
    if next_is_date and len(words) <= 12 and not (_achievement(text) and not _is_title_case(text)):
        return True  # "Engineer at Acme" above its dates; not an achievement above the next role's
    if not _is_title_case(text):
        return False
    named = _without_asides(text)  # "Northgate Talent (on behalf of Ambergate GmbH)": two names
    named_words = [w for w in named.split() if re.search(r"\w", w)]
    if len(named_words) > _HEADER_MAX_WORDS:  # a long organisation with its place ("University of
        place, name = peel_place(named)  # X, Department of Y & Z, Missoula, MT")
        kept = [w for w in name.split() if re.search(r"\w", w)]
        return place is not None and len(kept) <= _HEADER_MAX_WORDS and company_score(name) > 0
    if title_score(text) or company_score(named) or is_location(text) or len(named_words) <= 6:
        return True
    # a long name the word lists do not know, with its place ("... Logistics Network, Kampala, Uganda")
    place, name = peel_place(text)
    return place is not None and len(name.split()) <= 6


# a present-tense verb and a determiner: "Manage a budget", "Lead the team" (not "Support engineer")
_PRESENT_SENTENCE_RE = re.compile(r"^([A-Z][a-z]+)\s+(?:a|an|the|our|all|every|\d)\b")


def _achievement(text: str) -> bool:
    """A line that reads as an achievement: a past-tense verb, or a present-tense one before an
    article or a number."""
    if opens_with_action_verb(text, present=False):
        return True
    m = _PRESENT_SENTENCE_RE.match(text)
    return m is not None and m.group(1).lower() in PRESENT_ACTION_VERBS


def _name_list(text: str) -> bool:
    """Short capitalised names separated by commas: a header written as one sentence ("Engineer,
    Acme Corp, Berlin."), not an achievement."""
    pieces = [p.strip() for p in re.split(r",|\s[–—]\s", text.rstrip(" ."))]
    return (
        2 <= len(pieces) <= 4
        and all(p and len(p.split()) <= T.NAME_MAX_WORDS and p[:1].isupper() for p in pieces)
        and _is_title_case(text)
    )


# Linear by construction (issue 15): a start is a "(" or a position not inside a whitespace run, the
# number starts where its digits start, and the optional comma takes no second run of spaces.
# (the words for years and months of the languages dates.py reads)
_YEARS = rf"{YEARS_UNIT}(?![^\W\d_])"
_MONTHS = rf"{MONTHS_UNIT}(?![^\W\d_])"
_DURATION_RE = re.compile(
    rf"(?:\(|(?<!\s))\s*(?:(?<!\d)\d+\+?\s*{_YEARS}(?:\s*(?:,\s*|and\s+|et\s+|y\s+)?\d+\s*{_MONTHS})?"
    rf"|(?<!\d)\d+\s*{_MONTHS}"
    r"|less than a year)\s*\)?",
    re.IGNORECASE,
)


def _drop_durations(text: str) -> str:
    """Remove written durations ("(3 years 2 months)", "· 5 yrs") that sit beside dates."""
    if not _DURATION_RE.search(text):
        return text
    if find_dates(text) is None and not _DURATION_RE.fullmatch(text.strip(" ·|-–")):
        return text  # "5 years of experience leading teams" is a sentence, not a duration
    # a duration between two pieces ("Sept. 2022 - Mai 2024 1 an 8 mois Outreach Chair") leaves a space
    cut = _DURATION_RE.sub(lambda m: " " if m.start() > 0 and m.end() < len(text) else "", text)
    return re.sub(r"\s*[·|•]\s*$", "", cut).strip()


# a web address: with a scheme or "www.", or a bare host under a common top-level domain
_LINK_RE = re.compile(
    r"[(\[]?\s*(?:https?://\S+|www\.\S+|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|org|net|io|dev|co|ai|app|edu|gov|info|biz|me|tech|uk|de|fr|nl|br|in|ca|au|es|it|ch|se)"
    r"(?:\.[a-z]{2})?(?:/\S*)?(?![\w.]))\s*[)\]]?",
    re.IGNORECASE,
)
_LINK_TAIL_WORDS = 8


def _drop_link(text: str, bullet: bool) -> str:
    """A header's web address goes ("Acme Corp · https://acme.example.com" -> "Acme Corp"), and a
    line that is only one (the employer's website under its name) goes whole. A sentence keeps its
    links ("Published the library on github.com")."""
    if bullet or not _LINK_RE.search(text):
        return text
    rest = _LINK_RE.sub(" ", text)
    rest = re.sub(r"\s*[·|•,–—-]\s*$|^\s*[·|•,–—-]\s*", "", rest.strip()).strip()
    if not re.search(r"[^\W\d_]", rest) or rest.endswith(":"):
        return ""  # only a link, or a link under its label ("Website: https://...")
    if len(rest.split()) > _LINK_TAIL_WORDS or (rest.endswith(".") and not ends_with_abbreviation(rest)):
        return text
    return re.sub(r"\s{2,}", "  ", rest)


def parse_entries(
    lines: list[Line], kind: str = "experience", habits: WrapHabits | None = None
) -> list[Entry]:
    """Split a section's lines into entries with title, company, location, dates and bullets
    (``habits``: how the whole document wraps, see :func:`~resume_tailor.resume.wrap.learn_habits`)."""
    items = [
        (t2, b, ln)
        for t, b, ln in join_wrapped(lines, habits)
        if (t2 := _drop_link(_drop_durations(_unescape(t) if b else _drop_about(_unescape(t))), b))
    ]
    if not items:
        return []
    if kind != "experience":
        items = [piece for item in items for piece in _split_run_in(item)]
    entries: list[Entry] = []
    inherited: set[int] = set()  # entries whose employer is the one before them (a role line only)
    groups = _rejoin_split_headers(_groups(items, kind))
    if kind == "project":
        groups = [part for g in groups for part in _listed_names(g)]
    orders: list[tuple[Entry, int, _Looks | None]] = []  # each entry, the side its role sits on, the looks
    for g in groups:
        entry = _entry_from_group(g, kind, entries)
        if entry is not None and kind == "experience":
            orders.append((entry, *_role_side(g, entry)))
        if entry is None:
            if entries and g.body:  # stray description before any header
                entries[-1].bullets.extend(
                    Bullet(text=t, section=_section_kind(kind), page=ln.page) for t, ln in g.body
                )
            continue
        if kind == "experience" and not (entry.dates_text or entry.bullets or entry.fields):
            continue  # a role with neither dates nor a word of what was done: a name, a skills row
        if entries and not _names_own(g):
            _fold_into(entries[-1], entry)
            continue
        if entries and _sub_line(entries[-1], entry, g):
            if _town_below(entries[-1], g):  # "Leeds" under "Acme LLP" / "Analyst" / "2021 – now"
                entries[-1].location, entry.company, entry.title = strip_piece(g.header[0][0]), None, None
            else:
                entry.bullets[:0] = [
                    Bullet(text=t, section=_section_kind(kind), page=ln.page) for t, ln in g.header
                ]
            _fold_into(entries[-1], entry)
            continue
        if entries and _employer_below(entries[-1], entry, inherited):
            inherited.discard(id(entries[-1]))
            entries[-1].company, entries[-1].location = entry.company, entries[-1].location or entry.location
            _fold_into(entries[-1], entry)
            continue
        if entries and _name_count(g) == 1 and entry.title and entry.company == entries[-1].company:
            inherited.add(id(entry))
        entries.append(entry)
    _follow_section_order(orders)
    for idx, e in enumerate(entries):
        for b in e.bullets:
            b.entry_index = idx
    return entries


_Looks = tuple[tuple[bool, int], tuple[bool, int]]


def _role_side(g: _Group, entry: Entry) -> tuple[int, _Looks | None]:
    """-1 when the entry's role is named on a header line above its employer's, 1 below, 0 when
    the two share a line or either is not on one; and the looks of the role's and the employer's
    lines (None when they share one)."""
    if not (entry.title and entry.company):
        return 0, None
    at = [
        next((k for k, (t, _) in enumerate(g.header) if name in t), -1)
        for name in (entry.title, entry.company)
    ]
    if -1 in at or at[0] == at[1]:
        return 0, None
    looks = (_look(g.header[at[0]][1]), _look(g.header[at[1]][1]))
    return (-1 if at[0] < at[1] else 1), looks


def _follow_section_order(orders: list[tuple[Entry, int, _Looks | None]]) -> None:
    """A section names role and employer on lines of their own in one order: where the words
    tell the two apart, they show the order; an entry whose two names the words cannot tell apart
    ("Self-employed" / "Private Chef & Caterer") follows it, and so does one whose lines are set
    the other way round (its "role" in the type of the section's employer lines and its "employer"
    in the type of their roles: "Conscript, Vehicle Maintenance Company" bold over "German Armed
    Forces" regular), whatever its words say."""
    sure = [
        (side, looks)
        for e, side, looks in orders
        if side and _reads_as_role(e.title or "") and not _reads_as_role(e.company or "")
    ]
    if len(sure) < 2 or len({side for side, _ in sure}) != 1:
        return
    typeset = {looks for _, looks in sure}
    for e, side, looks in orders:
        title, company = e.title or "", e.company or ""
        unsure = not _reads_as_role(title) and company_score(company) <= company_score(title)
        words_agree = unsure and title_score(title) <= title_score(company)
        set_reversed = looks is not None and looks[0] != looks[1] and typeset == {(looks[1], looks[0])}
        if side and side != sure[0][0] and (words_agree or set_reversed):
            e.title, e.company = company, title


_ENTITY_RE = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")


def _unescape(text: str) -> str:
    """Text a template printed still escaped for HTML ("Parks &amp; Recreation"): the characters
    it stands for."""
    return html.unescape(text) if _ENTITY_RE.search(text) else text


def _names_own(g: _Group) -> bool:
    """The group names a role, an employer or a project of its own (not one inherited)."""
    return _name_count(g) > 0 or any(lab.role in _NAMING_ROLES and lab.value for lab in g.labels)


_NAMING_ROLES = frozenset({"title", "company", "client", "opens"})


def _employer_below(previous: Entry, entry: Entry, inherited: set[int]) -> bool:
    """An employer with no role and no dates of its own under a dated role that borrowed the
    employer before it ("Research Intern" / "Jun 2009 - Sep 2009" / a column break / "Pacific
    Labs · Richland, WA"): the role's own employer, printed below it, not an entry."""
    return (
        id(previous) in inherited
        and previous.dates_text is not None
        and entry.title is None
        and entry.company is not None
        and entry.dates_text is None
        and entry.kind == "experience"
    )


def _sub_line(previous: Entry, entry: Entry, g: _Group) -> bool:
    """An undated line that names no role, right under a complete role header (title, employer,
    dates) that has no achievements yet ("Sr Software Engineer" / "America Online" / "07/2004 -
    11/2006" / "Boxely UI Framework, AOL Webmail."): the product or team the role worked on, a
    line of that entry, not an entry of its own."""
    return (
        entry.kind == "experience"
        and entry.dates_text is None
        and not g.labels
        and bool(previous.title and previous.company and previous.dates_text)
        and not previous.bullets
        and bool(entry.bullets)
        and not any(_reads_as_role(p) for t, _ in g.header for p in _pieces(t)[0])
    )


def _town_below(previous: Entry, g: _Group) -> bool:
    """The line under a complete header with no place is a short plain name alone: its town."""
    return previous.location is None and len(g.header) == 1 and _unknown_town(strip_piece(g.header[0][0]))


def _fold_into(previous: Entry, fragment: Entry) -> None:
    """A piece that names nothing (dates, a description set apart from its header) is the rest of
    the entry before it, never an entry of its own: it can name no role, employer or project."""
    previous.bullets.extend(fragment.bullets)
    previous.location = previous.location or fragment.location
    if previous.dates_text is None and fragment.dates_text is not None:
        previous.dates_text, previous.start, previous.end = fragment.dates_text, fragment.start, fragment.end
        previous.months = fragment.months


_RUN_IN_RE = re.compile(r"^(?P<name>[A-Z][^:.!?]{2,60}?):\s+(?P<rest>[A-Z].*)$")


def _split_run_in(item: tuple[str, bool, Line]) -> list[tuple[str, bool, Line]]:
    """ "Rail Delay Map: Scraped open data. Published a dashboard.": a project (or activity) written
    as one paragraph led by its name gives a header line and the description."""
    text, bullet, line = item
    m = _RUN_IN_RE.match(text)
    if bullet or m is None or entry_label(text) is not None:
        return [item]
    name, rest = m.group("name").strip(), m.group("rest")
    if len(name.split()) > 6 or re.search(r"\d", name) or not _is_title_case(name) or len(rest.split()) < 6:
        return [item]
    return [(name, False, line), (rest, False, line)]


def _groups(items: list[tuple[str, bool, Line]], kind: str = "experience") -> list[_Group]:
    """The section's items grouped into entries: header lines, labelled lines and body."""
    # is the text itself bold? judged on bullets and sentences, not on short header lines
    body = [ln for t, b, ln in items if b or len(t.split()) >= 8] or [ln for _, _, ln in items]
    body_bold = sum(1 for ln in body if ln.bold) > 0.6 * len(body)
    groups: list[_Group] = []
    current: _Group | None = None
    date_only = [_is_date_only(t) for t, _, _ in items]
    list_heads = _list_headers(items, body_bold, kind)
    for k, (text, bullet, line) in enumerate(items):
        if _present_badge(current, text) or (_LANGUAGE_LEVEL_RE.match(text) and not title_score(text)):
            continue  # a badge that adds nothing; a sidebar's "Spanish (B2)" read into the section
        label = entry_label(text)
        if label is not None and label.role == "dates" and _names_after_dates(label.value):
            text, label = label.value, None  # "Dates: 2/2021 - Present | Engineer, Acme": a header
        if label is not None:
            current = _add_label(current, groups, label, line)
            continue
        if (
            date_only[k]
            and current is not None
            and current.dates is None
            and _beside_first_body(current, line)
        ):
            current.dates = find_dates(text)  # the header's date, printed a little lower on the page
            continue
        next_is_date = k + 1 < len(items) and date_only[k + 1] and not date_only[k]
        # a line led by an icon the reader dropped, with its dates on the next line, is a header
        icon_led = (
            bullet
            and line.list_item
            and not strip_bullet(line.text)[1]
            and next_is_date
            and _is_header(text, line, body_bold)
        )
        header_like = icon_led or (not bullet and _is_header(text, line, body_bold, next_is_date))
        header_like = header_like or k in list_heads
        beside = bullet and _beside_date(items, k, date_only)
        if (
            bullet
            and current is not None
            and not current.body
            and _needs_name(current)
            and (_is_header(text, line, body_bold) or (beside and _name_list(text)))
            and (not text.endswith(".") or ends_with_abbreviation(text) or beside)
        ):
            header_like = True  # "• Staff Engineer, Globex" right under a date-only header
        if not (bullet or header_like) and _names_for_dates(current, text):
            header_like = True  # "Teaching Assistant, University of ... Department, Madison, WI"
        if header_like:
            if current is not None and _employer_opens(groups, current, text):
                current = None  # the next employer, over its roles, after a role with no achievements
            current = _add_header(current, groups, text, line)
        else:
            if current is None:
                current = _Group()
                groups.append(current)
            # a role written as a paragraph: each sentence is an achievement of its own
            current.body.extend((t, line) for t in ([text] if bullet else split_sentences(text)))
    return groups


def _look(line: Line) -> tuple[bool, int]:
    """How a header line is set: bold or not, and its size."""
    return line.bold, round(line.size)


def _shape(g: _Group) -> tuple[tuple[bool, int], ...]:
    """The looks of a group's header lines, date lines left out."""
    return tuple(_look(line) for text, line in g.header if not _is_date_only(text))


def _rejoin_split_headers(groups: list[_Group]) -> list[_Group]:
    """A dated header of one name line with nothing under it, then a header with no dates and a
    look of its own ("Team Lead, E-Drive Design" bold / "Jan 2021 – Present" / "Kessler GmbH,
    Stuttgart" regular): one entry where another entry of the section shows that whole run of looks
    in one header (its role, dates and employer in the same type), not a role and then an employer
    of its own."""
    shapes = {_shape(g) for g in groups if g.dates is not None and len(_shape(g)) >= 2}
    out: list[_Group] = []
    for g in groups:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.dates is not None
            and not (prev.body or prev.labels or g.labels)
            and g.dates is None
            and g.header
            and all(line.top for _, line in prev.header + g.header)
            and len(_shape(prev)) == 1
            and _shape(g)
            and _shape(prev)[-1] != _shape(g)[0]
            and _shape(prev) + _shape(g) in shapes
        ):
            prev.header.extend(g.header)
            prev.body = g.body
            continue
        out.append(g)
    return out


# a spoken language and how well it is spoken, a line of a languages list ("German (A2)",
# "French – fluent"): never a role, an employer or an achievement
_LANGUAGE_LEVEL_RE = re.compile(
    r"^[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?\s*(?:\(\s*|[-–—:·|]\s*)"
    r"(?i:[ABC][12]|native|fluent|bilingual|basic|beginner|elementary|intermediate|advanced|"
    r"conversational|proficient|mother tongue|native speaker|working proficiency)\s*\)?$"
)


def _list_headers(items: list[tuple[str, bool, Line]], body_bold: bool, kind: str) -> set[int]:
    """List items that hold an entry's names and its dates, with the next item nested under them
    (indented further): "• Engineer, Acme — Austin, TX, 2019 – 2021" over its achievements; such
    items at the indent of those (the section's last entry, with nothing under it); all of them in
    a section that is nothing but a list. A project needs no dates: "• Tide Chart" over its text."""
    named = {
        k
        for k, (text, bullet, line) in enumerate(items)
        if bullet and (_dated_names(text, line, body_bold) or (kind == "project" and _project_name(text)))
    }
    heads: set[int] = set()
    if all(bullet for _, bullet, _ in items):
        heads = {k for k in named if find_dates(items[k][0]) is not None}
    for k in named:
        line = items[k][2]
        below = items[k + 1][2] if k + 1 < len(items) else None
        if below is not None and below.page == line.page and below.x0 > line.x0 + T.WRAP_INDENT_LEFT:
            heads.add(k)
    indents = {round(items[k][2].x0) for k in heads}
    return heads | {k for k in named if round(items[k][2].x0) in indents}


def _project_name(text: str) -> bool:
    """A short Title Case name, no sentence: "Tide Chart", "Recipe Scaler"."""
    words = text.split()
    return 1 <= len(words) <= 5 and _is_title_case(text) and not text.endswith(".") and not _achievement(text)


def _dated_names(text: str, line: Line, body_bold: bool) -> bool:
    """A line with geometry that names something and gives its dates, and is no achievement."""
    ds = find_dates(text)
    return (
        bool(line.top)
        and ds is not None
        and bool(ds.start or ds.end)
        and not _achievement(text)
        and _is_header(text, line, body_bold)
        and bool(_pieces(text)[0])
    )


def _names_after_dates(value: str) -> bool:
    """A "Dates" label's value that goes on past its dates with capitalised names (the role and
    employer of a header the label opened), not a date alone."""
    ds = find_dates(value)
    if ds is None:
        return False
    rest = (value[: ds.span[0]] + " " + value[ds.span[1] :]).strip(" |·•,;:-–—()")
    sentence = rest.endswith(".") and not (ends_with_abbreviation(rest) or _name_list(rest))
    return bool(re.match(r"[A-Z][\w&'’.-]+", rest)) and not sentence


def _names_for_dates(current: _Group | None, text: str) -> bool:
    """Under a header that gave only dates, a list of names (title, employer, place) too long for
    the header test is the names of that entry, not its first achievement."""
    return (
        current is not None
        and current.dates is not None
        and not current.body
        and _needs_name(current)
        and _name_list(text)
    )


def _listed_names(g: _Group) -> list[_Group]:
    """Project names listed one under another in one look, with no dates or description between
    them ("Campus Bus Tracker" / "Compiler for a Teaching Language"): one project each."""
    looks = {(line.bold, round(line.size), round(line.x0)) for _, line in g.header}
    single = all(len(_pieces(text)[0]) == 1 and find_dates(text) is None for text, _ in g.header)
    if len(g.header) < 2 or len(looks) != 1 or not single or g.dates is not None or g.labels:
        return [g]
    parts = [_Group(header=[item]) for item in g.header]
    parts[-1].body = g.body
    return parts


def _present_badge(current: _Group | None, text: str) -> bool:
    """A "current" badge beside a range that already runs to the present: it says nothing more."""
    running = current is not None and current.dates is not None and current.dates.end == "present"
    return running and PRESENT_RE.match(text.strip()) is not None


def _add_header(current: _Group | None, groups: list[_Group], text: str, line: Line) -> _Group:
    """Add a header line to the current entry, or open the next entry with it."""
    ds = find_dates(text)
    new = (
        current is None
        or bool(current.body)
        or (ds is not None and current.dates is not None and bool(ds.start or ds.end))
        # "Engineer, Acme / 2020 - 2021 / Analyst, Globex": a complete header is followed
        # by the next role's, not by more of its own
        or (
            current.dates is not None
            and _name_count(current) >= 2
            and ((_starts_header(text) and _role_due(current, text)) or _role_and_org(current, text))
        )
    )
    if new or current is None:
        current = _Group()
        groups.append(current)
    current.header.append((text, line))
    if ds is not None and current.dates is None:
        current.dates = ds
    return current


def _beside_date(items: list[tuple[str, bool, Line]], k: int, date_only: list[bool]) -> bool:
    """The item sits on the row of the date line before it (a date rail on the left): it is that
    date's entry, even written as a sentence ("• Teacher, Acme Schools, Atlanta, GA.")."""
    if k == 0 or not date_only[k - 1]:
        return False
    date, line = items[k - 1][2], items[k][2]
    return bool(line.bottom) and same_row(date, line) and date.x1 <= line.x0


def _beside_first_body(g: _Group, line: Line) -> bool:
    """A date segment to the right of the entry's first body line and level with it (PDF geometry):
    the header's dates, set lower than the header row, not the next entry's."""
    if not g.header or len(g.body) != 1 or not line.bottom:
        return False
    first = g.body[0][1]
    return first.page == line.page and line.top < first.bottom and line.x0 > first.x1


def _add_label(current: _Group | None, groups: list[_Group], label: Label, line: Line) -> _Group | None:
    """Put a labelled line into its entry; a label that names a new project, client or role after
    a finished entry (one with achievements, or with that label already) opens the next entry."""
    if label.role == "nav":
        return current
    roles = {lab.role for lab in current.labels} if current is not None else set()
    opens = label.role in {"opens", "client", "company", "title"}
    # after a dated role header ("Working as Engineer at Acme from 2016"), a project block is its own entry
    dated_header = current is not None and current.dates is not None and not current.labels and current.header
    # a form that names the employer after the activities (Europass) fills its entry's gap; a second
    # "Dates" label opens the next entry
    fills = label.role in {"company", "client"} and not roles & {"company", "client"} and bool(roles)
    again = label.role == "dates" and label.role in roles
    if (
        current is None
        or again
        or (opens and ((current.body and not fills) or label.role in roles or dated_header))
    ):
        current = _Group()
        groups.append(current)
    if label.role == "bullets":
        if label.value:
            current.body.append((label.value, line))
        return current
    if label.role == "dates":
        ds = find_dates(label.value)
        if ds is not None and current.dates is None:
            current.dates = ds
    current.labels.append(label)
    return current


def _is_date_only(text: str) -> bool:
    """A line that holds a date range and little else ("Jan 2020 – Present", "2019 | Remote")."""
    rest = beside_dates(text)
    if rest is None:
        return False
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 3 and not rest.strip().endswith(".")


def _starts_header(text: str) -> bool:
    """After a complete header (names and dates), a line with a title and a company, or a bare job
    title, opens the next role; a bare organisation name ("Acme | Austin, TX") does not."""
    names = _pieces(text)[0]
    return len(names) >= 2 or (len(names) == 1 and title_score(names[0]) > company_score(names[0]))


def _role_due(current: _Group, text: str) -> bool:
    """A bare role under a dated header that names organisations only ("Enactus, University of La
    Verne" / "August 2013 – Present" / "Member") is that header's role, not the next entry."""
    names = _pieces(text)[0]
    if len(names) != 1:
        return True
    return any(_reads_as_role(p) for t, _ in current.header for p in _pieces(t)[0])


def _role_and_org(g: _Group, text: str) -> bool:
    """The header already names a role and an organisation besides: after its dates, a further
    name belongs to the next entry ("Acme GmbH  Analyst" / "2025 – now" / "Globex Inc."); a place
    ("Seattle, WA") is still its own."""
    if not _pieces(text)[0]:
        return False
    pieces = [(p, t) for t, _ in g.header for p in _pieces(t)[0]]
    roles = [p for p, _ in pieces if _reads_as_role(p)]
    # a team beside the role ("Engineer II, Payments Platform") or a name in brackets after it
    # ("Graduate Trainee (Rotational Programme)") leaves the employer to come
    return bool(roles) and any(p not in roles and not _team_score(p) and f"({p})" not in t for p, t in pieces)


def _employer_opens(groups: list[_Group], current: _Group, text: str) -> bool:
    """In a section whose first entry names its employer on a line above the role and its dates
    ("METRO HEALTH  Brisbane" / "Analyst  2021 – Present"), an undated line that names only an
    organisation, under a dated role: the next employer's line, not this role's."""
    first = groups[0].header
    if current is groups[0] or len(first) < 2 or current.dates is None or find_dates(text) is not None:
        return False
    top_names, _, top_dates, _ = _pieces(first[0][0])
    if top_dates is not None or not top_names or find_dates(first[1][0]) is None:
        return False
    org_first = company_score(top_names[0]) > 0 and not title_score(top_names[0])
    names = _pieces(text)[0]
    return org_first and len(names) == 1 and company_score(names[0]) > 0 and not title_score(names[0])


def _name_count(g: _Group) -> int:
    return sum(len(_pieces(t)[0]) for t, _ in g.header)


def _needs_name(g: _Group) -> bool:
    names = [p for t, _ in g.header for p in _pieces(t)[0]]
    return not names


# "Working as Senior Engineer at Acme ...": the sentence form of a role header
_WORKING_AS_RE = re.compile(
    r"^\s*(?:currently\s+)?(?:work(?:ing|ed)|serv(?:ing|ed)|employed)\s+as\s+(?:an?\s+)?", re.IGNORECASE
)


_SLASH_END_RE = re.compile(r"\s+/\s*$")
_SLASH_START_RE = re.compile(r"^\s*/\s+")


def _pieces(text: str) -> tuple[list[str], list[str], DateSpan | None, str | None]:
    """Split one header line into name pieces, location pieces, its dates and trailing prose."""
    ds = find_dates(text)
    prose = None
    if ds is not None:
        a, b = ds.span
        before, after = text[:a], text[b:]
        after_clean = after.strip(" )]|·•,-–—")
        # (a sentence, not names closing on a legal form's full stop: "Data Analyst, Corvid Inc.")
        listed = ends_with_abbreviation(after_clean) or _name_list(after_clean)
        if len(after_clean.split()) >= 3 and after_clean.endswith(".") and not listed:
            prose = after_clean
            after = ""
        # (a slash that set the dates apart, "Acme / 2013 - 2016", goes with them)
        before, after = _SLASH_END_RE.sub(" ", before), _SLASH_START_RE.sub(" ", after)
        text = f"{before} | {after}"
        text = re.sub(r"[(\[]\s*\|\s*[)\]]?|\|\s*[)\]]", "|", text)
    text = re.sub(r"\b(?:from|since)\s*\|", "|", text, flags=re.IGNORECASE)
    text = _role_and_org_apart(_WORKING_AS_RE.sub("", _drop_about(text)))
    slots: list[list[str]] = []  # the names of each piece the separators set apart
    places: list[str] = []
    for raw in _dash_split(_SPLIT_RE.split(text)):
        names: list[str] = [n for slot in slots for n in slot]
        piece = strip_piece(raw)
        if piece.endswith(".") and not ends_with_abbreviation(piece):
            piece = piece[:-1]
        if not piece or not re.search(r"[A-Za-z]", piece):
            continue
        if _is_place(piece) or _after_legal_form(names, piece):
            places.append(piece)
            continue
        # "Engineer, Acme Corp, Portland, OR" / "Acme. San Jose, California": peel a trailing place,
        # then split on commas
        place, piece = peel_place(piece)
        if place:
            places.append(place)
        parts = _comma_split(piece)
        if not place and len(parts) >= 2 and _after_legal_form(parts[:-1], parts[-1]):
            places.append(parts.pop())  # "Banco Meridional, S.A., Porto": the town after the legal form
        slots.append(parts)
    names = _qualified_roles(slots)
    if not places and len(names) == 3 and _town_after_role_and_org(names[0], names[2]):
        places.append(names.pop())  # "Role, Employer – Town": the town the place list does not know
    return names, places, ds, prose


def _qualified_roles(slots: list[list[str]]) -> list[str]:
    """The names of a header line's pieces, a role kept whole with what its commas add to it: in a
    piece of its own beside the employer's ("Kessler GmbH, Stuttgart — Team Lead, E-Drive Design",
    "Recruitment Consultant, Technology Practice | Meridian Search Group"), or between the role and
    an organisation's name that ends the line ("Charge Nurse, Cardiovascular ICU, St. Agnes
    Regional Medical Center"). A template prints each field in its own slot; the commas inside the
    role's slot part no employer from it, when the employer beside it is the surer organisation."""
    out: list[str] = []
    for k, parts in enumerate(slots):
        others = [n for j, slot in enumerate(slots) if j != k for n in slot]
        role = len(parts) >= 2 and _reads_as_role(parts[0])
        if role and others and _qualify_role(parts[1:], others):
            parts = [", ".join(parts)]
        elif role and not others and len(parts) == 3 and _qualify_role(parts[1:2], parts[2:]):
            parts = [f"{parts[0]}, {parts[1]}", parts[2]]
        out.extend(parts)
    return out


def _qualify_role(after: list[str], orgs: list[str]) -> bool:
    """The names after a role's comma say which unit, region or field it is in: each may, and one
    of ``orgs`` is surer an organisation than any of them."""
    best = max(_org_weight(n) for n in orgs)
    return all(_role_qualifier(n) and _org_weight(n) < best for n in after)


def _role_qualifier(piece: str) -> bool:
    """A name that may say which unit, region or field a role is in ("Cardiovascular ICU", "APAC",
    "Transmission Design"): no role, no legal form, no part of an organisation named after it
    ("Department of ..."), no place the list knows."""
    words = piece.split()
    return (
        bool(words)
        and not _reads_as_role(piece)
        and not is_legal_form(words[-1])
        and _UNIT_RE.match(piece) is None
        and not is_location(piece)
    )


def _org_weight(name: str) -> float:
    """How surely a name is an organisation's: its organisation words, a legal form at its end, and
    three words or more (a town is one or two)."""
    words = name.split()
    legal = bool(words) and is_legal_form(words[-1])
    long = len(words) >= _NAME_MIN_WORDS_NOT_TOWN
    return company_score(name) + (2.0 if legal else 0.0) + (1.0 if long else 0.0)


_ABOUT_RE = re.compile(r"\s*\((?P<about>[^()]{12,})\)")
# another organisation named after a small word or two ("via Kessler IT-Personal GmbH", "through
# Tempora HR Solutions", "placed with Brightpath Learning (US)"): the agency or client a contract
# ran through, part of the employer's name as written, never what the employer does
_NAMED_ASIDE_RE = re.compile(
    r"^(?:[a-z]+\s){1,3}[A-Z][\w&.'’-]*(?:\s(?:[A-Z(][\w&.'’()-]*|&|of|and|for|de))*$"
)


def _without_asides(text: str) -> str:
    """``text`` with its small-worded name asides cut to their names ("Brightpath, placed with Acme
    Labs" -> "Brightpath, Acme Labs"; "Brightpath (on behalf of Acme)" -> "Brightpath, Acme")."""
    if not _has_aside(text):
        return text
    text = re.sub(r"\(\s*(?:[a-z]+\s){1,3}([A-Z][^()]*)\)", r", \1", text)  # "(on behalf of Acme)"
    return re.sub(r",\s*(?:[a-z]+\s){1,3}(?=[A-Z])", ", ", text)  # ", placed with Acme"


def _has_aside(text: str) -> bool:
    """A comma piece or a bracket of ``text`` is a name after a small word or two."""
    pieces = [p.strip() for p in re.split(r"[(),]", text)]
    return any(_NAMED_ASIDE_RE.match(p) for p in pieces if p)


def _drop_about(text: str) -> str:
    """What an employer does, in brackets after its name ("Kestrel Systems (Regional chain of 40
    clinics)"): a description of the organisation, no part of its name; a role's qualifier in
    brackets ("Intern (40 hours per week)") stays."""
    for m in reversed(list(_ABOUT_RE.finditer(text))):
        about = m.group("about")
        before = re.split(r"[|,·•]|\s{2,}", text[: m.start()])[-1].strip()
        name = before and len(before.split()) <= 6 and _is_title_case(before) and not title_score(before)
        worded = len(re.findall(r"[^\W\d_]{2,}", about)) >= 3 and find_dates(about) is None
        if worded and not _is_title_case(about) and name and not _NAMED_ASIDE_RE.match(about):
            text = text[: m.start()] + text[m.end() :]
    return text


_COLON_PAIR_RE = re.compile(r"^(?P<a>[^:|]{2,60}?):\s+(?P<b>[^:|]{2,60})$")
_BRACKET_PAIR_RE = re.compile(r"^(?P<a>[^()|]{2,60}?)\s*\((?P<b>[A-Z][^()|]{1,60})\)\s*$")


def _role_and_org_apart(text: str) -> str:
    """A role and an organisation joined by a colon or brackets ("Acme Corp: Data Engineer",
    "Data Engineer (Acme Corp)") as two pieces; a qualifier in brackets ("Engineer (Contract)") or
    a team ("Engineer (Payments Team)") stays with the role, and so does a pair naming no role."""
    parts = [p.strip() for p in text.split("|")]
    for part in parts:
        # (a name in brackets after a role on a row that names the employer in a cell of its own
        # qualifies the role: "Graduate Trainee (Rotational Programme) | Banco Meridional, S.A.")
        employer_beside = any(q != part and _plain_name(q) and not is_location(q) for q in parts if q)
        for pattern in (_COLON_PAIR_RE,) if employer_beside else (_COLON_PAIR_RE, _BRACKET_PAIR_RE):
            m = pattern.match(part)
            if m is None or (pattern is _BRACKET_PAIR_RE and "," in m.group("a")):
                continue  # (brackets after the last of several names qualify that one)
            a, b = m.group("a").strip(), m.group("b").strip()
            roles = [title_score(x) > company_score(x) for x in (a, b)]
            named = all(_is_title_case(x) and not re.search(r"\d", x) for x in (a, b))
            org = b if roles[0] else a
            words = core_words(org)
            if named and sum(roles) == 1 and len(org.split()) >= 2 and words and words[-1] not in _TEAM_HEADS:
                text = text.replace(part, f"{a} | {b}")
    return text


def strip_piece(text: str) -> str:
    """Trim separators and brackets, keeping balanced ones: "Intern (40 hours per week)"."""
    t = text.strip(" ,;:|-–—·•")
    while t and t[-1] in "([":
        t = t[:-1].rstrip(" ,;:|-–—·•")
    while t and t[0] in ")]":
        t = t[1:].lstrip(" ,;:|-–—·•")
    while t and t[-1] in ")]" and t.count("(") + t.count("[") < t.count(")") + t.count("]"):
        t = t[:-1].rstrip(" ,;:|-–—·•")
    while t and t[0] in "([" and t.count("(") + t.count("[") > t.count(")") + t.count("]"):
        t = t[1:].lstrip(" ,;:|-–—·•")
    if t.startswith("(") and t.endswith(")") and t.count("(") == 1:
        t = t[1:-1].strip()
    return t


def _dash_split(pieces: list[str]) -> list[str]:
    """Split "Engineer – Acme" or "Acme – Austin, TX", but keep "Program – University" whole."""
    out: list[str] = []
    for piece in pieces:
        # (a dash left at an end by a cut-out date, "Acme — Denver, CO —", separates nothing)
        # (and a comma left by a cut-out date ends no part: "Denver, CO, 2019 – 2021")
        parts = [p.strip(" -–—").rstrip(",;") for p in _DASH_RE.split(piece) if p.strip(" -–—,;")]
        if len(parts) < 2:
            out.extend(_slash_place(piece))
            continue
        kinds = [title_score(h) - company_score(h) for h in map(_head_part, parts)]
        if (
            any(is_location(p) for p in parts)
            or (max(kinds) > 0.3 and min(kinds) <= 0)
            or (
                len(parts) == 2
                and "," in parts[0]
                and _town_after_role_and_org(parts[0].split(",")[0], parts[1])
            )
        ):
            out.extend(q for p in parts for q in _slash_place(p))
        else:
            out.append(piece.strip())
    return out


def _town_after_role_and_org(role: str, tail: str) -> bool:
    """ "Software Tester, Gemeente Utrecht – Utrecht": after a role and an employer, a short plain
    name (behind a dash) is the town, even one the place list does not know."""
    return title_score(role) > 0 and _unknown_town(tail)


def _slash_place(piece: str) -> list[str]:
    """ "Acme GmbH / Berlin": a place after a slash is a piece of its own; a slash between names
    ("Harbor Online / Netwave") joins them."""
    parts = [p.strip() for p in re.split(r"\s+/\s+", piece.strip(" /")) if p.strip()]
    if len(parts) < 2:
        return [piece]
    return parts if is_location(parts[-1]) or _after_legal_form(parts[:-1], parts[-1]) else [piece]


def _after_legal_form(names: list[str], piece: str) -> bool:
    """A short plain name right after an employer's legal form ("Corvid GmbH / Raleigh"): the
    town, even one the place list does not know."""
    legal = bool(names and is_legal_form(names[-1].split()[-1]))
    return legal and _unknown_town(piece)


# how the work was done, in brackets after the town: "Milan (home-based)", "Singapore (remote)"
_WORK_MODE_RE = re.compile(
    r"\s*\((?:fully\s+|partly\s+)?(?:remote|hybrid|on-?site|home-based|office-based|field-based)\)$",
    re.IGNORECASE,
)


def _is_place(piece: str) -> bool:
    """A place, and not an employer with its legal form, or a role, before a place ("Corvid GmbH,
    Remote", "Data Analyst, Remote"); a town with how the work was done in brackets after it
    ("Milan (home-based)"), even one the place list does not know."""
    mode_note = _WORK_MODE_RE.search(piece)
    if mode_note is not None and mode_note.start() > 0:
        town = piece[: mode_note.start()]
        if "," in town:  # "Austin, TX (remote)"; not "Self-employed, Lagos (remote)"
            return is_location(town) and is_location(town.split(",")[0])
        return is_location(town) or (_unknown_town(town) and len(town.split()) < _NAME_MIN_WORDS_NOT_TOWN)
    head = piece.split(",")[0]
    first = head.split()
    legal = len(first) > 1 and bool(is_legal_form(first[-1]))
    mode = piece.split(",")[-1].strip().lower() in {"remote", "hybrid", "on-site", "onsite"}
    return is_location(piece) and not legal and not ("," in piece and mode and title_score(head) > 0)


def peel_place(piece: str) -> tuple[str | None, str]:
    """Split a trailing location off a piece of text: ("Portland, OR", "Engineer, Acme")."""
    cuts = [m.end() for m in re.finditer(r"(?:,|\.(?=\s+[A-Z]))\s+", piece)]
    for cut in cuts:  # the longest suffix that is a place
        head, tail = piece[:cut].rstrip().rstrip(","), piece[cut:].strip()
        if head.endswith(".") and not re.search(r"\b(?:Inc|Co|Corp|Ltd|Jr|Sr|[A-Z])\.$", head):
            head = head[:-1]
        if head and _is_place(tail) and re.search(r"[A-Za-z]{2}", head):
            glued, name = _glued_place(head)  # "... NetworkKampala, Uganda"
            return (f"{glued}, {tail}" if glued else tail), name
    return _glued_place(piece)


# a name's last word glued to a capitalised word, a place in a cell of its own that the page
# printed flush against it ("... House LimitedEdinburgh", "... Digital DirectorateGlasgow"); a
# brand written in camel case ("Google DeepMind", "Acme PayPal") has a short first part; a legal
# form glued to the place ("... Partners LLPLeeds", "... & Co. KGBremen") too
_GLUED_PLACE_RE = re.compile(
    rf"(?:\s[A-Z][a-zà-ÿ]{{5,}}|\s{LEGAL_FORM}\.?)"
    r"(?P<place>[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:,\s*[A-Z][\w .]*)?)$"
)


def _glued_place(piece: str) -> tuple[str | None, str]:
    """Split a place the reader glued onto the end of a name: ("Glasgow", "... Directorate")."""
    m = _GLUED_PLACE_RE.search(piece)
    if m is None or (company_score(m.group("place")) or title_score(m.group("place"))):
        return None, piece
    return m.group("place").strip(), piece[: m.start("place")].rstrip()


def _comma_split(piece: str) -> list[str]:
    parts = [p.strip() for p in _outside_brackets(piece).split(_COMMA) if p.strip()]
    if len(parts) <= 1:
        return parts
    merged: list[str] = []
    for p in parts:
        if merged and (
            is_legal_form(p)
            or _NAMED_ASIDE_RE.match(p) is not None
            or not re.search(r"[A-Za-z]{2}", p)
            or _partners(merged[-1], p)
            or _unit_of(merged[-1], p)
        ):
            merged[-1] = f"{merged[-1]}, {p}"
        else:
            merged.append(p)
    if len(merged) > 2 and all(title_score(m) > company_score(m) for m in merged):
        return [piece]  # "IC, Technical Lead, TLM": one title with several hats
    for i in range(len(merged) - 1):
        # a role and its field ("Sr. Analyst, Credit Risk"), or its team before or after the
        # organisation ("Member, Water Project Team, Engineers Without Borders")
        qualifier = _business_area(merged[i + 1]) or (len(merged) >= 3 and _team_score(merged[i + 1]))
        if qualifier and _reads_as_role(merged[i]):
            merged[i : i + 2] = [f"{merged[i]}, {merged[i + 1]}"]
            break
    if len(merged) == 1:
        return merged
    if len(merged) == 2 and _reads_as_role(merged[0]) and title_score(merged[1]):
        heads = [words[-1] if (words := core_words(m)) else "" for m in merged]
        if not company_score(merged[1]) or all(h in TITLE_HEADS for h in heads):
            return [piece]  # "Director, Product Management" / "Docent, Collections Assistant": one title
    return merged


_COMMA = "\x00"  # a comma that parts names: one outside brackets


def _outside_brackets(text: str) -> str:
    """``text`` with each comma outside brackets marked as :data:`_COMMA`: a comma inside brackets
    ("Design Engineer (contract, placed with an OEM)") parts no names."""
    out, depth = [], 0
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        out.append(_COMMA if ch == "," and depth <= 0 else ch)
    return "".join(out)


def _partners(before: str, part: str) -> bool:
    """A firm named after its partners ("Hargrove, Pell & Ostrander LLP", "Almeida, Ferraz &
    Associados"): a lone surname, then the names the ampersand closes."""
    lone = re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", before) is not None
    plain = lone and not (title_score(before) or company_score(before) or is_location(before))
    return plain and re.search(r"^[A-Z]\S*(?:\s+\S+)?\s+(?:&|and)\s+[A-Z]", part) is not None


# a part of an organisation named after it ("University of Kent, School of Physics")
_UNIT_RE = re.compile(
    r"^(?:(?:School|Department|Dept\.?|Faculty|Institute|Division|College|Laboratory|Lab|Centre|Center)"
    r"\s+(?:of|for)\s+[A-Z]|(?:TU|ETH|EPFL|KTH|MIT|UCL)\b)"
    r"|^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Chapter|Branch)$"  # "..., Harlan State Chapter"
)


def _unit_of(before: str, part: str) -> bool:
    """A school, a department, an institute or a local chapter named after its organisation
    ("University of Kent, School of Physics", "Institut für Datensysteme, TU Halbstadt", "Society of
    Engineers, Ohio Chapter"): one employer."""
    return company_score(before) > title_score(before) and _UNIT_RE.match(part) is not None


def _business_area(piece: str) -> bool:
    """A field of work named after a role ("Credit Risk", "Strategy & Operations", "Software
    Development"): every word a business function, and no legal form."""
    ws = [w for w in core_words(piece) if w not in ("&", "and")]
    return bool(ws) and all(w in BUSINESS_AREAS for w in ws) and not is_legal_form(piece.split()[-1])


def _entry_from_group(g: _Group, kind: str, previous: list[Entry]) -> Entry | None:
    if not g.header and not g.labels:
        return None
    names: list[str] = []
    places: list[str] = []
    anchored: set[int] = set()  # name pieces on a line that also gives a place ("Acme | Austin, TX")
    extra: list[tuple[str, Line]] = []
    runs: list[tuple[int, int]] = []  # where each header line of two names or more sits in ``names``
    split = _line_names(g.header)
    for k, (text, line) in enumerate(g.header):
        if split[k] is None:
            anchored.update(range(len(names) - 1, len(names)))
            places.append(strip_piece(text))
            continue
        n, p, _, prose = split[k] or ([], [], None, None)
        if p:
            anchored.update(range(len(names), len(names) + len(n)))
        elif len(n) >= 2:
            runs.append((len(names), len(names) + len(n)))
        names.extend(n)
        places.extend(p)
        if prose:
            extra.append((prose, line))
    if not places and (town := _town_after_org(names, runs)) is not None:
        places.append(names.pop(town))
    places.extend(_known_places(names, previous))
    if len(names) == 1:
        names = _split_caps_run(names[0])
    entry = Entry(kind=kind)
    if g.dates is not None:
        entry.dates_text = g.dates.text
        entry.start, entry.end = g.dates.start, g.dates.end
        if entry.start is None and entry.end and entry.end != "present" and kind != "education":
            entry.start = entry.end
    entry.location = places[0] if places else None
    if kind == "project" and not _role_at_org(names):
        entry.title = names[0] if names else None
        entry.company = None
    else:
        _assign_title_company(entry, names, previous, anchored)
        entry.location = entry.location or _leftover_town(entry, names)
    _apply_labels(entry, g.labels, named=bool(names))
    entry.months = months_between(entry.start, entry.end)
    entry.bullets = [Bullet(text=t, section=_section_kind(kind), page=ln.page) for t, ln in extra + g.body]
    if entry.title is None and entry.company is None and g.dates is None:
        return None
    return entry


_Split = tuple[list[str], list[str], DateSpan | None, str | None]


def _line_names(header: list[tuple[str, Line]]) -> list[_Split | None]:
    """Each header line's pieces (:func:`_pieces`; None for a line that is a place beside or below
    a name). Where the entry names its role and its employer on lines of their own, a line's commas
    part no role from an employer: they sit inside one name ("Associate Director, Credit Risk",
    "Almeida, Ferraz & Associados", "University of Kent, School of Physics"), which stays whole."""
    split: list[_Split | None] = []
    for k, (text, line) in enumerate(header):
        placed = _place_beside(text, line, header) or (k and _place_below(text, line, header[k - 1]))
        split.append(None if placed else _pieces(text))
    named = [k for k, s in enumerate(split) if s is not None and any(_plain_name(n) for n in s[0])]
    for k, s in enumerate(split):
        if s is None or len(s[0]) < 2 or not any(j != k for j in named):
            continue
        others = [n for j in named if j != k for n in (split[j] or ([],))[0]]
        employer_elsewhere = any(company_score(n) >= title_score(n) for n in others)
        joined = ", ".join(s[0])
        if len(s[0]) == 2 and f"{s[0][0]} ({s[0][1]})" in header[k][0]:
            joined = f"{s[0][0]} ({s[0][1]})"  # "Graduate Trainee (Rotational Programme)"
        if joined in header[k][0] and _one_name(s[0], employer_elsewhere):
            split[k] = ([joined], *s[1:])
    return split


# plain capitalised words without a role or organisation word that are a name rather than a town the
# place list does not know: towns are written in one or two words ("Leeds", "Port Alder")
_NAME_MIN_WORDS_NOT_TOWN = 3


def _plain_name(text: str) -> bool:
    """A role's or an organisation's name: short, capitalised, and no town ("Leeds", "Port Alder")
    or sentence; three plain words and more are a name ("Engineers Without Borders")."""
    words = len(text.split())
    town = _unknown_town(text) and words < _NAME_MIN_WORDS_NOT_TOWN
    return words <= T.NAME_MAX_WORDS and _is_title_case(text) and not town


def _one_name(parts: list[str], employer_elsewhere: bool) -> bool:
    """Comma-separated parts that may be one name: not a role beside an organisation ("Research
    Assistant, University of Kent") unless another line names the employer, nor an organisation
    before a town the place list does not know ("Stadtwerke, Kiel")."""
    roles = [p for p in parts if title_score(p) > company_score(p)]
    orgs = [p for p in parts if company_score(p) >= 1.0 and company_score(p) > title_score(p)]
    if roles and orgs and not employer_elsewhere:
        return False
    head, tail = parts[0], parts[-1]
    if is_location(tail):
        return False  # "Project Lead, Leeds": a role and its town
    acronym = any(len(w) > 1 and w.isupper() for w in tail.split())  # "TU Dresden", "KTH Stockholm"
    return not (
        _unknown_town(tail) and "&" not in tail and not acronym and title_score(head) <= company_score(head)
    )


def _known_places(names: list[str], previous: list[Entry]) -> list[str]:
    """Names an earlier entry of the section had as its place ("Leeds" under a second role at the
    same employer): places again, taken out of ``names`` (one name always stays)."""
    known = {e.location.casefold() for e in previous if e.location}
    found = [n for n in names if n.casefold() in known][: max(0, len(names) - 1)]
    for n in found:
        names.remove(n)
    return found


def _leftover_town(entry: Entry, names: list[str]) -> str | None:
    """A short plain name the header gives besides the role and the employer ("Abernethy & Lowe
    LLP" / "Associate Director" / "Leeds"): the place, even one the place list does not know."""
    rest = [n for n in names if n not in (entry.title, entry.company)]
    return next((n for n in rest if _unknown_town(n)), None) if entry.title and entry.company else None


def _town_after_org(names: list[str], runs: list[tuple[int, int]]) -> int | None:
    """Where a header line sets a short name after an organisation's ("Stadtwerke Kiel<TAB>Kiel",
    "Vélocité, Lyon — Growth Marketing Manager") and the entry names its role elsewhere: that short
    name is the town, even one the place list does not know. Organisations come before their town,
    so of two names nothing tells apart, the later is the town. Returns its index in ``names``."""
    for start, end in runs:
        for i in range(start + 1, end):
            role_elsewhere = any(map(title_score, names[:i] + names[i + 1 :]))
            if role_elsewhere and _unknown_town(names[i]) and not title_score(names[i - 1]):
                return i
    return None


def _place_beside(text: str, line: Line, header: list[tuple[str, Line]]) -> bool:
    """A short name set flush right on an employer's row ("Office for National Statistics ...
    Newport"): the town, even one the place list does not know. It names no role or organisation
    and holds no date; it ends its row; and what it is set apart from is an organisation, not a
    role or a date (beside a role it is the employer, beside a date rail's date the entry's name)."""
    if not (line.bottom and _short_place_like(text)):
        return False
    row = [(name, other) for name, other in header if other is not line and same_row(other, line)]
    if any(other.x0 > line.x1 for _, other in row):
        return False  # not the row's last piece: dates or more names follow it
    left = [name for name, other in row if other.x1 < line.x0 and find_dates(name) is None]
    if any(not title_score(name) for name in left):
        return True
    # Beside a role it is the employer, unless a line of its own below already names one
    # ("Statistician ... Newport" over "Office for National Statistics ... Sept 2018 – Jan 2022").
    return bool(left) and any(
        other.top > line.top and not same_row(other, line) and _names_employer(name) for name, other in header
    )


def _names_employer(text: str) -> bool:
    """A header piece that names an organisation: no date, no role, and not a place the list knows."""
    rest = beside_dates(text)
    name = strip_piece(text if rest is None else rest)
    return bool(name) and not title_score(name) and not is_location(name)


def _place_below(text: str, line: Line, above: tuple[str, Line]) -> bool:
    """A short plain name on its own line under a bold organisation ("Stadtwerke Kiel" / "Kiel",
    then the role): the town, even one the place list does not know."""
    name, over = above
    return (
        over.bold
        and not line.bold
        and _short_place_like(text)
        and find_dates(name) is None
        and not title_score(name)
        and bool(line.bottom)
        and 0 < line.top - over.top <= T.WRAP_MAX_PITCH * max(over.size, T.MIN_FONT_SIZE)
    )


def _unknown_town(piece: str) -> bool:
    """A short plain name that may be a town the place list does not know: place-like, and not a
    team ("Payments Platform")."""
    return _short_place_like(piece) and not _team_score(piece)


def _short_place_like(text: str) -> bool:
    """One to three capitalised words that name no role, no organisation and no date."""
    words = text.split()
    return (
        1 <= len(words) <= 3
        and _is_title_case(text)
        and find_dates(text) is None
        and not (title_score(text) or company_score(text) or is_legal_form(text))
    )


def _split_caps_run(piece: str) -> list[str]:
    """A title and an employer set in one run of capitals with nothing between them ("STAFF
    ENGINEER ACME ROBOTICS"): split after the last title head noun when no title word follows.

    >>> _split_caps_run("STAFF ENGINEER ACME ROBOTICS"), _split_caps_run("SOFTWARE ENGINEER II")
    (['STAFF ENGINEER', 'ACME ROBOTICS'], ['SOFTWARE ENGINEER II'])
    """
    words = piece.split()
    letters = [c for c in piece if c.isalpha()]
    if len(words) < 3 or not letters or not all(c.isupper() for c in letters):
        return [piece]
    keys = [w.lower().strip(".,;:") for w in words]
    for k in range(len(words) - 1, 0, -1):
        if keys[k - 1] in TITLE_HEADS and not any(w in TITLE_WORDS for w in keys[k:]):
            return [" ".join(words[:k]), " ".join(words[k:])]
    return [piece]


def _peel_label_place(value: str) -> tuple[str | None, str]:
    """A labelled employer's trailing place: "Acme Corp, Pune" -> ("Pune", "Acme Corp"). After a
    label a short capitalised last piece that names no organisation is the town, even one the
    place list does not know."""
    place, rest = peel_place(value)
    if place is not None:
        return place, rest
    head, _, tail = value.rpartition(",")
    tail = tail.strip()
    if (
        head.strip()
        and 0 < len(tail.split()) <= 3
        and _is_title_case(tail)
        and not company_score(tail)
        and not is_legal_form(tail)
    ):
        return tail, head.strip()
    return None, value


def _role_at_org(names: list[str]) -> bool:
    """A role and an organisation ("Atlanta Food Bank, Volunteer Coordinator") rather than a
    project's name: an activity listed among projects reads like a job."""
    roles = [n for n in names if title_score(n) > company_score(n)]
    orgs = [n for n in names if company_score(n) > title_score(n)]
    if len(names) == 2 and len(roles) == 1 and len(orgs) == 1:
        return True
    # an unpaid role beside a name that is no role: "Restos du Coeur, Communications Volunteer"
    heads = [words[-1] if (words := core_words(n)) else "" for n in roles]
    return (
        len(names) == 2
        and len(roles) == 1
        and heads[0] in ACTIVITY_HEADS
        and not any(title_score(n) for n in names if n not in roles)
    )


def _apply_labels(entry: Entry, labels: list[Label], named: bool) -> None:
    """Labelled lines fill the entry: a role is its title, a company its employer, else the client;
    a project with no role line titles it. Every label is kept in ``entry.fields``."""
    if not labels:
        return
    by_role: dict[str, str] = {}
    for lab in labels:
        if lab.value:
            entry.fields.setdefault(lab.name.title() if lab.name.islower() else lab.name, lab.value)
            by_role.setdefault(lab.role, lab.value)
    for role in ("company", "client"):  # "Company : Acme Corp, Pune, India"
        if role in by_role:
            place, by_role[role] = _peel_label_place(by_role[role])
            entry.location = entry.location or place
    if "title" in by_role:
        entry.title = by_role["title"]
    if "company" in by_role:
        entry.company = by_role["company"]
    elif "client" in by_role and (entry.company is None or not named):
        entry.company = by_role["client"]
    if entry.title is None and "opens" in by_role:
        entry.title = by_role["opens"]


def _assign_title_company(
    entry: Entry, names: list[str], previous: list[Entry], anchored: set[int] | None = None
) -> None:
    if not names:
        if previous:
            entry.company = previous[-1].company
        return
    if len(names) == 1:
        only = names[0]
        if title_score(only) > company_score(only) or (title_score(only) and previous):
            entry.title = only
            if previous and previous[-1].company:
                entry.company = previous[-1].company
        else:
            entry.company = only
        return
    heads = [_head_part(n) for n in names[:4]]
    ts = [title_score(n) - company_score(n) * 0.8 for n in heads]
    ti = max(range(len(ts)), key=lambda i: (ts[i], -i))
    if ts[ti] <= 0:
        ti = _unknown_role(names[:4])
    rest = [i for i in range(len(names[:4])) if i != ti]
    anchored = anchored or set()

    def company_rank(i: int) -> tuple[float, int]:
        score = company_score(heads[i]) - title_score(heads[i]) * 0.5 - _team_score(heads[i])
        return score + (0.6 if i in anchored and ti not in anchored else 0.0), -abs(i - ti)

    ci = max(rest, key=company_rank)
    entry.title, entry.company = names[ti], names[ci]


def _reads_as_role(name: str) -> bool:
    """The name reads as a role rather than an organisation (judged by its head part)."""
    head = _head_part(name)
    return title_score(head) > company_score(head)


def _head_part(name: str) -> str:
    """What a name kept whole across a comma is judged by: a role's head part before its qualifier
    ("Associate Director" of "Associate Director, Credit Risk & Analytics"), else all of it."""
    head = name.split(",")[0]
    return head if head != name and title_score(head) > company_score(head) else name


def _unknown_role(names: list[str]) -> int:
    """Where no name reads as a role, the first one, unless the first reads as an organisation and
    a later one reads as nothing at all: a role the word lists do not know ("Seoul Global Translation
    Services" / "Translator")."""
    if company_score(names[0]) < 1.0:
        return 0
    blank = [i for i, n in enumerate(names) if not company_score(n) and not is_location(n)]
    return blank[0] if blank else 0


_TEAM_HEADS = {
    "team",
    "platform",
    "squad",
    "pod",
    "org",
    "engineering",
    "infrastructure",
    "division",
    "tribe",
}


def _team_score(text: str) -> float:
    """A team or product area inside an employer ("Payments Platform", "Executive Team")."""
    words = core_words(text)
    return 0.7 if words and words[-1] in _TEAM_HEADS and company_score(text) < 1.0 else 0.0


def _section_kind(entry_kind: str) -> str:
    """The section kind a bullet sits in, for an entry kind ("project" entries sit in "projects")."""
    return "projects" if entry_kind == "project" else entry_kind
