"""DOCX -> lines: body order with tables, headings by style or by bold/size, list paragraphs,
headers and footers, text boxes and inline content controls / tracked insertions (read from the XML,
python-docx skips them), merged table cells read once, and hyperlink targets.

The zip is stream-checked with a cap on decompressed bytes BEFORE python-docx sees it: python-docx
reads every referenced part fully into memory and has no guard of its own.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from resume_tailor.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    TailorError,
    one_line,
)
from resume_tailor.limits import MAX_PARAGRAPHS, MAX_XML_PART_BYTES, check_count
from resume_tailor.resume.lines import Line, is_bullet

MAX_DECOMPRESSED = 50 << 20
MAX_ENTRIES = 2000

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": _W, "mc": _MC}


@dataclass
class DocxDocument:
    """What the DOCX reader found."""

    lines: list[Line]
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_zip(
    data: bytes, *, name: str = "file", max_total: int = MAX_DECOMPRESSED, max_entries: int = MAX_ENTRIES
) -> int:
    """Inflate every member in bounded chunks; raise FileTooLargeError past ``max_total`` bytes.

    Lying size headers do not help an attacker: reading stops at the cap, and a wrong size fails
    the CRC check (CorruptFileError). Returns the total decompressed size.
    """
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > max_entries:
                raise FileTooLargeError(f"{name}: the DOCX holds {len(infos)} parts (limit {max_entries})")
            for info in infos:
                part = 0
                with z.open(info) as f:
                    while chunk := f.read(1 << 16):
                        total += len(chunk)
                        part += len(chunk)
                        if total > max_total:
                            raise FileTooLargeError(
                                f"{name}: the DOCX expands to more than {max_total >> 20} MB "
                                "when unpacked; refusing to read it"
                            )
                        if part > MAX_XML_PART_BYTES and info.filename.endswith((".xml", ".rels")):
                            raise FileTooLargeError(
                                f"{name}: the DOCX part {info.filename[:60]} holds more than "
                                f"{MAX_XML_PART_BYTES >> 20} MB of XML; this is not a resume"
                            )
    except TailorError:
        raise
    except Exception as exc:  # zipfile raises a dozen unrelated types on damaged input
        raise CorruptFileError(f"{name}: the DOCX is damaged ({one_line(exc)[:100]})") from None
    return total


def read_docx(data: bytes, *, name: str = "file") -> DocxDocument:
    """Read a DOCX into lines in document order (header, body, footer)."""
    check_zip(data, name=name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many unrelated types for damaged files
        raise CorruptFileError(
            f"{name}: the DOCX cannot be read ({str(exc)[:100] or type(exc).__name__})"
        ) from None
    # count before walking: python-docx's objects cost ~0.5 ms per paragraph, lxml's iter almost nothing
    check_count(sum(1 for _ in document.element.iter(f"{{{_W}}}p")), MAX_PARAGRAPHS, "paragraphs", name)
    out = DocxDocument(lines=[])
    try:
        ctx = _Context(out.links, _StyleIndex(document.styles.element), name)
        seen_parts: set[int] = set()
        # python-docx reads the page headers and footers lazily; contact details often live there
        header_lines: list[Line] = []
        footer_lines: list[Line] = []
        for section in document.sections:
            for attr, target in (
                ("first_page_header", header_lines),
                ("header", header_lines),
                ("footer", footer_lines),
                ("first_page_footer", footer_lines),
            ):
                if attr.startswith("first_page") and not section.different_first_page_header_footer:
                    continue  # Word prints a first-page header only when the section asks for one
                part = getattr(section, attr)
                if part.is_linked_to_previous:  # no definition of its own (or the previous one's)
                    continue
                key = id(part._element)
                if key in seen_parts:
                    continue
                seen_parts.add(key)
                _walk(_blocks(part._element, part), target, ctx)
        body: list[Line] = []
        _walk(_blocks(document.element.body, document._body), body, ctx)
    except TailorError:
        raise
    except Exception as exc:
        raise CorruptFileError(
            f"{name}: the DOCX cannot be read ({str(exc)[:100] or type(exc).__name__})"
        ) from None
    # Headers and footers hold contact details more often than anything else: read them first.
    out.lines = _dedupe_headers(header_lines + footer_lines) + body
    default = _default_size(document)
    for ln in out.lines:  # runs without an explicit size use the document's default size
        ln.size = ln.size or default
    if not any(ln.text.strip() for ln in out.lines):
        raise EmptyDocumentError(f"{name}: the DOCX has no text")
    return out


def _default_size(document: Any) -> float:
    """The body font size: the Normal style's, else the document defaults' (w:docDefaults), else 11."""
    try:
        normal = document.styles["Normal"].font.size
        if normal is not None:
            return float(normal.pt)
    except KeyError:
        pass
    sz = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    return int(sz[0]) / 2 if sz and str(sz[0]).isdigit() else 11.0


def _dedupe_headers(lines: list[Line]) -> list[Line]:
    seen: set[str] = set()
    result = []
    for ln in lines:
        if ln.text not in seen:
            seen.add(ln.text)
            result.append(ln)
    return result


def _blocks(element: Any, parent: Any) -> Any:
    """Paragraphs and tables of a container in document order, including those inside content
    controls (``w:sdt``), which Word templates use a lot and ``iter_inner_content`` skips."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, parent)
        elif tag == "tbl":
            yield Table(child, parent)
        elif tag in ("sdt", "customXml", "smartTag"):
            content = child.find(f"{{{_W}}}sdtContent") if tag == "sdt" else child
            if content is not None:
                yield from _blocks(content, parent)


