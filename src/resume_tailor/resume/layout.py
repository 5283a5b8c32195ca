"""Lines in reading order -> headed sections.

A heading is found from how the line looks (bigger, bold, capitals, space above, the source's own
heading style) and from what it says (a vocabulary of resume headings). Once the document's heading
look is known, unknown headings in the same look become sections of kind ``"other"``.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.lines import Line, is_bullet, strip_bullet

# Heading vocabulary: normalised heading -> section kind. Multi-word headings ending in one of the
# KEYWORDS below are matched by their last word ("Relevant Experience", "Technical Skills").
_VOCAB: dict[str, str] = {}
for _kind, _names in {
    "summary": ["summary", "profile", "professional summary", "career summary", "objective",
                "career objective", "about", "about me", "overview", "professional profile",
                "executive summary", "highlights", "career highlights", "summary of qualifications",
                "qualifications summary", "personal statement", "introduction", "professional overview"],
    "experience": ["experience", "work experience", "professional experience", "employment",
                   "employment history", "work history", "career history", "professional background",
                   "relevant experience", "experience highlights", "industry experience",
                   "professional history", "positions", "work", "career", "internships", "internship",
                   "internship experience", "research experience", "teaching experience"],
    "education": ["education", "academic background", "academics", "education and training",
                  "educational background", "academic qualifications", "qualifications", "training",
                  "education & training", "academic history", "coursework", "relevant coursework"],
    "skills": ["skills", "technical skills", "core skills", "key skills", "skills summary",
               "core competencies", "competencies", "technologies", "technical proficiencies",
               "tools", "tech stack", "expertise", "areas of expertise", "strengths",
               "skills & abilities", "skills and abilities", "additional skills", "toolbox",
               "programming languages", "technical expertise", "focus areas"],
    "projects": ["projects", "personal projects", "selected projects", "key projects",
                 "academic projects", "side projects", "project experience", "open source",
                 "portfolio", "notable projects", "research projects"],
    "certifications": ["certifications", "certificates", "licenses", "licenses & certifications",
                       "licenses and certifications", "certifications & licenses", "credentials",
                       "professional certifications", "courses", "courses & certifications",
                       "certifications and training"],
    "awards": ["awards", "honors", "honors & awards", "awards & honors", "honors and awards",
               "achievements", "accomplishments", "recognition", "scholarships", "key achievements",
               "awards and achievements"],
    "publications": ["publications", "papers", "research", "patents", "talks", "presentations",
                     "publications & talks", "speaking"],
    "leadership": ["leadership", "leadership experience", "activities", "extracurricular activities",
                   "extracurriculars", "leadership & activities", "leadership and activities",
                   "campus involvement", "involvement", "organizations", "affiliations",
                   "professional affiliations", "memberships"],
    "volunteering": ["volunteering", "volunteer experience", "volunteer", "community service",
                     "volunteer work", "community involvement", "community"],
    "languages": ["languages", "language skills", "spoken languages"],
    "interests": ["interests", "hobbies", "hobbies & interests", "hobbies and interests",
                  "personal interests", "additional information", "other interests"],
    "contact": ["contact", "contact information", "contact details", "personal information",
                "personal details", "references"],
}.items():
    for _name in _names:
        _VOCAB[_name] = _kind

_KEYWORDS = {
    "experience": "experience", "experiences": "experience", "employment": "experience",
    "history": "experience", "skills": "skills", "projects": "projects", "education": "education",
    "certifications": "certifications", "certificates": "certifications", "awards": "awards",
    "honors": "awards", "achievements": "awards", "publications": "publications",
    "activities": "leadership", "leadership": "leadership", "volunteering": "volunteering",
    "interests": "interests", "languages": "languages", "summary": "summary", "profile": "summary",
    "competencies": "skills", "coursework": "education", "involvement": "leadership",
    "project": "projects", "skill": "skills", "certification": "certifications", "award": "awards",
    "publication": "publications", "internships": "experience", "internship": "experience",
    "volunteer": "volunteering", "hobbies": "interests", "references": "contact",
}


def normalize_heading(text: str) -> str:
    """Lower-case a heading, drop numbering, icons and trailing colons, collapse letter spacing."""
    t = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}(?:\S ){1,}\S)*", t):  # "E X P E R I E N C E"
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = t.lower().replace("&amp;", "&")
    t = re.sub(r"^[^a-z]+", "", t)
    t = re.sub(r"[:\-–—.\s]+$", "", t)
    return re.sub(r"\s+", " ", t)


def heading_kind(text: str) -> str | None:
    """The section kind a heading text names, or None when it is not a known heading.

    >>> heading_kind("PROFESSIONAL EXPERIENCE"), heading_kind("Technical Skills:"), heading_kind("Hi")
    ('experience', 'skills', None)
    """
    t = normalize_heading(text)
    if not t or len(t) > 48:
        return None
    if t in _VOCAB:
        return _VOCAB[t]
    words = re.findall(r"[a-z]+", t)
    if not words or len(words) > 5:
        return None
    if "experience" in words or "employment" in words:
        return "experience" if "volunteer" not in words else "volunteering"
    last = words[-1]
    if last in _KEYWORDS:
        return _KEYWORDS[last]
    return None


@dataclass
class Block:
    """A section under construction: its heading line and its body lines."""

    kind: str
    heading: str
    lines: list[Line] = field(default_factory=list)
    heading_line: Line | None = None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _looks_like_heading_text(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 50 or "@" in t or "http" in t.lower() or "www." in t.lower():
        return False
    if re.search(r"\d{3}", t) or t.endswith((",", ";")):
        return False
    if t.endswith(".") and not re.search(r"\b[A-Z]\.$", t):
        return False
    words = t.split()
    return 1 <= len(words) <= 6 or bool(re.fullmatch(r"(?:\S ){2,}\S.*", t))


def body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by text length (0 when sizes are unknown)."""
    weights: Counter[float] = Counter()
    for ln in lines:
        if ln.size:
            weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _look(line: Line, body: float) -> tuple[bool, bool, bool]:
    """(capitals, bold, bigger than body) — the visual signature of a heading."""
    bigger = bool(body and line.size and line.size >= body + 0.9)
    return _is_caps(line.text), line.bold, bigger


