"""Posting bytes -> the kind of document and its text, sniffed by content like resumes (issue 12).

Postings travel as PDFs and Word files as often as web pages: a PDF or DOCX posting is read with the
resume readers (same caps, same one-line errors) and its lines are handed to the text parser with
list items and headings kept, so "Basic Qualifications" and its bullets read as they would in text.
"""

from __future__ import annotations

from resume_tailor.errors import InputFileError, PostingError
from resume_tailor.limits import MAX_PAGES, check_lines
from resume_tailor.resume.lines import Line

_BULLETS = ("-", "*", "•", "·", "◦", "▪", "●", "–", "+")


def posting_kind(data: bytes, name: str) -> str:
    """``"pdf"``, ``"docx"`` or ``"textual"`` (text, Markdown, HTML or JSON: see ``files.sniff``)."""
    from resume_tailor.resume.sniff import sniff_type

    try:
        kind = sniff_type(data, name)
    except InputFileError as exc:
        message = str(exc).replace("resume document", "posting").replace("resume", "posting")
        raise PostingError(message) from None
    return kind if kind in ("pdf", "docx") else "textual"


def document_text(data: bytes, kind: str, name: str, *, max_pages: int = MAX_PAGES) -> str:
    """The text of a PDF or DOCX posting, one line per line, bullets marked with ``- ``."""
    if kind == "pdf":
        from resume_tailor.resume.pdf import read_pdf

        lines = read_pdf(data, max_pages=max_pages, name=name).lines
    else:
        from resume_tailor.resume.docx import read_docx

        lines = read_docx(data, name=name).lines
    check_lines(lines, name)
    return lines_to_text(lines)


def lines_to_text(lines: list[Line]) -> str:
    """Lines as text the posting parser reads: headings on their own line, list items as ``- ``."""
    out: list[str] = []
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        if ln.style_heading and out:
            out.append("")
        if ln.list_item and not text.startswith(_BULLETS):
            text = f"- {text}"
        out.append(text)
    return "\n".join(out) + "\n"
