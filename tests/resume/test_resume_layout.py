"""Headings, sections, wrapped lines and de-hyphenation."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line, strip_bullet
from resume_tailor.resume.wrap import dehyphenate_join, join_wrapped


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Experience", "experience"),
        ("WORK HISTORY", "experience"),
        ("Professional Experience:", "experience"),
        ("Leadership and Work Experience", "experience"),
        ("Employment", "experience"),
        ("Technical Skills", "skills"),
        ("E D U C A T I O N", "education"),
        ("Licenses & Certifications", "certifications"),
        ("Honors & Awards", "awards"),
        ("Publications", "publications"),
        ("Volunteer Experience", "volunteering"),
        ("Summary", "summary"),
        ("Profile", "summary"),
        ("Leadership", "leadership"),
        ("Projects", "projects"),
    ],
)
def test_heading_vocabulary(text: str, kind: str) -> None:
    assert heading_kind(text) == kind


def test_sentences_are_not_headings() -> None:
    assert heading_kind("Built a new experience for 2M users across the platform") is None
    assert heading_kind("Jane Doe") is None


def _pdf_line(
    text: str, top: float, *, size: float = 10, bold: bool = False, x0: float = 72, x1: float | None = None
) -> Line:
    return Line(
        text=text,
        top=top,
        bottom=top + size,
        size=size,
        bold=bold,
        x0=x0,
        x1=x1 if x1 is not None else x0 + 5 * len(text),
    )


def test_headings_need_the_heading_look_in_pdfs() -> None:
    lines = [
        _pdf_line("Jane Doe", 40, size=18, bold=True),
        _pdf_line("EXPERIENCE", 80, size=12, bold=True),
        _pdf_line("Engineer, Acme Corp", 100),
        _pdf_line("STRENGTHS", 140, size=12, bold=True),
        _pdf_line("Leadership", 160),  # a list item that happens to be a heading word
        _pdf_line("Mentored many engineers.", 175),
        _pdf_line("GAME JAMS", 200, size=12, bold=True),  # unknown heading in the same look
        _pdf_line("Winner of the city open data challenge.", 220),
    ]
    blocks = analyse(lines).blocks
    assert [(b.kind, b.heading) for b in blocks] == [
        ("contact", ""),
        ("experience", "EXPERIENCE"),
        ("skills", "STRENGTHS"),
        ("other", "GAME JAMS"),
    ]
    assert [ln.text for ln in blocks[2].lines] == ["Leadership", "Mentored many engineers."]


def test_wrapped_bullet_lines_are_joined_and_hyphens_removed() -> None:
    lines = [
        _pdf_line("• Improved the through-", 100, x1=540),
        _pdf_line("put of the ingest service by 40%", 112, x0=82),
        _pdf_line("• Second bullet", 124),
    ]
    items = join_wrapped(lines)
    assert [(t, b) for t, b, _ in items] == [
        ("Improved the throughput of the ingest service by 40%", True),
        ("Second bullet", True),
    ]


def test_short_title_case_lines_are_not_joined() -> None:
    lines = [
        _pdf_line("Certified Scrum Product Owner", 100, x1=540),
        _pdf_line("Pragmatic Institute PMC", 112),
    ]
    assert [t for t, _, _ in join_wrapped(lines)] == [
        "Certified Scrum Product Owner",
        "Pragmatic Institute PMC",
    ]


def test_page_break_after_two_columns_continues_the_main_column_section() -> None:
    lines = [
        Line("EXPERIENCE", page=1, column=1, top=80, bottom=92, size=12, bold=True, x0=40, x1=120),
        Line(
            "Engineer, Acme Corp and a long line of text here",
            page=1,
            column=1,
            top=100,
            bottom=110,
            size=10,
            x0=40,
            x1=300,
        ),
        Line("SKILLS", page=1, column=2, top=80, bottom=92, size=12, bold=True, x0=400, x1=450),
        Line("Python", page=1, column=2, top=100, bottom=110, size=10, x0=400, x1=440),
        Line(
            "Analyst, Globex Inc and more text on page two", page=2, top=40, bottom=50, size=10, x0=40, x1=300
        ),
    ]
    blocks = analyse(lines).blocks
    experience = next(b for b in blocks if b.kind == "experience")
    assert [ln.text for ln in experience.lines][-1].startswith("Analyst, Globex")


def test_strip_bullet_glyphs_dashes_and_numbers() -> None:
    assert strip_bullet("• Did it") == ("Did it", True)
    assert strip_bullet("- Did it") == ("Did it", True)
    assert strip_bullet("2. Did it") == ("Did it", True)
    assert strip_bullet("2020 - 2022") == ("2020 - 2022", False)


def test_dehyphenation_keeps_real_hyphens() -> None:
    assert dehyphenate_join("state-of-the-", "art") == "state-of-the-art"
    assert dehyphenate_join("end-to-", "End tests") == "end-to-End tests"
    assert dehyphenate_join("Python,", "Go") == "Python, Go"


def test_parse_explain_shows_column_heading_decision_and_section(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from resume_tailor.cli import app

    path = tmp_path / "r.txt"
    path.write_text("Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme Corp\n2020 - 2022\n")
    result = CliRunner().invoke(app, ["parse", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    rows = [r.split(" | ") for r in result.output.splitlines()[1:]]
    assert [(r[0], r[1].strip(), r[3]) for r in rows][2:4] == [
        ("p1 c0", "EXPERIENCE", "experience"),
        ("p1 c0", "Engineer, Acme Corp", "experience"),
    ]
    assert rows[2][2].startswith("known heading (experience)")
    assert rows[0][3] == "contact"


def test_project_experience_heading_is_projects() -> None:
    assert heading_kind("Projects Experience") == "projects"
    assert heading_kind("Project Experience") == "projects"


def test_an_icon_led_bold_heading_is_still_a_heading() -> None:
    lines = [
        _pdf_line("Jane Doe", 40, size=18, bold=True),
        Line(text="Work Experience", top=80, bottom=92, size=12, bold=True, x0=72, x1=170, list_item=True),
        _pdf_line("Engineer, Acme Corp", 100),
        Line(text="Education", top=140, bottom=152, size=12, bold=True, x0=72, x1=140, list_item=True),
        _pdf_line("B.S. in Physics, State University", 160),
    ]
    assert [b.kind for b in analyse(lines).blocks] == ["contact", "experience", "education"]


def test_a_letter_spaced_heading_with_an_ampersand_names_its_section() -> None:
    assert heading_kind("L E A D E R S H I P   &   V O L U N T E E R I N G") == "volunteering"
    assert heading_kind("W O R K   E X P E R I E N C E") == "experience"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Education & Certifications", "education"),  # the part that holds entries wins
        ("Languages / Tools", "skills"),
        ("Publications and Presentations", "publications"),
        ("Main activities and responsibilities", None),  # a form's label: one part names nothing
    ],
)
def test_a_heading_joining_two_headings_is_read_as_the_one_holding_entries(
    heading: str, kind: str | None
) -> None:
    assert heading_kind(heading) == kind
