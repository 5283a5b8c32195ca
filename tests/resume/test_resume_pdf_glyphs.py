"""Fake bold (the same glyph drawn again a fraction of a point off) is dropped; a double letter is not."""

from io import BytesIO

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from resume_tailor.resume.pdf import read_pdf


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    draw(page)
    page.save()
    return out.getvalue()


def test_double_letters_in_a_small_narrow_font_are_kept() -> None:
    data = _pdf(lambda c: (c.setFont("Helvetica", 6.5), c.drawString(72, 700, "Hill Valley College")))
    assert "Hill Valley College" in " ".join(line.text for line in read_pdf(data).lines)


def test_fake_bold_copies_are_dropped() -> None:
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont("Helvetica", 11)
        for dx in (0.0, 0.3):  # the same word drawn twice, 0.3 pt apart
            c.drawString(72 + dx, 700, "Experience")

    assert "Experience" in [line.text.strip() for line in read_pdf(_pdf(draw)).lines]
