"""Plain posting text -> :class:`JobPosting`: sections by heading, items, requirements, boilerplate.

The text is read line by line. A heading line (see :mod:`.headings`) opens a section of a kind —
required, preferred, responsibilities, description or boilerplate — and the lines until the next
heading are its items. Text before any heading is description, except a short first line (the
title) and a location-like second line. Boilerplate (equal opportunity, pay, benefits) is set apart
wherever it appears. When a posting has no qualification headings at all (free text), sentences
that read like requirements are taken from the description, with "nice to have" cues marking
preferred ones.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from resume_tailor.errors import PostingError
from resume_tailor.models import JobPosting, Requirement
from resume_tailor.postings import headings as h
from resume_tailor.postings.boilerplate import is_boilerplate
from resume_tailor.postings.requirements import (
    SkillFinder,
    default_skill_finder,
    lowest_degree,
    make_requirement,
    split_items,
)

_BULLET = re.compile(r"^\s*(?:[-*•●◦▪■‣⁃–—·o]|\d{1,2}[.)]|\(?[a-z][.)])\s+")
_TAGS = re.compile(r"<(?:li|br|p|ul|ol|div|h\d)\b", re.IGNORECASE)
_LOCATION = re.compile(
    r"^(?:remote\b.*|.*\b(?:remote|hybrid|on-?site)\b.*|"
    r"[A-Z][\w .'’-]+,\s*[A-Z][\w .'’-]+(?:,\s*[A-Z][\w .'’-]+)?"
    r"(?:\s*[•|·;]\s*.*)?|[A-Z][\w .'’-]+\s*[•|·]\s*.*)$"
)
_PREFERRED_CUE = re.compile(
    r"\b(?:nice[- ]to[- ]have|is a (?:big |huge |strong )?plus|are a (?:big |huge )?plus|a plus\b|bonus|"
    r"preferred|ideally|desirable|would be great|even better|not required|not a requirement)\b",
    re.IGNORECASE,
)
_REQUIREMENT_LIKE = re.compile(
    r"\b\d{1,2}\s*\+?\s*(?:years?|yrs)\b|\bexperience (?:with|in|building|designing|leading|working|as|of)\b|"
    r"\b(?:degree|diploma) in\b|\bproficien(?:t|cy)\b|\bfamiliar(?:ity)? with\b|\bknowledge of\b|"
    r"\bexpertise (?:in|with)\b|\bunderstanding of\b|\bability to\b|\btrack record\b|"
    r"\b(?:strong|excellent|solid|deep) (?:[a-z-]+ ){0,3}(?:skills|experience|knowledge|background)\b|"
    r"\byou (?:have|bring|are) (?:a |an )?(?:strong|deep|proven|solid|experience|expertise|background)|"
    r"\bfluen(?:t|cy) in\b|\bhands-on experience\b|\bbachelor|\bmaster(?:'|’)?s\b|\bph\.?d\b",
    re.IGNORECASE,
)
_IMPERATIVE = frozenset((  # noqa: SIM905
    "develop manage lead build provide drive collaborate partner support design create identify help "
    "serve contribute define understand perform research deliver act engage prepare advocate establish "
    "communicate advise assist conduct ensure analyze analyse coordinate make take own leverage "
    "implement apply consult execute become participate oversee use explore improve plan interact "
    "guide hire generate collect solve set maintain write educate negotiate review prioritize present "
    "share optimize represent produce utilize cultivate evaluate run shape architect investigate "
    "mentor influence grow oversee deploy operate monitor test debug ship launch scale translate "
    "champion facilitate recruit coach train"
).split())
_STRICT = re.compile(r"\b(?:minimum|basic|required|must|mandatory|essential)\b", re.IGNORECASE)
_PROSE_END = 25  # words: a paragraph this long after bullet items ends a qualifications list


@dataclass
class _Section:
    kind: str
    explicit: bool  # opened by an exact heading ("Minimum qualifications") rather than a cue
    strict: bool = False  # the heading says minimum / basic / required: "a plus" cues do not apply
    items: list[str] = field(default_factory=list)
    saw_bullets: bool = False


# A qualifications heading run into the middle of a line ("... or C++. Preferred Qualifications: ...").
_MIDLINE_HEADING = re.compile(
    r"(?<=\S)\s+(?=(?:(?:Minimum|Basic|Preferred|Required|Additional|Desired) (?:Qualifications|Requirements|"
    r"Skills)|(?:MINIMUM|BASIC|PREFERRED|REQUIRED) QUALIFICATIONS|Responsibilities|Nice to have|Requirements)"
    r"\s*[:：])"
)


def normalize_text(text: str) -> str:
    """Unify line ends, spaces and light HTML (``<li>``, ``<br>``) so that lines carry the structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    if _TAGS.search(text):
        text = re.sub(r"<\s*li\b[^>]*>", "\n- ", text, flags=re.IGNORECASE)
        text = re.sub(r"<\s*/li\s*>", "", text, flags=re.IGNORECASE)
        text = re.sub(r"<\s*(?:br|/p|p|/div|div|/ul|ul|/ol|ol|/h\d|h\d)\b[^>]*>", "\n", text,
                      flags=re.IGNORECASE)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    text = re.sub(r"[ \t]+", " ", text)
    text = _MIDLINE_HEADING.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _is_heading_like(line: str, next_line: str | None) -> bool:
    stripped = line.strip()
    if not stripped or _BULLET.match(stripped) or len(stripped) > 100 or len(stripped.split()) > 12:
        return False
    if stripped.endswith((":", "：", "?")) or stripped.startswith("#"):
        return True
    return (
        next_line is not None
        and bool(_BULLET.match(next_line))
        and not stripped.endswith((".", ";", ","))
    )


