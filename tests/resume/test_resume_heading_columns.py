"""Headings placed away from their sections: a right-hand heading column that runs into an entry's
dates, and a first heading floated above the name. Lines, words and characters are invented, with
the geometry PDFium reports for Chromium-printed themes of these kinds."""

from __future__ import annotations

import pytest

from resume_tailor.resume.fields import build_resume
from resume_tailor.resume.lines import Line
from resume_tailor.resume.pdf import _segments, _words_from_chars


def _chars(text: str, x: float, size: float, width: float, top: float = 230.0) -> list[dict]:
    out = []
    for ch in text:
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + width,
                "top": top,
                "bottom": top + size * 1.2,
                "size": size,
                "fontname": "Lato",
                "bold": False,
                "after_cid": False,
            }
        )
        x += width
    return out


def test_a_bigger_capital_set_flush_after_a_word_starts_a_word_of_its_own() -> None:
    chars = _chars("Now", 400.0, 12.0, 6.0) + _chars("Tools", 418.0, 16.0, 8.0)
    assert [w["text"] for w in _words_from_chars(chars)] == ["Now", "Tools"]


def test_small_capitals_stay_one_word() -> None:
    chars = _chars("P", 60.0, 10.0, 7.0) + _chars("RESENT", 67.0, 7.0, 5.0)
    assert [w["text"] for w in _words_from_chars(chars)] == ["PRESENT"]


def _word(text: str, x0: float, size: float, width: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": 100.0, "bottom": 100.0 + size, "size": size}


def test_words_touching_in_another_size_are_separate_segments() -> None:
    row = [
        _word("May", 350.0, 12.0, 20.0),
        _word("2019", 373.0, 12.0, 22.0),
        _word("Tools", 395.0, 16.0, 30.0),  # touches "2019": no space was drawn
    ]
    segs = _segments(row, typical=3.0)
    assert [[w["text"] for w in seg.words] for seg in segs] == [["May", "2019"], ["Tools"]]


def test_a_smaller_word_between_bigger_ones_stays_in_its_row() -> None:
    row = [
        _word("Coordinator", 150.0, 20.0, 80.0),
        _word("at", 233.5, 16.7, 10.4),
        _word("Harbor", 246.8, 20.0, 50.0),  # a normal word space (0.145 sizes) before it
    ]
    assert len(_segments(row, typical=3.5)) == 1


def _line(text: str, top: float, *, size: float = 10.0, x0: float = 50.0, x1: float | None = None) -> Line:
    return Line(
        text=text,
        top=top,
        bottom=top + size * 1.2,
        size=size,
        x0=x0,
        x1=x1 if x1 is not None else x0 + 5.5 * len(text),
    )


def test_a_heading_word_flush_after_an_entry_row_is_not_a_heading() -> None:
    lines = [
        _line("Dana Whit", 40, size=24),
        _line("dana@example.org", 80),
        _line("Work", 120, size=16, x0=450),
        _line("Harbor Freight Co", 150, size=13),
        _line("May 2019 — Now", 152, size=12, x0=350, x1=433.9),
        _line("Tools", 150, size=16, x0=433.9, x1=470),  # the heading column ran into the dates
        _line("Warehouse Analyst", 175, size=12),
        _line("• Cut picking errors by a third with a barcode audit", 195),
        _line("• Built a daily stock report in SQL for 12 depots", 210),
        _line("Education", 260, size=16, x0=450),
        _line("Lakeside College", 290, size=13),
    ]
    r = build_resume(lines, file_type="pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Warehouse Analyst", "Harbor Freight Co", "2019-05", "present")
    ]
    assert len(r.experience[0].bullets) == 2


def test_a_heading_printed_above_the_name_opens_after_the_contact_block() -> None:
    lines = [
        _line("Work Experience", 56, size=19, x0=420),
        _line("Dana Whit", 105, size=31, x0=76),
        _line("Warehouse Analyst", 150, size=25, x0=76),
        _line("Phone: 404-555-0199", 180, size=9, x0=76),
        _line("Email: dana@example.org", 192, size=9, x0=76),
        _line("Harbor Freight Co 2019 - Present", 230, size=19, x0=76),
        _line("Inventory Lead", 260, size=9, x0=76),
        _line("• Cut picking errors by a third with a barcode audit", 275, size=9, x0=90),
        _line("Education", 320, size=19, x0=76),
        _line("Lakeside College 2012 - 2016", 350, size=15, x0=76),
    ]
    r = build_resume(lines, file_type="pdf")
    assert r.contact.name == "Dana Whit"
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Inventory Lead", "Harbor Freight Co", "2019")
    ]


