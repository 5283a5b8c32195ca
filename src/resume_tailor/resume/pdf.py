"""PDF -> lines in reading order, from the characters' fonts, sizes and positions.

Characters come from PDFium (``pypdfium2``, which pdfplumber itself depends on). We measured
pdfplumber (words + dedupe_chars) at a median 170 ms CPU per page on the shared resume corpus, over the
50 ms budget; PDFium gives the same characters with fonts, sizes and boxes in about 20 ms, decodes more
glyphs and reports link annotations.

Steps per page: drop fake-bold doubles, drop unmapped glyphs (pdfminer's ``(cid:N)``: counted, with a
warning when most of a page is unmapped), group words into rows, cut rows into segments at wide gaps
(so no line ever spans a column gutter), find column gutters per vertical region (white strips, or
text flows set flush against each other that the content stream tells apart), and emit the
segments column by column.
"""

from __future__ import annotations

import re
import statistics
import threading
from dataclasses import dataclass, field
from typing import Any

from resume_tailor.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    FileTooLargeError,
    ScannedFileError,
)
from resume_tailor.limits import MAX_PAGES
from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import DATE_RE, beside_dates, closes_range
from resume_tailor.resume.lines import Line

_PDFIUM_LOCK = threading.Lock()
_BULLETS = set("•●○◦▪▫■□◆◇►▸▹‣⁃∙·✓✔➢➤-–—*o")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$", re.IGNORECASE)
_STYLE_RE = re.compile(r"regular|roman|book|italic|oblique|light|medium|thin|normal|-r$", re.IGNORECASE)
_META_RE = re.compile(
    rf"{DATE_RE.pattern}|present|\b[A-Z][a-zA-Z .]+,\s*[A-Z]{{2}}\b|\bremote\b|^[|·•\-–]+$",
    re.IGNORECASE,
)


@dataclass
class PdfDocument:
    """What the PDF reader found: lines in reading order plus facts about the file."""

    lines: list[Line]
    pages: int
    columns: int
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Seg:
    """A run of words on one row with no wide gap inside."""

    words: list[dict[str, Any]]
    column: int = 0

    @property
    def x0(self) -> float:
        return float(self.words[0]["x0"])

    @property
    def x1(self) -> float:
        return float(self.words[-1]["x1"])

    @property
    def top(self) -> float:
        return min(float(w["top"]) for w in self.words)


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES, name: str = "file") -> PdfDocument:
    """Read a PDF's text as lines in reading order.

    Raises EncryptedFileError, CorruptFileError, FileTooLargeError (over ``max_pages``),
    ScannedFileError (images but no text) and EmptyDocumentError (no text at all).
    """
    with _PDFIUM_LOCK:  # PDFium is not thread-safe; batch runs may call us from threads
        return _read_pdf(data, max_pages=max_pages, name=name)


def _read_pdf(data: bytes, *, max_pages: int, name: str) -> PdfDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFileError(
                f"{name}: the PDF is password-protected; save an unlocked copy and try again"
            ) from None
        raise CorruptFileError(f"{name}: the PDF is damaged or not really a PDF ({_reason(exc)})") from None
    try:
        n_pages = len(pdf)
        if n_pages > max_pages:
            raise FileTooLargeError(
                f"{name}: {n_pages} pages is over the limit of {max_pages}; "
                "a resume is rarely longer (raise --max-pages if needed)"
            )
        _check_characters(pdf, n_pages, name)
        lines: list[Line] = []
        links: list[str] = []
        warnings: list[str] = []
        columns = 1
        total_chars = 0
        images = 0
        image_pages: list[int] = []
        for number in range(1, n_pages + 1):
            try:
                page = pdf[number - 1]
                chars, n_cid = _page_chars(page)
                links.extend(_page_links(pdf, page))
                if not chars:
                    page_images = _count_images(page)
                    images += page_images
                    if page_images:
                        image_pages.append(number)
                page_lines, page_cols = _lines_from_chars(chars, number)
            except (FileTooLargeError, EmptyDocumentError):
                raise
            except Exception as exc:
                raise CorruptFileError(f"{name}: page {number} cannot be read ({_reason(exc)})") from None
            n_chars = len(chars) + n_cid
            total_chars += n_chars
            if n_chars and n_cid > 0.5 * n_chars:
                warnings.append(
                    f"page {number}: {n_cid} of {n_chars} characters have no text mapping "
                    "(cid:N) and were dropped; the text may be incomplete"
                )
            columns = max(columns, page_cols)
            lines.extend(page_lines)
    finally:
        pdf.close()
    if total_chars == 0:
        if images:
            raise ScannedFileError(
                f"{name}: the PDF holds only images (a scan?); run it through OCR "
                "(for example `ocrmypdf in.pdf out.pdf`) and try again"
            )
        raise EmptyDocumentError(f"{name}: the PDF has no text")
    if not lines:
        raise EmptyDocumentError(f"{name}: no readable text in the PDF")
    if image_pages:
        pages_text = ", ".join(str(n) for n in image_pages)
        warnings.append(f"page {pages_text}: only images, no text (scanned?); that part was not read")
    return PdfDocument(lines=lines, pages=n_pages, columns=columns, links=_dedupe(links), warnings=warnings)


def _check_characters(pdf: Any, n_pages: int, name: str) -> None:
    """Refuse a PDF holding more than MAX_CHARACTERS before any layout work (PDFium counts fast)."""
    import pypdfium2.raw as raw

    from resume_tailor.limits import MAX_CHARACTERS, too_large

    total = 0
    for index in range(n_pages):
        try:
            textpage = pdf[index].get_textpage()
        except Exception as exc:
            raise CorruptFileError(f"{name}: page {index + 1} cannot be read ({_reason(exc)})") from None
        try:
            total += max(0, int(raw.FPDFText_CountChars(textpage.raw)))
        finally:
            textpage.close()
        if total > MAX_CHARACTERS:
            raise too_large(name, "characters", total, MAX_CHARACTERS)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:120]


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it, None)
    return list(seen)