def _classify_line(line: str, next_line: str | None) -> tuple[str, bool] | None:
    """(kind, explicit) when the line is a heading, else None."""
    kind = h.heading_kind(line)
    if kind is not None:
        return kind, True
    if _is_heading_like(line, next_line):
        cue = h.cue_kind(line)
        if cue is not None:
            return cue, False
        if line.strip().startswith("#"):
            return h.DESCRIPTION, False
    return None


_STRONG_INLINE = {h.REQUIRED, h.PREFERRED, h.RESPONSIBILITIES, h.QUALIFICATIONS}
_WEAK_INLINE_HEADS = {"experience", "skills", "education", "competencies", "required", "preferred", "plus",
                      "bonus", "desired", "desirable"}


def _inline_heading(line: str) -> tuple[str, str] | None:
    found = h.split_inline_heading(line)
    if found is None:
        return None
    kind, rest = found
    head = line.split(":", 1)[0].strip(" #*_").lower()
    if kind not in _STRONG_INLINE or head in _WEAK_INLINE_HEADS:
        return None
    return kind, rest


_QUALITY_WORDS = frozenset((  # noqa: SIM905
    "experience knowledge strong proven track passion interest background expertise self-starter prior "
    "degree must phd mba superior great familiar written good able comfort desire exposure keen high "
    "minimum at any a an solid deep fluency skills work be in with and or the other this our"
).split())
_NOUNISH = re.compile(r"(?:ing|ed|ity|ness|tion|sion|al|ive|ent|ant|ous|ful|ic|able|ible|ly|ise|ure|s)$")


def _starts_imperative(line: str, *, strict: bool = False) -> bool:
    """The line opens with a verb in the imperative ("Develop ...", "Kick-off, organize ...").

    ``strict`` accepts only the listed verbs, not words that merely look like verbs.
    """
    words = _BULLET.sub("", line).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first = words[0].strip(",:;").lower()
    second = words[1].strip(",:;")
    if first == "work":  # "Work closely with..." is a duty; "Work experience in..." a qualification
        return second.lower() not in ("experience", "authorization", "permit")
    if first == "be":
        return second.lower() in ("responsible", "the", "a", "an", "part")
    if first in _IMPERATIVE:
        return True
    return not strict and (
        first not in _QUALITY_WORDS
        and re.fullmatch(r"[a-z]+(?:-[a-z]+)?", first) is not None
        and not _NOUNISH.search(first.replace("ss", ""))
        and second[:1].islower()
    )


