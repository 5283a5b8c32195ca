"""A date range broken over a page break: the opening half at the foot of one page, the closing half
at the head of the next (a table row the page broke; the running footer and header between them are
already gone). Lines as LibreOffice prints such a row (invented text)."""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_date_rails
from resume_tailor.resume.working import LayoutDoc


def _ln(text: str, page: int, x0: float, x1: float, top: float, bold: bool = False) -> Line:
    return Line(text, page=page, x0=x0, x1=x1, top=top, bottom=top + 14.0, size=11.0, bold=bold)


def _mend(lines: list[Line]) -> list[str]:
    doc = LayoutDoc(read=lines, lines=list(lines), origin=list(range(len(lines))))
    mend_date_rails(doc)
    return [ln.text for ln in doc.lines]


def test_a_range_broken_by_the_page_is_put_back_on_its_header() -> None:
    lines = [
        _ln("• Ran the accessibility tests before every release", 1, 108.1, 464.4, 671.1),
        _ln("Software Developer, Bramble Consultancy", 1, 90.1, 390.8, 695.6, bold=True),
        _ln("07/2008 -", 1, 503.2, 547.3, 695.6),
        _ln("Glasgow", 2, 90.1, 126.8, 83.3),
        _ln("12/2011", 2, 514.0, 547.5, 83.3),
        _ln("• Delivered booking systems for hotel clients", 2, 108.1, 448.8, 107.8),
    ]
    texts = _mend(lines)
    assert "12/2011" not in texts
    assert any(t.startswith("Software Developer") and "07/2008 - 12/2011" in t for t in texts)


def test_a_range_open_at_the_foot_of_a_page_above_more_text_stays_open() -> None:
    lines = [
        _ln("Software Developer, Bramble Consultancy", 1, 90.1, 390.8, 695.6, bold=True),
        _ln("07/2008 -", 1, 503.2, 547.3, 695.6),
        _ln("• Delivered booking systems for hotel clients", 1, 108.1, 448.8, 712.0),
        _ln("Glasgow", 2, 90.1, 126.8, 83.3),
        _ln("12/2011", 2, 514.0, 547.5, 83.3),
    ]
    assert "12/2011" in _mend(lines)