def _unmapped(code: int) -> bool:
    """Glyphs without a Unicode mapping: pdfminer's ``(cid:N)``; PDFium reports 0, U+FFFD or private use."""
    return code in (0, 0xFFFD, 0xFFFE, 0xFFFF) or 0xE000 <= code <= 0xF8FF or code >= 0xF0000


_HYPHENS = frozenset("-\u2010\u2011")
_SCALED_FONT = 3.0  # a glyph box this many times its font size: the font is scaled by the matrix


def _doubled_hyphen(chars: list[dict[str, Any]], x0: float) -> bool:
    """ "on-\xad\u2010campus": Word writes one hyphen as two or three glyphs on top of each other."""
    return bool(chars) and chars[-1]["text"] in _HYPHENS and x0 <= chars[-1]["x1"] + 1.0


def _printed_size(size: float, height: float) -> float:
    """A 1-point font scaled up by the text matrix (Word): PDFium reports the 1 point; the glyph's
    box says how big it prints."""
    return round(height, 1) if size < T.MIN_FONT_SIZE and height > _SCALED_FONT * size else size


def _page_chars(page: Any) -> tuple[list[dict[str, Any]], int]:
    """The page's characters with loose boxes (top-left origin), font size, font name and weight.

    Fake bold (the same glyph drawn twice a fraction of a point apart) is dropped here; so are
    unmapped glyphs, which are counted.
    """
    import ctypes

    import pypdfium2.raw as raw

    height = float(page.get_height())
    textpage = page.get_textpage()
    # PDFium is called through ctypes for every character: the calls are bound to locals and the
    # font name's meaning is worked out once per font, which halves the time on dense pages.
    tp = textpage.raw
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    get_box, get_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    get_weight, get_info = raw.FPDFText_GetFontWeight, raw.FPDFText_GetFontInfo
    try:
        n = raw.FPDFText_CountChars(tp)
        rect = raw.FS_RECTF()
        buf = ctypes.create_string_buffer(128)
        flags_ref = ctypes.byref(ctypes.c_int())
        fonts: dict[bytes, tuple[str, bool, bool]] = {}
        chars: list[dict[str, Any]] = []
        seen: dict[int, list[tuple[str, float, float]]] = {}  # (glyph, x0, top) per 1-point cell
        n_cid = 0
        pending_cid = False
        for i in range(n):
            code = get_unicode(tp, i)
            if code in (13, 10):
                continue
            soft = code in (0xAD, 0x2010, 0x2011)  # a hyphen that may double the one before it
            if code in (2, 0xAD):  # PDFium reports a line-end hyphen as U+0002
                code = 0x2D
            if is_generated(tp, i) == 1:
                if code == 32:  # PDFium's own word break: a gap without a space character
                    chars.append({"text": " ", "space": True})
                continue
            if _unmapped(code):
                n_cid += 1
                pending_cid = True
                continue
            text = chr(code)
            if text.isspace():
                chars.append({"text": " ", "space": True})
                continue
            get_box(tp, i, rect)
            x0, x1 = float(rect.left), float(rect.right)
            top, bottom = height - float(rect.top), height - float(rect.bottom)
            if soft and _doubled_hyphen(chars, x0):
                continue
            cell = (int(x0) << 20) + int(top)
            if _seen_near(seen, text, cell, x0, top) and not _ligature(chars, text, x0, x1):
                continue  # fake bold: the same glyph again a fraction of a point off
            seen.setdefault(cell, []).append((text, x0, top))
            size = _printed_size(float(get_size(tp, i)), bottom - top)
            get_info(tp, i, buf, 128, flags_ref)
            fontname, named_bold, named_style = fonts.get(buf.value) or _font(fonts, buf.value)
            # The font name is the reliable signal; PDFium's weight is a guess from the font
            # descriptor (regular Georgia reports 665), so it only counts when the name says nothing.
            bold = named_bold or (not named_style and int(get_weight(tp, i)) >= 700)
            chars.append(
                {
                    "text": text,
                    "x0": x0,
                    "x1": x1,
                    "top": top,
                    "bottom": bottom,
                    "size": size,
                    "fontname": fontname,
                    "bold": bold,
                    "after_cid": pending_cid,
                }
            )
            pending_cid = False
    finally:
        textpage.close()
    return chars, n_cid


def _font(fonts: dict[bytes, tuple[str, bool, bool]], raw_name: bytes) -> tuple[str, bool, bool]:
    """The font's name and whether the name says bold, or says a non-bold style (cached)."""
    name = raw_name.decode("latin-1", "replace")
    fonts[raw_name] = (name, bool(_BOLD_RE.search(name)), bool(_STYLE_RE.search(name)))
    return fonts[raw_name]


_NEAR = tuple((dx << 20) + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _ligature(chars: list[dict[str, Any]], text: str, x0: float, x1: float) -> bool:
    """The letters of a ligature ("ff" in "Staff") come one after the other in exactly the same box;
    fake bold draws its copy a fraction of a point off."""
    last = chars[-1] if chars else None
    return last is not None and last.get("x0") == x0 and last.get("x1") == x1 and last["text"] == text


# Fake bold draws each glyph again 0.2-0.5 pt off; the next letter of a double "ll" in a small
# narrow font starts about 1.5 pt on. Closer than this, the same glyph is a copy.
FAKE_BOLD_OFFSET = 0.75


def _seen_near(
    seen: dict[int, list[tuple[str, float, float]]], text: str, cell: int, x0: float, top: float
) -> bool:
    """True when ``text`` was already drawn within FAKE_BOLD_OFFSET of ``(x0, top)`` (looked up in
    this 1-point cell and its eight neighbours)."""
    for near in _NEAR:
        for glyph, x, y in seen.get(cell + near, ()):
            if glyph == text and abs(x - x0) < FAKE_BOLD_OFFSET and abs(y - top) < FAKE_BOLD_OFFSET:
                return True
    return False


def _count_images(page: Any) -> int:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3))


