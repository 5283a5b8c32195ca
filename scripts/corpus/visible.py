"""Cut a person's truth down to what a rendered file actually shows.

Templates leave things out: a theme without a projects section, one that prints only the year, one
that shows a LinkedIn icon instead of the address. The truth of a file must be what a reader of
that file could see, so each item is kept only when its text is present in the file's own text,
read with an extractor that is not the project's parser (pdfminer's plain text for PDFs, the raw
``w:t`` runs of every part for DOCX). Comparison ignores case, spacing, punctuation and line breaks
(so wrapped or hyphenated lines still count as present). Text of five words or more also counts as
present when its words appear in order with at most ``GAP`` other words between them in all: a
bullet split by a page break (with the running header in between) or read around a date in the
margin is still on the page. Everything dropped is listed under ``hidden`` in the truth file.
"""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GAP = 40  # words of other text allowed inside one piece of truth (a running header, a date rail)
# squashed characters around a school's name in which its degree and field must show: "Statistics"
# elsewhere on the page ("Office for National Statistics") is not the degree's field
NEAR = 150
_PRESENT_WORDS = re.compile(r"\b(present|current|now|today|ongoing|aujourd['’]hui)\b", re.IGNORECASE)
# French month names and the abbreviations French themes print ("Févr. 2022", "Sept. 2018")
_FRENCH_MONTHS = (
    ("janvier", "janv"),
    ("février", "févr"),
    ("mars", "mars"),
    ("avril", "avr"),
    ("mai", "mai"),
    ("juin", "juin"),
    ("juillet", "juil"),
    ("août", "août"),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "déc"),
)


def squash(text: str | None) -> str:
    """Lower-case letters and digits only: the form in which truth is looked up in a file's text."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", "and")
    return re.sub(r"[^\w]|_", "", text)


def words(text: str | None) -> list[str]:
    """The squashed words of ``text``."""
    return [w for w in (squash(t) for t in (text or "").split()) if w]


class PageText:
    """A file's text in the forms the visibility test needs."""

    def __init__(self, text: str) -> None:
        # a theme that prints an HTML escape as it is ("Pell &amp; Ostrander") still shows the name
        text = html.unescape(text)
        self.flat = squash(text)
        joined = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # "pipe-\nlines" -> "pipelines"
        self.streams = [words(text), words(joined)]
        # web addresses keep their dots and slashes: "jane.doe@example.com" squashes to the same
        # letters as a site "janedoe.example.com" the file never prints
        text = unicodedata.normalize("NFKC", text).casefold()
        self.addresses = [re.sub(r"\s+", "", t) for t in (text, re.sub(r"-\s*\n\s*", "-", text))]

    def shows_address(self, key: str) -> bool:
        """Whether a web address (``link_key`` form) is printed, with its punctuation, and not only
        as the domain of an email address ("juneabernathy.example.com" in "hello@juneabernathy...")."""
        pattern = re.compile(r"(?<!@)" + re.escape(key))
        return bool(key) and any(pattern.search(flat) for flat in self.addresses)

    def shows(self, value: str | None) -> bool:
        """Whether ``value`` is present (see the module docstring)."""
        if not value:
            return False
        if squash(value) in self.flat:
            return True
        target = words(value)
        return len(target) >= 5 and any(_in_order(target, stream) for stream in self.streams)

    def shows_near(self, value: str | None, anchor: str, names: Iterable[str | None] = ()) -> bool:
        """Whether ``value`` shows (``shows``) within NEAR squashed characters of where ``anchor``
        shows, on its own: not inside one of ``names`` (other things the page may print, longer than
        ``value`` and containing it). When either is only found wrapped around a margin, ``shows``
        alone decides."""
        if not self.shows(value):
            return False
        target, mark = squash(value), squash(anchor)
        spots = [m.start() for m in re.finditer(re.escape(mark), self.flat)] if mark else []
        if target not in self.flat:
            return True
        free = self._without(target, names)
        if target not in free:
            return False  # every time, a word of a longer name ("Office for National Statistics")
        reach = NEAR + len(mark)
        return not spots or any(target in free[max(0, at - NEAR) : at + reach] for at in spots)

    def _without(self, target: str, names: Iterable[str | None]) -> str:
        """The squashed text with each name that contains ``target`` (and is longer) blanked out,
        character for character, so that distances stay as they were."""
        free = self.flat
        for name in sorted({squash(n) for n in names}, key=len, reverse=True):
            if target in name and name != target:
                free = free.replace(name, " " * len(name))
        return free


