"""Wrapped lines told from new items by the document's own wrapping habits.

Invented lines; the geometry mimics JSON Resume themes printed by Chromium: bullets drawn without a
glyph, list items spaced further apart than the lines inside one, wrapped lines hung left of their
item's first line, and a date in a smaller font on the title's row.
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped, learn_habits


def _at(text: str, top: float, x1: float, x0: float = 206.0, size: float = 14.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.5, size=size)


def test_items_spaced_wider_than_their_wrapped_lines_stay_apart() -> None:
    # wrapped lines step down 15.75 pt; items 19.5 pt, even after a line that ran to the margin
    lines = [
        _at("Reconciled 80 supplier accounts every week using a shared ledger and", 100.0, 554.0),
        _at("macros", 115.75, 250.0),
        _at("Answered vendor calls for the whole purchasing office across four regions", 135.25, 556.0),
        _at("Vendor filing backlog held under two days", 154.75, 400.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items == [
        "Reconciled 80 supplier accounts every week using a shared ledger and macros",
        "Answered vendor calls for the whole purchasing office across four regions",
        "Vendor filing backlog held under two days",
    ]


def test_habits_learned_elsewhere_in_the_document_apply_to_a_section() -> None:
    whole = [
        _at("Ran the night shift of a twelve person warehouse team and trained all new", 100.0, 554.0),
        _at("starters", 115.75, 250.0),
    ]
    section = [
        _at("Maintain a stock-count spreadsheet used by three sites in the region every day", 300.0, 556.0),
        _at("Added barcode checks that cut picking errors by half", 319.5, 450.0),
    ]
    items = [text for text, _, _ in join_wrapped(section, learn_habits(whole + section))]
    assert len(items) == 2


def test_same_pitch_everywhere_still_joins_a_capitalised_wrap() -> None:
    # no wider spacing between items: a capitalised line under a full one continues it
    lines = [
        _at("Moved the weekly payroll export from spreadsheets to a small tool written in", 100.0, 554.0),
        _at("Python with tests", 115.75, 300.0),
    ]
    assert len(join_wrapped(lines)) == 1


def _hanging(text: str, top: float, x1: float, item: bool) -> Line:
    return Line(text=text, x0=241.0 if item else 228.5, x1=x1, top=top, bottom=top + 12.0, size=12.0)


def test_wrapped_lines_hung_left_of_their_item_join_when_the_document_does_so() -> None:
    lines = [
        _hanging("Run the booking platform for 40 clinics across three", 100.0, 512.0, True),
        _hanging("regions with two-minute recovery", 112.7, 360.0, False),
        _hanging("Automated provisioning of 300 laptops with Intune and", 130.0, 533.0, True),
        _hanging("Autopilot", 142.7, 271.0, False),
        _hanging("Led the help desk rota of six technicians and wrote the", 160.0, 515.0, True),
        _hanging("escalation guide", 172.7, 296.0, False),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items == [
        "Run the booking platform for 40 clinics across three regions with two-minute recovery",
        "Automated provisioning of 300 laptops with Intune and Autopilot",
        "Led the help desk rota of six technicians and wrote the escalation guide",
    ]


def test_a_title_wrapped_beside_a_smaller_date_joins() -> None:
    # the date's top sits 2 pt lower than the title's (smaller font on the same baseline)
    lines = [
        Line(
            "Graduate Research Assistant at Lakeside Institute of Marine",
            x0=42,
            x1=436,
            top=354.4,
            bottom=367.8,
            size=16.0,
        ),
        Line("Jan 2023 - May 2024", x0=475.6, x1=570.7, top=356.4, bottom=367.3, size=13.0),
        Line("Biology Sciences", x0=42, x1=150, top=370.1, bottom=383.5, size=16.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items[0] == "Graduate Research Assistant at Lakeside Institute of Marine Biology Sciences"


def test_a_lower_case_name_left_of_a_wrapped_line_starts_an_item() -> None:
    from resume_tailor.resume.lines import Line
    from resume_tailor.resume.wrap import join_wrapped

    def ln(text: str, x0: float, x1: float, top: float, bullet: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 11.0, size=11.0, list_item=bullet)

    # a bullet wrapped at its indent (220), then a project named in lower case at the list's edge
    lines = [
        ln("Added unit tests covering the parser and the exporter, in a team of", 220, 542, 315.5, True),
        ln("47", 220, 232, 329.8),
        ln("pixel-sort | Swift / Python / Flask", 207, 403, 349.3),
        ln("Designed a login flow with email verification", 220, 528, 365.0, True),
    ]
    assert [t for t, _, _ in join_wrapped(lines)] == [
        "Added unit tests covering the parser and the exporter, in a team of 47",
        "pixel-sort | Swift / Python / Flask",
        "Designed a login flow with email verification",
    ]