def _seg_row(top: float, *pieces: tuple[str, float, float, float, bool]) -> list:
    """Segments of one row: (text, x0, x1, size, bold) each; words share the segment's box."""
    from resume_tailor.resume.pdf import _Seg

    row = []
    for text, x0, x1, size, bold in pieces:
        words, step = text.split(), (x1 - x0) / max(len(text.split()), 1)
        row.append(
            _Seg(
                [
                    {
                        "text": w,
                        "x0": x0 + k * step,
                        "x1": x0 + (k + 1) * step - 2,
                        "top": top,
                        "bottom": top + size,
                        "size": size,
                        "bold_chars": len(w) if bold else 0,
                        "index": round(top) * 1000 + round(x0) + k,  # content order: one run per piece
                    }
                    for k, w in enumerate(words)
                ]
            )
        )
    return row


@pytest.mark.parametrize("role", ["Warehouse Lead", "Food Bank Volunteer"])  # named like a heading, too
def test_dates_beside_headers_stay_with_them_when_the_list_runs_in_two_sub_columns(role: str) -> None:
    from resume_tailor.resume.pdf import _order

    rows = []
    for n, top in enumerate((200.0, 290.0)):
        rows += [
            _seg_row(top, (f"{role} {n}", 27, 125, 12, True), ("Aug 2016 - Present", 305, 379, 10, False)),
            _seg_row(top + 12, ("Harbor Depots · Atlanta, GA", 27, 165, 11, False)),
            _seg_row(
                top + 27,
                ("· Cut picking errors by a third with", 32, 193, 9, False),
                ("· Trained 25 colleagues to use the stock", 205, 366, 9, False),
            ),
            _seg_row(
                top + 38,
                ("a barcode audit across four depots", 32, 180, 9, False),
                ("system for weekly counts of all bins", 205, 327, 9, False),
            ),
            _seg_row(top + 49, ("· Built a daily stock report in SQL", 32, 187, 9, False)),
        ]
    ordered, _ = _order(rows, depth=0)
    texts = [" ".join(w["text"] for w in seg.words) for seg in ordered]
    assert texts[texts.index(f"{role} 0") + 1] == "Aug 2016 - Present"
    assert texts[texts.index(f"{role} 1") + 1] == "Aug 2016 - Present"


def test_a_right_hand_sidebar_with_sections_of_its_own_is_read_after_the_main_column() -> None:
    def at(text: str, top: float, x0: float, column: int, size: float = 10.0) -> Line:
        line = _line(text, top, size=size, x0=x0)
        line.column = column
        return line

    main = [
        at("Experience", 170, 27, 1, size=16),
        at("Security Engineer", 200, 27, 1, size=12),
        at("Jun 2020 - Present", 200, 310, 1),
        at("Harborview Bank · Norfolk, VA", 214, 27, 1),
        at("· Built detection rules that catch most red team techniques", 228, 32, 1),
        at("· Led the response to 40 incidents without data loss", 242, 32, 1),
        at("Security Analyst", 270, 27, 1, size=12),
        at("Sep 2016 - May 2020", 270, 301, 1),
        at("Tidewater Systems · Virginia Beach, VA", 284, 27, 1),
        at("· Monitored network traffic for 3,000 employees", 298, 32, 1),
    ]
    sidebar = [  # level with the main column's rows, as a CSS grid sets them
        at("Skills", 170, 530, 2, size=16),
        at("Splunk", 200, 470, 2),
        at("Incident response", 214, 440, 2),
        at("Python", 228, 470, 2),
        at("Education", 256, 500, 2, size=16),
        at("Bachelor of Science, Cybersecurity", 284, 442, 2),
        at("Old Dominion University", 298, 480, 2),
        at("Certificates", 320, 498, 2, size=16),
        at("CISSP", 334, 540, 2),
    ]
    head = [_line("Dana Whit", 40, size=24), _line("dana@example.org", 80)]
    r = build_resume(head + main + sidebar, file_type="pdf")
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Security Engineer", "Harborview Bank", "2020-06"),
        ("Security Analyst", "Tidewater Systems", "2016-09"),
    ]
    assert [len(e.bullets) for e in r.experience] == [2, 1]
