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

from resume_tailor.errors import EmptyDocumentError, FileTooLargeError, InputFileError
from resume_tailor.models import Resume

MAX_FILE_BYTES = 10 << 20

__all__ = ["MAX_FILE_BYTES", "parse_resume", "parse_resume_bytes"]


def parse_resume(source: str | os.PathLike[str], *, max_pages: int = 20) -> Resume:
    """Parse the resume file at ``source``.

    Raises InputFileError (missing or unreadable), UnsupportedFileError, CorruptFileError,
    EncryptedFileError, ScannedFileError, EmptyDocumentError or FileTooLargeError.
    """
    path = Path(source).expanduser()
    if not path.exists():
        raise InputFileError(f"file not found: {path}")
    if path.is_dir():
        raise InputFileError(f"{path} is a folder, not a resume file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLargeError(
                f"{path.name}: {size / (1 << 20):.1f} MB is over the "
                f"{MAX_FILE_BYTES >> 20} MB limit for a resume file"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputFileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse_resume_bytes(data, name=path.name, max_pages=max_pages)


def parse_resume_bytes(data: bytes, *, name: str | None = None, max_pages: int = 20) -> Resume:
    """Parse a resume held in memory; ``name`` is used in messages and kept as ``Resume.source``."""
    from resume_tailor.resume.fields import build_resume
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
        return build_resume(
            doc.lines,
            links=doc.links,
            file_type="pdf",
            pages=doc.pages,
            columns=doc.columns,
            warnings=doc.warnings,
            source=name,
        )
    if kind == "docx":
        from resume_tailor.resume.docx import read_docx

        ddoc = read_docx(data, name=label)
        return build_resume(
            ddoc.lines, links=ddoc.links, file_type="docx", warnings=ddoc.warnings, source=name
        )
    from resume_tailor.resume.text import read_text

    text = decode_text(data) or ""
    lines = read_text(text)
    if not lines:
        raise EmptyDocumentError(f"{label}: the file has no text")
    links = [u for ln in lines for u in ln.links]
    return build_resume(lines, links=links, file_type="text", source=name)
