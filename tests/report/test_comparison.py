"""One resume compared across companies."""

from __future__ import annotations

import json
import re

from helpers.report_factory import make_report
from resume_tailor.models import CompanyProfile, Report, Suggestion
from resume_tailor.report.comparison import render_comparison, top_changes


def _reports() -> list[Report]:
    reports = []
    for cid, name, total in (("google", "Google", 58.0), ("amazon", "Amazon", 71.5), ("meta", "Meta", 64.0)):
        report = make_report(with_posting=False)
        report.company = CompanyProfile(cid, name)
        report.score.total = total
        reports.append(report)
    return reports


def test_text_comparison_ranks_companies_with_their_component_scores() -> None:
    text = render_comparison(_reports(), "text", title="dana.pdf")
    lines = text.splitlines()
    assert lines[0] == "dana.pdf — compared across 3 companies"
    assert re.split(r"\s+", lines[1].strip()) == [
        "#",
        "Company",
        "Total",
        "Band",
        "Skills",
        "Values",
        "Competencies",
        "Impact",
        "ATS",
    ]
    assert [re.split(r"\s+", line.strip())[:3] for line in lines[2:5]] == [
        ["1", "Amazon", "71.5"],
        ["2", "Meta", "64"],
        ["3", "Google", "58"],
    ]
    assert re.split(r"\s+", lines[2].strip())[4:] == ["62", "55", "71", "57", "90"]
    assert [line for line in lines if line.startswith("Top changes for")] == [
        "Top changes for Amazon",
        "Top changes for Meta",
        "Top changes for Google",
    ]


def test_top_changes_take_the_best_of_each_kind_first() -> None:
    report = make_report()
    report.suggestions = [
        Suggestion("keyword_missing", f"Add skill {i} only if true", priority=9 - i) for i in range(4)
    ]
    report.suggestions.append(Suggestion("verb", "Lead with a verb", line="Worked on X", priority=2))
    report.suggestions.append(Suggestion("metric", "Add the result", line="Built Y", priority=1))
    assert top_changes(report) == [
        ("Add skill 0 only if true", None),
        ("Lead with a verb", "Worked on X"),
        ("Add the result", "Built Y"),
    ]


def test_top_changes_fill_from_gaps_when_suggestions_run_out() -> None:
    report = make_report()
    report.suggestions = report.suggestions[:1]
    changes = top_changes(report)
    assert len(changes) == 3 and changes[1][0].startswith("Kubernetes: Required by the posting")


def test_markdown_and_json_comparisons_agree() -> None:
    reports = _reports()
    md = render_comparison(reports, "md", title="dana.pdf")
    assert "| 1 | Amazon | 71.5 | good | 62 | 55 | 71 | 57 | 90 |" in md
    assert md.count("## Top changes for ") == 3
    data = json.loads(render_comparison(reports, "json", title="dana.pdf"))
    assert [c["id"] for c in data["companies"]] == ["amazon", "meta", "google"]
    assert data["companies"][0]["components"]["ats"] == 90.0
    assert data["companies"][0]["top_changes"][0]["line"].startswith("Responsible for on-call")


def test_why_says_what_fits_what_is_missing_and_the_biggest_move() -> None:
    from resume_tailor.report.comparison import next_change, why

    report = _reports()[0]
    text = why(report)
    assert text.startswith("Fits: ") and "Biggest move: " in text
    assert next_change(report) in text
    assert "Missing: " in text or all(c.score >= 60 for c in report.score.components)
    for fmt in ("text", "md"):
        rendered = render_comparison(_reports(), fmt, title="dana.pdf")
        assert "Why" in rendered and rendered.count("Biggest move:") == 3
    data = json.loads(render_comparison(_reports(), "json"))
    assert all(c["why"].startswith("Fits: ") for c in data["companies"])


def test_unknown_components_are_named_as_left_out() -> None:
    from resume_tailor.report.comparison import why

    report = _reports()[0]
    skills = next(c for c in report.score.components if c.id == "skills")
    skills.status, skills.weight = "unknown", 0.0
    skills.reasons = ["unknown, left out of the total: no usable skill-demand data", *skills.reasons]
    assert "Left out: skills fit (no usable skill-demand data)" in why(report)
