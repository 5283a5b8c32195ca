"""Activity timelines: a feed of dated events read as the sections they stand for.

Portfolio themes print a resume as an activity feed instead of sections: a month ("June 2015"),
then one or more events under it, each an event line saying what happened ("Joined Acme",
"Started 1 project", "Finished 1 degree at Leeds University", "Volunteered") and, indented under
it, the details (the role and its bullets, the project name, "BSc · Mathematics"). Read as text,
the feed has no headings the section stage can use, and the employer sits on a line of its own
above the role. This stage turns each event into an ordinary entry of its kind (a header row
"Role | Employer | June 2015" and the detail lines under it) and groups them under headings of
their kinds, after the rest of the document (section order is free; order within a kind is kept).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import beside_dates, find_dates
from resume_tailor.resume.lines import Line, is_bullet
from resume_tailor.resume.working import LayoutDoc

_COUNT = r"(?:\d+|an?|one)"
# (section kind, event line); ``org`` is the employer, school or organisation the event names
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "projects",
        re.compile(
            rf"(?:Started|Created|Launched|Shipped) {_COUNT} projects?(?: (?:at|for|with) (?P<org>.+))?"
        ),
    ),
    (
        "education",
        re.compile(
            rf"(?:Finished|Completed|Earned|Received|Got) {_COUNT} (?:degrees?|diplomas?)"
            r"(?: (?:at|from) (?P<org>.+))?"
        ),
    ),
    ("education", re.compile(r"Graduated(?: (?:at|from) (?P<org>.+))?")),
    ("volunteering", re.compile(r"Volunteered(?: (?:at|for|with) (?P<org>.+))?")),
    ("awards", re.compile(rf"(?:Earned|Received|Won|Got) {_COUNT} (?:awards?|prizes?)")),
    ("publications", re.compile(rf"(?:Published|Wrote) {_COUNT} (?:articles?|publications?|papers?|posts?)")),
    ("certifications", re.compile(rf"(?:Earned|Received|Got|Passed) {_COUNT} certifi(?:cates?|cations?)")),
    (
        "experience",
        re.compile(r"(?:Joined|Started (?:at|with)|Worked (?:at|for)|Moved to) (?P<org>[A-Z0-9].+)"),
    ),
)
_HEADINGS = {
    "experience": "Experience",
    "projects": "Projects",
    "education": "Education",
    "volunteering": "Volunteering",
    "awards": "Awards",
    "publications": "Publications",
    "certifications": "Certifications",
}
# kinds whose first detail line is the entry's name (role, project, degree): it heads the entry
_NAMED_KINDS = frozenset({"experience", "projects", "education", "volunteering"})
# a feed has at least this many events, each under a month of its own or sharing one
_MIN_EVENTS = 2
_EVENT_MAX_WORDS = 12


@dataclass
class _Event:
    kind: str
    org: str | None
    at: int  # index of the event line in ``doc.lines``
    date: Line | None
    date_at: int | None  # index of the month line in ``doc.lines``
    details: list[int] = field(default_factory=list)
    until: str = ""  # experience: when the role ended, as the feed implies it ("" when unknown)


def event_kind(text: str) -> tuple[str, str | None] | None:
    """The section kind an activity-feed event line stands for, and the organisation it names.

    >>> event_kind("Joined Harbor Freight"), event_kind("Started 1 project"), event_kind("Joined the team")
    (('experience', 'Harbor Freight'), ('projects', None), None)
    """
    t = text.strip()
    if not t or len(t.split()) > _EVENT_MAX_WORDS:
        return None
    for kind, pattern in _EVENTS:
        m = pattern.fullmatch(t)
        if m:
            org = m.groupdict().get("org")
            return kind, (org.strip() if org else None)
    return None


def _month_only(text: str) -> bool:
    """A line that is one date and nothing else ("June 2015", "2015-06")."""
    rest = beside_dates(text)
    return rest is not None and not re.search(r"\w", rest)


def read_timeline(doc: LayoutDoc) -> None:
    """Stage: read an activity feed in ``doc.lines`` as sections of its event kinds.

    The feed starts at the first month line directly above an event line and runs while lines are
    months, events, or details set to the right of their event line; headings found inside it (a
    bold role read as a heading) are dropped, and the entries it becomes go after the other lines.
    """
    lines = doc.lines
    start = _feed_start(lines)
    if start is None:
        return
    events, end = _read_events(lines, start)
    if len(events) < _MIN_EVENTS:
        return
    _close_roles([e for e in events if e.kind == "experience"])
    _caption_heading(doc, start, {e.kind for e in events})
    new_lines: list[Line] = []
    new_origin: list[int] = []
    new_headings: dict[int, str] = {}
    base = len(lines) - (end - start)
    for kind in dict.fromkeys(e.kind for e in events):
        of_kind = [e for e in events if e.kind == kind]
        first = lines[of_kind[0].at]
        new_headings[base + len(new_lines)] = kind
        new_lines.append(replace(first, text=_HEADINGS[kind], bold=True, list_item=False))
        new_origin.append(doc.origin[of_kind[0].at])
        for event in of_kind:
            for k, ln in _entry_lines(lines, event):
                new_lines.append(ln)
                new_origin.append(doc.origin[k])
    kept = [*range(start), *range(end, len(lines))]
    remap = {old: new for new, old in enumerate(kept)}
    doc.headings = {remap[k]: v for k, v in doc.headings.items() if k in remap} | new_headings
    doc.notes = {remap[k]: v for k, v in doc.notes.items() if k in remap}
    for k in new_headings:
        doc.notes[k] = "activity feed: the events of this kind"
    for e in events:
        if e.date_at is not None:
            doc.dropped.setdefault(doc.origin[e.date_at], "activity feed month, moved onto its events")
    doc.lines = [lines[k] for k in kept] + new_lines
    doc.origin = [doc.origin[k] for k in kept] + new_origin


def _feed_start(lines: list[Line]) -> int | None:
    """Index of the month line above the feed's first event, when the document has a feed: at
    least two event lines right under a month line."""
    dated = [
        i - 1
        for i in range(1, len(lines))
        if event_kind(lines[i].text) and _month_only(lines[i - 1].text) and not is_bullet(lines[i])
    ]
    return dated[0] if len(dated) >= _MIN_EVENTS else None


def _read_events(lines: list[Line], start: int) -> tuple[list[_Event], int]:
    """The feed's events from ``start`` on, and the index of the first line after the feed."""
    events: list[_Event] = []
    month: Line | None = None
    month_at: int | None = None
    i = start
    while i < len(lines):
        ln = lines[i]
        found = event_kind(ln.text)
        if _month_only(ln.text):
            month, month_at = ln, i
        elif found is not None:
            events.append(_Event(kind=found[0], org=found[1], at=i, date=month, date_at=month_at))
        elif events and _under(ln, lines[events[-1].at]):
            events[-1].details.append(i)
        else:
            break
        i += 1
    return events, i