def _in_order(target: list[str], stream: list[str]) -> bool:
    """``target``'s words appear in ``stream`` in order with at most GAP other words between them."""
    for start, word in enumerate(stream):
        if word != target[0]:
            continue
        pos, skipped = start + 1, 0
        for want in target[1:]:
            while pos < len(stream) and stream[pos] != want and skipped <= GAP:
                pos += 1
                skipped += 1
            if pos >= len(stream) or skipped > GAP:
                break
            pos += 1
        else:
            return True
    return False


def link_key(url: str | None) -> str:
    """A URL without scheme, ``www.`` and trailing slash: "https://www.x.com/a/" -> "x.com/a"."""
    url = re.sub(r"^[a-z]+://", "", (url or "").strip().lower())
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def file_text(path: Path) -> tuple[str, list[str]]:
    """The plain text of a PDF or DOCX and the link targets it carries."""
    if path.suffix == ".pdf":
        return _pdf_text(path)
    return _docx_text(path)


def _pdf_text(path: Path) -> tuple[str, list[str]]:
    """pdfminer's laid-out text, then a form feed and the characters in content-stream order.

    Layout analysis sometimes reads a wrapped line around a date in the margin; the stream order
    (the order the producer drew the text in) keeps each piece of text whole, but has no spaces
    where the producer positioned words instead of writing spaces. Looking in both finds what
    is on the page.
    """
    import io
    import logging

    from pdfminer.converter import TextConverter
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    text = extract_text(str(path))
    links: list[str] = []
    stream = io.StringIO()
    with path.open("rb") as handle:
        doc = PDFDocument(PDFParser(handle))
        manager = PDFResourceManager()
        device = TextConverter(manager, stream, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.create_pages(doc):
            interpreter.process_page(page)
            for annot in resolve1(page.annots) or []:
                action = resolve1(resolve1(annot).get("A")) or {}
                uri = resolve1(action.get("URI"))
                if isinstance(uri, bytes):
                    links.append(uri.decode("latin-1"))
    return f"{text}\f{stream.getvalue()}", links


def _docx_text(path: Path) -> tuple[str, list[str]]:
    parts, links = [], []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                xml = archive.read(name).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.DOTALL):
                    runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
                    parts.append(html.unescape("".join(runs)))
            elif name.startswith("word/_rels/"):
                rels = archive.read(name).decode("utf-8")
                links += re.findall(r'Target="([^"]+)"[^>]*TargetMode="External"', rels)
    return "\n".join(parts), links


def _month_forms(value: str) -> list[str]:
    import calendar

    year, month = value[:4], int(value[5:7])
    french = _FRENCH_MONTHS[month - 1]
    return [
        squash(f"{calendar.month_abbr[month]} {year}"),
        squash(f"{calendar.month_name[month]} {year}"),
        f"{month:02d}{year}",
        f"{year}{month:02d}",
        *(squash(f"{name} {year}") for name in french),
    ]


def _shown_half(item: dict[str, Any], shows: Any) -> dict[str, Any] | None:
    """An activity as the page shows it: a theme that prints the role without its organisation (or
    the organisation without the role) still shows an activity, named by the half it prints."""
    title, org = item["title"], item["company"]
    if shows(title) and org and not shows(org):
        return {**item, "company": None}
    if org and shows(org) and not shows(title):
        return {**item, "title": org, "company": None}
    return item