def _page_links(pdf: Any, page: Any) -> list[str]:
    """URIs of the page's link annotations (LinkedIn/GitHub icons hide them)."""
    import ctypes

    import pypdfium2.raw as raw

    out = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action:
            continue
        size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        if size <= 1:
            continue
        buf = ctypes.create_string_buffer(size)
        raw.FPDFAction_GetURIPath(pdf.raw, action, buf, size)
        uri = buf.value.decode("utf-8", "replace").strip()
        if uri:
            out.append(uri)
    return out


def _words_from_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group characters (in content order) into words: a space or a gap ends a word."""
    words: list[dict[str, Any]] = []
    cur: list[dict[str, Any]] = []

    def flush() -> None:
        if cur:
            words.append(
                {
                    "text": "".join(c["text"] for c in cur),
                    "x0": min(c["x0"] for c in cur),
                    "x1": max(c["x1"] for c in cur),
                    "top": min(c["top"] for c in cur),
                    "bottom": max(c["bottom"] for c in cur),
                    "size": max(c["size"] for c in cur),
                    "fontname": cur[0]["fontname"],
                    "bold_chars": sum(1 for c in cur if c["bold"]),
                    "cid_before": cur[0]["after_cid"],
                    "index": len(words),  # content order: a text flow's words come one after another
                }
            )
            cur.clear()

    for k, ch in enumerate(chars):
        if ch.get("space"):
            flush()
            continue
        if cur:
            last = cur[-1]
            same_row = abs(ch["bottom"] - last["bottom"]) < 0.4 * max(last["size"], 1.0) or (
                min(ch["bottom"], last["bottom"]) - max(ch["top"], last["top"])
                > 0.6 * min(ch["bottom"] - ch["top"], last["bottom"] - last["top"])
            )
            gap = ch["x0"] - last["x1"]
            # a ligature ("ﬁ") comes as two characters sharing one box: never a break
            backwards = ch["x0"] < last["x0"] - 0.5
            nxt = chars[k + 1] if k + 1 < len(chars) else None
            wide = gap > max(0.18 * last["size"], 1.2) or _narrow_space(cur, ch, nxt)
            if not same_row or wide or backwards or _restyled(last, ch):
                flush()
        cur.append(ch)
    flush()
    return words


def _narrow_space(cur: list[dict[str, Any]], ch: dict[str, Any], nxt: dict[str, Any] | None) -> bool:
    """A word space the producer drew as a narrowed gap with no space glyph ("QA" + "Automation"
    set 0.1 em apart): clearly wider than the gaps between the letters on both sides of it, which
    sit flush (in tracked or small-capital text every gap is wide and uneven, and none of them
    breaks a word)."""
    if len(cur) < 2:
        return False
    size = max(float(cur[-1]["size"]), 1.0)
    near = [float(b["x0"]) - float(a["x1"]) for a, b in zip(cur, cur[1:], strict=False)]
    if nxt is not None and not nxt.get("space"):
        near.append(float(nxt["x0"]) - float(ch["x1"]))
    gap = float(ch["x0"]) - float(cur[-1]["x1"])
    return gap > T.NARROW_SPACE * size and max(near) < T.FLUSH_GAP * size


def _restyled(last: dict[str, Any], ch: dict[str, Any]) -> bool:
    """A letter, digit or abbreviation's full stop, then a digit in a clearly different font size:
    two words set flush against each other ("Acme Corp", "Lyon 2" or "Acme B.V." + a smaller
    "2016 - Present"), never one number; so is a capital in a clearly bigger size, and a capital
    in another weight after a digit (a year + a bold title). (A smaller "st" after "1" is a
    superscript ordinal, and stays.)"""
    if not (last["text"].isalnum() or last["text"] == "."):
        return False
    if ch["text"].isdigit():
        return _sizes_differ(ch, last)
    if last["text"].isdigit() and ch["text"].isupper() and ch["bold"] != last["bold"]:
        return True  # a dates cell run up against a bold title: "Jan 2022" + "Registered Nurse"
    # a capital in a clearly bigger size after a letter opens a word set flush against the last
    # ("Now" + a heading column's "Skills"); small capitals only ever get smaller after their capital
    return ch["text"].isupper() and ch["size"] > last["size"] and _sizes_differ(ch, last)


def _wordlike(word: dict[str, Any]) -> bool:
    return sum(c.isalnum() for c in word["text"]) >= 2


def _sizes_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return abs(float(a["size"]) - float(b["size"])) > T.SIZE_CHANGE * max(float(a["size"]), float(b["size"]))


def _lines_from_chars(chars: list[dict[str, Any]], number: int) -> tuple[list[Line], int]:
    """Lines of one page in reading order, and the most columns seen on it."""
    words = _words_from_chars(chars)
    if not words:
        return [], 1
    rows = _rows(words)
    typical = _typical_gap(rows)
    seg_rows = _cut_flow_breaks([r for r in (_segments(row, typical) for row in rows) if r])
    seg_rows, lists = _cut_list_columns(seg_rows)
    ordered, columns = _order(seg_rows, depth=0, lists=lists)
    lines = [ln for ln in (_to_line(seg, number) for seg in ordered) if ln.text]
    _set_gaps(lines)
    return lines, columns


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group words into visual rows by vertical overlap."""
    rows: list[list[dict[str, Any]]] = []
    spans: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (round(float(w["bottom"]), 0), float(w["x0"]))):
        top, bottom = float(w["top"]), float(w["bottom"])
        h = max(bottom - top, 1.0)
        placed = False
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            rt, rb = spans[k]
            overlap = min(bottom, rb) - max(top, rt)
            if overlap >= 0.5 * min(h, rb - rt):
                rows[k].append(w)
                spans[k] = (min(rt, top), max(rb, bottom))
                placed = True
                break
        if not placed:
            rows.append([w])
            spans.append((top, bottom))
    order = sorted(range(len(rows)), key=lambda k: spans[k][0])
    return [part for k in order for part in _unstack(sorted(rows[k], key=lambda w: float(w["x0"])))]


