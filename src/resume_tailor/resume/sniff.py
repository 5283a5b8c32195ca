"""What kind of document a byte string holds, judged by its content (magic bytes), not its name."""

from __future__ import annotations

import io
import zipfile

from resume_tailor.errors import CorruptFileError, EncryptedFileError, UnsupportedFileError, one_line

_MAX_ZIP_VERSION = 63  # the newest zip format version (6.3); zipfile refuses anything above it

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\xd0\xcf\x11\xe0": "a legacy Word/Office file (.doc); save it as .docx or PDF",
    b"{\\rtf": "an RTF file; save it as .docx or PDF",
    b"\x7fELF": "a program",
    b"MZ": "a program",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7z archive",
}


def sniff_type(data: bytes, name: str = "file") -> str:
    """Return "pdf", "docx" or "text" for the bytes; raise UnsupportedFileError for anything else.

    >>> sniff_type(b"%PDF-1.7 ..."), sniff_type(b"Jane Doe\\nEngineer")
    ('pdf', 'text')
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        names = zip_names(data, name)
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFileError(
            f"{name}: a zip archive that is not a Word document; use a PDF, DOCX, TXT or Markdown resume"
        )
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedFileError(
                f"{name}: this is {what}, not a resume document; use a PDF, DOCX, TXT or Markdown resume"
            )
    if decode_text(data) is None:
        raise UnsupportedFileError(
            f"{name}: unrecognised binary content; use a PDF, DOCX, TXT or Markdown resume"
        )
    return "text"


def zip_names(data: bytes, name: str = "file") -> set[str]:
    """The member names of a zip archive, refusing encrypted members and unknown compression.

    Any failure of the zip reader (zipfile raises a dozen unrelated types on damaged input:
    BadZipFile, NotImplementedError, RuntimeError, struct.error, UnicodeDecodeError...) becomes a
    one-line :class:`~resume_tailor.errors.CorruptFileError`: no byte string escapes as a crash.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except Exception as exc:  # a probe: every failure means "damaged"
        raise CorruptFileError(
            f"{name}: the file looks like a DOCX (zip) but is damaged ({_why(exc)})"
        ) from None
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedFileError(f"{name}: the DOCX is password-protected; save an unprotected copy")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise CorruptFileError(
                f"{name}: the DOCX uses a compression method Word does not write ({info.compress_type}); "
                "re-save it from Word or LibreOffice"
            )
        if info.extract_version > _MAX_ZIP_VERSION:
            raise CorruptFileError(
                f"{name}: the DOCX needs zip version {info.extract_version / 10:.1f}, newer than Word "
                "writes; re-save it from Word or LibreOffice"
            )
    return {info.filename for info in infos}


def _why(exc: BaseException) -> str:
    return one_line(exc)[:100]


def decode_text(data: bytes) -> str | None:
    """Decode text as UTF-8 (with or without BOM), UTF-16 with BOM, or Latin-1; None when it is binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    sample = data[:65536]
    if b"\x00" in sample:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    controls = sum(
        1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f" or 0x7F <= ord(ch) < 0xA0
    )
    if controls > 0.01 * max(1, min(len(text), 65536)):
        return None
    return text
