"""What Word writes into its PDFs: text in a 1-point font scaled up by the text matrix, and one
hyphen drawn as two glyphs on top of each other.

Fictional people and organisations; PDFs are drawn with reportlab at test time (DejaVu Sans, from
fonts-dejavu, for the U+2010 hyphen).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.pdf import read_pdf

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _scaled_rows() -> bytes:
    """Every row in a 1-point font, scaled to 11 points by the text matrix; bullets that wrap
    under a hanging indent."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)

    def row(x: float, y: float, text: str, font: str = "Helvetica", scale: float = 11.0) -> None:
        t = c.beginText()
        t.setTextTransform(scale, 0, 0, scale, x, y)
        t.setFont(font, 1)
        t.textOut(text)
        c.drawText(t)

    row(36, 740, "Leo Marlow", "Helvetica-Bold", 16)
    row(36, 722, "leo.marlow@example.com")
    row(36, 690, "CAMPUS INVOLVEMENT", "Helvetica-Bold")
    row(36, 676, "Tinkerers Guild, Lakeview State University", "Helvetica-Bold")
    row(458, 676, "August 2013 - Present")
    row(36, 662, "Treasurer")
    y = 647.0
    for first, second in [
        (
            "• Implement collective ideas to sponsor campus and community events which promote",
            "and social change",
        ),
        ("• Designed a 17 minute audio-visual presentation for use in regional", "and national competition"),
    ]:
        row(54, y, first)
        y -= 14
        row(72, y, second)
        y -= 15
    c.save()
    return buf.getvalue()


def test_rows_in_a_scaled_one_point_font_wrap_like_any_other() -> None:
    r = parse_resume_bytes(_scaled_rows(), name="word.pdf")
    assert [b.text for e in r.activities for b in e.bullets] == [
        "Implement collective ideas to sponsor campus and community events which promote and social change",
        "Designed a 17 minute audio-visual presentation for use in regional and national competition",
    ]


@pytest.mark.skipif(not _DEJAVU.is_file(), reason="needs DejaVu Sans (fonts-dejavu)")
def test_a_hyphen_drawn_twice_is_one_hyphen() -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(_DEJAVU)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("DejaVu", 11)
    c.drawString(54, 700, "Co-")
    c.drawString(54 + c.stringWidth("Co", "DejaVu", 11), 700, "\u2010")  # on top of the "-"
    c.drawString(54 + c.stringWidth("Co-", "DejaVu", 11), 700, "designed a poster")
    c.save()
    assert [ln.text for ln in read_pdf(buf.getvalue()).lines] == ["Co-designed a poster"]
