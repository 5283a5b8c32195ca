"""Lines in reading order -> a Resume: sections, contact, experience, education, projects,
certifications, durations and total years of experience."""

from __future__ import annotations

import re
from datetime import date

from resume_tailor.models import Entry, Resume, Section
from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.education import parse_education, stray_education
from resume_tailor.resume.entries import parse_entries, title_score
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.project_entries import (
    activity_runs,
    mark_award_lines,
    split_one_liners,
    tidy_activities,
    tidy_projects,
)
from resume_tailor.resume.working import Block
from resume_tailor.resume.wrap import join_wrapped, learn_habits
from resume_tailor.resume.years import entry_years, stated_years

# Section kinds whose entries are activities: leadership (with extracurricular and involvement
# headings) and volunteering.
ACTIVITY_KINDS = frozenset({"leadership", "volunteering"})


def build_resume(
    lines: list[Line],
    *,
    links: list[str] | None = None,
    file_type: str = "text",
    pages: int = 1,
    columns: int = 1,
    warnings: list[str] | None = None,
    source: str | None = None,
    today: date | None = None,
) -> Resume:
    """Assemble a Resume from a reader's lines (in reading order)."""
    doc = analyse(lines)
    blocks = doc.blocks
    habits = learn_habits(doc.lines)
    head = [ln for b in blocks if b.kind == "contact" for ln in b.lines]
    all_text = "\n".join(ln.text for ln in lines)
    resume = Resume(
        source=source,
        file_type=file_type,
        pages=pages,
        columns=columns,
        warnings=list(warnings or []),
        text=all_text,
    )
    first_page = [ln for ln in lines if ln.page == 1]
    resume.contact = extract_contact(head, all_text, links or [], first_page)
    resume.sections = [_section(b) for b in blocks]
    experience_blocks = [b for b in blocks if b.kind == "experience"]
    if not experience_blocks:
        experience_blocks = _headerless_experience(blocks)
    for b in experience_blocks:
        resume.experience.extend(_with_section(parse_entries(b.lines, "experience", habits), b))
    for b in blocks:
        if b.kind == "education":
            resume.education.extend(parse_education(b.lines))
        elif b.kind == "projects":
            lines = split_one_liners(mark_award_lines(b.lines))
            projects = tidy_projects(parse_entries(lines, "project", habits))
            resume.projects.extend(_with_section(projects, b))
        elif b.kind in ACTIVITY_KINDS:
            entries = [e for run in activity_runs(b.lines) for e in parse_entries(run, b.kind, habits)]
            resume.activities.extend(_with_section(tidy_activities(entries), b))
        elif b.kind == "certifications":
            resume.certifications.extend(_list_items(b.lines))
    if not resume.education:  # degrees written outside any education section (a sidebar, a list)
        resume.education = stray_education(
            [ln for b in blocks if b.kind != "contact" for ln in [*_heading_lines(b), *b.lines]]
        )
    _renumber(resume.experience)
    _renumber(resume.projects)
    _renumber(resume.activities)
    resume.total_years = entry_years(resume.experience, today)
    resume.stated_years = stated_years(
        "\n".join(s.text for s in resume.sections if s.kind in {"summary", "contact"})
    )
    return resume


def _heading_lines(block: Block) -> list[Line]:
    return [block.heading_line] if block.heading_line is not None else []


def _with_section(entries: list[Entry], block: Block) -> list[Entry]:
    for e in entries:
        e.section = block.heading or None
    return entries


def _renumber(entries: list[Entry]) -> None:
    for i, e in enumerate(entries):
        for b in e.bullets:
            b.entry_index = i


def _section(block: Block) -> Section:
    texts = [ln.text for ln in block.lines]
    page = block.heading_line.page if block.heading_line else (block.lines[0].page if block.lines else None)
    return Section(kind=block.kind, heading=block.heading, text="\n".join(texts), lines=texts, page=page)


def _list_items(lines: list[Line]) -> list[str]:
    out = []
    for text, _, _ in join_wrapped(lines):
        text = strip_bullet(text)[0]
        ds = find_dates(text)
        if ds is not None and not re.search(r"[A-Za-z]{3}", text.replace(ds.text, "")):
            continue  # a date on its own (a year column beside the items)
        if text:
            out.append(text)
    return out


def _headerless_experience(blocks: list[Block]) -> list[Block]:
    """Roles written without an Experience heading: the lines from the first role-like header on."""
    found: list[Block] = []
    for b in blocks:
        if b.kind not in {"contact", "summary", "other"}:
            continue
        for i, ln in enumerate(b.lines):
            ds = find_dates(ln.text)
            if ds is None or ds.start is None:
                continue
            rest = (ln.text[: ds.span[0]] + " " + ln.text[ds.span[1] :]).strip()
            if title_score(rest) > 0 and not strip_bullet(ln.text)[1]:
                found.append(Block(kind="experience", heading=b.heading, lines=b.lines[i:]))
                del b.lines[i:]
                break
            prev = b.lines[i - 1].text if i else ""
            if i and title_score(prev) > 0 and re.search(r"[A-Za-z]", prev) and len(prev.split()) <= 10:
                found.append(Block(kind="experience", heading=b.heading, lines=b.lines[i - 1 :]))
                del b.lines[i - 1 :]
                break
    return found
