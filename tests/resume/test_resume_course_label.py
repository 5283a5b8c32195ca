"""A "Courses" label under a degree, bold like the entry's text but not in the document's heading
look, is part of that education entry: the next school stays in Education.

Fictional school names; lines are built as the PDF reader would give them.
"""

from __future__ import annotations

from typing import Any

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line


def _line(text: str, top: float, *, size: float = 10.0, bold: bool = False) -> Line:
    width = 5.0 * len(text)
    return Line(text=text, top=top, bottom=top + size * 0.87, size=size, bold=bold, x0=40, x1=40 + width)


def _lines(label_look: dict[str, Any]) -> list[Line]:
    heading: dict[str, Any] = {"size": 14.0, "bold": True}
    return [
        _line("Mara Ilves", 40, size=24, bold=True),
        _line("mara.ilves@example.org", 70),
        _line("Experience", 100, **heading),
        _line("Lab Assistant, Northfield Robotics", 120, bold=True),
        _line("2024-06 — 2024-08", 134),
        _line("Education", 160, **heading),
        _line("Lakemoor Institute of Technology", 180, bold=True),
        _line("2025-08 — 2029-05", 194),
        _line("Bachelor of Science, Computer Science", 208),
        _line("Courses", 222, **label_look),
        _line("Data Structures", 236),
        _line("Discrete Mathematics", 250),
        _line("Harbourside Early College High School", 270, bold=True),
        _line("2021-08 — 2025-05", 284),
        _line("High School Diploma", 298),
        _line("Awards", 324, **heading),
        _line("Dean's List, Lakemoor Institute of Technology", 344),
        _line("Skills", 370, **heading),
        _line("Python, C, Git", 390),
        _line("Tools", 404, bold=True),  # a second bold-only heading word: that look is no accident
        _line("VS Code, Docker", 418),
    ]


def test_a_course_label_inside_an_education_entry_opens_no_section() -> None:
    resume = build_resume(_lines({"bold": True}), file_type="pdf")
    schools = [e.institution for e in resume.education]
    assert schools == ["Lakemoor Institute of Technology", "Harbourside Early College High School"]



def test_courses_in_the_heading_look_open_a_section() -> None:
    resume = build_resume(_lines({"bold": True, "size": 14.0}), file_type="pdf")
    assert "certifications" in [s.kind for s in resume.sections]
