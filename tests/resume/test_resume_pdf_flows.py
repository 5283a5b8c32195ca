"""Text flows set side by side with no white gutter, and running headers/footers several rows deep.

Fixtures are drawn with reportlab at test time; every person and employer is invented.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.pdf import _cut_flow_breaks, _Seg, read_pdf

LEFT = [
    "Noor Haddad",
    "EXPERIENCE",
    "Data Engineer, Acme Rail",
    "Built the freight tracking",
    "pipeline that now carries",
    "nine million events a day",
    "Led the move of the nightly",
    "jobs from cron to Airflow",
]
RIGHT = [
    "Cut the warehouse bill by a third with partitioned tables",
    "Analyst, Globex Freight",
    "Wrote the monthly volume report used by sales",
    "Automated the customs data checks in Python",
    "Trained four colleagues in SQL and dbt",
    "EDUCATION",
    "B.Sc. Statistics, Lakeview University, 2016",
    "Certified in Airflow operations",
]


def _canvas(buf: io.BytesIO) -> Any:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buf, pagesize=letter, invariant=1)


def table_cells_without_padding(gap: float = 0.5) -> bytes:
    """Two page columns as table cells with no padding: the left cell's lines are set flush right
    against the right cell (``gap`` points apart), and each cell is drawn whole before the next."""
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("Helvetica", 10)
    for k, text in enumerate(LEFT):
        c.drawRightString(221.5, 740 - 16 * k, text)
    for k, text in enumerate(RIGHT):
        c.drawString(221.5 + gap, 740 - 16 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("gap", [0.5, 4.6])  # LibreOffice cells; a moderncv contact column beside the text
def test_columns_with_no_white_gutter_are_read_one_after_the_other(gap: float) -> None:
    lines = [ln.text for ln in read_pdf(table_cells_without_padding(gap)).lines]
    assert lines == [*LEFT, *RIGHT]


def _word(text: str, x0: float, index: int) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + 6.0 * len(text),
        "top": 0.0,
        "bottom": 10.0,
        "size": 10.0,
        "index": index,
    }


def _row(*pieces: tuple[str, float, int]) -> list[dict[str, Any]]:
    return [_word(text, x0, index) for text, x0, index in pieces]


def test_a_row_run_into_a_dates_cell_is_cut_at_the_cell_edge() -> None:
    # "Acme Rail Systems" ends a word space short of the dates cell, whose row above stands apart
    head = [_Seg(_row(("Senior", 50, 0), ("Engineer", 92, 1))), _Seg(_row(("Jan", 170, 5), ("2022", 194, 6)))]
    glued = _row(("Acme", 50, 2), ("Rail", 80, 3), ("Systems", 110, 4), ("Dec", 170, 7), ("2021", 194, 8))
    cut = _cut_flow_breaks([head, [_Seg(glued)]])
    assert [[" ".join(w["text"] for w in s.words) for s in row] for row in cut] == [
        ["Senior Engineer", "Jan 2022"],
        ["Acme Rail Systems", "Dec 2021"],
    ]


def test_words_in_stream_order_or_a_word_space_apart_without_a_date_are_never_cut() -> None:
    head = [_Seg(_row(("Senior", 50, 0))), _Seg(_row(("Jan", 155, 1)))]
    in_order = _row(("Acme", 50, 2), ("Rail", 80, 3), ("Systems", 110, 4), ("Dec", 155, 5), ("2021", 179, 6))
    no_date = _row(("Acme", 50, 2), ("Rail", 80, 3), ("Systems", 110, 4), ("Lyon", 155, 9))
    assert len(_cut_flow_breaks([head, [_Seg(in_order)]])[1]) == 1
    assert len(_cut_flow_breaks([head, [_Seg(no_date)]])[1]) == 1


def _texts(rows: list[list[_Seg]]) -> list[list[str]]:
    return [[" ".join(w["text"] for w in s.words) for s in row] for row in rows]


def test_the_closing_half_of_a_range_set_flush_after_a_title_cell_is_cut_off() -> None:
    # LibreOffice table: the title cell's second row ends 0.7 pt short of the dates cell's "Present"
    head = [
        _Seg(_row(("Associate", 50, 0), ("Director,", 110, 1))),
        _Seg(_row(("04/2022", 176.7, 5), ("–", 222, 6))),
    ]
    glued = _row(("Credit", 50, 2), ("Risk", 92, 3), ("Portfolio", 122, 4), ("Present", 176.7, 7))
    assert _texts(_cut_flow_breaks([head, [_Seg(glued)]]))[1] == ["Credit Risk Portfolio", "Present"]


def test_a_rail_date_run_into_the_text_column_beside_it_is_cut_off() -> None:
    # a left rail's "November 2022" a little less than a segment gap from the employer beside it
    head = [
        _Seg(_row(("January", 40, 0), ("2022", 86, 1))),
        _Seg(_row(("Registered", 130, 6), ("Nurse", 196, 7))),
    ]
    glued = _row(("November", 40, 2), ("2022", 92, 3), ("Pinecrest", 130, 8), ("Systems", 188, 9))
    assert _texts(_cut_flow_breaks([head, [_Seg(glued)]]))[1] == ["November 2022", "Pinecrest Systems"]


def test_a_location_cell_wider_than_a_word_space_from_the_text_is_cut_off() -> None:
    # the employer runs close to a right-hand location cell wrapped over two rows ("Austin," / "TX")
    glued = _row(("Pinecrest", 50, 0), ("Labs", 110, 1), ("and", 140, 2), ("Austin,", 164, 6))
    below = [_Seg(_row(("valves", 50, 3), ("staff", 90, 4))), _Seg(_row(("TX", 164, 7)))]
    assert _texts(_cut_flow_breaks([[_Seg(glued)], below]))[0] == ["Pinecrest Labs and", "Austin,"]


def test_rows_run_across_a_flow_edge_are_cut_there() -> None:
    # a rail's locations and dates a little closer than a segment gap to the text column, on three rows
    rows = [
        [_Seg(_row(("Berlin,", 40, 0), ("Germany", 86, 1), ("Mentored", 150, 10), ("interviews", 204, 11)))],
        [_Seg(_row(("Nov", 40, 2), ("2013", 62, 3), ("Senior", 150, 12), ("Accountant", 190, 13)))],
        [_Seg(_row(("Leeds,", 40, 4), ("UK", 80, 5), ("Launched", 150, 14), ("schedules", 202, 15)))],
    ]
    assert [row[-1] for row in _texts(_cut_flow_breaks(rows))] == [
        "Mentored interviews",
        "Senior Accountant",
        "Launched schedules",
    ]


def running_header_and_contact_footer() -> bytes:
    """Two pages, each with the name and title on top and a contact footer wrapped onto two rows."""
    buf = io.BytesIO()
    c = _canvas(buf)
    pages = [
        [
            ("Helvetica-Bold", 13, "SUMMARY"),
            ("Helvetica", 10, "Operations analyst with six years in freight and customs data."),
            ("Helvetica-Bold", 13, "EXPERIENCE"),
            ("Helvetica-Bold", 10, "Operations Analyst, Globex Freight | Mar 2019 – Present"),
            ("Helvetica", 10, "• Cut customs clearance delays by 30% with a rules engine"),
        ],
        [
            ("Helvetica-Bold", 10, "Planner, Initech Shipping | Jun 2016 – Feb 2019"),
            ("Helvetica", 10, "• Scheduled 120 trucks a day across three depots"),
            ("Helvetica-Bold", 13, "EDUCATION"),
            ("Helvetica", 10, "B.A. Economics, Lakeview University, 2016"),
        ],
    ]
    for rows in pages:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 750, "Tomas Lindqvist")
        c.setFont("Helvetica", 11)
        c.drawString(72, 732, "Operations Analyst")
        y = 690.0
        for font, size, text in rows:
            c.setFont(font, size)
            c.drawString(72, y, text)
            y -= size + 8
        c.setFont("Helvetica", 9)
        c.drawCentredString(306, 60, "Gothenburg, Sweden | +46 70 555 0182 | tomas.lindqvist@example.se")
        c.drawCentredString(306, 48, "lindqvist.example.se")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_running_header_and_footer_rows_are_dropped_and_the_contact_footer_read_first() -> None:
    data = running_header_and_contact_footer()
    doc = analyse(read_pdf(data).lines)
    kept = [ln.text for ln in doc.lines]
    assert kept.count("Tomas Lindqvist") == 1 and kept.count("Operations Analyst") == 1
    assert kept.count("lindqvist.example.se") == 1
    # page 1's footer is read with the opening lines, before the first heading
    assert kept.index("lindqvist.example.se") < kept.index("SUMMARY")
    r = parse_resume_bytes(data, name="two-pages.pdf")
    assert [(e.title, e.company) for e in r.experience] == [
        ("Operations Analyst", "Globex Freight"),
        ("Planner", "Initech Shipping"),
    ]
    assert r.contact.email == "tomas.lindqvist@example.se"
    experience = next(s.text for s in r.sections if s.kind == "experience").splitlines()
    assert "Operations Analyst" not in experience  # page 2's running title is no line of it


def test_a_footer_without_contact_details_is_dropped_on_every_page() -> None:
    buf = io.BytesIO()
    c = _canvas(buf)
    for number in (1, 2):
        c.setFont("Helvetica", 10)
        c.drawString(72, 740, "Ingrid Solberg" if number == 1 else "• Ran the on-call rota for nine teams")
        c.drawString(72, 720, "EXPERIENCE" if number == 1 else "EDUCATION")
        c.drawString(
            72, 700, "Site Engineer, Fjordnet AS | 2019 – 2023" if number == 1 else "M.Sc., NTNU, 2019"
        )
        c.setFont("Helvetica", 8)
        c.drawString(72, 60, "Curriculum vitae of")
        c.drawString(72, 50, "Ingrid Solberg, Bergen")
        c.showPage()
    c.save()
    doc = analyse(read_pdf(buf.getvalue()).lines)
    kept = [ln.text for ln in doc.lines]
    assert "Curriculum vitae of" not in kept and "Ingrid Solberg, Bergen" not in kept
