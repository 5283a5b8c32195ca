"""A rail of labels set flush right beside the entries (a LaTeX CV class's dates and skill
categories in the left margin): read with the rows they label, not as a column of their own.

Segments as PDFium gives them for the second page of such a CV (invented text)."""

from __future__ import annotations

from typing import Any

from resume_tailor.resume.pdf import _order, _Seg


def _seg(text: str, x0: float, top: float, width: float, size: float = 10.9) -> _Seg:
    words: list[dict[str, Any]] = []
    x = x0
    per = width / max(1, len(text.split()))
    for k, part in enumerate(text.split()):
        words.append(
            {
                "text": part,
                "x0": x,
                "x1": x + per - 3.0,
                "top": top,
                "bottom": top + size,
                "size": size,
                "fontname": "LMRoman10",
                "bold_chars": 0,
                "index": k,
            }
        )
        x += per
    return _Seg(words)


def _page() -> list[list[_Seg]]:
    body = [
        "Implemented a lexer, parser and bytecode generator in Rust for",
        "a subset of Pascal that the course still uses every year now",
        "Passed all the course test programs and ranked first in the class",
    ]
    rows = [[_seg(text, 213.0, 86.0 + 13.5 * k, 290.0)] for k, text in enumerate(body)]
    rows.append([_seg("Volunteer Work", 195.0, 166.0, 92.0, 14.3)])
    rows.append(
        [
            _seg("Sep 2022 – May", 98.6, 189.3, 74.3),
            _seg("Outreach Chair, Badger Women in Computing.", 194.3, 189.3, 222.0),
        ]
    )
    rows.append([_seg("2024", 150.8, 203.1, 21.8)])
    rows.append([_seg("Organized a hackathon for 150 high school students from across", 213.3, 220.0, 290.0)])
    rows.append([_seg("Skills", 195.0, 300.8, 30.0, 14.3)])
    rows.append(
        [
            _seg("Languages", 125.0, 327.8, 47.6),
            _seg("Python, Java, Rust, TypeScript, SQL", 194.3, 327.6, 169.5),
        ]
    )
    rows.append(
        [
            _seg("Tools", 148.1, 344.1, 24.5),
            _seg("React Native, PostgreSQL, Docker, Git", 194.3, 343.9, 179.0),
        ]
    )
    return rows


def test_labels_flush_right_beside_their_rows_are_read_with_those_rows() -> None:
    ordered, columns = _order(_page(), depth=0)
    texts = [" ".join(w["text"] for w in s.words) for s in ordered]
    assert columns == 1
    assert texts.index("Languages") == texts.index("Skills") + 1
    assert texts.index("Sep 2022 – May") == texts.index("Volunteer Work") + 1
