"""An annotated copy of the user's DOCX: a Word comment on each paragraph that a suggestion is about.

The original file is only read; the copy is written atomically, so a crash never leaves half a file.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import CorruptFileError, InputFileError, UsageError
from resume_tailor.models import Report, Suggestion
from resume_tailor.storage import atomic_write_bytes

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

AUTHOR, INITIALS = "resume-tailor", "RT"
#: Lines shorter than this must match a whole paragraph, so "Python" does not tag every paragraph.
MIN_PARTIAL = 16

_BULLET = re.compile(r"^[\s•●▪◦·\-–—*‣⁃]+")
_PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def annotate_docx(report: Report, src: str | Path, out: str | Path) -> int:
    """Write ``out``: a copy of the DOCX ``src`` with one comment per paragraph a suggestion quotes.

    Returns the number of comments added. ``src`` is never modified; ``out`` must be another path.

    >>> from resume_tailor import tailor
    >>> docx_report = tailor("examples/product-manager.docx", company="amazon")
    >>> annotate_docx(docx_report, "examples/product-manager.docx", "annotated.docx") > 0
    True
    """
    src, out = Path(src), Path(out)
    if out.exists() and out.resolve() == src.resolve():
        raise UsageError(f"refusing to overwrite {src.name}: give --annotate a new file name")
    if src.suffix.lower() != ".docx":
        raise UsageError(f"--annotate needs a .docx resume, not {src.name}")
    try:
        data = src.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"{src}: no such file") from None
    except OSError as exc:
        raise InputFileError(f"{src}: cannot read ({exc.strerror})") from None
    doc = _open(data, src.name)
    notes = _notes(report.suggestions)
    count = 0
    for paragraph in _paragraphs(doc):
        text = normalise(paragraph.text)
        if not text:
            continue
        about = [s for line, s in notes if line == text or (len(line) >= MIN_PARTIAL and line in text)]
        runs = [r for r in paragraph.runs if r.text]
        if about and runs:
            _comment(doc, runs, about)
            count += 1
    buffer = io.BytesIO()
    doc.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
    return count


def normalise(text: str) -> str:
    """Text compared loosely: NFKC, plain quotes and dashes, no bullet glyph, single spaces, casefolded."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    return " ".join(_BULLET.sub("", text).split()).casefold()


def _notes(suggestions: list[Suggestion]) -> list[tuple[str, Suggestion]]:
    return [(normalise(s.line), s) for s in suggestions if s.line and normalise(s.line)]


def _comment(doc: Any, runs: list[Any], about: list[Suggestion]) -> None:
    texts = [s.advice + (f" Why: {s.why}" if s.why else "") for s in about]
    comment = doc.add_comment(runs, text=texts[0], author=AUTHOR, initials=INITIALS)
    for text in texts[1:]:
        comment.add_paragraph(text)


def _paragraphs(doc: Any) -> Iterator[Paragraph]:
    """Body paragraphs in order, including those inside (nested) tables."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(container: Any) -> Iterator[Paragraph]:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                yield block
            elif isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell)

    yield from walk(doc)


def _open(data: bytes, name: str) -> Any:
    """The document, after the parser's bounded check of the zip (python-docx has no zip-bomb guard)."""
    import docx

    from resume_tailor.resume.docx import check_zip

    check_zip(data, name=name)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many unrelated types for a broken file
        raise CorruptFileError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
