"""A section name a narrow column broke over two rows is one heading (invented lines)."""

from __future__ import annotations

from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


def _side(text: str, top: float, *, size: float = 12.9, bold: bool = False) -> Line:
    return Line(text, x0=60.0, x1=60.0 + 6.5 * len(text), top=top, bottom=top + size, size=size, bold=bold)


def test_a_sidebar_heading_on_two_rows_opens_its_section() -> None:
    lines = [
        _side("Lena Lindqvist", 60.9, size=21.9, bold=True),
        _side("lena.lindqvist@example.com", 81.3),
        _side("ACADEMIC", 127.6, size=14.2, bold=True),
        _side("BACKGROUND", 141.1, size=14.2, bold=True),
        _side("BSc in Nursing", 157.8, bold=True),
        _side("Brookhaven College", 169.8),
        _side("09/2008 - 06/2012", 182.5),
        _side("LANGUAGES", 258.9, size=14.2, bold=True),
        _side("English (native)", 274.8),
    ]
    blocks = {b.kind: [ln.text for ln in b.lines] for b in analyse(lines).blocks}
    assert blocks["education"] == ["BSc in Nursing", "Brookhaven College", "09/2008 - 06/2012"]


def test_a_heading_over_a_line_in_its_look_or_two_unrelated_rows_stay_apart() -> None:
    lines = [
        _side("SKILLS", 100.0, size=14.2, bold=True),
        _side("PYTHON", 114.0, size=14.2, bold=True),
        _side("CLOUD", 140.0, size=14.2, bold=True),
        _side("NATIVE", 154.0, size=14.2, bold=True),
    ]
    assert [ln.text for ln in analyse(lines).lines] == ["SKILLS", "PYTHON", "CLOUD", "NATIVE"]
