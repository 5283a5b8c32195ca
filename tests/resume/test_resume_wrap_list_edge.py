"""A name in lower case at a list's edge (a project named like a repository: "orbit-sim | Kotlin")
under an item's last line that had room for its first word is a new item, not that item's tail.

Invented lines; geometry mimics a one-column page with a 558 pt right margin, 14 pt type, and
items indented 13.5 pt right of the names.
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped

DASHBOARD = "Designed a dashboard of weekly usage for the organisers, in a team of five people"
SYNC_LAYER = "Wrote a sync layer for the mobile client, cutting load time by a third across the"


def _row(text: str, row: int, x0: float, x1: float) -> Line:
    top = 500.0 + 15.0 * row
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 11.0, size=14.0)


def test_a_lower_case_name_at_the_list_edge_under_a_short_line_is_a_new_item() -> None:
    lines = [
        _row("pixel-sort | Django, Java", 0, 54.0, 200.0),
        _row("Wrote a sync layer for the mobile client, cutting load time by a third", 1, 67.5, 415.8),
        _row("orbit-sim | Kotlin, PyTorch", 2, 54.0, 260.0),
        _row(DASHBOARD, 3, 67.5, 557.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [
        "pixel-sort | Django, Java",
        "Wrote a sync layer for the mobile client, cutting load time by a third",
        "orbit-sim | Kotlin, PyTorch",
        DASHBOARD,
    ]


def test_a_lower_case_tail_under_a_full_line_still_joins_when_it_hangs_left() -> None:
    lines = [
        _row(SYNC_LAYER, 0, 67.5, 557.0),
        _row("whole app and its widgets", 1, 54.0, 220.0),
    ]
    assert [text for text, _, _ in join_wrapped(lines)] == [f"{SYNC_LAYER} whole app and its widgets"]
