"""Plain text and Markdown resumes -> lines: ``#`` headings, ALL CAPS lines, underlined lines, bullets."""

from __future__ import annotations

import re

from resume_tailor.resume.lines import Line

# The label holds no "[" and the URL no space or unbalanced parenthesis: linear on "[[[[…" and "[](((…"
# (issue 15), and "(…/Foo_(bar))" keeps its balanced pair.
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\(((?:[^\s()]|\([^\s()]*\))+)\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,}|_{3,}|~{3,})\s*$")


def read_text(text: str) -> list[Line]:
    """Split a text or Markdown document into lines, marking headings, bold and list items."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[Line] = []
    blank_before = False
    for i, src in enumerate(raw):
        stripped = src.strip()
        if not stripped:
            blank_before = True
            continue
        if _UNDERLINE.match(stripped):
            if lines and not blank_before and i > 0 and raw[i - 1].strip():
                lines[-1].underlined = True
                lines[-1].style_heading = True
            blank_before = False
            continue
        if re.fullmatch(r"[-*_]{3,}|<br\s*/?>|\|?[-:| ]+\|?", stripped):  # rules, table separators
            blank_before = True
            continue
        links = [m.group(2) for m in _MD_LINK.finditer(stripped)]
        body = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), stripped)
        links += [u.rstrip(").,;") for u in _URL.findall(body)]
        heading = False
        level = 0
        m = re.match(r"^(#{1,6})\s+(.*)$", body)
        if m:
            heading = True
            level = len(m.group(1))
            body = m.group(2).rstrip("#").strip()
        list_item = False
        m = re.match(r"^(?:[-*+•]|\d{1,2}[.)])\s+(.*)$", body)
        if m and not heading:
            list_item = True
            body = m.group(1)
        bold = bool(re.fullmatch(r"(\*\*|__).+\1:?", body))
        body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
        body = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"\1", body)  # no "*" inside: linear
        body = body.replace("\\", "") if "\\" in body and re.search(r"\\[-*_#.]", body) else body
        if body.startswith("|") and body.endswith("|"):  # a Markdown table row
            body = "  ".join(c.strip() for c in body.strip("|").split("|") if c.strip())
        indent = len(src.expandtabs(4)) - len(src.expandtabs(4).lstrip())
        lines.append(
            Line(
                text=body.strip(),
                x0=float(indent),
                style_heading=heading,
                level=level,
                list_item=list_item,
                bold=bold,
                gap_before=1.0 if blank_before else 0.0,
                links=links,
            )
        )
        blank_before = False
    return lines
