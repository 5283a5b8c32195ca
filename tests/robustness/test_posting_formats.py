"""Postings in any format, sniffed by content (issue 12 item 5): the same posting written as text,
Markdown, HTML, JSON, PDF and DOCX reads to the same requirements. Fixtures are generated here."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume_tailor.cli import app
from resume_tailor.errors import PostingError
from resume_tailor.postings import parse_posting, parse_posting_bytes

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402

TITLE = "Senior Data Engineer"
REQUIRED = [
    "5+ years of experience building data pipelines",
    "Experience with Python and SQL",
    "Bachelor's degree in computer science or equivalent experience",
]
PREFERRED = ["Experience with Kafka and Spark", "Master's degree in computer science"]
DUTIES = ["Design batch and streaming pipelines.", "Own data quality end to end."]


def _lines() -> list[str]:
    return [
        TITLE,
        "",
        "Responsibilities",
        *[f"- {d}" for d in DUTIES],
        "",
        "Basic Qualifications",
        *[f"- {r}" for r in REQUIRED],
        "",
        "Preferred Qualifications",
        *[f"- {p}" for p in PREFERRED],
    ]


def _docx(bullet_style: bool) -> bytes:
    import docx

    document = docx.Document()
    for line in _lines():
        if line.startswith("- ") and bullet_style:
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("- "):
            document.add_paragraph("• " + line[2:])  # a bullet typed by hand
        elif line in ("Responsibilities", "Basic Qualifications", "Preferred Qualifications"):
            document.add_heading(line, level=2)
        elif line:
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    def items(values: list[str]) -> str:
        return "".join(f"<li>{v}</li>" for v in values)

    return (
        f"<!doctype html><html><body><h1>{TITLE}</h1><h2>Responsibilities</h2><ul>{items(DUTIES)}</ul>"
        f"<h2>Basic Qualifications</h2><ul>{items(REQUIRED)}</ul>"
        f"<h2>Preferred Qualifications</h2><ul>{items(PREFERRED)}</ul></body></html>"
    ).encode()


def _json() -> bytes:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": TITLE,
            "responsibilities": " ".join(DUTIES),
            "qualifications": "\n".join(REQUIRED),
            "experienceRequirements": "\n".join(REQUIRED),
            "description": "<ul>" + "".join(f"<li>{p}</li>" for p in PREFERRED) + "</ul>",
        }
    ).encode()


FORMATS = {
    "text": lambda: ("\n".join(_lines()) + "\n").encode(),
    "markdown": lambda: (
        "\n".join(
            "## " + ln if ln.endswith("Qualifications") or ln == "Responsibilities" else ln for ln in _lines()
        )
        + "\n"
    ).encode(),
    "html": _html,
    "pdf": lambda: hostile.text_pdf(_lines(), size=11),
    "docx-list-style": lambda: _docx(True),
    "docx-typed-bullets": lambda: _docx(False),
}


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_format_reads_to_the_same_requirements(kind: str) -> None:
    posting = parse_posting_bytes(FORMATS[kind](), name=f"posting.{kind}")
    assert posting.title == TITLE
    required = [r.text for r in posting.requirements if r.required]
    preferred = [r.text for r in posting.requirements if not r.required]
    assert [t.rstrip(".") for t in required] == REQUIRED, kind
    assert [t.rstrip(".") for t in preferred] == PREFERRED, kind


def test_json_posting_is_still_read() -> None:
    posting = parse_posting_bytes(_json(), name="posting.json")
    assert posting.title == TITLE and posting.requirements


def test_the_extension_does_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"  # a PDF named .txt
    path.write_bytes(FORMATS["pdf"]())
    assert parse_posting(path).title == TITLE


def test_cli_posting_and_job_accept_pdf_and_docx(tmp_path: Path) -> None:
    runner = CliRunner()
    pdf = tmp_path / "posting.pdf"
    pdf.write_bytes(FORMATS["pdf"]())
    docx_file = tmp_path / "posting.docx"
    docx_file.write_bytes(FORMATS["docx-list-style"]())
    for path in (pdf, docx_file):
        result = runner.invoke(app, ["posting", str(path)])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["title"] == TITLE
    resume = Path(__file__).resolve().parents[2] / "examples" / "backend-engineer.md"
    result = runner.invoke(app, [str(resume), "-c", "amazon", "--job", str(pdf), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert TITLE in result.output


def test_unreadable_posting_documents_are_exit_3_errors() -> None:
    with pytest.raises(PostingError, match="image"):
        parse_posting_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100), name="shot.png")
    with pytest.raises(PostingError, match="password-protected"):
        parse_posting_bytes(hostile.patch_zip_headers(FORMATS["docx-list-style"](), flag=1), name="p.docx")
    with pytest.raises(PostingError, match="empty"):
        parse_posting_bytes(b"  \n", name="blank.txt")
