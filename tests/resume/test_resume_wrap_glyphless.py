"""Bullets drawn without a glyph: each starts with a capitalised past-tense verb under a full line.

Invented lines; geometry mimics a JSON Resume theme with 16 pt line boxes and a 555 pt margin.
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped


def _row(text: str, row: int, x1: float) -> Line:
    top = 600.0 + 21.5 * row
    return Line(text=text, x0=80.0, x1=x1, top=top, bottom=top + 13.4, size=16.0)


def test_a_line_opening_with_a_past_tense_verb_starts_a_new_bullet() -> None:
    lines = [
        _row("Built a Go service that merges 3 million shipment records nightly, cutting", 0, 555.0),
        _row("storage costs by 20%", 1, 190.0),
        _row("Added contract tests to the invoicing API and raised coverage from 50% to 80%", 2, 540.0),
        _row("Presented a queueing proposal to the platform group that was adopted in Q3", 3, 550.0),
        _row("Led weekly design reviews for the four engineers of the routing team", 4, 548.0),
        _row("Rolled out canary deploys for 40 services", 5, 330.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert items == [
        "Built a Go service that merges 3 million shipment records nightly, cutting storage costs by 20%",
        "Added contract tests to the invoicing API and raised coverage from 50% to 80%",
        "Presented a queueing proposal to the platform group that was adopted in Q3",
        "Led weekly design reviews for the four engineers of the routing team",
        "Rolled out canary deploys for 40 services",
    ]


def test_capitalised_words_that_are_not_past_verbs_still_wrap() -> None:
    lines = [
        _row("Moved the nightly reconciliation jobs from cron to a scheduler written in", 0, 553.0),
        _row("Python and Airflow, which halved the failed runs", 1, 400.0),
        _row("Migrated the billing database to a managed cluster run by the team at", 2, 552.0),
        _row("Harborview Labs with no downtime", 3, 300.0),
    ]
    items = [text for text, _, _ in join_wrapped(lines)]
    assert len(items) == 2
    assert items[0].endswith("halved the failed runs")
    assert items[1].endswith("Harborview Labs with no downtime")


def test_a_role_with_its_dates_beside_it_under_a_glyphless_achievement_starts_an_item() -> None:
    from resume_tailor.resume.lines import Line
    from resume_tailor.resume.wrap import join_wrapped

    def ln(text: str, x0: float, x1: float, top: float) -> Line:
        return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 12.0, size=13.3)

    # achievements without glyphs that fill the column; the next role under them, its dates right
    lines = [
        ln(
            "Reduced the release checklist and its rollback steps, raising scores by 37 points",
            199,
            539,
            307.7,
        ),
        ln("Mentored new support staff, which lowered error rates by 45% across the team", 199, 531, 320.5),
        ln("Financial Analyst", 199, 269, 333.2),
        ln("2017-09–2018-10", 497, 559, 333.2),
        ln("Introduced legacy billing scripts into a tested service, adopted by 21 teams", 199, 542, 346.7),
    ]
    texts = [t for t, _, _ in join_wrapped(lines)]
    assert "Financial Analyst" in texts


def test_an_achievement_under_a_header_led_by_its_dates_starts_an_item() -> None:
    from resume_tailor.resume.lines import Line
    from resume_tailor.resume.wrap import join_wrapped

    def ln(text: str, x1: float, top: float) -> Line:
        return Line(text=text, x0=44.0, x1=x1, top=top, bottom=top + 12.0, size=15.3)

    lines = [
        ln("2023-07—2024-07 Head Counselor, Marching Band", 297.4, 300.3),
        ln("Coordinated the newsletter and the club's social media, with 54 volunteers.", 387.8, 316.8),
        ln("2021-04—2022-01 Resident Assistant, Theatre Society", 308, 337.0),
    ]
    assert [t for t, _, _ in join_wrapped(lines)] == [ln.text for ln in lines]