def _imperative_block(lines: list[str], start: int) -> bool:
    """The blank-line-separated block starting at ``start`` reads as duties (mostly imperative lines)."""
    block: list[str] = []
    for line in lines[start:]:
        if not line.strip() or h.heading_kind(line) is not None:
            break
        block.append(line)
    if len(block) == 1:  # one run-together paragraph of duties (Meta pages)
        return _starts_imperative(block[0], strict=True) and len(block[0].split()) >= 20
    return sum(map(_starts_imperative, block)) >= 0.6 * len(block)


def _sections(lines: list[str]) -> list[_Section]:
    sections = [_Section(h.DESCRIPTION, explicit=False)]
    after_blank = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        starts_block, after_blank = after_blank, False
        following = next((ln for ln in lines[index + 1:] if ln.strip()), None)
        heading = _classify_line(line, following)
        if heading is not None:
            sections.append(_Section(heading[0], explicit=heading[1], strict=bool(_STRICT.search(line))))
            continue
        inline = _inline_heading(line)
        if inline is not None:
            strict = bool(_STRICT.search(line.split(":")[0]))
            sections.append(_Section(inline[0], explicit=True, strict=strict))
            line = inline[1]
        current = sections[-1]
        bullet = bool(_BULLET.match(line))
        if (
            starts_block
            and current.kind in (h.REQUIRED, h.PREFERRED, h.QUALIFICATIONS)
            and current.items
            and not (bullet and current.saw_bullets)  # blank lines between bullets do not end a list
            and _imperative_block(lines, index)
        ):
            # Duties listed after the qualifications without a heading of their own.
            current = _Section(h.RESPONSIBILITIES, explicit=False)
            sections.append(current)
        if (
            current.kind in (h.REQUIRED, h.PREFERRED, h.QUALIFICATIONS, h.RESPONSIBILITIES)
            and current.saw_bullets
            and not bullet
            and len(line.split()) >= _PROSE_END
        ):
            # A long paragraph after a bullet list is the next (unheaded) part of the page.
            current = _Section(h.DESCRIPTION, explicit=False)
            sections.append(current)
        text = _BULLET.sub("", line).strip() if bullet else line
        if not text:
            continue
        if bullet:
            current.saw_bullets = True
            current.items.append(text)
        elif current.items and _continues(current.items[-1], text):
            current.items[-1] = f"{current.items[-1]} {text}"
        else:
            current.items.append(text)
    return [s for s in sections if s.items]


def _continues(previous: str, line: str) -> bool:
    """A wrapped line: the previous item has no end punctuation and this one starts in lowercase."""
    return not previous.endswith((".", "!", "?", ";", ":")) and line[:1].islower()


def _title_and_location(lines: list[str]) -> tuple[str | None, str | None, int]:
    """Title and location from the first lines, and how many lines they used."""
    content = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip()]
    if not content:
        return None, None, 0
    first_index, first = content[0]
    if (
        len(first.split()) > 14
        or first.endswith((".", ":"))
        or h.heading_kind(first) is not None
        or _BULLET.match(first)
    ):
        return None, None, 0
    title = first.lstrip("# ").strip()
    used = first_index + 1
    location = None
    if len(content) > 1:
        second_index, second = content[1]
        if len(second.split()) <= 12 and _LOCATION.match(second) and h.heading_kind(second) is None:
            location, used = second, second_index + 1
    return title, location, used


_COMPANY_EEO = re.compile(
    # starts only where a word starts (not after "B.S." inside "B.S.B.S.…": quadratic, issue 15)
    r"(?<![\w&.'’-])[&.'’-]*([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
    r" is (?:an?|proud to be an?) (?:equal|EEO)",
    re.UNICODE,
)
_KNOWN = (("Amazon", r"\bAmazon\b|\bAWS\b"), ("Google", r"\bGoogle\b"), ("Meta", r"\bMeta\b"),
          ("Netflix", r"\bNetflix\b"))


def guess_company(text: str) -> str | None:
    """The employer named by an equal-opportunity sentence, else a well-known one named twice or more."""
    match = _COMPANY_EEO.search(text)
    if match:
        return match.group(1)
    counts = [(len(re.findall(pattern, text)), name) for name, pattern in _KNOWN]
    best = max(counts)
    return best[1] if best[0] >= 2 else None