class _StyleIndex:
    """Styles by id, read once: python-docx scans every style per paragraph and per run (an XPath
    per lookup), which took 64 s on a DOCX with 20,000 styles. Same answers, one dict lookup."""

    def __init__(self, styles_element: Any) -> None:
        from docx.styles.style import StyleFactory

        self._factory = StyleFactory
        self._by_id: dict[str, Any] = {}
        self._default: dict[Any, Any] = {}
        for el in styles_element.iterchildren(f"{{{_W}}}style"):
            self._by_id.setdefault(el.styleId, el)  # the first one, as python-docx's lookup
            if el.default:
                self._default[el.type] = el  # the last default, as the spec (and python-docx) says
        self._made: dict[int, Any] = {}

    def get(self, style_id: str | None, style_type: Any) -> Any:
        """The style object for ``style_id`` of ``style_type``, else the type's default (or None)."""
        el = self._by_id.get(style_id) if style_id else None
        if el is None or el.type != style_type:
            el = self._default.get(style_type)
        if el is None:
            return None
        made = self._made.get(id(el))
        if made is None:
            made = self._made[id(el)] = self._factory(el)
        return made


@dataclass
class _Context:
    """What the walk over a DOCX carries: links found, the style index, a paragraph budget."""

    links: list[str]
    styles: _StyleIndex
    name: str
    paragraphs: int = 0


def _walk(items: Any, out: list[Line], ctx: _Context) -> None:
    from docx.table import Table

    for item in items:
        if isinstance(item, Table):
            _table(item, out, ctx)
        else:
            ctx.paragraphs += 1
            check_count(ctx.paragraphs, MAX_PARAGRAPHS, "paragraphs", ctx.name)
            out.extend(_paragraph(item, ctx))
            out.extend(_text_boxes(item, ctx))


def _table(table: Any, out: list[Line], ctx: _Context) -> None:
    from docx.table import _Cell

    for row in table.rows:
        cells: list[list[Line]] = []
        # the row's own cells, not python-docx's grid view, which repeats a cell merged across
        # columns in each column and a cell merged down in every row below it
        for tc in row._tr.tc_lst:
            if tc.vMerge == "continue":  # the lower part of a cell merged down: read with its top
                continue
            cells.append([])
            _walk(_blocks(tc, _Cell(tc, table)), cells[-1], ctx)
        out.extend(_row_lines(cells))


# a cell beside an entry holding at most this many lines is read as that entry's side note (dates, place)
_SIDE_CELL_LINES = 2


def _row_lines(cells: list[list[Line]]) -> list[Line]:
    """A table row's lines in the order a reader sees them. Cells are read left to right, except
    that short cells to the right of an entry whose own cell goes on into a list (a date cell beside
    "Title, Employer" and its bullets) are read after the entry's header lines, before its list:
    printed level with the header, they belong to it, not after the last bullet."""
    lines = [ln for cell in cells for ln in cell]
    if len(cells) < 2:
        return lines
    main, side = cells[0], cells[1:]
    first_item = next((k for k, ln in enumerate(main) if k and is_bullet(ln)), None)
    if first_item is None or not any(side):
        return lines
    if any(len(cell) > _SIDE_CELL_LINES or any(is_bullet(ln) for ln in cell) for cell in side):
        return lines
    return [*main[:first_item], *(ln for cell in side for ln in cell), *main[first_item:]]