def _month_of(event: _Event) -> str | None:
    """The event's month as ``YYYY-MM`` (None when it has none or only a year)."""
    if event.date is None:
        return None
    ds = find_dates(event.date.text)
    iso = ds.end if ds is not None else None
    return iso if iso and re.fullmatch(r"\d{4}-\d{2}", iso) else None


def _close_roles(roles: list[_Event]) -> None:
    """A feed dates a role by the month its holder joined; the role lasts until the holder joined
    the next employer (the month before), and the latest one is still held."""
    starts = sorted({m for m in map(_month_of, roles) if m})
    for role in roles:
        month = _month_of(role)
        if month is None:
            continue
        later = [m for m in starts if m > month]
        if not later:
            role.until = "Present"
            continue
        year, number = int(later[0][:4]), int(later[0][5:])
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
        role.until = f"{calendar.month_name[number]} {year}"


def _caption_heading(doc: LayoutDoc, start: int, kinds: set[str]) -> None:
    """The heading over the feed names a kind the feed holds ("Experiences 5" above a feed of roles):
    its own lines are tabs and captions, not entries, and the feed's entries get their own heading."""
    above = [k for k in doc.headings if k < start]
    if above and doc.headings[max(above)] in kinds:
        doc.headings[max(above)] = "other"
        doc.notes[max(above)] = "heading over an activity feed: its entries are in the feed"


def _under(ln: Line, event: Line) -> bool:
    """A detail line sits to the right of its event line (when the reader knows positions)."""
    if not (ln.x0 or event.x0):
        return True
    return ln.x0 > event.x0 + T.HEADING_ALIGN


def _entry_lines(lines: list[Line], event: _Event) -> list[tuple[int, Line]]:
    """The event as an ordinary entry: a header row ("Role | Employer | June 2015") over the rest
    of its details; each with the index of the line it comes from."""
    month = event.date.text.strip() if event.date is not None else ""
    if month and event.until:
        month = f"{month} – {event.until}"
    details = event.details
    if event.kind not in _NAMED_KINDS:
        out = [(k, lines[k]) for k in details]
        if out and month:
            k, ln = out[0]
            out[0] = (k, replace(ln, text=f"{ln.text.strip()} | {month}"))
        return out
    if not details:
        if not event.org:
            return []
        parts, head_at, rest = [event.org, month], event.at, []
    else:
        parts, head_at, rest = (
            [lines[details[0]].text.strip(), event.org or "", month],
            details[0],
            details[1:],
        )
    header = replace(lines[head_at], text=" | ".join(p for p in parts if p), list_item=False)
    return [(head_at, header), *((k, lines[k]) for k in rest)]
