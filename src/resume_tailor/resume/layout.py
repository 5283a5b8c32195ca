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
    "summary": [
        "summary",
        "profile",
        "professional summary",
        "career summary",
        "objective",
        "career objective",
        "about",
        "about me",
        "overview",
        "professional profile",
        "executive summary",
        "highlights",
        "career highlights",
        "summary of qualifications",
        "qualifications summary",
        "personal statement",
        "introduction",
        "professional overview",
    ],
    "experience": [
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "professional background",
        "relevant experience",
        "experience highlights",
        "industry experience",
        "professional history",
        "positions",
        "work",
        "career",
        "internships",
        "internship",
        "internship experience",
        "research experience",
        "teaching experience",
    ],
    "education": [
        "education",
        "academic background",
        "academics",
        "education and training",
        "educational background",
        "academic qualifications",
        "qualifications",
        "training",
        "education & training",
        "academic history",
        "coursework",
        "relevant coursework",
    ],
    "skills": [
        "skills",
        "skill",
        "technical skills",
        "core skills",
        "key skills",
        "skills summary",
        "core competencies",
        "competencies",
        "technologies",
        "technical proficiencies",
        "tools",
        "tech stack",
        "expertise",
        "areas of expertise",
        "strengths",
        "skills & abilities",
        "skills and abilities",
        "additional skills",
        "toolbox",
        "programming languages",
        "technical expertise",
        "focus areas",
    ],
    "projects": [
        "projects",
        "project",
        "personal projects",
        "selected projects",
        "key projects",
        "academic projects",
        "side projects",
        "project experience",
        "open source",
        "portfolio",
        "notable projects",
        "research projects",
    ],
    "certifications": [
        "certifications",
        "certification",
        "certificates",
        "licenses",
        "licenses & certifications",
        "licenses and certifications",
        "certifications & licenses",
        "credentials",
        "professional certifications",
        "courses",
        "courses & certifications",
        "certifications and training",
    ],
    "awards": [
        "awards",
        "honors",
        "honors & awards",
        "awards & honors",
        "honors and awards",
        "achievements",
        "accomplishments",
        "recognition",
        "scholarships",
        "key achievements",
        "awards and achievements",
    ],
    "publications": [
        "publications",
        "papers",
        "research",
        "patents",
        "talks",
        "presentations",
        "publications & talks",
        "speaking",
    ],
    "leadership": [
        "leadership",
        "leadership experience",
        "activities",
        "extracurricular activities",
        "extracurriculars",
        "leadership & activities",
        "leadership and activities",
        "campus involvement",
        "involvement",
        "organizations",
        "affiliations",
        "professional affiliations",
        "memberships",
    ],
    "volunteering": [
        "volunteering",
        "volunteer experience",
        "volunteer",
        "community service",
        "volunteer work",
        "community involvement",
        "community",
    ],
    "languages": ["languages", "language skills", "spoken languages"],
    "interests": [
        "interests",
        "hobbies",
        "hobbies & interests",
        "hobbies and interests",
        "personal interests",
        "additional information",
        "other interests",
    ],
    "other": [
        "references",
        "clearance",
        "security clearance",
        "hackathons",
        "conferences",
        "miscellaneous",
        "misc",
    ],
    "contact": [
        "contact",
        "contact information",
        "contact details",
        "personal information",
        "personal details",
    ],
}.items():
    for _name in _names:
        _VOCAB[_name] = _kind

