"""A CV form: a left rail of labels (the personal data's field names, section names in capitals,
each entry's dates) beside the values. Fictional person and employers; drawn with reportlab."""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes

_JOBS = [
    ("Apr 2021 – present", "Staff Engineer, Tarnhelm Cloud, Tallinn", "Led the design of a tiered store"),
    ("Feb 2018 – Mar 2021", "Senior Engineer, Tarnhelm Cloud, Tallinn", "Built the block replication"),
    ("Jun 2015 – Jan 2018", "Software Engineer, Ravenmoor Streaming, Tartu", "Designed the event bus"),
]


def _form() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0

    def row(label: str, value: str, *, caps: bool = False) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold" if caps else "Helvetica", 10)
        if label:
            c.drawRightString(150, y, label)
        c.setFont("Helvetica", 10)
        if value:
            c.drawString(170, y, value)
        y -= 15

    row("CURRICULUM", "", caps=True)
    row("VITAE", "", caps=True)
    y -= 10
    row("PERSONAL DATA", "", caps=True)
    for label, value in [
        ("Name", "Kadri Tamm"),
        ("Address", "Tallinn, Estonia"),
        ("Phone", "+372 5555 0147"),
        ("Email", "kadri.tamm@example.com"),
        ("Web", "kadritamm.example.com"),
    ]:
        row(label, value)
    y -= 10
    row("PROFILE", "Storage engineer who leads cross-team designs and mentors engineers.", caps=True)
    y -= 10
    row("PROFESSIONAL", "", caps=True)
    row("EXPERIENCE", "", caps=True)
    for dates, header, bullet in _JOBS:
        row(dates, header)
        row("", f"- {bullet} for three product teams")
        y -= 6
    c.save()
    return buf.getvalue()


def test_a_form_rail_with_personal_data_labels_reads_row_by_row() -> None:
    resume = parse_resume_bytes(_form(), name="cv.pdf")
    got = [(e.title, e.company, e.start) for e in resume.experience]
    assert got == [
        ("Staff Engineer", "Tarnhelm Cloud", "2021-04"),
        ("Senior Engineer", "Tarnhelm Cloud", "2018-02"),
        ("Software Engineer", "Ravenmoor Streaming", "2015-06"),
    ]
