"""Rows of PDF words cut into pieces of text by their fonts, and rows printed over each other.

Word boxes as PDFium reports them for a XeLaTeX CV that runs a section heading on after the last
line of a paragraph, and for a Chromium-printed theme that drew an entry header over the last line
of a list at a page break (invented text).
"""

from __future__ import annotations

from typing import Any

from resume_tailor.resume.pdf import _rows, _segments


def _word(
    text: str, x0: float, top: float, size: float, font: str, width: float | None = None
) -> dict[str, Any]:
    width = width if width is not None else 0.5 * size * len(text)
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": font,
        "bold_chars": len(text) if "Bold" in font else 0,
        "cid_before": False,
        "index": 0,
    }


def _line(words: list[tuple[str, float, str]], top: float = 124.5, gap: float = 1.8) -> list[dict[str, Any]]:
    out, x = [], 40.0
    for text, size, font in words:
        out.append(_word(text, x, top - (size - 9.0) * 0.6, size, font))
        x = out[-1]["x1"] + gap
    return out


def _texts(row: list[dict[str, Any]]) -> list[str]:
    return [" ".join(w["text"] for w in seg.words) for seg in _segments(row)]


def test_a_heading_run_on_after_a_paragraph_is_a_piece_of_its_own() -> None:
    row = _line([("readable", 9.0, "SourceSansPro-Light"), ("reviews.", 9.0, "SourceSansPro-Light")])
    row += _line([("Experience", 16.0, "SourceSansPro-Bold")], gap=0)
    row[-1]["x0"], row[-1]["x1"] = row[1]["x1"] + 5.3, row[1]["x1"] + 5.3 + 77.0
    assert _texts(row) == ["readable reviews.", "Experience"]


def test_small_capitals_in_one_font_stay_one_piece() -> None:
    # CSS small capitals: the capitals' words in 13.3 pt, an all-small "of" in 9 pt, one font
    row = _line([("University", 13.3, "Lato"), ("of", 9.0, "Lato"), ("Oxford", 13.3, "Lato")], gap=3.0)
    assert _texts(row) == ["University of Oxford"]


def test_a_title_then_at_and_a_smaller_employer_stays_one_piece() -> None:
    row = _line(
        [("Analyst", 12.0, "Lato-Bold"), ("at", 10.0, "Lato-Regular"), ("Acme", 10.0, "Lato-Regular")]
    )
    assert _texts(row) == ["Analyst at Acme"]


def test_courses_set_small_after_a_bold_school_name_are_a_piece_of_their_own() -> None:
    row = _line([("Polytechnique", 12.0, "Carlito-Bold"), ("Montreal", 12.0, "Carlito-Bold")])
    row += _line([("Finite", 10.0, "Carlito"), ("Element", 10.0, "Carlito"), ("Methods", 10.0, "Carlito")])
    x = row[1]["x1"] + 2.1
    for w in row[2:]:
        w["x0"], w["x1"] = x, x + (w["x1"] - w["x0"])
        x = w["x1"] + 1.7
    assert _texts(row) == ["Polytechnique Montreal", "Finite Element Methods"]


def test_rows_printed_over_each_other_are_read_one_after_the_other() -> None:
    bullet = [
        _word(t, x, 65.8, 14.0, "Lato-Regular")
        for t, x in (("Prepared", 206.0), ("the", 250.0), ("packs", 280.0))
    ]
    header = [_word(t, x, 70.0, 21.9, "Lato-Bold") for t, x in (("Graduate", 195.8), ("Trainee", 292.0))]
    rows = _rows(bullet + header)
    assert [[w["text"] for w in row] for row in rows] == [
        ["Prepared", "the", "packs"],
        ["Graduate", "Trainee"],
    ]


def test_words_kerned_into_each_other_stay_one_row() -> None:
    words = [_word("Acme", 40.0, 100.0, 10.0, "Lato", 21.0), _word("Corp", 60.5, 100.0, 10.0, "Lato", 20.0)]
    assert [[w["text"] for w in row] for row in _rows(words)] == [["Acme", "Corp"]]


def test_words_of_one_size_on_one_baseline_kerned_a_little_into_each_other_stay_one_row() -> None:
    first = _word("Acme", 72.0, 132.0, 10.0, "LMSans10-Oblique", 21.0)
    second = _word("Corp", 92.2, 132.0, 10.0, "LMSans10-Oblique", 20.0)
    assert [[w["text"] for w in row] for row in _rows([first, second])] == [["Acme", "Corp"]]


def test_an_email_running_under_a_bigger_title_beside_it_is_a_row_of_its_own() -> None:
    icon = _word("#", 59.5, 131.7, 10.0, "FontAwesome", 10.0)
    email = _word("jo@example.com", 73.9, 132.2, 10.0, "LMSans10-Oblique", 106.7)
    email["bottom"] = 141.2
    title = [
        _word(t, x, 123.1, 17.2, "LMSans17-Oblique", 33.0) for t, x in (("Staff", 168.3), ("Engineer", 205.7))
    ]
    rows = _rows([icon, email, *title])
    assert [[w["text"] for w in row] for row in rows] == [["Staff", "Engineer"], ["#", "jo@example.com"]]
