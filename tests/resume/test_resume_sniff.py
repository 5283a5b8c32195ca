"""The file type comes from the content, not from the name."""

from __future__ import annotations

import io
import zipfile

import pytest

from resume_tailor.errors import CorruptFileError, UnsupportedFileError
from resume_tailor.resume.sniff import decode_text, sniff_type


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in names:
            z.writestr(n, "<x/>")
    return buf.getvalue()


def test_pdf_docx_and_text_are_recognised_by_content() -> None:
    assert sniff_type(b"%PDF-1.7\n...") == "pdf"
    assert sniff_type(_zip(["[Content_Types].xml", "word/document.xml"])) == "docx"
    assert sniff_type("Zoë Müller\nIngenieurin".encode()) == "text"
    assert sniff_type("Zoë Müller".encode("latin-1")) == "text"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, ".doc"),
        (b"\x00\x01\x02\x03binary" * 10, "binary"),
    ],
)
def test_other_binaries_are_refused_with_a_reason(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedFileError, match=what):
        sniff_type(data, "cv.pdf")


def test_zip_without_a_word_document_is_unsupported() -> None:
    with pytest.raises(UnsupportedFileError, match="not a Word document"):
        sniff_type(_zip(["xl/workbook.xml"]))


def test_broken_zip_is_corrupt() -> None:
    with pytest.raises(CorruptFileError):
        sniff_type(b"PK\x03\x04" + b"\x00" * 40)


def test_decode_text_handles_bom_and_rejects_binary() -> None:
    assert decode_text("\ufeffJane".encode()) == "Jane"
    assert decode_text("Jane".encode("utf-16")) == "Jane"
    assert decode_text(b"ab\x00cd") is None
