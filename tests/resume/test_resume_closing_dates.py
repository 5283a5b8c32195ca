"""Dates set as a block of their own after their entry's text (a site theme printed narrow: the
dates column drops under the entry's points), and dates set above their entry, which stay where they
are. Entries and people are invented."""

from __future__ import annotations

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line


def _page(rows: list[tuple[str, float, float]]) -> list[Line]:
    """Lines of one column at x 54 from (text, top, font size), their gaps set as the PDF reader
    sets them (the space above each line over its font size)."""
    lines, bottom = [], 0.0
    for text, top, size in rows:
        gap = max(0.0, (top - bottom) / size) if bottom else 0.0
        lines.append(
            Line(
                text,
                x0=54.0,
                x1=54.0 + 6.0 * len(text),
                top=top,
                bottom=top + size,
                size=size,
                gap_before=gap,
            )
        )
        bottom = top + size
    return lines


def test_dates_after_an_entrys_points_belong_to_that_entry() -> None:
    lines = _page(
        [
            ("Ines Marlow", 40.0, 30.0),
            ("ines.marlow@example.com", 78.0, 12.0),
            ("EXPERIENCE", 140.0, 26.0),
            ("SENIOR WEB DEVELOPER", 190.0, 22.0),
            ("HARBOURLIGHT MEDIA", 216.0, 18.0),
            ("• Moved the storefront to a static build, halving page load time", 252.0, 12.0),
            ("• Mentored three junior developers through their first releases", 268.0, 12.0),
            ("March 2019 - Present", 298.0, 12.0),
            ("WEB DEVELOPER", 358.0, 22.0),
            ("KESTREL DIGITAL", 384.0, 18.0),
            ("• Built the booking widget used by forty partner hotels", 420.0, 12.0),
            ("June 2015 - February 2019", 450.0, 12.0),
            ("EDUCATION", 540.0, 26.0),
            ("UNIVERSITY OF LEEDS", 590.0, 22.0),
            ("BSc Computer Science", 616.0, 18.0),
            ("September 2011 - June 2015", 652.0, 12.0),
        ]
    )
    r = build_resume(lines)
    assert [(e.title.upper(), e.company.upper(), e.start, e.end) for e in r.experience] == [
        ("SENIOR WEB DEVELOPER", "HARBOURLIGHT MEDIA", "2019-03", "present"),
        ("WEB DEVELOPER", "KESTREL DIGITAL", "2015-06", "2019-02"),
    ]
    assert (r.education[0].start, r.education[0].end) == ("2011-09", "2015-06")
    assert len(r.experience[0].bullets) == 2


def test_dates_above_their_entry_stay_with_the_entry_below() -> None:
    lines = _page(
        [
            ("Ines Marlow", 40.0, 30.0),
            ("ines.marlow@example.com", 78.0, 12.0),
            ("EXPERIENCE", 130.0, 16.0),
            ("Mar 2019 – Present", 160.0, 11.0),
            ("Senior Web Developer", 174.0, 12.0),
            ("Harbourlight Media", 189.0, 12.0),
            ("• Moved the storefront to a static build, halving page load time", 204.0, 11.0),
            ("Jun 2015 – Feb 2019", 236.0, 11.0),
            ("Web Developer", 250.0, 12.0),
            ("Kestrel Digital", 265.0, 12.0),
            ("• Built the booking widget used by forty partner hotels", 280.0, 11.0),
        ]
    )
    r = build_resume(lines)
    assert [(e.title, e.start, e.end) for e in r.experience] == [
        ("Senior Web Developer", "2019-03", "present"),
        ("Web Developer", "2015-06", "2019-02"),
    ]


def test_dates_above_with_space_after_them_stay_with_the_entry_below() -> None:
    # a word processor's style: the dates paragraph first, with space after it; each entry's
    # points end its section, so no date row closes one
    lines = _page(
        [
            ("Ines Marlow", 40.0, 30.0),
            ("ines.marlow@example.com", 78.0, 12.0),
            ("EXPERIENCE", 130.0, 16.0),
            ("Mar 2019 – Present", 152.0, 11.0),
            ("Senior Web Developer", 172.0, 12.0),
            ("Harbourlight Media", 187.0, 12.0),
            ("• Moved the storefront to a static build, halving page load time", 202.0, 11.0),
            ("Jun 2015 – Feb 2019", 218.0, 11.0),
            ("Web Developer", 238.0, 12.0),
            ("Kestrel Digital", 253.0, 12.0),
            ("• Built the booking widget used by forty partner hotels", 268.0, 11.0),
            ("SKILLS", 300.0, 16.0),
            ("Python, TypeScript, PostgreSQL", 322.0, 11.0),
        ]
    )
    r = build_resume(lines)
    assert [(e.title, e.start, e.end) for e in r.experience] == [
        ("Senior Web Developer", "2019-03", "present"),
        ("Web Developer", "2015-06", "2019-02"),
    ]