def find_headings(lines: list[Line]) -> dict[int, str]:
    """Map line index -> section kind for every line judged to be a heading."""
    body = body_size(lines)
    known: dict[int, str] = {}
    looks: Counter[tuple[bool, bool, bool]] = Counter()
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not _looks_like_heading_text(text):
            continue
        kind = heading_kind(text)
        caps, bold, bigger = _look(ln, body)
        styled = ln.style_heading or ln.underlined
        if kind is None:
            continue
        bullet = strip_bullet(text)[1] and not re.match(r"^[^\w\s]\s*[A-Z]", text) or ln.list_item
        if bullet and not styled:
            continue
        if styled or caps or bold or bigger or text.endswith(":") or _alone(lines, i):
            known[i] = kind
            looks[(caps, bold, bigger)] += 1
    if not known:
        return {}
    # The dominant look of known headings, when it is distinctive, also marks unknown headings.
    look, count = looks.most_common(1)[0]
    distinctive = any(look) and count >= 2
    result = dict(known)
    first_known = min(known)
    for i, ln in enumerate(lines):
        if i in result or i < first_known:  # above the first real heading: name, title, contact
            continue
        text = ln.text.strip()
        if not _looks_like_heading_text(text) or is_bullet(ln):
            continue
        if ln.style_heading and i > 0:
            result[i] = heading_kind(text) or "other"
        elif distinctive and _look(ln, body) == look and _alone(lines, i) and len(text.split()) <= 4:
            if not re.search(r"\d", text):
                result[i] = "other"
    # Vocabulary matches that do not share the heading look are items of lists ("Leadership" in a
    # strengths column), unless the source styled them as headings.
    if distinctive:
        for i in list(result):
            ln = lines[i]
            if not (ln.style_heading or ln.underlined) and _look(ln, body) != look:
                caps, bold, bigger = _look(ln, body)
                if not (caps and (bold or bigger)) and looks[(caps, bold, bigger)] < 2:
                    del result[i]
    return result


