"""Lists set in two sub-columns inside an entry (CSS ``columns: 2`` on the bullets).

Characters laid out as a Chromium-printed theme sets them (invented text): the entry header and its
dates across the full width, then the bullets flowing down a left sub-column and on into a right
one a word space or two away, in content order; a contact sidebar beside it all.
"""

from __future__ import annotations

from typing import Any

from resume_tailor.resume.pdf import _lines_from_chars

_W = 4.0  # width of every glyph: a word space is one glyph wide, the sub-column gap 1.5


def _text(text: str, x: float, top: float, size: float = 8.0) -> list[dict[str, Any]]:
    """Characters of ``text`` from ``x`` on one row, words split by a space character."""
    out: list[dict[str, Any]] = []
    for ch in text:
        if ch == " ":
            out.append({"text": " ", "space": True})
        else:
            box = {"x0": x, "x1": x + _W, "top": top, "bottom": top + size, "size": size}
            out.append({"text": ch, **box, "fontname": "Arial", "bold": False, "after_cid": False})
        x += _W
    out.append({"text": " ", "space": True})
    return out


def _entry(top: float, title: str, dates: str, left: list[str], right: list[str]) -> list[dict[str, Any]]:
    chars = _text(title, 30.0, top) + _text(dates, 380.0 - _W * len(dates), top)
    for k, line in enumerate(left):
        chars += _text(line, 30.0, top + 12.0 * (k + 1))
    for k, line in enumerate(right):
        chars += _text(line, 206.0, top + 12.0 * (k + 1))
    return chars


# left sub-column lines of 42 glyphs end two word spaces short of the right sub-column at 206
_LEFT_A = ["• Built the nightly loads in Spark for all", "the stores and cut their run time by half"]
_LEFT_B = ["• Kept the weekly sales reports up to date", "for the regional managers of the chain"]
_RIGHT_A = ["• Wrote the tests for every job and the", "alerts that page the team on call"]
_RIGHT_B = ["• Trained the new staff of the branch", "offices in SQL and in the report tools"]


def _page() -> list[dict[str, Any]]:
    chars = _text("Experience", 30.0, 80.0, 12.0)
    chars += _entry(100.0, "Data Engineer", "2021 - 2024", _LEFT_A, _RIGHT_A)
    chars += _entry(140.0, "Analyst", "2018 - 2021", _LEFT_B, _RIGHT_B)
    chars += _entry(180.0, "Intern", "2017 - 2018", ["• Cleaned the data"], ["• Drew the charts"])
    for k, line in enumerate(["Contact", "jo@example.com", "Skills", "Python", "SQL", "Spark", "Airflow"]):
        chars += _text(line, 450.0, 80.0 + 14.0 * k)
    return chars


def test_a_list_in_two_sub_columns_reads_each_entry_left_column_then_right() -> None:
    lines, _ = _lines_from_chars(_page(), 1)
    texts = [ln.text for ln in lines]
    main = texts[: texts.index("Contact")]
    assert main == [
        "Experience",
        "Data Engineer",
        "2021 - 2024",
        *_LEFT_A,
        *_RIGHT_A,
        "Analyst",
        "2018 - 2021",
        *_LEFT_B,
        *_RIGHT_B,
        "Intern",
        "2017 - 2018",
        "• Cleaned the data",
        "• Drew the charts",
    ]
    assert texts[texts.index("Contact") :][:3] == ["Contact", "jo@example.com", "Skills"]