def _text_boxes(anchor: Any, ctx: _Context) -> list[Line]:
    """Paragraphs inside text boxes anchored in this paragraph (the VML fallback copy skipped), read
    like body paragraphs: their styles, list marks, sizes, tabs and manual line breaks count too."""
    from docx.text.paragraph import Paragraph

    boxes = anchor._p.xpath(  # a box inside a box is read with its outer box's paragraphs
        ".//*[local-name()='txbxContent'][not(ancestor::*[local-name()='Fallback'])]"
        "[not(ancestor::*[local-name()='txbxContent'])]"
    )
    lines: list[Line] = []
    for box in boxes:
        for p in box.iter(f"{{{_W}}}p"):
            ctx.paragraphs += 1
            check_count(ctx.paragraphs, MAX_PARAGRAPHS, "paragraphs", ctx.name)
            lines.extend(_paragraph(Paragraph(p, anchor), ctx))
    return lines


def _paragraph(p: Any, ctx: _Context) -> list[Line]:
    """A paragraph as lines: manual line breaks (``w:br``, Shift+Enter) split it."""
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    runs = [Run(r, p) for r in _inline(p._p, "r")]
    text = "".join(r.text for r in runs).replace("\t", "  ").strip()
    for h in (Hyperlink(el, p) for el in _inline(p._p, "hyperlink")):
        try:
            url = h.url
        except KeyError:  # its relationship is missing: the link's text is still read
            continue
        if url:
            ctx.links.append(url)
    if not text:
        return []
    from docx.enum.style import WD_STYLE_TYPE

    style = ctx.styles.get(p._p.style, WD_STYLE_TYPE.PARAGRAPH)
    style_name = (style.name or "") if style is not None else ""
    lower = style_name.lower()
    heading = lower.startswith("heading") or lower == "title"
    list_item = "list" in lower or _numbered(p._p.pPr, style, ctx.styles)
    runs = [r for r in runs if r.text.strip()]
    style_bold = bool(style is not None and style.font is not None and style.font.bold)
    bold = bool(runs) and all(_run_bold(r, style_bold, ctx.styles) for r in runs)
    size = 0.0
    sizes = [r.font.size.pt for r in runs if r.font.size is not None]
    if sizes:
        size = max(sizes)
    elif style is not None and style.font is not None and style.font.size is not None:
        size = style.font.size.pt
    level = 0
    if heading and lower != "title":
        digits = "".join(ch for ch in lower if ch.isdigit())
        level = int(digits) if digits else 1
        bold = bold or not any(r.bold is False for r in runs)  # heading styles are bold by default
    parts = [t.strip() for t in text.split("\n") if t.strip()]
    return [
        Line(
            text=part,
            style_heading=heading and lower != "title",
            bold=bold,
            size=size,
            list_item=list_item and k == 0,
            level=level,
        )
        for k, part in enumerate(parts)
    ]


# inline wrappers whose runs are printed: links, content controls, tracked insertions and moves,
# smart tags, custom XML, simple fields, text direction. python-docx's Paragraph.text reads only
# direct runs and links, so a name typed into a template's content control was lost.
_RUN_WRAPPERS = frozenset(
    f"{{{_W}}}{tag}"
    for tag in (
        "hyperlink",
        "sdt",
        "sdtContent",
        "ins",
        "moveTo",
        "smartTag",
        "customXml",
        "fldSimple",
        "dir",
        "bdo",
    )
)


def _inline(element: Any, tag: str, depth: int = 0) -> list[Any]:
    """The printed ``w:<tag>`` elements of a paragraph in order (runs, links), through inline
    wrappers; deleted and moved-away text (``w:del``, ``w:moveFrom``) and sdt properties are skipped."""
    found: list[Any] = []
    for child in element.iterchildren():
        if child.tag == f"{{{_W}}}{tag}":
            found.append(child)
        elif child.tag in _RUN_WRAPPERS and depth < 16:  # nesting is bounded like everything else
            found.extend(_inline(child, tag, depth + 1))
    return found


def _numbered(ppr: Any, style: Any, styles: _StyleIndex) -> bool:
    """Word numbers (or bullets) the paragraph: by its own ``w:numPr``, else by its style's or a base
    style's, as a template's "Achievement" style does. ``numId`` 0 switches numbering off."""
    for _ in range(8):  # a base-style chain is short; a cycle in a damaged file must not hang
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            return num_pr.numId.val != 0
        if style is None:
            return False
        ppr = style.element.pPr
        base_id = style.element.basedOn_val
        style = styles.get(base_id, style.type) if base_id else None
    return False


def _run_bold(run: Any, style_bold: bool, styles: _StyleIndex) -> bool:
    from docx.enum.style import WD_STYLE_TYPE

    if run.bold is not None:
        return bool(run.bold)
    run_style = styles.get(run._r.style, WD_STYLE_TYPE.CHARACTER)
    if run_style is not None and run_style.font is not None and run_style.font.bold:
        return True
    return style_bold
