"""Page furniture: page numbers, running headers and footers, print dates. None of it is content.

A page number ("2/2", "1", "Page 2 of 3", "- 2 -") or a print stamp ("February 10", "2/10/24, 3:45 PM",
a ``file://`` path) read as text becomes a bullet or, worse, a one-day job. A running header or footer
(the name and "Resume" on every page) repeats on several pages. In PDFs these sit on a page's first
or last rows; text files have no pages, so there only the patterns count.
"""

from __future__ import annotations

import re
from collections import defaultdict

from resume_tailor.resume import tolerances as T
from resume_tailor.resume.dates import MONTH_PATTERN
from resume_tailor.resume.lines import Line
from resume_tailor.resume.working import LayoutDoc

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:page\s*)?[-–(]?\s*\d{1,2}\s*[-–)]?(?:\s*(?:/|of|\|)\s*\d{1,2})?\s*(?:pages?)?\s*$"
    r"|^\s*page\s+\d{1,2}\b.*$|^\s*\d{1,2}\s*\|\s*page\s*$",
    re.IGNORECASE,
)
_PRINT_STAMP_RE = re.compile(
    rf"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\s*$"
    r"|^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b.*$"
    r"|^\s*file:///\S*(?:\s+\d{1,2}\s*/\s*\d{1,2})?\s*$",
    re.IGNORECASE,
)


def drop_furniture(doc: LayoutDoc) -> None:
    """Stage: copy ``doc.read`` to ``doc.lines`` without page furniture, noting why in ``doc.dropped``."""
    edges = _edge_lines(doc.read, set())
    for i, ln in enumerate(doc.read):
        on_edge = i in edges or not ln.bottom  # text sources: no pages, the pattern decides
        if on_edge and _PAGE_NUMBER_RE.match(ln.text):
            doc.dropped[i] = "page number"
        elif on_edge and _PRINT_STAMP_RE.match(ln.text):
            doc.dropped[i] = "print date or path stamp"
    # with the stamps gone, the rows inside them are the page's edges
    for i in _carried_over(doc.read, set(doc.dropped)):
        doc.dropped[i] = "repeats the last row of the page before (printed again after the break)"
    gone = set(doc.dropped)
    edges = _edge_lines(doc.read, gone)
    opening, running = _running_blocks(doc.read, gone)
    footer = {i for i in running if doc.read[i].page == 1}
    if not _holds_contact(doc.read, footer):
        footer = set()
    for i in (_repeated_edges(doc.read, edges, gone) | running) - footer:
        doc.dropped[i] = "running header or footer (repeats on other pages)"
    doc.origin = _footer_to_head([i for i in range(len(doc.read)) if i not in doc.dropped], opening, footer)
    doc.lines = [doc.read[i] for i in doc.origin]


def _holds_contact(lines: list[Line], footer: set[int]) -> bool:
    """The footer gives an email address, a phone number or a link."""
    from resume_tailor.resume.contact import find_email, find_links, find_phone

    text = "\n".join(lines[i].text for i in sorted(footer))
    return bool(find_email(text) or find_phone(text) or find_links(text))


def _footer_to_head(order: list[int], opening: set[int], footer: set[int]) -> list[int]:
    """Page 1's copy of a running footer read with the resume's opening lines: it holds the contact
    details (address, phone, links) the other pages repeat; read in place it would end the last
    section of page 1. It goes after page 1's running header, or after the first line."""
    if not footer or not order:
        return order
    rest = [i for i in order if i not in footer]
    after = max((rest.index(i) for i in opening if i in rest), default=0) + 1
    return [*rest[:after], *sorted(footer), *rest[after:]]


def _carried_over(lines: list[Line], gone: set[int]) -> set[int]:
    """The first row of a page when it repeats the last row of the page before: a browser prints an
    entry's header row again after a page break. The text must say more than a page number."""
    rows: dict[int, tuple[list[int], list[int]]] = {}
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.bottom and i not in gone:
            by_page[ln.page].append(i)
    for page, idx in by_page.items():
        first = min(lines[i].top for i in idx)
        last = max(lines[i].top for i in idx)
        top = sorted((i for i in idx if lines[i].top - first < T.SAME_ROW), key=lambda i: lines[i].x0)
        bottom = sorted((i for i in idx if last - lines[i].top < T.SAME_ROW), key=lambda i: lines[i].x0)
        rows[page] = (top, bottom)
    out: set[int] = set()
    for page, (top, _) in rows.items():
        if page - 1 not in rows:
            continue
        before = _row_key(lines, rows[page - 1][1])
        if len(re.findall(r"[a-z]", before)) >= 6 and before == _row_key(lines, top):
            out.update(top)
    return out


def _row_key(lines: list[Line], row: list[int]) -> str:
    return re.sub(r"[^a-z0-9]", "", " ".join(lines[i].text for i in row).lower())


