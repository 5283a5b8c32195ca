"""The Markdown report."""

from __future__ import annotations

from resume_tailor import render
from resume_tailor.models import Gap, Report


def _unescape(text: str) -> str:
    return text.replace("\\", "")


def test_markdown_has_title_score_and_sections_in_order(report: Report) -> None:
    md = render(report, "md")
    assert md.splitlines()[0] == "# Dana Whitfield — Amazon"
    assert f"**Score: {report.score.total:.1f}/100 — good**" in md
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Score components",
        "## Skills found",
        "## Amazon values",
        "## Interview competencies",
        "## Gaps, by what they cost",
        "## Suggestions",
        "## Tailored summary line",
    ]


def test_markdown_component_table_carries_reasons(report: Report) -> None:
    md = render(report, "md")
    row = next(line for line in md.splitlines() if line.startswith("| Skills fit "))
    assert row == (
        "| Skills fit | 62 | 30% | Go demonstrated for 3.7 years (3 asked)"
        "<br>Kubernetes is required and missing: total capped |"
    )


def test_markdown_quotes_evidence_and_marks_values_without_any(report: Report) -> None:
    md = _unescape(render(report, "md"))
    block = md[md.index("### Frugality") : md.index("## Interview competencies")]
    assert (
        "“Reduced AWS spend by $120k a year by right-sizing EC2 fleets without extra headcount” (strong)"
        in block
    )
    assert "**No evidence in the resume yet (a gap to close, or a story to prepare):** Earn Trust\n" in md
    assert "### Earn Trust" not in md


def test_markdown_suggestions_quote_their_lines(report: Report) -> None:
    md = render(report, "md")
    assert "   - Line: “Worked on Kafka consumers \\| producers for order events”" in md
    assert "1. *General polish:* **Lead with what you did" in md
    assert "A \\<strong> verb & a number" in md  # HTML in user text is not passed through


def test_markdown_table_cells_escape_pipes(report: Report) -> None:
    report.gaps = [Gap("ats", "Columns | tables", 1.0, "Text in a | b layout")]
    md = render(report, "md")
    row = next(line for line in md.splitlines() if line.startswith("| -1.0"))
    assert row.count(" | ") == 3 and "Columns \\| tables" in row


def test_markdown_without_posting_names_the_role_family(report_no_posting: Report) -> None:
    md = render(report_no_posting, "md")
    assert "Role family: software engineering" in md and "Job posting" not in md


def test_inline_text_cannot_start_a_heading_or_quote() -> None:
    from resume_tailor.report.markdown import inline

    assert inline("# not a heading") == "\\# not a heading"
    assert inline("> not a quote") == "\\> not a quote"
    assert inline("C# and F# > Java") == "C# and F# > Java"
    assert inline("a  [link](x)\n*b*") == "a \\[link\\](x) \\*b\\*"