def cut_to_visible(truth: dict[str, Any], text: str, links: list[str]) -> dict[str, Any]:
    """The part of ``truth`` that shows in a file with this ``text`` and these ``links``."""
    page = PageText(text)
    flat = page.flat
    shows = page.shows
    hidden: list[str] = []

    contact = {}
    for key in ("name", "email", "phone"):
        value = truth["contact"].get(key)
        if shows(value):
            contact[key] = value
        elif value:
            hidden.append(f"contact.{key}")
    link_keys = {link_key(u) for u in links}
    contact["links"] = []
    for url in truth["contact"].get("links", []):
        if page.shows_address(link_key(url)) or link_key(url) in link_keys:
            contact["links"].append(url)
        else:
            hidden.append(f"contact.link {url}")

    precision = _date_precision(truth, flat)
    has_present = bool(_PRESENT_WORDS.search(text))
    out: dict[str, Any] = {"contact": contact}
    for kind in ("experience", "projects", "activities"):
        kept = []
        for item in truth[kind]:
            label = f"{kind}: {item['title']} @ {item['company']}"
            item = _shown_half(item, shows) if kind == "activities" else item
            if item is None or not shows(item["title"]) or (item["company"] and not shows(item["company"])):
                hidden.append(label)
                continue
            bullets = [b for b in item["bullets"] if shows(b)]
            hidden += [f"{label}: bullet {b[:40]!r}" for b in item["bullets"] if not shows(b)]
            start, end = _cut_dates(item["start"], item["end"], precision, has_present)
            kept.append({**item, "start": start, "end": end, "bullets": bullets})
        out[kind] = kept
    out["education"] = []
    names = _printed_names(truth)
    for edu in truth["education"]:
        if not shows(edu["institution"]):
            hidden.append(f"education: {edu['institution']}")
            continue
        start, end = _cut_dates(edu["start"], edu["end"], precision, has_present=False)
        out["education"].append(
            {
                **edu,
                "degree": edu["degree"]
                if page.shows_near(edu["degree"], edu["institution"], names)
                else None,
                "field": edu["field"] if page.shows_near(edu["field"], edu["institution"], names) else None,
                "start": start,
                "end": end,
            }
        )
    out["certifications"] = [c for c in truth["certifications"] if shows(c)]
    out["date_precision"] = precision
    out["hidden"] = hidden
    return out


def _printed_names(truth: dict[str, Any]) -> list[str | None]:
    """What else a page may print that a degree's or field's words may be part of: schools,
    employers, job titles, projects, activities, their bullets, certificates and the summary. A
    field counts as printed only where it stands on its own, not as words of one of these
    ("Statistics" in "Office for National Statistics", "Procurement and Supply" in "Chartered
    Institute of Procurement and Supply")."""
    names: list[str | None] = [truth.get("summary"), *truth.get("certifications", [])]
    names += [e["institution"] for e in truth["education"]]
    for kind in ("experience", "projects", "activities"):
        for item in truth.get(kind, []):
            names += [item["title"], item["company"], *item["bullets"]]
    return names


def _date_precision(truth: dict[str, Any], flat: str) -> str | None:
    """ "month" when most entry start months show, "year" when only years do, None when neither."""
    starts = [e["start"] for k in ("experience", "projects", "activities") for e in truth[k] if e["start"]]
    monthly = [s for s in starts if len(s) == 7]
    if monthly and sum(any(f in flat for f in _month_forms(s)) for s in monthly) * 2 >= len(monthly):
        return "month"
    if starts and sum(s[:4] in flat for s in starts) * 2 >= len(starts):
        return "year"
    return None


def _cut_dates(
    start: str | None, end: str | None, precision: str | None, has_present: bool
) -> tuple[str | None, str | None]:
    if precision is None:
        return None, None
    if precision == "year":
        start = start[:4] if start else None
        end = end[:4] if end and end != "present" else end
    if end == "present" and not has_present:
        end = None  # the template leaves the end blank: no truth to score
    return start, end