_KEYWORDS = {
    "experience": "experience",
    "experiences": "experience",
    "employment": "experience",
    "history": "experience",
    "skills": "skills",
    "projects": "projects",
    "education": "education",
    "certifications": "certifications",
    "certificates": "certifications",
    "awards": "awards",
    "honors": "awards",
    "achievements": "awards",
    "publications": "publications",
    "activities": "leadership",
    "leadership": "leadership",
    "volunteering": "volunteering",
    "interests": "interests",
    "languages": "languages",
    "summary": "summary",
    "profile": "summary",
    "competencies": "skills",
    "coursework": "education",
    "involvement": "leadership",
    "internships": "experience",
    "volunteer": "volunteering",
    "hobbies": "interests",
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


def _look(line: Line, body: float) -> tuple[bool, bool, float]:
    """(capitals, bold, size above body) — the visual signature of a heading."""
    above = round(line.size - body) if body and line.size and line.size >= body + 0.9 else 0.0
    return _is_caps(line.text), line.bold, float(above)


def find_headings(lines: list[Line]) -> dict[int, str]:
    """Map line index -> section kind for every line judged to be a heading."""
    body = body_size(lines)
    known: dict[int, str] = {}
    looks: Counter[tuple[bool, bool, float]] = Counter()
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
    distinctive = any(look) and (count >= 2 or look[0])
    result = dict(known)
    first_known = min(known)
    # Styled headings deeper than the section headings ("Heading 2" under "Heading 1" sections) are
    # entry headers (an employer, a degree), not sections.
    section_levels = [lines[i].level for i in known if lines[i].level]
    top_level = min(section_levels) if section_levels else 0
    for i, ln in enumerate(lines):
        if i in result or i < first_known:  # above the first real heading: name, title, contact
            continue
        text = ln.text.strip()
        if not _looks_like_heading_text(text) or is_bullet(ln):
            continue
        if ln.style_heading and i > 0:
            if heading_kind(text) or not (top_level and ln.level > top_level):
                result[i] = heading_kind(text) or "other"
        elif (
            distinctive
            and _look(ln, body) == look
            and _alone(lines, i)
            and len(text.split()) <= 4
            and _could_be_unknown_heading(lines, i)
        ):
            result[i] = "other"
    # Vocabulary matches that do not share the heading look are items of lists ("Leadership" in a
    # strengths column), unless the source styled them as headings.
    if distinctive:
        for i in list(result):
            ln = lines[i]
            caps, bold, bigger = _look(ln, body)
            # capitals alone do not decide: "¥Skills" after an icon glyph is still a heading
            if (
                not (ln.style_heading or ln.underlined)
                and (bold, bigger) != look[1:]
                and not (caps and (bold or bigger))
                and looks[(caps, bold, bigger)] < 2
            ):
                del result[i]
    return result


def _could_be_unknown_heading(lines: list[Line], i: int) -> bool:
    """An unrecognised line in the heading look is a heading unless it reads like part of an entry
    (a job title, an employer, a degree, a date) or, in text files, has no blank line above."""
    from resume_tailor.resume.entries import company_score, title_score

    text = lines[i].text.strip()
    if re.search(r"\d", text) or title_score(text) > 0 or company_score(text) > 0:
        return False
    if not lines[i].top and not lines[i].gap_before and not lines[i].style_heading:
        return False
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if title_score(strip_bullet(nxt)[0]) > 0 and len(nxt.split()) <= 8:
        return False  # "INITECH" above "Senior Analyst": an employer, not a section
    return find_dates(nxt) is None or len(nxt.split()) > 8


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
    current = blocks[0]
    # On a page break after a multi-column page, text before the next heading continues the section
    # that was open at the end of the page's main (widest-text) column, not the sidebar's last one.
    last_in_column: dict[int, Block] = {}
    text_in_column: dict[int, int] = {}
    for i, ln in enumerate(lines):
        if i and ln.page != lines[i - 1].page:
            if len(text_in_column) > 1 and i not in headings:
                main = max(text_in_column, key=lambda c: text_in_column[c])
                current = last_in_column.get(main, current)
            last_in_column, text_in_column = {}, {}
        elif i and _column_jump(lines[i - 1], ln) and i not in headings and _contact_run(lines, i, headings):
            # a new column that opens with the name or contact details (a sidebar on the right)
            current = Block(kind="contact", heading="")
            blocks.append(current)
        if i in headings:
            current = Block(kind=headings[i], heading=_clean_heading(ln.text), heading_line=ln)
            blocks.append(current)
        else:
            current.lines.append(ln)
        last_in_column[ln.column] = current
        text_in_column[ln.column] = text_in_column.get(ln.column, 0) + len(ln.text)
    return [b for b in blocks if b.lines or b.heading]


def _column_jump(prev: Line, ln: Line) -> bool:
    """True when reading moves up into another column of the same page."""
    return ln.page == prev.page and ln.column != prev.column and ln.column != 0 and ln.top < prev.top - 20


def _contact_run(lines: list[Line], i: int, headings: dict[int, str]) -> bool:
    """True when the lines from ``i`` to the next heading hold an email address or a phone number."""
    text = []
    for j in range(i, min(len(lines), i + 8)):
        if j in headings:
            break
        text.append(lines[j].text)
    joined = " ".join(text)
    return bool(re.search(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}", joined))


def _clean_heading(text: str) -> str:
    t = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S(?:\s{2,}.*)?", t):
        t = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", t))
    t = re.sub(r"^[^\w(]+", "", t)
    return t.rstrip(":").strip()


def join_wrapped(lines: list[Line]) -> list[tuple[str, bool, Line]]:
    """Join wrapped lines into items: (text, is_bullet, first line).

    A line continues an item when it is not a bullet and either starts in lower case, ends a
    hyphenated word, or sits right below the item's last line at the same indent after a line that
    ran to its right limit (the margin, or a right-aligned date on the same row).
    """
    margins: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        margins[key] = max(margins.get(key, 0.0), ln.x1)
    limits = _right_limits(lines, margins)
    items: list[list] = []  # [text, bullet, first line, last line index]
    for i, ln in enumerate(lines):
        text, bullet = strip_bullet(ln.text)
        bullet = bullet or ln.list_item
        if not text:
            continue
        target = None
        left_sibling = _has_left_sibling(lines, i)
        if not bullet:
            # the item to continue: the last one, or (PDF rows with several segments) a recent one
            # whose last line sits at this line's indent on the row above
            if items and not ln.top and items[-1][1] and ln.x0 > items[-1][2].x0:
                target = items[-1]  # text files: an indented line under a bullet continues it
            for item in [] if target is not None else reversed(items[-3:]):
                last = lines[item[3]]
                margin = margins.get((last.page, last.column))
                if _continues(last, ln, item[0], text, limits[item[3]], left_sibling, margin):
                    target = item
                    break
                if not ln.top:
                    break
        if target is not None:
            target[0] = dehyphenate_join(target[0], text)
            target[3] = i
        else:
            items.append([text, bullet, ln, i])
    return [(t, b, first) for t, b, first, _ in items]


def _right_limits(lines: list[Line], margins: dict[tuple[int, int], float]) -> list[float]:
    """How far right each line could have run: the column margin or the next segment on its row.

    A line with another segment on its row to its LEFT (a date column, a label) gets limit -1: it
    starts an item of its own.
    """
    out = []
    for i, ln in enumerate(lines):
        limit = margins.get((ln.page, ln.column), ln.x1)
        if ln.top:
            for j in range(max(0, i - 3), min(len(lines), i + 4)):
                other = lines[j]
                if (
                    j == i
                    or other.page != ln.page
                    or other.column != ln.column
                    or abs(other.top - ln.top) >= 1.5
                ):
                    continue
                if other.x0 > ln.x1:
                    limit = min(limit, other.x0 - 4)
        out.append(limit)
    return out


def _has_left_sibling(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    if not ln.top:
        return False
    return any(
        j != i
        and lines[j].page == ln.page
        and lines[j].column == ln.column
        and abs(lines[j].top - ln.top) < 1.5
        and lines[j].x1 < ln.x0
        for j in range(max(0, i - 3), min(len(lines), i + 4))
    )


def _continues(
    prev: Line,
    ln: Line,
    prev_text: str,
    text: str,
    limit: float,
    left_sibling: bool = False,
    margin: float | None = None,
) -> bool:
    if ln.top and prev.top:
        if prev.page != ln.page:
            return bool(text[:1].islower()) and abs(ln.x0 - prev.x0) < 25
        if not 0 < ln.top - prev.top <= 2.2 * max(prev.size, 6.0):
            return False
        if ln.top - prev.bottom > max(prev.size, 6.0) * 0.9:
            return False
        # A wrapped line starts at the item's indent; bullets hang indented, so a line starting
        # exactly under a bullet glyph is a new item, not a continuation.
        if ln.x0 > prev.x0 + 20 or ln.x0 < prev.x0 - 3:
            return False
        if strip_bullet(prev.text)[1] and ln.x0 <= prev.x0 + 1.0 and not text[:1].islower():
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
    joined = find_dates(f"{prev_text} {text}")
    if joined is not None and joined.span[0] < len(prev_text) < joined.span[1]:
        return True  # "May 2023 - June" / "2024": a date range wrapped
    if left_sibling or (find_dates(text) is not None and len(text.split()) <= 8):
        return False
    if prev_text.endswith((".", ":", "!", "?")):
        return False
    if (
        len(prev_text.split()) <= 6
        and len(text.split()) <= 6
        and _title_case(prev_text)
        and _title_case(text)
    ):
        return False  # two short Title Case lines: two list items ("Certified Scrum Master" / "PMP")
    # The previous line must have run to its right limit: this line's first word would not fit.
    # When that limit is a date on the row (not the margin) only a short tail wraps there.
    if margin is not None and limit < margin - 4 and (len(text.split()) > 4 or text.endswith(".")):
        return False
    first = text.split()[0] if text.split() else ""
    size = prev.size or 10.0
    return bool(prev.x1) and prev.x1 + size * (0.3 + 0.5 * len(first)) >= limit - 2


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’&.-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def dehyphenate_join(head: str, tail: str) -> str:
    """Join two wrapped pieces of text; a hyphen that only split a word across lines is removed.

    A compound that already has a hyphen keeps this one too ("state-of-the-" + "art").

    >>> dehyphenate_join("improved through-", "put by 40%")
    'improved throughput by 40%'
    """
    word = re.search(r"([\w-]+)-$", head)
    if word and not head.endswith(" -") and tail[:1].isalpha():
        if "-" in word.group(1) or re.search(r"\d", word.group(1)) or not tail[:1].islower():
            return head + tail
        return head[:-1] + tail
    return f"{head} {tail}"


def median_size(lines: list[Line]) -> float:
    """Median font size of the lines that have one."""
    sizes = [ln.size for ln in lines if ln.size]
    return statistics.median(sizes) if sizes else 0.0
