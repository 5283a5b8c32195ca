"""A timeline rail of label pairs (start above the entry's row, end under it) shows a role still
going as its start label alone: the role runs on to the present."""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.rails import mend_date_rails
from resume_tailor.resume.working import LayoutDoc


def _label(text: str, top: float) -> Line:
    return Line(text, x0=90, x1=107, top=top, bottom=top + 7, size=8)


def _row(text: str, top: float) -> Line:
    return Line(text, x0=131, x1=509, top=top, bottom=top + 10, size=10.9)


def _mended(lines: list[Line]) -> list[str]:
    doc = LayoutDoc(read=list(lines))
    doc.lines, doc.origin = list(lines), list(range(len(lines)))
    mend_date_rails(doc)
    return [ln.text for ln in doc.lines]


def test_a_lone_start_label_among_label_pairs_opens_its_range() -> None:
    lines = [
        _label("2021", 370),
        _row("Senior Economist, Hemispheric Development Bank", 373),
        _row("○ Lead the technical assistance programme", 388),
        _label("2018", 401),
        _row("Economist, Hemispheric Development Bank", 404),
        _label("2021", 411),
        _row("○ Built the bank's database of fiscal rules", 420),
    ]
    assert _mended(lines) == [
        "since 2021",
        "Senior Economist, Hemispheric Development Bank",
        "○ Lead the technical assistance programme",
        "Economist, Hemispheric Development Bank | 2018 – 2021",
        "○ Built the bank's database of fiscal rules",
    ]


def test_without_label_pairs_a_lone_label_is_left_alone() -> None:
    """A rail of single years (each role's year) draws no ranges: nothing is open."""
    lines = [_label("2021", 370), _row("Senior Economist, Hemispheric Development Bank", 373)]
    assert _mended(lines) == ["2021", "Senior Economist, Hemispheric Development Bank"]


def test_a_calendar_icon_heading_a_wrapped_rail_range_joins_it() -> None:
    """'🗓' on the title's row, the range wrapped under it in a narrow right rail: one whole range on
    the icon's row (the title's), no lone icon line left between title and employer."""
    lines = [
        Line("Mechanical Engineer", x0=54, x1=148, top=166, bottom=176, size=10),
        Line("🗓", x0=551, x1=558, top=163, bottom=175, size=10),
        Line("Quillon LLC", x0=54, x1=103, top=179, bottom=189, size=10),
        Line("08/01/2021-", x0=512, x1=558, top=177, bottom=186, size=9),
        Line("01/01/2023", x0=515, x1=558, top=188, bottom=197, size=9),
        Line("Built the release checklist", x0=68, x1=433, top=192, bottom=202, size=10),
    ]
    assert _mended(lines) == [
        "Mechanical Engineer",
        "🗓 08/01/2021-01/01/2023",
        "Quillon LLC",
        "Built the release checklist",
    ]
