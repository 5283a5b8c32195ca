"""The rich terminal report and its plain-text rendering."""

from __future__ import annotations

import io
import re

from rich.console import Console

from resume_tailor.models import Report
from resume_tailor.report import print_report, render

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|38;[0-9;]+)m")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_text_report_shows_score_components_with_reasons(report: Report) -> None:
    text = render(report, "text")
    assert text.startswith("Dana Whitfield — Amazon")
    assert f"Score {report.score.total:.1f}/100" in text and "good" in text
    for component in report.score.components:
        assert component.name in text
        for reason in component.reasons:
            assert reason.split(":")[0] in text


def test_text_report_lists_skills_with_listed_demonstrated_and_years(report: Report) -> None:
    text = render(report, "text")
    table = text[text.index("Skills found") :].splitlines()[1:9]
    assert re.split(r"\s{2,}", table[0]) == ["Skill", "Category", "Listed", "Demonstrated", "Years"]
    rows = {line.split()[0]: line for line in table[1:]}
    assert re.split(r"\s{2,}", rows["Go"]) == ["Go", "programming language", "✓", "✓", "3.7"]
    assert re.split(r"\s{2,}", rows["Python"].rstrip()) == ["Python", "programming language", "✓"]
    assert re.split(r"\s{2,}", rows["AWS"]) == ["AWS", "cloud", "✓", "3.8"]
    # the demonstrated tick sits under its header, not under "Listed"
    assert rows["AWS"].index("✓") == rows["Go"].rindex("✓")


def test_text_report_quotes_evidence_per_value_or_names_the_gap(report: Report) -> None:
    flat = _flat(render(report, "text"))
    assert "Customer Obsession 80" in flat
    assert (
        '✓ "Built a customer-facing status page in React when outages flooded support with tickets"' in flat
    )
    start = flat.index("Amazon values")
    values = flat[start : flat.index("Interview competencies", start)]
    assert values.endswith(
        "✗ No evidence in the resume yet (a gap to close, or a story to prepare): Earn Trust "
    )
    assert "Earn Trust 0" not in flat


def test_text_report_has_gaps_and_suggestions_quoting_lines(report: Report) -> None:
    flat = _flat(render(report, "text"))
    assert "-9.0" in flat and "Kubernetes (required)" in flat
    for suggestion in report.suggestions:
        assert _flat(suggestion.advice) in flat
        if suggestion.line:
            assert f'> "{suggestion.line}"' in flat
    assert report.summary_line and report.summary_line in flat


def test_text_format_has_no_control_codes(report: Report) -> None:
    assert "\x1b" not in render(report, "text")


def test_narrow_terminal_fits_every_line_and_keeps_content(report: Report) -> None:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=40, color_system=None, force_terminal=False))
    lines = buffer.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 40
    flat = _flat(buffer.getvalue())
    assert re.search(r"Skills fit +62 weight 30%", flat)
    assert "Go (listed, demonstrated, 3.7 y)" in flat
    assert "Reduced AWS spend by $120k a year" in flat
    assert "Demonstrated" not in buffer.getvalue()  # the skills table folds into a list


def test_colour_follows_no_color(report: Report, monkeypatch) -> None:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=100, force_terminal=True, color_system="truecolor"))
    assert ANSI_COLOUR.search(buffer.getvalue())
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=100, force_terminal=True, color_system="truecolor"))
    assert not ANSI_COLOUR.search(buffer.getvalue())
    assert "Customer Obsession" in buffer.getvalue()


def test_resume_text_with_brackets_is_not_read_as_markup(report: Report) -> None:
    report.suggestions[0].line = "Shipped [bold]v2[/bold] of the API [link=x]docs[/link]"
    assert '"Shipped [bold]v2[/bold] of the API [link=x]docs[/link]"' in _flat(render(report, "text"))


def test_unknown_format_is_a_usage_error(report: Report) -> None:
    import pytest

    from resume_tailor.errors import UsageError

    with pytest.raises(UsageError, match="text, md, json, html"):
        render(report, "pdf")


def test_terminal_shows_the_costliest_gaps_and_points_to_the_rest(report: Report) -> None:
    from resume_tailor.models import Gap
    from resume_tailor.report.terminal import MAX_GAPS

    report.gaps = [Gap("skill", f"Skill {i}", 20 - i, "missing") for i in range(MAX_GAPS + 5)]
    text = render(report, "text")
    assert f"Skill {MAX_GAPS - 1}" in text and f"Skill {MAX_GAPS}\n" not in text
    assert "… and 5 smaller gaps (all of them are in --format md, html or json)." in text
    assert f"Skill {MAX_GAPS + 4}" in render(report, "md")


def test_long_report_renders_every_suggestion(report: Report) -> None:
    # its speed is measured by benchmarks/render_speed.py (rich's layout once took ~0.3 s for a real report)
    from resume_tailor.models import Suggestion

    report.gaps *= 10
    report.suggestions = [
        Suggestion("verb", "Say what you did " * 8, "Because " * 10, line)
        for line in [b.text for b in report.resume.bullets()] * 6
    ]
    text = render(report, "text")
    assert text.count('> "') == len(report.suggestions)
