"""Education sections written in many templates' conventions (benchmarks/education_variants.py
generates them with truth by construction), and the failure classes the generator exposed.

The fixtures are invented schools and people; the geometry is 10 pt text with a 12 pt pitch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from resume_tailor.resume.education import parse_education
from resume_tailor.resume.education_words import uncapitalise
from resume_tailor.resume.lines import Line

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from education_variants import HELD_OUT_FROM, generate, run, score  # noqa: E402


def _row(text: str, row: int, *, x0: float = 72.0) -> Line:
    top = 100.0 + 12.0 * row
    return Line(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 9.0, size=10.0)


def test_generated_sections_carry_their_truth() -> None:
    variant = generate(7)
    matched, _, true, _ = score(variant, parse_education(variant.lines))
    assert true == len(variant.truth) >= 1
    assert matched == true


def test_tuning_and_held_out_variants_parse_well() -> None:
    assert run(range(0, 150)) >= 0.97
    assert run(range(HELD_OUT_FROM, HELD_OUT_FROM + 150)) >= 0.95


def test_a_degree_in_capitals_beside_a_date_or_a_school_is_read() -> None:
    assert uncapitalise("DIPLOMA IN ECONOMICS\t2019 to 2023") == "Diploma in Economics\t2019 to 2023"
    assert uncapitalise("PHD, ECONOMICS") == "PhD, Economics"
    assert uncapitalise("B.SC. (CHEMISTRY) | 2025–2026") == "B.Sc. (Chemistry) | 2025–2026"
    assert uncapitalise("MIT, USA") == "MIT, USA"
    [edu] = parse_education([Line("MENG IN DATA SCIENCE, Ashford University, 2019")])
    assert (edu.degree, edu.field, edu.institution) == (
        "MEng in Data Science",
        "Data Science",
        "Ashford University",
    )


def test_an_expected_date_on_its_own_line_is_not_the_tail_of_the_line_above() -> None:
    lines = [
        _row("Expected 2010", 0),
        _row("Brookhaven State University", 1),
        _row("B.A. in Computer Science", 2),
        _row("Relevant Coursework: Algorithms, Databases, Statistics", 3),
        _row("Expected January 2006", 4),
        _row("Northfield University", 5),
        _row("Master of Science in Chemistry", 6),
    ]
    first, second = parse_education(lines)
    assert (first.institution, first.end) == ("Brookhaven State University", "2010")
    assert (second.institution, second.end) == ("Northfield University", "2006-01")


def test_an_honours_line_under_a_school_is_not_part_of_its_name() -> None:
    lines = [
        _row("PhD in Chemistry", 0),
        _row("2018 to 2022", 0, x0=480.0),
        _row("Silverton Institute of Technology", 1),
        _row("Magna Cum Laude", 2),
    ]
    [edu] = parse_education(lines)
    assert edu.institution == "Silverton Institute of Technology"


def test_a_place_between_a_school_and_its_degree_is_neither() -> None:
    [edu] = parse_education(
        [Line("Silverton College, Boston, MA, Licenciatura, Applied Mathematics, 2001–2005")]
    )
    assert edu.institution == "Silverton College"
    assert edu.location == "Boston, MA"
    assert edu.degree == "Licenciatura, Applied Mathematics"