def _expand(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        out.extend(split_items(item) if len(item) > 60 else [item])
    return out


_DUTY_GLUE = re.compile(
    r"(?<=[a-z0-9)\]%’'])\s+(?=(?:" + "|".join(sorted(w.capitalize() for w in _IMPERATIVE)) + r")\b)"
)


def _split_duties(item: str) -> list[str]:
    """Split a run-together paragraph of duties before each capitalised imperative verb."""
    if len(item) <= 160:
        return [item]
    pieces = [p.strip() for p in _DUTY_GLUE.split(item) if p.strip()]
    return pieces if all(len(p.split()) >= 3 for p in pieces) else [item]


def posting_from_sections(
    text: str,
    *,
    title: str | None = None,
    company: str | None = None,
    location: str | None = None,
    find_skills: SkillFinder | None = None,
) -> JobPosting:
    """Parse normalised posting text (the work behind :func:`parse_posting_text`)."""
    lines = text.split("\n")
    found_title, found_location, used = _title_and_location(lines)
    if title is None and found_title is not None:
        title = found_title
        location = location or found_location
        lines = lines[used:]
    elif title is not None and found_title is not None and found_title.casefold() == title.casefold():
        location = location or found_location
        lines = lines[used:]
    sections = _sections(lines)
    has_preferred_heading = any(s.kind == h.PREFERRED for s in sections)
    find = find_skills or default_skill_finder()

    requirements: list[Requirement] = []
    responsibilities: list[str] = []
    description: list[str] = []
    boilerplate: list[str] = []
    for section in sections:
        kind = h.REQUIRED if section.kind == h.QUALIFICATIONS else section.kind
        cue_decides = kind == h.REQUIRED and not has_preferred_heading and not section.strict
        for raw in section.items:
            if kind == h.BOILERPLATE or is_boilerplate(raw):
                boilerplate.append(raw)
                continue
            if kind in (h.REQUIRED, h.PREFERRED):
                pieces = _expand([raw])
            elif kind == h.RESPONSIBILITIES:
                pieces = _split_duties(raw)
            else:
                pieces = [raw]
            for item in pieces:
                if is_boilerplate(item):
                    boilerplate.append(item)
                elif kind in (h.REQUIRED, h.PREFERRED):
                    required = kind == h.REQUIRED and not (cue_decides and _PREFERRED_CUE.search(item))
                    requirements.append(make_requirement(item, required=required, find_skills=find))
                elif kind == h.RESPONSIBILITIES:
                    responsibilities.append(item)
                else:
                    description.append(item)

    if not requirements:
        requirements = _requirements_from_prose(description, find)
    if not requirements:
        raise PostingError(
            "no requirements found in the posting: it has no qualifications section and no sentence "
            "asking for experience, skills or a degree; paste the full posting text"
        )
    return JobPosting(
        title=title,
        company=company or guess_company(text),
        location=location,
        responsibilities=responsibilities,
        requirements=requirements,
        degree=lowest_degree([r.degree for r in requirements if r.required]),
        boilerplate=boilerplate,
        description="\n".join(description),
    )


def _requirements_from_prose(paragraphs: list[str], find: SkillFinder) -> list[Requirement]:
    """Requirement-like sentences of a posting that has no qualification headings."""
    found: list[Requirement] = []
    for paragraph in paragraphs:
        for sentence in split_items(paragraph):
            if _REQUIREMENT_LIKE.search(sentence) and not is_boilerplate(sentence):
                required = not _PREFERRED_CUE.search(sentence)
                found.append(make_requirement(sentence, required=required, find_skills=find))
    return found


def parse_posting_text(
    text: str,
    *,
    title: str | None = None,
    company: str | None = None,
    find_skills: SkillFinder | None = None,
) -> JobPosting:
    """Parse a job posting pasted as text (or markdown) into a :class:`JobPosting`.

    Raises :class:`~resume_tailor.errors.PostingError` when the text is empty or has no requirements.

    >>> posting = parse_posting_text(
    ...     "Software Engineer\\nMinimum qualifications:\\nBS degree in CS.\\n3 years of Python.\\n"
    ...     "Preferred qualifications:\\nMaster's degree.")
    >>> [r.required for r in posting.requirements]
    [True, True, False]
    """
    if not text or not text.strip():
        raise PostingError("the posting is empty: no requirements found")
    return posting_from_sections(normalize_text(text), title=title, company=company, find_skills=find_skills)
