"""Small, tolerant readers for the HTML fragments careers sites return.

Pure functions over strings. BeautifulSoup (``html.parser``) is imported inside them so importing this
module stays cheap; malformed markup never raises, it just yields less.

>>> html_lines("<p>About &amp; us</p><ul><li>Python</li><li>Go</li></ul>")
['About & us', 'Python', 'Go']
>>> bullet_lines("- Bachelor's degree<br/>- 3+ years of Java")
["Bachelor's degree", '3+ years of Java']
"""

from __future__ import annotations

import json
import re
from typing import Any

_BLOCKS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "section",
    "article",
    "ul",
    "ol",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "header",
    "footer",
    "main",
    "table",
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25cf\u25aa\u2023\u2013\u00b7]|\d{1,2}[.)])\s*")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def soup(html: str) -> Any:
    """A BeautifulSoup tree of ``html`` (python's own parser: tolerant, no C dependency)."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def html_lines(html: str) -> list[str]:
    """The visible text of an HTML fragment as non-empty lines, one per block or list item."""
    if "<" not in html and "&" not in html:
        return [line for line in (_clean(x) for x in html.splitlines()) if line]
    tree = soup(html)
    for tag in tree(["script", "style", "noscript", "template"]):
        tag.decompose()
    for br in tree.find_all("br"):
        br.replace_with("\n")
    for tag in tree.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return [line for line in (_clean(x) for x in tree.get_text().split("\n")) if line]


def html_text(html: str) -> str:
    """:func:`html_lines` joined with newlines."""
    return "\n".join(html_lines(html))


def bullet_lines(text: str) -> list[str]:
    """Lines of an HTML-or-text list (``- item<br/>``, ``<li>``, ``• item``) without their bullets."""
    lines = html_lines(text)
    return [stripped for stripped in (_BULLET.sub("", line).strip() for line in lines) if stripped]


def split_qualifications(html_or_text: str) -> tuple[list[str], list[str]]:
    """(minimum, preferred) lines of a qualifications block headed "Minimum/Basic" and "Preferred".

    Lines before any heading count as minimum.
    """
    required: list[str] = []
    preferred: list[str] = []
    target = required
    for line in bullet_lines(html_or_text):
        heading = line.lower().rstrip(":").strip()
        if len(heading) < 60 and "qualification" in heading or heading in ("requirements", "nice to have"):
            target = preferred if ("prefer" in heading or "nice" in heading) else required
            continue
        target.append(line)
    return required, preferred


def json_ld_objects(html: str) -> list[dict[str, Any]]:
    """Every JSON-LD object of a page, with ``@graph`` and top-level lists flattened; bad blocks skipped."""
    found: list[dict[str, Any]] = []
    for tag in soup(html).find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            data = json.loads(tag.string or tag.get_text() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def json_ld_job_posting(html: str) -> dict[str, Any] | None:
    """The first schema.org ``JobPosting`` object of a page, or None."""
    for item in json_ld_objects(html):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower().endswith("jobposting") for k in kinds):
            return item
    return None


def main_html(html: str) -> str:
    """The main content of a page: ``<main>``/``<article>``/``[role=main]`` if present, else ``<body>``,
    with navigation, header, footer, scripts and forms removed."""
    tree = soup(html)
    for tag in tree(
        [
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
            "footer",
            "form",
            "svg",
            "iframe",
            "aside",
        ]
    ):
        tag.decompose()
    node = tree.find("main") or tree.find(attrs={"role": "main"}) or tree.find("article") or tree.body or tree
    return str(node)


def page_title(html: str) -> str | None:
    """The first ``<h1>``, else ``og:title``, else ``<title>``."""
    tree = soup(html)
    h1 = tree.find("h1")
    if h1 and _clean(h1.get_text(" ")):
        return _clean(h1.get_text(" "))
    og = tree.find("meta", attrs={"property": "og:title"})
    if og and og.get("content"):
        return _clean(str(og["content"]))
    if tree.title and tree.title.string:
        return _clean(tree.title.string)
    return None


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
