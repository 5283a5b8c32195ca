"""Resume parsing: a PDF, DOCX, text or Markdown file -> :class:`~resume_tailor.models.Resume`.

>>> from resume_tailor.resume import parse_resume_bytes
>>> r = parse_resume_bytes(b"Jane Doe\\njane@example.com\\n\\nEXPERIENCE\\n"
...                        b"Engineer, Acme Corp\\n2020 - 2022\\n")
>>> r.contact.email, r.experience[0].company
('jane@example.com', 'Acme Corp')

The file type is sniffed from the content, never from the extension. Errors a user can cause are
raised as :mod:`resume_tailor.errors` classes with one-line messages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from resume_tailor.errors import EmptyDocumentError, FileTooLargeError
from resume_tailor.limits import MAX_PAGES, MAX_RESUME_BYTES
from resume_tailor.models import Resume
from resume_tailor.resume.lines import Line

MAX_FILE_BYTES = MAX_RESUME_BYTES

__all__ = ["MAX_FILE_BYTES", "explain_resume", "parse_resume", "parse_resume_bytes"]


def parse_resume(source: str | os.PathLike[str], *, max_pages: int = MAX_PAGES) -> Resume:
    """Parse the resume file at ``source``.

    Raises InputFileError (missing or unreadable), UnsupportedFileError, CorruptFileError,
    EncryptedFileError, ScannedFileError, EmptyDocumentError or FileTooLargeError.
    """
    data, name = _read_file(source)
    return parse_resume_bytes(data, name=name, max_pages=max_pages)


def explain_resume(source: str | os.PathLike[str], *, max_pages: int = MAX_PAGES) -> list[str]:
    """How the layout stages read the file: one row per line with its page, column, heading
    decision and section (``tailor parse --explain``). Raises what :func:`parse_resume` raises."""
    from resume_tailor.resume.layout import analyse, explain

    data, name = _read_file(source)
    lines, _ = _read_lines(data, name, max_pages)
    return ["page/column | line | heading decision | section", *explain(analyse(lines))]


def _read_file(source: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes of a resume file and its name; one-line errors for missing, unreadable, too big."""
    from resume_tailor.reading import read_capped

    path = Path(source).expanduser()
    data = read_capped(path, MAX_FILE_BYTES, what="resume")  # at most the cap + 1 bytes, never st_size
    return data, path.name


def parse_resume_bytes(data: bytes, *, name: str | None = None, max_pages: int = MAX_PAGES) -> Resume:
    """Parse a resume held in memory; ``name`` is used in messages and kept as ``Resume.source``."""
    from resume_tailor.limits import check_entries
    from resume_tailor.resume.fields import build_resume

    lines, meta = _read_lines(data, name, max_pages)
    return check_entries(build_resume(lines, source=name, **meta), name or "resume")


def _read_lines(data: bytes, name: str | None, max_pages: int) -> tuple[list[Line], dict[str, Any]]:
    """The document's lines in reading order, and what the reader knows about the file.

    Refuses (exit 3) a document over the line or character caps of :mod:`resume_tailor.limits`.
    """
    from resume_tailor.limits import bound_lines

    lines, meta = _read_raw_lines(data, name, max_pages)
    return bound_lines(lines, name or "resume"), meta


def _read_raw_lines(data: bytes, name: str | None, max_pages: int) -> tuple[list[Line], dict[str, Any]]:
    from resume_tailor.limits import check_text
    from resume_tailor.resume.sniff import decode_text, sniff_type

    label = name or "resume"
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"{label}: {len(data) / (1 << 20):.1f} MB is over the "
            f"{MAX_FILE_BYTES >> 20} MB limit for a resume file"
        )
    if not data.strip():
        raise EmptyDocumentError(f"{label}: the file is empty")
    kind = sniff_type(data, label)
    if kind == "pdf":
        from resume_tailor.resume.pdf import read_pdf

        doc = read_pdf(data, max_pages=max_pages, name=label)
        meta = {"links": doc.links, "pages": doc.pages, "columns": doc.columns, "warnings": doc.warnings}
        return doc.lines, {"file_type": "pdf", **meta}
    if kind == "docx":
        from resume_tailor.resume.docx import read_docx

        ddoc = read_docx(data, name=label)
        return ddoc.lines, {"links": ddoc.links, "file_type": "docx", "warnings": ddoc.warnings}
    from resume_tailor.resume.text import read_text

    text = decode_text(data) or ""
    check_text(text, label)  # before any line work: a 9.8 MB "resume" stops here
    lines = read_text(text)
    if not lines:
        raise EmptyDocumentError(f"{label}: the file has no text")
    return lines, {"links": [u for ln in lines for u in ln.links], "file_type": "text"}