def _edge_lines(lines: list[Line], gone: set[int]) -> set[int]:
    """Indices of lines on the first or last row of their page (PDF geometry only), ``gone`` aside."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.bottom and i not in gone:
            by_page[ln.page].append(i)
    out: set[int] = set()
    for idx in by_page.values():
        first = min(lines[i].top for i in idx)
        last = max(lines[i].top for i in idx)
        out.update(i for i in idx if lines[i].top - first < T.SAME_ROW or last - lines[i].top < T.SAME_ROW)
    return out


def _repeated_edges(lines: list[Line], edges: set[int], gone: set[int]) -> set[int]:
    """Edge lines whose text (digits aside) is on an edge of another page too. The first page's top
    rows are kept: a running header repeats the name that opens the resume."""
    pages: dict[str, set[int]] = defaultdict(set)
    for i in edges:
        pages[_shape(lines[i].text)].add(lines[i].page)
    out = set()
    for i in edges:
        ln = lines[i]
        if len(pages[_shape(ln.text)]) < 2 or not re.search(r"[A-Za-z]{2}", ln.text):
            continue
        if ln.page == 1 and _is_top(lines, i, gone):
            continue
        out.add(i)
    # "Priya Raman – Resume" atop page 2: the name that opens page 1, repeated as a running header
    opening = _opening_text(lines, gone)
    name = _largest_text(lines, gone)
    for i in edges:
        ln = lines[i]
        shape = _shape(ln.text)
        if (
            ln.page > 1
            and _is_top(lines, i, gone)
            and len(ln.text.split()) <= 8
            and ((opening and shape.startswith(opening)) or _names_the_owner(shape, name))
        ):
            out.add(i)
    return out


def _running_blocks(lines: list[Line], gone: set[int]) -> tuple[set[int], set[int]]:
    """Rows of a running header or footer several rows deep ("Priya Raman" / "Staff Engineer" atop
    every page; a contact line wrapped onto two rows below): from a page's top or bottom edge
    inwards, each row whose text is printed at the same height on another page, up to
    RUNNING_ROWS rows. Returns page 1's header rows (they open the resume) and the others."""
    rows = _page_rows(lines, gone)
    heights: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for page, page_rows in rows.items():
        for row in page_rows:
            heights[_row_shape(lines, row)].append((page, lines[row[0]].top))

    def repeats(row: list[int]) -> bool:
        page, top, shape = lines[row[0]].page, lines[row[0]].top, _row_shape(lines, row)
        return bool(re.search(r"[a-z]{2}", shape)) and any(
            q != page and abs(t - top) <= T.RUNNING_SHIFT for q, t in heights[shape]
        )

    opening: set[int] = set()
    out: set[int] = set()
    for page, page_rows in rows.items():
        for edge in (page_rows, page_rows[::-1]):
            for row in edge[: T.RUNNING_ROWS]:
                if not repeats(row):
                    break
                (opening if page == 1 and edge is page_rows else out).update(row)
    return opening, out


def _page_rows(lines: list[Line], gone: set[int]) -> dict[int, list[list[int]]]:
    """Each page's printed rows, top to bottom, as indices of their lines left to right."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.bottom and i not in gone:
            by_page[ln.page].append(i)
    out: dict[int, list[list[int]]] = {}
    for page, idx in by_page.items():
        rows: list[list[int]] = []
        for i in sorted(idx, key=lambda i: (lines[i].top, lines[i].x0)):
            if rows and lines[i].top - lines[rows[-1][0]].top < T.SAME_ROW:
                rows[-1].append(i)
            else:
                rows.append([i])
        out[page] = [sorted(row, key=lambda i: lines[i].x0) for row in rows]
    return out


def _row_shape(lines: list[Line], row: list[int]) -> str:
    return _shape(" ".join(lines[i].text for i in row))


_NAME_ROWS = 3  # the name is among page 1's first lines, under a title or a label at most


def _largest_text(lines: list[Line], gone: set[int]) -> str:
    """The shape of the line in the largest type among page 1's first (usually the name), when it
    has letters."""
    page_one = [ln for i, ln in enumerate(lines) if ln.page == 1 and ln.bottom and ln.size and i not in gone]
    page_one = sorted(page_one, key=lambda ln: (ln.top, ln.x0))[:_NAME_ROWS]
    big = max(page_one, key=lambda ln: ln.size, default=None)
    return _shape(big.text) if big is not None and re.search(r"[A-Za-z]{2}", big.text) else ""


def _names_the_owner(shape: str, name: str) -> bool:
    """A page's top row that is the owner's name alone ("Priya Raman" atop page 2, where page 1
    opens with "Curriculum vitae" and sets the name large under a label)."""
    return (
        bool(name) and len(shape.split()) >= 2 and len(re.sub(r"\W", "", shape)) >= 6 and name.endswith(shape)
    )


def _opening_text(lines: list[Line], gone: set[int]) -> str:
    """The shape of the first line of page 1 (usually the name), when it has letters."""
    page_one = (ln for i, ln in enumerate(lines) if ln.page == 1 and ln.bottom and i not in gone)
    first = min(page_one, key=lambda ln: ln.top, default=None)
    if first is None or not re.search(r"[A-Za-z]{2}", first.text):
        return ""
    return _shape(first.text)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _is_top(lines: list[Line], i: int, gone: set[int]) -> bool:
    ln = lines[i]
    return all(
        other.top >= ln.top - T.SAME_ROW
        for j, other in enumerate(lines)
        if other.page == ln.page and other.bottom and j not in gone
    )