def _unstack(row: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A row whose words overprint each other (a theme drew a header over the last line of a list at
    a page break, an email ran under a bigger title beside it) is two rows, the one that starts
    higher first: words are split by size (an icon keeps its text's size), then by baseline. Words
    on one row never overlap by more than kerning; fake bold copies are already gone."""
    if all(float(b["x0"]) >= float(a["x1"]) - T.OVERPRINT for a, b in zip(row, row[1:], strict=False)):
        return [row]
    parts = [
        line
        for same_size in _split_by(row, "size", T.SIZE_ROUNDING)
        for line in _split_by(same_size, "bottom", T.OVERPRINT_PITCH * float(same_size[0]["size"]))
    ]
    parts.sort(key=lambda part: min(float(w["top"]) for w in part))
    return [sorted(part, key=lambda w: float(w["x0"])) for part in parts]


def _split_by(row: list[dict[str, Any]], key: str, step: float) -> list[list[dict[str, Any]]]:
    """The row's words in groups whose ``key`` values lie within ``step`` of their neighbours'."""
    parts: list[list[dict[str, Any]]] = []
    for w in sorted(row, key=lambda w: float(w[key])):
        if parts and float(w[key]) - float(parts[-1][-1][key]) < step:
            parts[-1].append(w)
        else:
            parts.append([w])
    return parts


def _typical_gap(rows: list[list[dict[str, Any]]]) -> float:
    """The page's usual space between words, in points."""
    gaps = []
    for row in rows:
        for a, b in zip(row, row[1:], strict=False):
            gap = float(b["x0"]) - float(a["x1"])
            if 0 < gap < 0.6 * float(a["size"]):
                gaps.append(gap)
    return statistics.median(gaps) if gaps else 0.0


def _segments(row: list[dict[str, Any]], typical: float = 0.0) -> list[_Seg]:
    """Cut a row at gaps wider than about one em: columns and right-aligned dates become separate.

    Gaps of 3.5 usual word spaces (at least 0.75 em) cut too: tag "pills" and table cells. So does
    a change of font size between words set flush, with no space between them.
    """
    segs: list[_Seg] = []
    current: list[dict[str, Any]] = []
    for w in row:
        if current:
            size = max(float(current[-1]["size"]), float(w["size"]), 4.0)
            gap = float(w["x0"]) - float(current[-1]["x1"])
            letter_spaced = len(current[-1]["text"]) == 1 and len(w["text"]) == 1
            wide = gap > 1.15 * size or (typical > 0 and gap > max(0.75 * size, 3.5 * typical))
            # text set flush against text in another size belongs to another block (see T.FLUSH_GAP)
            # (an icon or bullet glyph in its own size stays with its text)
            restyled = gap < T.FLUSH_GAP * size and _sizes_differ(current[-1], w)
            # (small capitals drawn as a capital and a smaller lower-case "sent" stay one piece)
            opens = w["text"][:1].isupper() or w["text"][:1].isdigit()
            wide = wide or (restyled and opens and _wordlike(current[-1]) and _wordlike(w))
            wide = wide or _another_run(current[-1], w)
            # a bullet glyph set apart from its text by a tab stays with the text
            bullet_only = len(current) == 1 and current[0]["text"] in _BULLETS and gap < 4 * size
            if wide and not (letter_spaced and gap < 2.5 * size) and not bullet_only:
                segs.append(_Seg(current))
                current = []
        current.append(w)
    if current:
        segs.append(_Seg(current))
    return segs


def _another_run(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two words on one baseline in other fonts and clearly other sizes (see T.SIZE_CHANGE) are two
    pieces of text, even a word space apart, when the second opens with a capital: a section
    heading the typesetter ran on after the last line of a paragraph ("... code reviews." + a bold
    16 pt "Experience"), a school's name in bold and its courses after it in smaller type. Small
    capitals drawn by shrinking lower-case letters change size but keep their font; a smaller
    "at Acme" after a bold title opens in lower case; an icon or a bullet glyph is no word."""
    return (
        _sizes_differ(a, b)
        and a.get("fontname") != b.get("fontname")
        and _wordlike(a)
        and _wordlike(b)
        and b["text"][:1].isupper()
    )


def _cut_flow_breaks(rows: list[list[_Seg]]) -> list[list[_Seg]]:
    """Cut a segment where it runs on into or out of another text flow set close beside it (a
    dates cell, a rail), at a word that does not follow the word before it in the content stream:

    - a date (or the closing "Present" of a range a cell broke) on either side of the break, the
      other side starting at the left edge of a segment on the row above or below ("Acme Rail
      Systems" + the "Dec 2021" of a dates cell whose other rows stand apart; a left rail's
      "November 2022" + "Pinecrest Systems");
    - any text, when the break lies at such a segment edge, or at a flow edge
      (:func:`_flow_edges`) after a short rail piece, and its white gap is wider than a word
      space (a rail's "Berlin, Germany" + "Mentored ..." of the text column, an employer + the
      "Austin," of a location cell over its "TX", set a little closer than a segment gap). A
      line of text that runs up to a date beside it stays whole there: the next stages read the
      date off its end.
    """
    starts = [{round(seg.x0) for seg in row[1:]} for row in rows]
    flows = {round(x) + d for x in _flow_edges(rows) for d in (-1, 0, 1)}

    def cell_edge(k: int, x: float) -> bool:
        near = [starts[j] for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        return any(round(x) + d in edges for edges in near for d in (-1, 0, 1))

    def breaks(k: int, words: list[dict[str, Any]], j: int) -> bool:
        a, b = words[j - 1], words[j]
        x0 = float(b["x0"])
        if b["index"] == a["index"] + 1 or x0 < float(a["x1"]):
            return False
        rail = round(x0) in flows and j <= T.UNKNOWN_HEADING_MAX_WORDS
        if (rail or cell_edge(k, x0)) and x0 - float(a["x1"]) > T.FLOW_BREAK_GAP * float(a["size"]):
            return True
        dated = _date_cell_piece(_Seg(words[j:])) or _date_cell_piece(_Seg(words[:j]))
        return dated and cell_edge(k, x0)

    out = []
    for k, row in enumerate(rows):
        cut: list[_Seg] = []
        for seg in row:
            words = seg.words
            at = next((j for j in range(1, len(words)) if breaks(k, words, j)), None)
            cut.extend((_Seg(words[:at]), _Seg(words[at:])) if at else (seg,))
        out.append(cut)
    return out


def _order(
    rows: list[list[_Seg]], depth: int, ids: list[int] | None = None, lists: tuple[float, ...] = ()
) -> tuple[list[_Seg], int]:
    """Reading order of the segments: column regions left column first, full-width rows in place.

    Returns the segments and the most columns side by side in a region at least ``_TALL`` high
    (a short grid of skills does not make a two-column resume). Each column gets its own id.
    ``lists`` are the left edges of lists' second sub-columns (:func:`_cut_list_columns`): no page
    gutter runs there, and a region holding such lists reads them band by band (:func:`_flat`).
    """
    ids = ids if ids is not None else [0]
    if depth > 3 or len(rows) < 4:
        return _flat(rows, lists), 1
    choice = _best_gutter(rows, lists)
    if choice is None:
        return _flat(rows, lists), 1
    rows, (g0, g1) = choice
    out: list[_Seg] = []
    columns = 1
    run: list[list[_Seg]] = []
    run_ok: bool | None = None

    def two_columns(part: list[list[_Seg]]) -> None:
        nonlocal columns
        left = [[s for s in row if s.x1 <= g0] for row in part]
        right = [[s for s in row if s.x0 >= g1] for row in part]
        _dates_to_their_headers(left, right)
        sides = 0
        for side in (left, right):
            side = [r for r in side if r]
            segs, cols = _order(side, depth + 1, ids, lists)
            ids[0] += 1
            for s in segs:
                s.column = s.column or ids[0]
            out.extend(segs)
            sides += cols
        if part[-1][0].top - part[0][0].top >= _TALL:
            columns = max(columns, sides)

    def flush() -> None:
        nonlocal columns, run
        if not run:
            return
        if run_ok and _run_support(run, g0, g1) > 0:
            band = _band_end(run, g0, g1)
            while band is not None:  # entries side by side (or a rail), then the next section
                end, grid = band
                if grid:
                    two_columns(run[:end])
                else:
                    out.extend(_flat(run[:end], lists))
                run = run[end:]
                band = _band_end(run, g0, g1)
            if _run_support(run, g0, g1) > 0:
                two_columns(run)
            else:
                out.extend(_order(run, depth + 1, ids, lists)[0])
        elif len(run) < len(rows):
            segs, cols = _order(run, depth + 1, ids, lists)
            out.extend(segs)
            columns = max(columns, cols)
        else:
            out.extend(_flat(run, lists))

    for row in rows:
        ok = all(s.x1 <= g0 or s.x0 >= g1 for s in row)
        if run and ok != run_ok:
            flush()
            run = []
        run_ok = ok
        run.append(row)
    flush()
    return out, columns


_TALL = 100.0  # points: a column region shorter than this is a grid, not a page layout


def _band_end(run: list[list[_Seg]], g0: float, g1: float) -> tuple[int, bool] | None:
    """Where a band of rows ends whose right side stops while the left side goes on with a new
    section heading (the index of that heading's row), and whether it is a grid; None when the run
    is no such band. Read as two long columns, the right side would land under that heading.

    - a grid: entries set side by side (two schools in a grid row); the right item starts on a row
      of the left one and shares its rows with it (a name wrapped onto one more row may not). The
      band reads left item, then right item.
    - a rail: the left side's text in the band is a section heading and the dates of the entries
      beside them; the band reads row by row, each date with its entry.
    """
    from resume_tailor.resume.headings import heading_kind

    right = [k for k, row in enumerate(run) if any(s.x0 >= g1 for s in row)]
    if not right or right[-1] == len(run) - 1:
        return None
    below = run[right[-1] + 1]
    head = below[0] if below else None
    if head is None or len(head.words) > T.UNKNOWN_HEADING_MAX_WORDS or not heading_kind(_text(head)):
        return None
    paired = [k for k in right if any(s.x1 <= g0 for s in run[k])]
    if paired and paired[0] == right[0] and 3 * (len(right) - len(paired)) <= len(right):
        return right[-1] + 1, True
    left = [s for row in run[: right[-1] + 1] for s in row if s.x1 <= g0]
    dates = [s for s in left if _date_cell_piece(s)]
    named = all(_date_cell_piece(s) or heading_kind(_text(s)) for s in left)
    return (right[-1] + 1, False) if dates and named else None


def _glyph(seg: _Seg) -> bool:
    """The segment opens with a list item's bullet glyph (a dash, a dot, a square...)."""
    first = seg.words[0]["text"]
    return len(first) == 1 and first in _BULLETS and not first.isalnum()


def _cut_list_columns(rows: list[list[_Seg]]) -> tuple[list[list[_Seg]], tuple[float, ...]]:
    """A list set in two sub-columns (CSS ``columns: 2`` on an entry's bullets) leaves a word space
    or two between its columns, too little for a segment break: "...2 million" + "· Added ...". The
    right column's items start at one left edge right after the left column's text without
    following it in the content stream; where a bullet glyph starts there, the rows are cut at
    that edge (only where the content stream breaks). Returns the rows and the edges that have
    list items on their left too (the others part a column of dates or labels from its text)."""
    edges: list[float] = []
    for edge in _flow_edges(rows):
        cut = [_cut_row(row, edge) for row in rows]
        opens = (
            _glyph(s) and abs(s.x0 - edge) <= 1.0 and any(o.x1 <= edge for o in r) for r in cut for s in r
        )
        if any(opens):
            rows = cut
            if any(_glyph(s) and s.x1 <= edge for r in cut for s in r):
                edges.append(edge)
    return rows, tuple(edges)


def _flat(rows: list[list[_Seg]], lists: tuple[float, ...]) -> list[_Seg]:
    """A region's segments row by row, or band by band where it holds lists in two sub-columns."""
    for edge in lists:
        bands = _list_bands(rows, edge)
        if bands is not None:
            return bands
    return [s for row in rows for s in row]


def _list_bands(rows: list[list[_Seg]], edge: float) -> list[_Seg] | None:
    """Reading order of rows whose part right of ``edge`` holds only list items, their wrapped
    lines and header dates: lists set in two sub-columns, entry by entry, not a page column. Each
    band of rows made of list pieces reads its left column, then its right; any other row (an
    entry header and its dates, a line across both) reads left to right in place. None when the
    rows are not such lists."""
    sides = (lambda s: s.x1 <= edge + 1.0, lambda s: s.x0 >= edge - 1.0)
    rails = [
        {s.x0 for r in rows for s in r if side(s) and _glyph(s)}
        | {float(s.words[1]["x0"]) for r in rows for s in r if side(s) and _glyph(s) and len(s.words) > 1}
        for side in sides
    ]
    if not all(rails):
        return None

    def piece(seg: _Seg) -> bool:
        on = [rail for side, rail in zip(sides, rails, strict=True) if side(seg)]
        return bool(on) and any(abs(seg.x0 - x) <= 1.0 for x in on[0])

    if not all(piece(s) or _date_only(s) for r in rows for s in r if sides[1](s)):
        return None
    out: list[_Seg] = []
    band: list[list[_Seg]] = []
    for row in [*rows, []]:
        if row and all(piece(s) for s in row):
            band.append(row)
            continue
        for side in sides:
            out.extend(s for r in band for s in r if side(s))
        band = []
        out.extend(row)
    return out


def _dates_to_their_headers(left: list[list[_Seg]], right: list[list[_Seg]]) -> None:
    """An entry's dates set flush right on its header row belong to that header, even when the
    entry's list below runs in two sub-columns that make the page look like two columns (the dates
    would be read after the whole left column, every entry undated). Moves, row by row, a date-only
    segment at the right column's right edge to the left side when the left part of its row is a
    header: bold, or bigger than most of the left side's text, and no section name (a sidebar's
    "EDUCATION" level with the main column's dates labels the sidebar, not that entry)."""
    from resume_tailor.resume.headings import VOCAB, normalize_heading

    edge = max((s.x1 for row in right for s in row), default=0.0)
    sizes = sorted(_seg_size(s) for row in left for s in row)
    if not sizes:
        return
    usual = sizes[len(sizes) // 2]
    for lrow, rrow in zip(left, right, strict=True):
        if len(rrow) != 1 or not lrow or edge - rrow[0].x1 > T.RAIL_ALIGN or not _date_only(rrow[0]):
            continue
        head = lrow[0]
        if normalize_heading(" ".join(w["text"] for w in head.words)) in VOCAB:
            continue  # a whole section name ("TECHNICAL SKILLS"), not a role named after one
        bold = sum(w["bold_chars"] for w in head.words) >= 0.6 * sum(len(w["text"]) for w in head.words)
        if bold or _seg_size(head) >= usual + T.HEADING_SIZE_STEP:
            lrow.append(rrow.pop())


def _seg_size(seg: _Seg) -> float:
    return statistics.median(float(w["size"]) for w in seg.words)


def _date_cell_piece(seg: _Seg) -> bool:
    """A dates cell's text on one row: a date, or the closing half of a range the cell broke
    ("04/2022 –" / "Present")."""
    return _date_only(seg) or closes_range(_text(seg))


def _date_only(seg: _Seg) -> bool:
    rest = beside_dates(" ".join(w["text"] for w in seg.words))
    return rest is not None and len(rest.split()) <= 1


def _best_gutter(
    rows: list[list[_Seg]], lists: tuple[float, ...] = ()
) -> tuple[list[list[_Seg]], tuple[float, float]] | None:
    """The best-supported gutter, white (:func:`_find_gutter`) or too narrow to see
    (:func:`_narrow_gutter`), with the rows cut to it; none ends at a list's sub-column edge."""
    wide = _find_gutter(rows, lists)
    narrow = _narrow_gutter(rows)
    if narrow is not None and _at_list_edge(narrow[2], lists):
        narrow = None
    if narrow is not None and (wide is None or narrow[0] > wide[0]):
        return narrow[1], narrow[2]
    return (rows, wide[1]) if wide is not None else None


def _at_list_edge(gutter: tuple[float, float], lists: tuple[float, ...]) -> bool:
    return any(gutter[0] - T.RAIL_ALIGN <= edge <= gutter[1] + T.RAIL_ALIGN for edge in lists)


def _find_gutter(
    rows: list[list[_Seg]], lists: tuple[float, ...] = ()
) -> tuple[float, tuple[float, float]] | None:
    """The widest-supported vertical strip that no row crosses over a run of rows with text on both
    sides, with its support."""
    lo = int(min(s.x0 for row in rows for s in row))
    hi = int(max(s.x1 for row in rows for s in row)) + 1
    width = hi - lo
    if width < 100:
        return None
    blocked = [0] * (width + 1)
    for row in rows:
        for s in row:
            a, b = int(s.x0) - lo, min(int(s.x1) - lo + 1, width)
            for x in range(max(a, 0), b):
                blocked[x] += 1
    limit = max(1, int(0.4 * len(rows)))
    candidates: list[tuple[int, int]] = []
    start: int | None = None
    for x in range(30, width - 30):
        if blocked[x] <= limit:
            if start is None:
                start = x
        else:
            if start is not None and x - start >= 6:
                candidates.append((start, x))
            start = None
    if start is not None and width - 30 - start >= 6:
        candidates.append((start, width - 30))
    best: tuple[float, tuple[float, float]] | None = None
    for a, b in candidates:
        # narrow the strip to the bins blocked by the fewest rows
        low = min(blocked[a:b])
        xs = [x for x in range(a, b) if blocked[x] == low]
        g0, g1 = float(lo + xs[0]), float(lo + xs[-1] + 1)
        if g1 - g0 < 4 or _at_list_edge((g0, g1), lists):
            continue
        score = _gutter_support(rows, g0, g1)
        if score and (best is None or score > best[0]):
            best = (score, (g0, g1))
    return best


def _narrow_gutter(rows: list[list[_Seg]]) -> tuple[float, list[list[_Seg]], tuple[float, float]] | None:
    """A gutter too narrow to see as white space: two text flows set side by side with a word space
    between them or less (a page laid out as table cells with no padding). The right flow's words
    share a left edge; where a row's words run across that edge without a break, the words on its
    right do not follow those on its left in the content stream (another cell's text).

    Returns the support, the rows with segments cut at the edge, and the gutter as a zero-width strip.
    """
    best: tuple[float, list[list[_Seg]], float] | None = None
    for edge in _flow_edges(rows):
        cut = [_cut_row(row, edge) for row in rows]
        if _heading_rail(cut, edge):
            continue
        score, run = _best_run(cut, edge, edge)
        if _white_before(run, edge) >= T.NARROW_GUTTER:
            continue
        if score and (best is None or score > best[0]):
            best = (score, cut, edge)
    return (best[0], best[1], (best[2], best[2])) if best else None


def _heading_rail(rows: list[list[_Seg]], edge: float) -> bool:
    """One side of the edge is a rail of section names set beside the text they head (a heading
    column flush against the dates), not a flow of text: its rows are read with the rows they
    label, not after them."""
    from resume_tailor.resume.headings import heading_kind

    for side in ([s for r in rows for s in r if s.x1 <= edge], [s for r in rows for s in r if s.x0 >= edge]):
        names = sum(1 for s in side if len(s.words) <= T.UNKNOWN_HEADING_MAX_WORDS and heading_kind(_text(s)))
        if side and names >= T.SIDE_LABEL_SHARE * len(side):
            return True
    return False


def _text(seg: _Seg) -> str:
    return " ".join(w["text"] for w in seg.words)


def _flow_edges(rows: list[list[_Seg]]) -> list[float]:
    """Left edges, shared by at least NARROW_GUTTER_ROWS rows, of words that follow other text on
    their row without following it in the content stream."""
    rows_at: dict[int, set[int]] = {}
    for k, row in enumerate(rows):
        words = [w for s in row for w in s.words]
        for a, b in zip(words, words[1:], strict=False):
            if b["index"] != a["index"] + 1 and float(b["x0"]) >= float(a["x1"]):
                rows_at.setdefault(round(float(b["x0"])), set()).add(k)
    edges: list[int] = []
    for x, ks in sorted(rows_at.items()):
        near = ks | rows_at.get(x - 1, set()) | rows_at.get(x + 1, set())
        if len(near) >= T.NARROW_GUTTER_ROWS and not (edges and x - edges[-1] <= 1):
            edges.append(x)
    return [_edge_at(rows, x) for x in edges]


def _white_before(rows: list[list[_Seg]], edge: float) -> float:
    """The white space left of ``edge``: from the rightmost end of a segment that stops short of it."""
    return edge - max((s.x1 for row in rows for s in row if s.x1 <= edge), default=0.0)


def _edge_at(rows: list[list[_Seg]], x: float) -> float:
    """The exact left edge of the words starting within a point of ``x``."""
    return min(float(w["x0"]) for row in rows for s in row for w in s.words if abs(float(w["x0"]) - x) <= 1.0)


def _cut_row(row: list[_Seg], edge: float) -> list[_Seg]:
    """The row with each segment whose words lie on both sides of ``edge`` cut there, when the
    words right of it do not follow the words left of it in the content stream."""
    out: list[_Seg] = []
    for seg in row:
        left = [w for w in seg.words if float(w["x1"]) <= edge]
        right = seg.words[len(left) :]
        beside = left and right and all(float(w["x0"]) >= edge for w in right)
        if beside and right[0]["index"] != left[-1]["index"] + 1:
            out.extend((_Seg(left), _Seg(right)))
            continue
        out.append(seg)
    return out


def _gutter_support(rows: list[list[_Seg]], g0: float, g1: float) -> float:
    """How well a strip separates two columns: rows on both sides in its longest uncrossed run."""
    return _best_run(rows, g0, g1)[0]


def _best_run(rows: list[list[_Seg]], g0: float, g1: float) -> tuple[float, list[list[_Seg]]]:
    """The run of rows no segment crosses the strip in that best separates two columns, and its
    support (0 and no rows when none does)."""
    best: tuple[float, list[list[_Seg]]] = (0.0, [])
    run: list[list[_Seg]] = []
    for row in [*rows, []]:
        crossed = not row or any(s.x0 < g1 and s.x1 > g0 for s in row)
        if not crossed:
            run.append(row)
            continue
        support = _run_support(run, g0, g1)
        if support > best[0]:
            best = (support, run)
        run = []
    return best


def _run_support(run: list[list[_Seg]], g0: float, g1: float) -> float:
    """Rows with text on either side of the strip, or 0 when the run is not two real columns."""
    if len(run) < 4:
        return 0.0
    left = [s for r in run for s in r if s.x1 <= g0]
    right = [s for r in run for s in r if s.x0 >= g1]
    left_rows = sum(1 for r in run if any(s.x1 <= g0 for s in r))
    right_rows = sum(1 for r in run if any(s.x0 >= g1 for s in r))
    # A page layout has prose on at least one side; a grid of skills or dates does not.
    prose = sum(1 for seg in left if len(seg.words) >= 5), sum(1 for seg in right if len(seg.words) >= 5)
    if max(prose) < 2:
        return 0.0
    if _flush_right_rail(run, g0, g1) or _label_rail(run, g0):
        return 0.0
    if (
        left_rows >= 3
        and right_rows >= 3
        and _words(left) >= 6
        and _words(right) >= 6
        and not _mostly_meta(left)
        and not _mostly_meta(right)
    ):
        return float(left_rows + right_rows)
    return 0.0


def _flush_right_rail(run: list[list[_Seg]], g0: float, g1: float) -> bool:
    """The right side is short pieces set flush right, each level with text on the left ("Acme
    GmbH ........ Financial Analyst"): parts of the left side's rows, not a column of its own. A
    column is set flush left; its rows need no partner on the left."""
    rows = [r for r in run if any(s.x0 >= g1 for s in r)]
    right = [s for r in rows for s in r if s.x0 >= g1]
    if len(right) < 3 or any(not any(s.x1 <= g0 for s in r) for r in rows):
        return False
    edge = max(s.x1 for s in right)
    flush = all(edge - s.x1 <= T.RAIL_ALIGN and len(s.words) <= 6 for s in right)
    return flush and max(s.x0 for s in right) - min(s.x0 for s in right) > T.RAIL_ALIGN


def _label_rail(run: list[list[_Seg]], g0: float) -> bool:
    """The left side is short labels in the text's own size, set flush right against the gutter,
    most of them level with text on the right (a CV class's rail of dates and skill categories):
    parts of those rows, not a column. A sidebar's text is set flush left and runs its own rows;
    a rail of section headings (bigger) is read by the side-heading stage."""
    rows = [r for r in run if any(s.x1 <= g0 for s in r)]
    left = [s for r in rows for s in r if s.x1 <= g0]
    right = [s for r in run for s in r if s.x0 >= g0]
    if len(left) < 3 or not right or any(len(s.words) > T.UNKNOWN_HEADING_MAX_WORDS for s in left):
        return False
    usual = statistics.median(_seg_size(s) for s in right)
    if any(_seg_size(s) >= usual + T.HEADING_SIZE_STEP for s in left):
        return False
    edge = max(s.x1 for s in left)
    ragged = max(s.x0 for s in left) - min(s.x0 for s in left) > T.RAIL_ALIGN
    if not ragged or any(edge - s.x1 > T.RAIL_ALIGN for s in left):
        return False
    return 2 * sum(1 for r in rows if any(s.x0 >= g0 for s in r)) >= len(rows)


def _words(segs: list[_Seg]) -> int:
    return sum(len(s.words) for s in segs)


def _mostly_meta(segs: list[_Seg]) -> bool:
    """True when a side holds mostly dates and locations: right-aligned metadata, not a column."""
    from resume_tailor.resume.contact import is_location

    def is_meta(seg: _Seg) -> bool:
        text = " ".join(w["text"] for w in seg.words)
        return len(seg.words) <= 6 and bool(_META_RE.search(text) or is_location(text))

    return sum(1 for s in segs if is_meta(s)) >= 0.6 * len(segs)


def _to_line(seg: _Seg, page: int) -> Line:
    words = [w for w in seg.words if w["text"]]
    cid_bullet = bool(words and words[0].get("cid_before"))
    if not words:
        return Line(text="", page=page)
    text = _join_words(words)
    sizes = [float(w["size"]) for w in words]
    bold_chars = sum(w["bold_chars"] for w in words)
    total = sum(len(w["text"]) for w in words)
    return Line(
        text=text,
        page=page,
        x0=float(words[0]["x0"]),
        x1=float(words[-1]["x1"]),
        top=min(float(w["top"]) for w in words),
        bottom=max(float(w["bottom"]) for w in words),
        size=round(statistics.median(sizes), 1),
        bold=bold_chars >= 0.6 * total,
        column=seg.column,
        list_item=cid_bullet,
    )


def _join_words(words: list[dict[str, Any]]) -> str:
    """Join words with spaces, closing up letter-spaced text ("J A N E  D O E" -> "JANE DOE")."""
    singles = sum(1 for w in words if len(w["text"]) == 1 and w["text"].isalpha())
    if len(words) >= 3 and singles >= 0.7 * len(words):
        gaps = [float(b["x0"]) - float(a["x1"]) for a, b in zip(words, words[1:], strict=False)]
        typical = statistics.median(gaps) if gaps else 0.0
        out = words[0]["text"]
        for gap, w in zip(gaps, words[1:], strict=True):
            out += (" " if gap > typical * 1.8 + 0.5 else "") + w["text"]
        return out
    return " ".join(w["text"] for w in words)


def _set_gaps(lines: list[Line]) -> None:
    prev: dict[int, Line] = {}
    for ln in lines:
        before = prev.get(ln.column)
        if before is not None and ln.size:
            ln.gap_before = max(0.0, (ln.top - before.bottom) / ln.size)
        prev[ln.column] = ln
