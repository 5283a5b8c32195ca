"""Renderers on real reports of the bundled examples."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

from resume_tailor.report import annotate_docx, render
from resume_tailor.report.docx_annotate import normalise
from resume_tailor.report.json_report import load_schema
from resume_tailor.report.view import fmt_total

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


pytestmark = pytest.mark.slow


def _examples(*suffixes: str) -> list[Path]:
    found = sorted(p for p in EXAMPLES.glob("*") if p.suffix in suffixes)
    return found or [pytest.param(None, marks=pytest.mark.skip(reason="no examples"))]  # type: ignore[list-item]


@pytest.mark.parametrize("path", _examples(".pdf", ".docx"), ids=lambda p: getattr(p, "name", "none"))
def test_every_format_renders_a_real_report(path: Path) -> None:
    from resume_tailor import tailor

    report = tailor(path, company="amazon")
    data = json.loads(render(report, "json"))
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    assert len(data["bullets"]) == len(report.resume.bullets())
    text = render(report, "text")
    assert "Amazon" in text and f"{fmt_total(report.score.total)}/100" in text
    md = render(report, "md")
    assert md.startswith("# ") and "## Score components" in md
    html = render(report, "html")
    assert html.count('<rect class="bar') == len(report.score.components)


@pytest.mark.parametrize("path", _examples(".docx"), ids=lambda p: getattr(p, "name", "none"))
def test_annotated_example_docx_has_a_comment_for_each_quoted_line(path: Path, tmp_path: Path) -> None:
    import docx

    from resume_tailor import tailor

    report = tailor(path, company="amazon")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "annotated.docx"
    count = annotate_docx(report, path, out)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = docx.Document(str(path)).element.body
    paragraphs = [normalise("".join(p.itertext())) for p in body.iter(f"{w}p")]  # tables included
    quoted = {normalise(s.line) for s in report.suggestions if s.line}
    hits = [p for p in paragraphs if any(q == p or (len(q) >= 16 and q in p) for q in quoted)]
    assert quoted and count == len(hits) >= 3
    assert all(any(q in p for p in hits) for q in quoted)  # every quoted line got its comment
    assert len(list(docx.Document(str(out)).comments)) == count
