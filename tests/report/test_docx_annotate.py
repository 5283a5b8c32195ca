"""Annotated DOCX: a copy with one Word comment per paragraph a suggestion quotes; the original untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest

from helpers.report_factory import BULLETS
from resume_tailor.errors import CorruptFileError, UsageError
from resume_tailor.models import Report, Suggestion
from resume_tailor.report import annotate_docx


def _write_resume(path: Path) -> None:
    """A DOCX resume like a user's: headings by style, bullets, one role laid out in a table."""
    doc = docx.Document()
    doc.add_paragraph("Dana Whitfield", style="Title")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Senior Software Engineer, Northwind Payments", style="Normal")
    for text in BULLETS[:4]:
        doc.add_paragraph(text, style="List Bullet")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Contoso Retail 2017–2021"
    cell = table.cell(0, 1)
    cell.paragraphs[0].add_run("• Worked on Kafka consumers ")
    cell.paragraphs[0].add_run("|").bold = True
    cell.paragraphs[0].add_run(" producers for order events")
    doc.add_heading("Skills", level=1)
    doc.add_paragraph("Go, Python, Kafka, React")
    doc.save(str(path))


@pytest.fixture
def resume_docx(tmp_path: Path) -> Path:
    path = tmp_path / "dana.docx"
    _write_resume(path)
    return path


def _comments(path: Path) -> list[tuple[str, str]]:
    return [(c.author, c.text) for c in docx.Document(str(path)).comments]


def test_comment_on_each_paragraph_a_suggestion_quotes(
    report: Report, resume_docx: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "dana.annotated.docx"
    count = annotate_docx(report, resume_docx, out)
    quoted = [s for s in report.suggestions if s.line]
    assert count == len(quoted) == 3
    comments = _comments(out)
    assert [text.split(" Why:")[0] for _, text in comments] == [s.advice for s in quoted]
    assert all(author == "resume-tailor" for author, _ in comments)


def test_comment_is_anchored_on_the_quoted_paragraph(
    report: Report, resume_docx: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.docx"
    annotate_docx(report, resume_docx, out)
    body = docx.Document(str(out)).element.body
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    anchored = [
        "".join(p.xpath(".//w:t/text()"))
        for p in body.iter(f"{{{ns['w']}}}p")
        if p.xpath(".//w:commentRangeStart")
    ]
    assert anchored == [BULLETS[1], BULLETS[2], "• " + BULLETS[4]]


def test_original_is_never_modified(report: Report, resume_docx: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(resume_docx.read_bytes()).hexdigest()
    annotate_docx(report, resume_docx, tmp_path / "copy.docx")
    assert hashlib.sha256(resume_docx.read_bytes()).hexdigest() == before
    assert _comments(resume_docx) == []
    with pytest.raises(UsageError, match="refusing to overwrite"):
        annotate_docx(report, resume_docx, resume_docx)
    assert hashlib.sha256(resume_docx.read_bytes()).hexdigest() == before


def test_several_suggestions_on_one_line_share_one_comment(
    report: Report, resume_docx: Path, tmp_path: Path
) -> None:
    report.suggestions.append(Suggestion("metric", "Say how many incidents.", "", BULLETS[1], None, 3.0))
    out = tmp_path / "b.docx"
    assert annotate_docx(report, resume_docx, out) == 3
    first = _comments(out)[0][1]
    assert first.startswith("Lead with what you did") and first.endswith("Say how many incidents.")


def test_line_matching_ignores_bullets_quotes_and_spacing(report: Report, tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("–  Owned the “blue/green” rollout   for 12 services")
    doc.add_paragraph("Go")
    src = tmp_path / "s.docx"
    doc.save(str(src))
    report.suggestions = [
        Suggestion(
            "metric", "Say the downtime avoided.", "", 'Owned the "blue/green" rollout for 12 services'
        ),
        Suggestion("keyword_elsewhere", "Short line.", "", "Go"),
    ]
    assert annotate_docx(report, src, tmp_path / "o.docx") == 2


def test_short_line_does_not_tag_every_paragraph_containing_it(report: Report, tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Built services in Go and Python")
    doc.add_paragraph("Python")
    src = tmp_path / "s.docx"
    doc.save(str(src))
    report.suggestions = [Suggestion("keyword_elsewhere", "Show Python in a bullet.", "", "Python")]
    out = tmp_path / "o.docx"
    assert annotate_docx(report, src, out) == 1


def test_broken_docx_is_an_input_error_and_writes_nothing(report: Report, tmp_path: Path) -> None:
    src = tmp_path / "broken.docx"
    src.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "o.docx"
    with pytest.raises(CorruptFileError, match="broken.docx: the DOCX is damaged"):
        annotate_docx(report, src, out)
    assert not out.exists()


def test_non_docx_resume_is_a_usage_error(report: Report, tmp_path: Path) -> None:
    src = tmp_path / "cv.pdf"
    src.write_bytes(b"%PDF-1.7")
    with pytest.raises(UsageError, match="needs a .docx"):
        annotate_docx(report, src, tmp_path / "o.docx")
