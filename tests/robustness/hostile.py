"""Builders of hostile inputs (issue 15), shared by the robustness tests and
``benchmarks/hostile_inputs.py``. Everything is generated here; nothing is downloaded.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

RESUME_HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme  Jan 2020 - Present\n- "

# regex bombs, one per pattern family: (name, body appended to a small real resume)
TEXT_BOMBS: dict[str, Callable[[], str]] = {
    "url-dotted-run": lambda: "a." * 50_000,
    "url-dashed-run": lambda: "a-" * 50_000,
    "email-local-run": lambda: "a_" * 50_000,
    "duration-digits": lambda: "1" * 100_000,
    "duration-spaces": lambda: "x" + " " * 100_000 + "y",
    "duration-years": lambda: "1 years " * 12_000,
    "md-link-brackets": lambda: "[" * 100_000,
    "md-link-parens": lambda: "[](" * 33_000,
    "md-emphasis": lambda: " *a" * 33_000,
    "md-bold": lambda: "**a" * 33_000,
    "eeo-degrees": lambda: "B.S." * 25_000,
    "phone-digit-groups": lambda: "12 " * 33_000,
    "date-ranges": lambda: "Jan 2020 - " * 9_000,
    "separators": lambda: "| " * 50_000,
    "long-words": lambda: ("x" * 5_000 + " ") * 20,
}


def bomb_resume(name: str) -> bytes:
    """A small real resume with one hostile line appended."""
    return (RESUME_HEAD + TEXT_BOMBS[name]() + "\n").encode()


def _base_docx() -> dict[str, bytes]:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _paragraph(text: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _with_body(parts: dict[str, bytes], body: str) -> dict[str, bytes]:
    xml = parts["word/document.xml"].decode()
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    parts = dict(parts)
    parts["word/document.xml"] = (xml[:start] + body + xml[end:]).encode()
    return parts


def resume_paragraphs() -> list[str]:
    """The paragraphs of a small real resume (name, contact, one job, one school)."""
    return [
        "Jane Doe",
        "jane@example.com | +1 555 123 4567",
        "EXPERIENCE",
        "Software Engineer, Acme Corp  Jan 2020 - Present",
        "Built a Python data pipeline serving 2 million users.",
        "EDUCATION",
        "B.S. Computer Science, State University, 2019",
    ]


def docx_many_styles(n_styles: int = 20_000, n_paragraphs: int = 300) -> bytes:
    """A DOCX with ``n_styles`` paragraph styles, its paragraphs using the last ones."""
    parts = _base_docx()
    styles = parts["word/styles.xml"].decode()
    extra = "".join(
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="S{i}"><w:name w:val="S{i}"/>'
        f"<w:rPr><w:b/></w:rPr></w:style>"
        for i in range(n_styles)
    )
    parts["word/styles.xml"] = styles.replace("</w:styles>", extra + "</w:styles>").encode()
    body = "".join(_paragraph(t) for t in resume_paragraphs())
    notes = (_paragraph(f"Line {i} of notes", f"S{n_styles - 1 - i % 50}") for i in range(n_paragraphs))
    body += "".join(notes)
    return _zip(_with_body(parts, body))


def docx_many_paragraphs(megabytes: int = 46) -> bytes:
    """A small DOCX whose document.xml unpacks to ``megabytes`` MB of short paragraphs."""
    one = _paragraph("Built a Python data pipeline serving two million users every day.")
    count = (megabytes << 20) // len(one)
    body = "".join(_paragraph(t) for t in resume_paragraphs()) + one * count
    return _zip(_with_body(_base_docx(), body))


def docx_paragraph_count(count: int) -> bytes:
    """A DOCX of ``count`` short paragraphs (to test the paragraph cap under the XML cap)."""
    body = "".join(_paragraph(t) for t in resume_paragraphs()) + _paragraph("Note.") * count
    return _zip(_with_body(_base_docx(), body))


def resume_docx() -> bytes:
    """A small, valid DOCX resume."""
    return _zip(_with_body(_base_docx(), "".join(_paragraph(t) for t in resume_paragraphs())))


def patch_zip_headers(data: bytes, *, flag: int | None = None, version: int | None = None) -> bytes:
    """Set the general-purpose flag bits or the "version needed" of every member, in both the
    local headers and the central directory (as a damaged or exotic writer would)."""
    out = bytearray(data)
    for sig, version_at, flag_at in ((b"PK\x03\x04", 4, 6), (b"PK\x01\x02", 6, 8)):
        start = 0
        while (at := out.find(sig, start)) >= 0:
            if version is not None:
                out[at + version_at : at + version_at + 2] = struct.pack("<H", version)
            if flag is not None:
                old = struct.unpack("<H", out[at + flag_at : at + flag_at + 2])[0]
                out[at + flag_at : at + flag_at + 2] = struct.pack("<H", old | flag)
            start = at + 4
    return bytes(out)


def text_pdf(lines: list[str], *, size: float = 11, pages: int = 1) -> bytes:
    """A PDF with ``lines`` set in Helvetica at ``size`` points, repeated on ``pages`` pages."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    width, height = letter
    for _ in range(pages):
        y = height - 36
        text = pdf.beginText(36, y)
        text.setFont("Helvetica", size)
        text.setLeading(size * 1.2)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def dense_pdf(pages: int = 20, size: float = 4) -> bytes:
    """``pages`` pages of dense text at ``size`` points (about 190 lines of 260 characters each)."""
    words = "engineer python pipeline latency design review mentoring kubernetes data scale "
    line = (words * 4)[:260]
    per_page = int(720 / (size * 1.2))
    return text_pdf([line] * per_page, size=size, pages=pages)


def alias_bomb_yaml(items: int = 10_000, aliases: int = 300) -> str:
    """A profile whose fields alias one ``items``-long list ``aliases`` times (small file, huge tree)."""
    big = "[" + ", ".join(f"v{i}" for i in range(items)) + "]"
    lines = ["name: Bomb", f"big: &big {big}", "values:"]
    lines += [f"  - {{name: v{k}, keywords: *big}}" for k in range(aliases)]
    return "\n".join(lines) + "\n"


def billion_laughs_yaml(levels: int = 9) -> str:
    """Classic nested aliases: each level lists the previous one ten times (10**levels leaves)."""
    lines = ['a0: &a0 ["lol"]']
    for k in range(1, levels + 1):
        lines.append(f"a{k}: &a{k} [" + ", ".join([f"*a{k - 1}"] * 10) + "]")
    lines.append(f"name: *a{levels}")
    return "\n".join(lines) + "\n"
