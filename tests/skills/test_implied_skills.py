"""A specific tool on the resume shows the broad skill it belongs to (taxonomy parents).

Git shows Version control, React shows Front-end development, pytest shows Software testing: a
resume naming the tools must not be told the broad skills are missing. The control resume lacks
the tools, so the same posting does report those gaps (the test can fail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resume_tailor
from resume_tailor.skills import skill_parents

BROAD = ("Version control", "Front-end development", "Software testing")

RESUME = """# Dana Okafor
Software Engineer
dana.okafor@example.com | +1 (312) 555-0199 | Chicago, IL

## Experience

### Software Engineer, Lakeshore Retail
Chicago, IL | Jan 2020 – Present
- Built the order history service in Python and PostgreSQL serving 2 million customers.
- Cut page load time by 40% for the store locator used by 300,000 shoppers a month.

## Skills
Python, PostgreSQL, Docker{extra}
"""

POSTING = """Software Engineer, Storefront
Location: Chicago, IL

Basic Qualifications
- 3+ years of professional software development experience
- Experience with Version control
- Experience with Front-end development
- Experience with Software testing
- Experience with Python
"""


TOOLS = {"Version control": "Git", "Front-end development": "React", "Software testing": "pytest"}
BULLET = "\n- Built the storefront in React, tested it with pytest suites and kept its history in Git."


def _report(tmp_path: Path, *, listed: str = "", bullet: str = "") -> resume_tailor.Report:
    text = RESUME.format(extra=listed).replace("shoppers a month.", "shoppers a month." + bullet)
    resume = tmp_path / "resume.md"
    resume.write_text(text, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    return resume_tailor.tailor(resume, "amazon", job=posting, offline=True)


def _skill_gaps(report: resume_tailor.Report) -> dict[str, str]:
    return {g.name: g.detail for g in report.gaps if g.kind == "skill"}


def _told_missing(report: resume_tailor.Report) -> set[str]:
    """Broad skills named by a "your resume does not name" suggestion."""
    texts = [s.advice.casefold() for s in report.suggestions if s.kind == "keyword_missing"]
    return {name for name in BROAD if any(name.casefold() in text for text in texts)}


@pytest.mark.parametrize(
    ("tool", "broad"),
    [
        ("Git", "Version control"),
        ("GitHub", "Version control"),
        ("React", "Front-end development"),
        ("Next.js", "Front-end development"),
        ("pytest", "Software testing"),
        ("JUnit", "Software testing"),
    ],
)
def test_tool_has_broad_parent(tool: str, broad: str) -> None:
    assert broad in skill_parents(tool)


def test_control_resume_is_told_broad_skills_are_missing(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert _told_missing(report) == set(BROAD)
    assert set(BROAD) <= set(_skill_gaps(report))


def test_listed_tools_imply_their_broad_skills(tmp_path: Path) -> None:
    report = _report(tmp_path, listed=", Git, React, pytest")
    assert not _told_missing(report)
    gaps = _skill_gaps(report)
    for broad, tool in TOOLS.items():  # listed only: partly credited, and the gap names the tool
        assert tool in gaps.get(broad, tool)


def test_tools_shown_in_a_bullet_meet_the_broad_skills(tmp_path: Path) -> None:
    report = _report(tmp_path, bullet=BULLET)
    assert not _told_missing(report)
    assert not set(BROAD) & set(_skill_gaps(report))