def _alone(lines: list[Line], i: int) -> bool:
    """True when no other line shares this line's row (a heading stands on its own)."""
    ln = lines[i]
    if not ln.bottom:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            other = lines[j]
            if other.page == ln.page and other.column == ln.column and abs(other.top - ln.top) < 1.0:
                return False
    return True


def split_sections(lines: list[Line]) -> list[Block]:
    """Group lines into blocks under their headings; lines before the first heading are "contact"."""
    headings = find_headings(lines)
    blocks = [Block(kind="contact", heading="")]
    for i, ln in enumerate(lines):
        if i in headings:
            blocks.append(Block(kind=headings[i], heading=_clean_heading(ln.text), heading_line=ln))
        else:
            blocks[-1].lines.append(ln)
    return [b for b in blocks if b.lines or b.heading]


def _clean_heading(text: str) -> str:
    t = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}.*)?", t):
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = re.sub(r"^[^\w(]+", "", t)
    return t.rstrip(":").strip()


def join_wrapped(lines: list[Line]) -> list[tuple[str, bool, Line]]:
    """Join wrapped lines into items: (text, is_bullet, first line).

    A line continues the previous item when it is not a bullet, starts in lower case or the
    previous line did not end a sentence and sits close below it; hyphenated line ends are joined.
    """
    items: list[tuple[str, bool, Line]] = []
    prev: Line | None = None
    margins: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        margins[key] = max(margins.get(key, 0.0), ln.x1)
    for ln in lines:
        text, bullet = strip_bullet(ln.text)
        bullet = bullet or ln.list_item
        if not text:
            continue
        if items and prev is not None and not bullet and _continues(prev, ln, items[-1][0], text, margins):
            head, was_bullet, first = items[-1]
            items[-1] = (dehyphenate_join(head, text), was_bullet, first)
        else:
            items.append((text, bullet, ln))
        prev = ln
    return items


def _continues(prev: Line, ln: Line, prev_text: str, text: str, margins: dict[tuple[int, int], float]) -> bool:
    if prev.page != ln.page and ln.top and prev.top:
        return bool(text[:1].islower())
    if ln.top and prev.bottom and ln.top - prev.bottom > max(prev.size, 6.0) * 0.9:
        return False
    if ln.size and prev.size and abs(ln.size - prev.size) > 0.6:
        return False
    if ln.bold != prev.bold and not text[:1].islower():
        return False
    if prev_text.endswith("-") and text[:1].isalpha():
        return True
    if text[:1].islower():
        return True
    if not ln.top:  # text sources: a physical line is a line unless it starts in lower case
        return False
    # A wrapped line starts at (or left of) the previous line's text start; bullets hang indented.
    if ln.x0 > prev.x0 + 20:
        return False
    if find_dates(text) is not None and len(text.split()) <= 8:
        return False
    if prev_text.endswith((".", ":", "!", "?")):
        return False
    # a wrapped line needs the previous one to have run (nearly) to the right margin
    return bool(prev.x1) and prev.x1 >= margins.get((prev.page, prev.column), prev.x1) - 40


def dehyphenate_join(head: str, tail: str) -> str:
    """Join two wrapped pieces of text; a hyphen that only split a word across lines is removed.

    >>> dehyphenate_join("improved through-", "put by 40%")
    'improved throughput by 40%'
    """
    if head.endswith("-") and not head.endswith(" -") and tail[:1].islower():
        word = re.search(r"(\w+)-$", head)
        if word and not re.search(r"\d", word.group(1)):
            return head[:-1] + tail
    return f"{head} {tail}"


def median_size(lines: list[Line]) -> float:
    """Median font size of the lines that have one."""
    sizes = [ln.size for ln in lines if ln.size]
    return statistics.median(sizes) if sizes else 0.0
